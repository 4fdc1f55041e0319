// A MicroPython board on stdin/stdout, for tests: the WebAssembly port of MicroPython (npm package
// @micropython/micropython-webassembly-pyscript) with the /flash layout of a Pycom board.
// Run it behind a pseudo-terminal:
//   socat pty,raw,echo=0,link=PATH EXEC:"node board.mjs"
// Environment:
//   HOOKSMITH_MICROPYTHON_MJS  path of the package's micropython.mjs (required)
//   HOOKSMITH_BOARD_TRANSCRIPT a file that receives every byte the board was sent (optional)
import { appendFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const modulePath = process.env.HOOKSMITH_MICROPYTHON_MJS;
if (!modulePath) {
    process.stderr.write('board.mjs: set HOOKSMITH_MICROPYTHON_MJS\n');
    process.exit(2);
}
const transcript = process.env.HOOKSMITH_BOARD_TRANSCRIPT;

// Output comes one byte at a time: gather it and write once per turn of the event loop.
let pending = [];
let flushScheduled = false;
function output(bytes) {
    for (const b of bytes) pending.push(b);
    if (!flushScheduled) {
        flushScheduled = true;
        setImmediate(() => {
            flushScheduled = false;
            const chunk = Buffer.from(pending);
            pending = [];
            process.stdout.write(chunk);
        });
    }
}

const { loadMicroPython } = await import(pathToFileURL(modulePath).href);
const mp = await loadMicroPython({ stdout: output, linebuffer: false });
// Like a Pycom board: a /flash file system that is on the module search path.
mp.runPython("import os, sys\nos.mkdir('/flash')\nos.mkdir('/flash/lib')\nsys.path[:0] = ['/flash', '/flash/lib']");
mp.replInit();

// Feed the REPL one byte at a time, in order, even when a byte starts a long computation.
let chain = Promise.resolve();
process.stdin.on('data', (data) => {
    if (transcript) appendFileSync(transcript, data);
    for (const byte of data) {
        chain = chain.then(() => mp.replProcessCharWithAsyncify(byte));
    }
});
process.stdin.on('end', () => chain.then(() => process.exit(0)));

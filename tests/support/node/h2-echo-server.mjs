// An HTTP/2 server over TLS (ALPN h2, HTTP/1.1 allowed) on 127.0.0.1 that answers every request with
// a JSON description of what it received. Used to check that the sender keeps to HTTP/1.1.
// Usage: node h2-echo-server.mjs CERT.pem KEY.pem   (prints the port on the first line of stdout)
import { createSecureServer } from 'node:http2';
import { readFileSync } from 'node:fs';

const [certFile, keyFile] = process.argv.slice(2);
const server = createSecureServer({
  cert: readFileSync(certFile),
  key: readFileSync(keyFile),
  allowHTTP1: true,
});
server.on('request', (req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = JSON.stringify({
      httpVersion: req.httpVersion,
      method: req.method,
      path: req.url,
      rawHeaders: req.rawHeaders,
      body: Buffer.concat(chunks).toString('base64'),
    });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();

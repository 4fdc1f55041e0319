<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuthSection</name>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BindingSection</name>
    <message>
        <source>Devices and signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals from checked devices fire this webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals that fire this webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal number to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardCatalog</name>
    <message>
        <source>in firmware update mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion Board 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTDI adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CP210x adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CH34x adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pseudo-terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several boards are connected (%1); choose one with --serial PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the board on %1 is in firmware update mode; unplug it and plug it in again without holding the button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Pycom board or USB serial adapter is connected; run &quot;hooksmith-cli ports&quot; to see the serial ports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodySection</name>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row becomes one parameter. Check &quot;Preset&quot; to send a preset with its own type (a number stays a number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pybytes &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the rows with deviceToken, event, signal and payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own body. Type {{ to insert a preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request has no body. POST, PUT and PATCH send Content-Length: 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyText</name>
    <message numerus="yes">
        <source>… %n more byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatchCommand</name>
    <message>
        <source>Receive webhooks on 127.0.0.1 and print each request as a JSON line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listens on 127.0.0.1 and prints one JSON object per request on standard output: time, method, path, query, headers, body (text, or base64 when it is not UTF-8) and, with --secret, whether the Standard Webhooks signature is valid. The first line gives the address: {&quot;listening&quot;:URL,&quot;port&quot;:PORT}. Runs until interrupted (Ctrl+C or SIGTERM), then exits with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port to listen on (default: one chosen by the system).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP status of every reply, 200 to 599 (default: 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait this many milliseconds before each reply (default: 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Standard Webhooks signatures with this secret (whsec_...; several separated by spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli catch: unexpected argument &quot;%1&quot;; see &quot;hooksmith-cli catch --help&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port number (0 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not an HTTP status from 200 to 599</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delay: &quot;%1&quot; is not a number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1; press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n request(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: hooksmith-cli COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design, test and run webhooks fired by device signals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;hooksmith-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 a delivery failed, 2 bad input or usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli: unknown command &quot;%1&quot;; run &quot;hooksmith-cli --help&quot; for the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliDelivery</name>
    <message>
        <source>Attempts in all (default: the webhook&apos;s max_attempts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delays before each attempt, e.g. 0,5s,5m,30m,2h (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-attempt timeout in milliseconds (default: the webhook&apos;s timeout_ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli %1: --%2: &quot;%3&quot; is not a number from 1 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli %1: --retry-schedule: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts under way at once (default: 24).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSecrets</name>
    <message>
        <source>On a machine without a keychain, give secrets in the workspace file as {{env:NAME}} and set the environment variable NAME.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hooksmith-cli %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli %1: %2; see &quot;hooksmith-cli %1 --help&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no webhook named &quot;%1&quot;: the workspace has no webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no webhook named &quot;%1&quot; (the workspace has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no device named &quot;%1&quot; or with that token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-s: &quot;%1&quot; is not a signal number (0 to 254)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurlExporter</name>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryLog</name>
    <message>
        <source>attempt %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered: %1 (%2, %3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next in %1 (as Retry-After asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; &quot;%2&quot; (signal %3 from %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliverySection</name>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout per attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long one attempt may take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts in total; 1 means no retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pinned certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, for self-signed servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned certificate SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra certificate authorities (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each device in order: one request per device to this webhook at a time, in the order the board sent its signals; a retry holds back that device&apos;s later signals, and one device&apos;s rate is bounded by the server&apos;s round trip. Any order: as many at once as the engine allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each device in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any order, as many at once as possible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvReferences</name>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/hooks/{{DEVICE_TOKEN}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote URL. Type {{ to insert a preset; values are percent-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. temperature-high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook event name: the WEBHOOK_EVENT_NAME preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON and web forms are built from the body table; Custom body is your own text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineParser</name>
    <message>
        <source>a protocol line that is not valid UTF-8 was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@device needs a device token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@device line with a control character was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@signal needs a signal number and a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a signal number (0 to 254)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal number %1 is out of range; use 0 to 254</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@signal %1 has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of signal %1 is not JSON: %2 at character %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line longer than 64 KiB was dropped; reading goes on at the next line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Select a webhook in the sidebar, or add one with New Webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the workspace under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Hooksmith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a webhook with Pybytes&apos; defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the previewed request as a curl command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passwords and secrets in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the previewed request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the request preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hooksmith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hooksmith</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>outbox %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox %1 is not an outbox database (it is damaged or something else). It was left as it is: move it away to start with an empty outbox, or give another one with --outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox %1 is in use by %2 (process %3 on %4); one outbox serves one running relay or app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (it may be damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use a write-ahead log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the sync mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the busy timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be checked (it may be damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox %1 is damaged (%2). It was left as it is: move it away to start with an empty outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox %1 was written by a newer Hooksmith (schema %2; this version reads %3). It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list its tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store a delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read due deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record an attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove a delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot schedule a retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot discard a delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the checkpoint mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox %1 cannot be used: the folder %2 cannot be written to (it is read-only, or belongs to another user); give a folder this user can write with --outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox %1 cannot be locked (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no outbox %1 (nothing was queued there yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox %1 has schema %2: run the relay or the app on it once, which upgrades it, then look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox %1 is an SQLite database but not a Hooksmith outbox. It was left as it is: give another folder with --outbox, or move the file away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the log size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upgrade the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check the order of deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the order of deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot park deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot park a delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resume deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook %1 is not in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot fold the write-ahead log into the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is busy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>List, show, retry or drop what an outbox holds (also while a relay runs on it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending, %2 queued, %3 parked, %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the oldest waiting was accepted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hooksmith-cli outbox (list|show|retry|drop|counts) [WORKSPACE] [options]
Run hooksmith-cli outbox ACTION --help for the options of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli outbox: give an action: list, show, retry, drop or counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks into and acts on the outbox of a workspace (WORKSPACE, with --outbox DIR when the relay used one) or the outbox file (or folder with one) given with --outbox. list and show read it even while a relay or the app runs on it; retry and drop go through that relay or app when one owns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file (for webhook names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message ids (show: one; retry, drop: any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox folder, or the outbox file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only deliveries to this webhook (name or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these states: pending, queued, parked, failed (commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only deliveries accepted longer ago than this (30s, 10m, 2h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only deliveries accepted within this long (30s, 10m, 2h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many (list: default 100; retry and drop: every match; 0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry, drop: every delivery that matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at most one WORKSPACE (message ids start with msg_)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--outbox needs a folder or an outbox file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2): webhooks are shown by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 outboxes (%3): give the WORKSPACE too, or the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the WORKSPACE, or --outbox with the outbox file (default folder: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state: &quot;%1&quot; is not a state (pending, queued, parked, failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an age: write a number with s, m or h, e.g. 10m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit: give a number (0: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one message id (msg_...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give message ids, or --all (with filters) for every one that matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in all: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in outbox %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  webhook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  signal %1 = %2 from %3, received %4, accepted %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  next attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  attempt %1 at %2, %3 ms: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not in outbox %1: %2 (nothing was done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (process %2) owns the outbox and %3; stop it, then run this again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) retried now by process %1, which owns the outbox</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) dropped by process %1, which owns the outbox</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were being attempted at that moment and were left alone: run this again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) will be attempted when a relay or the app next runs on this outbox</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) dropped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxControl</name>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ids must be message ids (strings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not say where to reach it (%1 is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not answer on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortsCommand</name>
    <message>
        <source>List serial ports and the Pycom board on each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the serial ports with their USB vendor:product ids and serial numbers, and names the Pycom board on each (Pysense, Pytrack, Pyscan, Expansion Board, Pygate; &quot;in firmware update mode&quot; for the DFU ids). FTDI, CP210x and CH34x adapters are shown as possible boards.
PATH adds ports the system does not list, such as a pseudo-terminal made by socat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra port paths to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli ports: %1: no such port (is the board plugged in, or socat running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no serial ports found)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>The sending device&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending device&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook&apos;s event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal number (a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal&apos;s name, empty when it is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal&apos;s unit, empty when it is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal&apos;s value with its JSON type: number, string, list, true/false/null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the signal was received, ISO 8601 UTC with milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the signal was received, in whole Unix seconds (a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This delivery&apos;s id, the same on every retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample signal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (23.5, &quot;text&quot;, [1, 2], true) or plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final request preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request cannot be built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemMap</name>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayCommand</name>
    <message>
        <source>Deliver the signals a board prints (serial port or stdin) through the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no device named &quot;%1&quot; or with that token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read board lines from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read board lines from a serial port (a path, or auto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the outbox (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep deliveries in memory only: nothing survives the process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device signals are attributed to until the board announces itself with @device (default: the sample device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli relay: give exactly one WORKSPACE file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli relay: give either --stdin or --serial PORT (or --serial auto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --in-memory and --outbox exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli relay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliveries kept in memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay: reading board lines from %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay: %1: stopping; attempts under way get %2 s, the rest stay in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--serial needs a port: a path such as /dev/ttyACM0, or auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --serial %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay: --serial auto: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the board announced device %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB serial number %1 is device %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads board lines (@device, @signal: see the serial protocol) and delivers each signal to every enabled webhook bound to its device whose signal filter takes it, through the durable outbox (one per workspace). Logs one line per delivery event on standard error. With --stdin it finishes what is due at the end of the input and exits; deliveries waiting for a retry stay in the outbox for the next run. SIGINT and SIGTERM stop cleanly, SIGHUP reads the workspace again. It refuses to start when the workspace has errors or an {{env:NAME}} it needs is not set. Exit code 1 when a delivery failed for good or a signal could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve /healthz and /metrics (Prometheus) on PORT of 127.0.0.1, or on ADDR:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (the default) or json (one JSON object per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --outbox needs a folder; leave the option out to use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --log-format is text or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --health needs a port, or ADDR:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli relay: %1 cannot be used: fix what is listed above (nothing was started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --health %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay: health on %1/healthz, metrics on %1/metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay: systemd watchdog: pinging every %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay: %1 signal(s), %2 delivery(ies): %3 delivered, %4 failed; %5 waiting in the outbox, %6 failed ones kept there; %7 signal(s) fired no webhook; %8 parked; %9 signal(s) could not be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>relay: %n delivery(ies) were sent but their outcome could not be written to the outbox: they are attempted again at the next start (with the same message id)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>relay: %n signal(s) were read but could not be stored, and are lost (last reason: %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>relay: SIGHUP: reading %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay: the workspace was not reloaded: it has errors (listed above); the one loaded before stays in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>relay: reloaded: %n webhook(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>relay: reloaded %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>Print the request a webhook sends for a signal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the request exactly as &quot;send&quot; would send it: request line with path and query, headers, a blank line, the body. Secrets are shown as **** unless --show-secrets is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passwords, signing secrets and environment values instead of ****.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the signal was received and the request signed (ISO 8601; default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at: &quot;%1&quot; is not an ISO 8601 time such as 2026-05-01T12:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli render: the secrets of %1 cannot be read. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; send and relay will fail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no scheme; start it with https:// or http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scheme &quot;%1&quot; is not supported; use https:// or http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials in the URL are not sent; use basic authentication instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is kept in the OS keychain and is not available: unlock the keychain, or give it as {{env:NAME}} for servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content type contains a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basic authentication password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a carriage return (CR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line feed (LF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after substitution the value contains %1 at character %2, which could forge headers; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is empty, and the HTTP stack would send its own %1 instead; leave the header out to send Hooksmith&apos;s automatic value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hooksmith (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL&apos;s host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the web form format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the custom body format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basic authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard Webhooks signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub-style signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe-style signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed for each attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body&apos;s length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hooksmith (automatic; a header of yours with this name replaces it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL has no origin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetryPolicy</name>
    <message>
        <source>&quot;%1&quot; is not a delay: write a number with ms, s, m or h, e.g. 0,5s,5m,30m,2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the retry schedule is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>immediately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiver answered %1: the endpoint is gone, so the webhook was disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request cannot be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed (no retries configured): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gave up after %1 attempts; the last one: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <source>Set, show or delete a webhook&apos;s secret in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps a webhook&apos;s basic authentication password or signing secret in the OS keychain, where the desktop app keeps them too (the workspace file leaves the field out). &quot;set&quot; reads the value from standard input, never from the command line, so that it stays out of shell history and process lists. &quot;get&quot; prints ****, or says &quot;not set&quot; on standard error with exit code 2; the value only with --reveal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set, get or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook, by name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which secret: password or signing-secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get: print the secret itself instead of ****.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli secret: give an action (set, get or delete) and one WORKSPACE file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli secret: unknown action &quot;%1&quot;; use set, get or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli secret: -w is required; see &quot;hooksmith-cli secret --help&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--field: &quot;%1&quot; is not a secret field; use password or signing-secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli secret: --field is required (password or signing-secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli secret: --reveal only goes with get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1 does not use basic authentication, so this password is not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1 does not sign its requests, so this signing secret is not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the workspace file gives %1 for %2, which is used instead of the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli secret set: no value on standard input; for example: printf &apos;%s&apos; &quot;$SECRET&quot; | hooksmith-cli secret set ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli secret: %1 was not saved. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli secret: %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli secret: %1 cannot be deleted. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli secret: %1 was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 from the keychain (if it was there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli secret: %1 cannot be read. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli secret: %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli secret: %1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli secret: %1 was not saved: cannot tell which server it is for (%2); set what the URL needs, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 in the keychain, for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1 was saved before Hooksmith recorded origins: its first use binds it to the server it is sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretOrigins</name>
    <message>
        <source>the %1 in the keychain was saved for %2, but the URL now points to %3: it is not sent there until you confirm %3 in Hooksmith (Authentication section) or set the secret again with hooksmith-cli secret set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretResolver</name>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of webhook &quot;%2&quot; is not in the keychain: set it in Hooksmith, or use {{env:NAME}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of webhook &quot;%2&quot; is not set in this session: set it in Hooksmith, or use {{env:NAME}}. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of webhook &quot;%2&quot; could not be read from the keychain: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of webhook &quot;%2&quot; could not be saved for %3 in the keychain: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Send a webhook&apos;s request for a signal, with its retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the request a webhook makes for one signal, retrying by the webhook&apos;s policy (progress on standard error), then prints the response&apos;s status line, headers and body. Exit code 0 when the receiver answered 2xx, 1 when the delivery failed, 2 for bad input. Ctrl-C stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object: the request as sent (secrets masked), the response, every attempt and its timings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the webhook &quot;%1&quot; is disabled; sending anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1 of %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted (%1) before the delivery succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delivery failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete signal definition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalChoice</name>
    <message>
        <source>The webhook, by name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device, by name or token (default: the webhook&apos;s first bound device, else the sample device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal number, 0 to 254.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal value as JSON (23.5, &quot;open&quot;, [1,2]); other text is taken as a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MESSAGE_ID (default: a new one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli %1: give exactly one WORKSPACE file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli %1: -%2 is required; see &quot;hooksmith-cli %1 --help&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalValues</name>
    <message>
        <source>signal 255 is reserved (as on Pybytes); use 0 to 254</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal number %1 is out of range; use 0 to 254</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is %1 bytes long; a signal value may be at most %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is not JSON: %1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signer</name>
    <message>
        <source>the Standard Webhooks secret is not &quot;whsec_&quot; followed by base64 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Standard Webhooks secret decodes to %1 bytes; it must be 24 to 64 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing secret is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook-timestamp is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook-timestamp is more than 5 minutes away from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signature in webhook-signature matches the secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound devices and their tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>&quot;{{&quot; at character %1 is not closed by &quot;}}&quot; (write \{{ for a literal &quot;{{&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; at character %2 is not a valid environment variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty placeholder &quot;{{}}&quot; at character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot; at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Check a workspace and print every problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks WORKSPACE and prints every problem as FILE: webhook &quot;NAME&quot;: field: message.
Exits with 2 when there is an error; warnings alone exit with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli validate: give exactly one WORKSPACE file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%n webhook(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n device(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n signal definition(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>the device token is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token %1 is used by another device; tokens must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another device has the same name; names must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signal number is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal %1 is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is written in the file in plain text: keep it in the OS keychain (Hooksmith moves it there when it saves) or use {{env:NAME}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another webhook has the same name; names must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another webhook has the id %1; ids must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a URL is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests carry no body: set the format to none, or use POST, PUT or PATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameter name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameter %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown preset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the custom format needs a content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content type contains a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid header name (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set by %2 and cannot be set here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty %1 would be replaced by the HTTP stack&apos;s own value; leave the header out to send Hooksmith&apos;s automatic one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer-Encoding is managed by the HTTP stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header %1 is set twice; it is sent once with the values separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basic authentication needs a username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a basic authentication username cannot contain &quot;:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no device in this workspace has the token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timeout must be 100 to 600000 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempts must be 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content type is JSON but the body is not valid JSON: %1 (line %2, column %3 of the rendered body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body gives the key %1 twice in the same object (line %2, column %3 of the rendered body); receivers disagree on which value counts, so give each key once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body looks like JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body looks like JSON, one value per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, but the content type %2 is not a JSON type, so values are inserted as plain text and a device value such as x&quot;, &quot;admin&quot;: true, &quot;z&quot;: &quot; can add keys; use the content type application/json, or one ending in +json, to have every value written as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) have no &quot;id&quot; (%1): each id is derived from user_id and the name, so renaming one or changing user_id parks what is queued for it until the old name is back; write the ids to keep them stable (the app writes them when it saves)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhookEditor</name>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only enabled webhooks fire on signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceFile</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown method %1; use GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format %1; use json, form, custom or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row has either &quot;preset&quot; or &quot;value&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type %1; use none or basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scheme %1; use none, standard-webhooks, github or stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a device token (a string), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a signal number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Hooksmith workspace: the &quot;hooksmith&quot; format version is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;hooksmith&quot; must be the format version, a whole number such as 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workspace was written by a newer Hooksmith (format version %1); this version reads format version %2. Update Hooksmith to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;hooksmith&quot; is %1; the first format version is 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not overwritten: it is not a workspace this version can read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;device&quot; or &quot;none&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an order; use &quot;device&quot; (the default: each device&apos;s signals in the order the board sent them) or &quot;none&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: the key %1 is given twice in the same object (first at line %2, column %3); JSON readers disagree on which value counts, so give each key once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::AppRuntime</name>
    <message>
        <source>Turn off &quot;%1&quot; (410 Gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was turned off: %2. Edit → Undo turns it on again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::AuthSection</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub (X-Hub-Signature-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe (Stripe-Signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the OS keychain, never in the workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory for this session only (%1), never in the workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write {{env:NAME}} to read it from the environment when sending (for servers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret was saved for %1. Save it again for %2, the server the URL points to now, so that it is sent there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::BindingSection</name>
    <message>
        <source>Only the checked signals fire this webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signal checked: every signal fires this webhook.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::BodySection</name>
    <message>
        <source>Reset body to Pybytes&apos; defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit custom body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row becomes one JSON member. Check &quot;Preset&quot; to send a preset with its own type: a number stays a number, a list stays a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row becomes one name=value pair of the web form, URL-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request has no body: %1 sends Content-Length: 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests carry no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text: presets are replaced as they are. Type {{ for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Valid JSON once the presets are filled in. Presets inside strings are escaped; outside strings they keep their JSON type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON is checked as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::BodyTableModel</name>
    <message>
        <source>Send this parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a preset: the value keeps the preset&apos;s own JSON type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template: type {{ to insert a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn body parameter on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename body parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit body value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove body parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add body parameter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::DeliveryEngine</name>
    <message>
        <source>no answer within the timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook &quot;%1&quot; is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook &quot;%1&quot; is disabled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook %1 is not in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::DeliverySection</name>
    <message>
        <source>Change timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pinned certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change delivery order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::DeviceBindingModel</name>
    <message>
        <source>Unknown device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device in this workspace has this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::DeviceHub</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board says it is %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its USB serial number is that of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals go to %1 unless the board says otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked when a signal comes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announced by the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl-C</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::DeviceTableModel</name>
    <message>
        <source>The DEVICE_TOKEN this board sends with its signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change device token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change USB serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::DeviceWorkbench</name>
    <message>
        <source>&amp;Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial &amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signals Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live C&amp;hart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards on serial ports and the virtual device (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::DevicesPanel</name>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install helper on board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a port by path: /tmp/board, /dev/serial/by-id/...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes hooksmith.py to /flash over the raw REPL (it stops the running program with Ctrl-C; it never resets the board)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask when a signal comes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>USB %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace device the virtual device is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals go to %1 (%2). Used when the board does not announce itself with @device and its USB serial number matches no device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no device yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Which device is the board on %1?&lt;/b&gt;&lt;br&gt;It sends signals without saying which device it is (no &lt;code&gt;@device&lt;/code&gt; line, no known USB serial number). Its signals fire no webhook until you choose; the choice is kept for this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the board...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing the helper as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helper is installed as %1. Use it with &quot;import hooksmith&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helper is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing the helper failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::Dispatcher</name>
    <message>
        <source>the device is not in the workspace and no webhook is bound to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no webhook is bound to the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhooks bound to the device are disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no enabled webhook bound to the device takes this signal number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::GeneralSection</name>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::HealthServer</name>
    <message>
        <source>health address &quot;%1&quot;: write an IPv6 address as [ADDRESS]:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health address &quot;%1&quot;: write an IPv6 address in brackets, as [%2]:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health address &quot;%1&quot;: the port &quot;%2&quot; is not a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health address &quot;%1&quot;: &quot;%2&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health address &quot;%1&quot;: cannot listen on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::HttpSender</name>
    <message>
        <source>the request shows its secrets as ****; it was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header %1 appears twice; Qt&apos;s HTTP stack sends each header once, so the request was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pinned certificate fingerprint &quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection in the middle of the body (%1 of %2 bytes received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered %1 %2 without a Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected with %1 %2 to %3; this webhook does not follow redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the request was sent %1 times: Qt&apos;s HTTP stack sends it again on a new connection when one closes before any response)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected with %1 to &quot;%2&quot;, which is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected with %1 from %2 to %3; only redirects to the same scheme or from http to https are followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gave up after %1 redirects (the last one with %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host name %1 could not be resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection in the middle of the body (%1 bytes received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 ended without a valid HTTP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before the request was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response from %1 is not valid HTTP (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy for %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server reset the connection in the middle of the body (%1 bytes received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reset the connection without a valid HTTP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete response within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the headers from %1 arrived, the body did not complete (%2 bytes received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took the request but did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect to %1 or send the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to trust this server, pin its SHA-256 fingerprint %1 or add the CA that issued it as a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 (SHA-256 %2) is not the pinned certificate (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::Inspector</name>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::KeychainSecretStore</name>
    <message>
        <source>the keychain refused access (%1): unlock it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain could not delete the secret (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain request was cancelled (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain reported an error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1): secrets are kept in memory until Hooksmith quits, and nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s: it may be waiting to be unlocked, or its service (such as gnome-keyring-daemon) is not responding; unlock or restart it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the change may still be made once the keychain answers)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::LiveChart</name>
    <message>
        <source>Choose signals in the Signals monitor and press &quot;Chart&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not Hooksmith&apos;s chart module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart needs Hooksmith&apos;s chart module (libhooksmith_chart.so, built with Qt Charts), which was not found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::LocalReceiver</name>
    <message>
        <source>port %1 on 127.0.0.1 is already in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1 port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request has no %1 header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::MainWindow</name>
    <message>
        <source>Secret store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hooksmith workspaces (*.hooksmith.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hooksmith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hooksmith %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Design, test and run webhooks fired by your devices, on your own machine.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the demo workspace (read-only: Save asks for a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 could not be opened.&lt;/b&gt; It was not changed, and Hooksmith will not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hooksmith workspaces (*.hooksmith.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace is part of Hooksmith; save it as a file of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 with %n problem(s) (%2 errors): see the Problems list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New webhook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::MemoryDeliveryStore</name>
    <message>
        <source>the webhook %1 is not in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::NameValueSection</name>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;query parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greyed rows with a lock are set by the format, authentication, signing or Hooksmith itself and cannot be edited; hover them to see which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appended to the URL as ?name=value, percent-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::NameValueTableModel</name>
    <message>
        <source>Replaced by your header of the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: set by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template: type {{ to insert a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn header on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn query parameter on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename query parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit header value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit query value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove query parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add query parameter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::Outbox</name>
    <message>
        <source>the outbox is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outbox&apos;s write-ahead log has reached its limit of %1 MB and cannot be folded into the file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk that holds the outbox is full (%1 KB left, %2 KB are kept for recording what becomes of deliveries)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::OutboxModel</name>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
signal %2 from %3
accepted %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::OutboxPanel</name>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted webhook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt the selected deliveries now (failed ones get a new round of attempts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected deliveries from the outbox without delivering them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox opens after the window is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select deliveries to retry or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · signal %2, value %3 · accepted %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Failed after %n attempt(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending (%2 queued behind others), %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n parked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Parked: %1. It is delivered when the webhook is back (enabled, or in the workspace again); Discard drops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued behind an earlier signal of the same device to this webhook (delivery order: device).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::PortListModel</name>
    <message>
        <source>Virtual device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::PreviewPanel</name>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hooksmith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shaded lines are locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a webhook to see its request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading secrets from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set in this environment: %1. Sending needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are shown. Turn Reveal off before sharing your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request cannot be built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to copy: the request cannot be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied, with secrets masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied, with secrets shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::ProblemsModel</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::RawReplUploader</name>
    <message>
        <source>there is no serial port to upload through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file path on the board; give an absolute path such as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the board went away during the upload (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupting the running program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entering the raw REPL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: a statement with control characters was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: an empty statement was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the board could not run a first statement:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking %1 on the board failed:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1 on the board failed:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the board does not run MicroPython (it says &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the board is not what was sent (size and checksum &quot;%2&quot;, expected &quot;%3&quot;); try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use %1: the port did not open (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the board stopped answering in the raw REPL (no &quot;OK&quot; within %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the board did not finish a statement within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the board on %1 within %2 s: is this the board&apos;s port, and is the board powered and not in firmware update mode?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the board on %1 is busy: its program did not stop for the raw REPL; press the board&apos;s reset button and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device on %1 answered, but not like MicroPython: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::ReceivedRequestsModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::ReceiverPanel</name>
    <message>
        <source>&amp;Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use for this webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the selected webhook at the built-in receiver (Edit → Undo reverts it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in receiver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; now sends to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1. Requests sent there appear below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Start it to receive webhooks on this computer, without a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 from %3, %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::ResponsesModel</name>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::ResponsesPanel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing and TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No responses yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a webhook from the Preview tab; every attempt appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, attempt %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Details are kept for the most recent %n attempt(s) only.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 received, first %2 kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next attempt at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First byte: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirects followed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: none (plain HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited for a connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::Runtime</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal %1 from device %2 fired no webhook: %3 (further ones are counted, not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot; was disabled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk since it was loaded, so it was not saved: set &quot;enabled&quot;: false on the webhook yourself (it stays disabled in this run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read any more, so it was not saved: set &quot;enabled&quot;: false on the webhook yourself (it stays disabled in this run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a secret written in the file, which saving would drop, so it was not saved: set &quot;enabled&quot;: false on the webhook yourself (it stays disabled in this run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: saved the webhook as disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more signal(s) could not be stored (%1 in all): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the outbox cannot record what became of deliveries (%1): they are kept in memory and written as soon as it can, and nothing new is sent until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outbox records deliveries again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox cannot be used (%1). Until Hooksmith closes, deliveries of this workspace are kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hooksmith-cli outbox cannot act on this outbox while it runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outbox was still opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outbox stores deliveries again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) could not be stored and are lost: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting for room in the outbox to store what was read (%n signal(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>stopped before they could be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook &quot;%1&quot; is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook &quot;%1&quot; is disabled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) for webhook %1 are parked: it is gone from the workspace or disabled; they are delivered when it is back</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parked delivery(ies) for webhook %1 resumed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) for webhook %1 are parked (%2): they wait until it is back; `hooksmith-cli outbox list --state parked` lists them, `outbox drop` removes them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>it is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::SerialConsole</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupt (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line for the board&apos;s REPL, e.g. import hooksmith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends Ctrl-C, which stops the board&apos;s running program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::SerialSignalSource</name>
    <message>
        <source>%1 is not there (unplugged?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another program (close its serial terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no permission to open %1 (%2); add yourself to the &quot;dialout&quot; group and log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the board went away (%1); trying again in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::SignalFilterModel</name>
    <message>
        <source>%1 (not defined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal %1 fires this webhook when checked; with none checked, every signal does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change signal filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::SignalMonitor</name>
    <message>
        <source>Define signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the selected signal and give its unit, for every device (F2 or a double-click in the Name column does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the selected signals in the live chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signals yet: connect a board or the virtual device in the Devices panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fired no webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 from devices no webhook is bound to)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::SignalMonitorModel</name>
    <message>
        <source>(unknown board)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to name signal %1 for every device of the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of them fired no webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::SignalSource</name>
    <message>
        <source>the connection ended in the middle of a line, which was dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::SignalTableModel</name>
    <message>
        <source>The number the board passes to pybytes.send_signal() (0 to 254)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change signal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change signal unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete signal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::StdinSource</name>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file descriptor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::SystemdNotifier</name>
    <message>
        <source>NOTIFY_SOCKET is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot notify systemd through %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::TemplateHighlighter</name>
    <message>
        <source>Unknown preset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::VirtualDevice</name>
    <message>
        <source>Virtual device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (virtual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the virtual device before sending signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rate must be above 0 and at most 1000 signals per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period must be above 0 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 0 to 9 decimals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::VirtualDevicePanel</name>
    <message>
        <source>Virtual device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> /s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>23.5, &quot;door open&quot;, [1, 2, 3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>±</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start generator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::WebhookEditor</name>
    <message>
        <source>Turn webhook on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn webhook off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only enabled webhooks fire on signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom body (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::WebhookListModel</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has problems: see the Problems list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn webhook on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn webhook off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename webhook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hooksmith::WorkspaceDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, test and run webhooks fired by your devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuthSection</name>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Authentication type</source>
        <translation>Authentifizierungstyp</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signierung</translation>
    </message>
    <message>
        <source>S&amp;cheme</source>
        <translation>&amp;Verfahren</translation>
    </message>
    <message>
        <source>Signing scheme</source>
        <translation>Signierverfahren</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signiergeheimnis</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Geheimnis</translation>
    </message>
</context>
<context>
    <name>BindingSection</name>
    <message>
        <source>Devices and signals</source>
        <translation>Geräte und Signale</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Signals from checked devices fire this webhook.</source>
        <translation>Signale der angehakten Geräte lösen diesen Webhook aus.</translation>
    </message>
    <message>
        <source>Bound devices</source>
        <translation>Gebundene Geräte</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>Signals that fire this webhook</source>
        <translation>Signale, die diesen Webhook auslösen</translation>
    </message>
    <message>
        <source>Signal number to add</source>
        <translation>Hinzuzufügende Signalnummer</translation>
    </message>
    <message>
        <source>Add &amp;number</source>
        <translation>&amp;Nummer hinzufügen</translation>
    </message>
</context>
<context>
    <name>BoardCatalog</name>
    <message>
        <source>in firmware update mode</source>
        <translation>im Firmware-Update-Modus</translation>
    </message>
    <message>
        <source>Expansion Board 2.0</source>
        <translation>Expansion Board 2.0</translation>
    </message>
    <message>
        <source>FTDI adapter</source>
        <translation>FTDI-Adapter</translation>
    </message>
    <message>
        <source>CP210x adapter</source>
        <translation>CP210x-Adapter</translation>
    </message>
    <message>
        <source>CH34x adapter</source>
        <translation>CH34x-Adapter</translation>
    </message>
    <message>
        <source>possible board</source>
        <translation>mögliches Board</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>pseudo-terminal %1</source>
        <translation>Pseudo-Terminal %1</translation>
    </message>
    <message>
        <source>link to %1</source>
        <translation>Verknüpfung auf %1</translation>
    </message>
    <message>
        <source>several boards are connected (%1); choose one with --serial PORT</source>
        <translation>mehrere Boards sind angeschlossen (%1); wählen Sie eines mit --serial PORT</translation>
    </message>
    <message>
        <source>the board on %1 is in firmware update mode; unplug it and plug it in again without holding the button</source>
        <translation>das Board an %1 ist im Firmware-Update-Modus; ziehen Sie es ab und stecken Sie es wieder ein, ohne die Taste zu halten</translation>
    </message>
    <message>
        <source>no Pycom board or USB serial adapter is connected; run &quot;hooksmith-cli ports&quot; to see the serial ports</source>
        <translation>kein Pycom-Board und kein USB-Seriell-Adapter angeschlossen; &quot;hooksmith-cli ports&quot; zeigt die seriellen Ports</translation>
    </message>
</context>
<context>
    <name>BodySection</name>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Body definition</source>
        <translation>Body-Definition</translation>
    </message>
    <message>
        <source>Each row becomes one parameter. Check &quot;Preset&quot; to send a preset with its own type (a number stays a number).</source>
        <translation>Jede Zeile wird ein Parameter. Haken Sie &quot;Preset&quot; an, um ein Preset mit seinem eigenen Typ zu senden (eine Zahl bleibt eine Zahl).</translation>
    </message>
    <message>
        <source>Body parameters</source>
        <translation>Body-Parameter</translation>
    </message>
    <message>
        <source>&amp;Add parameter</source>
        <translation>Parameter &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Pybytes &amp;defaults</source>
        <translation>Pybytes-&amp;Standardwerte</translation>
    </message>
    <message>
        <source>Replace the rows with deviceToken, event, signal and payload</source>
        <translation>Zeilen durch deviceToken, event, signal und payload ersetzen</translation>
    </message>
    <message>
        <source>&amp;Content type</source>
        <translation>&amp;Content-Type</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Content-Type</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <source>Custom body</source>
        <translation>Eigener Body</translation>
    </message>
    <message>
        <source>Your own body. Type {{ to insert a preset.</source>
        <translation>Ihr eigener Body. Tippen Sie {{, um ein Preset einzufügen.</translation>
    </message>
    <message>
        <source>This request has no body. POST, PUT and PATCH send Content-Length: 0.</source>
        <translation>Diese Anfrage hat keinen Body. POST, PUT und PATCH senden Content-Length: 0.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
</context>
<context>
    <name>BodyText</name>
    <message numerus="yes">
        <source>… %n more byte(s)</source>
        <translation>
            <numerusform>… %n weiteres Byte</numerusform>
            <numerusform>… %n weitere Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatchCommand</name>
    <message>
        <source>Receive webhooks on 127.0.0.1 and print each request as a JSON line.</source>
        <translation>Webhooks auf 127.0.0.1 empfangen und jede Anfrage als JSON-Zeile ausgeben.</translation>
    </message>
    <message>
        <source>The port to listen on (default: one chosen by the system).</source>
        <translation>Der Port, auf dem gelauscht wird (Standard: einer, den das System wählt).</translation>
    </message>
    <message>
        <source>The HTTP status of every reply, 200 to 599 (default: 200).</source>
        <translation>Der HTTP-Status jeder Antwort, 200 bis 599 (Standard: 200).</translation>
    </message>
    <message>
        <source>Wait this many milliseconds before each reply (default: 0).</source>
        <translation>So viele Millisekunden vor jeder Antwort warten (Standard: 0).</translation>
    </message>
    <message>
        <source>Check Standard Webhooks signatures with this secret (whsec_...; several separated by spaces).</source>
        <translation>Standard-Webhooks-Signaturen mit diesem Geheimnis prüfen (whsec_...; mehrere durch Leerzeichen getrennt).</translation>
    </message>
    <message>
        <source>hooksmith-cli catch: unexpected argument &quot;%1&quot;; see &quot;hooksmith-cli catch --help&quot;</source>
        <translation>hooksmith-cli catch: unerwartetes Argument &quot;%1&quot;; siehe &quot;hooksmith-cli catch --help&quot;</translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port number (0 to 65535)</source>
        <translation>--port: &quot;%1&quot; ist keine Portnummer (0 bis 65535)</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not an HTTP status from 200 to 599</source>
        <translation>--status: &quot;%1&quot; ist kein HTTP-Status von 200 bis 599</translation>
    </message>
    <message>
        <source>--delay: &quot;%1&quot; is not a number of milliseconds</source>
        <translation>--delay: &quot;%1&quot; ist keine Anzahl Millisekunden</translation>
    </message>
    <message>
        <source>Listening on %1; press Ctrl+C to stop.</source>
        <translation>Lausche auf %1; Ctrl+C beendet.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n request(s).</source>
        <translation>
            <numerusform>Beendet nach %n Anfrage.</numerusform>
            <numerusform>Beendet nach %n Anfragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listens on 127.0.0.1 and prints one JSON object per request on standard output: time, method, path, query, headers, body (text, or base64 when it is not UTF-8) and, with --secret, whether the Standard Webhooks signature is valid. A request refused for a limit, malformed HTTP or an idle connection is printed too, with &quot;refused&quot;: {&quot;status&quot;:CODE,&quot;reason&quot;:TEXT}. The first line gives the address: {&quot;listening&quot;:URL,&quot;port&quot;:PORT}. Runs until interrupted (Ctrl+C or SIGTERM), then exits with 0.</source>
        <translation>Lauscht auf 127.0.0.1 und gibt pro Anfrage ein JSON-Objekt auf der Standardausgabe aus: Zeit, Methode, Pfad, Query, Header, Body (Text, oder Base64, wenn er kein UTF-8 ist) und, mit --secret, ob die Standard-Webhooks-Signatur gültig ist. Eine Anfrage, die wegen eines Limits, fehlerhaftem HTTP oder einer Verbindung im Leerlauf abgelehnt wird, wird ebenfalls ausgegeben, mit &quot;refused&quot;: {&quot;status&quot;:CODE,&quot;reason&quot;:TEXT}. Die erste Zeile nennt die Adresse: {&quot;listening&quot;:URL,&quot;port&quot;:PORT}. Läuft bis zur Unterbrechung (Ctrl+C oder SIGTERM) und endet dann mit 0.</translation>
    </message>
    <message>
        <source>Refuse a request body larger than SIZE with 413 (bytes, or with K, M or G; default: 16M).</source>
        <translation>Einen Anfrage-Body größer als SIZE mit 413 ablehnen (Bytes, oder mit K, M oder G; Standard: 16M).</translation>
    </message>
    <message>
        <source>Refuse request headers larger than SIZE in all with 431 (default: 64K).</source>
        <translation>Anfrage-Header, die insgesamt größer als SIZE sind, mit 431 ablehnen (Standard: 64K).</translation>
    </message>
    <message>
        <source>Refuse a request line longer than SIZE with 414 (default: 8K).</source>
        <translation>Eine Anfragezeile länger als SIZE mit 414 ablehnen (Standard: 8K).</translation>
    </message>
    <message>
        <source>Refuse a request with more than N header lines with 431 (default: %1).</source>
        <translation>Eine Anfrage mit mehr als N Header-Zeilen mit 431 ablehnen (Standard: %1).</translation>
    </message>
    <message>
        <source>Answer 408 and close a connection that sends nothing for SECONDS (default: %1).</source>
        <translation>Eine Verbindung, die SECONDS lang nichts sendet, mit 408 beantworten und schließen (Standard: %1).</translation>
    </message>
    <message>
        <source>Answer 503 to connections beyond N open at once (default: %1).</source>
        <translation>Verbindungen, die über N gleichzeitig offene hinausgehen, mit 503 beantworten (Standard: %1).</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a size from 1 byte to %3 (a number of bytes, or with K, M or G)</source>
        <translation>--%1: &quot;%2&quot; ist keine Größe von 1 Byte bis %3 (eine Anzahl Bytes, oder mit K, M oder G)</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from 1 to %3</source>
        <translation>--%1: &quot;%2&quot; ist keine ganze Zahl von 1 bis %3</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: hooksmith-cli COMMAND [options]</source>
        <translation>Aufruf: hooksmith-cli BEFEHL [Optionen]</translation>
    </message>
    <message>
        <source>Design, test and run webhooks fired by device signals.</source>
        <translation>Webhooks entwerfen, testen und ausführen, ausgelöst durch Gerätesignale.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &quot;hooksmith-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>&quot;hooksmith-cli BEFEHL --help&quot; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 a delivery failed, 2 bad input or usage.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 eine Zustellung schlug fehl, 2 fehlerhafte Eingabe oder Verwendung.</translation>
    </message>
    <message>
        <source>hooksmith-cli: unknown command &quot;%1&quot;; run &quot;hooksmith-cli --help&quot; for the list</source>
        <translation>hooksmith-cli: unbekannter Befehl &quot;%1&quot;; &quot;hooksmith-cli --help&quot; zeigt die Liste</translation>
    </message>
</context>
<context>
    <name>CliDelivery</name>
    <message>
        <source>Attempts in all (default: the webhook&apos;s max_attempts).</source>
        <translation>Versuche insgesamt (Standard: max_attempts des Webhooks).</translation>
    </message>
    <message>
        <source>Delays before each attempt, e.g. 0,5s,5m,30m,2h (default: %1).</source>
        <translation>Wartezeiten vor jedem Versuch, z. B. 0,5s,5m,30m,2h (Standard: %1).</translation>
    </message>
    <message>
        <source>Per-attempt timeout in milliseconds (default: the webhook&apos;s timeout_ms).</source>
        <translation>Timeout pro Versuch in Millisekunden (Standard: timeout_ms des Webhooks).</translation>
    </message>
    <message>
        <source>hooksmith-cli %1: --%2: &quot;%3&quot; is not a number from 1 to %4</source>
        <translation>hooksmith-cli %1: --%2: &quot;%3&quot; ist keine Zahl von 1 bis %4</translation>
    </message>
    <message>
        <source>hooksmith-cli %1: --retry-schedule: %2</source>
        <translation>hooksmith-cli %1: --retry-schedule: %2</translation>
    </message>
    <message>
        <source>Attempts under way at once (default: 24).</source>
        <translation>Gleichzeitig laufende Versuche (Standard: 24).</translation>
    </message>
</context>
<context>
    <name>CliSecrets</name>
    <message>
        <source>On a machine without a keychain, give secrets in the workspace file as {{env:NAME}} and set the environment variable NAME.</source>
        <translation>Auf einem Rechner ohne Schlüsselbund geben Sie Geheimnisse in der Arbeitsbereichsdatei als {{env:NAME}} an und setzen die Umgebungsvariable NAME.</translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: hooksmith-cli %1 %2</source>
        <translation>Aufruf: hooksmith-cli %1 %2</translation>
    </message>
    <message>
        <source>hooksmith-cli %1: %2; see &quot;hooksmith-cli %1 --help&quot;</source>
        <translation>hooksmith-cli %1: %2; siehe &quot;hooksmith-cli %1 --help&quot;</translation>
    </message>
    <message>
        <source>no webhook named &quot;%1&quot;: the workspace has no webhooks</source>
        <translation>kein Webhook namens &quot;%1&quot;: der Arbeitsbereich hat keine Webhooks</translation>
    </message>
    <message>
        <source>no webhook named &quot;%1&quot; (the workspace has %2)</source>
        <translation>kein Webhook namens &quot;%1&quot; (der Arbeitsbereich hat %2)</translation>
    </message>
    <message>
        <source>no device named &quot;%1&quot; or with that token</source>
        <translation>kein Gerät namens &quot;%1&quot; oder mit diesem Token</translation>
    </message>
    <message>
        <source>-s: &quot;%1&quot; is not a signal number (0 to 254)</source>
        <translation>-s: &quot;%1&quot; ist keine Signalnummer (0 bis 254)</translation>
    </message>
    <message>
        <source>The environment whose {{var:NAME}} variables apply (default: the workspace&apos;s first environment).</source>
        <translation>Die Umgebung, deren {{var:NAME}}-Variablen gelten (Standard: die erste Umgebung des Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>--env: no environment named &quot;%1&quot;: the workspace has no environments</source>
        <translation>--env: keine Umgebung namens &quot;%1&quot;: der Arbeitsbereich hat keine Umgebungen</translation>
    </message>
    <message>
        <source>--env: no environment named &quot;%1&quot; (the workspace has %2)</source>
        <translation>--env: keine Umgebung namens &quot;%1&quot; (der Arbeitsbereich hat %2)</translation>
    </message>
</context>
<context>
    <name>CurlImport</name>
    <message>
        <source>argument %1 &quot;%2&quot; (line %3, column %4)</source>
        <translation>Argument %1 &quot;%2&quot; (Zeile %3, Spalte %4)</translation>
    </message>
    <message>
        <source>argument %1 (the user and password)</source>
        <translation>Argument %1 (Benutzer und Passwort)</translation>
    </message>
    <message>
        <source>%1: headers read from a file (%2) cannot be imported; paste them as -H options</source>
        <translation>%1: Header, die aus einer Datei gelesen werden (%2), können nicht importiert werden; fügen Sie sie als -H-Optionen ein</translation>
    </message>
    <message>
        <source>%1: a header is written &quot;Name: value&quot;</source>
        <translation>%1: ein Header wird als &quot;Name: Wert&quot; geschrieben</translation>
    </message>
    <message>
        <source>%1: &quot;%2:&quot; removes a header curl adds, and Hooksmith does not send it either</source>
        <translation>%1: &quot;%2:&quot; entfernt einen Header, den curl hinzufügt, und Hooksmith sendet ihn ebenfalls nicht</translation>
    </message>
    <message>
        <source>%1: %2 reads the body from a file (%3), which cannot be imported; paste the content with --data-raw</source>
        <translation>%1: %2 liest den Body aus einer Datei (%3), was nicht importiert werden kann; fügen Sie den Inhalt mit --data-raw ein</translation>
    </message>
    <message>
        <source>%1: --data-urlencode reads a file (%2), which cannot be imported; paste the content as name=content</source>
        <translation>%1: --data-urlencode liest eine Datei (%2), was nicht importiert werden kann; fügen Sie den Inhalt als name=Inhalt ein</translation>
    </message>
    <message>
        <source>%1: --json reads the body from a file (%2), which cannot be imported; paste the JSON itself</source>
        <translation>%1: --json liest den Body aus einer Datei (%2), was nicht importiert werden kann; fügen Sie das JSON selbst ein</translation>
    </message>
    <message>
        <source>%1: -b without &quot;=&quot; reads cookies from a file, which cannot be imported; write them as -b &apos;name=value&apos;</source>
        <translation>%1: -b ohne &quot;=&quot; liest Cookies aus einer Datei, was nicht importiert werden kann; schreiben Sie sie als -b &apos;name=value&apos;</translation>
    </message>
    <message>
        <source>%1: a second URL; import one request at a time</source>
        <translation>%1: eine zweite URL; importieren Sie jeweils eine Anfrage</translation>
    </message>
    <message>
        <source>%1: the time limit is a number of seconds</source>
        <translation>%1: das Zeitlimit ist eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>%1: %2 sends multipart/form-data, which Hooksmith does not send; use -d name=value (form) or --json instead</source>
        <translation>%1: %2 sendet multipart/form-data, was Hooksmith nicht sendet; verwenden Sie stattdessen -d name=value (Formular) oder --json</translation>
    </message>
    <message>
        <source>%1: %2 uploads a file, which cannot be imported; paste the content with --data-raw</source>
        <translation>%1: %2 lädt eine Datei hoch, was nicht importiert werden kann; fügen Sie den Inhalt mit --data-raw ein</translation>
    </message>
    <message>
        <source>%1: %2 reads options from a file, which cannot be imported; paste them</source>
        <translation>%1: %2 liest Optionen aus einer Datei, was nicht importiert werden kann; fügen Sie sie ein</translation>
    </message>
    <message>
        <source>%1: %2 authentication is not supported; Hooksmith has basic authentication (-u) and your own headers (-H &apos;Authorization: ...&apos;)</source>
        <translation>%1: %2-Authentifizierung wird nicht unterstützt; Hooksmith bietet Basic-Authentifizierung (-u) und eigene Header (-H &apos;Authorization: ...&apos;)</translation>
    </message>
    <message>
        <source>the command line is empty; paste a curl command</source>
        <translation>die Befehlszeile ist leer; fügen Sie einen curl-Befehl ein</translation>
    </message>
    <message>
        <source>the command starts with &quot;%1&quot;, not curl; paste a curl command</source>
        <translation>der Befehl beginnt mit &quot;%1&quot;, nicht mit curl; fügen Sie einen curl-Befehl ein</translation>
    </message>
    <message>
        <source>%1: curl does not take --option=value; write &quot;--%2 %3&quot;</source>
        <translation>%1: curl akzeptiert kein --option=Wert; schreiben Sie &quot;--%2 %3&quot;</translation>
    </message>
    <message>
        <source>%1: unknown curl option %2</source>
        <translation>%1: unbekannte curl-Option %2</translation>
    </message>
    <message>
        <source>%1: %2 needs a value</source>
        <translation>%1: %2 braucht einen Wert</translation>
    </message>
    <message>
        <source>%1: unknown curl option -%2</source>
        <translation>%1: unbekannte curl-Option -%2</translation>
    </message>
    <message>
        <source>the curl command has no URL</source>
        <translation>der curl-Befehl hat keine URL</translation>
    </message>
    <message>
        <source>%1: the URL has no scheme; curl would use http://, and so does the webhook</source>
        <translation>%1: die URL hat kein Schema; curl würde http:// verwenden, und der Webhook tut es auch</translation>
    </message>
    <message>
        <source>options that do not change the request were ignored: %1</source>
        <translation>Optionen, die die Anfrage nicht ändern, wurden ignoriert: %1</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>die Anfrage</translation>
    </message>
    <message>
        <source>%1: %2 @- reads the body from standard input, which cannot be imported; paste the content with --data-raw</source>
        <translation>%1: %2 @- liest den Body von der Standardeingabe, was nicht importiert werden kann; fügen Sie den Inhalt mit --data-raw ein</translation>
    </message>
    <message>
        <source>the text piped into curl</source>
        <translation>der per Pipe an curl übergebene Text</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1: only printf &apos;%s&apos; TEXT may be piped into curl</source>
        <translation>%1: nur printf &apos;%s&apos; TEXT darf per Pipe an curl übergeben werden</translation>
    </message>
    <message>
        <source>%1: the script sets %2 from what the shell expands; write its value out</source>
        <translation>%1: das Skript setzt %2 aus dem, was die Shell expandiert; schreiben Sie den Wert aus</translation>
    </message>
    <message>
        <source>%1: the script sets %2, which the webhook fills from each signal as a preset</source>
        <translation>%1: das Skript setzt %2, das der Webhook als Preset aus jedem Signal füllt</translation>
    </message>
    <message>
        <source>%1: the script runs &quot;%2&quot; before curl, which cannot be imported; paste the curl command alone</source>
        <translation>%1: das Skript führt vor curl &quot;%2&quot; aus, was nicht importiert werden kann; fügen Sie nur den curl-Befehl ein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at line %2, column %3 ends the curl command or redirects it; paste the curl command alone</source>
        <translation>&quot;%1&quot; in Zeile %2, Spalte %3 beendet den curl-Befehl oder leitet ihn um; fügen Sie nur den curl-Befehl ein</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>%1: the number of retries is a whole number from 0 to 99</source>
        <translation>%1: die Zahl der Wiederholungen ist eine ganze Zahl von 0 bis 99</translation>
    </message>
</context>
<context>
    <name>DeliveryLog</name>
    <message>
        <source>attempt %1 of %2</source>
        <translation>Versuch %1 von %2</translation>
    </message>
    <message>
        <source>delivered: %1 (%2, %3 ms)</source>
        <translation>zugestellt: %1 (%2, %3 ms)</translation>
    </message>
    <message>
        <source>retrying now</source>
        <translation>neuer Versuch jetzt</translation>
    </message>
    <message>
        <source>next in %1 (as Retry-After asked)</source>
        <translation>nächster in %1 (wie Retry-After verlangte)</translation>
    </message>
    <message>
        <source>next in %1</source>
        <translation>nächster in %1</translation>
    </message>
    <message>
        <source>%1 failed: %2; %3</source>
        <translation>%1 fehlgeschlagen: %2; %3</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 -&gt; &quot;%2&quot; (signal %3 from %4)</source>
        <translation>%1 -&gt; &quot;%2&quot; (Signal %3 von %4)</translation>
    </message>
</context>
<context>
    <name>DeliverySection</name>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation>&amp;Timeout</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Timeout per attempt</source>
        <translation>Timeout pro Versuch</translation>
    </message>
    <message>
        <source>How long one attempt may take</source>
        <translation>Wie lange ein Versuch dauern darf</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>&amp;Versuche</translation>
    </message>
    <message>
        <source>Attempts in total</source>
        <translation>Versuche insgesamt</translation>
    </message>
    <message>
        <source>Attempts in total; 1 means no retry</source>
        <translation>Versuche insgesamt; 1 bedeutet keine Wiederholung</translation>
    </message>
    <message>
        <source>&amp;Pinned certificate</source>
        <translation>&amp;Gepinntes Zertifikat</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, for self-signed servers</source>
        <translation>SHA-256-Fingerabdruck, für selbstsignierte Server</translation>
    </message>
    <message>
        <source>Pinned certificate SHA-256</source>
        <translation>Gepinntes Zertifikat SHA-256</translation>
    </message>
    <message>
        <source>&amp;CA file</source>
        <translation>&amp;CA-Datei</translation>
    </message>
    <message>
        <source>Extra certificate authorities (PEM)</source>
        <translation>Zusätzliche Zertifizierungsstellen (PEM)</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>CA-Datei auswählen</translation>
    </message>
    <message>
        <source>Or&amp;der</source>
        <translation>&amp;Reihenfolge</translation>
    </message>
    <message>
        <source>Delivery order</source>
        <translation>Zustellreihenfolge</translation>
    </message>
    <message>
        <source>Each device in order: one request per device to this webhook at a time, in the order the board sent its signals; a retry holds back that device&apos;s later signals, and one device&apos;s rate is bounded by the server&apos;s round trip. Any order: as many at once as the engine allows.</source>
        <translation>Jedes Gerät in Reihenfolge: eine Anfrage pro Gerät an diesen Webhook zur selben Zeit, in der Reihenfolge, in der das Board seine Signale sandte; eine Wiederholung hält die späteren Signale dieses Geräts zurück, und die Rate eines Geräts ist durch die Antwortzeit des Servers begrenzt. Beliebige Reihenfolge: so viele gleichzeitig, wie die Engine erlaubt.</translation>
    </message>
    <message>
        <source>Each device in order</source>
        <translation>Jedes Gerät in Reihenfolge</translation>
    </message>
    <message>
        <source>Any order, as many at once as possible</source>
        <translation>Beliebige Reihenfolge, so viele gleichzeitig wie möglich</translation>
    </message>
    <message>
        <source>Fo&amp;llow redirects</source>
        <translation>Weiterleitungen &amp;folgen</translation>
    </message>
</context>
<context>
    <name>EnvReferences</name>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>the variable %1 of environment &quot;%2&quot; reads the environment variable %3, which is not set</source>
        <translation>die Variable %1 der Umgebung &quot;%2&quot; liest die Umgebungsvariable %3, die nicht gesetzt ist</translation>
    </message>
    <message>
        <source>{{var:%1}} needs an environment, and the workspace has none: add one with the variable %1</source>
        <translation>{{var:%1}} braucht eine Umgebung, und der Arbeitsbereich hat keine: fügen Sie eine mit der Variablen %1 hinzu</translation>
    </message>
    <message>
        <source>the environment &quot;%1&quot; does not exist (the workspace has %2)</source>
        <translation>die Umgebung &quot;%1&quot; existiert nicht (der Arbeitsbereich hat %2)</translation>
    </message>
    <message>
        <source>the variable %1 is not defined in the environment &quot;%2&quot;</source>
        <translation>die Variable %1 ist in der Umgebung &quot;%2&quot; nicht definiert</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>hooksmith-cli export: cannot write %1: %2</source>
        <translation>hooksmith-cli export: kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Export webhooks for a server or for another tool (curl, HTTPie, Postman, Bruno, Node-RED).</source>
        <translation>Webhooks für einen Server oder für ein anderes Werkzeug exportieren (curl, HTTPie, Postman, Bruno, Node-RED).</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>A webhook, by name or id (repeat it for several).</source>
        <translation>Ein Webhook, nach Name oder ID (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>Every webhook of the workspace.</source>
        <translation>Jeder Webhook des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>The format: %1.</source>
        <translation>Das Format: %1.</translation>
    </message>
    <message>
        <source>The file (or directory, for server and several Bruno requests) to create; it must not exist. Default: standard output.</source>
        <translation>Die anzulegende Datei (oder das Verzeichnis, für server und mehrere Bruno-Anfragen); sie darf noch nicht existieren. Standard: Standardausgabe.</translation>
    </message>
    <message>
        <source>hooksmith-cli export: give exactly one WORKSPACE file</source>
        <translation>hooksmith-cli export: geben Sie genau eine ARBEITSBEREICH-Datei an</translation>
    </message>
    <message>
        <source>hooksmith-cli export: --to FORMAT is required (%1)</source>
        <translation>hooksmith-cli export: --to FORMAT ist erforderlich (%1)</translation>
    </message>
    <message>
        <source>hooksmith-cli export: unknown format &quot;%1&quot; (known: %2)</source>
        <translation>hooksmith-cli export: unbekanntes Format &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>hooksmith-cli export: -s and -v go together: give both to fill the presets, or neither to leave them as variables</source>
        <translation>hooksmith-cli export: -s und -v gehören zusammen: geben Sie beide an, um die Presets zu füllen, oder keines, um sie als Variablen zu belassen</translation>
    </message>
    <message>
        <source>hooksmith-cli export: choose the webhook with -w WEBHOOK (or --all)</source>
        <translation>hooksmith-cli export: wählen Sie den Webhook mit -w WEBHOOK (oder --all)</translation>
    </message>
    <message>
        <source>%1: the workspace has no webhook to export</source>
        <translation>%1: der Arbeitsbereich hat keinen Webhook zum Exportieren</translation>
    </message>
    <message>
        <source>hooksmith-cli export: %1 exports one webhook at a time (server, postman, bruno and node-red take several)</source>
        <translation>hooksmith-cli export: %1 exportiert jeweils einen Webhook (server, postman, bruno und node-red nehmen mehrere)</translation>
    </message>
    <message>
        <source>hooksmith-cli export: warning: %1</source>
        <translation>hooksmith-cli export: Warnung: %1</translation>
    </message>
    <message>
        <source>hooksmith-cli export: %1 writes a directory: name it with -o DIR</source>
        <translation>hooksmith-cli export: %1 schreibt ein Verzeichnis: benennen Sie es mit -o DIR</translation>
    </message>
    <message>
        <source>hooksmith-cli export: %1 exists; choose a new directory</source>
        <translation>hooksmith-cli export: %1 existiert; wählen Sie ein neues Verzeichnis</translation>
    </message>
    <message>
        <source>hooksmith-cli export: cannot create the directory %1</source>
        <translation>hooksmith-cli export: kann das Verzeichnis %1 nicht anlegen</translation>
    </message>
    <message>
        <source>%1: wrote %2 file(s) into %3</source>
        <translation>%1: %2 Datei(en) in %3 geschrieben</translation>
    </message>
    <message>
        <source>hooksmith-cli export: %1 exists; choose a new file</source>
        <translation>hooksmith-cli export: %1 existiert; wählen Sie eine neue Datei</translation>
    </message>
    <message>
        <source>Writes what a webhook sends in a form another tool runs. With -s and -v the presets are filled with that signal (and -d&apos;s device); without them they are left as variables named after the presets. The environment&apos;s variables ({{var:NAME}}, of --env&apos;s environment, else the first) are written in, or kept as variables of the tool with --keep-vars; the server format carries every environment, the chosen one first. Secrets are always read from environment variables, never written out. What a format cannot carry is listed as a warning on standard error. Formats:%1</source>
        <translation>Schreibt, was ein Webhook sendet, in einer Form, die ein anderes Werkzeug ausführt. Mit -s und -v werden die Presets mit diesem Signal (und dem Gerät von -d) gefüllt; ohne sie bleiben sie Variablen, die nach den Presets benannt sind. Die Variablen der Umgebung ({{var:NAME}}, der Umgebung von --env, sonst der ersten) werden eingesetzt oder mit --keep-vars als Variablen des Werkzeugs behalten; das Format server übernimmt alle Umgebungen, die gewählte zuerst. Geheimnisse werden immer aus Umgebungsvariablen gelesen, nie ausgeschrieben. Was ein Format nicht übernehmen kann, wird als Warnung auf der Standardfehlerausgabe aufgeführt. Formate:%1</translation>
    </message>
    <message>
        <source>Keep the environment&apos;s {{var:NAME}} as variables of the tool, with the environment&apos;s values, instead of writing their values in.</source>
        <translation>Die {{var:NAME}} der Umgebung als Variablen des Werkzeugs mit den Werten der Umgebung behalten, statt ihre Werte einzusetzen.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>a directory for a server: workspace, variables to set, systemd unit, README</source>
        <translation>ein Verzeichnis für einen Server: Arbeitsbereich, zu setzende Variablen, systemd-Unit, README</translation>
    </message>
    <message>
        <source>the relay&apos;s systemd unit</source>
        <translation>die systemd-Unit des Relays</translation>
    </message>
    <message>
        <source>a shell script that sends the request with curl</source>
        <translation>ein Shell-Skript, das die Anfrage mit curl sendet</translation>
    </message>
    <message>
        <source>a shell script that sends the request with HTTPie</source>
        <translation>ein Shell-Skript, das die Anfrage mit HTTPie sendet</translation>
    </message>
    <message>
        <source>a Postman Collection v2.1 (runs in newman)</source>
        <translation>eine Postman Collection v2.1 (läuft in newman)</translation>
    </message>
    <message>
        <source>a Bruno request (.bru), or a collection directory for several</source>
        <translation>eine Bruno-Anfrage (.bru), oder ein Collection-Verzeichnis für mehrere</translation>
    </message>
    <message>
        <source>a Node-RED flow: inject, function, http request</source>
        <translation>ein Node-RED-Flow: inject, function, http request</translation>
    </message>
    <message>
        <source>no webhook to export</source>
        <translation>kein Webhook zum Exportieren</translation>
    </message>
    <message>
        <source>%1 exports one webhook at a time</source>
        <translation>%1 exportiert jeweils einen Webhook</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes Exportformat &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot;: %2 reads &quot;{{&quot; as the start of a variable, and the %3 holds it as text: check the request there</source>
        <translation>Webhook &quot;%1&quot;: %2 liest &quot;{{&quot; als Beginn einer Variablen, und in %3 steht es als Text: prüfen Sie dort die Anfrage</translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot;: a Bruno text body cannot end with a line break or hold a carriage return: they are not carried</source>
        <translation>Webhook &quot;%1&quot;: ein Bruno-Text-Body kann nicht mit einem Zeilenumbruch enden oder einen Wagenrücklauf enthalten: sie werden nicht übernommen</translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot;: Postman reads the text {{%2}} as its variable %2: check the request there</source>
        <translation>Webhook &quot;%1&quot;: Postman liest den Text {{%2}} als seine Variable %2: prüfen Sie die Anfrage dort</translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot;: a Bruno variable is one line without spaces around it, so the value of %2 is not carried exactly</source>
        <translation>Webhook &quot;%1&quot;: eine Bruno-Variable ist eine Zeile ohne Leerzeichen darum, daher wird der Wert von %2 nicht genau übernommen</translation>
    </message>
</context>
<context>
    <name>ExportRequests</name>
    <message>
        <source>webhook &quot;%1&quot;: its %2 signature is not carried (the request goes without the signature headers); the relay and &quot;hooksmith-cli send&quot; sign it</source>
        <translation>Webhook &quot;%1&quot;: seine %2-Signatur wird nicht übernommen (die Anfrage geht ohne die Signatur-Header); das Relay und &quot;hooksmith-cli send&quot; signieren sie</translation>
    </message>
    <message>
        <source>an environment variable: set it, never write it</source>
        <translation>eine Umgebungsvariable: setzen Sie sie, schreiben Sie sie nie aus</translation>
    </message>
    <message>
        <source> (an export leaves this value to the tool that runs it, so the URL must give its scheme and host itself)</source>
        <translation> (ein Export überlässt diesen Wert dem Werkzeug, das ihn ausführt, daher muss die URL ihr Schema und ihren Host selbst angeben)</translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot;: %2</source>
        <translation>Webhook &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot;: the body holds a NUL byte, which this export cannot carry</source>
        <translation>Webhook &quot;%1&quot;: der Body enthält ein NUL-Byte, das dieser Export nicht übernehmen kann</translation>
    </message>
    <message>
        <source>the secret variable %1 of the environment &quot;%2&quot;: set it, never write it</source>
        <translation>die geheime Variable %1 der Umgebung &quot;%2&quot;: setzen Sie sie, schreiben Sie sie nie aus</translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot;: the value of the variable %2 is encoded where a request uses it, and a tool would write it as it is, so it is written in</source>
        <translation>Webhook &quot;%1&quot;: der Wert der Variable %2 wird dort kodiert, wo eine Anfrage ihn verwendet, und ein Werkzeug würde ihn unverändert schreiben, daher wird er eingesetzt</translation>
    </message>
    <message>
        <source>a variable of the environment &quot;%1&quot;</source>
        <translation>eine Variable der Umgebung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot;: the variable %2 starts the URL, and the URL does not start with its value as written (&quot;%3&quot;), so its value is written in</source>
        <translation>Webhook &quot;%1&quot;: die Variable %2 beginnt die URL, und die URL beginnt nicht mit ihrem Wert, wie er geschrieben ist (&quot;%3&quot;), daher wird ihr Wert eingesetzt</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>A name for this webhook</source>
        <translation>Ein Name für diesen Webhook</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>https://example.com/hooks/{{DEVICE_TOKEN}}</source>
        <translation>https://example.com/hooks/{{DEVICE_TOKEN}}</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The remote URL. Type {{ to insert a preset; values are percent-encoded.</source>
        <translation>Die entfernte URL. Tippen Sie {{, um ein Preset einzufügen; Werte werden prozentkodiert.</translation>
    </message>
    <message>
        <source>e.g. temperature-high</source>
        <translation>z. B. temperature-high</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Ereignisname</translation>
    </message>
    <message>
        <source>The webhook event name: the WEBHOOK_EVENT_NAME preset</source>
        <translation>Der Ereignisname des Webhooks: das Preset WEBHOOK_EVENT_NAME</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Methode</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>Request format</source>
        <translation>Anfrageformat</translation>
    </message>
    <message>
        <source>JSON and web forms are built from the body table; Custom body is your own text</source>
        <translation>JSON und Webformulare werden aus der Body-Tabelle gebaut; Eigener Body ist Ihr eigener Text</translation>
    </message>
    <message>
        <source>Even&amp;t name</source>
        <translation>&amp;Ereignisname</translation>
    </message>
    <message>
        <source>Request f&amp;ormat</source>
        <translation>Anfrage&amp;format</translation>
    </message>
</context>
<context>
    <name>HttpRequestParser</name>
    <message>
        <source>the request line is longer than %1</source>
        <translation>die Anfragezeile ist länger als %1</translation>
    </message>
    <message>
        <source>the request headers are larger than %1</source>
        <translation>die Anfrage-Header sind größer als %1</translation>
    </message>
    <message>
        <source>a chunk-size line is longer than %1</source>
        <translation>eine Chunk-Größen-Zeile ist länger als %1</translation>
    </message>
    <message>
        <source>a chunk of the body is longer than its size says</source>
        <translation>ein Chunk des Bodys ist länger, als seine Größe angibt</translation>
    </message>
    <message>
        <source>the request line &quot;%1&quot; is not &quot;METHOD TARGET HTTP/1.1&quot;</source>
        <translation>die Anfragezeile &quot;%1&quot; ist nicht &quot;METHOD TARGET HTTP/1.1&quot;</translation>
    </message>
    <message>
        <source>HTTP version %1 is not supported (only HTTP/1.0 and HTTP/1.1)</source>
        <translation>HTTP-Version %1 wird nicht unterstützt (nur HTTP/1.0 und HTTP/1.1)</translation>
    </message>
    <message>
        <source>the request target &quot;%1&quot; has a character that is not allowed</source>
        <translation>das Anfrageziel &quot;%1&quot; enthält ein nicht erlaubtes Zeichen</translation>
    </message>
    <message>
        <source>the request has more than %1 header and trailer lines</source>
        <translation>die Anfrage hat mehr als %1 Header- und Trailer-Zeilen</translation>
    </message>
    <message>
        <source>the request has more than %1 header lines</source>
        <translation>die Anfrage hat mehr als %1 Header-Zeilen</translation>
    </message>
    <message>
        <source>the header line &quot;%1&quot; is not &quot;Name: value&quot;</source>
        <translation>die Header-Zeile &quot;%1&quot; ist nicht &quot;Name: Wert&quot;</translation>
    </message>
    <message>
        <source>the header %1 has a control character in its value</source>
        <translation>der Header %1 hat ein Steuerzeichen in seinem Wert</translation>
    </message>
    <message>
        <source>the request has both Content-Length and Transfer-Encoding</source>
        <translation>die Anfrage hat sowohl Content-Length als auch Transfer-Encoding</translation>
    </message>
    <message>
        <source>the transfer coding &quot;%1&quot; is not supported (only chunked)</source>
        <translation>die Transfer-Kodierung &quot;%1&quot; wird nicht unterstützt (nur chunked)</translation>
    </message>
    <message>
        <source>the request has %1 Content-Length headers; one is allowed</source>
        <translation>die Anfrage hat %1 Content-Length-Header; einer ist erlaubt</translation>
    </message>
    <message>
        <source>the Content-Length &quot;%1&quot; is not a number of bytes</source>
        <translation>die Content-Length &quot;%1&quot; ist keine Anzahl Bytes</translation>
    </message>
    <message>
        <source>the body of %1 bytes is larger than the limit of %2</source>
        <translation>der Body von %1 Bytes ist größer als das Limit von %2</translation>
    </message>
    <message>
        <source>the chunk size &quot;%1&quot; is not a hexadecimal number</source>
        <translation>die Chunk-Größe &quot;%1&quot; ist keine Hexadezimalzahl</translation>
    </message>
    <message>
        <source>the chunked body is larger than the limit of %1</source>
        <translation>der Chunked-Body ist größer als das Limit von %1</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>a line of the response is longer than %1</source>
        <translation>eine Zeile der Antwort ist länger als %1</translation>
    </message>
    <message>
        <source>the status line of the response is longer than %1</source>
        <translation>die Statuszeile der Antwort ist länger als %1</translation>
    </message>
    <message>
        <source>the response head (status line and headers) is larger than %1</source>
        <translation>der Kopf der Antwort (Statuszeile und Header) ist größer als %1</translation>
    </message>
    <message>
        <source>a chunk of the response body is longer than its size says</source>
        <translation>ein Chunk des Antwort-Bodys ist länger, als seine Größe angibt</translation>
    </message>
    <message>
        <source>the response has more than %1 trailer lines</source>
        <translation>die Antwort hat mehr als %1 Trailer-Zeilen</translation>
    </message>
    <message>
        <source>the response has more than %1 header lines</source>
        <translation>die Antwort hat mehr als %1 Header-Zeilen</translation>
    </message>
    <message>
        <source>the response&apos;s first header line starts with a space</source>
        <translation>die erste Header-Zeile der Antwort beginnt mit einem Leerzeichen</translation>
    </message>
    <message>
        <source>the status line is not HTTP/1.x: &quot;%1&quot;</source>
        <translation>die Statuszeile ist nicht HTTP/1.x: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the response has an invalid Content-Length &quot;%1&quot;</source>
        <translation>die Antwort hat eine ungültige Content-Length &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the response has an invalid chunk size &quot;%1&quot;</source>
        <translation>die Antwort hat eine ungültige Chunk-Größe &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the connection ended in the middle of the body</source>
        <translation>die Verbindung endete mitten im Body</translation>
    </message>
    <message>
        <source>the connection ended without a complete response head</source>
        <translation>die Verbindung endete ohne vollständigen Antwortkopf</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>hooksmith-cli import: cannot read %1: %2</source>
        <translation>hooksmith-cli import: kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>Turn a curl command or a Postman collection into webhooks.</source>
        <translation>Einen curl-Befehl oder eine Postman-Collection in Webhooks umwandeln.</translation>
    </message>
    <message>
        <source>curl or postman.</source>
        <translation>curl oder postman.</translation>
    </message>
    <message>
        <source>The curl command, or the collection file.</source>
        <translation>Der curl-Befehl, oder die Collection-Datei.</translation>
    </message>
    <message>
        <source>Add the webhooks to this workspace file instead of printing them.</source>
        <translation>Die Webhooks dieser Arbeitsbereichsdatei hinzufügen, statt sie auszugeben.</translation>
    </message>
    <message>
        <source>hooksmith-cli import: give curl and a curl command, or postman and a collection file; see &quot;hooksmith-cli import --help&quot;</source>
        <translation>hooksmith-cli import: geben Sie curl und einen curl-Befehl an, oder postman und eine Collection-Datei; siehe &quot;hooksmith-cli import --help&quot;</translation>
    </message>
    <message>
        <source>the curl command</source>
        <translation>der curl-Befehl</translation>
    </message>
    <message>
        <source>hooksmith-cli import: %1: %2</source>
        <translation>hooksmith-cli import: %1: %2</translation>
    </message>
    <message>
        <source>hooksmith-cli import: warning: %1</source>
        <translation>hooksmith-cli import: Warnung: %1</translation>
    </message>
    <message>
        <source>hooksmith-cli import: the password of %1 is not printed; add the webhook with --into WORKSPACE to keep it in the keychain, or set it later with &quot;hooksmith-cli secret set WORKSPACE -w &apos;%2&apos; --field password&quot;</source>
        <translation>hooksmith-cli import: das Passwort von %1 wird nicht ausgegeben; fügen Sie den Webhook mit --into ARBEITSBEREICH hinzu, um es im Schlüsselbund zu behalten, oder setzen Sie es später mit &quot;hooksmith-cli secret set ARBEITSBEREICH -w &apos;%2&apos; --field password&quot;</translation>
    </message>
    <message>
        <source>hooksmith-cli import: %1 was left as it is</source>
        <translation>hooksmith-cli import: %1 wurde unverändert gelassen</translation>
    </message>
    <message>
        <source>hooksmith-cli import: %1 was not written: %2</source>
        <translation>hooksmith-cli import: %1 wurde nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>set it with &quot;hooksmith-cli secret set %1 -w &apos;%2&apos; --field password&quot;</source>
        <translation>setzen Sie es mit &quot;hooksmith-cli secret set %1 -w &apos;%2&apos; --field password&quot;</translation>
    </message>
    <message>
        <source>hooksmith-cli import: the password of %1 was not saved: cannot tell which server it is for (%2); %3</source>
        <translation>hooksmith-cli import: das Passwort von %1 wurde nicht gespeichert: es ist nicht erkennbar, für welchen Server es ist (%2); %3</translation>
    </message>
    <message>
        <source>hooksmith-cli import: the password of %1 was not saved. %2 Then %3</source>
        <translation>hooksmith-cli import: das Passwort von %1 wurde nicht gespeichert. %2 Dann %3</translation>
    </message>
    <message>
        <source>hooksmith-cli import: the password of %1 was not saved: %2; %3</source>
        <translation>hooksmith-cli import: das Passwort von %1 wurde nicht gespeichert: %2; %3</translation>
    </message>
    <message>
        <source>Saved the password of %1 in the keychain, for %2.</source>
        <translation>Passwort von %1 im Schlüsselbund gespeichert, für %2.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n webhook(s) to %1: %2</source>
        <translation>
            <numerusform>%n Webhook zu %1 hinzugefügt: %2</numerusform>
            <numerusform>%n Webhooks zu %1 hinzugefügt: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads a curl command line (one argument, quoted for your shell; &quot;-&quot; reads it from standard input; a curl script written by &quot;hooksmith-cli export --to curl&quot; is read too) or a Postman collection file (v2.1) and prints the webhooks it describes as a workspace, or adds them to WORKSPACE with --into. Variables with values (collection variables, variables the script sets) become variables of the environments. What does not come across exactly is reported on standard error. A basic authentication password is never printed: with --into it is saved in the OS keychain, as the desktop app saves it.</source>
        <translation>Liest eine curl-Befehlszeile (ein Argument, für Ihre Shell quotiert; &quot;-&quot; liest sie von der Standardeingabe; ein von &quot;hooksmith-cli export --to curl&quot; geschriebenes curl-Skript wird ebenfalls gelesen) oder eine Postman-Collection-Datei (v2.1) und gibt die beschriebenen Webhooks als Arbeitsbereich aus oder fügt sie mit --into zu WORKSPACE hinzu. Variablen mit Werten (Collection-Variablen, Variablen, die das Skript setzt) werden Variablen der Umgebungen. Was nicht genau übernommen wird, wird auf der Standardfehlerausgabe gemeldet. Ein Passwort für die Basic-Authentifizierung wird nie ausgegeben: mit --into wird es im Schlüsselbund des Betriebssystems gespeichert, wie die Desktop-App es speichert.</translation>
    </message>
    <message>
        <source>hooksmith-cli import: %1</source>
        <translation>hooksmith-cli import: %1</translation>
    </message>
</context>
<context>
    <name>LineParser</name>
    <message>
        <source>a protocol line that is not valid UTF-8 was ignored</source>
        <translation>eine Protokollzeile, die kein gültiges UTF-8 ist, wurde ignoriert</translation>
    </message>
    <message>
        <source>@device needs a device token</source>
        <translation>@device braucht ein Geräte-Token</translation>
    </message>
    <message>
        <source>@device line with a control character was ignored</source>
        <translation>eine @device-Zeile mit einem Steuerzeichen wurde ignoriert</translation>
    </message>
    <message>
        <source>@signal needs a signal number and a value</source>
        <translation>@signal braucht eine Signalnummer und einen Wert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a signal number (0 to 254)</source>
        <translation>&quot;%1&quot; ist keine Signalnummer (0 bis 254)</translation>
    </message>
    <message>
        <source>signal number %1 is out of range; use 0 to 254</source>
        <translation>Signalnummer %1 liegt außerhalb des Bereichs; verwenden Sie 0 bis 254</translation>
    </message>
    <message>
        <source>@signal %1 has no value</source>
        <translation>@signal %1 hat keinen Wert</translation>
    </message>
    <message>
        <source>the value of signal %1 is not JSON: %2 at character %3</source>
        <translation>der Wert von Signal %1 ist kein JSON: %2 bei Zeichen %3</translation>
    </message>
    <message>
        <source>a line longer than 64 KiB was dropped; reading goes on at the next line</source>
        <translation>eine Zeile länger als 64 KiB wurde verworfen; das Lesen geht mit der nächsten Zeile weiter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Select a webhook in the sidebar, or add one with New Webhook.</source>
        <translation>Wählen Sie einen Webhook in der Seitenleiste, oder fügen Sie einen mit Neuer Webhook hinzu.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>B&amp;earbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>Anf&amp;rage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;New Workspace</source>
        <translation>&amp;Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Start an empty workspace</source>
        <translation>Einen leeren Arbeitsbereich beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Eine Arbeitsbereichsdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the workspace</source>
        <translation>Den Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the workspace under a new name</source>
        <translation>Den Arbeitsbereich unter neuem Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Hooksmith</source>
        <translation>Hooksmith beenden</translation>
    </message>
    <message>
        <source>&amp;Find Webhook</source>
        <translation>Webhook fin&amp;den</translation>
    </message>
    <message>
        <source>Search the webhooks</source>
        <translation>Die Webhooks durchsuchen</translation>
    </message>
    <message>
        <source>New &amp;Webhook</source>
        <translation>Neuer &amp;Webhook</translation>
    </message>
    <message>
        <source>Add a webhook with Pybytes&apos; defaults</source>
        <translation>Einen Webhook mit den Pybytes-Standardwerten hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate Webhook</source>
        <translation>Webhook dupl&amp;izieren</translation>
    </message>
    <message>
        <source>Copy the selected webhook</source>
        <translation>Den ausgewählten Webhook kopieren</translation>
    </message>
    <message>
        <source>De&amp;lete Webhook</source>
        <translation>Webhook &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected webhook</source>
        <translation>Den ausgewählten Webhook löschen</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Copy the previewed request as a curl command line</source>
        <translation>Die angezeigte Anfrage als curl-Befehlszeile kopieren</translation>
    </message>
    <message>
        <source>&amp;Reveal Secrets</source>
        <translation>Geheimnisse &amp;zeigen</translation>
    </message>
    <message>
        <source>Show passwords and secrets in the preview</source>
        <translation>Passwörter und Geheimnisse in der Vorschau anzeigen</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>S&amp;enden</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Show the request preview</source>
        <translation>Die Anfragevorschau anzeigen</translation>
    </message>
    <message>
        <source>Next &amp;Problem</source>
        <translation>Nächstes &amp;Problem</translation>
    </message>
    <message>
        <source>Go to the next problem</source>
        <translation>Zum nächsten Problem springen</translation>
    </message>
    <message>
        <source>&amp;About Hooksmith</source>
        <translation>&amp;Über Hooksmith</translation>
    </message>
    <message>
        <source>About Hooksmith</source>
        <translation>Über Hooksmith</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>I&amp;mportieren…</translation>
    </message>
    <message>
        <source>Add webhooks from a curl command or a Postman collection</source>
        <translation>Webhooks aus einem curl-Befehl oder einer Postman-Collection hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Paste curl Command</source>
        <translation>curl-Befehl einfü&amp;gen</translation>
    </message>
    <message>
        <source>Add a webhook from the curl command on the clipboard</source>
        <translation>Einen Webhook aus dem curl-Befehl in der Zwischenablage hinzufügen</translation>
    </message>
    <message>
        <source>Send the previewed request once, as a test: no retries, not through the outbox</source>
        <translation>Die Anfrage der Vorschau einmal als Test senden: keine Wiederholungen, nicht über die Outbox</translation>
    </message>
    <message>
        <source>Send Through the &amp;Outbox</source>
        <translation>Über die &amp;Outbox senden</translation>
    </message>
    <message>
        <source>Deliver the previewed request as a device&apos;s signal is delivered: through the outbox, with the webhook&apos;s retries</source>
        <translation>Die Anfrage der Vorschau so zustellen, wie das Signal eines Geräts zugestellt wird: über die Outbox, mit den Wiederholungen des Webhooks</translation>
    </message>
    <message>
        <source>Language, theme, defaults of new webhooks, outbox folder, receiver port and proxy</source>
        <translation>Sprache, Erscheinungsbild, Vorgaben für neue Webhooks, Ausgangsordner, Port des Empfängers und Proxy</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>Einstellu&amp;ngen…</translation>
    </message>
</context>
<context>
    <name>MqttSignals</name>
    <message>
        <source>the message is empty (a Pybytes message starts with a header byte)</source>
        <translation>die Nachricht ist leer (eine Pybytes-Nachricht beginnt mit einem Header-Byte)</translation>
    </message>
    <message>
        <source>signal %1 has no value</source>
        <translation>Signal %1 hat keinen Wert</translation>
    </message>
    <message>
        <source>signal %1: %2</source>
        <translation>Signal %1: %2</translation>
    </message>
    <message>
        <source>signal %1: the text is not valid UTF-8</source>
        <translation>Signal %1: der Text ist kein gültiges UTF-8</translation>
    </message>
    <message numerus="yes">
        <source>signal %1: the value (%n byte(s)) ends in neither 0x00 (int), 0x01 (float) nor &apos;3&apos; (string or list)</source>
        <translation>
            <numerusform>Signal %1: der Wert (%n Byte) endet weder auf 0x00 (int), 0x01 (float) noch auf &apos;3&apos; (Zeichenkette oder Liste)</numerusform>
            <numerusform>Signal %1: der Wert (%n Bytes) endet weder auf 0x00 (int), 0x01 (float) noch auf &apos;3&apos; (Zeichenkette oder Liste)</numerusform>
        </translation>
    </message>
    <message>
        <source>expected hooksmith/&lt;device token&gt;/signal/&lt;number&gt; or hooksmith/&lt;device token&gt;/device</source>
        <translation>erwartet: hooksmith/&lt;Geräte-Token&gt;/signal/&lt;Nummer&gt; oder hooksmith/&lt;Geräte-Token&gt;/device</translation>
    </message>
    <message>
        <source>the signal number &quot;%1&quot; is not a number</source>
        <translation>die Signalnummer &quot;%1&quot; ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>outbox %1: %2: %3</source>
        <translation>Outbox %1: %2: %3</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>outbox %1 is not an outbox database (it is damaged or something else). It was left as it is: move it away to start with an empty outbox, or give another one with --outbox.</source>
        <translation>Outbox %1 ist keine Outbox-Datenbank (sie ist beschädigt oder etwas anderes). Sie wurde unverändert gelassen: verschieben Sie sie, um mit einer leeren Outbox zu beginnen, oder geben Sie mit --outbox eine andere an.</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>outbox %1 is in use by %2 (process %3 on %4); one outbox serves one running relay or app</source>
        <translation>Outbox %1 wird von %2 benutzt (Prozess %3 auf %4); eine Outbox dient einem laufenden Relay oder einer App</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot be read (it may be damaged)</source>
        <translation>kann nicht gelesen werden (möglicherweise beschädigt)</translation>
    </message>
    <message>
        <source>cannot use a write-ahead log</source>
        <translation>kann kein Write-Ahead-Log verwenden</translation>
    </message>
    <message>
        <source>cannot set the sync mode</source>
        <translation>der Sync-Modus kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>cannot set the busy timeout</source>
        <translation>das Busy-Timeout kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>cannot be checked (it may be damaged)</source>
        <translation>kann nicht geprüft werden (möglicherweise beschädigt)</translation>
    </message>
    <message>
        <source>outbox %1 is damaged (%2). It was left as it is: move it away to start with an empty outbox.</source>
        <translation>Outbox %1 ist beschädigt (%2). Sie wurde unverändert gelassen: verschieben Sie sie, um mit einer leeren Outbox zu beginnen.</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>die Schemaversion kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>outbox %1 was written by a newer Hooksmith (schema %2; this version reads %3). It was left as it is.</source>
        <translation>Outbox %1 wurde von einem neueren Hooksmith geschrieben (Schema %2; diese Version liest %3). Sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>cannot list its tables</source>
        <translation>ihre Tabellen können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>cannot create the schema</source>
        <translation>das Schema kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot prepare a statement</source>
        <translation>eine Anweisung kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>eine Transaktion kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>kann nicht schreiben</translation>
    </message>
    <message>
        <source>cannot store a delivery</source>
        <translation>eine Zustellung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot read due deliveries</source>
        <translation>fällige Zustellungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot record an attempt</source>
        <translation>ein Versuch kann nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <source>cannot remove a delivery</source>
        <translation>eine Zustellung kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot schedule a retry</source>
        <translation>eine Wiederholung kann nicht geplant werden</translation>
    </message>
    <message>
        <source>cannot discard a delivery</source>
        <translation>eine Zustellung kann nicht verworfen werden</translation>
    </message>
    <message>
        <source>cannot list deliveries</source>
        <translation>Zustellungen können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>cannot list attempts</source>
        <translation>Versuche können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>cannot count deliveries</source>
        <translation>Zustellungen können nicht gezählt werden</translation>
    </message>
    <message>
        <source>cannot set the checkpoint mode</source>
        <translation>der Checkpoint-Modus kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>outbox %1 cannot be used: the folder %2 cannot be written to (it is read-only, or belongs to another user); give a folder this user can write with --outbox</source>
        <translation>Outbox %1 kann nicht verwendet werden: in den Ordner %2 kann nicht geschrieben werden (er ist schreibgeschützt oder gehört einem anderen Benutzer); geben Sie mit --outbox einen Ordner an, in den dieser Benutzer schreiben kann</translation>
    </message>
    <message>
        <source>outbox %1 cannot be locked (%2)</source>
        <translation>Outbox %1 kann nicht gesperrt werden (%2)</translation>
    </message>
    <message>
        <source>another program holds it</source>
        <translation>ein anderes Programm hält sie</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>there is no outbox %1 (nothing was queued there yet)</source>
        <translation>es gibt keine Outbox %1 (dort wurde noch nichts eingereiht)</translation>
    </message>
    <message>
        <source>outbox %1 has schema %2: run the relay or the app on it once, which upgrades it, then look again</source>
        <translation>Outbox %1 hat Schema %2: lassen Sie einmal das Relay oder die App darauf laufen, was sie aktualisiert, und sehen Sie dann erneut nach</translation>
    </message>
    <message>
        <source>outbox %1 is an SQLite database but not a Hooksmith outbox. It was left as it is: give another folder with --outbox, or move the file away.</source>
        <translation>Outbox %1 ist eine SQLite-Datenbank, aber keine Hooksmith-Outbox. Sie wurde unverändert gelassen: geben Sie mit --outbox einen anderen Ordner an, oder verschieben Sie die Datei.</translation>
    </message>
    <message>
        <source>cannot set the log size limit</source>
        <translation>die Log-Größenbegrenzung kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>cannot upgrade the schema</source>
        <translation>das Schema kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>cannot check the order of deliveries</source>
        <translation>die Reihenfolge der Zustellungen kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>cannot read the order of deliveries</source>
        <translation>die Reihenfolge der Zustellungen kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot park deliveries</source>
        <translation>Zustellungen können nicht zurückgestellt werden</translation>
    </message>
    <message>
        <source>cannot park a delivery</source>
        <translation>eine Zustellung kann nicht zurückgestellt werden</translation>
    </message>
    <message>
        <source>cannot resume deliveries</source>
        <translation>Zustellungen können nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>the webhook %1 is not in the workspace</source>
        <translation>der Webhook %1 ist nicht im Arbeitsbereich</translation>
    </message>
    <message>
        <source>cannot fold the write-ahead log into the file</source>
        <translation>das Write-Ahead-Log kann nicht in die Datei übernommen werden</translation>
    </message>
    <message>
        <source>the file is busy</source>
        <translation>die Datei ist belegt</translation>
    </message>
    <message>
        <source>outbox %1: %2: the disk that holds it is full (%3 KB left): make room there and try again (SQLite: %4)</source>
        <translation>Outbox %1: %2: der Datenträger, auf dem sie liegt, ist voll (%3 KB frei): schaffen Sie dort Platz und versuchen Sie es erneut (SQLite: %4)</translation>
    </message>
    <message>
        <source>outbox %1 cannot be locked: the disk that holds it is full (%2 KB left): make room there and try again (what the outbox holds is kept)</source>
        <translation>Outbox %1 kann nicht gesperrt werden: der Datenträger, auf dem sie liegt, ist voll (%2 KB frei): schaffen Sie dort Platz und versuchen Sie es erneut (was die Outbox enthält, bleibt erhalten)</translation>
    </message>
    <message>
        <source>the SQLite driver gives no connection</source>
        <translation>der SQLite-Treiber liefert keine Verbindung</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>List, show, retry or drop what an outbox holds (also while a relay runs on it).</source>
        <translation>Auflisten, anzeigen, wiederholen oder verwerfen, was eine Outbox enthält (auch während ein Relay darauf läuft).</translation>
    </message>
    <message>
        <source>%1 pending, %2 queued, %3 parked, %4 failed</source>
        <translation>%1 ausstehend, %2 eingereiht, %3 zurückgestellt, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source>; the oldest waiting was accepted %1</source>
        <translation>; die älteste wartende wurde angenommen: %1</translation>
    </message>
    <message>
        <source>Usage: hooksmith-cli outbox (list|show|retry|drop|counts) [WORKSPACE] [options]
Run hooksmith-cli outbox ACTION --help for the options of each.</source>
        <translation>Aufruf: hooksmith-cli outbox (list|show|retry|drop|counts) [ARBEITSBEREICH] [Optionen]
&quot;hooksmith-cli outbox AKTION --help&quot; zeigt die Optionen jeder Aktion.</translation>
    </message>
    <message>
        <source>hooksmith-cli outbox: give an action: list, show, retry, drop or counts</source>
        <translation>hooksmith-cli outbox: geben Sie eine Aktion an: list, show, retry, drop oder counts</translation>
    </message>
    <message>
        <source>Looks into and acts on the outbox of a workspace (WORKSPACE, with --outbox DIR when the relay used one) or the outbox file (or folder with one) given with --outbox. list and show read it even while a relay or the app runs on it; retry and drop go through that relay or app when one owns it.</source>
        <translation>Untersucht die Outbox eines Arbeitsbereichs (ARBEITSBEREICH, mit --outbox DIR, wenn das Relay eines verwendete) oder die mit --outbox angegebene Outbox-Datei (oder den Ordner mit einer) und handelt darauf. list und show lesen sie auch, während ein Relay oder die App darauf läuft; retry und drop gehen über dieses Relay oder diese App, wenn es sie besitzt.</translation>
    </message>
    <message>
        <source>The workspace file (for webhook names).</source>
        <translation>Die Arbeitsbereichsdatei (für Webhook-Namen).</translation>
    </message>
    <message>
        <source>Message ids (show: one; retry, drop: any).</source>
        <translation>Nachrichten-IDs (show: eine; retry, drop: beliebig viele).</translation>
    </message>
    <message>
        <source>The outbox folder, or the outbox file itself.</source>
        <translation>Der Outbox-Ordner oder die Outbox-Datei selbst.</translation>
    </message>
    <message>
        <source>Only deliveries to this webhook (name or id).</source>
        <translation>Nur Zustellungen an diesen Webhook (Name oder ID).</translation>
    </message>
    <message>
        <source>Only these states: pending, queued, parked, failed (commas).</source>
        <translation>Nur diese Zustände: pending, queued, parked, failed (Kommas).</translation>
    </message>
    <message>
        <source>Only deliveries accepted longer ago than this (30s, 10m, 2h).</source>
        <translation>Nur Zustellungen, die länger als dies her angenommen wurden (30s, 10m, 2h).</translation>
    </message>
    <message>
        <source>Only deliveries accepted within this long (30s, 10m, 2h).</source>
        <translation>Nur Zustellungen, die innerhalb dieser Zeit angenommen wurden (30s, 10m, 2h).</translation>
    </message>
    <message>
        <source>At most this many (list: default 100; retry and drop: every match; 0: all).</source>
        <translation>Höchstens so viele (list: Standard 100; retry und drop: jeder Treffer; 0: alle).</translation>
    </message>
    <message>
        <source>retry, drop: every delivery that matches the filters.</source>
        <translation>retry, drop: jede Zustellung, die zu den Filtern passt.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>give at most one WORKSPACE (message ids start with msg_)</source>
        <translation>geben Sie höchstens einen ARBEITSBEREICH an (Nachrichten-IDs beginnen mit msg_)</translation>
    </message>
    <message>
        <source>--outbox needs a folder or an outbox file</source>
        <translation>--outbox braucht einen Ordner oder eine Outbox-Datei</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2): webhooks are shown by id</source>
        <translation>%1 kann nicht gelesen werden (%2): Webhooks werden mit ID angezeigt</translation>
    </message>
    <message>
        <source>%1 holds no outbox</source>
        <translation>%1 enthält keine Outbox</translation>
    </message>
    <message>
        <source>%1 holds %2 outboxes (%3): give the WORKSPACE too, or the file</source>
        <translation>%1 enthält %2 Outboxen (%3): geben Sie auch den ARBEITSBEREICH an, oder die Datei</translation>
    </message>
    <message>
        <source>give the WORKSPACE, or --outbox with the outbox file (default folder: %1)</source>
        <translation>geben Sie den ARBEITSBEREICH an, oder --outbox mit der Outbox-Datei (Standardordner: %1)</translation>
    </message>
    <message>
        <source>--state: &quot;%1&quot; is not a state (pending, queued, parked, failed)</source>
        <translation>--state: &quot;%1&quot; ist kein Zustand (pending, queued, parked, failed)</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an age: write a number with s, m or h, e.g. 10m</source>
        <translation>--%1: &quot;%2&quot; ist kein Alter: schreiben Sie eine Zahl mit s, m oder h, z. B. 10m</translation>
    </message>
    <message>
        <source>--limit: give a number (0: all)</source>
        <translation>--limit: geben Sie eine Zahl an (0: alle)</translation>
    </message>
    <message>
        <source>give one message id (msg_...)</source>
        <translation>geben Sie eine Nachrichten-ID an (msg_...)</translation>
    </message>
    <message>
        <source>give message ids, or --all (with filters) for every one that matches</source>
        <translation>geben Sie Nachrichten-IDs an, oder --all (mit Filtern) für jede, die passt</translation>
    </message>
    <message>
        <source>outbox %1</source>
        <translation>Outbox %1</translation>
    </message>
    <message>
        <source>in all: </source>
        <translation>insgesamt: </translation>
    </message>
    <message>
        <source>%1 is not in outbox %2</source>
        <translation>%1 ist nicht in Outbox %2</translation>
    </message>
    <message>
        <source>  state: %1</source>
        <translation>  Zustand: %1</translation>
    </message>
    <message>
        <source>  webhook: %1</source>
        <translation>  Webhook: %1</translation>
    </message>
    <message>
        <source>  signal %1 = %2 from %3, received %4, accepted %5</source>
        <translation>  Signal %1 = %2 von %3, empfangen %4, angenommen %5</translation>
    </message>
    <message>
        <source>  reason: %1</source>
        <translation>  Grund: %1</translation>
    </message>
    <message>
        <source>  next attempt: %1</source>
        <translation>  nächster Versuch: %1</translation>
    </message>
    <message>
        <source>  attempt %1 at %2, %3 ms: %4</source>
        <translation>  Versuch %1 um %2, %3 ms: %4</translation>
    </message>
    <message>
        <source>signal %1 from %2</source>
        <translation>Signal %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>not in outbox %1: %2 (nothing was done)</source>
        <translation>nicht in Outbox %1: %2 (es wurde nichts getan)</translation>
    </message>
    <message>
        <source>nothing matches</source>
        <translation>nichts passt</translation>
    </message>
    <message>
        <source>%1 (process %2) owns the outbox and %3; stop it, then run this again</source>
        <translation>%1 (Prozess %2) besitzt die Outbox und %3; beenden Sie es und führen Sie dies dann erneut aus</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) retried now by process %1, which owns the outbox</source>
        <translation>
            <numerusform>%n Zustellung jetzt wiederholt von Prozess %1, der die Outbox besitzt</numerusform>
            <numerusform>%n Zustellungen jetzt wiederholt von Prozess %1, der die Outbox besitzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) dropped by process %1, which owns the outbox</source>
        <translation>
            <numerusform>%n Zustellung verworfen von Prozess %1, der die Outbox besitzt</numerusform>
            <numerusform>%n Zustellungen verworfen von Prozess %1, der die Outbox besitzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were being attempted at that moment and were left alone: run this again</source>
        <translation>
            <numerusform>%n wurde in diesem Moment versucht und blieb unberührt: führen Sie dies erneut aus</numerusform>
            <numerusform>%n wurden in diesem Moment versucht und blieben unberührt: führen Sie dies erneut aus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) will be attempted when a relay or the app next runs on this outbox</source>
        <translation>
            <numerusform>%n Zustellung wird versucht, wenn das nächste Mal ein Relay oder die App auf dieser Outbox läuft</numerusform>
            <numerusform>%n Zustellungen werden versucht, wenn das nächste Mal ein Relay oder die App auf dieser Outbox läuft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) dropped</source>
        <translation>
            <numerusform>%n Zustellung verworfen</numerusform>
            <numerusform>%n Zustellungen verworfen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxControl</name>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>the request is not a JSON object</source>
        <translation>die Anfrage ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>ids must be message ids (strings)</source>
        <translation>IDs müssen Nachrichten-IDs sein (Zeichenketten)</translation>
    </message>
    <message>
        <source>it does not say where to reach it (%1 is missing)</source>
        <translation>es sagt nicht, wo es zu erreichen ist (%1 fehlt)</translation>
    </message>
    <message>
        <source>it does not answer on %1 (%2)</source>
        <translation>es antwortet nicht auf %1 (%2)</translation>
    </message>
    <message>
        <source>it did not answer within %1 s</source>
        <translation>es hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>its answer could not be read</source>
        <translation>seine Antwort konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>PortsCommand</name>
    <message>
        <source>List serial ports and the Pycom board on each.</source>
        <translation>Serielle Ports und das Pycom-Board an jedem auflisten.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>USB ID</source>
        <translation>USB-ID</translation>
    </message>
    <message>
        <source>SERIAL</source>
        <translation>SERIENNUMMER</translation>
    </message>
    <message>
        <source>BOARD</source>
        <translation>BOARD</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>Lists the serial ports with their USB vendor:product ids and serial numbers, and names the Pycom board on each (Pysense, Pytrack, Pyscan, Expansion Board, Pygate; &quot;in firmware update mode&quot; for the DFU ids). FTDI, CP210x and CH34x adapters are shown as possible boards.
PATH adds ports the system does not list, such as a pseudo-terminal made by socat.</source>
        <translation>Listet die seriellen Ports mit ihren USB-IDs (Hersteller:Produkt) und Seriennummern auf und benennt das Pycom-Board an jedem (Pysense, Pytrack, Pyscan, Expansion Board, Pygate; &quot;im Firmware-Update-Modus&quot; für die DFU-IDs). FTDI-, CP210x- und CH34x-Adapter werden als mögliche Boards angezeigt.
PFAD fügt Ports hinzu, die das System nicht auflistet, etwa ein von socat erzeugtes Pseudo-Terminal.</translation>
    </message>
    <message>
        <source>Print one JSON array instead of a table.</source>
        <translation>Ein JSON-Array statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Extra port paths to show.</source>
        <translation>Zusätzliche Portpfade, die angezeigt werden.</translation>
    </message>
    <message>
        <source>hooksmith-cli ports: %1: no such port (is the board plugged in, or socat running?)</source>
        <translation>hooksmith-cli ports: %1: kein solcher Port (ist das Board eingesteckt, oder läuft socat?)</translation>
    </message>
    <message>
        <source>(no serial ports found)</source>
        <translation>(keine seriellen Ports gefunden)</translation>
    </message>
</context>
<context>
    <name>PostmanImport</name>
    <message>
        <source>%1: the variable &quot;{{%2}}&quot; has no value in the collection and is not a name an environment variable can have, so it is kept as text</source>
        <translation>%1: die Variable &quot;{{%2}}&quot; hat in der Collection keinen Wert und ist kein möglicher Name einer Umgebungsvariablen, daher bleibt sie als Text erhalten</translation>
    </message>
    <message>
        <source>%1: %2 authentication is not supported, so the webhook is imported without it; Hooksmith has basic authentication and your own headers</source>
        <translation>%1: %2-Authentifizierung wird nicht unterstützt, daher wird der Webhook ohne sie importiert; Hooksmith bietet Basic-Authentifizierung und eigene Header</translation>
    </message>
    <message>
        <source>%1: the request has no URL</source>
        <translation>%1: die Anfrage hat keine URL</translation>
    </message>
    <message>
        <source>%1: a %2 request carries no body in Hooksmith, so its body is left out</source>
        <translation>%1: eine %2-Anfrage hat in Hooksmith keinen Body, daher wird ihr Body weggelassen</translation>
    </message>
    <message>
        <source>%1: the disabled form field &quot;%2&quot; is left out</source>
        <translation>%1: das deaktivierte Formularfeld &quot;%2&quot; wird weggelassen</translation>
    </message>
    <message>
        <source>%1: a &quot;%2&quot; body is not supported (Hooksmith sends JSON, form or custom text), so the webhook has no body</source>
        <translation>%1: ein &quot;%2&quot;-Body wird nicht unterstützt (Hooksmith sendet JSON, Formular oder eigenen Text), daher hat der Webhook keinen Body</translation>
    </message>
    <message>
        <source>%1: &quot;request&quot; is neither an object nor a URL</source>
        <translation>%1: &quot;request&quot; ist weder ein Objekt noch eine URL</translation>
    </message>
    <message>
        <source>%1: its pre-request and test scripts are not carried over</source>
        <translation>%1: seine Pre-Request- und Test-Skripte werden nicht übernommen</translation>
    </message>
    <message>
        <source>%1: entry %2 of &quot;item&quot; is not an object</source>
        <translation>%1: Eintrag %2 von &quot;item&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Anfrage %1</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;</source>
        <translation>Element &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;item&quot; is not a list</source>
        <translation>%1: &quot;item&quot; ist keine Liste</translation>
    </message>
    <message>
        <source>%1: neither a request nor a folder</source>
        <translation>%1: weder eine Anfrage noch ein Ordner</translation>
    </message>
    <message>
        <source>line %1, column %2: %3; this is not a JSON file</source>
        <translation>Zeile %1, Spalte %2: %3; dies ist keine JSON-Datei</translation>
    </message>
    <message>
        <source>a Postman collection is a JSON object, and this file is not one</source>
        <translation>eine Postman-Collection ist ein JSON-Objekt, und diese Datei ist keines</translation>
    </message>
    <message>
        <source>this is not a Postman collection (v2.1 or v2.0): it has no &quot;info&quot; and &quot;item&quot;; export the collection from Postman as Collection v2.1</source>
        <translation>dies ist keine Postman-Collection (v2.1 oder v2.0): sie hat kein &quot;info&quot; und &quot;item&quot;; exportieren Sie die Collection aus Postman als Collection v2.1</translation>
    </message>
    <message>
        <source>info.schema: &quot;%1&quot; is not a collection format Hooksmith reads; export the collection from Postman as Collection v2.1</source>
        <translation>info.schema: &quot;%1&quot; ist kein Collection-Format, das Hooksmith liest; exportieren Sie die Collection aus Postman als Collection v2.1</translation>
    </message>
    <message>
        <source>collection: its scripts are not carried over</source>
        <translation>Collection: ihre Skripte werden nicht übernommen</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>the collection has no requests</source>
        <translation>die Collection enthält keine Anfragen</translation>
    </message>
    <message>
        <source>collection variables written into the webhooks as their values: %1</source>
        <translation>Collection-Variablen, die als ihre Werte in die Webhooks geschrieben wurden: %1</translation>
    </message>
    <message>
        <source>variables without a value in the collection are read from the environment when sending (set them before sending): %1</source>
        <translation>Variablen ohne Wert in der Collection werden beim Senden aus der Umgebung gelesen (setzen Sie sie vor dem Senden): %1</translation>
    </message>
    <message>
        <source>secret collection variables are imported without their values (a secret belongs in the keychain): set %1 in Edit &gt; Environments</source>
        <translation>geheime Collection-Variablen werden ohne ihre Werte importiert (ein Geheimnis gehört in den Schlüsselbund): setzen Sie %1 unter Bearbeiten &gt; Umgebungen</translation>
    </message>
    <message>
        <source>%1: &quot;hooksmith&quot; is not an object</source>
        <translation>%1: &quot;hooksmith&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: &quot;hooksmith.%2&quot; is not a whole number from %3 to %4</source>
        <translation>%1: &quot;hooksmith.%2&quot; ist keine ganze Zahl von %3 bis %4</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>No folder is given: choose one, or restore the default.</source>
        <translation>Es ist kein Ordner angegeben: Wählen Sie einen, oder stellen Sie die Vorgabe wieder her.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: choose a folder for the outbox.</source>
        <translation>%1 ist eine Datei, kein Ordner: Wählen Sie einen Ordner für den Ausgang.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: choose a folder you can write to.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>Hooksmith cannot write to the folder %1 (%2): choose a folder you can write to.</source>
        <translation>Hooksmith kann nicht in den Ordner %1 schreiben (%2): Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language applies the next time Hooksmith starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Hooksmith.</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>The colours of the window: the system&apos;s, light or dark. Applies at once.</source>
        <translation>Die Farben des Fensters: die des Systems, hell oder dunkel. Gilt sofort.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>New webhooks</source>
        <translation>Neue Webhooks</translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation>&amp;Timeout</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Timeout per attempt of a new webhook</source>
        <translation>Timeout pro Versuch eines neuen Webhooks</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>&amp;Versuche</translation>
    </message>
    <message>
        <source>Attempts in total of a new webhook</source>
        <translation>Versuche insgesamt eines neuen Webhooks</translation>
    </message>
    <message>
        <source>Attempts in total; 1 means no retry</source>
        <translation>Versuche insgesamt; 1 bedeutet keine Wiederholung</translation>
    </message>
    <message>
        <source>Follow &amp;redirects</source>
        <translation>Weiterleitungen fo&amp;lgen</translation>
    </message>
    <message>
        <source>Or&amp;der</source>
        <translation>Reihen&amp;folge</translation>
    </message>
    <message>
        <source>Delivery order of a new webhook</source>
        <translation>Zustellreihenfolge eines neuen Webhooks</translation>
    </message>
    <message>
        <source>A new webhook starts with these settings; webhooks that exist keep theirs. Retries wait 5 s, 5 min, 30 min, 2 h, 5 h, then 10 h between attempts.</source>
        <translation>Ein neuer Webhook beginnt mit diesen Einstellungen; bestehende Webhooks behalten ihre. Wiederholungen warten zwischen den Versuchen 5 s, 5 min, 30 min, 2 h, 5 h, dann 10 h.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>Outbox folder</source>
        <translation>Ausgangsordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Choose the outbox folder</source>
        <translation>Den Ausgangsordner wählen</translation>
    </message>
    <message>
        <source>Where the outbox keeps deliveries until they are delivered, one file per workspace. A new folder applies the next time Hooksmith starts.</source>
        <translation>Wo der Ausgang Zustellungen aufbewahrt, bis sie zugestellt sind, eine Datei pro Arbeitsbereich. Ein neuer Ordner gilt ab dem nächsten Start von Hooksmith.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Built-in receiver</source>
        <translation>Eingebauter Empfänger</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>Port of the built-in receiver</source>
        <translation>Port des eingebauten Empfängers</translation>
    </message>
    <message>
        <source>The receiver listens on 127.0.0.1 at this port; a receiver that runs moves to it at once.</source>
        <translation>Der Empfänger lauscht auf 127.0.0.1 an diesem Port; ein laufender Empfänger wechselt sofort dorthin.</translation>
    </message>
    <message>
        <source>Proxy for sending</source>
        <translation>Proxy zum Senden</translation>
    </message>
    <message>
        <source>Pro&amp;xy</source>
        <translation>Pro&amp;xy</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Ho&amp;st</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>Po&amp;rt</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Proxy-Benutzer</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>The sending device&apos;s token</source>
        <translation>Das Token des sendenden Geräts</translation>
    </message>
    <message>
        <source>The sending device&apos;s name</source>
        <translation>Der Name des sendenden Geräts</translation>
    </message>
    <message>
        <source>The workspace user id</source>
        <translation>Die Benutzer-ID des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>The webhook&apos;s event name</source>
        <translation>Der Ereignisname des Webhooks</translation>
    </message>
    <message>
        <source>The signal number (a number)</source>
        <translation>Die Signalnummer (eine Zahl)</translation>
    </message>
    <message>
        <source>The signal&apos;s name, empty when it is not defined</source>
        <translation>Der Name des Signals, leer, wenn es nicht definiert ist</translation>
    </message>
    <message>
        <source>The signal&apos;s unit, empty when it is not defined</source>
        <translation>Die Einheit des Signals, leer, wenn es nicht definiert ist</translation>
    </message>
    <message>
        <source>The signal&apos;s value with its JSON type: number, string, list, true/false/null</source>
        <translation>Der Wert des Signals mit seinem JSON-Typ: Zahl, Zeichenkette, Liste, true/false/null</translation>
    </message>
    <message>
        <source>When the signal was received, ISO 8601 UTC with milliseconds</source>
        <translation>Wann das Signal empfangen wurde, ISO 8601 UTC mit Millisekunden</translation>
    </message>
    <message>
        <source>When the signal was received, in whole Unix seconds (a number)</source>
        <translation>Wann das Signal empfangen wurde, in ganzen Unix-Sekunden (eine Zahl)</translation>
    </message>
    <message>
        <source>This delivery&apos;s id, the same on every retry</source>
        <translation>Die ID dieser Zustellung, bei jeder Wiederholung dieselbe</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Gerät</translation>
    </message>
    <message>
        <source>Sample device</source>
        <translation>Beispielgerät</translation>
    </message>
    <message>
        <source>Si&amp;gnal</source>
        <translation>Sig&amp;nal</translation>
    </message>
    <message>
        <source>Sample signal number</source>
        <translation>Beispiel-Signalnummer</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Beispielwert</translation>
    </message>
    <message>
        <source>JSON (23.5, &quot;text&quot;, [1, 2], true) or plain text</source>
        <translation>JSON (23.5, &quot;text&quot;, [1, 2], true) oder einfacher Text</translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation>Geheimnisse zeigen</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Final request preview</source>
        <translation>Endgültige Anfragevorschau</translation>
    </message>
    <message>
        <source>This request cannot be built</source>
        <translation>Diese Anfrage kann nicht gebaut werden</translation>
    </message>
    <message>
        <source>Render error</source>
        <translation>Darstellungsfehler</translation>
    </message>
    <message>
        <source>V&amp;alue</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <source>Reveal secre&amp;ts</source>
        <translation>Geheimnisse &amp;zeigen</translation>
    </message>
    <message>
        <source>Copy the request as a curl command with the sample values; secrets are read from environment variables</source>
        <translation>Die Anfrage als curl-Befehl mit den Beispielwerten kopieren; Geheimnisse werden aus Umgebungsvariablen gelesen</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
</context>
<context>
    <name>ProblemMap</name>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
</context>
<context>
    <name>RelayCommand</name>
    <message>
        <source>Deliver the signals a board prints (serial port or stdin) through the outbox.</source>
        <translation>Die Signale, die ein Board ausgibt (serieller Port oder stdin), über die Outbox zustellen.</translation>
    </message>
    <message>
        <source>no device named &quot;%1&quot; or with that token</source>
        <translation>kein Gerät namens &quot;%1&quot; oder mit diesem Token</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Read board lines from standard input.</source>
        <translation>Board-Zeilen von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Read board lines from a serial port (a path, or auto).</source>
        <translation>Board-Zeilen von einem seriellen Port lesen (ein Pfad, oder auto).</translation>
    </message>
    <message>
        <source>The folder of the outbox (default: %1).</source>
        <translation>Der Ordner der Outbox (Standard: %1).</translation>
    </message>
    <message>
        <source>Keep deliveries in memory only: nothing survives the process.</source>
        <translation>Zustellungen nur im Speicher halten: nichts überdauert den Prozess.</translation>
    </message>
    <message>
        <source>The device signals are attributed to until the board announces itself with @device (default: the sample device).</source>
        <translation>Das Gerät, dem Signale zugeordnet werden, bis sich das Board mit @device meldet (Standard: das Beispielgerät).</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: give exactly one WORKSPACE file</source>
        <translation>hooksmith-cli relay: geben Sie genau eine ARBEITSBEREICH-Datei an</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --in-memory and --outbox exclude each other</source>
        <translation>hooksmith-cli relay: --in-memory und --outbox schließen einander aus</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: %1</source>
        <translation>hooksmith-cli relay: %1</translation>
    </message>
    <message>
        <source>outbox %1</source>
        <translation>Outbox %1</translation>
    </message>
    <message>
        <source>deliveries kept in memory only</source>
        <translation>Zustellungen nur im Speicher gehalten</translation>
    </message>
    <message>
        <source>relay: reading board lines from %1; %2</source>
        <translation>relay: lese Board-Zeilen von %1; %2</translation>
    </message>
    <message>
        <source>relay: %1: stopping; attempts under way get %2 s, the rest stay in the outbox</source>
        <translation>relay: %1: beende; laufende Versuche bekommen %2 s, der Rest bleibt in der Outbox</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>--serial needs a port: a path such as /dev/ttyACM0, or auto</source>
        <translation>--serial braucht einen Port: einen Pfad wie /dev/ttyACM0, oder auto</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --serial %1: %2</source>
        <translation>hooksmith-cli relay: --serial %1: %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>relay: --serial auto: %1</source>
        <translation>relay: --serial auto: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the board announced device %1%2</source>
        <translation>das Board hat Gerät %1 gemeldet%2</translation>
    </message>
    <message>
        <source>, not in the workspace</source>
        <translation>, nicht im Arbeitsbereich</translation>
    </message>
    <message>
        <source>USB serial number %1 is device %2</source>
        <translation>USB-Seriennummer %1 ist Gerät %2</translation>
    </message>
    <message>
        <source>Reads board lines (@device, @signal: see the serial protocol) and delivers each signal to every enabled webhook bound to its device whose signal filter takes it, through the durable outbox (one per workspace). Logs one line per delivery event on standard error. With --stdin it finishes what is due at the end of the input and exits; deliveries waiting for a retry stay in the outbox for the next run. SIGINT and SIGTERM stop cleanly, SIGHUP reads the workspace again. It refuses to start when the workspace has errors or an {{env:NAME}} it needs is not set. Exit code 1 when a delivery failed for good or a signal could not be stored.</source>
        <translation>Liest Board-Zeilen (@device, @signal: siehe das serielle Protokoll) und stellt jedes Signal jedem aktivierten Webhook zu, der an sein Gerät gebunden ist und dessen Signalfilter es annimmt, über die dauerhafte Outbox (eine pro Arbeitsbereich). Protokolliert eine Zeile pro Zustellereignis auf der Standardfehlerausgabe. Mit --stdin erledigt es am Ende der Eingabe, was fällig ist, und endet; Zustellungen, die auf eine Wiederholung warten, bleiben für den nächsten Lauf in der Outbox. SIGINT und SIGTERM beenden sauber, SIGHUP liest den Arbeitsbereich neu. Es startet nicht, wenn der Arbeitsbereich Fehler hat oder ein benötigtes {{env:NAME}} nicht gesetzt ist. Exit-Code 1, wenn eine Zustellung endgültig fehlschlug oder ein Signal nicht gespeichert werden konnte.</translation>
    </message>
    <message>
        <source>Serve /healthz and /metrics (Prometheus) on PORT of 127.0.0.1, or on ADDR:PORT.</source>
        <translation>/healthz und /metrics (Prometheus) auf PORT von 127.0.0.1 oder auf ADDR:PORT bereitstellen.</translation>
    </message>
    <message>
        <source>text (the default) or json (one JSON object per line).</source>
        <translation>text (der Standard) oder json (ein JSON-Objekt pro Zeile).</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --outbox needs a folder; leave the option out to use %1</source>
        <translation>hooksmith-cli relay: --outbox braucht einen Ordner; lassen Sie die Option weg, um %1 zu verwenden</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --log-format is text or json, not &quot;%1&quot;</source>
        <translation>hooksmith-cli relay: --log-format ist text oder json, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --health needs a port, or ADDR:PORT</source>
        <translation>hooksmith-cli relay: --health braucht einen Port, oder ADDR:PORT</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: %1 cannot be used: fix what is listed above (nothing was started)</source>
        <translation>hooksmith-cli relay: %1 kann nicht verwendet werden: beheben Sie, was oben aufgeführt ist (es wurde nichts gestartet)</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --health %1: %2</source>
        <translation>hooksmith-cli relay: --health %1: %2</translation>
    </message>
    <message>
        <source>relay: health on %1/healthz, metrics on %1/metrics</source>
        <translation>relay: Health auf %1/healthz, Metriken auf %1/metrics</translation>
    </message>
    <message>
        <source>parked: %1</source>
        <translation>zurückgestellt: %1</translation>
    </message>
    <message>
        <source>relay: systemd watchdog: pinging every %1 ms</source>
        <translation>relay: systemd-Watchdog: Ping alle %1 ms</translation>
    </message>
    <message>
        <source>relay: %1 signal(s), %2 delivery(ies): %3 delivered, %4 failed; %5 waiting in the outbox, %6 failed ones kept there; %7 signal(s) fired no webhook; %8 parked; %9 signal(s) could not be stored</source>
        <translation>relay: %1 Signal(e), %2 Zustellung(en): %3 zugestellt, %4 fehlgeschlagen; %5 warten in der Outbox, %6 fehlgeschlagene dort behalten; %7 Signal(e) lösten keinen Webhook aus; %8 zurückgestellt; %9 Signal(e) konnten nicht gespeichert werden</translation>
    </message>
    <message numerus="yes">
        <source>relay: %n delivery(ies) were sent but their outcome could not be written to the outbox: they are attempted again at the next start (with the same message id)</source>
        <translation>
            <numerusform>relay: %n Zustellung wurde gesendet, aber ihr Ergebnis konnte nicht in die Outbox geschrieben werden: sie wird beim nächsten Start erneut versucht (mit derselben Nachrichten-ID)</numerusform>
            <numerusform>relay: %n Zustellungen wurden gesendet, aber ihr Ergebnis konnte nicht in die Outbox geschrieben werden: sie werden beim nächsten Start erneut versucht (mit derselben Nachrichten-ID)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>relay: %n signal(s) were read but could not be stored, and are lost (last reason: %1)</source>
        <translation>
            <numerusform>relay: %n Signal wurde gelesen, konnte aber nicht gespeichert werden und ist verloren (letzter Grund: %1)</numerusform>
            <numerusform>relay: %n Signale wurden gelesen, konnten aber nicht gespeichert werden und sind verloren (letzter Grund: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>relay: SIGHUP: reading %1 again</source>
        <translation>relay: SIGHUP: lese %1 neu</translation>
    </message>
    <message>
        <source>relay: the workspace was not reloaded: it has errors (listed above); the one loaded before stays in use</source>
        <translation>relay: der Arbeitsbereich wurde nicht neu geladen: er hat Fehler (oben aufgeführt); der zuvor geladene bleibt in Gebrauch</translation>
    </message>
    <message numerus="yes">
        <source>relay: reloaded: %n webhook(s)</source>
        <translation>
            <numerusform>relay: neu geladen: %n Webhook</numerusform>
            <numerusform>relay: neu geladen: %n Webhooks</numerusform>
        </translation>
    </message>
    <message>
        <source>relay: reloaded %1</source>
        <translation>relay: %1 neu geladen</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --mqtt: %1</source>
        <translation>hooksmith-cli relay: --mqtt: %1</translation>
    </message>
    <message>
        <source>the URL holds a password, which other users can read on the command line: remove it from the URL and put it in the environment variable %1</source>
        <translation>die URL enthält ein Passwort, das andere Benutzer auf der Befehlszeile lesen können: entfernen Sie es aus der URL und legen Sie es in die Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>the client id is too long</source>
        <translation>die Client-ID ist zu lang</translation>
    </message>
    <message>
        <source>Read signals from an MQTT 5 broker: mqtt://[USER@]HOST[:PORT] or mqtts://... (TLS). See docs/mqtt.md.</source>
        <translation>Signale von einem MQTT-5-Broker lesen: mqtt://[USER@]HOST[:PORT] oder mqtts://... (TLS). Siehe docs/mqtt.md.</translation>
    </message>
    <message>
        <source>The user name for the broker (instead of the URL&apos;s).</source>
        <translation>Der Benutzername für den Broker (statt dem aus der URL).</translation>
    </message>
    <message>
        <source>The environment variable holding the broker password (default: %1).</source>
        <translation>Die Umgebungsvariable mit dem Broker-Passwort (Standard: %1).</translation>
    </message>
    <message>
        <source>Share the messages with the other relays of this shared subscription group ($share/NAME/...); without it, this relay gets every message.</source>
        <translation>Die Nachrichten mit den anderen Relays dieser Shared-Subscription-Gruppe teilen ($share/NAME/...); ohne diese Option bekommt dieses Relay jede Nachricht.</translation>
    </message>
    <message>
        <source>The MQTT client id (default: hooksmith-HOSTNAME-HASH, stable for this machine and outbox). A relay restarted with the same id takes up its session and what it had not acknowledged.</source>
        <translation>Die MQTT-Client-ID (Standard: hooksmith-HOSTNAME-HASH, stabil für diesen Rechner und diese Outbox). Ein mit derselben ID neu gestartetes Relay übernimmt seine Sitzung und das, was es noch nicht bestätigt hatte.</translation>
    </message>
    <message>
        <source>How long the broker keeps this relay&apos;s session (its subscriptions and the messages queued for it) while it is away, in seconds (default: 86400).</source>
        <translation>Wie lange der Broker die Sitzung dieses Relays (seine Abonnements und die für das Relay eingereihten Nachrichten) aufbewahrt, während es abwesend ist, in Sekunden (Standard: 86400).</translation>
    </message>
    <message>
        <source>PEM file of the certificates to trust for mqtts:// (default: the system&apos;s).</source>
        <translation>PEM-Datei der Zertifikate, denen für mqtts:// vertraut wird (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: give one of --stdin, --serial PORT (or --serial auto) and --mqtt URL</source>
        <translation>hooksmith-cli relay: geben Sie eines von --stdin, --serial PORT (oder --serial auto) und --mqtt URL an</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --%1 goes with --mqtt URL</source>
        <translation>hooksmith-cli relay: --%1 gehört zu --mqtt URL</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --mqtt-session-expiry takes seconds (0 to 4294967295), not &quot;%1&quot;</source>
        <translation>hooksmith-cli relay: --mqtt-session-expiry nimmt Sekunden (0 bis 4294967295), nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--env: no environment named &quot;%1&quot; (the workspace has %2)</source>
        <translation>--env: keine Umgebung namens &quot;%1&quot; (der Arbeitsbereich hat %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>relay: connected to %1</source>
        <translation>relay: verbunden mit %1</translation>
    </message>
    <message>
        <source>relay: device %1 (%2) announced itself over MQTT; it is not in the workspace, so its signals fire no webhook</source>
        <translation>relay: Gerät %1 (%2) hat sich über MQTT gemeldet; es ist nicht im Arbeitsbereich, daher lösen seine Signale keinen Webhook aus</translation>
    </message>
    <message>
        <source>relay: reading signals from %1 (%2); %3</source>
        <translation>relay: lese Signale von %1 (%2); %3</translation>
    </message>
    <message>
        <source>all (the default): a line for every attempt; failures: none for an attempt that delivered, so a busy relay logs only what went wrong.</source>
        <translation>all (der Standard): eine Zeile für jeden Versuch; failures: keine für einen Versuch, der zugestellt hat, sodass ein ausgelastetes Relay nur protokolliert, was schiefging.</translation>
    </message>
    <message>
        <source>Every PERIOD (e.g. 60s, 5m), one line with the signals, deliveries, retries and failures since the last one.</source>
        <translation>Alle PERIOD (z. B. 60s, 5m) eine Zeile mit den Signalen, Zustellungen, Wiederholungen und Fehlschlägen seit der letzten.</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --log-deliveries is all or failures, not &quot;%1&quot;</source>
        <translation>hooksmith-cli relay: --log-deliveries ist all oder failures, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --log-summary takes one period from 1s to 24h (e.g. 60s, 5m), not &quot;%1&quot;</source>
        <translation>hooksmith-cli relay: --log-summary nimmt einen Zeitraum von 1s bis 24h (z. B. 60s, 5m), nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>relay: in the last %1: %2 signal(s), %3 delivered, %4 attempt(s) to be retried, %5 failed, %6 parked; %7 waiting in the outbox</source>
        <translation>relay: in den letzten %1: %2 Signal(e), %3 zugestellt, %4 Versuch(e) zu wiederholen, %5 fehlgeschlagen, %6 zurückgestellt; %7 warten in der Outbox</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>Print the request a webhook sends for a signal.</source>
        <translation>Die Anfrage ausgeben, die ein Webhook für ein Signal sendet.</translation>
    </message>
    <message>
        <source>Prints the request exactly as &quot;send&quot; would send it: request line with path and query, headers, a blank line, the body. Secrets are shown as **** unless --show-secrets is given.</source>
        <translation>Gibt die Anfrage genau so aus, wie &quot;send&quot; sie senden würde: Anfragezeile mit Pfad und Query, Header, eine Leerzeile, der Body. Geheimnisse werden als **** angezeigt, außer mit --show-secrets.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Show passwords, signing secrets and environment values instead of ****.</source>
        <translation>Passwörter, Signiergeheimnisse und Umgebungswerte statt **** anzeigen.</translation>
    </message>
    <message>
        <source>The time the signal was received and the request signed (ISO 8601; default: now).</source>
        <translation>Die Zeit, zu der das Signal empfangen und die Anfrage signiert wurde (ISO 8601; Standard: jetzt).</translation>
    </message>
    <message>
        <source>--at: &quot;%1&quot; is not an ISO 8601 time such as 2026-05-01T12:00:00Z</source>
        <translation>--at: &quot;%1&quot; ist keine ISO-8601-Zeit wie 2026-05-01T12:00:00Z</translation>
    </message>
    <message>
        <source>hooksmith-cli render: the secrets of %1 cannot be read. %2</source>
        <translation>hooksmith-cli render: die Geheimnisse von %1 können nicht gelesen werden. %2</translation>
    </message>
    <message>
        <source>; send and relay will fail</source>
        <translation>; send und relay werden fehlschlagen</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>the URL is empty</source>
        <translation>die URL ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: %2</source>
        <translation>&quot;%1&quot; ist keine gültige URL: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no scheme; start it with https:// or http://</source>
        <translation>&quot;%1&quot; hat kein Schema; beginnen Sie sie mit https:// oder http://</translation>
    </message>
    <message>
        <source>the scheme &quot;%1&quot; is not supported; use https:// or http://</source>
        <translation>das Schema &quot;%1&quot; wird nicht unterstützt; verwenden Sie https:// oder http://</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no host name</source>
        <translation>&quot;%1&quot; hat keinen Hostnamen</translation>
    </message>
    <message>
        <source>credentials in the URL are not sent; use basic authentication instead</source>
        <translation>Zugangsdaten in der URL werden nicht gesendet; verwenden Sie stattdessen Basic-Authentifizierung</translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot;</source>
        <translation>unbekanntes Preset &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the %1 is kept in the OS keychain and is not available: unlock the keychain, or give it as {{env:NAME}} for servers</source>
        <translation>das %1 wird im Schlüsselbund des Betriebssystems aufbewahrt und ist nicht verfügbar: entsperren Sie den Schlüsselbund, oder geben Sie es für Server als {{env:NAME}} an</translation>
    </message>
    <message>
        <source>the content type contains a line break</source>
        <translation>der Content-Type enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>basic authentication password</source>
        <translation>Passwort der Basic-Authentifizierung</translation>
    </message>
    <message>
        <source>signing secret</source>
        <translation>Signiergeheimnis</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation>&quot;%1&quot; ist kein gültiger Header-Name</translation>
    </message>
    <message>
        <source>a carriage return (CR)</source>
        <translation>einen Wagenrücklauf (CR)</translation>
    </message>
    <message>
        <source>a line feed (LF)</source>
        <translation>einen Zeilenvorschub (LF)</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>after substitution the value contains %1 at character %2, which could forge headers; nothing was sent</source>
        <translation>nach der Ersetzung enthält der Wert %1 bei Zeichen %2, womit sich Header fälschen ließen; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>the value is empty, and the HTTP stack would send its own %1 instead; leave the header out to send Hooksmith&apos;s automatic value</source>
        <translation>der Wert ist leer, und der HTTP-Stack würde stattdessen sein eigenes %1 senden; lassen Sie den Header weg, um den automatischen Wert von Hooksmith zu senden</translation>
    </message>
    <message>
        <source>Hooksmith (automatic)</source>
        <translation>Hooksmith (automatisch)</translation>
    </message>
    <message>
        <source>the URL&apos;s host</source>
        <translation>den Host der URL</translation>
    </message>
    <message>
        <source>the JSON format</source>
        <translation>das JSON-Format</translation>
    </message>
    <message>
        <source>the web form format</source>
        <translation>das Webformular-Format</translation>
    </message>
    <message>
        <source>the custom body format</source>
        <translation>das Format eigener Body</translation>
    </message>
    <message>
        <source>basic authentication</source>
        <translation>die Basic-Authentifizierung</translation>
    </message>
    <message>
        <source>Standard Webhooks signing</source>
        <translation>die Standard-Webhooks-Signierung</translation>
    </message>
    <message>
        <source>GitHub-style signing</source>
        <translation>die Signierung im GitHub-Stil</translation>
    </message>
    <message>
        <source>Stripe-style signing</source>
        <translation>die Signierung im Stripe-Stil</translation>
    </message>
    <message>
        <source>computed for each attempt</source>
        <translation>die Berechnung bei jedem Versuch</translation>
    </message>
    <message>
        <source>the body&apos;s length</source>
        <translation>die Länge des Bodys</translation>
    </message>
    <message>
        <source>Hooksmith (automatic; a header of yours with this name replaces it)</source>
        <translation>Hooksmith (automatisch; ein eigener Header mit diesem Namen ersetzt ihn)</translation>
    </message>
    <message>
        <source>the URL has no origin</source>
        <translation>die URL hat keinen Ursprung</translation>
    </message>
    <message>
        <source>the secret variable %1 of environment &quot;%2&quot; is kept in the OS keychain and is not available: set its value, unlock the keychain, or give it as {{env:NAME}} for servers</source>
        <translation>die geheime Variable %1 der Umgebung &quot;%2&quot; wird im Schlüsselbund des Betriebssystems aufbewahrt und ist nicht verfügbar: setzen Sie ihren Wert, entsperren Sie den Schlüsselbund, oder geben Sie sie für Server als {{env:NAME}} an</translation>
    </message>
    <message>
        <source>the value of variable %1 in environment &quot;%2&quot; may only use {{env:NAME}}</source>
        <translation>der Wert der Variablen %1 in der Umgebung &quot;%2&quot; darf nur {{env:NAME}} verwenden</translation>
    </message>
    <message>
        <source>the variable %1 of environment &quot;%2&quot; reads the environment variable %3, which is not set</source>
        <translation>die Variable %1 der Umgebung &quot;%2&quot; liest die Umgebungsvariable %3, die nicht gesetzt ist</translation>
    </message>
    <message>
        <source>the value of variable %1 in environment &quot;%2&quot;: %3</source>
        <translation>der Wert der Variablen %1 in der Umgebung &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>secret variable %1</source>
        <translation>geheime Variable %1</translation>
    </message>
    <message>
        <source>the secret variable %1 stands before the URL&apos;s path, where it would be shown as it is; use it in the path, the query, a header or the body</source>
        <translation>die geheime Variable %1 steht vor dem Pfad der URL, wo sie unverändert angezeigt würde; verwenden Sie sie im Pfad, in der Query, in einem Header oder im Body</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts or ends with a space: remove it</source>
        <translation>&quot;%1&quot; beginnt oder endet mit einem Leerzeichen: entfernen Sie es</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space (character %2): a scheme or host name cannot contain one; in a path or query write it as %3</source>
        <translation>&quot;%1&quot; enthält ein Leerzeichen (Zeichen %2): ein Schema oder Hostname kann keines enthalten; schreiben Sie es in einem Pfad oder einer Query als %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: the part &quot;%2&quot; of its host name is %3 characters long, and a part between dots can have at most 63</source>
        <translation>&quot;%1&quot; ist keine gültige URL: der Teil &quot;%2&quot; ihres Hostnamens ist %3 Zeichen lang, ein Teil zwischen Punkten darf höchstens 63 haben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: its host name contains &quot;%2&quot; (character %3 of the host), which a host name cannot contain</source>
        <translation>&quot;%1&quot; ist keine gültige URL: ihr Hostname enthält &quot;%2&quot; (Zeichen %3 des Hosts), was ein Hostname nicht enthalten darf</translation>
    </message>
    <message>
        <source>the value of %1 makes the path segment &quot;%2&quot;, which sends the request to another path (&quot;.&quot; is dropped, &quot;..&quot; goes up a level); nothing was sent</source>
        <translation>der Wert von %1 ergibt das Pfadsegment &quot;%2&quot;, das die Anfrage an einen anderen Pfad schickt (&quot;.&quot; fällt weg, &quot;..&quot; geht eine Ebene nach oben); es wurde nichts gesendet</translation>
    </message>
</context>
<context>
    <name>RequestImport</name>
    <message>
        <source>%1: &quot;%2&quot; is not a Hooksmith preset, so it is kept as text</source>
        <translation>%1: &quot;%2&quot; ist kein Hooksmith-Preset, daher bleibt es als Text erhalten</translation>
    </message>
    <message>
        <source>%1: the method &quot;%2&quot; is not one Hooksmith sends (GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS)</source>
        <translation>%1: die Methode &quot;%2&quot; ist keine, die Hooksmith sendet (GET, POST, PUT, PATCH, DELETE, HEAD oder OPTIONS)</translation>
    </message>
    <message>
        <source>%1: the URL&apos;s fragment &quot;%2&quot; is never sent, so it is left out</source>
        <translation>%1: das Fragment &quot;%2&quot; der URL wird nie gesendet, daher wird es weggelassen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid header name</source>
        <translation>%1: &quot;%2&quot; ist kein gültiger Header-Name</translation>
    </message>
    <message>
        <source>%1: Content-Type is given twice; the last one is used</source>
        <translation>%1: Content-Type ist zweimal angegeben; der letzte wird verwendet</translation>
    </message>
    <message>
        <source>%1: the Host header is taken from the URL, so &quot;%2&quot; is left out</source>
        <translation>%1: der Host-Header wird aus der URL genommen, daher wird &quot;%2&quot; weggelassen</translation>
    </message>
    <message>
        <source>%1: Hooksmith sends its own User-Agent, so &quot;%2&quot; is left out</source>
        <translation>%1: Hooksmith sendet seinen eigenen User-Agent, daher wird &quot;%2&quot; weggelassen</translation>
    </message>
    <message>
        <source>%1: the Authorization header is not user:password in base64</source>
        <translation>%1: der Authorization-Header ist nicht user:password in Base64</translation>
    </message>
    <message>
        <source>%1: %2 is kept as fixed text, so every request repeats this one value; to sign each request, set the webhook&apos;s signing (%3) and its secret instead, and delete this header</source>
        <translation>%1: %2 bleibt als fester Text erhalten, sodass jede Anfrage diesen einen Wert wiederholt; um jede Anfrage zu signieren, setzen Sie stattdessen die Signierung des Webhooks (%3) und ihr Geheimnis, und löschen Sie diesen Header</translation>
    </message>
    <message>
        <source>%1: no password is given for the user; set it in the webhook</source>
        <translation>%1: für den Benutzer ist kein Passwort angegeben; setzen Sie es im Webhook</translation>
    </message>
    <message>
        <source>%1: a %2 request carries no body in Hooksmith; send the data as query parameters (curl -G) or use POST</source>
        <translation>%1: eine %2-Anfrage hat in Hooksmith keinen Body; senden Sie die Daten als Query-Parameter (curl -G) oder verwenden Sie POST</translation>
    </message>
    <message>
        <source>%1: the body has no Content-Type; it is sent as application/octet-stream</source>
        <translation>%1: der Body hat keinen Content-Type; er wird als application/octet-stream gesendet</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>the environment &quot;%1&quot; was added with the variables %2</source>
        <translation>die Umgebung &quot;%1&quot; wurde mit den Variablen %2 hinzugefügt</translation>
    </message>
    <message>
        <source>the environment &quot;%1&quot; keeps its own value of %2</source>
        <translation>die Umgebung &quot;%1&quot; behält ihren eigenen Wert von %2</translation>
    </message>
    <message>
        <source>the variables %1 were added to the environments %2 where they were missing</source>
        <translation>die Variablen %1 wurden den Umgebungen %2 hinzugefügt, in denen sie fehlten</translation>
    </message>
</context>
<context>
    <name>RetryPolicy</name>
    <message>
        <source>&quot;%1&quot; is not a delay: write a number with ms, s, m or h, e.g. 0,5s,5m,30m,2h</source>
        <translation>&quot;%1&quot; ist keine Wartezeit: schreiben Sie eine Zahl mit ms, s, m oder h, z. B. 0,5s,5m,30m,2h</translation>
    </message>
    <message>
        <source>the retry schedule is empty</source>
        <translation>der Wiederholungsplan ist leer</translation>
    </message>
    <message>
        <source>immediately</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>the receiver answered %1: the endpoint is gone, so the webhook was disabled</source>
        <translation>der Empfänger antwortete %1: der Endpunkt existiert nicht mehr, daher wurde der Webhook deaktiviert</translation>
    </message>
    <message>
        <source>the request cannot be made: %1</source>
        <translation>die Anfrage kann nicht gestellt werden: %1</translation>
    </message>
    <message>
        <source>failed (no retries configured): %1</source>
        <translation>fehlgeschlagen (keine Wiederholungen eingestellt): %1</translation>
    </message>
    <message>
        <source>gave up after %1 attempts; the last one: %2</source>
        <translation>nach %1 Versuchen aufgegeben; der letzte: %2</translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <source>set, get or delete.</source>
        <translation>set, get oder delete.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>The webhook, by name or id.</source>
        <translation>Der Webhook, nach Name oder ID.</translation>
    </message>
    <message>
        <source>Which secret: password or signing-secret.</source>
        <translation>Welches Geheimnis: password oder signing-secret.</translation>
    </message>
    <message>
        <source>get: print the secret itself instead of ****.</source>
        <translation>get: das Geheimnis selbst statt **** ausgeben.</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: give an action (set, get or delete) and one WORKSPACE file</source>
        <translation>hooksmith-cli secret: geben Sie eine Aktion (set, get oder delete) und eine ARBEITSBEREICH-Datei an</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: unknown action &quot;%1&quot;; use set, get or delete</source>
        <translation>hooksmith-cli secret: unbekannte Aktion &quot;%1&quot;; verwenden Sie set, get oder delete</translation>
    </message>
    <message>
        <source>--field: &quot;%1&quot; is not a secret field; use password or signing-secret</source>
        <translation>--field: &quot;%1&quot; ist kein Geheimnisfeld; verwenden Sie password oder signing-secret</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: --field is required (password or signing-secret)</source>
        <translation>hooksmith-cli secret: --field ist erforderlich (password oder signing-secret)</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: --reveal only goes with get</source>
        <translation>hooksmith-cli secret: --reveal gibt es nur mit get</translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation>das %1 von %2</translation>
    </message>
    <message>
        <source>note: %1 does not use basic authentication, so this password is not used</source>
        <translation>Hinweis: %1 verwendet keine Basic-Authentifizierung, daher wird dieses Passwort nicht verwendet</translation>
    </message>
    <message>
        <source>note: %1 does not sign its requests, so this signing secret is not used</source>
        <translation>Hinweis: %1 signiert seine Anfragen nicht, daher wird dieses Signiergeheimnis nicht verwendet</translation>
    </message>
    <message>
        <source>note: the workspace file gives %1 for %2, which is used instead of the keychain</source>
        <translation>Hinweis: die Arbeitsbereichsdatei gibt %1 für %2 an, was statt des Schlüsselbunds verwendet wird</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <source>hooksmith-cli secret set: no value on standard input; for example: printf &apos;%s&apos; &quot;$SECRET&quot; | hooksmith-cli secret set ...</source>
        <translation>hooksmith-cli secret set: kein Wert auf der Standardeingabe; zum Beispiel: printf &apos;%s&apos; &quot;$SECRET&quot; | hooksmith-cli secret set ...</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: %1 was not saved. %2</source>
        <translation>hooksmith-cli secret: %1 wurde nicht gespeichert. %2</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: %1 was not saved: %2</source>
        <translation>hooksmith-cli secret: %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: %1 cannot be deleted. %2</source>
        <translation>hooksmith-cli secret: %1 kann nicht gelöscht werden. %2</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: %1 was not deleted: %2</source>
        <translation>hooksmith-cli secret: %1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Deleted %1 from the keychain (if it was there).</source>
        <translation>%1 aus dem Schlüsselbund gelöscht (falls es dort war).</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: %1 cannot be read. %2</source>
        <translation>hooksmith-cli secret: %1 kann nicht gelesen werden. %2</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: %1 could not be read: %2</source>
        <translation>hooksmith-cli secret: %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: %1 is not set</source>
        <translation>hooksmith-cli secret: %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: %1 was not saved: cannot tell which server it is for (%2); set what the URL needs, then try again</source>
        <translation>hooksmith-cli secret: %1 wurde nicht gespeichert: es ist nicht erkennbar, für welchen Server es ist (%2); setzen Sie, was die URL braucht, und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>Saved %1 in the keychain, for %2.</source>
        <translation>%1 im Schlüsselbund gespeichert, für %2.</translation>
    </message>
    <message>
        <source>note: %1 was saved before Hooksmith recorded origins: its first use binds it to the server it is sent to</source>
        <translation>Hinweis: %1 wurde gespeichert, bevor Hooksmith Ursprünge aufzeichnete: die erste Verwendung bindet es an den Server, an den es gesendet wird</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>Hinweis: </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Set, show or delete a webhook&apos;s secret or a secret variable in the OS keychain.</source>
        <translation>Das Geheimnis eines Webhooks oder eine geheime Variable im Schlüsselbund des Betriebssystems setzen, anzeigen oder löschen.</translation>
    </message>
    <message>
        <source>Keeps a webhook&apos;s basic authentication password or signing secret, or the value of a secret variable of an environment, in the OS keychain, where the desktop app keeps them too (the workspace file leaves them out). &quot;set&quot; reads the value from standard input, never from the command line, so that it stays out of shell history and process lists. &quot;get&quot; prints ****, or says &quot;not set&quot; on standard error with exit code 2; the value only with --reveal.</source>
        <translation>Bewahrt das Passwort der Basic-Authentifizierung oder das Signiergeheimnis eines Webhooks, oder den Wert einer geheimen Variable einer Umgebung, im Schlüsselbund des Betriebssystems auf, wo auch die Desktop-App sie aufbewahrt (die Arbeitsbereichsdatei lässt sie aus). &quot;set&quot; liest den Wert von der Standardeingabe, nie von der Befehlszeile, damit er nicht in den Shell-Verlauf und in Prozesslisten gelangt. &quot;get&quot; gibt **** aus, oder meldet &quot;not set&quot; auf der Standardfehlerausgabe mit Exit-Code 2; den Wert selbst nur mit --reveal.</translation>
    </message>
    <message>
        <source>A secret variable of the environment given with --env, instead of -w and --field.</source>
        <translation>Eine geheime Variable der mit --env angegebenen Umgebung, statt -w und --field.</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: give -w (a webhook&apos;s secret) or --var (a secret variable), not both</source>
        <translation>hooksmith-cli secret: geben Sie -w (das Geheimnis eines Webhooks) oder --var (eine geheime Variable) an, nicht beides</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: -w or --var is required; see &quot;hooksmith-cli secret --help&quot;</source>
        <translation>hooksmith-cli secret: -w oder --var ist erforderlich; siehe &quot;hooksmith-cli secret --help&quot;</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: --field goes with -w; a secret variable is named with --var</source>
        <translation>hooksmith-cli secret: --field gehört zu -w; eine geheime Variable wird mit --var angegeben</translation>
    </message>
    <message>
        <source>the workspace has no environments, so it has no variable %1; add one in Hooksmith (Edit &gt; Environments…)</source>
        <translation>der Arbeitsbereich hat keine Umgebungen, also auch keine Variable %1; fügen Sie eine in Hooksmith hinzu (Bearbeiten &gt; Umgebungen…)</translation>
    </message>
    <message>
        <source>--var: environment &quot;%1&quot; has no variables</source>
        <translation>--var: die Umgebung &quot;%1&quot; hat keine Variablen</translation>
    </message>
    <message>
        <source>--var: environment &quot;%1&quot; has no variable %2 (it has %3)</source>
        <translation>--var: die Umgebung &quot;%1&quot; hat keine Variable %2 (sie hat %3)</translation>
    </message>
    <message>
        <source>secret variable %1 of environment &quot;%2&quot;</source>
        <translation>geheime Variable %1 der Umgebung &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the secret variable %1 of environment &quot;%2&quot;</source>
        <translation>die geheime Variable %1 der Umgebung &quot;%2&quot;</translation>
    </message>
    <message>
        <source>note: the variable %1 of environment &quot;%2&quot; is not secret: its value in the workspace file is used, not the keychain</source>
        <translation>Hinweis: die Variable %1 der Umgebung &quot;%2&quot; ist nicht geheim: ihr Wert in der Arbeitsbereichsdatei wird verwendet, nicht der Schlüsselbund</translation>
    </message>
    <message>
        <source>note: the workspace file gives %1 a value, which is used instead of the keychain</source>
        <translation>Hinweis: die Arbeitsbereichsdatei gibt %1 einen Wert, der statt des Schlüsselbunds verwendet wird</translation>
    </message>
    <message>
        <source>Saved %1 in the keychain; its first use binds it to the server it is sent to.</source>
        <translation>%1 im Schlüsselbund gespeichert; die erste Verwendung bindet es an den Server, an den es gesendet wird.</translation>
    </message>
    <message>
        <source>note: %1 is not bound to a server yet: its first use binds it to the server it is sent to</source>
        <translation>Hinweis: %1 ist noch an keinen Server gebunden: die erste Verwendung bindet es an den Server, an den es gesendet wird</translation>
    </message>
</context>
<context>
    <name>SecretMove</name>
    <message>
        <source>the keychain could not be read: %1</source>
        <translation>der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SecretOrigins</name>
    <message>
        <source>the %1 in the keychain was saved for %2, but the URL now points to %3: it is not sent there until you confirm %3 in Hooksmith (Authentication section) or set the secret again with hooksmith-cli secret set</source>
        <translation>das %1 im Schlüsselbund wurde für %2 gespeichert, aber die URL zeigt jetzt auf %3: es wird dort nicht gesendet, bis Sie %3 in Hooksmith bestätigen (Abschnitt Authentifizierung) oder das Geheimnis mit hooksmith-cli secret set neu setzen</translation>
    </message>
</context>
<context>
    <name>SecretResolver</name>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>signing secret</source>
        <translation>Signiergeheimnis</translation>
    </message>
    <message>
        <source>the %1 of webhook &quot;%2&quot; is not in the keychain: set it in Hooksmith, or use {{env:NAME}}</source>
        <translation>das %1 des Webhooks &quot;%2&quot; ist nicht im Schlüsselbund: setzen Sie es in Hooksmith, oder verwenden Sie {{env:NAME}}</translation>
    </message>
    <message>
        <source>the %1 of webhook &quot;%2&quot; is not set in this session: set it in Hooksmith, or use {{env:NAME}}. %3</source>
        <translation>das %1 des Webhooks &quot;%2&quot; ist in dieser Sitzung nicht gesetzt: setzen Sie es in Hooksmith, oder verwenden Sie {{env:NAME}}. %3</translation>
    </message>
    <message>
        <source>secret variable %1 of environment &quot;%2&quot;</source>
        <translation>geheime Variable %1 der Umgebung &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 of webhook &quot;%2&quot;</source>
        <translation>%1 des Webhooks &quot;%2&quot;</translation>
    </message>
    <message>
        <source>secret variable</source>
        <translation>geheime Variable</translation>
    </message>
    <message>
        <source>the secret variable %1 of environment &quot;%2&quot; is not in the keychain: set its value in Hooksmith&apos;s environments, or give it as {{env:NAME}}</source>
        <translation>die geheime Variable %1 der Umgebung &quot;%2&quot; ist nicht im Schlüsselbund: setzen Sie ihren Wert in den Umgebungen von Hooksmith, oder geben Sie sie als {{env:NAME}} an</translation>
    </message>
    <message>
        <source>the secret variable %1 of environment &quot;%2&quot; is not set in this session: set its value in Hooksmith&apos;s environments, or give it as {{env:NAME}}. %3</source>
        <translation>die geheime Variable %1 der Umgebung &quot;%2&quot; ist in dieser Sitzung nicht gesetzt: setzen Sie ihren Wert in den Umgebungen von Hooksmith, oder geben Sie sie als {{env:NAME}} an. %3</translation>
    </message>
    <message>
        <source>the %1 could not be read from the keychain: %2</source>
        <translation>%1 konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>the %1 could not be saved for %2 in the keychain: %3</source>
        <translation>%1 konnte nicht für %2 im Schlüsselbund gespeichert werden: %3</translation>
    </message>
    <message>
        <source>proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>broker password</source>
        <translation>Broker-Passwort</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Send a webhook&apos;s request for a signal, with its retries.</source>
        <translation>Die Anfrage eines Webhooks für ein Signal senden, mit ihren Wiederholungen.</translation>
    </message>
    <message>
        <source>Sends the request a webhook makes for one signal, retrying by the webhook&apos;s policy (progress on standard error), then prints the response&apos;s status line, headers and body. Exit code 0 when the receiver answered 2xx, 1 when the delivery failed, 2 for bad input. Ctrl-C stops.</source>
        <translation>Sendet die Anfrage, die ein Webhook für ein Signal stellt, wiederholt sie nach der Richtlinie des Webhooks (Fortschritt auf der Standardfehlerausgabe) und gibt dann Statuszeile, Header und Body der Antwort aus. Exit-Code 0, wenn der Empfänger mit 2xx antwortete, 1, wenn die Zustellung fehlschlug, 2 bei fehlerhafter Eingabe. Ctrl-C bricht ab.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Print one JSON object: the request as sent (secrets masked), the response, every attempt and its timings.</source>
        <translation>Ein JSON-Objekt ausgeben: die Anfrage wie gesendet (Geheimnisse maskiert), die Antwort, jeden Versuch und seine Zeiten.</translation>
    </message>
    <message>
        <source>note: the webhook &quot;%1&quot; is disabled; sending anyway</source>
        <translation>Hinweis: der Webhook &quot;%1&quot; ist deaktiviert; wird trotzdem gesendet</translation>
    </message>
    <message>
        <source>attempt %1 of %2 failed: %3</source>
        <translation>Versuch %1 von %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>interrupted (%1) before the delivery succeeded</source>
        <translation>unterbrochen (%1), bevor die Zustellung gelang</translation>
    </message>
    <message>
        <source>hooksmith-cli send: %1</source>
        <translation>hooksmith-cli send: %1</translation>
    </message>
    <message>
        <source>the delivery failed</source>
        <translation>die Zustellung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>; nothing was sent</source>
        <translation>; es wurde nichts gesendet</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>&quot;$(&quot; at %1 runs a command, which cannot be imported; paste the command with its result written out</source>
        <translation>&quot;$(&quot; bei %1 führt einen Befehl aus, was nicht importiert werden kann; fügen Sie den Befehl mit ausgeschriebenem Ergebnis ein</translation>
    </message>
    <message>
        <source>&quot;${&quot; at %1 is not a plain ${NAME}; write the value out</source>
        <translation>&quot;${&quot; bei %1 ist kein einfaches ${NAME}; schreiben Sie den Wert aus</translation>
    </message>
    <message>
        <source>&quot;$%1&quot; at %2 is a shell parameter that cannot be imported; write the value out</source>
        <translation>&quot;$%1&quot; bei %2 ist ein Shell-Parameter, der nicht importiert werden kann; schreiben Sie den Wert aus</translation>
    </message>
    <message>
        <source>the quote $&apos; at %1 is not closed</source>
        <translation>das Anführungszeichen $&apos; bei %1 ist nicht geschlossen</translation>
    </message>
    <message>
        <source>the quote $&apos; at %1 holds a NUL byte, which no argument can carry</source>
        <translation>das Anführungszeichen $&apos; bei %1 enthält ein NUL-Byte, das kein Argument tragen kann</translation>
    </message>
    <message>
        <source>the command line ends with a lone backslash at %1</source>
        <translation>die Befehlszeile endet mit einem einzelnen Backslash bei %1</translation>
    </message>
    <message>
        <source>the quote &apos; at %1 is not closed</source>
        <translation>das Anführungszeichen &apos; bei %1 ist nicht geschlossen</translation>
    </message>
    <message>
        <source>the quote &quot; at %1 is not closed</source>
        <translation>das Anführungszeichen &quot; bei %1 ist nicht geschlossen</translation>
    </message>
    <message>
        <source>the backquote at %1 runs a command, which cannot be imported; paste the command with its result written out</source>
        <translation>der Backquote bei %1 führt einen Befehl aus, was nicht importiert werden kann; fügen Sie den Befehl mit ausgeschriebenem Ergebnis ein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2 ends the curl command or redirects it; paste the curl command alone</source>
        <translation>&quot;%1&quot; bei %2 beendet den curl-Befehl oder leitet ihn um; fügen Sie nur den curl-Befehl ein</translation>
    </message>
    <message>
        <source>the &quot;${&quot; at %1 is not closed</source>
        <translation>das &quot;${&quot; bei %1 ist nicht geschlossen</translation>
    </message>
    <message>
        <source>the value after &quot;${%1%2&quot; at %3 is expanded by the shell; write it out</source>
        <translation>der Wert nach &quot;${%1%2&quot; bei %3 wird von der Shell expandiert; schreiben Sie ihn aus</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Search webhooks</source>
        <translation>Webhooks durchsuchen</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Neuer Webhook</translation>
    </message>
    <message>
        <source>Duplicate webhook</source>
        <translation>Webhook duplizieren</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Webhook löschen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>Gerät hinzufügen</translation>
    </message>
    <message>
        <source>Delete device</source>
        <translation>Gerät löschen</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>Signal definitions</source>
        <translation>Signaldefinitionen</translation>
    </message>
    <message>
        <source>Define signal</source>
        <translation>Signal definieren</translation>
    </message>
    <message>
        <source>Delete signal definition</source>
        <translation>Signaldefinition löschen</translation>
    </message>
</context>
<context>
    <name>SignalChoice</name>
    <message>
        <source>The webhook, by name or id.</source>
        <translation>Der Webhook, nach Name oder ID.</translation>
    </message>
    <message>
        <source>The device, by name or token (default: the webhook&apos;s first bound device, else the sample device).</source>
        <translation>Das Gerät, nach Name oder Token (Standard: das erste gebundene Gerät des Webhooks, sonst das Beispielgerät).</translation>
    </message>
    <message>
        <source>The signal number, 0 to 254.</source>
        <translation>Die Signalnummer, 0 bis 254.</translation>
    </message>
    <message>
        <source>The signal value as JSON (23.5, &quot;open&quot;, [1,2]); other text is taken as a string.</source>
        <translation>Der Signalwert als JSON (23.5, &quot;open&quot;, [1,2]); anderer Text gilt als Zeichenkette.</translation>
    </message>
    <message>
        <source>The MESSAGE_ID (default: a new one).</source>
        <translation>Die MESSAGE_ID (Standard: eine neue).</translation>
    </message>
    <message>
        <source>hooksmith-cli %1: give exactly one WORKSPACE file</source>
        <translation>hooksmith-cli %1: geben Sie genau eine ARBEITSBEREICH-Datei an</translation>
    </message>
    <message>
        <source>hooksmith-cli %1: -%2 is required; see &quot;hooksmith-cli %1 --help&quot;</source>
        <translation>hooksmith-cli %1: -%2 ist erforderlich; siehe &quot;hooksmith-cli %1 --help&quot;</translation>
    </message>
</context>
<context>
    <name>SignalValues</name>
    <message>
        <source>signal 255 is reserved (as on Pybytes); use 0 to 254</source>
        <translation>Signal 255 ist reserviert (wie bei Pybytes); verwenden Sie 0 bis 254</translation>
    </message>
    <message>
        <source>signal number %1 is out of range; use 0 to 254</source>
        <translation>Signalnummer %1 liegt außerhalb des Bereichs; verwenden Sie 0 bis 254</translation>
    </message>
    <message>
        <source>the value is %1 bytes long; a signal value may be at most %2 bytes</source>
        <translation>der Wert ist %1 Bytes lang; ein Signalwert darf höchstens %2 Bytes lang sein</translation>
    </message>
    <message>
        <source>the value is not JSON: %1 at character %2</source>
        <translation>der Wert ist kein JSON: %1 bei Zeichen %2</translation>
    </message>
</context>
<context>
    <name>Signer</name>
    <message>
        <source>the Standard Webhooks secret is not &quot;whsec_&quot; followed by base64 text</source>
        <translation>das Standard-Webhooks-Geheimnis ist nicht &quot;whsec_&quot; gefolgt von Base64-Text</translation>
    </message>
    <message>
        <source>the Standard Webhooks secret decodes to %1 bytes; it must be 24 to 64 bytes</source>
        <translation>das Standard-Webhooks-Geheimnis ergibt dekodiert %1 Bytes; es müssen 24 bis 64 Bytes sein</translation>
    </message>
    <message>
        <source>the signing secret is empty</source>
        <translation>das Signiergeheimnis ist leer</translation>
    </message>
    <message>
        <source>webhook-timestamp is not a number</source>
        <translation>webhook-timestamp ist keine Zahl</translation>
    </message>
    <message>
        <source>webhook-timestamp is more than 5 minutes away from now</source>
        <translation>webhook-timestamp liegt mehr als 5 Minuten von jetzt entfernt</translation>
    </message>
    <message>
        <source>no signature in webhook-signature matches the secret</source>
        <translation>keine Signatur in webhook-signature passt zum Geheimnis</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Ereignisname</translation>
    </message>
    <message>
        <source>Endpoint address</source>
        <translation>Endpunktadresse</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Bound devices</source>
        <translation>Gebundene Geräte</translation>
    </message>
    <message>
        <source>Bound devices and their tokens</source>
        <translation>Gebundene Geräte und ihre Tokens</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>&quot;{{&quot; at character %1 is not closed by &quot;}}&quot; (write \{{ for a literal &quot;{{&quot;)</source>
        <translation>&quot;{{&quot; bei Zeichen %1 wird nicht durch &quot;}}&quot; geschlossen (schreiben Sie \{{ für ein wörtliches &quot;{{&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at character %2 is not a valid environment variable name</source>
        <translation>&quot;%1&quot; bei Zeichen %2 ist kein gültiger Name einer Umgebungsvariable</translation>
    </message>
    <message>
        <source>empty placeholder &quot;{{}}&quot; at character %1</source>
        <translation>leerer Platzhalter &quot;{{}}&quot; bei Zeichen %1</translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot; at character %2</source>
        <translation>unbekanntes Preset &quot;%1&quot; bei Zeichen %2</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation> (meinten Sie %1?)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at character %2 is not a valid variable name (letters, digits and _, not starting with a digit)</source>
        <translation>&quot;%1&quot; bei Zeichen %2 ist kein gültiger Variablenname (Buchstaben, Ziffern und _, nicht mit einer Ziffer beginnend)</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Check a workspace and print every problem.</source>
        <translation>Einen Arbeitsbereich prüfen und jedes Problem ausgeben.</translation>
    </message>
    <message>
        <source>Checks WORKSPACE and prints every problem as FILE: webhook &quot;NAME&quot;: field: message.
Exits with 2 when there is an error; warnings alone exit with 0.</source>
        <translation>Prüft ARBEITSBEREICH und gibt jedes Problem als DATEI: webhook &quot;NAME&quot;: Feld: Meldung aus.
Endet mit 2, wenn es einen Fehler gibt; nur Warnungen enden mit 0.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>hooksmith-cli validate: give exactly one WORKSPACE file</source>
        <translation>hooksmith-cli validate: geben Sie genau eine ARBEITSBEREICH-Datei an</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%n webhook(s)</source>
        <translation>
            <numerusform>%1: gültig (%n Webhook</numerusform>
            <numerusform>%1: gültig (%n Webhooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n device(s)</source>
        <translation>
            <numerusform>, %n Gerät</numerusform>
            <numerusform>, %n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n signal definition(s))</source>
        <translation>
            <numerusform>, %n Signaldefinition)</numerusform>
            <numerusform>, %n Signaldefinitionen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>the device token is required</source>
        <translation>das Geräte-Token ist erforderlich</translation>
    </message>
    <message>
        <source>the token %1 is used by another device; tokens must be unique</source>
        <translation>das Token %1 wird von einem anderen Gerät verwendet; Tokens müssen eindeutig sein</translation>
    </message>
    <message>
        <source>another device has the same name; names must be unique</source>
        <translation>ein anderes Gerät hat denselben Namen; Namen müssen eindeutig sein</translation>
    </message>
    <message>
        <source>the signal number is required</source>
        <translation>die Signalnummer ist erforderlich</translation>
    </message>
    <message>
        <source>signal %1 is defined twice</source>
        <translation>Signal %1 ist zweimal definiert</translation>
    </message>
    <message>
        <source>the %1 is written in the file in plain text: keep it in the OS keychain (Hooksmith moves it there when it saves) or use {{env:NAME}}</source>
        <translation>das %1 steht im Klartext in der Datei: bewahren Sie es im Schlüsselbund des Betriebssystems auf (Hooksmith verschiebt es dorthin, wenn es speichert) oder verwenden Sie {{env:NAME}}</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>ein Name ist erforderlich</translation>
    </message>
    <message>
        <source>another webhook has the same name; names must be unique</source>
        <translation>ein anderer Webhook hat denselben Namen; Namen müssen eindeutig sein</translation>
    </message>
    <message>
        <source>another webhook has the id %1; ids must be unique</source>
        <translation>ein anderer Webhook hat die ID %1; IDs müssen eindeutig sein</translation>
    </message>
    <message>
        <source>a URL is required</source>
        <translation>eine URL ist erforderlich</translation>
    </message>
    <message>
        <source>%1 requests carry no body: set the format to none, or use POST, PUT or PATCH</source>
        <translation>%1-Anfragen haben keinen Body: setzen Sie das Format auf none, oder verwenden Sie POST, PUT oder PATCH</translation>
    </message>
    <message>
        <source>the parameter name is empty</source>
        <translation>der Parametername ist leer</translation>
    </message>
    <message>
        <source>the parameter %1 appears twice</source>
        <translation>der Parameter %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>unknown preset %1</source>
        <translation>unbekanntes Preset %1</translation>
    </message>
    <message>
        <source>the custom format needs a content type</source>
        <translation>das eigene Format braucht einen Content-Type</translation>
    </message>
    <message>
        <source>the content type contains a line break</source>
        <translation>der Content-Type enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>the header name is empty</source>
        <translation>der Header-Name ist leer</translation>
    </message>
    <message>
        <source>%1 is not a valid header name (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only)</source>
        <translation>%1 ist kein gültiger Header-Name (nur Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~)</translation>
    </message>
    <message>
        <source>%1 is set by %2 and cannot be set here</source>
        <translation>%1 wird durch %2 gesetzt und kann hier nicht gesetzt werden</translation>
    </message>
    <message>
        <source>an empty %1 would be replaced by the HTTP stack&apos;s own value; leave the header out to send Hooksmith&apos;s automatic one</source>
        <translation>ein leeres %1 würde durch den eigenen Wert des HTTP-Stacks ersetzt; lassen Sie den Header weg, um den automatischen Wert von Hooksmith zu senden</translation>
    </message>
    <message>
        <source>Transfer-Encoding is managed by the HTTP stack</source>
        <translation>Transfer-Encoding wird vom HTTP-Stack verwaltet</translation>
    </message>
    <message>
        <source>the header %1 is set twice; it is sent once with the values separated by commas</source>
        <translation>der Header %1 ist zweimal gesetzt; er wird einmal gesendet, mit den Werten durch Kommas getrennt</translation>
    </message>
    <message>
        <source>basic authentication needs a username</source>
        <translation>Basic-Authentifizierung braucht einen Benutzernamen</translation>
    </message>
    <message>
        <source>a basic authentication username cannot contain &quot;:&quot;</source>
        <translation>ein Benutzername für Basic-Authentifizierung darf kein &quot;:&quot; enthalten</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>signing secret</source>
        <translation>Signiergeheimnis</translation>
    </message>
    <message>
        <source>no device in this workspace has the token %1</source>
        <translation>kein Gerät in diesem Arbeitsbereich hat das Token %1</translation>
    </message>
    <message>
        <source>the timeout must be 100 to 600000 ms</source>
        <translation>das Timeout muss 100 bis 600000 ms betragen</translation>
    </message>
    <message>
        <source>attempts must be 1 to 100</source>
        <translation>es müssen 1 bis 100 Versuche sein</translation>
    </message>
    <message>
        <source>expected a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed</source>
        <translation>erwartet wurde ein SHA-256-Fingerabdruck: 64 Hexadezimalziffern, Doppelpunkte erlaubt</translation>
    </message>
    <message>
        <source>the content type is JSON but the body is not valid JSON: %1 (line %2, column %3 of the rendered body)</source>
        <translation>der Content-Type ist JSON, aber der Body ist kein gültiges JSON: %1 (Zeile %2, Spalte %3 des dargestellten Bodys)</translation>
    </message>
    <message>
        <source>the body gives the key %1 twice in the same object (line %2, column %3 of the rendered body); receivers disagree on which value counts, so give each key once</source>
        <translation>der Body gibt den Schlüssel %1 zweimal im selben Objekt an (Zeile %2, Spalte %3 des dargestellten Bodys); Empfänger sind uneins, welcher Wert zählt, geben Sie also jeden Schlüssel einmal an</translation>
    </message>
    <message>
        <source>the body looks like JSON</source>
        <translation>der Body sieht wie JSON aus</translation>
    </message>
    <message>
        <source>the body looks like JSON, one value per line</source>
        <translation>der Body sieht wie JSON aus, ein Wert pro Zeile</translation>
    </message>
    <message>
        <source>%1, but the content type %2 is not a JSON type, so values are inserted as plain text and a device value such as x&quot;, &quot;admin&quot;: true, &quot;z&quot;: &quot; can add keys; use the content type application/json, or one ending in +json, to have every value written as JSON</source>
        <translation>%1, aber der Content-Type %2 ist kein JSON-Typ, daher werden Werte als einfacher Text eingesetzt, und ein Gerätewert wie x&quot;, &quot;admin&quot;: true, &quot;z&quot;: &quot; kann Schlüssel hinzufügen; verwenden Sie den Content-Type application/json oder einen auf +json endenden, damit jeder Wert als JSON geschrieben wird</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) have no &quot;id&quot; (%1): each id is derived from user_id and the name, so renaming one or changing user_id parks what is queued for it until the old name is back; write the ids to keep them stable (the app writes them when it saves)</source>
        <translation>
            <numerusform>%n Webhook hat keine &quot;id&quot; (%1): jede ID wird aus user_id und dem Namen abgeleitet, daher stellt Umbenennen oder Ändern von user_id zurück, was dafür eingereiht ist, bis der alte Name zurück ist; schreiben Sie die IDs, um sie stabil zu halten (die App schreibt sie beim Speichern)</numerusform>
            <numerusform>%n Webhooks haben keine &quot;id&quot; (%1): jede ID wird aus user_id und dem Namen abgeleitet, daher stellt Umbenennen oder Ändern von user_id zurück, was dafür eingereiht ist, bis der alte Name zurück ist; schreiben Sie die IDs, um sie stabil zu halten (die App schreibt sie beim Speichern)</numerusform>
        </translation>
    </message>
    <message>
        <source>{{var:%1}} at character %2: %3</source>
        <translation>{{var:%1}} bei Zeichen %2: %3</translation>
    </message>
    <message>
        <source>an environment needs a name</source>
        <translation>eine Umgebung braucht einen Namen</translation>
    </message>
    <message>
        <source>another environment has the same name; names must be unique</source>
        <translation>eine andere Umgebung hat denselben Namen; Namen müssen eindeutig sein</translation>
    </message>
    <message>
        <source>a variable needs a name</source>
        <translation>eine Variable braucht einen Namen</translation>
    </message>
    <message>
        <source>%1 is not a valid variable name (letters, digits and _, not starting with a digit)</source>
        <translation>%1 ist kein gültiger Variablenname (Buchstaben, Ziffern und _, nicht mit einer Ziffer beginnend)</translation>
    </message>
    <message>
        <source>the variable %1 is defined twice; names must be unique</source>
        <translation>die Variable %1 ist zweimal definiert; Namen müssen eindeutig sein</translation>
    </message>
    <message>
        <source>a variable&apos;s value may only use {{env:NAME}}, not %1 (at character %2)</source>
        <translation>der Wert einer Variablen darf nur {{env:NAME}} verwenden, nicht %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>the secret variable %1 is written in the file in plain text: keep it in the OS keychain (Hooksmith moves it there when it saves) or use {{env:NAME}}</source>
        <translation>die geheime Variable %1 steht im Klartext in der Datei: bewahren Sie sie im Schlüsselbund des Betriebssystems auf (Hooksmith verschiebt sie beim Speichern dorthin) oder verwenden Sie {{env:NAME}}</translation>
    </message>
    <message>
        <source>the environment &quot;%1&quot; does not exist; the workspace has %2</source>
        <translation>die Umgebung &quot;%1&quot; existiert nicht; der Arbeitsbereich hat %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the secret variable %1 of environment &quot;%2&quot; has no value: set it in the environments, or give it as {{env:NAME}}</source>
        <translation>die geheime Variable %1 der Umgebung &quot;%2&quot; hat keinen Wert: setzen Sie ihn in den Umgebungen, oder geben Sie sie als {{env:NAME}} an</translation>
    </message>
</context>
<context>
    <name>WebhookEditor</name>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Only enabled webhooks fire on signals</source>
        <translation>Nur aktivierte Webhooks werden bei Signalen ausgelöst</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Ena&amp;bled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
</context>
<context>
    <name>WebhookImport</name>
    <message>
        <source>Import webhook &quot;%1&quot;</source>
        <translation>Webhook &quot;%1&quot; importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %n webhook(s)</source>
        <translation>
            <numerusform>%n Webhook importieren</numerusform>
            <numerusform>%n Webhooks importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported with warnings</source>
        <translation>Mit Warnungen importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) imported. Not everything came across exactly:</source>
        <translation>
            <numerusform>%n Webhook importiert. Nicht alles wurde genau übernommen:</numerusform>
            <numerusform>%n Webhooks importiert. Nicht alles wurde genau übernommen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste curl command</source>
        <translation>curl-Befehl einfügen</translation>
    </message>
    <message>
        <source>The clipboard holds no curl command. Copy a command line that starts with curl, for example with &quot;Copy as cURL&quot; in a browser&apos;s developer tools.</source>
        <translation>Die Zwischenablage enthält keinen curl-Befehl. Kopieren Sie eine Befehlszeile, die mit curl beginnt, zum Beispiel mit &quot;Copy as cURL&quot; in den Entwicklerwerkzeugen eines Browsers.</translation>
    </message>
    <message>
        <source>The curl command cannot be imported: %1</source>
        <translation>Der curl-Befehl kann nicht importiert werden: %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceFile</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet %1, gefunden %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>erwartet eine ganze Zahl, gefunden %1</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 liegt außerhalb des Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>erwartet ein Objekt, gefunden %1</translation>
    </message>
    <message>
        <source>unknown method %1; use GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS</source>
        <translation>unbekannte Methode %1; verwenden Sie GET, POST, PUT, PATCH, DELETE, HEAD oder OPTIONS</translation>
    </message>
    <message>
        <source>unknown format %1; use json, form, custom or none</source>
        <translation>unbekanntes Format %1; verwenden Sie json, form, custom oder none</translation>
    </message>
    <message>
        <source>a row has either &quot;preset&quot; or &quot;value&quot;, not both</source>
        <translation>eine Zeile hat entweder &quot;preset&quot; oder &quot;value&quot;, nicht beides</translation>
    </message>
    <message>
        <source>unknown type %1; use none or basic</source>
        <translation>unbekannter Typ %1; verwenden Sie none oder basic</translation>
    </message>
    <message>
        <source>unknown scheme %1; use none, standard-webhooks, github or stripe</source>
        <translation>unbekanntes Verfahren %1; verwenden Sie none, standard-webhooks, github oder stripe</translation>
    </message>
    <message>
        <source>expected a device token (a string), found %1</source>
        <translation>erwartet ein Geräte-Token (eine Zeichenkette), gefunden %1</translation>
    </message>
    <message>
        <source>expected a signal number, found %1</source>
        <translation>erwartet eine Signalnummer, gefunden %1</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 date</source>
        <translation>%1 ist kein ISO-8601-Datum</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>die Datei ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, found %1</source>
        <translation>erwartet ein JSON-Objekt auf oberster Ebene, gefunden %1</translation>
    </message>
    <message>
        <source>not a Hooksmith workspace: the &quot;hooksmith&quot; format version is missing</source>
        <translation>kein Hooksmith-Arbeitsbereich: die Formatversion &quot;hooksmith&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;hooksmith&quot; must be the format version, a whole number such as 1</source>
        <translation>&quot;hooksmith&quot; muss die Formatversion sein, eine ganze Zahl wie 1</translation>
    </message>
    <message>
        <source>this workspace was written by a newer Hooksmith (format version %1); this version reads format version %2. Update Hooksmith to open it; the file was not changed.</source>
        <translation>dieser Arbeitsbereich wurde von einem neueren Hooksmith geschrieben (Formatversion %1); diese Version liest Formatversion %2. Aktualisieren Sie Hooksmith, um ihn zu öffnen; die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>&quot;hooksmith&quot; is %1; the first format version is 1</source>
        <translation>&quot;hooksmith&quot; ist %1; die erste Formatversion ist 1</translation>
    </message>
    <message>
        <source>%1 was not overwritten: it is not a workspace this version can read (%2)</source>
        <translation>%1 wurde nicht überschrieben: es ist kein Arbeitsbereich, den diese Version lesen kann (%2)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&quot;device&quot; or &quot;none&quot;</source>
        <translation>&quot;device&quot; oder &quot;none&quot;</translation>
    </message>
    <message>
        <source>%1 is not an order; use &quot;device&quot; (the default: each device&apos;s signals in the order the board sent them) or &quot;none&quot;</source>
        <translation>%1 ist keine Reihenfolge; verwenden Sie &quot;device&quot; (der Standard: die Signale jedes Geräts in der Reihenfolge, in der das Board sie sandte) oder &quot;none&quot;</translation>
    </message>
    <message>
        <source>invalid JSON: the key %1 is given twice in the same object (first at line %2, column %3); JSON readers disagree on which value counts, so give each key once</source>
        <translation>ungültiges JSON: der Schlüssel %1 kommt zweimal im selben Objekt vor (zuerst in Zeile %2, Spalte %3); JSON-Leser sind uneins, welcher Wert zählt, geben Sie also jeden Schlüssel einmal an</translation>
    </message>
    <message>
        <source>an environment needs a name</source>
        <translation>eine Umgebung braucht einen Namen</translation>
    </message>
    <message>
        <source>a variable needs a name</source>
        <translation>eine Variable braucht einen Namen</translation>
    </message>
    <message>
        <source>%1 is not a valid variable name (letters, digits and _, not starting with a digit)</source>
        <translation>%1 ist kein gültiger Variablenname (Buchstaben, Ziffern und _, nicht mit einer Ziffer beginnend)</translation>
    </message>
    <message>
        <source>the variable %1 is defined twice; names must be unique</source>
        <translation>die Variable %1 ist zweimal definiert; Namen müssen eindeutig sein</translation>
    </message>
    <message>
        <source>the environment %1 is defined twice; names must be unique</source>
        <translation>die Umgebung %1 ist zweimal definiert; Namen müssen eindeutig sein</translation>
    </message>
</context>
<context>
    <name>hooksmith::AppRuntime</name>
    <message>
        <source>Turn off &quot;%1&quot; (410 Gone)</source>
        <translation>&quot;%1&quot; ausschalten (410 Gone)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was turned off: %2. Edit → Undo turns it on again.</source>
        <translation>&quot;%1&quot; wurde ausgeschaltet: %2. Bearbeiten → Rückgängig schaltet ihn wieder ein.</translation>
    </message>
</context>
<context>
    <name>hooksmith::AuthSection</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Basic authentication</source>
        <translation>Basic-Authentifizierung</translation>
    </message>
    <message>
        <source>Standard Webhooks</source>
        <translation>Standard Webhooks</translation>
    </message>
    <message>
        <source>GitHub (X-Hub-Signature-256)</source>
        <translation>GitHub (X-Hub-Signature-256)</translation>
    </message>
    <message>
        <source>Stripe (Stripe-Signature)</source>
        <translation>Stripe (Stripe-Signature)</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Geheimnis verbergen</translation>
    </message>
    <message>
        <source>Change authentication</source>
        <translation>Authentifizierung ändern</translation>
    </message>
    <message>
        <source>Edit username</source>
        <translation>Benutzernamen bearbeiten</translation>
    </message>
    <message>
        <source>Change signing</source>
        <translation>Signierung ändern</translation>
    </message>
    <message>
        <source>Kept in the OS keychain, never in the workspace file.</source>
        <translation>Im Schlüsselbund des Betriebssystems aufbewahrt, nie in der Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Kept in memory for this session only (%1), never in the workspace file.</source>
        <translation>Nur für diese Sitzung im Speicher gehalten (%1), nie in der Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>no secret store</source>
        <translation>kein Geheimnisspeicher</translation>
    </message>
    <message>
        <source>Write {{env:NAME}} to read it from the environment when sending (for servers).</source>
        <translation>Schreiben Sie {{env:NAME}}, um es beim Senden aus der Umgebung zu lesen (für Server).</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the keychain: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Use it for %1</source>
        <translation>Für %1 verwenden</translation>
    </message>
    <message>
        <source>The secret was saved for %1. Save it again for %2, the server the URL points to now, so that it is sent there.</source>
        <translation>Das Geheimnis wurde für %1 gespeichert. Speichern Sie es erneut für %2, den Server, auf den die URL jetzt zeigt, damit es dorthin gesendet wird.</translation>
    </message>
</context>
<context>
    <name>hooksmith::BindingSection</name>
    <message>
        <source>Only the checked signals fire this webhook.</source>
        <translation>Nur die angehakten Signale lösen diesen Webhook aus.</translation>
    </message>
    <message>
        <source>No signal checked: every signal fires this webhook.</source>
        <translation>Kein Signal angehakt: jedes Signal löst diesen Webhook aus.</translation>
    </message>
</context>
<context>
    <name>hooksmith::BodySection</name>
    <message>
        <source>Reset body to Pybytes&apos; defaults</source>
        <translation>Body auf Pybytes-Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>Edit content type</source>
        <translation>Content-Type bearbeiten</translation>
    </message>
    <message>
        <source>Change content type</source>
        <translation>Content-Type ändern</translation>
    </message>
    <message>
        <source>Edit custom body</source>
        <translation>Eigenen Body bearbeiten</translation>
    </message>
    <message>
        <source>Each row becomes one JSON member. Check &quot;Preset&quot; to send a preset with its own type: a number stays a number, a list stays a list.</source>
        <translation>Jede Zeile wird ein JSON-Member. Haken Sie &quot;Preset&quot; an, um ein Preset mit seinem eigenen Typ zu senden: eine Zahl bleibt eine Zahl, eine Liste bleibt eine Liste.</translation>
    </message>
    <message>
        <source>Each row becomes one name=value pair of the web form, URL-encoded.</source>
        <translation>Jede Zeile wird ein Name=Wert-Paar des Webformulars, URL-kodiert.</translation>
    </message>
    <message>
        <source>This request has no body: %1 sends Content-Length: 0.</source>
        <translation>Diese Anfrage hat keinen Body: %1 sendet Content-Length: 0.</translation>
    </message>
    <message>
        <source>%1 requests carry no body.</source>
        <translation>%1-Anfragen haben keinen Body.</translation>
    </message>
    <message>
        <source>Plain text: presets are replaced as they are. Type {{ for the list.</source>
        <translation>Einfacher Text: Presets werden unverändert ersetzt. Tippen Sie {{ für die Liste.</translation>
    </message>
    <message>
        <source>✓ Valid JSON once the presets are filled in. Presets inside strings are escaped; outside strings they keep their JSON type.</source>
        <translation>✓ Gültiges JSON, sobald die Presets ausgefüllt sind. Presets in Zeichenketten werden maskiert; außerhalb von Zeichenketten behalten sie ihren JSON-Typ.</translation>
    </message>
    <message>
        <source>JSON is checked as you type.</source>
        <translation>JSON wird beim Tippen geprüft.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>hooksmith::BodyTableModel</name>
    <message>
        <source>Send this parameter</source>
        <translation>Diesen Parameter senden</translation>
    </message>
    <message>
        <source>Use a preset: the value keeps the preset&apos;s own JSON type</source>
        <translation>Ein Preset verwenden: der Wert behält den eigenen JSON-Typ des Presets</translation>
    </message>
    <message>
        <source>A template: type {{ to insert a preset</source>
        <translation>Eine Vorlage: tippen Sie {{, um ein Preset einzufügen</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Diese Zeile entfernen</translation>
    </message>
    <message>
        <source>Turn body parameter on or off</source>
        <translation>Body-Parameter ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Rename body parameter</source>
        <translation>Body-Parameter umbenennen</translation>
    </message>
    <message>
        <source>Use a preset</source>
        <translation>Ein Preset verwenden</translation>
    </message>
    <message>
        <source>Edit body value</source>
        <translation>Body-Wert bearbeiten</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Remove body parameter</source>
        <translation>Body-Parameter entfernen</translation>
    </message>
    <message>
        <source>Add body parameter</source>
        <translation>Body-Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Move body parameter</source>
        <translation>Body-Parameter verschieben</translation>
    </message>
</context>
<context>
    <name>hooksmith::BrokerHub</name>
    <message>
        <source>The keychain could not keep the broker&apos;s password: %1</source>
        <translation>Der Schlüsselbund konnte das Passwort des Brokers nicht speichern: %1</translation>
    </message>
    <message>
        <source>no such broker</source>
        <translation>kein solcher Broker</translation>
    </message>
    <message>
        <source>the password could not be read from the keychain: %1</source>
        <translation>das Passwort konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>the keychain holds no password for this broker: enter it and save</source>
        <translation>der Schlüsselbund enthält kein Passwort für diesen Broker: geben Sie es ein und speichern Sie</translation>
    </message>
    <message>
        <source>reading the password from the keychain</source>
        <translation>lese das Passwort aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinde</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Verbinde erneut</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>hooksmith::BrokerListModel</name>
    <message>
        <source>Share group %1</source>
        <translation>Freigabegruppe %1</translation>
    </message>
    <message>
        <source>CA file %1</source>
        <translation>CA-Datei %1</translation>
    </message>
    <message>
        <source>Password in the keychain</source>
        <translation>Passwort im Schlüsselbund</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>Kein Passwort</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
</context>
<context>
    <name>hooksmith::DeliveryEngine</name>
    <message>
        <source>no answer within the timeout</source>
        <translation>keine Antwort innerhalb des Timeouts</translation>
    </message>
    <message>
        <source>the request failed</source>
        <translation>die Anfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the webhook &quot;%1&quot; is disabled</source>
        <translation>der Webhook &quot;%1&quot; ist deaktiviert</translation>
    </message>
    <message>
        <source>the webhook &quot;%1&quot; is disabled: %2</source>
        <translation>der Webhook &quot;%1&quot; ist deaktiviert: %2</translation>
    </message>
    <message>
        <source>the webhook %1 is not in the workspace</source>
        <translation>der Webhook %1 ist nicht im Arbeitsbereich</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>hooksmith::DeliverySection</name>
    <message>
        <source>Change timeout</source>
        <translation>Timeout ändern</translation>
    </message>
    <message>
        <source>Change attempts</source>
        <translation>Versuche ändern</translation>
    </message>
    <message>
        <source>Change redirects</source>
        <translation>Weiterleitungen ändern</translation>
    </message>
    <message>
        <source>Edit pinned certificate</source>
        <translation>Gepinntes Zertifikat bearbeiten</translation>
    </message>
    <message>
        <source>Edit CA file</source>
        <translation>CA-Datei bearbeiten</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose CA file</source>
        <translation>CA-Datei auswählen</translation>
    </message>
    <message>
        <source>Change delivery order</source>
        <translation>Zustellreihenfolge ändern</translation>
    </message>
</context>
<context>
    <name>hooksmith::DeviceBindingModel</name>
    <message>
        <source>Unknown device %1</source>
        <translation>Unbekanntes Gerät %1</translation>
    </message>
    <message>
        <source>Token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <source>No device in this workspace has this token</source>
        <translation>Kein Gerät in diesem Arbeitsbereich hat dieses Token</translation>
    </message>
    <message>
        <source>Bind device</source>
        <translation>Gerät binden</translation>
    </message>
    <message>
        <source>Unbind device</source>
        <translation>Gerät lösen</translation>
    </message>
</context>
<context>
    <name>hooksmith::DeviceHub</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The board says it is %1 (%2)</source>
        <translation>Das Board sagt, es sei %1 (%2)</translation>
    </message>
    <message>
        <source>Connected (%1)</source>
        <translation>Verbunden (%1)</translation>
    </message>
    <message>
        <source>Its USB serial number is that of %1</source>
        <translation>Seine USB-Seriennummer ist die von %1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Signals go to %1 unless the board says otherwise</source>
        <translation>Signale gehen an %1, sofern das Board nichts anderes sagt</translation>
    </message>
    <message>
        <source>asked when a signal comes</source>
        <translation>wird gefragt, wenn ein Signal kommt</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>virtuell</translation>
    </message>
    <message>
        <source>announced by the board</source>
        <translation>vom Board gemeldet</translation>
    </message>
    <message>
        <source>USB serial number</source>
        <translation>USB-Seriennummer</translation>
    </message>
    <message>
        <source>Ctrl-C</source>
        <translation>Ctrl-C</translation>
    </message>
</context>
<context>
    <name>hooksmith::DeviceTableModel</name>
    <message>
        <source>The DEVICE_TOKEN this board sends with its signals</source>
        <translation>Das DEVICE_TOKEN, das dieses Board mit seinen Signalen sendet</translation>
    </message>
    <message>
        <source>Rename device</source>
        <translation>Gerät umbenennen</translation>
    </message>
    <message>
        <source>Change device token</source>
        <translation>Geräte-Token ändern</translation>
    </message>
    <message>
        <source>Change USB serial number</source>
        <translation>USB-Seriennummer ändern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>USB serial</source>
        <translation>USB-Seriennummer</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>Gerät hinzufügen</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <source>Delete device</source>
        <translation>Gerät löschen</translation>
    </message>
</context>
<context>
    <name>hooksmith::DeviceWorkbench</name>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Geräte</translation>
    </message>
    <message>
        <source>Serial &amp;Console</source>
        <translation>Serielle &amp;Konsole</translation>
    </message>
    <message>
        <source>&amp;Signals Monitor</source>
        <translation>&amp;Signalmonitor</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Serial Console</source>
        <translation>Serielle Konsole</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>Live Chart</source>
        <translation>Live-Diagramm</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Live Ch&amp;art</source>
        <translation>Live-&amp;Diagramm</translation>
    </message>
    <message>
        <source>Boards on serial ports, the virtual device and network devices (Ctrl+Shift+D)</source>
        <translation>Boards an seriellen Ports, das virtuelle Gerät und Netzwerkgeräte (Ctrl+Shift+D)</translation>
    </message>
</context>
<context>
    <name>hooksmith::DevicesPanel</name>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Install helper on board</source>
        <translation>Helfer auf dem Board installieren</translation>
    </message>
    <message>
        <source>Serial ports</source>
        <translation>Serielle Ports</translation>
    </message>
    <message>
        <source>Use this device</source>
        <translation>Dieses Gerät verwenden</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Add a port by path: /tmp/board, /dev/serial/by-id/...</source>
        <translation>Einen Port per Pfad hinzufügen: /tmp/board, /dev/serial/by-id/...</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Writes hooksmith.py to /flash over the raw REPL (it stops the running program with Ctrl-C; it never resets the board)</source>
        <translation>Schreibt hooksmith.py über das Raw-REPL nach /flash (es stoppt das laufende Programm mit Ctrl-C; es setzt das Board nie zurück)</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Ask when a signal comes</source>
        <translation>Fragen, wenn ein Signal kommt</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s)</source>
        <translation>
            <numerusform>%n Signal</numerusform>
            <numerusform>%n Signale</numerusform>
        </translation>
    </message>
    <message>
        <source>USB %1</source>
        <translation>USB %1</translation>
    </message>
    <message>
        <source>serial number %1</source>
        <translation>Seriennummer %1</translation>
    </message>
    <message>
        <source>The workspace device the virtual device is</source>
        <translation>Das Arbeitsbereichsgerät, das das virtuelle Gerät darstellt</translation>
    </message>
    <message>
        <source>Signals go to %1 (%2). Used when the board does not announce itself with @device and its USB serial number matches no device.</source>
        <translation>Signale gehen an %1 (%2). Wird verwendet, wenn sich das Board nicht mit @device meldet und seine USB-Seriennummer zu keinem Gerät passt.</translation>
    </message>
    <message>
        <source>no device yet</source>
        <translation>noch kein Gerät</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which device is the board on %1?&lt;/b&gt;&lt;br&gt;It sends signals without saying which device it is (no &lt;code&gt;@device&lt;/code&gt; line, no known USB serial number). Its signals fire no webhook until you choose; the choice is kept for this port.</source>
        <translation>&lt;b&gt;Welches Gerät ist das Board an %1?&lt;/b&gt;&lt;br&gt;Es sendet Signale, ohne zu sagen, welches Gerät es ist (keine &lt;code&gt;@device&lt;/code&gt;-Zeile, keine bekannte USB-Seriennummer). Seine Signale lösen keinen Webhook aus, bis Sie wählen; die Wahl wird für diesen Port behalten.</translation>
    </message>
    <message>
        <source>Waiting for the board...</source>
        <translation>Warte auf das Board...</translation>
    </message>
    <message>
        <source>Installing the helper as %1</source>
        <translation>Installiere den Helfer als %1</translation>
    </message>
    <message>
        <source>The helper is installed as %1. Use it with &quot;import hooksmith&quot;.</source>
        <translation>Der Helfer ist als %1 installiert. Verwenden Sie ihn mit &quot;import hooksmith&quot;.</translation>
    </message>
    <message>
        <source>The helper is installed</source>
        <translation>Der Helfer ist installiert</translation>
    </message>
    <message>
        <source>Installing the helper failed: %1</source>
        <translation>Die Installation des Helfers ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Network devices</source>
        <translation>Netzwerkgeräte</translation>
    </message>
</context>
<context>
    <name>hooksmith::Dispatcher</name>
    <message>
        <source>the device is not in the workspace and no webhook is bound to it</source>
        <translation>das Gerät ist nicht im Arbeitsbereich und kein Webhook ist an es gebunden</translation>
    </message>
    <message>
        <source>no webhook is bound to the device</source>
        <translation>kein Webhook ist an das Gerät gebunden</translation>
    </message>
    <message>
        <source>the webhooks bound to the device are disabled</source>
        <translation>die an das Gerät gebundenen Webhooks sind deaktiviert</translation>
    </message>
    <message>
        <source>no enabled webhook bound to the device takes this signal number</source>
        <translation>kein aktivierter, an das Gerät gebundener Webhook nimmt diese Signalnummer an</translation>
    </message>
</context>
<context>
    <name>hooksmith::EnvironmentSwitcher</name>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>The environment whose variables ({{var:NAME}}) the preview, Send and the devices&apos; deliveries use</source>
        <translation>Die Umgebung, deren Variablen ({{var:NAME}}) die Vorschau, Senden und die Zustellungen der Geräte verwenden</translation>
    </message>
    <message>
        <source>Edit environments and their variables</source>
        <translation>Umgebungen und ihre Variablen bearbeiten</translation>
    </message>
    <message>
        <source>No environments</source>
        <translation>Keine Umgebungen</translation>
    </message>
</context>
<context>
    <name>hooksmith::EnvironmentsDialog</name>
    <message>
        <source>New value, or {{env:NAME}}</source>
        <translation>Neuer Wert, oder {{env:NAME}}</translation>
    </message>
    <message>
        <source>(in the keychain)</source>
        <translation>(im Schlüsselbund)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Variable hinzufügen</translation>
    </message>
    <message>
        <source>Remove variable</source>
        <translation>Variable entfernen</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>Use a variable in a template as {{var:NAME}}. A secret&apos;s value is kept in the OS keychain, or read from the environment with {{env:NAME}}.</source>
        <translation>Verwenden Sie eine Variable in einer Vorlage als {{var:NAME}}. Der Wert eines Geheimnisses wird im Schlüsselbund des Betriebssystems aufbewahrt oder mit {{env:NAME}} aus der Umgebung gelesen.</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Every environment needs a name.</source>
        <translation>Jede Umgebung braucht einen Namen.</translation>
    </message>
    <message>
        <source>There are two environments named &quot;%1&quot;; names must be unique.</source>
        <translation>Es gibt zwei Umgebungen namens &quot;%1&quot;; Namen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not a valid variable name: letters, digits and _, not starting with a digit.</source>
        <translation>&quot;%1&quot; in &quot;%2&quot; ist kein gültiger Variablenname: Buchstaben, Ziffern und _, nicht mit einer Ziffer beginnend.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is defined twice in &quot;%2&quot;; names must be unique.</source>
        <translation>&quot;%1&quot; ist in &quot;%2&quot; zweimal definiert; Namen müssen eindeutig sein.</translation>
    </message>
</context>
<context>
    <name>hooksmith::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Fill the presets with this signal (else they are left as variables)</source>
        <translation>Die Presets mit diesem Signal füllen (sonst bleiben sie als Variablen)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Webhooks:</source>
        <translation>&amp;Webhooks:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>&amp;Signal:</source>
        <translation>Sig&amp;nal:</translation>
    </message>
    <message>
        <source>&amp;Value (JSON):</source>
        <translation>W&amp;ert (JSON):</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Preview (secrets are read from environment variables, never written):</source>
        <translation>Vorschau (Geheimnisse werden aus Umgebungsvariablen gelesen, nie ausgeschrieben):</translation>
    </message>
    <message>
        <source>Not carried:</source>
        <translation>Nicht übernommen:</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>%1 exists: choose a new directory</source>
        <translation>%1 existiert: wählen Sie ein neues Verzeichnis</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>Kann das Verzeichnis %1 nicht anlegen</translation>
    </message>
    <message>
        <source>Export to a new directory</source>
        <translation>In ein neues Verzeichnis exportieren</translation>
    </message>
    <message>
        <source>Keep its variables as variables of the tool (else their values are written in)</source>
        <translation>Ihre Variablen als Variablen des Werkzeugs behalten (sonst werden ihre Werte eingesetzt)</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
</context>
<context>
    <name>hooksmith::GeneralSection</name>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>Custom body</source>
        <translation>Eigener Body</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Kein Body</translation>
    </message>
    <message>
        <source>Rename webhook</source>
        <translation>Webhook umbenennen</translation>
    </message>
    <message>
        <source>Edit URL</source>
        <translation>URL bearbeiten</translation>
    </message>
    <message>
        <source>Edit event name</source>
        <translation>Ereignisnamen bearbeiten</translation>
    </message>
    <message>
        <source>Change method</source>
        <translation>Methode ändern</translation>
    </message>
    <message>
        <source>Change format</source>
        <translation>Format ändern</translation>
    </message>
</context>
<context>
    <name>hooksmith::HealthServer</name>
    <message>
        <source>health address &quot;%1&quot;: write an IPv6 address as [ADDRESS]:PORT</source>
        <translation>Health-Adresse &quot;%1&quot;: schreiben Sie eine IPv6-Adresse als [ADRESSE]:PORT</translation>
    </message>
    <message>
        <source>health address &quot;%1&quot;: write an IPv6 address in brackets, as [%2]:%3</source>
        <translation>Health-Adresse &quot;%1&quot;: schreiben Sie eine IPv6-Adresse in Klammern, als [%2]:%3</translation>
    </message>
    <message>
        <source>health address &quot;%1&quot;: the port &quot;%2&quot; is not a number from 0 to 65535</source>
        <translation>Health-Adresse &quot;%1&quot;: der Port &quot;%2&quot; ist keine Zahl von 0 bis 65535</translation>
    </message>
    <message>
        <source>health address &quot;%1&quot;: &quot;%2&quot; is not an IP address</source>
        <translation>Health-Adresse &quot;%1&quot;: &quot;%2&quot; ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>health address &quot;%1&quot;: cannot listen on %2: %3</source>
        <translation>Health-Adresse &quot;%1&quot;: kann nicht auf %2 lauschen: %3</translation>
    </message>
</context>
<context>
    <name>hooksmith::HttpSender</name>
    <message>
        <source>the request shows its secrets as ****; it was not sent</source>
        <translation>die Anfrage zeigt ihre Geheimnisse als ****; sie wurde nicht gesendet</translation>
    </message>
    <message>
        <source>the header %1 appears twice; Qt&apos;s HTTP stack sends each header once, so the request was not sent</source>
        <translation>der Header %1 kommt zweimal vor; der HTTP-Stack von Qt sendet jeden Header einmal, daher wurde die Anfrage nicht gesendet</translation>
    </message>
    <message>
        <source>the pinned certificate fingerprint &quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits)</source>
        <translation>der Fingerabdruck des gepinnten Zertifikats &quot;%1&quot; ist kein SHA-256-Fingerabdruck (64 Hexziffern)</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>die CA-Datei %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>the CA file %1 does not exist</source>
        <translation>die CA-Datei %1 existiert nicht</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed: %2</source>
        <translation>der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the server closed the connection in the middle of the body (%1 of %2 bytes received)</source>
        <translation>der Server hat die Verbindung mitten im Body geschlossen (%1 von %2 Bytes empfangen)</translation>
    </message>
    <message>
        <source>the server answered %1 %2 without a Location</source>
        <translation>der Server antwortete %1 %2 ohne Location</translation>
    </message>
    <message>
        <source>redirected with %1 %2 to %3; this webhook does not follow redirects</source>
        <translation>umgeleitet mit %1 %2 nach %3; dieser Webhook folgt keinen Weiterleitungen</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>der Server antwortete %1 %2</translation>
    </message>
    <message>
        <source>(the request was sent %1 times: Qt&apos;s HTTP stack sends it again on a new connection when one closes before any response)</source>
        <translation>(die Anfrage wurde %1-mal gesendet: der HTTP-Stack von Qt sendet sie auf einer neuen Verbindung erneut, wenn eine vor jeder Antwort geschlossen wird)</translation>
    </message>
    <message>
        <source>redirected with %1 to &quot;%2&quot;, which is not a valid URL</source>
        <translation>umgeleitet mit %1 nach &quot;%2&quot;, was keine gültige URL ist</translation>
    </message>
    <message>
        <source>redirected with %1 from %2 to %3; only redirects to the same scheme or from http to https are followed</source>
        <translation>umgeleitet mit %1 von %2 nach %3; nur Weiterleitungen zum selben Schema oder von http zu https werden verfolgt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>Verbindung von %1 abgelehnt</translation>
    </message>
    <message>
        <source>the host name %1 could not be resolved</source>
        <translation>der Hostname %1 konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>the server closed the connection in the middle of the body (%1 bytes received)</source>
        <translation>der Server hat die Verbindung mitten im Body geschlossen (%1 Bytes empfangen)</translation>
    </message>
    <message>
        <source>the connection to %1 ended without a valid HTTP response</source>
        <translation>die Verbindung zu %1 endete ohne gültige HTTP-Antwort</translation>
    </message>
    <message>
        <source>%1 closed the connection before the request was sent</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Anfrage gesendet wurde</translation>
    </message>
    <message>
        <source>the response from %1 is not valid HTTP (%2)</source>
        <translation>die Antwort von %1 ist kein gültiges HTTP (%2)</translation>
    </message>
    <message>
        <source>the proxy for %1 failed: %2</source>
        <translation>der Proxy für %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the server reset the connection in the middle of the body (%1 bytes received)</source>
        <translation>der Server hat die Verbindung mitten im Body zurückgesetzt (%1 Bytes empfangen)</translation>
    </message>
    <message>
        <source>%1 reset the connection without a valid HTTP response</source>
        <translation>%1 hat die Verbindung ohne gültige HTTP-Antwort zurückgesetzt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no complete response within %1</source>
        <translation>keine vollständige Antwort innerhalb von %1</translation>
    </message>
    <message>
        <source>the headers from %1 arrived, the body did not complete (%2 bytes received)</source>
        <translation>die Header von %1 kamen an, der Body wurde nicht vollständig (%2 Bytes empfangen)</translation>
    </message>
    <message>
        <source>%1 took the request but did not answer</source>
        <translation>%1 hat die Anfrage angenommen, aber nicht geantwortet</translation>
    </message>
    <message>
        <source>could not connect to %1 or send the request</source>
        <translation>konnte keine Verbindung zu %1 herstellen oder die Anfrage nicht senden</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted (%2)</source>
        <translation>das Zertifikat von %1 ist nicht vertrauenswürdig (%2)</translation>
    </message>
    <message>
        <source>to trust this server, pin its SHA-256 fingerprint %1 or add the CA that issued it as a CA file</source>
        <translation>um diesem Server zu vertrauen, pinnen Sie seinen SHA-256-Fingerabdruck %1 oder fügen Sie die CA, die es ausgestellt hat, als CA-Datei hinzu</translation>
    </message>
    <message>
        <source>the certificate of %1 (SHA-256 %2) is not the pinned certificate (%3)</source>
        <translation>das Zertifikat von %1 (SHA-256 %2) ist nicht das gepinnte Zertifikat (%3)</translation>
    </message>
    <message>
        <source>the connection to %1 ended without a valid HTTP response (%2)</source>
        <translation>die Verbindung zu %1 endete ohne gültige HTTP-Antwort (%2)</translation>
    </message>
    <message>
        <source>the response from %1 was not accepted: %2</source>
        <translation>die Antwort von %1 wurde nicht angenommen: %2</translation>
    </message>
    <message>
        <source>gave up after %1 redirects: a redirect loop (%2 redirected with %3 back to %4, visited before)</source>
        <translation>nach %1 Weiterleitungen aufgegeben: eine Weiterleitungsschleife (%2 leitete mit %3 zurück zu %4 um, das bereits besucht war)</translation>
    </message>
    <message>
        <source>gave up after %1 redirects: too many redirects (the last one from %2 with %3 to %4)</source>
        <translation>nach %1 Weiterleitungen aufgegeben: zu viele Weiterleitungen (die letzte von %2 mit %3 nach %4)</translation>
    </message>
    <message>
        <source>%1 answered, but the response was still arriving slowly when the timeout struck: %2 bytes in %3, the head not yet complete</source>
        <translation>%1 hat geantwortet, aber die Antwort kam noch langsam an, als das Timeout eintrat: %2 Bytes in %3, der Kopf noch nicht vollständig</translation>
    </message>
</context>
<context>
    <name>hooksmith::ImportDialog</name>
    <message>
        <source>A &amp;curl command</source>
        <translation>Ein &amp;curl-Befehl</translation>
    </message>
    <message>
        <source>A &amp;Postman collection (v2.1)</source>
        <translation>Eine &amp;Postman-Collection (v2.1)</translation>
    </message>
    <message>
        <source>Import Webhooks</source>
        <translation>Webhooks importieren</translation>
    </message>
    <message>
        <source>curl &apos;https://hooks.example.com/in&apos; -H &apos;Content-Type: application/json&apos; --data-raw &apos;{&quot;door&quot;: &quot;open&quot;}&apos;</source>
        <translation>curl &apos;https://hooks.example.com/in&apos; -H &apos;Content-Type: application/json&apos; --data-raw &apos;{&quot;door&quot;: &quot;open&quot;}&apos;</translation>
    </message>
    <message>
        <source>Collection file (*.postman_collection.json)</source>
        <translation>Collection-Datei (*.postman_collection.json)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Each request becomes a webhook in this workspace. Presets such as {{DEVICE_TOKEN}} stay presets; what cannot be carried over is listed afterwards.</source>
        <translation>Jede Anfrage wird ein Webhook in diesem Arbeitsbereich. Presets wie {{DEVICE_TOKEN}} bleiben Presets; was nicht übernommen werden kann, wird danach aufgeführt.</translation>
    </message>
    <message>
        <source>Import Postman collection</source>
        <translation>Postman-Collection importieren</translation>
    </message>
    <message>
        <source>Postman collections (*.postman_collection.json *.json);;All files (*)</source>
        <translation>Postman-Collections (*.postman_collection.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a collection file.</source>
        <translation>Wählen Sie eine Collection-Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hooksmith::Inspector</name>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>hooksmith::KeychainSecretStore</name>
    <message>
        <source>the keychain refused access (%1): unlock it and try again</source>
        <translation>der Schlüsselbund hat den Zugriff verweigert (%1): entsperren Sie ihn und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the keychain could not delete the secret (%1)</source>
        <translation>der Schlüsselbund konnte das Geheimnis nicht löschen (%1)</translation>
    </message>
    <message>
        <source>the keychain request was cancelled (%1)</source>
        <translation>die Schlüsselbund-Anfrage wurde abgebrochen (%1)</translation>
    </message>
    <message>
        <source>the keychain reported an error (%1)</source>
        <translation>der Schlüsselbund meldete einen Fehler (%1)</translation>
    </message>
    <message>
        <source>No keychain is available (%1): secrets are kept in memory until Hooksmith quits, and nothing is written to disk.</source>
        <translation>Kein Schlüsselbund verfügbar (%1): Geheimnisse werden im Speicher gehalten, bis Hooksmith beendet wird, und nichts wird auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>no keychain service answered</source>
        <translation>kein Schlüsselbund-Dienst hat geantwortet</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s: it may be waiting to be unlocked, or its service (such as gnome-keyring-daemon) is not responding; unlock or restart it and try again</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet: er wartet möglicherweise auf das Entsperren, oder sein Dienst (etwa gnome-keyring-daemon) reagiert nicht; entsperren oder starten Sie ihn neu und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source> (the change may still be made once the keychain answers)</source>
        <translation> (die Änderung kann noch erfolgen, sobald der Schlüsselbund antwortet)</translation>
    </message>
</context>
<context>
    <name>hooksmith::LiveChart</name>
    <message>
        <source>Choose signals in the Signals monitor and press &quot;Chart&quot;.</source>
        <translation>Wählen Sie Signale im Signalmonitor und drücken Sie &quot;Diagramm&quot;.</translation>
    </message>
    <message>
        <source>%1 is not Hooksmith&apos;s chart module</source>
        <translation>%1 ist nicht das Diagrammmodul von Hooksmith</translation>
    </message>
    <message>
        <source>The chart needs Hooksmith&apos;s chart module (libhooksmith_chart.so, built with Qt Charts), which was not found in %1.</source>
        <translation>Das Diagramm braucht das Diagrammmodul von Hooksmith (libhooksmith_chart.so, gebaut mit Qt Charts), das in %1 nicht gefunden wurde.</translation>
    </message>
</context>
<context>
    <name>hooksmith::LocalReceiver</name>
    <message>
        <source>port %1 on 127.0.0.1 is already in use</source>
        <translation>Port %1 auf 127.0.0.1 ist bereits belegt</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1 port %1: %2</source>
        <translation>kann nicht auf 127.0.0.1 Port %1 lauschen: %2</translation>
    </message>
    <message>
        <source>the request has no %1 header</source>
        <translation>die Anfrage hat keinen %1-Header</translation>
    </message>
    <message>
        <source>more than one connection at once</source>
        <translation>mehr als eine Verbindung gleichzeitig</translation>
    </message>
    <message>
        <source>more than %1 connections at once</source>
        <translation>mehr als %1 Verbindungen gleichzeitig</translation>
    </message>
    <message>
        <source>the request did not complete within %1 s of the last byte</source>
        <translation>die Anfrage wurde nicht innerhalb von %1 s nach dem letzten Byte vollständig</translation>
    </message>
</context>
<context>
    <name>hooksmith::MainWindow</name>
    <message>
        <source>Secret store: %1</source>
        <translation>Geheimnisspeicher: %1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Hooksmith workspaces (*.hooksmith.json *.json);;All files (*)</source>
        <translation>Hooksmith-Arbeitsbereiche (*.hooksmith.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About Hooksmith</source>
        <translation>Über Hooksmith</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hooksmith %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Design, test and run webhooks fired by your devices, on your own machine.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Hooksmith %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Webhooks entwerfen, testen und ausführen, ausgelöst durch Ihre Geräte, auf Ihrem eigenen Rechner.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opened the demo workspace (read-only: Save asks for a file)</source>
        <translation>Demo-Arbeitsbereich geöffnet (schreibgeschützt: Speichern fragt nach einer Datei)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 could not be opened.&lt;/b&gt; It was not changed, and Hooksmith will not overwrite it.</source>
        <translation>&lt;b&gt;%1 konnte nicht geöffnet werden.&lt;/b&gt; Die Datei wurde nicht geändert, und Hooksmith wird sie nicht überschreiben.</translation>
    </message>
    <message>
        <source>%1 could not be opened</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>Hooksmith workspaces (*.hooksmith.json)</source>
        <translation>Hooksmith-Arbeitsbereiche (*.hooksmith.json)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>The demo workspace is part of Hooksmith; save it as a file of your own.</source>
        <translation>Der Demo-Arbeitsbereich ist Teil von Hooksmith; speichern Sie ihn als eigene Datei.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 with %n problem(s) (%2 errors): see the Problems list</source>
        <translation>
            <numerusform>%1 mit %n Problem gespeichert (%2 Fehler): siehe die Problemliste</numerusform>
            <numerusform>%1 mit %n Problemen gespeichert (%2 Fehler): siehe die Problemliste</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Vorher speichern?</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Neuer Webhook</translation>
    </message>
    <message>
        <source>New webhook %1</source>
        <translation>Neuer Webhook %1</translation>
    </message>
    <message>
        <source>Add webhook</source>
        <translation>Webhook hinzufügen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>Duplicate webhook</source>
        <translation>Webhook duplizieren</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Webhook löschen</translation>
    </message>
    <message>
        <source>Deleted %1. Undo brings it back.</source>
        <translation>%1 gelöscht. Rückgängig holt ihn zurück.</translation>
    </message>
    <message>
        <source>%1 (demo, read-only)</source>
        <translation>%1 (Demo, schreibgeschützt)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Sending &quot;%1&quot;…</source>
        <translation>Sende &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>%1: %2 (%3 ms)</source>
        <translation>%1: %2 (%3 ms)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Environments…</source>
        <translation>Umgebungen…</translation>
    </message>
    <message>
        <source>Add, rename and remove environments and their variables</source>
        <translation>Umgebungen und ihre Variablen hinzufügen, umbenennen und entfernen</translation>
    </message>
    <message>
        <source>Workspace Settings…</source>
        <translation>Arbeitsbereichseinstellungen…</translation>
    </message>
    <message>
        <source>Set the workspace&apos;s user id</source>
        <translation>Die Benutzer-ID des Arbeitsbereichs festlegen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the outbox</source>
        <translation>&quot;%1&quot; ist in der Outbox</translation>
    </message>
    <message>
        <source>Send once, as a test (%1)</source>
        <translation>Einmal als Test senden (%1)</translation>
    </message>
    <message>
        <source>Preferences saved. The language and the outbox folder change the next time Hooksmith starts.</source>
        <translation>Einstellungen gespeichert. Sprache und Ausgangsordner ändern sich beim nächsten Start von Hooksmith.</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>The proxy password could not be read: %1</source>
        <translation>Das Proxy-Passwort konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The proxy password could not be saved: %1</source>
        <translation>Das Proxy-Passwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>hooksmith::MemoryDeliveryStore</name>
    <message>
        <source>the webhook %1 is not in the workspace</source>
        <translation>der Webhook %1 ist nicht im Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>hooksmith::MqttClient</name>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>die CA-Datei %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>the broker closed the connection</source>
        <translation>der Broker hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the broker sent a malformed packet length</source>
        <translation>der Broker hat eine fehlerhafte Paketlänge gesendet</translation>
    </message>
    <message>
        <source>the broker sent a packet of %1 bytes, more than this client takes</source>
        <translation>der Broker hat ein Paket von %1 Bytes gesendet, mehr als dieser Client annimmt</translation>
    </message>
    <message>
        <source>the broker sent packet type %1 before CONNACK</source>
        <translation>der Broker hat Pakettyp %1 vor CONNACK gesendet</translation>
    </message>
    <message>
        <source>the broker sent a malformed PUBACK</source>
        <translation>der Broker hat ein fehlerhaftes PUBACK gesendet</translation>
    </message>
    <message>
        <source>the broker sent a malformed SUBACK</source>
        <translation>der Broker hat ein fehlerhaftes SUBACK gesendet</translation>
    </message>
    <message>
        <source>the broker disconnected: %1%2</source>
        <translation>der Broker hat die Verbindung getrennt: %1%2</translation>
    </message>
    <message>
        <source>the broker sent an unexpected packet (type %1)</source>
        <translation>der Broker hat ein unerwartetes Paket gesendet (Typ %1)</translation>
    </message>
    <message>
        <source>the broker sent a malformed CONNACK</source>
        <translation>der Broker hat ein fehlerhaftes CONNACK gesendet</translation>
    </message>
    <message>
        <source>the broker refused the connection: %1</source>
        <translation>der Broker hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>the broker sent a QoS 2 message; subscriptions ask for QoS 1 at most</source>
        <translation>der Broker hat eine QoS-2-Nachricht gesendet; Abonnements verlangen höchstens QoS 1</translation>
    </message>
    <message>
        <source>the broker sent a malformed PUBLISH</source>
        <translation>der Broker hat ein fehlerhaftes PUBLISH gesendet</translation>
    </message>
    <message>
        <source>no answer from the broker for %1 s</source>
        <translation>keine Antwort vom Broker seit %1 s</translation>
    </message>
</context>
<context>
    <name>hooksmith::MqttSource</name>
    <message>
        <source>the broker refused a subscription (reason code 0x%1): check the user&apos;s access rights, and that the broker supports shared subscriptions</source>
        <translation>der Broker hat ein Abonnement abgelehnt (Reason Code 0x%1): prüfen Sie die Zugriffsrechte des Benutzers und ob der Broker Shared Subscriptions unterstützt</translation>
    </message>
    <message>
        <source>MQTT %1</source>
        <translation>MQTT %1</translation>
    </message>
    <message>
        <source>%1: %2; connecting again in %3 s</source>
        <translation>%1: %2; neuer Verbindungsversuch in %3 s</translation>
    </message>
    <message>
        <source>a topic of neither scheme</source>
        <translation>ein Topic, das keinem der beiden Schemata folgt</translation>
    </message>
    <message>
        <source>the payload is not UTF-8</source>
        <translation>die Nutzlast ist kein UTF-8</translation>
    </message>
    <message>
        <source>message on %1 refused: %2</source>
        <translation>Nachricht auf %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>give a URL such as mqtt://HOST[:PORT] or mqtts://USER@HOST[:PORT]</source>
        <translation>geben Sie eine URL wie mqtt://HOST[:PORT] oder mqtts://USER@HOST[:PORT] an</translation>
    </message>
    <message>
        <source>the URL holds a password: remove it from the URL and give it apart</source>
        <translation>die URL enthält ein Passwort: entfernen Sie es aus der URL und geben Sie es getrennt an</translation>
    </message>
    <message>
        <source>the URL has a path (%1); MQTT URLs name only the broker</source>
        <translation>die URL hat einen Pfad (%1); MQTT-URLs nennen nur den Broker</translation>
    </message>
    <message>
        <source>the URL has a query or a fragment; MQTT URLs name only the broker</source>
        <translation>die URL hat eine Abfrage oder ein Fragment; MQTT-URLs nennen nur den Broker</translation>
    </message>
    <message>
        <source>the group name &quot;%1&quot; may not contain /, + or #</source>
        <translation>der Gruppenname &quot;%1&quot; darf weder /, + noch # enthalten</translation>
    </message>
    <message>
        <source>a CA file applies to mqtts:// URLs only</source>
        <translation>eine CA-Datei gilt nur für mqtts://-URLs</translation>
    </message>
    <message>
        <source>cannot read the CA file %1</source>
        <translation>kann die CA-Datei %1 nicht lesen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n QoS 0 message(s) were dropped while the outbox could not take signals</source>
        <translation>
            <numerusform>%n QoS-0-Nachricht wurde verworfen, während die Outbox keine Signale annehmen konnte</numerusform>
            <numerusform>%n QoS-0-Nachrichten wurden verworfen, während die Outbox keine Signale annehmen konnte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 QoS 0 messages are waiting for the outbox to take signals: the ones that arrive now are dropped until it can</source>
        <translation>%1 QoS-0-Nachrichten warten darauf, dass die Outbox Signale annimmt: Was jetzt eintrifft, wird verworfen, bis sie es kann</translation>
    </message>
</context>
<context>
    <name>hooksmith::NameValueSection</name>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Query-Parameter</translation>
    </message>
    <message>
        <source>Add &amp;query parameter</source>
        <translation>&amp;Query-Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Greyed rows with a lock are set by the format, authentication, signing or Hooksmith itself and cannot be edited; hover them to see which.</source>
        <translation>Graue Zeilen mit Schloss werden durch das Format, die Authentifizierung, die Signierung oder Hooksmith selbst gesetzt und können nicht bearbeitet werden; fahren Sie mit der Maus darüber, um zu sehen, wodurch.</translation>
    </message>
    <message>
        <source>Appended to the URL as ?name=value, percent-encoded.</source>
        <translation>An die URL angehängt als ?name=value, prozentkodiert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Add he&amp;ader</source>
        <translation>&amp;Header hinzufügen</translation>
    </message>
</context>
<context>
    <name>hooksmith::NameValueTableModel</name>
    <message>
        <source>Replaced by your header of the same name</source>
        <translation>Ersetzt durch Ihren Header mit demselben Namen</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>Gesetzt durch %1</translation>
    </message>
    <message>
        <source>Locked: set by %1</source>
        <translation>Gesperrt: gesetzt durch %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Send this header</source>
        <translation>Diesen Header senden</translation>
    </message>
    <message>
        <source>Send this parameter</source>
        <translation>Diesen Parameter senden</translation>
    </message>
    <message>
        <source>A template: type {{ to insert a preset</source>
        <translation>Eine Vorlage: tippen Sie {{, um ein Preset einzufügen</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Diese Zeile entfernen</translation>
    </message>
    <message>
        <source>Turn header on or off</source>
        <translation>Header ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Turn query parameter on or off</source>
        <translation>Query-Parameter ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Rename header</source>
        <translation>Header umbenennen</translation>
    </message>
    <message>
        <source>Rename query parameter</source>
        <translation>Query-Parameter umbenennen</translation>
    </message>
    <message>
        <source>Edit header value</source>
        <translation>Header-Wert bearbeiten</translation>
    </message>
    <message>
        <source>Edit query value</source>
        <translation>Query-Wert bearbeiten</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <source>Remove query parameter</source>
        <translation>Query-Parameter entfernen</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Add query parameter</source>
        <translation>Query-Parameter hinzufügen</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>auth</source>
        <translation>Auth</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>Signierung</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>eigener</translation>
    </message>
    <message>
        <source>Hooksmith</source>
        <translation>Hooksmith</translation>
    </message>
    <message>
        <source>Move header</source>
        <translation>Header verschieben</translation>
    </message>
    <message>
        <source>Move query parameter</source>
        <translation>Query-Parameter verschieben</translation>
    </message>
</context>
<context>
    <name>hooksmith::NetworkDeviceModel</name>
    <message>
        <source>Not in the workspace: its signals fire no webhook. Add a device with this token to use them.</source>
        <translation>Nicht im Arbeitsbereich: seine Signale lösen keinen Webhook aus. Fügen Sie ein Gerät mit diesem Token hinzu, um sie zu nutzen.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>The workspace&apos;s device</source>
        <translation>Das Gerät des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>The workspace&apos;s device; it calls itself &quot;%1&quot;</source>
        <translation>Das Gerät des Arbeitsbereichs; es nennt sich &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No name: the device publishes none on hooksmith/%1/device</source>
        <translation>Kein Name: das Gerät veröffentlicht keinen auf hooksmith/%1/device</translation>
    </message>
    <message>
        <source>Published by the device on hooksmith/%1/device</source>
        <translation>Vom Gerät auf hooksmith/%1/device veröffentlicht</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>Last signal</source>
        <translation>Letztes Signal</translation>
    </message>
</context>
<context>
    <name>hooksmith::NetworkDevicesPanel</name>
    <message>
        <source>Add broker</source>
        <translation>Broker hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>MQTT brokers</source>
        <translation>MQTT-Broker</translation>
    </message>
    <message>
        <source>Devices seen over the brokers</source>
        <translation>Über die Broker gesehene Geräte</translation>
    </message>
    <message>
        <source>mqtt://broker.local or mqtts://broker.example.net:8883</source>
        <translation>mqtt://broker.local oder mqtts://broker.example.net:8883</translation>
    </message>
    <message>
        <source>none, or the URL&apos;s</source>
        <translation>keiner, oder der aus der URL</translation>
    </message>
    <message>
        <source>Kept in the keychain, never in the settings or the workspace</source>
        <translation>Im Schlüsselbund aufbewahrt, nie in den Einstellungen oder im Arbeitsbereich</translation>
    </message>
    <message>
        <source>the system&apos;s certificates</source>
        <translation>die Zertifikate des Systems</translation>
    </message>
    <message>
        <source>mqtts:// only: a PEM file of the certificates to trust (your own CA, or the broker&apos;s self-signed certificate)</source>
        <translation>nur mqtts://: eine PEM-Datei der vertrauenswürdigen Zertifikate (Ihre eigene CA oder das selbstsignierte Zertifikat des Brokers)</translation>
    </message>
    <message>
        <source>none: every message</source>
        <translation>keine: jede Nachricht</translation>
    </message>
    <message>
        <source>Join the relays of this shared subscription group ($share/GROUP/...): each message then goes to one member of the group</source>
        <translation>Den Relays dieser Shared-Subscription-Gruppe beitreten ($share/GROUP/...): jede Nachricht geht dann an ein Mitglied der Gruppe</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Broker URL:</source>
        <translation>Broker-URL:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>Share group:</source>
        <translation>Freigabegruppe:</translation>
    </message>
    <message>
        <source>Devices seen over the brokers:</source>
        <translation>Über die Broker gesehene Geräte:</translation>
    </message>
    <message>
        <source>Devices publish on &lt;code&gt;hooksmith/&amp;lt;token&amp;gt;/signal/&amp;lt;number&amp;gt;&lt;/code&gt; (a JSON value); Pybytes boards of the workspace on &lt;code&gt;u&amp;lt;token&amp;gt;&lt;/code&gt;.</source>
        <translation>Geräte veröffentlichen auf &lt;code&gt;hooksmith/&amp;lt;token&amp;gt;/signal/&amp;lt;number&amp;gt;&lt;/code&gt; (ein JSON-Wert); Pybytes-Boards des Arbeitsbereichs auf &lt;code&gt;u&amp;lt;token&amp;gt;&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>in the keychain; type to replace it</source>
        <translation>im Schlüsselbund; tippen, um es zu ersetzen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Add the broker your devices publish to: its URL, and a user name and password when it asks for them.</source>
        <translation>Fügen Sie den Broker hinzu, an den Ihre Geräte veröffentlichen: seine URL, und Benutzername und Passwort, wenn er danach fragt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>hooksmith::Outbox</name>
    <message>
        <source>the outbox is not open</source>
        <translation>die Outbox ist nicht geöffnet</translation>
    </message>
    <message>
        <source>the outbox&apos;s write-ahead log has reached its limit of %1 MB and cannot be folded into the file (%2)</source>
        <translation>das Write-Ahead-Log der Outbox hat seine Grenze von %1 MB erreicht und kann nicht in die Datei übernommen werden (%2)</translation>
    </message>
    <message>
        <source>the disk that holds the outbox is full (%1 KB left, %2 KB are kept for recording what becomes of deliveries)</source>
        <translation>der Datenträger mit der Outbox ist voll (%1 KB frei, %2 KB sind reserviert, um festzuhalten, was aus Zustellungen wird)</translation>
    </message>
</context>
<context>
    <name>hooksmith::OutboxModel</name>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>%1
signal %2 from %3
accepted %4</source>
        <translation>%1
Signal %2 von %3
angenommen %4</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
</context>
<context>
    <name>hooksmith::OutboxPanel</name>
    <message>
        <source>(deleted webhook)</source>
        <translation>(gelöschter Webhook)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Attempt the selected deliveries now (failed ones get a new round of attempts)</source>
        <translation>Die ausgewählten Zustellungen jetzt versuchen (fehlgeschlagene bekommen eine neue Runde von Versuchen)</translation>
    </message>
    <message>
        <source>Remove the selected deliveries from the outbox without delivering them</source>
        <translation>Die ausgewählten Zustellungen aus der Outbox entfernen, ohne sie zuzustellen</translation>
    </message>
    <message>
        <source>The outbox opens after the window is shown.</source>
        <translation>Die Outbox wird geöffnet, nachdem das Fenster angezeigt wurde.</translation>
    </message>
    <message>
        <source>%1 pending, %2 failed</source>
        <translation>%1 ausstehend, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Select deliveries to retry or discard them.</source>
        <translation>Wählen Sie Zustellungen aus, um sie zu wiederholen oder zu verwerfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries selected</source>
        <translation>
            <numerusform>%n Zustellung ausgewählt</numerusform>
            <numerusform>%n Zustellungen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · signal %2, value %3 · accepted %4</source>
        <translation>%1 · Signal %2, Wert %3 · angenommen %4</translation>
    </message>
    <message numerus="yes">
        <source>Failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>Fehlgeschlagen nach %n Versuch: %1</numerusform>
            <numerusform>Fehlgeschlagen nach %n Versuchen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Letzter Versuch: %1</translation>
    </message>
    <message>
        <source>%1 pending (%2 queued behind others), %3 failed</source>
        <translation>%1 ausstehend (%2 hinter anderen eingereiht), %3 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>, %n parked</source>
        <translation>
            <numerusform>, %n zurückgestellt</numerusform>
            <numerusform>, %n zurückgestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Parked: %1. It is delivered when the webhook is back (enabled, or in the workspace again); Discard drops it.</source>
        <translation>Zurückgestellt: %1. Sie wird zugestellt, wenn der Webhook zurück ist (aktiviert, oder wieder im Arbeitsbereich); Verwerfen entfernt sie.</translation>
    </message>
    <message>
        <source>Queued behind an earlier signal of the same device to this webhook (delivery order: device).</source>
        <translation>Hinter einem früheren Signal desselben Geräts an diesen Webhook eingereiht (Zustellreihenfolge: Gerät).</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>Jetzt &amp;wiederholen</translation>
    </message>
    <message>
        <source>Retry &amp;all of this webhook</source>
        <translation>&amp;Alle dieses Webhooks wiederholen</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Once its configuration is fixed: attempt every delivery of the selected delivery&apos;s webhook now, failed ones included (a new round of attempts)</source>
        <translation>Sobald seine Konfiguration behoben ist: jede Zustellung des Webhooks der ausgewählten Zustellung jetzt versuchen, fehlgeschlagene eingeschlossen (eine neue Runde von Versuchen)</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) were being attempted and were not discarded: discard them once the attempt has ended.</source>
        <translation>
            <numerusform>%n Zustellung wurde gerade versucht und nicht verworfen: verwerfen Sie sie, sobald der Versuch beendet ist.</numerusform>
            <numerusform>%n Zustellungen wurden gerade versucht und nicht verworfen: verwerfen Sie sie, sobald der Versuch beendet ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hooksmith::PortListModel</name>
    <message>
        <source>Virtual device</source>
        <translation>Virtuelles Gerät</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Not present</source>
        <translation>Nicht vorhanden</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinde</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Waiting for the board</source>
        <translation>Warte auf das Board</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>USB id %1</source>
        <translation>USB-ID %1</translation>
    </message>
    <message>
        <source>Serial number %1</source>
        <translation>Seriennummer %1</translation>
    </message>
    <message>
        <source>generated signals</source>
        <translation>erzeugte Signale</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>von Hand hinzugefügt</translation>
    </message>
    <message>
        <source>(ask)</source>
        <translation>(fragen)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
</context>
<context>
    <name>hooksmith::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Each device in order</source>
        <translation>Jedes Gerät der Reihe nach</translation>
    </message>
    <message>
        <source>Any order, as many at once as possible</source>
        <translation>Beliebige Reihenfolge, so viele gleichzeitig wie möglich</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Requests to this computer (localhost, 127.0.0.1) never go through a manual proxy.</source>
        <translation>Anfragen an diesen Computer (localhost, 127.0.0.1) gehen nie über einen manuellen Proxy.</translation>
    </message>
    <message>
        <source>The password is kept in the keychain, never in the settings file.</source>
        <translation>Das Passwort wird im Schlüsselbund aufbewahrt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>There is no keychain: the password is kept for this session only.</source>
        <translation>Es gibt keinen Schlüsselbund: Das Passwort wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>Outbox folder</source>
        <translation>Ausgangsordner</translation>
    </message>
    <message>
        <source>The proxy password could not be read: %1</source>
        <translation>Das Proxy-Passwort konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A manual proxy needs a host: give its name or address, or choose another proxy setting.</source>
        <translation>Ein manueller Proxy braucht einen Host: Geben Sie seinen Namen oder seine Adresse an, oder wählen Sie eine andere Proxy-Einstellung.</translation>
    </message>
    <message>
        <source>Give only the proxy&apos;s host name or address (such as proxy.example.com), without http://, a path or a port: the port has a field of its own.</source>
        <translation>Geben Sie nur den Hostnamen oder die Adresse des Proxys an (etwa proxy.example.com), ohne http://, Pfad oder Port: Der Port hat ein eigenes Feld.</translation>
    </message>
</context>
<context>
    <name>hooksmith::PreviewPanel</name>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>auth</source>
        <translation>Auth</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>Signierung</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Hooksmith</source>
        <translation>Hooksmith</translation>
    </message>
    <message>
        <source>shaded lines are locked</source>
        <translation>schattierte Zeilen sind gesperrt</translation>
    </message>
    <message>
        <source>Select a webhook to see its request.</source>
        <translation>Wählen Sie einen Webhook, um seine Anfrage zu sehen.</translation>
    </message>
    <message>
        <source>No webhook selected</source>
        <translation>Kein Webhook ausgewählt</translation>
    </message>
    <message>
        <source>Reading secrets from the keychain…</source>
        <translation>Lese Geheimnisse aus dem Schlüsselbund…</translation>
    </message>
    <message>
        <source>Not set in this environment: %1. Sending needs it.</source>
        <translation>In dieser Umgebung nicht gesetzt: %1. Das Senden braucht es.</translation>
    </message>
    <message>
        <source>Secrets are shown. Turn Reveal off before sharing your screen.</source>
        <translation>Geheimnisse werden angezeigt. Schalten Sie Zeigen aus, bevor Sie Ihren Bildschirm teilen.</translation>
    </message>
    <message>
        <source>This request cannot be built</source>
        <translation>Diese Anfrage kann nicht gebaut werden</translation>
    </message>
    <message>
        <source>Select a webhook to send it.</source>
        <translation>Wählen Sie einen Webhook, um ihn zu senden.</translation>
    </message>
    <message>
        <source>Send this request once, as a test (Ctrl+Return)</source>
        <translation>Diese Anfrage einmal als Test senden (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cannot be sent: %1</source>
        <translation>Kann nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Refused, this request would not be sent: %1</source>
        <translation>Abgelehnt, diese Anfrage würde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Nothing copied: %1</source>
        <translation>Nichts kopiert: %1</translation>
    </message>
    <message>
        <source>Copied the curl command.</source>
        <translation>Der curl-Befehl wurde kopiert.</translation>
    </message>
    <message>
        <source>Copied the curl command; it reads %1 from the shell&apos;s environment.</source>
        <translation>Der curl-Befehl wurde kopiert; er liest %1 aus der Umgebung der Shell.</translation>
    </message>
    <message>
        <source>Not carried: %1.</source>
        <translation>Nicht übernommen: %1.</translation>
    </message>
</context>
<context>
    <name>hooksmith::ProblemsModel</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>hooksmith::RawReplUploader</name>
    <message>
        <source>there is no serial port to upload through</source>
        <translation>es gibt keinen seriellen Port zum Hochladen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file path on the board; give an absolute path such as %2</source>
        <translation>&quot;%1&quot; ist kein Dateipfad auf dem Board; geben Sie einen absoluten Pfad wie %2 an</translation>
    </message>
    <message>
        <source>there is nothing to upload</source>
        <translation>es gibt nichts hochzuladen</translation>
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation>kann %1 nicht verwenden: %2</translation>
    </message>
    <message>
        <source>the port is not open</source>
        <translation>der Port ist nicht geöffnet</translation>
    </message>
    <message>
        <source>the board went away during the upload (%1)</source>
        <translation>das Board ist während des Hochladens verschwunden (%1)</translation>
    </message>
    <message>
        <source>interrupting the running program</source>
        <translation>unterbreche das laufende Programm</translation>
    </message>
    <message>
        <source>entering the raw REPL</source>
        <translation>wechsle in das Raw-REPL</translation>
    </message>
    <message>
        <source>internal error: a statement with control characters was not sent</source>
        <translation>interner Fehler: eine Anweisung mit Steuerzeichen wurde nicht gesendet</translation>
    </message>
    <message>
        <source>internal error: an empty statement was not sent</source>
        <translation>interner Fehler: eine leere Anweisung wurde nicht gesendet</translation>
    </message>
    <message>
        <source>the board could not run a first statement:
%1</source>
        <translation>das Board konnte eine erste Anweisung nicht ausführen:
%1</translation>
    </message>
    <message>
        <source>checking %1 on the board failed:
%2</source>
        <translation>die Prüfung von %1 auf dem Board ist fehlgeschlagen:
%2</translation>
    </message>
    <message>
        <source>writing %1 on the board failed:
%2</source>
        <translation>das Schreiben von %1 auf das Board ist fehlgeschlagen:
%2</translation>
    </message>
    <message>
        <source>the board does not run MicroPython (it says &quot;%1&quot;)</source>
        <translation>auf dem Board läuft kein MicroPython (es sagt &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>schreibe %1</translation>
    </message>
    <message>
        <source>%1 on the board is not what was sent (size and checksum &quot;%2&quot;, expected &quot;%3&quot;); try again</source>
        <translation>%1 auf dem Board ist nicht das, was gesendet wurde (Größe und Prüfsumme &quot;%2&quot;, erwartet &quot;%3&quot;); versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>prüfe %1</translation>
    </message>
    <message>
        <source>cannot use %1: the port did not open (%2)</source>
        <translation>kann %1 nicht verwenden: der Port wurde nicht geöffnet (%2)</translation>
    </message>
    <message>
        <source>the board stopped answering in the raw REPL (no &quot;OK&quot; within %1 s)</source>
        <translation>das Board antwortet im Raw-REPL nicht mehr (kein &quot;OK&quot; innerhalb von %1 s)</translation>
    </message>
    <message>
        <source>the board did not finish a statement within %1 s</source>
        <translation>das Board hat eine Anweisung nicht innerhalb von %1 s beendet</translation>
    </message>
    <message>
        <source>no answer from the board on %1 within %2 s: is this the board&apos;s port, and is the board powered and not in firmware update mode?</source>
        <translation>keine Antwort vom Board an %1 innerhalb von %2 s: ist das der Port des Boards, und ist das Board eingeschaltet und nicht im Firmware-Update-Modus?</translation>
    </message>
    <message>
        <source>the board on %1 is busy: its program did not stop for the raw REPL; press the board&apos;s reset button and try again</source>
        <translation>das Board an %1 ist beschäftigt: sein Programm hat für das Raw-REPL nicht angehalten; drücken Sie die Reset-Taste des Boards und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the device on %1 answered, but not like MicroPython: &quot;%2&quot;</source>
        <translation>das Gerät an %1 hat geantwortet, aber nicht wie MicroPython: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>hooksmith::ReceivedRequestsModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>refused, %1</source>
        <translation>abgelehnt, %1</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>hooksmith::ReceiverLimitsDialog</name>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Receiver Limits</source>
        <translation>Grenzwerte des Empfängers</translation>
    </message>
    <message>
        <source>A request beyond a limit is answered with an error status and shown as refused.</source>
        <translation>Eine Anfrage über einem Grenzwert wird mit einem Fehlerstatus beantwortet und als abgelehnt angezeigt.</translation>
    </message>
    <message>
        <source>Request &amp;line (414 beyond):</source>
        <translation>&amp;Anfragezeile (darüber: 414):</translation>
    </message>
    <message>
        <source>&amp;Headers in all (431 beyond):</source>
        <translation>&amp;Header insgesamt (darüber: 431):</translation>
    </message>
    <message>
        <source>Header li&amp;nes (431 beyond):</source>
        <translation>Header-&amp;Zeilen (darüber: 431):</translation>
    </message>
    <message>
        <source>&amp;Body (413 beyond):</source>
        <translation>&amp;Body (darüber: 413):</translation>
    </message>
    <message>
        <source>&amp;Idle connection closed after (408):</source>
        <translation>Verbindung im &amp;Leerlauf schließen nach (408):</translation>
    </message>
    <message>
        <source>&amp;Connections at once (503 beyond):</source>
        <translation>&amp;Verbindungen gleichzeitig (darüber: 503):</translation>
    </message>
</context>
<context>
    <name>hooksmith::ReceiverPanel</name>
    <message>
        <source>&amp;Copy URL</source>
        <translation>URL &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Use for this webhook</source>
        <translation>Für diesen Webhook &amp;verwenden</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Point the selected webhook at the built-in receiver (Edit → Undo reverts it)</source>
        <translation>Den ausgewählten Webhook auf den eingebauten Empfänger richten (Bearbeiten → Rückgängig macht es rückgängig)</translation>
    </message>
    <message>
        <source>Received requests</source>
        <translation>Empfangene Anfragen</translation>
    </message>
    <message>
        <source>Built-in receiver: %1</source>
        <translation>Eingebauter Empfänger: %1</translation>
    </message>
    <message>
        <source>Use the built-in receiver</source>
        <translation>Den eingebauten Empfänger verwenden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now sends to %2</source>
        <translation>&quot;%1&quot; sendet jetzt an %2</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <source>Listening on %1. Requests sent there appear below.</source>
        <translation>Lausche auf %1. Dorthin gesendete Anfragen erscheinen unten.</translation>
    </message>
    <message>
        <source>Not listening: %1</source>
        <translation>Lauscht nicht: %1</translation>
    </message>
    <message>
        <source>Stopped. Start it to receive webhooks on this computer, without a network.</source>
        <translation>Gestoppt. Starten Sie ihn, um Webhooks auf diesem Rechner ohne Netzwerk zu empfangen.</translation>
    </message>
    <message>
        <source>No requests received yet</source>
        <translation>Noch keine Anfragen empfangen</translation>
    </message>
    <message>
        <source>Select a request</source>
        <translation>Wählen Sie eine Anfrage</translation>
    </message>
    <message>
        <source>%1 %2 from %3, %4, %5</source>
        <translation>%1 %2 von %3, %4, %5</translation>
    </message>
    <message>
        <source>signature valid</source>
        <translation>Signatur gültig</translation>
    </message>
    <message>
        <source>signature invalid: %1</source>
        <translation>Signatur ungültig: %1</translation>
    </message>
    <message>
        <source>&amp;Limits…</source>
        <translation>&amp;Grenzwerte…</translation>
    </message>
    <message>
        <source>Limits on requests: sizes, header lines, idle time and connections</source>
        <translation>Grenzwerte für Anfragen: Größen, Header-Zeilen, Leerlaufzeit und Verbindungen</translation>
    </message>
    <message>
        <source>Receiver limits changed</source>
        <translation>Grenzwerte des Empfängers geändert</translation>
    </message>
    <message>
        <source>refused with %1: %2</source>
        <translation>abgelehnt mit %1: %2</translation>
    </message>
    <message>
        <source>The built-in receiver now listens on %1</source>
        <translation>Der eingebaute Empfänger lauscht jetzt auf %1</translation>
    </message>
</context>
<context>
    <name>hooksmith::ResponsesModel</name>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>hooksmith::ResponsesPanel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Timing and TLS</source>
        <translation>Zeiten und TLS</translation>
    </message>
    <message>
        <source>No responses yet</source>
        <translation>Noch keine Antworten</translation>
    </message>
    <message>
        <source>Select a response</source>
        <translation>Wählen Sie eine Antwort</translation>
    </message>
    <message>
        <source>Send a webhook from the Preview tab; every attempt appears here.</source>
        <translation>Senden Sie einen Webhook aus dem Vorschau-Tab; jeder Versuch erscheint hier.</translation>
    </message>
    <message>
        <source>%1, attempt %2 of %3</source>
        <translation>%1, Versuch %2 von %3</translation>
    </message>
    <message numerus="yes">
        <source>Details are kept for the most recent %n attempt(s) only.</source>
        <translation>
            <numerusform>Details werden nur für den letzten %n Versuch behalten.</numerusform>
            <numerusform>Details werden nur für die letzten %n Versuche behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 received, first %2 kept</source>
        <translation>%1 empfangen, die ersten %2 behalten</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <source>next attempt at %1</source>
        <translation>nächster Versuch um %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Request sent: %1</source>
        <translation>Anfrage gesendet: %1</translation>
    </message>
    <message>
        <source>First byte: %1</source>
        <translation>Erstes Byte: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Remote address: %1</source>
        <translation>Entfernte Adresse: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>Redirects followed: %1</source>
        <translation>Gefolgte Weiterleitungen: %1</translation>
    </message>
    <message>
        <source>TLS: none (plain HTTP)</source>
        <translation>TLS: keines (einfaches HTTP)</translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <translation>TLS: %1, %2</translation>
    </message>
    <message>
        <source>Certificate subject: %1</source>
        <translation>Zertifikatsinhaber: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Gültig bis: %1</translation>
    </message>
    <message>
        <source>Waited for a connection: %1</source>
        <translation>Auf eine Verbindung gewartet: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the answer: the request is aborted</source>
        <translation>Nicht mehr auf die Antwort warten: die Anfrage wird abgebrochen</translation>
    </message>
    <message>
        <source>Sending &quot;%1&quot;… %2 s</source>
        <translation>Sende &quot;%1&quot;… %2 s</translation>
    </message>
    <message>
        <source>%1, test send (one attempt, not retried)</source>
        <translation>%1, Testsendung (ein Versuch, keine Wiederholung)</translation>
    </message>
</context>
<context>
    <name>hooksmith::Runtime</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>signal %1 from device %2 fired no webhook: %3 (further ones are counted, not shown)</source>
        <translation>Signal %1 von Gerät %2 hat keinen Webhook ausgelöst: %3 (weitere werden gezählt, nicht angezeigt)</translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot; was disabled: %2</source>
        <translation>Webhook &quot;%1&quot; wurde deaktiviert: %2</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was loaded, so it was not saved: set &quot;enabled&quot;: false on the webhook yourself (it stays disabled in this run)</source>
        <translation>%1 wurde seit dem Laden auf der Festplatte geändert und daher nicht gespeichert: setzen Sie &quot;enabled&quot;: false selbst im Webhook (er bleibt in diesem Lauf deaktiviert)</translation>
    </message>
    <message>
        <source>%1 cannot be read any more, so it was not saved: set &quot;enabled&quot;: false on the webhook yourself (it stays disabled in this run)</source>
        <translation>%1 kann nicht mehr gelesen werden und wurde daher nicht gespeichert: setzen Sie &quot;enabled&quot;: false selbst im Webhook (er bleibt in diesem Lauf deaktiviert)</translation>
    </message>
    <message>
        <source>%1 holds a secret written in the file, which saving would drop, so it was not saved: set &quot;enabled&quot;: false on the webhook yourself (it stays disabled in this run)</source>
        <translation>%1 enthält ein in der Datei geschriebenes Geheimnis, das beim Speichern verloren ginge, und wurde daher nicht gespeichert: setzen Sie &quot;enabled&quot;: false selbst im Webhook (er bleibt in diesem Lauf deaktiviert)</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1: saved the webhook as disabled</source>
        <translation>%1: Webhook als deaktiviert gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n more signal(s) could not be stored (%1 in all): %2</source>
        <translation>
            <numerusform>%n weiteres Signal konnte nicht gespeichert werden (%1 insgesamt): %2</numerusform>
            <numerusform>%n weitere Signale konnten nicht gespeichert werden (%1 insgesamt): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the outbox cannot record what became of deliveries (%1): they are kept in memory and written as soon as it can, and nothing new is sent until then</source>
        <translation>die Outbox kann nicht festhalten, was aus Zustellungen wurde (%1): dies wird im Speicher gehalten und geschrieben, sobald es geht, und bis dahin wird nichts Neues gesendet</translation>
    </message>
    <message>
        <source>the outbox records deliveries again</source>
        <translation>die Outbox zeichnet Zustellungen wieder auf</translation>
    </message>
    <message>
        <source>The outbox cannot be used (%1). Until Hooksmith closes, deliveries of this workspace are kept in memory only.</source>
        <translation>Die Outbox kann nicht verwendet werden (%1). Bis Hooksmith beendet wird, werden Zustellungen dieses Arbeitsbereichs nur im Speicher gehalten.</translation>
    </message>
    <message>
        <source>hooksmith-cli outbox cannot act on this outbox while it runs: %1</source>
        <translation>hooksmith-cli outbox kann nicht auf diese Outbox wirken, während sie läuft: %1</translation>
    </message>
    <message>
        <source>the outbox was still opening</source>
        <translation>die Outbox wurde noch geöffnet</translation>
    </message>
    <message>
        <source>the outbox stores deliveries again</source>
        <translation>die Outbox speichert wieder Zustellungen</translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) could not be stored and are lost: %1</source>
        <translation>
            <numerusform>%n Signal konnte nicht gespeichert werden und ist verloren: %1</numerusform>
            <numerusform>%n Signale konnten nicht gespeichert werden und sind verloren: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting for room in the outbox to store what was read (%n signal(s))</source>
        <translation>
            <numerusform>warte auf Platz in der Outbox, um das Gelesene zu speichern (%n Signal)</numerusform>
            <numerusform>warte auf Platz in der Outbox, um das Gelesene zu speichern (%n Signale)</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped before they could be stored</source>
        <translation>beendet, bevor sie gespeichert werden konnten</translation>
    </message>
    <message>
        <source>the webhook &quot;%1&quot; is disabled</source>
        <translation>der Webhook &quot;%1&quot; ist deaktiviert</translation>
    </message>
    <message>
        <source>the webhook &quot;%1&quot; is disabled: %2</source>
        <translation>der Webhook &quot;%1&quot; ist deaktiviert: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) for webhook %1 are parked: it is gone from the workspace or disabled; they are delivered when it is back</source>
        <translation>
            <numerusform>%n Zustellung für Webhook %1 ist zurückgestellt: er ist aus dem Arbeitsbereich verschwunden oder deaktiviert; sie wird zugestellt, wenn er zurück ist</numerusform>
            <numerusform>%n Zustellungen für Webhook %1 sind zurückgestellt: er ist aus dem Arbeitsbereich verschwunden oder deaktiviert; sie werden zugestellt, wenn er zurück ist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parked delivery(ies) for webhook %1 resumed</source>
        <translation>
            <numerusform>%n zurückgestellte Zustellung für Webhook %1 fortgesetzt</numerusform>
            <numerusform>%n zurückgestellte Zustellungen für Webhook %1 fortgesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) for webhook %1 are parked (%2): they wait until it is back; `hooksmith-cli outbox list --state parked` lists them, `outbox drop` removes them</source>
        <translation>
            <numerusform>%n Zustellung für Webhook %1 ist zurückgestellt (%2): sie wartet, bis er zurück ist; `hooksmith-cli outbox list --state parked` listet sie auf, `outbox drop` entfernt sie</numerusform>
            <numerusform>%n Zustellungen für Webhook %1 sind zurückgestellt (%2): sie warten, bis er zurück ist; `hooksmith-cli outbox list --state parked` listet sie auf, `outbox drop` entfernt sie</numerusform>
        </translation>
    </message>
    <message>
        <source>it is disabled</source>
        <translation>er ist deaktiviert</translation>
    </message>
    <message>
        <source>it is not in the workspace</source>
        <translation>er ist nicht im Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>hooksmith::SerialConsole</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Interrupt (Ctrl+C)</source>
        <translation>Unterbrechen (Ctrl+C)</translation>
    </message>
    <message>
        <source>Board output</source>
        <translation>Board-Ausgabe</translation>
    </message>
    <message>
        <source>A line for the board&apos;s REPL, e.g. import hooksmith</source>
        <translation>Eine Zeile für das REPL des Boards, z. B. import hooksmith</translation>
    </message>
    <message>
        <source>Sends Ctrl-C, which stops the board&apos;s running program</source>
        <translation>Sendet Ctrl-C, was das laufende Programm des Boards stoppt</translation>
    </message>
    <message>
        <source>Board:</source>
        <translation>Board:</translation>
    </message>
    <message>
        <source>Virtual device</source>
        <translation>Virtuelles Gerät</translation>
    </message>
</context>
<context>
    <name>hooksmith::SerialSignalSource</name>
    <message>
        <source>%1 is not there (unplugged?)</source>
        <translation>%1 ist nicht da (abgesteckt?)</translation>
    </message>
    <message>
        <source>%1 is in use by another program (close its serial terminal)</source>
        <translation>%1 wird von einem anderen Programm benutzt (schließen Sie dessen serielles Terminal)</translation>
    </message>
    <message>
        <source>no permission to open %1 (%2); add yourself to the &quot;dialout&quot; group and log in again</source>
        <translation>keine Berechtigung, %1 zu öffnen (%2); fügen Sie sich der Gruppe &quot;dialout&quot; hinzu und melden Sie sich neu an</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>kann %1 nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>opening %1 at %2</source>
        <translation>öffne %1 mit %2</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation>%1; neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>the board went away (%1); trying again in %2 s</source>
        <translation>das Board ist verschwunden (%1); neuer Versuch in %2 s</translation>
    </message>
</context>
<context>
    <name>hooksmith::SignalFilterModel</name>
    <message>
        <source>%1 (not defined)</source>
        <translation>%1 (nicht definiert)</translation>
    </message>
    <message>
        <source>Signal %1 fires this webhook when checked; with none checked, every signal does</source>
        <translation>Signal %1 löst diesen Webhook aus, wenn angehakt; ist keines angehakt, tut es jedes Signal</translation>
    </message>
    <message>
        <source>Change signal filter</source>
        <translation>Signalfilter ändern</translation>
    </message>
</context>
<context>
    <name>hooksmith::SignalMonitor</name>
    <message>
        <source>Define signal</source>
        <translation>Signal definieren</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>Name the selected signal and give its unit, for every device (F2 or a double-click in the Name column does the same)</source>
        <translation>Das ausgewählte Signal benennen und seine Einheit angeben, für jedes Gerät (F2 oder ein Doppelklick in der Spalte Name bewirkt dasselbe)</translation>
    </message>
    <message>
        <source>Follow the selected signals in the live chart</source>
        <translation>Die ausgewählten Signale im Live-Diagramm verfolgen</translation>
    </message>
    <message>
        <source>No signals yet: connect a board or the virtual device in the Devices panel.</source>
        <translation>Noch keine Signale: verbinden Sie ein Board oder das virtuelle Gerät im Bereich Geräte.</translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s)</source>
        <translation>
            <numerusform>%n Signal</numerusform>
            <numerusform>%n Signale</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fired no webhook</source>
        <translation>%1 lösten keinen Webhook aus</translation>
    </message>
    <message>
        <source>(%1 from devices no webhook is bound to)</source>
        <translation>(%1 von Geräten, an die kein Webhook gebunden ist)</translation>
    </message>
</context>
<context>
    <name>hooksmith::SignalMonitorModel</name>
    <message>
        <source>(unknown board)</source>
        <translation>(unbekanntes Board)</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n Webhook</numerusform>
            <numerusform>%n Webhooks</numerusform>
        </translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation>keiner: %1</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <source>Double-click to name signal %1 for every device of the workspace</source>
        <translation>Doppelklick, um Signal %1 für jedes Gerät des Arbeitsbereichs zu benennen</translation>
    </message>
    <message>
        <source>%1 of them fired no webhook</source>
        <translation>%1 davon lösten keinen Webhook aus</translation>
    </message>
    <message>
        <source>Define signal %1</source>
        <translation>Signal %1 definieren</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Fires</source>
        <translation>Löst aus</translation>
    </message>
</context>
<context>
    <name>hooksmith::SignalSource</name>
    <message>
        <source>the connection ended in the middle of a line, which was dropped</source>
        <translation>die Verbindung endete mitten in einer Zeile, die verworfen wurde</translation>
    </message>
</context>
<context>
    <name>hooksmith::SignalTableModel</name>
    <message>
        <source>The number the board passes to pybytes.send_signal() (0 to 254)</source>
        <translation>Die Nummer, die das Board an pybytes.send_signal() übergibt (0 bis 254)</translation>
    </message>
    <message>
        <source>Change signal number</source>
        <translation>Signalnummer ändern</translation>
    </message>
    <message>
        <source>Rename signal</source>
        <translation>Signal umbenennen</translation>
    </message>
    <message>
        <source>Change signal unit</source>
        <translation>Signaleinheit ändern</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Add signal</source>
        <translation>Signal hinzufügen</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
    <message>
        <source>Delete signal</source>
        <translation>Signal löschen</translation>
    </message>
</context>
<context>
    <name>hooksmith::StdinSource</name>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>file descriptor %1</source>
        <translation>Dateideskriptor %1</translation>
    </message>
    <message>
        <source>end of input</source>
        <translation>Ende der Eingabe</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>hooksmith::SystemdNotifier</name>
    <message>
        <source>NOTIFY_SOCKET is not set</source>
        <translation>NOTIFY_SOCKET ist nicht gesetzt</translation>
    </message>
    <message>
        <source>cannot notify systemd through %1: %2</source>
        <translation>kann systemd nicht über %1 benachrichtigen: %2</translation>
    </message>
</context>
<context>
    <name>hooksmith::TemplateHighlighter</name>
    <message>
        <source>Unknown preset</source>
        <translation>Unbekanntes Preset</translation>
    </message>
</context>
<context>
    <name>hooksmith::VirtualDevice</name>
    <message>
        <source>Virtual device</source>
        <translation>Virtuelles Gerät</translation>
    </message>
    <message>
        <source>%1 (virtual)</source>
        <translation>%1 (virtuell)</translation>
    </message>
    <message>
        <source>virtual device</source>
        <translation>virtuelles Gerät</translation>
    </message>
    <message>
        <source>start the virtual device before sending signals</source>
        <translation>starten Sie das virtuelle Gerät, bevor Sie Signale senden</translation>
    </message>
    <message>
        <source>the rate must be above 0 and at most 1000 signals per second</source>
        <translation>die Rate muss über 0 und höchstens 1000 Signale pro Sekunde sein</translation>
    </message>
    <message>
        <source>the period must be above 0 seconds</source>
        <translation>die Periode muss über 0 Sekunden sein</translation>
    </message>
    <message>
        <source>use 0 to 9 decimals</source>
        <translation>verwenden Sie 0 bis 9 Nachkommastellen</translation>
    </message>
</context>
<context>
    <name>hooksmith::VirtualDevicePanel</name>
    <message>
        <source>Virtual device</source>
        <translation>Virtuelles Gerät</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>23.5, &quot;door open&quot;, [1, 2, 3]</source>
        <translation>23.5, &quot;Tür offen&quot;, [1, 2, 3]</translation>
    </message>
    <message>
        <source>Sine</source>
        <translation>Sinus</translation>
    </message>
    <message>
        <source>Random walk</source>
        <translation>Zufallsbewegung</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Generator:</source>
        <translation>Generator:</translation>
    </message>
    <message>
        <source>Stop generator</source>
        <translation>Generator stoppen</translation>
    </message>
    <message>
        <source>Start generator</source>
        <translation>Generator starten</translation>
    </message>
    <message>
        <source>On signal:</source>
        <translation>Bei Signal:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Rate:</translation>
    </message>
    <message>
        <source>Centre:</source>
        <translation>Mitte:</translation>
    </message>
    <message>
        <source>Amplitude (±):</source>
        <translation>Amplitude (±):</translation>
    </message>
    <message>
        <source>Decimals:</source>
        <translation>Nachkommastellen:</translation>
    </message>
</context>
<context>
    <name>hooksmith::WebhookEditor</name>
    <message>
        <source>Turn webhook on</source>
        <translation>Webhook einschalten</translation>
    </message>
    <message>
        <source>Turn webhook off</source>
        <translation>Webhook ausschalten</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Turned off: %1</source>
        <translation>Ausgeschaltet: %1</translation>
    </message>
    <message>
        <source>Only enabled webhooks fire on signals</source>
        <translation>Nur aktivierte Webhooks werden bei Signalen ausgelöst</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>Custom body (%1)</source>
        <translation>Eigener Body (%1)</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Kein Body</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Unbekanntes Gerät</translation>
    </message>
</context>
<context>
    <name>hooksmith::WebhookListModel</name>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Turned off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>Turned off: %1</source>
        <translation>Ausgeschaltet: %1</translation>
    </message>
    <message>
        <source>Has problems: see the Problems list</source>
        <translation>Hat Probleme: siehe die Problemliste</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Turn webhook on</source>
        <translation>Webhook einschalten</translation>
    </message>
    <message>
        <source>Turn webhook off</source>
        <translation>Webhook ausschalten</translation>
    </message>
    <message>
        <source>Rename webhook</source>
        <translation>Webhook umbenennen</translation>
    </message>
</context>
<context>
    <name>hooksmith::WorkspaceDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Edit password</source>
        <translation>Passwort bearbeiten</translation>
    </message>
    <message>
        <source>Edit signing secret</source>
        <translation>Signiergeheimnis bearbeiten</translation>
    </message>
    <message>
        <source>no such webhook</source>
        <translation>kein solcher Webhook</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>signing secret</source>
        <translation>Signiergeheimnis</translation>
    </message>
    <message>
        <source>Edit environments</source>
        <translation>Umgebungen bearbeiten</translation>
    </message>
    <message>
        <source>the %1 could not be read from the keychain: %2</source>
        <translation>%1 konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>Change user id</source>
        <translation>Benutzer-ID ändern</translation>
    </message>
</context>
<context>
    <name>hooksmith::WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace Settings</source>
        <translation>Arbeitsbereichseinstellungen</translation>
    </message>
    <message>
        <source>for example alice</source>
        <translation>zum Beispiel alice</translation>
    </message>
    <message>
        <source>User id:</source>
        <translation>Benutzer-ID:</translation>
    </message>
    <message>
        <source>The user id is what the USER_ID preset sends. Secrets in the keychain are kept under it: when you change it, Hooksmith offers to move this workspace&apos;s passwords, signing secrets and secret variables to the new user id.</source>
        <translation>Die Benutzer-ID ist das, was das Preset USER_ID sendet. Geheimnisse im Schlüsselbund werden unter ihr aufbewahrt: wenn Sie sie ändern, bietet Hooksmith an, die Passwörter, Signiergeheimnisse und geheimen Variablen dieses Arbeitsbereichs zur neuen Benutzer-ID zu verschieben.</translation>
    </message>
    <message>
        <source>Looking in the keychain for the secrets kept under &quot;%1&quot;…</source>
        <translation>Suche im Schlüsselbund nach den Geheimnissen unter &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>The user id was not changed: %1. Try again, or cancel.</source>
        <translation>Die Benutzer-ID wurde nicht geändert: %1. Versuchen Sie es erneut, oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>Move Secrets</source>
        <translation>Geheimnisse verschieben</translation>
    </message>
    <message numerus="yes">
        <source>The keychain holds %n secret(s) of this workspace under the user id &quot;%1&quot;. Move them to &quot;%2&quot;?</source>
        <translation>
            <numerusform>Der Schlüsselbund enthält %n Geheimnis dieses Arbeitsbereichs unter der Benutzer-ID &quot;%1&quot;. Nach &quot;%2&quot; verschieben?</numerusform>
            <numerusform>Der Schlüsselbund enthält %n Geheimnisse dieses Arbeitsbereichs unter der Benutzer-ID &quot;%1&quot;. Nach &quot;%2&quot; verschieben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Left under &quot;%1&quot;, they are not used by this workspace any more, and have to be set again.</source>
        <translation>Unter &quot;%1&quot; belassen, werden sie von diesem Arbeitsbereich nicht mehr verwendet und müssen neu gesetzt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n other secret(s) are kept under &quot;%1&quot; already: those stay as they are.</source>
        <translation>
            <numerusform>%n anderes Geheimnis liegt bereits unter &quot;%1&quot;: es bleibt, wie es ist.</numerusform>
            <numerusform>%n andere Geheimnisse liegen bereits unter &quot;%1&quot;: sie bleiben, wie sie sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move Secrets</source>
        <translation>Geheimnisse &amp;verschieben</translation>
    </message>
    <message>
        <source>&amp;Leave Them</source>
        <translation>&amp;Belassen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, test and run webhooks fired by your devices.</source>
        <translation>Webhooks entwerfen, testen und ausführen, ausgelöst durch Ihre Geräte.</translation>
    </message>
    <message>
        <source>Open the bundled demo workspace.</source>
        <translation>Den mitgelieferten Demo-Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>A workspace file to open.</source>
        <translation>Eine zu öffnende Arbeitsbereichsdatei.</translation>
    </message>
</context>
</TS>

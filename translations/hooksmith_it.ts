<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AuthSection</name>
    <message>
        <source>Authentication</source>
        <translation>Autenticazione</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Authentication type</source>
        <translation>Tipo di autenticazione</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nome &amp;utente</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Mostra la password</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostra password</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>S&amp;cheme</source>
        <translation>S&amp;chema</translation>
    </message>
    <message>
        <source>Signing scheme</source>
        <translation>Schema di firma</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Segreto di firma</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Mostra il segreto</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Mostra segreto</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Segreto</translation>
    </message>
</context>
<context>
    <name>BindingSection</name>
    <message>
        <source>Devices and signals</source>
        <translation>Dispositivi e segnali</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>Signals from checked devices fire this webhook.</source>
        <translation>I segnali dei dispositivi selezionati attivano questo webhook.</translation>
    </message>
    <message>
        <source>Bound devices</source>
        <translation>Dispositivi associati</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Segnali</translation>
    </message>
    <message>
        <source>Signals that fire this webhook</source>
        <translation>Segnali che attivano questo webhook</translation>
    </message>
    <message>
        <source>Signal number to add</source>
        <translation>Numero di segnale da aggiungere</translation>
    </message>
    <message>
        <source>Add &amp;number</source>
        <translation>Aggiungi &amp;numero</translation>
    </message>
</context>
<context>
    <name>BoardCatalog</name>
    <message>
        <source>in firmware update mode</source>
        <translation>in modalità aggiornamento firmware</translation>
    </message>
    <message>
        <source>Expansion Board 2.0</source>
        <translation>Expansion Board 2.0</translation>
    </message>
    <message>
        <source>FTDI adapter</source>
        <translation>Adattatore FTDI</translation>
    </message>
    <message>
        <source>CP210x adapter</source>
        <translation>Adattatore CP210x</translation>
    </message>
    <message>
        <source>CH34x adapter</source>
        <translation>Adattatore CH34x</translation>
    </message>
    <message>
        <source>possible board</source>
        <translation>possibile scheda</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>non presente</translation>
    </message>
    <message>
        <source>pseudo-terminal %1</source>
        <translation>pseudo-terminale %1</translation>
    </message>
    <message>
        <source>link to %1</source>
        <translation>collegamento a %1</translation>
    </message>
    <message>
        <source>several boards are connected (%1); choose one with --serial PORT</source>
        <translation>sono collegate più schede (%1); sceglierne una con --serial PORT</translation>
    </message>
    <message>
        <source>the board on %1 is in firmware update mode; unplug it and plug it in again without holding the button</source>
        <translation>la scheda su %1 è in modalità aggiornamento firmware; scollegarla e ricollegarla senza tenere premuto il pulsante</translation>
    </message>
    <message>
        <source>no Pycom board or USB serial adapter is connected; run &quot;hooksmith-cli ports&quot; to see the serial ports</source>
        <translation>nessuna scheda Pycom o adattatore seriale USB collegato; eseguire &quot;hooksmith-cli ports&quot; per vedere le porte seriali</translation>
    </message>
</context>
<context>
    <name>BodySection</name>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Body definition</source>
        <translation>Definizione del corpo</translation>
    </message>
    <message>
        <source>Each row becomes one parameter. Check &quot;Preset&quot; to send a preset with its own type (a number stays a number).</source>
        <translation>Ogni riga diventa un parametro. Selezionare &quot;Preset&quot; per inviare un preset con il suo tipo (un numero resta un numero).</translation>
    </message>
    <message>
        <source>Body parameters</source>
        <translation>Parametri del corpo</translation>
    </message>
    <message>
        <source>&amp;Add parameter</source>
        <translation>&amp;Aggiungi parametro</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Aggiungi parametro</translation>
    </message>
    <message>
        <source>Pybytes &amp;defaults</source>
        <translation>Valori pre&amp;definiti Pybytes</translation>
    </message>
    <message>
        <source>Replace the rows with deviceToken, event, signal and payload</source>
        <translation>Sostituisci le righe con deviceToken, event, signal e payload</translation>
    </message>
    <message>
        <source>&amp;Content type</source>
        <translation>&amp;Content type</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Content type</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>C&amp;orpo</translation>
    </message>
    <message>
        <source>Custom body</source>
        <translation>Corpo personalizzato</translation>
    </message>
    <message>
        <source>Your own body. Type {{ to insert a preset.</source>
        <translation>Il proprio corpo. Digitare {{ per inserire un preset.</translation>
    </message>
    <message>
        <source>This request has no body. POST, PUT and PATCH send Content-Length: 0.</source>
        <translation>Questa richiesta non ha corpo. POST, PUT e PATCH inviano Content-Length: 0.</translation>
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
            <numerusform>… %n altro byte</numerusform>
            <numerusform>… altri %n byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatchCommand</name>
    <message>
        <source>Receive webhooks on 127.0.0.1 and print each request as a JSON line.</source>
        <translation>Riceve webhook su 127.0.0.1 e stampa ogni richiesta come riga JSON.</translation>
    </message>
    <message>
        <source>The port to listen on (default: one chosen by the system).</source>
        <translation>La porta su cui ascoltare (predefinita: una scelta dal sistema).</translation>
    </message>
    <message>
        <source>The HTTP status of every reply, 200 to 599 (default: 200).</source>
        <translation>Lo stato HTTP di ogni risposta, da 200 a 599 (predefinito: 200).</translation>
    </message>
    <message>
        <source>Wait this many milliseconds before each reply (default: 0).</source>
        <translation>Attende questi millisecondi prima di ogni risposta (predefinito: 0).</translation>
    </message>
    <message>
        <source>Check Standard Webhooks signatures with this secret (whsec_...; several separated by spaces).</source>
        <translation>Verifica le firme Standard Webhooks con questo segreto (whsec_...; più segreti separati da spazi).</translation>
    </message>
    <message>
        <source>hooksmith-cli catch: unexpected argument &quot;%1&quot;; see &quot;hooksmith-cli catch --help&quot;</source>
        <translation>hooksmith-cli catch: argomento inatteso &quot;%1&quot;; vedere &quot;hooksmith-cli catch --help&quot;</translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port number (0 to 65535)</source>
        <translation>--port: &quot;%1&quot; non è un numero di porta (da 0 a 65535)</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not an HTTP status from 200 to 599</source>
        <translation>--status: &quot;%1&quot; non è uno stato HTTP da 200 a 599</translation>
    </message>
    <message>
        <source>--delay: &quot;%1&quot; is not a number of milliseconds</source>
        <translation>--delay: &quot;%1&quot; non è un numero di millisecondi</translation>
    </message>
    <message>
        <source>Listening on %1; press Ctrl+C to stop.</source>
        <translation>In ascolto su %1; premere Ctrl+C per fermare.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n request(s).</source>
        <translation>
            <numerusform>Fermato dopo %n richiesta.</numerusform>
            <numerusform>Fermato dopo %n richieste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listens on 127.0.0.1 and prints one JSON object per request on standard output: time, method, path, query, headers, body (text, or base64 when it is not UTF-8) and, with --secret, whether the Standard Webhooks signature is valid. A request refused for a limit, malformed HTTP or an idle connection is printed too, with &quot;refused&quot;: {&quot;status&quot;:CODE,&quot;reason&quot;:TEXT}. The first line gives the address: {&quot;listening&quot;:URL,&quot;port&quot;:PORT}. Runs until interrupted (Ctrl+C or SIGTERM), then exits with 0.</source>
        <translation>Resta in ascolto su 127.0.0.1 e stampa un oggetto JSON per richiesta sullo standard output: ora, metodo, percorso, query, header, corpo (testo, o base64 se non è UTF-8) e, con --secret, se la firma Standard Webhooks è valida. Anche una richiesta rifiutata per un limite, per HTTP malformato o per una connessione inattiva viene stampata, con &quot;refused&quot;: {&quot;status&quot;:CODE,&quot;reason&quot;:TEXT}. La prima riga indica l&apos;indirizzo: {&quot;listening&quot;:URL,&quot;port&quot;:PORT}. Resta in esecuzione finché non viene interrotto (Ctrl+C o SIGTERM), poi esce con 0.</translation>
    </message>
    <message>
        <source>Refuse a request body larger than SIZE with 413 (bytes, or with K, M or G; default: 16M).</source>
        <translation>Rifiuta con 413 un corpo della richiesta più grande di SIZE (byte, o con K, M o G; predefinito: 16M).</translation>
    </message>
    <message>
        <source>Refuse request headers larger than SIZE in all with 431 (default: 64K).</source>
        <translation>Rifiuta con 431 header della richiesta più grandi di SIZE in totale (predefinito: 64K).</translation>
    </message>
    <message>
        <source>Refuse a request line longer than SIZE with 414 (default: 8K).</source>
        <translation>Rifiuta con 414 una riga di richiesta più lunga di SIZE (predefinito: 8K).</translation>
    </message>
    <message>
        <source>Refuse a request with more than N header lines with 431 (default: %1).</source>
        <translation>Rifiuta con 431 una richiesta con più di N righe di header (predefinito: %1).</translation>
    </message>
    <message>
        <source>Answer 408 and close a connection that sends nothing for SECONDS (default: %1).</source>
        <translation>Risponde 408 e chiude una connessione che non invia nulla per SECONDS (predefinito: %1).</translation>
    </message>
    <message>
        <source>Answer 503 to connections beyond N open at once (default: %1).</source>
        <translation>Risponde 503 alle connessioni oltre N aperte contemporaneamente (predefinito: %1).</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a size from 1 byte to %3 (a number of bytes, or with K, M or G)</source>
        <translation>--%1: &quot;%2&quot; non è una dimensione da 1 byte a %3 (un numero di byte, o con K, M o G)</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from 1 to %3</source>
        <translation>--%1: &quot;%2&quot; non è un numero intero da 1 a %3</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: hooksmith-cli COMMAND [options]</source>
        <translation>Uso: hooksmith-cli COMANDO [opzioni]</translation>
    </message>
    <message>
        <source>Design, test and run webhooks fired by device signals.</source>
        <translation>Progetta, verifica ed esegue webhook attivati dai segnali dei dispositivi.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <source>Run &quot;hooksmith-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Eseguire &quot;hooksmith-cli COMANDO --help&quot; per le opzioni di un comando.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 a delivery failed, 2 bad input or usage.</source>
        <translation>Codici di uscita: 0 successo, 1 una consegna non è riuscita, 2 input o uso errato.</translation>
    </message>
    <message>
        <source>hooksmith-cli: unknown command &quot;%1&quot;; run &quot;hooksmith-cli --help&quot; for the list</source>
        <translation>hooksmith-cli: comando sconosciuto &quot;%1&quot;; eseguire &quot;hooksmith-cli --help&quot; per l&apos;elenco</translation>
    </message>
</context>
<context>
    <name>CliDelivery</name>
    <message>
        <source>Attempts in all (default: the webhook&apos;s max_attempts).</source>
        <translation>Tentativi in totale (predefinito: max_attempts del webhook).</translation>
    </message>
    <message>
        <source>Delays before each attempt, e.g. 0,5s,5m,30m,2h (default: %1).</source>
        <translation>Attese prima di ogni tentativo, ad es. 0,5s,5m,30m,2h (predefinito: %1).</translation>
    </message>
    <message>
        <source>Per-attempt timeout in milliseconds (default: the webhook&apos;s timeout_ms).</source>
        <translation>Timeout per tentativo in millisecondi (predefinito: timeout_ms del webhook).</translation>
    </message>
    <message>
        <source>hooksmith-cli %1: --%2: &quot;%3&quot; is not a number from 1 to %4</source>
        <translation>hooksmith-cli %1: --%2: &quot;%3&quot; non è un numero da 1 a %4</translation>
    </message>
    <message>
        <source>hooksmith-cli %1: --retry-schedule: %2</source>
        <translation>hooksmith-cli %1: --retry-schedule: %2</translation>
    </message>
    <message>
        <source>Attempts under way at once (default: 24).</source>
        <translation>Tentativi contemporanei (predefinito: 24).</translation>
    </message>
</context>
<context>
    <name>CliSecrets</name>
    <message>
        <source>On a machine without a keychain, give secrets in the workspace file as {{env:NAME}} and set the environment variable NAME.</source>
        <translation>Su una macchina senza portachiavi, indicare i segreti nel file dell&apos;area di lavoro come {{env:NAME}} e impostare la variabile d&apos;ambiente NAME.</translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <source>Show this help.</source>
        <translation>Mostra questo aiuto.</translation>
    </message>
    <message>
        <source>Usage: hooksmith-cli %1 %2</source>
        <translation>Uso: hooksmith-cli %1 %2</translation>
    </message>
    <message>
        <source>hooksmith-cli %1: %2; see &quot;hooksmith-cli %1 --help&quot;</source>
        <translation>hooksmith-cli %1: %2; vedere &quot;hooksmith-cli %1 --help&quot;</translation>
    </message>
    <message>
        <source>no webhook named &quot;%1&quot;: the workspace has no webhooks</source>
        <translation>nessun webhook chiamato &quot;%1&quot;: l&apos;area di lavoro non ha webhook</translation>
    </message>
    <message>
        <source>no webhook named &quot;%1&quot; (the workspace has %2)</source>
        <translation>nessun webhook chiamato &quot;%1&quot; (l&apos;area di lavoro ha %2)</translation>
    </message>
    <message>
        <source>no device named &quot;%1&quot; or with that token</source>
        <translation>nessun dispositivo chiamato &quot;%1&quot; o con quel token</translation>
    </message>
    <message>
        <source>-s: &quot;%1&quot; is not a signal number (0 to 254)</source>
        <translation>-s: &quot;%1&quot; non è un numero di segnale (da 0 a 254)</translation>
    </message>
    <message>
        <source>The environment whose {{var:NAME}} variables apply (default: the workspace&apos;s first environment).</source>
        <translation>L&apos;ambiente le cui variabili {{var:NAME}} si applicano (predefinito: il primo ambiente dell&apos;area di lavoro).</translation>
    </message>
    <message>
        <source>--env: no environment named &quot;%1&quot;: the workspace has no environments</source>
        <translation>--env: nessun ambiente chiamato &quot;%1&quot;: l&apos;area di lavoro non ha ambienti</translation>
    </message>
    <message>
        <source>--env: no environment named &quot;%1&quot; (the workspace has %2)</source>
        <translation>--env: nessun ambiente chiamato &quot;%1&quot; (l&apos;area di lavoro ha %2)</translation>
    </message>
</context>
<context>
    <name>CurlImport</name>
    <message>
        <source>argument %1 &quot;%2&quot; (line %3, column %4)</source>
        <translation>argomento %1 &quot;%2&quot; (riga %3, colonna %4)</translation>
    </message>
    <message>
        <source>argument %1 (the user and password)</source>
        <translation>argomento %1 (utente e password)</translation>
    </message>
    <message>
        <source>%1: headers read from a file (%2) cannot be imported; paste them as -H options</source>
        <translation>%1: gli header letti da un file (%2) non possono essere importati; incollarli come opzioni -H</translation>
    </message>
    <message>
        <source>%1: a header is written &quot;Name: value&quot;</source>
        <translation>%1: un header si scrive &quot;Nome: valore&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2:&quot; removes a header curl adds, and Hooksmith does not send it either</source>
        <translation>%1: &quot;%2:&quot; rimuove un header che curl aggiunge, e nemmeno Hooksmith lo invia</translation>
    </message>
    <message>
        <source>%1: %2 reads the body from a file (%3), which cannot be imported; paste the content with --data-raw</source>
        <translation>%1: %2 legge il corpo da un file (%3), che non può essere importato; incollare il contenuto con --data-raw</translation>
    </message>
    <message>
        <source>%1: --data-urlencode reads a file (%2), which cannot be imported; paste the content as name=content</source>
        <translation>%1: --data-urlencode legge un file (%2), che non può essere importato; incollare il contenuto come nome=contenuto</translation>
    </message>
    <message>
        <source>%1: --json reads the body from a file (%2), which cannot be imported; paste the JSON itself</source>
        <translation>%1: --json legge il corpo da un file (%2), che non può essere importato; incollare il JSON stesso</translation>
    </message>
    <message>
        <source>%1: -b without &quot;=&quot; reads cookies from a file, which cannot be imported; write them as -b &apos;name=value&apos;</source>
        <translation>%1: -b senza &quot;=&quot; legge i cookie da un file, che non può essere importato; scriverli come -b &apos;name=value&apos;</translation>
    </message>
    <message>
        <source>%1: a second URL; import one request at a time</source>
        <translation>%1: un secondo URL; importare una richiesta alla volta</translation>
    </message>
    <message>
        <source>%1: the time limit is a number of seconds</source>
        <translation>%1: il limite di tempo è un numero di secondi</translation>
    </message>
    <message>
        <source>%1: %2 sends multipart/form-data, which Hooksmith does not send; use -d name=value (form) or --json instead</source>
        <translation>%1: %2 invia multipart/form-data, che Hooksmith non invia; usare invece -d name=value (modulo) o --json</translation>
    </message>
    <message>
        <source>%1: %2 uploads a file, which cannot be imported; paste the content with --data-raw</source>
        <translation>%1: %2 carica un file, che non può essere importato; incollare il contenuto con --data-raw</translation>
    </message>
    <message>
        <source>%1: %2 reads options from a file, which cannot be imported; paste them</source>
        <translation>%1: %2 legge le opzioni da un file, che non può essere importato; incollarle</translation>
    </message>
    <message>
        <source>%1: %2 authentication is not supported; Hooksmith has basic authentication (-u) and your own headers (-H &apos;Authorization: ...&apos;)</source>
        <translation>%1: l&apos;autenticazione %2 non è supportata; Hooksmith offre l&apos;autenticazione basic (-u) e header propri (-H &apos;Authorization: ...&apos;)</translation>
    </message>
    <message>
        <source>the command line is empty; paste a curl command</source>
        <translation>la riga di comando è vuota; incollare un comando curl</translation>
    </message>
    <message>
        <source>the command starts with &quot;%1&quot;, not curl; paste a curl command</source>
        <translation>il comando inizia con &quot;%1&quot;, non con curl; incollare un comando curl</translation>
    </message>
    <message>
        <source>%1: curl does not take --option=value; write &quot;--%2 %3&quot;</source>
        <translation>%1: curl non accetta --option=valore; scrivere &quot;--%2 %3&quot;</translation>
    </message>
    <message>
        <source>%1: unknown curl option %2</source>
        <translation>%1: opzione di curl sconosciuta %2</translation>
    </message>
    <message>
        <source>%1: %2 needs a value</source>
        <translation>%1: %2 richiede un valore</translation>
    </message>
    <message>
        <source>%1: unknown curl option -%2</source>
        <translation>%1: opzione di curl sconosciuta -%2</translation>
    </message>
    <message>
        <source>the curl command has no URL</source>
        <translation>il comando curl non ha un URL</translation>
    </message>
    <message>
        <source>%1: the URL has no scheme; curl would use http://, and so does the webhook</source>
        <translation>%1: l&apos;URL non ha uno schema; curl userebbe http://, e così fa anche il webhook</translation>
    </message>
    <message>
        <source>options that do not change the request were ignored: %1</source>
        <translation>le opzioni che non cambiano la richiesta sono state ignorate: %1</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>la richiesta</translation>
    </message>
    <message>
        <source>%1: %2 @- reads the body from standard input, which cannot be imported; paste the content with --data-raw</source>
        <translation>%1: %2 @- legge il body dallo standard input, che non può essere importato; incollare il contenuto con --data-raw</translation>
    </message>
    <message>
        <source>the text piped into curl</source>
        <translation>il testo passato a curl tramite pipe</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>riga %1, colonna %2</translation>
    </message>
    <message>
        <source>%1: only printf &apos;%s&apos; TEXT may be piped into curl</source>
        <translation>%1: solo printf &apos;%s&apos; TESTO può essere passato a curl tramite pipe</translation>
    </message>
    <message>
        <source>%1: the script sets %2 from what the shell expands; write its value out</source>
        <translation>%1: lo script imposta %2 da ciò che la shell espande; scriverne il valore per esteso</translation>
    </message>
    <message>
        <source>%1: the script sets %2, which the webhook fills from each signal as a preset</source>
        <translation>%1: lo script imposta %2, che il webhook riempie da ogni segnale come preset</translation>
    </message>
    <message>
        <source>%1: the script runs &quot;%2&quot; before curl, which cannot be imported; paste the curl command alone</source>
        <translation>%1: lo script esegue &quot;%2&quot; prima di curl, che non può essere importato; incollare solo il comando curl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at line %2, column %3 ends the curl command or redirects it; paste the curl command alone</source>
        <translation>&quot;%1&quot; alla riga %2, colonna %3 termina il comando curl o lo reindirizza; incollare solo il comando curl</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importato</translation>
    </message>
    <message>
        <source>%1: the number of retries is a whole number from 0 to 99</source>
        <translation>%1: il numero di ripetizioni è un numero intero da 0 a 99</translation>
    </message>
</context>
<context>
    <name>DeliveryLog</name>
    <message>
        <source>attempt %1 of %2</source>
        <translation>tentativo %1 di %2</translation>
    </message>
    <message>
        <source>delivered: %1 (%2, %3 ms)</source>
        <translation>consegnato: %1 (%2, %3 ms)</translation>
    </message>
    <message>
        <source>retrying now</source>
        <translation>nuovo tentativo ora</translation>
    </message>
    <message>
        <source>next in %1 (as Retry-After asked)</source>
        <translation>prossimo tra %1 (come richiesto da Retry-After)</translation>
    </message>
    <message>
        <source>next in %1</source>
        <translation>prossimo tra %1</translation>
    </message>
    <message>
        <source>%1 failed: %2; %3</source>
        <translation>%1 non riuscito: %2; %3</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>non riuscito: %1</translation>
    </message>
    <message>
        <source>%1 -&gt; &quot;%2&quot; (signal %3 from %4)</source>
        <translation>%1 -&gt; &quot;%2&quot; (segnale %3 da %4)</translation>
    </message>
</context>
<context>
    <name>DeliverySection</name>
    <message>
        <source>Delivery</source>
        <translation>Consegna</translation>
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
        <translation>Timeout per tentativo</translation>
    </message>
    <message>
        <source>How long one attempt may take</source>
        <translation>Quanto può durare un tentativo</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>Te&amp;ntativi</translation>
    </message>
    <message>
        <source>Attempts in total</source>
        <translation>Tentativi in totale</translation>
    </message>
    <message>
        <source>Attempts in total; 1 means no retry</source>
        <translation>Tentativi in totale; 1 significa nessun nuovo tentativo</translation>
    </message>
    <message>
        <source>&amp;Pinned certificate</source>
        <translation>Certificato f&amp;issato</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, for self-signed servers</source>
        <translation>Impronta SHA-256, per server autofirmati</translation>
    </message>
    <message>
        <source>Pinned certificate SHA-256</source>
        <translation>SHA-256 del certificato fissato</translation>
    </message>
    <message>
        <source>&amp;CA file</source>
        <translation>File &amp;CA</translation>
    </message>
    <message>
        <source>Extra certificate authorities (PEM)</source>
        <translation>Autorità di certificazione aggiuntive (PEM)</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>File CA</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>S&amp;foglia…</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Scegli un file CA</translation>
    </message>
    <message>
        <source>Or&amp;der</source>
        <translation>&amp;Ordine</translation>
    </message>
    <message>
        <source>Delivery order</source>
        <translation>Ordine di consegna</translation>
    </message>
    <message>
        <source>Each device in order: one request per device to this webhook at a time, in the order the board sent its signals; a retry holds back that device&apos;s later signals, and one device&apos;s rate is bounded by the server&apos;s round trip. Any order: as many at once as the engine allows.</source>
        <translation>Ogni dispositivo in ordine: una richiesta per dispositivo alla volta verso questo webhook, nell&apos;ordine in cui la scheda ha inviato i segnali; un nuovo tentativo trattiene i segnali successivi di quel dispositivo, e la frequenza di un dispositivo è limitata dal tempo di risposta del server. Qualsiasi ordine: tante richieste contemporanee quante il motore ne consente.</translation>
    </message>
    <message>
        <source>Each device in order</source>
        <translation>Ogni dispositivo in ordine</translation>
    </message>
    <message>
        <source>Any order, as many at once as possible</source>
        <translation>Qualsiasi ordine, il più possibile in parallelo</translation>
    </message>
    <message>
        <source>Fo&amp;llow redirects</source>
        <translation>&amp;Segui i reindirizzamenti</translation>
    </message>
</context>
<context>
    <name>EnvReferences</name>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>la variabile d&apos;ambiente %1 non è impostata</translation>
    </message>
    <message>
        <source>the variable %1 of environment &quot;%2&quot; reads the environment variable %3, which is not set</source>
        <translation>la variabile %1 dell&apos;ambiente &quot;%2&quot; legge la variabile d&apos;ambiente %3, che non è impostata</translation>
    </message>
    <message>
        <source>{{var:%1}} needs an environment, and the workspace has none: add one with the variable %1</source>
        <translation>{{var:%1}} richiede un ambiente, e l&apos;area di lavoro non ne ha: aggiungerne uno con la variabile %1</translation>
    </message>
    <message>
        <source>the environment &quot;%1&quot; does not exist (the workspace has %2)</source>
        <translation>l&apos;ambiente &quot;%1&quot; non esiste (l&apos;area di lavoro ha %2)</translation>
    </message>
    <message>
        <source>the variable %1 is not defined in the environment &quot;%2&quot;</source>
        <translation>la variabile %1 non è definita nell&apos;ambiente &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>hooksmith-cli export: cannot write %1: %2</source>
        <translation>hooksmith-cli export: impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Export webhooks for a server or for another tool (curl, HTTPie, Postman, Bruno, Node-RED).</source>
        <translation>Esporta i webhook per un server o per un altro strumento (curl, HTTPie, Postman, Bruno, Node-RED).</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Il file dell&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>A webhook, by name or id (repeat it for several).</source>
        <translation>Un webhook, per nome o id (ripeterlo per più webhook).</translation>
    </message>
    <message>
        <source>Every webhook of the workspace.</source>
        <translation>Tutti i webhook dell&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>The format: %1.</source>
        <translation>Il formato: %1.</translation>
    </message>
    <message>
        <source>The file (or directory, for server and several Bruno requests) to create; it must not exist. Default: standard output.</source>
        <translation>Il file (o la directory, per server e più richieste Bruno) da creare; non deve esistere. Predefinito: standard output.</translation>
    </message>
    <message>
        <source>hooksmith-cli export: give exactly one WORKSPACE file</source>
        <translation>hooksmith-cli export: indicare esattamente un file AREA_DI_LAVORO</translation>
    </message>
    <message>
        <source>hooksmith-cli export: --to FORMAT is required (%1)</source>
        <translation>hooksmith-cli export: --to FORMAT è obbligatorio (%1)</translation>
    </message>
    <message>
        <source>hooksmith-cli export: unknown format &quot;%1&quot; (known: %2)</source>
        <translation>hooksmith-cli export: formato sconosciuto &quot;%1&quot; (noti: %2)</translation>
    </message>
    <message>
        <source>hooksmith-cli export: -s and -v go together: give both to fill the presets, or neither to leave them as variables</source>
        <translation>hooksmith-cli export: -s e -v vanno insieme: indicarli entrambi per riempire i preset, o nessuno dei due per lasciarli come variabili</translation>
    </message>
    <message>
        <source>hooksmith-cli export: choose the webhook with -w WEBHOOK (or --all)</source>
        <translation>hooksmith-cli export: scegliere il webhook con -w WEBHOOK (o --all)</translation>
    </message>
    <message>
        <source>%1: the workspace has no webhook to export</source>
        <translation>%1: l&apos;area di lavoro non ha alcun webhook da esportare</translation>
    </message>
    <message>
        <source>hooksmith-cli export: %1 exports one webhook at a time (server, postman, bruno and node-red take several)</source>
        <translation>hooksmith-cli export: %1 esporta un webhook alla volta (server, postman, bruno e node-red ne accettano più di uno)</translation>
    </message>
    <message>
        <source>hooksmith-cli export: warning: %1</source>
        <translation>hooksmith-cli export: avviso: %1</translation>
    </message>
    <message>
        <source>hooksmith-cli export: %1 writes a directory: name it with -o DIR</source>
        <translation>hooksmith-cli export: %1 scrive una directory: indicarne il nome con -o DIR</translation>
    </message>
    <message>
        <source>hooksmith-cli export: %1 exists; choose a new directory</source>
        <translation>hooksmith-cli export: %1 esiste; scegliere una nuova directory</translation>
    </message>
    <message>
        <source>hooksmith-cli export: cannot create the directory %1</source>
        <translation>hooksmith-cli export: impossibile creare la directory %1</translation>
    </message>
    <message>
        <source>%1: wrote %2 file(s) into %3</source>
        <translation>%1: scritti %2 file in %3</translation>
    </message>
    <message>
        <source>hooksmith-cli export: %1 exists; choose a new file</source>
        <translation>hooksmith-cli export: %1 esiste; scegliere un nuovo file</translation>
    </message>
    <message>
        <source>Writes what a webhook sends in a form another tool runs. With -s and -v the presets are filled with that signal (and -d&apos;s device); without them they are left as variables named after the presets. The environment&apos;s variables ({{var:NAME}}, of --env&apos;s environment, else the first) are written in, or kept as variables of the tool with --keep-vars; the server format carries every environment, the chosen one first. Secrets are always read from environment variables, never written out. What a format cannot carry is listed as a warning on standard error. Formats:%1</source>
        <translation>Scrive ciò che un webhook invia in una forma eseguibile da un altro strumento. Con -s e -v i preset vengono riempiti con quel segnale (e il dispositivo di -d); senza, restano variabili con il nome dei preset. Le variabili dell&apos;ambiente ({{var:NAME}}, dell&apos;ambiente di --env, altrimenti del primo) vengono scritte con il loro valore, o mantenute come variabili dello strumento con --keep-vars; il formato server riporta tutti gli ambienti, quello scelto per primo. I segreti sono sempre letti da variabili d&apos;ambiente, mai scritti. Ciò che un formato non può riportare è elencato come avviso sullo standard error. Formati:%1</translation>
    </message>
    <message>
        <source>Keep the environment&apos;s {{var:NAME}} as variables of the tool, with the environment&apos;s values, instead of writing their values in.</source>
        <translation>Mantenere le {{var:NAME}} dell&apos;ambiente come variabili dello strumento, con i valori dell&apos;ambiente, invece di scriverne i valori.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>a directory for a server: workspace, variables to set, systemd unit, README</source>
        <translation>una directory per un server: area di lavoro, variabili da impostare, unit systemd, README</translation>
    </message>
    <message>
        <source>the relay&apos;s systemd unit</source>
        <translation>la unit systemd del relay</translation>
    </message>
    <message>
        <source>a shell script that sends the request with curl</source>
        <translation>uno script di shell che invia la richiesta con curl</translation>
    </message>
    <message>
        <source>a shell script that sends the request with HTTPie</source>
        <translation>uno script di shell che invia la richiesta con HTTPie</translation>
    </message>
    <message>
        <source>a Postman Collection v2.1 (runs in newman)</source>
        <translation>una Postman Collection v2.1 (eseguibile in newman)</translation>
    </message>
    <message>
        <source>a Bruno request (.bru), or a collection directory for several</source>
        <translation>una richiesta Bruno (.bru), o una directory di collection per più richieste</translation>
    </message>
    <message>
        <source>a Node-RED flow: inject, function, http request</source>
        <translation>un flow Node-RED: inject, function, http request</translation>
    </message>
    <message>
        <source>no webhook to export</source>
        <translation>nessun webhook da esportare</translation>
    </message>
    <message>
        <source>%1 exports one webhook at a time</source>
        <translation>%1 esporta un webhook alla volta</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot; (known: %2)</source>
        <translation>formato di esportazione sconosciuto &quot;%1&quot; (noti: %2)</translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot;: %2 reads &quot;{{&quot; as the start of a variable, and the %3 holds it as text: check the request there</source>
        <translation>webhook &quot;%1&quot;: %2 legge &quot;{{&quot; come inizio di una variabile, e in %3 è presente come testo: controllare lì la richiesta</translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot;: a Bruno text body cannot end with a line break or hold a carriage return: they are not carried</source>
        <translation>webhook &quot;%1&quot;: un corpo di testo Bruno non può terminare con un&apos;interruzione di riga né contenere un ritorno a capo: non vengono riportati</translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot;: Postman reads the text {{%2}} as its variable %2: check the request there</source>
        <translation>webhook &quot;%1&quot;: Postman legge il testo {{%2}} come sua variabile %2: controllare lì la richiesta</translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot;: a Bruno variable is one line without spaces around it, so the value of %2 is not carried exactly</source>
        <translation>webhook &quot;%1&quot;: una variabile di Bruno è una riga senza spazi attorno, quindi il valore di %2 non viene riportato esattamente</translation>
    </message>
</context>
<context>
    <name>ExportRequests</name>
    <message>
        <source>webhook &quot;%1&quot;: its %2 signature is not carried (the request goes without the signature headers); the relay and &quot;hooksmith-cli send&quot; sign it</source>
        <translation>webhook &quot;%1&quot;: la sua firma %2 non viene riportata (la richiesta parte senza gli header di firma); il relay e &quot;hooksmith-cli send&quot; la firmano</translation>
    </message>
    <message>
        <source>an environment variable: set it, never write it</source>
        <translation>una variabile d&apos;ambiente: impostarla, non scriverla mai</translation>
    </message>
    <message>
        <source> (an export leaves this value to the tool that runs it, so the URL must give its scheme and host itself)</source>
        <translation> (un&apos;esportazione lascia questo valore allo strumento che la esegue, quindi l&apos;URL deve indicare da sé schema e host)</translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot;: %2</source>
        <translation>webhook &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot;: the body holds a NUL byte, which this export cannot carry</source>
        <translation>webhook &quot;%1&quot;: il corpo contiene un byte NUL, che questa esportazione non può riportare</translation>
    </message>
    <message>
        <source>the secret variable %1 of the environment &quot;%2&quot;: set it, never write it</source>
        <translation>la variabile segreta %1 dell&apos;ambiente &quot;%2&quot;: impostarla, non scriverla mai</translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot;: the value of the variable %2 is encoded where a request uses it, and a tool would write it as it is, so it is written in</source>
        <translation>webhook &quot;%1&quot;: il valore della variabile %2 viene codificato dove una richiesta lo usa, e uno strumento lo scriverebbe così com&apos;è, quindi viene scritto il valore</translation>
    </message>
    <message>
        <source>a variable of the environment &quot;%1&quot;</source>
        <translation>una variabile dell&apos;ambiente &quot;%1&quot;</translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot;: the variable %2 starts the URL, and the URL does not start with its value as written (&quot;%3&quot;), so its value is written in</source>
        <translation>webhook &quot;%1&quot;: la variabile %2 inizia l&apos;URL, e l&apos;URL non inizia con il suo valore così come è scritto (&quot;%3&quot;), quindi viene scritto il valore</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>A name for this webhook</source>
        <translation>Un nome per questo webhook</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>L&apos;URL remoto. Digitare {{ per inserire un preset; i valori sono codificati con percent-encoding.</translation>
    </message>
    <message>
        <source>e.g. temperature-high</source>
        <translation>ad es. temperature-high</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nome evento</translation>
    </message>
    <message>
        <source>The webhook event name: the WEBHOOK_EVENT_NAME preset</source>
        <translation>Il nome evento del webhook: il preset WEBHOOK_EVENT_NAME</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Metodo</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>Metodo HTTP</translation>
    </message>
    <message>
        <source>Request format</source>
        <translation>Formato richiesta</translation>
    </message>
    <message>
        <source>JSON and web forms are built from the body table; Custom body is your own text</source>
        <translation>JSON e moduli web sono costruiti dalla tabella del corpo; Corpo personalizzato è il proprio testo</translation>
    </message>
    <message>
        <source>Even&amp;t name</source>
        <translation>Nome &amp;evento</translation>
    </message>
    <message>
        <source>Request f&amp;ormat</source>
        <translation>&amp;Formato richiesta</translation>
    </message>
</context>
<context>
    <name>HttpRequestParser</name>
    <message>
        <source>the request line is longer than %1</source>
        <translation>la riga di richiesta è più lunga di %1</translation>
    </message>
    <message>
        <source>the request headers are larger than %1</source>
        <translation>gli header della richiesta sono più grandi di %1</translation>
    </message>
    <message>
        <source>a chunk-size line is longer than %1</source>
        <translation>una riga di dimensione del chunk è più lunga di %1</translation>
    </message>
    <message>
        <source>a chunk of the body is longer than its size says</source>
        <translation>un chunk del corpo è più lungo di quanto indichi la sua dimensione</translation>
    </message>
    <message>
        <source>the request line &quot;%1&quot; is not &quot;METHOD TARGET HTTP/1.1&quot;</source>
        <translation>la riga di richiesta &quot;%1&quot; non è &quot;METHOD TARGET HTTP/1.1&quot;</translation>
    </message>
    <message>
        <source>HTTP version %1 is not supported (only HTTP/1.0 and HTTP/1.1)</source>
        <translation>la versione HTTP %1 non è supportata (solo HTTP/1.0 e HTTP/1.1)</translation>
    </message>
    <message>
        <source>the request target &quot;%1&quot; has a character that is not allowed</source>
        <translation>la destinazione della richiesta &quot;%1&quot; contiene un carattere non consentito</translation>
    </message>
    <message>
        <source>the request has more than %1 header and trailer lines</source>
        <translation>la richiesta ha più di %1 righe di header e trailer</translation>
    </message>
    <message>
        <source>the request has more than %1 header lines</source>
        <translation>la richiesta ha più di %1 righe di header</translation>
    </message>
    <message>
        <source>the header line &quot;%1&quot; is not &quot;Name: value&quot;</source>
        <translation>la riga di header &quot;%1&quot; non è &quot;Nome: valore&quot;</translation>
    </message>
    <message>
        <source>the header %1 has a control character in its value</source>
        <translation>l&apos;header %1 ha un carattere di controllo nel valore</translation>
    </message>
    <message>
        <source>the request has both Content-Length and Transfer-Encoding</source>
        <translation>la richiesta ha sia Content-Length sia Transfer-Encoding</translation>
    </message>
    <message>
        <source>the transfer coding &quot;%1&quot; is not supported (only chunked)</source>
        <translation>la codifica di trasferimento &quot;%1&quot; non è supportata (solo chunked)</translation>
    </message>
    <message>
        <source>the request has %1 Content-Length headers; one is allowed</source>
        <translation>la richiesta ha %1 header Content-Length; ne è consentito uno</translation>
    </message>
    <message>
        <source>the Content-Length &quot;%1&quot; is not a number of bytes</source>
        <translation>il Content-Length &quot;%1&quot; non è un numero di byte</translation>
    </message>
    <message>
        <source>the body of %1 bytes is larger than the limit of %2</source>
        <translation>il corpo di %1 byte è più grande del limite di %2</translation>
    </message>
    <message>
        <source>the chunk size &quot;%1&quot; is not a hexadecimal number</source>
        <translation>la dimensione del chunk &quot;%1&quot; non è un numero esadecimale</translation>
    </message>
    <message>
        <source>the chunked body is larger than the limit of %1</source>
        <translation>il corpo chunked è più grande del limite di %1</translation>
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
        <translation>1 byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>a line of the response is longer than %1</source>
        <translation>una riga della risposta è più lunga di %1</translation>
    </message>
    <message>
        <source>the status line of the response is longer than %1</source>
        <translation>la riga di stato della risposta è più lunga di %1</translation>
    </message>
    <message>
        <source>the response head (status line and headers) is larger than %1</source>
        <translation>l&apos;intestazione della risposta (riga di stato e header) è più grande di %1</translation>
    </message>
    <message>
        <source>a chunk of the response body is longer than its size says</source>
        <translation>un chunk del corpo della risposta è più lungo di quanto indichi la sua dimensione</translation>
    </message>
    <message>
        <source>the response has more than %1 trailer lines</source>
        <translation>la risposta ha più di %1 righe di trailer</translation>
    </message>
    <message>
        <source>the response has more than %1 header lines</source>
        <translation>la risposta ha più di %1 righe di header</translation>
    </message>
    <message>
        <source>the response&apos;s first header line starts with a space</source>
        <translation>la prima riga di header della risposta inizia con uno spazio</translation>
    </message>
    <message>
        <source>the status line is not HTTP/1.x: &quot;%1&quot;</source>
        <translation>la riga di stato non è HTTP/1.x: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the response has an invalid Content-Length &quot;%1&quot;</source>
        <translation>la risposta ha un Content-Length non valido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the response has an invalid chunk size &quot;%1&quot;</source>
        <translation>la risposta ha una dimensione del chunk non valida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the connection ended in the middle of the body</source>
        <translation>la connessione è terminata a metà del corpo</translation>
    </message>
    <message>
        <source>the connection ended without a complete response head</source>
        <translation>la connessione è terminata senza un&apos;intestazione di risposta completa</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>hooksmith-cli import: cannot read %1: %2</source>
        <translation>hooksmith-cli import: impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Turn a curl command or a Postman collection into webhooks.</source>
        <translation>Trasforma un comando curl o una collection Postman in webhook.</translation>
    </message>
    <message>
        <source>curl or postman.</source>
        <translation>curl o postman.</translation>
    </message>
    <message>
        <source>The curl command, or the collection file.</source>
        <translation>Il comando curl, o il file della collection.</translation>
    </message>
    <message>
        <source>Add the webhooks to this workspace file instead of printing them.</source>
        <translation>Aggiunge i webhook a questo file dell&apos;area di lavoro invece di stamparli.</translation>
    </message>
    <message>
        <source>hooksmith-cli import: give curl and a curl command, or postman and a collection file; see &quot;hooksmith-cli import --help&quot;</source>
        <translation>hooksmith-cli import: indicare curl e un comando curl, o postman e un file di collection; vedere &quot;hooksmith-cli import --help&quot;</translation>
    </message>
    <message>
        <source>the curl command</source>
        <translation>il comando curl</translation>
    </message>
    <message>
        <source>hooksmith-cli import: %1: %2</source>
        <translation>hooksmith-cli import: %1: %2</translation>
    </message>
    <message>
        <source>hooksmith-cli import: warning: %1</source>
        <translation>hooksmith-cli import: avviso: %1</translation>
    </message>
    <message>
        <source>hooksmith-cli import: the password of %1 is not printed; add the webhook with --into WORKSPACE to keep it in the keychain, or set it later with &quot;hooksmith-cli secret set WORKSPACE -w &apos;%2&apos; --field password&quot;</source>
        <translation>hooksmith-cli import: la password di %1 non viene stampata; aggiungere il webhook con --into AREA_DI_LAVORO per conservarla nel portachiavi, o impostarla in seguito con &quot;hooksmith-cli secret set AREA_DI_LAVORO -w &apos;%2&apos; --field password&quot;</translation>
    </message>
    <message>
        <source>hooksmith-cli import: %1 was left as it is</source>
        <translation>hooksmith-cli import: %1 è stato lasciato com&apos;era</translation>
    </message>
    <message>
        <source>hooksmith-cli import: %1 was not written: %2</source>
        <translation>hooksmith-cli import: %1 non è stato scritto: %2</translation>
    </message>
    <message>
        <source>set it with &quot;hooksmith-cli secret set %1 -w &apos;%2&apos; --field password&quot;</source>
        <translation>impostarla con &quot;hooksmith-cli secret set %1 -w &apos;%2&apos; --field password&quot;</translation>
    </message>
    <message>
        <source>hooksmith-cli import: the password of %1 was not saved: cannot tell which server it is for (%2); %3</source>
        <translation>hooksmith-cli import: la password di %1 non è stata salvata: non si capisce per quale server sia (%2); %3</translation>
    </message>
    <message>
        <source>hooksmith-cli import: the password of %1 was not saved. %2 Then %3</source>
        <translation>hooksmith-cli import: la password di %1 non è stata salvata. %2 Poi %3</translation>
    </message>
    <message>
        <source>hooksmith-cli import: the password of %1 was not saved: %2; %3</source>
        <translation>hooksmith-cli import: la password di %1 non è stata salvata: %2; %3</translation>
    </message>
    <message>
        <source>Saved the password of %1 in the keychain, for %2.</source>
        <translation>Password di %1 salvata nel portachiavi, per %2.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n webhook(s) to %1: %2</source>
        <translation>
            <numerusform>Aggiunto %n webhook a %1: %2</numerusform>
            <numerusform>Aggiunti %n webhook a %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads a curl command line (one argument, quoted for your shell; &quot;-&quot; reads it from standard input; a curl script written by &quot;hooksmith-cli export --to curl&quot; is read too) or a Postman collection file (v2.1) and prints the webhooks it describes as a workspace, or adds them to WORKSPACE with --into. Variables with values (collection variables, variables the script sets) become variables of the environments. What does not come across exactly is reported on standard error. A basic authentication password is never printed: with --into it is saved in the OS keychain, as the desktop app saves it.</source>
        <translation>Legge una riga di comando curl (un argomento, quotato per la shell; &quot;-&quot; la legge dallo standard input; viene letto anche uno script curl scritto da &quot;hooksmith-cli export --to curl&quot;) o un file di collection Postman (v2.1) e stampa i webhook che descrive come area di lavoro, o li aggiunge a WORKSPACE con --into. Le variabili con valori (variabili della collection, variabili impostate dallo script) diventano variabili degli ambienti. Ciò che non viene riportato esattamente è segnalato sullo standard error. Una password di autenticazione basic non viene mai stampata: con --into viene salvata nel portachiavi del sistema, come la salva l&apos;app desktop.</translation>
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
        <translation>una riga di protocollo non valida in UTF-8 è stata ignorata</translation>
    </message>
    <message>
        <source>@device needs a device token</source>
        <translation>@device richiede un token del dispositivo</translation>
    </message>
    <message>
        <source>@device line with a control character was ignored</source>
        <translation>una riga @device con un carattere di controllo è stata ignorata</translation>
    </message>
    <message>
        <source>@signal needs a signal number and a value</source>
        <translation>@signal richiede un numero di segnale e un valore</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a signal number (0 to 254)</source>
        <translation>&quot;%1&quot; non è un numero di segnale (da 0 a 254)</translation>
    </message>
    <message>
        <source>signal number %1 is out of range; use 0 to 254</source>
        <translation>il numero di segnale %1 è fuori intervallo; usare da 0 a 254</translation>
    </message>
    <message>
        <source>@signal %1 has no value</source>
        <translation>@signal %1 non ha un valore</translation>
    </message>
    <message>
        <source>the value of signal %1 is not JSON: %2 at character %3</source>
        <translation>il valore del segnale %1 non è JSON: %2 al carattere %3</translation>
    </message>
    <message>
        <source>a line longer than 64 KiB was dropped; reading goes on at the next line</source>
        <translation>una riga più lunga di 64 KiB è stata scartata; la lettura prosegue dalla riga successiva</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Select a webhook in the sidebar, or add one with New Webhook.</source>
        <translation>Selezionare un webhook nella barra laterale, o aggiungerne uno con Nuovo webhook.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Visuali&amp;zza</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Richiesta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;iuto</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <source>&amp;New Workspace</source>
        <translation>&amp;Nuova area di lavoro</translation>
    </message>
    <message>
        <source>Start an empty workspace</source>
        <translation>Inizia un&apos;area di lavoro vuota</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Apri un file dell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save the workspace</source>
        <translation>Salva l&apos;area di lavoro</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salva c&amp;ome…</translation>
    </message>
    <message>
        <source>Save the workspace under a new name</source>
        <translation>Salva l&apos;area di lavoro con un nuovo nome</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Quit Hooksmith</source>
        <translation>Esci da Hooksmith</translation>
    </message>
    <message>
        <source>&amp;Find Webhook</source>
        <translation>&amp;Trova webhook</translation>
    </message>
    <message>
        <source>Search the webhooks</source>
        <translation>Cerca nei webhook</translation>
    </message>
    <message>
        <source>New &amp;Webhook</source>
        <translation>Nuovo &amp;webhook</translation>
    </message>
    <message>
        <source>Add a webhook with Pybytes&apos; defaults</source>
        <translation>Aggiungi un webhook con i valori predefiniti di Pybytes</translation>
    </message>
    <message>
        <source>&amp;Duplicate Webhook</source>
        <translation>&amp;Duplica webhook</translation>
    </message>
    <message>
        <source>Copy the selected webhook</source>
        <translation>Copia il webhook selezionato</translation>
    </message>
    <message>
        <source>De&amp;lete Webhook</source>
        <translation>E&amp;limina webhook</translation>
    </message>
    <message>
        <source>Delete the selected webhook</source>
        <translation>Elimina il webhook selezionato</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Copia come &amp;curl</translation>
    </message>
    <message>
        <source>Copy the previewed request as a curl command line</source>
        <translation>Copia la richiesta in anteprima come riga di comando curl</translation>
    </message>
    <message>
        <source>&amp;Reveal Secrets</source>
        <translation>Mostra se&amp;greti</translation>
    </message>
    <message>
        <source>Show passwords and secrets in the preview</source>
        <translation>Mostra password e segreti nell&apos;anteprima</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>In&amp;via</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Ante&amp;prima</translation>
    </message>
    <message>
        <source>Show the request preview</source>
        <translation>Mostra l&apos;anteprima della richiesta</translation>
    </message>
    <message>
        <source>Next &amp;Problem</source>
        <translation>&amp;Problema successivo</translation>
    </message>
    <message>
        <source>Go to the next problem</source>
        <translation>Vai al problema successivo</translation>
    </message>
    <message>
        <source>&amp;About Hooksmith</source>
        <translation>Informazioni su &amp;Hooksmith</translation>
    </message>
    <message>
        <source>About Hooksmith</source>
        <translation>Informazioni su Hooksmith</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Importa we&amp;bhook…</translation>
    </message>
    <message>
        <source>Add webhooks from a curl command or a Postman collection</source>
        <translation>Aggiunge webhook da un comando curl o da una collection Postman</translation>
    </message>
    <message>
        <source>&amp;Paste curl Command</source>
        <translation>Incolla comando c&amp;url</translation>
    </message>
    <message>
        <source>Add a webhook from the curl command on the clipboard</source>
        <translation>Aggiunge un webhook dal comando curl negli appunti</translation>
    </message>
    <message>
        <source>Send the previewed request once, as a test: no retries, not through the outbox</source>
        <translation>Invia una volta la richiesta dell&apos;anteprima, come test: nessun nuovo tentativo, non tramite l&apos;outbox</translation>
    </message>
    <message>
        <source>Send Through the &amp;Outbox</source>
        <translation>Invia tramite l&apos;outbo&amp;x</translation>
    </message>
    <message>
        <source>Deliver the previewed request as a device&apos;s signal is delivered: through the outbox, with the webhook&apos;s retries</source>
        <translation>Consegna la richiesta dell&apos;anteprima come viene consegnato il segnale di un dispositivo: tramite l&apos;outbox, con i nuovi tentativi del webhook</translation>
    </message>
    <message>
        <source>Language, theme, defaults of new webhooks, outbox folder, receiver port and proxy</source>
        <translation>Lingua, tema, impostazioni predefinite dei nuovi webhook, cartella della posta in uscita, porta del ricevitore e proxy</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>Prefere&amp;nze…</translation>
    </message>
</context>
<context>
    <name>MqttSignals</name>
    <message>
        <source>the message is empty (a Pybytes message starts with a header byte)</source>
        <translation>il messaggio è vuoto (un messaggio Pybytes inizia con un byte di header)</translation>
    </message>
    <message>
        <source>signal %1 has no value</source>
        <translation>il segnale %1 non ha un valore</translation>
    </message>
    <message>
        <source>signal %1: %2</source>
        <translation>segnale %1: %2</translation>
    </message>
    <message>
        <source>signal %1: the text is not valid UTF-8</source>
        <translation>segnale %1: il testo non è UTF-8 valido</translation>
    </message>
    <message numerus="yes">
        <source>signal %1: the value (%n byte(s)) ends in neither 0x00 (int), 0x01 (float) nor &apos;3&apos; (string or list)</source>
        <translation>
            <numerusform>segnale %1: il valore (%n byte) non termina né con 0x00 (int), né con 0x01 (float), né con &apos;3&apos; (stringa o lista)</numerusform>
            <numerusform>segnale %1: il valore (%n byte) non termina né con 0x00 (int), né con 0x01 (float), né con &apos;3&apos; (stringa o lista)</numerusform>
        </translation>
    </message>
    <message>
        <source>expected hooksmith/&lt;device token&gt;/signal/&lt;number&gt; or hooksmith/&lt;device token&gt;/device</source>
        <translation>atteso hooksmith/&lt;token del dispositivo&gt;/signal/&lt;numero&gt; o hooksmith/&lt;token del dispositivo&gt;/device</translation>
    </message>
    <message>
        <source>the signal number &quot;%1&quot; is not a number</source>
        <translation>il numero di segnale &quot;%1&quot; non è un numero</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>outbox %1: %2: %3</source>
        <translation>outbox %1: %2: %3</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>non può essere letto</translation>
    </message>
    <message>
        <source>outbox %1 is not an outbox database (it is damaged or something else). It was left as it is: move it away to start with an empty outbox, or give another one with --outbox.</source>
        <translation>l&apos;outbox %1 non è un database di outbox (è danneggiato o è altro). È stato lasciato com&apos;è: spostarlo per iniziare con un&apos;outbox vuota, o indicarne un&apos;altra con --outbox.</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossibile creare la cartella</translation>
    </message>
    <message>
        <source>outbox %1 is in use by %2 (process %3 on %4); one outbox serves one running relay or app</source>
        <translation>l&apos;outbox %1 è in uso da %2 (processo %3 su %4); un&apos;outbox serve un solo relay o un&apos;app in esecuzione</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>non può essere aperto</translation>
    </message>
    <message>
        <source>cannot be read (it may be damaged)</source>
        <translation>non può essere letto (potrebbe essere danneggiato)</translation>
    </message>
    <message>
        <source>cannot use a write-ahead log</source>
        <translation>non può usare un write-ahead log</translation>
    </message>
    <message>
        <source>cannot set the sync mode</source>
        <translation>impossibile impostare la modalità di sincronizzazione</translation>
    </message>
    <message>
        <source>cannot set the busy timeout</source>
        <translation>impossibile impostare il timeout di occupato</translation>
    </message>
    <message>
        <source>cannot be checked (it may be damaged)</source>
        <translation>non può essere verificato (potrebbe essere danneggiato)</translation>
    </message>
    <message>
        <source>outbox %1 is damaged (%2). It was left as it is: move it away to start with an empty outbox.</source>
        <translation>l&apos;outbox %1 è danneggiata (%2). È stata lasciata com&apos;è: spostarla per iniziare con un&apos;outbox vuota.</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>impossibile leggere la versione dello schema</translation>
    </message>
    <message>
        <source>outbox %1 was written by a newer Hooksmith (schema %2; this version reads %3). It was left as it is.</source>
        <translation>l&apos;outbox %1 è stata scritta da un Hooksmith più recente (schema %2; questa versione legge %3). È stata lasciata com&apos;è.</translation>
    </message>
    <message>
        <source>cannot list its tables</source>
        <translation>impossibile elencarne le tabelle</translation>
    </message>
    <message>
        <source>cannot create the schema</source>
        <translation>impossibile creare lo schema</translation>
    </message>
    <message>
        <source>cannot prepare a statement</source>
        <translation>impossibile preparare un&apos;istruzione</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>impossibile avviare una transazione</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>impossibile scrivere</translation>
    </message>
    <message>
        <source>cannot store a delivery</source>
        <translation>impossibile memorizzare una consegna</translation>
    </message>
    <message>
        <source>cannot read due deliveries</source>
        <translation>impossibile leggere le consegne dovute</translation>
    </message>
    <message>
        <source>cannot record an attempt</source>
        <translation>impossibile registrare un tentativo</translation>
    </message>
    <message>
        <source>cannot remove a delivery</source>
        <translation>impossibile rimuovere una consegna</translation>
    </message>
    <message>
        <source>cannot schedule a retry</source>
        <translation>impossibile pianificare un nuovo tentativo</translation>
    </message>
    <message>
        <source>cannot discard a delivery</source>
        <translation>impossibile scartare una consegna</translation>
    </message>
    <message>
        <source>cannot list deliveries</source>
        <translation>impossibile elencare le consegne</translation>
    </message>
    <message>
        <source>cannot list attempts</source>
        <translation>impossibile elencare i tentativi</translation>
    </message>
    <message>
        <source>cannot count deliveries</source>
        <translation>impossibile contare le consegne</translation>
    </message>
    <message>
        <source>cannot set the checkpoint mode</source>
        <translation>impossibile impostare la modalità di checkpoint</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un altro programma</translation>
    </message>
    <message>
        <source>outbox %1 cannot be used: the folder %2 cannot be written to (it is read-only, or belongs to another user); give a folder this user can write with --outbox</source>
        <translation>l&apos;outbox %1 non può essere usata: la cartella %2 non è scrivibile (è di sola lettura o appartiene a un altro utente); indicare con --outbox una cartella scrivibile da questo utente</translation>
    </message>
    <message>
        <source>outbox %1 cannot be locked (%2)</source>
        <translation>impossibile bloccare l&apos;outbox %1 (%2)</translation>
    </message>
    <message>
        <source>another program holds it</source>
        <translation>è tenuta da un altro programma</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>errore sconosciuto</translation>
    </message>
    <message>
        <source>there is no outbox %1 (nothing was queued there yet)</source>
        <translation>non esiste un&apos;outbox %1 (non vi è stato ancora accodato nulla)</translation>
    </message>
    <message>
        <source>outbox %1 has schema %2: run the relay or the app on it once, which upgrades it, then look again</source>
        <translation>l&apos;outbox %1 ha lo schema %2: eseguirvi una volta il relay o l&apos;app, che la aggiorna, poi riguardare</translation>
    </message>
    <message>
        <source>outbox %1 is an SQLite database but not a Hooksmith outbox. It was left as it is: give another folder with --outbox, or move the file away.</source>
        <translation>l&apos;outbox %1 è un database SQLite ma non un&apos;outbox di Hooksmith. È stata lasciata com&apos;è: indicare un&apos;altra cartella con --outbox, o spostare il file.</translation>
    </message>
    <message>
        <source>cannot set the log size limit</source>
        <translation>impossibile impostare il limite di dimensione del log</translation>
    </message>
    <message>
        <source>cannot upgrade the schema</source>
        <translation>impossibile aggiornare lo schema</translation>
    </message>
    <message>
        <source>cannot check the order of deliveries</source>
        <translation>impossibile verificare l&apos;ordine delle consegne</translation>
    </message>
    <message>
        <source>cannot read the order of deliveries</source>
        <translation>impossibile leggere l&apos;ordine delle consegne</translation>
    </message>
    <message>
        <source>cannot park deliveries</source>
        <translation>impossibile parcheggiare le consegne</translation>
    </message>
    <message>
        <source>cannot park a delivery</source>
        <translation>impossibile parcheggiare una consegna</translation>
    </message>
    <message>
        <source>cannot resume deliveries</source>
        <translation>impossibile riprendere le consegne</translation>
    </message>
    <message>
        <source>the webhook %1 is not in the workspace</source>
        <translation>il webhook %1 non è nell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>cannot fold the write-ahead log into the file</source>
        <translation>impossibile riversare il write-ahead log nel file</translation>
    </message>
    <message>
        <source>the file is busy</source>
        <translation>il file è occupato</translation>
    </message>
    <message>
        <source>outbox %1: %2: the disk that holds it is full (%3 KB left): make room there and try again (SQLite: %4)</source>
        <translation>outbox %1: %2: il disco che la contiene è pieno (%3 KB liberi): libera spazio e riprova (SQLite: %4)</translation>
    </message>
    <message>
        <source>outbox %1 cannot be locked: the disk that holds it is full (%2 KB left): make room there and try again (what the outbox holds is kept)</source>
        <translation>outbox %1 non può essere bloccata: il disco che la contiene è pieno (%2 KB liberi): libera spazio e riprova (ciò che l&apos;outbox contiene viene conservato)</translation>
    </message>
    <message>
        <source>the SQLite driver gives no connection</source>
        <translation>il driver SQLite non fornisce alcuna connessione</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>List, show, retry or drop what an outbox holds (also while a relay runs on it).</source>
        <translation>Elenca, mostra, ritenta o scarta il contenuto di un&apos;outbox (anche mentre vi è in esecuzione un relay).</translation>
    </message>
    <message>
        <source>%1 pending, %2 queued, %3 parked, %4 failed</source>
        <translation>%1 in sospeso, %2 in coda, %3 parcheggiate, %4 non riuscite</translation>
    </message>
    <message>
        <source>; the oldest waiting was accepted %1</source>
        <translation>; la più vecchia in attesa è stata accettata %1</translation>
    </message>
    <message>
        <source>Usage: hooksmith-cli outbox (list|show|retry|drop|counts) [WORKSPACE] [options]
Run hooksmith-cli outbox ACTION --help for the options of each.</source>
        <translation>Uso: hooksmith-cli outbox (list|show|retry|drop|counts) [AREA_DI_LAVORO] [opzioni]
Eseguire hooksmith-cli outbox AZIONE --help per le opzioni di ciascuna.</translation>
    </message>
    <message>
        <source>hooksmith-cli outbox: give an action: list, show, retry, drop or counts</source>
        <translation>hooksmith-cli outbox: indicare un&apos;azione: list, show, retry, drop o counts</translation>
    </message>
    <message>
        <source>Looks into and acts on the outbox of a workspace (WORKSPACE, with --outbox DIR when the relay used one) or the outbox file (or folder with one) given with --outbox. list and show read it even while a relay or the app runs on it; retry and drop go through that relay or app when one owns it.</source>
        <translation>Esamina e agisce sull&apos;outbox di un&apos;area di lavoro (AREA_DI_LAVORO, con --outbox DIR se il relay ne ha usata una) o sul file di outbox (o cartella che lo contiene) indicato con --outbox. list e show la leggono anche mentre vi è in esecuzione un relay o l&apos;app; retry e drop passano da quel relay o app quando ne è proprietario.</translation>
    </message>
    <message>
        <source>The workspace file (for webhook names).</source>
        <translation>Il file dell&apos;area di lavoro (per i nomi dei webhook).</translation>
    </message>
    <message>
        <source>Message ids (show: one; retry, drop: any).</source>
        <translation>ID dei messaggi (show: uno; retry, drop: quanti se ne vuole).</translation>
    </message>
    <message>
        <source>The outbox folder, or the outbox file itself.</source>
        <translation>La cartella dell&apos;outbox, o il file dell&apos;outbox stesso.</translation>
    </message>
    <message>
        <source>Only deliveries to this webhook (name or id).</source>
        <translation>Solo le consegne a questo webhook (nome o id).</translation>
    </message>
    <message>
        <source>Only these states: pending, queued, parked, failed (commas).</source>
        <translation>Solo questi stati: pending, queued, parked, failed (separati da virgole).</translation>
    </message>
    <message>
        <source>Only deliveries accepted longer ago than this (30s, 10m, 2h).</source>
        <translation>Solo le consegne accettate da più di questo tempo (30s, 10m, 2h).</translation>
    </message>
    <message>
        <source>Only deliveries accepted within this long (30s, 10m, 2h).</source>
        <translation>Solo le consegne accettate entro questo tempo (30s, 10m, 2h).</translation>
    </message>
    <message>
        <source>At most this many (list: default 100; retry and drop: every match; 0: all).</source>
        <translation>Al massimo questo numero (list: predefinito 100; retry e drop: ogni corrispondenza; 0: tutte).</translation>
    </message>
    <message>
        <source>retry, drop: every delivery that matches the filters.</source>
        <translation>retry, drop: ogni consegna che corrisponde ai filtri.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Stampa JSON.</translation>
    </message>
    <message>
        <source>give at most one WORKSPACE (message ids start with msg_)</source>
        <translation>indicare al massimo una AREA_DI_LAVORO (gli id dei messaggi iniziano con msg_)</translation>
    </message>
    <message>
        <source>--outbox needs a folder or an outbox file</source>
        <translation>--outbox richiede una cartella o un file di outbox</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2): webhooks are shown by id</source>
        <translation>%1 non può essere letto (%2): i webhook sono mostrati per id</translation>
    </message>
    <message>
        <source>%1 holds no outbox</source>
        <translation>%1 non contiene alcuna outbox</translation>
    </message>
    <message>
        <source>%1 holds %2 outboxes (%3): give the WORKSPACE too, or the file</source>
        <translation>%1 contiene %2 outbox (%3): indicare anche l&apos;AREA_DI_LAVORO, o il file</translation>
    </message>
    <message>
        <source>give the WORKSPACE, or --outbox with the outbox file (default folder: %1)</source>
        <translation>indicare l&apos;AREA_DI_LAVORO, o --outbox con il file dell&apos;outbox (cartella predefinita: %1)</translation>
    </message>
    <message>
        <source>--state: &quot;%1&quot; is not a state (pending, queued, parked, failed)</source>
        <translation>--state: &quot;%1&quot; non è uno stato (pending, queued, parked, failed)</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an age: write a number with s, m or h, e.g. 10m</source>
        <translation>--%1: &quot;%2&quot; non è un&apos;età: scrivere un numero con s, m o h, ad es. 10m</translation>
    </message>
    <message>
        <source>--limit: give a number (0: all)</source>
        <translation>--limit: indicare un numero (0: tutte)</translation>
    </message>
    <message>
        <source>give one message id (msg_...)</source>
        <translation>indicare un id di messaggio (msg_...)</translation>
    </message>
    <message>
        <source>give message ids, or --all (with filters) for every one that matches</source>
        <translation>indicare gli id dei messaggi, o --all (con filtri) per tutti quelli corrispondenti</translation>
    </message>
    <message>
        <source>outbox %1</source>
        <translation>outbox %1</translation>
    </message>
    <message>
        <source>in all: </source>
        <translation>in totale: </translation>
    </message>
    <message>
        <source>%1 is not in outbox %2</source>
        <translation>%1 non è nell&apos;outbox %2</translation>
    </message>
    <message>
        <source>  state: %1</source>
        <translation>  stato: %1</translation>
    </message>
    <message>
        <source>  webhook: %1</source>
        <translation>  webhook: %1</translation>
    </message>
    <message>
        <source>  signal %1 = %2 from %3, received %4, accepted %5</source>
        <translation>  segnale %1 = %2 da %3, ricevuto %4, accettato %5</translation>
    </message>
    <message>
        <source>  reason: %1</source>
        <translation>  motivo: %1</translation>
    </message>
    <message>
        <source>  next attempt: %1</source>
        <translation>  prossimo tentativo: %1</translation>
    </message>
    <message>
        <source>  attempt %1 at %2, %3 ms: %4</source>
        <translation>  tentativo %1 alle %2, %3 ms: %4</translation>
    </message>
    <message>
        <source>signal %1 from %2</source>
        <translation>segnale %1 da %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentativo</numerusform>
            <numerusform>%n tentativi</numerusform>
        </translation>
    </message>
    <message>
        <source>not in outbox %1: %2 (nothing was done)</source>
        <translation>non nell&apos;outbox %1: %2 (non è stato fatto nulla)</translation>
    </message>
    <message>
        <source>nothing matches</source>
        <translation>nessuna corrispondenza</translation>
    </message>
    <message>
        <source>%1 (process %2) owns the outbox and %3; stop it, then run this again</source>
        <translation>%1 (processo %2) è proprietario dell&apos;outbox e %3; fermarlo, poi eseguire di nuovo</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un altro programma</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rifiutato: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) retried now by process %1, which owns the outbox</source>
        <translation>
            <numerusform>%n consegna ritentata ora dal processo %1, proprietario dell&apos;outbox</numerusform>
            <numerusform>%n consegne ritentate ora dal processo %1, proprietario dell&apos;outbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) dropped by process %1, which owns the outbox</source>
        <translation>
            <numerusform>%n consegna scartata dal processo %1, proprietario dell&apos;outbox</numerusform>
            <numerusform>%n consegne scartate dal processo %1, proprietario dell&apos;outbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were being attempted at that moment and were left alone: run this again</source>
        <translation>
            <numerusform>%n era in corso in quel momento ed è stata lasciata stare: eseguire di nuovo</numerusform>
            <numerusform>%n erano in corso in quel momento e sono state lasciate stare: eseguire di nuovo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) will be attempted when a relay or the app next runs on this outbox</source>
        <translation>
            <numerusform>%n consegna sarà tentata alla prossima esecuzione di un relay o dell&apos;app su questa outbox</numerusform>
            <numerusform>%n consegne saranno tentate alla prossima esecuzione di un relay o dell&apos;app su questa outbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) dropped</source>
        <translation>
            <numerusform>%n consegna scartata</numerusform>
            <numerusform>%n consegne scartate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxControl</name>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>impossibile ascoltare su %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>the request is not a JSON object</source>
        <translation>la richiesta non è un oggetto JSON</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>ids must be message ids (strings)</source>
        <translation>gli id devono essere id di messaggi (stringhe)</translation>
    </message>
    <message>
        <source>it does not say where to reach it (%1 is missing)</source>
        <translation>non indica dove raggiungerlo (manca %1)</translation>
    </message>
    <message>
        <source>it does not answer on %1 (%2)</source>
        <translation>non risponde su %1 (%2)</translation>
    </message>
    <message>
        <source>it did not answer within %1 s</source>
        <translation>non ha risposto entro %1 s</translation>
    </message>
    <message>
        <source>its answer could not be read</source>
        <translation>la sua risposta non può essere letta</translation>
    </message>
</context>
<context>
    <name>PortsCommand</name>
    <message>
        <source>List serial ports and the Pycom board on each.</source>
        <translation>Elenca le porte seriali e la scheda Pycom su ciascuna.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORTA</translation>
    </message>
    <message>
        <source>USB ID</source>
        <translation>ID USB</translation>
    </message>
    <message>
        <source>SERIAL</source>
        <translation>SERIALE</translation>
    </message>
    <message>
        <source>BOARD</source>
        <translation>SCHEDA</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIZIONE</translation>
    </message>
    <message>
        <source>Lists the serial ports with their USB vendor:product ids and serial numbers, and names the Pycom board on each (Pysense, Pytrack, Pyscan, Expansion Board, Pygate; &quot;in firmware update mode&quot; for the DFU ids). FTDI, CP210x and CH34x adapters are shown as possible boards.
PATH adds ports the system does not list, such as a pseudo-terminal made by socat.</source>
        <translation>Elenca le porte seriali con i loro id USB vendor:product e numeri di serie, e indica la scheda Pycom su ciascuna (Pysense, Pytrack, Pyscan, Expansion Board, Pygate; &quot;in modalità aggiornamento firmware&quot; per gli id DFU). Gli adattatori FTDI, CP210x e CH34x sono mostrati come possibili schede.
PATH aggiunge porte che il sistema non elenca, come uno pseudo-terminale creato da socat.</translation>
    </message>
    <message>
        <source>Print one JSON array instead of a table.</source>
        <translation>Stampa un array JSON invece di una tabella.</translation>
    </message>
    <message>
        <source>Extra port paths to show.</source>
        <translation>Percorsi di porte aggiuntivi da mostrare.</translation>
    </message>
    <message>
        <source>hooksmith-cli ports: %1: no such port (is the board plugged in, or socat running?)</source>
        <translation>hooksmith-cli ports: %1: porta inesistente (la scheda è collegata, o socat è in esecuzione?)</translation>
    </message>
    <message>
        <source>(no serial ports found)</source>
        <translation>(nessuna porta seriale trovata)</translation>
    </message>
</context>
<context>
    <name>PostmanImport</name>
    <message>
        <source>%1: the variable &quot;{{%2}}&quot; has no value in the collection and is not a name an environment variable can have, so it is kept as text</source>
        <translation>%1: la variabile &quot;{{%2}}&quot; non ha un valore nella collection e non è un nome che una variabile d&apos;ambiente possa avere, quindi è mantenuta come testo</translation>
    </message>
    <message>
        <source>%1: %2 authentication is not supported, so the webhook is imported without it; Hooksmith has basic authentication and your own headers</source>
        <translation>%1: l&apos;autenticazione %2 non è supportata, quindi il webhook è importato senza; Hooksmith offre l&apos;autenticazione basic e header propri</translation>
    </message>
    <message>
        <source>%1: the request has no URL</source>
        <translation>%1: la richiesta non ha un URL</translation>
    </message>
    <message>
        <source>%1: a %2 request carries no body in Hooksmith, so its body is left out</source>
        <translation>%1: una richiesta %2 in Hooksmith non ha corpo, quindi il suo corpo viene omesso</translation>
    </message>
    <message>
        <source>%1: the disabled form field &quot;%2&quot; is left out</source>
        <translation>%1: il campo di modulo disabilitato &quot;%2&quot; viene omesso</translation>
    </message>
    <message>
        <source>%1: a &quot;%2&quot; body is not supported (Hooksmith sends JSON, form or custom text), so the webhook has no body</source>
        <translation>%1: un corpo &quot;%2&quot; non è supportato (Hooksmith invia JSON, modulo o testo personalizzato), quindi il webhook non ha corpo</translation>
    </message>
    <message>
        <source>%1: &quot;request&quot; is neither an object nor a URL</source>
        <translation>%1: &quot;request&quot; non è né un oggetto né un URL</translation>
    </message>
    <message>
        <source>%1: its pre-request and test scripts are not carried over</source>
        <translation>%1: i suoi script pre-request e di test non vengono riportati</translation>
    </message>
    <message>
        <source>%1: entry %2 of &quot;item&quot; is not an object</source>
        <translation>%1: la voce %2 di &quot;item&quot; non è un oggetto</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Richiesta %1</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;</source>
        <translation>elemento &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;item&quot; is not a list</source>
        <translation>%1: &quot;item&quot; non è una lista</translation>
    </message>
    <message>
        <source>%1: neither a request nor a folder</source>
        <translation>%1: né una richiesta né una cartella</translation>
    </message>
    <message>
        <source>line %1, column %2: %3; this is not a JSON file</source>
        <translation>riga %1, colonna %2: %3; questo non è un file JSON</translation>
    </message>
    <message>
        <source>a Postman collection is a JSON object, and this file is not one</source>
        <translation>una collection Postman è un oggetto JSON, e questo file non lo è</translation>
    </message>
    <message>
        <source>this is not a Postman collection (v2.1 or v2.0): it has no &quot;info&quot; and &quot;item&quot;; export the collection from Postman as Collection v2.1</source>
        <translation>questa non è una collection Postman (v2.1 o v2.0): non ha &quot;info&quot; e &quot;item&quot;; esportare la collection da Postman come Collection v2.1</translation>
    </message>
    <message>
        <source>info.schema: &quot;%1&quot; is not a collection format Hooksmith reads; export the collection from Postman as Collection v2.1</source>
        <translation>info.schema: &quot;%1&quot; non è un formato di collection che Hooksmith legge; esportare la collection da Postman come Collection v2.1</translation>
    </message>
    <message>
        <source>collection: its scripts are not carried over</source>
        <translation>collection: i suoi script non vengono riportati</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>collection</translation>
    </message>
    <message>
        <source>the collection has no requests</source>
        <translation>la collection non contiene richieste</translation>
    </message>
    <message>
        <source>collection variables written into the webhooks as their values: %1</source>
        <translation>variabili della collection scritte nei webhook come i loro valori: %1</translation>
    </message>
    <message>
        <source>variables without a value in the collection are read from the environment when sending (set them before sending): %1</source>
        <translation>le variabili senza valore nella collection vengono lette dall&apos;ambiente al momento dell&apos;invio (impostarle prima di inviare): %1</translation>
    </message>
    <message>
        <source>secret collection variables are imported without their values (a secret belongs in the keychain): set %1 in Edit &gt; Environments</source>
        <translation>le variabili segrete della collection sono importate senza i loro valori (un segreto va nel portachiavi): impostare %1 in Modifica &gt; Ambienti</translation>
    </message>
    <message>
        <source>%1: &quot;hooksmith&quot; is not an object</source>
        <translation>%1: &quot;hooksmith&quot; non è un oggetto</translation>
    </message>
    <message>
        <source>%1: &quot;hooksmith.%2&quot; is not a whole number from %3 to %4</source>
        <translation>%1: &quot;hooksmith.%2&quot; non è un numero intero da %3 a %4</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>No folder is given: choose one, or restore the default.</source>
        <translation>Nessuna cartella indicata: sceglierne una, o ripristinare quella predefinita.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: choose a folder for the outbox.</source>
        <translation>%1 è un file, non una cartella: scegliere una cartella per la posta in uscita.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: choose a folder you can write to.</source>
        <translation>Impossibile creare la cartella %1: scegliere una cartella in cui si può scrivere.</translation>
    </message>
    <message>
        <source>Hooksmith cannot write to the folder %1 (%2): choose a folder you can write to.</source>
        <translation>Hooksmith non può scrivere nella cartella %1 (%2): scegliere una cartella in cui si può scrivere.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>A new language applies the next time Hooksmith starts.</source>
        <translation>Una nuova lingua si applica al prossimo avvio di Hooksmith.</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>The colours of the window: the system&apos;s, light or dark. Applies at once.</source>
        <translation>I colori della finestra: quelli del sistema, chiari o scuri. Si applica subito.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <source>New webhooks</source>
        <translation>Nuovi webhook</translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation>T&amp;imeout</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Timeout per attempt of a new webhook</source>
        <translation>Timeout per tentativo di un nuovo webhook</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>Te&amp;ntativi</translation>
    </message>
    <message>
        <source>Attempts in total of a new webhook</source>
        <translation>Tentativi in totale di un nuovo webhook</translation>
    </message>
    <message>
        <source>Attempts in total; 1 means no retry</source>
        <translation>Tentativi in totale; 1 significa nessun nuovo tentativo</translation>
    </message>
    <message>
        <source>Follow &amp;redirects</source>
        <translation>Segui i &amp;reindirizzamenti</translation>
    </message>
    <message>
        <source>Or&amp;der</source>
        <translation>&amp;Ordine</translation>
    </message>
    <message>
        <source>Delivery order of a new webhook</source>
        <translation>Ordine di consegna di un nuovo webhook</translation>
    </message>
    <message>
        <source>A new webhook starts with these settings; webhooks that exist keep theirs. Retries wait 5 s, 5 min, 30 min, 2 h, 5 h, then 10 h between attempts.</source>
        <translation>Un nuovo webhook parte con queste impostazioni; i webhook esistenti mantengono le proprie. I nuovi tentativi attendono 5 s, 5 min, 30 min, 2 h, 5 h, poi 10 h tra un tentativo e l&apos;altro.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Posta in uscita</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Cartella</translation>
    </message>
    <message>
        <source>Outbox folder</source>
        <translation>Cartella della posta in uscita</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>Choose the outbox folder</source>
        <translation>Scegli la cartella della posta in uscita</translation>
    </message>
    <message>
        <source>Where the outbox keeps deliveries until they are delivered, one file per workspace. A new folder applies the next time Hooksmith starts.</source>
        <translation>Dove la posta in uscita conserva le consegne finché non sono consegnate, un file per area di lavoro. Una nuova cartella si applica al prossimo avvio di Hooksmith.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Built-in receiver</source>
        <translation>Ricevitore integrato</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Porta</translation>
    </message>
    <message>
        <source>Port of the built-in receiver</source>
        <translation>Porta del ricevitore integrato</translation>
    </message>
    <message>
        <source>The receiver listens on 127.0.0.1 at this port; a receiver that runs moves to it at once.</source>
        <translation>Il ricevitore è in ascolto su 127.0.0.1 a questa porta; un ricevitore in funzione vi si sposta subito.</translation>
    </message>
    <message>
        <source>Proxy for sending</source>
        <translation>Proxy per l&apos;invio</translation>
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
        <translation>Host del proxy</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>Port&amp;a</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Porta del proxy</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utente</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facoltativo</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Utente del proxy</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Password del proxy</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>The sending device&apos;s token</source>
        <translation>Il token del dispositivo mittente</translation>
    </message>
    <message>
        <source>The sending device&apos;s name</source>
        <translation>Il nome del dispositivo mittente</translation>
    </message>
    <message>
        <source>The workspace user id</source>
        <translation>L&apos;id utente dell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>The webhook&apos;s event name</source>
        <translation>Il nome evento del webhook</translation>
    </message>
    <message>
        <source>The signal number (a number)</source>
        <translation>Il numero del segnale (un numero)</translation>
    </message>
    <message>
        <source>The signal&apos;s name, empty when it is not defined</source>
        <translation>Il nome del segnale, vuoto se non è definito</translation>
    </message>
    <message>
        <source>The signal&apos;s unit, empty when it is not defined</source>
        <translation>L&apos;unità del segnale, vuota se non è definita</translation>
    </message>
    <message>
        <source>The signal&apos;s value with its JSON type: number, string, list, true/false/null</source>
        <translation>Il valore del segnale con il suo tipo JSON: numero, stringa, lista, true/false/null</translation>
    </message>
    <message>
        <source>When the signal was received, ISO 8601 UTC with milliseconds</source>
        <translation>Quando il segnale è stato ricevuto, ISO 8601 UTC con millisecondi</translation>
    </message>
    <message>
        <source>When the signal was received, in whole Unix seconds (a number)</source>
        <translation>Quando il segnale è stato ricevuto, in secondi Unix interi (un numero)</translation>
    </message>
    <message>
        <source>This delivery&apos;s id, the same on every retry</source>
        <translation>L&apos;id di questa consegna, uguale a ogni nuovo tentativo</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Dispositivo</translation>
    </message>
    <message>
        <source>Sample device</source>
        <translation>Dispositivo di esempio</translation>
    </message>
    <message>
        <source>Si&amp;gnal</source>
        <translation>Se&amp;gnale</translation>
    </message>
    <message>
        <source>Sample signal number</source>
        <translation>Numero di segnale di esempio</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Valore di esempio</translation>
    </message>
    <message>
        <source>JSON (23.5, &quot;text&quot;, [1, 2], true) or plain text</source>
        <translation>JSON (23.5, &quot;text&quot;, [1, 2], true) o testo semplice</translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation>Mostra segreti</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copia come curl</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Final request preview</source>
        <translation>Anteprima finale della richiesta</translation>
    </message>
    <message>
        <source>This request cannot be built</source>
        <translation>Questa richiesta non può essere costruita</translation>
    </message>
    <message>
        <source>Render error</source>
        <translation>Errore di rendering</translation>
    </message>
    <message>
        <source>V&amp;alue</source>
        <translation>&amp;Valore</translation>
    </message>
    <message>
        <source>Reveal secre&amp;ts</source>
        <translation>Mostra &amp;segreti</translation>
    </message>
    <message>
        <source>Copy the request as a curl command with the sample values; secrets are read from environment variables</source>
        <translation>Copia la richiesta come comando curl con i valori di esempio; i segreti sono letti da variabili d&apos;ambiente</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>warning: </source>
        <translation>avviso: </translation>
    </message>
</context>
<context>
    <name>ProblemMap</name>
    <message>
        <source>Warning: %1</source>
        <translation>Avviso: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>seconds</source>
        <translation>secondi</translation>
    </message>
</context>
<context>
    <name>RelayCommand</name>
    <message>
        <source>Deliver the signals a board prints (serial port or stdin) through the outbox.</source>
        <translation>Consegna tramite l&apos;outbox i segnali che una scheda stampa (porta seriale o stdin).</translation>
    </message>
    <message>
        <source>no device named &quot;%1&quot; or with that token</source>
        <translation>nessun dispositivo chiamato &quot;%1&quot; o con quel token</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Il file dell&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>Read board lines from standard input.</source>
        <translation>Legge le righe della scheda dallo standard input.</translation>
    </message>
    <message>
        <source>Read board lines from a serial port (a path, or auto).</source>
        <translation>Legge le righe della scheda da una porta seriale (un percorso, o auto).</translation>
    </message>
    <message>
        <source>The folder of the outbox (default: %1).</source>
        <translation>La cartella dell&apos;outbox (predefinita: %1).</translation>
    </message>
    <message>
        <source>Keep deliveries in memory only: nothing survives the process.</source>
        <translation>Tiene le consegne solo in memoria: nulla sopravvive al processo.</translation>
    </message>
    <message>
        <source>The device signals are attributed to until the board announces itself with @device (default: the sample device).</source>
        <translation>Il dispositivo a cui sono attribuiti i segnali finché la scheda non si annuncia con @device (predefinito: il dispositivo di esempio).</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: give exactly one WORKSPACE file</source>
        <translation>hooksmith-cli relay: indicare esattamente un file AREA_DI_LAVORO</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --in-memory and --outbox exclude each other</source>
        <translation>hooksmith-cli relay: --in-memory e --outbox si escludono a vicenda</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: %1</source>
        <translation>hooksmith-cli relay: %1</translation>
    </message>
    <message>
        <source>outbox %1</source>
        <translation>outbox %1</translation>
    </message>
    <message>
        <source>deliveries kept in memory only</source>
        <translation>consegne tenute solo in memoria</translation>
    </message>
    <message>
        <source>relay: reading board lines from %1; %2</source>
        <translation>relay: lettura delle righe della scheda da %1; %2</translation>
    </message>
    <message>
        <source>relay: %1: stopping; attempts under way get %2 s, the rest stay in the outbox</source>
        <translation>relay: %1: arresto; i tentativi in corso hanno %2 s, il resto resta nell&apos;outbox</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>non riuscito: %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>fermato</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connessione in corso</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connesso</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <source>--serial needs a port: a path such as /dev/ttyACM0, or auto</source>
        <translation>--serial richiede una porta: un percorso come /dev/ttyACM0, o auto</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --serial %1: %2</source>
        <translation>hooksmith-cli relay: --serial %1: %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 su %2</translation>
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
        <translation>la scheda ha annunciato il dispositivo %1%2</translation>
    </message>
    <message>
        <source>, not in the workspace</source>
        <translation>, non nell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>USB serial number %1 is device %2</source>
        <translation>il numero di serie USB %1 è il dispositivo %2</translation>
    </message>
    <message>
        <source>Reads board lines (@device, @signal: see the serial protocol) and delivers each signal to every enabled webhook bound to its device whose signal filter takes it, through the durable outbox (one per workspace). Logs one line per delivery event on standard error. With --stdin it finishes what is due at the end of the input and exits; deliveries waiting for a retry stay in the outbox for the next run. SIGINT and SIGTERM stop cleanly, SIGHUP reads the workspace again. It refuses to start when the workspace has errors or an {{env:NAME}} it needs is not set. Exit code 1 when a delivery failed for good or a signal could not be stored.</source>
        <translation>Legge le righe della scheda (@device, @signal: vedere il protocollo seriale) e consegna ogni segnale a ogni webhook abilitato associato al suo dispositivo il cui filtro dei segnali lo accetta, tramite l&apos;outbox persistente (una per area di lavoro). Registra una riga per ogni evento di consegna sullo standard error. Con --stdin completa ciò che è dovuto alla fine dell&apos;input ed esce; le consegne in attesa di un nuovo tentativo restano nell&apos;outbox per l&apos;esecuzione successiva. SIGINT e SIGTERM fermano in modo pulito, SIGHUP rilegge l&apos;area di lavoro. Non si avvia se l&apos;area di lavoro ha errori o se un {{env:NAME}} necessario non è impostato. Codice di uscita 1 quando una consegna è fallita definitivamente o un segnale non ha potuto essere memorizzato.</translation>
    </message>
    <message>
        <source>Serve /healthz and /metrics (Prometheus) on PORT of 127.0.0.1, or on ADDR:PORT.</source>
        <translation>Serve /healthz e /metrics (Prometheus) sulla PORT di 127.0.0.1, o su ADDR:PORT.</translation>
    </message>
    <message>
        <source>text (the default) or json (one JSON object per line).</source>
        <translation>text (predefinito) o json (un oggetto JSON per riga).</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --outbox needs a folder; leave the option out to use %1</source>
        <translation>hooksmith-cli relay: --outbox richiede una cartella; omettere l&apos;opzione per usare %1</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --log-format is text or json, not &quot;%1&quot;</source>
        <translation>hooksmith-cli relay: --log-format è text o json, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --health needs a port, or ADDR:PORT</source>
        <translation>hooksmith-cli relay: --health richiede una porta, o ADDR:PORT</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: %1 cannot be used: fix what is listed above (nothing was started)</source>
        <translation>hooksmith-cli relay: %1 non può essere usato: correggere quanto elencato sopra (non è stato avviato nulla)</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --health %1: %2</source>
        <translation>hooksmith-cli relay: --health %1: %2</translation>
    </message>
    <message>
        <source>relay: health on %1/healthz, metrics on %1/metrics</source>
        <translation>relay: health su %1/healthz, metriche su %1/metrics</translation>
    </message>
    <message>
        <source>parked: %1</source>
        <translation>parcheggiata: %1</translation>
    </message>
    <message>
        <source>relay: systemd watchdog: pinging every %1 ms</source>
        <translation>relay: watchdog di systemd: ping ogni %1 ms</translation>
    </message>
    <message>
        <source>relay: %1 signal(s), %2 delivery(ies): %3 delivered, %4 failed; %5 waiting in the outbox, %6 failed ones kept there; %7 signal(s) fired no webhook; %8 parked; %9 signal(s) could not be stored</source>
        <translation>relay: %1 segnale/i, %2 consegna/e: %3 consegnate, %4 non riuscite; %5 in attesa nell&apos;outbox, %6 non riuscite conservate lì; %7 segnale/i non hanno attivato alcun webhook; %8 parcheggiate; %9 segnale/i non hanno potuto essere memorizzati</translation>
    </message>
    <message numerus="yes">
        <source>relay: %n delivery(ies) were sent but their outcome could not be written to the outbox: they are attempted again at the next start (with the same message id)</source>
        <translation>
            <numerusform>relay: %n consegna è stata inviata ma il suo esito non ha potuto essere scritto nell&apos;outbox: sarà ritentata al prossimo avvio (con lo stesso id di messaggio)</numerusform>
            <numerusform>relay: %n consegne sono state inviate ma il loro esito non ha potuto essere scritto nell&apos;outbox: saranno ritentate al prossimo avvio (con lo stesso id di messaggio)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>relay: %n signal(s) were read but could not be stored, and are lost (last reason: %1)</source>
        <translation>
            <numerusform>relay: %n segnale è stato letto ma non ha potuto essere memorizzato, ed è perso (ultimo motivo: %1)</numerusform>
            <numerusform>relay: %n segnali sono stati letti ma non hanno potuto essere memorizzati, e sono persi (ultimo motivo: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>relay: SIGHUP: reading %1 again</source>
        <translation>relay: SIGHUP: rilettura di %1</translation>
    </message>
    <message>
        <source>relay: the workspace was not reloaded: it has errors (listed above); the one loaded before stays in use</source>
        <translation>relay: l&apos;area di lavoro non è stata ricaricata: contiene errori (elencati sopra); resta in uso quella caricata prima</translation>
    </message>
    <message numerus="yes">
        <source>relay: reloaded: %n webhook(s)</source>
        <translation>
            <numerusform>relay: ricaricato: %n webhook</numerusform>
            <numerusform>relay: ricaricati: %n webhook</numerusform>
        </translation>
    </message>
    <message>
        <source>relay: reloaded %1</source>
        <translation>relay: ricaricato %1</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --mqtt: %1</source>
        <translation>hooksmith-cli relay: --mqtt: %1</translation>
    </message>
    <message>
        <source>the URL holds a password, which other users can read on the command line: remove it from the URL and put it in the environment variable %1</source>
        <translation>l&apos;URL contiene una password, che altri utenti possono leggere sulla riga di comando: rimuoverla dall&apos;URL e metterla nella variabile d&apos;ambiente %1</translation>
    </message>
    <message>
        <source>the client id is too long</source>
        <translation>l&apos;id client è troppo lungo</translation>
    </message>
    <message>
        <source>Read signals from an MQTT 5 broker: mqtt://[USER@]HOST[:PORT] or mqtts://... (TLS). See docs/mqtt.md.</source>
        <translation>Legge i segnali da un broker MQTT 5: mqtt://[USER@]HOST[:PORT] o mqtts://... (TLS). Vedere docs/mqtt.md.</translation>
    </message>
    <message>
        <source>The user name for the broker (instead of the URL&apos;s).</source>
        <translation>Il nome utente per il broker (invece di quello dell&apos;URL).</translation>
    </message>
    <message>
        <source>The environment variable holding the broker password (default: %1).</source>
        <translation>La variabile d&apos;ambiente che contiene la password del broker (predefinita: %1).</translation>
    </message>
    <message>
        <source>Share the messages with the other relays of this shared subscription group ($share/NAME/...); without it, this relay gets every message.</source>
        <translation>Condivide i messaggi con gli altri relay di questo gruppo di sottoscrizione condivisa ($share/NAME/...); senza questa opzione, questo relay riceve ogni messaggio.</translation>
    </message>
    <message>
        <source>The MQTT client id (default: hooksmith-HOSTNAME-HASH, stable for this machine and outbox). A relay restarted with the same id takes up its session and what it had not acknowledged.</source>
        <translation>L&apos;id client MQTT (predefinito: hooksmith-HOSTNAME-HASH, stabile per questa macchina e questa outbox). Un relay riavviato con lo stesso id riprende la sua sessione e ciò che non aveva ancora confermato.</translation>
    </message>
    <message>
        <source>How long the broker keeps this relay&apos;s session (its subscriptions and the messages queued for it) while it is away, in seconds (default: 86400).</source>
        <translation>Per quanto tempo il broker conserva la sessione di questo relay (le sue sottoscrizioni e i messaggi in coda per esso) mentre è assente, in secondi (predefinito: 86400).</translation>
    </message>
    <message>
        <source>PEM file of the certificates to trust for mqtts:// (default: the system&apos;s).</source>
        <translation>File PEM dei certificati da considerare attendibili per mqtts:// (predefinito: quelli del sistema).</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: give one of --stdin, --serial PORT (or --serial auto) and --mqtt URL</source>
        <translation>hooksmith-cli relay: indicare uno tra --stdin, --serial PORT (o --serial auto) e --mqtt URL</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --%1 goes with --mqtt URL</source>
        <translation>hooksmith-cli relay: --%1 va con --mqtt URL</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --mqtt-session-expiry takes seconds (0 to 4294967295), not &quot;%1&quot;</source>
        <translation>hooksmith-cli relay: --mqtt-session-expiry richiede secondi (da 0 a 4294967295), non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--env: no environment named &quot;%1&quot; (the workspace has %2)</source>
        <translation>--env: nessun ambiente chiamato &quot;%1&quot; (l&apos;area di lavoro ha %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>relay: connected to %1</source>
        <translation>relay: connesso a %1</translation>
    </message>
    <message>
        <source>relay: device %1 (%2) announced itself over MQTT; it is not in the workspace, so its signals fire no webhook</source>
        <translation>relay: il dispositivo %1 (%2) si è annunciato tramite MQTT; non è nell&apos;area di lavoro, quindi i suoi segnali non attivano alcun webhook</translation>
    </message>
    <message>
        <source>relay: reading signals from %1 (%2); %3</source>
        <translation>relay: lettura dei segnali da %1 (%2); %3</translation>
    </message>
    <message>
        <source>all (the default): a line for every attempt; failures: none for an attempt that delivered, so a busy relay logs only what went wrong.</source>
        <translation>all (predefinito): una riga per ogni tentativo; failures: nessuna per un tentativo andato a buon fine, così un relay molto carico registra solo ciò che è andato storto.</translation>
    </message>
    <message>
        <source>Every PERIOD (e.g. 60s, 5m), one line with the signals, deliveries, retries and failures since the last one.</source>
        <translation>Ogni PERIOD (ad es. 60s, 5m), una riga con i segnali, le consegne, i nuovi tentativi e i fallimenti dall&apos;ultima.</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --log-deliveries is all or failures, not &quot;%1&quot;</source>
        <translation>hooksmith-cli relay: --log-deliveries è all o failures, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>hooksmith-cli relay: --log-summary takes one period from 1s to 24h (e.g. 60s, 5m), not &quot;%1&quot;</source>
        <translation>hooksmith-cli relay: --log-summary accetta un periodo da 1s a 24h (ad es. 60s, 5m), non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>relay: in the last %1: %2 signal(s), %3 delivered, %4 attempt(s) to be retried, %5 failed, %6 parked; %7 waiting in the outbox</source>
        <translation>relay: negli ultimi %1: %2 segnale/i, %3 consegnate, %4 tentativo/i da ripetere, %5 non riuscite, %6 parcheggiate; %7 in attesa nell&apos;outbox</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>Print the request a webhook sends for a signal.</source>
        <translation>Stampa la richiesta che un webhook invia per un segnale.</translation>
    </message>
    <message>
        <source>Prints the request exactly as &quot;send&quot; would send it: request line with path and query, headers, a blank line, the body. Secrets are shown as **** unless --show-secrets is given.</source>
        <translation>Stampa la richiesta esattamente come &quot;send&quot; la invierebbe: riga di richiesta con percorso e query, header, una riga vuota, il corpo. I segreti sono mostrati come **** a meno che non sia indicato --show-secrets.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Il file dell&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>Show passwords, signing secrets and environment values instead of ****.</source>
        <translation>Mostra password, segreti di firma e valori d&apos;ambiente invece di ****.</translation>
    </message>
    <message>
        <source>The time the signal was received and the request signed (ISO 8601; default: now).</source>
        <translation>L&apos;ora in cui il segnale è stato ricevuto e la richiesta firmata (ISO 8601; predefinita: adesso).</translation>
    </message>
    <message>
        <source>--at: &quot;%1&quot; is not an ISO 8601 time such as 2026-05-01T12:00:00Z</source>
        <translation>--at: &quot;%1&quot; non è un&apos;ora ISO 8601 come 2026-05-01T12:00:00Z</translation>
    </message>
    <message>
        <source>hooksmith-cli render: the secrets of %1 cannot be read. %2</source>
        <translation>hooksmith-cli render: i segreti di %1 non possono essere letti. %2</translation>
    </message>
    <message>
        <source>; send and relay will fail</source>
        <translation>; send e relay non riusciranno</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>la variabile d&apos;ambiente %1 non è impostata</translation>
    </message>
    <message>
        <source>the URL is empty</source>
        <translation>l&apos;URL è vuoto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: %2</source>
        <translation>&quot;%1&quot; non è un URL valido: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no scheme; start it with https:// or http://</source>
        <translation>&quot;%1&quot; non ha uno schema; iniziarlo con https:// o http://</translation>
    </message>
    <message>
        <source>the scheme &quot;%1&quot; is not supported; use https:// or http://</source>
        <translation>lo schema &quot;%1&quot; non è supportato; usare https:// o http://</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no host name</source>
        <translation>&quot;%1&quot; non ha un nome host</translation>
    </message>
    <message>
        <source>credentials in the URL are not sent; use basic authentication instead</source>
        <translation>le credenziali nell&apos;URL non vengono inviate; usare invece l&apos;autenticazione basic</translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot;</source>
        <translation>preset sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the %1 is kept in the OS keychain and is not available: unlock the keychain, or give it as {{env:NAME}} for servers</source>
        <translation>%1 si trova nel portachiavi del sistema operativo e non è disponibile: sbloccare il portachiavi, o indicare il valore come {{env:NAME}} per i server</translation>
    </message>
    <message>
        <source>the content type contains a line break</source>
        <translation>il content type contiene un&apos;interruzione di riga</translation>
    </message>
    <message>
        <source>basic authentication password</source>
        <translation>la password dell&apos;autenticazione basic</translation>
    </message>
    <message>
        <source>signing secret</source>
        <translation>il segreto di firma</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation>&quot;%1&quot; non è un nome di header valido</translation>
    </message>
    <message>
        <source>a carriage return (CR)</source>
        <translation>un ritorno a capo (CR)</translation>
    </message>
    <message>
        <source>a line feed (LF)</source>
        <translation>un avanzamento riga (LF)</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>un carattere NUL</translation>
    </message>
    <message>
        <source>after substitution the value contains %1 at character %2, which could forge headers; nothing was sent</source>
        <translation>dopo la sostituzione il valore contiene %1 al carattere %2, che potrebbe falsificare gli header; non è stato inviato nulla</translation>
    </message>
    <message>
        <source>the value is empty, and the HTTP stack would send its own %1 instead; leave the header out to send Hooksmith&apos;s automatic value</source>
        <translation>il valore è vuoto, e lo stack HTTP invierebbe invece il proprio %1; omettere l&apos;header per inviare il valore automatico di Hooksmith</translation>
    </message>
    <message>
        <source>Hooksmith (automatic)</source>
        <translation>Hooksmith (automatico)</translation>
    </message>
    <message>
        <source>the URL&apos;s host</source>
        <translation>l&apos;host dell&apos;URL</translation>
    </message>
    <message>
        <source>the JSON format</source>
        <translation>il formato JSON</translation>
    </message>
    <message>
        <source>the web form format</source>
        <translation>il formato modulo web</translation>
    </message>
    <message>
        <source>the custom body format</source>
        <translation>il formato corpo personalizzato</translation>
    </message>
    <message>
        <source>basic authentication</source>
        <translation>l&apos;autenticazione basic</translation>
    </message>
    <message>
        <source>Standard Webhooks signing</source>
        <translation>la firma Standard Webhooks</translation>
    </message>
    <message>
        <source>GitHub-style signing</source>
        <translation>la firma in stile GitHub</translation>
    </message>
    <message>
        <source>Stripe-style signing</source>
        <translation>la firma in stile Stripe</translation>
    </message>
    <message>
        <source>computed for each attempt</source>
        <translation>il calcolo a ogni tentativo</translation>
    </message>
    <message>
        <source>the body&apos;s length</source>
        <translation>la lunghezza del corpo</translation>
    </message>
    <message>
        <source>Hooksmith (automatic; a header of yours with this name replaces it)</source>
        <translation>Hooksmith (automatico; un proprio header con questo nome lo sostituisce)</translation>
    </message>
    <message>
        <source>the URL has no origin</source>
        <translation>l&apos;URL non ha un&apos;origine</translation>
    </message>
    <message>
        <source>the secret variable %1 of environment &quot;%2&quot; is kept in the OS keychain and is not available: set its value, unlock the keychain, or give it as {{env:NAME}} for servers</source>
        <translation>la variabile segreta %1 dell&apos;ambiente &quot;%2&quot; si trova nel portachiavi del sistema operativo e non è disponibile: impostarne il valore, sbloccare il portachiavi, o indicarla come {{env:NAME}} per i server</translation>
    </message>
    <message>
        <source>the value of variable %1 in environment &quot;%2&quot; may only use {{env:NAME}}</source>
        <translation>il valore della variabile %1 nell&apos;ambiente &quot;%2&quot; può usare solo {{env:NAME}}</translation>
    </message>
    <message>
        <source>the variable %1 of environment &quot;%2&quot; reads the environment variable %3, which is not set</source>
        <translation>la variabile %1 dell&apos;ambiente &quot;%2&quot; legge la variabile d&apos;ambiente %3, che non è impostata</translation>
    </message>
    <message>
        <source>the value of variable %1 in environment &quot;%2&quot;: %3</source>
        <translation>il valore della variabile %1 nell&apos;ambiente &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>secret variable %1</source>
        <translation>variabile segreta %1</translation>
    </message>
    <message>
        <source>the secret variable %1 stands before the URL&apos;s path, where it would be shown as it is; use it in the path, the query, a header or the body</source>
        <translation>la variabile segreta %1 si trova prima del percorso dell&apos;URL, dove verrebbe mostrata così com&apos;è; usarla nel percorso, nella query, in un header o nel corpo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts or ends with a space: remove it</source>
        <translation>&quot;%1&quot; inizia o termina con uno spazio: rimuoverlo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space (character %2): a scheme or host name cannot contain one; in a path or query write it as %3</source>
        <translation>&quot;%1&quot; contiene uno spazio (carattere %2): uno schema o un nome host non può contenerne; in un percorso o in una query scriverlo come %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: the part &quot;%2&quot; of its host name is %3 characters long, and a part between dots can have at most 63</source>
        <translation>&quot;%1&quot; non è un URL valido: la parte &quot;%2&quot; del suo nome host è lunga %3 caratteri, e una parte tra due punti può averne al massimo 63</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: its host name contains &quot;%2&quot; (character %3 of the host), which a host name cannot contain</source>
        <translation>&quot;%1&quot; non è un URL valido: il suo nome host contiene &quot;%2&quot; (carattere %3 dell&apos;host), che un nome host non può contenere</translation>
    </message>
    <message>
        <source>the value of %1 makes the path segment &quot;%2&quot;, which sends the request to another path (&quot;.&quot; is dropped, &quot;..&quot; goes up a level); nothing was sent</source>
        <translation>il valore di %1 forma il segmento di percorso &quot;%2&quot;, che manda la richiesta a un altro percorso (&quot;.&quot; viene tolto, &quot;..&quot; sale di un livello); non è stato inviato nulla</translation>
    </message>
</context>
<context>
    <name>RequestImport</name>
    <message>
        <source>%1: &quot;%2&quot; is not a Hooksmith preset, so it is kept as text</source>
        <translation>%1: &quot;%2&quot; non è un preset di Hooksmith, quindi è mantenuto come testo</translation>
    </message>
    <message>
        <source>%1: the method &quot;%2&quot; is not one Hooksmith sends (GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS)</source>
        <translation>%1: il metodo &quot;%2&quot; non è tra quelli che Hooksmith invia (GET, POST, PUT, PATCH, DELETE, HEAD o OPTIONS)</translation>
    </message>
    <message>
        <source>%1: the URL&apos;s fragment &quot;%2&quot; is never sent, so it is left out</source>
        <translation>%1: il frammento &quot;%2&quot; dell&apos;URL non viene mai inviato, quindi è omesso</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid header name</source>
        <translation>%1: &quot;%2&quot; non è un nome di header valido</translation>
    </message>
    <message>
        <source>%1: Content-Type is given twice; the last one is used</source>
        <translation>%1: Content-Type è indicato due volte; viene usato l&apos;ultimo</translation>
    </message>
    <message>
        <source>%1: the Host header is taken from the URL, so &quot;%2&quot; is left out</source>
        <translation>%1: l&apos;header Host è preso dall&apos;URL, quindi &quot;%2&quot; è omesso</translation>
    </message>
    <message>
        <source>%1: Hooksmith sends its own User-Agent, so &quot;%2&quot; is left out</source>
        <translation>%1: Hooksmith invia il proprio User-Agent, quindi &quot;%2&quot; è omesso</translation>
    </message>
    <message>
        <source>%1: the Authorization header is not user:password in base64</source>
        <translation>%1: l&apos;header Authorization non è user:password in base64</translation>
    </message>
    <message>
        <source>%1: %2 is kept as fixed text, so every request repeats this one value; to sign each request, set the webhook&apos;s signing (%3) and its secret instead, and delete this header</source>
        <translation>%1: %2 è mantenuto come testo fisso, quindi ogni richiesta ripete questo stesso valore; per firmare ogni richiesta, impostare invece la firma del webhook (%3) e il suo segreto, ed eliminare questo header</translation>
    </message>
    <message>
        <source>%1: no password is given for the user; set it in the webhook</source>
        <translation>%1: non è indicata alcuna password per l&apos;utente; impostarla nel webhook</translation>
    </message>
    <message>
        <source>%1: a %2 request carries no body in Hooksmith; send the data as query parameters (curl -G) or use POST</source>
        <translation>%1: una richiesta %2 in Hooksmith non ha corpo; inviare i dati come parametri query (curl -G) o usare POST</translation>
    </message>
    <message>
        <source>%1: the body has no Content-Type; it is sent as application/octet-stream</source>
        <translation>%1: il corpo non ha un Content-Type; viene inviato come application/octet-stream</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importato</translation>
    </message>
    <message>
        <source>the environment &quot;%1&quot; was added with the variables %2</source>
        <translation>l&apos;ambiente &quot;%1&quot; è stato aggiunto con le variabili %2</translation>
    </message>
    <message>
        <source>the environment &quot;%1&quot; keeps its own value of %2</source>
        <translation>l&apos;ambiente &quot;%1&quot; mantiene il proprio valore di %2</translation>
    </message>
    <message>
        <source>the variables %1 were added to the environments %2 where they were missing</source>
        <translation>le variabili %1 sono state aggiunte agli ambienti %2 in cui mancavano</translation>
    </message>
</context>
<context>
    <name>RetryPolicy</name>
    <message>
        <source>&quot;%1&quot; is not a delay: write a number with ms, s, m or h, e.g. 0,5s,5m,30m,2h</source>
        <translation>&quot;%1&quot; non è un&apos;attesa: scrivere un numero con ms, s, m o h, ad es. 0,5s,5m,30m,2h</translation>
    </message>
    <message>
        <source>the retry schedule is empty</source>
        <translation>il piano dei nuovi tentativi è vuoto</translation>
    </message>
    <message>
        <source>immediately</source>
        <translation>subito</translation>
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
        <translation>il destinatario ha risposto %1: l&apos;endpoint non esiste più, quindi il webhook è stato disabilitato</translation>
    </message>
    <message>
        <source>the request cannot be made: %1</source>
        <translation>la richiesta non può essere effettuata: %1</translation>
    </message>
    <message>
        <source>failed (no retries configured): %1</source>
        <translation>non riuscito (nessun nuovo tentativo configurato): %1</translation>
    </message>
    <message>
        <source>gave up after %1 attempts; the last one: %2</source>
        <translation>abbandonato dopo %1 tentativi; l&apos;ultimo: %2</translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <source>set, get or delete.</source>
        <translation>set, get o delete.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Il file dell&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>The webhook, by name or id.</source>
        <translation>Il webhook, per nome o id.</translation>
    </message>
    <message>
        <source>Which secret: password or signing-secret.</source>
        <translation>Quale segreto: password o signing-secret.</translation>
    </message>
    <message>
        <source>get: print the secret itself instead of ****.</source>
        <translation>get: stampa il segreto stesso invece di ****.</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: give an action (set, get or delete) and one WORKSPACE file</source>
        <translation>hooksmith-cli secret: indicare un&apos;azione (set, get o delete) e un file AREA_DI_LAVORO</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: unknown action &quot;%1&quot;; use set, get or delete</source>
        <translation>hooksmith-cli secret: azione sconosciuta &quot;%1&quot;; usare set, get o delete</translation>
    </message>
    <message>
        <source>--field: &quot;%1&quot; is not a secret field; use password or signing-secret</source>
        <translation>--field: &quot;%1&quot; non è un campo segreto; usare password o signing-secret</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: --field is required (password or signing-secret)</source>
        <translation>hooksmith-cli secret: --field è obbligatorio (password o signing-secret)</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: --reveal only goes with get</source>
        <translation>hooksmith-cli secret: --reveal va solo con get</translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>note: %1 does not use basic authentication, so this password is not used</source>
        <translation>nota: %1 non usa l&apos;autenticazione basic, quindi questa password non è usata</translation>
    </message>
    <message>
        <source>note: %1 does not sign its requests, so this signing secret is not used</source>
        <translation>nota: %1 non firma le sue richieste, quindi questo segreto di firma non è usato</translation>
    </message>
    <message>
        <source>note: the workspace file gives %1 for %2, which is used instead of the keychain</source>
        <translation>nota: il file dell&apos;area di lavoro indica %1 per %2, che viene usato al posto del portachiavi</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <source>hooksmith-cli secret set: no value on standard input; for example: printf &apos;%s&apos; &quot;$SECRET&quot; | hooksmith-cli secret set ...</source>
        <translation>hooksmith-cli secret set: nessun valore sullo standard input; per esempio: printf &apos;%s&apos; &quot;$SECRET&quot; | hooksmith-cli secret set ...</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: %1 was not saved. %2</source>
        <translation>hooksmith-cli secret: impossibile salvare %1. %2</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: %1 was not saved: %2</source>
        <translation>hooksmith-cli secret: salvataggio di %1 non riuscito: %2</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: %1 cannot be deleted. %2</source>
        <translation>hooksmith-cli secret: impossibile eliminare %1. %2</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: %1 was not deleted: %2</source>
        <translation>hooksmith-cli secret: eliminazione di %1 non riuscita: %2</translation>
    </message>
    <message>
        <source>Deleted %1 from the keychain (if it was there).</source>
        <translation>Eliminato dal portachiavi: %1 (se c&apos;era).</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: %1 cannot be read. %2</source>
        <translation>hooksmith-cli secret: impossibile leggere %1. %2</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: %1 could not be read: %2</source>
        <translation>hooksmith-cli secret: lettura di %1 non riuscita: %2</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: %1 is not set</source>
        <translation>hooksmith-cli secret: nessun valore per %1</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: %1 was not saved: cannot tell which server it is for (%2); set what the URL needs, then try again</source>
        <translation>hooksmith-cli secret: salvataggio di %1 non riuscito: non si capisce per quale server sia (%2); impostare ciò che serve all&apos;URL, poi riprovare</translation>
    </message>
    <message>
        <source>Saved %1 in the keychain, for %2.</source>
        <translation>Salvato nel portachiavi: %1, per %2.</translation>
    </message>
    <message>
        <source>note: %1 was saved before Hooksmith recorded origins: its first use binds it to the server it is sent to</source>
        <translation>nota: %1 risale a prima che Hooksmith registrasse le origini: il primo uso fissa il server a cui è destinato, cioè quello a cui viene inviato</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>nota: </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Set, show or delete a webhook&apos;s secret or a secret variable in the OS keychain.</source>
        <translation>Imposta, mostra o elimina il segreto di un webhook o una variabile segreta nel portachiavi del sistema operativo.</translation>
    </message>
    <message>
        <source>Keeps a webhook&apos;s basic authentication password or signing secret, or the value of a secret variable of an environment, in the OS keychain, where the desktop app keeps them too (the workspace file leaves them out). &quot;set&quot; reads the value from standard input, never from the command line, so that it stays out of shell history and process lists. &quot;get&quot; prints ****, or says &quot;not set&quot; on standard error with exit code 2; the value only with --reveal.</source>
        <translation>Conserva la password dell&apos;autenticazione di base o il segreto di firma di un webhook, o il valore di una variabile segreta di un ambiente, nel portachiavi del sistema operativo, dove li conserva anche l&apos;app desktop (il file dell&apos;area di lavoro li omette). &quot;set&quot; legge il valore dallo standard input, mai dalla riga di comando, così che resti fuori dalla cronologia della shell e dagli elenchi dei processi. &quot;get&quot; stampa ****, oppure segnala &quot;not set&quot; sullo standard error con codice di uscita 2; il valore stesso solo con --reveal.</translation>
    </message>
    <message>
        <source>A secret variable of the environment given with --env, instead of -w and --field.</source>
        <translation>Una variabile segreta dell&apos;ambiente indicato con --env, al posto di -w e --field.</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: give -w (a webhook&apos;s secret) or --var (a secret variable), not both</source>
        <translation>hooksmith-cli secret: indicare -w (il segreto di un webhook) o --var (una variabile segreta), non entrambi</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: -w or --var is required; see &quot;hooksmith-cli secret --help&quot;</source>
        <translation>hooksmith-cli secret: -w o --var è obbligatorio; vedere &quot;hooksmith-cli secret --help&quot;</translation>
    </message>
    <message>
        <source>hooksmith-cli secret: --field goes with -w; a secret variable is named with --var</source>
        <translation>hooksmith-cli secret: --field va con -w; una variabile segreta si indica con --var</translation>
    </message>
    <message>
        <source>the workspace has no environments, so it has no variable %1; add one in Hooksmith (Edit &gt; Environments…)</source>
        <translation>l&apos;area di lavoro non ha ambienti, quindi nessuna variabile %1; aggiungerne uno in Hooksmith (Modifica &gt; Ambienti…)</translation>
    </message>
    <message>
        <source>--var: environment &quot;%1&quot; has no variables</source>
        <translation>--var: l&apos;ambiente &quot;%1&quot; non ha variabili</translation>
    </message>
    <message>
        <source>--var: environment &quot;%1&quot; has no variable %2 (it has %3)</source>
        <translation>--var: l&apos;ambiente &quot;%1&quot; non ha la variabile %2 (ha %3)</translation>
    </message>
    <message>
        <source>secret variable %1 of environment &quot;%2&quot;</source>
        <translation>variabile segreta %1 dell&apos;ambiente &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the secret variable %1 of environment &quot;%2&quot;</source>
        <translation>la variabile segreta %1 dell&apos;ambiente &quot;%2&quot;</translation>
    </message>
    <message>
        <source>note: the variable %1 of environment &quot;%2&quot; is not secret: its value in the workspace file is used, not the keychain</source>
        <translation>nota: la variabile %1 dell&apos;ambiente &quot;%2&quot; non è segreta: si usa il suo valore nel file dell&apos;area di lavoro, non il portachiavi</translation>
    </message>
    <message>
        <source>note: the workspace file gives %1 a value, which is used instead of the keychain</source>
        <translation>nota: il file dell&apos;area di lavoro dà un valore a %1, che viene usato al posto del portachiavi</translation>
    </message>
    <message>
        <source>Saved %1 in the keychain; its first use binds it to the server it is sent to.</source>
        <translation>Salvato nel portachiavi: %1; il primo uso lo lega al server a cui viene inviato.</translation>
    </message>
    <message>
        <source>note: %1 is not bound to a server yet: its first use binds it to the server it is sent to</source>
        <translation>nota: %1 non è ancora legato a un server: il primo uso lo lega al server a cui viene inviato</translation>
    </message>
</context>
<context>
    <name>SecretMove</name>
    <message>
        <source>the keychain could not be read: %1</source>
        <translation>non è stato possibile leggere il portachiavi: %1</translation>
    </message>
</context>
<context>
    <name>SecretOrigins</name>
    <message>
        <source>the %1 in the keychain was saved for %2, but the URL now points to %3: it is not sent there until you confirm %3 in Hooksmith (Authentication section) or set the secret again with hooksmith-cli secret set</source>
        <translation>%1 nel portachiavi è stato salvato per %2, ma l&apos;URL ora punta a %3: non viene inviato lì finché non si conferma %3 in Hooksmith (sezione Autenticazione) o si imposta di nuovo il segreto con hooksmith-cli secret set</translation>
    </message>
</context>
<context>
    <name>SecretResolver</name>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>signing secret</source>
        <translation>segreto di firma</translation>
    </message>
    <message>
        <source>the %1 of webhook &quot;%2&quot; is not in the keychain: set it in Hooksmith, or use {{env:NAME}}</source>
        <translation>%1 del webhook &quot;%2&quot; manca nel portachiavi: impostare il valore in Hooksmith, o usare {{env:NAME}}</translation>
    </message>
    <message>
        <source>the %1 of webhook &quot;%2&quot; is not set in this session: set it in Hooksmith, or use {{env:NAME}}. %3</source>
        <translation>%1 del webhook &quot;%2&quot; manca in questa sessione: impostare il valore in Hooksmith, o usare {{env:NAME}}. %3</translation>
    </message>
    <message>
        <source>secret variable %1 of environment &quot;%2&quot;</source>
        <translation>variabile segreta %1 dell&apos;ambiente &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 of webhook &quot;%2&quot;</source>
        <translation>%1 del webhook &quot;%2&quot;</translation>
    </message>
    <message>
        <source>secret variable</source>
        <translation>variabile segreta</translation>
    </message>
    <message>
        <source>the secret variable %1 of environment &quot;%2&quot; is not in the keychain: set its value in Hooksmith&apos;s environments, or give it as {{env:NAME}}</source>
        <translation>la variabile segreta %1 dell&apos;ambiente &quot;%2&quot; manca nel portachiavi: impostarne il valore negli ambienti di Hooksmith, o indicarla come {{env:NAME}}</translation>
    </message>
    <message>
        <source>the secret variable %1 of environment &quot;%2&quot; is not set in this session: set its value in Hooksmith&apos;s environments, or give it as {{env:NAME}}. %3</source>
        <translation>la variabile segreta %1 dell&apos;ambiente &quot;%2&quot; manca in questa sessione: impostarne il valore negli ambienti di Hooksmith, o indicarla come {{env:NAME}}. %3</translation>
    </message>
    <message>
        <source>the %1 could not be read from the keychain: %2</source>
        <translation>impossibile leggere dal portachiavi %1: %2</translation>
    </message>
    <message>
        <source>the %1 could not be saved for %2 in the keychain: %3</source>
        <translation>impossibile salvare nel portachiavi %1 per %2: %3</translation>
    </message>
    <message>
        <source>proxy password</source>
        <translation>password del proxy</translation>
    </message>
    <message>
        <source>broker password</source>
        <translation>password del broker</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Send a webhook&apos;s request for a signal, with its retries.</source>
        <translation>Invia la richiesta di un webhook per un segnale, con i suoi nuovi tentativi.</translation>
    </message>
    <message>
        <source>Sends the request a webhook makes for one signal, retrying by the webhook&apos;s policy (progress on standard error), then prints the response&apos;s status line, headers and body. Exit code 0 when the receiver answered 2xx, 1 when the delivery failed, 2 for bad input. Ctrl-C stops.</source>
        <translation>Invia la richiesta che un webhook effettua per un segnale, ritentando secondo la politica del webhook (avanzamento sullo standard error), poi stampa la riga di stato, gli header e il corpo della risposta. Codice di uscita 0 quando il destinatario ha risposto 2xx, 1 quando la consegna non è riuscita, 2 per input errato. Ctrl-C interrompe.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Il file dell&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>Print one JSON object: the request as sent (secrets masked), the response, every attempt and its timings.</source>
        <translation>Stampa un oggetto JSON: la richiesta come inviata (segreti mascherati), la risposta, ogni tentativo e i suoi tempi.</translation>
    </message>
    <message>
        <source>note: the webhook &quot;%1&quot; is disabled; sending anyway</source>
        <translation>nota: il webhook &quot;%1&quot; è disabilitato; invio comunque</translation>
    </message>
    <message>
        <source>attempt %1 of %2 failed: %3</source>
        <translation>tentativo %1 di %2 non riuscito: %3</translation>
    </message>
    <message>
        <source>interrupted (%1) before the delivery succeeded</source>
        <translation>interrotto (%1) prima che la consegna riuscisse</translation>
    </message>
    <message>
        <source>hooksmith-cli send: %1</source>
        <translation>hooksmith-cli send: %1</translation>
    </message>
    <message>
        <source>the delivery failed</source>
        <translation>la consegna non è riuscita</translation>
    </message>
    <message>
        <source>; nothing was sent</source>
        <translation>; non è stato inviato nulla</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>line %1, column %2</source>
        <translation>riga %1, colonna %2</translation>
    </message>
    <message>
        <source>&quot;$(&quot; at %1 runs a command, which cannot be imported; paste the command with its result written out</source>
        <translation>&quot;$(&quot; in %1 esegue un comando, che non può essere importato; incollare il comando con il suo risultato scritto per esteso</translation>
    </message>
    <message>
        <source>&quot;${&quot; at %1 is not a plain ${NAME}; write the value out</source>
        <translation>&quot;${&quot; in %1 non è un semplice ${NAME}; scrivere il valore per esteso</translation>
    </message>
    <message>
        <source>&quot;$%1&quot; at %2 is a shell parameter that cannot be imported; write the value out</source>
        <translation>&quot;$%1&quot; in %2 è un parametro della shell che non può essere importato; scrivere il valore per esteso</translation>
    </message>
    <message>
        <source>the quote $&apos; at %1 is not closed</source>
        <translation>la virgoletta $&apos; in %1 non è chiusa</translation>
    </message>
    <message>
        <source>the quote $&apos; at %1 holds a NUL byte, which no argument can carry</source>
        <translation>la virgoletta $&apos; in %1 contiene un byte NUL, che nessun argomento può contenere</translation>
    </message>
    <message>
        <source>the command line ends with a lone backslash at %1</source>
        <translation>la riga di comando termina con una barra rovesciata isolata in %1</translation>
    </message>
    <message>
        <source>the quote &apos; at %1 is not closed</source>
        <translation>la virgoletta &apos; in %1 non è chiusa</translation>
    </message>
    <message>
        <source>the quote &quot; at %1 is not closed</source>
        <translation>la virgoletta &quot; in %1 non è chiusa</translation>
    </message>
    <message>
        <source>the backquote at %1 runs a command, which cannot be imported; paste the command with its result written out</source>
        <translation>l&apos;apice inverso in %1 esegue un comando, che non può essere importato; incollare il comando con il suo risultato scritto per esteso</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2 ends the curl command or redirects it; paste the curl command alone</source>
        <translation>&quot;%1&quot; in %2 termina il comando curl o lo reindirizza; incollare solo il comando curl</translation>
    </message>
    <message>
        <source>the &quot;${&quot; at %1 is not closed</source>
        <translation>il &quot;${&quot; a %1 non è chiuso</translation>
    </message>
    <message>
        <source>the value after &quot;${%1%2&quot; at %3 is expanded by the shell; write it out</source>
        <translation>il valore dopo &quot;${%1%2&quot; a %3 viene espanso dalla shell; scriverlo per esteso</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Workspace</source>
        <translation>Area di lavoro</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Search webhooks</source>
        <translation>Cerca webhook</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Nuovo webhook</translation>
    </message>
    <message>
        <source>Duplicate webhook</source>
        <translation>Duplica webhook</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Elimina webhook</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>Aggiungi dispositivo</translation>
    </message>
    <message>
        <source>Delete device</source>
        <translation>Elimina dispositivo</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Segnali</translation>
    </message>
    <message>
        <source>Signal definitions</source>
        <translation>Definizioni dei segnali</translation>
    </message>
    <message>
        <source>Define signal</source>
        <translation>Definisci segnale</translation>
    </message>
    <message>
        <source>Delete signal definition</source>
        <translation>Elimina definizione del segnale</translation>
    </message>
</context>
<context>
    <name>SignalChoice</name>
    <message>
        <source>The webhook, by name or id.</source>
        <translation>Il webhook, per nome o id.</translation>
    </message>
    <message>
        <source>The device, by name or token (default: the webhook&apos;s first bound device, else the sample device).</source>
        <translation>Il dispositivo, per nome o token (predefinito: il primo dispositivo associato al webhook, altrimenti il dispositivo di esempio).</translation>
    </message>
    <message>
        <source>The signal number, 0 to 254.</source>
        <translation>Il numero del segnale, da 0 a 254.</translation>
    </message>
    <message>
        <source>The signal value as JSON (23.5, &quot;open&quot;, [1,2]); other text is taken as a string.</source>
        <translation>Il valore del segnale come JSON (23.5, &quot;open&quot;, [1,2]); altro testo è preso come stringa.</translation>
    </message>
    <message>
        <source>The MESSAGE_ID (default: a new one).</source>
        <translation>Il MESSAGE_ID (predefinito: uno nuovo).</translation>
    </message>
    <message>
        <source>hooksmith-cli %1: give exactly one WORKSPACE file</source>
        <translation>hooksmith-cli %1: indicare esattamente un file AREA_DI_LAVORO</translation>
    </message>
    <message>
        <source>hooksmith-cli %1: -%2 is required; see &quot;hooksmith-cli %1 --help&quot;</source>
        <translation>hooksmith-cli %1: -%2 è obbligatorio; vedere &quot;hooksmith-cli %1 --help&quot;</translation>
    </message>
</context>
<context>
    <name>SignalValues</name>
    <message>
        <source>signal 255 is reserved (as on Pybytes); use 0 to 254</source>
        <translation>il segnale 255 è riservato (come su Pybytes); usare da 0 a 254</translation>
    </message>
    <message>
        <source>signal number %1 is out of range; use 0 to 254</source>
        <translation>il numero di segnale %1 è fuori intervallo; usare da 0 a 254</translation>
    </message>
    <message>
        <source>the value is %1 bytes long; a signal value may be at most %2 bytes</source>
        <translation>il valore è lungo %1 byte; un valore di segnale può essere al massimo di %2 byte</translation>
    </message>
    <message>
        <source>the value is not JSON: %1 at character %2</source>
        <translation>il valore non è JSON: %1 al carattere %2</translation>
    </message>
</context>
<context>
    <name>Signer</name>
    <message>
        <source>the Standard Webhooks secret is not &quot;whsec_&quot; followed by base64 text</source>
        <translation>il segreto Standard Webhooks non è &quot;whsec_&quot; seguito da testo base64</translation>
    </message>
    <message>
        <source>the Standard Webhooks secret decodes to %1 bytes; it must be 24 to 64 bytes</source>
        <translation>il segreto Standard Webhooks decodificato è di %1 byte; deve essere da 24 a 64 byte</translation>
    </message>
    <message>
        <source>the signing secret is empty</source>
        <translation>il segreto di firma è vuoto</translation>
    </message>
    <message>
        <source>webhook-timestamp is not a number</source>
        <translation>webhook-timestamp non è un numero</translation>
    </message>
    <message>
        <source>webhook-timestamp is more than 5 minutes away from now</source>
        <translation>webhook-timestamp dista più di 5 minuti da adesso</translation>
    </message>
    <message>
        <source>no signature in webhook-signature matches the secret</source>
        <translation>nessuna firma in webhook-signature corrisponde al segreto</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nome evento</translation>
    </message>
    <message>
        <source>Endpoint address</source>
        <translation>Indirizzo dell&apos;endpoint</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Bound devices</source>
        <translation>Dispositivi associati</translation>
    </message>
    <message>
        <source>Bound devices and their tokens</source>
        <translation>Dispositivi associati e i loro token</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>&quot;{{&quot; at character %1 is not closed by &quot;}}&quot; (write \{{ for a literal &quot;{{&quot;)</source>
        <translation>&quot;{{&quot; al carattere %1 non è chiuso da &quot;}}&quot; (scrivere \{{ per un &quot;{{&quot; letterale)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at character %2 is not a valid environment variable name</source>
        <translation>&quot;%1&quot; al carattere %2 non è un nome valido di variabile d&apos;ambiente</translation>
    </message>
    <message>
        <source>empty placeholder &quot;{{}}&quot; at character %1</source>
        <translation>segnaposto vuoto &quot;{{}}&quot; al carattere %1</translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot; at character %2</source>
        <translation>preset sconosciuto &quot;%1&quot; al carattere %2</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation> (forse si intendeva %1?)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at character %2 is not a valid variable name (letters, digits and _, not starting with a digit)</source>
        <translation>&quot;%1&quot; al carattere %2 non è un nome di variabile valido (lettere, cifre e _, senza iniziare con una cifra)</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Check a workspace and print every problem.</source>
        <translation>Verifica un&apos;area di lavoro e stampa ogni problema.</translation>
    </message>
    <message>
        <source>Checks WORKSPACE and prints every problem as FILE: webhook &quot;NAME&quot;: field: message.
Exits with 2 when there is an error; warnings alone exit with 0.</source>
        <translation>Verifica AREA_DI_LAVORO e stampa ogni problema come FILE: webhook &quot;NOME&quot;: campo: messaggio.
Esce con 2 quando c&apos;è un errore; i soli avvisi escono con 0.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Il file dell&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>hooksmith-cli validate: give exactly one WORKSPACE file</source>
        <translation>hooksmith-cli validate: indicare esattamente un file AREA_DI_LAVORO</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%n webhook(s)</source>
        <translation>
            <numerusform>%1: valido (%n webhook</numerusform>
            <numerusform>%1: valido (%n webhook</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n device(s)</source>
        <translation>
            <numerusform>, %n dispositivo</numerusform>
            <numerusform>, %n dispositivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n signal definition(s))</source>
        <translation>
            <numerusform>, %n definizione di segnale)</numerusform>
            <numerusform>, %n definizioni di segnale)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>the device token is required</source>
        <translation>il token del dispositivo è obbligatorio</translation>
    </message>
    <message>
        <source>the token %1 is used by another device; tokens must be unique</source>
        <translation>il token %1 è usato da un altro dispositivo; i token devono essere univoci</translation>
    </message>
    <message>
        <source>another device has the same name; names must be unique</source>
        <translation>un altro dispositivo ha lo stesso nome; i nomi devono essere univoci</translation>
    </message>
    <message>
        <source>the signal number is required</source>
        <translation>il numero del segnale è obbligatorio</translation>
    </message>
    <message>
        <source>signal %1 is defined twice</source>
        <translation>il segnale %1 è definito due volte</translation>
    </message>
    <message>
        <source>the %1 is written in the file in plain text: keep it in the OS keychain (Hooksmith moves it there when it saves) or use {{env:NAME}}</source>
        <translation>%1 compare in chiaro nel file: conservare il valore nel portachiavi del sistema operativo (Hooksmith ve lo sposta quando salva) o usare {{env:NAME}}</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>il nome è obbligatorio</translation>
    </message>
    <message>
        <source>another webhook has the same name; names must be unique</source>
        <translation>un altro webhook ha lo stesso nome; i nomi devono essere univoci</translation>
    </message>
    <message>
        <source>another webhook has the id %1; ids must be unique</source>
        <translation>un altro webhook ha l&apos;id %1; gli id devono essere univoci</translation>
    </message>
    <message>
        <source>a URL is required</source>
        <translation>l&apos;URL è obbligatorio</translation>
    </message>
    <message>
        <source>%1 requests carry no body: set the format to none, or use POST, PUT or PATCH</source>
        <translation>le richieste %1 non hanno corpo: impostare il formato a none, o usare POST, PUT o PATCH</translation>
    </message>
    <message>
        <source>the parameter name is empty</source>
        <translation>il nome del parametro è vuoto</translation>
    </message>
    <message>
        <source>the parameter %1 appears twice</source>
        <translation>il parametro %1 compare due volte</translation>
    </message>
    <message>
        <source>unknown preset %1</source>
        <translation>preset sconosciuto %1</translation>
    </message>
    <message>
        <source>the custom format needs a content type</source>
        <translation>il formato personalizzato richiede un content type</translation>
    </message>
    <message>
        <source>the content type contains a line break</source>
        <translation>il content type contiene un&apos;interruzione di riga</translation>
    </message>
    <message>
        <source>the header name is empty</source>
        <translation>il nome dell&apos;header è vuoto</translation>
    </message>
    <message>
        <source>%1 is not a valid header name (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only)</source>
        <translation>%1 non è un nome di header valido (solo lettere, cifre e !#$%&amp;&apos;*+-.^_`|~)</translation>
    </message>
    <message>
        <source>%1 is set by %2 and cannot be set here</source>
        <translation>%1 è impostato tramite %2 e non può essere impostato qui</translation>
    </message>
    <message>
        <source>an empty %1 would be replaced by the HTTP stack&apos;s own value; leave the header out to send Hooksmith&apos;s automatic one</source>
        <translation>un %1 vuoto sarebbe sostituito dal valore proprio dello stack HTTP; omettere l&apos;header per inviare quello automatico di Hooksmith</translation>
    </message>
    <message>
        <source>Transfer-Encoding is managed by the HTTP stack</source>
        <translation>Transfer-Encoding è gestito dallo stack HTTP</translation>
    </message>
    <message>
        <source>the header %1 is set twice; it is sent once with the values separated by commas</source>
        <translation>l&apos;header %1 è impostato due volte; viene inviato una volta con i valori separati da virgole</translation>
    </message>
    <message>
        <source>basic authentication needs a username</source>
        <translation>l&apos;autenticazione basic richiede un nome utente</translation>
    </message>
    <message>
        <source>a basic authentication username cannot contain &quot;:&quot;</source>
        <translation>un nome utente per l&apos;autenticazione basic non può contenere &quot;:&quot;</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>signing secret</source>
        <translation>segreto di firma</translation>
    </message>
    <message>
        <source>no device in this workspace has the token %1</source>
        <translation>nessun dispositivo in quest&apos;area di lavoro ha il token %1</translation>
    </message>
    <message>
        <source>the timeout must be 100 to 600000 ms</source>
        <translation>il timeout deve essere da 100 a 600000 ms</translation>
    </message>
    <message>
        <source>attempts must be 1 to 100</source>
        <translation>i tentativi devono essere da 1 a 100</translation>
    </message>
    <message>
        <source>expected a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed</source>
        <translation>era attesa un&apos;impronta SHA-256: 64 cifre esadecimali, due punti ammessi</translation>
    </message>
    <message>
        <source>the content type is JSON but the body is not valid JSON: %1 (line %2, column %3 of the rendered body)</source>
        <translation>il content type è JSON ma il corpo non è JSON valido: %1 (riga %2, colonna %3 del corpo risultante)</translation>
    </message>
    <message>
        <source>the body gives the key %1 twice in the same object (line %2, column %3 of the rendered body); receivers disagree on which value counts, so give each key once</source>
        <translation>il corpo indica la chiave %1 due volte nello stesso oggetto (riga %2, colonna %3 del corpo risultante); i destinatari non concordano su quale valore conti, quindi indicare ogni chiave una sola volta</translation>
    </message>
    <message>
        <source>the body looks like JSON</source>
        <translation>il corpo sembra JSON</translation>
    </message>
    <message>
        <source>the body looks like JSON, one value per line</source>
        <translation>il corpo sembra JSON, un valore per riga</translation>
    </message>
    <message>
        <source>%1, but the content type %2 is not a JSON type, so values are inserted as plain text and a device value such as x&quot;, &quot;admin&quot;: true, &quot;z&quot;: &quot; can add keys; use the content type application/json, or one ending in +json, to have every value written as JSON</source>
        <translation>%1, ma il content type %2 non è un tipo JSON, quindi i valori sono inseriti come testo semplice e un valore del dispositivo come x&quot;, &quot;admin&quot;: true, &quot;z&quot;: &quot; può aggiungere chiavi; usare il content type application/json, o uno che termina in +json, perché ogni valore sia scritto come JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) have no &quot;id&quot; (%1): each id is derived from user_id and the name, so renaming one or changing user_id parks what is queued for it until the old name is back; write the ids to keep them stable (the app writes them when it saves)</source>
        <translation>
            <numerusform>%n webhook non ha &quot;id&quot; (%1): ogni id è derivato da user_id e dal nome, quindi rinominarne uno o cambiare user_id parcheggia ciò che è in coda per esso finché non torna il vecchio nome; scrivere gli id per mantenerli stabili (l&apos;app li scrive quando salva)</numerusform>
            <numerusform>%n webhook non hanno &quot;id&quot; (%1): ogni id è derivato da user_id e dal nome, quindi rinominarne uno o cambiare user_id parcheggia ciò che è in coda per esso finché non torna il vecchio nome; scrivere gli id per mantenerli stabili (l&apos;app li scrive quando salva)</numerusform>
        </translation>
    </message>
    <message>
        <source>{{var:%1}} at character %2: %3</source>
        <translation>{{var:%1}} al carattere %2: %3</translation>
    </message>
    <message>
        <source>an environment needs a name</source>
        <translation>un ambiente richiede un nome</translation>
    </message>
    <message>
        <source>another environment has the same name; names must be unique</source>
        <translation>un altro ambiente ha lo stesso nome; i nomi devono essere univoci</translation>
    </message>
    <message>
        <source>a variable needs a name</source>
        <translation>una variabile richiede un nome</translation>
    </message>
    <message>
        <source>%1 is not a valid variable name (letters, digits and _, not starting with a digit)</source>
        <translation>%1 non è un nome di variabile valido (lettere, cifre e _, senza iniziare con una cifra)</translation>
    </message>
    <message>
        <source>the variable %1 is defined twice; names must be unique</source>
        <translation>la variabile %1 è definita due volte; i nomi devono essere univoci</translation>
    </message>
    <message>
        <source>a variable&apos;s value may only use {{env:NAME}}, not %1 (at character %2)</source>
        <translation>il valore di una variabile può usare solo {{env:NAME}}, non %1 (al carattere %2)</translation>
    </message>
    <message>
        <source>the secret variable %1 is written in the file in plain text: keep it in the OS keychain (Hooksmith moves it there when it saves) or use {{env:NAME}}</source>
        <translation>la variabile segreta %1 è scritta nel file in chiaro: conservarla nel portachiavi del sistema operativo (Hooksmith ce la sposta al salvataggio) o usare {{env:NAME}}</translation>
    </message>
    <message>
        <source>the environment &quot;%1&quot; does not exist; the workspace has %2</source>
        <translation>l&apos;ambiente &quot;%1&quot; non esiste; l&apos;area di lavoro ha %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>the secret variable %1 of environment &quot;%2&quot; has no value: set it in the environments, or give it as {{env:NAME}}</source>
        <translation>la variabile segreta %1 dell&apos;ambiente &quot;%2&quot; non ha un valore: impostarlo negli ambienti, o indicarla come {{env:NAME}}</translation>
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
        <translation>Solo i webhook abilitati si attivano con i segnali</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Ena&amp;bled</source>
        <translation>&amp;Abilitato</translation>
    </message>
</context>
<context>
    <name>WebhookImport</name>
    <message>
        <source>Import webhook &quot;%1&quot;</source>
        <translation>Importa il webhook &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Import %n webhook(s)</source>
        <translation>
            <numerusform>Importa %n webhook</numerusform>
            <numerusform>Importa %n webhook</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported with warnings</source>
        <translation>Importato con avvisi</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) imported. Not everything came across exactly:</source>
        <translation>
            <numerusform>%n webhook importato. Non tutto è stato riportato esattamente:</numerusform>
            <numerusform>%n webhook importati. Non tutto è stato riportato esattamente:</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste curl command</source>
        <translation>Incolla comando curl</translation>
    </message>
    <message>
        <source>The clipboard holds no curl command. Copy a command line that starts with curl, for example with &quot;Copy as cURL&quot; in a browser&apos;s developer tools.</source>
        <translation>Gli appunti non contengono un comando curl. Copiare una riga di comando che inizia con curl, per esempio con &quot;Copy as cURL&quot; negli strumenti per sviluppatori di un browser.</translation>
    </message>
    <message>
        <source>The curl command cannot be imported: %1</source>
        <translation>Il comando curl non può essere importato: %1</translation>
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
        <translation>un numero</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una stringa</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>atteso %1, trovato %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un numero intero</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>atteso un numero intero, trovato %1</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 è fuori intervallo (da %2 a %3)</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>atteso un oggetto, trovato %1</translation>
    </message>
    <message>
        <source>unknown method %1; use GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS</source>
        <translation>metodo sconosciuto %1; usare GET, POST, PUT, PATCH, DELETE, HEAD o OPTIONS</translation>
    </message>
    <message>
        <source>unknown format %1; use json, form, custom or none</source>
        <translation>formato sconosciuto %1; usare json, form, custom o none</translation>
    </message>
    <message>
        <source>a row has either &quot;preset&quot; or &quot;value&quot;, not both</source>
        <translation>una riga ha &quot;preset&quot; o &quot;value&quot;, non entrambi</translation>
    </message>
    <message>
        <source>unknown type %1; use none or basic</source>
        <translation>tipo sconosciuto %1; usare none o basic</translation>
    </message>
    <message>
        <source>unknown scheme %1; use none, standard-webhooks, github or stripe</source>
        <translation>schema sconosciuto %1; usare none, standard-webhooks, github o stripe</translation>
    </message>
    <message>
        <source>expected a device token (a string), found %1</source>
        <translation>atteso un token del dispositivo (una stringa), trovato %1</translation>
    </message>
    <message>
        <source>expected a signal number, found %1</source>
        <translation>atteso un numero di segnale, trovato %1</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>una data</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 date</source>
        <translation>%1 non è una data ISO 8601</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossibile aprire il file: %1</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>il file non è testo UTF-8 valido</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON non valido: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, found %1</source>
        <translation>atteso un oggetto JSON al livello principale, trovato %1</translation>
    </message>
    <message>
        <source>not a Hooksmith workspace: the &quot;hooksmith&quot; format version is missing</source>
        <translation>non è un&apos;area di lavoro di Hooksmith: manca la versione di formato &quot;hooksmith&quot;</translation>
    </message>
    <message>
        <source>&quot;hooksmith&quot; must be the format version, a whole number such as 1</source>
        <translation>&quot;hooksmith&quot; deve essere la versione di formato, un numero intero come 1</translation>
    </message>
    <message>
        <source>this workspace was written by a newer Hooksmith (format version %1); this version reads format version %2. Update Hooksmith to open it; the file was not changed.</source>
        <translation>quest&apos;area di lavoro è stata scritta da un Hooksmith più recente (versione di formato %1); questa versione legge la versione di formato %2. Aggiornare Hooksmith per aprirla; il file non è stato modificato.</translation>
    </message>
    <message>
        <source>&quot;hooksmith&quot; is %1; the first format version is 1</source>
        <translation>&quot;hooksmith&quot; è %1; la prima versione di formato è 1</translation>
    </message>
    <message>
        <source>%1 was not overwritten: it is not a workspace this version can read (%2)</source>
        <translation>%1 non è stato sovrascritto: non è un&apos;area di lavoro che questa versione può leggere (%2)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>&quot;device&quot; or &quot;none&quot;</source>
        <translation>&quot;device&quot; o &quot;none&quot;</translation>
    </message>
    <message>
        <source>%1 is not an order; use &quot;device&quot; (the default: each device&apos;s signals in the order the board sent them) or &quot;none&quot;</source>
        <translation>%1 non è un ordine; usare &quot;device&quot; (il predefinito: i segnali di ogni dispositivo nell&apos;ordine in cui la scheda li ha inviati) o &quot;none&quot;</translation>
    </message>
    <message>
        <source>invalid JSON: the key %1 is given twice in the same object (first at line %2, column %3); JSON readers disagree on which value counts, so give each key once</source>
        <translation>JSON non valido: la chiave %1 compare due volte nello stesso oggetto (la prima alla riga %2, colonna %3); i lettori JSON non concordano su quale valore conti, quindi indicare ogni chiave una sola volta</translation>
    </message>
    <message>
        <source>an environment needs a name</source>
        <translation>un ambiente richiede un nome</translation>
    </message>
    <message>
        <source>a variable needs a name</source>
        <translation>una variabile richiede un nome</translation>
    </message>
    <message>
        <source>%1 is not a valid variable name (letters, digits and _, not starting with a digit)</source>
        <translation>%1 non è un nome di variabile valido (lettere, cifre e _, senza iniziare con una cifra)</translation>
    </message>
    <message>
        <source>the variable %1 is defined twice; names must be unique</source>
        <translation>la variabile %1 è definita due volte; i nomi devono essere univoci</translation>
    </message>
    <message>
        <source>the environment %1 is defined twice; names must be unique</source>
        <translation>l&apos;ambiente %1 è definito due volte; i nomi devono essere univoci</translation>
    </message>
</context>
<context>
    <name>hooksmith::AppRuntime</name>
    <message>
        <source>Turn off &quot;%1&quot; (410 Gone)</source>
        <translation>Disattiva &quot;%1&quot; (410 Gone)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was turned off: %2. Edit → Undo turns it on again.</source>
        <translation>&quot;%1&quot; è stato disattivato: %2. Modifica → Annulla lo riattiva.</translation>
    </message>
</context>
<context>
    <name>hooksmith::AuthSection</name>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>Basic authentication</source>
        <translation>Autenticazione basic</translation>
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
        <translation>Mostra la password</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Nascondi la password</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Mostra il segreto</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Nascondi il segreto</translation>
    </message>
    <message>
        <source>Change authentication</source>
        <translation>Cambia autenticazione</translation>
    </message>
    <message>
        <source>Edit username</source>
        <translation>Modifica nome utente</translation>
    </message>
    <message>
        <source>Change signing</source>
        <translation>Cambia firma</translation>
    </message>
    <message>
        <source>Kept in the OS keychain, never in the workspace file.</source>
        <translation>Conservato nel portachiavi del sistema operativo, mai nel file dell&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>Kept in memory for this session only (%1), never in the workspace file.</source>
        <translation>Tenuto in memoria solo per questa sessione (%1), mai nel file dell&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>no secret store</source>
        <translation>nessun archivio di segreti</translation>
    </message>
    <message>
        <source>Write {{env:NAME}} to read it from the environment when sending (for servers).</source>
        <translation>Scrivere {{env:NAME}} per leggerlo dall&apos;ambiente al momento dell&apos;invio (per i server).</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non impostato</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lettura del portachiavi…</translation>
    </message>
    <message>
        <source>Could not read the keychain: %1</source>
        <translation>Impossibile leggere il portachiavi: %1</translation>
    </message>
    <message>
        <source>Use it for %1</source>
        <translation>Usalo per %1</translation>
    </message>
    <message>
        <source>The secret was saved for %1. Save it again for %2, the server the URL points to now, so that it is sent there.</source>
        <translation>Il segreto è stato salvato per %1. Salvarlo di nuovo per %2, il server a cui ora punta l&apos;URL, perché venga inviato lì.</translation>
    </message>
</context>
<context>
    <name>hooksmith::BindingSection</name>
    <message>
        <source>Only the checked signals fire this webhook.</source>
        <translation>Solo i segnali selezionati attivano questo webhook.</translation>
    </message>
    <message>
        <source>No signal checked: every signal fires this webhook.</source>
        <translation>Nessun segnale selezionato: ogni segnale attiva questo webhook.</translation>
    </message>
</context>
<context>
    <name>hooksmith::BodySection</name>
    <message>
        <source>Reset body to Pybytes&apos; defaults</source>
        <translation>Reimposta il corpo ai valori predefiniti di Pybytes</translation>
    </message>
    <message>
        <source>Edit content type</source>
        <translation>Modifica content type</translation>
    </message>
    <message>
        <source>Change content type</source>
        <translation>Cambia content type</translation>
    </message>
    <message>
        <source>Edit custom body</source>
        <translation>Modifica corpo personalizzato</translation>
    </message>
    <message>
        <source>Each row becomes one JSON member. Check &quot;Preset&quot; to send a preset with its own type: a number stays a number, a list stays a list.</source>
        <translation>Ogni riga diventa un membro JSON. Selezionare &quot;Preset&quot; per inviare un preset con il suo tipo: un numero resta un numero, una lista resta una lista.</translation>
    </message>
    <message>
        <source>Each row becomes one name=value pair of the web form, URL-encoded.</source>
        <translation>Ogni riga diventa una coppia nome=valore del modulo web, con codifica URL.</translation>
    </message>
    <message>
        <source>This request has no body: %1 sends Content-Length: 0.</source>
        <translation>Questa richiesta non ha corpo: %1 invia Content-Length: 0.</translation>
    </message>
    <message>
        <source>%1 requests carry no body.</source>
        <translation>Le richieste %1 non hanno corpo.</translation>
    </message>
    <message>
        <source>Plain text: presets are replaced as they are. Type {{ for the list.</source>
        <translation>Testo semplice: i preset sono sostituiti così come sono. Digitare {{ per l&apos;elenco.</translation>
    </message>
    <message>
        <source>✓ Valid JSON once the presets are filled in. Presets inside strings are escaped; outside strings they keep their JSON type.</source>
        <translation>✓ JSON valido una volta riempiti i preset. I preset dentro le stringhe sono sottoposti a escape; fuori dalle stringhe mantengono il loro tipo JSON.</translation>
    </message>
    <message>
        <source>JSON is checked as you type.</source>
        <translation>Il JSON viene verificato durante la digitazione.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Riga %1</translation>
    </message>
</context>
<context>
    <name>hooksmith::BodyTableModel</name>
    <message>
        <source>Send this parameter</source>
        <translation>Invia questo parametro</translation>
    </message>
    <message>
        <source>Use a preset: the value keeps the preset&apos;s own JSON type</source>
        <translation>Usa un preset: il valore mantiene il tipo JSON del preset</translation>
    </message>
    <message>
        <source>A template: type {{ to insert a preset</source>
        <translation>Un modello: digitare {{ per inserire un preset</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Rimuovi questa riga</translation>
    </message>
    <message>
        <source>Turn body parameter on or off</source>
        <translation>Attiva o disattiva il parametro del corpo</translation>
    </message>
    <message>
        <source>Rename body parameter</source>
        <translation>Rinomina il parametro del corpo</translation>
    </message>
    <message>
        <source>Use a preset</source>
        <translation>Usa un preset</translation>
    </message>
    <message>
        <source>Edit body value</source>
        <translation>Modifica il valore del corpo</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parametro</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Remove body parameter</source>
        <translation>Rimuovi il parametro del corpo</translation>
    </message>
    <message>
        <source>Add body parameter</source>
        <translation>Aggiungi parametro del corpo</translation>
    </message>
    <message>
        <source>Move body parameter</source>
        <translation>Sposta parametro del corpo</translation>
    </message>
</context>
<context>
    <name>hooksmith::BrokerHub</name>
    <message>
        <source>The keychain could not keep the broker&apos;s password: %1</source>
        <translation>Il portachiavi non ha potuto conservare la password del broker: %1</translation>
    </message>
    <message>
        <source>no such broker</source>
        <translation>broker inesistente</translation>
    </message>
    <message>
        <source>the password could not be read from the keychain: %1</source>
        <translation>impossibile leggere la password dal portachiavi: %1</translation>
    </message>
    <message>
        <source>the keychain holds no password for this broker: enter it and save</source>
        <translation>il portachiavi non contiene alcuna password per questo broker: inserirla e salvare</translation>
    </message>
    <message>
        <source>reading the password from the keychain</source>
        <translation>lettura della password dal portachiavi</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connesso</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connessione in corso</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Riconnessione in corso</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
</context>
<context>
    <name>hooksmith::BrokerListModel</name>
    <message>
        <source>Share group %1</source>
        <translation>Gruppo di condivisione %1</translation>
    </message>
    <message>
        <source>CA file %1</source>
        <translation>File CA %1</translation>
    </message>
    <message>
        <source>Password in the keychain</source>
        <translation>Password nel portachiavi</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>Nessuna password</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
</context>
<context>
    <name>hooksmith::DeliveryEngine</name>
    <message>
        <source>no answer within the timeout</source>
        <translation>nessuna risposta entro il timeout</translation>
    </message>
    <message>
        <source>the request failed</source>
        <translation>la richiesta non è riuscita</translation>
    </message>
    <message>
        <source>the webhook &quot;%1&quot; is disabled</source>
        <translation>il webhook &quot;%1&quot; è disabilitato</translation>
    </message>
    <message>
        <source>the webhook &quot;%1&quot; is disabled: %2</source>
        <translation>il webhook &quot;%1&quot; è disabilitato: %2</translation>
    </message>
    <message>
        <source>the webhook %1 is not in the workspace</source>
        <translation>il webhook %1 non è nell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
</context>
<context>
    <name>hooksmith::DeliverySection</name>
    <message>
        <source>Change timeout</source>
        <translation>Cambia timeout</translation>
    </message>
    <message>
        <source>Change attempts</source>
        <translation>Cambia tentativi</translation>
    </message>
    <message>
        <source>Change redirects</source>
        <translation>Cambia reindirizzamenti</translation>
    </message>
    <message>
        <source>Edit pinned certificate</source>
        <translation>Modifica certificato fissato</translation>
    </message>
    <message>
        <source>Edit CA file</source>
        <translation>Modifica file CA</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>Autorità di certificazione</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificati PEM (*.pem *.crt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Choose CA file</source>
        <translation>Scegli file CA</translation>
    </message>
    <message>
        <source>Change delivery order</source>
        <translation>Cambia ordine di consegna</translation>
    </message>
</context>
<context>
    <name>hooksmith::DeviceBindingModel</name>
    <message>
        <source>Unknown device %1</source>
        <translation>Dispositivo sconosciuto %1</translation>
    </message>
    <message>
        <source>Token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <source>No device in this workspace has this token</source>
        <translation>Nessun dispositivo in quest&apos;area di lavoro ha questo token</translation>
    </message>
    <message>
        <source>Bind device</source>
        <translation>Associa dispositivo</translation>
    </message>
    <message>
        <source>Unbind device</source>
        <translation>Dissocia dispositivo</translation>
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
        <translation>La scheda dice di essere %1 (%2)</translation>
    </message>
    <message>
        <source>Connected (%1)</source>
        <translation>Connesso (%1)</translation>
    </message>
    <message>
        <source>Its USB serial number is that of %1</source>
        <translation>Il suo numero di serie USB è quello di %1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Disconnesso</translation>
    </message>
    <message>
        <source>Signals go to %1 unless the board says otherwise</source>
        <translation>I segnali vanno a %1 salvo diversa indicazione della scheda</translation>
    </message>
    <message>
        <source>asked when a signal comes</source>
        <translation>chiesto all&apos;arrivo di un segnale</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>scelto</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>virtuale</translation>
    </message>
    <message>
        <source>announced by the board</source>
        <translation>annunciato dalla scheda</translation>
    </message>
    <message>
        <source>USB serial number</source>
        <translation>numero di serie USB</translation>
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
        <translation>Il DEVICE_TOKEN che questa scheda invia con i suoi segnali</translation>
    </message>
    <message>
        <source>Rename device</source>
        <translation>Rinomina dispositivo</translation>
    </message>
    <message>
        <source>Change device token</source>
        <translation>Cambia token del dispositivo</translation>
    </message>
    <message>
        <source>Change USB serial number</source>
        <translation>Cambia numero di serie USB</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>USB serial</source>
        <translation>Seriale USB</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>Aggiungi dispositivo</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Dispositivo %1</translation>
    </message>
    <message>
        <source>Delete device</source>
        <translation>Elimina dispositivo</translation>
    </message>
</context>
<context>
    <name>hooksmith::DeviceWorkbench</name>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Dispositivi</translation>
    </message>
    <message>
        <source>Serial &amp;Console</source>
        <translation>&amp;Console seriale</translation>
    </message>
    <message>
        <source>&amp;Signals Monitor</source>
        <translation>Monitor dei &amp;segnali</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>Serial Console</source>
        <translation>Console seriale</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Segnali</translation>
    </message>
    <message>
        <source>Live Chart</source>
        <translation>Grafico dal vivo</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>segnale %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Live Ch&amp;art</source>
        <translation>&amp;Grafico dal vivo</translation>
    </message>
    <message>
        <source>Boards on serial ports, the virtual device and network devices (Ctrl+Shift+D)</source>
        <translation>Schede sulle porte seriali, il dispositivo virtuale e i dispositivi di rete (Ctrl+Shift+D)</translation>
    </message>
</context>
<context>
    <name>hooksmith::DevicesPanel</name>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Install helper on board</source>
        <translation>Installa l&apos;helper sulla scheda</translation>
    </message>
    <message>
        <source>Serial ports</source>
        <translation>Porte seriali</translation>
    </message>
    <message>
        <source>Use this device</source>
        <translation>Usa questo dispositivo</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <source>Add a port by path: /tmp/board, /dev/serial/by-id/...</source>
        <translation>Aggiungi una porta per percorso: /tmp/board, /dev/serial/by-id/...</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Writes hooksmith.py to /flash over the raw REPL (it stops the running program with Ctrl-C; it never resets the board)</source>
        <translation>Scrive hooksmith.py in /flash tramite il raw REPL (ferma il programma in esecuzione con Ctrl-C; non reimposta mai la scheda)</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <source>Ask when a signal comes</source>
        <translation>Chiedi all&apos;arrivo di un segnale</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Disconnetti</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connetti</translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s)</source>
        <translation>
            <numerusform>%n segnale</numerusform>
            <numerusform>%n segnali</numerusform>
        </translation>
    </message>
    <message>
        <source>USB %1</source>
        <translation>USB %1</translation>
    </message>
    <message>
        <source>serial number %1</source>
        <translation>numero di serie %1</translation>
    </message>
    <message>
        <source>The workspace device the virtual device is</source>
        <translation>Il dispositivo dell&apos;area di lavoro che il dispositivo virtuale rappresenta</translation>
    </message>
    <message>
        <source>Signals go to %1 (%2). Used when the board does not announce itself with @device and its USB serial number matches no device.</source>
        <translation>I segnali vanno a %1 (%2). Usato quando la scheda non si annuncia con @device e il suo numero di serie USB non corrisponde ad alcun dispositivo.</translation>
    </message>
    <message>
        <source>no device yet</source>
        <translation>ancora nessun dispositivo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which device is the board on %1?&lt;/b&gt;&lt;br&gt;It sends signals without saying which device it is (no &lt;code&gt;@device&lt;/code&gt; line, no known USB serial number). Its signals fire no webhook until you choose; the choice is kept for this port.</source>
        <translation>&lt;b&gt;Quale dispositivo è la scheda su %1?&lt;/b&gt;&lt;br&gt;Invia segnali senza dire quale dispositivo sia (nessuna riga &lt;code&gt;@device&lt;/code&gt;, nessun numero di serie USB noto). I suoi segnali non attivano alcun webhook finché non si sceglie; la scelta viene conservata per questa porta.</translation>
    </message>
    <message>
        <source>Waiting for the board...</source>
        <translation>In attesa della scheda...</translation>
    </message>
    <message>
        <source>Installing the helper as %1</source>
        <translation>Installazione dell&apos;helper come %1</translation>
    </message>
    <message>
        <source>The helper is installed as %1. Use it with &quot;import hooksmith&quot;.</source>
        <translation>L&apos;helper è installato come %1. Usarlo con &quot;import hooksmith&quot;.</translation>
    </message>
    <message>
        <source>The helper is installed</source>
        <translation>L&apos;helper è installato</translation>
    </message>
    <message>
        <source>Installing the helper failed: %1</source>
        <translation>Installazione dell&apos;helper non riuscita: %1</translation>
    </message>
    <message>
        <source>Network devices</source>
        <translation>Dispositivi di rete</translation>
    </message>
</context>
<context>
    <name>hooksmith::Dispatcher</name>
    <message>
        <source>the device is not in the workspace and no webhook is bound to it</source>
        <translation>il dispositivo non è nell&apos;area di lavoro e nessun webhook vi è associato</translation>
    </message>
    <message>
        <source>no webhook is bound to the device</source>
        <translation>nessun webhook è associato al dispositivo</translation>
    </message>
    <message>
        <source>the webhooks bound to the device are disabled</source>
        <translation>i webhook associati al dispositivo sono disabilitati</translation>
    </message>
    <message>
        <source>no enabled webhook bound to the device takes this signal number</source>
        <translation>nessun webhook abilitato associato al dispositivo accetta questo numero di segnale</translation>
    </message>
</context>
<context>
    <name>hooksmith::EnvironmentSwitcher</name>
    <message>
        <source>Environment:</source>
        <translation>Ambiente:</translation>
    </message>
    <message>
        <source>The environment whose variables ({{var:NAME}}) the preview, Send and the devices&apos; deliveries use</source>
        <translation>L&apos;ambiente le cui variabili ({{var:NAME}}) sono usate dall&apos;anteprima, da Invia e dalle consegne dei dispositivi</translation>
    </message>
    <message>
        <source>Edit environments and their variables</source>
        <translation>Modifica gli ambienti e le loro variabili</translation>
    </message>
    <message>
        <source>No environments</source>
        <translation>Nessun ambiente</translation>
    </message>
</context>
<context>
    <name>hooksmith::EnvironmentsDialog</name>
    <message>
        <source>New value, or {{env:NAME}}</source>
        <translation>Nuovo valore, o {{env:NAME}}</translation>
    </message>
    <message>
        <source>(in the keychain)</source>
        <translation>(nel portachiavi)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Aggiungi variabile</translation>
    </message>
    <message>
        <source>Remove variable</source>
        <translation>Rimuovi variabile</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Ambienti</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variabile</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Segreto</translation>
    </message>
    <message>
        <source>Use a variable in a template as {{var:NAME}}. A secret&apos;s value is kept in the OS keychain, or read from the environment with {{env:NAME}}.</source>
        <translation>Usare una variabile in un template come {{var:NAME}}. Il valore di un segreto è conservato nel portachiavi del sistema operativo, o letto dall&apos;ambiente con {{env:NAME}}.</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variabili</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Every environment needs a name.</source>
        <translation>Ogni ambiente richiede un nome.</translation>
    </message>
    <message>
        <source>There are two environments named &quot;%1&quot;; names must be unique.</source>
        <translation>Ci sono due ambienti chiamati &quot;%1&quot;; i nomi devono essere univoci.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not a valid variable name: letters, digits and _, not starting with a digit.</source>
        <translation>&quot;%1&quot; in &quot;%2&quot; non è un nome di variabile valido: lettere, cifre e _, senza iniziare con una cifra.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is defined twice in &quot;%2&quot;; names must be unique.</source>
        <translation>&quot;%1&quot; è definito due volte in &quot;%2&quot;; i nomi devono essere univoci.</translation>
    </message>
</context>
<context>
    <name>hooksmith::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Fill the presets with this signal (else they are left as variables)</source>
        <translation>Riempi i preset con questo segnale (altrimenti restano variabili)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Webhooks:</source>
        <translation>&amp;Webhook:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <source>&amp;Signal:</source>
        <translation>&amp;Segnale:</translation>
    </message>
    <message>
        <source>&amp;Value (JSON):</source>
        <translation>&amp;Valore (JSON):</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>S&amp;alva…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Preview (secrets are read from environment variables, never written):</source>
        <translation>Anteprima (i segreti sono letti da variabili d&apos;ambiente, mai scritti):</translation>
    </message>
    <message>
        <source>Not carried:</source>
        <translation>Non riportato:</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>%1 exists: choose a new directory</source>
        <translation>%1 esiste: scegliere una nuova directory</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>Impossibile creare la directory %1</translation>
    </message>
    <message>
        <source>Export to a new directory</source>
        <translation>Esporta in una nuova directory</translation>
    </message>
    <message>
        <source>Keep its variables as variables of the tool (else their values are written in)</source>
        <translation>Mantenere le sue variabili come variabili dello strumento (altrimenti ne vengono scritti i valori)</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>Am&amp;biente:</translation>
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
        <translation>Modulo web</translation>
    </message>
    <message>
        <source>Custom body</source>
        <translation>Corpo personalizzato</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Nessun corpo</translation>
    </message>
    <message>
        <source>Rename webhook</source>
        <translation>Rinomina webhook</translation>
    </message>
    <message>
        <source>Edit URL</source>
        <translation>Modifica URL</translation>
    </message>
    <message>
        <source>Edit event name</source>
        <translation>Modifica nome evento</translation>
    </message>
    <message>
        <source>Change method</source>
        <translation>Cambia metodo</translation>
    </message>
    <message>
        <source>Change format</source>
        <translation>Cambia formato</translation>
    </message>
</context>
<context>
    <name>hooksmith::HealthServer</name>
    <message>
        <source>health address &quot;%1&quot;: write an IPv6 address as [ADDRESS]:PORT</source>
        <translation>indirizzo di health &quot;%1&quot;: scrivere un indirizzo IPv6 come [INDIRIZZO]:PORTA</translation>
    </message>
    <message>
        <source>health address &quot;%1&quot;: write an IPv6 address in brackets, as [%2]:%3</source>
        <translation>indirizzo di health &quot;%1&quot;: scrivere un indirizzo IPv6 tra parentesi, come [%2]:%3</translation>
    </message>
    <message>
        <source>health address &quot;%1&quot;: the port &quot;%2&quot; is not a number from 0 to 65535</source>
        <translation>indirizzo di health &quot;%1&quot;: la porta &quot;%2&quot; non è un numero da 0 a 65535</translation>
    </message>
    <message>
        <source>health address &quot;%1&quot;: &quot;%2&quot; is not an IP address</source>
        <translation>indirizzo di health &quot;%1&quot;: &quot;%2&quot; non è un indirizzo IP</translation>
    </message>
    <message>
        <source>health address &quot;%1&quot;: cannot listen on %2: %3</source>
        <translation>indirizzo di health &quot;%1&quot;: impossibile ascoltare su %2: %3</translation>
    </message>
</context>
<context>
    <name>hooksmith::HttpSender</name>
    <message>
        <source>the request shows its secrets as ****; it was not sent</source>
        <translation>la richiesta mostra i suoi segreti come ****; non è stata inviata</translation>
    </message>
    <message>
        <source>the header %1 appears twice; Qt&apos;s HTTP stack sends each header once, so the request was not sent</source>
        <translation>l&apos;header %1 compare due volte; lo stack HTTP di Qt invia ogni header una volta, quindi la richiesta non è stata inviata</translation>
    </message>
    <message>
        <source>the pinned certificate fingerprint &quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits)</source>
        <translation>l&apos;impronta del certificato fissato &quot;%1&quot; non è un&apos;impronta SHA-256 (64 cifre esadecimali)</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>il file CA %1 non contiene alcun certificato PEM</translation>
    </message>
    <message>
        <source>the CA file %1 does not exist</source>
        <translation>il file CA %1 non esiste</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>interrotto</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed: %2</source>
        <translation>l&apos;handshake TLS con %1 non è riuscito: %2</translation>
    </message>
    <message>
        <source>the server closed the connection in the middle of the body (%1 of %2 bytes received)</source>
        <translation>il server ha chiuso la connessione a metà del corpo (%1 di %2 byte ricevuti)</translation>
    </message>
    <message>
        <source>the server answered %1 %2 without a Location</source>
        <translation>il server ha risposto %1 %2 senza Location</translation>
    </message>
    <message>
        <source>redirected with %1 %2 to %3; this webhook does not follow redirects</source>
        <translation>reindirizzato con %1 %2 a %3; questo webhook non segue i reindirizzamenti</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>il server ha risposto %1 %2</translation>
    </message>
    <message>
        <source>(the request was sent %1 times: Qt&apos;s HTTP stack sends it again on a new connection when one closes before any response)</source>
        <translation>(la richiesta è stata inviata %1 volte: lo stack HTTP di Qt la invia di nuovo su una nuova connessione quando una si chiude prima di qualsiasi risposta)</translation>
    </message>
    <message>
        <source>redirected with %1 to &quot;%2&quot;, which is not a valid URL</source>
        <translation>reindirizzato con %1 a &quot;%2&quot;, che non è un URL valido</translation>
    </message>
    <message>
        <source>redirected with %1 from %2 to %3; only redirects to the same scheme or from http to https are followed</source>
        <translation>reindirizzato con %1 da %2 a %3; sono seguiti solo i reindirizzamenti verso lo stesso schema o da http a https</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>connessione rifiutata da %1</translation>
    </message>
    <message>
        <source>the host name %1 could not be resolved</source>
        <translation>il nome host %1 non può essere risolto</translation>
    </message>
    <message>
        <source>the server closed the connection in the middle of the body (%1 bytes received)</source>
        <translation>il server ha chiuso la connessione a metà del corpo (%1 byte ricevuti)</translation>
    </message>
    <message>
        <source>the connection to %1 ended without a valid HTTP response</source>
        <translation>la connessione a %1 è terminata senza una risposta HTTP valida</translation>
    </message>
    <message>
        <source>%1 closed the connection before the request was sent</source>
        <translation>%1 ha chiuso la connessione prima che la richiesta fosse inviata</translation>
    </message>
    <message>
        <source>the response from %1 is not valid HTTP (%2)</source>
        <translation>la risposta da %1 non è HTTP valido (%2)</translation>
    </message>
    <message>
        <source>the proxy for %1 failed: %2</source>
        <translation>il proxy per %1 non è riuscito: %2</translation>
    </message>
    <message>
        <source>the server reset the connection in the middle of the body (%1 bytes received)</source>
        <translation>il server ha reimpostato la connessione a metà del corpo (%1 byte ricevuti)</translation>
    </message>
    <message>
        <source>%1 reset the connection without a valid HTTP response</source>
        <translation>%1 ha reimpostato la connessione senza una risposta HTTP valida</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no complete response within %1</source>
        <translation>nessuna risposta completa entro %1</translation>
    </message>
    <message>
        <source>the headers from %1 arrived, the body did not complete (%2 bytes received)</source>
        <translation>gli header da %1 sono arrivati, il corpo non è stato completato (%2 byte ricevuti)</translation>
    </message>
    <message>
        <source>%1 took the request but did not answer</source>
        <translation>%1 ha accettato la richiesta ma non ha risposto</translation>
    </message>
    <message>
        <source>could not connect to %1 or send the request</source>
        <translation>impossibile connettersi a %1 o inviare la richiesta</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted (%2)</source>
        <translation>il certificato di %1 non è attendibile (%2)</translation>
    </message>
    <message>
        <source>to trust this server, pin its SHA-256 fingerprint %1 or add the CA that issued it as a CA file</source>
        <translation>per fidarsi di questo server, fissarne l&apos;impronta SHA-256 %1 o aggiungere la CA che l&apos;ha emesso come file CA</translation>
    </message>
    <message>
        <source>the certificate of %1 (SHA-256 %2) is not the pinned certificate (%3)</source>
        <translation>il certificato di %1 (SHA-256 %2) non è il certificato fissato (%3)</translation>
    </message>
    <message>
        <source>the connection to %1 ended without a valid HTTP response (%2)</source>
        <translation>la connessione a %1 è terminata senza una risposta HTTP valida (%2)</translation>
    </message>
    <message>
        <source>the response from %1 was not accepted: %2</source>
        <translation>la risposta da %1 non è stata accettata: %2</translation>
    </message>
    <message>
        <source>gave up after %1 redirects: a redirect loop (%2 redirected with %3 back to %4, visited before)</source>
        <translation>abbandonato dopo %1 reindirizzamenti: un ciclo di reindirizzamenti (%2 ha reindirizzato con %3 di nuovo a %4, già visitato)</translation>
    </message>
    <message>
        <source>gave up after %1 redirects: too many redirects (the last one from %2 with %3 to %4)</source>
        <translation>abbandonato dopo %1 reindirizzamenti: troppi reindirizzamenti (l&apos;ultimo da %2 con %3 a %4)</translation>
    </message>
    <message>
        <source>%1 answered, but the response was still arriving slowly when the timeout struck: %2 bytes in %3, the head not yet complete</source>
        <translation>%1 ha risposto, ma la risposta arrivava ancora lentamente allo scadere del timeout: %2 byte in %3, intestazione non ancora completa</translation>
    </message>
</context>
<context>
    <name>hooksmith::ImportDialog</name>
    <message>
        <source>A &amp;curl command</source>
        <translation>Un comando &amp;curl</translation>
    </message>
    <message>
        <source>A &amp;Postman collection (v2.1)</source>
        <translation>Una collection &amp;Postman (v2.1)</translation>
    </message>
    <message>
        <source>Import Webhooks</source>
        <translation>Importa webhook</translation>
    </message>
    <message>
        <source>curl &apos;https://hooks.example.com/in&apos; -H &apos;Content-Type: application/json&apos; --data-raw &apos;{&quot;door&quot;: &quot;open&quot;}&apos;</source>
        <translation>curl &apos;https://hooks.example.com/in&apos; -H &apos;Content-Type: application/json&apos; --data-raw &apos;{&quot;door&quot;: &quot;open&quot;}&apos;</translation>
    </message>
    <message>
        <source>Collection file (*.postman_collection.json)</source>
        <translation>File di collection (*.postman_collection.json)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>S&amp;foglia…</translation>
    </message>
    <message>
        <source>Each request becomes a webhook in this workspace. Presets such as {{DEVICE_TOKEN}} stay presets; what cannot be carried over is listed afterwards.</source>
        <translation>Ogni richiesta diventa un webhook in questa area di lavoro. I preset come {{DEVICE_TOKEN}} restano preset; ciò che non può essere riportato viene elencato dopo.</translation>
    </message>
    <message>
        <source>Import Postman collection</source>
        <translation>Importa collection Postman</translation>
    </message>
    <message>
        <source>Postman collections (*.postman_collection.json *.json);;All files (*)</source>
        <translation>Collection Postman (*.postman_collection.json *.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Choose a collection file.</source>
        <translation>Scegliere un file di collection.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 non può essere letto: %2</translation>
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
        <translation>Ispettore</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
</context>
<context>
    <name>hooksmith::KeychainSecretStore</name>
    <message>
        <source>the keychain refused access (%1): unlock it and try again</source>
        <translation>il portachiavi ha negato l&apos;accesso (%1): sbloccarlo e riprovare</translation>
    </message>
    <message>
        <source>the keychain could not delete the secret (%1)</source>
        <translation>il portachiavi non ha potuto eliminare il segreto (%1)</translation>
    </message>
    <message>
        <source>the keychain request was cancelled (%1)</source>
        <translation>la richiesta al portachiavi è stata annullata (%1)</translation>
    </message>
    <message>
        <source>the keychain reported an error (%1)</source>
        <translation>il portachiavi ha segnalato un errore (%1)</translation>
    </message>
    <message>
        <source>No keychain is available (%1): secrets are kept in memory until Hooksmith quits, and nothing is written to disk.</source>
        <translation>Nessun portachiavi disponibile (%1): i segreti sono tenuti in memoria finché Hooksmith non viene chiuso, e nulla viene scritto su disco.</translation>
    </message>
    <message>
        <source>no keychain service answered</source>
        <translation>nessun servizio di portachiavi ha risposto</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s: it may be waiting to be unlocked, or its service (such as gnome-keyring-daemon) is not responding; unlock or restart it and try again</source>
        <translation>il portachiavi non ha risposto entro %1 s: potrebbe attendere lo sblocco, o il suo servizio (come gnome-keyring-daemon) non risponde; sbloccarlo o riavviarlo e riprovare</translation>
    </message>
    <message>
        <source> (the change may still be made once the keychain answers)</source>
        <translation> (la modifica potrebbe ancora avvenire quando il portachiavi risponde)</translation>
    </message>
</context>
<context>
    <name>hooksmith::LiveChart</name>
    <message>
        <source>Choose signals in the Signals monitor and press &quot;Chart&quot;.</source>
        <translation>Scegliere i segnali nel monitor dei segnali e premere &quot;Grafico&quot;.</translation>
    </message>
    <message>
        <source>%1 is not Hooksmith&apos;s chart module</source>
        <translation>%1 non è il modulo grafici di Hooksmith</translation>
    </message>
    <message>
        <source>The chart needs Hooksmith&apos;s chart module (libhooksmith_chart.so, built with Qt Charts), which was not found in %1.</source>
        <translation>Il grafico richiede il modulo grafici di Hooksmith (libhooksmith_chart.so, compilato con Qt Charts), che non è stato trovato in %1.</translation>
    </message>
</context>
<context>
    <name>hooksmith::LocalReceiver</name>
    <message>
        <source>port %1 on 127.0.0.1 is already in use</source>
        <translation>la porta %1 su 127.0.0.1 è già in uso</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1 port %1: %2</source>
        <translation>impossibile ascoltare su 127.0.0.1 porta %1: %2</translation>
    </message>
    <message>
        <source>the request has no %1 header</source>
        <translation>la richiesta non ha l&apos;header %1</translation>
    </message>
    <message>
        <source>more than one connection at once</source>
        <translation>più di una connessione contemporaneamente</translation>
    </message>
    <message>
        <source>more than %1 connections at once</source>
        <translation>più di %1 connessioni contemporaneamente</translation>
    </message>
    <message>
        <source>the request did not complete within %1 s of the last byte</source>
        <translation>la richiesta non è stata completata entro %1 s dall&apos;ultimo byte</translation>
    </message>
</context>
<context>
    <name>hooksmith::MainWindow</name>
    <message>
        <source>Secret store: %1</source>
        <translation>Archivio dei segreti: %1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Area di lavoro</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Apri area di lavoro</translation>
    </message>
    <message>
        <source>Hooksmith workspaces (*.hooksmith.json *.json);;All files (*)</source>
        <translation>Aree di lavoro Hooksmith (*.hooksmith.json *.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>About Hooksmith</source>
        <translation>Informazioni su Hooksmith</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hooksmith %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Design, test and run webhooks fired by your devices, on your own machine.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Hooksmith %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Progetta, verifica ed esegue webhook attivati dai propri dispositivi, sulla propria macchina.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opened the demo workspace (read-only: Save asks for a file)</source>
        <translation>Aperta l&apos;area di lavoro demo (sola lettura: Salva chiede un file)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Aperto %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 could not be opened.&lt;/b&gt; It was not changed, and Hooksmith will not overwrite it.</source>
        <translation>&lt;b&gt;Impossibile aprire %1.&lt;/b&gt; Non è stato modificato, e Hooksmith non lo sovrascriverà.</translation>
    </message>
    <message>
        <source>%1 could not be opened</source>
        <translation>Impossibile aprire %1</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Salva area di lavoro</translation>
    </message>
    <message>
        <source>Hooksmith workspaces (*.hooksmith.json)</source>
        <translation>Aree di lavoro Hooksmith (*.hooksmith.json)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Impossibile salvare</translation>
    </message>
    <message>
        <source>The demo workspace is part of Hooksmith; save it as a file of your own.</source>
        <translation>L&apos;area di lavoro demo fa parte di Hooksmith; salvarla come file proprio.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvato %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 with %n problem(s) (%2 errors): see the Problems list</source>
        <translation>
            <numerusform>Salvato %1 con %n problema (%2 errori): vedere l&apos;elenco dei problemi</numerusform>
            <numerusform>Salvato %1 con %n problemi (%2 errori): vedere l&apos;elenco dei problemi</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 ha modifiche non salvate.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Salvarle prima di proseguire?</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Nuovo webhook</translation>
    </message>
    <message>
        <source>New webhook %1</source>
        <translation>Nuovo webhook %1</translation>
    </message>
    <message>
        <source>Add webhook</source>
        <translation>Aggiungi webhook</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copia %2)</translation>
    </message>
    <message>
        <source>Duplicate webhook</source>
        <translation>Duplica webhook</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Elimina webhook</translation>
    </message>
    <message>
        <source>Deleted %1. Undo brings it back.</source>
        <translation>Eliminato %1. Annulla lo ripristina.</translation>
    </message>
    <message>
        <source>%1 (demo, read-only)</source>
        <translation>%1 (demo, sola lettura)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemi (%1)</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Ricevitore</translation>
    </message>
    <message>
        <source>Sending &quot;%1&quot;…</source>
        <translation>Invio di &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>%1: %2 (%3 ms)</source>
        <translation>%1: %2 (%3 ms)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>Environments…</source>
        <translation>Ambienti…</translation>
    </message>
    <message>
        <source>Add, rename and remove environments and their variables</source>
        <translation>Aggiunge, rinomina e rimuove gli ambienti e le loro variabili</translation>
    </message>
    <message>
        <source>Workspace Settings…</source>
        <translation>Impostazioni dell&apos;area di lavoro…</translation>
    </message>
    <message>
        <source>Set the workspace&apos;s user id</source>
        <translation>Imposta l&apos;id utente dell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the outbox</source>
        <translation>&quot;%1&quot; è nell&apos;outbox</translation>
    </message>
    <message>
        <source>Send once, as a test (%1)</source>
        <translation>Invia una volta, come test (%1)</translation>
    </message>
    <message>
        <source>Preferences saved. The language and the outbox folder change the next time Hooksmith starts.</source>
        <translation>Preferenze salvate. La lingua e la cartella della posta in uscita cambiano al prossimo avvio di Hooksmith.</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Preferenze salvate</translation>
    </message>
    <message>
        <source>The proxy password could not be read: %1</source>
        <translation>Impossibile leggere la password del proxy: %1</translation>
    </message>
    <message>
        <source>The proxy password could not be saved: %1</source>
        <translation>Impossibile salvare la password del proxy: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
</context>
<context>
    <name>hooksmith::MemoryDeliveryStore</name>
    <message>
        <source>the webhook %1 is not in the workspace</source>
        <translation>il webhook %1 non è nell&apos;area di lavoro</translation>
    </message>
</context>
<context>
    <name>hooksmith::MqttClient</name>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>il file CA %1 non contiene alcun certificato PEM</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>the broker closed the connection</source>
        <translation>il broker ha chiuso la connessione</translation>
    </message>
    <message>
        <source>the broker sent a malformed packet length</source>
        <translation>il broker ha inviato una lunghezza di pacchetto malformata</translation>
    </message>
    <message>
        <source>the broker sent a packet of %1 bytes, more than this client takes</source>
        <translation>il broker ha inviato un pacchetto di %1 byte, più di quanto questo client accetti</translation>
    </message>
    <message>
        <source>the broker sent packet type %1 before CONNACK</source>
        <translation>il broker ha inviato il tipo di pacchetto %1 prima di CONNACK</translation>
    </message>
    <message>
        <source>the broker sent a malformed PUBACK</source>
        <translation>il broker ha inviato un PUBACK malformato</translation>
    </message>
    <message>
        <source>the broker sent a malformed SUBACK</source>
        <translation>il broker ha inviato un SUBACK malformato</translation>
    </message>
    <message>
        <source>the broker disconnected: %1%2</source>
        <translation>il broker si è disconnesso: %1%2</translation>
    </message>
    <message>
        <source>the broker sent an unexpected packet (type %1)</source>
        <translation>il broker ha inviato un pacchetto inatteso (tipo %1)</translation>
    </message>
    <message>
        <source>the broker sent a malformed CONNACK</source>
        <translation>il broker ha inviato un CONNACK malformato</translation>
    </message>
    <message>
        <source>the broker refused the connection: %1</source>
        <translation>il broker ha rifiutato la connessione: %1</translation>
    </message>
    <message>
        <source>the broker sent a QoS 2 message; subscriptions ask for QoS 1 at most</source>
        <translation>il broker ha inviato un messaggio QoS 2; le sottoscrizioni chiedono al massimo QoS 1</translation>
    </message>
    <message>
        <source>the broker sent a malformed PUBLISH</source>
        <translation>il broker ha inviato un PUBLISH malformato</translation>
    </message>
    <message>
        <source>no answer from the broker for %1 s</source>
        <translation>nessuna risposta dal broker da %1 s</translation>
    </message>
</context>
<context>
    <name>hooksmith::MqttSource</name>
    <message>
        <source>the broker refused a subscription (reason code 0x%1): check the user&apos;s access rights, and that the broker supports shared subscriptions</source>
        <translation>il broker ha rifiutato una sottoscrizione (reason code 0x%1): verificare i diritti di accesso dell&apos;utente, e che il broker supporti le sottoscrizioni condivise</translation>
    </message>
    <message>
        <source>MQTT %1</source>
        <translation>MQTT %1</translation>
    </message>
    <message>
        <source>%1: %2; connecting again in %3 s</source>
        <translation>%1: %2; nuova connessione tra %3 s</translation>
    </message>
    <message>
        <source>a topic of neither scheme</source>
        <translation>un topic che non segue nessuno dei due schemi</translation>
    </message>
    <message>
        <source>the payload is not UTF-8</source>
        <translation>il payload non è UTF-8</translation>
    </message>
    <message>
        <source>message on %1 refused: %2</source>
        <translation>messaggio su %1 rifiutato: %2</translation>
    </message>
    <message>
        <source>give a URL such as mqtt://HOST[:PORT] or mqtts://USER@HOST[:PORT]</source>
        <translation>indicare un URL come mqtt://HOST[:PORT] o mqtts://USER@HOST[:PORT]</translation>
    </message>
    <message>
        <source>the URL holds a password: remove it from the URL and give it apart</source>
        <translation>l&apos;URL contiene una password: rimuoverla dall&apos;URL e indicarla a parte</translation>
    </message>
    <message>
        <source>the URL has a path (%1); MQTT URLs name only the broker</source>
        <translation>l&apos;URL ha un percorso (%1); gli URL MQTT indicano solo il broker</translation>
    </message>
    <message>
        <source>the URL has a query or a fragment; MQTT URLs name only the broker</source>
        <translation>l&apos;URL ha una query o un frammento; gli URL MQTT indicano solo il broker</translation>
    </message>
    <message>
        <source>the group name &quot;%1&quot; may not contain /, + or #</source>
        <translation>il nome del gruppo &quot;%1&quot; non può contenere /, + o #</translation>
    </message>
    <message>
        <source>a CA file applies to mqtts:// URLs only</source>
        <translation>un file CA vale solo per gli URL mqtts://</translation>
    </message>
    <message>
        <source>cannot read the CA file %1</source>
        <translation>impossibile leggere il file CA %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n QoS 0 message(s) were dropped while the outbox could not take signals</source>
        <translation>
            <numerusform>%n messaggio QoS 0 è stato scartato mentre l&apos;outbox non poteva accettare segnali</numerusform>
            <numerusform>%n messaggi QoS 0 sono stati scartati mentre l&apos;outbox non poteva accettare segnali</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 QoS 0 messages are waiting for the outbox to take signals: the ones that arrive now are dropped until it can</source>
        <translation>%1 messaggi QoS 0 attendono che l&apos;outbox accetti segnali: quelli che arrivano ora vengono scartati finché non può farlo</translation>
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
        <translation>Parametri della query</translation>
    </message>
    <message>
        <source>Add &amp;query parameter</source>
        <translation>Aggiungi parametro &amp;query</translation>
    </message>
    <message>
        <source>Greyed rows with a lock are set by the format, authentication, signing or Hooksmith itself and cannot be edited; hover them to see which.</source>
        <translation>Le righe grigie con il lucchetto sono impostate dal formato, dall&apos;autenticazione, dalla firma o da Hooksmith stesso e non possono essere modificate; passarci sopra con il mouse per vedere da cosa.</translation>
    </message>
    <message>
        <source>Appended to the URL as ?name=value, percent-encoded.</source>
        <translation>Aggiunti all&apos;URL come ?name=value, con percent-encoding.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Riga %1</translation>
    </message>
    <message>
        <source>Add he&amp;ader</source>
        <translation>Aggiungi &amp;header</translation>
    </message>
</context>
<context>
    <name>hooksmith::NameValueTableModel</name>
    <message>
        <source>Replaced by your header of the same name</source>
        <translation>Sostituito dal proprio header con lo stesso nome</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>Impostato tramite %1</translation>
    </message>
    <message>
        <source>Locked: set by %1</source>
        <translation>Bloccato: impostato tramite %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloccato</translation>
    </message>
    <message>
        <source>Send this header</source>
        <translation>Invia questo header</translation>
    </message>
    <message>
        <source>Send this parameter</source>
        <translation>Invia questo parametro</translation>
    </message>
    <message>
        <source>A template: type {{ to insert a preset</source>
        <translation>Un modello: digitare {{ per inserire un preset</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Rimuovi questa riga</translation>
    </message>
    <message>
        <source>Turn header on or off</source>
        <translation>Attiva o disattiva l&apos;header</translation>
    </message>
    <message>
        <source>Turn query parameter on or off</source>
        <translation>Attiva o disattiva il parametro della query</translation>
    </message>
    <message>
        <source>Rename header</source>
        <translation>Rinomina header</translation>
    </message>
    <message>
        <source>Rename query parameter</source>
        <translation>Rinomina parametro della query</translation>
    </message>
    <message>
        <source>Edit header value</source>
        <translation>Modifica valore dell&apos;header</translation>
    </message>
    <message>
        <source>Edit query value</source>
        <translation>Modifica valore della query</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Rimuovi header</translation>
    </message>
    <message>
        <source>Remove query parameter</source>
        <translation>Rimuovi parametro della query</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Aggiungi header</translation>
    </message>
    <message>
        <source>Add query parameter</source>
        <translation>Aggiungi parametro della query</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>auth</source>
        <translation>autenticazione</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>firma</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>proprio</translation>
    </message>
    <message>
        <source>Hooksmith</source>
        <translation>Hooksmith</translation>
    </message>
    <message>
        <source>Move header</source>
        <translation>Sposta header</translation>
    </message>
    <message>
        <source>Move query parameter</source>
        <translation>Sposta parametro query</translation>
    </message>
</context>
<context>
    <name>hooksmith::NetworkDeviceModel</name>
    <message>
        <source>Not in the workspace: its signals fire no webhook. Add a device with this token to use them.</source>
        <translation>Non è nell&apos;area di lavoro: i suoi segnali non attivano alcun webhook. Aggiungere un dispositivo con questo token per usarli.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>The workspace&apos;s device</source>
        <translation>Il dispositivo dell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>The workspace&apos;s device; it calls itself &quot;%1&quot;</source>
        <translation>Il dispositivo dell&apos;area di lavoro; si chiama &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No name: the device publishes none on hooksmith/%1/device</source>
        <translation>Nessun nome: il dispositivo non ne pubblica su hooksmith/%1/device</translation>
    </message>
    <message>
        <source>Published by the device on hooksmith/%1/device</source>
        <translation>Pubblicato dal dispositivo su hooksmith/%1/device</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Segnali</translation>
    </message>
    <message>
        <source>Last signal</source>
        <translation>Ultimo segnale</translation>
    </message>
</context>
<context>
    <name>hooksmith::NetworkDevicesPanel</name>
    <message>
        <source>Add broker</source>
        <translation>Aggiungi broker</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>MQTT brokers</source>
        <translation>Broker MQTT</translation>
    </message>
    <message>
        <source>Devices seen over the brokers</source>
        <translation>Dispositivi visti tramite i broker</translation>
    </message>
    <message>
        <source>mqtt://broker.local or mqtts://broker.example.net:8883</source>
        <translation>mqtt://broker.local o mqtts://broker.example.net:8883</translation>
    </message>
    <message>
        <source>none, or the URL&apos;s</source>
        <translation>nessuno, o quello dell&apos;URL</translation>
    </message>
    <message>
        <source>Kept in the keychain, never in the settings or the workspace</source>
        <translation>Conservata nel portachiavi, mai nelle impostazioni o nell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>the system&apos;s certificates</source>
        <translation>i certificati del sistema</translation>
    </message>
    <message>
        <source>mqtts:// only: a PEM file of the certificates to trust (your own CA, or the broker&apos;s self-signed certificate)</source>
        <translation>solo mqtts://: un file PEM dei certificati di cui fidarsi (la propria CA, o il certificato autofirmato del broker)</translation>
    </message>
    <message>
        <source>none: every message</source>
        <translation>nessuno: ogni messaggio</translation>
    </message>
    <message>
        <source>Join the relays of this shared subscription group ($share/GROUP/...): each message then goes to one member of the group</source>
        <translation>Unirsi ai relay di questo gruppo di sottoscrizione condivisa ($share/GROUP/...): ogni messaggio va allora a un solo membro del gruppo</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Sfoglia...</translation>
    </message>
    <message>
        <source>Broker URL:</source>
        <translation>URL del broker:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nome utente:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>File CA:</translation>
    </message>
    <message>
        <source>Share group:</source>
        <translation>Gruppo di condivisione:</translation>
    </message>
    <message>
        <source>Devices seen over the brokers:</source>
        <translation>Dispositivi visti tramite i broker:</translation>
    </message>
    <message>
        <source>Devices publish on &lt;code&gt;hooksmith/&amp;lt;token&amp;gt;/signal/&amp;lt;number&amp;gt;&lt;/code&gt; (a JSON value); Pybytes boards of the workspace on &lt;code&gt;u&amp;lt;token&amp;gt;&lt;/code&gt;.</source>
        <translation>I dispositivi pubblicano su &lt;code&gt;hooksmith/&amp;lt;token&amp;gt;/signal/&amp;lt;number&amp;gt;&lt;/code&gt; (un valore JSON); le schede Pybytes dell&apos;area di lavoro su &lt;code&gt;u&amp;lt;token&amp;gt;&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>in the keychain; type to replace it</source>
        <translation>nel portachiavi; digitare per sostituirla</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Disconnetti</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connetti</translation>
    </message>
    <message>
        <source>Add the broker your devices publish to: its URL, and a user name and password when it asks for them.</source>
        <translation>Aggiungere il broker su cui pubblicano i dispositivi: il suo URL, e nome utente e password se li richiede.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certificati CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificati PEM (*.pem *.crt);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>hooksmith::Outbox</name>
    <message>
        <source>the outbox is not open</source>
        <translation>l&apos;outbox non è aperta</translation>
    </message>
    <message>
        <source>the outbox&apos;s write-ahead log has reached its limit of %1 MB and cannot be folded into the file (%2)</source>
        <translation>il write-ahead log dell&apos;outbox ha raggiunto il limite di %1 MB e non può essere riversato nel file (%2)</translation>
    </message>
    <message>
        <source>the disk that holds the outbox is full (%1 KB left, %2 KB are kept for recording what becomes of deliveries)</source>
        <translation>il disco che contiene l&apos;outbox è pieno (%1 KB liberi, %2 KB sono riservati per registrare l&apos;esito delle consegne)</translation>
    </message>
</context>
<context>
    <name>hooksmith::OutboxModel</name>
    <message>
        <source>Failed</source>
        <translation>Non riuscita</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In sospeso</translation>
    </message>
    <message>
        <source>%1
signal %2 from %3
accepted %4</source>
        <translation>%1
segnale %2 da %3
accettata %4</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prossimo tentativo</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Parcheggiata</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
</context>
<context>
    <name>hooksmith::OutboxPanel</name>
    <message>
        <source>(deleted webhook)</source>
        <translation>(webhook eliminato)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Attempt the selected deliveries now (failed ones get a new round of attempts)</source>
        <translation>Tenta ora le consegne selezionate (quelle non riuscite ricevono un nuovo giro di tentativi)</translation>
    </message>
    <message>
        <source>Remove the selected deliveries from the outbox without delivering them</source>
        <translation>Rimuove le consegne selezionate dall&apos;outbox senza consegnarle</translation>
    </message>
    <message>
        <source>The outbox opens after the window is shown.</source>
        <translation>L&apos;outbox si apre dopo che la finestra è stata mostrata.</translation>
    </message>
    <message>
        <source>%1 pending, %2 failed</source>
        <translation>%1 in sospeso, %2 non riuscite</translation>
    </message>
    <message>
        <source>Select deliveries to retry or discard them.</source>
        <translation>Selezionare le consegne per ritentarle o scartarle.</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries selected</source>
        <translation>
            <numerusform>%n consegna selezionata</numerusform>
            <numerusform>%n consegne selezionate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · signal %2, value %3 · accepted %4</source>
        <translation>%1 · segnale %2, valore %3 · accettata %4</translation>
    </message>
    <message numerus="yes">
        <source>Failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>Non riuscita dopo %n tentativo: %1</numerusform>
            <numerusform>Non riuscita dopo %n tentativi: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Ultimo tentativo: %1</translation>
    </message>
    <message>
        <source>%1 pending (%2 queued behind others), %3 failed</source>
        <translation>%1 in sospeso (%2 in coda dietro altre), %3 non riuscite</translation>
    </message>
    <message numerus="yes">
        <source>, %n parked</source>
        <translation>
            <numerusform>, %n parcheggiata</numerusform>
            <numerusform>, %n parcheggiate</numerusform>
        </translation>
    </message>
    <message>
        <source>Parked: %1. It is delivered when the webhook is back (enabled, or in the workspace again); Discard drops it.</source>
        <translation>Parcheggiata: %1. Viene consegnata quando il webhook torna (abilitato, o di nuovo nell&apos;area di lavoro); Scarta la elimina.</translation>
    </message>
    <message>
        <source>Queued behind an earlier signal of the same device to this webhook (delivery order: device).</source>
        <translation>In coda dietro un segnale precedente dello stesso dispositivo verso questo webhook (ordine di consegna: dispositivo).</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>&amp;Ritenta ora</translation>
    </message>
    <message>
        <source>Retry &amp;all of this webhook</source>
        <translation>Ritenta &amp;tutte di questo webhook</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Scarta</translation>
    </message>
    <message>
        <source>Once its configuration is fixed: attempt every delivery of the selected delivery&apos;s webhook now, failed ones included (a new round of attempts)</source>
        <translation>Una volta corretta la sua configurazione: tenta ora ogni consegna del webhook della consegna selezionata, comprese quelle non riuscite (un nuovo giro di tentativi)</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) were being attempted and were not discarded: discard them once the attempt has ended.</source>
        <translation>
            <numerusform>%n consegna era in corso di tentativo e non è stata scartata: scartarla quando il tentativo è terminato.</numerusform>
            <numerusform>%n consegne erano in corso di tentativo e non sono state scartate: scartarle quando il tentativo è terminato.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hooksmith::PortListModel</name>
    <message>
        <source>Virtual device</source>
        <translation>Dispositivo virtuale</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connesso</translation>
    </message>
    <message>
        <source>Not present</source>
        <translation>Non presente</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Fermato</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connessione in corso</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <source>Waiting for the board</source>
        <translation>In attesa della scheda</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>USB id %1</source>
        <translation>ID USB %1</translation>
    </message>
    <message>
        <source>Serial number %1</source>
        <translation>Numero di serie %1</translation>
    </message>
    <message>
        <source>generated signals</source>
        <translation>segnali generati</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>aggiunto a mano</translation>
    </message>
    <message>
        <source>(ask)</source>
        <translation>(chiedi)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
</context>
<context>
    <name>hooksmith::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>Predefinita del sistema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Each device in order</source>
        <translation>Ogni dispositivo in ordine</translation>
    </message>
    <message>
        <source>Any order, as many at once as possible</source>
        <translation>Qualsiasi ordine, il maggior numero possibile alla volta</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Impostazioni di sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Nessun proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuale</translation>
    </message>
    <message>
        <source>Requests to this computer (localhost, 127.0.0.1) never go through a manual proxy.</source>
        <translation>Le richieste a questo computer (localhost, 127.0.0.1) non passano mai da un proxy manuale.</translation>
    </message>
    <message>
        <source>The password is kept in the keychain, never in the settings file.</source>
        <translation>La password è conservata nel portachiavi, mai nel file delle impostazioni.</translation>
    </message>
    <message>
        <source>There is no keychain: the password is kept for this session only.</source>
        <translation>Non c&apos;è un portachiavi: la password è conservata solo per questa sessione.</translation>
    </message>
    <message>
        <source>Outbox folder</source>
        <translation>Cartella della posta in uscita</translation>
    </message>
    <message>
        <source>The proxy password could not be read: %1</source>
        <translation>Impossibile leggere la password del proxy: %1</translation>
    </message>
    <message>
        <source>A manual proxy needs a host: give its name or address, or choose another proxy setting.</source>
        <translation>Un proxy manuale richiede un host: indicarne il nome o l&apos;indirizzo, o scegliere un&apos;altra impostazione del proxy.</translation>
    </message>
    <message>
        <source>Give only the proxy&apos;s host name or address (such as proxy.example.com), without http://, a path or a port: the port has a field of its own.</source>
        <translation>Indicare solo il nome host o l&apos;indirizzo del proxy (come proxy.example.com), senza http://, percorso o porta: la porta ha un campo a sé.</translation>
    </message>
</context>
<context>
    <name>hooksmith::PreviewPanel</name>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>auth</source>
        <translation>auth</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>firma</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>propri</translation>
    </message>
    <message>
        <source>Hooksmith</source>
        <translation>Hooksmith</translation>
    </message>
    <message>
        <source>shaded lines are locked</source>
        <translation>le righe ombreggiate sono bloccate</translation>
    </message>
    <message>
        <source>Select a webhook to see its request.</source>
        <translation>Selezionare un webhook per vederne la richiesta.</translation>
    </message>
    <message>
        <source>No webhook selected</source>
        <translation>Nessun webhook selezionato</translation>
    </message>
    <message>
        <source>Reading secrets from the keychain…</source>
        <translation>Lettura dei segreti dal portachiavi…</translation>
    </message>
    <message>
        <source>Not set in this environment: %1. Sending needs it.</source>
        <translation>Non impostato in questo ambiente: %1. L&apos;invio lo richiede.</translation>
    </message>
    <message>
        <source>Secrets are shown. Turn Reveal off before sharing your screen.</source>
        <translation>I segreti sono mostrati. Disattivare Mostra prima di condividere lo schermo.</translation>
    </message>
    <message>
        <source>This request cannot be built</source>
        <translation>Questa richiesta non può essere costruita</translation>
    </message>
    <message>
        <source>Select a webhook to send it.</source>
        <translation>Selezionare un webhook per inviarlo.</translation>
    </message>
    <message>
        <source>Send this request once, as a test (Ctrl+Return)</source>
        <translation>Invia questa richiesta una volta, come test (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cannot be sent: %1</source>
        <translation>Non può essere inviata: %1</translation>
    </message>
    <message>
        <source>Refused, this request would not be sent: %1</source>
        <translation>Rifiutata, questa richiesta non verrebbe inviata: %1</translation>
    </message>
    <message>
        <source>Nothing copied: %1</source>
        <translation>Niente copiato: %1</translation>
    </message>
    <message>
        <source>Copied the curl command.</source>
        <translation>Comando curl copiato.</translation>
    </message>
    <message>
        <source>Copied the curl command; it reads %1 from the shell&apos;s environment.</source>
        <translation>Comando curl copiato; legge %1 dall&apos;ambiente della shell.</translation>
    </message>
    <message>
        <source>Not carried: %1.</source>
        <translation>Non riportato: %1.</translation>
    </message>
</context>
<context>
    <name>hooksmith::ProblemsModel</name>
    <message>
        <source>line %1, column %2</source>
        <translation>riga %1, colonna %2</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>area di lavoro</translation>
    </message>
    <message>
        <source>error</source>
        <translation>errore</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avviso</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>hooksmith::RawReplUploader</name>
    <message>
        <source>there is no serial port to upload through</source>
        <translation>non c&apos;è una porta seriale per il caricamento</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file path on the board; give an absolute path such as %2</source>
        <translation>&quot;%1&quot; non è un percorso di file sulla scheda; indicare un percorso assoluto come %2</translation>
    </message>
    <message>
        <source>there is nothing to upload</source>
        <translation>non c&apos;è nulla da caricare</translation>
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation>impossibile usare %1: %2</translation>
    </message>
    <message>
        <source>the port is not open</source>
        <translation>la porta non è aperta</translation>
    </message>
    <message>
        <source>the board went away during the upload (%1)</source>
        <translation>la scheda è scomparsa durante il caricamento (%1)</translation>
    </message>
    <message>
        <source>interrupting the running program</source>
        <translation>interruzione del programma in esecuzione</translation>
    </message>
    <message>
        <source>entering the raw REPL</source>
        <translation>ingresso nel raw REPL</translation>
    </message>
    <message>
        <source>internal error: a statement with control characters was not sent</source>
        <translation>errore interno: un&apos;istruzione con caratteri di controllo non è stata inviata</translation>
    </message>
    <message>
        <source>internal error: an empty statement was not sent</source>
        <translation>errore interno: un&apos;istruzione vuota non è stata inviata</translation>
    </message>
    <message>
        <source>the board could not run a first statement:
%1</source>
        <translation>la scheda non ha potuto eseguire una prima istruzione:
%1</translation>
    </message>
    <message>
        <source>checking %1 on the board failed:
%2</source>
        <translation>la verifica di %1 sulla scheda non è riuscita:
%2</translation>
    </message>
    <message>
        <source>writing %1 on the board failed:
%2</source>
        <translation>la scrittura di %1 sulla scheda non è riuscita:
%2</translation>
    </message>
    <message>
        <source>the board does not run MicroPython (it says &quot;%1&quot;)</source>
        <translation>la scheda non esegue MicroPython (dice &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>scrittura di %1</translation>
    </message>
    <message>
        <source>%1 on the board is not what was sent (size and checksum &quot;%2&quot;, expected &quot;%3&quot;); try again</source>
        <translation>%1 sulla scheda non è ciò che è stato inviato (dimensione e checksum &quot;%2&quot;, atteso &quot;%3&quot;); riprovare</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>verifica di %1</translation>
    </message>
    <message>
        <source>cannot use %1: the port did not open (%2)</source>
        <translation>impossibile usare %1: la porta non si è aperta (%2)</translation>
    </message>
    <message>
        <source>the board stopped answering in the raw REPL (no &quot;OK&quot; within %1 s)</source>
        <translation>la scheda ha smesso di rispondere nel raw REPL (nessun &quot;OK&quot; entro %1 s)</translation>
    </message>
    <message>
        <source>the board did not finish a statement within %1 s</source>
        <translation>la scheda non ha completato un&apos;istruzione entro %1 s</translation>
    </message>
    <message>
        <source>no answer from the board on %1 within %2 s: is this the board&apos;s port, and is the board powered and not in firmware update mode?</source>
        <translation>nessuna risposta dalla scheda su %1 entro %2 s: è la porta della scheda, e la scheda è alimentata e non in modalità aggiornamento firmware?</translation>
    </message>
    <message>
        <source>the board on %1 is busy: its program did not stop for the raw REPL; press the board&apos;s reset button and try again</source>
        <translation>la scheda su %1 è occupata: il suo programma non si è fermato per il raw REPL; premere il pulsante di reset della scheda e riprovare</translation>
    </message>
    <message>
        <source>the device on %1 answered, but not like MicroPython: &quot;%2&quot;</source>
        <translation>il dispositivo su %1 ha risposto, ma non come MicroPython: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fatto</translation>
    </message>
</context>
<context>
    <name>hooksmith::ReceivedRequestsModel</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>refused, %1</source>
        <translation>rifiutata, %1</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>accettata</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
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
        <translation>Limiti del ricevitore</translation>
    </message>
    <message>
        <source>A request beyond a limit is answered with an error status and shown as refused.</source>
        <translation>Una richiesta oltre un limite riceve come risposta uno stato di errore ed è mostrata come rifiutata.</translation>
    </message>
    <message>
        <source>Request &amp;line (414 beyond):</source>
        <translation>&amp;Riga di richiesta (oltre: 414):</translation>
    </message>
    <message>
        <source>&amp;Headers in all (431 beyond):</source>
        <translation>&amp;Header in totale (oltre: 431):</translation>
    </message>
    <message>
        <source>Header li&amp;nes (431 beyond):</source>
        <translation>&amp;Numero di righe di header (oltre: 431):</translation>
    </message>
    <message>
        <source>&amp;Body (413 beyond):</source>
        <translation>&amp;Corpo (oltre: 413):</translation>
    </message>
    <message>
        <source>&amp;Idle connection closed after (408):</source>
        <translation>Connessione &amp;inattiva chiusa dopo (408):</translation>
    </message>
    <message>
        <source>&amp;Connections at once (503 beyond):</source>
        <translation>Connessioni &amp;simultanee (oltre: 503):</translation>
    </message>
</context>
<context>
    <name>hooksmith::ReceiverPanel</name>
    <message>
        <source>&amp;Copy URL</source>
        <translation>&amp;Copia URL</translation>
    </message>
    <message>
        <source>&amp;Use for this webhook</source>
        <translation>&amp;Usa per questo webhook</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Cance&amp;lla</translation>
    </message>
    <message>
        <source>Point the selected webhook at the built-in receiver (Edit → Undo reverts it)</source>
        <translation>Punta il webhook selezionato al ricevitore integrato (Modifica → Annulla lo ripristina)</translation>
    </message>
    <message>
        <source>Received requests</source>
        <translation>Richieste ricevute</translation>
    </message>
    <message>
        <source>Built-in receiver: %1</source>
        <translation>Ricevitore integrato: %1</translation>
    </message>
    <message>
        <source>Use the built-in receiver</source>
        <translation>Usa il ricevitore integrato</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now sends to %2</source>
        <translation>&quot;%1&quot; ora invia a %2</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiato %1</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <source>Listening on %1. Requests sent there appear below.</source>
        <translation>In ascolto su %1. Le richieste inviate lì compaiono qui sotto.</translation>
    </message>
    <message>
        <source>Not listening: %1</source>
        <translation>Non in ascolto: %1</translation>
    </message>
    <message>
        <source>Stopped. Start it to receive webhooks on this computer, without a network.</source>
        <translation>Fermato. Avviarlo per ricevere webhook su questo computer, senza rete.</translation>
    </message>
    <message>
        <source>No requests received yet</source>
        <translation>Nessuna richiesta ricevuta finora</translation>
    </message>
    <message>
        <source>Select a request</source>
        <translation>Selezionare una richiesta</translation>
    </message>
    <message>
        <source>%1 %2 from %3, %4, %5</source>
        <translation>%1 %2 da %3, %4, %5</translation>
    </message>
    <message>
        <source>signature valid</source>
        <translation>firma valida</translation>
    </message>
    <message>
        <source>signature invalid: %1</source>
        <translation>firma non valida: %1</translation>
    </message>
    <message>
        <source>&amp;Limits…</source>
        <translation>&amp;Limiti…</translation>
    </message>
    <message>
        <source>Limits on requests: sizes, header lines, idle time and connections</source>
        <translation>Limiti per le richieste: dimensioni, righe di header, tempo di inattività e connessioni</translation>
    </message>
    <message>
        <source>Receiver limits changed</source>
        <translation>Limiti del ricevitore modificati</translation>
    </message>
    <message>
        <source>refused with %1: %2</source>
        <translation>rifiutata con %1: %2</translation>
    </message>
    <message>
        <source>The built-in receiver now listens on %1</source>
        <translation>Il ricevitore integrato è ora in ascolto su %1</translation>
    </message>
</context>
<context>
    <name>hooksmith::ResponsesModel</name>
    <message>
        <source>not sent</source>
        <translation>non inviato</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
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
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Timing and TLS</source>
        <translation>Tempi e TLS</translation>
    </message>
    <message>
        <source>No responses yet</source>
        <translation>Nessuna risposta finora</translation>
    </message>
    <message>
        <source>Select a response</source>
        <translation>Selezionare una risposta</translation>
    </message>
    <message>
        <source>Send a webhook from the Preview tab; every attempt appears here.</source>
        <translation>Inviare un webhook dalla scheda Anteprima; ogni tentativo compare qui.</translation>
    </message>
    <message>
        <source>%1, attempt %2 of %3</source>
        <translation>%1, tentativo %2 di %3</translation>
    </message>
    <message numerus="yes">
        <source>Details are kept for the most recent %n attempt(s) only.</source>
        <translation>
            <numerusform>I dettagli sono conservati solo per l&apos;ultimo %n tentativo.</numerusform>
            <numerusform>I dettagli sono conservati solo per gli ultimi %n tentativi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 received, first %2 kept</source>
        <translation>%1 ricevuti, conservati i primi %2</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 ricevuti</translation>
    </message>
    <message>
        <source>next attempt at %1</source>
        <translation>prossimo tentativo alle %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Avviata: %1</translation>
    </message>
    <message>
        <source>Request sent: %1</source>
        <translation>Richiesta inviata: %1</translation>
    </message>
    <message>
        <source>First byte: %1</source>
        <translation>Primo byte: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Completata: %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Durata: %1</translation>
    </message>
    <message>
        <source>Remote address: %1</source>
        <translation>Indirizzo remoto: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>Redirects followed: %1</source>
        <translation>Reindirizzamenti seguiti: %1</translation>
    </message>
    <message>
        <source>TLS: none (plain HTTP)</source>
        <translation>TLS: nessuno (HTTP semplice)</translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <translation>TLS: %1, %2</translation>
    </message>
    <message>
        <source>Certificate subject: %1</source>
        <translation>Soggetto del certificato: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Emittente: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Valido fino a: %1</translation>
    </message>
    <message>
        <source>Waited for a connection: %1</source>
        <translation>Attesa di una connessione: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop waiting for the answer: the request is aborted</source>
        <translation>Smette di attendere la risposta: la richiesta viene interrotta</translation>
    </message>
    <message>
        <source>Sending &quot;%1&quot;… %2 s</source>
        <translation>Invio di &quot;%1&quot;… %2 s</translation>
    </message>
    <message>
        <source>%1, test send (one attempt, not retried)</source>
        <translation>%1, invio di test (un solo tentativo, non ripetuto)</translation>
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
        <translation>il segnale %1 dal dispositivo %2 non ha attivato alcun webhook: %3 (i successivi sono contati, non mostrati)</translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot; was disabled: %2</source>
        <translation>il webhook &quot;%1&quot; è stato disabilitato: %2</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was loaded, so it was not saved: set &quot;enabled&quot;: false on the webhook yourself (it stays disabled in this run)</source>
        <translation>%1 è cambiato su disco da quando è stato caricato, quindi non è stato salvato: impostare &quot;enabled&quot;: false sul webhook manualmente (resta disabilitato in questa esecuzione)</translation>
    </message>
    <message>
        <source>%1 cannot be read any more, so it was not saved: set &quot;enabled&quot;: false on the webhook yourself (it stays disabled in this run)</source>
        <translation>%1 non può più essere letto, quindi non è stato salvato: impostare &quot;enabled&quot;: false sul webhook manualmente (resta disabilitato in questa esecuzione)</translation>
    </message>
    <message>
        <source>%1 holds a secret written in the file, which saving would drop, so it was not saved: set &quot;enabled&quot;: false on the webhook yourself (it stays disabled in this run)</source>
        <translation>%1 contiene un segreto scritto nel file, che il salvataggio eliminerebbe, quindi non è stato salvato: impostare &quot;enabled&quot;: false sul webhook manualmente (resta disabilitato in questa esecuzione)</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 non ha potuto essere salvato: %2</translation>
    </message>
    <message>
        <source>%1: saved the webhook as disabled</source>
        <translation>%1: webhook salvato come disabilitato</translation>
    </message>
    <message numerus="yes">
        <source>%n more signal(s) could not be stored (%1 in all): %2</source>
        <translation>
            <numerusform>altro %n segnale non ha potuto essere memorizzato (%1 in totale): %2</numerusform>
            <numerusform>altri %n segnali non hanno potuto essere memorizzati (%1 in totale): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the outbox cannot record what became of deliveries (%1): they are kept in memory and written as soon as it can, and nothing new is sent until then</source>
        <translation>l&apos;outbox non può registrare l&apos;esito delle consegne (%1): è tenuto in memoria e scritto appena possibile, e fino ad allora non viene inviato nulla di nuovo</translation>
    </message>
    <message>
        <source>the outbox records deliveries again</source>
        <translation>l&apos;outbox registra di nuovo le consegne</translation>
    </message>
    <message>
        <source>The outbox cannot be used (%1). Until Hooksmith closes, deliveries of this workspace are kept in memory only.</source>
        <translation>L&apos;outbox non può essere usata (%1). Finché Hooksmith non viene chiuso, le consegne di quest&apos;area di lavoro sono tenute solo in memoria.</translation>
    </message>
    <message>
        <source>hooksmith-cli outbox cannot act on this outbox while it runs: %1</source>
        <translation>hooksmith-cli outbox non può agire su questa outbox mentre è in esecuzione: %1</translation>
    </message>
    <message>
        <source>the outbox was still opening</source>
        <translation>l&apos;outbox era ancora in apertura</translation>
    </message>
    <message>
        <source>the outbox stores deliveries again</source>
        <translation>l&apos;outbox memorizza di nuovo le consegne</translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) could not be stored and are lost: %1</source>
        <translation>
            <numerusform>%n segnale non ha potuto essere memorizzato ed è perso: %1</numerusform>
            <numerusform>%n segnali non hanno potuto essere memorizzati e sono persi: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting for room in the outbox to store what was read (%n signal(s))</source>
        <translation>
            <numerusform>in attesa di spazio nell&apos;outbox per memorizzare quanto letto (%n segnale)</numerusform>
            <numerusform>in attesa di spazio nell&apos;outbox per memorizzare quanto letto (%n segnali)</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped before they could be stored</source>
        <translation>fermato prima che potessero essere memorizzati</translation>
    </message>
    <message>
        <source>the webhook &quot;%1&quot; is disabled</source>
        <translation>il webhook &quot;%1&quot; è disabilitato</translation>
    </message>
    <message>
        <source>the webhook &quot;%1&quot; is disabled: %2</source>
        <translation>il webhook &quot;%1&quot; è disabilitato: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) for webhook %1 are parked: it is gone from the workspace or disabled; they are delivered when it is back</source>
        <translation>
            <numerusform>%n consegna per il webhook %1 è parcheggiata: non è più nell&apos;area di lavoro o è disabilitato; sarà consegnata quando torna</numerusform>
            <numerusform>%n consegne per il webhook %1 sono parcheggiate: non è più nell&apos;area di lavoro o è disabilitato; saranno consegnate quando torna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parked delivery(ies) for webhook %1 resumed</source>
        <translation>
            <numerusform>%n consegna parcheggiata per il webhook %1 ripresa</numerusform>
            <numerusform>%n consegne parcheggiate per il webhook %1 riprese</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) for webhook %1 are parked (%2): they wait until it is back; `hooksmith-cli outbox list --state parked` lists them, `outbox drop` removes them</source>
        <translation>
            <numerusform>%n consegna per il webhook %1 è parcheggiata (%2): attende che torni; `hooksmith-cli outbox list --state parked` la elenca, `outbox drop` la rimuove</numerusform>
            <numerusform>%n consegne per il webhook %1 sono parcheggiate (%2): attendono che torni; `hooksmith-cli outbox list --state parked` le elenca, `outbox drop` le rimuove</numerusform>
        </translation>
    </message>
    <message>
        <source>it is disabled</source>
        <translation>è disabilitato</translation>
    </message>
    <message>
        <source>it is not in the workspace</source>
        <translation>non è nell&apos;area di lavoro</translation>
    </message>
</context>
<context>
    <name>hooksmith::SerialConsole</name>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Interrupt (Ctrl+C)</source>
        <translation>Interrompi (Ctrl+C)</translation>
    </message>
    <message>
        <source>Board output</source>
        <translation>Output della scheda</translation>
    </message>
    <message>
        <source>A line for the board&apos;s REPL, e.g. import hooksmith</source>
        <translation>Una riga per il REPL della scheda, ad es. import hooksmith</translation>
    </message>
    <message>
        <source>Sends Ctrl-C, which stops the board&apos;s running program</source>
        <translation>Invia Ctrl-C, che ferma il programma in esecuzione sulla scheda</translation>
    </message>
    <message>
        <source>Board:</source>
        <translation>Scheda:</translation>
    </message>
    <message>
        <source>Virtual device</source>
        <translation>Dispositivo virtuale</translation>
    </message>
</context>
<context>
    <name>hooksmith::SerialSignalSource</name>
    <message>
        <source>%1 is not there (unplugged?)</source>
        <translation>%1 non c&apos;è (scollegato?)</translation>
    </message>
    <message>
        <source>%1 is in use by another program (close its serial terminal)</source>
        <translation>%1 è in uso da un altro programma (chiuderne il terminale seriale)</translation>
    </message>
    <message>
        <source>no permission to open %1 (%2); add yourself to the &quot;dialout&quot; group and log in again</source>
        <translation>nessun permesso per aprire %1 (%2); aggiungersi al gruppo &quot;dialout&quot; e accedere di nuovo</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossibile aprire %1: %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>opening %1 at %2</source>
        <translation>apertura di %1 a %2</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation>%1; nuovo tentativo tra %2 s</translation>
    </message>
    <message>
        <source>the board went away (%1); trying again in %2 s</source>
        <translation>la scheda è scomparsa (%1); nuovo tentativo tra %2 s</translation>
    </message>
</context>
<context>
    <name>hooksmith::SignalFilterModel</name>
    <message>
        <source>%1 (not defined)</source>
        <translation>%1 (non definito)</translation>
    </message>
    <message>
        <source>Signal %1 fires this webhook when checked; with none checked, every signal does</source>
        <translation>Il segnale %1 attiva questo webhook se selezionato; se nessuno è selezionato, lo fa ogni segnale</translation>
    </message>
    <message>
        <source>Change signal filter</source>
        <translation>Cambia filtro dei segnali</translation>
    </message>
</context>
<context>
    <name>hooksmith::SignalMonitor</name>
    <message>
        <source>Define signal</source>
        <translation>Definisci segnale</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafico</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Segnali</translation>
    </message>
    <message>
        <source>Name the selected signal and give its unit, for every device (F2 or a double-click in the Name column does the same)</source>
        <translation>Assegna un nome al segnale selezionato e indicane l&apos;unità, per ogni dispositivo (F2 o un doppio clic nella colonna Nome fa lo stesso)</translation>
    </message>
    <message>
        <source>Follow the selected signals in the live chart</source>
        <translation>Segui i segnali selezionati nel grafico dal vivo</translation>
    </message>
    <message>
        <source>No signals yet: connect a board or the virtual device in the Devices panel.</source>
        <translation>Ancora nessun segnale: collegare una scheda o il dispositivo virtuale nel pannello Dispositivi.</translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s)</source>
        <translation>
            <numerusform>%n segnale</numerusform>
            <numerusform>%n segnali</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fired no webhook</source>
        <translation>%1 non hanno attivato alcun webhook</translation>
    </message>
    <message>
        <source>(%1 from devices no webhook is bound to)</source>
        <translation>(%1 da dispositivi a cui non è associato alcun webhook)</translation>
    </message>
</context>
<context>
    <name>hooksmith::SignalMonitorModel</name>
    <message>
        <source>(unknown board)</source>
        <translation>(scheda sconosciuta)</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n webhook</numerusform>
            <numerusform>%n webhook</numerusform>
        </translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation>nessuno: %1</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>non definito</translation>
    </message>
    <message>
        <source>Double-click to name signal %1 for every device of the workspace</source>
        <translation>Doppio clic per assegnare un nome al segnale %1 per ogni dispositivo dell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>%1 of them fired no webhook</source>
        <translation>%1 di questi non hanno attivato alcun webhook</translation>
    </message>
    <message>
        <source>Define signal %1</source>
        <translation>Definisci segnale %1</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Segnale</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Ultimo valore</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Conteggio</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Fires</source>
        <translation>Attiva</translation>
    </message>
</context>
<context>
    <name>hooksmith::SignalSource</name>
    <message>
        <source>the connection ended in the middle of a line, which was dropped</source>
        <translation>la connessione è terminata a metà di una riga, che è stata scartata</translation>
    </message>
</context>
<context>
    <name>hooksmith::SignalTableModel</name>
    <message>
        <source>The number the board passes to pybytes.send_signal() (0 to 254)</source>
        <translation>Il numero che la scheda passa a pybytes.send_signal() (da 0 a 254)</translation>
    </message>
    <message>
        <source>Change signal number</source>
        <translation>Cambia numero del segnale</translation>
    </message>
    <message>
        <source>Rename signal</source>
        <translation>Rinomina segnale</translation>
    </message>
    <message>
        <source>Change signal unit</source>
        <translation>Cambia unità del segnale</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Add signal</source>
        <translation>Aggiungi segnale</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>segnale %1</translation>
    </message>
    <message>
        <source>Delete signal</source>
        <translation>Elimina segnale</translation>
    </message>
</context>
<context>
    <name>hooksmith::StdinSource</name>
    <message>
        <source>standard input</source>
        <translation>standard input</translation>
    </message>
    <message>
        <source>file descriptor %1</source>
        <translation>descrittore di file %1</translation>
    </message>
    <message>
        <source>end of input</source>
        <translation>fine dell&apos;input</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
</context>
<context>
    <name>hooksmith::SystemdNotifier</name>
    <message>
        <source>NOTIFY_SOCKET is not set</source>
        <translation>NOTIFY_SOCKET non è impostato</translation>
    </message>
    <message>
        <source>cannot notify systemd through %1: %2</source>
        <translation>impossibile notificare systemd tramite %1: %2</translation>
    </message>
</context>
<context>
    <name>hooksmith::TemplateHighlighter</name>
    <message>
        <source>Unknown preset</source>
        <translation>Preset sconosciuto</translation>
    </message>
</context>
<context>
    <name>hooksmith::VirtualDevice</name>
    <message>
        <source>Virtual device</source>
        <translation>Dispositivo virtuale</translation>
    </message>
    <message>
        <source>%1 (virtual)</source>
        <translation>%1 (virtuale)</translation>
    </message>
    <message>
        <source>virtual device</source>
        <translation>dispositivo virtuale</translation>
    </message>
    <message>
        <source>start the virtual device before sending signals</source>
        <translation>avviare il dispositivo virtuale prima di inviare segnali</translation>
    </message>
    <message>
        <source>the rate must be above 0 and at most 1000 signals per second</source>
        <translation>la frequenza deve essere sopra 0 e al massimo 1000 segnali al secondo</translation>
    </message>
    <message>
        <source>the period must be above 0 seconds</source>
        <translation>il periodo deve essere sopra 0 secondi</translation>
    </message>
    <message>
        <source>use 0 to 9 decimals</source>
        <translation>usare da 0 a 9 decimali</translation>
    </message>
</context>
<context>
    <name>hooksmith::VirtualDevicePanel</name>
    <message>
        <source>Virtual device</source>
        <translation>Dispositivo virtuale</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
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
        <translation>23.5, &quot;porta aperta&quot;, [1, 2, 3]</translation>
    </message>
    <message>
        <source>Sine</source>
        <translation>Sinusoide</translation>
    </message>
    <message>
        <source>Random walk</source>
        <translation>Passeggiata casuale</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Segnale</translation>
    </message>
    <message>
        <source>Generator:</source>
        <translation>Generatore:</translation>
    </message>
    <message>
        <source>Stop generator</source>
        <translation>Ferma generatore</translation>
    </message>
    <message>
        <source>Start generator</source>
        <translation>Avvia generatore</translation>
    </message>
    <message>
        <source>On signal:</source>
        <translation>Al segnale:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Frequenza:</translation>
    </message>
    <message>
        <source>Centre:</source>
        <translation>Centro:</translation>
    </message>
    <message>
        <source>Amplitude (±):</source>
        <translation>Ampiezza (±):</translation>
    </message>
    <message>
        <source>Decimals:</source>
        <translation>Decimali:</translation>
    </message>
</context>
<context>
    <name>hooksmith::WebhookEditor</name>
    <message>
        <source>Turn webhook on</source>
        <translation>Attiva webhook</translation>
    </message>
    <message>
        <source>Turn webhook off</source>
        <translation>Disattiva webhook</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>Turned off: %1</source>
        <translation>Disattivato: %1</translation>
    </message>
    <message>
        <source>Only enabled webhooks fire on signals</source>
        <translation>Solo i webhook abilitati si attivano con i segnali</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Modulo web</translation>
    </message>
    <message>
        <source>Custom body (%1)</source>
        <translation>Corpo personalizzato (%1)</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Nessun corpo</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Dispositivo sconosciuto</translation>
    </message>
</context>
<context>
    <name>hooksmith::WebhookListModel</name>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>Turned off</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>Turned off: %1</source>
        <translation>Disattivato: %1</translation>
    </message>
    <message>
        <source>Has problems: see the Problems list</source>
        <translation>Ha problemi: vedere l&apos;elenco dei problemi</translation>
    </message>
    <message>
        <source>on</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>off</source>
        <translation>disattivo</translation>
    </message>
    <message>
        <source>Turn webhook on</source>
        <translation>Attiva webhook</translation>
    </message>
    <message>
        <source>Turn webhook off</source>
        <translation>Disattiva webhook</translation>
    </message>
    <message>
        <source>Rename webhook</source>
        <translation>Rinomina webhook</translation>
    </message>
</context>
<context>
    <name>hooksmith::WorkspaceDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Senza titolo</translation>
    </message>
    <message>
        <source>Edit password</source>
        <translation>Modifica password</translation>
    </message>
    <message>
        <source>Edit signing secret</source>
        <translation>Modifica segreto di firma</translation>
    </message>
    <message>
        <source>no such webhook</source>
        <translation>webhook inesistente</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>signing secret</source>
        <translation>segreto di firma</translation>
    </message>
    <message>
        <source>Edit environments</source>
        <translation>Modifica ambienti</translation>
    </message>
    <message>
        <source>the %1 could not be read from the keychain: %2</source>
        <translation>impossibile leggere dal portachiavi %1: %2</translation>
    </message>
    <message>
        <source>Change user id</source>
        <translation>Cambia id utente</translation>
    </message>
</context>
<context>
    <name>hooksmith::WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace Settings</source>
        <translation>Impostazioni dell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>for example alice</source>
        <translation>per esempio alice</translation>
    </message>
    <message>
        <source>User id:</source>
        <translation>Id utente:</translation>
    </message>
    <message>
        <source>The user id is what the USER_ID preset sends. Secrets in the keychain are kept under it: when you change it, Hooksmith offers to move this workspace&apos;s passwords, signing secrets and secret variables to the new user id.</source>
        <translation>L&apos;id utente è ciò che il preset USER_ID invia. I segreti nel portachiavi sono conservati sotto di esso: quando lo si cambia, Hooksmith propone di spostare le password, i segreti di firma e le variabili segrete di questa area di lavoro al nuovo id utente.</translation>
    </message>
    <message>
        <source>Looking in the keychain for the secrets kept under &quot;%1&quot;…</source>
        <translation>Ricerca nel portachiavi dei segreti conservati sotto &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>The user id was not changed: %1. Try again, or cancel.</source>
        <translation>L&apos;id utente non è stato cambiato: %1. Riprovare, o annullare.</translation>
    </message>
    <message>
        <source>Move Secrets</source>
        <translation>Sposta i segreti</translation>
    </message>
    <message numerus="yes">
        <source>The keychain holds %n secret(s) of this workspace under the user id &quot;%1&quot;. Move them to &quot;%2&quot;?</source>
        <translation>
            <numerusform>Il portachiavi contiene %n segreto di questa area di lavoro sotto l&apos;id utente &quot;%1&quot;. Spostarlo a &quot;%2&quot;?</numerusform>
            <numerusform>Il portachiavi contiene %n segreti di questa area di lavoro sotto l&apos;id utente &quot;%1&quot;. Spostarli a &quot;%2&quot;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Left under &quot;%1&quot;, they are not used by this workspace any more, and have to be set again.</source>
        <translation>Lasciati sotto &quot;%1&quot;, non sono più usati da questa area di lavoro e vanno impostati di nuovo.</translation>
    </message>
    <message numerus="yes">
        <source>%n other secret(s) are kept under &quot;%1&quot; already: those stay as they are.</source>
        <translation>
            <numerusform>%n altro segreto è già conservato sotto &quot;%1&quot;: resta com&apos;è.</numerusform>
            <numerusform>%n altri segreti sono già conservati sotto &quot;%1&quot;: restano come sono.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move Secrets</source>
        <translation>&amp;Sposta i segreti</translation>
    </message>
    <message>
        <source>&amp;Leave Them</source>
        <translation>&amp;Lasciali</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, test and run webhooks fired by your devices.</source>
        <translation>Progetta, verifica ed esegue webhook attivati dai propri dispositivi.</translation>
    </message>
    <message>
        <source>Open the bundled demo workspace.</source>
        <translation>Apre l&apos;area di lavoro demo inclusa.</translation>
    </message>
    <message>
        <source>A workspace file to open.</source>
        <translation>Un file dell&apos;area di lavoro da aprire.</translation>
    </message>
</context>
</TS>

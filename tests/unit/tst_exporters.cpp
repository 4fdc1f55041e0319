#include "Renderer.h"
#include "WorkspaceFile.h"
#include "export/ExportFormats.h"
#include "export/ShellQuote.h"

#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

/// Runs `script` with /bin/sh and returns what it wrote on stdout.
QByteArray runShell(const QString& script, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    // From a file: one argument may hold at most 128 KiB.
    QTemporaryFile file;
    if (!file.open() || file.write(script.toUtf8()) < 0 || !file.flush())
        return "<cannot write the script>";
    QProcess sh;
    sh.setProcessEnvironment(env);
    sh.start(u"/bin/sh"_s, {file.fileName()});
    sh.closeWriteChannel();
    if (!sh.waitForFinished(10000))
        return "<sh did not finish>";
    return sh.readAllStandardOutput();
}

/// The arguments the shell passes to curl, and what it pipes into it: curl is a shell function that
/// writes each argument and a NUL, then "STDIN:" and its standard input.
QList<QByteArray> curlArguments(const QString& command, QByteArray* input = nullptr,
                                const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    const QByteArray out = runShell(u"curl() { printf '%s\\0' \"$@\"; printf 'STDIN:'; cat; }; "_s + command, env);
    const qsizetype at = out.lastIndexOf("STDIN:");
    if (input)
        *input = at < 0 ? QByteArray() : out.mid(at + 6);
    QList<QByteArray> args = out.left(at < 0 ? out.size() : at).split('\0');
    if (!args.isEmpty() && args.last().isEmpty())
        args.removeLast();
    args.prepend("curl");
    return args;
}

const QDateTime kAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);

/// The request as Hooksmith sends it for signal 1 with `value` at kAt.
RenderedRequest render(const Workspace& ws, const JsonValue& value)
{
    RenderContext c;
    c.workspace = &ws;
    c.webhook = &ws.webhooks.front();
    c.device = &sampleDevice();
    c.signal.number = 1;
    c.signal.value = value;
    c.signal.receivedAt = kAt;
    c.attemptTime = kAt;
    c.messageId = u"msg_1"_s;
    c.env = systemEnvironment();
    auto r = Renderer::render(c);
    if (!r)
        qFatal("render failed: %s", qPrintable(r.errorMessage()));
    return *r;
}

/// The curl command for the same request: what "Copy as curl" copies.
QString curlCommand(const Workspace& ws, const JsonValue& value, QStringList* warnings = nullptr)
{
    ExportFill fill;
    fill.device = &sampleDevice();
    Signal signal;
    signal.deviceToken = sampleDevice().token;
    signal.number = 1;
    signal.value = value;
    signal.receivedAt = kAt;
    fill.signal = signal;
    fill.messageId = u"msg_1"_s;
    ExportJob job;
    job.workspace = &ws;
    job.webhooks = {&ws.webhooks.front()};
    job.fill = &fill;
    const auto out = ExportFormats::curlCommand(job);
    if (!out)
        qFatal("export failed: %s", qPrintable(out.errorMessage()));
    if (warnings)
        *warnings = out->warnings;
    return QString::fromUtf8(out->files.front().data);
}

Workspace one(const Webhook& w)
{
    Workspace ws;
    ws.userId = u"alice"_s;
    ws.webhooks.append(w);
    return ws;
}

} // namespace

class TestExporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shellQuoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"abc"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("quote") << u"it's"_s;
        QTest::newRow("specials") << u"$HOME `id` \"x\" \\n * ? ; & | > <"_s;
        QTest::newRow("newlines") << u"a\nb\r\nc"_s;
        QTest::newRow("unicode") << u"23.5 °C ✓"_s;
    }

    void shellQuoting()
    {
        QFETCH(QString, text);
        const QByteArray out = runShell(u"printf '%s' "_s + shellQuote(text));
        QCOMPARE(QString::fromUtf8(out), text);
    }

    void curlCarriesEveryHeaderMethodUrlAndBody()
    {
        Webhook w = Webhook::createDefault(u"hook"_s);
        w.url = u"http://127.0.0.1:8080/hooks/{{DEVICE_TOKEN}}"_s;
        w.method = Method::Put;
        w.headers.append({u"X-Quote"_s, u"it's \"fine\" $HOME"_s, true, {}});
        w.headers.append({u"X-Empty"_s, QString(), true, {}});
        w.query.append({u"q"_s, u"a b"_s, true, {}});
        const Workspace ws = one(w);
        const JsonValue value = JsonValue::string(u"it's\nmultiline"_s);
        const RenderedRequest r = render(ws, value);

        const QString command = curlCommand(ws, value);
        QVERIFY(command.startsWith(u"curl "_s));
        const QList<QByteArray> args = curlArguments(command);
        QVERIFY2(args.size() > 1, qPrintable(command));
        QCOMPARE(args.at(1), r.url.toEncoded());
        QCOMPARE(args.at(1), QByteArray("http://127.0.0.1:8080/hooks/00000000-0000-4000-8000-000000000000?q=a%20b"));
        const qsizetype method = args.indexOf("--request");
        QVERIFY(method > 0);
        QCOMPARE(args.at(method + 1), QByteArray("PUT"));

        QList<QByteArray> headers;
        for (qsizetype i = 0; i + 1 < args.size(); ++i) {
            if (args[i] == "--header")
                headers.append(args[i + 1]);
        }
        // Every header but those curl writes itself; Accept-less requests switch curl's own off.
        QList<QByteArray> expected;
        for (const RenderedHeader& h : r.headers) {
            if (h.source == HeaderSource::Automatic &&
                (h.name == "Content-Length" || h.name == "Host" || h.name == "User-Agent" || h.name == "Connection"))
                continue;
            expected.append(h.value.isEmpty() ? QByteArray(h.name + ';') : QByteArray(h.name + ": " + h.value));
        }
        QCOMPARE(headers, expected);
        QVERIFY(headers.contains("X-Quote: it's \"fine\" $HOME"));
        QVERIFY(headers.contains("X-Empty;"));

        const qsizetype data = args.indexOf("--data-raw");
        QVERIFY(data > 0);
        QCOMPARE(args.at(data + 1), r.body);
        QVERIFY(r.body.contains("it's\\nmultiline"));
    }

    void curlHeadAndGet()
    {
        Webhook w = Webhook::createDefault(u"hook"_s);
        w.url = u"http://example.com/ping"_s;
        w.method = Method::Get;
        w.format = BodyFormat::None;
        QList<QByteArray> args = curlArguments(curlCommand(one(w), JsonValue::integer(1)));
        QVERIFY(!args.contains("--request"));
        QVERIFY(!args.contains("--data-raw"));
        w.method = Method::Head;
        args = curlArguments(curlCommand(one(w), JsonValue::integer(1)));
        QVERIFY(args.contains("--head"));
        w.delivery.followRedirects = true;
        QVERIFY(curlArguments(curlCommand(one(w), JsonValue::integer(1))).contains("--location"));
    }

    void curlGlobOffForBrackets()
    {
        Webhook w = Webhook::createDefault(u"hook"_s);
        w.url = u"http://[::1]:8080/x"_s;
        QVERIFY(curlArguments(curlCommand(one(w), JsonValue::integer(1))).contains("--globoff"));
    }

    void curlBodies_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QByteArray>("how");
        // A body starting with @ names a file to --data and --data-binary, not to --data-raw.
        QTest::newRow("starts with @") << u"@/etc/hostname"_s << QByteArray("--data-raw");
        QTest::newRow("shell-hostile") << u"it's $HOME `id` \\ \"q\"\n✓"_s << QByteArray("--data-raw");
        // No argument carries a NUL byte; one argument at most 128 KiB: both go in on standard input.
        QTest::newRow("NUL byte") << u"a\u0000b % \\ @c"_s << QByteArray("--data-binary");
        QTest::newRow("200 KB") << QString(200000, u'x') << QByteArray("--data-binary");
    }

    void curlBodies()
    {
        QFETCH(QString, payload);
        QFETCH(QByteArray, how);
        Webhook w = Webhook::createDefault(u"hook"_s);
        w.url = u"http://127.0.0.1/x"_s;
        w.format = BodyFormat::Custom;
        w.contentType = u"text/plain"_s;
        w.customBody = u"{{MESSAGE_PAYLOAD}}"_s;
        const Workspace ws = one(w);
        const RenderedRequest r = render(ws, JsonValue::string(payload));
        QVERIFY(r.body.startsWith(payload.left(3).toUtf8()));
        QByteArray input;
        const QList<QByteArray> args = curlArguments(curlCommand(ws, JsonValue::string(payload)), &input);
        const qsizetype data = args.indexOf(how);
        QVERIFY2(data > 0, args.join(' ').left(300).constData());
        if (how == "--data-raw") {
            QCOMPARE(args.at(data + 1), r.body);
            QVERIFY(input.isEmpty());
        } else {
            QCOMPARE(args.at(data + 1), QByteArray("@-"));
            QCOMPARE(input, r.body);
        }
    }

    void secretsAreShellVariables()
    {
        Webhook w = Webhook::createDefault(u"hook"_s);
        w.url = u"http://127.0.0.1/x"_s;
        w.auth.type = AuthType::Basic;
        w.auth.username = u"bob"_s;
        w.auth.password = u"hunter2"_s; // written in the file: never copied
        const QString command = curlCommand(one(w), JsonValue::integer(1));
        QVERIFY(!command.contains(u"hunter2"_s));
        QVERIFY(!command.contains(QString::fromLatin1("bob:hunter2"_ba.toBase64())));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOOK_PASSWORD"_s, u"from the shell"_s);
        const QList<QByteArray> args = curlArguments(command, nullptr, env);
        QCOMPARE(args.at(args.indexOf("--user") + 1), QByteArray("bob:from the shell"));
    }

    void secretVariableNames()
    {
        Webhook w = Webhook::createDefault(u"Door alert (2nd)"_s);
        w.auth.type = AuthType::Basic;
        w.auth.username = u"bob"_s;
        w.signing.scheme = SigningScheme::Github;
        // Kept in the keychain: a name from the webhook's.
        QCOMPARE(ExportRequests::passwordVariable(w), u"DOOR_ALERT_2ND_PASSWORD"_s);
        QCOMPARE(ExportRequests::signingSecretVariable(w), u"DOOR_ALERT_2ND_SIGNING_SECRET"_s);
        // Already from the environment: that variable.
        w.auth.password = u"{{ env:HOOK_PW }}"_s;
        QCOMPARE(ExportRequests::passwordVariable(w), u"HOOK_PW"_s);
        // Written in the file: never carried, read from the environment instead.
        w.signing.secret = u"literal-secret"_s;
        const Webhook exported = ExportRequests::withSecretsFromEnvironment(w);
        QCOMPARE(*exported.signing.secret, u"{{env:DOOR_ALERT_2ND_SIGNING_SECRET}}"_s);
        QCOMPARE(*exported.auth.password, u"{{env:HOOK_PW}}"_s);
        QCOMPARE(ExportRequests::variableStem(u"42 ü"_s), u"WEBHOOK_42"_s);
    }

    void variablesFromTheRenderer()
    {
        Workspace ws;
        ws.userId = u"alice"_s;
        Webhook w = Webhook::createDefault(u"Door"_s);
        w.url = u"https://example.com/{{DEVICE_TOKEN}}?k={{env:API_KEY}}"_s;
        w.auth.type = AuthType::Basic;
        w.auth.username = u"bob"_s;
        w.auth.password = u"hunter2"_s;
        ws.webhooks.append(w);
        const auto r = ExportRequests::build(ws, ws.webhooks.front(), nullptr);
        QVERIFY2(r, qPrintable(r ? QString() : r.errorMessage()));
        const QList<ExportVariable>& vars = r->variables;
        QCOMPARE(r->url.withBraces(vars), u"https://example.com/{{DEVICE_TOKEN}}?k={{API_KEY}}"_s);
        QVERIFY(r->basicAuth);
        QCOMPARE(r->basicAuth->username.withBraces(vars), u"bob"_s);
        QCOMPARE(vars[r->basicAuth->passwordVariable].name, u"DOOR_PASSWORD"_s);
        QCOMPARE(vars[r->basicAuth->passwordVariable].kind, ExportVariable::Kind::Env);
        const int number = r->variableIndex(u"SIGNAL_NUMBER"_s);
        QVERIFY(number >= 0);
        QVERIFY(vars[number].json);
        // The default body: the JSON presets stand as values, the others inside strings.
        const QString body = r->body.withBraces(vars);
        QVERIFY2(body.contains(u"\"signal\":{{SIGNAL_NUMBER}}"_s), qPrintable(body));
        QVERIFY2(body.contains(u"\"deviceToken\":\"{{DEVICE_TOKEN}}\""_s), qPrintable(body));
        for (const ExportHeader& h : r->headers) {
            QVERIFY(h.name.compare(u"Authorization"_s, Qt::CaseInsensitive) != 0);
            QVERIFY(h.name.compare(u"User-Agent"_s, Qt::CaseInsensitive) != 0);
        }

        // Every format: the password written in the file appears nowhere.
        ExportJob job;
        job.workspace = &ws;
        job.webhooks = {&ws.webhooks.front()};
        for (const QString& format : ExportFormats::names()) {
            const auto out = ExportFormats::run(format, job);
            QVERIFY2(out, qPrintable(format));
            for (const ExportFile& f : out->files) {
                QVERIFY2(!f.data.contains("hunter2"), qPrintable(format + u": "_s + f.name));
                QVERIFY2(!f.data.contains(QByteArray("bob:hunter2").toBase64()), qPrintable(format));
                QVERIFY2(!f.data.contains("hsxv"), qPrintable(format + u" left a stand-in in "_s + f.name));
            }
        }
        QVERIFY(!ExportFormats::run(u"har", job));
    }

    void environmentVariables()
    {
        Workspace ws;
        ws.userId = u"alice"_s;
        Environment local{u"Local"_s, {}, {}};
        local.variables = {{u"BASE_URL"_s, u"http://127.0.0.1:8471"_s, false, {}},
                           {u"ROOM"_s, u"bench"_s, false, {}},
                           {u"NOTE"_s, u"a b&c"_s, false, {}},
                           {u"API_KEY"_s, u"{{env:HOOK_API_KEY}}"_s, true, {}},
                           {u"TOKEN"_s, std::nullopt, true, {}}, // in the keychain
                           {u"PLAIN_SECRET"_s, u"hunter2"_s, true, {}}};
        Environment prod{u"Production"_s, {}, {}};
        prod.variables = {{u"BASE_URL"_s, u"https://hooks.example.com"_s, false, {}},
                          {u"ROOM"_s, u"hall"_s, false, {}},
                          {u"NOTE"_s, u"n"_s, false, {}},
                          {u"API_KEY"_s, std::nullopt, true, {}},
                          {u"TOKEN"_s, std::nullopt, true, {}},
                          {u"PLAIN_SECRET"_s, std::nullopt, true, {}}};
        ws.environments = {local, prod};
        Webhook w = Webhook::createDefault(u"Room"_s);
        w.url = u"{{var:BASE_URL}}/rooms/{{var:ROOM}}"_s;
        w.headers = {{u"X-Key"_s, u"{{var:API_KEY}}"_s, true, {}},
                     {u"X-Token"_s, u"t={{var:TOKEN}}"_s, true, {}},
                     {u"X-Plain"_s, u"{{var:PLAIN_SECRET}}"_s, true, {}}};
        w.body = {{u"note"_s, {}, u"{{var:NOTE}}"_s, false, true, {}},
                  {u"room"_s, {}, u"{{var:ROOM}}"_s, false, true, {}}};
        ws.webhooks.append(w);
        const Webhook& hook = ws.webhooks.front();

        // Written in (the default): the values of the first environment; secrets from the environment.
        auto resolved = ExportRequests::build(ws, hook, nullptr);
        QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.errorMessage()));
        QCOMPARE(resolved->url.withBraces(resolved->variables), u"http://127.0.0.1:8471/rooms/bench"_s);
        QStringList env;
        for (const ExportVariable& v : resolved->variables) {
            QVERIFY(v.kind != ExportVariable::Kind::Variable);
            if (v.kind == ExportVariable::Kind::Env)
                env << v.name;
        }
        QCOMPARE(env, (QStringList{u"HOOK_API_KEY"_s, u"TOKEN"_s, u"PLAIN_SECRET"_s}));

        // Kept: variables of the tool with the values as defaults; one that is encoded where it is used is
        // written in; the base URL is found again at the start of the URL.
        auto kept = ExportRequests::build(ws, hook, nullptr, ExportVariables::Keep);
        QVERIFY2(kept, qPrintable(kept ? QString() : kept.errorMessage()));
        QCOMPARE(kept->url.withBraces(kept->variables), u"{{BASE_URL}}/rooms/{{ROOM}}"_s);
        const int base = kept->variableIndex(u"BASE_URL"_s);
        QVERIFY(base >= 0);
        QCOMPARE(kept->variables[base].kind, ExportVariable::Kind::Variable);
        QCOMPARE(kept->variables[base].value, u"http://127.0.0.1:8471"_s);
        QCOMPARE(kept->variableIndex(u"NOTE"_s), -1);
        QVERIFY2(kept->warnings.join(u'\n').contains(u"variable NOTE is encoded"_s),
                 qPrintable(kept->warnings.join(u'\n')));
        QVERIFY(kept->body.withBraces(kept->variables).contains(u"\"note\":\"a b&c\""_s));

        // Another environment, as --env chooses it.
        ws.activeEnvironmentName = u"Production"_s;
        auto production = ExportRequests::build(ws, ws.webhooks.front(), nullptr);
        QVERIFY(production);
        QCOMPARE(production->url.withBraces(production->variables), u"https://hooks.example.com/rooms/hall"_s);
        QVERIFY(production->variableIndex(u"PRODUCTION_API_KEY"_s) < 0); // a client tool reads API_KEY
        QVERIFY(production->variableIndex(u"API_KEY"_s) >= 0);
        ws.activeEnvironmentName = u"Local"_s;

        // The curl script: the defaults unless the shell sets them, secrets from the shell.
        ExportJob job;
        job.workspace = &ws;
        job.webhooks = {&ws.webhooks.front()};
        job.variables = ExportVariables::Keep;
        const auto script = ExportFormats::run(u"curl", job);
        QVERIFY(script);
        const QString text = QString::fromUtf8(script->files.front().data);
        QProcessEnvironment shellEnv = QProcessEnvironment::systemEnvironment();
        for (const QString& name : {u"HOOK_API_KEY"_s, u"TOKEN"_s, u"PLAIN_SECRET"_s, u"DEVICE_TOKEN"_s,
                                    u"SIGNAL_NUMBER"_s, u"MESSAGE_PAYLOAD"_s, u"DEVICE_NAME"_s, u"SIGNAL_NAME"_s,
                                    u"SIGNAL_UNIT"_s, u"TIMESTAMP"_s, u"UNIX_TIME"_s, u"MESSAGE_ID"_s})
            shellEnv.insert(name, u"v"_s);
        QList<QByteArray> args = curlArguments(text, nullptr, shellEnv);
        QCOMPARE(args.at(1), QByteArray("http://127.0.0.1:8471/rooms/bench"));
        shellEnv.insert(u"ROOM"_s, u"attic"_s);
        args = curlArguments(text, nullptr, shellEnv);
        QCOMPARE(args.at(1), QByteArray("http://127.0.0.1:8471/rooms/attic"));

        // No format writes a secret value; the server export carries both environments, the chosen one
        // first, with every secret as a reference listed in hooksmith.env.example.
        job.webhooks = {&ws.webhooks.front()};
        ws.activeEnvironmentName = u"Production"_s;
        for (const ExportVariables mode : {ExportVariables::Resolve, ExportVariables::Keep}) {
            job.variables = mode;
            for (const QString& format : ExportFormats::names()) {
                const auto out = ExportFormats::run(format, job);
                QVERIFY2(out, qPrintable(format + u": "_s + (out ? QString() : out.errorMessage())));
                for (const ExportFile& f : out->files)
                    QVERIFY2(!f.data.contains("hunter2"), qPrintable(format + u": "_s + f.name));
            }
        }
        const auto server = ExportFormats::run(u"server", job);
        QVERIFY(server);
        LoadResult loaded = WorkspaceFile::parse(server->files.front().data);
        QVERIFY(loaded.workspace);
        QCOMPARE(loaded.workspace->environmentNames(), (QStringList{u"Production"_s, u"Local"_s}));
        const Environment& first = loaded.workspace->environments.front();
        QCOMPARE(*first.variable(u"API_KEY")->value, u"{{env:PRODUCTION_API_KEY}}"_s);
        QCOMPARE(*first.variable(u"ROOM")->value, u"hall"_s);
        const Environment& second = loaded.workspace->environments.back();
        QCOMPARE(*second.variable(u"API_KEY")->value, u"{{env:HOOK_API_KEY}}"_s);
        QCOMPARE(*second.variable(u"PLAIN_SECRET")->value, u"{{env:LOCAL_PLAIN_SECRET}}"_s);
        const QByteArray envExample = server->files.at(1).data;
        for (const char* name : {"\nPRODUCTION_API_KEY=\n", "\nPRODUCTION_TOKEN=\n", "\nHOOK_API_KEY=\n",
                                 "\nLOCAL_TOKEN=\n", "\nLOCAL_PLAIN_SECRET=\n"})
            QVERIFY2(envExample.contains(name), envExample.constData());
        QVERIFY(envExample.indexOf("PRODUCTION_API_KEY") < envExample.indexOf("HOOK_API_KEY"));
    }

    void baseUrlFromTheEnvironment()
    {
        // A scheme and host left to the tool cannot be checked as a URL: refused in the webhook's terms.
        Workspace ws;
        Webhook w = Webhook::createDefault(u"Base"_s);
        w.url = u"{{env:BASE_URL}}/x"_s;
        ws.webhooks.append(w);
        const auto r = ExportRequests::build(ws, ws.webhooks.front(), nullptr);
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(u"\"{{env:BASE_URL}}/x\""_s), qPrintable(r.errorMessage()));
        QVERIFY(!r.errorMessage().contains(u"hsxv"_s));
        // The server export carries the reference as it is.
        ExportJob job;
        job.workspace = &ws;
        job.webhooks = {&ws.webhooks.front()};
        const auto server = ExportFormats::run(u"server", job);
        QVERIFY(server);
        QVERIFY(server->files.front().data.contains("{{env:BASE_URL}}/x"));
        QVERIFY(server->files.at(1).data.contains("\nBASE_URL=\n"));
    }
};

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"

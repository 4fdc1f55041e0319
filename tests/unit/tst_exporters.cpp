#include "Renderer.h"
#include "export/ExportFormats.h"
#include "export/Exporter.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

/// Runs `script` with /bin/sh and returns what it wrote on stdout.
QByteArray runShell(const QString& script)
{
    QProcess sh;
    sh.start(u"/bin/sh"_s, {u"-c"_s, script});
    if (!sh.waitForFinished(10000))
        return "<sh did not finish>";
    return sh.readAllStandardOutput();
}

/// The arguments the shell passes to curl: curl is replaced by printf, one argument per NUL.
QList<QByteArray> curlArguments(const QString& command)
{
    QString script = command;
    script.replace(0, 4, u"printf '%s\\0'"_s);
    QList<QByteArray> args = runShell(script).split('\0');
    if (!args.isEmpty() && args.last().isEmpty())
        args.removeLast();
    return args;
}

RenderedRequest render(const Webhook& w, const JsonValue& value)
{
    Workspace ws;
    ws.webhooks.append(w);
    RenderContext c;
    c.workspace = &ws;
    c.webhook = &ws.webhooks.front();
    c.device = &sampleDevice();
    c.signal.number = 1;
    c.signal.value = value;
    c.signal.receivedAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    c.messageId = u"msg_1"_s;
    auto r = Renderer::render(c);
    if (!r)
        qFatal("render failed: %s", qPrintable(r.errorMessage()));
    return *r;
}

} // namespace

class TestExporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registry()
    {
        QVERIFY(Exporter::find(u"curl") != nullptr);
        QCOMPARE(Exporter::find(u"curl")->id(), u"curl"_s);
        QVERIFY(Exporter::find(u"nope") == nullptr);
        QVERIFY(Exporter::all().contains(Exporter::find(u"curl")));
    }

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
        const RenderedRequest r = render(w, JsonValue::string(u"it's\nmultiline"_s));

        const QString command = CurlExporter().exportRequest(r);
        QVERIFY(command.startsWith(u"curl "_s));
        const QList<QByteArray> args = curlArguments(command);
        QVERIFY2(!args.isEmpty(), qPrintable(command));
        QCOMPARE(args.at(0), r.url.toEncoded());
        QCOMPARE(args.at(0), QByteArray("http://127.0.0.1:8080/hooks/00000000-0000-4000-8000-000000000000?q=a%20b"));
        const qsizetype method = args.indexOf("--request");
        QVERIFY(method > 0);
        QCOMPARE(args.at(method + 1), QByteArray("PUT"));

        QList<QByteArray> headers;
        for (qsizetype i = 0; i + 1 < args.size(); ++i) {
            if (args[i] == "--header")
                headers.append(args[i + 1]);
        }
        QList<QByteArray> expected;
        for (const RenderedHeader& h : r.headers) {
            if (h.name == "Content-Length")
                continue; // curl computes it from --data-binary
            expected.append(h.value.isEmpty() ? QByteArray(h.name + ';') : QByteArray(h.name + ": " + h.value));
        }
        QCOMPARE(headers, expected);
        QVERIFY(headers.contains("X-Quote: it's \"fine\" $HOME"));
        QVERIFY(headers.contains("X-Empty;"));

        const qsizetype data = args.indexOf("--data-binary");
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
        QList<QByteArray> args = curlArguments(CurlExporter().exportRequest(render(w, JsonValue::integer(1))));
        QVERIFY(!args.contains("--request"));
        QVERIFY(!args.contains("--data-binary"));
        w.method = Method::Head;
        args = curlArguments(CurlExporter().exportRequest(render(w, JsonValue::integer(1))));
        QVERIFY(args.contains("--head"));
    }

    void curlGlobOffForBrackets()
    {
        Webhook w = Webhook::createDefault(u"hook"_s);
        w.url = u"http://[::1]:8080/x"_s;
        const QString command = CurlExporter().exportRequest(render(w, JsonValue::integer(1)));
        QVERIFY(curlArguments(command).contains("--globoff"));
    }

    void curlPipesBodiesAShellCannotCarry()
    {
        RenderedRequest r;
        r.method = Method::Post;
        r.url = QUrl(u"http://127.0.0.1/x"_s);
        r.hasBody = true;
        r.body = QByteArray("a\0b%\\'\xff", 7);
        const QString command = CurlExporter().exportRequest(r);
        QVERIFY(command.startsWith(u"printf "_s));
        // curl reads the body from stdin: a stand-in that copies stdin shows what it would send.
        QCOMPARE(runShell(u"curl() { cat; }; "_s + command), r.body);
    }

    void maskedRequestsExportMasked()
    {
        Webhook w = Webhook::createDefault(u"hook"_s);
        w.url = u"http://127.0.0.1/x"_s;
        w.auth.type = AuthType::Basic;
        w.auth.username = u"bob"_s;
        Workspace ws;
        ws.webhooks.append(w);
        RenderContext c;
        c.workspace = &ws;
        c.webhook = &ws.webhooks.front();
        c.device = &sampleDevice();
        c.signal.value = JsonValue::integer(1);
        c.secrets.password = u"hunter2"_s;
        const auto masked = Renderer::renderMasked(c);
        QVERIFY(masked.ok());
        const QString command = CurlExporter().exportRequest(*masked);
        QVERIFY(command.contains(u"Authorization: Basic ****"_s));
        QVERIFY(!command.contains(QString::fromLatin1("bob:hunter2"_ba.toBase64())));
        const auto real = Renderer::render(c);
        QVERIFY(real.ok());
        QVERIFY(CurlExporter().exportRequest(*real).contains(QString::fromLatin1("bob:hunter2"_ba.toBase64())));
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

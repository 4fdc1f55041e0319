// Round trips through the command line: `hooksmith-cli export --format curl|postman` and back with
// `hooksmith-cli import`, as child processes. The imported webhook must be the original one as far as
// the format carries it (method, URL, query, headers, request format, body rows or custom body, basic
// auth as an environment reference, following redirects), and must send the same request, for every
// webhook of the demo workspace and for edge cases (tests/data/export/edge.hooksmith.json: non-ASCII
// text, empty bodies, `&` and `=` in a query and a form, a body starting with @, secrets in the keychain
// and in the environment); environments come back as environments.
#include "Renderer.h"
#include "TestSupport.h"
#include "WorkspaceFile.h"
#include "export/ExportRequest.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(test::binaryPath(u"bin/hooksmith-cli"_s), args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// Replaces the presets an export always fills from the workspace (USER_ID, WEBHOOK_EVENT_NAME) by their
/// values, as literal template text.
QString filled(QString text, const Workspace& ws, const Webhook& w)
{
    const auto escape = [](QString s) {
        return s.replace(u"{{"_s, u"\\{{"_s);
    };
    text.replace(u"{{USER_ID}}"_s, escape(ws.userId));
    text.replace(u"{{WEBHOOK_EVENT_NAME}}"_s, escape(w.event));
    return text;
}

/// What the import gives back from an export of `w`: what the formats carry, the presets they fill
/// written in, the password read from the environment.
Webhook expectedBack(const Workspace& ws, const Webhook& w)
{
    Webhook e = w;
    e.url = filled(e.url, ws, w);
    // The import reads the URL's query into rows, before the webhook's own.
    if (const qsizetype mark = e.url.indexOf(u'?'); mark >= 0) {
        QList<NameValueRow> fromUrl;
        for (const QString& pair : e.url.mid(mark + 1).split(u'&'))
            fromUrl.append({pair.section(u'=', 0, 0), pair.section(u'=', 1), true, {}});
        e.query = fromUrl + e.query;
        e.url.truncate(mark);
    }
    for (NameValueRow& h : e.headers)
        h.value = filled(h.value, ws, w);
    for (NameValueRow& q : e.query)
        q.value = filled(q.value, ws, w);
    for (BodyRow& row : e.body) {
        if (row.usePreset && (row.preset == u"USER_ID"_s || row.preset == u"WEBHOOK_EVENT_NAME"_s)) {
            row.value = filled(u"{{"_s + row.preset + u"}}"_s, ws, w);
            row.usePreset = false;
            row.preset.clear();
        }
        row.value = filled(row.value, ws, w);
    }
    e.customBody = filled(e.customBody, ws, w);
    if (e.auth.type == AuthType::Basic) {
        e.auth.username = filled(e.auth.username, ws, w);
        e.auth.password = u"{{env:"_s + ExportRequests::passwordVariable(w) + u"}}"_s;
    }
    return e;
}

QStringList rows(const QList<NameValueRow>& list)
{
    QStringList out;
    for (const NameValueRow& r : list)
        out << (r.enabled ? QString() : u"!"_s) + r.name + u'=' + r.value;
    return out;
}

QStringList rows(const QList<BodyRow>& list)
{
    QStringList out;
    for (const BodyRow& r : list)
        out << r.key + u'=' + (r.usePreset ? u'@' + r.preset : r.value);
    return out;
}

/// What `w` sends for signal 1 = 23.5 from tok-1, at a fixed time, with API_KEY and the passwords set.
Result<RenderedRequest> render(const Workspace& ws, const Webhook& w)
{
    RenderContext c;
    c.workspace = &ws;
    c.webhook = &w;
    c.device = ws.devices.isEmpty() ? &sampleDevice() : &ws.devices.front();
    c.signal.deviceToken = c.device->token;
    c.signal.number = 1;
    c.signal.value = JsonValue::numberText(u"23.5"_s);
    c.signal.receivedAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    c.messageId = u"msg_1"_s;
    c.attemptTime = c.signal.receivedAt;
    c.env = [](const QString& name) -> std::optional<QString> {
        if (name == u"API_KEY"_s || name == u"HOOK_API_KEY"_s || name.endsWith(u"PASSWORD"_s))
            return u"s3cr3t "_s + name;
        return std::nullopt;
    };
    return Renderer::render(c);
}

QStringList headerLines(const RenderedRequest& r)
{
    QStringList out;
    for (const RenderedHeader& h : r.headers)
        out << QString::fromLatin1(h.name) + u": "_s + QString::fromUtf8(h.value);
    return out;
}

} // namespace

class TestExportRoundTrip : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// Exports `webhook` of `path` as `format` and imports it again; the workspace `import` printed.
    std::optional<Workspace> roundTrip(const QString& path, const QString& webhook, const QString& format,
                                       const QStringList& extra = {}, QByteArray* importErrors = nullptr)
    {
        const QString target = m_dir.filePath(u"%1-%2.out"_s.arg(format).arg(qHash(webhook + extra.join(u' '))));
        QFile::remove(target);
        const Run exported =
            cli(QStringList{u"export"_s, path, u"-w"_s, webhook, u"--format"_s, format, u"-o"_s, target} + extra);
        if (exported.code != 0) {
            qWarning("export failed: %s", exported.err.constData());
            return std::nullopt;
        }
        const Run imported = format == u"curl"_s ? cli({u"import"_s, u"curl"_s, u"-"_s}, test::readFile(target))
                                                 : cli({u"import"_s, u"postman"_s, target});
        if (importErrors)
            *importErrors = imported.err;
        if (imported.code != 0) {
            qWarning("import failed: %s", imported.err.constData());
            return std::nullopt;
        }
        LoadResult loaded = WorkspaceFile::parse(imported.out);
        if (!loaded.workspace || loaded.workspace->webhooks.size() != 1) {
            qWarning("import printed no workspace with one webhook: %s", imported.out.constData());
            return std::nullopt;
        }
        return loaded.workspace;
    }

    /// Both formats carry the time limit and the attempts: curl as --max-time and --retry, Postman in a
    /// "hooksmith" member beside each request.
    void compare(const Workspace& ws, const Webhook& original, const Webhook& back)
    {
        const Webhook want = expectedBack(ws, original);
        QCOMPARE(back.name, original.name);
        QCOMPARE(methodName(back.method), methodName(want.method));
        QCOMPARE(back.url, want.url);
        QCOMPARE(rows(back.query), rows(want.query));
        QCOMPARE(rows(back.headers), rows(want.headers));
        QCOMPARE(int(back.format), int(want.format));
        if (want.format == BodyFormat::Json || want.format == BodyFormat::Form)
            QCOMPARE(rows(back.body), rows(want.body));
        if (want.format == BodyFormat::Custom) {
            QCOMPARE(back.customBody, want.customBody);
            QCOMPARE(back.contentType, want.contentType);
        }
        QCOMPARE(int(back.auth.type), int(want.auth.type));
        if (want.auth.type == AuthType::Basic) {
            QCOMPARE(back.auth.username, want.auth.username);
            QCOMPARE(back.auth.password.value_or(QString()), want.auth.password.value_or(QString()));
        }
        QCOMPARE(back.delivery.followRedirects, want.delivery.followRedirects);
        QCOMPARE(back.delivery.timeoutMs, want.delivery.timeoutMs);
        QCOMPARE(back.delivery.maxAttempts, want.delivery.maxAttempts);

        // And the same request, but for the signature, which no client export carries.
        Webhook unsigned_ = original;
        unsigned_.signing = Signing{};
        if (unsigned_.auth.type == AuthType::Basic && !unsigned_.auth.password)
            unsigned_.auth.password = want.auth.password;
        const auto sent = render(ws, unsigned_);
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.errorMessage()));
        const auto again = render(ws, back);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.errorMessage()));
        QCOMPARE(again->method, sent->method);
        QCOMPARE(again->url, sent->url);
        QCOMPARE(again->target, sent->target);
        QCOMPARE(headerLines(*again), headerLines(*sent));
        QCOMPARE(again->body, sent->body);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(test::binaryPath(u"bin/hooksmith-cli"_s)), "hooksmith-cli is not built");
    }

    void webhooks_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("webhook");
        QTest::addColumn<QString>("format");
        const QList<QString> workspaces{test::sourcePath(u"resources/demo/demo.hooksmith.json"_s),
                                        test::dataPath(u"export/edge.hooksmith.json"_s)};
        for (const QString& path : workspaces) {
            const LoadResult loaded = WorkspaceFile::load(path);
            QVERIFY2(loaded.workspace, qPrintable(path));
            QVERIFY(loaded.workspace->webhooks.size() >= 6);
            for (const Webhook& w : loaded.workspace->webhooks) {
                for (const QString& format : {u"curl"_s, u"postman"_s}) {
                    QTest::addRow("%s %s", qPrintable(format), qPrintable(w.name)) << path << w.name << format;
                }
            }
        }
    }

    void webhooks()
    {
        QFETCH(QString, path);
        QFETCH(QString, webhook);
        QFETCH(QString, format);
        const LoadResult loaded = WorkspaceFile::load(path);
        QVERIFY(loaded.workspace);
        const Webhook* original = loaded.workspace->findWebhook(webhook);
        QVERIFY(original);
        const auto back = roundTrip(path, webhook, format);
        QVERIFY(back);
        compare(*loaded.workspace, *original, back->webhooks.front());
    }

    void environments_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("environment");
        for (const QString& format : {u"curl"_s, u"postman"_s}) {
            for (const QString& env : {u"Local"_s, u"Production"_s})
                QTest::addRow("%s %s", qPrintable(format), qPrintable(env)) << format << env;
        }
    }

    void environments()
    {
        QFETCH(QString, format);
        QFETCH(QString, environment);
        const QString path = test::dataPath(u"export/environments.hooksmith.json"_s);
        QByteArray notes;
        const auto back = roundTrip(path, u"Room"_s, format, {u"--keep-vars"_s, u"--env"_s, environment}, &notes);
        QVERIFY(back);
        const Webhook& w = back->webhooks.front();
        // Kept variables are variables of an environment with the chosen one's values; a secret one is
        // read from the process environment, by its reference's name or else by the variable's.
        QCOMPARE(w.url, u"{{var:BASE_URL}}/rooms/{{var:ROOM}}"_s);
        QCOMPARE(rows(w.body), (QStringList{u"room={{var:ROOM}}"_s, u"v=@MESSAGE_PAYLOAD"_s}));
        const QString key = environment == u"Local"_s ? u"HOOK_API_KEY"_s : u"API_KEY"_s;
        QCOMPARE(rows(w.headers), QStringList{u"X-Api-Key={{env:"_s + key + u"}}"_s});
        QCOMPARE(back->environments.size(), 1);
        const Environment& e = back->environments.front();
        QVERIFY2(notes.contains("was added with the variables BASE_URL, ROOM"), notes.constData());
        QCOMPARE(e.variables.size(), 2);
        const bool local = environment == u"Local"_s;
        QCOMPARE(*e.variable(u"BASE_URL")->value, local ? u"http://127.0.0.1:8471"_s : u"https://hooks.example.com"_s);
        QCOMPARE(*e.variable(u"ROOM")->value, local ? u"bench-1"_s : u"hall"_s);

        // The imported workspace sends what the original sends in that environment.
        LoadResult original = WorkspaceFile::load(path);
        QVERIFY(original.workspace);
        original.workspace->activeEnvironmentName = environment;
        Workspace& ws = *original.workspace;
        for (EnvVariable& v : ws.environments[local ? 0 : 1].variables) {
            if (v.name == u"API_KEY"_s)
                v.value = u"{{env:"_s + key + u"}}"_s; // the keychain's value, as the environment gives it
        }
        const auto sent = render(ws, ws.webhooks.front());
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.errorMessage()));
        const auto again = render(*back, w);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.errorMessage()));
        QCOMPARE(again->url, sent->url);
        QCOMPARE(headerLines(*again), headerLines(*sent));
        QCOMPARE(again->body, sent->body);
    }
};

QTEST_GUILESS_MAIN(TestExportRoundTrip)
#include "tst_export_roundtrip.moc"

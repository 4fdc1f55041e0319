#include "Renderer.h"
#include "export/ExportFormats.h"
#include "import/CurlImport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

const QDateTime kAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);

const Workspace& workspaceOf(const Webhook& w)
{
    static Workspace ws;
    ws.userId = u"alice"_s;
    ws.webhooks = {w};
    return ws;
}

/// What `w` sends for signal 3 = 23.5, with the environment variable `passwordVariable` set to `password`.
Result<RenderedRequest> render(const Webhook& w, const QString& passwordVariable, const QString& password)
{
    const Workspace& ws = workspaceOf(w);
    RenderContext c;
    c.workspace = &ws;
    c.webhook = &ws.webhooks.front();
    c.device = &sampleDevice();
    c.signal.deviceToken = sampleDevice().token;
    c.signal.number = 3;
    c.signal.value = JsonValue::numberText(u"23.5"_s);
    c.signal.receivedAt = kAt;
    c.messageId = u"msg_7"_s;
    c.attemptTime = c.signal.receivedAt;
    c.env = [passwordVariable, password](const QString& name) -> std::optional<QString> {
        if (name == passwordVariable)
            return password;
        return std::nullopt;
    };
    return Renderer::render(c);
}

/// "Copy as curl" for the same signal.
QString copyAsCurl(const Webhook& w)
{
    const Workspace& ws = workspaceOf(w);
    ExportFill fill;
    fill.device = &sampleDevice();
    Signal signal;
    signal.deviceToken = sampleDevice().token;
    signal.number = 3;
    signal.value = JsonValue::numberText(u"23.5"_s);
    signal.receivedAt = kAt;
    fill.signal = signal;
    fill.messageId = u"msg_7"_s;
    ExportJob job;
    job.workspace = &ws;
    job.webhooks = {&ws.webhooks.front()};
    job.fill = &fill;
    const auto out = ExportFormats::curlCommand(job);
    return out ? QString::fromUtf8(out->files.front().data) : out.errorMessage();
}

QStringList headerLines(const RenderedRequest& r)
{
    QStringList out;
    for (const RenderedHeader& h : r.headers)
        out.append(QString::fromLatin1(h.name) + u": "_s + QString::fromUtf8(h.value));
    return out;
}

Webhook base(const QString& name)
{
    Webhook w = Webhook::createDefault(name);
    w.url = u"https://hooks.example.com/in/{{DEVICE_TOKEN}}"_s;
    return w;
}

} // namespace

Q_DECLARE_METATYPE(hooksmith::Webhook)

class TestImportRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void curlExport_data()
    {
        QTest::addColumn<Webhook>("webhook");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("format"); // what the import makes of it

        Webhook json = base(u"json"_s); // Pybytes' default rows: strings and typed presets
        json.headers.append({u"X-Room"_s, u"kitchen"_s, true, {}});
        QTest::newRow("json rows") << json << QString() << int(BodyFormat::Custom);

        Webhook jsonStrings = base(u"json strings"_s);
        jsonStrings.body = {{u"device"_s, u"DEVICE_TOKEN"_s, {}, true, true, {}},
                            {u"note"_s, {}, u"it's \"{{MESSAGE_PAYLOAD}}\" at {{TIMESTAMP}}"_s, false, true, {}},
                            {u"off"_s, {}, u"disabled"_s, false, false, {}}};
        QTest::newRow("json with basic auth") << jsonStrings << u"p@ss w:rd'\u00e9"_s << int(BodyFormat::Json);

        Webhook form = base(u"form"_s);
        form.format = BodyFormat::Form;
        form.method = Method::Put;
        form.body = {{u"signal"_s, u"SIGNAL_NUMBER"_s, {}, true, true, {}},
                     {u"text"_s, {}, u"a&b=c d+e %\u00fc"_s, false, true, {}}};
        QTest::newRow("form") << form << QString() << int(BodyFormat::Form);

        Webhook custom = base(u"custom"_s);
        custom.format = BodyFormat::Custom;
        custom.contentType = u"text/plain; charset=utf-8"_s;
        custom.customBody = u"it's $HOME `id` \"q\" \\ {{MESSAGE_PAYLOAD}}\nline 2 \u00e9\u2603 \\{{literal}}"_s;
        QTest::newRow("custom text, shell-hostile") << custom << QString() << int(BodyFormat::Custom);

        Webhook customJson = base(u"custom json"_s);
        customJson.format = BodyFormat::Custom;
        customJson.contentType = u"application/vnd.example+json"_s;
        customJson.customBody = u"{\"v\": {{MESSAGE_PAYLOAD}}, \"list\": [1, 2]}"_s;
        QTest::newRow("custom json") << customJson << QString() << int(BodyFormat::Custom);

        Webhook query = base(u"query"_s);
        query.method = Method::Get;
        query.format = BodyFormat::None;
        query.query = {{u"signal"_s, u"{{SIGNAL_NUMBER}}"_s, true, {}},
                       {u"name"_s, u"a b&c=d/\u00e9"_s, true, {}},
                       {u"t"_s, u"{{TIMESTAMP}}"_s, true, {}}};
        QTest::newRow("query") << query << QString() << int(BodyFormat::None);

        Webhook at = base(u"at sign"_s);
        at.format = BodyFormat::Custom;
        at.contentType = u"text/plain"_s;
        at.customBody = u"@/etc/hostname {{MESSAGE_PAYLOAD}}"_s;
        QTest::newRow("body starting with @") << at << QString() << int(BodyFormat::Custom);

        Webhook empty = base(u"empty"_s);
        empty.format = BodyFormat::Custom;
        empty.contentType = u"text/plain"_s;
        empty.customBody.clear();
        QTest::newRow("empty body") << empty << QString() << int(BodyFormat::Custom);

        Webhook del = base(u"delete"_s);
        del.method = Method::Delete;
        del.format = BodyFormat::None;
        QTest::newRow("delete without body") << del << QString() << int(BodyFormat::None);
    }
    void curlExport()
    {
        QFETCH(Webhook, webhook);
        QFETCH(QString, password);
        QFETCH(int, format);
        // The password is kept in the keychain: the copied command reads it from the shell.
        if (!password.isEmpty())
            webhook.auth = {AuthType::Basic, u"bob"_s, std::nullopt, {}};
        const QString variable = ExportRequests::passwordVariable(webhook);
        Webhook sent = webhook; // as sending reads the password
        if (!password.isEmpty())
            sent.auth.password = u"{{env:"_s + variable + u"}}"_s;
        const auto original = render(sent, variable, password);
        QVERIFY2(original.ok(), qPrintable(original.ok() ? QString() : original.errorMessage()));

        const QString command = copyAsCurl(webhook);
        QVERIFY(!password.isEmpty() || !command.contains(u"PASSWORD"_s));
        const auto imported = CurlImport::parse(command);
        QVERIFY2(imported.ok(), qPrintable(command + u'\n' + (imported.ok() ? QString() : imported.errorMessage())));
        QCOMPARE(imported->webhooks.size(), 1);
        const ImportedWebhook& w = imported->webhooks.front();
        QCOMPARE(int(w.webhook.format), format);
        QVERIFY(!w.password);
        if (!password.isEmpty())
            QCOMPARE(w.webhook.auth.password.value_or(QString()), u"{{env:"_s + variable + u"}}"_s);

        const auto again = render(w.webhook, variable, password);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.errorMessage()));
        QCOMPARE(again->method, original->method);
        QCOMPARE(again->url, original->url);
        QCOMPARE(again->target, original->target);
        QCOMPARE(headerLines(*again), headerLines(*original));
        QCOMPARE(again->hasBody, original->hasBody);
        QCOMPARE(again->body, original->body);
    }
};

QTEST_GUILESS_MAIN(TestImportRoundTrip)
#include "tst_import_roundtrip.moc"

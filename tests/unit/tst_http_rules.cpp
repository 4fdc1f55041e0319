// Pure parts of the HTTP sender (Retry-After, fingerprints) and the renderer rules that keep the
// preview equal to what Qt's HTTP stack can put on the wire.
#include "HttpSender.h"
#include "Renderer.h"
#include "Validator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

Workspace workspaceWith(const QList<NameValueRow>& headers)
{
    Workspace ws;
    Webhook w = Webhook::createDefault(u"hook"_s);
    w.url = u"http://127.0.0.1:4711/hook"_s;
    w.headers = headers;
    ws.webhooks.append(w);
    return ws;
}

Result<RenderedRequest> renderFirst(const Workspace& ws)
{
    RenderContext c;
    c.workspace = &ws;
    c.webhook = &ws.webhooks.front();
    c.device = &sampleDevice();
    c.signal.deviceToken = sampleDevice().token;
    c.signal.number = 1;
    c.signal.value = JsonValue::integer(1);
    c.signal.receivedAt = QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
    c.messageId = u"msg_1"_s;
    c.attemptTime = c.signal.receivedAt;
    return Renderer::render(c);
}

NameValueRow header(const QString& name, const QString& value)
{
    NameValueRow r;
    r.name = name;
    r.value = value;
    return r;
}

} // namespace

class TestHttpRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<std::optional<qint64>>("expected");
        QTest::newRow("seconds") << QByteArray("120") << std::optional<qint64>(120);
        QTest::newRow("zero") << QByteArray("0") << std::optional<qint64>(0);
        QTest::newRow("spaces") << QByteArray("  7 ") << std::optional<qint64>(7);
        QTest::newRow("IMF-fixdate") << QByteArray("Fri, 01 May 2026 12:01:30 GMT") << std::optional<qint64>(90);
        QTest::newRow("RFC 850") << QByteArray("Friday, 01-May-26 12:02:00 GMT") << std::optional<qint64>(120);
        QTest::newRow("asctime") << QByteArray("Fri May  1 12:00:10 2026") << std::optional<qint64>(10);
        QTest::newRow("past date") << QByteArray("Thu, 30 Apr 2026 12:00:00 GMT") << std::optional<qint64>(0);
        QTest::newRow("negative") << QByteArray("-5") << std::optional<qint64>();
        QTest::newRow("fraction") << QByteArray("1.5") << std::optional<qint64>();
        QTest::newRow("words") << QByteArray("soon") << std::optional<qint64>();
        QTest::newRow("empty") << QByteArray("") << std::optional<qint64>();
        QTest::newRow("bad month") << QByteArray("Fri, 01 Mai 2026 12:01:30 GMT") << std::optional<qint64>();
    }

    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(std::optional<qint64>, expected);
        const QDateTime now(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(HttpSender::parseRetryAfter(value, now), expected);
    }

    void fingerprints()
    {
        const QByteArray digest =
            QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        const QString shown = HttpSender::formatFingerprint(digest);
        QCOMPARE(shown, u"00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:"
                        u"EE:FF"_s);
        QCOMPARE(HttpSender::parseFingerprint(shown), std::optional<QByteArray>(digest));
        QCOMPARE(HttpSender::parseFingerprint(QString::fromLatin1(digest.toHex())), std::optional<QByteArray>(digest));
        QCOMPARE(HttpSender::parseFingerprint(u" 00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff 00 11 22 33 44 55 "
                                              u"66 77 88 99 AA BB CC DD EE FF "_s),
                 std::optional<QByteArray>(digest));
        QVERIFY(!HttpSender::parseFingerprint(u"00:11"_s));
        QVERIFY(!HttpSender::parseFingerprint(QString(shown + u"00"_s)));
        QVERIFY(!HttpSender::parseFingerprint(QString(shown).replace(u'A', u'G')));
    }

    void repeatedHeadersAreJoined()
    {
        const Workspace ws =
            workspaceWith({header(u"X-Tag"_s, u"one"_s), header(u"X-Other"_s, u"1"_s), header(u"x-tag"_s, u"two"_s)});
        const auto r = renderFirst(ws);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.errorMessage()));
        QList<QByteArray> names;
        for (const RenderedHeader& h : r->headers)
            names.append(h.name);
        QCOMPARE(names.count("X-Tag") + names.count("x-tag"), 1);
        QCOMPARE(r->headerValue("X-Tag"), QByteArray("one, two"));
        // In the place of the first one.
        QCOMPARE(names.indexOf("X-Tag") + 1, names.indexOf("X-Other"));

        bool warned = false;
        for (const Problem& p : Validator::validateWebhook(ws, 0))
            warned = warned || (!p.isError() && p.message.contains(u"separated by commas"_s));
        QVERIFY(warned);
    }

    void emptyAutomaticOverrideIsRefused()
    {
        const Workspace ws = workspaceWith({header(u"Accept-Language"_s, QString())});
        const auto r = renderFirst(ws);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().startsWith(u"headers[0] \"Accept-Language\": the value is empty"_s),
                 qPrintable(r.errorMessage()));
        bool flagged = false;
        for (const Problem& p : Validator::validateWebhook(ws, 0))
            flagged = flagged || (p.isError() && p.field == u"headers[0].value"_s);
        QVERIFY(flagged);

        // Any other header may be empty.
        const auto other = renderFirst(workspaceWith({header(u"X-Empty"_s, QString())}));
        QVERIFY(other.ok());
        QCOMPARE(other->headerValue("X-Empty"), QByteArray(""));
    }
};

QTEST_GUILESS_MAIN(TestHttpRules)
#include "tst_http_rules.moc"

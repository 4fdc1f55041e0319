// What `render` shows is what goes on the wire: for every body format and method, with and without
// basic auth, query rows, unicode, repeated headers and a signing scheme, the bytes a server receives
// equal RenderedRequest::wireHead() + body, and the local receiver records the same request.
#include "FaultServer.h"
#include "HttpSender.h"
#include "LocalReceiver.h"
#include "SendSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace hooksmith::test;

namespace {

enum class Variant : quint8
{
    Plain,
    Everything
};
enum class Format : quint8
{
    Json,
    Form,
    CustomJson,
    CustomText,
    None
};

const QString kStandardSecret = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;

QString formatLabel(Format f)
{
    switch (f) {
    case Format::Json:
        return u"json"_s;
    case Format::Form:
        return u"form"_s;
    case Format::CustomJson:
        return u"custom-json"_s;
    case Format::CustomText:
        return u"custom-text"_s;
    case Format::None:
        return u"none"_s;
    }
    return {};
}

NameValueRow row(const QString& name, const QString& value)
{
    NameValueRow r;
    r.name = name;
    r.value = value;
    return r;
}

/// Builds the webhook of one data row against `base` (http://127.0.0.1:PORT).
TestHook makeHook(const QUrl& base, Method method, Format format, Variant variant, int index)
{
    const bool everything = variant == Variant::Everything;
    TestHook hook(QUrl(), method, BodyFormat::Json);
    Webhook& w = hook.webhook();
    w.url = base.toString() + (everything ? u"/hooks/café/{{DEVICE_TOKEN}}?from=board"_s : u"/hook"_s);
    switch (format) {
    case Format::Json:
        w.format = BodyFormat::Json;
        break;
    case Format::Form:
        w.format = BodyFormat::Form;
        break;
    case Format::CustomJson:
        w.format = BodyFormat::Custom;
        w.contentType = u"application/json"_s;
        w.customBody = u"{\"device\": {{DEVICE_TOKEN}}, \"text\": \"Grüße von {{DEVICE_NAME}}\", "
                       u"\"value\": {{MESSAGE_PAYLOAD}}, \"unit\": \"{{SIGNAL_UNIT}}\"}"_s;
        break;
    case Format::CustomText:
        w.format = BodyFormat::Custom;
        w.contentType = u"text/plain; charset=utf-8"_s;
        w.customBody = u"{{SIGNAL_NAME}}={{MESSAGE_PAYLOAD}} {{SIGNAL_UNIT}} from {{DEVICE_NAME}} 𝄞"_s;
        break;
    case Format::None:
        w.format = BodyFormat::None;
        break;
    }
    if (!everything)
        return hook;

    BodyRow text;
    text.key = u"text"_s;
    text.value = u"Grüße ☃ 𝄞 {{SIGNAL_NAME}} & more=yes"_s;
    w.body.append(text);
    w.query = {row(u"q"_s, u"a b&c"_s), row(u"device"_s, u"{{DEVICE_NAME}}"_s)};
    w.headers = {row(u"X-Device"_s, u"{{DEVICE_NAME}}"_s), row(u"X-Tag"_s, u"one"_s),
                 row(u"Accept-Language"_s, u"de-CH"_s), row(u"x-tag"_s, u"two"_s)};
    w.auth.type = AuthType::Basic;
    w.auth.username = u"jürgen"_s;
    hook.secrets.password = u"p@ss:wörd"_s;
    const SigningScheme schemes[] = {SigningScheme::StandardWebhooks, SigningScheme::Github, SigningScheme::Stripe};
    w.signing.scheme = schemes[index % 3];
    hook.secrets.signingSecret =
        w.signing.scheme == SigningScheme::StandardWebhooks ? kStandardSecret : u"It's a Secret to Everybody"_s;
    return hook;
}

} // namespace

Q_DECLARE_METATYPE(Variant)
Q_DECLARE_METATYPE(Format)

class TestHttpWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        QVERIFY2(m_receiver.listen(), qPrintable(m_receiver.errorString()));
    }

    void wire_data()
    {
        QTest::addColumn<Method>("method");
        QTest::addColumn<Format>("format");
        QTest::addColumn<Variant>("variant");
        QTest::addColumn<int>("index");
        int index = 0;
        for (Format f : {Format::Json, Format::Form, Format::CustomJson, Format::CustomText, Format::None}) {
            for (Method m : allMethods()) {
                for (Variant v : {Variant::Plain, Variant::Everything}) {
                    const QString name = u"%1 %2 %3"_s.arg(formatLabel(f), methodName(m),
                                                           v == Variant::Plain ? u"plain"_s : u"everything"_s);
                    QTest::newRow(qPrintable(name)) << m << f << v << index++;
                }
            }
        }
    }

    void wire()
    {
        QFETCH(Method, method);
        QFETCH(Format, format);
        QFETCH(Variant, variant);
        QFETCH(int, index);

        // Byte for byte, on a raw socket.
        const TestHook hook = makeHook(m_server.url(QString()), method, format, variant, index);
        const RenderedRequest request = hook.render();
        QVERIFY(!request.headers.isEmpty());
        const qsizetype before = m_server.requests().size();
        const auto r = sendAndWait(m_sender, request);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->errorMessage));
        QCOMPARE(m_server.requests().size(), before + 1);
        const QByteArray expected = request.wireHead() + request.body;
        QCOMPARE(m_server.requests().constLast(), expected);
        QCOMPARE(r->requestHead, request.wireHead());
        QCOMPARE(r->requestsSent, 1);

        // The same request as the local receiver records it.
        const TestHook local = makeHook(m_receiver.url(), method, format, variant, index);
        const RenderedRequest localRequest = local.render();
        QSignalSpy received(&m_receiver, &LocalReceiver::requestReceived);
        const auto lr = sendAndWait(m_sender, localRequest);
        QVERIFY(lr);
        QVERIFY2(lr->ok(), qPrintable(lr->errorMessage));
        QCOMPARE(received.size(), 1);
        const ReceivedRequest got = m_receiver.requests().constLast();
        QCOMPARE(got.method, methodName(method).toLatin1());
        QCOMPARE(got.query.isEmpty() ? got.path : got.path + '?' + got.query, localRequest.target);
        QList<std::pair<QByteArray, QByteArray>> headers;
        for (const RenderedHeader& h : localRequest.headers)
            headers.append({h.name, h.value});
        QCOMPARE(got.headers, headers);
        QCOMPARE(got.body, localRequest.body);
        if (method == Method::Head)
            QVERIFY(lr->body.isEmpty());
        else
            QCOMPARE(lr->body, QByteArray("{\"ok\":true}"));
    }

    void repeatedHeadersGoOutOnceWithBothValues()
    {
        const TestHook hook = makeHook(m_server.url(QString()), Method::Post, Format::Json, Variant::Everything, 0);
        const RenderedRequest request = hook.render();
        QCOMPARE(request.headerValue("X-Tag"), QByteArray("one, two"));
        const auto r = sendAndWait(m_sender, request);
        QVERIFY(r && r->ok());
        QVERIFY(m_server.requests().constLast().contains("\r\nX-Tag: one, two\r\n"));
        QVERIFY(!m_server.requests().constLast().contains("x-tag"));
        // A user Accept-Language replaces the automatic one in the user's place.
        QVERIFY(m_server.requests().constLast().contains("\r\nAccept-Language: de-CH\r\n"));
        QVERIFY(!m_server.requests().constLast().contains("Accept-Language: *"));
    }

    // A request that names a header twice (in any case) could not go out as shown: it is refused.
    void aHeaderNamedTwiceIsRefused()
    {
        const TestHook hook = makeHook(m_server.url(QString()), Method::Post, Format::Json, Variant::Everything, 0);
        RenderedRequest request = hook.render();
        const qsizetype before = m_server.requests().size();
        request.headers.append(RenderedHeader{"x-tag", "three", HeaderSource::User});
        const auto r = sendAndWait(m_sender, request);
        QVERIFY(r);
        QVERIFY(!r->ok());
        QCOMPARE(r->errorMessage, u"the header x-tag appears twice; Qt's HTTP stack sends each header once, so the "
                                  u"request was not sent"_s);
        QCOMPARE(m_server.requests().size(), before);
    }

private:
    FaultServer m_server;
    LocalReceiver m_receiver;
    HttpSender m_sender;
};

QTEST_GUILESS_MAIN(TestHttpWire)
#include "tst_http_wire.moc"

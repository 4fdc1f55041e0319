// What `render` shows is what goes on the wire: for every body format and method, with and without
// basic auth, query rows, unicode, repeated headers and a signing scheme, the bytes a server receives
// equal RenderedRequest::wireHead() + body, and the local receiver records the same request. What the
// sender and the engine report of it is its masked view: the server gets the secrets, reports do not.
#include "DeliveryEngine.h"
#include "Dispatcher.h"
#include "Encoding.h"
#include "FaultServer.h"
#include "HttpSender.h"
#include "Json.h"
#include "LocalReceiver.h"
#include "MemoryDeliveryStore.h"
#include "SendSupport.h"
#include "Transport.h"

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

const QString kPassword = u"hunter2-Pw9"_s;
const QString kToken = u"tok/3n ü&Zq"_s;
const QString kSigningSecret = u"It's a Secret to Everybody"_s;

/// What the Authorization header carries: base64 of bob:password.
QByteArray basicCredentials()
{
    return QByteArray("bob:" + kPassword.toUtf8()).toBase64();
}

std::optional<QString> secretEnvironment(const QString& name)
{
    if (name == u"HOOK_PASSWORD"_s)
        return kPassword;
    if (name == u"HOOK_TOKEN"_s)
        return kToken;
    if (name == u"HOOK_SIGNING"_s)
        return kSigningSecret;
    return std::nullopt;
}

/// A webhook with secrets wherever a request carries them: basic auth, the path, the query, a header
/// and the body, all from the environment, and GitHub-style signing.
TestHook secretHook(const QUrl& base)
{
    TestHook hook(QUrl(), Method::Post, BodyFormat::Json);
    Webhook& w = hook.webhook();
    w.url = base.toString() + u"/hooks/{{env:HOOK_TOKEN}}?key={{env:HOOK_TOKEN}}"_s;
    w.headers = {row(u"X-Token"_s, u"t={{env:HOOK_TOKEN}}"_s)};
    BodyRow token;
    token.key = u"token"_s;
    token.value = u"{{env:HOOK_TOKEN}}"_s;
    w.body.append(token);
    w.auth.type = AuthType::Basic;
    w.auth.username = u"bob"_s;
    w.auth.password = u"{{env:HOOK_PASSWORD}}"_s;
    w.signing.scheme = SigningScheme::Github;
    w.signing.secret = u"{{env:HOOK_SIGNING}}"_s;
    return hook;
}

RenderedRequest renderWithSecrets(const TestHook& hook)
{
    RenderContext c;
    c.workspace = &hook.workspace;
    c.webhook = &hook.workspace.webhooks.front();
    c.device = &hook.workspace.devices.front();
    c.signal.deviceToken = c.device->token;
    c.signal.number = 1;
    c.signal.value = JsonValue::numberText(u"23.5"_s);
    c.signal.receivedAt = QDateTime::currentDateTimeUtc();
    c.messageId = u"msg_2Q4TZ8HKV1N6C3R5W7Y9B0D2F4"_s;
    c.attemptTime = c.signal.receivedAt;
    c.env = secretEnvironment;
    auto r = Renderer::render(c);
    if (!r) {
        QTest::qFail(qPrintable(u"render failed: "_s + r.errorMessage()), __FILE__, __LINE__);
        return {};
    }
    return *r;
}

/// The secrets `text` shows, in any form a request carries them; empty when none.
QString secretsIn(const QByteArray& text)
{
    QStringList found;
    for (const QString& secret : {kPassword, kToken, kSigningSecret}) {
        QString form;
        appendFormEncoded(form, secret);
        QString json;
        appendJsonStringContent(json, secret);
        for (const QString& f : {secret, percentEncoded(secret), form, json}) {
            if (text.contains(f.toUtf8()))
                found.append(f);
        }
    }
    if (text.contains(basicCredentials()))
        found.append(u"base64 of bob:password"_s);
    return found.join(u", "_s);
}

/// Everything a result tells of the request, as text.
QByteArray reportedText(const AttemptResult& r)
{
    return r.requestHead + r.finalUrl.toString().toUtf8() + r.finalUrl.toString(QUrl::FullyEncoded).toUtf8() +
           r.errorMessage.toUtf8();
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
        // The head the result reports is the same, with the basic-auth credentials masked.
        QCOMPARE(r->requestHead, request.maskedView().wireHead());
        QCOMPARE(r->requestHead.contains("\r\nAuthorization: Basic ****\r\n"), variant == Variant::Everything);
        QCOMPARE(r->requestsSent, 1);
        // Said of every request, whether its connection is new or kept from the one before.
        QCOMPARE(r->remoteAddress, u"127.0.0.1:%1"_s.arg(m_server.port()));

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

    void theResultShowsTheRequestMasked()
    {
        const RenderedRequest request = renderWithSecrets(secretHook(m_server.url(QString())));
        QVERIFY(request.secrets);
        const auto r = sendAndWait(m_sender, request);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->errorMessage));
        // The server got the real request, secrets and all.
        const QByteArray received = m_server.requests().constLast();
        QCOMPARE(received, request.wireHead() + request.body);
        QVERIFY(received.contains(QByteArray("\r\nAuthorization: Basic " + basicCredentials() + "\r\n")));
        QVERIFY(!secretsIn(received).isEmpty());
        // The result shows it masked, with the real Content-Length and signature.
        const RenderedRequest shown = request.maskedView();
        QCOMPARE(r->requestHead, shown.wireHead());
        QVERIFY(r->requestHead.startsWith("POST /hooks/****?key=**** HTTP/1.1\r\n"));
        QVERIFY(r->requestHead.contains("\r\nAuthorization: Basic ****\r\n"));
        QVERIFY(r->requestHead.contains("\r\nX-Token: t=****\r\n"));
        QVERIFY(r->requestHead.contains(
            QByteArray("\r\nContent-Length: " + QByteArray::number(request.body.size()) + "\r\n")));
        QVERIFY(r->requestHead.contains(
            QByteArray("\r\nX-Hub-Signature-256: " + request.headerValue("X-Hub-Signature-256"))));
        QCOMPARE(r->finalUrl, shown.url);
        QCOMPARE(secretsIn(reportedText(*r)), QString());
    }

    void aRedirectReportsTheMaskedUrl()
    {
        // A Location of only a fragment keeps the query, secret and all, on the next hop.
        FaultServer server;
        QVERIFY(server.listen());
        server.enqueue(FaultServer::Action::redirect(302, "#again"));
        const RenderedRequest request = renderWithSecrets(secretHook(server.url(QString())));
        AttemptOptions options;
        options.followRedirects = true;
        const auto r = sendAndWait(m_sender, request, options);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->errorMessage));
        QCOMPARE(r->redirectCount, 1);
        QCOMPARE(server.requests().size(), 2);
        QVERIFY(server.requests().at(1).startsWith(QByteArray("POST " + request.target + " HTTP/1.1\r\n")));
        QCOMPARE(r->finalUrl.fragment(), u"again"_s);
        QCOMPARE(r->finalUrl.query(), u"key=****"_s);
        QVERIFY(r->requestHead.contains("\r\nAuthorization: Basic ****\r\n"));
        QCOMPARE(secretsIn(reportedText(*r)), QString());

        // Redirected round in circles: the message names the URL, masked.
        server.setDefaultAction(FaultServer::Action::redirect(302, "#again"));
        const auto loop = sendAndWait(m_sender, request, options);
        QVERIFY(loop);
        QVERIFY2(loop->errorMessage.startsWith(u"gave up after 10 redirects"_s), qPrintable(loop->errorMessage));
        QVERIFY2(loop->errorMessage.contains(u"key=****"_s), qPrintable(loop->errorMessage));
        QCOMPARE(secretsIn(reportedText(*loop)), QString());
    }

    void aRedirectsPathLosesOnlyItsDotSegments()
    {
        // Resolved against the hop before, then dot segments removed as RFC 3986 says: "/in/.b/x" stays as
        // it is (QUrl::NormalizePathSegments in Qt 6.4 makes it "/in//x").
        FaultServer server;
        QVERIFY(server.listen());
        server.enqueue(FaultServer::Action::redirect(307, "/in/.b/x"));
        server.enqueue(FaultServer::Action::redirect(307, "../up/./.c/y?q=/../z"));
        const TestHook hook = makeHook(server.url(QString()), Method::Post, Format::Json, Variant::Plain, 0);
        AttemptOptions options;
        options.followRedirects = true;
        const auto r = sendAndWait(m_sender, hook.render(), options);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->errorMessage));
        QCOMPARE(r->redirectCount, 2);
        QCOMPARE(server.requests().size(), 3);
        QVERIFY2(server.requests().at(1).startsWith("POST /in/.b/x HTTP/1.1\r\n"),
                 server.requests().at(1).left(40).constData());
        QVERIFY2(server.requests().at(2).startsWith("POST /in/up/.c/y?q=/../z HTTP/1.1\r\n"),
                 server.requests().at(2).left(40).constData());
    }

    void theEngineReportsTheRequestMasked()
    {
        const TestHook hook = secretHook(m_server.url(QString()));
        auto ws = std::make_shared<Workspace>(hook.workspace);
        HttpSenderTransport transport(&m_sender);
        MemoryDeliveryStore store;
        Dispatcher dispatcher(&store);
        EngineOptions options;
        options.reportRequests = true;
        DeliveryEngine engine(&store, &transport, options);
        engine.setEnvironment(secretEnvironment);
        dispatcher.setWorkspace(ws);
        engine.setWorkspace(ws);
        QSignalSpy finished(&engine, &DeliveryEngine::attemptFinished);
        engine.start();
        Signal signal;
        signal.deviceToken = ws->devices.front().token;
        signal.number = 1;
        signal.value = JsonValue::integer(7);
        signal.receivedAt = QDateTime::currentDateTimeUtc();
        const quint64 passes = Renderer::passCount();
        const qsizetype before = m_server.requests().size();
        dispatcher.dispatch(signal);
        QVERIFY(finished.wait(15000));
        // Signed, reported, masked: one render for the attempt, and one for the validator's check of this
        // workspace snapshot (made once per snapshot, before its first attempt).
        QCOMPARE(Renderer::passCount() - passes, quint64(2));
        const auto report = finished.at(0).at(0).value<AttemptReport>();
        QVERIFY2(report.result.ok(), qPrintable(report.summary));
        QCOMPARE(m_server.requests().size(), before + 1);
        const QByteArray received = m_server.requests().constLast();
        QVERIFY(received.contains(QByteArray("\r\nAuthorization: Basic " + basicCredentials() + "\r\n")));

        QVERIFY(report.request);
        QVERIFY(report.request->masked);
        QCOMPARE(report.request->headerValue("Authorization"), QByteArray("Basic ****"));
        QVERIFY(report.request->body.endsWith(",\"token\":\"****\"}"));
        QCOMPARE(report.result.requestHead, report.request->wireHead());
        // The real signature and length, as the server received them.
        const QByteArray signature = report.request->headerValue("X-Hub-Signature-256");
        QVERIFY(received.contains(QByteArray("\r\nX-Hub-Signature-256: " + signature + "\r\n")));
        QVERIFY(received.contains(
            QByteArray("\r\nContent-Length: " + report.request->headerValue("Content-Length") + "\r\n")));
        QCOMPARE(secretsIn(report.request->wireHead() + report.request->body + report.request->url.toString().toUtf8()),
                 QString());
        QCOMPARE(secretsIn(reportedText(report.result)), QString());
        engine.stop();
    }

private:
    FaultServer m_server;
    LocalReceiver m_receiver;
    HttpSender m_sender;
};

QTEST_GUILESS_MAIN(TestHttpWire)
#include "tst_http_wire.moc"

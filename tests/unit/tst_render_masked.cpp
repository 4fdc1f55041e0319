// The masked view of a request (RenderedRequest::maskedView) comes from the one render that is sent,
// equals what the masked render showed before it (a pass that writes **** for secrets, with the real
// Content-Length and signatures put in), and holds no secret in any form a request can carry one.
#include "Cli.h"
#include "Encoding.h"
#include "Json.h"
#include "Renderer.h"
#include "TestSupport.h"
#include "WorkspaceFile.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

const QString kWhsec = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;
const QString kToken = u"s3cr3t/ü &x\"q"_s;

/// What Renderer::renderMasked gave before maskedView(): a masked pass, then the real request's
/// Content-Length and signing headers in place of its own when the real request can be made. (The old
/// code skipped the real render when neither the body held a secret nor the webhook signed; the
/// values put in are then the masked pass's own.)
Result<RenderedRequest> twoPassMasked(const RenderContext& c)
{
    auto masked = Renderer::renderMaskedPass(c);
    if (!masked)
        return masked;
    const auto real = Renderer::render(c);
    if (!real)
        return masked;
    for (RenderedHeader& h : masked->headers) {
        if (h.source == HeaderSource::Signing || h.name == "Content-Length")
            h.value = real->headerValue(h.name);
    }
    return masked;
}

/// The first difference between two requests, or an empty string.
QString difference(const RenderedRequest& a, const RenderedRequest& b)
{
    if (a.method != b.method)
        return u"method"_s;
    if (a.url != b.url)
        return u"url: "_s + a.url.toString() + u" / "_s + b.url.toString();
    if (a.target != b.target)
        return u"target: "_s + QString::fromUtf8(a.target + " / " + b.target);
    if (a.host != b.host)
        return u"host: "_s + QString::fromUtf8(a.host + " / " + b.host);
    if (a.headers.size() != b.headers.size())
        return u"header count"_s;
    for (qsizetype i = 0; i < a.headers.size(); ++i) {
        const RenderedHeader& x = a.headers[i];
        const RenderedHeader& y = b.headers[i];
        if (x.name != y.name || x.value != y.value || x.source != y.source || x.locked != y.locked)
            return u"header: "_s + QString::fromUtf8(x.name + ": " + x.value + " / " + y.name + ": " + y.value);
    }
    if (a.body != b.body)
        return u"body: "_s + QString::fromUtf8(a.body + " / " + b.body);
    if (a.hasBody != b.hasBody || a.masked != b.masked)
        return u"flags"_s;
    return {};
}

/// The forms in which a request can carry a secret value.
QList<QByteArray> formsOf(const QString& secret)
{
    QString form;
    appendFormEncoded(form, secret);
    QString json;
    appendJsonStringContent(json, secret);
    return {secret.toUtf8(), percentEncoded(secret).toUtf8(), form.toUtf8(), json.toUtf8()};
}

/// Everything a person sees of a request: head, body, preview and the URL in every form.
QByteArray shownText(const RenderedRequest& r)
{
    return r.wireHead() + r.body + r.preview().toUtf8() + r.url.toString(QUrl::FullyEncoded).toUtf8() +
           r.url.toString().toUtf8() + r.url.toDisplayString().toUtf8() + r.target + r.host;
}

/// The secrets a text shows, with the form they are in; empty when none.
QString leaks(const QByteArray& text, const QStringList& secrets, const QByteArray& basicCredentials = {})
{
    QStringList found;
    for (const QString& secret : secrets) {
        for (const QByteArray& form : formsOf(secret)) {
            if (!form.isEmpty() && text.contains(form))
                found.append(QString::fromUtf8(form));
        }
    }
    if (!basicCredentials.isEmpty() && text.contains(basicCredentials.toBase64()))
        found.append(u"base64 of user:password"_s);
    return found.join(u", "_s);
}

/// The value after an option in a command line.
QString option(const QStringList& args, const QString& name)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : QString();
}

/// A webhook with one device, rendered with the environment and secrets it is given.
struct Fixture
{
    Workspace ws;
    Device device{u"tok-1"_s, u"Board ☃"_s, {}, {}};
    QHash<QString, QString> env{{u"TOKEN"_s, kToken}};
    SecretValues secrets;
    JsonValue value = JsonValue::numberText(u"23.5"_s);

    Fixture()
    {
        ws.userId = u"alice"_s;
        ws.devices = {device};
        Webhook w = Webhook::createDefault(u"Hook"_s);
        w.url = u"https://hooks.example.com/in"_s;
        w.body.clear();
        w.devices = {device.token};
        ws.webhooks = {w};
    }
    Webhook& webhook() { return ws.webhooks.front(); }

    RenderContext context() const
    {
        RenderContext c;
        c.workspace = &ws;
        c.webhook = &ws.webhooks.front();
        c.device = &ws.devices.front();
        c.signal.deviceToken = device.token;
        c.signal.number = 1;
        c.signal.value = value;
        c.signal.receivedAt = QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
        c.messageId = u"msg_2Q4TZ8HKV1N6C3R5W7Y9B0D2F4"_s;
        c.attemptTime = c.signal.receivedAt;
        c.secrets = secrets;
        c.env = [env = env](const QString& name) -> std::optional<QString> {
            if (const auto it = env.constFind(name); it != env.cend())
                return *it;
            return std::nullopt;
        };
        return c;
    }
};

/// A random workspace: env values, device values and keychain secrets in every place they can go.
struct Generated : Fixture
{
    QStringList hidden; ///< values no masked request may show
    QByteArray basicCredentials;
};

QString pick(QRandomGenerator& rng, const QStringList& from)
{
    return from[int(rng.bounded(int(from.size())))];
}

/// A secret value that no request text contains by chance, with characters every encoding changes.
QString secretValue(QRandomGenerator& rng, int index)
{
    static const QStringList pieces = {u"&"_s, u"\""_s, u"/"_s, u" "_s, u"é"_s, u"😀"_s, u"\\"_s, u"{{"_s,
                                       u"%"_s, u"+"_s,  u"="_s, u"?"_s, u"#"_s, u"'"_s, u"<"_s,  u"k9"_s};
    QString s = u"Sv%1q"_s.arg(index);
    for (int i = 0, n = 2 + int(rng.bounded(6)); i < n; ++i)
        s += pick(rng, pieces);
    // Now and then a value that cannot go into a header: the real render fails and the masked
    // render shows the request all the same.
    if (rng.bounded(60) == 0)
        s += u"\r\n"_s;
    return s;
}

QString deviceValue(QRandomGenerator& rng)
{
    static const QStringList pieces = {u"\""_s, u"\\"_s,       u"}}"_s, u"{{"_s,  u"😀"_s,
                                       u"é"_s,  u"&=+%#?/ "_s, u"a"_s,  u"xyz"_s, u"<>"_s};
    QString s;
    for (int i = 0, n = int(rng.bounded(5)); i < n; ++i) {
        if (rng.bounded(10) == 0) // an unpaired surrogate
            s.append(QChar(char16_t(0xD800 + rng.bounded(0x800))));
        else
            s += pick(rng, pieces);
    }
    return s;
}

QString templateText(QRandomGenerator& rng)
{
    static const QStringList pieces = {u"lit"_s,
                                       u"a b&c"_s,
                                       u"ü😀"_s,
                                       u"{{DEVICE_NAME}}"_s,
                                       u"{{MESSAGE_PAYLOAD}}"_s,
                                       u"{{SIGNAL_NUMBER}}"_s,
                                       u"{{env:S0}}"_s,
                                       u"{{env:S1}}"_s,
                                       u"{{env:S2}}"_s,
                                       u"{{env:S3}}"_s};
    QString s;
    for (int i = 0, n = 1 + int(rng.bounded(3)); i < n; ++i)
        s += pick(rng, pieces);
    return s;
}

Generated generate(QRandomGenerator& rng)
{
    Generated g;
    g.env.clear();
    for (int i = 0; i < 4; ++i) {
        const QString v = secretValue(rng, i);
        g.env.insert(u"S%1"_s.arg(i), v);
        g.hidden.append(v);
    }
    g.ws.devices.front().name = deviceValue(rng);
    g.value = rng.bounded(2) ? JsonValue::string(deviceValue(rng)) : JsonValue::numberText(u"-0.70"_s);
    Webhook& w = g.webhook();

    // A base URL from the environment is shown, not masked: it is the scheme and host.
    if (rng.bounded(3) == 0) {
        g.env.insert(u"BASE"_s, u"https://env.example.com:8443/base"_s);
        w.url = u"{{env:BASE}}"_s;
    } else {
        w.url = u"https://api.example.com"_s;
    }
    for (int i = 0, n = int(rng.bounded(4)); i < n; ++i)
        w.url += u'/' + templateText(rng);
    if (rng.bounded(2)) {
        w.url += u"?k="_s + templateText(rng);
        if (rng.bounded(2))
            w.url += u"&m="_s + templateText(rng);
    }
    if (rng.bounded(5) == 0)
        w.url += u"#frag{{env:S0}}"_s;
    for (int i = 0, n = int(rng.bounded(3)); i < n; ++i)
        w.query.append(NameValueRow{u"q%1"_s.arg(i), templateText(rng), true, {}});
    static const QStringList headerNames = {u"X-A"_s, u"X-B"_s, u"x-a"_s, u"X-Env"_s};
    for (int i = 0, n = int(rng.bounded(5)); i < n; ++i)
        w.headers.append(NameValueRow{pick(rng, headerNames), templateText(rng), true, {}});

    switch (rng.bounded(6)) {
    case 0:
        w.method = Method::Get;
        w.format = BodyFormat::None;
        break;
    case 1:
        w.format = BodyFormat::Form;
        break;
    case 2:
        w.format = BodyFormat::Custom;
        w.contentType = u"application/json"_s;
        w.customBody = u"{\"a\": \"x{{env:S1}}y\", \"b\": {{env:S2}}, \"c\": {{MESSAGE_PAYLOAD}}, "
                       u"\"d\": \"{{DEVICE_NAME}} {{env:S0}}\", \"e\": [{{env:S3}}]}"_s;
        break;
    case 3:
        w.format = BodyFormat::Custom;
        w.contentType = u"text/plain; charset=utf-8"_s;
        w.customBody = u"t={{env:S1}} u={{MESSAGE_PAYLOAD}} {{DEVICE_NAME}}{{env:S2}}"_s;
        break;
    default:
        w.format = BodyFormat::Json;
        break;
    }
    if (w.format == BodyFormat::Json || w.format == BodyFormat::Form) {
        static const QStringList presets = {u"DEVICE_TOKEN"_s, u"MESSAGE_PAYLOAD"_s, u"SIGNAL_NUMBER"_s};
        for (int i = 0, n = int(rng.bounded(5)); i < n; ++i) {
            const bool usePreset = rng.bounded(4) == 0;
            const QString value = rng.bounded(3) == 0 ? u"{{env:S%1}}"_s.arg(rng.bounded(4)) : templateText(rng);
            w.body.append(
                BodyRow{u"k%1"_s.arg(i), usePreset ? pick(rng, presets) : QString(), value, usePreset, true, {}});
        }
    }

    if (rng.bounded(2)) {
        w.auth.type = AuthType::Basic;
        w.auth.username = rng.bounded(3) ? u"bob"_s : u"bob-{{env:S3}}"_s;
        const QString password = secretValue(rng, 7);
        if (rng.bounded(2)) {
            w.auth.password = u"{{env:PW}}"_s;
            g.env.insert(u"PW"_s, password);
        } else {
            w.auth.password.reset();
            g.secrets.password = password;
        }
        g.hidden.append(password);
        const QString user = w.auth.username == u"bob"_s ? w.auth.username : u"bob-"_s + g.env.value(u"S3"_s);
        g.basicCredentials = (user + u':' + password).toUtf8();
    }
    const SigningScheme schemes[] = {SigningScheme::None, SigningScheme::StandardWebhooks, SigningScheme::Github,
                                     SigningScheme::Stripe};
    w.signing.scheme = schemes[rng.bounded(4)];
    if (w.signing.scheme != SigningScheme::None) {
        const QString secret =
            w.signing.scheme == SigningScheme::StandardWebhooks ? kWhsec : u"Sig-"_s + secretValue(rng, 8);
        if (rng.bounded(2)) {
            w.signing.secret = u"{{env:SIG}}"_s;
            g.env.insert(u"SIG"_s, secret);
        } else {
            g.secrets.signingSecret = secret;
        }
        g.hidden.append(secret);
    }
    return g;
}

} // namespace

class TestRenderMasked : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenCasesMaskAsTheTwoPassRenderDid()
    {
        const QDir root(test::dataPath(u"render"_s));
        int compared = 0;
        int withSecrets = 0;
        for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString dir = root.filePath(name);
            const QStringList args = test::splitCommandLine(QString::fromUtf8(test::readFile(dir + u"/cmd"_s)));
            if (args.value(0) != u"render"_s)
                continue;
            const LoadResult loaded = WorkspaceFile::load(QDir(dir).filePath(args.value(1)));
            if (!loaded.workspace)
                continue; // a case about a file that cannot be read
            QString discard;
            QTextStream sink(&discard);
            cli::Io io{sink, sink};
            const Workspace& ws = *loaded.workspace;
            const Webhook* webhook = cli::CommandSupport::findWebhook(ws, name, option(args, u"-w"_s), io);
            if (!webhook)
                continue;
            const Device* device = cli::CommandSupport::chooseDevice(ws, *webhook, name, option(args, u"-d"_s), io);
            if (!device)
                continue;
            QString value = option(args, u"-v"_s);
            if (value == u"@HUGE@"_s)
                value = QString(1024 * 1024, u'x');
            const auto signal = cli::CommandSupport::makeSignal(option(args, u"-s"_s), value, device->token, io);
            if (!signal)
                continue;

            QHash<QString, QString> env;
            for (const QString& line :
                 QString::fromUtf8(test::readFile(dir + u"/env"_s)).split(u'\n', Qt::SkipEmptyParts))
                env.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
            RenderContext c;
            c.workspace = &ws;
            c.webhook = webhook;
            c.device = device;
            c.signal = *signal;
            c.signal.receivedAt = QDateTime::fromString(option(args, u"--at"_s), Qt::ISODateWithMs);
            c.messageId = option(args, u"--message-id"_s);
            c.attemptTime = c.signal.receivedAt;
            c.env = [env](const QString& n) -> std::optional<QString> {
                return env.contains(n) ? std::optional<QString>(env.value(n)) : std::nullopt;
            };
            // The keychain's secrets are available.
            const bool standard = webhook->signing.scheme == SigningScheme::StandardWebhooks;
            c.secrets.password = u"keychain-pw-7Qx"_s;
            c.secrets.signingSecret = standard ? kWhsec : u"keychain-signing-9Zr"_s;

            // Every environment value is secret, except one that starts the URL (a base URL).
            QStringList hidden{*c.secrets.password, *c.secrets.signingSecret};
            for (auto it = env.cbegin(); it != env.cend(); ++it) {
                if (!webhook->url.startsWith(u"{{env:"_s + it.key() + u"}}"_s))
                    hidden.append(it.value());
            }

            const auto before = twoPassMasked(c);
            const auto now = Renderer::renderMasked(c);
            QCOMPARE(now.ok(), before.ok());
            if (!now) {
                QCOMPARE(now.errorMessage(), before.errorMessage());
                continue;
            }
            const auto real = Renderer::render(c);
            QVERIFY2(real.ok(), qPrintable(name + u": "_s + (real.ok() ? QString() : real.errorMessage())));
            const RenderedRequest view = real->maskedView();
            QVERIFY2(difference(view, *before).isEmpty(), qPrintable(name + u": "_s + difference(view, *before)));
            QVERIFY2(difference(*now, *before).isEmpty(), qPrintable(name + u": "_s + difference(*now, *before)));
            const QString leaked = leaks(shownText(view), hidden);
            QVERIFY2(leaked.isEmpty(), qPrintable(name + u" shows "_s + leaked));
            ++compared;
            withSecrets += real->secrets ? 1 : 0;
        }
        QVERIFY2(compared >= 55, qPrintable(QString::number(compared)));
        // basic-auth-*, env-*, signing-*: the masked view is more than a copy for these.
        QVERIFY2(withSecrets >= 6, qPrintable(QString::number(withSecrets)));
    }

    void randomWorkspacesMaskAsTheTwoPassRenderDid()
    {
        QRandomGenerator rng(20261208);
        int viewsCompared = 0;
        int realFailed = 0;
        for (int i = 0; i < 2500; ++i) {
            const Generated g = generate(rng);
            const RenderContext c = g.context();
            const auto before = twoPassMasked(c);
            const auto now = Renderer::renderMasked(c);
            const auto real = Renderer::render(c);
            const QString label = u"workspace %1, URL %2"_s.arg(i).arg(g.ws.webhooks.front().url);
            QVERIFY2(now.ok() == before.ok(), qPrintable(label));
            if (!now) {
                QCOMPARE(now.errorMessage(), before.errorMessage());
                continue;
            }
            QVERIFY2(difference(*now, *before).isEmpty(), qPrintable(label + u": "_s + difference(*now, *before)));
            QString leaked = leaks(shownText(*now), g.hidden, g.basicCredentials);
            QVERIFY2(leaked.isEmpty(), qPrintable(label + u" shows "_s + leaked));
            if (!real) {
                ++realFailed;
                leaked = leaks(real.errorMessage().toUtf8(), g.hidden, g.basicCredentials);
                QVERIFY2(leaked.isEmpty(), qPrintable(label + u": the error shows "_s + leaked));
                continue;
            }
            const RenderedRequest view = real->maskedView();
            QVERIFY2(difference(view, *before).isEmpty(), qPrintable(label + u": "_s + difference(view, *before)));
            // The masked view shows the real length and signatures, and masks what the real request sends.
            QCOMPARE(view.headerValue("Content-Length"), real->headerValue("Content-Length"));
            for (const QByteArray& n : Signer::headerNames(g.ws.webhooks.front().signing.scheme))
                QCOMPARE(view.headerValue(n), real->headerValue(n));
            ++viewsCompared;
        }
        QVERIFY2(viewsCompared > 2000, qPrintable(QString::number(viewsCompared)));
        QVERIFY2(realFailed > 0, "no workspace took the path of a request that cannot be made");
    }

    void eachPlaceMasksItsSecret_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("body"); ///< a body row's value, or the custom body
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("headerValue");
        QTest::addColumn<QByteArray>("maskedBody");

        const QString base = u"https://hooks.example.com/in"_s;
        const int json = int(BodyFormat::Json);
        const int form = int(BodyFormat::Form);
        const int custom = int(BodyFormat::Custom);
        QTest::newRow("url path") << base + u"/{{env:TOKEN}}/x"_s << QString() << QString() << json << QString()
                                  << QByteArray("/in/****/x") << QByteArray() << QByteArray("{}");
        QTest::newRow("url query") << base + u"?key={{env:TOKEN}}&b=1"_s << QString() << QString() << json << QString()
                                   << QByteArray("/in?key=****&b=1") << QByteArray() << QByteArray("{}");
        QTest::newRow("query row") << base << u"{{DEVICE_NAME}}-{{env:TOKEN}}"_s << QString() << json << QString()
                                   << QByteArray("/in?key=Board%20%E2%98%83-****") << QByteArray() << QByteArray("{}");
        QTest::newRow("header value") << base << QString() << u"Grüße 😀 {{env:TOKEN}} é"_s << json << QString()
                                      << QByteArray("/in") << QByteArray("Grüße 😀 **** é") << QByteArray("{}");
        QTest::newRow("json value") << base << QString() << QString() << json << u"{{env:TOKEN}}"_s << QByteArray("/in")
                                    << QByteArray() << QByteArray("{\"k\":\"****\"}");
        QTest::newRow("json string") << base << QString() << QString() << json << u"é {{env:TOKEN}}!"_s
                                     << QByteArray("/in") << QByteArray() << QByteArray("{\"k\":\"é ****!\"}");
        QTest::newRow("form") << base << QString() << QString() << form << u"a {{env:TOKEN}}"_s << QByteArray("/in")
                              << QByteArray() << QByteArray("k=a+****");
        QTest::newRow("custom json") << base << QString() << QString() << custom
                                     << u"{\"a\": \"x{{env:TOKEN}}y\", \"b\": {{env:TOKEN}}}"_s << QByteArray("/in")
                                     << QByteArray() << QByteArray("{\"a\": \"x****y\", \"b\": \"****\"}");
    }

    void eachPlaceMasksItsSecret()
    {
        QFETCH(QString, url);
        QFETCH(QString, query);
        QFETCH(QString, header);
        QFETCH(int, format);
        QFETCH(QString, body);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, headerValue);
        QFETCH(QByteArray, maskedBody);

        Fixture f;
        Webhook& w = f.webhook();
        w.url = url;
        if (!query.isEmpty())
            w.query = {NameValueRow{u"key"_s, query, true, {}}};
        if (!header.isEmpty())
            w.headers = {NameValueRow{u"X-Key"_s, header, true, {}}};
        w.format = BodyFormat(format);
        if (w.format == BodyFormat::Custom) {
            w.contentType = u"application/json"_s;
            w.customBody = body;
        } else if (!body.isEmpty()) {
            w.body = {BodyRow{u"k"_s, {}, body, false, true, {}}};
        }
        const auto real = Renderer::render(f.context());
        QVERIFY2(real.ok(), qPrintable(real.ok() ? QString() : real.errorMessage()));
        QVERIFY(real->secrets);
        const RenderedRequest view = real->maskedView();
        QVERIFY(view.masked);
        QVERIFY(!view.secrets);
        QCOMPARE(view.target, target);
        QCOMPARE(view.url, QUrl(u"https://hooks.example.com"_s + QString::fromLatin1(target)));
        QCOMPARE(view.host, real->host);
        QCOMPARE(view.headerValue("Host"), real->headerValue("Host"));
        QCOMPARE(view.headerValue("X-Key"), headerValue);
        QCOMPARE(view.body, maskedBody);
        QCOMPARE(view.headerValue("Content-Length"), QByteArray::number(real->body.size()));
        QVERIFY(!leaks(shownText(*real), {kToken}).isEmpty());
        QCOMPARE(leaks(shownText(view), {kToken}), QString());
        const auto before = twoPassMasked(f.context());
        QVERIFY(before.ok());
        QCOMPARE(difference(view, *before), QString());
    }

    void aHeaderNamedTwiceMasksEachValue()
    {
        Fixture f;
        f.webhook().headers = {NameValueRow{u"X-Key"_s, u"ü{{env:TOKEN}}"_s, true, {}},
                               NameValueRow{u"X-Other"_s, u"{{env:TOKEN}}"_s, true, {}},
                               NameValueRow{u"x-key"_s, u"😀 {{env:TOKEN}}."_s, true, {}}};
        const auto real = Renderer::render(f.context());
        QVERIFY(real.ok());
        const RenderedRequest view = real->maskedView();
        QCOMPARE(view.headerValue("X-Key"), QByteArray("ü****, 😀 ****."));
        QCOMPARE(view.headerValue("X-Other"), QByteArray("****"));
        QCOMPARE(difference(view, *twoPassMasked(f.context())), QString());
    }

    void authorizationAndSigningShowAsBefore()
    {
        Fixture f;
        Webhook& w = f.webhook();
        w.auth.type = AuthType::Basic;
        w.auth.username = u"jürgen"_s;
        w.auth.password.reset();
        f.secrets.password = u"p@ss:wörd"_s;
        w.signing.scheme = SigningScheme::StandardWebhooks;
        f.secrets.signingSecret = kWhsec;
        w.body = {BodyRow{u"token"_s, {}, u"{{env:TOKEN}}"_s, false, true, {}}};

        const auto real = Renderer::render(f.context());
        QVERIFY(real.ok());
        const QByteArray credentials = QByteArray("jürgen:p@ss:wörd").toBase64();
        QCOMPARE(real->headerValue("Authorization"), "Basic " + credentials);
        const RenderedRequest view = real->maskedView();
        QCOMPARE(view.headerValue("Authorization"), QByteArray("Basic ****"));
        QCOMPARE(view.body, QByteArray("{\"token\":\"****\"}"));
        // The real length and signature: those of the body that is sent, not of the one shown.
        QVERIFY(view.body.size() != real->body.size());
        QCOMPARE(view.headerValue("Content-Length"), QByteArray::number(real->body.size()));
        for (const QByteArray& name : Signer::headerNames(SigningScheme::StandardWebhooks)) {
            QVERIFY(!real->headerValue(name).isEmpty());
            QCOMPARE(view.headerValue(name), real->headerValue(name));
        }
        QCOMPARE(leaks(shownText(view), {kToken, *f.secrets.password, kWhsec}, "jürgen:p@ss:wörd"), QString());
        QCOMPARE(difference(view, *twoPassMasked(f.context())), QString());

        // Without the keychain's secrets the preview still shows the request, with placeholder signatures.
        f.secrets = {};
        const auto preview = Renderer::renderMasked(f.context());
        QVERIFY(preview.ok());
        QCOMPARE(preview->headerValue("Authorization"), QByteArray("Basic ****"));
        QVERIFY(preview->masked);
    }

    void aRequestWithoutSecretsSharesItsData()
    {
        Fixture f;
        f.webhook().body = {BodyRow{u"v"_s, u"MESSAGE_PAYLOAD"_s, {}, true, true, {}}};
        const auto real = Renderer::render(f.context());
        QVERIFY(real.ok());
        QVERIFY(!real->secrets);
        const RenderedRequest view = real->maskedView();
        QVERIFY(view.masked);
        QCOMPARE(view.body.constData(), real->body.constData());
        QCOMPARE(view.headers.constData(), real->headers.constData());
        QCOMPARE(view.target.constData(), real->target.constData());
        QCOMPARE(view.url, real->url);
    }

    void invalidUrlsAreReportedMasked_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("bad host") << u"https://exa mple.com/{{env:TOKEN}}"_s;
        QTest::newRow("bad port") << u"https://example.com:99x/in?k={{env:TOKEN}}"_s;
        QTest::newRow("no host") << u"https:///{{env:TOKEN}}"_s;
        QTest::newRow("no scheme") << u"example.com/{{env:TOKEN}}"_s;
    }

    void invalidUrlsAreReportedMasked()
    {
        QFETCH(QString, url);
        Fixture f;
        f.webhook().url = url;
        const auto real = Renderer::render(f.context());
        QVERIFY(!real.ok());
        QVERIFY2(real.errorMessage().contains(u"****"_s), qPrintable(real.errorMessage()));
        QCOMPARE(leaks(real.errorMessage().toUtf8(), {kToken}), QString());
        // The message a masked render gives.
        const auto masked = Renderer::renderMaskedPass(f.context());
        QVERIFY(!masked.ok());
        QCOMPARE(real.errorMessage(), masked.errorMessage());
    }

    void aSpaceInTheUrlIsNamed()
    {
        Fixture f;
        f.webhook().url = u"https://exa mple.com/hook"_s;
        auto r = Renderer::render(f.context());
        QVERIFY(!r.ok());
        QCOMPARE(r.errorMessage(), u"url: \"https://exa mple.com/hook\" contains a space (character 12): a scheme or "
                                   "host name cannot contain one; in a path or query write it as %20"_s);
        f.webhook().url = u" https://example.com/hook"_s;
        r = Renderer::render(f.context());
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(u"starts or ends with a space"_s), qPrintable(r.errorMessage()));
    }

    void aBadHostNameIsExplained()
    {
        Fixture f;
        const QString longPart(70, u'a');
        f.webhook().url = u"http://"_s + longPart + u".example.com/hook"_s;
        auto r = Renderer::render(f.context());
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(u"of its host name is 70 characters long, and a part between dots can "
                                           "have at most 63"_s),
                 qPrintable(r.errorMessage()));
        f.webhook().url = u"http://exa!mple.com/hook"_s;
        r = Renderer::render(f.context());
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(u"its host name contains \"!\" (character 4 of the host)"_s),
                 qPrintable(r.errorMessage()));
        // No message repeats QUrl's own parse of the text.
        QVERIFY2(!r.errorMessage().contains(u"source was"_s), qPrintable(r.errorMessage()));
    }

    void rendersOncePerRequest()
    {
        Fixture f;
        Webhook& w = f.webhook();
        w.url = u"https://hooks.example.com/in/{{env:TOKEN}}"_s;
        w.auth.type = AuthType::Basic;
        w.auth.username = u"bob"_s;
        w.signing.scheme = SigningScheme::Github;
        w.body = {BodyRow{u"token"_s, {}, u"{{env:TOKEN}}"_s, false, true, {}}};
        f.secrets.password = u"hunter2"_s;
        f.secrets.signingSecret = u"It's a Secret to Everybody"_s;
        const RenderContext c = f.context();

        quint64 before = Renderer::passCount();
        const auto real = Renderer::render(c);
        const RenderedRequest view = real->maskedView();
        QCOMPARE(Renderer::passCount() - before, quint64(1));
        QCOMPARE(view.headerValue("Authorization"), QByteArray("Basic ****"));

        before = Renderer::passCount();
        const auto preview = Renderer::renderMasked(c);
        QCOMPARE(Renderer::passCount() - before, quint64(1));
        QCOMPARE(difference(*preview, view), QString());

        // A keychain secret missing: one masked pass, no real render that could only fail.
        f.secrets.password.reset();
        before = Renderer::passCount();
        QVERIFY(Renderer::renderMasked(f.context()).ok());
        QCOMPARE(Renderer::passCount() - before, quint64(1));
    }
};

QTEST_GUILESS_MAIN(TestRenderMasked)
#include "tst_render_masked.moc"

// Signatures are right when the real verifiers accept them: requests signed with each scheme are sent
// to the local receiver, and the npm packages standardwebhooks, svix, @octokit/webhooks-methods and
// stripe check what arrived. Tampered copies must be refused, so a verifier that accepts anything fails.
#include "HttpSender.h"
#include "LocalReceiver.h"
#include "NodeSupport.h"
#include "SendSupport.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace hooksmith::test;

namespace {

const QString kStandardOld = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;
const QString kStandardNew = u"whsec_dGhpcyBpcyBhIHNlY29uZCBzZWNyZXQgMTIzNDU2"_s;
const QString kGithub = u"It's a Secret to Everybody ☃"_s;
// Stripe secrets are one word: spaces separate the secrets of a rotation.
const QString kStripe = u"whsec_4eC39HqLyjWDarjtT1zdp7dc"_s;

struct Case
{
    QString name;
    QString scheme; ///< as the Node script names it
    QString secret; ///< what the verifier is given
    bool expectOk = true;
    ReceivedRequest arrived;
};

QJsonObject toJson(const Case& c)
{
    QJsonObject headers;
    for (const auto& [name, value] : c.arrived.headers)
        headers.insert(QString::fromLatin1(name).toLower(), QString::fromUtf8(value));
    return QJsonObject{{u"name"_s, c.name},
                       {u"scheme"_s, c.scheme},
                       {u"secret"_s, c.secret},
                       {u"headers"_s, headers},
                       {u"body"_s, QString::fromLatin1(c.arrived.body.toBase64())}};
}

} // namespace

class TestSigningNpm : public QObject
{
    Q_OBJECT

private:
    NpmPackages m_npm;
    LocalReceiver m_receiver;
    HttpSender m_sender;

    // Sends the hook's request (signed now) and returns it as the receiver got it.
    std::optional<ReceivedRequest> deliver(const TestHook& hook)
    {
        const RenderedRequest request = hook.render(JsonValue::numberText(u"23.50"_s), QDateTime::currentDateTimeUtc());
        const auto r = sendAndWait(m_sender, request);
        if (!r || !r->ok())
            return std::nullopt;
        return m_receiver.requests().constLast();
    }

    TestHook hook(SigningScheme scheme, const QString& secret, BodyFormat format = BodyFormat::Json)
    {
        TestHook h(m_receiver.url().resolved(QUrl(u"/signed"_s)), Method::Post, format);
        h.webhook().signing.scheme = scheme;
        h.secrets.signingSecret = secret;
        BodyRow text;
        text.key = u"text"_s;
        text.value = u"Grüße ☃ {{SIGNAL_NAME}} \"quoted\" \\ and / slashes"_s;
        h.webhook().body.append(text);
        return h;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Versions that run on Debian 12's Node.js 18 as well as on Node.js 20: svix 2 needs Node.js 22.
        m_npm =
            ensureNpmPackages({u"standardwebhooks@1"_s, u"svix@1"_s, u"@octokit/webhooks-methods@6"_s, u"stripe@23"_s});
        if (m_npm.state == NpmPackages::State::Unavailable)
            QSKIP(qPrintable(u"the npm verifiers cannot be installed: "_s + m_npm.message));
        QVERIFY2(m_npm.state == NpmPackages::State::Ready, qPrintable(m_npm.message));
        QVERIFY(m_receiver.listen());
    }

    void realVerifiersAcceptWhatWasSent()
    {
        QList<Case> cases;
        auto add = [&](const QString& name, const QString& scheme, const QString& secret, const TestHook& h) {
            const auto arrived = deliver(h);
            QVERIFY2(arrived, qPrintable(name));
            cases.append({name, scheme, secret, true, *arrived});
            // The same request with one body byte changed must be refused.
            Case tampered{name + u" (tampered)"_s, scheme, secret, false, *arrived};
            tampered.arrived.body.replace("23.50", "23.51");
            QVERIFY(tampered.arrived.body != arrived->body);
            cases.append(tampered);
        };
        add(u"standard-webhooks"_s, u"standard-webhooks"_s, kStandardOld,
            hook(SigningScheme::StandardWebhooks, kStandardOld));
        // Rotation: signed with both secrets, each one alone verifies.
        const TestHook rotating = hook(SigningScheme::StandardWebhooks, kStandardOld + u' ' + kStandardNew);
        add(u"rotation, old secret"_s, u"standard-webhooks"_s, kStandardOld, rotating);
        add(u"rotation, new secret"_s, u"standard-webhooks"_s, kStandardNew, rotating);
        add(u"github"_s, u"github"_s, kGithub, hook(SigningScheme::Github, kGithub));
        // standardwebhooks, svix and stripe parse the body as JSON once it verifies; GitHub's does not.
        add(u"github, form body"_s, u"github"_s, kGithub, hook(SigningScheme::Github, kGithub, BodyFormat::Form));
        add(u"stripe"_s, u"stripe"_s, kStripe, hook(SigningScheme::Stripe, kStripe));
        if (QTest::currentTestFailed())
            return;
        // A secret the request was not signed with.
        Case wrong = cases.front();
        wrong.name = u"standard-webhooks, wrong secret"_s;
        wrong.secret = kStandardNew;
        wrong.expectOk = false;
        cases.append(wrong);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QJsonArray input;
        for (const Case& c : std::as_const(cases))
            input.append(toJson(c));
        QFile file(dir.filePath(u"cases.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(input).toJson());
        file.close();

        QProcess node;
        node.start(nodeExecutable(),
                   {sourcePath(u"tests/support/node/verify-signatures.mjs"_s), m_npm.dir, file.fileName()});
        QVERIFY(node.waitForFinished(60000));
        QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
        const QJsonArray results = QJsonDocument::fromJson(node.readAllStandardOutput()).array();

        // Every case was checked by every verifier of its scheme.
        QCOMPARE(results.size(), 3 * 2 * 2 + 2 + 2 * 2 + 2);
        for (const QJsonValue& v : results) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(u"name"_s).toString();
            const auto c = std::find_if(cases.cbegin(), cases.cend(), [&](const Case& x) { return x.name == name; });
            QVERIFY(c != cases.cend());
            QVERIFY2(o.value(u"ok"_s).toBool() == c->expectOk,
                     qPrintable(u"%1 / %2: %3"_s.arg(name, o.value(u"verifier"_s).toString(),
                                                     o.value(u"ok"_s).toBool() ? u"accepted"_s
                                                                               : o.value(u"error"_s).toString())));
        }
    }
};

QTEST_GUILESS_MAIN(TestSigningNpm)
#include "tst_signing_npm.moc"

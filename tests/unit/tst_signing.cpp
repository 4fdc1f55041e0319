#include "Signing.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

class TestSigning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardWebhooksTestVector()
    {
        // The test vector of the Standard Webhooks specification.
        const auto headers = Signer::sign(SigningScheme::StandardWebhooks, u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                                          u"msg_p5jXN8AQM9LWM0D4loKWxJek"_s, 1614265330, "{\"test\": 2432232314}");
        QVERIFY2(headers.ok(), qPrintable(headers.ok() ? QString() : headers.errorMessage()));
        QCOMPARE(headers->size(), 3);
        QCOMPARE(headers->at(0), HeaderPair("webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek"));
        QCOMPARE(headers->at(1), HeaderPair("webhook-timestamp", "1614265330"));
        QCOMPARE(headers->at(2), HeaderPair("webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
    }

    void standardWebhooksRotationSignsWithEverySecret()
    {
        const auto headers =
            Signer::sign(SigningScheme::StandardWebhooks,
                         u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw whsec_dGhpcyBpcyBhIHNlY29uZCBzZWNyZXQgMTIzNDU2",
                         u"msg_1"_s, 1614265330, "{}");
        QVERIFY(headers.ok());
        const QList<QByteArray> sigs = headers->at(2).second.split(' ');
        QCOMPARE(sigs.size(), 2);
        QVERIFY(sigs[0].startsWith("v1,"));
        QVERIFY(sigs[1].startsWith("v1,"));
        QVERIFY(sigs[0] != sigs[1]);
        // A receiver that knows only the second secret accepts the message.
        QVERIFY(Signer::verifyStandardWebhooks(u"whsec_dGhpcyBpcyBhIHNlY29uZCBzZWNyZXQgMTIzNDU2", "msg_1", "1614265330",
                                               "{}", headers->at(2).second)
                    .ok());
    }

    void verifyRejectsTamperingAndOldTimestamps()
    {
        const QByteArray sig = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
        const auto secret = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        QVERIFY(Signer::verifyStandardWebhooks(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330",
                                               "{\"test\": 2432232314}", sig)
                    .ok());
        QVERIFY(!Signer::verifyStandardWebhooks(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330",
                                                "{\"test\": 2432232315}", sig)
                     .ok());
        const Status old = Signer::verifyStandardWebhooks(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330",
                                                          "{\"test\": 2432232314}", sig, 1614265330 + 301);
        QVERIFY(!old.ok());
        QVERIFY(old.errorMessage().contains(u"5 minutes"));
    }

    void githubAndStripe()
    {
        // Values computed independently with: printf '%s' BODY | openssl dgst -sha256 -hmac SECRET
        const auto gh = Signer::sign(SigningScheme::Github, u"It's a Secret to Everybody", u"m"_s, 0, "Hello, World!");
        QVERIFY(gh.ok());
        QCOMPARE(gh->at(0).first, QByteArray("X-Hub-Signature-256"));
        QCOMPARE(gh->at(0).second,
                 QByteArray("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"));

        const auto st = Signer::sign(SigningScheme::Stripe, u"whsec_test", u"m"_s, 1700000000, "{}");
        QVERIFY(st.ok());
        QCOMPARE(st->at(0).first, QByteArray("Stripe-Signature"));
        QVERIFY(st->at(0).second.startsWith("t=1700000000,v1="));
        QCOMPARE(st->at(0).second.size(), qsizetype(16 + 64));
    }

    void badSecretsAreExplained()
    {
        QVERIFY(!Signer::checkSecret(SigningScheme::StandardWebhooks, u"whsec_!!!").ok());
        const Status shortKey = Signer::checkSecret(SigningScheme::StandardWebhooks, u"whsec_c2hvcnQ=");
        QVERIFY(!shortKey.ok());
        QVERIFY2(shortKey.errorMessage().contains(u"24 to 64 bytes"), qPrintable(shortKey.errorMessage()));
        QVERIFY(!Signer::checkSecret(SigningScheme::Github, u"").ok());
        QVERIFY(Signer::checkSecret(SigningScheme::Github, u"anything").ok());
    }
};

QTEST_GUILESS_MAIN(TestSigning)
#include "tst_signing.moc"

// TLS: certificates are verified by default; a pinned SHA-256 fingerprint accepts exactly that server
// certificate; a CA file extends the trust for one request only; HTTP/1.1 is used even when the server offers HTTP/2.
#include "FaultServer.h"
#include "HttpSender.h"
#include "NodeSupport.h"
#include "SendSupport.h"
#include "TestSupport.h"
#include "TestTls.h"
#include "TlsTrust.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace hooksmith::test;
using Outcome = AttemptResult::Outcome;

namespace {

QString describe(const AttemptResult& r)
{
    return u"outcome %1, status %2, message: %3"_s.arg(int(r.outcome)).arg(r.status).arg(r.errorMessage);
}

AttemptOptions withPin(const QSslCertificate& c)
{
    AttemptOptions o;
    o.timeoutMs = 10000;
    o.pinnedSha256 = HttpSender::certificateFingerprint(c);
    return o;
}

} // namespace

class TestHttpTls : public QObject
{
    Q_OBJECT

private:
    std::optional<AttemptResult> post(const QUrl& url, const AttemptOptions& options)
    {
        TestHook hook(url);
        return sendAndWait(m_sender, hook.render(), options);
    }

    QTemporaryDir m_dir;
    TestPki m_pki;
    HttpSender m_sender;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend: its OpenSSL plugin needs libssl3 (a dependency of libqt6network6)");
        if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
            QFAIL("the openssl command is not installed (Debian package openssl; scripts/test installs it); it makes "
                  "the test certificates");
        QVERIFY(m_dir.isValid());
        QString why;
        const auto pki = makeTestPki(m_dir.path(), &why);
        QVERIFY2(pki, qPrintable(why));
        m_pki = *pki;
    }

    void defaultVerificationRefusesAnUnknownIssuer_data()
    {
        QTest::addColumn<bool>("selfSigned");
        QTest::newRow("issued by a test CA") << false;
        QTest::newRow("self-signed") << true;
    }

    void defaultVerificationRefusesAnUnknownIssuer()
    {
        QFETCH(bool, selfSigned);
        FaultServer server(m_pki.serverConfiguration(selfSigned));
        QVERIFY(server.listen());
        AttemptOptions o;
        o.timeoutMs = 10000;
        const auto r = post(server.url(u"/hook"_s), o);
        QVERIFY(r);
        QVERIFY2(r->outcome == Outcome::TlsError, qPrintable(describe(*r)));
        const QSslCertificate& cert = selfSigned ? m_pki.selfSigned : m_pki.issued;
        QVERIFY2(r->errorMessage.startsWith(u"the certificate of 127.0.0.1:%1 is not trusted ("_s.arg(server.port())),
                 qPrintable(r->errorMessage));
        // The message offers the fingerprint to pin.
        QVERIFY2(r->errorMessage.contains(HttpSender::certificateFingerprint(cert)), qPrintable(r->errorMessage));
        QVERIFY(server.requests().isEmpty());
    }

    void theRightPinIsAccepted_data()
    {
        QTest::addColumn<bool>("selfSigned");
        QTest::newRow("issued by a test CA") << false;
        QTest::newRow("self-signed") << true;
    }

    void theRightPinIsAccepted()
    {
        QFETCH(bool, selfSigned);
        const QSslCertificate& cert = selfSigned ? m_pki.selfSigned : m_pki.issued;
        FaultServer server(m_pki.serverConfiguration(selfSigned));
        QVERIFY(server.listen());
        TestHook hook(server.url(u"/hook"_s));
        const RenderedRequest request = hook.render();
        const auto r = sendAndWait(m_sender, request, withPin(cert));
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(describe(*r)));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().front(), request.wireHead() + request.body);
        QVERIFY2(r->tls.protocol == u"TLS 1.3"_s || r->tls.protocol == u"TLS 1.2"_s, qPrintable(r->tls.protocol));
        QVERIFY(!r->tls.cipher.isEmpty());
        QCOMPARE(r->tls.peerSha256, HttpSender::certificateFingerprint(cert));
        QCOMPARE(r->tls.peerSubject,
                 selfSigned ? u"CN=127.0.0.1, O=Hooksmith self-signed"_s : u"CN=127.0.0.1, O=Hooksmith tests"_s);
        QCOMPARE(r->tls.peerIssuer, selfSigned ? u"CN=127.0.0.1, O=Hooksmith self-signed"_s
                                               : u"CN=Hooksmith Test CA, O=Hooksmith tests"_s);
        QCOMPARE(r->tls.peerNotAfter, cert.expiryDate().toUTC());
    }

    void aWrongPinIsRefused()
    {
        FaultServer server(m_pki.serverConfiguration(true));
        QVERIFY(server.listen());
        const auto r = post(server.url(u"/hook"_s), withPin(m_pki.issued));
        QVERIFY(r);
        QVERIFY2(r->outcome == Outcome::TlsError, qPrintable(describe(*r)));
        QCOMPARE(r->errorMessage,
                 u"the certificate of 127.0.0.1:%1 (SHA-256 %2) is not the pinned certificate (%3)"_s.arg(
                     QString::number(server.port()), HttpSender::certificateFingerprint(m_pki.selfSigned),
                     HttpSender::certificateFingerprint(m_pki.issued)));
        QVERIFY(server.requests().isEmpty());
    }

    void aWrongPinIsRefusedEvenWhenTheChainIsTrusted()
    {
        // The CA file makes the chain valid; the pin still names another certificate.
        FaultServer server(m_pki.serverConfiguration(false));
        QVERIFY(server.listen());
        AttemptOptions o = withPin(m_pki.selfSigned);
        o.caFile = m_pki.caFile;
        const auto r = post(server.url(u"/hook"_s), o);
        QVERIFY(r);
        QVERIFY2(r->outcome == Outcome::TlsError, qPrintable(describe(*r)));
        QVERIFY2(r->errorMessage.contains(u"is not the pinned certificate"_s), qPrintable(r->errorMessage));
        QVERIFY2(server.requests().isEmpty(), server.requests().isEmpty() ? "" : server.requests().front().constData());
    }

    void aCaFileIsTrustedForThatRequestOnly()
    {
        FaultServer server(m_pki.serverConfiguration(false));
        QVERIFY(server.listen());
        AttemptOptions o;
        o.timeoutMs = 10000;
        o.caFile = m_pki.caFile;
        const auto r = post(server.url(u"/hook"_s), o);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(describe(*r)));
        QCOMPARE(r->tls.peerIssuer, u"CN=Hooksmith Test CA, O=Hooksmith tests"_s);

        // Neither the CA nor the open connection carries over to a request without them.
        o.caFile.clear();
        const auto plain = post(server.url(u"/hook"_s), o);
        QVERIFY(plain);
        QVERIFY2(plain->outcome == Outcome::TlsError, qPrintable(describe(*plain)));
        QCOMPARE(server.requests().size(), 1);
    }

    void aCaFileThatChangesOnDiskIsReadAgain()
    {
        FaultServer server(m_pki.serverConfiguration(false));
        QVERIFY(server.listen());
        const QString ca = m_dir.filePath(u"changing-ca.pem"_s);
        const auto writeCa = [&](const QString& from) {
            QFile::remove(ca);
            QVERIFY(QFile::copy(from, ca));
        };
        writeCa(m_pki.caFile);
        AttemptOptions o;
        o.timeoutMs = 10000;
        o.caFile = ca;
        auto r = post(server.url(u"/hook"_s), o);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(describe(*r)));

        // Another certificate in the same file: the kept-alive connection, verified with the old file,
        // is not used again, and the new file does not vouch for the server.
        writeCa(m_pki.selfSignedFile);
        r = post(server.url(u"/hook"_s), o);
        QVERIFY(r);
        QVERIFY2(r->outcome == Outcome::TlsError, qPrintable(describe(*r)));
        QCOMPARE(server.requests().size(), 1);

        writeCa(m_pki.caFile);
        r = post(server.url(u"/hook"_s), o);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(describe(*r)));
        QCOMPARE(server.requests().size(), 2);
    }

    void aCaFileIsParsedOncePerVersion()
    {
        const QString ca = m_dir.filePath(u"cached-ca.pem"_s);
        QVERIFY(QFile::copy(m_pki.caFile, ca));
        http::CaFileCache cache;
        QCOMPARE(cache.load(ca).certificates.size(), 1);
        QCOMPARE(cache.load(ca).certificates.size(), 1);
        QCOMPARE(cache.parseCount(), 1);

        // Appending a second certificate changes the file's size: it is parsed again.
        QFile f(ca);
        QVERIFY(f.open(QIODevice::Append));
        QFile self(m_pki.selfSignedFile);
        QVERIFY(self.open(QIODevice::ReadOnly));
        f.write(self.readAll());
        f.close();
        QCOMPARE(cache.load(ca).certificates.size(), 2);
        QCOMPARE(cache.parseCount(), 2);

        QVERIFY(QFile::remove(ca));
        const auto& gone = cache.load(ca);
        QVERIFY(!gone.exists);
        QVERIFY(gone.certificates.isEmpty());
    }

    void aPinIsNotSharedWithOtherRequests()
    {
        FaultServer server(m_pki.serverConfiguration(true));
        QVERIFY(server.listen());
        const auto pinned = post(server.url(u"/hook"_s), withPin(m_pki.selfSigned));
        QVERIFY(pinned && pinned->ok());
        AttemptOptions o;
        o.timeoutMs = 10000;
        const auto plain = post(server.url(u"/hook"_s), o);
        QVERIFY(plain);
        QVERIFY2(plain->outcome == Outcome::TlsError, qPrintable(describe(*plain)));
        QCOMPARE(server.requests().size(), 1);
    }

    void aSelfSignedCertificateAsCaFile()
    {
        FaultServer server(m_pki.serverConfiguration(true));
        QVERIFY(server.listen());
        AttemptOptions o;
        o.timeoutMs = 10000;
        o.caFile = m_pki.selfSignedFile;
        const auto r = post(server.url(u"/hook"_s), o);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(describe(*r)));
    }

    void badTrustSettingsAreExplained()
    {
        FaultServer server(m_pki.serverConfiguration(true));
        QVERIFY(server.listen());
        AttemptOptions o;
        o.caFile = m_dir.filePath(u"missing.pem"_s);
        auto r = post(server.url(u"/hook"_s), o);
        QVERIFY(r);
        QCOMPARE(r->outcome, Outcome::TlsError);
        QCOMPARE(r->errorMessage, u"the CA file %1 does not exist"_s.arg(o.caFile));

        o.caFile = m_pki.issuedKeyFile;
        r = post(server.url(u"/hook"_s), o);
        QVERIFY(r);
        QCOMPARE(r->outcome, Outcome::TlsError);
        QCOMPARE(r->errorMessage, u"the CA file %1 holds no PEM certificate"_s.arg(o.caFile));

        o.caFile.clear();
        o.pinnedSha256 = u"12:34"_s;
        r = post(server.url(u"/hook"_s), o);
        QVERIFY(r);
        QCOMPARE(r->outcome, Outcome::TlsError);
        QVERIFY(r->errorMessage.contains(u"is not a SHA-256 fingerprint"_s));
        QCOMPARE(server.connectionCount(), 0);
    }

    void redirectsMayUpgradeButNeverDowngrade()
    {
        FaultServer secure(m_pki.serverConfiguration(true));
        QVERIFY(secure.listen());
        FaultServer plain;
        QVERIFY(plain.listen());

        // https -> http is refused.
        secure.enqueue(FaultServer::Action::redirect(307, plain.url(u"/insecure"_s).toEncoded()));
        AttemptOptions o = withPin(m_pki.selfSigned);
        o.followRedirects = true;
        auto r = post(secure.url(u"/hook"_s), o);
        QVERIFY(r);
        QVERIFY2(r->outcome == Outcome::HttpError, qPrintable(describe(*r)));
        QCOMPARE(r->status, 307);
        QVERIFY2(r->errorMessage.contains(u"only redirects to the same scheme or from http to https are followed"_s),
                 qPrintable(r->errorMessage));
        QVERIFY(plain.requests().isEmpty());

        // http -> https is followed, with the webhook's pin.
        plain.enqueue(FaultServer::Action::redirect(308, secure.url(u"/secure"_s).toEncoded()));
        r = post(plain.url(u"/hook"_s), o);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(describe(*r)));
        QCOMPARE(r->finalUrl, secure.url(u"/secure"_s));
        QCOMPARE(r->tls.peerSha256, HttpSender::certificateFingerprint(m_pki.selfSigned));
    }

    void http11EvenWhenTheServerOffersHttp2()
    {
        const QString node = nodeExecutable();
        if (node.isEmpty())
            QFAIL("node is not installed (Debian package nodejs; scripts/test installs it); the HTTP/2 server of this "
                  "test runs on Node.js");
        QProcess server;
        server.start(node, {sourcePath(u"tests/support/node/h2-echo-server.mjs"_s), m_pki.selfSignedFile,
                            m_pki.selfSignedKeyFile});
        QVERIFY2(server.waitForStarted(), qPrintable(server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine() || server.state() != QProcess::Running, 20000);
        QVERIFY2(server.canReadLine(), server.readAllStandardError().constData());
        const int port = server.readLine().trimmed().toInt();
        QVERIFY(port > 0);

        // Qt 6.4's HTTP/2 keeps a response head without a bound: the sender offers HTTP/1.1 alone, so
        // its own parser, with its limits, reads every response.
        TestHook hook(QUrl(u"https://127.0.0.1:%1/hook?x=1"_s.arg(port)));
        hook.webhook().headers.append({u"X-Extra"_s, u"yes"_s, true, {}});
        hook.webhook().auth.type = AuthType::Basic;
        hook.webhook().auth.username = u"bob"_s;
        hook.secrets.password = u"hunter2-h2"_s;
        const QByteArray credentials = QByteArray("bob:hunter2-h2").toBase64();
        const RenderedRequest request = hook.render();
        const auto r = sendAndWait(m_sender, request, withPin(m_pki.selfSigned));
        server.closeWriteChannel();
        QVERIFY(server.waitForFinished(10000));
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(describe(*r)));
        QCOMPARE(r->httpVersion, QByteArray("HTTP/1.1"));
        const QJsonObject seen = QJsonDocument::fromJson(r->body).object();
        QCOMPARE(seen.value(u"httpVersion"_s).toString(), u"1.1"_s);
        QCOMPARE(seen.value(u"method"_s).toString(), u"POST"_s);
        QCOMPARE(seen.value(u"path"_s).toString(), u"/hook?x=1"_s);
        QCOMPARE(QByteArray::fromBase64(seen.value(u"body"_s).toString().toLatin1()), request.body);

        // The server got the credentials; the reported head shows them masked, and is otherwise the same.
        QList<QByteArray> received;
        const QJsonArray raw = seen.value(u"rawHeaders"_s).toArray();
        for (qsizetype i = 0; i + 1 < raw.size(); i += 2)
            received.append(raw.at(i).toString().toUtf8() + ": " + raw.at(i + 1).toString().toUtf8());
        const qsizetype auth = received.indexOf("Authorization: Basic " + credentials);
        QVERIFY2(auth >= 0, received.join('\n').constData());
        received[auth] = "Authorization: Basic ****";
        QCOMPARE(r->requestHead, "POST /hook?x=1 HTTP/1.1\r\n" + received.join("\r\n") + "\r\n\r\n");
        QVERIFY(!r->requestHead.contains(credentials));
        QVERIFY(r->requestHead.contains("\r\nX-Extra: yes\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestHttpTls)
#include "tst_http_tls.moc"

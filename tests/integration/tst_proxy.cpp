// The proxy of HTTP attempts (Preferences > Network): a manual HTTP proxy carries every request but
// those to this computer, with its credentials; "none" never uses one; a change applies to the next
// attempts. Against a real recording proxy and a real upstream server on loopback.
#include "FaultServer.h"
#include "ProxyFactory.h"
#include "ProxyServer.h"
#include "SendSupport.h"
#include "SenderPool.h"
#include "TestTls.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace hooksmith::test;

namespace {

/// A name that never resolves (RFC 2606): only a proxy that knows where to send it can deliver it.
const QUrl kUnresolvable(u"http://webhooks.invalid:8080/hooks/greenhouse?room=1"_s);

ProxySettings manual(quint16 port, const QString& user = {}, const QString& password = {})
{
    return ProxySettings{ProxySettings::Mode::Manual, u"127.0.0.1"_s, port, user, password};
}

} // namespace

class TestProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_upstream = std::make_unique<FaultServer>();
        QVERIFY(m_upstream->listen());
        m_proxy = std::make_unique<ProxyServer>();
        QVERIFY(m_proxy->listen());
        m_proxy->setUpstream(QHostAddress::LocalHost, m_upstream->port());
    }

    void manualProxyCarriesTheRequest()
    {
        HttpSender sender(manual(m_proxy->port()));
        TestHook hook(kUnresolvable);
        const RenderedRequest request = hook.render();
        const auto result = sendAndWait(sender, request);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->errorMessage));
        QCOMPARE(m_proxy->requests().size(), 1);
        const ProxyServer::Request& seen = m_proxy->requests().front();
        // The absolute form a proxy is given, and the body as rendered.
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.target, QByteArray("http://webhooks.invalid:8080/hooks/greenhouse?room=1"));
        QCOMPARE(seen.body, request.body);
        QVERIFY(seen.header("Proxy-Authorization").isEmpty());
        QCOMPARE(m_upstream->requests().size(), 1);
        QVERIFY(m_upstream->requests().front().startsWith("POST /hooks/greenhouse?room=1 HTTP/1.1\r\n"));
    }

    void manualProxyGetsItsCredentials()
    {
        m_proxy->requireCredentials(u"alice"_s, u"s3cret pässword"_s);
        HttpSender sender(manual(m_proxy->port(), u"alice"_s, u"s3cret pässword"_s));
        TestHook hook(kUnresolvable);
        const auto result = sendAndWait(sender, hook.render());
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->errorMessage));
        const auto& seen = m_proxy->requests();
        QVERIFY(!seen.isEmpty());
        QVERIFY(seen.last().forwarded);
        QCOMPARE(seen.last().header("Proxy-Authorization"), "Basic " + QByteArray("alice:s3cret pässword").toBase64());
        // The credentials are the proxy's: the server behind it never sees them.
        QCOMPARE(m_upstream->requests().size(), 1);
        QVERIFY(!m_upstream->requests().front().contains("Proxy-Authorization"));
        QVERIFY(!m_upstream->requests().front().contains(QByteArray("alice:s3cret").toBase64()));
    }

    void httpsGoesThroughATunnelWithTheCredentials()
    {
        QTemporaryDir dir;
        QString why;
        const std::optional<TestPki> pki = makeTestPki(dir.path(), &why);
        QVERIFY2(pki, qPrintable(why));
        FaultServer tlsServer(pki->serverConfiguration(true));
        QVERIFY(tlsServer.listen());
        m_proxy->setUpstream(QHostAddress::LocalHost, tlsServer.port());
        m_proxy->requireCredentials(u"alice"_s, u"tunnel-pass"_s);
        HttpSender sender(manual(m_proxy->port(), u"alice"_s, u"tunnel-pass"_s));
        TestHook hook(QUrl(u"https://webhooks.invalid/hooks/secure"_s));
        AttemptOptions options;
        // The certificate is for 127.0.0.1, not for the name: pinned, it is accepted as it is.
        options.pinnedSha256 = HttpSender::certificateFingerprint(pki->selfSigned);
        const auto result = sendAndWait(sender, hook.render(), options);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->errorMessage));
        const auto& seen = m_proxy->requests();
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last().method, QByteArray("CONNECT"));
        QCOMPARE(seen.last().target, QByteArray("webhooks.invalid:443"));
        QVERIFY(seen.last().forwarded);
        QCOMPARE(tlsServer.requests().size(), 1);
        QVERIFY(tlsServer.requests().front().startsWith("POST /hooks/secure HTTP/1.1\r\n"));
        QVERIFY(!tlsServer.requests().front().contains("Proxy-Authorization"));
    }

    void wrongCredentialsAreRefusedByTheProxy()
    {
        m_proxy->requireCredentials(u"alice"_s, u"right"_s);
        HttpSender sender(manual(m_proxy->port(), u"alice"_s, u"wrong"_s));
        TestHook hook(kUnresolvable);
        const auto result = sendAndWait(sender, hook.render());
        QVERIFY(result);
        QVERIFY(!result->ok());
        QVERIFY(!m_proxy->requests().isEmpty());
        for (const ProxyServer::Request& r : m_proxy->requests())
            QVERIFY(!r.forwarded);
        QCOMPARE(m_upstream->requests().size(), 0);
    }

    void loopbackIsReachedDirectly()
    {
        // The built-in receiver and other servers on this computer stay reachable with a manual proxy.
        HttpSender sender(manual(m_proxy->port()));
        for (const QString& host : {u"127.0.0.1"_s, u"localhost"_s}) {
            QUrl url = m_upstream->url(u"/direct"_s);
            url.setHost(host);
            TestHook hook(url);
            const auto result = sendAndWait(sender, hook.render());
            QVERIFY(result);
            QVERIFY2(result->ok(), qPrintable(result->errorMessage));
        }
        QCOMPARE(m_proxy->requests().size(), 0);
        QCOMPARE(m_upstream->requests().size(), 2);
    }

    void noneBypassesTheProxy()
    {
        // Even when the application's own proxy names one.
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, m_proxy->port()));
        HttpSender sender(ProxySettings{ProxySettings::Mode::None, {}, 0, {}, {}});
        TestHook reachable(m_upstream->url(u"/direct"_s));
        const auto direct = sendAndWait(sender, reachable.render());
        TestHook unresolvable(kUnresolvable);
        const auto failed = sendAndWait(sender, unresolvable.render());
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        QVERIFY(direct);
        QVERIFY2(direct->ok(), qPrintable(direct->errorMessage));
        QVERIFY(failed);
        QVERIFY(!failed->ok());
        QCOMPARE(m_proxy->requests().size(), 0);
        QCOMPARE(m_upstream->requests().size(), 1);
    }

    void aChangeAppliesToTheNextAttempts()
    {
        HttpSenderPool pool(2, ProxySettings{ProxySettings::Mode::None, {}, 0, {}, {}});
        TestHook hook(kUnresolvable);
        auto sendOne = [&] {
            std::optional<AttemptResult> out;
            pool.send(hook.render(), {}, [&](AttemptResult r) { out = std::move(r); });
            if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
                qWarning("no answer within 30 s");
            return out;
        };
        const auto before = sendOne();
        QVERIFY(before);
        QVERIFY(!before->ok());
        QCOMPARE(m_proxy->requests().size(), 0);

        pool.setProxy(manual(m_proxy->port()));
        for (int i = 0; i < 2; ++i) { // both senders of the pool
            const auto after = sendOne();
            QVERIFY(after);
            QVERIFY2(after->ok(), qPrintable(after->errorMessage));
        }
        QCOMPARE(m_proxy->requests().size(), 2);
    }

    void manualWithoutAHostGoesDirect()
    {
        HttpSender sender(ProxySettings{ProxySettings::Mode::Manual, {}, 3128, {}, {}});
        TestHook hook(m_upstream->url(u"/direct"_s));
        const auto result = sendAndWait(sender, hook.render());
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->errorMessage));
    }

    void loopbackHosts()
    {
        for (const QString& host :
             {u"localhost"_s, u"LocalHost"_s, u"api.localhost"_s, u"127.0.0.1"_s, u"127.4.5.6"_s, u"::1"_s, u"[::1]"_s})
            QVERIFY2(isLoopbackHost(host), qPrintable(host));
        for (const QString& host :
             {u"example.com"_s, u"localhost.example.com"_s, u"10.0.0.1"_s, u"192.168.1.1"_s, u"::2"_s, QString()})
            QVERIFY2(!isLoopbackHost(host), qPrintable(host));
    }

private:
    std::unique_ptr<FaultServer> m_upstream;
    std::unique_ptr<ProxyServer> m_proxy;
};

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"

// The system proxy settings (here the http_proxy and no_proxy environment variables) decide where a
// plain-http request goes: through the proxy, with the full URL in the request line, or, for hosts the
// settings exempt, directly to the server with the same bytes as without any proxy.
#include "FaultServer.h"
#include "HttpSender.h"
#include "SendSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace hooksmith::test;
using Outcome = AttemptResult::Outcome;

class TestHttpProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_proxy.listen());
        QVERIFY(m_server.listen());
        m_proxy.setDefaultAction(FaultServer::Action::respond(200, "OK", {}, "from the proxy"));
        // Set before the first request: Qt reads the proxy settings when a request is made.
        qputenv("http_proxy", u"http://127.0.0.1:%1"_s.arg(m_proxy.port()).toLatin1());
        qputenv("no_proxy", "127.0.0.1");
        qunsetenv("all_proxy");
        qunsetenv("HTTP_PROXY");
        qunsetenv("NO_PROXY");
    }

    void throughTheProxy()
    {
        TestHook hook(QUrl(u"http://hooks.example.test:8080/hook?from=board"_s));
        const auto r = sendAndWait(m_sender, hook.render(), {}, 15000);
        QVERIFY(r);
        QCOMPARE(r->outcome, Outcome::Success);
        QCOMPARE(r->body, "from the proxy"_ba);
        QCOMPARE(m_proxy.requests().size(), 1);
        const QByteArray head = m_proxy.requests().constFirst();
        QVERIFY2(head.startsWith("POST http://hooks.example.test:8080/hook?from=board HTTP/1.1\r\n"),
                 head.left(200).constData());
        QVERIFY(head.contains("\r\nHost: hooks.example.test:8080\r\n"));
        QCOMPARE(m_server.requests().size(), 0);
    }

    void exemptHostGoesDirect()
    {
        const qsizetype proxied = m_proxy.requests().size();
        for (int i = 0; i < 3; ++i) {
            TestHook hook(m_server.url(u"/hook"_s));
            const RenderedRequest request = hook.render();
            const auto r = sendAndWait(m_sender, request, {}, 15000);
            QVERIFY(r);
            QCOMPARE(r->outcome, Outcome::Success);
            QCOMPARE(m_server.requests().size(), i + 1);
            QCOMPARE(m_server.requests().constLast(), request.wireHead() + request.body);
            QCOMPARE(r->requestHead, request.wireHead());
        }
        // One kept-alive connection carried all three.
        QCOMPARE(m_server.connectionCount(), 1);
        QCOMPARE(m_proxy.requests().size(), proxied);
    }

private:
    FaultServer m_proxy;
    FaultServer m_server;
    HttpSender m_sender;
};

QTEST_GUILESS_MAIN(TestHttpProxy)
#include "tst_http_proxy.moc"

// The system proxy settings (here the http_proxy, https_proxy and no_proxy environment variables)
// decide where a request goes: plain http through the proxy, with the full URL in the request line;
// https through a tunnel the proxy opens (CONNECT); for hosts the settings exempt, directly to the
// server with the same bytes as without any proxy. Through a proxy, the sender's own parser reads the
// response, with its limits. The tunnel and the proxy's credentials are tried with a real tinyproxy.
#include "FaultServer.h"
#include "HttpSender.h"
#include "SendSupport.h"
#include "TestTls.h"

#include <QFile>
#include <QNetworkInterface>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace hooksmith::test;
using Outcome = AttemptResult::Outcome;

class TestHttpProxy : public QObject
{
    Q_OBJECT

private:
    /// An IPv4 address of this machine that is not a loopback one (Qt sends loopback addresses past any
    /// proxy), or empty.
    static QString ownAddress()
    {
        for (const QHostAddress& a : QNetworkInterface::allAddresses()) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
                return a.toString();
        }
        return {};
    }

    /// A tinyproxy of the test's own on a free loopback port; port 0 when it did not start.
    struct Tinyproxy
    {
        quint16 port = 0;
        QString error;
        QString logFile;
        std::shared_ptr<QProcess> process;
        QByteArray log() const
        {
            QFile f(logFile);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }
    };

    Tinyproxy startTinyproxy(const QList<QByteArray>& extra)
    {
        Tinyproxy t;
        const QString program = QStandardPaths::findExecutable(u"tinyproxy"_s);
        if (program.isEmpty()) {
            t.error = u"tinyproxy is not installed (scripts/test installs it)"_s;
            return t;
        }
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        const quint16 port = probe.serverPort();
        probe.close();
        const QString dir = m_dir.filePath(QString::number(port));
        QDir().mkpath(dir);
        t.logFile = dir + u"/tinyproxy.log"_s;
        QByteArray conf = "Port " + QByteArray::number(port) + "\nListen 127.0.0.1\nTimeout 30\nAllow 127.0.0.1\n" +
                          "LogLevel Info\nLogFile \"" + t.logFile.toUtf8() + "\"\nMaxClients 10\n";
        for (const QByteArray& line : extra)
            conf += line + '\n';
        QFile f(dir + u"/tinyproxy.conf"_s);
        if (!f.open(QIODevice::WriteOnly) || f.write(conf) != conf.size()) {
            t.error = u"cannot write "_s + f.fileName();
            return t;
        }
        f.close();
        t.process = std::shared_ptr<QProcess>(new QProcess, [](QProcess* p) {
            p->kill();
            p->waitForFinished(5000);
            delete p;
        });
        t.process->setProcessChannelMode(QProcess::MergedChannels);
        t.process->start(program, {u"-d"_s, u"-c"_s, f.fileName()});
        if (!t.process->waitForStarted()) {
            t.error = t.process->errorString();
            return t;
        }
        QTcpSocket socket;
        for (int i = 0; i < 100; ++i) {
            socket.connectToHost(QHostAddress::LocalHost, port);
            if (socket.waitForConnected(100)) {
                t.port = port;
                return t;
            }
            socket.abort();
            if (t.process->state() != QProcess::Running)
                break;
            QTest::qWait(50);
        }
        t.error =
            u"tinyproxy did not listen on port %1: %2"_s.arg(port).arg(QString::fromLocal8Bit(t.process->readAll()));
        return t;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why;
        const auto pki = makeTestPki(m_dir.path(), &why);
        QVERIFY2(pki, qPrintable(why));
        m_pki = *pki;
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

    void aHostileProxyMeetsTheResponseLimits()
    {
        FaultServer hostile;
        QVERIFY(hostile.listen());
        hostile.setDefaultAction(FaultServer::Action::endlessHead());
        const QByteArray saved = qgetenv("http_proxy");
        qputenv("http_proxy", u"http://127.0.0.1:%1"_s.arg(hostile.port()).toLatin1());
        HttpSender sender;
        TestHook hook(QUrl(u"http://hooks.example.test/hook"_s));
        const auto r = sendAndWait(sender, hook.render(), {}, 15000);
        qputenv("http_proxy", saved);
        QVERIFY(r);
        QVERIFY(!r->ok());
        QVERIFY2(r->errorMessage.contains(u"more than 100 header lines"_s), qPrintable(r->errorMessage));
    }

    void httpsThroughATunnelOfARealProxy()
    {
        const Tinyproxy proxy = startTinyproxy({});
        QVERIFY2(proxy.port, qPrintable(proxy.error));
        // Qt never sends "localhost" or a loopback address through a proxy: the server is reached at
        // one of this machine's other addresses.
        FaultServer secure(m_pki.serverConfiguration(true));
        QVERIFY(secure.listen(QHostAddress::Any));
        const QString host = ownAddress();
        QVERIFY2(!host.isEmpty(), "this machine has no address besides loopback");
        secure.setDefaultAction(FaultServer::Action::respond(200, "OK", {}, "through the tunnel"));
        const QByteArray saved = qgetenv("https_proxy");
        qputenv("https_proxy", u"http://127.0.0.1:%1"_s.arg(proxy.port).toLatin1());
        HttpSender sender;
        TestHook hook(QUrl(u"https://%1:%2/hook"_s.arg(host).arg(secure.port())));
        const RenderedRequest request = hook.render();
        AttemptOptions o;
        o.timeoutMs = 15000;
        o.pinnedSha256 = HttpSender::certificateFingerprint(m_pki.selfSigned);
        const auto r = sendAndWait(sender, request, o, 20000);
        qputenv("https_proxy", saved);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->errorMessage));
        QCOMPARE(r->body, "through the tunnel"_ba);
        QCOMPARE(secure.requests().size(), 1);
        QCOMPARE(secure.requests().constFirst(), request.wireHead() + request.body);
        const QByteArray connect = "CONNECT " + host.toUtf8() + ':' + QByteArray::number(secure.port());
        QVERIFY2(proxy.log().contains(connect), proxy.log().right(2000).constData());
    }

    void theProxysCredentials()
    {
        const Tinyproxy proxy = startTinyproxy({"BasicAuth hooksmith s3cret-proxy"});
        QVERIFY2(proxy.port, qPrintable(proxy.error));
        FaultServer origin;
        QVERIFY(origin.listen(QHostAddress::Any));
        const QString host = ownAddress();
        QVERIFY2(!host.isEmpty(), "this machine has no address besides loopback");
        const QUrl url(u"http://%1:%2/hook"_s.arg(host).arg(origin.port()));
        origin.setDefaultAction(FaultServer::Action::respond(200, "OK", {}, "from the origin"));
        const QByteArray saved = qgetenv("http_proxy");
        const QByteArray savedNo = qgetenv("no_proxy");
        qunsetenv("no_proxy");
        const auto sendVia = [&](const QString& userInfo) {
            qputenv("http_proxy", (u"http://"_s + userInfo + u"127.0.0.1:"_s + QString::number(proxy.port)).toLatin1());
            HttpSender sender;
            TestHook hook(url);
            return sendAndWait(sender, hook.render(), {}, 15000);
        };
        const auto refused = sendVia({});
        const auto wrong = sendVia(u"hooksmith:wrong@"_s);
        const auto accepted = sendVia(u"hooksmith:s3cret-proxy@"_s);
        qputenv("http_proxy", saved);
        qputenv("no_proxy", savedNo);
        QVERIFY(refused && wrong && accepted);
        QVERIFY2(refused->status == 407,
                 qPrintable(refused->errorMessage + u" / "_s + QString::fromUtf8(proxy.log().right(1500))));
        QVERIFY2(wrong->status == 401 || wrong->status == 407,
                 qPrintable(QString::number(wrong->status))); // tinyproxy says 401
        QVERIFY2(accepted->ok(), qPrintable(accepted->errorMessage));
        QCOMPARE(accepted->body, "from the origin"_ba);
        QCOMPARE(origin.requests().size(), 1);
        // The proxy's credentials go to the proxy only: neither the origin nor the report sees them.
        QVERIFY(!origin.requests().constFirst().contains("Proxy-Authorization"));
        QVERIFY(!accepted->requestHead.contains("s3cret"));
        QVERIFY(!accepted->requestHead.contains(QByteArray("hooksmith:s3cret-proxy").toBase64()));
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
    QTemporaryDir m_dir;
    TestPki m_pki;
    FaultServer m_proxy;
    FaultServer m_server;
    HttpSender m_sender;
};

QTEST_GUILESS_MAIN(TestHttpProxy)
#include "tst_http_proxy.moc"

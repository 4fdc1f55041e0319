// The relay's health and metrics endpoint over real sockets: routes, methods, keep-alive and pipelining,
// and what it does with clients that send too much, too slowly, too often, or never read.
#include "HealthServer.h"
#include "Metrics.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>
#include <sys/socket.h>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace std::chrono_literals;

namespace {

struct Reply
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;
};

/// Takes one response off the front of `buffer` (without a body when it answers a HEAD), or nothing
/// while it is incomplete.
std::optional<Reply> takeReply(QByteArray& buffer, bool head)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    Reply r;
    const QList<QByteArray> lines = buffer.first(end).split('\n');
    const QList<QByteArray> statusLine = lines.front().trimmed().split(' ');
    if (statusLine.size() < 2 || statusLine[0] != "HTTP/1.1")
        return Reply{-1, {}, buffer};
    r.status = statusLine[1].toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        r.headers.insert(lines[i].first(colon).toLower(), lines[i].sliced(colon + 1).trimmed());
    }
    const qsizetype length = head ? 0 : r.headers.value("content-length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return std::nullopt;
    r.body = buffer.sliced(end + 4, length);
    buffer.remove(0, end + 4 + length);
    return r;
}

/// Runs the event loop until `done()` holds, waking at each `signal` of `sender` rather than polling.
template <typename Sender, typename Signal, typename Predicate>
bool waitUntil(Sender* sender, Signal signal, Predicate done, int ms)
{
    const QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QSignalSpy spy(sender, signal);
        if (!spy.wait(int(std::max<qint64>(1, deadline.remainingTime()))))
            return done();
    }
    return true;
}

/// A client on the test's own event loop (the server runs on it too, so nothing here blocks).
class Client
{
public:
    explicit Client(quint16 port, const QHostAddress& host = QHostAddress::LocalHost)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, [this] { buffer += socket.readAll(); });
        socket.connectToHost(host, port);
    }

    bool connected(int ms = 5000)
    {
        return waitUntil(
            &socket, &QTcpSocket::stateChanged, [&] { return socket.state() == QAbstractSocket::ConnectedState; }, ms);
    }

    void send(const QByteArray& bytes) { socket.write(bytes); }

    std::optional<Reply> reply(bool head = false, int ms = 5000)
    {
        std::optional<Reply> r;
        if (!waitUntil(
                &socket, &QTcpSocket::readyRead, [&] { return (r = takeReply(buffer, head)).has_value(); }, ms))
            return std::nullopt;
        return r;
    }

    std::optional<Reply> get(const QByteArray& path, const QByteArray& extraHeaders = {})
    {
        send("GET " + path + " HTTP/1.1\r\nHost: relay\r\n" + extraHeaders + "\r\n");
        return reply();
    }

    /// The server closed the connection (the client saw the end of the stream).
    bool closed(int ms = 5000)
    {
        return waitUntil(
            &socket, &QTcpSocket::stateChanged, [&] { return socket.state() == QAbstractSocket::UnconnectedState; },
            ms);
    }

    QTcpSocket socket;
    QByteArray buffer;
};

QByteArray request(const QByteArray& method, const QByteArray& path, const QByteArray& extra = {})
{
    return method + ' ' + path + " HTTP/1.1\r\nHost: relay\r\n" + extra + "\r\n";
}

} // namespace

class TestHealthServer : public QObject
{
    Q_OBJECT

private:
    bool m_ready = true;
    int m_healthCalls = 0;
    int m_metricsCalls = 0;
    std::unique_ptr<Metrics> m_metrics;
    QByteArray m_metricsOverride;
    std::unique_ptr<HealthServer> m_server;

private Q_SLOTS:
    void init()
    {
        m_ready = true;
        m_healthCalls = 0;
        m_metricsCalls = 0;
        m_metricsOverride.clear();
        m_metrics = std::make_unique<Metrics>();
        m_server = std::make_unique<HealthServer>(
            [this] {
                ++m_healthCalls;
                return HealthServer::Health{m_ready, m_ready ? "{\"status\":\"ready\"}" : "{\"status\":\"starting\"}"};
            },
            [this] {
                ++m_metricsCalls;
                return m_metricsOverride.isEmpty() ? m_metrics->exposition() : m_metricsOverride;
            });
        const Status listening = m_server->listen(u"0"_s);
        QVERIFY2(listening.ok(), qPrintable(listening.ok() ? QString() : listening.errorMessage()));
        QVERIFY(m_server->port() != 0);
        QCOMPARE(m_server->address(), QHostAddress(QHostAddress::LocalHost));
    }

    void cleanup() { m_server.reset(); }

    void healthzFollowsReadiness()
    {
        Client c(m_server->port());
        auto r = c.get("/healthz");
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(r->body, QByteArray("{\"status\":\"ready\"}"));
        m_ready = false;
        r = c.get("/healthz"); // the same connection: kept alive
        QVERIFY(r);
        QCOMPARE(r->status, 503);
        QCOMPARE(r->body, QByteArray("{\"status\":\"starting\"}"));
        m_ready = true;
        r = c.get("/healthz?verbose=1&x");
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(m_healthCalls, 3);
        QCOMPARE(c.socket.state(), QAbstractSocket::ConnectedState);
    }

    void metricsServesTheExposition()
    {
        m_metrics->declare(u"relay_signals_total"_s, Metrics::Type::Counter, u"Signals read."_s, {u"device"_s});
        m_metrics->series(u"relay_signals_total"_s, {u"board \"1\""_s})->add(3);
        Client c(m_server->port());
        auto r = c.get("/metrics?format=text");
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->headers.value("content-type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        QCOMPARE(r->body, m_metrics->exposition());
        QVERIFY(r->body.contains("relay_signals_total{device=\"board \\\"1\\\"\"} 3\n"));
        // Absolute-form targets name the same resources.
        r = c.get("http://relay/metrics");
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, m_metrics->exposition());
    }

    void headAnswersWithoutBody()
    {
        Client c(m_server->port());
        c.send(request("HEAD", "/healthz"));
        auto r = c.reply(true);
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->headers.value("content-length"),
                 QByteArray::number(QByteArrayView("{\"status\":\"ready\"}").size()));
        c.send(request("HEAD", "/metrics"));
        r = c.reply(true);
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->headers.value("content-type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        c.send(request("HEAD", "/nothing"));
        r = c.reply(true);
        QVERIFY(r);
        QCOMPARE(r->status, 404);
        // Had a body been sent after a HEAD response, this reply would not parse as one.
        r = c.get("/healthz");
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, QByteArray("{\"status\":\"ready\"}"));
        QVERIFY(c.buffer.isEmpty());
    }

    void otherPathsAre404()
    {
        Client c(m_server->port());
        for (const QByteArray path : {"/", "/healthz/", "/metricsx", "/HEALTHZ", "/healthz%20"}) {
            const auto r = c.get(path);
            QVERIFY2(r, path.constData());
            QCOMPARE(r->status, 404);
        }
        QCOMPARE(m_healthCalls, 0);
        QCOMPARE(c.socket.state(), QAbstractSocket::ConnectedState);
    }

    void otherMethodsAre405()
    {
        Client c(m_server->port());
        for (const QByteArray method : {"POST", "PUT", "DELETE", "OPTIONS", "PATCH", "get"}) {
            c.send(request(method, "/healthz", "Content-Length: 0\r\n"));
            const auto r = c.reply();
            QVERIFY2(r, method.constData());
            QCOMPARE(r->status, 405);
            QCOMPARE(r->headers.value("allow"), QByteArray("GET, HEAD"));
        }
        QCOMPARE(c.socket.state(), QAbstractSocket::ConnectedState);
        // With a body the server does not read, the connection ends after the answer.
        c.send(request("POST", "/healthz", "Content-Length: 5\r\n") + "hello");
        const auto r = c.reply();
        QVERIFY(r);
        QCOMPARE(r->status, 405);
        QCOMPARE(r->headers.value("connection"), QByteArray("close"));
        QVERIFY(c.closed());
        QCOMPARE(m_healthCalls, 0);
    }

    void requestBodiesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::newRow("content-length") << QByteArray("Content-Length: 10\r\n");
        QTest::newRow("chunked") << QByteArray("Transfer-Encoding: chunked\r\n");
        QTest::newRow("two lengths") << QByteArray("Content-Length: 0\r\nContent-Length: 1\r\n");
        QTest::newRow("bad length") << QByteArray("Content-Length: -1\r\n");
    }

    void requestBodiesAreRefused()
    {
        QFETCH(QByteArray, headers);
        Client c(m_server->port());
        c.send(request("GET", "/healthz", headers) + "0123456789");
        const auto r = c.reply();
        QVERIFY(r);
        QCOMPARE(r->status, 400);
        QCOMPARE(r->headers.value("connection"), QByteArray("close"));
        QVERIFY(c.closed());
        QCOMPARE(m_healthCalls, 0);
    }

    void malformedRequestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("not HTTP") << QByteArray("hello there\r\n\r\n") << 400;
        QTest::newRow("no version") << QByteArray("GET /healthz\r\n\r\n") << 400;
        QTest::newRow("relative target") << QByteArray("GET healthz HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("folded header") << QByteArray("GET /healthz HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("GET /healthz HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
        QTest::newRow("NUL") << QByteArray("GET /healthz HTTP/1.1\r\nA: \0\r\n\r\n", 31) << 400;
        QTest::newRow("HTTP/2") << QByteArray("GET /healthz HTTP/2.0\r\n\r\n") << 505;
    }

    void malformedRequestsAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        Client c(m_server->port());
        c.send(bytes);
        const auto r = c.reply();
        QVERIFY(r);
        QCOMPARE(r->status, status);
        QVERIFY(c.closed());
    }

    void keepAliveUnlessAskedToClose()
    {
        Client c(m_server->port());
        for (int i = 0; i < 3; ++i) {
            const auto r = c.get("/healthz");
            QVERIFY(r);
            QCOMPARE(r->status, 200);
            QVERIFY(!r->headers.contains("connection"));
        }
        QCOMPARE(m_server->connectionCount(), 1);
        const auto last = c.get("/metrics", "Connection: keep-alive, Close\r\n");
        QVERIFY(last);
        QCOMPARE(last->status, 200);
        QCOMPARE(last->headers.value("connection"), QByteArray("close"));
        QVERIFY(c.closed());
        QVERIFY(QTest::qWaitFor([&] { return m_server->connectionCount() == 0; }, 5000));

        // HTTP/1.0 closes unless it asks for keep-alive.
        Client old(m_server->port());
        old.send("GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        auto r = old.reply();
        QVERIFY(r);
        QCOMPARE(r->headers.value("connection"), QByteArray("keep-alive"));
        old.send("GET /healthz HTTP/1.0\r\n\r\n");
        r = old.reply();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->headers.value("connection"), QByteArray("close"));
        QVERIFY(old.closed());
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        m_metricsOverride = "pipelined_metric 1\n";
        Client c(m_server->port());
        // Bare LF line ends and empty lines between requests are accepted too.
        c.send(request("GET", "/healthz") + request("HEAD", "/metrics") + "\r\n" + request("GET", "/nope") +
               "GET /metrics HTTP/1.1\nHost: relay\n\n" + request("POST", "/metrics") + request("GET", "/healthz"));
        const QList<std::pair<bool, int>> expected = {{false, 200}, {true, 200},  {false, 404},
                                                      {false, 200}, {false, 405}, {false, 200}};
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const auto r = c.reply(expected[i].first);
            QVERIFY2(r, qPrintable(u"response %1"_s.arg(i)));
            QCOMPARE(r->status, expected[i].second);
            if (i == 3)
                QCOMPARE(r->body, m_metricsOverride);
        }
        QVERIFY(c.buffer.isEmpty());
        QCOMPARE(c.socket.state(), QAbstractSocket::ConnectedState);
    }

    void oversizedHeadIs431_data()
    {
        QTest::addColumn<bool>("complete");
        QTest::newRow("never ends") << false;
        QTest::newRow("ends too late") << true;
    }

    void oversizedHeadIs431()
    {
        QFETCH(bool, complete);
        Client c(m_server->port());
        QByteArray bytes = "GET /healthz HTTP/1.1\r\nX-Fill: " + QByteArray(HealthServer::kMaxHeadBytes, 'a');
        if (complete)
            bytes += "\r\n\r\n";
        c.send(bytes);
        const auto r = c.reply();
        QVERIFY(r);
        QCOMPARE(r->status, 431);
        QCOMPARE(r->headers.value("connection"), QByteArray("close"));
        QVERIFY(c.closed());
        QCOMPARE(m_healthCalls, 0);

        // Just under the limit is fine.
        Client ok(m_server->port());
        const QByteArray head = "GET /healthz HTTP/1.1\r\nX-Fill: ";
        ok.send(head + QByteArray(HealthServer::kMaxHeadBytes - head.size() - 4, 'a') + "\r\n\r\n");
        const auto fine = ok.reply();
        QVERIFY(fine);
        QCOMPARE(fine->status, 200);
    }

    void idleConnectionsAreClosed()
    {
        m_server->setIdleTimeout(1500ms);
        Client silent(m_server->port());
        QVERIFY(silent.connected());
        Client trickle(m_server->port());
        QVERIFY(trickle.connected());
        Client busy(m_server->port());
        QVERIFY(busy.connected());

        // A head sent a byte at a time does not keep the connection open: only answered requests count.
        trickle.send("GET /healthz HTTP/1.1\r\nX-Slow: ");
        bool trickleClosed = false;
        for (int i = 0; i < 40 && !trickleClosed; ++i) {
            trickle.send("a");
            if (i % 8 == 0) { // a request every ~800 ms keeps this one open
                const auto r = busy.get("/healthz");
                QVERIFY(r);
                QCOMPARE(r->status, 200);
            }
            trickleClosed = trickle.closed(100);
        }
        QVERIFY(silent.closed());
        QVERIFY2(trickleClosed, "a head sent byte by byte kept its connection open");
        QVERIFY(silent.buffer.isEmpty());
        QCOMPARE(busy.socket.state(), QAbstractSocket::ConnectedState);
        QVERIFY(busy.closed(10000)); // and once it stops asking, it is closed too
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void connectionsBeyondTheLimitAreClosed()
    {
        std::vector<std::unique_ptr<Client>> clients;
        for (int i = 0; i < HealthServer::kMaxConnections; ++i) {
            clients.push_back(std::make_unique<Client>(m_server->port()));
            const auto r = clients.back()->get("/healthz");
            QVERIFY2(r, qPrintable(u"client %1"_s.arg(i)));
            QCOMPARE(r->status, 200);
        }
        QCOMPARE(m_server->connectionCount(), HealthServer::kMaxConnections);

        Client extra(m_server->port());
        extra.send(request("GET", "/healthz"));
        QVERIFY(extra.closed());
        QVERIFY(extra.buffer.isEmpty());
        QCOMPARE(m_server->connectionCount(), HealthServer::kMaxConnections);

        clients.front()->socket.disconnectFromHost();
        QVERIFY(
            QTest::qWaitFor([&] { return m_server->connectionCount() == HealthServer::kMaxConnections - 1; }, 5000));
        Client next(m_server->port());
        const auto r = next.get("/healthz");
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        for (size_t i = 1; i < clients.size(); ++i) {
            const auto again = clients[i]->get("/metrics");
            QVERIFY(again);
            QCOMPARE(again->status, 200);
        }
    }

    void clientThatDoesNotReadIsNotAnsweredWithoutBound()
    {
        m_metricsOverride = QByteArray(256 * 1024, 'm');
        const int requests = 400; // 100 MiB of responses if they were all produced at once
        Client c(m_server->port());
        QVERIFY(c.connected());
        c.socket.setReadBufferSize(64 * 1024); // the client reads no more than this until the test takes it
        QObject::disconnect(&c.socket, &QTcpSocket::readyRead, nullptr, nullptr);
        QByteArray all;
        for (int i = 0; i < requests; ++i)
            all += request("GET", "/metrics");
        c.send(all);
        // Let the server go as far as it will while nobody reads.
        int before = -1;
        while (before != m_metricsCalls) {
            before = m_metricsCalls;
            QTest::qWait(300);
        }
        QVERIFY2(m_metricsCalls < requests / 2, qPrintable(u"%1 responses produced"_s.arg(m_metricsCalls)));

        c.socket.setReadBufferSize(0);
        int answered = 0;
        bool wrong = false;
        QByteArray buffer;
        const auto readAll = [&] {
            buffer += c.socket.readAll();
            while (const auto r = takeReply(buffer, false)) {
                wrong = wrong || r->status != 200 || r->body.size() != m_metricsOverride.size();
                ++answered;
            }
            return wrong || answered == requests;
        };
        QVERIFY(waitUntil(&c.socket, &QTcpSocket::readyRead, readAll, 60000));
        QVERIFY(!wrong);
        QCOMPARE(answered, requests);
        QCOMPARE(m_metricsCalls, requests);
    }

    void answersAClientThatStoppedSending()
    {
        Client c(m_server->port());
        QVERIFY(c.connected());
        c.send(request("GET", "/healthz") + request("GET", "/metrics"));
        QVERIFY(c.socket.waitForBytesWritten(5000));
        QCOMPARE(::shutdown(int(c.socket.socketDescriptor()), SHUT_WR), 0); // like `curl ... <&-` or nc -N
        auto r = c.reply();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        r = c.reply();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QVERIFY(c.closed());
        QVERIFY(QTest::qWaitFor([&] { return m_server->connectionCount() == 0; }, 5000));
    }

    void curlReusesTheConnection()
    {
        const QString curl = QStandardPaths::findExecutable(u"curl"_s);
        QVERIFY2(!curl.isEmpty(), "curl is not installed: apt-get install curl");
        m_ready = false;
        m_metrics->declare(u"relay_up"_s, Metrics::Type::Gauge, u"1 while the relay runs."_s);
        m_metrics->series(u"relay_up"_s)->set(1);
        const QString base = u"http://127.0.0.1:%1"_s.arg(m_server->port());
        QProcess p;
        p.start(curl, {u"-sS"_s, u"-v"_s, u"--max-time"_s, u"20"_s, u"-w"_s, u"|%{http_code}|\n"_s,
                       base + u"/healthz"_s, base + u"/metrics?x=1"_s, base + u"/missing"_s});
        QSignalSpy finished(&p, &QProcess::finished);
        QVERIFY(finished.wait(30000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(out, u"{\"status\":\"starting\"}|503|\n"
                      u"# HELP relay_up 1 while the relay runs.\n# TYPE relay_up gauge\nrelay_up 1\n|200|\n"
                      u"Not Found\n|404|\n"_s);
        QVERIFY2(err.contains(u"Re-using existing connection"_s), qPrintable(err));
        QCOMPARE(m_healthCalls, 1);
        QCOMPARE(m_metricsCalls, 1);
    }

    void listenReportsBadSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("says");
        QTest::newRow("word") << u"health"_s << u"the port \"health\" is not a number from 0 to 65535"_s;
        QTest::newRow("too big") << u"70000"_s << u"the port \"70000\" is not a number from 0 to 65535"_s;
        QTest::newRow("negative") << u"-1"_s << u"the port \"-1\" is not a number"_s;
        QTest::newRow("empty port") << u"127.0.0.1:"_s << u"the port \"\" is not a number"_s;
        QTest::newRow("empty") << u""_s << u"the port \"\" is not a number"_s;
        QTest::newRow("host name") << u"example.com:9100"_s << u"\"example.com\" is not an IP address"_s;
        QTest::newRow("bad IPv4") << u"300.1.1.1:9100"_s << u"\"300.1.1.1\" is not an IP address"_s;
        QTest::newRow("bare IPv6") << u"::1:9100"_s << u"write an IPv6 address in brackets, as [::1]:9100"_s;
        QTest::newRow("IPv6 without port") << u"[::1]"_s << u"write an IPv6 address as [ADDRESS]:PORT"_s;
        QTest::newRow("IPv4 in brackets") << u"[127.0.0.1]:9100"_s << u"\"127.0.0.1\" is not an IP address"_s;
        QTest::newRow("address nobody has") << u"192.0.2.1:0"_s << u"cannot listen on 192.0.2.1:0"_s;
    }

    void listenReportsBadSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(QString, says);
        HealthServer server({}, {});
        const Status s = server.listen(spec);
        QVERIFY(!s.ok());
        QVERIFY2(s.errorMessage().startsWith(u"health address \"%1\": "_s.arg(spec)), qPrintable(s.errorMessage()));
        QVERIFY2(s.errorMessage().contains(says), qPrintable(s.errorMessage()));
        QVERIFY(!server.isListening());
    }

    void listenReportsAPortInUse()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        HealthServer server({}, {});
        const QString spec = QString::number(taken.serverPort());
        const Status s = server.listen(spec);
        QVERIFY(!s.ok());
        QCOMPARE(s.errorMessage(), u"health address \"%1\": cannot listen on 127.0.0.1:%1: %2"_s.arg(
                                       spec, u"The bound address is already in use"_s));
    }

    void listensWhereTold_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QHostAddress>("address");
        QTest::newRow("port only: loopback") << u"0"_s << QHostAddress(QHostAddress::LocalHost);
        QTest::newRow("IPv4") << u"127.0.0.1:0"_s << QHostAddress(QHostAddress::LocalHost);
        QTest::newRow("localhost") << u"localhost:0"_s << QHostAddress(QHostAddress::LocalHost);
        QTest::newRow("IPv6") << u"[::1]:0"_s << QHostAddress(QHostAddress::LocalHostIPv6);
    }

    void listensWhereTold()
    {
        QFETCH(QString, spec);
        QFETCH(QHostAddress, address);
        HealthServer server([] { return HealthServer::Health{true, "{}"}; }, {});
        const Status s = server.listen(spec);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.errorMessage()));
        QCOMPARE(server.address(), address);
        QVERIFY(server.port() != 0);
        Client c(server.port(), address);
        const auto r = c.get("/healthz");
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, QByteArray("{}"));
    }
};

QTEST_GUILESS_MAIN(TestHealthServer)
#include "tst_health_server.moc"

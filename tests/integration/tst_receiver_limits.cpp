// The local receiver's limits with real sockets: oversize request lines, heads and bodies, malformed
// Content-Length and chunk sizes, idle and surplus connections are answered 414 / 431 / 413 / 400 /
// 408 / 503, recorded as refused, and good requests go on working. `hooksmith-cli catch` takes the
// limits as options, prints refusals, and gives back the memory of a 200 MB body.
#include "LocalReceiver.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

/// A raw client: writes bytes, collects what comes back until the server closes or `waitMs` passes.
struct Client
{
    QTcpSocket socket;
    QByteArray received;

    bool connectTo(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
        QSignalSpy connected(&socket, &QTcpSocket::connected);
        return socket.state() == QAbstractSocket::ConnectedState || connected.wait(5000);
    }
    void send(const QByteArray& bytes) { socket.write(bytes); }
    /// Waits for the server to close the connection.
    bool waitClosed(int waitMs = 5000)
    {
        if (socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        return closed.wait(waitMs) || socket.state() == QAbstractSocket::UnconnectedState;
    }
    /// Waits until the bytes received contain `text`.
    bool waitFor(QByteArrayView text, int waitMs = 5000)
    {
        QElapsedTimer t;
        t.start();
        while (!received.contains(text) && t.elapsed() < waitMs)
            QTest::qWait(10);
        return received.contains(text);
    }
    int status() const { return received.startsWith("HTTP/1.1 ") ? received.mid(9, 3).toInt() : 0; }
};

QString cliPath()
{
    return hooksmith::test::binaryPath(u"bin/hooksmith-cli"_s);
}

qint64 residentKb(qint64 pid)
{
    QFile f(u"/proc/%1/status"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

QJsonObject nextJsonLine(QProcess& p, int timeoutMs = 20000)
{
    QSignalSpy more(&p, &QProcess::readyReadStandardOutput);
    while (!p.canReadLine()) {
        if (!more.wait(timeoutMs))
            return {};
    }
    return QJsonDocument::fromJson(p.readLine()).object();
}

} // namespace

class TestReceiverLimits : public QObject
{
    Q_OBJECT

    LocalReceiver m_receiver;

    /// Sends `bytes` on a new connection and returns what came back once the server closed it.
    QByteArray refusedWith(const QByteArray& bytes, int expectedStatus, const QString& reason)
    {
        const qsizetype before = m_receiver.requests().size();
        Client c;
        if (!c.connectTo(m_receiver.port()))
            return "no connection";
        c.send(bytes);
        if (!c.waitClosed())
            return "not closed";
        if (c.status() != expectedStatus)
            return "status " + c.received.left(80);
        if (m_receiver.requests().size() != before + 1)
            return "not recorded";
        const ReceivedRequest& r = m_receiver.requests().constLast();
        if (r.refusedStatus != expectedStatus || !r.refusal.contains(reason))
            return "recorded as " + QByteArray::number(r.refusedStatus) + ": " + r.refusal.toUtf8();
        if (!c.received.contains(reason.toUtf8()))
            return "the reply does not say why: " + c.received;
        return "ok";
    }

    void expectAGoodRequestWorks()
    {
        Client c;
        QVERIFY(c.connectTo(m_receiver.port()));
        c.send("POST /ok?x=1 HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello");
        QVERIFY2(c.waitFor("\r\n\r\n{\"ok\":true}"), c.received.constData());
        QCOMPARE(c.status(), 200);
        const ReceivedRequest r = m_receiver.requests().constLast();
        QVERIFY(!r.refused());
        QCOMPARE(r.path, "/ok"_ba);
        QCOMPARE(r.query, "x=1"_ba);
        QCOMPARE(r.body, "hello"_ba);
    }

private Q_SLOTS:
    void initTestCase()
    {
        ReceiverLimits limits;
        limits.request.maxRequestLine = 1024;
        limits.request.maxHeadBytes = 4096;
        limits.request.maxHeaderLines = 20;
        limits.request.maxBodyBytes = 100000;
        limits.idleTimeoutMs = 700;
        limits.maxConnections = 4;
        m_receiver.setLimits(limits);
        QVERIFY(m_receiver.listen());
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QByteArray manyHeaders = "GET / HTTP/1.1\r\n";
        for (int i = 0; i < 21; ++i)
            manyHeaders += "X-N: 1\r\n";
        QTest::newRow("request line too long") << "GET /" + QByteArray(2000, 'a') + " HTTP/1.1\r\n\r\n"
                                               << 414 << u"the request line is longer than 1 KiB"_s;
        QTest::newRow("request line without end")
            << "GET /" + QByteArray(5000, 'a') << 414 << u"the request line is longer than 1 KiB"_s;
        QTest::newRow("head too large") << "GET / HTTP/1.1\r\nX-Big: " + QByteArray(5000, 'b') + "\r\n\r\n"
                                        << 431 << u"the request headers are larger than 4 KiB"_s;
        QTest::newRow("too many header lines") << manyHeaders + "\r\n"
                                               << 431 << u"the request has more than 20 header lines"_s;
        QTest::newRow("body too large") << "POST / HTTP/1.1\r\nContent-Length: 200000\r\n\r\n"_ba << 413
                                        << u"the body of 200000 bytes is larger than the limit of 100000 bytes"_s;
        QTest::newRow("chunked body too large")
            << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n10000\r\n" + QByteArray(0x10000, 'c') +
                   "\r\n10000\r\n"
            << 413 << u"the chunked body is larger than the limit of 100000 bytes"_s;
        QTest::newRow("Content-Length not digits") << "POST / HTTP/1.1\r\nContent-Length: 12abc\r\n\r\n"_ba << 400
                                                   << u"the Content-Length \"12abc\" is not a number of bytes"_s;
        QTest::newRow("Content-Length negative") << "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n"_ba << 400
                                                 << u"the Content-Length \"-1\" is not a number of bytes"_s;
        QTest::newRow("Content-Length overflows")
            << "POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n"_ba << 400
            << u"is not a number of bytes"_s;
        QTest::newRow("Content-Length twice") << "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx"_ba
                                              << 400 << u"the request has 2 Content-Length headers; one is allowed"_s;
        QTest::newRow("Content-Length list") << "POST / HTTP/1.1\r\nContent-Length: 1, 1\r\n\r\nx"_ba << 400
                                             << u"the Content-Length \"1, 1\" is not a number of bytes"_s;
        QTest::newRow("chunk size not hex") << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"_ba << 400
                                            << u"the chunk size \"zz\" is not a hexadecimal number"_s;
        QTest::newRow("chunk size overflows")
            << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffffff\r\n"_ba << 400
            << u"is not a hexadecimal number"_s;
        QTest::newRow("chunk longer than its size")
            << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n"_ba << 400
            << u"a chunk of the body is longer than its size says"_s;
        QTest::newRow("both lengths") << "POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"_ba
                                      << 400 << u"the request has both Content-Length and Transfer-Encoding"_s;
        QTest::newRow("unknown transfer coding") << "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n"_ba << 501
                                                 << u"the transfer coding \"gzip\" is not supported"_s;
        QTest::newRow("not HTTP") << "hello there\r\n\r\n"_ba << 400 << u"is not \"METHOD TARGET HTTP/1.1\""_s;
        QTest::newRow("HTTP/2 preface") << "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"_ba << 505
                                        << u"HTTP version HTTP/2.0 is not supported"_s;
        QTest::newRow("space before colon")
            << "GET / HTTP/1.1\r\nHost : x\r\n\r\n"_ba << 400 << u"is not \"Name: value\""_s;
    }

    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QString, reason);
        QCOMPARE(refusedWith(bytes, status, reason), "ok"_ba);
        expectAGoodRequestWorks();
    }

    void goodRequestsOfEveryFraming()
    {
        Client c;
        QVERIFY(c.connectTo(m_receiver.port()));
        // Chunked with an extension and a trailer, then a request that waits for 100 Continue, on one
        // kept-alive connection.
        c.send("POST /chunked HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
               "3;x=y\r\nabc\r\n2\r\nde\r\n0\r\nX-T: 1\r\n\r\n");
        QVERIFY(c.waitFor("{\"ok\":true}"));
        QCOMPARE(m_receiver.requests().constLast().body, "abcde"_ba);
        c.received.clear();
        c.send("PUT /expect HTTP/1.1\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n");
        QVERIFY(c.waitFor("HTTP/1.1 100 Continue\r\n\r\n"));
        c.send("xyz");
        QVERIFY(c.waitFor("{\"ok\":true}"));
        QCOMPARE(m_receiver.requests().constLast().method, "PUT"_ba);
        QCOMPARE(m_receiver.requests().constLast().body, "xyz"_ba);
        QCOMPARE(c.socket.state(), QAbstractSocket::ConnectedState);
    }

    void anIdleConnectionInTheMiddleOfARequestIs408()
    {
        QCOMPARE(refusedWith("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc"_ba, 408,
                             u"the request did not complete within 0.7 s of the last byte"_s),
                 "ok"_ba);
        const ReceivedRequest r = m_receiver.requests().constLast();
        QCOMPARE(r.method, "POST"_ba);
    }

    void anIdleConnectionBetweenRequestsIsClosedWithoutARecord()
    {
        const quint64 before = m_receiver.receivedCount();
        Client c;
        QVERIFY(c.connectTo(m_receiver.port()));
        QVERIFY(c.waitClosed());
        QCOMPARE(c.status(), 408);
        QCOMPARE(m_receiver.receivedCount(), before);
        QTRY_COMPARE(m_receiver.connectionCount(), 0);
    }

    void connectionsBeyondTheLimitAre503()
    {
        std::vector<std::unique_ptr<Client>> open;
        for (int i = 0; i < 4; ++i) {
            open.push_back(std::make_unique<Client>());
            QVERIFY(open.back()->connectTo(m_receiver.port()));
        }
        QTRY_COMPARE(m_receiver.connectionCount(), 4);
        const QByteArray surplus = refusedWith("GET / HTTP/1.1\r\n\r\n"_ba, 503, u"more than 4 connections at once"_s);
        QCOMPARE(surplus, "ok"_ba);
        open.clear();
        QTRY_COMPARE(m_receiver.connectionCount(), 0);
        expectAGoodRequestWorks();
    }

    void catchTakesTheLimitsAndPrintsRefusals()
    {
        QProcess cli;
        cli.start(cliPath(), {u"catch"_s, u"--max-body"_s, u"1K"_s, u"--max-headers"_s, u"5"_s});
        QVERIFY2(cli.waitForStarted(), qPrintable(cli.errorString()));
        const QJsonObject listening = nextJsonLine(cli);
        const quint16 port = quint16(listening.value(u"port"_s).toInt());
        QVERIFY(port != 0);
        Client c;
        QVERIFY(c.connectTo(port));
        c.send("POST /big HTTP/1.1\r\nContent-Length: 2000\r\n\r\n");
        QVERIFY(c.waitClosed());
        QCOMPARE(c.status(), 413);
        const QJsonObject line = nextJsonLine(cli);
        QCOMPARE(line.value(u"path"_s).toString(), u"/big"_s);
        QCOMPARE(line.value(u"refused"_s).toObject().value(u"status"_s).toInt(), 413);
        QCOMPARE(line.value(u"refused"_s).toObject().value(u"reason"_s).toString(),
                 u"the body of 2000 bytes is larger than the limit of 1 KiB"_s);
        cli.terminate();
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 0);
    }

    void catchRejectsBadLimitOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("size suffix") << QStringList{u"--max-body"_s, u"10X"_s}
                                     << u"--max-body: \"10X\" is not a size from 1 byte to 64 GiB"_s;
        QTest::newRow("zero") << QStringList{u"--max-head"_s, u"0"_s} << u"--max-head: \"0\" is not a size"_s;
        QTest::newRow("count") << QStringList{u"--max-connections"_s, u"many"_s}
                               << u"--max-connections: \"many\" is not a whole number from 1 to 10000"_s;
    }

    void catchRejectsBadLimitOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QProcess cli;
        cli.start(cliPath(), QStringList{u"catch"_s} + args);
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 2);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
    }

    void catchGivesBackTheMemoryOfALargeBody()
    {
        QProcess cli;
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer keeps freed blocks in a quarantine (256 MB by default) before it gives them
        // back: without it, what the receiver frees is unmapped as it would be without the sanitizer.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ASAN_OPTIONS"_s, env.value(u"ASAN_OPTIONS"_s) + u":quarantine_size_mb=0"_s);
        cli.setProcessEnvironment(env);
#endif
        cli.start(cliPath(), {u"catch"_s, u"--max-body"_s, u"256M"_s});
        QVERIFY2(cli.waitForStarted(), qPrintable(cli.errorString()));
        const quint16 port = quint16(nextJsonLine(cli).value(u"port"_s).toInt());
        QVERIFY(port != 0);
        cli.setReadChannel(QProcess::StandardOutput);
        const qint64 before = residentKb(cli.processId());
        QVERIFY(before > 0);

        constexpr qint64 kBody = 200 * 1024 * 1024;
        Client c;
        QVERIFY(c.connectTo(port));
        c.send("POST /large HTTP/1.1\r\nContent-Type: application/octet-stream\r\nContent-Length: " +
               QByteArray::number(kBody) + "\r\n\r\n");
        const QByteArray chunk(1024 * 1024, 'z');
        for (qint64 sent = 0; sent < kBody; sent += chunk.size()) {
            c.send(chunk);
            while (c.socket.bytesToWrite() > 4 * chunk.size())
                QVERIFY(c.socket.waitForBytesWritten(10000));
        }
        const QJsonObject line = nextJsonLine(cli, 120000);
        QCOMPARE(line.value(u"bodySize"_s).toInteger(), kBody);
        QVERIFY(c.waitFor("{\"ok\":true}", 30000));
        QTest::qWait(300);
        const qint64 after = residentKb(cli.processId());
        qInfo("catch resident: %lld KiB before, %lld KiB after a 200 MiB body", before, after);
        QVERIFY2(after < before + 50 * 1024, qPrintable(u"%1 KiB before, %2 KiB after"_s.arg(before).arg(after)));
        cli.terminate();
        QVERIFY(cli.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestReceiverLimits)
#include "tst_receiver_limits.moc"

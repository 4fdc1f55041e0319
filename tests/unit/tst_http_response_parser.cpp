// The sender's HTTP/1.1 response reader, fed whole and one byte at a time: framing, interim responses,
// chunked bodies, and each limit with the message that names it.
#include "HttpResponseParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using State = HttpResponseParser::State;
using Failure = HttpResponseParser::Failure;

namespace {

/// Feeds `bytes` whole or one byte at a time; returns the bytes used.
qsizetype feedAll(HttpResponseParser& p, const QByteArray& bytes, bool byteByByte)
{
    if (!byteByByte)
        return p.feed(bytes);
    qsizetype used = 0;
    for (qsizetype i = 0; i < bytes.size() && p.state() <= State::Body; ++i)
        used += p.feed(QByteArrayView(bytes).sliced(i, 1));
    return used;
}

} // namespace

class TestHttpResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void responses_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("head");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("keepAlive");
        QTest::addColumn<qsizetype>("rest"); ///< bytes after the response, not used

        QTest::newRow("length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhelloNEXT") << false << 200
                                << "hello"_ba << true << qsizetype(4);
        QTest::newRow("bare LF") << QByteArray("HTTP/1.1 201 Created\nContent-Length: 2\n\nok") << false << 201
                                 << "ok"_ba << true << qsizetype(0);
        QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                               "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: 1\r\n\r\n")
                                 << false << 200 << "hello world"_ba << true << qsizetype(0);
        QTest::newRow("interim first") << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n")
                                       << false << 204 << QByteArray() << true << qsizetype(0);
        QTest::newRow("HEAD has no body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\n") << true << 200
                                          << QByteArray() << true << qsizetype(0);
        QTest::newRow("close") << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1\r\n\r\nx")
                               << false << 200 << "x"_ba << false << qsizetype(0);
        QTest::newRow("1.0 without keep-alive") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\nx") << false
                                                << 200 << "x"_ba << false << qsizetype(0);
    }

    void responses()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, head);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, keepAlive);
        QFETCH(qsizetype, rest);
        for (const bool byteByByte : {false, true}) {
            HttpResponseParser p({}, head);
            const qsizetype used = feedAll(p, input, byteByByte);
            QCOMPARE(p.state(), State::Complete);
            QCOMPARE(used, input.size() - rest);
            QCOMPARE(p.status(), status);
            QCOMPARE(p.body(), body);
            QCOMPARE(p.keepAlive(), keepAlive);
        }
    }

    void untilTheConnectionCloses()
    {
        HttpResponseParser p;
        p.feed("HTTP/1.1 200 OK\r\n\r\nsome");
        p.feed(" more");
        QCOMPARE(p.state(), State::Body);
        p.endOfStream();
        QCOMPARE(p.state(), State::Complete);
        QCOMPARE(p.body(), "some more"_ba);
        QVERIFY(!p.keepAlive());
    }

    void bodyBeyondTheKeptPartIsCounted()
    {
        ResponseLimits limits;
        limits.maxKeptBody = 10;
        HttpResponseParser p(limits);
        p.feed("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n");
        p.feed(QByteArray(1000, 'b'));
        QCOMPARE(p.state(), State::Complete);
        QCOMPARE(p.body().size(), 10);
        QCOMPARE(p.bodySize(), 1000);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("message");
        const QByteArray status = "HTTP/1.1 200 OK\r\n";
        QByteArray many = status;
        for (int i = 0; i < 101; ++i)
            many += "X-N: 1\r\n";
        QByteArray big = status;
        for (int i = 0; i < 10; ++i)
            big += "X-Big: " + QByteArray(8000, 'b') + "\r\n";
        QTest::newRow("too many header lines")
            << many << int(Failure::TooManyHeaders) << u"the response has more than 100 header lines"_s;
        QTest::newRow("head too large") << big << int(Failure::HeadTooLarge)
                                        << u"the response head (status line and headers) is larger than 64 KiB"_s;
        QTest::newRow("header line too long")
            << status + "X-Long: " + QByteArray(17000, 'l') << int(Failure::LineTooLong)
            << u"a line of the response is longer than 16 KiB"_s;
        QTest::newRow("status line too long") << "HTTP/1.1 200 " + QByteArray(17000, 'r') << int(Failure::LineTooLong)
                                              << u"the status line of the response is longer than 16 KiB"_s;
        QTest::newRow("not HTTP") << "SSH-2.0-OpenSSH\r\n"_ba << int(Failure::Malformed)
                                  << u"the status line is not HTTP/1.x: \"SSH-2.0-OpenSSH\""_s;
        QTest::newRow("Content-Length not digits")
            << status + "Content-Length: 12abc\r\n\r\n"
            << int(Failure::Malformed) << u"the response has an invalid Content-Length \"12abc\""_s;
        QTest::newRow("Content-Length twice, different")
            << status + "Content-Length: 1\r\nContent-Length: 2\r\n\r\n"
            << int(Failure::Malformed) << u"the response has an invalid Content-Length \"2\""_s;
        QTest::newRow("chunk size not hex")
            << status + "Transfer-Encoding: chunked\r\n\r\nzz\r\n"
            << int(Failure::Malformed) << u"the response has an invalid chunk size \"zz\""_s;
        QTest::newRow("chunk size overflows")
            << status + "Transfer-Encoding: chunked\r\n\r\n" + QByteArray(20, 'f') + "\r\n"
            << int(Failure::Malformed) << u"the response has an invalid chunk size \"ffffffffffffffffffff\""_s;
        QTest::newRow("chunk size line without end")
            << status + "Transfer-Encoding: chunked\r\n\r\n" + QByteArray(17000, '0') << int(Failure::LineTooLong)
            << u"a line of the response is longer than 16 KiB"_s;
    }

    void refused()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, failure);
        QFETCH(QString, message);
        for (const bool byteByByte : {false, true}) {
            HttpResponseParser p;
            feedAll(p, input, byteByByte);
            QCOMPARE(p.state(), State::Failed);
            QCOMPARE(int(p.failure()), failure);
            QCOMPARE(p.error(), message);
        }
    }

    void anEndlessHeadIsStoppedAtTheLimit()
    {
        // However long the stream, the parser holds no more than one line and stops at the limit.
        HttpResponseParser p;
        qsizetype used = p.feed("HTTP/1.1 200 OK\r\n");
        const QByteArray line = "X-Filler: " + QByteArray(100, 'f') + "\r\n";
        for (int i = 0; i < 100000 && p.state() == State::Head; ++i)
            used += p.feed(line);
        QCOMPARE(p.state(), State::Failed);
        QVERIFY(used <= ResponseLimits{}.maxHeadBytes);
    }

    void truncated()
    {
        HttpResponseParser p;
        p.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc");
        p.endOfStream();
        QCOMPARE(p.failure(), Failure::Truncated);
        QVERIFY(p.headComplete());
        QCOMPARE(p.contentLength(), std::optional<qint64>(10));
        QCOMPARE(p.bodySize(), 3);
    }
};

QTEST_APPLESS_MAIN(TestHttpResponseParser)
#include "tst_http_response_parser.moc"

// HttpSender against a fault-injecting server: every failure a real server can produce ends in the
// documented outcome, quickly, with a message for a person and a bounded body.
#include "FaultServer.h"
#include "HttpSender.h"
#include "SendSupport.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace hooksmith::test;
using Outcome = AttemptResult::Outcome;
using Action = FaultServer::Action;

namespace {

AttemptOptions quick(int timeoutMs = 500)
{
    AttemptOptions o;
    o.timeoutMs = timeoutMs;
    return o;
}

QString describe(const AttemptResult& r)
{
    return u"outcome %1, status %2, message: %3"_s.arg(int(r.outcome)).arg(r.status).arg(r.errorMessage);
}

} // namespace

class TestHttpFaults : public QObject
{
    Q_OBJECT

private:
    // Sends one rendered POST to `server` and returns the result.
    std::optional<AttemptResult> post(FaultServer& server, const AttemptOptions& options = quick(),
                                      const QString& path = u"/hook"_s)
    {
        TestHook hook(server.url(path));
        return sendAndWait(m_sender, hook.render(), options);
    }

    // A connection that ended without a valid response. Qt's HTTP stack then writes the request again
    // on a new connection, up to 3 more times: the result says how often, and so does the message.
    static void expectNoValidResponse(const AttemptResult& r, const FaultServer& server)
    {
        const QString where = u"127.0.0.1:%1"_s.arg(server.port());
        QVERIFY2(r.errorMessage.startsWith(u"the connection to %1 ended without a valid HTTP response"_s.arg(where)) ||
                     r.errorMessage.startsWith(where + u" reset the connection"_s),
                 qPrintable(r.errorMessage));
        QCOMPARE(r.requestsSent, int(server.requests().size()));
        QVERIFY(r.requestsSent >= 1 && r.requestsSent <= 4);
        if (r.requestsSent > 1)
            QVERIFY(r.errorMessage.contains(u"the request was sent %1 times"_s.arg(r.requestsSent)));
    }

    HttpSender m_sender;

private Q_SLOTS:
    void connectionRefused()
    {
        const quint16 port = FaultServer::closedPort();
        TestHook hook(QUrl(u"http://127.0.0.1:%1/hook"_s.arg(port)));
        const auto r = sendAndWait(m_sender, hook.render(), quick());
        QVERIFY(r);
        QCOMPARE(r->outcome, Outcome::NetworkError);
        QCOMPARE(r->status, 0);
        QCOMPARE(r->errorMessage, u"connection refused by 127.0.0.1:%1"_s.arg(port));
        QCOMPARE(r->remoteAddress, u"127.0.0.1:%1"_s.arg(port));
    }

    void resetOnRequest()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(Action::reset());
        const auto r = post(server);
        QVERIFY(r);
        QVERIFY2(r->outcome == Outcome::NetworkError, qPrintable(describe(*r)));
        QCOMPARE(r->status, 0);
        expectNoValidResponse(*r, server);
    }

    void hangPastTheTimeout()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(Action::hang());
        const auto r = post(server);
        QVERIFY(r);
        QVERIFY2(r->outcome == Outcome::Timeout, qPrintable(describe(*r)));
        QCOMPARE(r->errorMessage, u"no complete response within 0.5 s: 127.0.0.1:%1 took the request but did not "
                                  u"answer"_s.arg(server.port()));
        QVERIFY(r->timings.finishedMs >= 500);
        QVERIFY(r->timings.requestSentMs >= 0);
        QCOMPARE(r->timings.firstByteMs, -1);
        QCOMPARE(server.requests().size(), 1);
    }

    void dripSlowerThanTheTimeout()
    {
        FaultServer server;
        QVERIFY(server.listen());
        // A complete, valid response, but at one byte per 100 ms it would take seconds.
        server.setDefaultAction(
            Action::drip("HTTP/1.1 200 OK\r\nContent-Length: 40\r\n\r\n" + QByteArray(40, 'x'), 100));
        const auto r = post(server);
        QVERIFY(r);
        QVERIFY2(r->outcome == Outcome::Timeout, qPrintable(describe(*r)));
        QVERIFY2(r->errorMessage.startsWith(u"no complete response within 0.5 s"_s), qPrintable(r->errorMessage));
        QVERIFY(r->body.size() < 40);
    }

    void malformedStatusLine_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::newRow("status not a number") << QByteArray("HTTP/1.1 abc Nope\r\nContent-Length: 0\r\n\r\n");
        QTest::newRow("not HTTP") << QByteArray("HTTX/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        QTest::newRow("no status") << QByteArray("HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
    }

    void malformedStatusLine()
    {
        QFETCH(QByteArray, response);
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(Action::raw(response));
        const auto r = post(server);
        QVERIFY(r);
        QVERIFY2(r->outcome == Outcome::NetworkError, qPrintable(describe(*r)));
        expectNoValidResponse(*r, server);
    }

    void garbage()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(Action::garbage());
        const auto r = post(server);
        QVERIFY(r);
        QVERIFY2(r->outcome == Outcome::NetworkError, qPrintable(describe(*r)));
        expectNoValidResponse(*r, server);
        QVERIFY(r->body.isEmpty());
    }

    void redirectIsAFailureByDefault()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(Action::redirect(302, "/hook"));
        const auto r = post(server);
        QVERIFY(r);
        QVERIFY2(r->outcome == Outcome::HttpError, qPrintable(describe(*r)));
        QCOMPARE(r->status, 302);
        QCOMPARE(r->errorMessage, u"redirected with 302 Found to /hook; this webhook does not follow redirects"_s);
        QCOMPARE(server.requests().size(), 1);
    }

    void redirectLoopStopsAfterTen()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(Action::redirect(302, "/hook"));
        AttemptOptions o = quick(5000);
        o.followRedirects = true;
        const auto r = post(server, o);
        QVERIFY(r);
        QVERIFY2(r->outcome == Outcome::HttpError, qPrintable(describe(*r)));
        QCOMPARE(r->status, 302);
        QCOMPARE(r->redirectCount, HttpSender::kMaxRedirects);
        QVERIFY2(r->errorMessage.startsWith(u"gave up after 10 redirects"_s), qPrintable(r->errorMessage));
        QCOMPARE(server.requests().size(), 1 + HttpSender::kMaxRedirects);
    }

    void redirectFollowedKeepsMethodAndBody()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.enqueue(Action::redirect(307, "/moved?x=1"));
        AttemptOptions o = quick(5000);
        o.followRedirects = true;
        TestHook hook(server.url(u"/hook"_s));
        const RenderedRequest request = hook.render();
        const auto r = sendAndWait(m_sender, request, o);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(describe(*r)));
        QCOMPARE(r->redirectCount, 1);
        QCOMPARE(r->finalUrl, server.url(u"/moved?x=1"_s));
        QCOMPARE(server.requests().size(), 2);
        const QByteArray second = server.requests().at(1);
        QVERIFY(second.startsWith("POST /moved?x=1 HTTP/1.1\r\n"));
        QVERIFY(second.endsWith(QByteArray("\r\n\r\n" + request.body)));
        QVERIFY(r->requestHead.startsWith("POST /moved?x=1 HTTP/1.1\r\n"));
    }

    void seeOtherBecomesGetWithoutBody()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.enqueue(Action::redirect(303, "/result"));
        AttemptOptions o = quick(5000);
        o.followRedirects = true;
        const auto r = post(server, o);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(describe(*r)));
        const QByteArray second = server.requests().at(1);
        QVERIFY(second.startsWith("GET /result HTTP/1.1\r\n"));
        QVERIFY(second.endsWith("\r\n\r\n"));
        QVERIFY(!second.contains("Content-Length"));
        QVERIFY(!second.contains("Content-Type"));
    }

    void credentialsDoNotFollowToAnotherOrigin()
    {
        FaultServer other;
        QVERIFY(other.listen());
        FaultServer server;
        QVERIFY(server.listen());
        server.enqueue(Action::redirect(307, other.url(u"/elsewhere"_s).toEncoded()));
        TestHook hook(server.url(u"/hook"_s));
        hook.webhook().auth.type = AuthType::Basic;
        hook.webhook().auth.username = u"user"_s;
        hook.secrets.password = u"secret"_s;
        AttemptOptions o = quick(5000);
        o.followRedirects = true;
        const auto r = sendAndWait(m_sender, hook.render(), o);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(describe(*r)));
        QVERIFY(server.requests().at(0).contains("\r\nAuthorization: Basic "));
        QCOMPARE(other.requests().size(), 1);
        QVERIFY(!other.requests().at(0).contains("Authorization"));
        const QByteArray host = "\r\nHost: 127.0.0.1:" + QByteArray::number(other.port()) + "\r\n";
        QVERIFY(other.requests().at(0).contains(host));
    }

    void gone()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(Action::respond(410, "Gone", {{"Content-Type", "text/plain"}}, "no such hook"));
        const auto r = post(server);
        QVERIFY(r);
        QCOMPARE(r->outcome, Outcome::HttpError);
        QCOMPARE(r->status, 410);
        QCOMPARE(r->reason, QByteArray("Gone"));
        QCOMPARE(r->body, QByteArray("no such hook"));
        QCOMPARE(r->errorMessage, u"the server answered 410 Gone"_s);
        QVERIFY(!r->retryAfterSeconds);
    }

    void tooManyRequestsWithRetryAfter_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<qint64>("minSeconds");
        QTest::addColumn<qint64>("maxSeconds");
        QTest::newRow("429 seconds") << 429 << QByteArray("7") << qint64(7) << qint64(7);
        QTest::newRow("503 seconds") << 503 << QByteArray("120") << qint64(120) << qint64(120);
        const QByteArray inAMinute =
            QLocale::c()
                .toString(QDateTime::currentDateTimeUtc().addSecs(60), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
                .toLatin1();
        QTest::newRow("429 HTTP date") << 429 << inAMinute << qint64(55) << qint64(60);
    }

    void tooManyRequestsWithRetryAfter()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(qint64, minSeconds);
        QFETCH(qint64, maxSeconds);
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(Action::respond(status, status == 429 ? "Too Many Requests" : "Service Unavailable",
                                                {{"Retry-After", retryAfter}}, "slow down"));
        const auto r = post(server);
        QVERIFY(r);
        QCOMPARE(r->outcome, Outcome::HttpError);
        QCOMPARE(r->status, status);
        QVERIFY(r->retryAfterSeconds);
        QVERIFY2(*r->retryAfterSeconds >= minSeconds && *r->retryAfterSeconds <= maxSeconds,
                 qPrintable(QString::number(*r->retryAfterSeconds)));
    }

    void unavailableThenOk()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.enqueue(Action::respond(503, "Service Unavailable", {{"Retry-After", "1"}}));
        TestHook hook(server.url(u"/hook"_s));
        const RenderedRequest request = hook.render();
        const auto first = sendAndWait(m_sender, request, quick());
        QVERIFY(first);
        QCOMPARE(first->outcome, Outcome::HttpError);
        QCOMPARE(first->status, 503);
        QCOMPARE(first->retryAfterSeconds, std::optional<qint64>(1));
        const auto second = sendAndWait(m_sender, request, quick());
        QVERIFY(second);
        QVERIFY2(second->ok(), qPrintable(describe(*second)));
        QCOMPARE(second->status, 200);
        QCOMPARE(second->body, QByteArray("ok"));
        QVERIFY(second->errorMessage.isEmpty());
        // Both went over one kept-alive connection.
        QCOMPARE(server.connectionCount(), 1);
    }

    void hundredMegabyteBodyIsCountedNotKept()
    {
        FaultServer server;
        QVERIFY(server.listen());
        const qint64 size = 100LL * 1024 * 1024;
        server.setDefaultAction(Action::bigBody(size));
        const auto r = post(server, quick(120000));
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(describe(*r)));
        QCOMPARE(r->bodySize, size);
        QCOMPARE(r->body.size(), AttemptResult::kMaxKeptBody);
        QVERIFY(r->bodyTruncated());
        QCOMPARE(r->body, QByteArray(AttemptResult::kMaxKeptBody, '.'));
    }

    void cutInTheMiddleOfTheBody_data()
    {
        QTest::addColumn<bool>("reset");
        QTest::newRow("reset") << true;
        QTest::newRow("closed") << false;
    }

    void cutInTheMiddleOfTheBody()
    {
        QFETCH(bool, reset);
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(Action::cutMidBody(10000, 4000, reset));
        const auto r = post(server, quick(5000));
        QVERIFY(r);
        QVERIFY2(r->outcome == Outcome::NetworkError,
                 qPrintable(describe(*r) + u" body "_s + QString::number(r->bodySize)));
        QCOMPARE(r->status, 200);
        QVERIFY(r->bodySize <= 4000);
        QVERIFY2(r->errorMessage.contains(u"in the middle of the body"_s), qPrintable(r->errorMessage));
    }

    void unauthorizedIsJustAnAnswer()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(
            Action::respond(401, "Unauthorized", {{"WWW-Authenticate", "Basic realm=\"hooks\""}}, "who are you?"));
        const auto r = post(server);
        QVERIFY(r);
        QCOMPARE(r->outcome, Outcome::HttpError);
        QCOMPARE(r->status, 401);
        QCOMPARE(r->body, QByteArray("who are you?"));
        // No second request with credentials.
        QCOMPARE(server.requests().size(), 1);
    }

    void cookiesAreNeitherKeptNorSent()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(Action::respond(200, "OK", {{"Set-Cookie", "session=abc; Path=/"}}, "ok"));
        QVERIFY(post(server));
        const auto r = post(server);
        QVERIFY(r && r->ok());
        QCOMPARE(server.requests().size(), 2);
        QVERIFY(!server.requests().at(1).contains("Cookie"));
        QVERIFY(!server.requests().at(1).contains("session=abc"));
    }

    void abortEndsWithAbortedOnce()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(Action::hang());
        TestHook hook(server.url(u"/hook"_s));
        ResultCatcher catcher;
        QSignalSpy spy(&catcher, &ResultCatcher::arrived);
        const quint64 id = m_sender.send(hook.render(), quick(20000), catcher.callback());
        QCOMPARE(m_sender.activeCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, 5000);
        m_sender.abort(id);
        QVERIFY(spy.wait(5000));
        QCOMPARE(catcher.results.size(), 1);
        QCOMPARE(catcher.results.front().outcome, Outcome::NetworkError);
        QCOMPARE(catcher.results.front().errorMessage, u"aborted"_s);
        QCOMPARE(m_sender.activeCount(), 0);
        QVERIFY(!spy.wait(200)); // exactly once
    }

    // A callback may run an event loop of its own (a modal dialog, a wait for the keychain). The attempt
    // that called it is still on the stack beneath that loop: it is freed only once the loop has returned,
    // and then without fail.
    void anAttemptOutlivesAnEventLoopInItsCallback()
    {
        FaultServer server;
        QVERIFY(server.listen());
        HttpSender sender;
        TestHook hook(server.url(u"/hook"_s));
        int heldInside = -1;
        int heldLater = -1;
        bool done = false;
        sender.send(hook.render(), quick(5000), [&](const AttemptResult& r) {
            QVERIFY(r.ok());
            QEventLoop nested;
            // Long enough for the freeing to have come round three times, had it not waited.
            QTimer::singleShot(70, &nested, [&] {
                heldInside = sender.attemptsHeld();
                nested.quit();
            });
            nested.exec();
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QCOMPARE(heldInside, 1);
        QCOMPARE(sender.activeCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(sender.attemptsHeld(), 0, 2000);

        // Without a loop of its own, the next turn frees it.
        done = false;
        sender.send(hook.render(), quick(5000), [&](const AttemptResult& r) {
            QVERIFY(r.ok());
            heldLater = sender.attemptsHeld();
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QCOMPARE(heldLater, 1);
        QTRY_COMPARE_WITH_TIMEOUT(sender.attemptsHeld(), 0, 50);
    }

    // A kept-alive connection left unused for the idle timeout is closed; each on its own time.
    void keptConnectionsAreClosedWhenLeftUnused()
    {
        HttpSender sender;
        sender.setIdleConnectionTimeout(1000);
        FaultServer first;
        FaultServer second;
        QVERIFY(first.listen());
        QVERIFY(second.listen());
        const auto a = sendAndWait(sender, TestHook(first.url(u"/hook"_s)).render(), quick());
        QVERIFY(a && a->ok());
        QTest::qWait(500);
        const auto b = sendAndWait(sender, TestHook(second.url(u"/hook"_s)).render(), quick());
        QVERIFY(b && b->ok());
        QCOMPARE(first.openConnectionCount(), 1);
        QCOMPARE(second.openConnectionCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(first.openConnectionCount(), 0, 5000);
        QCOMPARE(second.openConnectionCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(second.openConnectionCount(), 0, 5000);
        // The next request opens a connection again.
        const auto c = sendAndWait(sender, TestHook(first.url(u"/hook"_s)).render(), quick());
        QVERIFY(c && c->ok());
        QCOMPARE(first.connectionCount(), 2);
        QCOMPARE(first.openConnectionCount(), 1);
    }

    // A kept-alive connection that the server closes, or that receives anything while unused, is not used
    // again: the next request goes out once, on a new connection.
    void keptConnectionsClosedOrWrittenToAreNotUsedAgain()
    {
        for (const bool closed : {true, false}) {
            HttpSender sender;
            FaultServer server;
            QVERIFY(server.listen());
            if (closed) {
                Action answer = Action::respond(200, "OK", {}, "ok");
                answer.closeAfter = true;
                server.enqueue(answer);
            } else {
                // A byte after the response, a while after it.
                server.enqueue(Action::drip("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokX", 5));
            }
            const auto a = sendAndWait(sender, TestHook(server.url(u"/hook"_s)).render(), quick());
            QVERIFY(a && a->ok());
            // Closed by the server; or closed by the sender as the byte arrives, long before the idle timeout.
            QTRY_COMPARE_WITH_TIMEOUT(server.openConnectionCount(), 0, 5000);
            QTest::qWait(200);
            const auto b = sendAndWait(sender, TestHook(server.url(u"/hook"_s)).render(), quick());
            QVERIFY(b && b->ok());
            QCOMPARE(b->requestsSent, 1);
            QCOMPARE(server.connectionCount(), 2);
            QCOMPARE(server.requests().size(), 2);
            // The new one is kept and carries the next.
            const auto c = sendAndWait(sender, TestHook(server.url(u"/hook"_s)).render(), quick());
            QVERIFY(c && c->ok());
            QCOMPARE(server.connectionCount(), 2);
        }
    }

    // A kept connection that the server has just closed, before the sender could see it (no turn of its
    // event loop in between): the request fails on it and goes out once more, on a new connection. With a
    // FIN the sender reads the end; with a RST its write already fails.
    void keptConnectionClosedUnseenIsUsedOnceMoreOnANewOne()
    {
        for (const bool reset : {false, true}) {
            HttpSender sender;
            FaultServer server;
            QVERIFY(server.listen());
            const auto a = sendAndWait(sender, TestHook(server.url(u"/hook"_s)).render(), quick());
            QVERIFY(a && a->ok());
            QCOMPARE(server.openConnectionCount(), 1);
            server.closeConnectionsNow(reset);
            QThread::msleep(100); // the FIN or RST reaches the sender's system, not its event loop
            const auto b = sendAndWait(sender, TestHook(server.url(u"/hook"_s)).render(), quick());
            QVERIFY2(b && b->ok(), b ? qPrintable(describe(*b)) : "no result");
            QCOMPARE(server.connectionCount(), 2);
            QCOMPARE(server.requests().size(), 2);
        }
    }

    // Bodies of every size arrive whole, whether they go out with the head in one write, after it, or
    // partly later as the server reads; the connection then carries the next request.
    void requestBodiesOfEverySizeArriveWhole_data()
    {
        QTest::addColumn<int>("payloadBytes");
        QTest::newRow("small") << 10;
        QTest::newRow("just under 64 KiB") << 65000;
        QTest::newRow("over 64 KiB") << 100 * 1024;
        QTest::newRow("8 MiB") << 8 * 1024 * 1024;
    }

    void requestBodiesOfEverySizeArriveWhole()
    {
        QFETCH(int, payloadBytes);
        HttpSender sender;
        FaultServer server;
        QVERIFY(server.listen());
        TestHook hook(server.url(u"/hook"_s));
        const RenderedRequest request = hook.render(JsonValue::string(QString(payloadBytes, u'x')));
        QVERIFY(request.body.size() > payloadBytes);
        const auto r = sendAndWait(sender, request, quick(20000));
        QVERIFY2(r && r->ok(), r ? qPrintable(describe(*r)) : "no result");
        QVERIFY(r->timings.requestSentMs >= 0);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().front(), request.wireHead() + request.body);
        const auto next = sendAndWait(sender, hook.render(), quick());
        QVERIFY(next && next->ok());
        QCOMPARE(server.connectionCount(), 1);
    }

    void maskedRequestsAreNotSent()
    {
        FaultServer server;
        QVERIFY(server.listen());
        TestHook hook(server.url(u"/hook"_s));
        RenderedRequest request = hook.render();
        request.masked = true;
        const auto r = sendAndWait(m_sender, request, quick());
        QVERIFY(r);
        QCOMPARE(r->outcome, Outcome::NetworkError);
        QVERIFY(r->errorMessage.contains(u"****"_s));
        QCOMPARE(server.connectionCount(), 0);
    }

    void responseDetails()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(
            Action::respond(201, "Created", {{"X-One", "1"}, {"Content-Type", "application/json"}}, "{\"id\":7}"));
        TestHook hook(server.url(u"/hook"_s));
        const RenderedRequest request = hook.render();
        const auto r = sendAndWait(m_sender, request, quick(5000));
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(describe(*r)));
        QCOMPARE(r->status, 201);
        QCOMPARE(r->reason, QByteArray("Created"));
        QCOMPARE(r->httpVersion, QByteArray("HTTP/1.1"));
        QCOMPARE(r->requestHead, request.wireHead());
        QCOMPARE(r->remoteAddress, u"127.0.0.1:%1"_s.arg(server.port()));
        QCOMPARE(r->body, QByteArray("{\"id\":7}"));
        const QList<std::pair<QByteArray, QByteArray>> expected{
            {"X-One", "1"}, {"Content-Type", "application/json"}, {"Content-Length", "8"}};
        QCOMPARE(r->headers, expected);
        QVERIFY(r->tls.isEmpty());
        QVERIFY(r->timings.startedAt.isValid());
        QVERIFY(r->timings.requestSentMs >= 0);
        QVERIFY(r->timings.firstByteMs >= r->timings.requestSentMs);
        QVERIFY(r->timings.finishedMs >= r->timings.firstByteMs);
    }
};

QTEST_GUILESS_MAIN(TestHttpFaults)
#include "tst_http_faults.moc"

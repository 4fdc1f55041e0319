// HttpSenderPool: senders on threads of their own, results back on the caller's thread; and the
// sender's queue behind Qt's 6 connections per server, whose waiting attempts start their timeout
// only once they have a connection.
#include "LocalReceiver.h"
#include "SendSupport.h"
#include "SenderPool.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace hooksmith::test;

namespace {

/// A local receiver that answers every request after `delayMs`.
std::unique_ptr<LocalReceiver> slowReceiver(int delayMs)
{
    auto receiver = std::make_unique<LocalReceiver>();
    if (!receiver->listen())
        return nullptr;
    ReceiverReply slow;
    slow.delayMs = delayMs;
    receiver->setReply(slow);
    return receiver;
}

/// 7 requests at once through one sender (Qt opens 6 connections), each answered after `delayMs`.
QList<AttemptResult> sendSeven(int delayMs, int timeoutMs, qint64* elapsedMs)
{
    const auto receiver = slowReceiver(delayMs);
    if (!receiver)
        return {};
    TestHook hook(receiver->url());
    HttpSender sender;
    ResultCatcher catcher;
    AttemptOptions options;
    options.timeoutMs = timeoutMs;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 7; ++i)
        sender.send(hook.render(JsonValue::integer(i)), options, catcher.callback());
    if (!QTest::qWaitFor([&] { return catcher.results.size() == 7; }, 10000))
        qWarning("%lld of 7 answered within 10 s", qlonglong(catcher.results.size()));
    *elapsedMs = clock.elapsed();
    return catcher.results;
}

} // namespace

class TestSenderPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultsComeBackOnTheCallersThread()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setLimit(1000);
        TestHook hook(receiver.url());
        HttpSenderPool pool(3);
        QCOMPARE(pool.size(), 3);

        constexpr int kCount = 60;
        QSet<quint64> ids;
        QHash<quint64, int> calls;
        int ok = 0;
        bool offThread = false;
        for (int i = 0; i < kCount; ++i) {
            quint64 id = 0;
            id = pool.send(hook.render(JsonValue::integer(i)), {}, [&, i](AttemptResult r) {
                Q_UNUSED(i);
                offThread = offThread || QThread::currentThread() != thread();
                ok += r.ok();
                calls[quint64(i)] += 1;
            });
            ids.insert(id);
        }
        QCOMPARE(ids.size(), kCount); // every attempt has an id of its own
        QTRY_COMPARE_WITH_TIMEOUT(int(calls.size()), kCount, 20000);
        QVERIFY(!offThread);
        QCOMPARE(ok, kCount);
        for (int n : std::as_const(calls))
            QCOMPARE(n, 1);
        QCOMPARE(receiver.receivedCount(), quint64(kCount));
        // Spread over the senders: each has connections of its own, so more than 6 were opened.
        QSet<QString> ports; // "127.0.0.1:port" of the client side
        for (const ReceivedRequest& r : receiver.requests())
            ports.insert(r.remoteAddress);
        QVERIFY2(ports.size() > 6, qPrintable(u"%1 connections"_s.arg(ports.size())));
    }

    void anAbortedAttemptEndsOnTheCallersThread()
    {
        const auto receiver = slowReceiver(30000);
        QVERIFY(receiver);
        TestHook hook(receiver->url());
        HttpSenderPool pool(2);
        std::optional<AttemptResult> result;
        bool offThread = false;
        const quint64 id = pool.send(hook.render(), {}, [&](AttemptResult r) {
            offThread = QThread::currentThread() != thread();
            result = std::move(r);
        });
        QTRY_COMPARE_WITH_TIMEOUT(receiver->receivedCount(), quint64(1), 10000);
        pool.abort(id);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!offThread);
        QCOMPARE(result->outcome, AttemptResult::Outcome::NetworkError);
        QCOMPARE(result->errorMessage, u"aborted"_s);
        pool.abort(id); // already over: nothing happens
    }

    void destroyingThePoolDropsWhatIsUnderWay()
    {
        const auto receiver = slowReceiver(30000);
        QVERIFY(receiver);
        TestHook hook(receiver->url());
        int calls = 0;
        {
            HttpSenderPool pool(2);
            for (int i = 0; i < 8; ++i)
                pool.send(hook.render(), {}, [&](AttemptResult) { ++calls; });
            QTRY_COMPARE_WITH_TIMEOUT(receiver->receivedCount(), quint64(8), 10000);
        }
        QTest::qWait(200);
        QCOMPARE(calls, 0);
    }

    /// With inlineAttempts, that many attempts under way at once are sent from the caller's thread; the ones
    /// beyond go to the senders' threads.
    void upToInlineAttemptsAreSentFromTheCallersThread()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setLimit(1000);
        TestHook hook(receiver.url());
        HttpSenderPool pool(2, {}, 3);
        int ended = 0;
        bool offThread = false;
        const auto done = [&](AttemptResult r) {
            offThread = offThread || QThread::currentThread() != thread();
            ended += r.ok();
        };
        // One at a time: each is sent inline, over the one kept-alive connection.
        for (int i = 0; i < 5; ++i) {
            pool.send(hook.render(JsonValue::integer(i)), {}, done);
            QTRY_COMPARE_WITH_TIMEOUT(ended, i + 1, 10000);
        }
        QCOMPARE(pool.inlineSent(), quint64(5));
        QSet<QString> ports;
        for (const ReceivedRequest& r : receiver.requests())
            ports.insert(r.remoteAddress);
        QCOMPARE(ports.size(), 1);
        // Ten at once: the first three are sent inline, the other seven by the senders' threads.
        for (int i = 0; i < 10; ++i)
            pool.send(hook.render(JsonValue::integer(100 + i)), {}, done);
        QCOMPARE(pool.inlineSent(), quint64(8));
        QTRY_COMPARE_WITH_TIMEOUT(ended, 15, 10000);
        QCOMPARE(pool.inlineSent(), quint64(8));
        QVERIFY(!offThread);
        QCOMPARE(receiver.receivedCount(), quint64(15));
        // Once they have ended, the next ones go inline again.
        for (int i = 0; i < 3; ++i)
            pool.send(hook.render(JsonValue::integer(200 + i)), {}, done);
        QCOMPARE(pool.inlineSent(), quint64(11));
        QTRY_COMPARE_WITH_TIMEOUT(ended, 18, 10000);
        // Without inlineAttempts, nothing is sent from the caller's thread.
        HttpSenderPool threadsOnly(1);
        threadsOnly.send(hook.render(), {}, done);
        QTRY_COMPARE_WITH_TIMEOUT(ended, 19, 10000);
        QCOMPARE(threadsOnly.inlineSent(), quint64(0));
    }

    void anInlineAttemptCanBeAbortedOrDropped()
    {
        const auto receiver = slowReceiver(30000);
        QVERIFY(receiver);
        TestHook hook(receiver->url());
        std::optional<AttemptResult> result;
        int secondEnded = 0;
        {
            HttpSenderPool pool(1, {}, 1);
            const quint64 id = pool.send(hook.render(), {}, [&](AttemptResult r) { result = std::move(r); });
            QCOMPARE(pool.inlineSent(), quint64(1));
            QTRY_COMPARE_WITH_TIMEOUT(receiver->receivedCount(), quint64(1), 10000);
            pool.abort(id);
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
            QCOMPARE(result->errorMessage, u"aborted"_s);
            // The inline sender is free again: the next lone attempt goes inline too.
            pool.send(hook.render(), {}, [&](AttemptResult) { ++secondEnded; });
            QCOMPARE(pool.inlineSent(), quint64(2));
            QTRY_COMPARE_WITH_TIMEOUT(receiver->receivedCount(), quint64(2), 10000);
        }
        // Destroyed with an inline attempt under way: its `done` never runs.
        QTest::qWait(200);
        QCOMPARE(secondEnded, 0);
    }

    void aRefusedRequestStillEndsOnce()
    {
        TestHook hook(QUrl(u"http://127.0.0.1:9/"_s));
        RenderedRequest masked = hook.render();
        masked.masked = true;
        HttpSenderPool pool(1);
        int calls = 0;
        QString error;
        pool.send(masked, {}, [&](AttemptResult r) {
            ++calls;
            error = r.errorMessage;
        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
        QVERIFY(error.contains(u"****"_s));
        QTest::qWait(50);
        QCOMPARE(calls, 1);
    }

    /// Qt keeps 6 connections per server and sender and queues the rest. An attempt that waits in
    /// that queue is not timed out for the wait: 7 requests whose answers take 600 ms, with a timeout
    /// of 1 s, all succeed, though the 7th is answered about 1.2 s after it was sent.
    void waitingForAConnectionDoesNotCountAgainstTheTimeout()
    {
        qint64 elapsed = 0;
        const QList<AttemptResult> results = sendSeven(600, 1000, &elapsed);
        QCOMPARE(results.size(), 7);
        QVERIFY2(elapsed >= 1100, qPrintable(QString::number(elapsed)));
        int queued = 0;
        for (const AttemptResult& r : results) {
            QVERIFY2(r.ok(), qPrintable(r.errorMessage));
            if (r.timings.queuedMs > 0) {
                ++queued;
                // It waited for the first answer, then took about as long again.
                QVERIFY2(r.timings.queuedMs >= 500, qPrintable(QString::number(r.timings.queuedMs)));
                QVERIFY(r.timings.finishedMs >= 1100);
            }
        }
        QCOMPARE(queued, 1);
    }

    /// The timeout still applies to an attempt that waited: once it has a connection it gets the
    /// timeout and no more.
    void anAttemptThatWaitedStillTimesOut()
    {
        qint64 elapsed = 0;
        const QList<AttemptResult> results = sendSeven(700, 500, &elapsed);
        QCOMPARE(results.size(), 7);
        int timedOutAfterWaiting = 0;
        for (const AttemptResult& r : results) {
            QCOMPARE(r.outcome, AttemptResult::Outcome::Timeout);
            if (r.timings.queuedMs > 0) {
                ++timedOutAfterWaiting;
                QVERIFY2(r.timings.finishedMs >= r.timings.queuedMs + 450,
                         qPrintable(QString::number(r.timings.finishedMs)));
            }
        }
        QCOMPARE(timedOutAfterWaiting, 1);
    }
};

QTEST_GUILESS_MAIN(TestSenderPool)
#include "tst_sender_pool.moc"

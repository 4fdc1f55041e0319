// The delivery engine with the real HttpSender against a fault-injecting server: every failure ends in
// the documented outcome (docs/delivery.md), with a compressed retry schedule and short timeouts.
#include "DeliveryEngine.h"
#include "Dispatcher.h"
#include "FaultServer.h"
#include "HttpSender.h"
#include "MemoryDeliveryStore.h"
#include "Transport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace hooksmith::test;
using Action = FaultServer::Action;
using Decision = RetryDecision::Action;

namespace {

const QString kDevice = u"tok-faults"_s;

std::shared_ptr<Workspace> workspaceFor(const QUrl& url, int maxAttempts = 3, bool followRedirects = false)
{
    auto ws = std::make_shared<Workspace>();
    ws->devices = {Device{kDevice, u"Fault device"_s, {}, {}}};
    Webhook w = Webhook::createDefault(u"Faulty"_s);
    w.url = url.toString();
    w.devices = {kDevice};
    w.delivery.maxAttempts = maxAttempts;
    w.delivery.timeoutMs = 500;
    w.delivery.followRedirects = followRedirects;
    w.body.append(BodyRow{u"id"_s, u"MESSAGE_ID"_s, {}, true, true, {}});
    ws->webhooks = {w};
    return ws;
}

Signal aSignal(int value = 1)
{
    Signal s;
    s.deviceToken = kDevice;
    s.number = 1;
    s.value = JsonValue::integer(value);
    s.receivedAt = QDateTime::currentDateTimeUtc();
    return s;
}

/// Store, dispatcher, engine and the real sender, wired as the runtime does.
struct Rig
{
    explicit Rig(std::shared_ptr<Workspace> ws, int concurrency = 8)
        : transport(&sender)
        , dispatcher(&store)
        , engine(&store, &transport, options({0, 100}, concurrency))
        , attempts(&engine, &DeliveryEngine::attemptFinished)
        , delivered(&engine, &DeliveryEngine::delivered)
        , failed(&engine, &DeliveryEngine::failed)
        , disabled(&engine, &DeliveryEngine::webhookDisabled)
    {
        dispatcher.setWorkspace(ws);
        engine.setWorkspace(ws);
        engine.start();
    }

    static EngineOptions options(QList<qint64> delays, int concurrency)
    {
        EngineOptions o;
        o.concurrency = concurrency;
        o.schedule.delaysMs = std::move(delays);
        o.schedule.jitter = 0;
        return o;
    }

    AttemptReport report(qsizetype i) const { return attempts.at(i).at(0).value<AttemptReport>(); }
    QString failure() const { return failed.isEmpty() ? QString() : failed.at(0).at(1).toString(); }

    HttpSender sender;
    HttpSenderTransport transport;
    MemoryDeliveryStore store;
    Dispatcher dispatcher;
    DeliveryEngine engine;
    QSignalSpy attempts;
    QSignalSpy delivered;
    QSignalSpy failed;
    QSignalSpy disabled;
};

} // namespace

class TestDeliveryFaults : public QObject
{
    Q_OBJECT

    /// Three attempts that each fail with `errorStart`, then a final failure that names the last one.
    static void expectGivesUp(Rig& rig, const QString& errorStart)
    {
        QTRY_COMPARE_WITH_TIMEOUT(rig.failed.size(), 1, 10000);
        QCOMPARE(rig.attempts.size(), 3);
        QCOMPARE(int(rig.report(0).decision.action), int(Decision::RetryLater));
        QCOMPARE(int(rig.report(1).decision.action), int(Decision::RetryLater));
        QCOMPARE(int(rig.report(2).decision.action), int(Decision::GiveUp));
        for (qsizetype i = 0; i < 3; ++i)
            QVERIFY2(rig.report(i).summary.startsWith(errorStart), qPrintable(rig.report(i).summary));
        QVERIFY2(rig.failure().contains(u"gave up after 3 attempts"_s), qPrintable(rig.failure()));
        QVERIFY(rig.delivered.isEmpty());
    }

private Q_SLOTS:
    void connectionRefused()
    {
        const quint16 port = FaultServer::closedPort();
        Rig rig(workspaceFor(QUrl(u"http://127.0.0.1:%1/hook"_s.arg(port))));
        rig.dispatcher.dispatch(aSignal());
        expectGivesUp(rig, u"connection refused"_s);
        QCOMPARE(rig.report(0).result.outcome, AttemptResult::Outcome::NetworkError);
    }

    void resetByTheServer()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(Action::reset());
        Rig rig(workspaceFor(server.url(u"/hook"_s)));
        rig.dispatcher.dispatch(aSignal());
        QTRY_COMPARE_WITH_TIMEOUT(rig.failed.size(), 1, 10000);
        QCOMPARE(rig.attempts.size(), 3);
        QCOMPARE(rig.report(2).result.outcome, AttemptResult::Outcome::NetworkError);
        QVERIFY2(rig.failure().contains(u"gave up after 3 attempts"_s), qPrintable(rig.failure()));
    }

    void hangPastTheTimeout()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(Action::hang());
        Rig rig(workspaceFor(server.url(u"/hook"_s)));
        rig.dispatcher.dispatch(aSignal());
        expectGivesUp(rig, u"no complete response within 0.5 s"_s);
        QCOMPARE(rig.report(0).result.outcome, AttemptResult::Outcome::Timeout);
        QVERIFY(rig.report(0).durationMs >= 500);
    }

    void slowDrip()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(
            Action::drip("HTTP/1.1 200 OK\r\nContent-Length: 40\r\n\r\n" + QByteArray(40, 'x'), 100));
        Rig rig(workspaceFor(server.url(u"/hook"_s)));
        rig.dispatcher.dispatch(aSignal());
        expectGivesUp(rig, u"no complete response within 0.5 s"_s);
    }

    void malformedStatusLine()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(Action::raw("HTTP/1.1 abc Nope\r\nContent-Length: 0\r\n\r\n"));
        Rig rig(workspaceFor(server.url(u"/hook"_s)));
        rig.dispatcher.dispatch(aSignal());
        QTRY_COMPARE_WITH_TIMEOUT(rig.failed.size(), 1, 10000);
        QCOMPARE(rig.attempts.size(), 3);
        QCOMPARE(rig.report(0).result.outcome, AttemptResult::Outcome::NetworkError);
        QCOMPARE(rig.report(0).result.status, 0);
    }

    void redirectIsAFailureUnlessFollowed()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(Action::redirect(302, server.url(u"/hook"_s).toEncoded()));
        Rig rig(workspaceFor(server.url(u"/hook"_s)));
        rig.dispatcher.dispatch(aSignal());
        expectGivesUp(rig, u"302"_s);
        QCOMPARE(rig.report(0).result.status, 302);
        QCOMPARE(server.requests().size(), 3); // never followed
    }

    void redirectLoopWhenFollowed()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(Action::redirect(302, server.url(u"/hook"_s).toEncoded()));
        Rig rig(workspaceFor(server.url(u"/hook"_s), 1, true));
        rig.dispatcher.dispatch(aSignal());
        QTRY_COMPARE_WITH_TIMEOUT(rig.failed.size(), 1, 10000);
        QCOMPARE(rig.attempts.size(), 1);
        const AttemptReport r = rig.report(0);
        QVERIFY2(r.result.outcome != AttemptResult::Outcome::Success, qPrintable(r.summary));
        QVERIFY2(rig.failure().contains(u"no retries configured"_s), qPrintable(rig.failure()));
        // Bounded: the loop is cut after HttpSender::kMaxRedirects.
        QVERIFY(server.requests().size() <= HttpSender::kMaxRedirects + 2);
    }

    void goneDisablesTheWebhook()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(Action::respond(410, "Gone"));
        Rig rig(workspaceFor(server.url(u"/hook"_s), 8), 1);
        QSignalSpy parked(&rig.engine, &DeliveryEngine::parked);
        rig.dispatcher.dispatch(aSignal(1));
        rig.dispatcher.dispatch(aSignal(2));
        QTRY_COMPARE_WITH_TIMEOUT(rig.failed.size() + parked.size(), 2, 10000);
        QCOMPARE(rig.failed.size(), 1);
        QCOMPARE(rig.disabled.size(), 1);
        QVERIFY2(rig.disabled.at(0).at(1).toString().contains(u"410 Gone"_s),
                 qPrintable(rig.disabled.at(0).at(1).toString()));
        // One request: no retry, and the second delivery to the gone endpoint is not sent.
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(rig.attempts.size(), 1);
        QCOMPARE(int(rig.report(0).decision.action), int(Decision::DisableWebhook));
        // The second one is kept, parked, until the webhook is enabled again.
        QVERIFY(parked.at(0).at(1).toString().contains(u"410 Gone"_s));
        QTRY_VERIFY(rig.engine.isIdle());
    }

    void tooManyRequestsWithRetryAfter()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.enqueue(Action::respond(429, "Too Many Requests", {{"Retry-After", "1"}}));
        server.setDefaultAction(Action::respond(200, "OK", {}, "fine"));
        Rig rig(workspaceFor(server.url(u"/hook"_s)));
        rig.dispatcher.dispatch(aSignal());
        QTRY_COMPARE_WITH_TIMEOUT(rig.delivered.size(), 1, 10000);
        QCOMPARE(rig.attempts.size(), 2);
        const AttemptReport first = rig.report(0);
        QCOMPARE(first.result.status, 429);
        QVERIFY(first.decision.retryAfterHonoured);
        QCOMPARE(first.decision.delayMs, 1000); // not the schedule's 100 ms
        const AttemptReport second = rig.report(1);
        QVERIFY(first.startedAt.msecsTo(second.startedAt) >= 1000);
        QCOMPARE(second.result.status, 200);
    }

    void unavailableThenOk()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.enqueue(Action::respond(503, "Service Unavailable"));
        server.setDefaultAction(Action::respond(200, "OK", {}, "fine"));
        Rig rig(workspaceFor(server.url(u"/hook"_s)));
        const auto d = rig.dispatcher.dispatch(aSignal());
        QTRY_COMPARE_WITH_TIMEOUT(rig.delivered.size(), 1, 10000);
        QCOMPARE(rig.attempts.size(), 2);
        QCOMPARE(rig.report(0).summary, u"503 Service Unavailable"_s);
        QCOMPARE(rig.report(1).attemptNumber, 2);
        QCOMPARE(rig.report(1).result.status, 200);
        // Both requests carry the same message id in the body.
        QCOMPARE(server.requests().size(), 2);
        for (const QByteArray& raw : server.requests())
            QVERIFY(raw.contains(QByteArray("\"id\":\"" + d[0].messageId.toLatin1() + '"')));
        std::optional<OutboxCounts> counts;
        rig.store.counts([&](OutboxCounts c) { counts = c; });
        QTRY_VERIFY(counts.has_value());
        QCOMPARE(counts->pending + counts->failed, 0);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryFaults)
#include "tst_delivery_faults.moc"

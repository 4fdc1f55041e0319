#include "DeliveryEngine.h"
#include "Dispatcher.h"
#include "MemoryDeliveryStore.h"
#include "Outbox.h"
#include "SecretResolver.h"
#include "SecretStore.h"
#include "Transport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

const QString kDevice = u"tok-1"_s;

/// A transport that answers from a script, after `delayMs`, and remembers what was sent.
class FakeTransport : public Transport
{
public:
    struct Sent
    {
        RenderedRequest request;
        AttemptOptions options;
        QDateTime at;
    };
    using Script = std::function<AttemptResult(const RenderedRequest&, int index)>;

    Script script = [](const RenderedRequest&, int) {
        return answer(200);
    };
    int delayMs = 0;
    bool hold = false; ///< keep answers until release()
    QList<Sent> sent;
    int active = 0;
    int maxActive = 0;

    static AttemptResult answer(int status, QByteArray reason = "OK", std::optional<qint64> retryAfter = {})
    {
        AttemptResult r;
        r.status = status;
        r.reason = std::move(reason);
        r.outcome = status >= 200 && status < 300 ? AttemptResult::Outcome::Success : AttemptResult::Outcome::HttpError;
        r.retryAfterSeconds = retryAfter;
        return r;
    }
    static AttemptResult refused()
    {
        AttemptResult r;
        r.outcome = AttemptResult::Outcome::NetworkError;
        r.errorMessage = u"connection refused"_s;
        return r;
    }

    quint64 send(const RenderedRequest& request, const AttemptOptions& options, Done done) override
    {
        const int index = int(sent.size());
        sent.append({request, options, QDateTime::currentDateTimeUtc()});
        ++active;
        maxActive = std::max(maxActive, active);
        const quint64 id = quint64(index) + 1;
        auto finish = [this, done = std::move(done), result = script(request, index)] {
            --active;
            done(result);
        };
        if (hold)
            m_held.append(std::move(finish));
        else
            QTimer::singleShot(delayMs, &m_context, std::move(finish));
        return id;
    }
    void abort(quint64) override {}

    void release()
    {
        const auto held = std::exchange(m_held, {});
        for (const auto& f : held)
            f();
    }

private:
    QObject m_context;
    QList<std::function<void()>> m_held;
};

std::shared_ptr<Workspace> makeWorkspace()
{
    auto ws = std::make_shared<Workspace>();
    ws->userId = u"tester"_s;
    ws->devices = {Device{kDevice, u"Device one"_s, {}, {}}};
    Webhook w = Webhook::createDefault(u"Receiver"_s);
    w.url = u"http://127.0.0.1:9/hook"_s;
    w.devices = {kDevice};
    w.body.append(BodyRow{u"id"_s, u"MESSAGE_ID"_s, {}, true, true, {}});
    w.delivery.maxAttempts = 3;
    // Most cases are about attempts at once; ordered delivery has cases of its own.
    w.delivery.order = DeliveryOrder::None;
    ws->webhooks = {w};
    return ws;
}

Signal signalFrom(const QString& device, int number, double value)
{
    Signal s;
    s.deviceToken = device;
    s.number = number;
    s.value = JsonValue::number(value);
    s.receivedAt = QDateTime::currentDateTimeUtc();
    return s;
}

/// A memory store whose writes of outcomes fail while `failing` is set, as an outbox on a full disk.
class FailingStore : public MemoryDeliveryStore
{
public:
    bool failing = false;
    int refusedWrites = 0;

    void complete(const DeliveryItem& d, StatusDone done = {}) override
    {
        if (refuse(done))
            return;
        MemoryDeliveryStore::complete(d, std::move(done));
    }
    void recordRetry(const DeliveryItem& d, const AttemptRecord& a, const QDateTime& next,
                     StatusDone done = {}) override
    {
        if (refuse(done))
            return;
        MemoryDeliveryStore::recordRetry(d, a, next, std::move(done));
    }

private:
    bool refuse(const StatusDone& done)
    {
        if (!failing)
            return false;
        ++refusedWrites;
        QTimer::singleShot(0, this, [done] {
            if (done)
                done(Error(u"database or disk is full"_s));
        });
        return true;
    }
};

Signal signal(int number = 1, double value = 21.5)
{
    Signal s;
    s.deviceToken = kDevice;
    s.number = number;
    s.value = JsonValue::number(value);
    s.receivedAt = QDateTime::currentDateTimeUtc();
    return s;
}

RetrySchedule fastSchedule(QList<qint64> delays = {0, 20, 20})
{
    RetrySchedule s;
    s.delaysMs = std::move(delays);
    s.jitter = 0;
    return s;
}

/// A keychain that refuses to be read while `locked` is set, as a locked one does.
class LockedSecretStore : public MemorySecretStore
{
public:
    bool locked = true;
    void read(const SecretKey& key, ReadDone done) override
    {
        if (!locked) {
            MemorySecretStore::read(key, std::move(done));
            return;
        }
        QTimer::singleShot(0, this, [done = std::move(done)] { done(Error(u"the keychain is locked"_s)); });
    }
};

/// The store, dispatcher and engine wired as the runtime wires them.
struct Rig
{
    explicit Rig(std::shared_ptr<Workspace> workspace, EngineOptions options = {}, DeliveryStore* external = nullptr)
        : ws(std::move(workspace))
        , store(external ? external : &memory)
        , dispatcher(store)
        , engine(store, &transport, options)
    {
        dispatcher.setWorkspace(ws);
        engine.setWorkspace(ws);
    }

    std::shared_ptr<Workspace> ws;
    MemoryDeliveryStore memory;
    DeliveryStore* store;
    FakeTransport transport;
    Dispatcher dispatcher;
    DeliveryEngine engine;
};

EngineOptions fastOptions()
{
    EngineOptions o;
    o.schedule = fastSchedule();
    return o;
}

/// fastOptions() with room for `concurrency` attempts and `readAhead` more deliveries.
EngineOptions withRoom(int concurrency, int readAhead)
{
    EngineOptions o = fastOptions();
    o.concurrency = concurrency;
    o.readAhead = readAhead;
    return o;
}

/// An open outbox in `dir` (null when it did not open).
template <typename Box = Outbox>
std::unique_ptr<Box> openOutbox(const QTemporaryDir& dir, const QString& name)
{
    auto box = std::make_unique<Box>(dir.filePath(name));
    QSignalSpy opened(box.get(), &Outbox::opened);
    box->open();
    if (!opened.wait(3000) || !opened.at(0).at(0).toBool())
        return nullptr;
    return box;
}

/// A memory store that keeps the outcomes of delivered attempts unwritten while `holding` is set, as a slow disk.
class SlowStore : public MemoryDeliveryStore
{
public:
    bool holding = true;
    int held() const { return int(m_held.size()); }

    void complete(const DeliveryItem& d, StatusDone done = {}) override
    {
        if (!holding) {
            MemoryDeliveryStore::complete(d, std::move(done));
            return;
        }
        m_held.append({d, std::move(done)});
    }
    void writeHeld()
    {
        holding = false;
        for (auto& [d, done] : std::exchange(m_held, {}))
            MemoryDeliveryStore::complete(d, std::move(done));
    }

private:
    QList<std::pair<DeliveryItem, StatusDone>> m_held;
};

/// An outbox that counts the engine's reads of due deliveries.
class CountingOutbox : public Outbox
{
public:
    using Outbox::Outbox;
    int fetches = 0;

    void fetchDue(int limit, const QDateTime& now, FetchDone done) override
    {
        ++fetches;
        Outbox::fetchDue(limit, now, std::move(done));
    }
};

/// The payloads of the requests sent for `device`, in the order they were sent.
QList<int> valuesSentFor(const FakeTransport& transport, const QString& device)
{
    QList<int> values;
    for (const auto& sent : transport.sent) {
        const QByteArray& body = sent.request.body;
        if (!body.contains(device.toLatin1()))
            continue;
        const qsizetype at = body.indexOf("\"payload\":") + 10;
        values.append(body.mid(at, body.indexOf(',', at) - at).toInt());
    }
    return values;
}

/// The first `count` attempts carried the signals dispatched with the values 0 to `count` - 1, in order.
void expectAttemptedInOrder(const FakeTransport& transport, int count)
{
    QVERIFY(transport.sent.size() >= count);
    for (int i = 0; i < count; ++i) {
        const QByteArray& body = transport.sent[i].request.body;
        QVERIFY2(body.contains(QByteArray("\"payload\":" + QByteArray::number(i) + ',')),
                 qPrintable(u"attempt %1: %2"_s.arg(i).arg(QString::fromUtf8(body))));
    }
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversWhatTheRendererProduces()
    {
        Rig rig(makeWorkspace(), fastOptions());
        QSignalSpy delivered(&rig.engine, &DeliveryEngine::delivered);
        rig.engine.start();
        const QList<DeliveryItem> d = rig.dispatcher.dispatch(signal(1, 21.5));
        QCOMPARE(d.size(), 1);
        QVERIFY(delivered.wait(2000));
        QCOMPARE(rig.transport.sent.size(), 1);
        const RenderedRequest& r = rig.transport.sent[0].request;
        QCOMPARE(r.url.toString(), u"http://127.0.0.1:9/hook"_s);
        QVERIFY2(r.body.contains("\"payload\":21.5"), r.body.constData());
        QVERIFY2(r.body.contains(QByteArray("\"id\":\"" + d[0].messageId.toLatin1() + '"')), r.body.constData());
        QCOMPARE(rig.transport.sent[0].options.timeoutMs, 15000);
        const auto report = delivered.at(0).at(0).value<AttemptReport>();
        QCOMPARE(report.summary, u"200 OK"_s);
        QCOMPARE(report.attemptInRound, 1);
        QCOMPARE(report.maxAttempts, 3);
        QTRY_VERIFY(rig.engine.isIdle());
        QCOMPARE(rig.engine.stats().delivered, 1u);
    }

    void rendersEachAttemptOnceAndReportsItMasked()
    {
        auto ws = makeWorkspace();
        Webhook& w = ws->webhooks[0];
        w.auth.type = AuthType::Basic;
        w.auth.username = u"bob"_s;
        w.auth.password = u"{{env:ENGINE_PASSWORD}}"_s;
        w.signing.scheme = SigningScheme::StandardWebhooks;
        w.signing.secret = u"{{env:ENGINE_SIGNING}}"_s;
        w.body.append(BodyRow{u"token"_s, {}, u"{{env:ENGINE_TOKEN}}"_s, false, true, {}});
        EngineOptions options = fastOptions();
        options.reportRequests = true;
        Rig rig(ws, options);
        rig.engine.setEnvironment([](const QString& name) -> std::optional<QString> {
            if (name == u"ENGINE_PASSWORD"_s)
                return u"hunter2"_s;
            if (name == u"ENGINE_SIGNING"_s)
                return u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;
            if (name == u"ENGINE_TOKEN"_s)
                return u"t0ken-x"_s;
            return std::nullopt;
        });
        rig.transport.script = [](const RenderedRequest&, int index) {
            return index < 2 ? FakeTransport::answer(503, "Service Unavailable") : FakeTransport::answer(200);
        };
        QSignalSpy finished(&rig.engine, &DeliveryEngine::attemptFinished);
        QSignalSpy delivered(&rig.engine, &DeliveryEngine::delivered);
        const quint64 passes = Renderer::passCount();
        rig.engine.start();
        rig.dispatcher.dispatch(signal());
        QVERIFY(delivered.wait(5000));
        QCOMPARE(finished.size(), 3);
        // Signed and reported: one render per attempt (it was three: the request, then a masked
        // render that rendered the real one again for the signature), and one for the validator's check of
        // the webhook's URL, once per workspace snapshot.
        QCOMPARE(Renderer::passCount() - passes, quint64(3 + 1));
        for (int i = 0; i < 3; ++i) {
            const RenderedRequest& sent = rig.transport.sent[i].request;
            QCOMPARE(sent.headerValue("Authorization"), "Basic " + QByteArray("bob:hunter2").toBase64());
            QVERIFY(sent.body.endsWith(",\"token\":\"t0ken-x\"}"));
            const auto report = finished.at(i).at(0).value<AttemptReport>();
            QVERIFY(report.request);
            QVERIFY(report.request->masked);
            QCOMPARE(report.request->headerValue("Authorization"), QByteArray("Basic ****"));
            QVERIFY(report.request->body.endsWith(",\"token\":\"****\"}"));
            QCOMPARE(report.request->headerValue("Content-Length"), QByteArray::number(sent.body.size()));
            QCOMPARE(report.request->headerValue("webhook-signature"), sent.headerValue("webhook-signature"));
        }
    }

    void retriesWithTheSameMessageIdAndAFreshSignature()
    {
        auto ws = makeWorkspace();
        ws->webhooks[0].signing.scheme = SigningScheme::StandardWebhooks;
        ws->webhooks[0].signing.secret = u"{{env:ENGINE_TEST_SECRET}}"_s;
        EngineOptions options;
        options.schedule = fastSchedule({0, 1100});
        Rig rig(ws, options);
        rig.engine.setEnvironment([](const QString& name) -> std::optional<QString> {
            if (name == u"ENGINE_TEST_SECRET"_s)
                return u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;
            return std::nullopt;
        });
        rig.transport.script = [](const RenderedRequest&, int index) {
            return index == 0 ? FakeTransport::answer(503, "Service Unavailable") : FakeTransport::answer(200);
        };
        QSignalSpy finished(&rig.engine, &DeliveryEngine::attemptFinished);
        QSignalSpy delivered(&rig.engine, &DeliveryEngine::delivered);
        rig.engine.start();
        const auto d = rig.dispatcher.dispatch(signal());
        QVERIFY(delivered.wait(5000));
        QCOMPARE(rig.transport.sent.size(), 2);
        const auto first = finished.at(0).at(0).value<AttemptReport>();
        QCOMPARE(first.summary, u"503 Service Unavailable"_s);
        QCOMPARE(int(first.decision.action), int(RetryDecision::Action::RetryLater));
        QCOMPARE(first.decision.delayMs, 1100);
        const RenderedRequest& a = rig.transport.sent[0].request;
        const RenderedRequest& b = rig.transport.sent[1].request;
        QCOMPARE(a.headerValue("webhook-id"), d[0].messageId.toLatin1());
        QCOMPARE(b.headerValue("webhook-id"), d[0].messageId.toLatin1());
        QVERIFY(a.headerValue("webhook-timestamp") != b.headerValue("webhook-timestamp"));
        QVERIFY(a.headerValue("webhook-signature") != b.headerValue("webhook-signature"));
        QCOMPARE(a.body, b.body);
        QVERIFY(rig.transport.sent[0].at.msecsTo(rig.transport.sent[1].at) >= 1100);
        const auto second = delivered.at(0).at(0).value<AttemptReport>();
        QCOMPARE(second.attemptNumber, 2);
    }

    void honoursTheConcurrencyLimit()
    {
        EngineOptions options = fastOptions();
        options.concurrency = 3;
        Rig rig(makeWorkspace(), options);
        rig.transport.hold = true;
        QSignalSpy delivered(&rig.engine, &DeliveryEngine::delivered);
        rig.engine.start();
        for (int i = 0; i < 20; ++i)
            rig.dispatcher.dispatch(signal(1, i));
        // Three at a time, every time, until all 20 are done.
        int done = 0;
        while (done < 20) {
            const int batch = std::min(3, 20 - done);
            QTRY_COMPARE(rig.transport.active, batch);
            rig.transport.release();
            done += batch;
            QTRY_COMPARE(int(delivered.size()), done);
        }
        QCOMPARE(rig.transport.maxActive, 3);
        QCOMPARE(rig.transport.sent.size(), 20);
        // Dispatched order is attempted order.
        expectAttemptedInOrder(rig.transport, 20);
    }

    void startsNewDeliveriesFromTheOutboxWithoutReadingThemBack()
    {
        QTemporaryDir dir;
        const auto outbox = openOutbox(dir, u"handout.outbox.sqlite"_s);
        QVERIFY(outbox);
        Outbox& box = *outbox;
        Rig rig(makeWorkspace(), withRoom(2, 1), &box);
        rig.transport.hold = true;
        QSignalSpy delivered(&rig.engine, &DeliveryEngine::delivered);
        QSignalSpy handedOut(&box, &DeliveryStore::acceptedHandedOut);
        rig.engine.start();
        QTRY_VERIFY(rig.engine.isIdle());

        // An idle engine gets a new delivery with its acceptance and starts it.
        QSignalSpy accepted(&box, &DeliveryStore::accepted);
        rig.dispatcher.dispatch(signal(1, 0));
        QVERIFY(accepted.wait(3000));
        QCOMPARE(handedOut.size(), 1);
        QCOMPARE(rig.transport.sent.size(), 1);

        // Room for two more (one attempt, one read ahead): the rest wait in the outbox and are fetched
        // as room frees up, in the order they were dispatched.
        for (int i = 1; i < 8; ++i)
            rig.dispatcher.dispatch(signal(1, i));
        QTRY_COMPARE(rig.transport.active, 2);
        while (delivered.size() < 8) {
            rig.transport.release();
            QTRY_VERIFY(rig.transport.active > 0 || delivered.size() == 8);
        }
        QCOMPARE(rig.transport.maxActive, 2);
        QCOMPARE(rig.transport.sent.size(), 8);
        expectAttemptedInOrder(rig.transport, 8);
        int handed = 0;
        for (const auto& args : handedOut)
            handed += int(args.at(0).value<QList<DeliveryItem>>().size());
        QVERIFY2(handed >= 2 && handed < 8, qPrintable(QString::number(handed)));
        QTRY_VERIFY(rig.engine.isIdle());
        std::optional<OutboxCounts> counts;
        box.counts([&](OutboxCounts c) { counts = c; });
        QTRY_VERIFY(counts.has_value());
        QCOMPARE(counts->pending, 0);
    }

    void newDeliveriesNeverOvertakeOlderOnesWaitingInTheOutbox()
    {
        QTemporaryDir dir;
        const auto outbox = openOutbox(dir, u"order.outbox.sqlite"_s);
        QVERIFY(outbox);
        Outbox& box = *outbox;
        Rig rig(makeWorkspace(), withRoom(1, 1), &box);
        QSignalSpy delivered(&rig.engine, &DeliveryEngine::delivered);
        QSignalSpy handedOut(&box, &DeliveryStore::acceptedHandedOut);
        rig.engine.start();
        QTRY_VERIFY(rig.engine.isIdle());
        // Signals in groups of 1 to 4 per event-loop turn: the engine's room (2) runs out inside groups
        // again and again, while the next groups are being stored.
        constexpr int kSignals = 300;
        int next = 0;
        QTimer feeder;
        connect(&feeder, &QTimer::timeout, this, [&] {
            for (int i = 0; i < 1 + next % 4 && next < kSignals; ++i)
                rig.dispatcher.dispatch(signal(1, next++));
            if (next == kSignals)
                feeder.stop();
        });
        feeder.start(0);
        QTRY_COMPARE_WITH_TIMEOUT(int(delivered.size()), kSignals, 30000);
        QVERIFY(!handedOut.isEmpty());
        expectAttemptedInOrder(rig.transport, kSignals);
    }

    void givesUpAfterMaxAttemptsAndKeepsTheFailure()
    {
        Rig rig(makeWorkspace(), fastOptions());
        rig.transport.script = [](const RenderedRequest&, int) {
            return FakeTransport::refused();
        };
        QSignalSpy failed(&rig.engine, &DeliveryEngine::failed);
        rig.engine.start();
        const auto d = rig.dispatcher.dispatch(signal());
        QVERIFY(failed.wait(3000));
        QCOMPARE(rig.transport.sent.size(), 3);
        const QString reason = failed.at(0).at(1).toString();
        QVERIFY2(reason.contains(u"3 attempts"_s) && reason.contains(u"connection refused"_s), qPrintable(reason));
        std::optional<QList<AttemptRecord>> attempts;
        rig.store->attempts(d[0].messageId, [&](QList<AttemptRecord> a) { attempts = a; });
        QTRY_VERIFY(attempts.has_value());
        QCOMPARE(attempts->size(), 3);
        QCOMPARE(attempts->at(2).number, 3);
        QCOMPARE(attempts->at(2).error, u"connection refused"_s);

        // Retry by hand: a new round of three attempts; this time the receiver answers.
        rig.transport.script = [](const RenderedRequest&, int) {
            return FakeTransport::answer(204, "No Content");
        };
        QSignalSpy delivered(&rig.engine, &DeliveryEngine::delivered);
        rig.engine.retryNow({d[0].messageId});
        QVERIFY(delivered.wait(2000));
        const auto report = delivered.at(0).at(0).value<AttemptReport>();
        QCOMPARE(report.attemptNumber, 4);
        QCOMPARE(report.attemptInRound, 1);
    }

    void goneDisablesTheWebhook()
    {
        auto ws = makeWorkspace();
        Webhook other = Webhook::createDefault(u"Other"_s);
        other.url = u"http://127.0.0.1:9/other"_s;
        other.devices = {kDevice};
        ws->webhooks.append(other);
        EngineOptions options = fastOptions();
        options.concurrency = 1;
        Rig rig(ws, options);
        rig.transport.script = [](const RenderedRequest& r, int) {
            return r.url.path() == u"/hook"_s ? FakeTransport::answer(410, "Gone") : FakeTransport::answer(200);
        };
        QSignalSpy disabled(&rig.engine, &DeliveryEngine::webhookDisabled);
        QSignalSpy failed(&rig.engine, &DeliveryEngine::failed);
        QSignalSpy delivered(&rig.engine, &DeliveryEngine::delivered);
        for (int i = 0; i < 3; ++i)
            rig.dispatcher.dispatch(signal(1, i));
        rig.engine.start();
        QVERIFY(disabled.wait(2000));
        QCOMPARE(disabled.at(0).at(0).toString(), ws->webhooks[0].id);
        QVERIFY(disabled.at(0).at(1).toString().contains(u"410 Gone"_s));
        QTRY_VERIFY(rig.engine.isIdle());
        // One request went to the gone endpoint; the others to it were parked without being sent: they wait
        // until the user enables the webhook again (or drops them).
        int toGone = 0;
        for (const auto& s : rig.transport.sent)
            toGone += s.request.url.path() == u"/hook"_s;
        QCOMPARE(toGone, 1);
        QCOMPARE(delivered.size(), 3);
        QCOMPARE(failed.size(), 1);
        std::optional<OutboxCounts> counts;
        rig.store->counts([&](OutboxCounts c) { counts = c; });
        QTRY_VERIFY(counts.has_value());
        QCOMPARE(counts->failed, 1);
        QCOMPARE(counts->parked, 2);
        QCOMPARE(counts->pending, 0);
    }

    void honoursRetryAfter()
    {
        Rig rig(makeWorkspace(), fastOptions());
        rig.transport.script = [](const RenderedRequest&, int index) {
            return index == 0 ? FakeTransport::answer(429, "Too Many Requests", 1) : FakeTransport::answer(200);
        };
        QSignalSpy delivered(&rig.engine, &DeliveryEngine::delivered);
        rig.engine.start();
        rig.dispatcher.dispatch(signal());
        QVERIFY(delivered.wait(5000));
        QCOMPARE(rig.transport.sent.size(), 2);
        // The schedule says 20 ms; the server asked for 1 s.
        QVERIFY(rig.transport.sent[0].at.msecsTo(rig.transport.sent[1].at) >= 1000);
    }

    void missingSecretsFailAtOnceAndARetryByHandChecksAgain()
    {
        auto ws = makeWorkspace();
        ws->webhooks[0].auth.type = AuthType::Basic;
        ws->webhooks[0].auth.username = u"bob"_s;
        ws->webhooks[0].auth.password.reset(); // kept in the keychain
        EngineOptions options = fastOptions();
        options.maxAttempts = 5;
        Rig rig(ws, options);
        MemorySecretStore secrets;
        rig.engine.setSecretStore(&secrets);
        QSignalSpy finished(&rig.engine, &DeliveryEngine::attemptFinished);
        QSignalSpy failed(&rig.engine, &DeliveryEngine::failed);
        QSignalSpy delivered(&rig.engine, &DeliveryEngine::delivered);
        rig.engine.start();
        const QList<DeliveryItem> items = rig.dispatcher.dispatch(signal());
        QCOMPARE(items.size(), 1);
        QVERIFY(failed.wait(2000));
        QCOMPARE(finished.size(), 1);
        const auto first = finished.at(0).at(0).value<AttemptReport>();
        QVERIFY(!first.sent);
        QCOMPARE(int(first.decision.action), int(RetryDecision::Action::GiveUp));
        QVERIFY2(first.decision.reason.contains(u"password of webhook \"Receiver\""_s),
                 qPrintable(first.decision.reason));
        QCOMPARE(rig.transport.sent.size(), 0);
        // No further attempt follows on its own.
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);

        // Fixed: one retry by hand checks it again and delivers.
        bool written = false;
        secrets.write(SecretResolver::keyFor(*ws, ws->webhooks[0], SecretKey::Field::Password), u"s3cret"_s,
                      [&](Status) { written = true; });
        QTRY_VERIFY(written);
        rig.engine.retryNow({items.front().messageId});
        QVERIFY(delivered.wait(3000));
        QCOMPARE(rig.transport.sent.size(), 1);
        QCOMPARE(rig.transport.sent[0].request.headerValue("Authorization"),
                 "Basic " + QByteArray("bob:s3cret").toBase64());
    }

    void aSecretReadBeforeAChangeDoesNotOutliveIt()
    {
        auto ws = makeWorkspace();
        ws->webhooks[0].auth.type = AuthType::Basic;
        ws->webhooks[0].auth.username = u"bob"_s;
        ws->webhooks[0].auth.password.reset(); // kept in the keychain
        Rig rig(ws, fastOptions());
        MemorySecretStore secrets;
        rig.engine.setSecretStore(&secrets);
        const SecretKey key = SecretResolver::keyFor(*ws, ws->webhooks[0], SecretKey::Field::Password);
        const std::optional<Origin> origin = Origin::fromUrl(QUrl(ws->webhooks[0].url));
        bool written = false;
        SecretResolver::save(secrets, key, u"old"_s, origin, [&](Status) { written = true; });
        QTRY_VERIFY(written);
        QSignalSpy finished(&rig.engine, &DeliveryEngine::attemptFinished);
        auto sendOnce = [&](const QString& id) {
            DeliveryItem d;
            d.messageId = id;
            d.webhookId = ws->webhooks[0].id;
            d.signal = signal();
            rig.engine.sendOnce(d);
        };

        // The first send reads the password; the user changes it before the answer is in.
        sendOnce(u"msg_before"_s);
        SecretResolver::save(secrets, key, u"new"_s, origin, [](Status) {});
        rig.engine.invalidateSecrets();
        QTRY_COMPARE(finished.size(), 1);
        // The next send reads it again: the answer that came after the change was not kept for it.
        sendOnce(u"msg_after"_s);
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(rig.transport.sent.size(), 2);
        QCOMPARE(rig.transport.sent[0].request.headerValue("Authorization"),
                 "Basic " + QByteArray("bob:old").toBase64());
        QCOMPARE(rig.transport.sent[1].request.headerValue("Authorization"),
                 "Basic " + QByteArray("bob:new").toBase64());
    }

    void aKeychainThatCannotBeReadIsRetried()
    {
        auto ws = makeWorkspace();
        ws->webhooks[0].auth.type = AuthType::Basic;
        ws->webhooks[0].auth.username = u"bob"_s;
        ws->webhooks[0].auth.password.reset();
        EngineOptions options = fastOptions();
        options.schedule = fastSchedule({0, 200});
        options.maxAttempts = 5;
        Rig rig(ws, options);
        LockedSecretStore secrets;
        rig.engine.setSecretStore(&secrets);
        QSignalSpy finished(&rig.engine, &DeliveryEngine::attemptFinished);
        QSignalSpy delivered(&rig.engine, &DeliveryEngine::delivered);
        rig.engine.start();
        rig.dispatcher.dispatch(signal());
        QVERIFY(finished.wait(2000));
        const auto first = finished.at(0).at(0).value<AttemptReport>();
        QVERIFY2(first.summary.contains(u"locked"_s), qPrintable(first.summary));
        QCOMPARE(int(first.decision.action), int(RetryDecision::Action::RetryLater));

        // Unlocked: the next attempt has the password.
        secrets.locked = false;
        bool written = false;
        secrets.write(SecretResolver::keyFor(*ws, ws->webhooks[0], SecretKey::Field::Password), u"s3cret"_s,
                      [&](Status) { written = true; });
        QTRY_VERIFY(written);
        QVERIFY(delivered.wait(3000));
        QCOMPARE(rig.transport.sent.size(), 1);
    }

    void unsetVariablesAndHeaderClashesFailAtOnce_data()
    {
        QTest::addColumn<QString>("headerName");
        QTest::addColumn<QString>("headerValue");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unset variable") << u"X-Token"_s << u"{{env:HOOKSMITH_ENGINE_UNSET}}"_s
                                        << u"HOOKSMITH_ENGINE_UNSET"_s;
        QTest::newRow("locked header") << u"Content-Type"_s << u"text/plain"_s << u"Content-Type"_s;
    }

    void unsetVariablesAndHeaderClashesFailAtOnce()
    {
        QFETCH(QString, headerName);
        QFETCH(QString, headerValue);
        QFETCH(QString, expected);
        auto ws = makeWorkspace();
        ws->webhooks[0].headers.append(NameValueRow{headerName, headerValue, true, {}});
        EngineOptions options = fastOptions();
        options.maxAttempts = 8;
        Rig rig(ws, options);
        rig.engine.setEnvironment([](const QString&) -> std::optional<QString> { return std::nullopt; });
        QSignalSpy finished(&rig.engine, &DeliveryEngine::attemptFinished);
        QSignalSpy failed(&rig.engine, &DeliveryEngine::failed);
        rig.engine.start();
        rig.dispatcher.dispatch(signal());
        QVERIFY(failed.wait(2000));
        const QString reason = failed.at(0).at(1).toString();
        QVERIFY2(reason.startsWith(u"the request cannot be made: "_s) && reason.contains(expected), qPrintable(reason));
        QTest::qWait(150);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(rig.transport.sent.size(), 0);
    }

    void aTestSendIsOneAttemptOutsideTheStore()
    {
        auto ws = makeWorkspace();
        EngineOptions options = fastOptions();
        options.maxAttempts = 8;
        options.reportRequests = true;
        Rig rig(ws, options);
        rig.transport.script = [](const RenderedRequest&, int) {
            return FakeTransport::answer(503, "Service Unavailable");
        };
        QSignalSpy finished(&rig.engine, &DeliveryEngine::attemptFinished);
        rig.engine.start();
        DeliveryItem d;
        d.messageId = u"msg_test_send"_s;
        d.webhookId = ws->webhooks[0].id;
        d.signal = signal();
        rig.engine.sendOnce(d);
        QVERIFY(finished.wait(2000));
        const auto report = finished.at(0).at(0).value<AttemptReport>();
        QVERIFY(report.direct);
        QVERIFY(report.sent);
        QVERIFY(report.request);
        QCOMPARE(report.summary, u"503 Service Unavailable"_s);
        QCOMPARE(int(report.decision.action), int(RetryDecision::Action::GiveUp));
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(rig.transport.sent.size(), 1);
        // Nothing went into the store.
        std::optional<OutboxCounts> counts;
        rig.store->counts([&](OutboxCounts c) { counts = c; });
        QTRY_VERIFY(counts);
        QCOMPARE(counts->total(), qint64(0));
    }

    void aTestSendCanBeCancelled()
    {
        auto ws = makeWorkspace();
        Rig rig(ws, fastOptions());
        rig.transport.hold = true;
        QSignalSpy finished(&rig.engine, &DeliveryEngine::attemptFinished);
        DeliveryItem d;
        d.messageId = u"msg_cancelled"_s;
        d.webhookId = ws->webhooks[0].id;
        d.signal = signal();
        rig.engine.sendOnce(d);
        QTRY_COMPARE(rig.transport.sent.size(), 1);
        QCOMPARE(rig.engine.directInFlight(), QStringList{d.messageId});
        QVERIFY(rig.engine.cancel(d.messageId));
        // The transport's answer to the abort ends it.
        rig.transport.release();
        QTRY_COMPARE(finished.size(), 1);
        const auto report = finished.at(0).at(0).value<AttemptReport>();
        QVERIFY(report.cancelled);
        QCOMPARE(int(report.decision.action), int(RetryDecision::Action::GiveUp));
        QVERIFY(rig.engine.directInFlight().isEmpty());
        QVERIFY(!rig.engine.cancel(d.messageId));
    }

    void requestsThatCanNeverBeMadeFailAtOnce()
    {
        auto ws = makeWorkspace();
        ws->webhooks[0].headers.append(NameValueRow{u"X-Value"_s, u"{{MESSAGE_PAYLOAD}}"_s, true, {}});
        Rig rig(ws, fastOptions());
        QSignalSpy failed(&rig.engine, &DeliveryEngine::failed);
        rig.engine.start();
        Signal s = signal();
        s.value = JsonValue::string(u"line\r\nX-Injected: 1"_s);
        rig.dispatcher.dispatch(s);
        QVERIFY(failed.wait(2000));
        QVERIFY2(failed.at(0).at(1).toString().contains(u"cannot be made"_s),
                 qPrintable(failed.at(0).at(1).toString()));
        QCOMPARE(rig.transport.sent.size(), 0);
    }

    void resumesPendingDeliveriesAfterARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"resume.outbox.sqlite"_s);
        const auto ws = makeWorkspace();
        QString messageId;
        {
            Outbox box(path);
            QSignalSpy opened(&box, &Outbox::opened);
            box.open();
            QVERIFY(opened.wait(3000));
            Rig rig(ws, fastOptions(), &box);
            rig.transport.hold = true; // the first attempt never ends: the process "dies" during it
            rig.engine.start();
            QSignalSpy accepted(&box, &DeliveryStore::accepted);
            messageId = rig.dispatcher.dispatch(signal()).value(0).messageId;
            QVERIFY(accepted.wait(3000));
            QTRY_COMPARE(rig.transport.sent.size(), 1);
        }
        Outbox box(path);
        QSignalSpy opened(&box, &Outbox::opened);
        box.open();
        QVERIFY(opened.wait(3000));
        Rig rig(ws, fastOptions(), &box);
        QSignalSpy delivered(&rig.engine, &DeliveryEngine::delivered);
        rig.engine.start();
        QVERIFY(delivered.wait(3000));
        QCOMPARE(delivered.at(0).at(0).value<AttemptReport>().delivery.messageId, messageId);
        QVERIFY(rig.transport.sent[0].request.body.contains(messageId.toLatin1()));
    }

    void stopLetsAttemptsFinishAndReleasesTheRest()
    {
        EngineOptions options = fastOptions();
        options.concurrency = 2;
        Rig rig(makeWorkspace(), options);
        rig.transport.hold = true;
        rig.engine.start();
        for (int i = 0; i < 6; ++i)
            rig.dispatcher.dispatch(signal(1, i));
        QTRY_COMPARE(rig.transport.active, 2);
        QSignalSpy stopped(&rig.engine, &DeliveryEngine::stopped);
        rig.engine.stop();
        QVERIFY(!stopped.wait(50));
        rig.transport.release(); // the answers arrive (stopped() may come at once)
        QTRY_COMPARE(stopped.size(), 1);
        QCOMPARE(rig.transport.sent.size(), 2);
        std::optional<OutboxCounts> counts;
        rig.store->counts([&](OutboxCounts c) { counts = c; });
        QTRY_VERIFY(counts.has_value());
        QCOMPARE(counts->pending, 4);
    }

    // Delivery order "device": one attempt per device and webhook at a time, in the order the board sent
    // them, a retry holding back that device's later signals; other devices go on meanwhile.
    void deliversEachDeviceInOrderOneAtATime()
    {
        auto ws = makeWorkspace();
        ws->webhooks[0].delivery.order = DeliveryOrder::Device;
        ws->webhooks[0].delivery.maxAttempts = 5;
        const QString other = u"tok-2"_s;
        ws->devices.append(Device{other, u"Device two"_s, {}, {}});
        ws->webhooks[0].devices.append(other);
        Rig rig(ws, fastOptions());
        // The second request of device one fails twice before it gets through.
        int failuresLeft = 2;
        rig.transport.script = [&failuresLeft](const RenderedRequest& r, int) {
            if (r.body.contains("\"payload\":1,") && r.body.contains("tok-1") && failuresLeft > 0) {
                --failuresLeft;
                return FakeTransport::answer(503, "Service Unavailable");
            }
            return FakeTransport::answer(200);
        };
        rig.transport.delayMs = 5;
        QSignalSpy delivered(&rig.engine, &DeliveryEngine::delivered);
        rig.engine.start();
        for (int i = 0; i < 10; ++i) {
            rig.dispatcher.dispatch(signalFrom(kDevice, 1, i));
            rig.dispatcher.dispatch(signalFrom(other, 1, i));
        }
        QTRY_COMPARE_WITH_TIMEOUT(int(delivered.size()), 20, 5000);
        QCOMPARE(rig.transport.sent.size(), 22);
        QCOMPARE(rig.transport.maxActive, 2); // one per device
        // Each device's requests went out in the order its signals came, the retries of value 1 before 2.
        for (const QString& device : {kDevice, other}) {
            const QList<int> values = valuesSentFor(rig.transport, device);
            const QList<int> expected = device == kDevice ? QList<int>{0, 1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9}
                                                          : QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
            QCOMPARE(values, expected);
        }
    }

    // Ordered devices with deliveries queued behind the one under way: each next one goes to the engine as the
    // one before it leaves, also while other devices' deliveries are read from the file, and deliveries stored
    // as queued do not send the engine to read the file.
    void orderedDevicesGoOnWithoutReadingTheFile()
    {
        QTemporaryDir dir;
        const auto outbox = openOutbox<CountingOutbox>(dir, u"lanes.outbox.sqlite"_s);
        QVERIFY(outbox);
        CountingOutbox& box = *outbox;
        auto ws = makeWorkspace();
        ws->webhooks[0].delivery.order = DeliveryOrder::Device;
        const QStringList devices{kDevice, u"tok-2"_s, u"tok-3"_s};
        for (const QString& d : devices.mid(1)) {
            ws->devices.append(Device{d, d, {}, {}});
            ws->webhooks[0].devices.append(d);
        }
        Rig rig(ws, withRoom(8, 4), &box);
        rig.transport.delayMs = 1;
        QSignalSpy delivered(&rig.engine, &DeliveryEngine::delivered);
        rig.engine.start();
        QTRY_VERIFY(rig.engine.isIdle());
        const int before = box.fetches;
        // Groups of one to four signals per device per turn of the event loop, faster than they are delivered.
        constexpr int kPerDevice = 120;
        int next = 0;
        QTimer feeder;
        connect(&feeder, &QTimer::timeout, this, [&] {
            for (int i = 0; i < 1 + next % 4 && next < kPerDevice; ++i, ++next) {
                for (const QString& d : devices)
                    rig.dispatcher.dispatch(signalFrom(d, 1, next));
            }
            if (next == kPerDevice)
                feeder.stop();
        });
        feeder.start(0);
        QTRY_COMPARE_WITH_TIMEOUT(int(delivered.size()), 3 * kPerDevice, 30000);
        QCOMPARE(rig.transport.maxActive, 3); // one per device
        for (const QString& device : devices) {
            const QList<int> values = valuesSentFor(rig.transport, device);
            QCOMPARE(values.size(), kPerDevice);
            for (int i = 0; i < kPerDevice; ++i)
                QCOMPARE(values[i], i);
        }
        // Nothing was read back from the file: the first of each device went with its acceptance, and each next
        // one as the one before it left.
        QCOMPARE(box.fetches - before, 0);
    }

    // Attempts that ended but whose outcomes are not written yet would be sent again after a crash: at most
    // maxUnwritten of them, then new attempts wait for the store.
    void aSlowStoreHoldsNewAttemptsBack()
    {
        SlowStore store;
        EngineOptions options = withRoom(2, 4);
        options.maxUnwritten = 3;
        Rig rig(makeWorkspace(), options, &store);
        rig.transport.delayMs = 1;
        QSignalSpy delivered(&rig.engine, &DeliveryEngine::delivered);
        rig.engine.start();
        for (int i = 0; i < 10; ++i)
            rig.dispatcher.dispatch(signal(1, i));
        // Two attempts at a time; once three outcomes wait, the two under way end and nothing more starts.
        QTRY_COMPARE(store.held(), 4);
        QTest::qWait(50);
        QCOMPARE(store.held(), 4);
        QCOMPARE(rig.transport.sent.size(), 4);
        QCOMPARE(delivered.size(), 0);
        store.writeHeld();
        QTRY_COMPARE(int(delivered.size()), 10);
        QCOMPARE(rig.transport.sent.size(), 10);
        expectAttemptedInOrder(rig.transport, 10);
    }

    // While the outbox is quiet, a delivery can start as it is handed to the outbox (the runtime does so):
    // its outcome is written once the outbox has it, and nothing starts that way while anything waits.
    void aDeliveryTakenBeforeItIsStoredIsWrittenOnceStored()
    {
        QTemporaryDir dir;
        const auto outbox = openOutbox(dir, u"taken.outbox.sqlite"_s);
        QVERIFY(outbox);
        Outbox& box = *outbox;
        auto ws = makeWorkspace();
        ws->webhooks[0].delivery.order = DeliveryOrder::Device;
        EngineOptions options = withRoom(4, 4);
        options.schedule = fastSchedule({0, 300, 300});
        Rig rig(ws, options, &box);
        rig.transport.hold = true;
        QSignalSpy delivered(&rig.engine, &DeliveryEngine::delivered);
        QSignalSpy accepted(&box, &DeliveryStore::accepted);
        QSignalSpy handedOut(&box, &DeliveryStore::acceptedHandedOut);
        QVERIFY(!rig.engine.canTakeBeforeStored(1)); // not running
        rig.engine.start();
        QTRY_VERIFY(rig.engine.isIdle() && box.isQuiet());

        const QList<DeliveryItem> first = rig.dispatcher.makeDeliveries(signal(1, 0));
        QCOMPARE(first.size(), 1);
        QVERIFY(rig.engine.canTakeBeforeStored(1));
        box.enqueueTaken(first);
        QVERIFY(!box.isQuiet()); // asked, not done yet
        rig.engine.takeBeforeStored(first);
        QCOMPARE(rig.transport.sent.size(), 1); // on its way before the outbox has it
        QVERIFY(accepted.isEmpty());
        QVERIFY(!rig.engine.canTakeBeforeStored(1));
        QVERIFY(accepted.wait(3000));
        QVERIFY(handedOut.isEmpty()); // the engine has it already: never handed out twice
        // Stored and under way: not quiet, and a fetch does not hand it out again.
        QTest::qWait(50);
        QVERIFY(!box.isQuiet());
        rig.engine.wake();
        QTest::qWait(50);
        QCOMPARE(rig.transport.sent.size(), 1);
        rig.transport.release();
        QTRY_COMPARE(delivered.size(), 1);
        QTRY_VERIFY(rig.engine.isIdle() && box.isQuiet());

        // A retry keeps the outbox from being quiet: what comes next waits behind it, in order.
        rig.transport.script = [](const RenderedRequest& r, int index) {
            return r.body.contains("\"payload\":1,") && index == 1 ? FakeTransport::answer(503, "Service Unavailable")
                                                                   : FakeTransport::answer(200);
        };
        rig.transport.hold = false;
        const QList<DeliveryItem> second = rig.dispatcher.makeDeliveries(signal(1, 1));
        QVERIFY(rig.engine.canTakeBeforeStored(1));
        box.enqueueTaken(second);
        rig.engine.takeBeforeStored(second);
        QCOMPARE(rig.transport.sent.size(), 2);
        QTRY_COMPARE(rig.engine.stats().retries, 1u);
        QTest::qWait(20);
        QVERIFY(!box.isQuiet());
        QVERIFY(rig.engine.canTakeBeforeStored(1)); // the engine has nothing; the outbox has the retry
        rig.dispatcher.dispatch(signal(1, 2));
        QTRY_COMPARE_WITH_TIMEOUT(int(delivered.size()), 3, 5000);
        QCOMPARE(rig.transport.sent.size(), 4); // 1 failed once, then 1 and 2
        expectAttemptedInOrder(rig.transport, 2);
        QVERIFY(rig.transport.sent[2].request.body.contains("\"payload\":1,"));
        QVERIFY(rig.transport.sent[3].request.body.contains("\"payload\":2,"));
        std::optional<OutboxCounts> counts;
        box.counts([&](OutboxCounts c) { counts = c; });
        QTRY_VERIFY(counts.has_value());
        QCOMPARE(counts->pending, 0);
        QTRY_VERIFY(box.isQuiet());
    }

    // When the store rejects a delivery it was already attempting, nothing is written for it, and the
    // engine says whether the attempt delivered it, whether it ended before or after the rejection.
    void aTakenDeliveryTheStoreRejectsIsNotWritten()
    {
        struct CountingStore : MemoryDeliveryStore
        {
            int writes = 0;
            void complete(const DeliveryItem& d, StatusDone done = {}) override
            {
                ++writes;
                MemoryDeliveryStore::complete(d, std::move(done));
            }
            void recordRetry(const DeliveryItem& d, const AttemptRecord& a, const QDateTime& next,
                             StatusDone done = {}) override
            {
                ++writes;
                MemoryDeliveryStore::recordRetry(d, a, next, std::move(done));
            }
        } store;
        Rig rig(makeWorkspace(), fastOptions(), &store);
        rig.transport.hold = true;
        rig.transport.script = [](const RenderedRequest& r, int) {
            return r.body.contains("\"payload\":1,") ? FakeTransport::answer(503, "Service Unavailable")
                                                     : FakeTransport::answer(200);
        };
        QSignalSpy ended(&rig.engine, &DeliveryEngine::unstoredAttemptEnded);
        QSignalSpy delivered(&rig.engine, &DeliveryEngine::delivered);
        rig.engine.start();
        QTRY_VERIFY(rig.engine.isIdle());

        // Rejected while under way, then delivered.
        const QList<DeliveryItem> a = rig.dispatcher.makeDeliveries(signal(1, 0));
        rig.engine.takeBeforeStored(a);
        QCOMPARE(rig.transport.sent.size(), 1);
        Q_EMIT store.rejected({a[0].messageId}, u"database or disk is full"_s);
        rig.transport.release();
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(ended[0][0].value<DeliveryItem>().messageId, a[0].messageId);
        QCOMPARE(ended[0][1].toBool(), true);
        QCOMPARE(delivered.size(), 1);

        // Ended first (a 503, which would be retried), rejected after: not delivered, nothing retried.
        QTRY_VERIFY(rig.engine.canTakeBeforeStored(1));
        const QList<DeliveryItem> b = rig.dispatcher.makeDeliveries(signal(1, 1));
        rig.engine.takeBeforeStored(b);
        rig.transport.release();
        QTest::qWait(30);
        QVERIFY(!rig.engine.isIdle()); // its outcome waits for the store's answer
        QCOMPARE(ended.size(), 1);
        Q_EMIT store.rejected({b[0].messageId}, u"database or disk is full"_s);
        QTRY_COMPARE(ended.size(), 2);
        QCOMPARE(ended[1][1].toBool(), false);
        QTRY_VERIFY(rig.engine.isIdle());
        QTest::qWait(100);
        QCOMPARE(rig.transport.sent.size(), 2);
        QCOMPARE(store.writes, 0);
        QCOMPARE(rig.engine.stats().delivered, 1u);
        QCOMPARE(rig.engine.stats().retries, 0u);
    }

    // An outcome the store cannot write (a full disk) is not reported: the delivery is not "delivered"
    // until the store knows it, nothing new starts meanwhile, and nothing is sent twice.
    void unwrittenOutcomesHoldTheEngineAndAreWrittenLater()
    {
        FailingStore store;
        Rig rig(makeWorkspace(), fastOptions(), &store);
        QSignalSpy delivered(&rig.engine, &DeliveryEngine::delivered);
        QSignalSpy stalled(&rig.engine, &DeliveryEngine::writeStalled);
        QSignalSpy resumed(&rig.engine, &DeliveryEngine::writeResumed);
        rig.engine.start();
        store.failing = true;
        for (int i = 0; i < 5; ++i)
            rig.dispatcher.dispatch(signal(1, i));
        QVERIFY(stalled.wait(2000));
        QTest::qWait(400); // rewrites are tried and fail
        QVERIFY(store.refusedWrites >= 2);
        QCOMPARE(delivered.size(), 0);
        const qsizetype sentWhileStalled = rig.transport.sent.size();
        QVERIFY(!rig.engine.isIdle());
        QTest::qWait(300);
        QCOMPARE(rig.transport.sent.size(), sentWhileStalled); // nothing new started
        store.failing = false;
        QTRY_COMPARE_WITH_TIMEOUT(int(delivered.size()), 5, 5000);
        QCOMPARE(resumed.size(), 1);
        QCOMPARE(rig.transport.sent.size(), 5); // each sent once
        QCOMPARE(rig.engine.stats().delivered, 5u);
        QTRY_VERIFY(rig.engine.isIdle());
    }

    // Stopped while outcomes cannot be written: the deliveries stay in the store, pending, and are attempted
    // again in a later run (with the same message id) rather than lost.
    void unwrittenOutcomesAreGivenBackWhenStopped()
    {
        FailingStore store;
        Rig rig(makeWorkspace(), fastOptions(), &store);
        QSignalSpy stalled(&rig.engine, &DeliveryEngine::writeStalled);
        QSignalSpy stopped(&rig.engine, &DeliveryEngine::stopped);
        rig.engine.start();
        store.failing = true;
        rig.dispatcher.dispatch(signal(1, 0));
        QVERIFY(stalled.wait(2000));
        rig.engine.stop();
        QVERIFY(!stopped.wait(300));
        rig.engine.abortAll();
        QTRY_COMPARE(stopped.size(), 1);
        QCOMPARE(rig.engine.stats().abandoned, 1u);
        store.failing = false;
        std::optional<OutboxCounts> counts;
        store.counts([&](OutboxCounts c) { counts = c; });
        QTRY_VERIFY(counts.has_value());
        QCOMPARE(counts->pending, 1);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"

#include "Runtime.h"

#include "MemoryDeliveryStore.h"
#include "OutboxControl.h"
#include "RuntimeDeliverySide_p.h"
#include "SenderPool.h"
#include "SignalSource.h"
#include "SourceTraits.h"
#include "StdinSource.h"

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {
constexpr int kFirstHeldRetryMs = 500;
constexpr int kMaxHeldRetryMs = 5000;
constexpr int kLossReportIntervalMs = 10000;
} // namespace

void preferQtEventLoop()
{
    for (const char* name : {"QT_NO_GLIB", "QT_NO_THREADED_GLIB"}) {
        if (!qEnvironmentVariableIsSet(name))
            qputenv(name, "1");
    }
}

Runtime::Runtime(const RuntimeOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, [this] {
        if (m_side)
            m_side->engine->abortAll();
    });
    m_heldTimer.setSingleShot(true);
    connect(&m_heldTimer, &QTimer::timeout, this, &Runtime::submitHeldAgain);
    connect(&m_countsTimer, &QTimer::timeout, this, &Runtime::refreshCounts);
    m_lossReportTimer.setSingleShot(true);
    connect(&m_lossReportTimer, &QTimer::timeout, this, [this] {
        if (m_stats.signalsLost <= m_lossesReported)
            return;
        Q_EMIT message(tr("%n more signal(s) could not be stored (%1 in all): %2", nullptr,
                          int(m_stats.signalsLost - m_lossesReported))
                           .arg(m_stats.signalsLost)
                           .arg(m_stats.lastLoss));
        m_lossesReported = m_stats.signalsLost;
        m_lossReportTimer.start(kLossReportIntervalMs);
    });
}

Runtime::~Runtime()
{
    // Sources first (they feed the dispatcher), then the delivery sides, then the transport they use.
    qDeleteAll(m_sources);
    m_sources.clear();
    delete m_side;
    m_side = nullptr;
    qDeleteAll(m_retiring);
    m_retiring.clear();
}

// ---- the delivery side ----

Runtime::DeliverySide* Runtime::buildSide(const QString& workspacePath, bool durable)
{
    if (!m_transport) {
        const int senders = m_options.senders > 0 ? m_options.senders : (m_options.engine.concurrency + 11) / 12;
        m_ownTransport = std::make_unique<HttpSenderPool>(senders, m_options.proxy, m_options.inlineAttempts);
        m_transport = m_ownTransport.get();
    }
    auto* side = new DeliverySide;
    side->workspacePath = workspacePath;
    if (durable && !workspacePath.isEmpty()) {
        side->outboxPath = Outbox::fileFor(workspacePath, m_options.outboxDir);
        side->outbox = new Outbox(side->outboxPath, m_options.outbox);
        side->store = side->outbox;
    } else {
        side->store = new MemoryDeliveryStore;
    }
    DeliveryStore* store = side->store;
    connect(store, &DeliveryStore::accepted, side, [this, side](const QStringList& ids) { onAccepted(side, ids); });
    connect(store, &DeliveryStore::rejected, side,
            [this, side](const QStringList& ids, const QString& reason) { onRejected(side, ids, reason); });
    connect(store, &DeliveryStore::storeError, side, [this, side](const QString& error) {
        if (side != m_side)
            return;
        // Said once per episode: a full disk fails every write until there is room.
        if (!m_stats.storeFailing || m_stats.storeError != error)
            Q_EMIT message(error);
        m_stats.storeFailing = true;
        m_stats.storeError = error;
    });
    connect(store, &DeliveryStore::changed, side, [this, side] {
        if (side == m_side)
            Q_EMIT storeChanged();
    });

    side->dispatcher = std::make_unique<Dispatcher>(store);
    side->dispatcher->setWorkspace(m_workspace);
    connect(side->dispatcher.get(), &Dispatcher::dispatched, side,
            [this](const Signal& s, const QList<DeliveryItem>& d) { Q_EMIT dispatched(s, d); });
    connect(side->dispatcher.get(), &Dispatcher::unrouted, side, [this](const Signal& s, Dispatcher::Unrouted why) {
        Q_EMIT dispatched(s, {});
        // Said once per device and reason; the counts are in the dispatcher's stats.
        const QString key = s.deviceToken + u'/' + QString::number(int(why));
        if (m_reportedUnrouted.contains(key))
            return;
        m_reportedUnrouted.insert(key);
        Q_EMIT message(tr("signal %1 from device %2 fired no webhook: %3 (further ones are counted, not shown)")
                           .arg(s.number)
                           .arg(s.deviceToken, Dispatcher::describe(why)));
    });

    side->engine = std::make_unique<DeliveryEngine>(store, m_transport, m_options.engine);
    DeliveryEngine* engine = side->engine.get();
    engine->setWorkspace(m_workspace);
    engine->setSecretStore(m_secretStore);
    if (m_env)
        engine->setEnvironment(*m_env);
    connect(engine, &DeliveryEngine::attemptFinished, this, &Runtime::attemptFinished);
    connect(engine, &DeliveryEngine::unstoredAttemptEnded, side,
            [this](const DeliveryItem& d, bool delivered) { onUnstoredAttemptEnded(d, delivered); });
    connect(engine, &DeliveryEngine::webhookDisabled, side, [this, side](const QString& id, const QString& reason) {
        if (side == m_side)
            onWebhookDisabled(id, reason);
    });
    connect(engine, &DeliveryEngine::writeStalled, side, [this](const QString& error) {
        Q_EMIT message(tr("the outbox cannot record what became of deliveries (%1): they are kept in memory and "
                          "written as soon as it can, and nothing new is sent until then")
                           .arg(error));
    });
    connect(engine, &DeliveryEngine::writeResumed, side,
            [this] { Q_EMIT message(tr("the outbox records deliveries again")); });
    return side;
}

void Runtime::openSide(DeliverySide* side)
{
    if (!side->outbox) {
        QTimer::singleShot(0, side, [this, side] { onSideOpened(side, true, {}); });
        return;
    }
    connect(side->outbox, &Outbox::opened, side,
            [this, side](bool ok, const QString& error) { onSideOpened(side, ok, error); });
    side->outbox->open();
}

void Runtime::onSideOpened(DeliverySide* side, bool ok, const QString& error)
{
    if (side != m_side)
        return;
    if (!ok) {
        if (!m_options.memoryWhenOutboxFails) {
            Q_EMIT startFailed(error);
            return;
        }
        Q_EMIT message(tr("The outbox cannot be used (%1). Until Hooksmith closes, deliveries of this workspace are "
                          "kept in memory only.")
                           .arg(error));
        m_side = buildSide(side->workspacePath, false);
        delete side;
        Q_EMIT deliverySideChanged();
        openSide(m_side);
        return;
    }
    side->ready = true;
    if (side->outbox) {
        // `hooksmith-cli outbox retry|drop` reaches the outbox through this process while it owns it.
        auto* control = new OutboxControl(side->outboxPath, side->store, side->engine.get(), side);
        if (Status st = control->listen(); !st)
            Q_EMIT message(
                tr("hooksmith-cli outbox cannot act on this outbox while it runs: %1").arg(st.errorMessage()));
    }
    m_activeKey.clear();
    applyActiveWebhooks();
    if (!m_running)
        startEngineAndSources();
    else if (!m_ending || m_finishing)
        side->engine->start();
    for (WaitingSignal& w : std::exchange(m_waiting, {})) {
        if (w.signal)
            onSignal(w.source.data(), *w.signal, w.canWait);
        else
            submit(std::move(w.deliveries), w.canWait);
    }
    updatePause();
    refreshCounts();
    Q_EMIT ready();
    Q_EMIT storeChanged();
    finishWhenStored();
}

void Runtime::retireSide(DeliverySide* side)
{
    if (!side)
        return;
    side->retiring = true;
    side->ready = false;
    m_retiring.append(side);
    auto end = [this, side] {
        side->store->flush([this, side](const Status&) {
            m_retiring.removeOne(side);
            side->deleteLater();
        });
    };
    connect(side->engine.get(), &DeliveryEngine::stopped, side, end, Qt::SingleShotConnection);
    side->engine->stop();
    if (side->engine->inFlightCount() > 0 || side->engine->unwrittenCount() > 0) {
        QTimer::singleShot(m_options.switchGraceMs, side, [side] { side->engine->abortAll(); });
    }
}

bool Runtime::isReady() const
{
    return m_side && m_side->ready;
}

DeliveryStore* Runtime::store() const
{
    return m_side ? m_side->store : nullptr;
}

Outbox* Runtime::outbox() const
{
    return m_side ? m_side->outbox : nullptr;
}

DeliveryEngine* Runtime::engine() const
{
    return m_side ? m_side->engine.get() : nullptr;
}

Dispatcher* Runtime::dispatcher() const
{
    return m_side ? m_side->dispatcher.get() : nullptr;
}

QString Runtime::outboxPath() const
{
    if (m_side)
        return m_side->outboxPath;
    return m_options.durable && !m_options.workspacePath.isEmpty()
               ? Outbox::fileFor(m_options.workspacePath, m_options.outboxDir)
               : QString();
}

qsizetype Runtime::unstoredCount() const
{
    qsizetype n = qsizetype(m_waiting.size());
    for (const Batch& b : m_held)
        n += b.deliveries.isEmpty() ? 0 : 1;
    return n;
}

void Runtime::setSecretStore(SecretStore* store)
{
    m_secretStore = store;
    if (m_side)
        m_side->engine->setSecretStore(store);
}

void Runtime::setTransport(Transport* transport)
{
    m_transport = transport;
}

void Runtime::setProxy(const ProxySettings& proxy)
{
    m_options.proxy = proxy;
    if (m_ownTransport)
        m_ownTransport->setProxy(proxy);
}

void Runtime::setEnvironment(EnvLookup env)
{
    m_env = env;
    if (m_side)
        m_side->engine->setEnvironment(std::move(env));
}

void Runtime::switchWorkspaceFile(const QString& path, bool durable)
{
    m_options.workspacePath = path;
    m_options.durable = durable;
    if (!m_startRequested)
        return;
    const QString outbox = durable && !path.isEmpty() ? Outbox::fileFor(path, m_options.outboxDir) : QString();
    if (m_side && !outbox.isEmpty() && m_side->outboxPath == outbox)
        return;
    DeliverySide* old = m_side;
    m_side = buildSide(path, durable);
    retireSide(old);
    Q_EMIT deliverySideChanged();
    // The same file opened again while its previous side winds down: its outbox is locked until then.
    for (DeliverySide* r : std::as_const(m_retiring)) {
        if (!outbox.isEmpty() && r->outboxPath == outbox) {
            DeliverySide* side = m_side;
            connect(r, &QObject::destroyed, this, [this, side] {
                if (side == m_side)
                    openSide(side);
            });
            return;
        }
    }
    openSide(m_side);
}

// ---- sources and what they read ----

bool Runtime::sourceCanWait(const SignalSource* source) const
{
    return dynamic_cast<const PausableSource*>(source) != nullptr;
}

void Runtime::addSource(SignalSource* source)
{
    if (m_sources.contains(source))
        return;
    source->setParent(this);
    m_sources.append(source);
    connect(source, &SignalSource::signalReceived, this, [this, source](const Signal& s) {
        ++m_stats.signals;
        ++m_stats.signalsByDevice[s.deviceToken];
        onSignal(source, s, sourceCanWait(source));
    });
    connect(source, &SignalSource::warning, this, [this, source](const QString& text, const QString& line) {
        Q_EMIT message(line.isEmpty() ? tr("%1: %2").arg(source->displayName(), text)
                                      : tr("%1: %2: %3").arg(source->displayName(), text, line));
    });
    if (auto* p = dynamic_cast<PausableSource*>(source))
        p->setPaused(m_paused);
    if (auto* f = dynamic_cast<WorkspaceFollowingSource*>(source); f && m_workspace)
        f->workspaceChanged(*m_workspace);
    // Read at once once the runtime is asked to start: what comes before the outbox is open waits (a board
    // must be open for the helper to be installed, whatever the outbox does).
    if (m_startRequested && !m_ending)
        source->start();
}

void Runtime::removeSource(SignalSource* source)
{
    if (!m_sources.removeOne(source))
        return;
    source->stop();
    disconnect(source, nullptr, this, nullptr);
    source->setParent(nullptr);
}

void Runtime::onSignal(SignalSource* source, const Signal& signal, bool canWait)
{
    if (!isReady()) {
        if (canWait || qsizetype(m_waiting.size()) < m_options.maxWaitingSignals) {
            m_waiting.push_back(WaitingSignal{signal, {}, canWait, source});
            updatePause();
        } else {
            lose(1, tr("the outbox was still opening"));
        }
        return;
    }
    QList<DeliveryItem> deliveries = m_side->dispatcher->makeDeliveries(signal);
    if (!deliveries.isEmpty())
        submit(std::move(deliveries), canWait, source, signal.ticket);
    else
        acknowledge(source, signal.ticket); // nothing to store
}

void Runtime::acknowledge(SignalSource* source, quint64 ticket)
{
    if (ticket == 0 || !source)
        return;
    if (auto* a = dynamic_cast<AcknowledgingSource*>(source))
        a->signalStored(ticket);
}

void Runtime::enqueue(const QList<DeliveryItem>& deliveries)
{
    if (deliveries.isEmpty())
        return;
    if (!m_startRequested)
        start();
    if (!isReady()) {
        m_waiting.push_back(WaitingSignal{std::nullopt, deliveries, true, nullptr});
        return;
    }
    submit(deliveries, true);
}

void Runtime::sendOnce(const DeliveryItem& delivery)
{
    if (!m_startRequested)
        start();
    m_side->engine->sendOnce(delivery);
}

bool Runtime::cancelSend(const QString& messageId)
{
    if (m_side && m_side->engine->cancel(messageId))
        return true;
    for (DeliverySide* side : std::as_const(m_retiring)) {
        if (side->engine->cancel(messageId))
            return true;
    }
    return false;
}

void Runtime::submit(QList<DeliveryItem> deliveries, bool canWait, SignalSource* source, quint64 ticket)
{
    // Behind deliveries the store refused: stored after them, never before.
    if (canWait && !m_held.empty()) {
        m_held.push_back(Batch{std::move(deliveries), canWait, source, ticket});
        return;
    }
    DeliverySide* side = m_side;
    // Nothing waits anywhere: the deliveries start now, while the store takes them, and overtake none.
    if (m_options.startBeforeStored && m_held.empty() && side->unconfirmed.empty() && side->store->isQuiet() &&
        side->engine->canTakeBeforeStored(int(deliveries.size()))) {
        side->unconfirmed.push_back(Batch{deliveries, canWait, source, ticket, true});
        side->store->enqueueTaken(deliveries);
        side->engine->takeBeforeStored(deliveries);
        updatePause();
        return;
    }
    side->unconfirmed.push_back(Batch{deliveries, canWait, source, ticket});
    side->store->enqueue(deliveries);
    updatePause();
}

void Runtime::onUnstoredAttemptEnded(const DeliveryItem& delivery, bool delivered)
{
    const auto it = m_takenRefused.find(delivery.messageId);
    if (it == m_takenRefused.end())
        return;
    const std::shared_ptr<TakenRefusal> refusal = it.value();
    m_takenRefused.erase(it);
    refusal->undelivered = refusal->undelivered || !delivered;
    if (--refusal->open == 0 && refusal->undelivered)
        lose(1, refusal->reason);
}

void Runtime::onAccepted(DeliverySide* side, const QStringList& ids)
{
    // One accepted() may cover several enqueue() calls (the memory store sums up a turn); ids that are not
    // at the front were enqueued by someone else (a test, a benchmark).
    const QSet<QString> accepted(ids.cbegin(), ids.cend());
    qsizetype popped = 0;
    while (!side->unconfirmed.empty() && !side->unconfirmed.front().deliveries.isEmpty() &&
           accepted.contains(side->unconfirmed.front().deliveries.front().messageId)) {
        m_stats.deliveriesAccepted += quint64(side->unconfirmed.front().deliveries.size());
        const Batch batch = std::move(side->unconfirmed.front());
        side->unconfirmed.pop_front();
        acknowledge(batch.source.data(), batch.ticket);
        ++popped;
    }
    if (popped == 0)
        return;
    if (side == m_side && m_stats.storeFailing) {
        m_stats.storeFailing = false;
        m_stats.storeError.clear();
        Q_EMIT message(tr("the outbox stores deliveries again"));
    }
    updatePause();
    finishWhenStored();
}

void Runtime::onRejected(DeliverySide* side, const QStringList& ids, const QString& reason)
{
    if (side->unconfirmed.empty() || ids.isEmpty() || side->unconfirmed.front().deliveries.isEmpty() ||
        side->unconfirmed.front().deliveries.front().messageId != ids.front()) {
        return;
    }
    Batch batch = std::move(side->unconfirmed.front());
    side->unconfirmed.pop_front();
    m_stats.storeFailing = true;
    m_stats.storeError = reason;
    if (batch.canWait && side == m_side && !(m_ending && !m_finishing)) {
        // Its source waits (paused) until there is room: stored then, in the order it was read (and sent
        // again, with the same message id, when it was taken before it was stored and delivered).
        m_held.push_back(std::move(batch));
    } else if (batch.taken) {
        // Its attempts were under way before the store refused it: lost only when one of them did not deliver.
        auto refusal = std::make_shared<TakenRefusal>();
        refusal->reason = reason;
        refusal->open = int(batch.deliveries.size());
        for (const DeliveryItem& d : std::as_const(batch.deliveries))
            m_takenRefused.insert(d.messageId, refusal);
    } else {
        lose(1, reason); // not acknowledged: an acknowledging source's sender keeps it
    }
    if (!m_heldTimer.isActive()) {
        if (m_heldDelayMs == 0)
            m_heldDelayMs = kFirstHeldRetryMs;
        m_heldTimer.start(m_heldDelayMs);
        m_heldDelayMs = std::min(m_heldDelayMs * 2, kMaxHeldRetryMs);
    }
    updatePause();
    finishWhenStored();
}

void Runtime::submitHeldAgain()
{
    if (!isReady())
        return;
    // Everything refused since the first refusal comes back in order; the store takes new deliveries again
    // from here on.
    m_side->store->acceptAgain();
    std::deque<Batch> held;
    held.swap(m_held);
    for (Batch& b : held) {
        m_side->unconfirmed.push_back(b);
        m_side->store->enqueue(b.deliveries);
    }
    if (held.empty() && m_stats.storeFailing) {
        // Nothing to store again: find out with the next delivery whether there is room now.
        m_heldTimer.start(m_heldDelayMs);
        m_heldDelayMs = std::min(m_heldDelayMs * 2, kMaxHeldRetryMs);
    }
    if (!m_stats.storeFailing)
        m_heldDelayMs = 0;
}

void Runtime::lose(quint64 signals, const QString& reason)
{
    m_stats.signalsLost += signals;
    m_stats.lastLoss = reason;
    Q_EMIT signalsLost(m_stats.signalsLost, reason);
    if (m_lossReportTimer.isActive())
        return;
    Q_EMIT message(
        tr("%n signal(s) could not be stored and are lost: %1", nullptr, int(m_stats.signalsLost - m_lossesReported))
            .arg(reason));
    m_lossesReported = m_stats.signalsLost;
    m_lossReportTimer.start(kLossReportIntervalMs);
}

void Runtime::updatePause()
{
    const qint64 backlog = m_side ? m_side->store->backlog() : 0;
    const qsizetype waiting = qsizetype(m_waiting.size());
    const bool mustWait = !m_held.empty() || m_stats.storeFailing || waiting >= m_options.maxWaitingSignals;
    bool pause = mustWait || backlog > m_options.backlogHighWater;
    if (m_paused && !mustWait && backlog >= m_options.backlogHighWater / 2)
        pause = true; // drain to half before reading on
    if (pause == m_paused)
        return;
    m_paused = pause;
    for (SignalSource* s : std::as_const(m_sources)) {
        if (auto* p = dynamic_cast<PausableSource*>(s))
            p->setPaused(m_paused);
    }
}

// ---- start and end ----

void Runtime::start()
{
    if (m_startRequested)
        return;
    m_startRequested = true;
    m_side = buildSide(m_options.workspacePath, m_options.durable);
    openSide(m_side);
}

void Runtime::startEngineAndSources()
{
    m_running = true;
    m_side->engine->start();
    for (SignalSource* s : std::as_const(m_sources))
        s->start();
    if (m_options.countsIntervalMs > 0)
        m_countsTimer.start(m_options.countsIntervalMs);
    Q_EMIT started();
}

void Runtime::refreshCounts()
{
    if (!isReady())
        return;
    m_side->store->counts([this, side = QPointer<QObject>(m_side)](OutboxCounts counts) {
        if (!side || side != m_side)
            return;
        m_stats.outbox = counts;
        m_stats.outboxCountsKnown = true;
    });
}

void Runtime::finish()
{
    if (m_ending)
        return;
    m_ending = true;
    m_finishing = true;
    for (SignalSource* s : std::as_const(m_sources))
        s->stop();
    if (!m_side || (!m_side->ready && !m_running)) {
        QTimer::singleShot(0, this, &Runtime::finished);
        return;
    }
    finishWhenStored();
}

void Runtime::finishWhenStored()
{
    if (!m_finishing || m_endingWritten || !isReady())
        return;
    if (!m_waiting.empty() || !m_held.empty() || !m_side->unconfirmed.empty()) {
        if (!m_held.empty() && !m_saidWaitingForRoom) {
            m_saidWaitingForRoom = true;
            Q_EMIT message(tr("waiting for room in the outbox to store what was read (%n signal(s))", nullptr,
                              int(m_held.size())));
        }
        return;
    }
    if (m_flushPosted)
        return;
    m_flushPosted = true;
    // Once everything read is accepted, deliver what is due until nothing is.
    m_side->store->flush([this](const Status&) {
        m_flushPosted = false;
        if (!m_held.empty() || !m_side->unconfirmed.empty())
            return; // refused meanwhile: stored again first
        m_side->engine->wake();
        finishWhenIdle();
    });
}

void Runtime::finishWhenIdle()
{
    DeliveryEngine* engine = m_side->engine.get();
    if (engine->isIdle() || !engine->isRunning()) {
        writeDownAndEnd();
        return;
    }
    connect(engine, &DeliveryEngine::idle, this, &Runtime::writeDownAndEnd, Qt::SingleShotConnection);
}

void Runtime::shutdown(int graceMs)
{
    if (m_ending && !m_finishing && m_endingWritten)
        return;
    m_ending = true;
    m_finishing = false;
    for (SignalSource* s : std::as_const(m_sources))
        s->stop();
    const quint64 unstored = quint64(unstoredCount());
    if (unstored > 0)
        lose(unstored, tr("stopped before they could be stored"));
    m_waiting.clear();
    m_held.clear();
    m_heldTimer.stop();
    if (!m_side || !m_side->ready) {
        QTimer::singleShot(0, this, &Runtime::finished);
        return;
    }
    DeliveryEngine* engine = m_side->engine.get();
    connect(engine, &DeliveryEngine::stopped, this, &Runtime::writeDownAndEnd, Qt::SingleShotConnection);
    engine->stop();
    if (engine->inFlightCount() > 0 || engine->unwrittenCount() > 0)
        m_graceTimer.start(std::max(0, graceMs));
}

void Runtime::writeDownAndEnd()
{
    if (m_endingWritten)
        return; // finish() and shutdown() may both get here
    m_endingWritten = true;
    m_graceTimer.stop();
    m_countsTimer.stop();
    // Signals the store refused whose attempts were cut short: not delivered.
    QSet<const TakenRefusal*> cut;
    for (const auto& refusal : std::as_const(m_takenRefused)) {
        if (!cut.contains(refusal.get())) {
            cut.insert(refusal.get());
            lose(1, refusal->reason);
        }
    }
    m_takenRefused.clear();
    m_side->store->flush([this](const Status& st) {
        if (!st)
            Q_EMIT message(st.errorMessage());
        Q_EMIT finished();
    });
}

} // namespace hooksmith

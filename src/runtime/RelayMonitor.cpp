#include "RelayMonitor.h"

#include "DeliveryStore.h"
#include "MqttSource.h"
#include "SignalSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

/// Attempt durations, in seconds: a local server answers in about a millisecond, a slow one in seconds.
const QList<double> kAttemptBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};

QString stateName(SignalSource::State state)
{
    switch (state) {
    case SignalSource::State::Stopped:
        return u"stopped"_s;
    case SignalSource::State::Connecting:
        return u"connecting"_s;
    case SignalSource::State::Connected:
        return u"connected"_s;
    case SignalSource::State::Waiting:
        return u"waiting"_s;
    case SignalSource::State::Failed:
        return u"failed"_s;
    }
    return {};
}

QString outcomeName(RetryDecision::Action action)
{
    switch (action) {
    case RetryDecision::Action::Delivered:
        return u"delivered"_s;
    case RetryDecision::Action::RetryLater:
        return u"retry"_s;
    case RetryDecision::Action::GiveUp:
        return u"failed"_s;
    case RetryDecision::Action::DisableWebhook:
        return u"disabled"_s;
    }
    return {};
}

} // namespace

RelayMonitor::RelayMonitor(Runtime* runtime, QObject* parent)
    : QObject(parent)
    , m_runtime(runtime)
    , m_startedAt(QDateTime::currentDateTimeUtc())
{
    using Type = Metrics::Type;
    m_metrics.declare(u"hooksmith_signals_received_total"_s, Type::Counter, u"Signals read from sources."_s,
                      {u"device"_s});
    m_metrics.declare(u"hooksmith_signals_lost_total"_s, Type::Counter,
                      u"Signals that could not be stored (the outbox could not write and their source could not "
                      "wait)."_s);
    m_metrics.declare(u"hooksmith_signals_unrouted_total"_s, Type::Counter, u"Signals that fired no webhook."_s,
                      {u"reason"_s});
    m_metrics.declare(u"hooksmith_deliveries_total"_s, Type::Counter,
                      u"Ends of delivery attempts and parkings, by webhook and outcome (delivered, retry, failed, "
                      "disabled, parked)."_s,
                      {u"webhook"_s, u"outcome"_s});
    m_metrics.declare(u"hooksmith_retries_total"_s, Type::Counter, u"Failed attempts that will be retried."_s,
                      {u"webhook"_s});
    m_metrics.declare(u"hooksmith_attempt_duration_seconds"_s, Type::Histogram,
                      u"Time from the start of an attempt to its outcome."_s, {u"webhook"_s}, kAttemptBuckets);
    m_metrics.declare(u"hooksmith_outbox_deliveries"_s, Type::Gauge,
                      u"Deliveries in the outbox by state (pending, queued, parked, failed)."_s, {u"state"_s});
    m_metrics.declare(u"hooksmith_outbox_oldest_waiting_seconds"_s, Type::Gauge,
                      u"Age of the oldest delivery that waits to be delivered (0 when none)."_s);
    m_metrics.declare(u"hooksmith_outbox_writable"_s, Type::Gauge,
                      u"1 while the outbox stores what arrives, 0 while it cannot write (a full disk)."_s);
    m_metrics.declare(u"hooksmith_outbox_transactions_total"_s, Type::Counter,
                      u"Transactions the outbox has committed, each with the acceptances and outcomes of one group "
                      "(0 without an outbox)."_s);
    m_metrics.declare(u"hooksmith_outcomes_unwritten"_s, Type::Gauge,
                      u"Attempts whose outcome the outbox could not record yet (nothing new is sent meanwhile)."_s);
    m_metrics.declare(u"hooksmith_source_state"_s, Type::Gauge, u"1 for the state each source is in."_s,
                      {u"source"_s, u"state"_s});
    m_metrics.declare(u"hooksmith_start_time_seconds"_s, Type::Gauge, u"When the relay started (Unix time)."_s);
    m_metrics.declare(
        u"hooksmith_mqtt_messages_total"_s, Type::Counter,
        u"MQTT messages by what became of them: received; acknowledged (QoS 1, once stored); refused "
        "(malformed); ignored (Pybytes messages that are not signals); dropped (QoS 0, beyond what is kept "
        "while the outbox cannot take signals)."_s,
        {u"source"_s, u"outcome"_s});
    m_metrics.declare(u"hooksmith_mqtt_connected"_s, Type::Gauge, u"1 while connected to the MQTT broker."_s,
                      {u"source"_s});
    m_metrics.declare(u"hooksmith_mqtt_connections_total"_s, Type::Counter,
                      u"Connections made to the MQTT broker (more than one: it reconnected)."_s, {u"source"_s});
    m_metrics.declare(u"hooksmith_mqtt_pongs_total"_s, Type::Counter, u"Pongs sent to Pybytes boards."_s,
                      {u"source"_s});
    m_metrics.series(u"hooksmith_start_time_seconds"_s)->set(double(m_startedAt.toSecsSinceEpoch()));
    m_metrics.series(u"hooksmith_signals_lost_total"_s);

    connect(runtime, &Runtime::attemptFinished, this, &RelayMonitor::onAttempt);
    // Parked by the store as webhooks leave (a reload, the start); the engine reports the ones it meets.
    connect(runtime, &Runtime::parkingChanged, this, [this](const ParkingChange& change) {
        for (auto it = change.parked.cbegin(); it != change.parked.cend(); ++it)
            m_metrics.series(u"hooksmith_deliveries_total"_s, {webhookLabel(it.key()), u"parked"_s})
                ->add(double(it.value()));
    });
    connect(runtime, &Runtime::deliverySideChanged, this, &RelayMonitor::onEngine);
    connect(runtime, &Runtime::ready, this, &RelayMonitor::onEngine);
    onEngine();
}

void RelayMonitor::onEngine()
{
    DeliveryEngine* engine = m_runtime->engine();
    if (!engine || engine == m_engine)
        return;
    m_engine = engine;
    connect(engine, &DeliveryEngine::parked, this, [this](const DeliveryItem& d, const QString&) {
        m_metrics.series(u"hooksmith_deliveries_total"_s, {webhookLabel(d.webhookId), u"parked"_s})->add();
    });
}

QString RelayMonitor::webhookLabel(const QString& webhookId) const
{
    const auto ws = m_runtime->workspace();
    if (const Webhook* w = ws ? ws->findWebhook(webhookId) : nullptr)
        return w->name;
    return webhookId;
}

void RelayMonitor::onAttempt(const AttemptReport& report)
{
    const QString webhook = report.webhookName.isEmpty() ? report.delivery.webhookId : report.webhookName;
    m_metrics.series(u"hooksmith_deliveries_total"_s, {webhook, outcomeName(report.decision.action)})->add();
    if (report.decision.action == RetryDecision::Action::RetryLater)
        m_metrics.series(u"hooksmith_retries_total"_s, {webhook})->add();
    m_metrics.series(u"hooksmith_attempt_duration_seconds"_s, {webhook})->observe(double(report.durationMs) / 1000.0);
}

QByteArray RelayMonitor::metrics()
{
    const RuntimeStats& stats = m_runtime->stats();
    for (auto it = stats.signalsByDevice.cbegin(); it != stats.signalsByDevice.cend(); ++it)
        m_metrics.series(u"hooksmith_signals_received_total"_s, {it.key()})->set(double(it.value()));
    m_metrics.series(u"hooksmith_signals_lost_total"_s)->set(double(stats.signalsLost));
    if (const Dispatcher* d = m_runtime->dispatcher()) {
        for (auto it = d->stats().unrouted.cbegin(); it != d->stats().unrouted.cend(); ++it) {
            const QString reason =
                QString::fromLatin1(QMetaEnum::fromType<Dispatcher::Unrouted>().valueToKey(int(it.key())));
            m_metrics.series(u"hooksmith_signals_unrouted_total"_s, {reason})->set(double(it.value()));
        }
    }
    m_metrics.clear(u"hooksmith_outbox_deliveries"_s);
    const OutboxCounts& c = stats.outbox;
    for (const auto& [state, n] : {std::pair{u"pending"_s, c.pending}, std::pair{u"queued"_s, c.queued},
                                   std::pair{u"parked"_s, c.parked}, std::pair{u"failed"_s, c.failed}}) {
        m_metrics.series(u"hooksmith_outbox_deliveries"_s, {state})->set(double(n));
    }
    const double oldest = c.oldestWaiting.isValid()
                              ? std::max<qint64>(0, c.oldestWaiting.msecsTo(QDateTime::currentDateTimeUtc())) / 1000.0
                              : 0.0;
    m_metrics.series(u"hooksmith_outbox_oldest_waiting_seconds"_s)->set(oldest);
    m_metrics.series(u"hooksmith_outbox_writable"_s)->set(stats.storeFailing ? 0 : 1);
    m_metrics.series(u"hooksmith_outbox_transactions_total"_s)
        ->set(m_runtime->store() ? double(m_runtime->store()->transactionsCommitted()) : 0.0);
    m_metrics.series(u"hooksmith_outcomes_unwritten"_s)
        ->set(m_runtime->engine() ? double(m_runtime->engine()->unwrittenCount()) : 0.0);
    m_metrics.clear(u"hooksmith_source_state"_s);
    for (const SignalSource* s : m_runtime->sources()) {
        for (const SignalSource::State state :
             {SignalSource::State::Stopped, SignalSource::State::Connecting, SignalSource::State::Connected,
              SignalSource::State::Waiting, SignalSource::State::Failed}) {
            m_metrics.series(u"hooksmith_source_state"_s, {s->displayName(), stateName(state)})
                ->set(s->state() == state ? 1 : 0);
        }
    }
    for (const SignalSource* s : m_runtime->sources()) {
        const auto* mqtt = qobject_cast<const MqttSource*>(s);
        if (!mqtt)
            continue;
        const MqttSource::Stats& st = mqtt->stats();
        const QString name = s->displayName();
        for (const auto& [outcome, n] :
             {std::pair{u"received"_s, st.received}, std::pair{u"acknowledged"_s, st.acknowledged},
              std::pair{u"refused"_s, st.refused}, std::pair{u"ignored"_s, st.ignored},
              std::pair{u"dropped"_s, st.dropped}}) {
            m_metrics.series(u"hooksmith_mqtt_messages_total"_s, {name, outcome})->set(double(n));
        }
        m_metrics.series(u"hooksmith_mqtt_connected"_s, {name})->set(mqtt->isConnected() ? 1 : 0);
        m_metrics.series(u"hooksmith_mqtt_connections_total"_s, {name})->set(double(st.connections));
        m_metrics.series(u"hooksmith_mqtt_pongs_total"_s, {name})->set(double(st.pongs));
    }
    return m_metrics.exposition();
}

HealthServer::Health RelayMonitor::health() const
{
    const RuntimeStats& stats = m_runtime->stats();
    QJsonObject out;
    QStringList notReady;
    if (!m_runtime->isReady())
        notReady.append(u"the outbox is not open"_s);
    if (stats.storeFailing)
        notReady.append(u"the outbox cannot write: "_s + stats.storeError);
    QJsonArray sources;
    for (const SignalSource* s : m_runtime->sources()) {
        sources.append(QJsonObject{
            {u"name"_s, s->displayName()}, {u"state"_s, stateName(s->state())}, {u"detail"_s, s->stateDetail()}});
        if (s->state() != SignalSource::State::Connected)
            notReady.append(u"%1 is %2"_s.arg(s->displayName(), stateName(s->state())));
    }
    for (const ExtraCheck& check : m_checks) {
        const auto [up, why] = check();
        if (!up)
            notReady.append(why);
    }
    const OutboxCounts& c = stats.outbox;
    QJsonObject outbox{{u"path"_s, m_runtime->outboxPath()},
                       {u"open"_s, m_runtime->isReady()},
                       {u"writable"_s, !stats.storeFailing},
                       {u"pending"_s, c.pending},
                       {u"queued"_s, c.queued},
                       {u"parked"_s, c.parked},
                       {u"failed"_s, c.failed}};
    if (c.oldestWaiting.isValid())
        outbox.insert(u"oldest_waiting"_s, c.oldestWaiting.toString(Qt::ISODateWithMs));
    const bool ready = notReady.isEmpty();
    out.insert(u"status"_s, ready ? u"ready"_s : u"not ready"_s);
    if (!ready)
        out.insert(u"reasons"_s, QJsonArray::fromStringList(notReady));
    out.insert(u"outbox"_s, outbox);
    out.insert(u"sources"_s, sources);
    out.insert(u"signals_received"_s, qint64(stats.signals));
    out.insert(u"signals_lost"_s, qint64(stats.signalsLost));
    if (stats.signalsLost > 0)
        out.insert(u"last_loss"_s, stats.lastLoss);
    out.insert(u"workspace"_s, m_runtime->workspacePath());
    out.insert(u"started_at"_s, m_startedAt.toString(Qt::ISODateWithMs));
    return {ready, QJsonDocument(out).toJson(QJsonDocument::Compact) + '\n'};
}

} // namespace hooksmith

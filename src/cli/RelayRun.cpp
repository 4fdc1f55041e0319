#include "RelayRun.h"

#include "CliSecrets.h"
#include "DeliveryLog.h"
#include "EnvReferences.h"
#include "HealthServer.h"
#include "RelayMonitor.h"
#include "RelaySources.h"
#include "SecretStore.h"
#include "StdinSource.h"
#include "StopSignals.h"
#include "SystemdNotifier.h"
#include "Validator.h"

#include <QDir>
#include <QTimer>

#include <csignal>

using namespace Qt::StringLiterals;

namespace hooksmith::cli {

namespace {

constexpr int kShutdownGraceMs = 5000;

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(RelayCommand)
};

QString actionName(RetryDecision::Action action)
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

RelayRun::RelayRun(RelaySettings settings, Io& io)
    : m_settings(std::move(settings))
    , m_io(io)
    , m_log(io.err, m_settings.logFormat)
{
    m_log.setFlushAtEndOfTurn(true);
    m_settings.runtime.checkWorkspace = [this](const Workspace& ws) {
        return checkWorkspace(ws);
    };
}

RelayRun::~RelayRun()
{
    // The runtime (and its sources) go before what they report to.
    m_health.reset();
    m_monitor.reset();
    m_runtime.reset();
}

void RelayRun::log(LogLevel level, const QString& text, const LogSink::Fields& fields)
{
    m_log.write(level, text, fields);
}

QList<Problem> RelayRun::checkWorkspace(const Workspace& ws) const
{
    // The relay refuses a workspace it could only fail with: errors in an enabled webhook, or an
    // {{env:NAME}} that this process does not have.
    QList<Problem> problems;
    if (!ws.activeEnvironmentName.isEmpty() && !ws.findEnvironment(ws.activeEnvironmentName)) {
        Problem p;
        p.message = Tr::tr("--env: no environment named \"%1\" (the workspace has %2)")
                        .arg(ws.activeEnvironmentName,
                             ws.environments.isEmpty() ? Tr::tr("none") : ws.environmentNames().join(u", "_s));
        problems.append(p);
        return problems;
    }
    for (qsizetype i = 0; i < ws.webhooks.size(); ++i) {
        if (!ws.webhooks[i].enabled)
            continue;
        for (const Problem& p : Validator::validateWebhook(ws, int(i))) {
            if (p.isError())
                problems.append(p);
        }
        problems += EnvReferences::unset(ws.webhooks[i], systemEnvironment(), int(i));
        problems += EnvReferences::variableProblems(ws, ws.webhooks[i], systemEnvironment(), int(i));
    }
    return problems;
}

bool RelayRun::prepare()
{
    const QString path = m_settings.runtime.workspacePath;
    m_runtime = std::make_unique<Runtime>(m_settings.runtime);
    QList<Problem> problems;
    const bool loaded = m_runtime->loadWorkspace(&problems);
    for (const Problem& p : std::as_const(problems))
        log(p.isError() ? LogLevel::Error : LogLevel::Warning, p.format(path));
    if (!loaded) {
        log(LogLevel::Error,
            Tr::tr("hooksmith-cli relay: %1 cannot be used: fix what is listed above (nothing was started)").arg(path));
        return false;
    }
    for (const Problem& p : Validator::identityNotes(*m_runtime->workspace()))
        log(LogLevel::Warning, p.format(path));
    if (!createSource())
        return false;
    m_secrets = CliSecrets::openStore();
    m_runtime->setSecretStore(m_secrets.get());
    m_monitor = std::make_unique<RelayMonitor>(m_runtime.get());
    return startHealth();
}

bool RelayRun::createSource()
{
    const Workspace& ws = *m_runtime->workspace();
    QString token = sampleDevice().token;
    if (!m_settings.device.isEmpty()) {
        if (const Device* d = ws.findDevice(m_settings.device)) {
            token = d->token;
        } else if (m_settings.device != sampleDevice().token && m_settings.device != sampleDevice().name) {
            log(LogLevel::Error, m_settings.runtime.workspacePath + u": "_s +
                                     Tr::tr("no device named \"%1\" or with that token").arg(m_settings.device));
            return false;
        }
    }
    if (!m_settings.mqtt.connection.host.isEmpty()) {
        // The runtime subscribes it to the Pybytes topics of the workspace's devices, and again at each reload.
        auto* source = new MqttSource(m_settings.mqtt);
        connect(source, &SignalSource::stateChanged, this, [this](SignalSource::State state, const QString& detail) {
            if (state == SignalSource::State::Connected)
                log(LogLevel::Info, Tr::tr("relay: connected to %1").arg(detail));
            else if (state == SignalSource::State::Waiting)
                log(LogLevel::Warning, u"relay: "_s + detail);
        });
        connect(source, &SignalSource::deviceAnnounced, this, [this](const QString& announced, const QString& name) {
            const auto current = m_runtime->workspace();
            if (current && !current->findDevice(announced))
                log(LogLevel::Info, Tr::tr("relay: device %1 (%2) announced itself over MQTT; it is not in the "
                                           "workspace, so its signals fire no webhook")
                                        .arg(announced, name));
        });
        m_source = source;
    } else if (m_settings.fromStdin) {
        auto* source = new StdinSource(0);
        connect(source, &StdinSource::endOfInput, m_runtime.get(), &Runtime::finish);
        m_source = source;
    } else {
        m_source =
            createSerialSource(m_settings.serialPort, ws, [this](const QString& line) { log(LogLevel::Info, line); });
        if (!m_source)
            return false;
    }
    m_source->setFallbackDeviceToken(token);
    m_runtime->addSource(m_source);
    return true;
}

bool RelayRun::startHealth()
{
    if (m_settings.health.isEmpty())
        return true;
    m_health =
        std::make_unique<HealthServer>([this] { return m_monitor->health(); }, [this] { return m_monitor->metrics(); });
    if (Status st = m_health->listen(m_settings.health); !st) {
        log(LogLevel::Error, Tr::tr("hooksmith-cli relay: --health %1: %2").arg(m_settings.health, st.errorMessage()));
        return false;
    }
    const QString host = m_health->address().protocol() == QAbstractSocket::IPv6Protocol
                             ? u"["_s + m_health->address().toString() + u']'
                             : m_health->address().toString();
    const QString base = u"http://%1:%2"_s.arg(host).arg(m_health->port());
    log(LogLevel::Info, Tr::tr("relay: health on %1/healthz, metrics on %1/metrics").arg(base),
        {{u"health_url"_s, QString(base + u"/healthz"_s)}, {u"metrics_url"_s, QString(base + u"/metrics"_s)}});
    return true;
}

void RelayRun::connectRuntime()
{
    Runtime* runtime = m_runtime.get();
    connect(runtime, &Runtime::message, this,
            [this](const QString& text) { log(LogLevel::Info, u"relay: "_s + text); });
    connect(runtime, &Runtime::startFailed, this, [this](const QString& error) {
        log(LogLevel::Error, Tr::tr("hooksmith-cli relay: %1").arg(error));
        m_exitCode = ExitBadInput;
        m_loop.quit();
    });
    connect(runtime, &Runtime::started, this, &RelayRun::onStarted);
    connect(runtime, &Runtime::finished, this, &RelayRun::onFinished);
    connect(runtime, &Runtime::attemptFinished, this, &RelayRun::onAttempt);
    connect(runtime, &Runtime::ready, this, [this] {
        DeliveryEngine* engine = m_runtime->engine();
        connect(engine, &DeliveryEngine::failed, this, [this](const DeliveryItem& item, const QString& reason) {
            if (m_loggedFailures.remove(item.messageId))
                return;
            log(LogLevel::Warning,
                DeliveryLog::subject(item, {}, m_runtime->workspace().get()) + u": "_s +
                    Tr::tr("failed: %1").arg(reason),
                {{u"message_id"_s, item.messageId}, {u"webhook_id"_s, item.webhookId}, {u"outcome"_s, u"failed"_s}});
        });
        connect(engine, &DeliveryEngine::parked, this, [this](const DeliveryItem& item, const QString& reason) {
            log(LogLevel::Warning,
                DeliveryLog::subject(item, {}, m_runtime->workspace().get()) + u": "_s +
                    Tr::tr("parked: %1").arg(reason),
                {{u"message_id"_s, item.messageId}, {u"webhook_id"_s, item.webhookId}, {u"outcome"_s, u"parked"_s}});
        });
    });
}

void RelayRun::onAttempt(const AttemptReport& report)
{
    if (report.decision.action == RetryDecision::Action::GiveUp ||
        report.decision.action == RetryDecision::Action::DisableWebhook) {
        m_loggedFailures.insert(report.delivery.messageId);
    }
    if (report.decision.action == RetryDecision::Action::Delivered && !m_settings.logDelivered)
        return;
    const LogLevel level =
        report.decision.action == RetryDecision::Action::Delivered ? LogLevel::Info : LogLevel::Warning;
    // Text lines leave the fields out: they are built only for JSON.
    LogSink::Fields fields;
    if (m_log.format() == LogFormat::Json) {
        fields = {{u"message_id"_s, report.delivery.messageId},
                  {u"webhook"_s, report.webhookName},
                  {u"device"_s, report.delivery.signal.deviceToken},
                  {u"signal"_s, report.delivery.signal.number},
                  {u"outcome"_s, actionName(report.decision.action)},
                  {u"attempt"_s, report.attemptNumber},
                  {u"duration_ms"_s, report.durationMs}};
        if (report.sent && report.result.status != 0)
            fields.append({u"status"_s, report.result.status});
    }
    log(level, DeliveryLog::line(report, m_runtime->workspace().get()), fields);
}

void RelayRun::onStarted()
{
    const QString store = m_settings.runtime.durable
                              ? Tr::tr("outbox %1").arg(QDir::toNativeSeparators(m_runtime->outboxPath()))
                              : Tr::tr("deliveries kept in memory only");
    const QString line =
        qobject_cast<MqttSource*>(m_source)
            ? Tr::tr("relay: reading signals from %1 (%2); %3")
                  .arg(m_source->displayName(), qobject_cast<MqttSource*>(m_source)->filters().join(u", "_s), store)
            : Tr::tr("relay: reading board lines from %1; %2").arg(m_source->displayName(), store);
    log(LogLevel::Info, line, {{u"outbox"_s, m_runtime->outboxPath()}});
    m_systemd->ready(line);
    const auto interval = m_systemd->startWatchdog();
    if (interval.count() > 0)
        log(LogLevel::Info, Tr::tr("relay: systemd watchdog: pinging every %1 ms").arg(interval.count() / 2000));
    if (m_settings.summaryEveryMs > 0 && !m_summaryTimer) {
        m_summaryTimer = new QTimer(this);
        m_summaryTimer->setInterval(std::chrono::milliseconds(m_settings.summaryEveryMs));
        connect(m_summaryTimer, &QTimer::timeout, this, &RelayRun::logPeriod);
        m_summaryTimer->start();
    }
}

void RelayRun::logPeriod()
{
    const DeliveryEngine* engine = m_runtime->engine();
    DeliveryStore* store = m_runtime->store();
    if (!engine || !store)
        return;
    const DeliveryEngine::Stats& e = engine->stats();
    const Totals now{m_runtime->stats().signals, e.delivered, e.retries, e.failed, e.parked};
    const Totals was = std::exchange(m_reported, now);
    store->counts([this, now, was](OutboxCounts counts) {
        const auto since = [](quint64 a, quint64 b) {
            return qint64(a - b);
        };
        const qint64 waiting = counts.pending + counts.queued;
        // A quiet period with nothing waiting says nothing (the watchdog and /healthz tell that it runs).
        if (now.signals == was.signals && now.delivered == was.delivered && now.retries == was.retries &&
            now.failed == was.failed && now.parked == was.parked && waiting == 0)
            return;
        const QString line = Tr::tr("relay: in the last %1: %2 signal(s), %3 delivered, %4 attempt(s) to be retried, "
                                    "%5 failed, %6 parked; %7 waiting in the outbox")
                                 .arg(RetryPolicy::formatDelay(m_settings.summaryEveryMs))
                                 .arg(since(now.signals, was.signals))
                                 .arg(since(now.delivered, was.delivered))
                                 .arg(since(now.retries, was.retries))
                                 .arg(since(now.failed, was.failed))
                                 .arg(since(now.parked, was.parked))
                                 .arg(waiting);
        const bool trouble = now.failed != was.failed || now.parked != was.parked;
        log(trouble ? LogLevel::Warning : LogLevel::Info, line,
            {{u"period_ms"_s, m_settings.summaryEveryMs},
             {u"signals"_s, since(now.signals, was.signals)},
             {u"delivered"_s, since(now.delivered, was.delivered)},
             {u"retried"_s, since(now.retries, was.retries)},
             {u"failed"_s, since(now.failed, was.failed)},
             {u"parked"_s, since(now.parked, was.parked)},
             {u"waiting"_s, waiting}});
    });
}

QString RelayRun::summary(const OutboxCounts& counts) const
{
    const Dispatcher::Stats& d = m_runtime->dispatcher()->stats();
    const DeliveryEngine::Stats& e = m_runtime->engine()->stats();
    quint64 unrouted = 0;
    for (const quint64 n : d.unrouted)
        unrouted += n;
    return Tr::tr("relay: %1 signal(s), %2 delivery(ies): %3 delivered, %4 failed; %5 waiting in the outbox, %6 "
                  "failed ones kept there; %7 signal(s) fired no webhook; %8 parked; %9 signal(s) could not be "
                  "stored")
        .arg(m_runtime->stats().signals)
        .arg(d.deliveryCount)
        .arg(e.delivered)
        .arg(e.failed)
        .arg(counts.pending + counts.queued)
        .arg(counts.failed)
        .arg(unrouted)
        .arg(counts.parked)
        .arg(m_runtime->stats().signalsLost);
}

void RelayRun::onFinished()
{
    if (!m_runtime->store()) {
        m_loop.quit();
        return;
    }
    m_runtime->store()->counts([this](OutboxCounts counts) {
        const RuntimeStats& stats = m_runtime->stats();
        const DeliveryEngine::Stats& e = m_runtime->engine()->stats();
        log(LogLevel::Info, summary(counts),
            {{u"signals"_s, qint64(stats.signals)},
             {u"delivered"_s, qint64(e.delivered)},
             {u"failed"_s, qint64(e.failed)},
             {u"waiting"_s, counts.pending + counts.queued},
             {u"parked"_s, counts.parked},
             {u"signals_lost"_s, qint64(stats.signalsLost)}});
        if (e.abandoned > 0) {
            log(LogLevel::Warning,
                Tr::tr("relay: %n delivery(ies) were sent but their outcome could not be written to the outbox: "
                       "they are attempted again at the next start (with the same message id)",
                       nullptr, int(e.abandoned)));
        }
        if (stats.signalsLost > 0) {
            log(LogLevel::Error, Tr::tr("relay: %n signal(s) were read but could not be stored, and are lost (last "
                                        "reason: %1)",
                                        nullptr, int(stats.signalsLost))
                                     .arg(stats.lastLoss));
        }
        if ((e.failed > 0 || stats.signalsLost > 0) && m_exitCode == ExitOk)
            m_exitCode = ExitDeliveryFailed;
        m_loop.quit();
    });
}

void RelayRun::onReload()
{
    log(LogLevel::Info, Tr::tr("relay: SIGHUP: reading %1 again").arg(m_settings.runtime.workspacePath));
    QList<Problem> problems;
    const bool ok = m_runtime->reloadWorkspace(&problems);
    for (const Problem& p : std::as_const(problems))
        log(p.isError() ? LogLevel::Error : LogLevel::Warning, p.format(m_settings.runtime.workspacePath));
    if (!ok) {
        log(LogLevel::Error,
            Tr::tr("relay: the workspace was not reloaded: it has errors (listed above); the one loaded before "
                   "stays in use"));
        return;
    }
    const auto ws = m_runtime->workspace();
    log(LogLevel::Info, Tr::tr("relay: reloaded: %n webhook(s)", nullptr, int(ws->webhooks.size())),
        {{u"webhooks"_s, qint64(ws->webhooks.size())}});
    m_systemd->status(Tr::tr("relay: reloaded %1").arg(m_settings.runtime.workspacePath));
}

void RelayRun::onStop(int signalNumber)
{
    const QString name = signalNumber == SIGINT ? u"SIGINT"_s : u"SIGTERM"_s;
    const QString line = Tr::tr("relay: %1: stopping; attempts under way get %2 s, the rest stay in the outbox")
                             .arg(name)
                             .arg(kShutdownGraceMs / 1000);
    log(LogLevel::Info, line);
    m_systemd->stopping(line);
    m_runtime->shutdown(kShutdownGraceMs);
}

int RelayRun::exec()
{
    // The handlers first: a SIGHUP or SIGTERM during start-up waits for the event loop instead of ending the
    // process with the signal's default action.
    m_stop = std::make_unique<StopSignals>();
    m_stop->handleHangup();
    m_systemd = std::make_unique<SystemdNotifier>();
    connect(m_systemd.get(), &SystemdNotifier::failed, this,
            [this](const QString& message) { log(LogLevel::Warning, u"relay: "_s + message); });
    if (!prepare())
        return ExitBadInput;
    connectRuntime();
    connect(m_stop.get(), &StopSignals::stopRequested, this, &RelayRun::onStop);
    connect(m_stop.get(), &StopSignals::reloadRequested, this, &RelayRun::onReload);
    m_runtime->start();
    m_loop.exec();
    return m_exitCode;
}

} // namespace hooksmith::cli

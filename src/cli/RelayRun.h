#pragma once

#include "Cli.h"
#include "LogSink.h"
#include "MqttSource.h"
#include "Runtime.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace hooksmith {
class HealthServer;
class RelayMonitor;
class SecretStore;
class SystemdNotifier;
} // namespace hooksmith

namespace hooksmith::cli {

class StopSignals;

/// What `hooksmith-cli relay` was asked to do.
struct RelaySettings
{
    RuntimeOptions runtime;
    bool fromStdin = false;
    QString serialPort;
    QString device; ///< -d: the device signals are attributed to until the board says
    QString health; ///< --health [ADDR:]PORT; empty: none
    /// --mqtt URL: the broker (its URL without password in displayUrl); connection.host empty: no MQTT.
    MqttSource::Options mqtt;
    LogFormat logFormat = LogFormat::Text;
    /// --log-deliveries failures: no line for an attempt that delivered (failed attempts are still logged).
    bool logDelivered = true;
    /// --log-summary: one line with what happened in each period of this length; 0: none.
    qint64 summaryEveryMs = 0;
};

/// One run of the relay: loads and checks the workspace, starts the runtime with its source, serves health and
/// metrics, speaks to systemd, reloads on SIGHUP, stops on SIGINT/SIGTERM, logs, and sums up.
class RelayRun : public QObject
{
    Q_OBJECT
public:
    RelayRun(RelaySettings settings, Io& io);
    ~RelayRun() override;

    /// Runs until the end of the input or a stop signal; returns the exit code.
    int exec();

private:
    bool prepare();
    bool createSource();
    bool startHealth();
    void connectRuntime();
    void onStarted();
    void onFinished();
    void onReload();
    void onStop(int signalNumber);
    void onAttempt(const AttemptReport& report);
    void log(LogLevel level, const QString& text, const LogSink::Fields& fields = {});
    QList<Problem> checkWorkspace(const Workspace& ws) const;
    QString summary(const OutboxCounts& counts) const;
    void logPeriod();

    RelaySettings m_settings;
    Io& m_io;
    LogSink m_log;
    std::unique_ptr<Runtime> m_runtime;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<RelayMonitor> m_monitor;
    std::unique_ptr<HealthServer> m_health;
    std::unique_ptr<SystemdNotifier> m_systemd;
    std::unique_ptr<StopSignals> m_stop;
    SignalSource* m_source = nullptr;
    QEventLoop m_loop;
    QSet<QString> m_loggedFailures;
    /// What the last --log-summary line counted up to.
    struct Totals
    {
        quint64 signals = 0;
        quint64 delivered = 0;
        quint64 retries = 0;
        quint64 failed = 0;
        quint64 parked = 0;
    };
    Totals m_reported;
    QTimer* m_summaryTimer = nullptr;
    int m_exitCode = ExitOk;
};

} // namespace hooksmith::cli

#pragma once

#include "HealthServer.h"
#include "Metrics.h"
#include "Runtime.h"

#include <QDateTime>
#include <QObject>

namespace hooksmith {

/// What `/healthz` and `/metrics` say about a running Runtime: it counts what the runtime and its engine
/// report (signals per device, deliveries by webhook and outcome, retries, parked, attempt times) and
/// reads the rest (outbox depth and oldest age, sources' states, whether the outbox can write) at each scrape.
class RelayMonitor : public QObject
{
    Q_OBJECT
public:
    explicit RelayMonitor(Runtime* runtime, QObject* parent = nullptr);

    /// Ready once the outbox is open, while it can write, and while every source is connected.
    HealthServer::Health health() const;
    QByteArray metrics();

    /// For a source that is not a Runtime source (e.g. the MQTT connection): its name and whether it is up.
    using ExtraCheck = std::function<std::pair<bool, QString>()>;
    void addReadinessCheck(ExtraCheck check) { m_checks.append(std::move(check)); }

    Metrics& registry() { return m_metrics; }

private:
    void onAttempt(const AttemptReport& report);
    void onEngine();
    QString webhookLabel(const QString& webhookId) const;

    Runtime* m_runtime;
    Metrics m_metrics;
    QList<ExtraCheck> m_checks;
    QDateTime m_startedAt;
    QPointer<DeliveryEngine> m_engine;
};

} // namespace hooksmith

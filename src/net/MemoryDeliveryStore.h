#pragma once

#include "DeliveryStore.h"

#include <QHash>
#include <QSet>

#include <deque>
#include <map>

namespace hooksmith {

/// Keeps deliveries in memory only: for `hooksmith-cli send`, `relay --in-memory`, workspaces without a
/// file and benchmarks. Nothing survives the process; memory grows with the backlog.
class MemoryDeliveryStore : public DeliveryStore
{
    Q_OBJECT
public:
    explicit MemoryDeliveryStore(QObject* parent = nullptr);

    bool isDurable() const override { return false; }
    void enqueue(const QList<DeliveryItem>& deliveries) override;
    void fetchDue(int limit, const QDateTime& now, FetchDone done) override;
    void recordRetry(const DeliveryItem& delivery, const AttemptRecord& attempt, const QDateTime& nextAttemptAt,
                     StatusDone done = {}) override;
    void recordFailure(const DeliveryItem& delivery, const std::optional<AttemptRecord>& attempt, const QString& reason,
                       StatusDone done = {}) override;
    void complete(const DeliveryItem& delivery, StatusDone done = {}) override;
    void park(const DeliveryItem& delivery, const QString& reason, StatusDone done = {}) override;
    void release(const QString& messageId) override;
    void setActiveWebhooks(const ActiveWebhooks& webhooks, ParkingDone done = {}) override;
    void retryNow(const QStringList& messageIds, StatusDone done = {}) override;
    void discard(const QStringList& messageIds, StatusDone done = {}) override;
    void list(const DeliveryQuery& query, ListDone done) override;
    void attempts(const QString& messageId, AttemptsDone done) override;
    void counts(CountsDone done) override;
    void summary(SummaryDone done) override;
    void flush(StatusDone done) override;
    qint64 backlog() const override { return 0; }

private:
    using DueKey = std::pair<qint64, quint64>;   ///< due time (ms), then acceptance order
    using LaneKey = std::pair<QString, QString>; ///< webhook id, device token

    void schedule(const QString& messageId, qint64 dueMs);
    void unschedule(const QString& messageId);
    void later(std::function<void()> work);
    void done(StatusDone done);
    void noteChanged();
    /// The delivery left the pending state: the next queued one of its ordered device falls due.
    void leaveLane(const DeliveryItem& delivery);
    void parkWebhook(const QString& webhookId, const QString& reason, qint64* count);

    QHash<QString, DeliveryItem> m_rows;
    QHash<QString, quint64> m_order; ///< acceptance order of each row
    QHash<QString, QList<AttemptRecord>> m_attempts;
    std::map<DueKey, QString> m_due; ///< pending and not handed out
    QHash<QString, DueKey> m_dueKeys;
    QSet<QString> m_handedOut;
    /// Ordered devices: the pending delivery (empty when none) and the queued ones behind it, oldest first.
    struct Lane
    {
        QString pending;
        std::deque<QString> queued;
    };
    std::map<LaneKey, Lane> m_lanes;
    QStringList m_acceptedBatch;
    quint64 m_sequence = 0;
    bool m_changePosted = false;
    bool m_duePosted = false;
};

} // namespace hooksmith

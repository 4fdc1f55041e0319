#pragma once

#include "DeliveryStore.h"

#include <QHash>
#include <QSet>

#include <map>

namespace hooksmith {

/// Keeps deliveries in memory only: for `hooksmith-cli send` and benchmarks. Nothing survives the
/// process; memory grows with the backlog.
class MemoryDeliveryStore : public DeliveryStore
{
    Q_OBJECT
public:
    explicit MemoryDeliveryStore(QObject* parent = nullptr);

    bool isDurable() const override { return false; }
    void enqueue(const QList<DeliveryItem>& deliveries) override;
    void fetchDue(int limit, const QDateTime& now, FetchDone done) override;
    void recordRetry(const DeliveryItem& delivery, const AttemptRecord& attempt,
                     const QDateTime& nextAttemptAt) override;
    void recordFailure(const DeliveryItem& delivery, const std::optional<AttemptRecord>& attempt,
                       const QString& reason) override;
    void complete(const DeliveryItem& delivery) override;
    void release(const QString& messageId) override;
    void failWebhook(const QString& webhookId, const QString& reason) override;
    void retryNow(const QStringList& messageIds) override;
    void discard(const QStringList& messageIds) override;
    void list(const DeliveryQuery& query, ListDone done) override;
    void attempts(const QString& messageId, AttemptsDone done) override;
    void counts(CountsDone done) override;
    void flush(StatusDone done) override;
    qint64 backlog() const override { return 0; }

private:
    using DueKey = std::pair<qint64, quint64>; ///< due time (ms), then acceptance order

    void schedule(const QString& messageId, qint64 dueMs);
    void unschedule(const QString& messageId);
    void later(std::function<void()> work);
    void noteChanged();

    QHash<QString, DeliveryItem> m_rows;
    QHash<QString, QList<AttemptRecord>> m_attempts;
    std::map<DueKey, QString> m_due; ///< pending and not handed out
    QHash<QString, DueKey> m_dueKeys;
    QSet<QString> m_handedOut;
    QStringList m_acceptedBatch;
    quint64 m_sequence = 0;
    bool m_changePosted = false;
};

} // namespace hooksmith

#pragma once

#include "Delivery.h"
#include "DeliveryStore.h"
#include "Result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace hooksmith {

/// The outbox's SQLite file (Qt SQL, QSQLITE, WAL). Used only on the outbox's own thread: the Outbox
/// object wraps every call in a job and commits jobs in groups.
class OutboxDatabase
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)
public:
    static constexpr int kSchemaVersion = 1;

    OutboxDatabase(QString path, bool fullSync);
    ~OutboxDatabase();

    /// Locks, opens (creating it when absent), checks and, if needed, creates the schema. A file that is
    /// not an outbox, is damaged or is newer is reported and left exactly as it is.
    Status open();
    const QString& path() const { return m_path; }

    Status begin();
    Status commit();
    void rollback();

    /// Stores a new delivery; with `handOut`, a delivery that was not there before is handed out at
    /// once (`handedOut` says whether it was). A new delivery that is not handed out makes
    /// mayHandOutNew() false.
    Status insert(const DeliveryItem& d, bool handOut = false, bool* handedOut = nullptr);
    /// Whether a new delivery may be handed out as it is stored without overtaking an older one: false
    /// from opening, and whenever a due delivery may be waiting unfetched (stored without being handed
    /// out, given back, or set to retry), until fetchDue() has handed out everything that is due.
    bool mayHandOutNew() const { return !m_dueMayWait; }
    /// Due, pending deliveries that are not handed out; hands them out.
    Result<QList<DeliveryItem>> fetchDue(qint64 nowMs, int limit, std::optional<qint64>& nextDueMs);
    Status recordAttempt(const DeliveryItem& d, const std::optional<AttemptRecord>& attempt, DeliveryItem::State state,
                         qint64 nextAttemptMs, const QString& finalReason);
    Status remove(const DeliveryItem& d);
    void release(const QString& messageId)
    {
        m_handedOut.remove(messageId);
        dueMayWait();
    }
    Status failWebhook(const QString& webhookId, const QString& reason);
    Status retryNow(const QStringList& messageIds, qint64 nowMs);
    Status discard(const QStringList& messageIds);
    Result<QList<DeliveryItem>> list(const DeliveryQuery& query);
    Result<QList<AttemptRecord>> attempts(const QString& messageId);
    Result<OutboxCounts> counts();

private:
    Status exec(QSqlQuery& q, const QString& what);
    Status execText(const QString& sql, const QString& what);
    Error sqlError(const QString& what, const QString& detail) const;
    Status checkFileHeader();
    Status checkSchema();
    Status createSchema();
    Status prepare();
    DeliveryItem rowToDelivery(const QSqlQuery& q) const;
    /// A due delivery may be waiting unfetched, anywhere in the order: the next fetch starts over.
    void dueMayWait()
    {
        m_dueMayWait = true;
        m_dueCursor.reset();
    }

    QString m_path;
    QString m_connection;
    bool m_fullSync = false;
    std::unique_ptr<QLockFile> m_lock;
    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_insert, m_due, m_dueAfter, m_nextDue, m_update, m_insertAttempt, m_delete,
        m_deleteAttempts;
    QSet<QString> m_handedOut;
    bool m_dueMayWait = true;
    /// Where the last fetch stopped, in fetch order (next_attempt_at, id): every pending delivery up to
    /// here is handed out, so the next fetch reads on from here instead of past them all again. Reset
    /// by whatever may leave a pending delivery there unfetched (see dueMayWait()).
    struct DueKey
    {
        qint64 at = 0;
        qint64 id = 0;
    };
    std::optional<DueKey> m_dueCursor;
};

} // namespace hooksmith

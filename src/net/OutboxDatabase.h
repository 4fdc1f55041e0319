#pragma once

#include "Delivery.h"
#include "DeliveryStore.h"
#include "Result.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>
#include <vector>

namespace hooksmith {

/// The next delivery of an ordered device that fell due as the one before it left, and whether it was
/// handed out at once (see OutboxDatabase::insert()).
struct OutboxPromoted
{
    DeliveryItem item;
    bool handedOut = false;
    /// When asked for (the caller does not know the lane, see Outbox::Lane): the deliveries queued behind `item`,
    /// in their order, up to the number asked for.
    QList<DeliveryItem> following;
};

/// The outbox's SQLite file (Qt SQL, QSQLITE, WAL). Used only on the outbox's own thread: the Outbox
/// object wraps every call in a job and commits jobs in groups (one transaction per group). What is
/// handed out to the engine is kept in memory, in step with the transaction: when a group cannot be
/// committed (a full disk), its hand-outs and returns are undone with it.
class OutboxDatabase
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)
public:
    static constexpr int kSchemaVersion = 2;
    /// Below this much room on its disk, an SQLite error is reported as a full disk.
    static constexpr qint64 kFullDiskBytes = 64 * 1024;

    /// Room on the file system that holds `directory`, in bytes (-1 each when it cannot be read). One
    /// statvfs(): the outbox looks at it before every transaction.
    struct DiskRoom
    {
        qint64 available = -1; ///< for an unprivileged writer
        qint64 total = -1;
    };
    static DiskRoom diskRoom(const QByteArray& directory);

    /// `logSizeLimit`: a log larger than this is cut back to it when it is started again
    /// (Outbox::Options::restartLogBytes).
    OutboxDatabase(QString path, bool fullSync, qint64 logSizeLimit);
    ~OutboxDatabase();

    /// Locks, opens (creating it when absent), checks and, if needed, creates or upgrades the schema. A
    /// file that is not an outbox, is damaged or is newer is reported and left exactly as it is: nothing
    /// is written to it, not even a setting.
    Status open();
    /// Opens for reading only, without the lock (the file may belong to a running relay or app): lists,
    /// attempts and counts work; nothing is written, and a file that is not an outbox is left alone.
    Status openReadOnly();
    const QString& path() const { return m_path; }

    Status begin();
    Status commit();
    /// `reason`: why the transaction could not be committed; when it stored deliveries, later ones are
    /// refused until acceptAgain().
    void rollback(const QString& reason = {});

    /// Stores a new delivery: pending, or queued behind an earlier one of its device and webhook when it is
    /// ordered. With `handOut`, a new pending delivery is handed out at once (`handedOut` says whether it
    /// was). A new pending delivery that is not handed out makes mayHandOutNew() false. `taken`: the
    /// engine started it before it was stored (asked only while isQuiet()): pending and handed out.
    /// `storedAs`: what became of it. `behindOthers`: the caller knows that its lane has a delivery pending or
    /// queued (see Outbox::Lane), so that it is queued without looking.
    enum class StoredAs : quint8
    {
        Existing, ///< its message id is there already: nothing was stored
        Pending,
        Queued,
    };
    Status insert(const DeliveryItem& d, bool handOut = false, bool* handedOut = nullptr, bool taken = false,
                  StoredAs* storedAs = nullptr, bool behindOthers = false);
    /// Whether a new delivery may be handed out as it is stored without overtaking an older one: false
    /// from opening, and whenever a due delivery may be waiting unfetched (stored without being handed
    /// out, given back, set to retry, fallen due behind an ordered one), until fetchDue() has handed out
    /// everything that is due.
    bool mayHandOutNew() const { return !m_dueMayWait; }
    /// Due, pending deliveries that are not handed out; hands them out.
    Result<QList<DeliveryItem>> fetchDue(qint64 nowMs, int limit, std::optional<qint64>& nextDueMs);

    using Promoted = OutboxPromoted;
    /// A handed-out delivery's attempt: pending again (a retry at `nextAttemptMs`) or Failed. For an ordered one
    /// that leaves its lane, `handedOutNext` is the next of the lane when the caller handed it out already
    /// (see Outbox's lanes); empty: the next falls due here, and when it is handed out, up to `readAhead` of
    /// the deliveries queued behind it come with it (OutboxPromoted::following).
    Status recordAttempt(const DeliveryItem& d, const std::optional<AttemptRecord>& attempt, DeliveryItem::State state,
                         qint64 nextAttemptMs, const QString& finalReason, int handOutRoom,
                         std::vector<Promoted>& promoted, const QString& handedOutNext = {}, int readAhead = 0);
    Status remove(const DeliveryItem& d, int handOutRoom, std::vector<Promoted>& promoted,
                  const QString& handedOutNext = {}, int readAhead = 0);
    /// A handed-out delivery whose webhook cannot be delivered to: it and every other waiting delivery of that
    /// webhook are parked.
    Status park(const DeliveryItem& d, const QString& reason);
    /// The caller handed this delivery out already (the next of an ordered lane it knows, see Outbox::Lane): it
    /// is the engine's, whatever becomes of the transaction or of the outcome that let it go.
    void keepHandedOut(const QString& messageId) { m_handedOut.insert(messageId); }
    void release(const QString& messageId)
    {
        // Not part of the transaction: the engine gave it back whatever becomes of the group.
        m_handedOut.remove(messageId);
        dueMayWait();
    }
    Result<ParkingChange> setActiveWebhooks(const ActiveWebhooks& webhooks);
    Status retryNow(const QStringList& messageIds, qint64 nowMs);
    Status discard(const QStringList& messageIds);
    Result<QList<DeliveryItem>> list(const DeliveryQuery& query);
    Result<QList<AttemptRecord>> attempts(const QString& messageId);
    Result<OutboxCounts> counts();
    Result<OutboxSummary> summary();

    /// Low on room on the disk: an attempt only updates its delivery; the attempt log gets no row.
    void setLowOnRoom(bool low) { m_lowOnRoom = low; }
    bool isLowOnRoom() const { return m_lowOnRoom; }
    /// While set, new deliveries are refused with this reason (the write-ahead log is at its limit).
    void setRefuseNew(const QString& reason) { m_refuseNew = reason; }
    /// After deliveries were refused (or their group could not be committed), later ones are refused too
    /// until acceptAgain(): none is stored ahead of those refused (see DeliveryStore::acceptAgain()).
    void refuseUntilAcceptAgain(const QString& reason)
    {
        if (m_refusedSince.isEmpty())
            m_refusedSince = reason;
    }
    void acceptAgain() { m_refusedSince.clear(); }
    Status refusal() const
    {
        if (!m_refusedSince.isEmpty())
            return Error(m_refusedSince);
        return m_refuseNew.isEmpty() ? Status::success() : Status(Error(m_refuseNew));
    }

    /// Outside a transaction: nothing is handed out, no delivery is pending (due or later) or queued, and
    /// new deliveries are taken without trouble (see DeliveryStore::isQuiet()). Reads the file when the
    /// rest holds.
    bool isQuiet();

    /// Bytes of the write-ahead log now (0 when there is none).
    qint64 walBytes() const;
    /// Copies the whole log into the file and empties it; fails while the file cannot grow (full disk).
    Status checkpointAndTruncate();
    /// Copies the whole log into the file and has the next write start the log again from its beginning,
    /// over pages it already has (the file is cut back to the size limit); fails at once, without waiting, while
    /// another connection reads the log.
    Status checkpointAndRestart();
    /// Bytes of pages in the file that are free for new rows (left by deliveries that are gone).
    qint64 freePagesBytes();
    /// Rows this connection has inserted, changed or deleted since it opened (SQLite's total_changes()).
    qint64 rowsChanged();

private:
    /// `what` is the untranslated source text (marked with QT_TR_NOOP): it is translated only when the
    /// statement fails, not on every run of a statement that runs for every delivery.
    Status exec(SqliteStatement& q, const char* what);
    Status exec(QSqlQuery& q, const QString& what);
    /// Writes the lanes' next deliveries made pending by the open transaction (see m_deferredPending).
    Status applyDeferred();
    Status execText(const QString& sql, const QString& what);
    Status checkpoint(const QString& pragma);
    Error sqlError(const QString& what, const QString& detail) const;
    /// Bytes this user may still write on the outbox's disk; -1 when unknown.
    qint64 roomOnDisk() const;
    /// Marks the open transaction as failed: every later statement in it fails the same way.
    Error failed(Error error);
    Status lock();
    Status openLocked();
    Status openReadOnlyUnlocked();
    /// Removes the side files (-wal, -shm) an opening that failed made; only while nobody else has the outbox.
    void removeSideFilesMade(bool hadWal, bool hadShm);
    void closeConnection();
    Status checkFileHeader();
    /// Reads the schema version without changing anything: 0 for a new, empty database.
    Result<int> existingSchema();
    Status configure();
    Status createSchema();
    Status upgradeFrom1();
    void renewIndexes();
    Status prepare();
    Status repairOrderedLanes();
    template <typename Row>
    DeliveryItem rowToDelivery(const Row& q) const;
    /// The next queued delivery of this ordered device and webhook falls due when none of theirs is pending.
    Status promoteNext(const QString& webhookId, const QString& deviceToken, int handOutRoom,
                       std::vector<Promoted>& promoted, const QString& handedOutNext, int readAhead);
    Result<qint64> parkWebhook(const QString& webhookId, const QString& reason);
    Result<qint64> resumeWebhook(const QString& webhookId);
    void handOut(const QString& messageId);
    void takeBack(const QString& messageId);
    /// A due delivery may be waiting unfetched, anywhere in the order: the next fetch starts over.
    void dueMayWait()
    {
        m_dueMayWait = true;
        m_dueCursor.reset();
    }

    QString m_path;
    QByteArray m_walPath; ///< the write-ahead log's path, for stat()
    QString m_connection;
    bool m_fullSync = false;
    qint64 m_logSizeLimit = 0;
    std::unique_ptr<QLockFile> m_lock;
    QSqlDatabase m_db;
    sqlite3* m_handle = nullptr; ///< m_db's connection, for the statements below
    std::optional<SqliteStatement> m_insert, m_laneWaiting, m_due, m_dueAfter, m_nextDue, m_update, m_insertAttempt,
        m_delete, m_deleteAttempts, m_laneHead, m_laneNext, m_makePending, m_makePendingById, m_freePages, m_anyWaiting,
        m_begin, m_commit;
    QSet<QString> m_handedOut;
    /// Changes to m_handedOut in the open transaction (message id, whether it was added), undone by rollback().
    std::vector<std::pair<QString, bool>> m_handOutJournal;
    bool m_dueMayWait = true;
    QString m_refuseNew;
    QString m_refusedSince;
    bool m_lowOnRoom = false;
    bool m_insertedInTransaction = false;
    bool m_inTransaction = false;
    std::optional<Error> m_transactionFailed;
    /// The next deliveries of ordered lanes that the open transaction makes pending, written before anything
    /// else reads the file and at its commit. Under load one group carries several outcomes of each lane: a
    /// delivery that leaves in the same group (the next outcome of its lane) is never written as pending,
    /// which saves an update of the row and of both its indexes. What is committed is the same.
    QSet<QString> m_deferredPending;
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

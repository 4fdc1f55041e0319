#pragma once

#include "Delivery.h"
#include "Result.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

namespace hooksmith {

/// Which deliveries a list shows.
struct DeliveryQuery
{
    QList<DeliveryItem::State> states; ///< empty: every state
    QString webhookId;                 ///< empty: every webhook
    QDateTime acceptedBefore;          ///< invalid: no bound
    QDateTime acceptedAfter;           ///< invalid: no bound
    QStringList messageIds;            ///< empty: any
    int offset = 0;
    int limit = 100; ///< 0: no limit
};

/// Counts by webhook (id) and state, for the outbox command and metrics.
struct OutboxSummary
{
    OutboxCounts total;
    QHash<QString, OutboxCounts> byWebhook;
};

/// Which webhooks can be delivered to, for DeliveryStore::setActiveWebhooks().
struct ActiveWebhooks
{
    QSet<QString> active;            ///< ids of the enabled webhooks of the workspace
    QHash<QString, QString> reasons; ///< why other known webhooks are not delivered to (disabled: ...)
};

/// What setActiveWebhooks() changed, by webhook id.
struct ParkingChange
{
    QHash<QString, qint64> parked;  ///< deliveries that wait for their webhook now
    QHash<QString, qint64> resumed; ///< parked deliveries whose webhook is back
};

/// Where accepted deliveries wait for their attempts: the durable Outbox, or memory (benchmarks,
/// `hooksmith-cli send`). Every call returns at once; callbacks run later on the store's thread.
/// Deliveries handed out by fetchDue() belong to the engine until it records, completes, parks or
/// releases them. Of the deliveries of one device to one webhook whose order is "device", one is pending
/// at a time (the oldest); the next one falls due when it leaves (delivered, failed, parked, dropped).
class DeliveryStore : public QObject
{
    Q_OBJECT
public:
    using FetchDone = std::function<void(QList<DeliveryItem> due, std::optional<QDateTime> nextDue)>;
    using ListDone = std::function<void(QList<DeliveryItem>)>;
    using AttemptsDone = std::function<void(QList<AttemptRecord>)>;
    using CountsDone = std::function<void(OutboxCounts)>;
    using SummaryDone = std::function<void(OutboxSummary)>;
    using StatusDone = std::function<void(Status)>;
    using ParkingDone = std::function<void(ParkingChange)>;

    explicit DeliveryStore(QObject* parent = nullptr)
        : QObject(parent)
    {}

    /// True when accepted deliveries survive the process being killed.
    virtual bool isDurable() const = 0;

    /// Takes new deliveries (pending, due now; or queued behind an earlier one of the same device and
    /// webhook when ordered). accepted() or rejected() follows, once for this call.
    virtual void enqueue(const QList<DeliveryItem>& deliveries) = 0;
    /// Whether nothing waits in the store, as of everything asked of it so far (all of it done): no delivery
    /// pending (due or later), queued or handed out, and new ones are taken without trouble (no refusal, room
    /// on the disk). A delivery started now overtakes none: see enqueueTaken(). The main thread's view;
    /// only a durable store answers true (the memory store hands new deliveries out at once anyway).
    virtual bool isQuiet() const { return false; }
    /// Stores deliveries that the engine started before they were stored (DeliveryEngine::takeBeforeStored()),
    /// asked only while isQuiet(): they are stored pending and handed out, never queued behind others.
    /// accepted() or rejected() follows as for enqueue(), never acceptedHandedOut().
    virtual void enqueueTaken(const QList<DeliveryItem>& deliveries) { enqueue(deliveries); }
    /// After rejected(), every later enqueue is refused too, so that none is stored ahead of those refused,
    /// until this is called (before those are enqueued again).
    virtual void acceptAgain() {}
    /// Up to `limit` pending deliveries due at `now`, oldest due first, that are not already handed out;
    /// they are handed out. `nextDue`: when the next pending delivery falls due (now when more are due).
    virtual void fetchDue(int limit, const QDateTime& now, FetchDone done) = 0;

    // What became of a handed-out delivery. `done` tells whether it is written down (for the outbox: on
    // disk); until it is, the delivery stays handed out, and the caller writes the outcome again later.
    /// A failed attempt that will be retried at `nextAttemptAt`.
    virtual void recordRetry(const DeliveryItem& delivery, const AttemptRecord& attempt, const QDateTime& nextAttemptAt,
                             StatusDone done = {}) = 0;
    /// A final failure with its reason (and the attempt that ended it, when there was one).
    virtual void recordFailure(const DeliveryItem& delivery, const std::optional<AttemptRecord>& attempt,
                               const QString& reason, StatusDone done = {}) = 0;
    /// The delivery succeeded: it leaves the store with its attempts.
    virtual void complete(const DeliveryItem& delivery, StatusDone done = {}) = 0;
    /// Its webhook cannot be delivered to (gone from the workspace, disabled): it waits until it can.
    virtual void park(const DeliveryItem& delivery, const QString& reason, StatusDone done = {}) = 0;
    /// Gives back a handed-out delivery without recording anything (the engine is stopping).
    virtual void release(const QString& messageId) = 0;

    /// Parks the waiting deliveries of webhooks that are not active (not handed-out ones), and resumes
    /// parked ones whose webhook is active again.
    virtual void setActiveWebhooks(const ActiveWebhooks& webhooks, ParkingDone done = {}) = 0;

    /// By hand: failed and parked deliveries get a new round of attempts, pending ones fall due now.
    virtual void retryNow(const QStringList& messageIds, StatusDone done = {}) = 0;
    /// By hand: the deliveries leave without being delivered (handed-out ones are left alone).
    virtual void discard(const QStringList& messageIds, StatusDone done = {}) = 0;

    virtual void list(const DeliveryQuery& query, ListDone done) = 0;
    virtual void attempts(const QString& messageId, AttemptsDone done) = 0;
    virtual void counts(CountsDone done) = 0;
    virtual void summary(SummaryDone done) = 0;
    /// Runs `done` once everything asked of the store so far is done (and on disk, for the outbox).
    virtual void flush(StatusDone done) = 0;
    /// Writes taken but not yet done, for back-pressure on fast sources.
    virtual qint64 backlog() const = 0;
    /// Transactions committed since the store was made (0 for a store that has none).
    virtual quint64 transactionsCommitted() const { return 0; }

    /// How many newly accepted deliveries the store may hand out with acceptedHandedOut() as they are
    /// accepted, saving a fetchDue(): the room the engine has for them (0 while it is fetching). A
    /// store hands out only while no older due delivery waits to be fetched, so that new ones never
    /// overtake it; stores that do not hand out on acceptance ignore the room. `laneRoom`: how many it
    /// may hand out with handedOut() as the one before them in their order leaves, also while older
    /// deliveries of other lanes wait to be fetched (each lane keeps its own order). Any thread.
    void setAcceptRoom(int room, int laneRoom);
    void setAcceptRoom(int room) { setAcceptRoom(room, room); }

Q_SIGNALS:
    /// Enqueued deliveries are safe now (on disk for the outbox).
    void accepted(const QStringList& messageIds);
    /// Emitted just before accepted(): those of the accepted deliveries that are handed out already
    /// (see setAcceptRoom()), in the order they were enqueued. They belong to the engine, as if fetched.
    void acceptedHandedOut(const QList<hooksmith::DeliveryItem>& deliveries);
    /// Emitted just before accepted(): how many of the accepted deliveries were queued behind an earlier
    /// one of their device. They are not due: they come with handedOut() or dueAvailable() as it leaves.
    void acceptedQueued(int count);
    /// Deliveries that fell due as the one before them in their order left, handed out at once (within
    /// the accept room). They belong to the engine, as if fetched.
    void handedOut(const QList<hooksmith::DeliveryItem>& deliveries);
    /// Deliveries fell due that were not handed out (e.g. the next of an ordered device): fetch them.
    void dueAvailable();
    /// Enqueued deliveries could not be stored: they are not accepted.
    void rejected(const QStringList& messageIds, const QString& reason);
    /// A write failed (disk full, file damaged): what and where.
    void storeError(const QString& message);
    /// Writes work again after storeError().
    void storeRecovered();
    /// Deliveries were added, changed or removed (coalesced), for lists that show them.
    void changed();

protected:
    /// Takes room for up to `wanted` deliveries to hand out on acceptance; returns how many. They count
    /// against the room until handOutArrived() (on the store's thread, as acceptedHandedOut() is
    /// emitted). Any thread.
    int takeAcceptRoom(int wanted);
    /// The same, within the lane room (see setAcceptRoom()).
    int takeLaneRoom(int wanted);
    void handOutArrived(int count);

private:
    QMutex m_roomMutex;
    int m_acceptRoom = 0;
    int m_laneRoom = 0;
    int m_handOutInTransit = 0;
};

} // namespace hooksmith

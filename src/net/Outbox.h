#pragma once

#include "DeliveryStore.h"

#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <deque>
#include <memory>
#include <unordered_map>
#include <vector>

namespace hooksmith {

class OutboxDatabase;
struct OutboxPromoted;

/// The durable outbox: accepted deliveries live in an SQLite file (WAL) until they succeed; final
/// failures stay with their reason until retried or discarded by hand. The file is written on a thread
/// of its own, and everything asked of it within one event-loop turn (or `commitIntervalMs`; under load,
/// `busyCommitIntervalMs` for acceptances and outcomes) is committed in one transaction (group commit),
/// so that durability costs little throughput.
/// accepted() is emitted only once the deliveries are committed: killing the process (SIGKILL) after
/// that loses none of them. Only due deliveries are read, a page at a time: memory stays bounded
/// however large the backlog.
class Outbox : public DeliveryStore
{
    Q_OBJECT
public:
    struct Options
    {
        /// 0: commit once per event-loop turn; more: at most once per this many milliseconds.
        int commitIntervalMs = 0;
        /// Under load (at least `busyJobsPerMs` jobs a millisecond, over the last few milliseconds), new
        /// writes of deliveries (acceptances and outcomes) wait up to this long for more, so that each
        /// transaction writes more of them: fewer pages of log per delivery, for up to this much more before
        /// an acceptance is committed. Anything else asked (a fetch, a read, a change by hand, an outcome
        /// whose lane is not known on this side) cuts the wait short. 0: no wait.
        int busyCommitIntervalMs = 2;
        /// Each delivery is two jobs (its acceptance and its outcome): 4 is about 2,000 deliveries a second,
        /// so that each of several relays sharing a load counts as under load.
        /// 0: always under load (every write of deliveries waits up to busyCommitIntervalMs).
        int busyJobsPerMs = 4;
        /// Under heavier load (at least `heavyJobsPerMs` jobs a millisecond; 16 is about 8,000 deliveries a
        /// second, where deliveries wait in the queue longer than this anyway), writes of deliveries wait up to
        /// this long instead: larger groups again, while a load between the two keeps the shorter wait.
        /// Never less than busyCommitIntervalMs.
        int heavyCommitIntervalMs = 5;
        int heavyJobsPerMs = 16; ///< 0: never heavier load
        /// Sync the log on every commit too (survives power loss, costs an fsync per group).
        bool fullSync = false;
        /// How often, at most, the write-ahead log is copied into the database file (on a thread of
        /// its own, so that no commit waits for it).
        int checkpointIntervalMs = 1000;
        /// Past this size the write-ahead log is folded into the file before anything else is written,
        /// and new deliveries are refused until that succeeds (see docs/relay.md). 0: no limit.
        qint64 maxWalBytes = 64 * 1024 * 1024;
        /// Written to without pause, the log is never found idle by the checkpoint thread: past this size the
        /// writer copies it into the file itself and starts it again from its beginning, over pages it has,
        /// and a log that grew larger is cut back to this size. Each fold syncs the file twice and empties
        /// SQLite's page cache, so a larger log folds less often under a burst; it is also what the log
        /// takes on disk.
        qint64 restartLogBytes = 16 * 1024 * 1024;
    };

    explicit Outbox(const QString& filePath, QObject* parent = nullptr);
    Outbox(const QString& filePath, const Options& options, QObject* parent = nullptr);
    /// Finishes what was asked (commits it), then closes the file.
    ~Outbox() override;

    /// The outbox file of a workspace in `dir` (default Paths::outboxDir()): one per workspace file,
    /// named after it, e.g. `greenhouse-1a2b3c4d.outbox.sqlite`.
    static QString fileFor(const QString& workspacePath, const QString& dir = {});

    /// Opens (creating it when absent) on the outbox thread; opened() tells how it went. Calls made
    /// before that are queued behind the opening.
    void open();
    bool isOpen() const { return m_open; }
    QString filePath() const { return m_path; }

    bool isDurable() const override { return true; }
    void enqueue(const QList<DeliveryItem>& deliveries) override;
    void enqueueTaken(const QList<DeliveryItem>& deliveries) override;
    bool isQuiet() const override;
    void acceptAgain() override;
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
    qint64 backlog() const override;
    /// Each transaction holds the writes of one group.
    quint64 transactionsCommitted() const override;

Q_SIGNALS:
    /// The file is open (ok), or why it is not: it is then left exactly as it was.
    void opened(bool ok, const QString& error);

private:
    using Reply = std::function<void(const Status& commit)>;
    using Job = std::function<Reply(OutboxDatabase* db)>;
    struct Shared;
    class Worker;

    using Promoted = OutboxPromoted;

    /// A job and about how many bytes it writes, so that transactions stay small (see Worker::drain()).
    struct Queued
    {
        Job job;
        qint64 bytes = 0;
    };
    static constexpr qint64 kSmallJobBytes = 256;

    /// `mayWait`: a write of deliveries that may wait for more under load (see Options::busyCommitIntervalMs).
    void post(Job job, qint64 bytes = kSmallJobBytes, bool mayWait = false);
    void store(const QList<DeliveryItem>& deliveries, bool taken);
    void postWrite(std::function<Status(OutboxDatabase&)> write, StatusDone done = {});
    /// A handed-out delivery's outcome; for an ordered one, the next of its device may fall due with it.
    void postOutcome(std::function<Status(OutboxDatabase&, int room, std::vector<Promoted>&)> write, bool ordered,
                     StatusDone done, bool mayWait = true);

    /// What this side knows of an ordered lane (one device's deliveries to one webhook), from what it stored
    /// and handed out, so that the next of a device goes to the engine as its predecessor leaves, without a
    /// round trip through the outbox thread. Learnt from deliveries stored while the lane was empty; forgotten
    /// whenever something else may have changed lanes (parking, retries and discards by hand, a write error).
    struct Lane
    {
        QString head;                   ///< the lane's pending delivery (empty: none, as far as known)
        std::deque<DeliveryItem> queue; ///< stored (committed) behind the head, in their order
        bool complete = true;           ///< `queue` holds every delivery queued in the lane
    };
    static QString laneKey(const DeliveryItem& d);
    void forgetLanes();
    void learnStored(const DeliveryItem& d, bool queued);
    void learnHandedOut(const QList<DeliveryItem>& deliveries);
    /// The next of `leaving`'s lane, handed out to the engine now (emitted on the next turn); empty when it is
    /// not known here, or the engine has no room. `known`: whether this side knows the lane (else the outbox
    /// thread finds the next, and the lane waits for it).
    QString handOutNextOf(const DeliveryItem& leaving, bool& known);
    /// Next deliveries of ordered devices handed out by a transaction not yet committed (see Worker::drain()).
    void announceEarly(const QList<DeliveryItem>& items, const QList<quint64>& generations,
                       const QList<QList<DeliveryItem>>& following, int room);
    /// How many deliveries behind the next of a lane this side does not know to ask the outbox thread for.
    int laneReadAhead() const;
    void learnLane(const DeliveryItem& head, const QList<DeliveryItem>& following);
    void handToWorker();
    void noteChanged();

    QString m_path;
    Options m_options;
    std::shared_ptr<Shared> m_shared;
    QThread m_thread;
    Worker* m_worker = nullptr;
    std::vector<Queued> m_jobs; ///< this turn's jobs, handed to the worker together
    quint64 m_jobsPosted = 0;   ///< jobs asked of the worker since the outbox was made
    bool m_handOffPosted = false;
    /// The end of this turn (or Options::commitIntervalMs): a timer, since a zero-time single shot posts an
    /// event, and a posted event wakes the dispatcher through its eventfd (two system calls).
    QTimer m_handOffTimer{this};
    QTimer m_holdTimer{this}; ///< a group of writes waiting for more, under load
    /// How long writes of deliveries wait for more now: Options::busyCommitIntervalMs or
    /// heavyCommitIntervalMs, as the rate of jobs asks; 0 when not under load.
    int m_holdMs = 0;
    QElapsedTimer m_busyWindow;  ///< since m_holdMs was last decided
    qint64 m_busyWindowJobs = 0; ///< jobs posted since then
    bool m_changePosted = false;
    bool m_open = false;
    std::unordered_map<QString, Lane> m_lanes;
    qsizetype m_laneItems = 0;          ///< deliveries in the lanes' queues, at most kLaneItems
    quint64 m_laneGeneration = 0;       ///< counts forgetLanes(): what a job learnt before that is not used
    QList<DeliveryItem> m_laneHandOuts; ///< handed out by handOutNextOf(), emitted on the next turn
    QTimer m_laneHandOutTimer{this};    ///< that next turn, without posting an event (see m_handOffTimer)
    QStringList m_keep;                 ///< their ids, for the outbox thread (Shared::keep)
};

} // namespace hooksmith

#include "Outbox.h"

#include "OutboxDatabase.h"
#include "Paths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

#include <atomic>

using namespace Qt::StringLiterals;

namespace hooksmith {

/// What the caller's thread and the outbox thread share: the jobs handed over.
struct Outbox::Shared
{
    QMutex mutex;
    std::vector<Queued> jobs;
    bool drainPosted = false;
    std::atomic<qint64> backlog{0};
    std::atomic<quint64> transactions{0}; ///< committed by the worker
    /// After the worker ran a group: how many jobs it has run in all, shifted left by one, and in the low
    /// bit whether the database was quiet then (OutboxDatabase::isQuiet()).
    std::atomic<quint64> quiet{0};
    /// The outbox thread's own: the next deliveries of ordered devices handed out by the transaction being
    /// written, announced before it is committed (see Worker::drain()), and the room they took.
    /// Deliveries the caller handed out from what it knows of their lanes (see Outbox::handOutNextOf()), taken
    /// with the jobs and marked handed out before any of them runs, whatever becomes of the group.
    QStringList keep;
    QList<DeliveryItem> early;
    QList<quint64> earlyGenerations;           ///< Outbox::m_laneGeneration when each was asked for
    QList<QList<DeliveryItem>> earlyFollowing; ///< what is queued behind each, when it was asked for
    int earlyRoom = 0;
};

namespace {

/// Jobs that write about this much to the log go into one transaction; more start another (see
/// Worker::drain()). A changed row costs about a page or two of log, wherever it is in the file.
constexpr qint64 kMaxTransactionBytes = 4 * 1024 * 1024;
constexpr qint64 kMaxTransactionBytesWhenLow = 64 * 1024;
constexpr qint64 kOutcomeBytes = 8 * 1024;
/// At most this many deliveries queued in ordered lanes are kept in memory (see Outbox::Lane).
constexpr qsizetype kLaneItems = 16384;
/// A lane this side does not know (longer than it keeps, or there when the outbox opened) is read this many
/// deliveries at a time, as its head leaves (see Outbox::learnLane()).
constexpr qsizetype kLaneReadAhead = 64;

/// Copies the write-ahead log into the database file, on a thread of its own and with a connection of
/// its own. Left to SQLite, the copy (and the syncs around it) would run inside the commit that crosses
/// its threshold, and the deliveries waiting for that commit would wait for the disk too. A passive
/// checkpoint never blocks the writer; the log starts again from its beginning at the next write after
/// a complete one, so it stays small.
class Checkpointer : public QObject
{
public:
    Checkpointer(QString path, int intervalMs, std::shared_ptr<std::atomic<bool>> pending)
        : m_path(std::move(path))
        , m_connection(u"hooksmith-checkpoint-%1"_s.arg(quintptr(this), 0, 16))
        , m_pending(std::move(pending))
    {
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, &Checkpointer::run);
    }

    void start() { m_timer.start(); }

    void run()
    {
        if (!m_pending->exchange(false))
            return;
        if (!m_db.isOpen()) {
            m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
            m_db.setDatabaseName(m_path);
            if (!m_db.open())
                return; // tried again after the next commit; the log only grows meanwhile
        }
        QSqlQuery checkpoint(m_db);
        if (!checkpoint.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s))
            m_pending->store(true);
    }

    /// On its own thread, before that thread ends: connections belong to the thread that made them.
    void stop()
    {
        m_timer.stop();
        if (m_db.isValid()) {
            m_db.close();
            m_db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
        }
    }

private:
    QString m_path;
    QString m_connection;
    std::shared_ptr<std::atomic<bool>> m_pending;
    QSqlDatabase m_db;
    QTimer m_timer{this}; // a child: it moves to the checkpoint thread with this object
};

} // namespace

/// Lives on the outbox thread and owns the database.
class Outbox::Worker : public QObject
{
public:
    Worker(std::shared_ptr<Shared> shared, Outbox* front)
        : m_shared(std::move(shared))
        , m_front(front)
    {}
    ~Worker() override { close(); }

    void open(const QString& path, bool fullSync, int checkpointIntervalMs, qint64 maxWalBytes, qint64 restartLogBytes)
    {
        m_maxWalBytes = maxWalBytes;
        m_restartLogBytes = restartLogBytes;
        m_directory = QFile::encodeName(QFileInfo(path).absolutePath());
        auto db = std::make_unique<OutboxDatabase>(path, fullSync, restartLogBytes);
        const Status st = db->open();
        if (st) {
            m_db = std::move(db);
            startCheckpoints(path, checkpointIntervalMs);
        }
        const QString error = st ? QString() : st.errorMessage();
        QMetaObject::invokeMethod(
            m_front,
            [front = m_front, ok = st.ok(), error] {
                front->m_open = ok;
                Q_EMIT front->opened(ok, error);
            },
            Qt::QueuedConnection);
    }

    /// Runs every job handed over so far, in transactions of at most kMaxTransactionBytes each (so that the
    /// room left on the disk is looked at often enough, see keepLogBounded()), then posts their replies.
    void drain()
    {
        std::vector<Queued> jobs;
        QStringList keep;
        {
            QMutexLocker lock(&m_shared->mutex);
            jobs.swap(m_shared->jobs);
            keep.swap(m_shared->keep);
            m_shared->drainPosted = false;
        }
        if (m_db) {
            for (const QString& id : std::as_const(keep))
                m_db->keepHandedOut(id);
        }
        if (jobs.empty())
            return;
        std::vector<std::pair<Reply, Status>> replies;
        replies.reserve(jobs.size());
        bool recovered = false;
        for (std::size_t next = 0; next < jobs.size();) {
            // The room is looked at before each transaction, and a transaction never takes more than a part
            // of what is left above the reserve.
            if (m_db)
                keepLogBounded();
            const qint64 limit = m_db ? m_transactionLimit : kMaxTransactionBytes;
            std::size_t end = next;
            qint64 bytes = 0;
            while (end < jobs.size() && (end == next || bytes + jobs[end].bytes <= limit))
                bytes += jobs[end++].bytes;
            const std::size_t first = replies.size();
            Status commit;
            if (!m_db) {
                for (std::size_t i = next; i < end; ++i)
                    replies.emplace_back(jobs[i].job(nullptr), Status::success());
            } else {
                commit = m_db->begin();
                const bool began = commit.ok();
                for (std::size_t i = next; i < end; ++i)
                    replies.emplace_back(jobs[i].job(began ? m_db.get() : nullptr), Status::success());
                announceEarly();
                if (began) {
                    commit = m_db->commit();
                    if (commit) {
                        m_checkpointPending->store(true);
                        m_shared->transactions.fetch_add(1, std::memory_order_relaxed);
                    } else
                        m_db->rollback(commit.errorMessage());
                }
            }
            for (std::size_t i = first; i < replies.size(); ++i)
                replies[i].second = commit;
            recovered = recovered || (m_failing && commit);
            m_failing = !commit;
            next = end;
        }
        m_shared->backlog -= qint64(jobs.size());
        m_jobsDone += quint64(jobs.size());
        const bool quiet = m_db && !m_failing && m_db->isQuiet();
        m_shared->quiet.store((m_jobsDone << 1) | (quiet ? 1 : 0), std::memory_order_release);
        QMetaObject::invokeMethod(
            m_front,
            [front = m_front, replies = std::move(replies), recovered] {
                for (const auto& [r, commit] : replies) {
                    if (r)
                        r(commit);
                }
                if (recovered)
                    Q_EMIT front->storeRecovered();
            },
            Qt::QueuedConnection);
    }

    void close()
    {
        if (m_checkpointer) {
            QMetaObject::invokeMethod(
                m_checkpointer, [c = m_checkpointer] { c->stop(); }, Qt::BlockingQueuedConnection);
            m_checkpointThread.quit();
            m_checkpointThread.wait();
            m_checkpointer = nullptr;
        }
        // The last connection to close copies what is left of the log into the file.
        m_db.reset();
    }

private:
    /// The next deliveries of ordered devices, whose predecessors' attempts are over, go to the engine while
    /// the transaction that records it is written (see OutboxDatabase::promoteNext()).
    void announceEarly()
    {
        if (m_shared->early.isEmpty())
            return;
        QMetaObject::invokeMethod(
            m_front,
            [front = m_front, items = std::exchange(m_shared->early, {}),
             generations = std::exchange(m_shared->earlyGenerations, {}),
             following = std::exchange(m_shared->earlyFollowing, {}), room = std::exchange(m_shared->earlyRoom, 0)] {
                front->announceEarly(items, generations, following, room);
            },
            Qt::QueuedConnection);
    }

    /// Keeps the outbox usable on a disk that fills up.
    ///  - The write-ahead log is folded into the file by the checkpoint thread, about once a second; a burst
    ///    can grow it faster. Folding it may grow the file by as much as the log holds, so the log is
    ///    folded here, before anything else is written, whenever it holds more than half of the room left
    ///    on the disk (or more than maxWalBytes): it never grows past what a checkpoint can fold back.
    ///  - New deliveries are refused while the room left (free space, plus free pages in the file, less the
    ///    log) is under a reserve: what becomes of deliveries already taken can always be written, and
    ///    writing it frees room (a delivered one leaves the file).
    void keepLogBounded()
    {
        OutboxDatabase::DiskRoom disk = OutboxDatabase::diskRoom(m_directory);
        qint64 wal = m_db->walBytes();
        const qint64 free = disk.available;
        const qint64 reserve = std::clamp<qint64>(disk.total / 8, 64 * 1024, 4 * 1024 * 1024);
        // Low on room, the log is folded before every transaction: what it holds is small then, and folding
        // it later might not be possible any more.
        const bool low = free >= 0 && free < 2 * reserve;
        QString refusal;
        if (wal > 0 && ((m_maxWalBytes > 0 && wal > m_maxWalBytes) || (free >= 0 && wal > free / 2) || low)) {
            if (const Status st = m_db->checkpointAndTruncate(); !st) {
                if (m_maxWalBytes > 0 && wal > m_maxWalBytes) {
                    refusal = Outbox::tr("the outbox's write-ahead log has reached its limit of %1 MB and cannot "
                                         "be folded into the file (%2)")
                                  .arg(m_maxWalBytes / (1024 * 1024))
                                  .arg(st.errorMessage());
                }
            }
            disk = OutboxDatabase::diskRoom(m_directory);
            wal = m_db->walBytes();
        } else if (wal > m_restartLogBytes) {
            // Written to without pause, the log is never found empty by the checkpoint thread, and grows: it is
            // started again from its beginning here, so that writes go over pages it has instead of growing it.
            if (m_db->checkpointAndRestart())
                wal = m_db->walBytes();
        }
        m_transactionLimit = kMaxTransactionBytes;
        if (free >= 0) {
            // Free pages in the file only add room: they are counted (a read of their own) only where the
            // disk's room alone would limit the next group.
            const qint64 onDisk = disk.available - wal;
            const bool plenty = onDisk - reserve >= 4 * kMaxTransactionBytes;
            const qint64 room = plenty ? onDisk : onDisk + m_db->freePagesBytes();
            // What a group of deliveries costs on disk is a few times its size (log frames, index pages, the
            // fold into the file): a group takes at most a quarter of the room above the reserve, so that one
            // large group cannot eat the reserve.
            m_transactionLimit =
                low ? kMaxTransactionBytesWhenLow
                    : std::clamp<qint64>((room - reserve) / 4, kMaxTransactionBytesWhenLow, kMaxTransactionBytes);
            if (refusal.isEmpty() && room < reserve) {
                refusal = Outbox::tr("the disk that holds the outbox is full (%1 KB left, %2 KB are kept for "
                                     "recording what becomes of deliveries)")
                              .arg(std::max<qint64>(0, room) / 1024)
                              .arg(reserve / 1024);
            }
        }
        m_db->setRefuseNew(refusal);
        m_db->setLowOnRoom(low);
    }

    void startCheckpoints(const QString& path, int intervalMs)
    {
        // At most 15 characters reach the system (top -H, /proc): "hooksmith-outbox-..." would read as the
        // outbox thread's own name there.
        m_checkpointThread.setObjectName(u"hooksmith-ckpt"_s);
        m_checkpointer = new Checkpointer(path, intervalMs, m_checkpointPending);
        m_checkpointer->moveToThread(&m_checkpointThread);
        connect(&m_checkpointThread, &QThread::finished, m_checkpointer, &QObject::deleteLater);
        m_checkpointThread.start();
        QMetaObject::invokeMethod(
            m_checkpointer, [c = m_checkpointer] { c->start(); }, Qt::QueuedConnection);
    }

    std::shared_ptr<Shared> m_shared;
    Outbox* m_front;
    std::unique_ptr<OutboxDatabase> m_db;
    /// Something was committed since the last checkpoint.
    std::shared_ptr<std::atomic<bool>> m_checkpointPending = std::make_shared<std::atomic<bool>>(false);
    QThread m_checkpointThread;
    Checkpointer* m_checkpointer = nullptr;
    qint64 m_maxWalBytes = 0;
    qint64 m_restartLogBytes = 0;
    QByteArray m_directory;                           ///< where the outbox's files are, for statvfs()
    bool m_failing = false;                           ///< the last group could not be committed
    quint64 m_jobsDone = 0;                           ///< jobs run since the outbox was made
    qint64 m_transactionLimit = kMaxTransactionBytes; ///< the most bytes of jobs in the next transaction
};

namespace {

Error notOpen()
{
    return Error(Outbox::tr("the outbox is not open"));
}

/// A fetch whose transaction could not be committed is asked again after this long.
constexpr qint64 kRetryAfterErrorMs = 1000;
/// How often Outbox::m_holdMs is decided (see Options::busyJobsPerMs).
constexpr qint64 kBusyWindowMs = 5;

} // namespace

Outbox::Outbox(const QString& filePath, QObject* parent)
    : Outbox(filePath, Options{}, parent)
{}

Outbox::Outbox(const QString& filePath, const Options& options, QObject* parent)
    : DeliveryStore(parent)
    , m_path(filePath)
    , m_options(options)
    , m_shared(std::make_shared<Shared>())
{
    m_thread.setObjectName(u"hooksmith-outbox"_s);
    m_busyWindow.start();
    m_holdTimer.setSingleShot(true);
    m_holdTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_holdTimer, &QTimer::timeout, this, &Outbox::handToWorker);
    m_handOffTimer.setSingleShot(true);
    connect(&m_handOffTimer, &QTimer::timeout, this, &Outbox::handToWorker);
    m_laneHandOutTimer.setSingleShot(true);
    connect(&m_laneHandOutTimer, &QTimer::timeout, this, [this] {
        const QList<DeliveryItem> items = std::exchange(m_laneHandOuts, {});
        if (items.isEmpty())
            return;
        handOutArrived(int(items.size()));
        Q_EMIT handedOut(items);
    });
    m_worker = new Worker(m_shared, this);
    // A write that failed may have left lanes otherwise than this side knows them.
    connect(this, &DeliveryStore::storeError, this, &Outbox::forgetLanes);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

Outbox::~Outbox()
{
    handToWorker();
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker] {
            w->drain();
            w->close();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString Outbox::fileFor(const QString& workspacePath, const QString& dir)
{
    const QFileInfo info(workspacePath);
    QString base = info.fileName();
    for (const QString& suffix : {u".hooksmith.json"_s, u".json"_s}) {
        if (base.endsWith(suffix, Qt::CaseInsensitive)) {
            base.chop(suffix.size());
            break;
        }
    }
    QString safe;
    for (const QChar c : std::as_const(base))
        safe.append(c.isLetterOrNumber() || c == u'-' || c == u'_' ? c : u'_');
    const QString canonical = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    const QString folder = dir.isEmpty() ? Paths::outboxDir() : dir;
    return QDir(folder).filePath(safe + u'-' + QString::fromLatin1(hash) + u".outbox.sqlite"_s);
}

void Outbox::open()
{
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, path = m_path, full = m_options.fullSync, interval = m_options.checkpointIntervalMs,
         maxWal = m_options.maxWalBytes,
         restartLog = m_options.restartLogBytes] { w->open(path, full, interval, maxWal, restartLog); },
        Qt::QueuedConnection);
}

quint64 Outbox::transactionsCommitted() const
{
    return m_shared->transactions.load(std::memory_order_relaxed);
}

qint64 Outbox::backlog() const
{
    return m_shared->backlog.load() + qint64(m_jobs.size());
}

void Outbox::post(Job job, qint64 bytes, bool mayWait)
{
    ++m_jobsPosted;
    m_jobs.push_back(Queued{std::move(job), bytes});
    // Whether jobs come fast enough to be worth waiting for more, decided every few milliseconds; a window
    // twice as long as that without a job means that the load has stopped.
    ++m_busyWindowJobs;
    if (m_options.busyJobsPerMs <= 0) {
        m_holdMs = m_options.busyCommitIntervalMs;
    } else if (const qint64 ms = m_busyWindow.elapsed(); ms >= kBusyWindowMs) {
        const bool recent = ms < 2 * kBusyWindowMs;
        const bool heavy = m_options.heavyJobsPerMs > 0 && m_busyWindowJobs >= qint64(m_options.heavyJobsPerMs) * ms;
        const bool busy = m_busyWindowJobs >= qint64(m_options.busyJobsPerMs) * ms;
        m_holdMs = !recent ? 0
                   : heavy ? std::max(m_options.busyCommitIntervalMs, m_options.heavyCommitIntervalMs)
                   : busy  ? m_options.busyCommitIntervalMs
                           : 0;
        m_busyWindowJobs = 0;
        m_busyWindow.start();
    }
    if (m_handOffPosted)
        return;
    // Under load, writes of deliveries wait a little for more (one transaction for all of them); anything
    // else goes at the end of this turn, and takes what waits with it.
    if (mayWait && m_holdMs > m_options.commitIntervalMs) {
        if (!m_holdTimer.isActive())
            m_holdTimer.start(m_holdMs);
        return;
    }
    m_handOffPosted = true;
    // Everything asked during this event-loop turn (or interval) goes to the worker as one group.
    m_handOffTimer.start(m_options.commitIntervalMs);
}

void Outbox::handToWorker()
{
    m_handOffPosted = false;
    m_handOffTimer.stop();
    m_holdTimer.stop();
    if (m_jobs.empty())
        return;
    const qint64 count = qint64(m_jobs.size());
    bool postDrain = false;
    {
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->jobs.empty())
            m_shared->jobs.swap(m_jobs);
        else
            std::move(m_jobs.begin(), m_jobs.end(), std::back_inserter(m_shared->jobs));
        m_jobs.clear();
        m_shared->keep += std::exchange(m_keep, {});
        postDrain = !m_shared->drainPosted;
        m_shared->drainPosted = true;
    }
    m_shared->backlog += count;
    if (postDrain)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->drain(); }, Qt::QueuedConnection);
}

void Outbox::noteChanged()
{
    if (m_changePosted)
        return;
    m_changePosted = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_changePosted = false;
            Q_EMIT changed();
        },
        Qt::QueuedConnection);
}

void Outbox::postWrite(std::function<Status(OutboxDatabase&)> write, StatusDone done)
{
    post(
        [this, write = std::move(write), done = std::move(done)](OutboxDatabase* db) -> Reply {
            const Status st = db ? write(*db) : Status(notOpen());
            return [this, st, done](const Status& commit) {
                const Status result = !st ? st : commit;
                if (!result)
                    Q_EMIT storeError(result.errorMessage());
                if (done)
                    done(result);
                noteChanged();
            };
        },
        kOutcomeBytes);
}

void Outbox::postOutcome(std::function<Status(OutboxDatabase&, int room, std::vector<Promoted>&)> write, bool ordered,
                         StatusDone done, bool mayWait)
{
    post(
        [this, write = std::move(write), ordered, done = std::move(done),
         generation = m_laneGeneration](OutboxDatabase* db) -> Reply {
            std::vector<Promoted> promoted;
            int room = db && ordered ? takeLaneRoom(1) : 0;
            const Status st = db ? write(*db, room, promoted) : Status(notOpen());
            // Those handed out go to the engine before the transaction is committed, with the room they took.
            bool waiting = false;
            for (const Promoted& p : promoted) {
                if (st && p.handedOut) {
                    m_shared->early.append(p.item);
                    m_shared->earlyGenerations.append(generation);
                    m_shared->earlyFollowing.append(p.following);
                    m_shared->earlyRoom += std::exchange(room, 0);
                } else if (!p.handedOut) {
                    waiting = true;
                }
            }
            // Room not used goes back at once, as in store().
            if (room > 0)
                handOutArrived(room);
            return [this, st, done, waiting](const Status& commit) {
                const Status result = !st ? st : commit;
                if (!result) {
                    // Nothing of the group is written: the delivery stays handed out, and nothing fell due but
                    // what went to the engine already.
                    Q_EMIT storeError(result.errorMessage());
                }
                if (result && waiting)
                    Q_EMIT dueAvailable();
                if (done)
                    done(result);
                noteChanged();
            };
        },
        kOutcomeBytes, mayWait);
}

void Outbox::announceEarly(const QList<DeliveryItem>& items, const QList<quint64>& generations,
                           const QList<QList<DeliveryItem>>& following, int room)
{
    handOutArrived(room);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (generations[i] == m_laneGeneration) {
            learnHandedOut({items[i]});
            learnLane(items[i], following[i]);
        }
    }
    // The next of an ordered device reaches the engine before the outcome that let it go: the engine is never
    // idle in between.
    Q_EMIT handedOut(items);
}

void Outbox::enqueue(const QList<DeliveryItem>& deliveries)
{
    store(deliveries, false);
}

void Outbox::enqueueTaken(const QList<DeliveryItem>& deliveries)
{
    store(deliveries, true);
}

bool Outbox::isQuiet() const
{
    if (!m_open || !m_jobs.empty())
        return false;
    const quint64 quiet = m_shared->quiet.load(std::memory_order_acquire);
    return (quiet & 1) != 0 && (quiet >> 1) == m_jobsPosted;
}

void Outbox::store(const QList<DeliveryItem>& deliveries, bool taken)
{
    if (deliveries.isEmpty())
        return;
    QList<DeliveryItem> rows = deliveries;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (DeliveryItem& d : rows) {
        if (!d.acceptedAt.isValid())
            d.acceptedAt = now;
        if (!d.nextAttemptAt.isValid())
            d.nextAttemptAt = d.acceptedAt;
    }
    qint64 bytes = 0;
    for (const DeliveryItem& d : std::as_const(rows))
        bytes += kOutcomeBytes + d.signal.value.toJson().size() * 2;
    // Ordered deliveries of lanes known to have one pending: queued behind it without a look at the file.
    QList<bool> behind;
    if (!taken && !m_lanes.empty()) {
        behind.reserve(rows.size());
        for (const DeliveryItem& d : std::as_const(rows)) {
            const auto lane = d.ordered ? m_lanes.find(laneKey(d)) : m_lanes.end();
            behind.append(lane != m_lanes.end() && !lane->second.head.isEmpty());
        }
    }
    post(
        [this, rows = std::move(rows), taken, behind, generation = m_laneGeneration](OutboxDatabase* db) -> Reply {
            QStringList ids;
            ids.reserve(rows.size());
            Status st = db ? db->refusal() : Status(notOpen());
            // The engine's room (if any) goes to the first of them, unless older due deliveries wait to be
            // fetched: they are on disk, as if fetched, once this group commits, and the engine starts
            // them without reading them back.
            // Deliveries the engine took before they were stored are its own already.
            // Those of a lane known to have one pending are queued behind it and need none.
            int mayGo = 0;
            for (qsizetype i = 0; i < rows.size(); ++i)
                mayGo += behind.isEmpty() || !behind[i] ? 1 : 0;
            const int room = st && !taken && db->mayHandOutNew() ? takeAcceptRoom(mayGo) : 0;
            QList<DeliveryItem> handedOut;
            QList<std::pair<DeliveryItem, bool>> ordered; ///< stored (not there before), and whether queued
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const DeliveryItem& d = rows[i];
                bool handed = false;
                OutboxDatabase::StoredAs as = OutboxDatabase::StoredAs::Existing;
                if (st)
                    st = db->insert(d, handedOut.size() < room, &handed, taken, &as, !behind.isEmpty() && behind[i]);
                if (handed && !taken)
                    handedOut.append(d);
                // One already there (the same signal again) leaves its lane as it was.
                if (d.ordered && as != OutboxDatabase::StoredAs::Existing)
                    ordered.append({d, as == OutboxDatabase::StoredAs::Queued});
                ids.append(d.messageId);
            }
            if (db && !st)
                db->refuseUntilAcceptAgain(st.errorMessage());
            // Room left unused goes back at once: the next delivery of a lane may need it before this commits.
            const int used = int(handedOut.size());
            if (room > used)
                handOutArrived(room - used);
            return [this, ids, st, used, handedOut, ordered, generation](const Status& commit) {
                handOutArrived(used);
                if (st && commit && generation == m_laneGeneration) {
                    for (const auto& [d, queued] : ordered)
                        learnStored(d, queued);
                }
                if (st && commit) {
                    if (!handedOut.isEmpty())
                        Q_EMIT acceptedHandedOut(handedOut);
                    const auto queued = std::count_if(ordered.begin(), ordered.end(),
                                                      [](const std::pair<DeliveryItem, bool>& o) { return o.second; });
                    if (queued > 0)
                        Q_EMIT acceptedQueued(int(queued));
                    Q_EMIT accepted(ids);
                } else {
                    // Nothing of this group is stored: nothing was handed out either.
                    const QString why = !st ? st.errorMessage() : commit.errorMessage();
                    Q_EMIT storeError(why);
                    Q_EMIT rejected(ids, why);
                }
                noteChanged();
            };
        },
        bytes, true);
}

void Outbox::acceptAgain()
{
    post([](OutboxDatabase* db) -> Reply {
        if (db)
            db->acceptAgain();
        return {};
    });
}

void Outbox::fetchDue(int limit, const QDateTime& now, FetchDone done)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    post([this, limit, nowMs, done = std::move(done), generation = m_laneGeneration](OutboxDatabase* db) -> Reply {
        std::optional<qint64> next;
        Result<QList<DeliveryItem>> due =
            db ? db->fetchDue(nowMs, limit, next) : Result<QList<DeliveryItem>>(notOpen());
        return [this, done, due = std::move(due), next, nowMs, generation](const Status& commit) {
            if (!due || !commit) {
                // Nothing was handed out (the transaction was undone): ask again in a while.
                Q_EMIT storeError(!due ? due.errorMessage() : commit.errorMessage());
                done({}, QDateTime::fromMSecsSinceEpoch(nowMs + kRetryAfterErrorMs, Qt::UTC));
                return;
            }
            if (generation == m_laneGeneration)
                learnHandedOut(due.value());
            std::optional<QDateTime> nextDue;
            if (next)
                nextDue = QDateTime::fromMSecsSinceEpoch(*next, Qt::UTC);
            done(due.value(), nextDue);
        };
    });
}

void Outbox::recordRetry(const DeliveryItem& delivery, const AttemptRecord& attempt, const QDateTime& nextAttemptAt,
                         StatusDone done)
{
    postOutcome(
        [delivery, attempt, next = nextAttemptAt.toMSecsSinceEpoch()](OutboxDatabase& db, int room,
                                                                      std::vector<Promoted>& promoted) {
            return db.recordAttempt(delivery, attempt, DeliveryItem::State::Pending, next, {}, room, promoted);
        },
        false, std::move(done));
}

void Outbox::recordFailure(const DeliveryItem& delivery, const std::optional<AttemptRecord>& attempt,
                           const QString& reason, StatusDone done)
{
    bool known = true;
    const QString next = delivery.ordered ? handOutNextOf(delivery, known) : QString();
    const int readAhead = known ? 0 : laneReadAhead();
    postOutcome(
        [delivery, attempt, reason, next, readAhead](OutboxDatabase& db, int room, std::vector<Promoted>& promoted) {
            return db.recordAttempt(delivery, attempt, DeliveryItem::State::Failed,
                                    delivery.nextAttemptAt.toMSecsSinceEpoch(), reason, room, promoted, next,
                                    readAhead);
        },
        delivery.ordered && next.isEmpty(), std::move(done), known);
}

void Outbox::complete(const DeliveryItem& delivery, StatusDone done)
{
    bool known = true;
    const QString next = delivery.ordered ? handOutNextOf(delivery, known) : QString();
    const int readAhead = known ? 0 : laneReadAhead();
    postOutcome(
        [delivery, next, readAhead](OutboxDatabase& db, int room, std::vector<Promoted>& promoted) {
            return db.remove(delivery, room, promoted, next, readAhead);
        },
        delivery.ordered && next.isEmpty(), std::move(done), known);
}

int Outbox::laneReadAhead() const
{
    return int(std::clamp<qsizetype>(kLaneItems - m_laneItems, 0, kLaneReadAhead));
}

void Outbox::learnLane(const DeliveryItem& head, const QList<DeliveryItem>& following)
{
    // What the outbox thread read behind a head it handed out, for a lane this side did not know: known again,
    // as far as it goes (the rest is in the file).
    if (following.isEmpty())
        return;
    const QString key = laneKey(head);
    const qsizetype room = std::min(kLaneItems - m_laneItems, following.size());
    if (room <= 0 || m_lanes.find(key) != m_lanes.end())
        return;
    Lane lane{head.messageId, {}, false};
    lane.queue.assign(following.cbegin(), following.cbegin() + room);
    m_laneItems += room;
    m_lanes.emplace(key, std::move(lane));
}

QString Outbox::laneKey(const DeliveryItem& d)
{
    return d.webhookId + u'\n' + d.signal.deviceToken;
}

void Outbox::forgetLanes()
{
    m_lanes.clear();
    m_laneItems = 0;
    ++m_laneGeneration;
}

void Outbox::learnStored(const DeliveryItem& d, bool queued)
{
    const QString key = laneKey(d);
    const auto it = m_lanes.find(key);
    if (!queued) {
        // Stored pending: its lane had nothing else waiting.
        if (it == m_lanes.end()) {
            m_lanes.emplace(key, Lane{d.messageId, {}, true});
        } else {
            m_laneItems -= qsizetype(it->second.queue.size());
            it->second = Lane{d.messageId, {}, true};
        }
        return;
    }
    if (it == m_lanes.end() || !it->second.complete)
        return;
    Lane& lane = it->second;
    if (lane.head == d.messageId)
        return; // it fell due (and went to the engine) before this was known
    if (m_laneItems >= kLaneItems) {
        lane.complete = false; // the rest of this lane is read from the file when its turn comes
        return;
    }
    lane.queue.push_back(d);
    ++m_laneItems;
}

void Outbox::learnHandedOut(const QList<DeliveryItem>& deliveries)
{
    for (const DeliveryItem& d : deliveries) {
        if (!d.ordered)
            continue;
        const auto it = m_lanes.find(laneKey(d));
        if (it == m_lanes.end())
            continue;
        Lane& lane = it->second;
        if (lane.head == d.messageId)
            continue; // the head again (a retry fell due)
        if (!lane.queue.empty()) {
            if (lane.queue.front().messageId != d.messageId) {
                // Not what this side expected next: what it knows of the lane is not used any more.
                m_laneItems -= qsizetype(lane.queue.size());
                m_lanes.erase(it);
                continue;
            }
            lane.queue.pop_front();
            --m_laneItems;
        }
        lane.head = d.messageId;
    }
}

QString Outbox::handOutNextOf(const DeliveryItem& leaving, bool& known)
{
    known = false;
    const auto it = m_lanes.find(laneKey(leaving));
    if (it == m_lanes.end())
        return {};
    Lane& lane = it->second;
    if (lane.head != leaving.messageId || (lane.queue.empty() && !lane.complete)) {
        // Not known well enough here: the outbox thread finds the next.
        m_laneItems -= qsizetype(lane.queue.size());
        m_lanes.erase(it);
        return {};
    }
    known = true;
    lane.head.clear();
    // Nothing waits behind it, or the engine has no room: the next (if any) falls due on the outbox thread,
    // and the engine fetches it.
    if (lane.queue.empty() || takeLaneRoom(1) == 0)
        return {};
    DeliveryItem next = std::move(lane.queue.front());
    lane.queue.pop_front();
    --m_laneItems;
    lane.head = next.messageId;
    if (m_laneHandOuts.isEmpty())
        m_laneHandOutTimer.start(0);
    m_laneHandOuts.append(next);
    m_keep.append(lane.head);
    return lane.head;
}

void Outbox::park(const DeliveryItem& delivery, const QString& reason, StatusDone done)
{
    forgetLanes();
    postWrite([delivery, reason](OutboxDatabase& db) { return db.park(delivery, reason); }, std::move(done));
}

void Outbox::release(const QString& messageId)
{
    post([messageId](OutboxDatabase* db) -> Reply {
        if (db)
            db->release(messageId);
        return {};
    });
}

void Outbox::setActiveWebhooks(const ActiveWebhooks& webhooks, ParkingDone done)
{
    forgetLanes();
    post([this, webhooks, done = std::move(done)](OutboxDatabase* db) -> Reply {
        auto change = db ? db->setActiveWebhooks(webhooks) : Result<ParkingChange>(notOpen());
        return [this, done, change = std::move(change)](const Status& commit) {
            if (!change || !commit)
                Q_EMIT storeError(!change ? change.errorMessage() : commit.errorMessage());
            const bool ok = change && commit;
            if (ok && !change->resumed.isEmpty())
                Q_EMIT dueAvailable();
            if (done)
                done(ok ? change.value() : ParkingChange{});
            noteChanged();
        };
    });
}

void Outbox::retryNow(const QStringList& messageIds, StatusDone done)
{
    forgetLanes();
    postWrite([messageIds,
               now = QDateTime::currentMSecsSinceEpoch()](OutboxDatabase& db) { return db.retryNow(messageIds, now); },
              [this, done = std::move(done)](Status st) {
                  if (st)
                      Q_EMIT dueAvailable();
                  if (done)
                      done(st);
              });
}

void Outbox::discard(const QStringList& messageIds, StatusDone done)
{
    forgetLanes();
    postWrite([messageIds](OutboxDatabase& db) { return db.discard(messageIds); },
              [this, done = std::move(done)](Status st) {
                  if (st)
                      Q_EMIT dueAvailable();
                  if (done)
                      done(st);
              });
}

void Outbox::list(const DeliveryQuery& query, ListDone done)
{
    post([query, done = std::move(done)](OutboxDatabase* db) -> Reply {
        auto rows = db ? db->list(query) : Result<QList<DeliveryItem>>(notOpen());
        return [done, rows = std::move(rows)](const Status&) {
            done(rows ? rows.value() : QList<DeliveryItem>{});
        };
    });
}

void Outbox::attempts(const QString& messageId, AttemptsDone done)
{
    post([messageId, done = std::move(done)](OutboxDatabase* db) -> Reply {
        auto rows = db ? db->attempts(messageId) : Result<QList<AttemptRecord>>(notOpen());
        return [done, rows = std::move(rows)](const Status&) {
            done(rows ? rows.value() : QList<AttemptRecord>{});
        };
    });
}

void Outbox::counts(CountsDone done)
{
    post([done = std::move(done)](OutboxDatabase* db) -> Reply {
        auto c = db ? db->counts() : Result<OutboxCounts>(notOpen());
        return [done, c = std::move(c)](const Status&) {
            done(c ? c.value() : OutboxCounts{});
        };
    });
}

void Outbox::summary(SummaryDone done)
{
    post([done = std::move(done)](OutboxDatabase* db) -> Reply {
        auto s = db ? db->summary() : Result<OutboxSummary>(notOpen());
        return [done, s = std::move(s)](const Status&) {
            done(s ? s.value() : OutboxSummary{});
        };
    });
}

void Outbox::flush(StatusDone done)
{
    post([done = std::move(done)](OutboxDatabase* db) -> Reply {
        const bool open = db != nullptr;
        return [done, open](const Status& commit) {
            done(open ? commit : Status(notOpen()));
        };
    });
}

} // namespace hooksmith

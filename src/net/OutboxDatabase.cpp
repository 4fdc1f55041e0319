#include "OutboxDatabase.h"

#include "SqliteWalBatch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

#include <sys/stat.h>
#include <sys/statvfs.h>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

// The order of each ordered lane (webhook, device): deliveries in no order leave no entry, so that storing and
// removing them touches no page of it.
const QString kLaneIndex = u"CREATE INDEX deliveries_lane ON deliveries(webhook_id, device_token, state, id) "
                           "WHERE ordered=1"_s;
// Pending deliveries in the order they fall due: a queued delivery has no entry until it is made pending, so that
// one that is stored and removed while queued in the file (see OutboxDatabase::m_deferredPending) never touches
// a page of it.
const QString kDueIndex = u"CREATE INDEX deliveries_due ON deliveries(next_attempt_at, id) WHERE state=0"_s;

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

/// SQLite stores a null QString as NULL: the text columns are NOT NULL.
QString text(const QString& s)
{
    return s.isNull() ? u""_s : s;
}

qint64 toMs(const QDateTime& t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

/// The state column.
constexpr int kPending = 0;
constexpr int kFailed = 1;
constexpr int kParked = 2;
constexpr int kQueued = 3;

int stateCode(DeliveryItem::State state)
{
    switch (state) {
    case DeliveryItem::State::Pending:
        return kPending;
    case DeliveryItem::State::Failed:
        return kFailed;
    case DeliveryItem::State::Parked:
        return kParked;
    case DeliveryItem::State::Queued:
        return kQueued;
    }
    return kPending;
}

DeliveryItem::State stateFromCode(int code)
{
    switch (code) {
    case kFailed:
        return DeliveryItem::State::Failed;
    case kParked:
        return DeliveryItem::State::Parked;
    case kQueued:
        return DeliveryItem::State::Queued;
    default:
        return DeliveryItem::State::Pending;
    }
}

constexpr auto kColumns = "message_id, webhook_id, device_token, signal_number, value_json, received_at, "
                          "accepted_at, state, attempts, round_start, next_attempt_at, last_error, final_reason, "
                          "ordered";
constexpr int kStateColumn = 7;
constexpr int kAtColumn = 10;
constexpr int kIdColumn = 14; ///< the row id, selected after kColumns

/// How long a statement waits for another connection's lock (the checkpoint thread's, a reader's).
constexpr int kBusyTimeoutMs = 5000;

/// Attempts keep at most this much of the request they sent (head and body), for `outbox show`.
constexpr qsizetype kMaxKeptRequest = 4 * 1024;

} // namespace

OutboxDatabase::OutboxDatabase(QString path, bool fullSync, qint64 logSizeLimit)
    : m_path(std::move(path))
    , m_walPath(QFile::encodeName(m_path + u"-wal"_s))
    , m_connection(u"hooksmith-outbox-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_fullSync(fullSync)
    , m_logSizeLimit(logSizeLimit)
{
    sqlitewal::install();
}

OutboxDatabase::~OutboxDatabase()
{
    closeConnection();
}

void OutboxDatabase::closeConnection()
{
    for (auto* q : {&m_insert, &m_laneNext, &m_laneWaiting, &m_due, &m_dueAfter, &m_nextDue, &m_update,
                    &m_insertAttempt, &m_delete, &m_deleteAttempts, &m_laneHead, &m_makePending, &m_makePendingById,
                    &m_freePages, &m_anyWaiting, &m_begin, &m_commit})
        q->reset();
    m_handle = nullptr;
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

OutboxDatabase::DiskRoom OutboxDatabase::diskRoom(const QByteArray& directory)
{
    struct statvfs s;
    if (::statvfs(directory.constData(), &s) != 0)
        return {};
    return {qint64(s.f_bavail) * qint64(s.f_frsize), qint64(s.f_blocks) * qint64(s.f_frsize)};
}

qint64 OutboxDatabase::roomOnDisk() const
{
    return diskRoom(QFile::encodeName(QFileInfo(m_path).absolutePath())).available;
}

Error OutboxDatabase::sqlError(const QString& what, const QString& detail) const
{
    // SQLite says "disk I/O error" when it cannot even make its shared-memory file on a full disk: the disk
    // is named as the cause when it has (almost) no room left.
    if (const qint64 available = roomOnDisk(); available >= 0 && available < kFullDiskBytes) {
        return Error(tr("outbox %1: %2: the disk that holds it is full (%3 KB left): make room there and try "
                        "again (SQLite: %4)")
                         .arg(QDir::toNativeSeparators(m_path), what)
                         .arg(available / 1024)
                         .arg(detail));
    }
    return Error(tr("outbox %1: %2: %3").arg(QDir::toNativeSeparators(m_path), what, detail));
}

Status OutboxDatabase::exec(SqliteStatement& q, const char* what)
{
    // Once a statement of the transaction failed (a full disk), SQLite may have rolled the transaction back
    // on its own: what follows would run outside it, each statement committed by itself. Nothing more
    // runs; the group fails as a whole.
    if (m_transactionFailed)
        return *m_transactionFailed;
    // Statements that neither read nor change the state of a row other than their own leave the deferred
    // changes for later; every other statement sees them first.
    if (!m_deferredPending.isEmpty() && &q != &*m_insert && &q != &*m_laneWaiting && &q != &*m_update &&
        &q != &*m_insertAttempt && &q != &*m_delete && &q != &*m_deleteAttempts && &q != &*m_makePendingById) {
        if (Status st = applyDeferred(); !st)
            return st;
    }
    if (!q.exec())
        return failed(sqlError(tr(what), q.lastError()));
    return Status::success();
}

Status OutboxDatabase::exec(QSqlQuery& q, const QString& what)
{
    if (m_transactionFailed)
        return *m_transactionFailed;
    if (Status st = applyDeferred(); !st)
        return st;
    if (!q.exec())
        return failed(sqlError(what, q.lastError().text()));
    return Status::success();
}

Status OutboxDatabase::applyDeferred()
{
    const QSet<QString> ids = std::exchange(m_deferredPending, {});
    for (const QString& id : ids) {
        m_makePendingById->bindValue(0, id);
        if (Status st = exec(*m_makePendingById, QT_TR_NOOP("cannot read the order of deliveries")); !st)
            return st;
    }
    return Status::success();
}

Status OutboxDatabase::execText(const QString& sql, const QString& what)
{
    if (m_transactionFailed)
        return *m_transactionFailed;
    if (Status st = applyDeferred(); !st)
        return st;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return failed(sqlError(what, q.lastError().text()));
    return Status::success();
}

Error OutboxDatabase::failed(Error error)
{
    if (m_inTransaction && !m_transactionFailed)
        m_transactionFailed = error;
    return error;
}

Status OutboxDatabase::checkFileHeader()
{
    QFile f(m_path);
    if (!f.exists() || f.size() == 0)
        return Status::success();
    if (!f.open(QIODevice::ReadOnly))
        return sqlError(tr("cannot be read"), f.errorString());
    const QByteArray head = f.read(16);
    if (head != QByteArrayView("SQLite format 3\0", 16)) {
        return Error(tr("outbox %1 is not an outbox database (it is damaged or something else). It was left as "
                        "it is: move it away to start with an empty outbox, or give another one with --outbox.")
                         .arg(QDir::toNativeSeparators(m_path)));
    }
    return Status::success();
}

Status OutboxDatabase::lock()
{
    const QFileInfo info(m_path);
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    if (!QDir().mkpath(info.absolutePath()))
        return sqlError(tr("cannot create the folder"), folder);
    m_lock = std::make_unique<QLockFile>(m_path + u".lock"_s);
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return Status::success();
    const QLockFile::LockError why = m_lock->error();
    qint64 pid = 0;
    QString host, app;
    const bool known = m_lock->getLockInfo(&pid, &host, &app);
    m_lock.reset();
    if (why == QLockFile::LockFailedError && known) {
        return Error(tr("outbox %1 is in use by %2 (process %3 on %4); one outbox serves one running relay or app")
                         .arg(QDir::toNativeSeparators(m_path), app.isEmpty() ? tr("another program") : app)
                         .arg(pid)
                         .arg(host));
    }
    if (why == QLockFile::PermissionError || !QFileInfo(info.absolutePath()).isWritable()) {
        return Error(tr("outbox %1 cannot be used: the folder %2 cannot be written to (it is read-only, or "
                        "belongs to another user); give a folder this user can write with --outbox")
                         .arg(QDir::toNativeSeparators(m_path), folder));
    }
    // A lock file cannot be written on a full disk either.
    if (const qint64 available = roomOnDisk(); available >= 0 && available < kFullDiskBytes) {
        return Error(tr("outbox %1 cannot be locked: the disk that holds it is full (%2 KB left): make room "
                        "there and try again (what the outbox holds is kept)")
                         .arg(QDir::toNativeSeparators(m_path))
                         .arg(available / 1024));
    }
    return Error(tr("outbox %1 cannot be locked (%2)")
                     .arg(QDir::toNativeSeparators(m_path),
                          why == QLockFile::LockFailedError ? tr("another program holds it") : tr("unknown error")));
}

Status OutboxDatabase::open()
{
    if (Status st = lock(); !st)
        return st;
    // SQLite makes its side files as it opens the outbox; an opening that fails (on a full disk) takes away
    // the ones it made, so that it leaves the folder as it was. Nobody else has the outbox open: it is locked.
    const bool hadWal = QFileInfo::exists(m_path + u"-wal"_s);
    const bool hadShm = QFileInfo::exists(m_path + u"-shm"_s);
    const Status st = openLocked();
    if (!st) {
        closeConnection();
        removeSideFilesMade(hadWal, hadShm);
    }
    return st;
}

void OutboxDatabase::removeSideFilesMade(bool hadWal, bool hadShm)
{
    // A log that holds something is kept: it is the outbox's (the next opening reads it).
    const QString wal = m_path + u"-wal"_s;
    if (!hadWal && QFileInfo::exists(wal) && QFileInfo(wal).size() == 0)
        QFile::remove(wal);
    if (!hadShm && !QFileInfo::exists(wal))
        QFile::remove(m_path + u"-shm"_s);
}

Status OutboxDatabase::openLocked()
{
    if (Status st = checkFileHeader(); !st)
        return st;

    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(m_path);
    if (!m_db.open())
        return sqlError(tr("cannot be opened"), m_db.lastError().text());

    // What the file is, before anything is written to it: a foreign or newer database must stay as it was
    // (switching it to WAL would already change it).
    QSqlQuery check(m_db);
    if (!check.exec(u"PRAGMA quick_check"_s) || !check.next())
        return sqlError(tr("cannot be checked (it may be damaged)"), check.lastError().text());
    if (const QString result = check.value(0).toString(); result != u"ok"_s) {
        return Error(tr("outbox %1 is damaged (%2). It was left as it is: move it away to start with an empty "
                        "outbox.")
                         .arg(QDir::toNativeSeparators(m_path), result));
    }
    check.finish();
    const Result<int> version = existingSchema();
    if (!version)
        return version.error();

    if (Status st = configure(); !st)
        return st;
    if (*version == 0) {
        if (Status st = createSchema(); !st)
            return st;
    } else if (*version == 1) {
        if (Status st = upgradeFrom1(); !st)
            return st;
    } else {
        renewIndexes();
    }
    if (Status st = prepare(); !st)
        return st;
    return repairOrderedLanes();
}

void OutboxDatabase::renewIndexes()
{
    // Outboxes written by earlier versions have the lane index over every row (not only ordered deliveries), and
    // the due index over every state. Each is made again once; when that cannot be done (a full disk), the one
    // there answers the same queries.
    for (const auto& [name, sql] :
         {std::pair{u"deliveries_lane"_s, kLaneIndex}, std::pair{u"deliveries_due"_s, kDueIndex}}) {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT sql FROM sqlite_master WHERE type='index' AND name=?"_s);
        q.addBindValue(name);
        if (!q.exec() || !q.next())
            continue;
        const bool current = q.value(0).toString() == sql;
        q.finish();
        if (current || !begin())
            continue;
        if (!q.exec(u"DROP INDEX "_s + name) || !q.exec(sql) || !commit())
            rollback();
    }
}

Status OutboxDatabase::openReadOnly()
{
    if (!QFileInfo::exists(m_path))
        return Error(tr("there is no outbox %1 (nothing was queued there yet)").arg(QDir::toNativeSeparators(m_path)));
    const bool hadWal = QFileInfo::exists(m_path + u"-wal"_s);
    const bool hadShm = QFileInfo::exists(m_path + u"-shm"_s);
    const Status st = openReadOnlyUnlocked();
    if (!st) {
        closeConnection();
        // The side files this opening made are taken away as open() does, but only when nobody owns the
        // outbox: a relay or app that has it open keeps its lock file beside it, and the files are then its
        // own. (No lock can be taken here: on a full disk, the lock file could not be written.)
        if (!QFileInfo::exists(m_path + u".lock"_s))
            removeSideFilesMade(hadWal, hadShm);
    }
    return st;
}

Status OutboxDatabase::openReadOnlyUnlocked()
{
    if (Status st = checkFileHeader(); !st)
        return st;
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open())
        return sqlError(tr("cannot be opened"), m_db.lastError().text());
    const Result<int> version = existingSchema();
    if (!version)
        return version.error();
    if (*version != kSchemaVersion) {
        return Error(tr("outbox %1 has schema %2: run the relay or the app on it once, which upgrades it, then look "
                        "again")
                         .arg(QDir::toNativeSeparators(m_path))
                         .arg(*version));
    }
    return prepare();
}

Result<int> OutboxDatabase::existingSchema()
{
    QSqlQuery v(m_db);
    if (!v.exec(u"PRAGMA user_version"_s) || !v.next())
        return sqlError(tr("cannot read the schema version"), v.lastError().text());
    const int version = v.value(0).toInt();
    v.finish();
    if (version > kSchemaVersion) {
        return Error(tr("outbox %1 was written by a newer Hooksmith (schema %2; this version reads %3). It was "
                        "left as it is.")
                         .arg(QDir::toNativeSeparators(m_path))
                         .arg(version)
                         .arg(kSchemaVersion));
    }
    QSqlQuery tables(m_db);
    if (!tables.exec(u"SELECT name FROM sqlite_master WHERE type='table'"_s))
        return sqlError(tr("cannot list its tables"), tables.lastError().text());
    QSet<QString> names;
    while (tables.next())
        names.insert(tables.value(0).toString());
    tables.finish();
    const bool ours = names == QSet<QString>{u"deliveries"_s, u"attempts"_s};
    if ((version == 0 && !names.isEmpty()) || (version > 0 && !ours)) {
        return Error(tr("outbox %1 is an SQLite database but not a Hooksmith outbox. It was left as it is: give "
                        "another folder with --outbox, or move the file away.")
                         .arg(QDir::toNativeSeparators(m_path)));
    }
    return version;
}

Status OutboxDatabase::configure()
{
    // WAL: writers append to the log and never block readers. NORMAL syncs the log at checkpoints
    // only: a commit survives the process being killed (it is in the OS's cache), though not a power
    // cut. FULL also syncs every group commit.
    QSqlQuery mode(m_db);
    if (!mode.exec(u"PRAGMA journal_mode=WAL"_s) || !mode.next())
        return sqlError(tr("cannot be read (it may be damaged)"), mode.lastError().text());
    if (mode.value(0).toString().toLower() != u"wal"_s)
        return sqlError(tr("cannot use a write-ahead log"), mode.value(0).toString());
    mode.finish();
    if (Status st = execText(m_fullSync ? u"PRAGMA synchronous=FULL"_s : u"PRAGMA synchronous=NORMAL"_s,
                             tr("cannot set the sync mode"));
        !st) {
        return st;
    }
    // The log is copied into the database file by the Outbox's checkpoint thread, not by whichever
    // commit crosses SQLite's threshold: that commit would wait for the file to be synced.
    if (Status st = execText(u"PRAGMA wal_autocheckpoint=0"_s, tr("cannot set the checkpoint mode")); !st)
        return st;
    // After a checkpoint has emptied a log that grew large, its file is cut back to this size, so that
    // the space goes back to the disk.
    if (Status st =
            execText(u"PRAGMA journal_size_limit=%1"_s.arg(m_logSizeLimit), tr("cannot set the log size limit"));
        !st)
        return st;
    return execText(u"PRAGMA busy_timeout=%1"_s.arg(kBusyTimeoutMs), tr("cannot set the busy timeout"));
}

Status OutboxDatabase::createSchema()
{
    const QStringList statements{
        u"CREATE TABLE deliveries ("
        "  id INTEGER PRIMARY KEY,"
        "  message_id TEXT NOT NULL UNIQUE,"
        "  webhook_id TEXT NOT NULL,"
        "  device_token TEXT NOT NULL,"
        "  signal_number INTEGER NOT NULL,"
        "  value_json TEXT NOT NULL,"
        "  received_at INTEGER NOT NULL,"
        "  accepted_at INTEGER NOT NULL,"
        "  state INTEGER NOT NULL DEFAULT 0,"
        "  attempts INTEGER NOT NULL DEFAULT 0,"
        "  round_start INTEGER NOT NULL DEFAULT 0,"
        "  next_attempt_at INTEGER NOT NULL,"
        "  last_error TEXT NOT NULL DEFAULT '',"
        "  final_reason TEXT NOT NULL DEFAULT '',"
        "  ordered INTEGER NOT NULL DEFAULT 0)"_s,
        kDueIndex,
        kLaneIndex,
        u"CREATE TABLE attempts ("
        "  message_id TEXT NOT NULL,"
        "  number INTEGER NOT NULL,"
        "  started_at INTEGER NOT NULL,"
        "  duration_ms INTEGER NOT NULL,"
        "  status INTEGER NOT NULL,"
        "  error TEXT NOT NULL,"
        "  request TEXT NOT NULL DEFAULT '',"
        "  PRIMARY KEY (message_id, number)) WITHOUT ROWID"_s,
        u"PRAGMA user_version=%1"_s.arg(kSchemaVersion),
    };
    if (Status st = begin(); !st)
        return st;
    for (const QString& sql : statements) {
        if (Status st = execText(sql, tr("cannot create the schema")); !st) {
            rollback();
            return st;
        }
    }
    return commit();
}

Status OutboxDatabase::upgradeFrom1()
{
    // Schema 1 had no order, no parked or queued states and no requests in attempts.
    const QStringList statements{
        u"ALTER TABLE deliveries ADD COLUMN ordered INTEGER NOT NULL DEFAULT 0"_s,
        u"DROP INDEX IF EXISTS deliveries_webhook"_s,
        u"DROP INDEX IF EXISTS deliveries_due"_s,
        kDueIndex,
        kLaneIndex,
        u"ALTER TABLE attempts ADD COLUMN request TEXT NOT NULL DEFAULT ''"_s,
        u"PRAGMA user_version=%1"_s.arg(kSchemaVersion),
    };
    if (Status st = begin(); !st)
        return st;
    for (const QString& sql : statements) {
        if (Status st = execText(sql, tr("cannot upgrade the schema")); !st) {
            rollback();
            return st;
        }
    }
    return commit();
}

Status OutboxDatabase::prepare()
{
    m_handle = nullptr;
    if (const QVariant handle = m_db.driver()->handle();
        handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3* const*>(handle.constData());
    if (!m_handle)
        return sqlError(tr("cannot prepare a statement"), tr("the SQLite driver gives no connection"));
    auto make = [this](std::optional<SqliteStatement>& q, const QString& sql) -> Status {
        QString error;
        if (!SqliteStatement::prepare(m_handle, sql, q, error))
            return sqlError(tr("cannot prepare a statement"), error);
        return Status::success();
    };
    const QString columns = QString::fromLatin1(kColumns);
    for (const auto& [query, sql] : std::initializer_list<std::pair<std::optional<SqliteStatement>*, QString>>{
             {&m_insert,
              u"INSERT OR IGNORE INTO deliveries (%1) VALUES (?,?,?,?,?,?,?,?,0,0,?,'','',?)"_s.arg(columns)},
             {&m_laneWaiting, u"SELECT 1 FROM deliveries WHERE webhook_id=? AND device_token=? AND ordered=1 AND "
                              "state IN (0,3) LIMIT 1"_s},
             {&m_due,
              u"SELECT %1, id FROM deliveries WHERE state=0 AND next_attempt_at<=? ORDER BY next_attempt_at, id "
              "LIMIT ?"_s.arg(columns)},
             {&m_dueAfter, u"SELECT %1, id FROM deliveries WHERE state=0 AND next_attempt_at<=? AND "
                           "(next_attempt_at, id) > (?, ?) ORDER BY next_attempt_at, id LIMIT ?"_s.arg(columns)},
             {&m_nextDue, u"SELECT min(next_attempt_at) FROM deliveries WHERE state=0 AND next_attempt_at>?"_s},
             {&m_update, u"UPDATE deliveries SET state=?, attempts=?, next_attempt_at=?, last_error=?, "
                         "final_reason=? WHERE message_id=?"_s},
             {&m_insertAttempt, u"INSERT OR REPLACE INTO attempts (message_id, number, started_at, duration_ms, "
                                "status, error, request) VALUES (?,?,?,?,?,?,?)"_s},
             {&m_delete, u"DELETE FROM deliveries WHERE message_id=?"_s},
             {&m_deleteAttempts, u"DELETE FROM attempts WHERE message_id=?"_s},
             {&m_laneHead, u"SELECT %1, id FROM deliveries WHERE webhook_id=? AND device_token=? AND ordered=1 AND "
                           "state IN (0,3) ORDER BY state, id LIMIT 1"_s.arg(columns)},
             {&m_laneNext, u"SELECT %1, id FROM deliveries WHERE webhook_id=? AND device_token=? AND ordered=1 AND "
                           "state=3 AND id>? ORDER BY id LIMIT ?"_s.arg(columns)},
             {&m_makePending, u"UPDATE deliveries SET state=0 WHERE id=?"_s},
             {&m_makePendingById, u"UPDATE deliveries SET state=0 WHERE message_id=? AND state=3"_s},
             {&m_freePages, u"SELECT freelist_count * page_size FROM pragma_freelist_count, pragma_page_size"_s},
             // Outside a transaction every ordered lane with queued deliveries has one pending (see
             // repairOrderedLanes()): a pending delivery is enough to look for.
             {&m_anyWaiting, u"SELECT 1 FROM deliveries WHERE state=0 LIMIT 1"_s},
             {&m_begin, u"BEGIN"_s},
             {&m_commit, u"COMMIT"_s},
         }) {
        if (Status st = make(*query, sql); !st)
            return st;
    }
    return Status::success();
}

Status OutboxDatabase::repairOrderedLanes()
{
    // Every ordered device and webhook with queued deliveries has one pending (or none left): true after
    // every transaction, and made true again here for a file whose lanes a crash or an older version left
    // otherwise.
    return execText(u"UPDATE deliveries SET state=0 WHERE id IN (SELECT min(id) FROM deliveries q WHERE state=3 "
                    "AND ordered=1 AND NOT EXISTS (SELECT 1 FROM deliveries p WHERE p.webhook_id=q.webhook_id AND "
                    "p.device_token=q.device_token AND p.ordered=1 AND p.state=0) GROUP BY webhook_id, device_token)"_s,
                    tr("cannot check the order of deliveries"));
}

Status OutboxDatabase::begin()
{
    m_handOutJournal.clear();
    m_deferredPending.clear();
    m_insertedInTransaction = false;
    m_transactionFailed.reset();
    // Prepared once (see prepare()): the driver's transaction() parses "BEGIN" every time.
    if (m_begin ? !m_begin->exec() : !m_db.transaction())
        return sqlError(tr("cannot start a transaction"), m_begin ? m_begin->lastError() : m_db.lastError().text());
    m_inTransaction = true;
    return Status::success();
}

Status OutboxDatabase::commit()
{
    if (m_transactionFailed)
        return *m_transactionFailed;
    if (Status st = applyDeferred(); !st)
        return st;
    if (m_commit ? !m_commit->exec() : !m_db.commit())
        return sqlError(tr("cannot write"), m_commit ? m_commit->lastError() : m_db.lastError().text());
    m_inTransaction = false;
    m_handOutJournal.clear();
    return Status::success();
}

void OutboxDatabase::rollback(const QString& reason)
{
    m_db.rollback();
    m_inTransaction = false;
    m_transactionFailed.reset();
    m_deferredPending.clear();
    if (std::exchange(m_insertedInTransaction, false) && !reason.isEmpty())
        refuseUntilAcceptAgain(reason);
    // What the transaction handed out or took back is undone with it: deliveries it fetched are not
    // handed out, deliveries whose outcome it could not write stay with the engine.
    for (auto it = m_handOutJournal.rbegin(); it != m_handOutJournal.rend(); ++it) {
        if (it->second)
            m_handedOut.remove(it->first);
        else
            m_handedOut.insert(it->first);
    }
    m_handOutJournal.clear();
    dueMayWait();
}

void OutboxDatabase::handOut(const QString& messageId)
{
    if (!m_handedOut.contains(messageId)) {
        m_handedOut.insert(messageId);
        m_handOutJournal.emplace_back(messageId, true);
    }
}

void OutboxDatabase::takeBack(const QString& messageId)
{
    if (m_handedOut.remove(messageId))
        m_handOutJournal.emplace_back(messageId, false);
}

Status OutboxDatabase::insert(const DeliveryItem& d, bool handOutNow, bool* handedOut, bool taken, StoredAs* storedAs,
                              bool behindOthers)
{
    if (handedOut)
        *handedOut = false;
    if (storedAs)
        *storedAs = StoredAs::Existing;
    bool queued = false;
    if (d.ordered && !taken && behindOthers) {
        queued = true;
    } else if (d.ordered && !taken) {
        SqliteStatement& lane = *m_laneWaiting;
        lane.bindValue(0, text(d.webhookId));
        lane.bindValue(1, text(d.signal.deviceToken));
        if (Status st = exec(lane, QT_TR_NOOP("cannot store a delivery")); !st)
            return st;
        queued = lane.next();
        lane.finish();
    }
    SqliteStatement& q = *m_insert;
    q.bindValue(0, d.messageId);
    q.bindValue(1, text(d.webhookId));
    q.bindValue(2, text(d.signal.deviceToken));
    q.bindValue(3, d.signal.number);
    q.bindValue(4, d.signal.value.toJson());
    q.bindValue(5, toMs(d.signal.receivedAt));
    q.bindValue(6, toMs(d.acceptedAt));
    q.bindValue(7, queued ? kQueued : kPending);
    q.bindValue(8, toMs(d.nextAttemptAt.isValid() ? d.nextAttemptAt : d.acceptedAt));
    q.bindValue(9, d.ordered ? 1 : 0);
    m_insertedInTransaction = true;
    if (Status st = exec(q, QT_TR_NOOP("cannot store a delivery")); !st)
        return st;
    if (storedAs && q.numRowsAffected() == 1)
        *storedAs = queued ? StoredAs::Queued : StoredAs::Pending;
    // Taken by the engine already: handed out whatever the room (a message id already there is the same
    // delivery, started again).
    if (taken) {
        handOut(d.messageId);
        if (handedOut)
            *handedOut = true;
        return Status::success();
    }
    // A message id already there (INSERT OR IGNORE) is left as it is, and not handed out.
    if (q.numRowsAffected() == 1 && !queued) {
        if (handOutNow) {
            handOut(d.messageId);
            if (handedOut)
                *handedOut = true;
        } else {
            dueMayWait();
        }
    }
    return Status::success();
}

template <typename Row>
DeliveryItem OutboxDatabase::rowToDelivery(const Row& q) const
{
    DeliveryItem d;
    d.messageId = q.value(0).toString();
    d.webhookId = q.value(1).toString();
    d.signal.deviceToken = q.value(2).toString();
    d.signal.number = q.value(3).toInt();
    const QString json = q.value(4).toString();
    if (!parseJson(json, d.signal.value))
        d.signal.value = JsonValue::string(json);
    d.signal.receivedAt = fromMs(q.value(5).toLongLong());
    d.acceptedAt = fromMs(q.value(6).toLongLong());
    d.state = stateFromCode(q.value(7).toInt());
    d.attempts = q.value(8).toInt();
    d.roundStart = q.value(9).toInt();
    d.nextAttemptAt = fromMs(q.value(10).toLongLong());
    d.lastError = q.value(11).toString();
    d.finalReason = q.value(12).toString();
    d.ordered = q.value(13).toInt() != 0;
    return d;
}

Result<QList<DeliveryItem>> OutboxDatabase::fetchDue(qint64 nowMs, int limit, std::optional<qint64>& nextDueMs)
{
    // Handed-out rows are still pending in the file: read past those after the cursor (few: the ones
    // handed out as they were stored).
    const qint64 rows = qint64(limit) + m_handedOut.size() + 1;
    SqliteStatement& q = m_dueCursor ? *m_dueAfter : *m_due;
    q.bindValue(0, nowMs);
    if (m_dueCursor) {
        q.bindValue(1, m_dueCursor->at);
        q.bindValue(2, m_dueCursor->id);
        q.bindValue(3, rows);
    } else {
        q.bindValue(1, rows);
    }
    if (Status st = exec(q, QT_TR_NOOP("cannot read due deliveries")); !st)
        return st.error();
    QList<DeliveryItem> due;
    bool more = false;
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (!m_handedOut.contains(id)) {
            if (due.size() == limit) {
                more = true;
                break;
            }
            due.append(rowToDelivery(q));
            handOut(id);
        }
        m_dueCursor = DueKey{q.value(kAtColumn).toLongLong(), q.value(kIdColumn).toLongLong()};
    }
    q.finish();
    nextDueMs.reset();
    if (more) {
        nextDueMs = nowMs;
    } else {
        SqliteStatement& n = *m_nextDue;
        n.bindValue(0, nowMs);
        if (Status st = exec(n, QT_TR_NOOP("cannot read due deliveries")); !st)
            return st.error();
        if (n.next() && !n.value(0).isNull())
            nextDueMs = n.value(0).toLongLong();
        n.finish();
    }
    // Once everything due is handed out, a new delivery is the oldest one due.
    m_dueMayWait = more;
    return due;
}

Status OutboxDatabase::promoteNext(const QString& webhookId, const QString& deviceToken, int handOutRoom,
                                   std::vector<Promoted>& promoted, const QString& handedOutNext, int readAhead)
{
    // Handed out by the caller, which knows the lane (see Outbox::Lane, and keepHandedOut()): pending from now
    // on.
    if (!handedOutNext.isEmpty()) {
        if (m_inTransaction) {
            m_deferredPending.insert(handedOutNext);
            return Status::success();
        }
        m_makePendingById->bindValue(0, handedOutNext);
        return exec(*m_makePendingById, QT_TR_NOOP("cannot read the order of deliveries"));
    }
    // The lane's first pending delivery (under way or due), or else its first queued one.
    SqliteStatement& next = *m_laneHead;
    next.bindValue(0, webhookId);
    next.bindValue(1, deviceToken);
    if (Status st = exec(next, QT_TR_NOOP("cannot read the order of deliveries")); !st)
        return st;
    if (!next.next() || next.value(kStateColumn).toInt() != kQueued) {
        next.finish();
        return Status::success();
    }
    Promoted p;
    p.item = rowToDelivery(next);
    p.item.state = DeliveryItem::State::Pending;
    const qint64 rowId = next.value(kIdColumn).toLongLong();
    next.finish();
    m_makePending->bindValue(0, rowId);
    if (Status st = exec(*m_makePending, QT_TR_NOOP("cannot read the order of deliveries")); !st)
        return st;
    // Handed out before an earlier transaction that could not be committed: the engine has it already.
    if (m_handedOut.contains(p.item.messageId))
        return Status::success();
    // The next of a device goes to the engine at once when it has room, before this transaction is committed:
    // the order of one device costs a round trip to the server per signal, not a commit as well. Its
    // predecessor has left (its attempt is over), so the order on the wire holds even when the commit fails;
    // this hand-out is then not undone (the engine has the delivery), and the next transaction that lets the
    // lane go on finds it handed out already.
    if (int(promoted.size()) < handOutRoom) {
        m_handedOut.insert(p.item.messageId);
        p.handedOut = true;
    } else {
        dueMayWait();
    }
    // What follows it, so that the caller knows the lane again (a lane longer than it keeps, or there when the
    // outbox opened) and hands those out itself.
    if (p.handedOut && readAhead > 0) {
        SqliteStatement& more = *m_laneNext;
        more.bindValue(0, webhookId);
        more.bindValue(1, deviceToken);
        more.bindValue(2, rowId);
        more.bindValue(3, readAhead);
        if (Status st = exec(more, QT_TR_NOOP("cannot read the order of deliveries")); !st)
            return st;
        while (more.next()) {
            DeliveryItem d = rowToDelivery(more);
            if (m_handedOut.contains(d.messageId))
                break; // with the engine already (see above): the caller learns the lane up to there
            d.state = DeliveryItem::State::Pending;
            p.following.append(std::move(d));
        }
        more.finish();
    }
    promoted.push_back(std::move(p));
    return Status::success();
}

Status OutboxDatabase::recordAttempt(const DeliveryItem& d, const std::optional<AttemptRecord>& attempt,
                                     DeliveryItem::State state, qint64 nextAttemptMs, const QString& finalReason,
                                     int handOutRoom, std::vector<Promoted>& promoted, const QString& handedOutNext,
                                     int readAhead)
{
    takeBack(d.messageId);
    // Its state is written here, whatever the transaction made of it before.
    m_deferredPending.remove(d.messageId);
    if (state == DeliveryItem::State::Pending)
        dueMayWait();
    SqliteStatement& u = *m_update;
    u.bindValue(0, stateCode(state));
    u.bindValue(1, attempt ? attempt->number : d.attempts);
    u.bindValue(2, nextAttemptMs);
    u.bindValue(3, text(attempt ? attempt->error : d.lastError));
    u.bindValue(4, text(finalReason));
    u.bindValue(5, d.messageId);
    if (Status st = exec(u, QT_TR_NOOP("cannot record an attempt")); !st)
        return st;
    // Low on room, an attempt only updates its delivery (count and last error): a row of its own would grow
    // the file, and folding the log back into a file that cannot grow is not possible.
    if (attempt && !m_lowOnRoom) {
        SqliteStatement& a = *m_insertAttempt;
        a.bindValue(0, d.messageId);
        a.bindValue(1, attempt->number);
        a.bindValue(2, toMs(attempt->startedAt));
        a.bindValue(3, attempt->durationMs);
        a.bindValue(4, attempt->status);
        a.bindValue(5, text(attempt->error));
        a.bindValue(6, text(attempt->request.left(kMaxKeptRequest)));
        if (Status st = exec(a, QT_TR_NOOP("cannot record an attempt")); !st)
            return st;
    }
    if (d.ordered && state != DeliveryItem::State::Pending)
        return promoteNext(d.webhookId, d.signal.deviceToken, handOutRoom, promoted, handedOutNext, readAhead);
    return Status::success();
}

Status OutboxDatabase::remove(const DeliveryItem& d, int handOutRoom, std::vector<Promoted>& promoted,
                              const QString& handedOutNext, int readAhead)
{
    takeBack(d.messageId);
    m_deferredPending.remove(d.messageId); // it leaves: never written as pending
    m_delete->bindValue(0, d.messageId);
    if (Status st = exec(*m_delete, QT_TR_NOOP("cannot remove a delivery")); !st)
        return st;
    // Attempts that ended in a retry or a failure have rows; the one that delivered it has none.
    if (d.attempts > 1) {
        m_deleteAttempts->bindValue(0, d.messageId);
        if (Status st = exec(*m_deleteAttempts, QT_TR_NOOP("cannot remove a delivery")); !st)
            return st;
    }
    if (d.ordered)
        return promoteNext(d.webhookId, d.signal.deviceToken, handOutRoom, promoted, handedOutNext, readAhead);
    return Status::success();
}

Result<qint64> OutboxDatabase::parkWebhook(const QString& webhookId, const QString& reason)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE deliveries SET state=2, final_reason=? WHERE webhook_id=? AND state IN (0,3)"_s);
    q.addBindValue(text(reason));
    q.addBindValue(webhookId);
    if (Status st = exec(q, tr("cannot park deliveries")); !st)
        return st.error();
    qint64 changed = q.numRowsAffected();
    if (changed == 0)
        return qint64(0);
    // Handed-out ones belong to the engine: it parks them itself when their attempt ends.
    QSqlQuery back(m_db);
    back.prepare(u"UPDATE deliveries SET state=0, final_reason='' WHERE message_id=? AND webhook_id=? AND state=2"_s);
    for (const QString& id : std::as_const(m_handedOut)) {
        back.bindValue(0, id);
        back.bindValue(1, webhookId);
        if (Status st = exec(back, tr("cannot park deliveries")); !st)
            return st.error();
        changed -= back.numRowsAffected();
    }
    return changed;
}

Status OutboxDatabase::park(const DeliveryItem& d, const QString& reason)
{
    takeBack(d.messageId);
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE deliveries SET state=2, final_reason=? WHERE message_id=?"_s);
    q.addBindValue(text(reason));
    q.addBindValue(d.messageId);
    if (Status st = exec(q, tr("cannot park a delivery")); !st)
        return st;
    const Result<qint64> others = parkWebhook(d.webhookId, reason);
    return others ? Status::success() : Status(others.error());
}

Result<qint64> OutboxDatabase::resumeWebhook(const QString& webhookId)
{
    // Ordered ones queue up again in the order they were accepted; the first of each device falls due, now:
    // the webhook is back, and a new round of attempts starts.
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE deliveries SET state=CASE WHEN ordered=1 THEN 3 ELSE 0 END, final_reason='', "
              "round_start=attempts, next_attempt_at=min(next_attempt_at, ?) WHERE webhook_id=? AND state=2"_s);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(webhookId);
    if (Status st = exec(q, tr("cannot resume deliveries")); !st)
        return st.error();
    const qint64 resumed = q.numRowsAffected();
    if (resumed > 0) {
        dueMayWait();
        if (Status st = repairOrderedLanes(); !st)
            return st.error();
    }
    return resumed;
}

Result<ParkingChange> OutboxDatabase::setActiveWebhooks(const ActiveWebhooks& webhooks)
{
    if (Status st = applyDeferred(); !st)
        return st.error();
    ParkingChange change;
    auto distinctWebhooks = [this](const QString& states) -> Result<QStringList> {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT DISTINCT webhook_id FROM deliveries WHERE state IN (%1)"_s.arg(states)))
            return sqlError(tr("cannot list deliveries"), q.lastError().text());
        QStringList ids;
        while (q.next())
            ids.append(q.value(0).toString());
        return ids;
    };
    const Result<QStringList> waiting = distinctWebhooks(u"0,3"_s);
    if (!waiting)
        return waiting.error();
    for (const QString& id : *waiting) {
        if (webhooks.active.contains(id))
            continue;
        const QString reason = webhooks.reasons.value(id, tr("the webhook %1 is not in the workspace").arg(id));
        const Result<qint64> n = parkWebhook(id, reason);
        if (!n)
            return n.error();
        if (*n > 0)
            change.parked.insert(id, *n);
    }
    const Result<QStringList> parked = distinctWebhooks(u"2"_s);
    if (!parked)
        return parked.error();
    for (const QString& id : *parked) {
        if (!webhooks.active.contains(id))
            continue;
        const Result<qint64> n = resumeWebhook(id);
        if (!n)
            return n.error();
        if (*n > 0)
            change.resumed.insert(id, *n);
    }
    return change;
}

Status OutboxDatabase::retryNow(const QStringList& messageIds, qint64 nowMs)
{
    dueMayWait();
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE deliveries SET round_start=CASE WHEN state IN (1,2) THEN attempts ELSE round_start END, "
              "state=CASE WHEN state=3 THEN 3 ELSE 0 END, final_reason='', next_attempt_at=? WHERE message_id=?"_s);
    for (const QString& id : messageIds) {
        if (m_handedOut.contains(id))
            continue;
        q.bindValue(0, nowMs);
        q.bindValue(1, id);
        if (Status st = exec(q, tr("cannot schedule a retry")); !st)
            return st;
    }
    return Status::success();
}

Status OutboxDatabase::discard(const QStringList& messageIds)
{
    QSqlQuery find(m_db);
    find.prepare(u"SELECT webhook_id, device_token, ordered, state FROM deliveries WHERE message_id=?"_s);
    std::vector<Promoted> promoted;
    for (const QString& id : messageIds) {
        if (m_handedOut.contains(id))
            continue;
        find.bindValue(0, id);
        if (Status st = exec(find, tr("cannot discard a delivery")); !st)
            return st;
        if (!find.next())
            continue;
        const QString webhookId = find.value(0).toString();
        const QString deviceToken = find.value(1).toString();
        const bool wasLaneHead = find.value(2).toInt() == 1 && find.value(3).toInt() == kPending;
        find.finish();
        m_delete->bindValue(0, id);
        m_deleteAttempts->bindValue(0, id);
        if (Status st = exec(*m_delete, QT_TR_NOOP("cannot discard a delivery")); !st)
            return st;
        if (Status st = exec(*m_deleteAttempts, QT_TR_NOOP("cannot discard a delivery")); !st)
            return st;
        if (wasLaneHead) {
            if (Status st = promoteNext(webhookId, deviceToken, 0, promoted, {}, 0); !st)
                return st;
        }
    }
    return Status::success();
}

Result<QList<DeliveryItem>> OutboxDatabase::list(const DeliveryQuery& query)
{
    QString sql = u"SELECT %1 FROM deliveries WHERE 1=1"_s.arg(QString::fromLatin1(kColumns));
    if (!query.states.isEmpty()) {
        QStringList codes;
        for (const DeliveryItem::State s : query.states)
            codes.append(QString::number(stateCode(s)));
        sql += u" AND state IN (%1)"_s.arg(codes.join(u','));
    }
    if (!query.webhookId.isEmpty())
        sql += u" AND webhook_id=:webhook"_s;
    if (query.acceptedBefore.isValid())
        sql += u" AND accepted_at<:before"_s;
    if (query.acceptedAfter.isValid())
        sql += u" AND accepted_at>:after"_s;
    if (!query.messageIds.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < query.messageIds.size(); ++i)
            marks.append(u":id%1"_s.arg(i));
        sql += u" AND message_id IN (%1)"_s.arg(marks.join(u','));
    }
    sql += u" ORDER BY id"_s;
    if (query.limit > 0)
        sql += u" LIMIT :limit OFFSET :offset"_s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!query.webhookId.isEmpty())
        q.bindValue(u":webhook"_s, query.webhookId);
    if (query.acceptedBefore.isValid())
        q.bindValue(u":before"_s, query.acceptedBefore.toMSecsSinceEpoch());
    if (query.acceptedAfter.isValid())
        q.bindValue(u":after"_s, query.acceptedAfter.toMSecsSinceEpoch());
    for (qsizetype i = 0; i < query.messageIds.size(); ++i)
        q.bindValue(u":id%1"_s.arg(i), query.messageIds[i]);
    if (query.limit > 0) {
        q.bindValue(u":limit"_s, query.limit);
        q.bindValue(u":offset"_s, query.offset);
    }
    if (Status st = exec(q, tr("cannot list deliveries")); !st)
        return st.error();
    QList<DeliveryItem> out;
    while (q.next())
        out.append(rowToDelivery(q));
    return out;
}

Result<QList<AttemptRecord>> OutboxDatabase::attempts(const QString& messageId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT number, started_at, duration_ms, status, error, request FROM attempts WHERE message_id=? "
              "ORDER BY number"_s);
    q.addBindValue(messageId);
    if (Status st = exec(q, tr("cannot list attempts")); !st)
        return st.error();
    QList<AttemptRecord> out;
    while (q.next()) {
        AttemptRecord a;
        a.number = q.value(0).toInt();
        a.startedAt = fromMs(q.value(1).toLongLong());
        a.durationMs = q.value(2).toLongLong();
        a.status = q.value(3).toInt();
        a.error = q.value(4).toString();
        a.request = q.value(5).toString();
        out.append(a);
    }
    return out;
}

Result<OutboxCounts> OutboxDatabase::counts()
{
    if (Status st = applyDeferred(); !st)
        return st.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT state, count(*) FROM deliveries GROUP BY state"_s))
        return sqlError(tr("cannot count deliveries"), q.lastError().text());
    OutboxCounts c;
    while (q.next())
        c.of(stateFromCode(q.value(0).toInt())) += q.value(1).toLongLong();
    q.finish();
    // Rows are numbered in the order they were accepted: the first waiting one is the oldest.
    if (c.waiting() > 0) {
        if (!q.exec(u"SELECT accepted_at FROM deliveries WHERE state IN (0,2,3) ORDER BY id LIMIT 1"_s))
            return sqlError(tr("cannot count deliveries"), q.lastError().text());
        if (q.next())
            c.oldestWaiting = fromMs(q.value(0).toLongLong());
    }
    return c;
}

Result<OutboxSummary> OutboxDatabase::summary()
{
    const Result<OutboxCounts> total = counts();
    if (!total)
        return total.error();
    OutboxSummary s;
    s.total = *total;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT webhook_id, state, count(*), min(accepted_at) FROM deliveries GROUP BY webhook_id, state"_s))
        return sqlError(tr("cannot count deliveries"), q.lastError().text());
    while (q.next()) {
        OutboxCounts& c = s.byWebhook[q.value(0).toString()];
        const DeliveryItem::State state = stateFromCode(q.value(1).toInt());
        c.of(state) += q.value(2).toLongLong();
        if (state != DeliveryItem::State::Failed) {
            const QDateTime at = fromMs(q.value(3).toLongLong());
            if (!c.oldestWaiting.isValid() || at < c.oldestWaiting)
                c.oldestWaiting = at;
        }
    }
    return s;
}

qint64 OutboxDatabase::walBytes() const
{
    // Looked at before every transaction: one stat(), no path building.
    struct stat st;
    return ::stat(m_walPath.constData(), &st) == 0 ? qint64(st.st_size) : 0;
}

bool OutboxDatabase::isQuiet()
{
    if (!m_anyWaiting || m_inTransaction || !m_handedOut.isEmpty() || m_lowOnRoom || !refusal())
        return false;
    SqliteStatement& q = *m_anyWaiting;
    const bool waiting = !q.exec() || q.next();
    q.finish();
    return !waiting;
}

qint64 OutboxDatabase::rowsChanged()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    return q.exec(u"SELECT total_changes()"_s) && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 OutboxDatabase::freePagesBytes()
{
    if (!m_freePages)
        return 0;
    SqliteStatement& q = *m_freePages;
    qint64 bytes = 0;
    if (q.exec() && q.next())
        bytes = q.value(0).toLongLong();
    q.finish();
    return bytes;
}

Status OutboxDatabase::checkpointAndTruncate()
{
    return checkpoint(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

Status OutboxDatabase::checkpointAndRestart()
{
    // It waits for nobody: while another connection reads the log (`hooksmith-cli outbox list`, the checkpoint
    // thread) it fails at once, and the next transaction tries again.
    QSqlQuery timeout(m_db);
    timeout.setForwardOnly(true);
    timeout.exec(u"PRAGMA busy_timeout=0"_s);
    const Status st = checkpoint(u"PRAGMA wal_checkpoint(RESTART)"_s);
    timeout.exec(u"PRAGMA busy_timeout=%1"_s.arg(kBusyTimeoutMs));
    return st;
}

Status OutboxDatabase::checkpoint(const QString& pragma)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(pragma) || !q.next())
        return sqlError(tr("cannot fold the write-ahead log into the file"), q.lastError().text());
    // (busy, log frames, frames copied): busy means another connection kept it from finishing.
    if (q.value(0).toInt() != 0)
        return sqlError(tr("cannot fold the write-ahead log into the file"), tr("the file is busy"));
    return Status::success();
}

} // namespace hooksmith

#include "OutboxDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

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

constexpr auto kColumns = "message_id, webhook_id, device_token, signal_number, value_json, received_at, "
                          "accepted_at, state, attempts, round_start, next_attempt_at, last_error, final_reason";

} // namespace

OutboxDatabase::OutboxDatabase(QString path, bool fullSync)
    : m_path(std::move(path))
    , m_connection(u"hooksmith-outbox-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_fullSync(fullSync)
{}

OutboxDatabase::~OutboxDatabase()
{
    m_insert.reset();
    m_due.reset();
    m_nextDue.reset();
    m_update.reset();
    m_insertAttempt.reset();
    m_delete.reset();
    m_deleteAttempts.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

Error OutboxDatabase::sqlError(const QString& what, const QString& detail) const
{
    return Error(tr("outbox %1: %2: %3").arg(QDir::toNativeSeparators(m_path), what, detail));
}

Status OutboxDatabase::exec(QSqlQuery& q, const QString& what)
{
    if (!q.exec())
        return sqlError(what, q.lastError().text());
    return Status::success();
}

Status OutboxDatabase::execText(const QString& sql, const QString& what)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return sqlError(what, q.lastError().text());
    return Status::success();
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

Status OutboxDatabase::open()
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return sqlError(tr("cannot create the folder"), info.absolutePath());

    m_lock = std::make_unique<QLockFile>(m_path + u".lock"_s);
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        m_lock.reset();
        return Error(tr("outbox %1 is in use by %2 (process %3 on %4); one outbox serves one running relay or app")
                         .arg(QDir::toNativeSeparators(m_path), app.isEmpty() ? u"another program"_s : app)
                         .arg(pid)
                         .arg(host));
    }
    if (Status st = checkFileHeader(); !st)
        return st;

    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(m_path);
    if (!m_db.open())
        return sqlError(tr("cannot be opened"), m_db.lastError().text());

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
    if (Status st = execText(u"PRAGMA busy_timeout=5000"_s, tr("cannot set the busy timeout")); !st)
        return st;

    QSqlQuery check(m_db);
    if (!check.exec(u"PRAGMA quick_check"_s) || !check.next())
        return sqlError(tr("cannot be checked (it may be damaged)"), check.lastError().text());
    if (const QString result = check.value(0).toString(); result != u"ok"_s) {
        return Error(tr("outbox %1 is damaged (%2). It was left as it is: move it away to start with an empty "
                        "outbox.")
                         .arg(QDir::toNativeSeparators(m_path), result));
    }
    check.finish();
    if (Status st = checkSchema(); !st)
        return st;
    return prepare();
}

Status OutboxDatabase::checkSchema()
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
    if (version == kSchemaVersion)
        return Status::success();
    QSqlQuery tables(m_db);
    if (!tables.exec(u"SELECT count(*) FROM sqlite_master WHERE type='table'"_s) || !tables.next())
        return sqlError(tr("cannot list its tables"), tables.lastError().text());
    const int tableCount = tables.value(0).toInt();
    tables.finish();
    if (tableCount != 0) {
        return Error(tr("outbox %1 is an SQLite database but not a Hooksmith outbox. It was left as it is.")
                         .arg(QDir::toNativeSeparators(m_path)));
    }
    return createSchema();
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
        "  final_reason TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX deliveries_due ON deliveries(state, next_attempt_at, id)"_s,
        u"CREATE INDEX deliveries_webhook ON deliveries(webhook_id, state)"_s,
        u"CREATE TABLE attempts ("
        "  message_id TEXT NOT NULL,"
        "  number INTEGER NOT NULL,"
        "  started_at INTEGER NOT NULL,"
        "  duration_ms INTEGER NOT NULL,"
        "  status INTEGER NOT NULL,"
        "  error TEXT NOT NULL,"
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

Status OutboxDatabase::prepare()
{
    auto make = [this](std::optional<QSqlQuery>& q, const QString& sql) -> Status {
        q.emplace(m_db);
        if (!q->prepare(sql))
            return sqlError(tr("cannot prepare a statement"), q->lastError().text());
        return Status::success();
    };
    const QString columns = QString::fromLatin1(kColumns);
    for (const auto& [query, sql] : std::initializer_list<std::pair<std::optional<QSqlQuery>*, QString>>{
             {&m_insert, u"INSERT OR IGNORE INTO deliveries (%1) VALUES (?,?,?,?,?,?,?,0,0,0,?,'','')"_s.arg(columns)},
             {&m_due,
              u"SELECT %1, id FROM deliveries WHERE state=0 AND next_attempt_at<=? ORDER BY next_attempt_at, id "
              "LIMIT ?"_s.arg(columns)},
             {&m_dueAfter, u"SELECT %1, id FROM deliveries WHERE state=0 AND next_attempt_at<=? AND "
                           "(next_attempt_at, id) > (?, ?) ORDER BY next_attempt_at, id LIMIT ?"_s.arg(columns)},
             {&m_nextDue, u"SELECT min(next_attempt_at) FROM deliveries WHERE state=0 AND next_attempt_at>?"_s},
             {&m_update, u"UPDATE deliveries SET state=?, attempts=?, next_attempt_at=?, last_error=?, "
                         "final_reason=? WHERE message_id=?"_s},
             {&m_insertAttempt, u"INSERT OR REPLACE INTO attempts (message_id, number, started_at, duration_ms, "
                                "status, error) VALUES (?,?,?,?,?,?)"_s},
             {&m_delete, u"DELETE FROM deliveries WHERE message_id=?"_s},
             {&m_deleteAttempts, u"DELETE FROM attempts WHERE message_id=?"_s},
         }) {
        if (Status st = make(*query, sql); !st)
            return st;
    }
    return Status::success();
}

Status OutboxDatabase::begin()
{
    if (!m_db.transaction())
        return sqlError(tr("cannot start a transaction"), m_db.lastError().text());
    return Status::success();
}

Status OutboxDatabase::commit()
{
    if (!m_db.commit())
        return sqlError(tr("cannot write"), m_db.lastError().text());
    return Status::success();
}

void OutboxDatabase::rollback()
{
    m_db.rollback();
    // Deliveries this transaction removed are back, pending and no longer handed out.
    dueMayWait();
}

Status OutboxDatabase::insert(const DeliveryItem& d, bool handOut, bool* handedOut)
{
    if (handedOut)
        *handedOut = false;
    QSqlQuery& q = *m_insert;
    q.bindValue(0, d.messageId);
    q.bindValue(1, text(d.webhookId));
    q.bindValue(2, text(d.signal.deviceToken));
    q.bindValue(3, d.signal.number);
    q.bindValue(4, d.signal.value.toJson());
    q.bindValue(5, toMs(d.signal.receivedAt));
    q.bindValue(6, toMs(d.acceptedAt));
    q.bindValue(7, toMs(d.nextAttemptAt.isValid() ? d.nextAttemptAt : d.acceptedAt));
    if (Status st = exec(q, tr("cannot store a delivery")); !st)
        return st;
    // A message id already there (INSERT OR IGNORE) is left as it is, and not handed out.
    if (q.numRowsAffected() == 1) {
        if (handOut) {
            m_handedOut.insert(d.messageId);
            if (handedOut)
                *handedOut = true;
        } else {
            dueMayWait();
        }
    }
    return Status::success();
}

DeliveryItem OutboxDatabase::rowToDelivery(const QSqlQuery& q) const
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
    d.state = q.value(7).toInt() == 0 ? DeliveryItem::State::Pending : DeliveryItem::State::Failed;
    d.attempts = q.value(8).toInt();
    d.roundStart = q.value(9).toInt();
    d.nextAttemptAt = fromMs(q.value(10).toLongLong());
    d.lastError = q.value(11).toString();
    d.finalReason = q.value(12).toString();
    return d;
}

Result<QList<DeliveryItem>> OutboxDatabase::fetchDue(qint64 nowMs, int limit, std::optional<qint64>& nextDueMs)
{
    // Handed-out rows are still pending in the file: read past those after the cursor (few: the ones
    // handed out as they were stored).
    const qint64 rows = qint64(limit) + m_handedOut.size() + 1;
    QSqlQuery& q = m_dueCursor ? *m_dueAfter : *m_due;
    q.bindValue(0, nowMs);
    if (m_dueCursor) {
        q.bindValue(1, m_dueCursor->at);
        q.bindValue(2, m_dueCursor->id);
        q.bindValue(3, rows);
    } else {
        q.bindValue(1, rows);
    }
    if (Status st = exec(q, tr("cannot read due deliveries")); !st)
        return st.error();
    constexpr int kAtColumn = 10;
    constexpr int kIdColumn = 13;
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
            m_handedOut.insert(id);
        }
        m_dueCursor = DueKey{q.value(kAtColumn).toLongLong(), q.value(kIdColumn).toLongLong()};
    }
    q.finish();
    nextDueMs.reset();
    if (more) {
        nextDueMs = nowMs;
    } else {
        QSqlQuery& n = *m_nextDue;
        n.bindValue(0, nowMs);
        if (Status st = exec(n, tr("cannot read due deliveries")); !st)
            return st.error();
        if (n.next() && !n.value(0).isNull())
            nextDueMs = n.value(0).toLongLong();
        n.finish();
    }
    // Once everything due is handed out, a new delivery is the oldest one due.
    m_dueMayWait = more;
    return due;
}

Status OutboxDatabase::recordAttempt(const DeliveryItem& d, const std::optional<AttemptRecord>& attempt,
                                     DeliveryItem::State state, qint64 nextAttemptMs, const QString& finalReason)
{
    m_handedOut.remove(d.messageId);
    if (state == DeliveryItem::State::Pending)
        dueMayWait();
    QSqlQuery& u = *m_update;
    u.bindValue(0, state == DeliveryItem::State::Pending ? 0 : 1);
    u.bindValue(1, attempt ? attempt->number : d.attempts);
    u.bindValue(2, nextAttemptMs);
    u.bindValue(3, text(attempt ? attempt->error : d.lastError));
    u.bindValue(4, text(finalReason));
    u.bindValue(5, d.messageId);
    if (Status st = exec(u, tr("cannot record an attempt")); !st)
        return st;
    if (!attempt)
        return Status::success();
    QSqlQuery& a = *m_insertAttempt;
    a.bindValue(0, d.messageId);
    a.bindValue(1, attempt->number);
    a.bindValue(2, toMs(attempt->startedAt));
    a.bindValue(3, attempt->durationMs);
    a.bindValue(4, attempt->status);
    a.bindValue(5, text(attempt->error));
    return exec(a, tr("cannot record an attempt"));
}

Status OutboxDatabase::remove(const DeliveryItem& d)
{
    m_handedOut.remove(d.messageId);
    m_delete->bindValue(0, d.messageId);
    if (Status st = exec(*m_delete, tr("cannot remove a delivery")); !st)
        return st;
    if (d.attempts == 0)
        return Status::success();
    m_deleteAttempts->bindValue(0, d.messageId);
    return exec(*m_deleteAttempts, tr("cannot remove a delivery"));
}

Status OutboxDatabase::failWebhook(const QString& webhookId, const QString& reason)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE deliveries SET state=1, final_reason=? WHERE webhook_id=? AND state=0"_s);
    q.addBindValue(text(reason));
    q.addBindValue(webhookId);
    return exec(q, tr("cannot mark deliveries failed"));
}

Status OutboxDatabase::retryNow(const QStringList& messageIds, qint64 nowMs)
{
    dueMayWait();
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE deliveries SET round_start=CASE WHEN state=1 THEN attempts ELSE round_start END, state=0, "
              "final_reason='', next_attempt_at=? WHERE message_id=?"_s);
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
    for (const QString& id : messageIds) {
        if (m_handedOut.contains(id))
            continue;
        m_delete->bindValue(0, id);
        m_deleteAttempts->bindValue(0, id);
        if (Status st = exec(*m_delete, tr("cannot discard a delivery")); !st)
            return st;
        if (Status st = exec(*m_deleteAttempts, tr("cannot discard a delivery")); !st)
            return st;
    }
    return Status::success();
}

Result<QList<DeliveryItem>> OutboxDatabase::list(const DeliveryQuery& query)
{
    QString sql = u"SELECT %1 FROM deliveries WHERE 1=1"_s.arg(QString::fromLatin1(kColumns));
    if (query.state)
        sql += u" AND state=:state"_s;
    if (!query.webhookId.isEmpty())
        sql += u" AND webhook_id=:webhook"_s;
    sql += u" ORDER BY id LIMIT :limit OFFSET :offset"_s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (query.state)
        q.bindValue(u":state"_s, *query.state == DeliveryItem::State::Pending ? 0 : 1);
    if (!query.webhookId.isEmpty())
        q.bindValue(u":webhook"_s, query.webhookId);
    q.bindValue(u":limit"_s, query.limit);
    q.bindValue(u":offset"_s, query.offset);
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
    q.prepare(u"SELECT number, started_at, duration_ms, status, error FROM attempts WHERE message_id=? "
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
        out.append(a);
    }
    return out;
}

Result<OutboxCounts> OutboxDatabase::counts()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT state, count(*) FROM deliveries GROUP BY state"_s))
        return sqlError(tr("cannot count deliveries"), q.lastError().text());
    OutboxCounts c;
    while (q.next())
        (q.value(0).toInt() == 0 ? c.pending : c.failed) = q.value(1).toLongLong();
    return c;
}

} // namespace hooksmith

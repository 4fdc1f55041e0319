#include "MemoryDeliveryStore.h"
#include "Outbox.h"
#include "OutboxDatabase.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

DeliveryItem makeDelivery(int i, const QString& webhook = u"wh-1"_s, const QString& valueJson = u"23.50"_s)
{
    DeliveryItem d;
    d.messageId = u"msg_%1"_s.arg(i, 6, 10, QChar(u'0'));
    d.webhookId = webhook;
    d.signal.deviceToken = u"dev-%1"_s.arg(i % 3);
    d.signal.number = i % 200;
    const bool ok = parseJson(valueJson, d.signal.value);
    Q_ASSERT(ok);
    d.signal.receivedAt = QDateTime::fromMSecsSinceEpoch(1700000000000 + i, Qt::UTC);
    return d;
}

/// `count` deliveries with a value of about 4 KB each, numbered from `first`.
QList<DeliveryItem> largeDeliveries(int first, int count)
{
    static const QString value = u"\"%1\""_s.arg(QString(4000, u'x'));
    QList<DeliveryItem> out;
    for (int i = 0; i < count; ++i)
        out.append(makeDelivery(first + i, u"wh-1"_s, value));
    return out;
}

AttemptRecord attempt(int number, int status, const QString& error)
{
    AttemptRecord a;
    a.number = number;
    a.startedAt = QDateTime::currentDateTimeUtc();
    a.durationMs = 12;
    a.status = status;
    a.error = error;
    return a;
}

/// Waits for a store callback's value.
template <typename T>
struct Awaited
{
    std::shared_ptr<std::optional<T>> value = std::make_shared<std::optional<T>>();
    auto callback()
    {
        return [v = value](T t) {
            *v = std::move(t);
        };
    }
};

struct Fetched
{
    QList<DeliveryItem> due;
    std::optional<QDateTime> next;
};

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_fileCounter = 0;

    QString newPath() { return m_dir.filePath(u"box%1.outbox.sqlite"_s.arg(++m_fileCounter)); }

    std::unique_ptr<Outbox> openOutbox(const QString& path, bool expectOk = true, QString* error = nullptr)
    {
        return openOutbox(path, Outbox::Options{}, expectOk, error);
    }

    std::unique_ptr<Outbox> openOutbox(const QString& path, const Outbox::Options& options, bool expectOk = true,
                                       QString* error = nullptr)
    {
        auto box = std::make_unique<Outbox>(path, options);
        QSignalSpy opened(box.get(), &Outbox::opened);
        box->open();
        if (!opened.wait(5000))
            return nullptr;
        if (error)
            *error = opened.at(0).at(1).toString();
        if (opened.at(0).at(0).toBool() != expectOk) {
            qWarning("opening %s: %s", qPrintable(path), qPrintable(opened.at(0).at(1).toString()));
            return nullptr;
        }
        return box;
    }

    static Fetched fetch(DeliveryStore& store, int limit, const QDateTime& now = QDateTime::currentDateTimeUtc())
    {
        auto result = std::make_shared<std::optional<Fetched>>();
        store.fetchDue(limit, now, [result](QList<DeliveryItem> due, std::optional<QDateTime> next) {
            *result = Fetched{std::move(due), next};
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(result->has_value(), 5000);
        }();
        return result->value_or(Fetched{});
    }

    static OutboxCounts counts(DeliveryStore& store)
    {
        Awaited<OutboxCounts> c;
        store.counts(c.callback());
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(c.value->has_value(), 5000);
        }();
        return c.value->value_or(OutboxCounts{});
    }

    static void flush(DeliveryStore& store)
    {
        Awaited<Status> s;
        store.flush(s.callback());
        QTRY_VERIFY_WITH_TIMEOUT(s.value->has_value(), 5000);
        QVERIFY2((*s.value)->ok(), qPrintable((*s.value)->ok() ? QString() : (*s.value)->errorMessage()));
    }

    static void enqueueAndWait(DeliveryStore& store, const QList<DeliveryItem>& rows)
    {
        QSignalSpy accepted(&store, &DeliveryStore::accepted);
        store.enqueue(rows);
        QVERIFY(accepted.wait(5000));
        QStringList ids;
        for (const auto& args : accepted)
            ids += args.at(0).toStringList();
        QCOMPARE(ids.size(), rows.size());
    }

    /// The same checks for both stores: what the engine relies on.
    void lifecycle(DeliveryStore& store)
    {
        QSignalSpy errors(&store, &DeliveryStore::storeError);
        enqueueAndWait(store, {makeDelivery(1), makeDelivery(2), makeDelivery(3, u"wh-2"_s, u"[1, 2.50]"_s)});
        const Fetched first = fetch(store, 10);
        QCOMPARE(first.due.size(), 3);
        QCOMPARE(first.due[0].messageId, u"msg_000001"_s);
        QCOMPARE(first.due[2].signal.value.toJson(), u"[1,2.50]"_s);
        QCOMPARE(first.due[2].webhookId, u"wh-2"_s);
        // Handed out: not handed out again.
        QVERIFY(fetch(store, 10).due.isEmpty());

        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
        store.complete(first.due[0]);
        store.recordRetry(first.due[1], attempt(1, 503, u"503 Service Unavailable"_s), later);
        store.recordFailure(first.due[2], attempt(1, 410, u"410 Gone"_s), u"gone"_s);
        flush(store);

        QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.at(0).at(0).toString()));
        const OutboxCounts c = counts(store);
        QCOMPARE(c.pending, 1);
        QCOMPARE(c.failed, 1);
        const Fetched none = fetch(store, 10);
        QVERIFY(none.due.isEmpty());
        QVERIFY(none.next.has_value());
        QCOMPARE(none.next->toMSecsSinceEpoch(), later.toMSecsSinceEpoch());
        // At the retry time it is due again, with its attempt counted.
        const Fetched retry = fetch(store, 10, later);
        QCOMPARE(retry.due.size(), 1);
        QCOMPARE(retry.due[0].messageId, u"msg_000002"_s);
        QCOMPARE(retry.due[0].attempts, 1);
        QCOMPARE(retry.due[0].lastError, u"503 Service Unavailable"_s);
        store.release(retry.due[0].messageId);

        Awaited<QList<AttemptRecord>> att;
        store.attempts(u"msg_000003"_s, att.callback());
        QTRY_VERIFY(att.value->has_value());
        QCOMPARE((*att.value)->size(), 1);
        QCOMPARE((*att.value)->at(0).status, 410);

        // Retry now: the failed delivery starts a new round and is due now.
        store.retryNow({u"msg_000003"_s});
        const Fetched again = fetch(store, 10);
        QCOMPARE(again.due.size(), 1);
        QCOMPARE(again.due[0].messageId, u"msg_000003"_s);
        QCOMPARE(again.due[0].state, DeliveryItem::State::Pending);
        QCOMPARE(again.due[0].attempts, 1);
        QCOMPARE(again.due[0].nextAttemptInRound(), 1);
        store.release(again.due[0].messageId);

        store.discard({u"msg_000002"_s, u"msg_000003"_s});
        flush(store);
        const OutboxCounts empty = counts(store);
        QCOMPARE(empty.pending + empty.failed, 0);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void outboxLifecycle()
    {
        auto box = openOutbox(newPath());
        QVERIFY(box);
        lifecycle(*box);
    }

    void memoryLifecycle()
    {
        MemoryDeliveryStore store;
        lifecycle(store);
    }

    void persistsAcrossReopen()
    {
        const QString path = newPath();
        {
            auto box = openOutbox(path);
            QVERIFY(box);
            enqueueAndWait(*box, {makeDelivery(1, u"wh"_s, u"0.70"_s), makeDelivery(2, u"wh"_s, u"\"door open\""_s),
                                  makeDelivery(3, u"wh"_s, u"{\"a\":[true,null]}"_s)});
            // Handed out when the process goes away: pending again after the restart.
            QCOMPARE(fetch(*box, 1).due.size(), 1);
        }
        auto box = openOutbox(path);
        QVERIFY(box);
        const Fetched f = fetch(*box, 10);
        QCOMPARE(f.due.size(), 3);
        QCOMPARE(f.due[0].messageId, u"msg_000001"_s);
        QCOMPARE(f.due[0].signal.value.toJson(), u"0.70"_s);
        QCOMPARE(f.due[1].signal.value.toJson(), u"\"door open\""_s);
        QCOMPARE(f.due[2].signal.value.toJson(), u"{\"a\":[true,null]}"_s);
        QCOMPARE(f.due[0].signal.deviceToken, u"dev-1"_s);
        QCOMPARE(f.due[0].signal.receivedAt.toMSecsSinceEpoch(), 1700000000001);
        QVERIFY(f.due[0].acceptedAt.isValid());
    }

    void logIsCopiedIntoTheFileInTheBackground()
    {
        // SQLite's own checkpoints are off (they would run inside a commit and make its deliveries wait
        // for the disk); the outbox's checkpoint thread copies the log into the file instead, and the
        // log starts again from its beginning instead of growing with every round.
        const QString path = newPath();
        Outbox::Options options;
        options.checkpointIntervalMs = 20;
        Outbox box(path, options);
        QSignalSpy opened(&box, &Outbox::opened);
        box.open();
        QVERIFY(opened.wait(5000));
        QVERIFY2(opened.at(0).at(0).toBool(), qPrintable(opened.at(0).at(1).toString()));
        const QString wal = path + u"-wal"_s;
        qint64 firstRoundLog = 0;
        for (int round = 0; round < 12; ++round) {
            const qint64 fileBefore = QFileInfo(path).size();
            QList<DeliveryItem> batch;
            for (int i = 0; i < 300; ++i)
                batch.append(makeDelivery(round * 1000 + i));
            enqueueAndWait(box, batch);
            if (round == 0)
                firstRoundLog = QFileInfo(wal).size();
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > fileBefore, 5000);
        }
        QVERIFY(firstRoundLog > 0);
        const qint64 lastLog = QFileInfo(wal).size();
        QVERIFY2(lastLog < 3 * firstRoundLog,
                 qPrintable(u"log %1 bytes after 12 rounds, %2 after the first"_s.arg(lastLog).arg(firstRoundLog)));
        QCOMPARE(counts(box).pending, 12 * 300);
    }

    /// The checkpoint thread never runs: only the writer folds the log back, once it passes 4 MB.
    static Outbox::Options withoutBackgroundCheckpoints()
    {
        Outbox::Options options;
        options.checkpointIntervalMs = 3600 * 1000;
        options.restartLogBytes = 4 * 1024 * 1024;
        return options;
    }

    void aLogWrittenWithoutPauseIsStartedAgainByTheWriter()
    {
        // Written to without pause, the log is never found idle by the checkpoint thread (here it never
        // runs); the writer copies it into the file itself once it passes 4 MB and starts it again, so it
        // stays about that size however much is written.
        const QString path = newPath();
        const auto box = openOutbox(path, withoutBackgroundCheckpoints());
        QVERIFY(box);
        const QString wal = path + u"-wal"_s;
        qint64 largestLog = 0;
        constexpr int kRounds = 40;
        constexpr int kPerRound = 100;
        for (int round = 0; round < kRounds; ++round) {
            enqueueAndWait(*box, largeDeliveries(round * 1000, kPerRound));
            largestLog = std::max(largestLog, QFileInfo(wal).size());
        }
        // About 16 MB of values went through the log, in 40 transactions of about 400 KB.
        QVERIFY2(largestLog < 6 * 1024 * 1024, qPrintable(u"the log reached %1 bytes"_s.arg(largestLog)));
        QCOMPARE(counts(*box).pending, kRounds * kPerRound);
        QVERIFY(QFileInfo(path).size() > 12 * 1024 * 1024);
    }

    void aReaderOfTheLogDoesNotHoldTheWriterBack()
    {
        // While another connection reads (as `hooksmith-cli outbox list` beside a relay does), the log can be
        // neither copied past what that reader sees nor started again: the writer goes on without waiting
        // for it, and starts the log again once the reader is gone.
        const QString path = newPath();
        const auto box = openOutbox(path, withoutBackgroundCheckpoints());
        QVERIFY(box);
        enqueueAndWait(*box, {makeDelivery(0)});
        const QString connection = u"reader-%1"_s.arg(quintptr(this));
        {
            QSqlDatabase reader = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            reader.setDatabaseName(path);
            QVERIFY(reader.open());
            QVERIFY(reader.transaction());
            QSqlQuery read(reader);
            QVERIFY(read.exec(u"SELECT count(*) FROM deliveries"_s) && read.next());
            QCOMPARE(read.value(0).toInt(), 1);
            read.finish();

            const QString wal = path + u"-wal"_s;
            qint64 slowest = 0;
            qint64 largestLog = 0;
            for (int round = 1; round <= 25; ++round) {
                const QList<DeliveryItem> batch = largeDeliveries(round * 1000, 100);
                QElapsedTimer took;
                took.start();
                enqueueAndWait(*box, batch);
                slowest = std::max(slowest, took.elapsed());
                largestLog = std::max(largestLog, QFileInfo(wal).size());
            }
            QVERIFY2(slowest < 2000, qPrintable(u"a round took %1 ms"_s.arg(slowest)));
            // Held by the reader, the log grew past the size at which it is started again.
            QVERIFY2(largestLog > 8 * 1024 * 1024, qPrintable(u"the log reached %1 bytes"_s.arg(largestLog)));
            QVERIFY(reader.rollback());
            reader.close();
        }
        QSqlDatabase::removeDatabase(connection);
        // The reader gone, the next transaction starts the log again, and the file is cut back.
        enqueueAndWait(*box, {makeDelivery(999999)});
        QVERIFY2(QFileInfo(path + u"-wal"_s).size() <= 4 * 1024 * 1024 + 64 * 1024,
                 qPrintable(u"the log is %1 bytes"_s.arg(QFileInfo(path + u"-wal"_s).size())));
        QCOMPARE(counts(*box).pending, 1 + 25 * 100 + 1);
    }

    void schemaIsVersioned()
    {
        const QString path = newPath();
        QVERIFY(openOutbox(path));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), OutboxDatabase::kSchemaVersion);
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
            QVERIFY(q.exec(u"PRAGMA user_version=7"_s));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"inspect"_s);
        const QByteArray before = test::readFile(path);
        QString error;
        QVERIFY(openOutbox(path, false, &error));
        QVERIFY2(error.contains(u"newer Hooksmith"), qPrintable(error));
        QCOMPARE(test::readFile(path), before);
    }

    // The lane index covers ordered deliveries only, and the due index pending ones only; those written before
    // (over every row) are made again at open, and the lane and due queries go through them.
    void theLaneAndDueIndexesCoverOnlyWhatTheyServe()
    {
        const QString path = newPath();
        const QString connection = u"lanes"_s;
        const QString laneQuery = u"EXPLAIN QUERY PLAN SELECT id FROM deliveries WHERE webhook_id='wh-1' AND "
                                  u"device_token='door' AND ordered=1 AND state IN (0,3) ORDER BY state, id LIMIT 1"_s;
        const QString dueQueries[] = {
            u"EXPLAIN QUERY PLAN SELECT id FROM deliveries WHERE state=0 AND next_attempt_at<=5 ORDER BY "
            u"next_attempt_at, id LIMIT 10"_s,
            u"EXPLAIN QUERY PLAN SELECT id FROM deliveries WHERE state=0 AND next_attempt_at<=5 AND (next_attempt_at, "
            u"id) > (1, 2) ORDER BY next_attempt_at, id LIMIT 10"_s,
            u"EXPLAIN QUERY PLAN SELECT min(next_attempt_at) FROM deliveries WHERE state=0 AND next_attempt_at>5"_s,
            u"EXPLAIN QUERY PLAN SELECT 1 FROM deliveries WHERE state=0 LIMIT 1"_s,
        };
        auto inspect = [&](const std::function<void(QSqlQuery&)>& look) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                look(q);
                q.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(connection);
        };
        auto indexSql = [](QSqlQuery& q, const QString& name = u"deliveries_lane"_s) {
            return q.exec(u"SELECT sql FROM sqlite_master WHERE name='%1'"_s.arg(name)) && q.next()
                       ? q.value(0).toString()
                       : QString();
        };
        auto planOf = [](QSqlQuery& q, const QString& query) {
            QString plan;
            if (!q.exec(query))
                return q.lastError().text();
            while (q.next())
                plan += q.value(3).toString() + u'\n';
            return plan;
        };
        {
            auto box = openOutbox(path);
            QVERIFY(box);
            enqueueAndWait(*box, orderedLane(1, 3, u"door"_s) + QList<DeliveryItem>{makeDelivery(4)});
        }
        inspect([&](QSqlQuery& q) {
            QVERIFY(indexSql(q).endsWith(u"WHERE ordered=1"_s));
            QVERIFY(indexSql(q, u"deliveries_due"_s).endsWith(u"WHERE state=0"_s));
            // Queued deliveries have no entry in the due index: 1 and 4 are pending, 2 and 3 queued.
            QVERIFY(q.exec(u"SELECT sum(ncell) FROM dbstat WHERE name='deliveries_due' AND pagetype='leaf'"_s) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 2);
            // Written before: over every row.
            QVERIFY(q.exec(u"DROP INDEX deliveries_lane"_s));
            QVERIFY(
                q.exec(u"CREATE INDEX deliveries_lane ON deliveries(webhook_id, device_token, ordered, state, id)"_s));
            QVERIFY(q.exec(u"DROP INDEX deliveries_due"_s));
            QVERIFY(q.exec(u"CREATE INDEX deliveries_due ON deliveries(state, next_attempt_at, id)"_s));
        });
        {
            auto box = openOutbox(path);
            QVERIFY(box);
            QCOMPARE(ids(fetch(*box, 10).due), (QStringList{u"msg_000001"_s, u"msg_000004"_s}));
            box->setAcceptRoom(5);
            expectNextHandedOutBeforeTheOutcome(*box, orderedLane(1, 1, u"door"_s).at(0), u"msg_000002"_s);
        }
        inspect([&](QSqlQuery& q) {
            QVERIFY(indexSql(q).endsWith(u"WHERE ordered=1"_s));
            QVERIFY(q.exec(laneQuery));
            QString plan;
            while (q.next())
                plan += q.value(3).toString() + u'\n';
            QVERIFY2(plan.contains(u"USING INDEX deliveries_lane"_s), qPrintable(plan));
            QVERIFY2(!plan.contains(u"TEMP B-TREE"_s), qPrintable(plan));
            QVERIFY(indexSql(q, u"deliveries_due"_s).endsWith(u"WHERE state=0"_s));
            for (const QString& query : dueQueries) {
                const QString due = planOf(q, query);
                QVERIFY2(due.contains(u"INDEX deliveries_due"_s), qPrintable(query + u'\n' + due));
                QVERIFY2(!due.contains(u"TEMP B-TREE"_s), qPrintable(query + u'\n' + due));
            }
        });
    }

    void damagedFileIsReportedAndKept()
    {
        const QString path = newPath();
        const QByteArray garbage = QByteArray("this is not a database\n").repeated(200);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        QString error;
        QVERIFY(openOutbox(path, false, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(u"not an outbox"), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), garbage);
    }

    void foreignDatabaseIsRefused()
    {
        const QString path = newPath();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE notes (text TEXT)"_s));
            QVERIFY(q.exec(u"INSERT INTO notes VALUES ('keep me')"_s));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        const QByteArray before = test::readFile(path);
        QString error;
        QVERIFY(openOutbox(path, false, &error));
        QVERIFY2(error.contains(u"not a Hooksmith outbox"), qPrintable(error));
        // Not even switched to a write-ahead log: the file is exactly as it was.
        QCOMPARE(test::readFile(path), before);
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    }

    // An outbox written by the previous version (schema 1) is upgraded in place, its deliveries kept.
    void schemaOneIsUpgraded()
    {
        const QString path = newPath();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString& sql :
                 {u"CREATE TABLE deliveries (id INTEGER PRIMARY KEY, message_id TEXT NOT NULL UNIQUE, webhook_id "
                  "TEXT NOT NULL, device_token TEXT NOT NULL, signal_number INTEGER NOT NULL, value_json TEXT NOT "
                  "NULL, received_at INTEGER NOT NULL, accepted_at INTEGER NOT NULL, state INTEGER NOT NULL DEFAULT "
                  "0, attempts INTEGER NOT NULL DEFAULT 0, round_start INTEGER NOT NULL DEFAULT 0, next_attempt_at "
                  "INTEGER NOT NULL, last_error TEXT NOT NULL DEFAULT '', final_reason TEXT NOT NULL DEFAULT '')"_s,
                  u"CREATE INDEX deliveries_due ON deliveries(state, next_attempt_at, id)"_s,
                  u"CREATE INDEX deliveries_webhook ON deliveries(webhook_id, state)"_s,
                  u"CREATE TABLE attempts (message_id TEXT NOT NULL, number INTEGER NOT NULL, started_at INTEGER "
                  "NOT NULL, duration_ms INTEGER NOT NULL, status INTEGER NOT NULL, error TEXT NOT NULL, PRIMARY "
                  "KEY (message_id, number)) WITHOUT ROWID"_s,
                  u"INSERT INTO deliveries VALUES (1, 'msg_a', 'w', 'd', 1, '2.5', 1, 1, 0, 1, 0, 1, '503', '')"_s,
                  u"INSERT INTO deliveries VALUES (2, 'msg_b', 'w', 'd', 1, '3', 1, 1, 1, 8, 0, 1, '', 'gave up')"_s,
                  u"INSERT INTO attempts VALUES ('msg_a', 1, 1, 5, 503, '503 Service Unavailable')"_s,
                  u"PRAGMA user_version=1"_s}) {
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            }
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);
        auto box = openOutbox(path);
        QVERIFY(box);
        const OutboxCounts c = counts(*box);
        QCOMPARE(c.pending, 1);
        QCOMPARE(c.failed, 1);
        const Fetched f = fetch(*box, 10);
        QCOMPARE(ids(f.due), QStringList{u"msg_a"_s});
        QVERIFY(!f.due[0].ordered);
        Awaited<QList<AttemptRecord>> attempts;
        box->attempts(u"msg_a"_s, attempts.callback());
        QTRY_VERIFY(attempts.value->has_value());
        QCOMPARE((*attempts.value)->size(), 1);
        QCOMPARE((*attempts.value)->at(0).error, u"503 Service Unavailable"_s);
    }

    // A transaction that cannot be committed (a full disk) takes back what it handed out and keeps
    // with the engine what it could not record.
    void rollbackUndoesHandOuts()
    {
        OutboxDatabase db(newPath(), false, Outbox::Options().restartLogBytes);
        QVERIFY(db.open().ok());
        QVERIFY(db.begin().ok());
        for (int i = 1; i <= 3; ++i)
            QVERIFY(db.insert(makeDelivery(i)).ok());
        QVERIFY(db.commit().ok());
        std::optional<qint64> next;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();

        QVERIFY(db.begin().ok());
        auto due = db.fetchDue(now, 2, next);
        QVERIFY(due && due->size() == 2);
        db.rollback(u"disk full"_s);
        QVERIFY(db.begin().ok());
        due = db.fetchDue(now, 10, next);
        QCOMPARE(due->size(), 3); // the first two are due again
        QVERIFY(db.commit().ok());

        // msg 1 delivered, but its removal is not committed: it stays handed out (with the engine).
        QVERIFY(db.begin().ok());
        std::vector<OutboxPromoted> promoted;
        QVERIFY(db.remove(due->at(0), 0, promoted).ok());
        db.release(due->at(1).messageId); // given back: that stands whatever becomes of the transaction
        db.rollback(u"disk full"_s);
        QVERIFY(db.begin().ok());
        const auto again = db.fetchDue(now, 10, next);
        QCOMPARE(ids(*again), QStringList{due->at(1).messageId});
        QVERIFY(db.commit().ok());
        QVERIFY(db.refusal().ok());
        // Deliveries that could not be stored: later ones are refused until acceptAgain(), so that none
        // is stored ahead of them.
        QVERIFY(db.begin().ok());
        QVERIFY(db.insert(makeDelivery(9)).ok());
        db.rollback(u"disk full"_s);
        QCOMPARE(db.refusal().errorMessage(), u"disk full"_s);
        db.acceptAgain();
        QVERIFY(db.refusal().ok());
    }

    void oneUserAtATime()
    {
        const QString path = newPath();
        auto first = openOutbox(path);
        QVERIFY(first);
        QString error;
        QVERIFY(openOutbox(path, false, &error));
        QVERIFY2(error.contains(u"in use"), qPrintable(error));
    }

    void pagesDueDeliveries()
    {
        auto box = openOutbox(newPath());
        QVERIFY(box);
        QList<DeliveryItem> rows;
        for (int i = 0; i < 5000; ++i)
            rows.append(makeDelivery(i));
        enqueueAndWait(*box, rows);
        // Only a page is read, and the store says more are due.
        const Fetched page = fetch(*box, 100);
        QCOMPARE(page.due.size(), 100);
        QCOMPARE(page.due.front().messageId, u"msg_000000"_s);
        QCOMPARE(page.due.back().messageId, u"msg_000099"_s);
        QVERIFY(page.next.has_value());
        const Fetched second = fetch(*box, 100);
        QCOMPARE(second.due.front().messageId, u"msg_000100"_s);

        Awaited<QList<DeliveryItem>> listed;
        DeliveryQuery q;
        q.offset = 4990;
        q.limit = 50;
        box->list(q, listed.callback());
        QTRY_VERIFY(listed.value->has_value());
        QCOMPARE((*listed.value)->size(), 10);
        QCOMPARE((*listed.value)->back().messageId, u"msg_004999"_s);
    }

    // A fetch reads on from where the last one stopped, and still finds, oldest first, what went back
    // into the order before that point: a delivery given back, or one set to retry.
    void fetchesReadOnAndStillFindWhatCameBack()
    {
        auto box = openOutbox(newPath());
        QVERIFY(box);
        QList<DeliveryItem> rows;
        for (int i = 0; i < 12; ++i)
            rows.append(makeDelivery(i));
        enqueueAndWait(*box, rows);
        const auto ids = [](const Fetched& f) {
            QList<int> numbers;
            for (const DeliveryItem& d : f.due)
                numbers.append(d.messageId.sliced(4).toInt());
            return numbers;
        };
        QCOMPARE(ids(fetch(*box, 3)), (QList<int>{0, 1, 2}));
        const Fetched second = fetch(*box, 3);
        QCOMPARE(ids(second), (QList<int>{3, 4, 5}));
        box->release(u"msg_000001"_s);
        QCOMPARE(ids(fetch(*box, 3)), (QList<int>{1, 6, 7}));
        DeliveryItem retried = second.due.front();
        retried.attempts = 1;
        box->recordRetry(retried, attempt(1, 503, u"the server answered 503"_s),
                         QDateTime::currentDateTimeUtc().addSecs(-3600));
        QCOMPARE(ids(fetch(*box, 3)), (QList<int>{3, 8, 9}));
        box->complete(second.due.at(1));
        QCOMPARE(ids(fetch(*box, 10)), (QList<int>{10, 11}));
        QCOMPARE(ids(fetch(*box, 10)), QList<int>{});
        box->release(u"msg_000005"_s);
        QCOMPARE(ids(fetch(*box, 10)), QList<int>{5});
    }

    static QList<DeliveryItem> listed(DeliveryStore& store, const DeliveryQuery& query = {})
    {
        Awaited<QList<DeliveryItem>> rows;
        store.list(query, rows.callback());
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(rows.value->has_value(), 5000);
        }();
        return rows.value->value_or(QList<DeliveryItem>{});
    }

    static ParkingChange setActive(DeliveryStore& store, const QStringList& active,
                                   const QHash<QString, QString>& reasons = {})
    {
        Awaited<ParkingChange> change;
        ActiveWebhooks w;
        w.active = QSet<QString>(active.cbegin(), active.cend());
        w.reasons = reasons;
        store.setActiveWebhooks(w, change.callback());
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(change.value->has_value(), 5000);
        }();
        return change.value->value_or(ParkingChange{});
    }

    static QStringList ids(const QList<DeliveryItem>& rows)
    {
        QStringList out;
        for (const DeliveryItem& d : rows)
            out.append(d.messageId);
        return out;
    }

    /// Parking: what waits for a webhook that is gone or disabled stays, and resumes when it is back.
    void parking(DeliveryStore& store)
    {
        enqueueAndWait(store, {makeDelivery(1, u"a"_s), makeDelivery(2, u"b"_s), makeDelivery(3, u"a"_s),
                               makeDelivery(4, u"c"_s)});
        // msg 4 is handed out (under way): the engine parks it itself when its attempt ends.
        const Fetched first = fetch(store, 1);
        QCOMPARE(ids(first.due), QStringList{u"msg_000001"_s});
        const Fetched rest = fetch(store, 10);
        QCOMPARE(rest.due.size(), 3);
        for (const DeliveryItem& d : rest.due)
            store.release(d.messageId);
        const DeliveryItem underWay = fetch(store, 10).due.last(); // msg 4
        QCOMPARE(underWay.messageId, u"msg_000004"_s);
        store.release(u"msg_000002"_s);
        store.release(u"msg_000003"_s);

        const ParkingChange parked = setActive(store, {u"b"_s}, {{u"c"_s, u"the webhook \"C\" is disabled"_s}});
        QCOMPARE(parked.parked.value(u"a"_s), 1); // msg 1 is handed out, msg 3 is not
        QCOMPARE(parked.parked.value(u"c"_s, 0), 0);
        QVERIFY(parked.resumed.isEmpty());
        DeliveryQuery q;
        q.states = {DeliveryItem::State::Parked};
        const QList<DeliveryItem> parkedRows = listed(store, q);
        QCOMPARE(ids(parkedRows), QStringList{u"msg_000003"_s});
        QVERIFY2(parkedRows[0].finalReason.contains(u"not in the workspace"_s), qPrintable(parkedRows[0].finalReason));
        // The engine parks the one it had, and every other waiting one of that webhook with it.
        Awaited<Status> done;
        store.park(underWay, u"the webhook \"C\" is disabled"_s, done.callback());
        QTRY_VERIFY(done.value->has_value());
        QVERIFY((*done.value)->ok());
        OutboxCounts c = counts(store);
        QCOMPARE(c.parked, 2);
        QCOMPARE(c.pending, 2); // msg 1 (handed out) and msg 2
        QVERIFY(c.oldestWaiting.isValid());
        // Only msg 2 (webhook b) is due.
        QCOMPARE(ids(fetch(store, 10).due), QStringList{u"msg_000002"_s});

        // Back again: the parked ones resume, with a new round of attempts.
        const ParkingChange resumed = setActive(store, {u"a"_s, u"b"_s, u"c"_s});
        QCOMPARE(resumed.resumed.value(u"a"_s), 1);
        QCOMPARE(resumed.resumed.value(u"c"_s), 1);
        QCOMPARE(ids(fetch(store, 10).due), (QStringList{u"msg_000003"_s, u"msg_000004"_s}));
        QCOMPARE(counts(store).parked, 0);

        // Parked deliveries can be dropped (only by hand) or retried by hand.
        setActive(store, {u"b"_s});
        store.release(u"msg_000003"_s);
        store.release(u"msg_000004"_s);
        store.release(u"msg_000002"_s);
        setActive(store, {u"b"_s});
        QCOMPARE(counts(store).parked, 2);
        store.discard({u"msg_000003"_s});
        store.retryNow({u"msg_000004"_s});
        c = counts(store);
        QCOMPARE(c.parked, 0);
        QCOMPARE(c.pending, 3);
    }

    /// Delivery order "device": of one device's deliveries to one webhook, one is pending at a time.
    void ordering(DeliveryStore& store)
    {
        auto ordered = [](int i, const QString& device, const QString& webhook = u"w"_s) {
            DeliveryItem d = makeDelivery(i, webhook);
            d.signal.deviceToken = device;
            d.ordered = true;
            return d;
        };
        DeliveryItem unordered = makeDelivery(9, u"w"_s);
        unordered.signal.deviceToken = u"door"_s;
        enqueueAndWait(store, {ordered(1, u"door"_s), ordered(2, u"door"_s), ordered(3, u"window"_s),
                               ordered(4, u"door"_s), ordered(5, u"door"_s, u"other"_s), unordered});
        QSignalSpy due(&store, &DeliveryStore::dueAvailable);
        QSignalSpy handedOut(&store, &DeliveryStore::handedOut);
        // The first of each device and webhook, and the one that is not ordered.
        Fetched f = fetch(store, 10);
        QCOMPARE(ids(f.due), (QStringList{u"msg_000001"_s, u"msg_000003"_s, u"msg_000005"_s, u"msg_000009"_s}));
        DeliveryQuery q;
        q.states = {DeliveryItem::State::Queued};
        QCOMPARE(ids(listed(store, q)), (QStringList{u"msg_000002"_s, u"msg_000004"_s}));

        // A retry holds the device's later signals back.
        DeliveryItem head = f.due[0];
        head.attempts = 1;
        store.recordRetry(head, attempt(1, 503, u"503"_s), QDateTime::currentDateTimeUtc().addSecs(3600));
        QCOMPARE(fetch(store, 10).due.size(), 0);
        QCOMPARE(listed(store, q).size(), 2);

        // Given back (the engine stops) it is still the one pending; delivered, the next one falls due.
        store.retryNow({head.messageId});
        f = fetch(store, 10);
        QCOMPARE(ids(f.due), QStringList{u"msg_000001"_s});
        store.complete(f.due[0]);
        QTRY_VERIFY(due.size() + handedOut.size() > 0);
        f = fetch(store, 10);
        QCOMPARE(ids(f.due), QStringList{u"msg_000002"_s});
        // A final failure lets the next one go too.
        store.recordFailure(f.due[0], attempt(1, 400, u"400"_s), u"400 Bad Request"_s);
        f = fetch(store, 10);
        QCOMPARE(ids(f.due), QStringList{u"msg_000004"_s});
        QCOMPARE(listed(store, q).size(), 0);
        // A new signal of a device with one under way queues behind it; of an idle device it is due at once.
        enqueueAndWait(store, {ordered(6, u"door"_s), ordered(7, u"garage"_s)});
        QCOMPARE(ids(listed(store, q)), QStringList{u"msg_000006"_s});
        QCOMPARE(ids(fetch(store, 10).due), QStringList{u"msg_000007"_s});
    }

    void parkingInBothStores()
    {
        auto box = openOutbox(newPath());
        QVERIFY(box);
        parking(*box);
        MemoryDeliveryStore memory;
        parking(memory);
    }

    void orderingInBothStores()
    {
        auto box = openOutbox(newPath());
        QVERIFY(box);
        ordering(*box);
        MemoryDeliveryStore memory;
        ordering(memory);
    }

    static QList<DeliveryItem> orderedLane(int first, int count, const QString& device)
    {
        QList<DeliveryItem> rows;
        for (int i = first; i < first + count; ++i) {
            DeliveryItem d = makeDelivery(i);
            d.signal.deviceToken = device;
            d.ordered = true;
            rows.append(d);
        }
        return rows;
    }

    /// Completes `leaving` and expects the next of its lane to be handed out before the outcome is written.
    static void expectNextHandedOutBeforeTheOutcome(Outbox& box, const DeliveryItem& leaving, const QString& next)
    {
        QSignalSpy handedOut(&box, &DeliveryStore::handedOut);
        Awaited<Status> done;
        // Whether the outcome was written when the next one came: both may arrive in one turn of the event loop,
        // so this is noted as the hand-out arrives.
        std::optional<bool> writtenFirst;
        const QMetaObject::Connection noted = QObject::connect(&box, &DeliveryStore::handedOut, &box,
                                                               [&] { writtenFirst.emplace(done.value->has_value()); });
        box.complete(leaving, done.callback());
        QVERIFY(handedOut.wait(5000));
        QObject::disconnect(noted);
        QVERIFY(writtenFirst.has_value());
        QVERIFY(!*writtenFirst);
        QCOMPARE(handedOut.size(), 1);
        const auto given = handedOut.at(0).at(0).value<QList<DeliveryItem>>();
        QCOMPARE(ids(given), QStringList{next});
        QCOMPARE(given.at(0).state, DeliveryItem::State::Pending);
        QCOMPARE(given.at(0).signal.deviceToken, leaving.signal.deviceToken);
        QTRY_VERIFY(done.value->has_value());
        QVERIFY(done.value->value().ok());
        QCOMPARE(handedOut.size(), 1);
    }

    // The next delivery of an ordered device goes to the engine as the one before it leaves, before that is
    // written and without a fetch, when the engine has room: from what the outbox knows of the lane (it stored
    // it), and from the file (a lane that was there when it opened).
    void orderedNextIsHandedOutAsItsPredecessorLeaves()
    {
        const QString path = newPath();
        {
            auto box = openOutbox(path);
            QVERIFY(box);
            enqueueAndWait(*box, orderedLane(1, 3, u"door"_s));
            Fetched f = fetch(*box, 10);
            QCOMPARE(ids(f.due), QStringList{u"msg_000001"_s});
            box->setAcceptRoom(5);
            expectNextHandedOutBeforeTheOutcome(*box, f.due[0], u"msg_000002"_s);
            QCOMPARE(fetch(*box, 10).due.size(), 0);
            DeliveryItem second = orderedLane(2, 1, u"door"_s).at(0);
            expectNextHandedOutBeforeTheOutcome(*box, second, u"msg_000003"_s);
            QCOMPARE(fetch(*box, 10).due.size(), 0);
            // Stored behind the one under way after the outbox learnt the lane.
            enqueueAndWait(*box, orderedLane(4, 2, u"door"_s));
            expectNextHandedOutBeforeTheOutcome(*box, orderedLane(3, 1, u"door"_s).at(0), u"msg_000004"_s);
            DeliveryQuery q;
            q.states = {DeliveryItem::State::Queued};
            QCOMPARE(ids(listed(*box, q)), QStringList{u"msg_000005"_s});
        }
        // Opened again: the lane is read from the file.
        auto box = openOutbox(path);
        QVERIFY(box);
        Fetched f = fetch(*box, 10);
        QCOMPARE(ids(f.due), QStringList{u"msg_000004"_s});
        box->setAcceptRoom(5);
        expectNextHandedOutBeforeTheOutcome(*box, f.due[0], u"msg_000005"_s);
        QCOMPARE(fetch(*box, 10).due.size(), 0);
        QCOMPARE(counts(*box).pending, 1);
        // Without room in the engine, the next one falls due and is fetched.
        enqueueAndWait(*box, orderedLane(6, 1, u"door"_s));
        box->setAcceptRoom(0);
        QSignalSpy due(box.get(), &DeliveryStore::dueAvailable);
        QSignalSpy handedOut(box.get(), &DeliveryStore::handedOut);
        box->complete(orderedLane(5, 1, u"door"_s).at(0));
        QVERIFY(due.wait(5000));
        QCOMPARE(handedOut.size(), 0);
        QCOMPARE(ids(fetch(*box, 10).due), QStringList{u"msg_000006"_s});
    }

    // The next of an ordered device goes within the lane room also while older deliveries of other devices
    // wait to be fetched (each lane keeps its own order), from what the outbox knows and from the file; without
    // lane room it falls due. Deliveries queued behind their lane's head are accepted as queued.
    void orderedNextGoesWithinTheLaneRoomWhileOthersWaitToBeFetched()
    {
        const QString path = newPath();
        {
            auto box = openOutbox(path);
            QVERIFY(box);
            QSignalSpy queued(box.get(), &DeliveryStore::acceptedQueued);
            QSignalSpy accepted(box.get(), &DeliveryStore::accepted);
            enqueueAndWait(*box, orderedLane(1, 3, u"door"_s));
            QCOMPARE(queued.size(), 1);
            QCOMPARE(queued.at(0).at(0).toInt(), 2);
            QCOMPARE(accepted.size(), 1);
            Fetched f = fetch(*box, 10);
            QCOMPARE(ids(f.due), QStringList{u"msg_000001"_s});
            // Due, and waiting to be fetched: nothing new may be handed out ahead of it.
            enqueueAndWait(*box, {makeDelivery(10)});
            QCOMPARE(queued.size(), 1);
            box->setAcceptRoom(0, 5);
            expectNextHandedOutBeforeTheOutcome(*box, f.due[0], u"msg_000002"_s);
            // A lane room of none: the next falls due.
            box->setAcceptRoom(5, 0);
            QSignalSpy due(box.get(), &DeliveryStore::dueAvailable);
            QSignalSpy handedOut(box.get(), &DeliveryStore::handedOut);
            box->complete(orderedLane(2, 1, u"door"_s).at(0));
            QVERIFY(due.wait(5000));
            QCOMPARE(handedOut.size(), 0);
            QCOMPARE(ids(fetch(*box, 10).due), (QStringList{u"msg_000003"_s, u"msg_000010"_s}));
            enqueueAndWait(*box, orderedLane(4, 2, u"door"_s));
            QCOMPARE(queued.size(), 2);
            QCOMPARE(queued.at(1).at(0).toInt(), 2);
        }
        // Opened again: the lane is read from the file, with the same rule.
        auto box = openOutbox(path);
        QVERIFY(box);
        const Fetched f = fetch(*box, 1);
        QCOMPARE(ids(f.due), QStringList{u"msg_000003"_s});
        box->setAcceptRoom(0, 5);
        expectNextHandedOutBeforeTheOutcome(*box, f.due[0], u"msg_000004"_s);
        QCOMPARE(ids(fetch(*box, 10).due), QStringList{u"msg_000010"_s});
    }

    // The same signal stored again (a broker's redelivery) changes nothing in its lane: the next one is still
    // the one stored after it.
    void aDeliveryStoredAgainLeavesItsLaneAsItWas()
    {
        auto box = openOutbox(newPath());
        QVERIFY(box);
        const QList<DeliveryItem> lane = orderedLane(1, 4, u"door"_s);
        enqueueAndWait(*box, lane.mid(0, 3));
        const Fetched f = fetch(*box, 10);
        QCOMPARE(ids(f.due), QStringList{u"msg_000001"_s});
        enqueueAndWait(*box, {lane[0]});
        enqueueAndWait(*box, {lane[3]});
        box->setAcceptRoom(5);
        expectNextHandedOutBeforeTheOutcome(*box, f.due[0], u"msg_000002"_s);
        expectNextHandedOutBeforeTheOutcome(*box, lane[1], u"msg_000003"_s);
        expectNextHandedOutBeforeTheOutcome(*box, lane[2], u"msg_000004"_s);
    }

    // A delivery stored behind the head of a lane while the head leaves: it becomes the head, is handed out once,
    // and when it leaves, nothing is handed out again.
    void aDeliveryStoredAsItsLaneMovesOnIsHandedOutOnce()
    {
        auto box = openOutbox(newPath());
        QVERIFY(box);
        box->setAcceptRoom(5);
        QSignalSpy handedOut(box.get(), &DeliveryStore::handedOut);
        QSignalSpy handedOnAccept(box.get(), &DeliveryStore::acceptedHandedOut);
        QSignalSpy accepted(box.get(), &DeliveryStore::accepted);
        // Whether the second delivery's storing is known here before or after its lane moves on depends on the
        // threads: each case is checked, and the lane is tried again until the first case has come up.
        // Stores the first of an empty lane and takes it as the engine would: handed out as stored, or fetched.
        auto storeFirst = [&](const DeliveryItem& d) {
            handedOnAccept.clear();
            enqueueAndWait(*box, {d});
            return handedOnAccept.isEmpty() ? fetch(*box, 10).due
                                            : handedOnAccept.at(0).at(0).value<QList<DeliveryItem>>();
        };
        // Delivers the last of a lane: nothing more is handed out, and nothing waits.
        auto completeLast = [&](const DeliveryItem& d) {
            Awaited<Status> done;
            box->complete(d, done.callback());
            QTRY_VERIFY(done.value->has_value());
            flush(*box);
            QCOMPARE(handedOut.size(), 1);
            QCOMPARE(counts(*box).pending + counts(*box).queued, 0);
        };
        bool storedBeforeKnown = false;
        for (int lane = 0; lane < 20 && !storedBeforeKnown; ++lane) {
            const QString device = u"door-%1"_s.arg(lane);
            const QList<DeliveryItem> rows = orderedLane(10 * lane + 1, 2, device);
            const QList<DeliveryItem> head = storeFirst(rows[0]);
            QCOMPARE(ids(head), QStringList{rows[0].messageId});
            handedOut.clear();
            accepted.clear();
            // Stored on the outbox thread before the head's outcome is asked for; known here before or after.
            box->enqueue({rows[1]});
            QCoreApplication::processEvents();
            QThread::msleep(100);
            storedBeforeKnown = accepted.isEmpty();
            box->complete(head[0]);
            QVERIFY(handedOut.wait(5000));
            QCOMPARE(ids(handedOut.at(0).at(0).value<QList<DeliveryItem>>()), QStringList{rows[1].messageId});
            QTRY_COMPARE(accepted.size(), 1);
            completeLast(rows[1]);

            // Stored in the same group as the head's outcome: handed out, most often before it is known to be
            // stored.
            const QList<DeliveryItem> more = orderedLane(10 * lane + 3, 2, device);
            const QList<DeliveryItem> third = storeFirst(more[0]);
            QCOMPARE(ids(third), QStringList{more[0].messageId});
            handedOut.clear();
            accepted.clear();
            box->enqueue({more[1]});
            box->complete(third.at(0));
            QVERIFY(handedOut.wait(5000));
            QCOMPARE(ids(handedOut.at(0).at(0).value<QList<DeliveryItem>>()), QStringList{more[1].messageId});
            QTRY_COMPARE(accepted.size(), 1);
            completeLast(more[1]);
        }
        QVERIFY(storedBeforeKnown);
    }

    // An engine's worth of ordered deliveries over several devices, stored while others are under way,
    // delivered, retried and failed in random order, with the outbox forgetting its lanes now and then:
    // each device's deliveries reach the engine one at a time, in the order they were stored.
    void orderedLanesKeepTheirOrderUnderLoad()
    {
        auto box = openOutbox(newPath());
        QVERIFY(box);
        QRandomGenerator random(20261206);
        const QStringList devices{u"a"_s, u"b"_s, u"c"_s, u"d"_s};
        QHash<QString, QStringList> stored;    // by device, in the order stored
        QHash<QString, QStringList> attempted; // by device: each first hand-out of a delivery
        QHash<QString, QString> underWay;      // device -> message id handed out
        QList<DeliveryItem> withEngine;
        QSet<QString> gone; // delivered or failed
        QString error;
        auto take = [&](const QList<DeliveryItem>& items) {
            for (const DeliveryItem& d : items) {
                const QString device = d.signal.deviceToken;
                if (underWay.contains(device) && error.isEmpty())
                    error = u"%1 handed out while %2 of its device is under way"_s.arg(d.messageId, underWay[device]);
                if (gone.contains(d.messageId) && error.isEmpty())
                    error = u"%1 handed out again after it was delivered or failed"_s.arg(d.messageId);
                underWay.insert(device, d.messageId);
                if (!attempted[device].contains(d.messageId))
                    attempted[device].append(d.messageId);
                withEngine.append(d);
            }
        };
        connect(box.get(), &DeliveryStore::handedOut, this, take);
        connect(box.get(), &DeliveryStore::acceptedHandedOut, this, take);
        auto waitFor = [](const auto& done) {
            while (!done())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        };
        auto fetchNow = [&] {
            std::optional<QList<DeliveryItem>> due;
            box->fetchDue(100, QDateTime::currentDateTimeUtc(),
                          [&](QList<DeliveryItem> d, std::optional<QDateTime>) { due = std::move(d); });
            waitFor([&] { return due.has_value(); });
            take(*due);
        };
        auto waiting = [&] {
            std::optional<OutboxCounts> c;
            box->counts([&](OutboxCounts counted) { c = counted; });
            waitFor([&] { return c.has_value(); });
            return c->pending + c->queued;
        };
        box->setAcceptRoom(1000);
        int next = 1;
        int total = 0;
        // A few steps per turn of the event loop, so that new deliveries and outcomes meet in one group, or in
        // groups one after another.
        for (int step = 0; step < 600; ++step) {
            if (random.bounded(3) == 0)
                QCoreApplication::processEvents();
            const int op = random.bounded(10);
            if (op < 3 && next < 600) {
                QList<DeliveryItem> batch;
                for (int i = random.bounded(1, 6); i > 0; --i) {
                    const QString device = devices[random.bounded(devices.size())];
                    batch += orderedLane(next++, 1, device);
                    stored[device].append(batch.last().messageId);
                }
                total += int(batch.size());
                box->enqueue(batch);
            } else if (op == 3) {
                fetchNow();
            } else if (step == 200 || step == 400) {
                setActive(*box, {u"wh-1"_s}); // the outbox forgets its lanes
            } else if (!withEngine.isEmpty()) {
                DeliveryItem d = withEngine.takeAt(random.bounded(withEngine.size()));
                underWay.remove(d.signal.deviceToken);
                d.attempts += 1;
                const int outcome = random.bounded(10);
                if (outcome == 0) {
                    box->recordRetry(d, attempt(d.attempts, 503, u"503"_s), QDateTime::currentDateTimeUtc());
                } else {
                    gone.insert(d.messageId);
                    if (outcome == 1)
                        box->recordFailure(d, attempt(d.attempts, 400, u"400"_s), u"400 Bad Request"_s);
                    else
                        box->complete(d);
                }
            }
        }
        // The rest, until nothing waits.
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            fetchNow();
            if (withEngine.isEmpty() && waiting() == 0)
                break;
            while (!withEngine.isEmpty()) {
                DeliveryItem d = withEngine.takeFirst();
                underWay.remove(d.signal.deviceToken);
                gone.insert(d.messageId);
                box->complete(d);
            }
            QVERIFY2(clock.elapsed() < 20000, "the lanes did not drain");
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(total > 100);
        for (const QString& device : devices)
            QCOMPARE(attempted[device], stored[device]);
    }

    // The next of an ordered device handed out by a transaction that is then not committed (a full disk) stays
    // with the engine: the outcome written again later does not hand it out a second time, and the lane goes
    // on after it.
    void orderedHandOutOutlivesAFailedCommit()
    {
        for (const bool byCaller : {false, true}) {
            OutboxDatabase db(newPath(), false, Outbox::Options().restartLogBytes);
            QVERIFY(db.open().ok());
            const QList<DeliveryItem> lane = orderedLane(1, 3, u"door"_s);
            QVERIFY(db.begin().ok());
            for (const DeliveryItem& d : lane)
                QVERIFY(db.insert(d).ok());
            QVERIFY(db.commit().ok());
            std::optional<qint64> next;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QVERIFY(db.begin().ok());
            const auto due = db.fetchDue(now, 10, next);
            QCOMPARE(ids(*due), QStringList{u"msg_000001"_s});
            QVERIFY(db.commit().ok());

            // Delivered; msg 2 goes to the engine (from the caller's knowledge of the lane, or found here), and the
            // transaction is undone.
            if (byCaller)
                db.keepHandedOut(u"msg_000002"_s);
            QVERIFY(db.begin().ok());
            std::vector<OutboxPromoted> promoted;
            QVERIFY(db.remove(due->at(0), byCaller ? 0 : 1, promoted, byCaller ? u"msg_000002"_s : QString()).ok());
            QCOMPARE(promoted.size(), byCaller ? 0u : 1u);
            db.rollback(u"disk full"_s);

            // Written again: nothing more is handed out, and msg 2 is not due for a fetch.
            QVERIFY(db.begin().ok());
            promoted.clear();
            QVERIFY(db.remove(due->at(0), 1, promoted).ok());
            QCOMPARE(promoted.size(), 0u);
            QCOMPARE(db.fetchDue(now, 10, next)->size(), 0);
            QVERIFY(db.commit().ok());

            // msg 2 delivered: msg 3 is next.
            QVERIFY(db.begin().ok());
            QVERIFY(db.remove(lane.at(1), 1, promoted).ok());
            QVERIFY(db.commit().ok());
            QCOMPARE(promoted.size(), 1u);
            QCOMPARE(promoted.at(0).item.messageId, u"msg_000003"_s);
            QVERIFY(promoted.at(0).handedOut);
        }
    }

    /// Each delivery of `db` with its state, in the order they were accepted.
    static QStringList statesIn(OutboxDatabase& db)
    {
        DeliveryQuery all;
        all.limit = 0;
        const auto rows = db.list(all);
        QStringList out;
        for (const DeliveryItem& d : rows.value())
            out.append(d.messageId + u' ' + QString::number(int(d.state)));
        out.sort();
        return out;
    }

    // Under load one group carries several outcomes of a lane. The next delivery made pending by one outcome
    // and leaving with a later outcome of the same group is never written as pending; what is committed, and
    // what a read inside the group sees, are what they would be with one group per outcome.
    void aNextLeavingInTheSameGroupIsNotWrittenAsPending()
    {
        const int pending = int(DeliveryItem::State::Pending);
        const int queued = int(DeliveryItem::State::Queued);
        const int failed = int(DeliveryItem::State::Failed);
        for (const QString& ending : {u"delivered"_s, u"retry"_s, u"failed"_s}) {
            OutboxDatabase db(newPath(), false, Outbox::Options().restartLogBytes);
            QVERIFY(db.open().ok());
            const QList<DeliveryItem> lane = orderedLane(1, 5, u"door"_s);
            QVERIFY(db.begin().ok());
            for (const DeliveryItem& d : lane)
                QVERIFY(db.insert(d).ok());
            QVERIFY(db.commit().ok());
            std::optional<qint64> next;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QVERIFY(db.begin().ok());
            QCOMPARE(ids(*db.fetchDue(now, 10, next)), QStringList{u"msg_000001"_s});
            QVERIFY(db.commit().ok());

            // 1 and 2 are delivered in one group, each next handed out by the caller (see Outbox::Lane).
            const qint64 before = db.rowsChanged();
            QVERIFY(db.begin().ok());
            std::vector<OutboxPromoted> promoted;
            for (int i = 0; i < 2; ++i) {
                db.keepHandedOut(lane.at(i + 1).messageId);
                QVERIFY(db.remove(lane.at(i), 0, promoted, lane.at(i + 1).messageId).ok());
            }
            // A read inside the group sees 3 pending.
            const auto counts = db.counts();
            QVERIFY(counts.ok());
            QCOMPARE(counts->pending, 1);
            QCOMPARE(counts->queued, 2);
            // Then 3 leaves in the same group: delivered, set to retry, or failed (4 is next).
            DeliveryItem third = lane.at(2);
            third.attempts = 1;
            AttemptRecord attempt;
            attempt.number = 1;
            attempt.startedAt = QDateTime::currentDateTimeUtc();
            attempt.status = 503;
            attempt.error = u"503 Service Unavailable"_s;
            if (ending == u"delivered"_s) {
                db.keepHandedOut(lane.at(3).messageId);
                QVERIFY(db.remove(third, 0, promoted, lane.at(3).messageId).ok());
            } else if (ending == u"retry"_s) {
                QVERIFY(
                    db.recordAttempt(third, attempt, DeliveryItem::State::Pending, now + 60000, {}, 0, promoted).ok());
            } else {
                db.keepHandedOut(lane.at(3).messageId);
                QVERIFY(db.recordAttempt(third, attempt, DeliveryItem::State::Failed, now, u"gave up"_s, 0, promoted,
                                         lane.at(3).messageId)
                            .ok());
            }
            QVERIFY(db.commit().ok());
            QVERIFY(promoted.empty());

            const QString msg3 = u"msg_000003 "_s;
            const QString msg4 = u"msg_000004 "_s;
            const QString msg5 = u"msg_000005 "_s;
            if (ending == u"delivered"_s) {
                QCOMPARE(statesIn(db), (QStringList{msg4 + QString::number(pending), msg5 + QString::number(queued)}));
                // 3 rows removed, 3 made pending for the read and 4 at the commit: 2 was never written as
                // pending (6 with one group per outcome).
                QCOMPARE(db.rowsChanged() - before, 5);
            } else if (ending == u"retry"_s) {
                QCOMPARE(statesIn(db), (QStringList{msg3 + QString::number(pending), msg4 + QString::number(queued),
                                                    msg5 + QString::number(queued)}));
                // 2 rows removed, 3 made pending for the read, then its attempt (its row and a row of its own).
                QCOMPARE(db.rowsChanged() - before, 5);
            } else {
                QCOMPARE(statesIn(db), (QStringList{msg3 + QString::number(failed), msg4 + QString::number(pending),
                                                    msg5 + QString::number(queued)}));
                // As for a retry, and 4 made pending at the commit.
                QCOMPARE(db.rowsChanged() - before, 6);
            }
        }
    }

    void handsOutNewDeliveriesWithinTheEnginesRoom()
    {
        const QString path = newPath();
        {
            auto box = openOutbox(path);
            QVERIFY(box);
            QSignalSpy handedOut(box.get(), &DeliveryStore::acceptedHandedOut);
            QSignalSpy accepted(box.get(), &DeliveryStore::accepted);
            box->setAcceptRoom(10);
            // Nothing is handed out before a fetch has taken whatever was due when the file opened.
            enqueueAndWait(*box, {makeDelivery(1)});
            QCOMPARE(handedOut.size(), 0);
            QCOMPARE(fetch(*box, 10).due.size(), 1);

            // msg_000001 is there already: it is neither stored again nor handed out.
            box->setAcceptRoom(2);
            accepted.clear();
            box->enqueue(
                {makeDelivery(1), makeDelivery(2, u"wh-2"_s, u"[1, 2.50]"_s), makeDelivery(3), makeDelivery(4)});
            QVERIFY(accepted.wait(5000));
            QCOMPARE(handedOut.size(), 1);
            const auto given = handedOut.at(0).at(0).value<QList<DeliveryItem>>();
            QCOMPARE(given.size(), 2);
            QCOMPARE(given[0].messageId, u"msg_000002"_s);
            QCOMPARE(given[0].webhookId, u"wh-2"_s);
            QCOMPARE(given[0].signal.value.toJson(), u"[1,2.50]"_s);
            QCOMPARE(given[1].messageId, u"msg_000003"_s);
            QCOMPARE(accepted.at(0).at(0).toStringList().size(), 4);

            // msg_000004 waits to be fetched: a newer one is not handed out ahead of it, however much
            // room the engine has.
            box->setAcceptRoom(10);
            handedOut.clear();
            enqueueAndWait(*box, {makeDelivery(5)});
            QCOMPARE(handedOut.size(), 0);
            const Fetched f = fetch(*box, 10);
            QCOMPARE(f.due.size(), 2);
            QCOMPARE(f.due[0].messageId, u"msg_000004"_s);
            QCOMPARE(f.due[1].messageId, u"msg_000005"_s);

            // Everything due is out: the next one is handed out again; without room it is not.
            enqueueAndWait(*box, {makeDelivery(6)});
            QCOMPARE(handedOut.size(), 1);
            QCOMPARE(handedOut.at(0).at(0).value<QList<DeliveryItem>>().at(0).messageId, u"msg_000006"_s);
            box->setAcceptRoom(0);
            enqueueAndWait(*box, {makeDelivery(7)});
            QCOMPARE(handedOut.size(), 1);
            QCOMPARE(fetch(*box, 10).due.size(), 1);
        }
        // Handed out or not, every one is on disk.
        auto box = openOutbox(path);
        QVERIFY(box);
        QCOMPARE(counts(*box).pending, 7);
    }

    /// Stores posted as fast as this loop goes, one delivery each, for `ms` milliseconds; returns how many.
    static int storeWithoutPause(Outbox& box, int first, int ms)
    {
        QElapsedTimer t;
        t.start();
        int n = 0;
        while (t.elapsed() < ms) {
            for (int i = 0; i < 20; ++i)
                box.enqueue({makeDelivery(first + n++)});
            QCoreApplication::processEvents();
        }
        return n;
    }

    /// How many deliveries the `accepted` signals caught by `spy` named.
    static qsizetype acceptedIn(const QSignalSpy& spy)
    {
        qsizetype n = 0;
        for (const auto& args : spy)
            n += args.at(0).toStringList().size();
        return n;
    }

    /// Bursts of storeWithoutPause() for 30 ms, each followed by one more delivery and 300 ms of waiting, from
    /// delivery `first` on, until the last ones wait (not all accepted) or `maxBursts` were made; returns the
    /// number of the next delivery. A burst the scheduler cut in two looks like no load at all, hence more
    /// than one try.
    static int burstsUntilWaiting(Outbox& box, const QSignalSpy& accepted, int first, int maxBursts)
    {
        int stored = first;
        for (int burst = 0; burst < maxBursts; ++burst) {
            stored += storeWithoutPause(box, stored, 30);
            box.enqueue({makeDelivery(stored++)});
            QTest::qWait(300);
            if (acceptedIn(accepted) < stored)
                break;
        }
        return stored;
    }

    /// An outbox reopened on a file that holds one ordered lane of `count` deliveries (device "door", from msg 1),
    /// which this side therefore does not know; always under load (busyJobsPerMs 0), writes waiting up to 5 s.
    /// Its head, msg 1, is fetched (`head`), and the engine has room for 5 next deliveries of lanes.
    void reopenWithLaneInFile(int count, std::unique_ptr<Outbox>& box, DeliveryItem& head)
    {
        const QString path = newPath();
        {
            auto writer = openOutbox(path);
            QVERIFY(writer);
            enqueueAndWait(*writer, orderedLane(1, count, u"door"_s));
        }
        Outbox::Options options;
        options.busyCommitIntervalMs = 5000;
        options.busyJobsPerMs = 0; // always under load, however slow the machine
        box = openOutbox(path, options);
        QVERIFY(box);
        const Fetched f = fetch(*box, 10);
        QCOMPARE(ids(f.due), QStringList{u"msg_000001"_s});
        head = f.due[0];
        box->setAcceptRoom(0, 5);
    }

    void writesWaitForMoreOnlyUnderLoad()
    {
        Outbox::Options options;
        options.busyCommitIntervalMs = 5000; // long enough to tell waiting from not
        const QString path = newPath();
        auto box = openOutbox(path, options);
        QVERIFY(box);
        QSignalSpy accepted(box.get(), &DeliveryStore::accepted);
        auto acceptedCount = [&accepted] {
            return acceptedIn(accepted);
        };

        // A few at a time: each goes at the end of its turn, in a transaction of its own.
        const quint64 before = box->transactionsCommitted();
        for (int i = 0; i < 10; ++i) {
            box->enqueue({makeDelivery(i)});
            QTRY_COMPARE_WITH_TIMEOUT(acceptedCount(), qsizetype(i + 1), 5000);
            QTest::qWait(10);
        }
        QCOMPARE(box->transactionsCommitted() - before, 10u);

        // Thousands a second: after a few milliseconds, writes wait for more. On a machine so busy that the
        // scheduler stops this thread for 10 ms in the middle of the burst, the load looks gone: the burst is
        // made again, a few times at most.
        int stored = burstsUntilWaiting(*box, accepted, 10, 5);
        const quint64 duringLoad = box->transactionsCommitted();
        QTest::qWait(200);
        QVERIFY2(acceptedCount() < stored, "the last ones did not wait under load");
        QCOMPARE(box->transactionsCommitted() - duringLoad, 0u);

        // A fetch does not wait, and takes what waits with it.
        const Fetched f = fetch(*box, 100000);
        QCOMPARE(f.due.size(), stored);
        QTRY_COMPARE_WITH_TIMEOUT(acceptedCount(), qsizetype(stored), 1000);
        QVERIFY(box->transactionsCommitted() > duringLoad);

        // Nor does a flush; and once the load is gone, nothing waits any more.
        stored += storeWithoutPause(*box, stored, 30);
        box->enqueue({makeDelivery(stored++)});
        Awaited<Status> flushed;
        box->flush(flushed.callback());
        QTRY_VERIFY_WITH_TIMEOUT(flushed.value->has_value(), 1000);
        QVERIFY(flushed.value->value().ok());
        QTRY_COMPARE_WITH_TIMEOUT(acceptedCount(), qsizetype(stored), 1000);
        QTest::qWait(20);
        for (int i = 0; i < 3; ++i) {
            box->enqueue({makeDelivery(stored++)});
            QTRY_COMPARE_WITH_TIMEOUT(acceptedCount(), qsizetype(stored), 1000);
            QTest::qWait(10);
        }
        QCOMPARE(counts(*box).pending, stored);
    }

    void heavierLoadWaitsLonger_data()
    {
        QTest::addColumn<int>("heavyJobsPerMs");
        QTest::addColumn<bool>("waits");
        QTest::newRow("burst above the heavier rate") << 16 << true;
        QTest::newRow("heavier rate never reached") << 1000000000 << false;
    }

    void heavierLoadWaitsLonger()
    {
        // Under load but below the heavier rate, these writes do not wait (busyCommitIntervalMs 0); at or above
        // it, they wait the longer time.
        QFETCH(int, heavyJobsPerMs);
        QFETCH(bool, waits);
        Outbox::Options options;
        options.busyCommitIntervalMs = 0;
        options.heavyCommitIntervalMs = 5000; // long enough to tell waiting from not
        options.heavyJobsPerMs = heavyJobsPerMs;
        auto box = openOutbox(newPath(), options);
        QVERIFY(box);
        QSignalSpy accepted(box.get(), &DeliveryStore::accepted);
        auto acceptedCount = [&accepted] {
            return acceptedIn(accepted);
        };
        const int stored = burstsUntilWaiting(*box, accepted, 0, waits ? 5 : 1);
        if (waits) {
            QVERIFY2(acceptedCount() < stored, "the last ones did not wait under heavier load");
            Awaited<Status> flushed;
            box->flush(flushed.callback());
            QTRY_VERIFY_WITH_TIMEOUT(flushed.value->has_value(), 1000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(acceptedCount(), qsizetype(stored), 1000);
        QCOMPARE(counts(*box).pending, stored);
    }

    void anOrderedLaneThisSideDoesNotKnowDoesNotWait()
    {
        // A lane read back from the file is not known on this side: the outbox thread finds the next of the
        // device as its predecessor leaves, and that outcome does not wait for more, even under load.
        std::unique_ptr<Outbox> box;
        DeliveryItem head;
        reopenWithLaneInFile(2, box, head);
        if (QTest::currentTestFailed())
            return;
        storeWithoutPause(*box, 100, 30);
        QSignalSpy handedOut(box.get(), &DeliveryStore::handedOut);
        QSignalSpy accepted(box.get(), &DeliveryStore::accepted);
        Awaited<Status> written;
        box->complete(head, written.callback());
        QTRY_VERIFY_WITH_TIMEOUT(written.value->has_value(), 1000);
        QVERIFY(written.value->value().ok());
        QCOMPARE(handedOut.size(), 1);
        QCOMPARE(ids(handedOut.at(0).at(0).value<QList<DeliveryItem>>()), QStringList{u"msg_000002"_s});
        // The load's acceptances went with it.
        QVERIFY(!accepted.isEmpty());
    }

    void aLaneThisSideDoesNotKnowIsReadAheadAsItsHeadLeaves()
    {
        // As the head of a lane this side does not know leaves, the outbox thread hands out the next and reads
        // what is queued behind it: from then on this side knows the lane, hands out each next delivery itself,
        // and those outcomes wait for more under load like any other.
        // Always under load: what waits and what does not tells the two paths apart.
        std::unique_ptr<Outbox> box;
        DeliveryItem head;
        reopenWithLaneInFile(4, box, head);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy handedOut(box.get(), &DeliveryStore::handedOut);
        Awaited<Status> first;
        box->complete(head, first.callback());
        QTRY_VERIFY_WITH_TIMEOUT(first.value->has_value(), 5000);
        QVERIFY(first.value->value().ok());
        QCOMPARE(handedOut.size(), 1);
        const QList<DeliveryItem> second = handedOut.at(0).at(0).value<QList<DeliveryItem>>();
        QCOMPARE(ids(second), QStringList{u"msg_000002"_s});

        // msg 2's outcome waits for more, and msg 3 goes to the engine at once all the same.
        handedOut.clear();
        Awaited<Status> written;
        box->complete(second.at(0), written.callback());
        QTRY_VERIFY_WITH_TIMEOUT(!handedOut.isEmpty(), 1000);
        QCOMPARE(ids(handedOut.at(0).at(0).value<QList<DeliveryItem>>()), QStringList{u"msg_000003"_s});
        QTest::qWait(300);
        QVERIFY(!written.value->has_value());
        // A flush ends the wait; the lane is as the file says.
        Awaited<Status> flushed;
        box->flush(flushed.callback());
        QTRY_VERIFY_WITH_TIMEOUT(flushed.value->has_value() && written.value->has_value(), 5000);
        QVERIFY(written.value->value().ok());
    }

    void fileNamePerWorkspace()
    {
        const QString a = Outbox::fileFor(u"/tmp/x/greenhouse.hooksmith.json"_s, u"/data"_s);
        const QString b = Outbox::fileFor(u"/tmp/y/greenhouse.hooksmith.json"_s, u"/data"_s);
        QVERIFY(a.startsWith(u"/data/greenhouse-"_s));
        QVERIFY(a.endsWith(u".outbox.sqlite"_s));
        QVERIFY(a != b);
        QCOMPARE(Outbox::fileFor(u"/tmp/x/greenhouse.hooksmith.json"_s, u"/data"_s), a);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"

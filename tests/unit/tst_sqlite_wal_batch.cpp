#include "SqliteWalBatch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sqlite3.h>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

/// A connection through the layer (SQLite's default once it is installed), or through the plain Unix one.
struct Connection
{
    sqlite3* db = nullptr;
    Connection(const QString& path, const char* vfs)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            vfs) != SQLITE_OK) {
            qFatal("cannot open %s: %s", qPrintable(path), db ? sqlite3_errmsg(db) : "no memory");
        }
    }
    ~Connection() { sqlite3_close(db); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    int exec(const QString& sql) { return sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr); }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(db)); }

    /// The first column of the first row, as text.
    QString value(const QString& sql)
    {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &s, nullptr) != SQLITE_OK)
            return u"error: "_s + error();
        QString out;
        const int rc = sqlite3_step(s);
        if (rc == SQLITE_ROW)
            out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
        else if (rc != SQLITE_DONE)
            out = u"error: "_s + error();
        sqlite3_finalize(s);
        return out;
    }
};

/// Rows `from` to `to` (inclusive) of table t, each with a value of `size` bytes that differs per row.
QString insertRows(int from, int to, int size)
{
    return u"WITH RECURSIVE n(i) AS (SELECT %1 UNION ALL SELECT i + 1 FROM n WHERE i < %2) "
           "INSERT INTO t (id, v) SELECT i, printf('%.*d', %3, i) FROM n"_s.arg(from)
               .arg(to)
               .arg(size);
}

/// What table t holds, as one line: rows, the sum of the ids and of the values' lengths.
QString summary(Connection& c)
{
    return c.value(u"SELECT count(*) || ' ' || total(id) || ' ' || total(length(v)) FROM t"_s);
}

} // namespace

/// The layer that writes a transaction's log in one call (SqliteWalBatch): what it writes is read back by
/// connections that do not use it, and by an opening that recovers the log from the file alone.
class TestSqliteWalBatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    /// The outbox's settings (a log that only the writer folds back), and an empty table t.
    void makeTable(Connection& c)
    {
        QCOMPARE(c.value(u"PRAGMA journal_mode=WAL"_s), u"wal"_s);
        QCOMPARE(c.exec(u"PRAGMA synchronous=NORMAL"_s), SQLITE_OK);
        QCOMPARE(c.exec(u"PRAGMA wal_autocheckpoint=0"_s), SQLITE_OK);
        QCOMPARE(c.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)"_s), SQLITE_OK);
    }

    /// Table t holds `expected` for a connection through the plain Unix layer (beside the open one), and in a
    /// copy of the files, recovered from the log alone.
    void expectWithoutTheLayer(const QString& expected, const QString& copyName)
    {
        Connection plain(m_path, "unix");
        QCOMPARE(plain.value(u"PRAGMA integrity_check"_s), u"ok"_s);
        QCOMPARE(summary(plain), expected);
        QCOMPARE(summaryOfACopy(copyName), expected);
    }

    /// The outbox and its log as a crash would leave them, copied while `c` is open, opened through the plain
    /// Unix layer: SQLite rebuilds the log's index from the file, frame by frame, checking each one.
    QString summaryOfACopy(const QString& name)
    {
        const QString copy = m_dir.filePath(name);
        QFile::remove(copy);
        QFile::remove(copy + u"-wal"_s);
        if (!QFile::copy(m_path, copy) || !QFile::copy(m_path + u"-wal"_s, copy + u"-wal"_s))
            return u"cannot copy"_s;
        Connection recovered(copy, "unix");
        const QString check = recovered.value(u"PRAGMA integrity_check"_s);
        if (check != u"ok"_s)
            return check;
        return summary(recovered);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sqlitewal::install();
        QCOMPARE(QByteArray(sqlite3_vfs_find(nullptr)->zName), QByteArray("hooksmith-log-batch"));
        QVERIFY(sqlite3_vfs_find("unix"));
    }

    void init() { m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s); }

    void aCommitIsOneWriteAndIsReadBackWithoutTheLayer()
    {
        Connection c(m_path, nullptr);
        makeTable(c);
        QCOMPARE(c.exec(u"CREATE INDEX t_v ON t(v)"_s), SQLITE_OK);
        const sqlitewal::Counts before = sqlitewal::counts();
        // About 12 pages of rows and as many of the index: 24 frames, 48 write calls without the layer.
        QCOMPARE(c.exec(u"BEGIN"_s), SQLITE_OK);
        QCOMPARE(c.exec(insertRows(1, 400, 100)), SQLITE_OK);
        QCOMPARE(c.exec(u"COMMIT"_s), SQLITE_OK);
        const sqlitewal::Counts after = sqlitewal::counts();
        QVERIFY2(after.framesKept - before.framesKept >= 20, qPrintable(QString::number(after.framesKept)));
        QCOMPARE(after.logWrites - before.logWrites, quint64(1));

        QCOMPARE(summary(c), u"400 80200.0 40000.0"_s);
        expectWithoutTheLayer(u"400 80200.0 40000.0"_s, u"copy-one.sqlite"_s);
    }

    void aLargeTransactionIsWrittenInPartsSQLiteTakes()
    {
        Connection c(m_path, nullptr);
        makeTable(c);
        const sqlitewal::Counts before = sqlitewal::counts();
        // About 3 MB: more than one write of SQLite's Unix layer takes (128 KB), more than the layer keeps.
        QCOMPARE(c.exec(insertRows(1, 3000, 1000)), SQLITE_OK);
        const sqlitewal::Counts after = sqlitewal::counts();
        QVERIFY(after.logWrites - before.logWrites >= 24);
        QVERIFY(after.logWrites - before.logWrites < (after.framesKept - before.framesKept) / 10);
        expectWithoutTheLayer(u"3000 4501500.0 3000000.0"_s, u"copy-large.sqlite"_s);
    }

    void framesOfATransactionRolledBackLeaveTheLogSound()
    {
        Connection c(m_path, nullptr);
        makeTable(c);
        QCOMPARE(c.exec(insertRows(1, 500, 200)), SQLITE_OK);
        // A page cache of 10 pages: the transaction spills pages to the log before it ends (frames that do not
        // commit), reads some of them back, writes some again, and is then rolled back.
        QCOMPARE(c.exec(u"PRAGMA cache_size=10"_s), SQLITE_OK);
        const sqlitewal::Counts before = sqlitewal::counts();
        QCOMPARE(c.exec(u"BEGIN"_s), SQLITE_OK);
        QCOMPARE(c.exec(u"UPDATE t SET v = printf('%0300d', id + 1)"_s), SQLITE_OK);
        QCOMPARE(c.exec(u"UPDATE t SET v = printf('%0250d', id + 2) WHERE id % 3 = 0"_s), SQLITE_OK);
        QCOMPARE(c.value(u"SELECT count(*) FROM t WHERE length(v) = 250"_s), u"166"_s);
        QVERIFY(sqlitewal::counts().framesKept - before.framesKept >= 20);
        QCOMPARE(c.exec(u"ROLLBACK"_s), SQLITE_OK);
        // What comes next is written where those frames were.
        QCOMPARE(c.exec(insertRows(501, 600, 200)), SQLITE_OK);
        QCOMPARE(c.exec(u"DELETE FROM t WHERE id <= 50"_s), SQLITE_OK);

        QCOMPARE(summary(c), u"550 179025.0 110000.0"_s);
        expectWithoutTheLayer(u"550 179025.0 110000.0"_s, u"copy-rolled-back.sqlite"_s);
    }

    void aCommitThatCannotBeWrittenFailsAndLosesNothingCommitted()
    {
        Connection c(m_path, nullptr);
        makeTable(c);
        QCOMPARE(c.exec(insertRows(1, 100, 100)), SQLITE_OK);
        const qint64 logSize = QFileInfo(m_path + u"-wal"_s).size();
        QVERIFY(logSize > 0);

        // No file of this process may grow past 8 KB more than the log has: as a full disk, for the log.
        struct sigaction ignore = {}, old = {};
        ignore.sa_handler = SIG_IGN;
        QCOMPARE(sigaction(SIGXFSZ, &ignore, &old), 0);
        struct rlimit limit = {}, saved = {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        limit.rlim_cur = rlim_t(logSize + 8192);
        limit.rlim_max = saved.rlim_max;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limit), 0);
        const int failed = c.exec(insertRows(101, 1100, 100));
        const QString failure = c.error();
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
        QCOMPARE(sigaction(SIGXFSZ, &old, nullptr), 0);
        QVERIFY2(failed == SQLITE_FULL || failed == SQLITE_IOERR, qPrintable(failure));

        QCOMPARE(summary(c), u"100 5050.0 10000.0"_s);
        expectWithoutTheLayer(u"100 5050.0 10000.0"_s, u"copy-full.sqlite"_s);
        // With room again, the same connection writes on.
        QCOMPARE(c.exec(insertRows(101, 1100, 100)), SQLITE_OK);
        const QString after = u"1100 605550.0 110000.0"_s;
        QCOMPARE(summary(c), after);
        QCOMPARE(summaryOfACopy(u"copy-full-after.sqlite"_s), after);
    }
};

QTEST_GUILESS_MAIN(TestSqliteWalBatch)
#include "tst_sqlite_wal_batch.moc"

#include "SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace hooksmith;

/// SqliteStatement on the connection of a QSQLITE database, against what Qt SQL reads and writes on the same file.
class TestSqliteStatement : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    sqlite3* m_handle = nullptr;

    SqliteStatement& prepared(const QString& sql, std::optional<SqliteStatement>& s)
    {
        QString error;
        if (!SqliteStatement::prepare(m_handle, sql, s, error))
            qFatal("cannot prepare %s: %s", qPrintable(sql), qPrintable(error));
        return *s;
    }

private Q_SLOTS:
    void init()
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"statement"_s);
        m_db.setDatabaseName(m_dir.filePath(u"t.sqlite"_s));
        QVERIFY(m_db.open());
        const QVariant handle = m_db.driver()->handle();
        QCOMPARE(QByteArray(handle.typeName()), QByteArray("sqlite3*"));
        m_handle = *static_cast<sqlite3* const*>(handle.constData());
        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, n INTEGER, note TEXT)"_s));
    }

    void cleanup()
    {
        m_handle = nullptr;
        m_db.close();
        QVERIFY2(!m_db.lastError().isValid(), qPrintable(m_db.lastError().text()));
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"statement"_s);
        QFile::remove(m_dir.filePath(u"t.sqlite"_s));
    }

    void textAndNumbersReadTheSameThroughQtSql()
    {
        std::optional<SqliteStatement> insertStatement;
        SqliteStatement& insert = prepared(u"INSERT INTO t (name, n, note) VALUES (?, ?, ?)"_s, insertStatement);
        const QString name = u"Gewächshaus Ω 23.5 °C \U0001F331"_s;
        insert.bindValue(0, name);
        insert.bindValue(1, qint64(1) << 40);
        insert.bindValue(2, QString()); // a null string is stored as empty text, never NULL
        QVERIFY2(insert.exec(), qPrintable(insert.lastError()));
        QCOMPARE(insert.numRowsAffected(), 1);

        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"SELECT name, n, note, typeof(note) FROM t"_s) && q.next());
        QCOMPARE(q.value(0).toString(), name);
        QCOMPARE(q.value(1).toLongLong(), qint64(1) << 40);
        QCOMPARE(q.value(3).toString(), u"text"_s);

        QVERIFY(q.exec(u"INSERT INTO t (name, n) VALUES ('written by Qt', 7)"_s));
        std::optional<SqliteStatement> selectStatement;
        SqliteStatement& select = prepared(u"SELECT name, n, note FROM t WHERE n=?"_s, selectStatement);
        select.bindValue(0, 7);
        QVERIFY(select.exec());
        QVERIFY(select.next());
        QCOMPARE(select.value(0).toString(), u"written by Qt"_s);
        QCOMPARE(select.value(1).toInt(), 7);
        QVERIFY(select.value(2).isNull());
        QVERIFY(!select.value(1).isNull());
        QVERIFY(!select.next());
    }

    void valuesBoundAgainAfterALeftRowAreTheOnesUsed()
    {
        std::optional<SqliteStatement> insertStatement;
        SqliteStatement& insert = prepared(u"INSERT OR IGNORE INTO t (name, n) VALUES (?, ?)"_s, insertStatement);
        for (int i = 0; i < 5; ++i) {
            insert.bindValue(0, u"row %1"_s.arg(i));
            insert.bindValue(1, i);
            QVERIFY(insert.exec());
            QCOMPARE(insert.numRowsAffected(), 1);
        }
        // The same name again is ignored: nothing changed.
        insert.bindValue(0, u"row 3"_s);
        insert.bindValue(1, 99);
        QVERIFY(insert.exec());
        QCOMPARE(insert.numRowsAffected(), 0);

        // A query left on its first row: the next values bound start it over.
        std::optional<SqliteStatement> selectStatement;
        SqliteStatement& select = prepared(u"SELECT name FROM t WHERE n>=? ORDER BY n"_s, selectStatement);
        select.bindValue(0, 1);
        QVERIFY(select.exec());
        QVERIFY(select.next());
        QCOMPARE(select.value(0).toString(), u"row 1"_s);
        select.bindValue(0, 3);
        QVERIFY(select.exec());
        QStringList names;
        while (select.next())
            names << select.value(0).toString();
        QCOMPARE(names, (QStringList{u"row 3"_s, u"row 4"_s}));

        // A text bound from a temporary is kept until it is bound again.
        std::optional<SqliteStatement> countStatement;
        SqliteStatement& count = prepared(u"SELECT count(*) FROM t WHERE name=?"_s, countStatement);
        count.bindValue(0, u"row "_s + QString::number(2));
        QVERIFY(count.exec() && count.next());
        QCOMPARE(count.value(0).toInt(), 1);
        count.finish();
    }

    void anErrorIsReportedAndTheStatementRunsAgain()
    {
        std::optional<SqliteStatement> insertStatement;
        SqliteStatement& insert = prepared(u"INSERT INTO t (name, n) VALUES (?, ?)"_s, insertStatement);
        insert.bindValue(0, u"once"_s);
        insert.bindValue(1, 1);
        QVERIFY(insert.exec());
        QVERIFY(!insert.exec());
        QVERIFY2(insert.lastError().contains(u"UNIQUE constraint failed: t.name"_s), qPrintable(insert.lastError()));
        insert.bindValue(0, u"twice"_s);
        QVERIFY(insert.exec());
        QVERIFY(insert.lastError().isEmpty());
        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"SELECT count(*) FROM t"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);

        std::optional<SqliteStatement> bad;
        QString error;
        QVERIFY(!SqliteStatement::prepare(m_handle, u"SELECT name FROM nowhere"_s, bad, error));
        QVERIFY(!bad);
        QVERIFY2(error.contains(u"no such table: nowhere"_s), qPrintable(error));
    }

    void aQueryLeftOnARowHoldsNoReadOnceFinished()
    {
        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"PRAGMA journal_mode=WAL"_s));
        QVERIFY(q.exec(u"INSERT INTO t (name) VALUES ('a'), ('b')"_s));
        std::optional<SqliteStatement> selectStatement;
        SqliteStatement& select = prepared(u"SELECT name FROM t"_s, selectStatement);
        QVERIFY(select.exec() && select.next());
        {
            // Another connection, which does not wait for readers.
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            other.setDatabaseName(m_db.databaseName());
            other.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
            QVERIFY(other.open());
            QSqlQuery c(other);
            // While the query is on a row it reads the log: the log cannot be started over.
            QVERIFY(c.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) && c.next());
            QCOMPARE(c.value(0).toInt(), 1); // busy
            select.finish();
            QVERIFY(c.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) && c.next());
            QCOMPARE(c.value(0).toInt(), 0);
            QCOMPARE(c.value(1).toInt(), 0); // the log is empty
            c.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        // A query read to its end holds nothing either.
        QVERIFY(select.exec() && select.next() && select.next() && !select.next());
        QVERIFY(q.exec(u"INSERT INTO t (name) VALUES ('c')"_s));
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(q.value(1).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlite_statement.moc"

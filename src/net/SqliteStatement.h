#pragma once

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace hooksmith {

/// One column of the row a SqliteStatement is on.
class SqliteColumn
{
public:
    SqliteColumn(sqlite3_stmt* statement, int index)
        : m_statement(statement)
        , m_index(index)
    {}
    bool isNull() const;
    int toInt() const;
    qint64 toLongLong() const;
    QString toString() const;

private:
    sqlite3_stmt* m_statement;
    int m_index;
};

/// A prepared statement run through SQLite's own interface, on the connection of a QSqlDatabase (whose
/// driver handle it borrows). The outbox's statements run once or more per delivery: Qt SQL's binding
/// (a QVariant and a placeholder name made and looked up per value) cost about as much as SQLite's own work
/// for the simplest of them. Its use mirrors QSqlQuery's: bind, exec(), next() for each row, finish().
class SqliteStatement
{
public:
    /// Borrows the connection; it must outlive the statement.
    SqliteStatement(sqlite3* db, sqlite3_stmt* statement)
        : m_db(db)
        , m_statement(statement)
    {}
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    /// `db` from QSqlDatabase::driver()->handle() (QSQLITE); false with lastError() when SQLite cannot
    /// prepare `sql`.
    static bool prepare(sqlite3* db, const QString& sql, std::optional<SqliteStatement>& out, QString& error);

    /// Positions from 0, as in QSqlQuery. Text is bound as UTF-8 (what the file holds) and kept until the
    /// statement is bound again.
    void bindValue(int index, qint64 value);
    void bindValue(int index, int value) { bindValue(index, qint64(value)); }
    void bindValue(int index, const QString& value);

    /// Runs the statement up to its first row (a query) or to its end (a change). False on an error.
    bool exec();
    /// The next row (the first, after exec()); false past the last one, or on an error.
    bool next();
    SqliteColumn value(int index) const { return {m_statement, index}; }
    /// Rows the last exec() of a change inserted, changed or deleted.
    qint64 numRowsAffected() const { return m_changes; }
    /// Ends a query before its last row, so that it holds no read of the file.
    void finish();
    /// SQLite's message for the last error.
    const QString& lastError() const { return m_error; }

private:
    bool fail();
    void reset();

    sqlite3* m_db;
    sqlite3_stmt* m_statement;
    QVarLengthArray<QByteArray, 8> m_texts; ///< what text parameters point to until the next exec()
    bool m_running = false;                 ///< stepped, and not reset since
    bool m_rowWaiting = false;              ///< exec() stepped onto a row that next() has not given yet
    bool m_onRow = false;
    qint64 m_changes = 0;
    QString m_error;
};

} // namespace hooksmith

#include "SqliteStatement.h"

#include <sqlite3.h>

namespace hooksmith {

bool SqliteColumn::isNull() const
{
    return sqlite3_column_type(m_statement, m_index) == SQLITE_NULL;
}

int SqliteColumn::toInt() const
{
    return sqlite3_column_int(m_statement, m_index);
}

qint64 SqliteColumn::toLongLong() const
{
    return sqlite3_column_int64(m_statement, m_index);
}

QString SqliteColumn::toString() const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, m_index));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, m_index));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::prepare(sqlite3* db, const QString& sql, std::optional<SqliteStatement>& out, QString& error)
{
    out.reset();
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr) !=
        SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
        return false;
    }
    out.emplace(db, statement);
    return true;
}

void SqliteStatement::bindValue(int index, qint64 value)
{
    reset();
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void SqliteStatement::bindValue(int index, const QString& value)
{
    reset();
    if (m_texts.size() <= index)
        m_texts.resize(index + 1);
    QByteArray& kept = m_texts[index];
    kept = value.toUtf8();
    sqlite3_bind_text(m_statement, index + 1, kept.constData(), int(kept.size()), SQLITE_STATIC);
}

bool SqliteStatement::fail()
{
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    reset();
    return false;
}

void SqliteStatement::reset()
{
    // Values can be bound only to a statement that is reset: after its last row, or an error.
    if (m_running) {
        sqlite3_reset(m_statement);
        m_running = m_rowWaiting = m_onRow = false;
    }
}

bool SqliteStatement::exec()
{
    reset();
    m_changes = 0;
    m_running = true;
    m_error.clear();
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        m_rowWaiting = true;
        return true;
    case SQLITE_DONE:
        m_changes = sqlite3_changes64(m_db);
        reset();
        return true;
    default:
        return fail();
    }
}

bool SqliteStatement::next()
{
    if (m_rowWaiting) {
        m_rowWaiting = false;
        m_onRow = true;
        return true;
    }
    if (!m_onRow)
        return false;
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return true;
    case SQLITE_DONE:
        reset();
        return false;
    default:
        return fail();
    }
}

void SqliteStatement::finish()
{
    reset();
}

} // namespace hooksmith

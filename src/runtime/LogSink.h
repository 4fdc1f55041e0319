#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <memory>
#include <utility>

class QObject;
class QTextStream;

namespace hooksmith {

enum class LogFormat : quint8
{
    Text,
    Json
};

enum class LogLevel : quint8
{
    Debug,
    Info,
    Warning,
    Error
};

/// The relay's log lines on stderr: as text for a person, or one JSON object per line for a log collector
/// (`--log-format json`). Whatever a device or a server sent arrives as plain characters, never as terminal
/// control sequences. Used on one thread.
class LogSink
{
public:
    using Fields = QList<std::pair<QString, QVariant>>;

    LogSink(QTextStream& err, LogFormat format);
    ~LogSink();
    LogSink(const LogSink&) = delete;
    LogSink& operator=(const LogSink&) = delete;

    LogFormat format() const { return m_format; }

    /// Lines written within one turn of the thread's event loop go out together at its end, in one write,
    /// instead of one write each: a busy relay logs thousands a second. Without an event loop each line goes
    /// out at once, as it does by default. What is pending goes out when the sink is destroyed.
    void setFlushAtEndOfTurn(bool on) { m_flushAtEndOfTurn = on; }

    /// Text: the message as it is (control characters escaped), one line; the fields are left out.
    /// Json: {"time":"2026-12-04T16:38:30.123Z","level":"info","msg":"...", ...fields} with fields in the
    /// given order (names other than time, level and msg), numbers as JSON numbers, booleans as true/false,
    /// an invalid QVariant as null, anything else as a JSON string. DEL and C1 controls are written as
    /// \u escapes too, so the line holds no control character at all.
    void write(LogLevel level, const QString& message, const Fields& fields = {});

    /// The JSON object write() prints for these values (without the line feed).
    static QString jsonLine(const QString& time, LogLevel level, const QString& message, const Fields& fields);
    static QString levelName(LogLevel level);

private:
    QTextStream& m_err;
    LogFormat m_format;
    bool m_flushAtEndOfTurn = false;
    bool m_flushPending = false;
    std::unique_ptr<QObject> m_flushContext; ///< the pending flush goes with the sink
};

/// Shows control characters so that what a device or a server sent can never drive a terminal:
/// ESC as \x1b, CR \r, LF \n, TAB \t, NUL \x00, other C0 and DEL as \xNN, C1 (U+0080..U+009F) as \u0085,
/// and a backslash that would read as the start of such a sequence doubled, so that the escaping is
/// unambiguous; everything else (UTF-8 text, emoji) unchanged.
QString escapeControl(QStringView text);
/// escapeControl() of a QString: the same string, shared, when it holds nothing to escape.
QString escapeControl(const QString& text);

/// escapeControl() for text of several lines shown to a person on a terminal (a response body): line
/// feeds, tabs and the CR of a CRLF stay as they are, every other control character is escaped.
QString escapeControlKeepingLines(QStringView text);

/// JSON text with DEL and the C1 controls (valid, unescaped, inside JSON strings) written as \u escapes,
/// so that the text holds no control character but line breaks and indentation. It reads back to the
/// same values; JSON writers such as QJsonDocument escape only C0.
QString escapeJsonControls(QStringView json);

} // namespace hooksmith

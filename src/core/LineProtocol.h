#pragma once

#include "Json.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hooksmith {

/// One thing a board said: a device announcement, a signal, a console line, or a warning about a
/// line that could not be used.
struct LineEvent
{
    enum class Kind : quint8
    {
        Device,
        Signal,
        Console,
        Warning
    };

    Kind kind = Kind::Console;
    QString text;       ///< Console: the line; Warning: the message; Device: the token
    QString deviceName; ///< Device: the optional name
    int number = 0;     ///< Signal
    JsonValue value;    ///< Signal: numbers keep the decimal text as sent
    QString line;       ///< Warning: the offending line (cut to 200 characters), when there is one
};

/// Incremental parser of the board line protocol (docs/serial-protocol.md): bytes in, events out.
/// Never fails: bad lines become warnings and parsing goes on with the next line.
class LineParser
{
    Q_DECLARE_TR_FUNCTIONS(LineParser)
public:
    static constexpr qsizetype kMaxLineBytes = 64 * 1024;

    /// Feeds bytes as they arrive (any split); appends the events of every complete line to `out`.
    void feed(QByteArrayView bytes, QList<LineEvent>& out);
    /// Ends the stream: a last line without a line end is parsed too.
    void finish(QList<LineEvent>& out);
    /// Forgets a partial line (e.g. when the port closed).
    void reset();
    /// The bytes of a line whose end has not come yet (empty inside an over-long line being dropped).
    QByteArrayView partialLine() const { return m_discarding ? QByteArrayView() : QByteArrayView(m_pending); }

    /// Parses one complete line (without its line end).
    static LineEvent parseLine(QByteArrayView line);

private:
    static LineEvent overlongWarning(QByteArrayView start);

    QByteArray m_pending;
    bool m_discarding = false; ///< inside an over-long line: drop bytes until the next LF
};

} // namespace hooksmith

#include "LogSink.h"

#include "Json.h"

#include <QAbstractEventDispatcher>
#include <QDateTime>
#include <QObject>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

constexpr char16_t kHex[] = u"0123456789abcdef";

bool isC0OrDel(char16_t c)
{
    return c < 0x20 || c == 0x7f;
}

bool isC1(char16_t c)
{
    return c >= 0x80 && c <= 0x9f;
}

bool needsEscape(char16_t c)
{
    return isC0OrDel(c) || isC1(c);
}

/// The letters that follow a backslash in an escape sequence escapeControl() writes.
bool startsSequence(char16_t c)
{
    return c == u'\\' || c == u'x' || c == u'u' || c == u'r' || c == u'n' || c == u't';
}

void appendHex2(QString& out, char16_t c)
{
    out.append(QChar(kHex[(c >> 4) & 0xf]));
    out.append(QChar(kHex[c & 0xf]));
}

/// A JSON string literal that holds no control character at all: JSON escapes C0 itself; DEL and C1 are
/// valid in JSON strings but would still reach a terminal that shows the raw line, so they are \u escaped.
void appendSafeJsonString(QString& out, QStringView s)
{
    out.append(u'"');
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c != 0x7f && !isC1(c))
            continue;
        appendJsonStringContent(out, s.sliced(runStart, i - runStart));
        out.append(u"\\u00"_s);
        appendHex2(out, c);
        runStart = i + 1;
    }
    appendJsonStringContent(out, s.sliced(runStart));
    out.append(u'"');
}

void appendJsonValue(QString& out, const QVariant& value)
{
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
        out.append(u"null"_s);
        return;
    case QMetaType::Bool:
        out.append(value.toBool() ? u"true"_s : u"false"_s);
        return;
    case QMetaType::Short:
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
        out.append(QString::number(value.toLongLong()));
        return;
    case QMetaType::UShort:
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        out.append(QString::number(value.toULongLong()));
        return;
    case QMetaType::Float:
    case QMetaType::Double:
        out.append(shortestNumber(value.toDouble())); // NaN and infinities are null: JSON has no word for them
        return;
    default:
        appendSafeJsonString(out, value.toString());
    }
}

/// Where the first character escapeControl() changes is, or the text's size.
qsizetype firstEscaped(QStringView text)
{
    qsizetype first = 0;
    while (first < text.size()) {
        const char16_t c = text[first].unicode();
        if (needsEscape(c) || c == u'\\')
            break;
        ++first;
    }
    return first;
}

QString escapeControlFrom(QStringView text, qsizetype first)
{
    QString out;
    out.reserve(text.size() + 16);
    out.append(text.first(first));
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\\') {
            const char16_t next = i + 1 < text.size() ? text[i + 1].unicode() : 0;
            const bool ambiguous = i + 1 < text.size() && (startsSequence(next) || needsEscape(next));
            out.append(ambiguous ? u"\\\\"_s : u"\\"_s);
            continue;
        }
        if (!needsEscape(c)) {
            out.append(QChar(c));
            continue;
        }
        switch (c) {
        case u'\r':
            out.append(u"\\r"_s);
            break;
        case u'\n':
            out.append(u"\\n"_s);
            break;
        case u'\t':
            out.append(u"\\t"_s);
            break;
        default:
            out.append(isC1(c) ? u"\\u00"_s : u"\\x"_s);
            appendHex2(out, c);
        }
    }
    return out;
}

} // namespace

QString escapeControl(QStringView text)
{
    const qsizetype first = firstEscaped(text);
    return first == text.size() ? text.toString() : escapeControlFrom(text, first);
}

QString escapeControl(const QString& text)
{
    const qsizetype first = firstEscaped(text);
    return first == text.size() ? text : escapeControlFrom(text, first);
}

QString escapeControlKeepingLines(QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype runStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const char16_t c = i < text.size() ? text[i].unicode() : u'\n';
        const bool crlf = c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n';
        if (i < text.size() && c != u'\n' && c != u'\t' && !crlf)
            continue;
        out.append(escapeControl(text.sliced(runStart, i - runStart)));
        if (i < text.size())
            out.append(QChar(c));
        runStart = i + 1;
    }
    return out;
}

QString escapeJsonControls(QStringView json)
{
    QString out;
    out.reserve(json.size());
    for (const QChar ch : json) {
        const char16_t c = ch.unicode();
        if (c == 0x7f || isC1(c)) {
            out.append(u"\\u00"_s);
            appendHex2(out, c);
        } else {
            out.append(ch);
        }
    }
    return out;
}

LogSink::LogSink(QTextStream& err, LogFormat format)
    : m_err(err)
    , m_format(format)
{}

LogSink::~LogSink()
{
    if (m_flushPending)
        m_err.flush();
}

QString LogSink::levelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return u"debug"_s;
    case LogLevel::Info:
        return u"info"_s;
    case LogLevel::Warning:
        return u"warning"_s;
    case LogLevel::Error:
        return u"error"_s;
    }
    return u"info"_s;
}

QString LogSink::jsonLine(const QString& time, LogLevel level, const QString& message, const Fields& fields)
{
    QString out;
    out.reserve(64 + message.size());
    out.append(u"{\"time\":"_s);
    appendSafeJsonString(out, time);
    out.append(u",\"level\":\""_s + levelName(level) + u"\",\"msg\":"_s);
    appendSafeJsonString(out, message);
    for (const auto& [name, value] : fields) {
        Q_ASSERT_X(name != u"time"_s && name != u"level"_s && name != u"msg"_s, "LogSink::write",
                   "time, level and msg are the sink's own fields");
        out.append(u',');
        appendSafeJsonString(out, name);
        out.append(u':');
        appendJsonValue(out, value);
    }
    out.append(u'}');
    return out;
}

void LogSink::write(LogLevel level, const QString& message, const Fields& fields)
{
    if (m_format == LogFormat::Json) {
        const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        m_err << jsonLine(time, level, message, fields) << '\n';
    } else {
        m_err << escapeControl(message) << '\n';
    }
    if (!m_flushAtEndOfTurn || !QAbstractEventDispatcher::instance()) {
        m_err.flush();
        return;
    }
    if (m_flushPending)
        return;
    m_flushPending = true;
    if (!m_flushContext)
        m_flushContext = std::make_unique<QObject>();
    QTimer::singleShot(0, m_flushContext.get(), [this] {
        m_flushPending = false;
        m_err.flush();
    });
}

} // namespace hooksmith

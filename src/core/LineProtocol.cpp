#include "LineProtocol.h"

#include "Signal.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

QString decode(QByteArrayView bytes, bool* valid)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    *valid = !decoder.hasError();
    return text;
}

LineEvent warning(const QString& message, const QString& line)
{
    LineEvent e;
    e.kind = LineEvent::Kind::Warning;
    e.text = message;
    e.line = line.size() > 200 ? line.left(200) + u"…"_s : line;
    return e;
}

bool hasControlCharacter(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 && c != u'\t')
            return true;
    }
    return false;
}

bool startsWithKeyword(QByteArrayView line, QByteArrayView keyword)
{
    return line.startsWith(keyword) &&
           (line.size() == keyword.size() || line[keyword.size()] == ' ' || line[keyword.size()] == '\t');
}

} // namespace

LineEvent LineParser::parseLine(QByteArrayView line)
{
    const bool isDevice = startsWithKeyword(line, "@device");
    const bool isSignal = !isDevice && startsWithKeyword(line, "@signal");
    bool valid = true;
    const QString text = decode(line, &valid);
    if (!isDevice && !isSignal) {
        LineEvent e;
        e.kind = LineEvent::Kind::Console;
        e.text = text;
        return e;
    }
    if (!valid)
        return warning(tr("a protocol line that is not valid UTF-8 was ignored"), text);

    QStringView rest = QStringView(text).sliced(7).trimmed();
    if (isDevice) {
        if (rest.isEmpty())
            return warning(tr("@device needs a device token"), text);
        if (hasControlCharacter(rest))
            return warning(tr("@device line with a control character was ignored"), text);
        qsizetype end = 0;
        while (end < rest.size() && !rest[end].isSpace())
            ++end;
        LineEvent e;
        e.kind = LineEvent::Kind::Device;
        e.text = rest.first(end).toString();
        e.deviceName = rest.sliced(end).trimmed().toString();
        return e;
    }

    // @signal <number> <json-value>
    qsizetype end = 0;
    while (end < rest.size() && !rest[end].isSpace())
        ++end;
    const QStringView numberText = rest.first(end);
    const QStringView valueText = rest.sliced(end).trimmed();
    if (numberText.isEmpty())
        return warning(tr("@signal needs a signal number and a value"), text);
    // Plain decimal digits only: no sign, no fraction, no exponent, no hex.
    qint64 number = 0;
    for (const QChar c : numberText) {
        if (c < u'0' || c > u'9')
            return warning(tr("\"%1\" is not a signal number (0 to 254)").arg(numberText.left(20)), text);
        number = std::min<qint64>(number * 10 + (c.unicode() - u'0'), 1000000);
    }
    if (Status st = SignalValues::checkNumber(number); !st) {
        if (number >= 1000000)
            return warning(tr("signal number %1 is out of range; use 0 to 254").arg(numberText.left(20)), text);
        return warning(st.errorMessage(), text);
    }
    if (valueText.isEmpty())
        return warning(tr("@signal %1 has no value").arg(number), text);
    JsonValue value;
    JsonParseError error;
    if (!parseJson(valueText, value, &error)) {
        return warning(tr("the value of signal %1 is not JSON: %2 at character %3")
                           .arg(number)
                           .arg(error.message)
                           .arg(error.offset + 1),
                       text);
    }
    LineEvent e;
    e.kind = LineEvent::Kind::Signal;
    e.number = int(number);
    e.value = std::move(value);
    return e;
}

LineEvent LineParser::overlongWarning(QByteArrayView start)
{
    return warning(tr("a line longer than 64 KiB was dropped; reading goes on at the next line"),
                   QString::fromUtf8(start.first(std::min<qsizetype>(80, start.size()))));
}

void LineParser::feed(QByteArrayView bytes, QList<LineEvent>& out)
{
    qsizetype pos = 0;
    const qsizetype n = bytes.size();
    while (pos < n) {
        const qsizetype nl = bytes.indexOf('\n', pos);
        const qsizetype chunkEnd = nl < 0 ? n : nl;
        if (m_discarding) {
            if (nl < 0)
                return;
            m_discarding = false;
            pos = nl + 1;
            continue;
        }
        const QByteArrayView chunk = bytes.sliced(pos, chunkEnd - pos);
        if (m_pending.size() + chunk.size() > kMaxLineBytes + 1) { // +1: a CR before the LF
            out.append(overlongWarning(m_pending.isEmpty() ? chunk : QByteArrayView(m_pending)));
            m_pending.clear();
            if (nl < 0) {
                m_discarding = true;
                return;
            }
            pos = nl + 1;
            continue;
        }
        if (nl < 0) {
            m_pending.append(chunk);
            return;
        }
        QByteArrayView line;
        if (m_pending.isEmpty()) {
            line = chunk;
        } else {
            m_pending.append(chunk);
            line = m_pending;
        }
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > kMaxLineBytes) {
            out.append(overlongWarning(line));
        } else {
            out.append(parseLine(line));
        }
        m_pending.clear();
        pos = nl + 1;
    }
}

void LineParser::finish(QList<LineEvent>& out)
{
    if (!m_discarding && !m_pending.isEmpty()) {
        QByteArrayView line = m_pending;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > kMaxLineBytes)
            out.append(overlongWarning(line));
        else
            out.append(parseLine(line));
    }
    reset();
}

void LineParser::reset()
{
    m_pending.clear();
    m_discarding = false;
}

} // namespace hooksmith

#include "SignalSource.h"

namespace hooksmith {

SignalSource::SignalSource(QObject* parent)
    : QObject(parent)
{}

QString SignalSource::deviceToken() const
{
    return m_announcedToken.isEmpty() ? m_fallbackToken : m_announcedToken;
}

void SignalSource::setFallbackDeviceToken(const QString& token)
{
    m_fallbackToken = token;
}

void SignalSource::processBytes(QByteArrayView bytes)
{
    m_parser.feed(bytes, m_events);
    dispatchEvents();
}

void SignalSource::endOfStream()
{
    m_parser.finish(m_events);
    dispatchEvents();
    m_announcedToken.clear();
}

void SignalSource::endOfBrokenStream()
{
    const QByteArrayView partial = m_parser.partialLine();
    if (!partial.trimmed().isEmpty()) {
        QString line = QString::fromUtf8(partial.first(std::min<qsizetype>(partial.size(), 200))).trimmed();
        Q_EMIT warning(tr("the connection ended in the middle of a line, which was dropped"), line);
    }
    m_parser.reset();
    endOfStream();
}

void SignalSource::emitSignal(int number, const JsonValue& value)
{
    Signal s;
    s.deviceToken = deviceToken();
    s.number = number;
    s.value = value;
    s.receivedAt = QDateTime::currentDateTimeUtc();
    ++m_signalCount;
    Q_EMIT signalReceived(s);
}

void SignalSource::emitSignal(Signal signal)
{
    if (!signal.receivedAt.isValid())
        signal.receivedAt = QDateTime::currentDateTimeUtc();
    ++m_signalCount;
    Q_EMIT signalReceived(signal);
}

void SignalSource::setState(State state, const QString& detail)
{
    if (state == m_state && detail == m_stateDetail)
        return;
    m_state = state;
    m_stateDetail = detail;
    Q_EMIT stateChanged(state, detail);
}

void SignalSource::dispatchEvents()
{
    // Take the list first: a slot may feed more bytes re-entrantly.
    const QList<LineEvent> events = std::exchange(m_events, {});
    for (const LineEvent& e : events) {
        switch (e.kind) {
        case LineEvent::Kind::Signal:
            emitSignal(e.number, e.value);
            break;
        case LineEvent::Kind::Device:
            m_announcedToken = e.text;
            Q_EMIT deviceAnnounced(e.text, e.deviceName);
            break;
        case LineEvent::Kind::Console:
            Q_EMIT consoleLine(e.text);
            break;
        case LineEvent::Kind::Warning:
            Q_EMIT warning(e.text, e.line);
            break;
        }
    }
}

} // namespace hooksmith

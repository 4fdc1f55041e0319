#pragma once

#include "LineProtocol.h"
#include "Signal.h"

#include <QObject>

namespace hooksmith {

/// Something that produces device signals: a board on a serial port, a virtual device, stdin.
/// Subclasses feed raw bytes to processBytes() (or call emitSignal() directly) and manage their state.
class SignalSource : public QObject
{
    Q_OBJECT
public:
    enum class State : quint8
    {
        Stopped,    ///< not started, or stopped
        Connecting, ///< opening
        Connected,  ///< reading
        Waiting,    ///< the device went away; retrying with back-off
        Failed,     ///< gave up (the detail says why)
    };
    Q_ENUM(State)

    explicit SignalSource(QObject* parent = nullptr);

    /// A stable id, e.g. "serial:/dev/ttyACM0", "virtual:1", "stdin".
    virtual QString id() const = 0;
    virtual QString displayName() const = 0;
    virtual void start() = 0;
    virtual void stop() = 0;

    State state() const { return m_state; }
    QString stateDetail() const { return m_stateDetail; }

    /// The token signals are attributed to: the last @device announcement, else the fallback.
    QString deviceToken() const;
    /// Used until (and unless) the board announces itself: a USB serial match, the user's choice, or
    /// the relay's -d option.
    void setFallbackDeviceToken(const QString& token);
    QString fallbackDeviceToken() const { return m_fallbackToken; }

    /// Signals, console lines and warnings parsed so far (for monitors).
    quint64 signalCount() const { return m_signalCount; }

Q_SIGNALS:
    void signalReceived(const hooksmith::Signal& signal);
    void consoleLine(const QString& line);
    void warning(const QString& message, const QString& line);
    void deviceAnnounced(const QString& token, const QString& name);
    void stateChanged(hooksmith::SignalSource::State state, const QString& detail);

protected:
    /// Parses bytes as the board line protocol and emits what they say.
    void processBytes(QByteArrayView bytes);
    /// Parses what is left at the end of the stream, and forgets the announced device.
    void endOfStream();
    /// Ends a stream that broke off (a port that closed): a last line without its line end was cut short,
    /// so it is dropped with a warning rather than parsed (a cut "@signal 1 1234" would say 12); then the
    /// announced device is forgotten.
    void endOfBrokenStream();
    /// Forgets a partial line without parsing it (e.g. after raw bytes that were not board lines).
    void discardPartialLine() { m_parser.reset(); }
    void emitSignal(int number, const JsonValue& value);
    /// Emits a signal made by the source (its own token, ticket and origin); receivedAt is set when unset.
    void emitSignal(Signal signal);
    void setState(State state, const QString& detail = {});

private:
    void dispatchEvents();

    LineParser m_parser;
    QList<LineEvent> m_events;
    QString m_announcedToken;
    QString m_fallbackToken;
    State m_state = State::Stopped;
    QString m_stateDetail;
    quint64 m_signalCount = 0;
};

} // namespace hooksmith

#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace hooksmith {

/// Tells systemd how the relay is doing (sd_notify: READY=1, STATUS=, STOPPING=1, WATCHDOG=1) when it runs
/// as a `Type=notify` service; does nothing elsewhere.
///
/// NOTIFY_SOCKET and the watchdog variables stay in the environment: the relay starts no child process
/// that could speak for it, and tests need them in the processes they start. Each notification is one
/// datagram to the manager, who drains its socket at once, so sending does not hold up the event loop.
class SystemdNotifier : public QObject
{
    Q_OBJECT
public:
    explicit SystemdNotifier(QObject* parent = nullptr);

    /// True when the service manager listens (NOTIFY_SOCKET is set).
    bool isActive() const;
    /// READY=1, with STATUS= when `status` is given.
    void ready(const QString& status = {});
    /// STOPPING=1, with STATUS= when `status` is given.
    void stopping(const QString& status = {});
    /// STATUS=: one line for `systemctl status` (line breaks become spaces).
    void status(const QString& text);
    /// When the manager asked for a watchdog (WatchdogSec=), sends WATCHDOG=1 now and then at half the
    /// interval, from a timer on this thread's event loop: a stuck loop stops the pings and systemd
    /// restarts the service. Returns the manager's interval (0: no watchdog, or no manager).
    std::chrono::microseconds startWatchdog();

Q_SIGNALS:
    /// A notification could not be sent (after the previous one could): what and why.
    void failed(const QString& message);

private:
    void notify(const QByteArray& state);

    QTimer m_watchdog;
    bool m_failing = false;
};

} // namespace hooksmith

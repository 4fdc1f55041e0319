#include "SystemdNotifier.h"

#include <algorithm>
#include <systemd/sd-daemon.h>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

/// A STATUS= value on one line: a line break would start another assignment (READY=1, WATCHDOG=trigger).
QByteArray oneLine(const QString& text)
{
    QByteArray out = text.toUtf8();
    for (char& c : out) {
        if (c == '\n' || c == '\r' || c == '\0')
            c = ' ';
    }
    return out;
}

} // namespace

SystemdNotifier::SystemdNotifier(QObject* parent)
    : QObject(parent)
{
    connect(&m_watchdog, &QTimer::timeout, this, [this] { notify("WATCHDOG=1"); });
}

bool SystemdNotifier::isActive() const
{
    return !qEnvironmentVariableIsEmpty("NOTIFY_SOCKET");
}

void SystemdNotifier::ready(const QString& status)
{
    notify(status.isEmpty() ? QByteArray("READY=1") : "READY=1\nSTATUS=" + oneLine(status));
}

void SystemdNotifier::stopping(const QString& status)
{
    notify(status.isEmpty() ? QByteArray("STOPPING=1") : "STOPPING=1\nSTATUS=" + oneLine(status));
}

void SystemdNotifier::status(const QString& text)
{
    notify("STATUS=" + oneLine(text));
}

std::chrono::microseconds SystemdNotifier::startWatchdog()
{
    m_watchdog.stop();
    uint64_t usec = 0;
    // sd_watchdog_enabled() also checks WATCHDOG_PID: a watchdog meant for another process is not ours.
    if (!isActive() || sd_watchdog_enabled(0, &usec) <= 0 || usec == 0)
        return std::chrono::microseconds(0);
    const std::chrono::microseconds interval(usec);
    const auto half = std::chrono::duration_cast<std::chrono::milliseconds>(interval / 2);
    m_watchdog.start(std::max(half, std::chrono::milliseconds(1)));
    notify("WATCHDOG=1");
    return interval;
}

void SystemdNotifier::notify(const QByteArray& state)
{
    if (!isActive())
        return;
    const int r = sd_notify(0, state.constData());
    if (r > 0) {
        m_failing = false;
        return;
    }
    if (m_failing)
        return;
    m_failing = true;
    const QString reason = r < 0 ? qt_error_string(-r) : tr("NOTIFY_SOCKET is not set");
    Q_EMIT failed(tr("cannot notify systemd through %1: %2").arg(qEnvironmentVariable("NOTIFY_SOCKET"), reason));
}

} // namespace hooksmith

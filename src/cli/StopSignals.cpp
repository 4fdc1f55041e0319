#include "StopSignals.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace hooksmith::cli {

namespace {

// The self-pipe: the handler may only do async-signal-safe things, so it writes the signal number
// and the event loop reads it.
int g_pipe[2] = {-1, -1};

void onSignal(int signalNumber)
{
    const char byte = char(signalNumber);
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[0], &byte, 1);
}

} // namespace

struct StopSignals::Private
{
    bool active = false;
    struct sigaction oldInt = {};
    struct sigaction oldTerm = {};
    struct sigaction oldHup = {};
    bool hangup = false;
    std::unique_ptr<QSocketNotifier> notifier;
};

StopSignals::StopSignals(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    if (g_pipe[0] != -1 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    d->notifier = std::make_unique<QSocketNotifier>(g_pipe[1], QSocketNotifier::Read);
    connect(d->notifier.get(), &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(g_pipe[1], &byte, 1) != 1)
            return;
        if (int(byte) == SIGHUP)
            Q_EMIT reloadRequested();
        else
            Q_EMIT stopRequested(int(byte));
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &d->oldInt);
    ::sigaction(SIGTERM, &action, &d->oldTerm);
    d->active = true;
}

StopSignals::~StopSignals()
{
    if (!d->active)
        return;
    ::sigaction(SIGINT, &d->oldInt, nullptr);
    ::sigaction(SIGTERM, &d->oldTerm, nullptr);
    if (d->hangup)
        ::sigaction(SIGHUP, &d->oldHup, nullptr);
    d->notifier.reset();
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

void StopSignals::handleHangup()
{
    if (!d->active || d->hangup)
        return;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGHUP, &action, &d->oldHup);
    d->hangup = true;
}

bool StopSignals::isActive() const
{
    return d->active;
}

} // namespace hooksmith::cli

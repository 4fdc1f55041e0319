#include "StdinSource.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {
constexpr qsizetype kReadSize = 64 * 1024;
}

StdinSource::StdinSource(int fd, QObject* parent)
    : SignalSource(parent)
    , m_fd(fd)
{}

StdinSource::~StdinSource() = default;

QString StdinSource::id() const
{
    return m_fd == 0 ? u"stdin"_s : u"fd:%1"_s.arg(m_fd);
}

QString StdinSource::displayName() const
{
    return m_fd == 0 ? tr("standard input") : tr("file descriptor %1").arg(m_fd);
}

void StdinSource::start()
{
    if (m_notifier || m_atEnd)
        return;
    m_buffer.resize(kReadSize);
    m_notifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StdinSource::readAvailable);
    m_notifier->setEnabled(!m_paused);
    setState(State::Connected);
}

void StdinSource::stop()
{
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    if (!m_atEnd)
        setState(State::Stopped);
}

void StdinSource::setPaused(bool paused)
{
    m_paused = paused;
    if (m_notifier)
        m_notifier->setEnabled(!paused);
}

void StdinSource::readAvailable()
{
    // One read per notification: the descriptor said it has data (or is at its end), so this read
    // does not block; whatever is left comes with the next notification.
    ssize_t n = 0;
    do {
        n = ::read(m_fd, m_buffer.data(), size_t(m_buffer.size()));
    } while (n < 0 && errno == EINTR);
    if (n > 0) {
        m_bytesRead += quint64(n);
        processBytes(QByteArrayView(m_buffer.constData(), n));
        return;
    }
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        return;
    if (n == 0)
        finish(State::Stopped, tr("end of input"));
    else
        finish(State::Failed,
               tr("cannot read %1: %2").arg(displayName(), QString::fromLocal8Bit(std::strerror(errno))));
}

void StdinSource::finish(State state, const QString& detail)
{
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    m_atEnd = true;
    endOfStream();
    setState(state, detail);
    Q_EMIT endOfInput();
}

} // namespace hooksmith

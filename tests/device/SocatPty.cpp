#include "SocatPty.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace hooksmith::test {

SocatPty::SocatPty(const QString& dir)
    : m_hostPath(dir + u"/host"_s)
    , m_boardPath(dir + u"/board"_s)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardError); // socat -d -d reports on stderr
}

SocatPty::~SocatPty()
{
    stop();
}

bool SocatPty::available()
{
    return !QStandardPaths::findExecutable(u"socat"_s).isEmpty();
}

QString SocatPty::start()
{
    m_process.start(u"socat"_s, {u"-d"_s, u"-d"_s, u"pty,raw,echo=0,link="_s + m_boardPath,
                                 u"pty,raw,echo=0,link="_s + m_hostPath});
    return waitUntilReady();
}

QString SocatPty::startBoard(const QString& command, const QString& workingDir)
{
    if (!workingDir.isEmpty())
        m_process.setWorkingDirectory(workingDir);
    m_process.start(u"socat"_s, {u"-d"_s, u"-d"_s, u"pty,raw,echo=0,link="_s + m_hostPath, u"EXEC:"_s + command});
    return waitUntilReady();
}

QString SocatPty::waitUntilReady()
{
    if (!m_process.waitForStarted(5000))
        return u"socat did not start: "_s + m_process.errorString();
    // socat -d -d says when both sides are set up.
    QByteArray err;
    QDeadlineTimer deadline(10000);
    while (!err.contains("starting data transfer loop")) {
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
            return u"socat is not ready: "_s + QString::fromLocal8Bit(err + m_process.readAllStandardError());
        m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        err += m_process.readAllStandardError();
    }
    return {};
}

void SocatPty::stop()
{
    closeBoard();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SocatPty::openBoard()
{
    closeBoard();
    m_boardFd = ::open(QFile::encodeName(m_boardPath).constData(), O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (m_boardFd < 0)
        return false;
    termios t = {};
    if (::tcgetattr(m_boardFd, &t) == 0) {
        ::cfmakeraw(&t);
        ::tcsetattr(m_boardFd, TCSANOW, &t);
    }
    return true;
}

void SocatPty::closeBoard()
{
    if (m_boardFd >= 0)
        ::close(m_boardFd);
    m_boardFd = -1;
}

bool SocatPty::writeBoard(const QByteArray& bytes, int waitMs)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        if (m_boardFd < 0)
            return false;
        const ssize_t n = ::write(m_boardFd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n > 0) {
            done += n;
            continue;
        }
        if (n < 0 && errno == EAGAIN) {
            // The pty is full: wait until the reader drained it. The reader may be on this thread (a source
            // that reads on its owner's thread), so the event loop turns meanwhile.
            const QDeadlineTimer deadline(std::max(waitMs, 0));
            pollfd p = {m_boardFd, POLLOUT, 0};
            int ready = 0;
            while (ready == 0 && !deadline.hasExpired()) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
                ready = ::poll(&p, 1, int(std::min<qint64>(deadline.remainingTime(), 10)));
            }
            if (ready <= 0)
                return false;
            continue;
        }
        return false;
    }
    return true;
}

QByteArray SocatPty::readBoard()
{
    QByteArray out;
    char buf[4096];
    while (m_boardFd >= 0) {
        const ssize_t n = ::read(m_boardFd, buf, sizeof buf);
        if (n <= 0)
            break;
        out.append(buf, n);
    }
    return out;
}

double processCpuMs()
{
    rusage u = {};
    ::getrusage(RUSAGE_SELF, &u);
    return (double(u.ru_utime.tv_sec) + double(u.ru_stime.tv_sec)) * 1000.0 +
           (double(u.ru_utime.tv_usec) + double(u.ru_stime.tv_usec)) / 1000.0;
}

} // namespace hooksmith::test

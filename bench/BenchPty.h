#pragma once

// What the serial benchmarks share: a board on a real pseudo-terminal pair (socat), and a way to run
// the event loop until something happened.
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <functional>
#include <termios.h>
#include <unistd.h>
#include <vector>

namespace hooksmith::bench {

/// Runs the event loop until `done` is true or `timeoutMs` passed; returns `done()`.
inline bool runUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || t.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start(1);
    if (!done())
        loop.exec();
    return done();
}

/// A pty pair: the board writes to `boardFd` (raw mode), the program under test opens hostPath().
struct Pty
{
    QTemporaryDir dir;
    QProcess socat;
    int boardFd = -1;

    QString hostPath() const { return dir.filePath(QStringLiteral("host")); }

    /// False when socat is missing or did not start.
    bool start()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty())
            return false;
        const QString board = dir.filePath(QStringLiteral("board"));
        socat.setReadChannel(QProcess::StandardError);
        socat.start(QStringLiteral("socat"),
                    {QStringLiteral("-d"), QStringLiteral("-d"), QStringLiteral("pty,raw,echo=0,link=") + board,
                     QStringLiteral("pty,raw,echo=0,link=") + hostPath()});
        QByteArray err;
        while (!err.contains("starting data transfer loop")) {
            if (!socat.waitForReadyRead(10000))
                return false;
            err += socat.readAllStandardError();
        }
        boardFd = ::open(QFile::encodeName(board).constData(), O_RDWR | O_NOCTTY);
        if (boardFd < 0)
            return false;
        termios t = {};
        ::tcgetattr(boardFd, &t);
        ::cfmakeraw(&t);
        ::tcsetattr(boardFd, TCSANOW, &t);
        return true;
    }

    ~Pty()
    {
        if (boardFd >= 0)
            ::close(boardFd);
        socat.terminate();
        socat.waitForFinished(5000);
    }
};

/// A board that writes "@signal 1 SEQ" to the pty 100 times per second, SEQ from 0 to `count` - 1,
/// and keeps when it wrote each (on `clock`). Also the context of connections that read sentAt(): they
/// end with it.
class PacedBoard : public QObject
{
public:
    PacedBoard(Pty& pty, const QElapsedTimer& clock, int count)
        : m_sentAt(size_t(count), 0)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this, &pty, &clock, count] {
            if (m_next >= count)
                return;
            const QByteArray line = "@signal 1 " + QByteArray::number(m_next) + "\r\n";
            m_sentAt[size_t(m_next)] = clock.nsecsElapsed();
            if (::write(pty.boardFd, line.constData(), size_t(line.size())) == line.size())
                ++m_next;
        });
        m_timer.start(10);
    }

    /// When signal `seq` was written, or -1 for a number this board did not write.
    qint64 sentAt(int seq) const { return seq >= 0 && seq < m_next ? m_sentAt[size_t(seq)] : -1; }

private:
    std::vector<qint64> m_sentAt;
    int m_next = 0;
    QTimer m_timer{this};
};

/// Reports latencies in microseconds as the counters signals, p50_us, p99_us and max_us.
inline void reportLatencies(benchmark::State& state, std::vector<double> latencyUs)
{
    std::sort(latencyUs.begin(), latencyUs.end());
    const auto pct = [&](double p) {
        return latencyUs.empty() ? 0.0
                                 : latencyUs[std::min(latencyUs.size() - 1, size_t(p * double(latencyUs.size())))];
    };
    state.counters["signals"] = double(latencyUs.size());
    state.counters["p50_us"] = pct(0.50);
    state.counters["p99_us"] = pct(0.99);
    state.counters["max_us"] = latencyUs.empty() ? 0.0 : latencyUs.back();
}

} // namespace hooksmith::bench

#pragma once

// What the serial benchmarks share: a board on a real pseudo-terminal pair, and a way to run the event
// loop until something happened.
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <functional>
#include <pty.h>
#include <termios.h>
#include <unistd.h>
#include <vector>

namespace hooksmith::bench {

/// Runs the event loop until `done` is true or `timeoutMs` passed; returns `done()`. `done` is asked every
/// 20 ms: a measuring process that woke every millisecond would keep one of a small machine's CPUs busy
/// and move the measured process's wake-ups to the other, idle, one (and, in process, delay it).
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
    poll.start(20);
    if (!done())
        loop.exec();
    return done();
}

/// A pseudo-terminal pair, like a board on a USB serial port with nothing in between: the board writes
/// to `boardFd` (the master side), the program under test opens hostPath() (the slave side).
struct Pty
{
    int boardFd = -1;
    int hostFd = -1; // kept open so that the pair stays up whoever else opens or closes the host side
    QString path;

    QString hostPath() const { return path; }

    /// False when no pseudo-terminal could be made.
    bool start()
    {
        char name[256] = {};
        if (::openpty(&boardFd, &hostFd, name, nullptr, nullptr) != 0)
            return false;
        termios t = {};
        ::tcgetattr(hostFd, &t);
        ::cfmakeraw(&t);
        ::tcsetattr(hostFd, TCSANOW, &t);
        path = QFile::decodeName(name);
        return true;
    }

    ~Pty()
    {
        if (boardFd >= 0)
            ::close(boardFd);
        if (hostFd >= 0)
            ::close(hostFd);
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

/// CPU time the hypervisor gave to others while this machine's CPUs had work ("steal" in /proc/stat,
/// all CPUs together), from construction on. A virtual machine's latency tail follows it: report it
/// next to every latency measurement. 0 where the kernel does not count it.
class StealMeter
{
public:
    StealMeter()
        : m_start(read())
    {}
    double elapsedMs() const { return double(read() - m_start) * 1000.0 / double(::sysconf(_SC_CLK_TCK)); }

private:
    static qint64 read()
    {
        QFile stat(QStringLiteral("/proc/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            return 0;
        // cpu  user nice system idle iowait irq softirq steal ...
        const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
        return fields.size() > 8 && fields[0] == "cpu" ? fields[8].toLongLong() : 0;
    }

    qint64 m_start;
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

// A board on a real pseudo-terminal pair (openpty): how long a line takes from the board's write to
// signalReceived() on the owner's thread at 100 signals per second, and how many lines per second
// the serial source takes in a burst.
#include "BenchPty.h"
#include "SerialSignalSource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using hooksmith::bench::PacedBoard;
using hooksmith::bench::Pty;
using hooksmith::bench::reportLatencies;
using hooksmith::bench::runUntil;
using hooksmith::bench::StealMeter;

namespace {

void BM_SerialLineToSignalLatency(benchmark::State& state)
{
    Pty pty;
    if (!pty.start()) {
        state.SkipWithError("no pseudo-terminal could be made");
        return;
    }
    SerialSignalSource src(pty.hostPath());
    src.start();
    if (!runUntil([&] { return src.state() == SignalSource::State::Connected; }, 10000)) {
        state.SkipWithError("the port did not open");
        return;
    }
    const int count = int(state.range(0));
    std::vector<double> latencyUs;
    latencyUs.reserve(size_t(count));
    QElapsedTimer clock;
    clock.start();
    const StealMeter steal;
    for (auto _ : state) {
        PacedBoard board(pty, clock, count);
        QObject::connect(&src, &SignalSource::signalReceived, &board, [&](const Signal& s) {
            const qint64 sent = board.sentAt(s.value.text().toInt());
            if (sent >= 0)
                latencyUs.push_back(double(clock.nsecsElapsed() - sent) / 1000.0);
        });
        runUntil([&] { return int(latencyUs.size()) >= count; }, count * 10 + 10000);
    }
    reportLatencies(state, std::move(latencyUs));
    state.counters["steal_ms"] = steal.elapsedMs();
}
BENCHMARK(BM_SerialLineToSignalLatency)->Arg(1000)->Iterations(1)->Unit(benchmark::kMillisecond);

void BM_SerialBurstThroughput(benchmark::State& state)
{
    Pty pty;
    if (!pty.start()) {
        state.SkipWithError("no pseudo-terminal could be made");
        return;
    }
    SerialSignalSource src(pty.hostPath());
    src.start();
    if (!runUntil([&] { return src.state() == SignalSource::State::Connected; }, 10000)) {
        state.SkipWithError("the port did not open");
        return;
    }
    const int count = int(state.range(0));
    QByteArray burst;
    for (int i = 0; i < count; ++i)
        burst += "@signal 1 " + QByteArray::number(i) + ".25\r\n";
    quint64 received = 0;
    QObject::connect(&src, &SignalSource::signalReceived, [&](const Signal&) { ++received; });
    for (auto _ : state) {
        received = 0;
        QElapsedTimer t;
        t.start();
        qsizetype done = 0;
        // Write from the loop so that the source's events are handled meanwhile.
        QTimer writer;
        QObject::connect(&writer, &QTimer::timeout, [&] {
            while (done < burst.size()) {
                const ssize_t n = ::write(pty.boardFd, burst.constData() + done,
                                          size_t(std::min<qsizetype>(4096, burst.size() - done)));
                if (n <= 0)
                    break;
                done += n;
            }
        });
        ::fcntl(pty.boardFd, F_SETFL, ::fcntl(pty.boardFd, F_GETFL) | O_NONBLOCK);
        writer.start(0);
        runUntil([&] { return received >= quint64(count); }, 60000);
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
        state.counters["lines/s"] = benchmark::Counter(double(received) / (double(t.nsecsElapsed()) / 1e9));
    }
}
BENCHMARK(BM_SerialBurstThroughput)->Arg(100000)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

// Board line in -> request on the wire: a board on a real pseudo-terminal pair (openpty) writes
// "@signal 1 SEQ" 100 times per second; the request it fires arrives at a WireReceiver in this process.
// Measured from the board's write() to the moment the kernel received the whole request from the
// loopback (p50_us, p99_us, max_us: the request is on the wire), and to the moment the receiver's thread
// had read it (recv_p50_us, recv_p99_us: that adds the receiver's own wake-up), through
//   /relay:   `hooksmith-cli relay WORKSPACE --serial PORT` as a child process (durable outbox, or
//             `--in-memory`), and
//   /runtime: a Runtime with a SerialSignalSource in this process, wired as the desktop app wires it;
//             this case also reports each step's share (read, store, start, wire).
#include "BenchPty.h"
#include "DeliveryEngine.h"
#include "Dispatcher.h"
#include "Runtime.h"
#include "SerialSignalSource.h"
#include "WireReceiver.h"
#include "WorkspaceFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using hooksmith::bench::PacedBoard;
using hooksmith::bench::Pty;
using hooksmith::bench::reportLatencies;
using hooksmith::bench::runUntil;
using hooksmith::bench::StealMeter;
using hooksmith::bench::WireReceiver;

namespace {

const QString kToken = u"3f0e7a8e-5c2b-4a19-9d41-0b6f2c8e7a51"_s;

Workspace benchWorkspace(const QUrl& receiver)
{
    Workspace ws;
    ws.devices = {Device{kToken, u"Bench board"_s, {}, {}}};
    Webhook w = Webhook::createDefault(u"Bench"_s);
    w.url = receiver.toString() + u"/hooks/{{DEVICE_TOKEN}}"_s;
    w.devices = {kToken};
    w.body.append(BodyRow{u"id"_s, u"MESSAGE_ID"_s, {}, true, true, {}});
    ws.webhooks = {w};
    return ws;
}

/// When each signal (by SEQ) was written and when its request was on the wire, in ns on the measuring
/// clock; -1: never.
struct Timeline
{
    std::vector<qint64> sentAt;
    std::vector<qint64> wireAt;
};

/// Writes `count` signals at 100 per second and collects write -> arrival times, measured on `clock`
/// (the receiver's clock too); false when it stalled.
bool measure(benchmark::State& state, Pty& pty, WireReceiver& receiver, int count, const QElapsedTimer& clock,
             Timeline* timeline = nullptr)
{
    std::vector<double> latencyUs, readLatencyUs;
    latencyUs.reserve(size_t(count));
    readLatencyUs.reserve(size_t(count));
    std::vector<qint64> arrivedAt(size_t(count), -1), wireAt(size_t(count), -1);
    const StealMeter steal;
    PacedBoard board(pty, clock, count);
    const auto collect = [&] {
        for (const WireReceiver::Arrival& a : receiver.take()) {
            const int seq = QJsonDocument::fromJson(a.body).object().value(u"payload"_s).toInt(-1);
            const qint64 sent = board.sentAt(seq);
            if (sent >= 0) {
                latencyUs.push_back(double(a.wireAt - sent) / 1000.0);
                readLatencyUs.push_back(double(a.arrivedAt - sent) / 1000.0);
                arrivedAt[size_t(seq)] = a.arrivedAt;
                wireAt[size_t(seq)] = a.wireAt;
            }
        }
        return int(latencyUs.size()) >= count;
    };
    const bool done = runUntil(collect, count * 10 + 20000);
    // HOOKSMITH_BENCH_TIMELINE=FILE keeps each signal's times (SEQ, written, on the wire, read by the
    // receiver, in µs on one clock), to see when the slow ones came.
    if (const QString path = qEnvironmentVariable("HOOKSMITH_BENCH_TIMELINE"); !path.isEmpty()) {
        QFile file(path);
        if (file.open(QIODevice::Append | QIODevice::Text)) {
            // The clock's zero on CLOCK_MONOTONIC, to line the times up with a system trace.
            timespec now{};
            ::clock_gettime(CLOCK_MONOTONIC, &now);
            const qint64 zeroNs = qint64(now.tv_sec) * 1000000000 + now.tv_nsec - clock.nsecsElapsed();
            file.write("# monotonic_zero_us " + QByteArray::number(zeroNs / 1000) + '\n');
            for (int seq = 0; seq < count; ++seq) {
                const auto us = [](qint64 ns) {
                    return QByteArray::number(ns < 0 ? -1 : ns / 1000);
                };
                file.write(QByteArray::number(seq) + ' ' + us(board.sentAt(seq)) + ' ' + us(wireAt[size_t(seq)]) + ' ' +
                           us(arrivedAt[size_t(seq)]) + '\n');
            }
        }
    }
    reportLatencies(state, std::move(latencyUs));
    std::sort(readLatencyUs.begin(), readLatencyUs.end());
    const auto pct = [&](double p) {
        return readLatencyUs.empty()
                   ? 0.0
                   : readLatencyUs[std::min(readLatencyUs.size() - 1, size_t(p * double(readLatencyUs.size())))];
    };
    state.counters["recv_p50_us"] = pct(0.50);
    state.counters["recv_p99_us"] = pct(0.99);
    state.counters["steal_ms"] = steal.elapsedMs();
    if (timeline) {
        timeline->sentAt.assign(size_t(count), -1);
        for (int seq = 0; seq < count; ++seq)
            timeline->sentAt[size_t(seq)] = board.sentAt(seq);
        timeline->wireAt = std::move(wireAt);
    }
    return done;
}

void BM_BoardLineToRequest_Relay(benchmark::State& state)
{
    QElapsedTimer clock;
    clock.start();
    Pty pty;
    WireReceiver receiver(clock);
    if (!pty.start() || !receiver.listen()) {
        state.SkipWithError("no pseudo-terminal could be made, or the receiver cannot listen");
        return;
    }
    QTemporaryDir dir;
    const QString workspace = dir.filePath(u"bench.hooksmith.json"_s);
    if (!WorkspaceFile::save(workspace, benchWorkspace(receiver.url()))) {
        state.SkipWithError("cannot write the workspace");
        return;
    }
    QProcess relay;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOOKSMITH_DATA_DIR"_s, dir.filePath(u"data"_s));
    relay.setProcessEnvironment(env);
    QByteArray log;
    QObject::connect(&relay, &QProcess::readyReadStandardError, [&] { log += relay.readAllStandardError(); });
    QStringList args{u"relay"_s, workspace, u"--serial"_s, pty.hostPath(), u"-d"_s, kToken};
    if (state.range(1))
        args << u"--in-memory"_s;
    else
        args << u"--outbox"_s << dir.filePath(u"outbox"_s);
    // HOOKSMITH_BENCH_CLI runs another program in its place (a wrapper that traces the relay).
    const QString cli = qEnvironmentVariableIsSet("HOOKSMITH_BENCH_CLI") ? qEnvironmentVariable("HOOKSMITH_BENCH_CLI")
                                                                         : QStringLiteral(HOOKSMITH_CLI);
    relay.start(cli, args);
    if (!relay.waitForStarted(10000) || !runUntil([&] { return log.contains(": connected ("); }, 15000)) {
        state.SkipWithError("the relay did not connect");
        return;
    }
    for (auto _ : state) {
        if (!measure(state, pty, receiver, int(state.range(0)), clock))
            state.SkipWithError("not every signal arrived");
    }
    relay.terminate();
    relay.waitForFinished(15000);
}
// Second argument: 0 durable outbox, 1 `--in-memory`.
BENCHMARK(BM_BoardLineToRequest_Relay)->Args({1000, 0})->Args({1000, 1})->Iterations(1)->Unit(benchmark::kMillisecond);

void BM_BoardLineToRequest_Runtime(benchmark::State& state)
{
    QElapsedTimer clock;
    clock.start();
    Pty pty;
    WireReceiver receiver(clock);
    if (!pty.start() || !receiver.listen()) {
        state.SkipWithError("no pseudo-terminal could be made, or the receiver cannot listen");
        return;
    }
    QTemporaryDir dir;
    RuntimeOptions options;
    options.workspacePath = dir.filePath(u"bench.hooksmith.json"_s);
    options.outboxDir = dir.filePath(u"outbox"_s);
    Runtime runtime(options);
    runtime.setWorkspace(std::make_shared<const Workspace>(benchWorkspace(receiver.url())));
    auto* source = new SerialSignalSource(pty.hostPath());
    source->setFallbackDeviceToken(kToken);
    runtime.addSource(source);
    runtime.start();
    if (!runUntil([&] { return source->state() == SignalSource::State::Connected; }, 15000)) {
        state.SkipWithError("the port did not open");
        return;
    }
    // Where the time goes, per signal (SEQ = the value): "read" until the dispatcher has it (pty, serial
    // thread, parser), "store" until the engine starts its attempt (the outbox has it on disk), "wire"
    // until the kernel has received the whole request (rendering, the HTTP client, loopback).
    const int count = int(state.range(0));
    std::vector<qint64> dispatchedAt(size_t(count), -1), startedAt(size_t(count), -1);
    Timeline timeline;
    const auto seqFrom = [count](const Signal& s) {
        const int seq = int(s.value.toDouble());
        return seq >= 0 && seq < count ? seq : -1;
    };
    QObject::connect(runtime.dispatcher(), &Dispatcher::dispatched, &runtime,
                     [&](const Signal& s, const QList<DeliveryItem>& deliveries) {
                         const int seq = seqFrom(s);
                         if (seq >= 0 && !deliveries.isEmpty())
                             dispatchedAt[size_t(seq)] = clock.nsecsElapsed();
                     });
    QObject::connect(runtime.engine(), &DeliveryEngine::attemptStarted, &runtime, [&](const DeliveryItem& d) {
        if (const int seq = seqFrom(d.signal); seq >= 0)
            startedAt[size_t(seq)] = clock.nsecsElapsed();
    });
    for (auto _ : state) {
        if (!measure(state, pty, receiver, count, clock, &timeline))
            state.SkipWithError("not every signal arrived");
    }
    // p50 and p99 of each step alone, in microseconds.
    const auto step = [&](const char* name, const std::vector<qint64>& from, const std::vector<qint64>& to) {
        std::vector<double> us;
        for (size_t i = 0; i < from.size(); ++i) {
            if (from[i] >= 0 && to[i] >= 0)
                us.push_back(double(to[i] - from[i]) / 1000.0);
        }
        std::sort(us.begin(), us.end());
        const auto pct = [&](double p) {
            return us.empty() ? 0.0 : us[std::min(us.size() - 1, size_t(p * double(us.size())))];
        };
        state.counters[std::string(name) + "_p50_us"] = pct(0.50);
        state.counters[std::string(name) + "_p99_us"] = pct(0.99);
    };
    step("read", timeline.sentAt, dispatchedAt);
    step("store", dispatchedAt, startedAt);
    step("wire", startedAt, timeline.wireAt);
    bool finished = false;
    QObject::connect(&runtime, &Runtime::finished, [&] { finished = true; });
    runtime.shutdown(1000);
    runUntil([&] { return finished; }, 10000);
}
BENCHMARK(BM_BoardLineToRequest_Runtime)->Arg(1000)->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

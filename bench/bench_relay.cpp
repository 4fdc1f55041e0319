// Board line in -> request on the wire: a board on a real pseudo-terminal pair (socat) writes
// "@signal 1 SEQ" 100 times per second; the request it fires arrives at a LocalReceiver in this process.
// Measured from the board's write() to the receiver's requestReceived(), through
//   /relay:   `hooksmith-cli relay WORKSPACE --serial PORT` as a child process (durable outbox), and
//   /runtime: a Runtime with a SerialSignalSource in this process, wired as the desktop app wires it.
#include "BenchPty.h"
#include "LocalReceiver.h"
#include "Runtime.h"
#include "SerialSignalSource.h"
#include "WorkspaceFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
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

/// Writes `count` signals at 100 per second and collects write -> arrival times; false when it stalled.
bool measure(benchmark::State& state, Pty& pty, LocalReceiver& receiver, int count)
{
    std::vector<double> latencyUs;
    latencyUs.reserve(size_t(count));
    QElapsedTimer clock;
    clock.start();
    PacedBoard board(pty, clock, count);
    QObject::connect(&receiver, &LocalReceiver::requestReceived, &board, [&](const ReceivedRequest& r) {
        const qint64 arrived = clock.nsecsElapsed();
        const qint64 sent = board.sentAt(QJsonDocument::fromJson(r.body).object().value(u"payload"_s).toInt(-1));
        if (sent >= 0)
            latencyUs.push_back(double(arrived - sent) / 1000.0);
    });
    const bool done = runUntil([&] { return int(latencyUs.size()) >= count; }, count * 10 + 20000);
    reportLatencies(state, std::move(latencyUs));
    return done;
}

void BM_BoardLineToRequest_Relay(benchmark::State& state)
{
    Pty pty;
    LocalReceiver receiver;
    if (!pty.start() || !receiver.listen()) {
        state.SkipWithError("socat is missing or did not start, or the receiver cannot listen");
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
    relay.start(QStringLiteral(HOOKSMITH_CLI), args);
    if (!relay.waitForStarted(10000) || !runUntil([&] { return log.contains(": connected ("); }, 15000)) {
        state.SkipWithError("the relay did not connect");
        return;
    }
    for (auto _ : state) {
        if (!measure(state, pty, receiver, int(state.range(0))))
            state.SkipWithError("not every signal arrived");
    }
    relay.terminate();
    relay.waitForFinished(15000);
}
// Second argument: 0 durable outbox, 1 `--in-memory`.
BENCHMARK(BM_BoardLineToRequest_Relay)->Args({1000, 0})->Args({1000, 1})->Iterations(1)->Unit(benchmark::kMillisecond);

void BM_BoardLineToRequest_Runtime(benchmark::State& state)
{
    Pty pty;
    LocalReceiver receiver;
    if (!pty.start() || !receiver.listen()) {
        state.SkipWithError("socat is missing or did not start, or the receiver cannot listen");
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
    for (auto _ : state) {
        if (!measure(state, pty, receiver, int(state.range(0))))
            state.SkipWithError("not every signal arrived");
    }
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

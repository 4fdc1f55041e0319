// The desktop app under load: its main window (offscreen) on a workspace whose webhook takes the virtual
// device's signals, the Devices and Outbox views open, the virtual device generating RATE signals a second
// for SECONDS seconds, through the one Runtime the relay uses too. Prints how many signals the device made
// and were delivered, how late the window's event loop ran (a 5 ms timer's delays), and the CPU it took.
// Usage: hooksmith-app-load-bench [--rate N] [--seconds S]
#include "AppRuntime.h"
#include "Config.h"
#include "DeviceHub.h"
#include "DeviceWorkbench.h"
#include "Inspector.h"
#include "MainWindow.h"
#include "OutboxPanel.h"
#include "Resources.h"
#include "Runtime.h"
#include "SecretStore.h"
#include "VirtualDevice.h"
#include "WireReceiver.h"
#include "WorkspaceDocument.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double percentile(std::vector<qint64> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return double(v[std::min(v.size() - 1, size_t(p * double(v.size())))]);
}

/// Runs the event loop until `done` is true or `ms` passed.
template <typename F>
bool waitUntil(F done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

} // namespace

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir dir;
    qputenv("HOOKSMITH_DATA_DIR", dir.filePath(u"data"_s).toUtf8());
    QApplication app(argc, argv);
    initResources();
    QCommandLineParser parser;
    const QCommandLineOption rateOpt(u"rate"_s, u"Signals per second from the virtual device."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption secondsOpt(u"seconds"_s, u"How long the device sends."_s, u"S"_s, u"5"_s);
    parser.addOptions({rateOpt, secondsOpt});
    parser.addHelpOption();
    parser.process(app);
    const double rate = parser.value(rateOpt).toDouble();
    const int seconds = parser.value(secondsOpt).toInt();

    QElapsedTimer clock;
    clock.start();
    bench::WireReceiver receiver(clock);
    if (!receiver.listen()) {
        std::fprintf(stderr, "cannot listen\n");
        return 1;
    }
    Config config(dir.filePath(u"settings.ini"_s));
    MemorySecretStore secrets(u"bench"_s);
    MainWindow window(&config, &secrets);
    window.resize(1400, 900);
    Workspace ws;
    ws.userId = u"bench"_s;
    ws.devices = {Device{u"tok-bench"_s, u"Bench board"_s, {}, {}}};
    Webhook w = Webhook::createDefault(u"Bench"_s);
    w.url = receiver.url().toString() + u"/bench"_s;
    w.devices = {u"tok-bench"_s};
    ws.webhooks = {w};
    window.document()->reset(ws, dir.filePath(u"bench.hooksmith.json"_s));
    window.show();
    window.runtime()->runtime(); // as the device connected below would
    if (!waitUntil([&] { return window.runtime()->isReady(); }, 10000)) {
        std::fprintf(stderr, "the runtime did not start\n");
        return 1;
    }
    // What a user watching it has open: the device docks and the Outbox tab.
    if (auto* devices = window.findChild<QAction*>(u"actionDevices"_s))
        devices->trigger();
    window.inspector()->showPanel(window.outboxPanel());
    DeviceHub* hub = window.devices()->hub();
    hub->setDeviceFor(DeviceHub::kVirtualKey, u"tok-bench"_s);
    hub->connectTo(DeviceHub::kVirtualKey);
    VirtualDevice* device = hub->virtualDevice();
    waitUntil([] { return false; }, 500);

    std::vector<qint64> late;
    qint64 last = clock.elapsed();
    QTimer probe;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        late.push_back(std::max<qint64>(0, now - last - 5));
        last = now;
    });
    probe.setTimerType(Qt::PreciseTimer);
    probe.start(5);

    Runtime* runtime = window.runtime()->runtime();
    const quint64 signalsBefore = runtime->stats().signals;
    const double cpuBefore = cpuSeconds();
    VirtualDevice::Generator g;
    g.ratePerSecond = rate;
    device->setGenerator(g);
    const qint64 started = clock.elapsed();
    waitUntil([] { return false; }, seconds * 1000);
    device->setGenerator(std::nullopt);
    const qint64 sending = clock.elapsed() - started;
    probe.stop();
    const quint64 made = runtime->stats().signals - signalsBefore;
    size_t delivered = 0;
    waitUntil(
        [&] {
            delivered += receiver.take().size();
            return delivered >= made;
        },
        120000);
    const qint64 drained = clock.elapsed() - started;
    const double cpu = cpuSeconds() - cpuBefore;
    std::printf(
        "rate asked %.0f/s for %d s: the device made %llu signals (%.0f/s), %zu delivered, all done after %.2f s\n",
        rate, seconds, static_cast<unsigned long long>(made), double(made) * 1000.0 / double(sending), delivered,
        double(drained) / 1000.0);
    std::printf("event loop late (5 ms timer, %zu samples): p50 %.0f ms, p99 %.0f ms, max %.0f ms\n", late.size(),
                percentile(late, 0.5), percentile(late, 0.99), percentile(late, 1.0));
    std::printf("CPU: %.2f s in all, %.0f us per signal\n", cpu, made ? cpu * 1e6 / double(made) : 0.0);
    return delivered >= made ? 0 : 1;
}

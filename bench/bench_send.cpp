// A test Send to the built-in receiver, in the app's own main window (offscreen) on the demo workspace: how
// long after the receiver answers the response row is in the Responses list, and painted.
//
// The moment of the answer is when the receiver has taken the whole request and writes its reply
// (LocalReceiver emits requestReceived() just before it writes it, on the window's thread), so the figures
// include the loopback, the sender's thread reading the reply, the hand-over to the window's thread, the
// engine, the Responses panel and the model, and (for `painted`) the repaint of the list.
#include "AppRuntime.h"
#include "Config.h"
#include "LocalReceiver.h"
#include "MainWindow.h"
#include "Paths.h"
#include "ReceiverPanel.h"
#include "Resources.h"
#include "ResponsesModel.h"
#include "ResponsesPanel.h"
#include "SecretStore.h"
#include "WorkspaceDocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

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

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

/// Notes the first paint of a widget after `armed` is set.
class PaintWatch : public QObject
{
public:
    PaintWatch(const QElapsedTimer& clock)
        : m_clock(clock)
    {}

    bool armed = false;
    qint64 paintedAt = -1;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (armed && event->type() == QEvent::Paint) {
            paintedAt = m_clock.nsecsElapsed();
            armed = false;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_clock;
};

/// The app's window on the demo, its first webhook pointed at the built-in receiver.
struct Fixture
{
    Fixture()
        : config(dir.filePath(u"settings.ini"_s))
        , window(&config, &store)
        , paint(clock)
    {
        AppRuntime::Options options;
        options.outboxDir = dir.filePath(u"outbox"_s);
        window.runtime()->setOptions(options);
        window.receiverPanel()->setPort(0); // never the fixed port: others may use it
        window.resize(1440, 900);
        if (!window.openFile(Paths::demoWorkspace()))
            qFatal("cannot open the demo");
        window.show();
        // Both start with the first Send; a Send before this one measures the usual case, not the first.
        window.runtime()->runtime();
        if (!waitUntil([&] { return window.runtime()->isReady() && window.receiverPanel()->isListening(); }, 20000))
            qFatal("the runtime or the receiver did not start");
        const QString url = window.receiverPanel()->webhookUrl();
        window.document()->editWebhook(0, u"Use the receiver"_s, {}, [&](Webhook& w) { w.url = url; });
        clock.start();
        QObject::connect(window.receiverPanel()->receiver(), &LocalReceiver::requestReceived, &window,
                         [this] { answeredAt = clock.nsecsElapsed(); });
        QObject::connect(window.responsesPanel()->model(), &QAbstractItemModel::rowsInserted, &window, [this] {
            rowAt = clock.nsecsElapsed();
            paint.armed = true;
        });
        window.responsesPanel()->view()->viewport()->installEventFilter(&paint);
    }

    /// One Send; false when no row came within 5 s.
    bool sendOnce()
    {
        answeredAt = rowAt = -1;
        paint.paintedAt = -1;
        paint.armed = false;
        const qint64 start = clock.nsecsElapsed();
        if (window.send().isEmpty())
            return false;
        if (!waitUntil([&] { return paint.paintedAt >= 0; }, 5000) || answeredAt < 0)
            return false;
        sendToRow = double(rowAt - start) / 1e6;
        return true;
    }

    QTemporaryDir dir;
    Config config;
    MemorySecretStore store{u"bench"_s};
    MainWindow window;
    QElapsedTimer clock;
    PaintWatch paint;
    qint64 answeredAt = -1;
    qint64 rowAt = -1;
    double sendToRow = 0;
};

std::unique_ptr<Fixture> g_fixture;

/// From the receiver's answer to the response row in the model, and to its first paint. The iteration
/// time is the latter; the counters give both, as median, p99 and max in milliseconds.
void BM_SendAnswerToResponseRow(benchmark::State& state)
{
    if (!g_fixture)
        g_fixture = std::make_unique<Fixture>();
    Fixture& f = *g_fixture;
    std::vector<double> row;
    std::vector<double> painted;
    std::vector<double> whole;
    for (auto _ : state) {
        if (!f.sendOnce()) {
            state.SkipWithError("no response row within 5 s");
            return;
        }
        row.push_back(double(f.rowAt - f.answeredAt) / 1e6);
        painted.push_back(double(f.paint.paintedAt - f.answeredAt) / 1e6);
        whole.push_back(f.sendToRow);
        state.SetIterationTime(painted.back() / 1e3);
        // The next Send starts from an idle window.
        waitUntil([] { return false; }, 5);
    }
    state.counters["row_p50_ms"] = percentile(row, 0.5);
    state.counters["row_p99_ms"] = percentile(row, 0.99);
    state.counters["row_max_ms"] = percentile(row, 1.0);
    state.counters["painted_p50_ms"] = percentile(painted, 0.5);
    state.counters["painted_p99_ms"] = percentile(painted, 0.99);
    state.counters["painted_max_ms"] = percentile(painted, 1.0);
    state.counters["send_to_row_p50_ms"] = percentile(whole, 0.5);
}
BENCHMARK(BM_SendAnswerToResponseRow)->UseManualTime()->Iterations(200)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    initResources();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_fixture.reset(); // widgets go before the application object
    return 0;
}

// The responses list with 100,000 attempts: time to append them (through the panel, view attached),
// resident memory afterwards, and the time to scroll the view through the whole range.
#include "Resources.h"
#include "ResponsesModel.h"
#include "ResponsesPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>

#include <benchmark/benchmark.h>
#include <memory>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

constexpr int kRows = 100000;

/// VmRSS of this process in MiB.
double residentMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

/// An attempt as the engine reports it for the demo's JSON webhook: masked request, JSON reply.
AttemptReport report(int i)
{
    AttemptReport r;
    r.delivery.messageId = u"msg_01M8D8N3CD78GRX9KB%1"_s.arg(i, 6, 10, QChar(u'0'));
    r.delivery.webhookId = u"5b0f7c1e-2d3a-4b4c-8d5e-6f708192a3b4"_s;
    r.webhookName = i % 3 ? u"Local receiver"_s : u"Temperature alert"_s;
    r.attemptNumber = r.attemptInRound = 1;
    r.maxAttempts = 8;
    r.startedAt = QDateTime(QDate(2026, 11, 2), QTime(10, 30), Qt::UTC).addMSecs(i * 37LL);
    r.durationMs = 3 + i % 40;
    r.sent = true;
    RenderedRequest request;
    request.url = QUrl(u"http://127.0.0.1:8471/hooks/3f0e7a8e-5c2b-4a19-9d41-0b6f2c8e7a51"_s);
    request.target = "/hooks/3f0e7a8e-5c2b-4a19-9d41-0b6f2c8e7a51";
    request.host = "127.0.0.1:8471";
    request.headers = {{"Content-Type", "application/json", HeaderSource::Format, true},
                       {"User-Agent", "Hooksmith/0.1.0", HeaderSource::Automatic, true}};
    request.body = R"({"deviceToken":"3f0e7a8e-5c2b-4a19-9d41-0b6f2c8e7a51","event":"reading","signal":1,"payload":)" +
                   QByteArray::number(i) + '}';
    request.hasBody = true;
    r.request = request;
    r.result.outcome = i % 50 ? AttemptResult::Outcome::Success : AttemptResult::Outcome::HttpError;
    r.result.status = i % 50 ? 200 : 503;
    r.result.reason = i % 50 ? "OK" : "Service Unavailable";
    r.result.headers = {{"Content-Type", "application/json"}, {"Content-Length", "11"}};
    r.result.body = "{\"ok\":true}";
    r.result.bodySize = r.result.body.size();
    r.result.requestHead = request.wireHead();
    r.result.remoteAddress = u"127.0.0.1:8471"_s;
    r.summary = i % 50 ? u"200 OK"_s : u"503 Service Unavailable"_s;
    r.decision.action = i % 50 ? RetryDecision::Action::Delivered : RetryDecision::Action::RetryLater;
    return r;
}

/// Appends 100,000 attempts to a shown panel, as attemptFinished does, with the event loop turning
/// after every `range(0)` attempts (the panel hands each turn's attempts to the model together).
void BM_Append100k(benchmark::State& state)
{
    const double before = residentMiB();
    double after = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto panel = std::make_unique<ResponsesPanel>();
        panel->resize(520, 700);
        panel->show();
        QApplication::processEvents();
        state.ResumeTiming();
        const int perTurn = int(state.range(0));
        for (int i = 0; i < kRows; ++i) {
            panel->append(report(i));
            if ((i + 1) % perTurn == 0)
                QApplication::processEvents();
        }
        QApplication::processEvents(); // the view's deferred layout of the new rows
        state.PauseTiming();
        after = residentMiB();
        benchmark::DoNotOptimize(panel->model()->rowCount());
        panel.reset();
        state.ResumeTiming();
    }
    state.counters["rows"] = kRows;
    state.counters["rss_before_MiB"] = before;
    state.counters["rss_after_MiB"] = after;
}
BENCHMARK(BM_Append100k)->Unit(benchmark::kMillisecond)->Iterations(1)->Arg(100)->Arg(1000);

/// What building the reports costs (part of BM_Append100k; the engine does this in any case).
void BM_BuildReports100k(benchmark::State& state)
{
    for (auto _ : state) {
        for (int i = 0; i < kRows; ++i)
            benchmark::DoNotOptimize(report(i));
    }
}
BENCHMARK(BM_BuildReports100k)->Unit(benchmark::kMillisecond)->Iterations(3);

/// The model alone, without a view.
void BM_ModelAppend100k(benchmark::State& state)
{
    for (auto _ : state) {
        ResponsesModel model;
        for (int i = 0; i < kRows; ++i)
            model.append(report(i));
        benchmark::DoNotOptimize(model.rowCount());
    }
}
BENCHMARK(BM_ModelAppend100k)->Unit(benchmark::kMillisecond)->Iterations(3);

/// Scrolls a shown view over the 100,000 rows a page at a time, painting every page.
void BM_ScrollThrough100k(benchmark::State& state)
{
    ResponsesPanel panel;
    panel.resize(520, 700);
    for (int i = 0; i < kRows; ++i)
        panel.model()->append(report(i));
    panel.show();
    QApplication::processEvents();
    QTableView* view = panel.view();
    const int pageRows = qMax(1, view->viewport()->height() / view->rowHeight(0));
    qint64 frames = 0;
    QElapsedTimer clock;
    clock.start();
    for (auto _ : state) {
        for (int row = 0; row < kRows; row += pageRows) {
            view->scrollTo(panel.model()->index(row, 0), QAbstractItemView::PositionAtTop);
            view->viewport()->repaint(); // paint now, as a frame would
            ++frames;
        }
    }
    const double elapsedMs = double(clock.nsecsElapsed()) / 1e6;
    state.counters["rss_MiB"] = residentMiB();
    state.counters["frames"] = benchmark::Counter(double(frames), benchmark::Counter::kAvgIterations);
    state.counters["ms_per_frame"] = frames ? elapsedMs / double(frames) : 0;
}
BENCHMARK(BM_ScrollThrough100k)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    initResources();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

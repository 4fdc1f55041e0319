// How long the preview takes to follow a keystroke in a webhook with a 200-row body: in the URL field,
// in a cell of the body table, and when a cell's edit is committed.
#include "Config.h"
#include "MainWindow.h"
#include "PreviewPanel.h"
#include "Resources.h"
#include "SecretStore.h"
#include "Validator.h"
#include "WebhookTableModels.h"
#include "WorkspaceDocument.h"
#include "WorkspaceFile.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <memory>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

Workspace bigWorkspace()
{
    Workspace ws;
    ws.userId = u"bench"_s;
    Device d;
    d.token = u"3f0e7a8e-5c2b-4a19-9d41-0b6f2c8e7a51"_s;
    d.name = u"LoPy"_s;
    ws.devices.append(d);
    Webhook w = Webhook::createDefault(u"Big body"_s);
    w.url = u"http://127.0.0.1:8471/hooks/{{DEVICE_TOKEN}}"_s;
    w.devices.append(d.token);
    w.headers.append({u"X-Room"_s, u"{{DEVICE_NAME}}"_s, true, {}});
    w.body.clear();
    for (int i = 0; i < 200; ++i) {
        BodyRow row;
        row.key = u"field%1"_s.arg(i);
        if (i % 2) {
            row.usePreset = true;
            row.preset = i % 4 == 1 ? u"MESSAGE_PAYLOAD"_s : u"SIGNAL_NUMBER"_s;
        } else {
            row.value = u"{{DEVICE_NAME}} reports {{MESSAGE_PAYLOAD}} at {{TIMESTAMP}} (%1)"_s.arg(i);
        }
        w.body.append(row);
    }
    ws.webhooks.append(w);
    return ws;
}

/// One window on the 200-row workspace, shared by the benchmarks.
struct Fixture
{
    Fixture()
        : config(dir.filePath(u"settings.ini"_s))
        , window(&config, &store)
    {
        const QString path = dir.filePath(u"big.hooksmith.json"_s);
        if (!WorkspaceFile::save(path, bigWorkspace()))
            qFatal("cannot write the workspace");
        window.resize(1440, 900);
        window.openFile(path);
        window.show();
        url = window.findChild<QLineEdit*>(u"urlLineEdit"_s);
        url->setFocus();
        url->end(false);
        window.preview()->refreshNow();
    }

    /// Types one character into the URL field (or deletes it again), as the keyboard would.
    void keystroke() { keystrokeInto(url); }

    void keystrokeInto(QWidget* target)
    {
        typed = !typed;
        const Qt::Key key = typed ? Qt::Key_A : Qt::Key_Backspace;
        const QString text = typed ? u"a"_s : u"\b"_s;
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
        QApplication::sendEvent(target, &press);
        QApplication::sendEvent(target, &release);
    }

    /// The body table, with the value of row 100 (a template row) being edited; null when it cannot be.
    QWidget* bodyCellEditor()
    {
        auto* table = window.findChild<QAbstractItemView*>(u"bodyTableView"_s);
        if (!table)
            return nullptr;
        if (!cellEditor) {
            const QModelIndex cell = table->model()->index(100, BodyTableModel::ValueColumn);
            table->scrollTo(cell);
            table->setCurrentIndex(cell);
            table->edit(cell);
            cellEditor = table->findChild<QLineEdit*>(u"bodyValueLineEdit"_s);
            if (cellEditor) {
                cellEditor->setFocus();
                cellEditor->end(false);
            }
        }
        return cellEditor;
    }

    QTemporaryDir dir;
    Config config;
    MemorySecretStore store{u"bench"_s};
    MainWindow window;
    QLineEdit* url = nullptr;
    QLineEdit* cellEditor = nullptr;
    bool typed = false;
};

std::unique_ptr<Fixture> g_fixture;

Fixture& fixture()
{
    if (!g_fixture)
        g_fixture = std::make_unique<Fixture>();
    return *g_fixture;
}

/// Keystroke, then the render and display the coalescing timer would run.
void BM_KeystrokeToPreview(benchmark::State& state)
{
    Fixture& f = fixture();
    for (auto _ : state) {
        f.keystroke();
        f.window.preview()->refreshNow();
        benchmark::DoNotOptimize(f.window.preview()->request());
    }
    if (!f.window.preview()->previewText().contains(u"\"field199\""_s))
        state.SkipWithError("the preview does not show the body");
    state.counters["body_bytes"] = double(f.window.preview()->request()->body.size());
}
BENCHMARK(BM_KeystrokeToPreview)->Unit(benchmark::kMillisecond);

/// Keystroke, then every event it queued (preview, validation, repaint), until the window is idle.
void BM_KeystrokeUntilIdle(benchmark::State& state)
{
    Fixture& f = fixture();
    for (auto _ : state) {
        f.keystroke();
        QCoreApplication::processEvents(); // runs the zero-delay preview and validation timers
        QCoreApplication::processEvents(); // and the repaints they scheduled
    }
}
BENCHMARK(BM_KeystrokeUntilIdle)->Unit(benchmark::kMillisecond);

/// A keystroke in the value cell of body row 100 (its editor open), then every event it queued.
void BM_BodyCellKeystrokeUntilIdle(benchmark::State& state)
{
    Fixture& f = fixture();
    QWidget* editor = f.bodyCellEditor();
    if (!editor) {
        state.SkipWithError("no editor for the body cell");
        return;
    }
    for (auto _ : state) {
        f.keystrokeInto(editor);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }
}
BENCHMARK(BM_BodyCellKeystrokeUntilIdle)->Unit(benchmark::kMillisecond);

/// A body cell's new value committed to the document (an undoable edit), then the preview's render and
/// display and every other event it queued, repaints included, until the window is idle.
void BM_BodyCellCommitUntilIdle(benchmark::State& state)
{
    Fixture& f = fixture();
    auto* table = f.window.findChild<QAbstractItemView*>(u"bodyTableView"_s);
    if (!table) {
        state.SkipWithError("no body table");
        return;
    }
    const QModelIndex cell = table->model()->index(100, BodyTableModel::ValueColumn);
    const QString original = cell.data(Qt::EditRole).toString();
    bool longer = false;
    for (auto _ : state) {
        longer = !longer;
        table->model()->setData(cell, longer ? original + u"a"_s : original, Qt::EditRole);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }
    if (!f.window.preview()->previewText().contains(u"(100)"_s))
        state.SkipWithError("the preview does not show the edited row");
}
BENCHMARK(BM_BodyCellCommitUntilIdle)->Unit(benchmark::kMillisecond);

/// The render alone (what the Renderer costs inside the preview).
void BM_RenderMasked200Rows(benchmark::State& state)
{
    Fixture& f = fixture();
    for (auto _ : state) {
        f.window.preview()->refreshNow();
        benchmark::DoNotOptimize(f.window.preview()->lastRefreshMicroseconds());
    }
}
BENCHMARK(BM_RenderMasked200Rows)->Unit(benchmark::kMillisecond);

/// The validation that follows each burst of edits (once per keystroke while typing).
void BM_ValidateWorkspace200Rows(benchmark::State& state)
{
    const Workspace ws = bigWorkspace();
    for (auto _ : state)
        benchmark::DoNotOptimize(Validator::validate(ws));
}
BENCHMARK(BM_ValidateWorkspace200Rows)->Unit(benchmark::kMillisecond);

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

// Rendering cost: the live preview re-renders on every keystroke, and the engine on every attempt.
#include "Renderer.h"
#include "Validator.h"
#include "WorkspaceFile.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

const Workspace& demo()
{
    static const Workspace ws = [] {
        LoadResult r = WorkspaceFile::load(QStringLiteral(HOOKSMITH_SOURCE_DIR "/resources/demo/demo.hooksmith.json"));
        if (!r.workspace)
            qFatal("cannot load the demo workspace");
        return *r.workspace;
    }();
    return ws;
}

RenderContext context(const Workspace& ws, const Webhook& w)
{
    RenderContext c;
    c.workspace = &ws;
    c.webhook = &w;
    c.device = &ws.devices.front();
    c.signal.number = 1;
    c.signal.value = JsonValue::numberText(u"23.5"_s);
    c.signal.receivedAt = QDateTime::currentDateTimeUtc();
    c.messageId = newMessageId();
    c.attemptTime = c.signal.receivedAt;
    c.env = [](const QString&) -> std::optional<QString> {
        return u"correct-horse-battery"_s;
    };
    return c;
}

/// A custom JSON body of `rows` members, each a preset inside or outside a string.
Webhook bigCustomBody(int rows)
{
    Webhook w = Webhook::createDefault(u"big"_s);
    w.url = u"https://example.com/ingest/{{DEVICE_TOKEN}}"_s;
    w.format = BodyFormat::Custom;
    w.contentType = u"application/json"_s;
    QString body = u"{\n"_s;
    static const QStringList presets = {u"DEVICE_TOKEN"_s, u"SIGNAL_NUMBER"_s, u"MESSAGE_PAYLOAD"_s,
                                        u"TIMESTAMP"_s,    u"SIGNAL_NAME"_s,   u"UNIX_TIME"_s};
    for (int i = 0; i < rows; ++i) {
        const QString& p = presets[i % presets.size()];
        body += i % 2 ? u"  \"field%1\": \"value of {{%2}} here\""_s.arg(i).arg(p)
                      : u"  \"field%1\": {{%2}}"_s.arg(i).arg(p);
        body += i + 1 < rows ? u",\n"_s : u"\n"_s;
    }
    body += u'}';
    w.customBody = body;
    return w;
}

} // namespace

// The demo's "Temperature alert": JSON, 4 body rows, 2 headers, a query row and basic auth.
static void renderDemoJson(benchmark::State& state)
{
    const Workspace& ws = demo();
    const Webhook* w = ws.findWebhook(u"Temperature alert"_s);
    const RenderContext c = context(ws, *w);
    for (auto _ : state) {
        auto r = Renderer::render(c);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(renderDemoJson)->Unit(benchmark::kMicrosecond);

static void renderDemoJsonPreview(benchmark::State& state)
{
    const Workspace& ws = demo();
    const Webhook* w = ws.findWebhook(u"Temperature alert"_s);
    const RenderContext c = context(ws, *w);
    for (auto _ : state) {
        auto r = Renderer::renderMasked(c);
        QString text = r->preview();
        benchmark::DoNotOptimize(text);
    }
}
BENCHMARK(renderDemoJsonPreview)->Unit(benchmark::kMicrosecond);

static void renderSigned(benchmark::State& state)
{
    const Workspace& ws = demo();
    const Webhook* w = ws.findWebhook(u"Signed event (Standard Webhooks)"_s);
    RenderContext c = context(ws, *w);
    c.env = [](const QString&) -> std::optional<QString> {
        return u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;
    };
    for (auto _ : state) {
        auto r = Renderer::render(c);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(renderSigned)->Unit(benchmark::kMicrosecond);

static void renderCustomJson200Rows(benchmark::State& state)
{
    Workspace ws = demo();
    const Webhook w = bigCustomBody(200);
    const RenderContext c = context(ws, w);
    for (auto _ : state) {
        auto r = Renderer::render(c);
        benchmark::DoNotOptimize(r);
    }
    state.counters["body_bytes"] = double(Renderer::render(c)->body.size());
}
BENCHMARK(renderCustomJson200Rows)->Unit(benchmark::kMicrosecond);

/// The demo webhook `name` with its secrets at hand: HOOK_PASSWORD for basic auth, HOOK_SECRET for signing.
RenderContext withSecrets(const Workspace& ws, const QString& name)
{
    RenderContext c = context(ws, *ws.findWebhook(name));
    c.env = [](const QString& variable) -> std::optional<QString> {
        if (variable == u"HOOK_SECRET"_s)
            return u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;
        return u"correct-horse-battery"_s;
    };
    return c;
}

// What the engine does for each attempt when it reports requests (the app, `hooksmith-cli send`): the
// request that is sent, and the one that is shown, from the same render.
static void attemptMaskedView(benchmark::State& state, const QString& webhook)
{
    const Workspace& ws = demo();
    const RenderContext c = withSecrets(ws, webhook);
    for (auto _ : state) {
        auto r = Renderer::render(c);
        RenderedRequest shown = r->maskedView();
        benchmark::DoNotOptimize(r);
        benchmark::DoNotOptimize(shown);
    }
}
BENCHMARK_CAPTURE(attemptMaskedView, signed, u"Signed event (Standard Webhooks)"_s)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(attemptMaskedView, basicAuth, u"Temperature alert"_s)->Unit(benchmark::kMicrosecond);

// The same with renderMasked() for the request shown, as the engine did before maskedView().
static void attemptRenderMasked(benchmark::State& state, const QString& webhook)
{
    const Workspace& ws = demo();
    const RenderContext c = withSecrets(ws, webhook);
    for (auto _ : state) {
        auto r = Renderer::render(c);
        auto shown = Renderer::renderMasked(c);
        benchmark::DoNotOptimize(r);
        benchmark::DoNotOptimize(shown);
    }
}
BENCHMARK_CAPTURE(attemptRenderMasked, signed, u"Signed event (Standard Webhooks)"_s)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(attemptRenderMasked, basicAuth, u"Temperature alert"_s)->Unit(benchmark::kMicrosecond);

// The webhook of bench/mqtt.sh: every signal's value is in the URL's path, so no two URLs are alike.
static void renderValueInPath(benchmark::State& state)
{
    Workspace ws = demo();
    Webhook w = Webhook::createDefault(u"bench"_s);
    w.url = u"http://127.0.0.1:8080/hooks/{{DEVICE_TOKEN}}/{{MESSAGE_PAYLOAD}}"_s;
    w.body.clear();
    for (const QString& preset :
         {u"DEVICE_TOKEN"_s, u"SIGNAL_NUMBER"_s, u"MESSAGE_PAYLOAD"_s, u"MESSAGE_ID"_s, u"TIMESTAMP"_s})
        w.body.append(BodyRow{preset.toLower(), preset, {}, true, true, {}});
    RenderContext c = context(ws, w);
    qint64 value = 1733580000000000;
    for (auto _ : state) {
        c.signal.value = JsonValue::numberText(QString::number(++value));
        auto r = Renderer::render(c);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(renderValueInPath)->Unit(benchmark::kMicrosecond);

static void validateWebhook(benchmark::State& state)
{
    const Workspace& ws = demo();
    for (auto _ : state) {
        auto p = Validator::validateWebhook(ws, 1);
        benchmark::DoNotOptimize(p);
    }
}
BENCHMARK(validateWebhook)->Unit(benchmark::kMicrosecond);

namespace {

/// A workspace whose one webhook has `rows` user headers, each with its own name and a preset in its
/// value: what `hooksmith-cli render` reads, checks and renders for a generated file of that size.
const QByteArray& headerRowsFile(int rows)
{
    static QHash<int, QByteArray> files;
    QByteArray& text = files[rows];
    if (text.isEmpty()) {
        Workspace ws = demo();
        Webhook w = Webhook::createDefault(u"many headers"_s);
        w.url = u"https://example.com/ingest/{{DEVICE_TOKEN}}"_s;
        w.headers.reserve(rows);
        for (int i = 0; i < rows; ++i) {
            NameValueRow row;
            row.name = u"X-Row-%1"_s.arg(i);
            row.value = u"value {{SIGNAL_NUMBER}} of row %1"_s.arg(i);
            w.headers.append(row);
        }
        ws.webhooks = {w};
        text = WorkspaceFile::serialize(ws);
    }
    return text;
}

Workspace headerRowsWorkspace(int rows)
{
    return *WorkspaceFile::parse(headerRowsFile(rows)).workspace;
}

} // namespace

// The three steps of `render` on a workspace with 10,000 to 200,000 header rows; each grows linearly.
static void headerRowsParse(benchmark::State& state)
{
    const QByteArray& text = headerRowsFile(int(state.range(0)));
    for (auto _ : state) {
        LoadResult r = WorkspaceFile::parse(text);
        benchmark::DoNotOptimize(r);
    }
    state.counters["rows_per_s"] =
        benchmark::Counter(double(state.range(0)), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(headerRowsParse)->Arg(10000)->Arg(40000)->Arg(200000)->Unit(benchmark::kMillisecond);

static void headerRowsValidate(benchmark::State& state)
{
    const Workspace ws = headerRowsWorkspace(int(state.range(0)));
    for (auto _ : state) {
        auto p = Validator::validate(ws);
        benchmark::DoNotOptimize(p);
    }
    state.counters["rows_per_s"] =
        benchmark::Counter(double(state.range(0)), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(headerRowsValidate)->Arg(10000)->Arg(40000)->Arg(200000)->Unit(benchmark::kMillisecond);

static void headerRowsRender(benchmark::State& state)
{
    const Workspace ws = headerRowsWorkspace(int(state.range(0)));
    const RenderContext c = context(ws, ws.webhooks.front());
    for (auto _ : state) {
        auto r = Renderer::renderMasked(c);
        QString text = r->preview();
        benchmark::DoNotOptimize(text);
    }
    state.counters["rows_per_s"] =
        benchmark::Counter(double(state.range(0)), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(headerRowsRender)->Arg(10000)->Arg(40000)->Arg(200000)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

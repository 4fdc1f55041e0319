// Delivers N signals through the real runtime (dispatcher -> outbox or memory -> engine -> HttpSender) to
// a receiver and prints one JSON line: rate, latencies and peak RSS. Run by bench/delivery.sh.
//
//   hooksmith-delivery-bench --url http://127.0.0.1:PORT --count 20000 [--memory] [--concurrency 24]
//   hooksmith-delivery-bench --free-port
#include "Runtime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

std::shared_ptr<Workspace> benchWorkspace(const QString& url, const QString& caFile, DeliveryOrder order,
                                          int deviceCount)
{
    auto ws = std::make_shared<Workspace>();
    ws->userId = u"bench"_s;
    ws->devices = {Device{u"3f0e7a8e-5c2b-4a19-9d41-0b6f2c8e7a51"_s, u"Bench board"_s, {}, {}}};
    for (int i = 1; i < deviceCount; ++i)
        ws->devices.append(Device{u"bench-device-%1"_s.arg(i), u"Bench board %1"_s.arg(i), {}, {}});
    ws->signalDefs = {SignalDef{1, u"temperature"_s, u"°C"_s, {}}};
    Webhook w = Webhook::createDefault(u"Bench"_s);
    w.url = url + u"/hooks/{{DEVICE_TOKEN}}"_s;
    for (const Device& d : ws->devices)
        w.devices.append(d.token);
    w.delivery.order = order;
    w.body.append(BodyRow{u"id"_s, u"MESSAGE_ID"_s, {}, true, true, {}});
    w.body.append(BodyRow{u"time"_s, u"TIMESTAMP"_s, {}, true, true, {}});
    w.body.append(BodyRow{u"text"_s, {}, u"{{SIGNAL_NAME}} is {{MESSAGE_PAYLOAD}} {{SIGNAL_UNIT}}"_s, false, true, {}});
    w.delivery.maxAttempts = 3;
    w.delivery.caFile = caFile;
    ws->webhooks = {w};
    return ws;
}

double percentile(std::vector<qint64>& ns, double p)
{
    if (ns.empty())
        return 0;
    const auto k = std::min(ns.size() - 1, size_t(p * double(ns.size() - 1) + 0.5));
    std::nth_element(ns.begin(), ns.begin() + qsizetype(k), ns.end());
    return double(ns[k]) / 1e6;
}

void printResult(const QString& tool, int count, int delivered, int failed, double seconds,
                 std::vector<qint64>& acceptToResponse, std::vector<qint64>& requestToResponse)
{
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    rusage mainThread = {};
    getrusage(RUSAGE_THREAD, &mainThread);
    const auto cpuUs = [](const rusage& u) {
        return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e6 + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec);
    };
    const double perDelivery = delivered > 0 ? 1.0 / delivered : 0.0;
    QJsonObject o{{u"tool"_s, tool},
                  {u"count"_s, count},
                  {u"delivered"_s, delivered},
                  {u"failed"_s, failed},
                  {u"seconds"_s, seconds},
                  {u"rate"_s, seconds > 0 ? double(delivered) / seconds : 0.0},
                  {u"request_p50_ms"_s, percentile(requestToResponse, 0.50)},
                  {u"request_p99_ms"_s, percentile(requestToResponse, 0.99)},
                  {u"peak_rss_kb"_s, qint64(usage.ru_maxrss)},
                  // CPU time per delivery, all threads and the main (event loop) thread alone.
                  {u"cpu_us"_s, cpuUs(usage) * perDelivery},
                  {u"main_cpu_us"_s, cpuUs(mainThread) * perDelivery}};
    // CPU time per delivery of each thread, by name (threads with the same name added up).
    QJsonObject threads;
    QJsonObject switches;
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    for (const QString& task : QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(u"/proc/self/task/"_s + task + u"/comm"_s);
        QFile stat(u"/proc/self/task/"_s + task + u"/stat"_s);
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        const QString name = QString::fromUtf8(comm.readAll().trimmed()).remove(QRegularExpression(u"[-_ ]?\\d+$"_s));
        // Fields after the command name (which is in parentheses): utime and stime are the 12th and 13th.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            continue;
        const double us = double(fields[11].toLongLong() + fields[12].toLongLong()) * 1e6 / double(ticksPerSecond);
        threads.insert(name, threads.value(name).toDouble() + us * perDelivery);
        // Times the thread went to sleep, per delivery.
        QFile status(u"/proc/self/task/"_s + task + u"/status"_s);
        if (status.open(QIODevice::ReadOnly)) {
            const QByteArray text = status.readAll();
            const qsizetype at = text.indexOf("voluntary_ctxt_switches:");
            if (at >= 0) {
                const qint64 n = text.mid(at + 24, text.indexOf('\n', at) - at - 24).trimmed().toLongLong();
                switches.insert(name, switches.value(name).toDouble() + double(n) * perDelivery);
            }
        }
    }
    o.insert(u"thread_cpu_us"_s, threads);
    o.insert(u"thread_sleeps"_s, switches);
    if (!acceptToResponse.empty()) {
        o.insert(u"p50_ms"_s, percentile(acceptToResponse, 0.50));
        o.insert(u"p99_ms"_s, percentile(acceptToResponse, 0.99));
    }
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
}

/// Answers "the application's proxy" for every request: Qt then opens a buffered socket for a direct
/// connection, as Hooksmith's sender does, instead of the unbuffered one it uses for "no proxy".
class DefaultProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery&) override
    {
        return {QNetworkProxy(QNetworkProxy::DefaultProxy)};
    }
};

/// The same request posted `count` times, `concurrency` at a time, by a bare QNetworkAccessManager.
int qnamOnly(const QString& url, int count, int concurrency, bool buffered)
{
    const auto ws = benchWorkspace(url, {}, DeliveryOrder::None, 1);
    RenderContext context;
    context.workspace = ws.get();
    context.webhook = &ws->webhooks.front();
    context.device = &ws->devices.front();
    context.signal.deviceToken = ws->devices.front().token;
    context.signal.number = 1;
    context.signal.value = JsonValue::number(21.5);
    context.signal.receivedAt = QDateTime::currentDateTimeUtc();
    context.messageId = newMessageId();
    context.attemptTime = context.signal.receivedAt;
    const auto rendered = Renderer::render(context);
    if (!rendered)
        return 2;
    QNetworkAccessManager manager;
    manager.setAutoDeleteReplies(true);
    if (buffered)
        manager.setProxyFactory(new DefaultProxyFactory);
    QNetworkRequest request(rendered->url);
    for (const RenderedHeader& h : rendered->headers) {
        if (h.name != "Host" && h.name != "Content-Length")
            request.setRawHeader(h.name, h.value);
    }
    QElapsedTimer clock;
    clock.start();
    std::vector<qint64> latencies;
    latencies.reserve(size_t(count));
    int started = 0;
    int finished = 0;
    int failed = 0;
    std::function<void()> post = [&] {
        const qint64 at = clock.nsecsElapsed();
        QNetworkReply* reply = manager.post(request, rendered->body);
        ++started;
        QObject::connect(reply, &QNetworkReply::finished, &manager, [&, reply, at] {
            latencies.push_back(clock.nsecsElapsed() - at);
            failed += reply->error() != QNetworkReply::NoError;
            if (++finished == count)
                QCoreApplication::quit();
            else if (started < count)
                post();
        });
    };
    for (int i = 0; i < std::min(concurrency, count); ++i)
        post();
    QCoreApplication::exec();
    std::vector<qint64> none;
    printResult(buffered ? u"Qt QNetworkAccessManager alone, buffered"_s : u"Qt QNetworkAccessManager alone"_s, count,
                finished - failed, failed, double(clock.nsecsElapsed()) / 1e9, none, latencies);
    return failed == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    // As hooksmith-cli runs (the bare QNetworkAccessManager rows too, so that they compare).
    preferQtEventLoop();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption urlOpt(u"url"_s, u"Receiver base URL."_s, u"URL"_s);
    const QCommandLineOption caOpt(u"ca-file"_s, u"Trust this PEM certificate too (https receivers)."_s, u"FILE"_s);
    const QCommandLineOption countOpt(u"count"_s, u"Signals to send."_s, u"N"_s, u"20000"_s);
    const QCommandLineOption memoryOpt(u"memory"_s, u"No outbox: deliveries in memory only."_s);
    const QCommandLineOption concurrencyOpt(u"concurrency"_s, u"Attempts under way at once."_s, u"N"_s, u"24"_s);
    const QCommandLineOption sendersOpt(
        u"senders"_s, u"HTTP senders attempts are spread over (0: one per 6 at once)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption rateOpt(u"rate"_s, u"Signals per second (default: all at once)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption fullSyncOpt(u"full-sync"_s, u"Outbox with synchronous=FULL."_s);
    const QCommandLineOption freePortOpt(u"free-port"_s, u"Print a free loopback port and exit."_s);
    const QCommandLineOption qnamOpt(u"qnam-only"_s,
                                     u"No Hooksmith: the same request, rendered once, posted with a bare "
                                     u"QNetworkAccessManager (the floor set by Qt's HTTP stack)."_s);
    const QCommandLineOption bufferedOpt(u"buffered"_s, u"With --qnam-only: a buffered socket, as Hooksmith's "
                                                        u"sender gets for direct connections."_s);
    const QCommandLineOption orderOpt(u"order"_s, u"The webhook's delivery order: none (default) or device."_s,
                                      u"ORDER"_s, u"none"_s);
    const QCommandLineOption devicesOpt(u"devices"_s, u"Devices the signals come from, in turn."_s, u"N"_s, u"1"_s);
    parser.addOptions({urlOpt, caOpt, countOpt, memoryOpt, concurrencyOpt, sendersOpt, rateOpt, fullSyncOpt,
                       freePortOpt, qnamOpt, bufferedOpt, orderOpt, devicesOpt});
    parser.process(app);

    if (parser.isSet(freePortOpt)) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 1;
        std::printf("%u\n", unsigned(probe.serverPort()));
        return 0;
    }
    const int count = parser.value(countOpt).toInt();
    if (parser.isSet(qnamOpt))
        return qnamOnly(parser.value(urlOpt), count, parser.value(concurrencyOpt).toInt(), parser.isSet(bufferedOpt));
    QTemporaryDir dir;
    RuntimeOptions options;
    options.workspacePath = dir.filePath(u"bench.hooksmith.json"_s);
    options.outboxDir = dir.filePath(u"outbox"_s);
    options.durable = !parser.isSet(memoryOpt);
    options.outbox.fullSync = parser.isSet(fullSyncOpt);
    options.persistDisabledWebhooks = false;
    options.engine.concurrency = parser.value(concurrencyOpt).toInt();
    options.senders = parser.value(sendersOpt).toInt();
    options.backlogHighWater = qint64(count) * 4;
    Runtime runtime(options);
    const DeliveryOrder order = parser.value(orderOpt) == u"device"_s ? DeliveryOrder::Device : DeliveryOrder::None;
    const int deviceCount = std::max(1, parser.value(devicesOpt).toInt());
    runtime.setWorkspace(benchWorkspace(parser.value(urlOpt), parser.value(caOpt), order, deviceCount));

    QElapsedTimer clock;
    QHash<QString, qint64> acceptedAt; // ns since start, by message id
    QHash<QString, qint64> sentAt;
    acceptedAt.reserve(count);
    sentAt.reserve(count);
    std::vector<qint64> acceptToResponse, requestToResponse;
    acceptToResponse.reserve(size_t(count));
    requestToResponse.reserve(size_t(count));
    int delivered = 0, failed = 0;
    qint64 endNs = 0;

    auto done = [&] {
        if (delivered + failed < count)
            return;
        endNs = clock.nsecsElapsed();
        app.quit();
    };
    QObject::connect(&runtime, &Runtime::startFailed, &app, [&](const QString& error) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        app.exit(2);
    });
    // All at once (a backlog), or paced at --rate signals per second (a board that keeps sending).
    const int rate = parser.value(rateOpt).toInt();
    int dispatched = 0;
    auto dispatchUpTo = [&](int target) {
        Signal s;
        s.number = 1;
        const QList<Device>& devices = runtime.workspace()->devices;
        for (; dispatched < std::min(target, count); ++dispatched) {
            s.deviceToken = devices[dispatched % devices.size()].token;
            s.value = JsonValue::number(20.0 + (dispatched % 100) / 10.0);
            s.receivedAt = QDateTime::currentDateTimeUtc();
            const qint64 now = clock.nsecsElapsed();
            for (const DeliveryItem& d : runtime.dispatcher()->dispatch(s))
                acceptedAt.insert(d.messageId, now);
        }
    };
    QTimer pace;
    pace.setTimerType(Qt::PreciseTimer);
    QObject::connect(&pace, &QTimer::timeout, &app, [&] {
        dispatchUpTo(int(double(clock.nsecsElapsed()) / 1e9 * rate) + 1);
        if (dispatched >= count)
            pace.stop();
    });
    QObject::connect(&runtime, &Runtime::started, &app, [&] {
        clock.start();
        if (rate <= 0) {
            dispatchUpTo(count);
            return;
        }
        dispatchUpTo(1);
        pace.start(std::max(1, std::min(10, 1000 / rate)));
    });
    runtime.start();
    DeliveryEngine* engine = runtime.engine();
    QObject::connect(engine, &DeliveryEngine::attemptStarted, &app,
                     [&](const DeliveryItem& d, int, int) { sentAt.insert(d.messageId, clock.nsecsElapsed()); });
    QObject::connect(engine, &DeliveryEngine::attemptFinished, &app, [&](const AttemptReport& r) {
        const qint64 now = clock.nsecsElapsed();
        const QString& id = r.delivery.messageId;
        if (r.decision.action == RetryDecision::Action::Delivered) {
            ++delivered;
            acceptToResponse.push_back(now - acceptedAt.value(id));
            requestToResponse.push_back(now - sentAt.value(id));
        } else if (r.decision.action != RetryDecision::Action::RetryLater) {
            ++failed;
            std::fprintf(stderr, "failed: %s\n", qPrintable(r.decision.reason));
        }
        done();
    });
    const int code = app.exec();
    if (code != 0)
        return code;

    printResult(options.durable ? u"hooksmith (outbox)"_s : u"hooksmith (memory)"_s, count, delivered, failed,
                double(endNs) / 1e9, acceptToResponse, requestToResponse);
    return failed == 0 ? 0 : 1;
}

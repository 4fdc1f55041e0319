#include "CliDelivery.h"
#include "CliSecrets.h"
#include "Commands.h"
#include "DeliveryLog.h"
#include "Paths.h"
#include "RelaySources.h"
#include "Runtime.h"
#include "StdinSource.h"
#include "StopSignals.h"
#include "Validator.h"

#include <QDir>
#include <QEventLoop>

#include <csignal>

using namespace Qt::StringLiterals;

namespace hooksmith::cli {

QString RelayCommand::name() const
{
    return u"relay"_s;
}

QString RelayCommand::summary() const
{
    return tr("Deliver the signals a board prints (serial port or stdin) through the outbox.");
}

namespace {

constexpr int kShutdownGraceMs = 5000;

/// -d: a device of the workspace by name or token, the sample device, or any token as given.
std::optional<QString> fallbackToken(const Workspace& ws, const QString& key, const QString& path, Io& io)
{
    if (key.isEmpty())
        return sampleDevice().token;
    if (const Device* d = ws.findDevice(key))
        return d->token;
    if (key == sampleDevice().token || key == sampleDevice().name)
        return sampleDevice().token;
    io.err << path << ": " << RelayCommand::tr("no device named \"%1\" or with that token").arg(key) << '\n';
    return std::nullopt;
}

} // namespace

int RelayCommand::run(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads board lines (@device, @signal: see the serial protocol) and delivers each signal to every "
           "enabled webhook bound to its device whose signal filter takes it, through the durable outbox (one "
           "per workspace). Logs one line per delivery event on standard error. With --stdin it finishes what "
           "is due at the end of the input and exits; deliveries waiting for a retry stay in the outbox for "
           "the next run. SIGINT and SIGTERM stop cleanly. Exit code 1 when a delivery failed for good."));
    parser.addPositionalArgument(u"WORKSPACE"_s, tr("The workspace file."), u"WORKSPACE"_s);
    const QCommandLineOption stdinOpt(u"stdin"_s, tr("Read board lines from standard input."));
    const QCommandLineOption serialOpt(u"serial"_s, tr("Read board lines from a serial port (a path, or auto)."),
                                       u"PORT"_s);
    const QCommandLineOption outboxOpt(
        u"outbox"_s, tr("The folder of the outbox (default: %1).").arg(QDir::toNativeSeparators(Paths::outboxDir())),
        u"DIR"_s);
    const QCommandLineOption memoryOpt(u"in-memory"_s,
                                       tr("Keep deliveries in memory only: nothing survives the process."));
    const QCommandLineOption deviceOpt(QStringList{u"d"_s, u"device"_s},
                                       tr("The device signals are attributed to until the board announces "
                                          "itself with @device (default: the sample device)."),
                                       u"DEVICE"_s);
    parser.addOptions({stdinOpt, serialOpt, outboxOpt, memoryOpt, deviceOpt});
    const auto engineSet = CliDelivery::engineOptions();
    CliDelivery::addEngineOptions(parser, engineSet, true);
    if (auto code =
            CommandSupport::parse(parser, name(), u"[options] WORKSPACE (--stdin | --serial PORT|auto)"_s, args, io))
        return *code;

    if (parser.positionalArguments().size() != 1) {
        io.err << tr("hooksmith-cli relay: give exactly one WORKSPACE file") << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(stdinOpt) == parser.isSet(serialOpt)) {
        io.err << tr("hooksmith-cli relay: give either --stdin or --serial PORT (or --serial auto)") << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(memoryOpt) && parser.isSet(outboxOpt)) {
        io.err << tr("hooksmith-cli relay: --in-memory and --outbox exclude each other") << '\n';
        return ExitBadInput;
    }
    RuntimeOptions options;
    options.workspacePath = parser.positionalArguments().front();
    options.durable = !parser.isSet(memoryOpt);
    options.outboxDir = parser.value(outboxOpt);
    if (!CliDelivery::readEngineOptions(parser, engineSet, true, options.engine, name(), io))
        return ExitBadInput;

    const QString path = options.workspacePath;
    Runtime runtime(options);
    QList<Problem> problems;
    const bool loaded = runtime.loadWorkspace(&problems);
    for (const Problem& p : std::as_const(problems))
        io.err << p.format(path) << '\n';
    if (!loaded)
        return ExitBadInput;
    const std::shared_ptr<const Workspace> ws = runtime.workspace();
    for (qsizetype i = 0; i < ws->webhooks.size(); ++i) {
        if (!ws->webhooks[i].enabled)
            continue;
        for (const Problem& p : Validator::validateWebhook(*ws, int(i))) {
            if (p.isError())
                io.err << p.format(path) << tr(" (its deliveries will fail)") << '\n';
        }
    }
    const auto token = fallbackToken(*ws, parser.value(deviceOpt), path, io);
    if (!token)
        return ExitBadInput;

    SignalSource* source = nullptr;
    StdinSource* stdinSource = nullptr;
    if (parser.isSet(stdinOpt)) {
        stdinSource = new StdinSource(0);
        source = stdinSource;
    } else {
        source = createSerialSource(parser.value(serialOpt), *ws, io);
        if (!source)
            return ExitBadInput;
    }
    source->setFallbackDeviceToken(*token);
    runtime.addSource(source);

    const std::unique_ptr<SecretStore> secrets = CliSecrets::openStore();
    runtime.setSecretStore(secrets.get());

    QEventLoop loop;
    int exitCode = ExitOk;
    QSet<QString> loggedFailures;
    auto log = [&io](const QString& line) {
        io.err << line << '\n';
        io.err.flush();
    };
    QObject::connect(&runtime, &Runtime::message, &loop, [&](const QString& text) { log(u"relay: "_s + text); });
    QObject::connect(&runtime, &Runtime::startFailed, &loop, [&](const QString& error) {
        log(tr("hooksmith-cli relay: %1").arg(error));
        exitCode = ExitBadInput;
        loop.quit();
    });
    QObject::connect(&runtime, &Runtime::started, &loop, [&] {
        const QString store = options.durable ? tr("outbox %1").arg(QDir::toNativeSeparators(runtime.outboxPath()))
                                              : tr("deliveries kept in memory only");
        log(tr("relay: reading board lines from %1; %2").arg(source->displayName(), store));
    });
    QObject::connect(&runtime, &Runtime::finished, &loop, [&] {
        runtime.store()->counts([&](OutboxCounts counts) {
            const Dispatcher::Stats& d = runtime.dispatcher()->stats();
            const DeliveryEngine::Stats& e = runtime.engine()->stats();
            quint64 unrouted = 0;
            for (const quint64 n : d.unrouted)
                unrouted += n;
            log(tr("relay: %1 signal(s), %2 delivery(ies): %3 delivered, %4 failed; %5 waiting in the outbox, %6 "
                   "failed ones kept there; %7 signal(s) fired no webhook")
                    .arg(d.signalCount)
                    .arg(d.deliveryCount)
                    .arg(e.delivered)
                    .arg(e.failed)
                    .arg(counts.pending)
                    .arg(counts.failed)
                    .arg(unrouted));
            if (e.failed > 0 && exitCode == ExitOk)
                exitCode = ExitDeliveryFailed;
            loop.quit();
        });
    });
    if (stdinSource)
        QObject::connect(stdinSource, &StdinSource::endOfInput, &runtime, &Runtime::finish);
    StopSignals stop;
    QObject::connect(&stop, &StopSignals::stopRequested, &loop, [&](int signalNumber) {
        log(tr("relay: %1: stopping; attempts under way get %2 s, the rest stay in the outbox")
                .arg(signalNumber == SIGINT ? u"SIGINT"_s : u"SIGTERM"_s)
                .arg(kShutdownGraceMs / 1000));
        runtime.shutdown(kShutdownGraceMs);
    });

    runtime.start();
    DeliveryEngine* engine = runtime.engine();
    QObject::connect(engine, &DeliveryEngine::attemptFinished, &loop, [&](const AttemptReport& report) {
        if (report.decision.action == RetryDecision::Action::GiveUp ||
            report.decision.action == RetryDecision::Action::DisableWebhook)
            loggedFailures.insert(report.delivery.messageId);
        log(DeliveryLog::line(report, runtime.workspace().get()));
    });
    QObject::connect(engine, &DeliveryEngine::failed, &loop, [&](const DeliveryItem& item, const QString& reason) {
        if (loggedFailures.remove(item.messageId))
            return;
        log(DeliveryLog::subject(item, {}, runtime.workspace().get()) + u": "_s + tr("failed: %1").arg(reason));
    });
    loop.exec();
    return exitCode;
}

} // namespace hooksmith::cli

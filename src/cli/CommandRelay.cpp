#include "CliDelivery.h"
#include "Commands.h"
#include "Paths.h"
#include "RelayRun.h"

#include <QDir>

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

int RelayCommand::run(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads board lines (@device, @signal: see the serial protocol) and delivers each signal to every "
           "enabled webhook bound to its device whose signal filter takes it, through the durable outbox (one "
           "per workspace). Logs one line per delivery event on standard error. With --stdin it finishes what "
           "is due at the end of the input and exits; deliveries waiting for a retry stay in the outbox for "
           "the next run. SIGINT and SIGTERM stop cleanly, SIGHUP reads the workspace again. It refuses to start "
           "when the workspace has errors or an {{env:NAME}} it needs is not set. Exit code 1 when a delivery "
           "failed for good or a signal could not be stored."));
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
    const QCommandLineOption healthOpt(u"health"_s,
                                       tr("Serve /healthz and /metrics (Prometheus) on PORT of 127.0.0.1, or on "
                                          "ADDR:PORT."),
                                       u"[ADDR:]PORT"_s);
    const QCommandLineOption logFormatOpt(u"log-format"_s, tr("text (the default) or json (one JSON object per line)."),
                                          u"FORMAT"_s, u"text"_s);
    const QCommandLineOption environmentOpt = CommandSupport::environmentOption();
    parser.addOptions({stdinOpt, serialOpt, outboxOpt, memoryOpt, deviceOpt, healthOpt, logFormatOpt, environmentOpt});
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
    if (parser.isSet(outboxOpt) && parser.value(outboxOpt).trimmed().isEmpty()) {
        io.err << tr("hooksmith-cli relay: --outbox needs a folder; leave the option out to use %1")
                      .arg(QDir::toNativeSeparators(Paths::outboxDir()))
               << '\n';
        return ExitBadInput;
    }
    const QString logFormat = parser.value(logFormatOpt);
    if (logFormat != u"text"_s && logFormat != u"json"_s) {
        io.err << tr("hooksmith-cli relay: --log-format is text or json, not \"%1\"").arg(logFormat) << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(healthOpt) && parser.value(healthOpt).trimmed().isEmpty()) {
        io.err << tr("hooksmith-cli relay: --health needs a port, or ADDR:PORT") << '\n';
        return ExitBadInput;
    }
    RelaySettings settings;
    settings.runtime.workspacePath = parser.positionalArguments().front();
    settings.runtime.durable = !parser.isSet(memoryOpt);
    settings.runtime.outboxDir = parser.value(outboxOpt);
    settings.runtime.environment = parser.value(environmentOpt);
    if (!CliDelivery::readEngineOptions(parser, engineSet, true, settings.runtime.engine, name(), io))
        return ExitBadInput;
    settings.fromStdin = parser.isSet(stdinOpt);
    settings.serialPort = parser.value(serialOpt);
    settings.device = parser.value(deviceOpt);
    settings.health = parser.value(healthOpt);
    settings.logFormat = logFormat == u"json"_s ? LogFormat::Json : LogFormat::Text;
    RelayRun relay(std::move(settings), io);
    return relay.exec();
}

} // namespace hooksmith::cli

#include "CliDelivery.h"
#include "Commands.h"
#include "Paths.h"
#include "RelayRun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QHostInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace hooksmith::cli {

namespace {

constexpr auto kDefaultPasswordEnv = "HOOKSMITH_MQTT_PASSWORD";

/// Reads --mqtt URL and its options into `out`; false after saying what is wrong.
bool readMqttOptions(const QString& url, const QString& user, const QString& passwordEnv, const QString& group,
                     const QString& clientId, const QString& caFile, const RuntimeOptions& runtime,
                     MqttSource::Options& out, Io& io)
{
    auto fail = [&io](const QString& why) {
        io.err << RelayCommand::tr("hooksmith-cli relay: --mqtt: %1").arg(why) << '\n';
        return false;
    };
    if (!QUrl(url).password().isEmpty())
        return fail(RelayCommand::tr("the URL holds a password, which other users can read on the command line: "
                                     "remove it from the URL and put it in the environment variable %1")
                        .arg(passwordEnv));
    Result<MqttSource::Options> options = MqttSource::optionsFor({url, user, group, caFile});
    if (!options)
        return fail(options.errorMessage());
    out = std::move(*options);
    MqttConnectOptions& c = out.connection;
    c.password = qgetenv(passwordEnv.toLocal8Bit().constData());
    if (clientId.isEmpty()) {
        // Stable for this machine and outbox, so that a restarted relay takes up its session (and what it had
        // not acknowledged) again; different for relays with different outboxes.
        const QString outbox = runtime.durable ? Outbox::fileFor(runtime.workspacePath, runtime.outboxDir)
                                               : u"memory:"_s + QFileInfo(runtime.workspacePath).absoluteFilePath();
        const QByteArray hash = QCryptographicHash::hash(outbox.toUtf8(), QCryptographicHash::Sha256).toHex().left(10);
        c.clientId = u"hooksmith-%1-%2"_s.arg(QHostInfo::localHostName(), QString::fromLatin1(hash));
    } else {
        c.clientId = clientId;
    }
    if (c.clientId.toUtf8().size() > 65535)
        return fail(RelayCommand::tr("the client id is too long"));
    return true;
}

} // namespace

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
    const QCommandLineOption logDeliveriesOpt(
        u"log-deliveries"_s,
        tr("all (the default): a line for every attempt; failures: none for an attempt that delivered, so a busy "
           "relay logs only what went wrong."),
        u"WHICH"_s, u"all"_s);
    const QCommandLineOption logSummaryOpt(
        u"log-summary"_s,
        tr("Every PERIOD (e.g. 60s, 5m), one line with the signals, deliveries, retries and failures since the "
           "last one."),
        u"PERIOD"_s);
    const QCommandLineOption environmentOpt = CommandSupport::environmentOption();
    const QCommandLineOption mqttOpt(u"mqtt"_s,
                                     tr("Read signals from an MQTT 5 broker: mqtt://[USER@]HOST[:PORT] or mqtts://... "
                                        "(TLS). See docs/mqtt.md."),
                                     u"URL"_s);
    const QCommandLineOption mqttUserOpt(u"mqtt-user"_s, tr("The user name for the broker (instead of the URL's)."),
                                         u"USER"_s);
    const QCommandLineOption mqttPasswordEnvOpt(
        u"mqtt-password-env"_s,
        tr("The environment variable holding the broker password (default: %1).")
            .arg(QString::fromLatin1(kDefaultPasswordEnv)),
        u"NAME"_s, QString::fromLatin1(kDefaultPasswordEnv));
    const QCommandLineOption mqttGroupOpt(
        u"mqtt-group"_s,
        tr("Share the messages with the other relays of this shared subscription group ($share/NAME/...); "
           "without it, this relay gets every message."),
        u"NAME"_s);
    const QCommandLineOption mqttClientIdOpt(
        u"mqtt-client-id"_s,
        tr("The MQTT client id (default: hooksmith-HOSTNAME-HASH, stable for this machine and outbox). A relay "
           "restarted with the same id takes up its session and what it had not acknowledged."),
        u"ID"_s);
    const QCommandLineOption mqttSessionOpt(
        u"mqtt-session-expiry"_s,
        tr("How long the broker keeps this relay's session (its subscriptions and the messages queued for it) "
           "while it is away, in seconds (default: 86400)."),
        u"SECONDS"_s, u"86400"_s);
    const QCommandLineOption mqttCaOpt(
        u"mqtt-ca"_s, tr("PEM file of the certificates to trust for mqtts:// (default: the system's)."), u"FILE"_s);
    parser.addOptions({stdinOpt, serialOpt, mqttOpt, outboxOpt, memoryOpt, deviceOpt, healthOpt, logFormatOpt,
                       logDeliveriesOpt, logSummaryOpt, mqttUserOpt, mqttPasswordEnvOpt, mqttGroupOpt, mqttClientIdOpt,
                       mqttSessionOpt, mqttCaOpt, environmentOpt});
    const auto engineSet = CliDelivery::engineOptions();
    CliDelivery::addEngineOptions(parser, engineSet, true);
    if (auto code = CommandSupport::parse(
            parser, name(), u"[options] WORKSPACE (--stdin | --serial PORT|auto | --mqtt URL)"_s, args, io))
        return *code;

    if (parser.positionalArguments().size() != 1) {
        io.err << tr("hooksmith-cli relay: give exactly one WORKSPACE file") << '\n';
        return ExitBadInput;
    }
    if (int(parser.isSet(stdinOpt)) + int(parser.isSet(serialOpt)) + int(parser.isSet(mqttOpt)) != 1) {
        io.err << tr("hooksmith-cli relay: give one of --stdin, --serial PORT (or --serial auto) and --mqtt URL")
               << '\n';
        return ExitBadInput;
    }
    if (!parser.isSet(mqttOpt)) {
        for (const QCommandLineOption* o :
             {&mqttUserOpt, &mqttGroupOpt, &mqttClientIdOpt, &mqttSessionOpt, &mqttCaOpt}) {
            if (parser.isSet(*o)) {
                io.err << tr("hooksmith-cli relay: --%1 goes with --mqtt URL").arg(o->names().front()) << '\n';
                return ExitBadInput;
            }
        }
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
    const QString logDeliveries = parser.value(logDeliveriesOpt);
    if (logDeliveries != u"all"_s && logDeliveries != u"failures"_s) {
        io.err << tr("hooksmith-cli relay: --log-deliveries is all or failures, not \"%1\"").arg(logDeliveries) << '\n';
        return ExitBadInput;
    }
    qint64 summaryEveryMs = 0;
    if (parser.isSet(logSummaryOpt)) {
        const auto period = RetrySchedule::parse(parser.value(logSummaryOpt));
        if (!period || period->delaysMs.size() != 1 || period->delaysMs.front() < 1000 ||
            period->delaysMs.front() > 24 * 3600 * 1000) {
            io.err << tr("hooksmith-cli relay: --log-summary takes one period from 1s to 24h (e.g. 60s, 5m), not "
                         "\"%1\"")
                          .arg(parser.value(logSummaryOpt))
                   << '\n';
            return ExitBadInput;
        }
        summaryEveryMs = period->delaysMs.front();
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
    // Eight attempts at once from the relay's own thread, the rest from the sender threads: measured with eight
    // ordered devices over MQTT (docs/performance.md), six left CPU per signal higher.
    settings.runtime.inlineAttempts = 8;
    if (!CliDelivery::readEngineOptions(parser, engineSet, true, settings.runtime.engine, name(), io))
        return ExitBadInput;
    if (parser.isSet(mqttOpt) &&
        !readMqttOptions(parser.value(mqttOpt), parser.value(mqttUserOpt), parser.value(mqttPasswordEnvOpt),
                         parser.value(mqttGroupOpt), parser.value(mqttClientIdOpt), parser.value(mqttCaOpt),
                         settings.runtime, settings.mqtt, io)) {
        return ExitBadInput;
    }
    if (parser.isSet(mqttOpt)) {
        bool ok = false;
        const qint64 expiry = parser.value(mqttSessionOpt).toLongLong(&ok);
        if (!ok || expiry < 0 || expiry > 0xFFFFFFFFLL) {
            io.err << tr("hooksmith-cli relay: --mqtt-session-expiry takes seconds (0 to 4294967295), not \"%1\"")
                          .arg(parser.value(mqttSessionOpt))
                   << '\n';
            return ExitBadInput;
        }
        settings.mqtt.connection.sessionExpirySeconds = quint32(expiry);
    }
    settings.fromStdin = parser.isSet(stdinOpt);
    settings.serialPort = parser.value(serialOpt);
    settings.device = parser.value(deviceOpt);
    settings.health = parser.value(healthOpt);
    settings.logFormat = logFormat == u"json"_s ? LogFormat::Json : LogFormat::Text;
    settings.logDelivered = logDeliveries == u"all"_s;
    settings.summaryEveryMs = summaryEveryMs;
    RelayRun relay(std::move(settings), io);
    return relay.exec();
}

} // namespace hooksmith::cli

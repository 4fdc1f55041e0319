#include "CliDelivery.h"
#include "CliSecrets.h"
#include "Commands.h"
#include "DeliveryLog.h"
#include "EnvReferences.h"
#include "LogSink.h"
#include "Runtime.h"
#include "SecretResolver.h"
#include "StopSignals.h"

#include <QEventLoop>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <csignal>

using namespace Qt::StringLiterals;

namespace hooksmith::cli {

QString SendCommand::name() const
{
    return u"send"_s;
}

QString SendCommand::summary() const
{
    return tr("Send a webhook's request for a signal, with its retries.");
}

namespace {

/// The status line and headers are for a person: whatever control characters the server put into them
/// are shown escaped. The body is the data asked for: byte for byte into a file or a pipe, and on a
/// terminal with its control characters (but line breaks and tabs) escaped, so that a server cannot
/// drive the terminal.
void printResponse(const AttemptResult& r, Io& io)
{
    QTextStream& out = io.out;
    const QByteArray version = r.httpVersion.isEmpty() ? QByteArray("HTTP/1.1") : r.httpVersion;
    out << escapeControl(QString::fromLatin1(version)) << ' ' << r.status;
    if (!r.reason.isEmpty())
        out << ' ' << escapeControl(QString::fromLatin1(r.reason));
    out << '\n';
    for (const auto& [name, value] : r.headers)
        out << escapeControl(QString::fromLatin1(name)) << ": " << escapeControl(QString::fromUtf8(value)) << '\n';
    out << '\n';
    if (r.body.isEmpty())
        return;
    if (io.outIsTerminal) {
        out << escapeControlKeepingLines(QString::fromUtf8(r.body));
    } else if (QIODevice* device = out.device()) {
        out.flush();
        device->write(r.body);
    } else {
        out << QString::fromUtf8(r.body); // a stream into a string (tests)
    }
    if (!r.body.endsWith('\n'))
        out << '\n';
}

} // namespace

int SendCommand::run(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sends the request a webhook makes for one signal, retrying by the webhook's policy (progress on "
           "standard error), then prints the response's status line, headers and body. Exit code 0 when the "
           "receiver answered 2xx, 1 when the delivery failed, 2 for bad input. Ctrl-C stops."));
    parser.addPositionalArgument(u"WORKSPACE"_s, tr("The workspace file."), u"WORKSPACE"_s);
    SignalChoice choice;
    const QCommandLineOption jsonOpt(u"json"_s, tr("Print one JSON object: the request as sent (secrets masked), "
                                                   "the response, every attempt and its timings."));
    parser.addOptions({choice.webhookOpt, choice.deviceOpt, choice.signalOpt, choice.valueOpt, jsonOpt,
                       choice.messageIdOpt, choice.environmentOpt});
    const auto engineSet = CliDelivery::engineOptions();
    CliDelivery::addEngineOptions(parser, engineSet, false);
    if (auto code =
            CommandSupport::parse(parser, name(), u"[options] WORKSPACE -w WEBHOOK -s SIGNAL -v VALUE"_s, args, io))
        return *code;

    if (!choice.checkUsage(parser, name(), io))
        return ExitBadInput;
    EngineOptions engineOptions;
    engineOptions.reportRequests = true;
    engineOptions.concurrency = 1;
    if (!CliDelivery::readEngineOptions(parser, engineSet, false, engineOptions, name(), io))
        return ExitBadInput;

    if (!choice.resolve(parser, io))
        return ExitBadInput;
    const Workspace& loaded = *choice.workspace;
    const Device* device = choice.device;

    // Sending by hand is explicit: a disabled webhook is sent too, and the device need not be bound.
    auto ws = std::make_shared<Workspace>(loaded);
    Webhook& webhook = ws->webhooks[choice.webhook - loaded.webhooks.constData()];
    if (!webhook.enabled)
        io.err << tr("note: the webhook \"%1\" is disabled; sending anyway").arg(webhook.name) << '\n';
    webhook.enabled = true;
    webhook.disabledReason.clear();
    if (!ws->deviceByToken(device->token) && device->token == sampleDevice().token)
        ws->devices.append(sampleDevice());

    DeliveryItem item;
    item.messageId = choice.messageId(parser);
    item.webhookId = webhook.id;
    item.signal = choice.signal;

    // The request must be possible before anything is sent: a missing secret or variable is bad input here.
    // Every unset variable is named at once, before the keychain is asked for anything.
    const int webhookIndex = int(choice.webhook - loaded.webhooks.constData());
    const QList<Problem> unset = EnvReferences::unset(webhook, systemEnvironment(), webhookIndex) +
                                 EnvReferences::variableProblems(*ws, webhook, systemEnvironment(), webhookIndex);
    for (const Problem& problem : unset)
        io.err << problem.format(choice.path) << tr("; nothing was sent") << '\n';
    if (!unset.isEmpty())
        return ExitBadInput;
    const std::unique_ptr<SecretStore> secrets = CliSecrets::openStore();
    QEventLoop loop;
    std::optional<QString> renderError;
    RenderContext context;
    context.workspace = ws.get();
    context.webhook = &webhook;
    context.device = ws->deviceByToken(device->token) ? ws->deviceByToken(device->token) : device;
    context.signal = item.signal;
    context.messageId = item.messageId;
    context.attemptTime = QDateTime::currentDateTimeUtc();
    context.env = systemEnvironment();
    // A keychain secret bound to another origin makes the render fail, naming both: bad input, nothing
    // is sent. One saved before origins were recorded is bound to this request's origin.
    const Result<Origin> origin = Renderer::origin(context);
    SecretResolver::resolve(
        *secrets, *ws, webhook,
        [&](Result<SecretValues> values) {
            if (!values) {
                renderError = values.errorMessage();
                loop.quit();
                return;
            }
            context.secrets = values.value();
            const auto rendered = Renderer::render(context);
            renderError = rendered ? QString() : rendered.errorMessage();
            loop.quit();
        },
        SecretResolver::Missing::IsError, origin ? std::optional<Origin>(*origin) : std::nullopt);
    loop.exec();
    if (renderError && !renderError->isEmpty()) {
        io.err << choice.path << ": " << CommandSupport::webhookSubject(webhook) << ": " << *renderError << '\n';
        return ExitBadInput;
    }

    RuntimeOptions runtimeOptions;
    runtimeOptions.durable = false;
    runtimeOptions.persistDisabledWebhooks = false;
    runtimeOptions.engine = engineOptions;
    Runtime runtime(runtimeOptions);
    runtime.setWorkspace(ws);
    runtime.setSecretStore(secrets.get());

    QList<AttemptReport> reports;
    std::optional<QString> finalFailure;
    bool delivered = false;
    QObject::connect(&runtime, &Runtime::started, &loop, [&] { runtime.store()->enqueue({item}); });
    QObject::connect(&runtime, &Runtime::startFailed, &loop, [&](const QString& error) {
        finalFailure = error;
        loop.quit();
    });
    runtime.start(); // started() comes from the event loop
    DeliveryEngine* engine = runtime.engine();
    QObject::connect(engine, &DeliveryEngine::attemptFinished, &loop, [&](const AttemptReport& report) {
        reports.append(report);
        if (report.decision.action == RetryDecision::Action::Delivered) {
            if (report.attemptInRound > 1)
                io.err << escapeControl(DeliveryLog::outcome(report)) << '\n';
        } else if (report.decision.action == RetryDecision::Action::RetryLater) {
            io.err << escapeControl(DeliveryLog::outcome(report)) << '\n';
        } else {
            // The summary quotes what the server answered.
            io.err << escapeControl(tr("attempt %1 of %2 failed: %3")
                                        .arg(report.attemptInRound)
                                        .arg(report.maxAttempts)
                                        .arg(report.summary))
                   << '\n';
        }
        io.err.flush();
    });
    QObject::connect(engine, &DeliveryEngine::delivered, &loop, [&] {
        delivered = true;
        loop.quit();
    });
    QObject::connect(engine, &DeliveryEngine::failed, &loop, [&](const DeliveryItem&, const QString& reason) {
        finalFailure = reason;
        loop.quit();
    });
    StopSignals stop;
    QObject::connect(&stop, &StopSignals::stopRequested, &loop, [&](int signalNumber) {
        finalFailure = tr("interrupted (%1) before the delivery succeeded")
                           .arg(signalNumber == SIGINT ? u"SIGINT"_s : u"SIGTERM"_s);
        engine->stop();
        engine->abortAll();
        loop.quit();
    });
    loop.exec();

    const AttemptReport* last = reports.isEmpty() ? nullptr : &reports.back();
    if (parser.isSet(jsonOpt)) {
        QJsonObject o;
        o.insert(u"message_id"_s, item.messageId);
        o.insert(u"webhook"_s, webhook.name);
        o.insert(u"device"_s, device->token);
        o.insert(u"signal"_s, QJsonObject{{u"number"_s, item.signal.number},
                                          {u"value"_s, item.signal.value.toJson()},
                                          {u"received_at"_s, item.signal.receivedAt.toString(Qt::ISODateWithMs)}});
        o.insert(u"delivered"_s, delivered);
        if (finalFailure)
            o.insert(u"failure"_s, *finalFailure);
        if (last && last->request)
            o.insert(u"request"_s, CliDelivery::requestJson(*last->request));
        const bool responded = last && last->sent && last->result.status > 0;
        o.insert(u"response"_s, responded ? QJsonValue(CliDelivery::responseJson(last->result)) : QJsonValue());
        QJsonArray attempts;
        for (const AttemptReport& r : std::as_const(reports))
            attempts.append(CliDelivery::attemptJson(r));
        o.insert(u"attempts"_s, attempts);
        io.out << escapeJsonControls(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    } else if (last && last->sent && last->result.status > 0) {
        printResponse(last->result, io);
    }
    if (delivered)
        return ExitOk;
    io.err << escapeControl(tr("hooksmith-cli send: %1").arg(finalFailure.value_or(tr("the delivery failed")))) << '\n';
    return ExitDeliveryFailed;
}

} // namespace hooksmith::cli

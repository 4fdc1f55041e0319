#include "Cli.h"
#include "CliSecrets.h"
#include "Commands.h"
#include "Renderer.h"
#include "SecretResolver.h"

using namespace Qt::StringLiterals;

namespace hooksmith::cli {

QString RenderCommand::name() const
{
    return u"render"_s;
}

QString RenderCommand::summary() const
{
    return tr("Print the request a webhook sends for a signal.");
}

int RenderCommand::run(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the request exactly as \"send\" would send it: request line with path and query, headers, a blank "
           "line, the body. Secrets are shown as **** unless --show-secrets is given."));
    parser.addPositionalArgument(u"WORKSPACE"_s, tr("The workspace file."), u"WORKSPACE"_s);
    const QCommandLineOption webhookOpt(QStringList{u"w"_s, u"webhook"_s}, tr("The webhook, by name or id."),
                                        u"WEBHOOK"_s);
    const QCommandLineOption deviceOpt(QStringList{u"d"_s, u"device"_s},
                                       tr("The device, by name or token (default: the webhook's first bound "
                                          "device, else the sample device)."),
                                       u"DEVICE"_s);
    const QCommandLineOption signalOpt(QStringList{u"s"_s, u"signal"_s}, tr("The signal number, 0 to 254."),
                                       u"SIGNAL"_s);
    const QCommandLineOption valueOpt(QStringList{u"v"_s, u"value"_s},
                                      tr("The signal value as JSON (23.5, \"open\", [1,2]); other text is taken "
                                         "as a string."),
                                      u"VALUE"_s);
    const QCommandLineOption showSecretsOpt(u"show-secrets"_s, tr("Show passwords, signing secrets and "
                                                                  "environment values instead of ****."));
    const QCommandLineOption atOpt(u"at"_s,
                                   tr("The time the signal was received and the request signed (ISO 8601; "
                                      "default: now)."),
                                   u"TIME"_s);
    const QCommandLineOption messageIdOpt(u"message-id"_s, tr("The MESSAGE_ID (default: a new one)."), u"ID"_s);
    parser.addOptions({webhookOpt, deviceOpt, signalOpt, valueOpt, showSecretsOpt, atOpt, messageIdOpt});
    if (auto code =
            CommandSupport::parse(parser, name(), u"[options] WORKSPACE -w WEBHOOK -s SIGNAL -v VALUE"_s, args, io))
        return *code;

    if (parser.positionalArguments().size() != 1) {
        io.err << tr("hooksmith-cli render: give exactly one WORKSPACE file") << '\n';
        return ExitBadInput;
    }
    for (const QCommandLineOption* required : {&webhookOpt, &signalOpt, &valueOpt}) {
        if (!parser.isSet(*required)) {
            io.err << tr("hooksmith-cli render: -%1 is required; see \"hooksmith-cli render --help\"")
                          .arg(required->names().front())
                   << '\n';
            return ExitBadInput;
        }
    }
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (parser.isSet(atOpt)) {
        at = QDateTime::fromString(parser.value(atOpt), Qt::ISODateWithMs);
        if (!at.isValid()) {
            io.err << tr("--at: \"%1\" is not an ISO 8601 time such as 2026-05-01T12:00:00Z").arg(parser.value(atOpt))
                   << '\n';
            return ExitBadInput;
        }
        at = at.toUTC();
    }

    const QString path = parser.positionalArguments().front();
    const auto ws = CommandSupport::loadWorkspace(path, io);
    if (!ws)
        return ExitBadInput;
    const Webhook* webhook = CommandSupport::findWebhook(*ws, path, parser.value(webhookOpt), io);
    if (!webhook)
        return ExitBadInput;
    const Device* device = CommandSupport::chooseDevice(*ws, *webhook, path, parser.value(deviceOpt), io);
    if (!device)
        return ExitBadInput;
    auto signal = CommandSupport::makeSignal(parser.value(signalOpt), parser.value(valueOpt), device->token, io);
    if (!signal)
        return ExitBadInput;
    signal->receivedAt = at;
    if (!CommandSupport::checkWebhook(*ws, *webhook, path, io))
        return ExitBadInput;

    RenderContext context;
    context.workspace = &*ws;
    context.webhook = webhook;
    context.device = device;
    context.signal = *signal;
    context.messageId = parser.isSet(messageIdOpt) ? parser.value(messageIdOpt) : newMessageId();
    context.attemptTime = at;
    context.env = systemEnvironment();
    const bool showSecrets = parser.isSet(showSecretsOpt);
    // Only --show-secrets asks the keychain: the masked render works without D-Bus and stays fast.
    if (showSecrets && !SecretResolver::neededKeys(*ws, *webhook).isEmpty()) {
        const std::unique_ptr<SecretStore> store = CliSecrets::openStore();
        auto secrets = CliSecrets::resolve(*store, *ws, *webhook);
        if (!secrets) {
            if (!store->isPersistent()) {
                io.err << tr("hooksmith-cli render: the secrets of %1 cannot be read. %2")
                              .arg(CommandSupport::webhookSubject(*webhook), CliSecrets::noKeychainMessage(*store))
                       << '\n';
            } else {
                io.err << path << ": " << secrets.errorMessage() << '\n';
            }
            return ExitBadInput;
        }
        context.secrets = std::move(secrets).value();
    }
    const auto rendered = showSecrets ? Renderer::render(context) : Renderer::renderMasked(context);
    if (!rendered) {
        io.err << path << ": " << CommandSupport::webhookSubject(*webhook) << ": " << rendered.errorMessage() << '\n';
        return ExitBadInput;
    }
    const QString preview = rendered->preview();
    io.out << preview;
    if (!preview.endsWith(u'\n'))
        io.out << '\n';
    return ExitOk;
}

} // namespace hooksmith::cli

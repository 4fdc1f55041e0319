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
    SignalChoice choice;
    const QCommandLineOption showSecretsOpt(u"show-secrets"_s, tr("Show passwords, signing secrets and "
                                                                  "environment values instead of ****."));
    const QCommandLineOption atOpt(u"at"_s,
                                   tr("The time the signal was received and the request signed (ISO 8601; "
                                      "default: now)."),
                                   u"TIME"_s);
    parser.addOptions({choice.webhookOpt, choice.deviceOpt, choice.signalOpt, choice.valueOpt, showSecretsOpt, atOpt,
                       choice.messageIdOpt});
    if (auto code =
            CommandSupport::parse(parser, name(), u"[options] WORKSPACE -w WEBHOOK -s SIGNAL -v VALUE"_s, args, io))
        return *code;

    if (!choice.checkUsage(parser, name(), io))
        return ExitBadInput;
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

    if (!choice.resolve(parser, io))
        return ExitBadInput;
    choice.signal.receivedAt = at;
    const QString& path = choice.path;
    const Workspace* ws = &*choice.workspace;
    const Webhook* webhook = choice.webhook;

    RenderContext context;
    context.workspace = ws;
    context.webhook = webhook;
    context.device = choice.device;
    context.signal = choice.signal;
    context.messageId = choice.messageId(parser);
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

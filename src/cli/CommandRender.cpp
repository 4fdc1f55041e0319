#include "Cli.h"
#include "CliSecrets.h"
#include "Commands.h"
#include "EnvReferences.h"
#include "Renderer.h"
#include "SecretResolver.h"
#include "Template.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace hooksmith::cli {

namespace {

/// The environment as the masked request reads it. The masked request shows every environment value as
/// ****, so a variable that is not set can read as **** there and the request can still be shown. Not
/// the signing secret's variable: a stand-in secret would sign the request; without it the signatures
/// show as **** (`usedStandIn` says whether a stand-in was read, so that signatures can be masked).
EnvLookup previewEnvironment(const Workspace& ws, const Webhook& webhook, const EnvLookup& env, bool& usedStandIn)
{
    QSet<QString> standIns;
    QSet<QString> signing;
    for (const EnvReference& ref : EnvReferences::find(webhook))
        (ref.field == u"signing.secret"_s ? signing : standIns).insert(ref.name);
    // The environment variables that the used {{var:NAME}} read.
    if (const Environment* environment = ws.activeEnvironment()) {
        for (const EnvReference& ref : EnvReferences::findVariables(webhook)) {
            const EnvVariable* v = environment->variable(ref.name);
            const auto t = v && v->value ? Template::parse(*v->value) : Result<Template>(Template());
            for (const QString& name : t ? t->envNames() : QStringList())
                (ref.field == u"signing.secret"_s ? signing : standIns).insert(name);
        }
    }
    standIns.subtract(signing);
    return [env, standIns, &usedStandIn](const QString& name) -> std::optional<QString> {
        if (auto value = env(name))
            return value;
        if (!standIns.contains(name))
            return std::nullopt;
        usedStandIn = true;
        return u"****"_s;
    };
}

} // namespace

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
                       choice.messageIdOpt, choice.environmentOpt});
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

    // An unset variable makes send and relay fail: say so now. The request as sent cannot be shown
    // without it; the masked one can, since it shows every environment value as ****.
    const int webhookIndex = int(webhook - ws->webhooks.constData());
    const QList<Problem> unset = EnvReferences::unset(*webhook, context.env, webhookIndex) +
                                 EnvReferences::variableProblems(*ws, *webhook, context.env, webhookIndex);
    for (const Problem& problem : unset)
        io.err << problem.format(path) << (showSecrets ? QString() : tr("; send and relay will fail")) << '\n';
    if (showSecrets && !unset.isEmpty())
        return ExitBadInput;
    bool usedStandIn = false;
    if (!showSecrets && !unset.isEmpty())
        context.env = previewEnvironment(*ws, *webhook, context.env, usedStandIn);
    // Only --show-secrets asks the keychain: the masked render works without D-Bus and stays fast.
    if (showSecrets && !SecretResolver::neededKeys(*ws, *webhook).isEmpty()) {
        const std::unique_ptr<SecretStore> store = CliSecrets::openStore();
        // Showing the secrets is a use: one saved before origins were recorded is bound to this origin.
        const Result<Origin> origin = Renderer::origin(context);
        auto secrets =
            CliSecrets::resolve(*store, *ws, *webhook, origin ? std::optional<Origin>(*origin) : std::nullopt);
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
    auto rendered = showSecrets ? Renderer::render(context) : Renderer::renderMasked(context);
    if (!rendered && usedStandIn) {
        // The variable gives the URL's scheme or host: this request cannot be shown. Say why in the
        // Renderer's words, from the real environment.
        context.env = systemEnvironment();
        rendered = Renderer::renderMasked(context);
    }
    if (rendered && usedStandIn && webhook->signing.scheme != SigningScheme::None) {
        // Signatures over a stand-in value would be false: show them as **** too.
        QList<RenderedHeader>& headers = rendered->headers;
        const auto placeholders = Signer::placeholderHeaders(webhook->signing.scheme, context.messageId,
                                                             context.attemptTime.toSecsSinceEpoch());
        for (RenderedHeader& h : headers) {
            if (h.source != HeaderSource::Signing)
                continue;
            for (const auto& [name, value] : placeholders) {
                if (name == h.name)
                    h.value = value;
            }
        }
    }
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

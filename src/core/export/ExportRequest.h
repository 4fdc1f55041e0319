#pragma once

#include "Model.h"
#include "Result.h"
#include "Signal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hooksmith {

/// A value that the exported file leaves to the tool running it: a preset not filled at export time,
/// or an environment variable (every secret, and every {{env:NAME}} of the webhook).
struct ExportVariable
{
    enum class Kind : quint8
    {
        Preset,   ///< SIGNAL_NUMBER, ...: a collection variable or shell variable named after the preset
        Env,      ///< read from the environment where the export runs; never given a value
        Variable, ///< a variable of the workspace's environment ({{var:NAME}}), kept: `value` is its default
    };
    Kind kind = Kind::Preset;
    QString name;
    /// A kept variable's value in the chosen environment (never a secret's).
    QString value;
    /// Presets whose value is JSON (SIGNAL_NUMBER, MESSAGE_PAYLOAD, UNIX_TIME): the variable holds
    /// JSON text, written as it is.
    bool json = false;
    QString description; ///< for comments: what to set it to
};

/// Text with variables in it, as the Renderer wrote it: literal pieces and references.
struct ExportText
{
    struct Piece
    {
        QString text;      ///< literal text, when variable < 0
        int variable = -1; ///< index into ExportRequest::variables
    };
    QList<Piece> pieces;

    bool hasVariables() const;
    /// The text with each variable written by `reference`.
    template <typename F>
    QString join(F reference) const
    {
        QString out;
        for (const Piece& p : pieces)
            out += p.variable < 0 ? p.text : reference(p.variable);
        return out;
    }
    /// The literal text (no variables), or the text with `{{NAME}}` for each variable.
    QString withBraces(const QList<ExportVariable>& variables) const;
};

struct ExportHeader
{
    QString name;
    ExportText value;
};

/// What becomes of the environment's variables ({{var:NAME}}) in an export. Secret variables are always
/// read from the environment where the export runs (an ExportVariable::Kind::Env), never written.
enum class ExportVariables : quint8
{
    Resolve, ///< their values in the chosen environment are written in, as `render` writes them
    Keep,    ///< they stay variables of the tool, with the environment's values as defaults
};

/// What an export fills in instead of leaving presets as variables (the CLI's -d, -s and -v).
struct ExportFill
{
    const Device* device = nullptr;
    std::optional<Signal> signal; ///< with its time of receipt
    QString messageId;
};

/// One webhook's request as the Renderer produced it, ready for another tool to send: every header
/// the tool must send (not those it sets itself: Host, User-Agent, Content-Length, Connection), basic
/// auth apart (tools have their own helper for it), secrets and unfilled presets as variables.
struct ExportRequest
{
    QString webhookName;
    Method method = Method::Post;
    bool followRedirects = false;
    int timeoutMs = Delivery::kDefaultTimeoutMs;     ///< the webhook's time limit per attempt
    int maxAttempts = Delivery::kDefaultMaxAttempts; ///< the webhook's attempts, the first included
    ExportText url;
    QList<ExportHeader> headers;
    bool hasBody = false;
    ExportText body;
    /// Basic auth: the user name, and the variable holding the password.
    struct BasicAuth
    {
        ExportText username;
        int passwordVariable = -1;
    };
    std::optional<BasicAuth> basicAuth;
    /// The variables this request uses, in order of first use.
    QList<ExportVariable> variables;
    /// What the export cannot carry (a signature it cannot compute, ...), for the user.
    QStringList warnings;

    /// The index of the variable named `name`, or -1.
    int variableIndex(const QString& name) const;
};

/// Builds exports from the one Renderer: renders the webhook once with stand-ins for the variables and
/// finds them again in what it wrote, so that no exporter assembles a header or a body itself.
class ExportRequests
{
    Q_DECLARE_TR_FUNCTIONS(ExportRequests)
public:
    /// The environment variable a secret of `webhook` is read from once exported: the name its
    /// {{env:NAME}} reference gives, else one derived from the webhook's name, e.g.
    /// DOOR_ALERT_PASSWORD or DOOR_ALERT_SIGNING_SECRET.
    static QString passwordVariable(const Webhook& webhook);
    static QString signingSecretVariable(const Webhook& webhook);

    /// `webhook` with every secret read from the environment: a password or signing secret kept in the
    /// keychain or written in the file becomes an {{env:NAME}} reference named as above.
    static Webhook withSecretsFromEnvironment(const Webhook& webhook);

    /// The request for `webhook`. `fill` fills presets; without it, the presets that depend on the
    /// device, the signal or the delivery become variables. A signing scheme is not carried (the
    /// request goes without its signature headers, and a warning says so).
    /// The environment's variables come from `workspace.activeEnvironment()`; `variables` says whether
    /// their values are written in or kept as variables (a secret one is always an environment variable,
    /// named by its {{env:NAME}} value or else after the variable).
    static Result<ExportRequest> build(const Workspace& workspace, const Webhook& webhook, const ExportFill* fill,
                                       ExportVariables variables = ExportVariables::Resolve);

    /// The environment variable a secret variable of `environment` is read from on a server: the name its
    /// {{env:NAME}} value gives, else the environment's and the variable's names, e.g. PRODUCTION_API_KEY.
    static QString secretVariableEnvName(const Environment& environment, const EnvVariable& variable);

    /// The webhook-name part of derived variable names: upper-case letters, digits and underscores.
    static QString variableStem(const QString& webhookName);
};

} // namespace hooksmith

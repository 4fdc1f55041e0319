#pragma once

#include "Model.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace hooksmith {

/// One webhook brought in from another tool.
struct ImportedWebhook
{
    Webhook webhook;
    /// A basic authentication password given as a value: it belongs in the keychain, never in the file,
    /// so it is kept apart from the webhook (whose auth.password is then absent).
    std::optional<QString> password;
};

/// Variables the imported webhooks read as {{var:NAME}}, with the values the source gave them (Postman
/// collection variables, shell variables a curl script sets).
struct ImportedEnvironment
{
    QString name; ///< for a new environment: the collection's name, or "Imported"
    QList<EnvVariable> variables;
};

/// What an import gave: the webhooks, the variables they read, and what did not come across exactly
/// (each "where: what").
struct ImportResult
{
    QList<ImportedWebhook> webhooks;
    ImportedEnvironment environment;
    QStringList warnings;
};

/// A request as another tool describes it, with every value already a Hooksmith template (presets kept,
/// other text escaped). The common ground of the curl and Postman importers.
struct ImportedRequest
{
    QString name;
    QString method;                             ///< as given; case does not matter
    QString url;                                ///< a template
    QList<std::pair<QString, QString>> headers; ///< name, value template
    std::optional<QString> body;                ///< a template
    bool basicAuth = false;
    QString username;                ///< a template
    std::optional<QString> password; ///< a template
    bool followRedirects = false;
    std::optional<int> timeoutMs;
    std::optional<int> maxAttempts; ///< curl's --retry N: N + 1
};

/// Turns an ImportedRequest into a webhook: the format from the content type, JSON and form bodies into
/// body rows where they fit, query parameters into rows, locked headers not repeated.
class RequestImport
{
    Q_DECLARE_TR_FUNCTIONS(RequestImport)
public:
    /// `where` starts warnings and errors, e.g. `item "Folder / Ping"`.
    static Result<ImportedWebhook> build(const ImportedRequest& request, const QString& where, QStringList& warnings);

    /// Literal text as a template: every `{{` escaped.
    static QString escapeLiteral(QStringView text);
    /// Text that may hold presets as a template: `{{NAME}}` with a preset's name and `{{env:NAME}}` stay
    /// placeholders; anything else is literal (an unknown `{{...}}` with a warning).
    static QString templateFromText(QStringView text, const QString& where, QStringList& warnings);
    /// A template written for a variable `name`: `{{NAME}}` when it names a preset, else `{{env:NAME}}`.
    static QString variableTemplate(const QString& name);
    /// `f` applied to each literal run of a template (unescaped text in, literal text out), placeholders
    /// kept; std::nullopt when `f` fails for a run or the template does not parse.
    static std::optional<QString> mapLiterals(QStringView templateText,
                                              const std::function<std::optional<QString>(const QString&)>& f);
    /// The first `ch` outside placeholders (and escapes) of a template, or -1.
    static qsizetype indexOutside(QStringView templateText, QChar ch);
    /// The literal text of a template without placeholders; std::nullopt when it has any.
    static std::optional<QString> literalText(QStringView templateText);
};

/// Adds imported webhooks to a workspace: names made unique (" 2", " 3", ...), fresh ids.
/// Returns the names given, in order.
QStringList addImportedWebhooks(Workspace& workspace, QList<ImportedWebhook>& webhooks);

/// Gives the workspace the variables an import's webhooks read: a workspace without environments gets
/// one named after the source; otherwise each variable is added to every environment that does not
/// define it yet (one that does keeps its own value). Returns what was done, for the user.
QStringList addImportedEnvironment(Workspace& workspace, const ImportedEnvironment& environment);

} // namespace hooksmith

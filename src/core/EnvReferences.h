#pragma once

#include "Model.h"
#include "Problem.h"
#include "Renderer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hooksmith {

/// One `{{env:NAME}}` in a webhook: the field whose template reads the environment variable.
struct EnvReference
{
    QString field;        ///< a field path as in `Problem::field`: `url`, `headers[1].value`, `auth.password`
    QString name;         ///< the variable, e.g. `HOOK_PASSWORD`
    qsizetype offset = 0; ///< where the reference starts in the field's template (UTF-16 units)

    bool operator==(const EnvReference&) const = default;
};

/// Finds the environment variables a webhook's requests read, so that an unset one can be named before
/// anything is sent (by `render`, `send` and `relay`) instead of by a failed attempt.
class EnvReferences
{
    Q_DECLARE_TR_FUNCTIONS(EnvReferences)
public:
    /// Every `{{env:NAME}}` that a request of `webhook` reads, in the order of the workspace format:
    /// `url`, `body[i].value`, `custom_body`, `headers[i].value`, `query[i].value`, `auth.username`,
    /// `auth.password`, `signing.secret`. Only what a request reads counts, as in the Renderer:
    /// not disabled rows, not the value of a "use preset" body row, not body rows of a format or
    /// method that sends none, not auth or signing fields while they are off, not the URL's fragment.
    /// `\{{` is text. A template with a syntax error gives the references before the error (the
    /// Validator reports the error itself).
    static QList<EnvReference> find(const Webhook& webhook);

    /// The references whose variable `env` does not know, one error per field and variable, e.g.
    /// subject `webhook "Door"`, field `auth.password`, message "the environment variable
    /// HOOK_PASSWORD is not set". `webhookIndex` goes into each problem (and names a webhook without
    /// a name, `webhooks[2]`).
    static QList<Problem> unset(const Webhook& webhook, const EnvLookup& env, int webhookIndex = -1);

    /// Every `{{var:NAME}}` that a request of `webhook` reads, in the same fields and order as find().
    static QList<EnvReference> findVariables(const Webhook& webhook);

    /// The `{{env:NAME}}` in the values of the variables the webhook uses (in the workspace's active
    /// environment) that `env` does not know: one error per field and variable. A variable that the
    /// environment does not define is the Validator's to report.
    static QList<Problem> variableProblems(const Workspace& workspace, const Webhook& webhook, const EnvLookup& env,
                                           int webhookIndex = -1);

    /// "the variable X is not defined in the environment "Local"", or why there is no environment.
    static QString undefinedMessage(const Workspace& workspace, const QString& name);
};

} // namespace hooksmith

#include "EnvReferences.h"

#include "Template.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

enum class Stop : quint8
{
    AtEnd,
    AtFragment ///< a URL: what follows `#` is never sent, and the Renderer does not read it
};

void collect(QList<EnvReference>& out, Preset kind, const QString& field, QStringView source, Stop stop = Stop::AtEnd)
{
    TemplateScanner scanner(source);
    for (TemplatePiece piece; scanner.next(piece);) {
        if (piece.placeholder) {
            if (piece.preset == kind)
                out.append({field, piece.text.toString(), piece.offset});
        } else if (stop == Stop::AtFragment && piece.text.contains(u'#')) {
            return;
        }
    }
}

void collectRows(QList<EnvReference>& out, Preset kind, const QString& name, const QList<NameValueRow>& rows)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i].enabled)
            collect(out, kind, u"%1[%2].value"_s.arg(name).arg(i), rows[i].value);
    }
}

QList<EnvReference> findAll(const Webhook& w, Preset kind)
{
    QList<EnvReference> out;
    auto collect = [&out, kind](const QString& field, QStringView source, Stop stop = Stop::AtEnd) {
        ::hooksmith::collect(out, kind, field, source, stop);
    };
    collect(u"url"_s, w.url, Stop::AtFragment);
    if (methodAllowsBody(w.method)) {
        if (w.format == BodyFormat::Json || w.format == BodyFormat::Form) {
            for (qsizetype i = 0; i < w.body.size(); ++i) {
                const BodyRow& row = w.body[i];
                // A "use preset" row sends its preset, which is never an environment variable.
                if (row.enabled && !row.usePreset)
                    collect(u"body[%1].value"_s.arg(i), row.value);
            }
        } else if (w.format == BodyFormat::Custom) {
            collect(u"custom_body"_s, w.customBody);
        }
    }
    collectRows(out, kind, u"headers"_s, w.headers);
    collectRows(out, kind, u"query"_s, w.query);
    if (w.auth.type == AuthType::Basic) {
        collect(u"auth.username"_s, w.auth.username);
        if (w.auth.password)
            collect(u"auth.password"_s, *w.auth.password);
    }
    if (w.signing.scheme != SigningScheme::None && w.signing.secret)
        collect(u"signing.secret"_s, *w.signing.secret);
    return out;
}

QString subjectOf(const Webhook& webhook, int webhookIndex)
{
    return webhook.name.isEmpty() && webhookIndex >= 0 ? u"webhooks[%1]"_s.arg(webhookIndex)
                                                       : u"webhook \""_s + webhook.name + u'"';
}

} // namespace

QList<EnvReference> EnvReferences::find(const Webhook& w)
{
    return findAll(w, Preset::Env);
}

QList<EnvReference> EnvReferences::findVariables(const Webhook& w)
{
    return findAll(w, Preset::Var);
}

QList<Problem> EnvReferences::variableProblems(const Workspace& workspace, const Webhook& webhook, const EnvLookup& env,
                                               int webhookIndex)
{
    QList<Problem> problems;
    QSet<QString> reported;
    const Environment* environment = workspace.activeEnvironment();
    for (const EnvReference& ref : findVariables(webhook)) {
        const QString id = ref.field + u' ' + ref.name;
        if (reported.contains(id))
            continue;
        reported.insert(id);
        Problem p;
        p.subject = subjectOf(webhook, webhookIndex);
        p.field = ref.field;
        p.webhookIndex = webhookIndex;
        const EnvVariable* variable = environment ? environment->variable(ref.name) : nullptr;
        if (!variable || !variable->value)
            continue; // the Validator names an undefined one; the SecretResolver reads a keychain secret
        QSet<QString> names;
        TemplateScanner scanner(*variable->value);
        for (TemplatePiece piece; scanner.next(piece);) {
            if (!piece.placeholder || piece.preset != Preset::Env || names.contains(piece.text.toString()))
                continue;
            names.insert(piece.text.toString());
            if (env && env(piece.text.toString()))
                continue;
            p.message = tr("the variable %1 of environment \"%2\" reads the environment variable %3, which is not set")
                            .arg(ref.name, environment->name, piece.text.toString());
            problems.append(p);
        }
    }
    return problems;
}

QString EnvReferences::undefinedMessage(const Workspace& workspace, const QString& name)
{
    if (workspace.environments.isEmpty())
        return tr("{{var:%1}} needs an environment, and the workspace has none: add one with the variable %1")
            .arg(name);
    const Environment* environment = workspace.activeEnvironment();
    if (!environment) {
        return tr("the environment \"%1\" does not exist (the workspace has %2)")
            .arg(workspace.activeEnvironmentName, workspace.environmentNames().join(u", "_s));
    }
    return tr("the variable %1 is not defined in the environment \"%2\"").arg(name, environment->name);
}

QList<Problem> EnvReferences::unset(const Webhook& webhook, const EnvLookup& env, int webhookIndex)
{
    QList<Problem> problems;
    QSet<QString> reported; // field and name: a variable used twice in one field is named once
    const QString subject = subjectOf(webhook, webhookIndex);
    for (const EnvReference& ref : find(webhook)) {
        if (env && env(ref.name))
            continue;
        const QString id = ref.field + u' ' + ref.name;
        if (reported.contains(id))
            continue;
        reported.insert(id);
        Problem p;
        p.severity = Problem::Severity::Error;
        p.subject = subject;
        p.field = ref.field;
        p.message = tr("the environment variable %1 is not set").arg(ref.name);
        p.webhookIndex = webhookIndex;
        problems.append(p);
    }
    return problems;
}

} // namespace hooksmith

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

void collect(QList<EnvReference>& out, const QString& field, QStringView source, Stop stop = Stop::AtEnd)
{
    TemplateScanner scanner(source);
    for (TemplatePiece piece; scanner.next(piece);) {
        if (piece.placeholder) {
            if (piece.preset == Preset::Env)
                out.append({field, piece.text.toString(), piece.offset});
        } else if (stop == Stop::AtFragment && piece.text.contains(u'#')) {
            return;
        }
    }
}

void collectRows(QList<EnvReference>& out, const QString& name, const QList<NameValueRow>& rows)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i].enabled)
            collect(out, u"%1[%2].value"_s.arg(name).arg(i), rows[i].value);
    }
}

} // namespace

QList<EnvReference> EnvReferences::find(const Webhook& w)
{
    QList<EnvReference> out;
    collect(out, u"url"_s, w.url, Stop::AtFragment);
    if (methodAllowsBody(w.method)) {
        if (w.format == BodyFormat::Json || w.format == BodyFormat::Form) {
            for (qsizetype i = 0; i < w.body.size(); ++i) {
                const BodyRow& row = w.body[i];
                // A "use preset" row sends its preset, which is never an environment variable.
                if (row.enabled && !row.usePreset)
                    collect(out, u"body[%1].value"_s.arg(i), row.value);
            }
        } else if (w.format == BodyFormat::Custom) {
            collect(out, u"custom_body"_s, w.customBody);
        }
    }
    collectRows(out, u"headers"_s, w.headers);
    collectRows(out, u"query"_s, w.query);
    if (w.auth.type == AuthType::Basic) {
        collect(out, u"auth.username"_s, w.auth.username);
        if (w.auth.password)
            collect(out, u"auth.password"_s, *w.auth.password);
    }
    if (w.signing.scheme != SigningScheme::None && w.signing.secret)
        collect(out, u"signing.secret"_s, *w.signing.secret);
    return out;
}

QList<Problem> EnvReferences::unset(const Webhook& webhook, const EnvLookup& env, int webhookIndex)
{
    QList<Problem> problems;
    QSet<QString> reported; // field and name: a variable used twice in one field is named once
    const QString subject = webhook.name.isEmpty() && webhookIndex >= 0 ? u"webhooks[%1]"_s.arg(webhookIndex)
                                                                        : u"webhook \""_s + webhook.name + u'"';
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

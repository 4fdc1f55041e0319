#include "Validator.h"

#include "Encoding.h"
#include "EnvReferences.h"
#include "Renderer.h"
#include "Signal.h"
#include "Signing.h"
#include "Template.h"
#include "WorkspaceFile.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

QString quoted(const QString& s)
{
    return u"\""_s + s + u"\""_s;
}

class Checker
{
public:
    Checker(const Workspace& ws, QList<Problem>& out)
        : m_ws(ws)
        , m_out(out)
    {}

    void add(Problem::Severity severity, const QString& subject, const QString& field, const QString& message,
             int webhookIndex = -1)
    {
        Problem p;
        p.severity = severity;
        p.subject = subject;
        p.field = field;
        p.message = message;
        p.webhookIndex = webhookIndex;
        m_out.append(p);
    }

    void checkDevices()
    {
        QSet<QString> tokens;
        QSet<QString> names;
        for (qsizetype i = 0; i < m_ws.devices.size(); ++i) {
            const Device& d = m_ws.devices[i];
            const QString subject = d.name.isEmpty() ? u"devices[%1]"_s.arg(i) : u"device "_s + quoted(d.name);
            if (d.token.trimmed().isEmpty())
                add(Problem::Severity::Error, subject, u"token"_s, Validator::tr("the device token is required"));
            else if (tokens.contains(d.token))
                add(Problem::Severity::Error, subject, u"token"_s,
                    Validator::tr("the token %1 is used by another device; tokens must be unique")
                        .arg(quoted(d.token)));
            tokens.insert(d.token);
            if (!d.name.isEmpty() && names.contains(d.name))
                add(Problem::Severity::Error, subject, u"name"_s,
                    Validator::tr("another device has the same name; names must be unique"));
            names.insert(d.name);
        }
    }

    void checkSignals()
    {
        QSet<int> numbers;
        for (qsizetype i = 0; i < m_ws.signalDefs.size(); ++i) {
            const SignalDef& s = m_ws.signalDefs[i];
            const QString subject = s.number < 0 ? u"signals[%1]"_s.arg(i) : u"signal %1"_s.arg(s.number);
            if (s.number < 0) {
                add(Problem::Severity::Error, subject, u"number"_s, Validator::tr("the signal number is required"));
                continue;
            }
            if (Status st = SignalValues::checkNumber(s.number); !st)
                add(Problem::Severity::Error, subject, u"number"_s, st.errorMessage());
            if (numbers.contains(s.number))
                add(Problem::Severity::Error, subject, u"number"_s,
                    Validator::tr("signal %1 is defined twice").arg(s.number));
            numbers.insert(s.number);
        }
    }

    /// Returns false when the template has an error (then reported).
    bool checkTemplate(const QString& subject, int index, const QString& field, const QString& source)
    {
        auto t = Template::parse(source);
        if (!t) {
            add(Problem::Severity::Error, subject, field, t.errorMessage(), index);
            return false;
        }
        return checkVariables(subject, index, field, *t);
    }

    /// Every {{var:NAME}} must be a variable of the active environment.
    bool checkVariables(const QString& subject, int index, const QString& field, const Template& t)
    {
        bool ok = true;
        QSet<QString> reported;
        for (const Template::Part& part : t.parts()) {
            if (part.kind != Template::Part::Kind::Placeholder || part.preset != Preset::Var)
                continue;
            const Environment* environment = m_ws.activeEnvironment();
            if (environment && environment->variable(part.text))
                continue;
            ok = false;
            if (reported.contains(part.text))
                continue;
            reported.insert(part.text);
            add(Problem::Severity::Error, subject, field,
                Validator::tr("{{var:%1}} at character %2: %3")
                    .arg(part.text)
                    .arg(part.offset + 1)
                    .arg(EnvReferences::undefinedMessage(m_ws, part.text)),
                index);
        }
        return ok;
    }

    void checkEnvironments()
    {
        QSet<QString> names;
        for (qsizetype i = 0; i < m_ws.environments.size(); ++i) {
            const Environment& e = m_ws.environments[i];
            const QString subject =
                e.name.isEmpty() ? u"environments[%1]"_s.arg(i) : u"environment "_s + quoted(e.name);
            if (e.name.trimmed().isEmpty())
                add(Problem::Severity::Error, subject, u"name"_s, Validator::tr("an environment needs a name"));
            else if (names.contains(e.name))
                add(Problem::Severity::Error, subject, u"name"_s,
                    Validator::tr("another environment has the same name; names must be unique"));
            names.insert(e.name);
            QSet<QString> variables;
            for (qsizetype k = 0; k < e.variables.size(); ++k) {
                const EnvVariable& v = e.variables[k];
                const QString field = u"variables[%1]"_s.arg(k);
                if (!isVariableName(v.name)) {
                    add(Problem::Severity::Error, subject, field + u".name"_s,
                        v.name.isEmpty() ? Validator::tr("a variable needs a name")
                                         : Validator::tr("%1 is not a valid variable name (letters, digits and _, not "
                                                         "starting with a digit)")
                                               .arg(quoted(v.name)));
                } else if (variables.contains(v.name)) {
                    add(Problem::Severity::Error, subject, field + u".name"_s,
                        Validator::tr("the variable %1 is defined twice; names must be unique").arg(quoted(v.name)));
                }
                variables.insert(v.name);
                if (!v.value)
                    continue;
                auto t = Template::parse(*v.value);
                if (!t) {
                    add(Problem::Severity::Error, subject, field + u".value"_s, t.errorMessage());
                    continue;
                }
                for (const Template::Part& part : t->parts()) {
                    if (part.kind == Template::Part::Kind::Placeholder && part.preset != Preset::Env) {
                        add(Problem::Severity::Error, subject, field + u".value"_s,
                            Validator::tr("a variable's value may only use {{env:NAME}}, not %1 (at character %2)")
                                .arg(part.preset == Preset::Var ? u"{{var:"_s + part.text + u"}}"_s
                                                                : u"{{"_s + Presets::name(part.preset) + u"}}"_s)
                                .arg(part.offset + 1));
                        break;
                    }
                }
                if (v.secret && !WorkspaceFile::isEnvReference(*v.value)) {
                    add(Problem::Severity::Warning, subject, field + u".value"_s,
                        Validator::tr("the secret variable %1 is written in the file in plain text: keep it in the "
                                      "OS keychain (Hooksmith moves it there when it saves) or use {{env:NAME}}")
                            .arg(v.name));
                }
            }
        }
        if (!m_ws.activeEnvironmentName.isEmpty() && !m_ws.findEnvironment(m_ws.activeEnvironmentName)) {
            add(Problem::Severity::Error, QString(), QString(),
                Validator::tr("the environment \"%1\" does not exist; the workspace has %2")
                    .arg(m_ws.activeEnvironmentName,
                         m_ws.environments.isEmpty() ? Validator::tr("none") : m_ws.environmentNames().join(u", "_s)));
        }
    }

    void checkSecret(const QString& subject, int index, const QString& field, const std::optional<QString>& value,
                     const QString& what)
    {
        if (!value)
            return;
        if (WorkspaceFile::isEnvReference(*value)) {
            checkTemplate(subject, index, field, *value);
            return;
        }
        add(Problem::Severity::Warning, subject, field,
            Validator::tr("the %1 is written in the file in plain text: keep it in the OS keychain (Hooksmith moves "
                          "it there when it saves) or use {{env:NAME}}")
                .arg(what),
            index);
    }

    void checkWebhook(int index, const QSet<QString>& duplicateNames, const QSet<QString>& duplicateIds)
    {
        const Webhook& w = m_ws.webhooks[index];
        const QString subject = w.name.isEmpty() ? u"webhooks[%1]"_s.arg(index) : u"webhook "_s + quoted(w.name);
        auto error = [&](const QString& field, const QString& message) {
            add(Problem::Severity::Error, subject, field, message, index);
        };
        auto warning = [&](const QString& field, const QString& message) {
            add(Problem::Severity::Warning, subject, field, message, index);
        };

        if (w.name.trimmed().isEmpty())
            error(u"name"_s, Validator::tr("a name is required"));
        else if (duplicateNames.contains(w.name))
            error(u"name"_s, Validator::tr("another webhook has the same name; names must be unique"));
        // A derived id repeats exactly when the name does: the name's problem says it.
        if (duplicateIds.contains(w.id) && !(w.idDerived && duplicateNames.contains(w.name)))
            error(u"id"_s, Validator::tr("another webhook has the id %1; ids must be unique").arg(quoted(w.id)));

        // URL: template syntax, then the shape of the URL rendered with sample values.
        if (w.url.trimmed().isEmpty()) {
            error(u"url"_s, Validator::tr("a URL is required"));
        } else if (auto t = Template::parse(w.url); !t) {
            error(u"url"_s, t.errorMessage());
        } else if (checkVariables(subject, index, u"url"_s, *t)) {
            checkUrlShape(w, error);
        }

        if (!methodAllowsBody(w.method) && w.format != BodyFormat::None) {
            error(u"format"_s, Validator::tr("%1 requests carry no body: set the format to none, or use POST, PUT or "
                                             "PATCH")
                                   .arg(methodName(w.method)));
        }

        if (w.format == BodyFormat::Json || w.format == BodyFormat::Form) {
            QSet<QString> keys;
            for (qsizetype i = 0; i < w.body.size(); ++i) {
                const BodyRow& row = w.body[i];
                const QString field = u"body[%1]"_s.arg(i);
                if (row.key.isEmpty())
                    error(field + u".key"_s, Validator::tr("the parameter name is empty"));
                else if (row.enabled && keys.contains(row.key))
                    warning(field + u".key"_s, Validator::tr("the parameter %1 appears twice").arg(quoted(row.key)));
                if (row.enabled)
                    keys.insert(row.key);
                if (row.usePreset) {
                    if (!Presets::fromName(row.preset))
                        error(field + u".preset"_s, Validator::tr("unknown preset %1").arg(quoted(row.preset)));
                } else {
                    checkTemplate(subject, index, field + u".value"_s, row.value);
                }
            }
        }
        if (w.format == BodyFormat::Custom) {
            if (w.contentType.trimmed().isEmpty())
                error(u"content_type"_s, Validator::tr("the custom format needs a content type"));
            else if (forbiddenHeaderCharacter(w.contentType) >= 0)
                error(u"content_type"_s, Validator::tr("the content type contains a line break"));
            if (checkTemplate(subject, index, u"custom_body"_s, w.customBody)) {
                if (isJsonMediaType(w.contentType))
                    checkCustomJson(w, warning);
                else
                    checkJsonLookingText(w, warning);
            }
        }

        const QList<LockedHeader> locked = Renderer::lockedHeaders(w);
        QSet<QString> seenHeaders;
        for (qsizetype i = 0; i < w.headers.size(); ++i) {
            const NameValueRow& row = w.headers[i];
            const QString field = u"headers[%1]"_s.arg(i);
            if (row.name.isEmpty()) {
                error(field + u".name"_s, Validator::tr("the header name is empty"));
            } else if (!isValidHeaderName(row.name)) {
                error(field + u".name"_s,
                      Validator::tr("%1 is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only)")
                          .arg(quoted(row.name)));
            } else if (row.enabled) {
                for (const LockedHeader& l : locked) {
                    if (QString::fromLatin1(l.name).compare(row.name, Qt::CaseInsensitive) != 0)
                        continue;
                    if (!l.overridable) {
                        error(field + u".name"_s, Validator::tr("%1 is set by %2 and cannot be set here")
                                                      .arg(quoted(QString::fromLatin1(l.name)), l.owner));
                    } else if (row.value.isEmpty()) {
                        error(field + u".value"_s,
                              Validator::tr("an empty %1 would be replaced by the HTTP stack's own value; leave the "
                                            "header out to send Hooksmith's automatic one")
                                  .arg(quoted(row.name)));
                    }
                }
                if (row.name.compare(u"Transfer-Encoding"_s, Qt::CaseInsensitive) == 0)
                    error(field + u".name"_s, Validator::tr("Transfer-Encoding is managed by the HTTP stack"));
                const QString lower = row.name.toLower();
                if (seenHeaders.contains(lower))
                    warning(field + u".name"_s, Validator::tr("the header %1 is set twice; it is sent once with "
                                                              "the values separated by commas")
                                                    .arg(quoted(row.name)));
                seenHeaders.insert(lower);
            }
            checkTemplate(subject, index, field + u".value"_s, row.value);
        }
        for (qsizetype i = 0; i < w.query.size(); ++i) {
            const NameValueRow& row = w.query[i];
            const QString field = u"query[%1]"_s.arg(i);
            if (row.name.isEmpty())
                error(field + u".name"_s, Validator::tr("the parameter name is empty"));
            checkTemplate(subject, index, field + u".value"_s, row.value);
        }

        if (w.auth.type == AuthType::Basic) {
            if (w.auth.username.isEmpty())
                error(u"auth.username"_s, Validator::tr("basic authentication needs a username"));
            else if (w.auth.username.contains(u':'))
                error(u"auth.username"_s, Validator::tr("a basic authentication username cannot contain \":\""));
            else
                checkTemplate(subject, index, u"auth.username"_s, w.auth.username);
            checkSecret(subject, index, u"auth.password"_s, w.auth.password, Validator::tr("password"));
        }
        if (w.signing.scheme != SigningScheme::None) {
            checkSecret(subject, index, u"signing.secret"_s, w.signing.secret, Validator::tr("signing secret"));
            if (w.signing.secret && !WorkspaceFile::isEnvReference(*w.signing.secret)) {
                if (Status st = Signer::checkSecret(w.signing.scheme, *w.signing.secret); !st)
                    error(u"signing.secret"_s, st.errorMessage());
            }
        }

        for (qsizetype i = 0; i < w.devices.size(); ++i) {
            if (!m_ws.deviceByToken(w.devices[i]))
                error(u"devices[%1]"_s.arg(i),
                      Validator::tr("no device in this workspace has the token %1").arg(quoted(w.devices[i])));
        }
        for (qsizetype i = 0; i < w.signalNumbers.size(); ++i) {
            if (Status st = SignalValues::checkNumber(w.signalNumbers[i]); !st)
                error(u"signals[%1]"_s.arg(i), st.errorMessage());
        }
        if (w.delivery.timeoutMs < 100 || w.delivery.timeoutMs > 600000)
            error(u"delivery.timeout_ms"_s, Validator::tr("the timeout must be 100 to 600000 ms"));
        if (w.delivery.maxAttempts < 1 || w.delivery.maxAttempts > 100)
            error(u"delivery.max_attempts"_s, Validator::tr("attempts must be 1 to 100"));
        if (!w.delivery.pinnedCertificate.isEmpty()) {
            QString hex = w.delivery.pinnedCertificate;
            hex.remove(u':');
            bool hexOk = hex.size() == 64;
            for (const QChar c : hex) {
                const char16_t u = c.toLower().unicode();
                hexOk = hexOk && ((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f'));
            }
            if (!hexOk)
                error(u"delivery.pinned_certificate_sha256"_s,
                      Validator::tr("expected a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed"));
        }
    }

    template <typename Report>
    void checkUrlShape(const Webhook& w, Report error)
    {
        // Render with sample values and a stand-in for every environment variable, so that only the
        // URL's own shape is judged here.
        RenderContext c;
        c.workspace = &m_ws;
        c.webhook = &w;
        c.device = &sampleDevice();
        c.signal.number = 1;
        c.signal.value = JsonValue::numberText(u"1"_s);
        c.signal.receivedAt = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        // A variable at the very start stands for a whole base URL (scheme and host); elsewhere for a word.
        QString leadingVariable;
        if (const auto t = Template::parse(w.url); t && !t->isEmpty()) {
            const Template::Part& first = t->parts().front();
            if (first.kind == Template::Part::Kind::Placeholder && first.preset == Preset::Env)
                leadingVariable = first.text;
        }
        c.env = [leadingVariable](const QString& name) -> std::optional<QString> {
            return name == leadingVariable ? u"https://env.invalid"_s : u"env"_s;
        };
        Webhook urlOnly;
        urlOnly.url = w.url;
        urlOnly.method = Method::Get;
        urlOnly.format = BodyFormat::None;
        c.webhook = &urlOnly;
        const auto r = Renderer::renderMasked(c);
        if (!r) {
            QString message = r.errorMessage();
            if (message.startsWith(u"url: "_s))
                message = message.sliced(5);
            error(u"url"_s, message);
        }
    }

    template <typename Report>
    void checkCustomJson(const Webhook& w, Report warning)
    {
        RenderContext c;
        c.workspace = &m_ws;
        c.webhook = &w;
        c.device = &sampleDevice();
        c.signal.number = 1;
        c.signal.value = JsonValue::numberText(u"1"_s);
        c.signal.receivedAt = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        c.env = [](const QString&) -> std::optional<QString> {
            return u"env"_s;
        };
        Webhook bodyOnly = w;
        bodyOnly.url = u"http://localhost/"_s;
        bodyOnly.headers.clear();
        bodyOnly.query.clear();
        bodyOnly.auth = {};
        bodyOnly.signing = {};
        c.webhook = &bodyOnly;
        const auto r = Renderer::renderMasked(c);
        if (!r)
            return;
        JsonValue parsed;
        JsonParseError e;
        const QString body = QString::fromUtf8(r->body);
        if (parseJson(body, parsed, &e, JsonDuplicateKeys::Refuse))
            return;
        const auto [line, column] = lineAndColumn(body, e.offset);
        if (e.firstOffset >= 0) {
            // Receivers disagree on which of the two values counts.
            QString key;
            appendJsonString(key, e.duplicateKey);
            warning(u"custom_body"_s, Validator::tr("the body gives the key %1 twice in the same object (line %2, "
                                                    "column %3 of the rendered body); receivers disagree on which "
                                                    "value counts, so give each key once")
                                          .arg(key)
                                          .arg(line)
                                          .arg(column));
            return;
        }
        warning(u"custom_body"_s, Validator::tr("the content type is JSON but the body is not valid JSON: %1 "
                                                "(line %2, column %3 of the rendered body)")
                                      .arg(e.message)
                                      .arg(line)
                                      .arg(column));
    }

    /// A custom body that reads as JSON, or as one JSON value per line (NDJSON, JSON Lines), sent with a
    /// content type that is not a JSON type: its values are inserted as plain text, so a device value
    /// such as `x", "admin": true, "z": "` adds keys. Judged on the template with every placeholder
    /// standing for a value that is valid JSON inside a string and outside one alike.
    template <typename Report>
    void checkJsonLookingText(const Webhook& w, Report warning)
    {
        QString text;
        bool placeholders = false;
        TemplateScanner scanner(w.customBody);
        for (TemplatePiece piece; scanner.next(piece);) {
            placeholders = placeholders || piece.placeholder;
            text.append(piece.placeholder ? QStringView(u"0") : piece.text);
        }
        // Without a placeholder nothing is substituted, and the body is sent as written.
        if (scanner.failed() || !placeholders)
            return;
        auto structured = [](QStringView part) {
            JsonValue v;
            return parseJson(part, v) && (v.isObject() || v.isArray());
        };
        bool asJson = structured(text);
        bool asLines = false;
        if (!asJson) {
            qsizetype lines = 0;
            asLines = true;
            for (QStringView line : QStringView(text).split(u'\n')) {
                if (line.trimmed().isEmpty())
                    continue;
                ++lines;
                asLines = asLines && structured(line);
            }
            asLines = asLines && lines > 1;
        }
        if (!asJson && !asLines)
            return;
        const QString shape = asJson ? Validator::tr("the body looks like JSON")
                                     : Validator::tr("the body looks like JSON, one value per line");
        warning(
            u"content_type"_s,
            Validator::tr("%1, but the content type %2 is not a JSON type, so values are inserted as plain text "
                          "and a device value such as x\", \"admin\": true, \"z\": \" can add keys; use the content "
                          "type application/json, or one ending in +json, to have every value written as JSON")
                .arg(shape, quoted(w.contentType.trimmed())));
    }

private:
    const Workspace& m_ws;
    QList<Problem>& m_out;
};

QSet<QString> duplicates(const QStringList& values)
{
    QSet<QString> seen;
    QSet<QString> dup;
    for (const QString& v : values) {
        if (v.isEmpty())
            continue;
        if (seen.contains(v))
            dup.insert(v);
        seen.insert(v);
    }
    return dup;
}

QStringList webhookNames(const Workspace& ws)
{
    QStringList out;
    for (const Webhook& w : ws.webhooks)
        out.append(w.name);
    return out;
}

QStringList webhookIds(const Workspace& ws)
{
    QStringList out;
    for (const Webhook& w : ws.webhooks)
        out.append(w.id);
    return out;
}

} // namespace

QList<Problem> Validator::validate(const Workspace& workspace)
{
    QList<Problem> out;
    Checker checker(workspace, out);
    checker.checkDevices();
    checker.checkSignals();
    checker.checkEnvironments();
    const QSet<QString> names = duplicates(webhookNames(workspace));
    const QSet<QString> ids = duplicates(webhookIds(workspace));
    for (int i = 0; i < workspace.webhooks.size(); ++i)
        checker.checkWebhook(i, names, ids);
    return out;
}

QList<Problem> Validator::validateWebhook(const Workspace& workspace, int index)
{
    QList<Problem> out;
    if (index < 0 || index >= workspace.webhooks.size())
        return out;
    Checker checker(workspace, out);
    checker.checkWebhook(index, duplicates(webhookNames(workspace)), duplicates(webhookIds(workspace)));
    return out;
}

QList<Problem> Validator::missingSecretVariables(const Workspace& workspace,
                                                 const std::function<bool(const SecretKey&)>& isStored)
{
    QList<Problem> out;
    const Environment* environment = workspace.activeEnvironment();
    if (!environment)
        return out;
    for (int i = 0; i < workspace.webhooks.size(); ++i) {
        const Webhook& w = workspace.webhooks[i];
        QSet<QString> reported;
        for (const EnvReference& ref : EnvReferences::findVariables(w)) {
            const EnvVariable* v = environment->variable(ref.name);
            if (!v || !v->secret || v->value)
                continue;
            if (isStored(SecretKey::forVariable(workspace.userId, environment->name, v->name)))
                continue;
            const QString id = ref.field + u' ' + ref.name;
            if (reported.contains(id))
                continue;
            reported.insert(id);
            Problem p;
            p.subject = w.name.isEmpty() ? u"webhooks[%1]"_s.arg(i) : u"webhook "_s + quoted(w.name);
            p.field = ref.field;
            p.webhookIndex = i;
            p.message = tr("the secret variable %1 of environment \"%2\" has no value: set it in the environments, "
                           "or give it as {{env:NAME}}")
                            .arg(v->name, environment->name);
            out.append(p);
        }
    }
    return out;
}

QList<Problem> Validator::identityNotes(const Workspace& workspace)
{
    QStringList names;
    for (const Webhook& w : workspace.webhooks) {
        if (w.idDerived)
            names.append(quoted(w.name));
    }
    if (names.isEmpty())
        return {};
    Problem p;
    p.severity = Problem::Severity::Warning;
    p.message = tr("%n webhook(s) have no \"id\" (%1): each id is derived from user_id and the name, so renaming "
                   "one or changing user_id parks what is queued for it until the old name is back; write the ids "
                   "to keep them stable (the app writes them when it saves)",
                   nullptr, int(names.size()))
                    .arg(names.join(u", "_s));
    return {p};
}

} // namespace hooksmith

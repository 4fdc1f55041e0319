#include "ExportRequest.h"

#include "Encoding.h"
#include "Json.h"
#include "Renderer.h"
#include "Template.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

/// Stand-ins are lower-case letters and digits: percent-encoding, form encoding, JSON escaping and
/// QUrl's normalisation all leave them as they are, so they are found again wherever they land.
QString standIn(int index)
{
    return u"hsxv%1vxsh"_s.arg(index);
}

const QRegularExpression& standInPattern()
{
    static const QRegularExpression re(u"hsxv(\\d+)vxsh"_s);
    return re;
}

/// `{{env:NAME}}` alone (spaces allowed), giving NAME.
std::optional<QString> singleEnvReference(const QString& source)
{
    const auto parsed = Template::parse(source);
    if (!parsed || !parsed->isSinglePlaceholder())
        return std::nullopt;
    const Template::Part& part = parsed->parts().front();
    if (part.preset != Preset::Env)
        return std::nullopt;
    return part.text;
}

/// Text that percent-encoding, form encoding and JSON escaping all leave as it is.
bool writtenAsIs(const QString& value)
{
    QString form;
    appendFormEncoded(form, value);
    QString json;
    appendJsonStringContent(json, value);
    return percentEncoded(value) == value && form == value && json == value;
}

bool isJsonPreset(Preset p)
{
    return p == Preset::SignalNumber || p == Preset::MessagePayload || p == Preset::UnixTime;
}

/// Headers the tool sets on its own, from the connection and the body it sends.
bool toolSetsHeader(const RenderedHeader& h)
{
    if (h.source != HeaderSource::Automatic)
        return false;
    for (const char* name : {"Host", "User-Agent", "Content-Length", "Connection"}) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

bool ExportText::hasVariables() const
{
    for (const Piece& p : pieces) {
        if (p.variable >= 0)
            return true;
    }
    return false;
}

QString ExportText::withBraces(const QList<ExportVariable>& variables) const
{
    return join([&variables](int i) -> QString { return u"{{"_s + variables[i].name + u"}}"_s; });
}

int ExportRequest::variableIndex(const QString& name) const
{
    for (qsizetype i = 0; i < variables.size(); ++i) {
        if (variables[i].name == name)
            return int(i);
    }
    return -1;
}

QString ExportRequests::variableStem(const QString& webhookName)
{
    QString out;
    bool underscore = false;
    for (const QChar c : webhookName) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        if (alnum) {
            if (underscore && !out.isEmpty())
                out += u'_';
            underscore = false;
            out += c.toUpper();
        } else {
            underscore = true;
        }
    }
    if (out.isEmpty())
        out = u"WEBHOOK"_s;
    if (out.front().isDigit())
        out.prepend(u"WEBHOOK_"_s);
    return out;
}

QString ExportRequests::passwordVariable(const Webhook& webhook)
{
    if (webhook.auth.password) {
        if (auto name = singleEnvReference(*webhook.auth.password))
            return *name;
    }
    return variableStem(webhook.name) + u"_PASSWORD"_s;
}

QString ExportRequests::signingSecretVariable(const Webhook& webhook)
{
    if (webhook.signing.secret) {
        if (auto name = singleEnvReference(*webhook.signing.secret))
            return *name;
    }
    return variableStem(webhook.name) + u"_SIGNING_SECRET"_s;
}

Webhook ExportRequests::withSecretsFromEnvironment(const Webhook& webhook)
{
    Webhook w = webhook;
    if (w.auth.type == AuthType::Basic)
        w.auth.password = u"{{env:"_s + passwordVariable(webhook) + u"}}"_s;
    if (w.signing.scheme != SigningScheme::None)
        w.signing.secret = u"{{env:"_s + signingSecretVariable(webhook) + u"}}"_s;
    return w;
}

QString ExportRequests::secretVariableEnvName(const Environment& environment, const EnvVariable& variable)
{
    if (variable.value) {
        if (auto name = singleEnvReference(*variable.value))
            return *name;
    }
    return variableStem(environment.name) + u'_' + variable.name;
}

Result<ExportRequest> ExportRequests::build(const Workspace& workspace, const Webhook& webhook, const ExportFill* fill,
                                            ExportVariables variables)
{
    ExportRequest out;
    out.webhookName = webhook.name;
    Webhook w = withSecretsFromEnvironment(webhook);
    if (w.signing.scheme != SigningScheme::None) {
        out.warnings << tr("webhook \"%1\": its %2 signature is not carried (the request goes without the "
                           "signature headers); the relay and \"hooksmith-cli send\" sign it")
                            .arg(webhook.name, signingSchemeName(w.signing.scheme));
        w.signing = Signing{};
    }

    // Every value left to the tool gets a stand-in; what the Renderer wrote is then read back into
    // literal text and variable references.
    QList<ExportVariable> all;
    QHash<QString, int> envIndex;
    std::array<int, std::size_t(Preset::Env)> presetIndex; // every preset Presets::all() lists comes before Env
    presetIndex.fill(-1);
    const bool fillDevice = fill && fill->device;
    const bool fillSignal = fill && fill->signal;
    for (const PresetInfo& info : Presets::all()) {
        bool open = false;
        switch (info.preset) {
        case Preset::DeviceToken:
        case Preset::DeviceName:
            open = !fillDevice;
            break;
        case Preset::SignalNumber:
        case Preset::SignalName:
        case Preset::SignalUnit:
        case Preset::MessagePayload:
        case Preset::Timestamp:
        case Preset::UnixTime:
        case Preset::MessageId:
            open = !fillSignal;
            break;
        default:
            break;
        }
        if (!open)
            continue;
        presetIndex[std::size_t(info.preset)] = int(all.size());
        all.append({ExportVariable::Kind::Preset, info.name, QString(), isJsonPreset(info.preset), info.description});
    }

    RenderContext c;
    c.workspace = &workspace;
    c.webhook = &w;
    c.device = fillDevice ? fill->device : &sampleDevice();
    if (fillSignal) {
        c.signal = *fill->signal;
        c.messageId = fill->messageId.isEmpty() ? newUuid() : fill->messageId;
    } else {
        c.signal.receivedAt = QDateTime::currentDateTimeUtc();
        c.messageId = u"x"_s;
    }
    c.signal.deviceToken = c.device->token;
    c.attemptTime = c.signal.receivedAt;
    c.presetOverride = [&presetIndex](Preset p) -> std::optional<JsonValue> {
        const int i = presetIndex[std::size_t(p)];
        if (i < 0)
            return std::nullopt;
        return isJsonPreset(p) ? JsonValue::numberText(standIn(i)) : JsonValue::string(standIn(i));
    };
    c.env = [&all, &envIndex](const QString& name) -> std::optional<QString> {
        auto it = envIndex.constFind(name);
        if (it == envIndex.constEnd()) {
            it = envIndex.insert(name, int(all.size()));
            all.append({ExportVariable::Kind::Env, name, QString(), false,
                        tr("an environment variable: set it, never write it")});
        }
        return standIn(*it);
    };
    // The environment's variables: a secret one always from the environment where the export runs, a kept
    // one as a variable of the tool. One that starts the URL (a base URL) is rendered with its value, which
    // is then found again at the start of the URL: a stand-in cannot stand for a scheme and host.
    const Environment* environment = workspace.activeEnvironment();
    QHash<QString, int> keptIndex;
    QStringList encodedWarnings;
    QString urlStart;
    if (const auto url = Template::parse(w.url); url && !url->parts().isEmpty()) {
        const Template::Part& first = url->parts().front();
        if (first.kind == Template::Part::Kind::Placeholder && first.preset == Preset::Var)
            urlStart = first.text;
    }
    c.variableOverride = [&](const EnvVariable& v) -> std::optional<JsonValue> {
        if (v.secret) {
            const QString name = v.value && singleEnvReference(*v.value) ? *singleEnvReference(*v.value) : v.name;
            auto it = envIndex.constFind(name);
            if (it == envIndex.constEnd()) {
                it = envIndex.insert(name, int(all.size()));
                all.append({ExportVariable::Kind::Env, name, QString(), false,
                            tr("the secret variable %1 of the environment \"%2\": set it, never write it")
                                .arg(v.name, environment ? environment->name : QString())});
            }
            return JsonValue::string(standIn(*it));
        }
        if (variables != ExportVariables::Keep || !v.value || v.value->contains(u"{{"_s) || v.name == urlStart)
            return std::nullopt;
        if (!writtenAsIs(*v.value)) {
            // A tool writes its variables as they are, where Hooksmith percent-encodes, form-encodes or
            // escapes them: such a value is written in.
            const QString warning = tr("webhook \"%1\": the value of the variable %2 is encoded where a request "
                                       "uses it, and a tool would write it as it is, so it is written in")
                                        .arg(webhook.name, v.name);
            if (!encodedWarnings.contains(warning))
                encodedWarnings << warning;
            return std::nullopt;
        }
        auto it = keptIndex.constFind(v.name);
        if (it == keptIndex.constEnd()) {
            it = keptIndex.insert(v.name, int(all.size()));
            all.append({ExportVariable::Kind::Variable, v.name, *v.value, false,
                        tr("a variable of the environment \"%1\"").arg(environment ? environment->name : QString())});
        }
        return JsonValue::string(standIn(*it));
    };
    const Result<RenderedRequest> rendered = Renderer::render(c);
    if (!rendered) {
        // Say it in the webhook's own terms: the stand-ins back as the references they stand for.
        QString message = rendered.errorMessage();
        QRegularExpressionMatch m;
        while ((m = standInPattern().match(message)).hasMatch()) {
            const int i = m.captured(1).toInt();
            const ExportVariable& v = all.value(i);
            const QString ref =
                v.kind == ExportVariable::Kind::Env ? u"{{env:"_s + v.name + u"}}"_s : u"{{"_s + v.name + u"}}"_s;
            message.replace(m.capturedStart(), m.capturedLength(), ref);
        }
        if (message != rendered.errorMessage())
            message += tr(" (an export leaves this value to the tool that runs it, so the URL must give its "
                          "scheme and host itself)");
        return Error(tr("webhook \"%1\": %2").arg(webhook.name, message));
    }
    const RenderedRequest& r = *rendered;

    // Only the variables the request uses, in the order it uses them.
    QHash<int, int> used;
    auto split = [&](const QString& text) {
        ExportText t;
        qsizetype pos = 0;
        QRegularExpressionMatchIterator it = standInPattern().globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedStart() > pos)
                t.pieces.append({text.mid(pos, m.capturedStart() - pos), -1});
            const int original = m.captured(1).toInt();
            if (original < 0 || original >= all.size()) {
                t.pieces.append({m.captured(), -1});
            } else {
                auto u = used.constFind(original);
                if (u == used.constEnd()) {
                    u = used.insert(original, int(out.variables.size()));
                    out.variables.append(all[original]);
                }
                t.pieces.append({QString(), *u});
            }
            pos = m.capturedEnd();
        }
        if (pos < text.size() || t.pieces.isEmpty())
            t.pieces.append({text.mid(pos), -1});
        return t;
    };

    out.warnings += encodedWarnings;
    out.method = r.method;
    out.followRedirects = webhook.delivery.followRedirects;
    out.timeoutMs = webhook.delivery.timeoutMs;
    out.maxAttempts = webhook.delivery.maxAttempts;
    const QString url = r.url.toString(QUrl::FullyEncoded);
    const EnvVariable* base = environment && !urlStart.isEmpty() ? environment->variable(urlStart) : nullptr;
    if (variables == ExportVariables::Keep && base && !base->secret && base->value && !base->value->contains(u"{{"_s)) {
        if (url.startsWith(*base->value) && !base->value->isEmpty()) {
            const int index = int(all.size());
            all.append({ExportVariable::Kind::Variable, base->name, *base->value, false,
                        tr("a variable of the environment \"%1\"").arg(environment->name)});
            out.url = split(standIn(index) + url.mid(base->value->size()));
        } else {
            out.url = split(url);
            out.warnings << tr("webhook \"%1\": the variable %2 starts the URL, and the URL does not start with its "
                               "value as written (\"%3\"), so its value is written in")
                                .arg(webhook.name, base->name, *base->value);
        }
    } else {
        out.url = split(url);
    }
    for (const RenderedHeader& h : r.headers) {
        if (toolSetsHeader(h))
            continue;
        if (h.source == HeaderSource::Auth && w.auth.type == AuthType::Basic) {
            // Tools have their own basic auth that reads the password from a variable: hand them the
            // user name and that variable instead of the encoded header.
            const QString password = passwordVariable(webhook);
            const QString credentials = QString::fromUtf8(QByteArray::fromBase64(h.value.mid(6)));
            const QString suffix = u':' + standIn(envIndex.value(password, -1));
            ExportRequest::BasicAuth auth;
            auth.username = split(credentials.endsWith(suffix) ? credentials.chopped(suffix.size()) : QString());
            // Registers the password as used, after the user name's variables.
            auth.passwordVariable = split(standIn(envIndex.value(password))).pieces.front().variable;
            out.basicAuth = auth;
            continue;
        }
        out.headers.append({QString::fromLatin1(h.name), split(QString::fromUtf8(h.value))});
    }
    out.hasBody = r.hasBody;
    if (r.hasBody) {
        out.body = split(QString::fromUtf8(r.body));
        if (r.body.contains('\0'))
            out.warnings
                << tr("webhook \"%1\": the body holds a NUL byte, which this export cannot carry").arg(webhook.name);
    }
    return out;
}

} // namespace hooksmith

#include "Import.h"

#include "Encoding.h"
#include "Json.h"
#include "Renderer.h"
#include "Signing.h"
#include "Template.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

bool isEnvName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t u = name[i].unicode();
        const bool letter = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || u == u'_';
        if (!letter && !(i > 0 && u >= u'0' && u <= u'9'))
            return false;
    }
    return true;
}

/// The placeholder `inner` (between the braces) names, written as Hooksmith writes it; empty when it is
/// not a preset or environment reference.
QString placeholderFor(QStringView inner)
{
    inner = inner.trimmed();
    if (Presets::fromName(inner))
        return u"{{"_s + inner.toString() + u"}}"_s;
    if (inner.startsWith(u"env:") && isEnvName(inner.sliced(4).trimmed()))
        return u"{{env:"_s + inner.sliced(4).trimmed().toString() + u"}}"_s;
    if (inner.startsWith(u"var:") && isEnvName(inner.sliced(4).trimmed()))
        return u"{{var:"_s + inner.sliced(4).trimmed().toString() + u"}}"_s;
    return {};
}

/// A piece of a template: literal text (unescaped) or a placeholder as written.
struct Piece
{
    bool placeholder = false;
    QString text;
};

/// The pieces of a template that parses (as templateFromText() makes them), adjacent literals joined.
std::optional<QList<Piece>> pieces(QStringView templateText)
{
    QList<Piece> out;
    TemplateScanner scanner(templateText);
    for (TemplatePiece p; scanner.next(p);) {
        if (p.placeholder) {
            const qsizetype close = templateText.indexOf(u"}}", p.offset + 2);
            out.append({true, templateText.sliced(p.offset, close + 2 - p.offset).toString()});
        } else if (!out.isEmpty() && !out.back().placeholder) {
            out.back().text.append(p.text);
        } else {
            out.append({false, p.text.toString()});
        }
    }
    if (scanner.failed())
        return std::nullopt;
    return out;
}

QString join(const QList<Piece>& list)
{
    QString out;
    for (const Piece& p : list)
        out += p.placeholder ? p.text : RequestImport::escapeLiteral(p.text);
    return out;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

/// Percent-decodes `text` (and '+' as a space for forms); std::nullopt for a broken escape or bytes that
/// are not UTF-8.
std::optional<QString> percentDecoded(QStringView text, bool plusIsSpace)
{
    QByteArray bytes;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'%') {
            if (i + 2 >= text.size())
                return std::nullopt;
            const int hi = hexValue(text[i + 1]);
            const int lo = hexValue(text[i + 2]);
            if (hi < 0 || lo < 0)
                return std::nullopt;
            bytes.append(char(hi * 16 + lo));
            i += 2;
        } else if (c == u'+' && plusIsSpace) {
            bytes.append(' ');
        } else {
            bytes.append(QStringView(&c, 1).toUtf8());
        }
    }
    QString out = QString::fromUtf8(bytes);
    if (out.toUtf8() != bytes)
        return std::nullopt;
    return out;
}

/// A template's literal runs decoded by `decode`, placeholders kept; std::nullopt when one run fails.
template <typename Decode>
std::optional<QString> decodeLiterals(QStringView templateText, Decode decode)
{
    auto list = pieces(templateText);
    if (!list)
        return std::nullopt;
    for (Piece& p : *list) {
        if (p.placeholder)
            continue;
        auto decoded = decode(p.text);
        if (!decoded)
            return std::nullopt;
        p.text = *decoded;
    }
    return join(*list);
}

/// `%XX` escapes of UTF-8 characters beyond ASCII written as the characters, as the Renderer encodes them
/// again; other escapes (`%20`, `%2F`, ...) stay as they are, since they mean something in a URL.
QString unicodeUnescaped(const QString& text)
{
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        QByteArray bytes;
        qsizetype j = i;
        while (j + 2 < text.size() && text[j] == u'%' && hexValue(text[j + 1]) >= 8 && hexValue(text[j + 2]) >= 0) {
            bytes.append(char(hexValue(text[j + 1]) * 16 + hexValue(text[j + 2])));
            j += 3;
        }
        if (!bytes.isEmpty()) {
            const QString decoded = QString::fromUtf8(bytes);
            if (decoded.toUtf8() == bytes && !decoded.contains(QChar::ReplacementCharacter)) {
                out += decoded;
                i = j;
                continue;
            }
        }
        out += text[i];
        ++i;
    }
    return out;
}

struct Query
{
    QString url; ///< without the query when it went into rows
    QList<NameValueRow> rows;
};

/// Splits the URL's query into rows when each parameter reads back to exactly the same text (so that
/// the request does not change); otherwise it stays in the URL.
Query splitQuery(const QString& url)
{
    Query out{url, {}};
    const qsizetype mark = url.indexOf(u'?');
    if (mark < 0)
        return out;
    const QString query = url.mid(mark + 1);
    if (query.isEmpty())
        return out;
    QList<NameValueRow> rows;
    for (const QString& pair : query.split(u'&')) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return out;
        const auto name = RequestImport::literalText(pair.left(eq));
        const auto decodedName = name ? percentDecoded(*name, false) : std::nullopt;
        if (!decodedName || percentEncoded(*decodedName) != *name)
            return out;
        const QString valueText = pair.mid(eq + 1);
        bool exact = true;
        const auto value = decodeLiterals(valueText, [&exact](const QString& raw) {
            auto d = percentDecoded(raw, false);
            exact = exact && d && percentEncoded(*d) == raw;
            return d;
        });
        if (!value || !exact)
            return out;
        rows.append({*decodedName, *value, true, {}});
    }
    out.url = url.left(mark);
    out.rows = std::move(rows);
    return out;
}

/// "application/json" from "Application/JSON" and the like; parameters make it another type.
QString mediaType(const QString& contentType)
{
    return contentType.trimmed().toLower();
}

constexpr QChar kMarkOpen = QChar(0xE000);
constexpr QChar kMarkClose = QChar(0xE001);

bool presetIsString(QStringView placeholder)
{
    const QStringView inner = placeholder.sliced(2, placeholder.size() - 4).trimmed();
    if (inner.startsWith(u"env:") || inner.startsWith(u"var:"))
        return true;
    const auto p = Presets::fromName(inner);
    return p && *p != Preset::SignalNumber && *p != Preset::UnixTime && *p != Preset::MessagePayload;
}

/// A JSON body that is an object of strings (and of bare presets, as Pybytes writes them) as rows;
/// std::nullopt when the body is anything else.
std::optional<QList<BodyRow>> jsonRows(const QString& body)
{
    auto list = pieces(body);
    if (!list || body.contains(kMarkOpen) || body.contains(kMarkClose))
        return std::nullopt;
    // Placeholders become markers inside strings, and marker strings outside them.
    QString text;
    QStringList placeholders;
    QList<bool> quoted;
    bool inString = false;
    bool escaped = false;
    for (const Piece& p : *list) {
        if (p.placeholder) {
            const QString mark = kMarkOpen + QString::number(placeholders.size()) + kMarkClose;
            placeholders.append(p.text);
            quoted.append(inString);
            text += inString ? mark : u'"' + mark + u'"';
            escaped = false;
            continue;
        }
        text += p.text;
        for (const QChar ch : p.text) {
            if (escaped)
                escaped = false;
            else if (inString && ch == u'\\')
                escaped = true;
            else if (ch == u'"')
                inString = !inString;
        }
    }
    JsonValue value;
    if (!parseJson(text, value, nullptr, JsonDuplicateKeys::Refuse) || !value.isObject())
        return std::nullopt;
    QList<BodyRow> rows;
    for (const auto& [key, member] : value.objectMembers()) {
        if (!member.isString() || key.contains(kMarkOpen))
            return std::nullopt;
        const QString& s = member.text();
        BodyRow row;
        row.key = key;
        // Exactly one marker: a bare preset keeps its JSON type as a row; one in quotes must be a string.
        static const QRegularExpression whole(u"^\uE000(\\d+)\uE001$"_s);
        if (const auto m = whole.match(s); m.hasMatch()) {
            const int index = m.captured(1).toInt();
            const QString& placeholder = placeholders[index];
            // In quotes, a preset that is not a string would change type as a row.
            if (quoted[index] && !presetIsString(placeholder))
                return std::nullopt;
            row.value = placeholder;
            const QStringView inner = QStringView(placeholder).sliced(2, placeholder.size() - 4).trimmed();
            if (Presets::fromName(inner)) {
                row.usePreset = true;
                row.preset = inner.toString();
                row.value.clear();
            }
            rows.append(row);
            continue;
        }
        QString t;
        qsizetype i = 0;
        while (i < s.size()) {
            const qsizetype open = s.indexOf(kMarkOpen, i);
            if (open < 0) {
                t += RequestImport::escapeLiteral(QStringView(s).sliced(i));
                break;
            }
            t += RequestImport::escapeLiteral(QStringView(s).sliced(i, open - i));
            const qsizetype close = s.indexOf(kMarkClose, open);
            t += placeholders[QStringView(s).sliced(open + 1, close - open - 1).toInt()];
            i = close + 1;
        }
        row.value = t;
        rows.append(row);
    }
    return rows;
}

/// The user's headers without those that say what Hooksmith sends anyway (Accept-Encoding: identity, ...).
QList<NameValueRow> withoutAutomatic(const Webhook& w, const QList<NameValueRow>& headers)
{
    const QList<LockedHeader> locked = Renderer::lockedHeaders(w);
    QList<NameValueRow> out;
    for (const NameValueRow& h : headers) {
        bool same = false;
        for (const LockedHeader& l : locked) {
            same = same || (l.overridable && h.name.compare(QString::fromLatin1(l.name), Qt::CaseInsensitive) == 0 &&
                            h.value == l.value);
        }
        if (!same)
            out.append(h);
    }
    return out;
}

std::optional<QList<BodyRow>> formRows(const QString& body)
{
    QList<BodyRow> rows;
    if (body.isEmpty())
        return rows;
    for (const QString& pair : body.split(u'&')) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return std::nullopt;
        const auto name = RequestImport::literalText(pair.left(eq));
        const auto key = name ? percentDecoded(*name, true) : std::nullopt;
        const auto value =
            decodeLiterals(pair.mid(eq + 1), [](const QString& raw) { return percentDecoded(raw, true); });
        if (!key || !value)
            return std::nullopt;
        BodyRow row;
        row.key = *key;
        const QString v = value->trimmed();
        const QStringView inner = v.size() > 4 ? QStringView(v).sliced(2, v.size() - 4).trimmed() : QStringView();
        if (*value == v && v.startsWith(u"{{") && v.endsWith(u"}}") && v.count(u"{{") == 1 &&
            Presets::fromName(inner)) {
            row.usePreset = true;
            row.preset = inner.toString();
        } else {
            row.value = *value;
        }
        rows.append(row);
    }
    return rows;
}

} // namespace

QString RequestImport::escapeLiteral(QStringView text)
{
    QString out = text.toString();
    out.replace(u"{{"_s, u"\\{{"_s);
    return out;
}

QString RequestImport::templateFromText(QStringView text, const QString& where, QStringList& warnings)
{
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u"{{", i);
        if (open < 0) {
            out += escapeLiteral(text.sliced(i));
            break;
        }
        const qsizetype close = text.indexOf(u"}}", open + 2);
        const bool escaped = open > 0 && text[open - 1] == u'\\';
        const QString placeholder =
            close < 0 || escaped ? QString() : placeholderFor(text.sliced(open + 2, close - open - 2));
        if (placeholder.isEmpty()) {
            if (close >= 0 && !escaped) {
                warnings.append(tr("%1: \"%2\" is not a Hooksmith preset, so it is kept as text")
                                    .arg(where, text.sliced(open, close + 2 - open).toString()));
            }
            out += escapeLiteral(text.sliced(i, open + 2 - i));
            i = open + 2;
            continue;
        }
        out += escapeLiteral(text.sliced(i, open - i));
        out += placeholder;
        i = close + 2;
    }
    return out;
}

QString RequestImport::variableTemplate(const QString& name)
{
    if (Presets::fromName(name))
        return u"{{"_s + name + u"}}"_s;
    return u"{{env:"_s + name + u"}}"_s;
}

std::optional<QString> RequestImport::mapLiterals(QStringView templateText,
                                                  const std::function<std::optional<QString>(const QString&)>& f)
{
    return decodeLiterals(templateText, f);
}

qsizetype RequestImport::indexOutside(QStringView templateText, QChar ch)
{
    TemplateScanner scanner(templateText);
    for (TemplatePiece p; scanner.next(p);) {
        if (p.placeholder)
            continue;
        const qsizetype at = p.text.indexOf(ch);
        if (at >= 0)
            return (p.text.data() - templateText.data()) + at;
    }
    return -1;
}

std::optional<QString> RequestImport::literalText(QStringView templateText)
{
    auto list = pieces(templateText);
    if (!list)
        return std::nullopt;
    QString out;
    for (const Piece& p : *list) {
        if (p.placeholder)
            return std::nullopt;
        out += p.text;
    }
    return out;
}

Result<ImportedWebhook> RequestImport::build(const ImportedRequest& r, const QString& where, QStringList& warnings)
{
    ImportedWebhook out;
    Webhook& w = out.webhook;
    w = Webhook::createDefault(r.name);
    w.body.clear();
    w.contentType.clear();

    const auto method = methodFromName(r.method.toUpper());
    if (!method) {
        return Error(tr("%1: the method \"%2\" is not one Hooksmith sends (GET, POST, PUT, PATCH, DELETE, HEAD or "
                        "OPTIONS)")
                         .arg(where, r.method));
    }
    w.method = *method;
    w.delivery.followRedirects = r.followRedirects;
    if (r.timeoutMs)
        w.delivery.timeoutMs = *r.timeoutMs;
    if (r.maxAttempts)
        w.delivery.maxAttempts = *r.maxAttempts;

    QString url = r.url;
    if (const qsizetype hash = url.indexOf(u'#'); hash >= 0) {
        warnings.append(tr("%1: the URL's fragment \"%2\" is never sent, so it is left out").arg(where, url.mid(hash)));
        url.truncate(hash);
    }
    Query query = splitQuery(url);
    w.url = RequestImport::mapLiterals(query.url, [](const QString& t) {
                return std::optional(unicodeUnescaped(t));
            }).value_or(query.url);
    w.query = query.rows;

    // Headers: the ones Hooksmith sets itself are taken apart from the user's.
    std::optional<QString> contentType;
    std::optional<QString> accept;
    QList<NameValueRow> headers;
    for (const auto& [name, value] : r.headers) {
        if (!isValidHeaderName(name))
            return Error(tr("%1: \"%2\" is not a valid header name").arg(where, name));
        const auto literal = literalText(value);
        if (name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0) {
            if (contentType)
                warnings.append(tr("%1: Content-Type is given twice; the last one is used").arg(where));
            contentType = literal.value_or(value);
        } else if (name.compare(u"Accept"_s, Qt::CaseInsensitive) == 0 && !accept) {
            accept = value;
        } else if (name.compare(u"Content-Length"_s, Qt::CaseInsensitive) == 0) {
            // Hooksmith writes the length of the body it sends.
        } else if (name.compare(u"Host"_s, Qt::CaseInsensitive) == 0) {
            warnings.append(tr("%1: the Host header is taken from the URL, so \"%2\" is left out").arg(where, value));
        } else if (name.compare(u"User-Agent"_s, Qt::CaseInsensitive) == 0) {
            if (!value.startsWith(u"Hooksmith/"_s))
                warnings.append(tr("%1: Hooksmith sends its own User-Agent, so \"%2\" is left out").arg(where, value));
        } else if (name.compare(u"Authorization"_s, Qt::CaseInsensitive) == 0 && !r.basicAuth && literal &&
                   literal->startsWith(u"Basic "_s, Qt::CaseInsensitive)) {
            const QByteArray decoded = QByteArray::fromBase64(literal->mid(6).trimmed().toLatin1());
            const QString pair = QString::fromUtf8(decoded);
            const qsizetype colon = pair.indexOf(u':');
            if (colon < 0) {
                return Error(tr("%1: the Authorization header is not user:password in base64").arg(where));
            }
            w.auth.type = AuthType::Basic;
            w.auth.username = escapeLiteral(pair.left(colon));
            out.password = pair.mid(colon + 1);
        } else {
            for (const SigningScheme scheme : allSigningSchemes()) {
                for (const QByteArray& signing : Signer::headerNames(scheme)) {
                    if (name.compare(QString::fromLatin1(signing), Qt::CaseInsensitive) == 0) {
                        warnings.append(tr("%1: %2 is kept as fixed text, so every request repeats this one value; "
                                           "to sign each request, set the webhook's signing (%3) and its secret "
                                           "instead, and delete this header")
                                            .arg(where, name, signingSchemeName(scheme)));
                    }
                }
            }
            headers.append({name, value, true, {}});
        }
    }

    if (r.basicAuth) {
        w.auth.type = AuthType::Basic;
        w.auth.username = r.username;
        if (!r.password) {
            warnings.append(tr("%1: no password is given for the user; set it in the webhook").arg(where));
        } else if (literalText(*r.password)) {
            out.password = *literalText(*r.password);
        } else {
            w.auth.password = *r.password;
        }
    }
    if (w.auth.type == AuthType::Basic && out.password && out.password->isEmpty())
        out.password.reset();

    // The body, and with it the format.
    if (!r.body) {
        w.format = BodyFormat::None;
        if (contentType)
            headers.prepend({u"Content-Type"_s, escapeLiteral(*contentType), true, {}});
        if (accept)
            headers.prepend({u"Accept"_s, *accept, true, {}});
        w.headers = withoutAutomatic(w, headers);
        return out;
    }
    if (!methodAllowsBody(w.method)) {
        return Error(tr("%1: a %2 request carries no body in Hooksmith; send the data as query parameters (curl -G) "
                        "or use POST")
                         .arg(where, methodName(w.method)));
    }
    const QString& body = *r.body;
    const QString type = contentType ? mediaType(*contentType) : QString();
    const bool acceptJson = !accept || accept->trimmed() == u"application/json"_s;
    if (type == u"application/json"_s && acceptJson) {
        if (auto rows = jsonRows(body)) {
            w.format = BodyFormat::Json;
            w.body = *rows;
            w.headers = withoutAutomatic(w, headers);
            return out;
        }
    }
    if (type == u"application/x-www-form-urlencoded"_s) {
        if (auto rows = formRows(body)) {
            w.format = BodyFormat::Form;
            w.body = *rows;
            if (accept)
                headers.prepend({u"Accept"_s, *accept, true, {}});
            w.headers = withoutAutomatic(w, headers);
            return out;
        }
    }
    w.format = BodyFormat::Custom;
    w.customBody = body;
    if (!contentType) {
        warnings.append(tr("%1: the body has no Content-Type; it is sent as application/octet-stream").arg(where));
        w.contentType = u"application/octet-stream"_s;
    } else {
        w.contentType = *contentType;
    }
    if (accept)
        headers.prepend({u"Accept"_s, *accept, true, {}});
    w.headers = withoutAutomatic(w, headers);
    return out;
}

QStringList addImportedWebhooks(Workspace& workspace, QList<ImportedWebhook>& webhooks)
{
    QSet<QString> taken;
    for (const Webhook& w : workspace.webhooks)
        taken.insert(w.name);
    QStringList names;
    for (ImportedWebhook& imported : webhooks) {
        Webhook& w = imported.webhook;
        QString base = w.name.trimmed();
        if (base.isEmpty())
            base = u"Imported webhook"_s;
        QString name = base;
        for (int n = 2; taken.contains(name); ++n)
            name = base + u' ' + QString::number(n);
        taken.insert(name);
        w.name = name;
        w.id = newUuid();
        w.idDerived = false;
        workspace.webhooks.append(w);
        names.append(name);
    }
    return names;
}

QStringList addImportedEnvironment(Workspace& workspace, const ImportedEnvironment& imported)
{
    QStringList notes;
    if (imported.variables.isEmpty())
        return notes;
    QStringList names;
    for (const EnvVariable& v : imported.variables)
        names.append(v.name);
    if (workspace.environments.isEmpty()) {
        Environment e;
        e.name = imported.name.trimmed().isEmpty() ? RequestImport::tr("Imported") : imported.name.trimmed();
        e.variables = imported.variables;
        workspace.environments.append(e);
        notes.append(RequestImport::tr("the environment \"%1\" was added with the variables %2")
                         .arg(e.name, names.join(u", "_s)));
        return notes;
    }
    QStringList addedTo;
    for (Environment& e : workspace.environments) {
        bool added = false;
        for (const EnvVariable& v : imported.variables) {
            if (const EnvVariable* own = e.variable(v.name)) {
                if (own->secret || own->value != v.value) {
                    notes.append(
                        RequestImport::tr("the environment \"%1\" keeps its own value of %2").arg(e.name, v.name));
                }
                continue;
            }
            e.variables.append(v);
            added = true;
        }
        if (added)
            addedTo.append(u'"' + e.name + u'"');
    }
    if (!addedTo.isEmpty()) {
        notes.prepend(RequestImport::tr("the variables %1 were added to the environments %2 where they were missing")
                          .arg(names.join(u", "_s), addedTo.join(u", "_s)));
    }
    return notes;
}

} // namespace hooksmith

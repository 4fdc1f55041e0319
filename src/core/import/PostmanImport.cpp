#include "PostmanImport.h"

#include "Encoding.h"
#include "Json.h"
#include "Renderer.h"
#include "Template.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

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

/// A Postman value: a string, or a number/bool written as text.
QString text(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return shortestNumber(v.toDouble());
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return {};
}

class Importer
{
public:
    Result<ImportResult> run(const QByteArray& json);

private:
    /// Postman text with {{variables}} as a Hooksmith template.
    QString convert(const QString& postman, const QString& where, int depth = 0);
    QString convertValue(const QString& name, const QString& where, int depth);
    std::optional<Error> walk(const QJsonArray& items, const QStringList& folders, const QJsonValue& inheritedAuth,
                              const QString& parentWhere);
    std::optional<Error> request(const QJsonObject& item, const QString& name, const QJsonValue& auth,
                                 const QString& where);
    void applyAuth(const QJsonValue& auth, ImportedRequest& r, const QString& where);

    ImportResult m_result;
    QHash<QString, QString> m_variables;
    QSet<QString> m_secretVariables;   ///< declared with type "secret"
    QSet<QString> m_passwordVariables; ///< used in a basic authentication password: they go to the keychain
    QStringList m_inlined;
    QStringList m_kept; ///< collection variables that became variables of the environment
    QStringList m_fromEnvironment;
};

/// Every variable name a basic authentication password in `node` (and below it) uses.
void collectPasswordVariables(const QJsonValue& node, QSet<QString>& out)
{
    if (node.isArray()) {
        for (const QJsonValue& v : node.toArray())
            collectPasswordVariables(v, out);
        return;
    }
    if (!node.isObject())
        return;
    const QJsonObject o = node.toObject();
    if (o.value(u"type"_s).toString() == u"basic"_s) {
        QString password;
        const QJsonValue params = o.value(u"basic"_s);
        for (const QJsonValue& p : params.toArray()) {
            if (p.toObject().value(u"key"_s).toString() == u"password"_s)
                password = text(p.toObject().value(u"value"_s));
        }
        if (params.isObject())
            password = text(params.toObject().value(u"password"_s));
        for (qsizetype open = password.indexOf(u"{{"_s); open >= 0; open = password.indexOf(u"{{"_s, open + 2)) {
            const qsizetype close = password.indexOf(u"}}"_s, open + 2);
            if (close < 0)
                break;
            out.insert(password.mid(open + 2, close - open - 2).trimmed());
        }
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        collectPasswordVariables(it.value(), out);
}

QString Importer::convertValue(const QString& name, const QString& where, int depth)
{
    if (Presets::fromName(name))
        return u"{{"_s + name + u"}}"_s;
    if (name == u"$timestamp"_s)
        return u"{{UNIX_TIME}}"_s;
    if (name == u"$isoTimestamp"_s)
        return u"{{TIMESTAMP}}"_s;
    if (const auto it = m_variables.constFind(name); it != m_variables.cend()) {
        // Declared as itself: text that Postman sends as it is (so Hooksmith's export writes "{{" in text).
        if (*it == u"{{"_s + name + u"}}"_s)
            return RequestImport::escapeLiteral(*it);
        // A variable of the collection is one of the environment, unless a password uses it (a password
        // belongs in the keychain, never in the file) or its value uses other variables.
        if (isVariableName(name) && !m_passwordVariables.contains(name) && !it->contains(u"{{"_s)) {
            if (!m_kept.contains(name))
                m_kept.append(name);
            return u"{{var:"_s + name + u"}}"_s;
        }
        if (!m_inlined.contains(name))
            m_inlined.append(name);
        if (depth > 8)
            return RequestImport::escapeLiteral(*it);
        return convert(*it, where, depth + 1);
    }
    if (isEnvName(name)) {
        if (!m_fromEnvironment.contains(name))
            m_fromEnvironment.append(name);
        return u"{{env:"_s + name + u"}}"_s;
    }
    m_result.warnings.append(PostmanImport::tr("%1: the variable \"{{%2}}\" has no value in the collection and is not "
                                               "a name an environment variable can have, so it is kept as text")
                                 .arg(where, name));
    return RequestImport::escapeLiteral(QString(u"{{"_s + name + u"}}"_s));
}

QString Importer::convert(const QString& postman, const QString& where, int depth)
{
    QString out;
    qsizetype i = 0;
    while (i < postman.size()) {
        const qsizetype open = postman.indexOf(u"{{"_s, i);
        const qsizetype close = open < 0 ? -1 : postman.indexOf(u"}}"_s, open + 2);
        if (open < 0 || close < 0) {
            out += RequestImport::escapeLiteral(QStringView(postman).sliced(i));
            break;
        }
        out += RequestImport::escapeLiteral(QStringView(postman).sliced(i, open - i));
        const QString name = postman.mid(open + 2, close - open - 2).trimmed();
        if (name.startsWith(u"env:"_s) && isEnvName(QStringView(name).sliced(4).trimmed()))
            out += u"{{env:"_s + QStringView(name).sliced(4).trimmed() + u"}}"_s;
        else
            out += convertValue(name, where, depth);
        i = close + 2;
    }
    return out;
}

void Importer::applyAuth(const QJsonValue& authValue, ImportedRequest& r, const QString& where)
{
    if (!authValue.isObject())
        return;
    const QJsonObject auth = authValue.toObject();
    const QString type = auth.value(u"type"_s).toString();
    if (type == u"noauth"_s || type.isEmpty())
        return;
    // v2.1 lists the parameters as [{key, value}]; v2.0 wrote an object.
    const auto parameter = [&](const QString& key) -> std::optional<QString> {
        const QJsonValue params = auth.value(type);
        if (params.isArray()) {
            for (const QJsonValue& p : params.toArray()) {
                if (p.toObject().value(u"key"_s).toString() == key)
                    return text(p.toObject().value(u"value"_s));
            }
            return std::nullopt;
        }
        if (params.isObject() && params.toObject().contains(key))
            return text(params.toObject().value(key));
        return std::nullopt;
    };
    if (type == u"basic"_s) {
        r.basicAuth = true;
        r.username = convert(parameter(u"username"_s).value_or(QString()), where);
        if (const auto password = parameter(u"password"_s))
            r.password = convert(*password, where);
        return;
    }
    if (type == u"bearer"_s) {
        r.headers.append(
            {u"Authorization"_s, u"Bearer "_s + convert(parameter(u"token"_s).value_or(QString()), where)});
        return;
    }
    m_result.warnings.append(
        PostmanImport::tr("%1: %2 authentication is not supported, so the webhook is imported without it; Hooksmith "
                          "has basic authentication and your own headers")
            .arg(where, type));
}

std::optional<Error> Importer::request(const QJsonObject& item, const QString& name, const QJsonValue& auth,
                                       const QString& where)
{
    const QJsonValue requestValue = item.value(u"request"_s);
    ImportedRequest r;
    r.name = name;
    QList<NameValueRow> disabledHeaders;
    QList<NameValueRow> disabledQuery;
    if (requestValue.isString()) {
        r.method = u"GET"_s;
        r.url = convert(requestValue.toString(), where);
    } else if (requestValue.isObject()) {
        const QJsonObject req = requestValue.toObject();
        r.method = req.value(u"method"_s).toString(u"GET"_s);
        const QJsonValue url = req.value(u"url"_s);
        if (url.isString()) {
            r.url = convert(url.toString(), where);
        } else if (url.isObject()) {
            const QJsonObject u = url.toObject();
            QString raw = u.value(u"raw"_s).toString();
            if (raw.isEmpty()) {
                const QJsonValue host = u.value(u"host"_s);
                const QJsonValue path = u.value(u"path"_s);
                QStringList hostParts;
                for (const QJsonValue& h : host.toArray())
                    hostParts.append(h.toString());
                raw = u.value(u"protocol"_s).toString(u"https"_s) + u"://"_s +
                      (host.isString() ? host.toString() : hostParts.join(u'.'));
                if (u.contains(u"port"_s))
                    raw += u':' + text(u.value(u"port"_s));
                for (const QJsonValue& p : path.toArray())
                    raw += u'/' + p.toString();
                QStringList query;
                for (const QJsonValue& q : u.value(u"query"_s).toArray()) {
                    if (!q.toObject().value(u"disabled"_s).toBool())
                        query.append(q.toObject().value(u"key"_s).toString() + u'=' +
                                     text(q.toObject().value(u"value"_s)));
                }
                if (!query.isEmpty())
                    raw += u'?' + query.join(u'&');
            }
            if (!raw.contains(u"://"_s) && !raw.startsWith(u"{{"_s))
                raw.prepend(u"https://"_s);
            r.url = convert(raw, where);
            for (const QJsonValue& q : u.value(u"query"_s).toArray()) {
                const QJsonObject o = q.toObject();
                if (o.value(u"disabled"_s).toBool())
                    disabledQuery.append(
                        {o.value(u"key"_s).toString(), convert(text(o.value(u"value"_s)), where), false, {}});
            }
        }
        if (r.url.isEmpty())
            return Error(PostmanImport::tr("%1: the request has no URL").arg(where));
        for (const QJsonValue& h : req.value(u"header"_s).toArray()) {
            const QJsonObject o = h.toObject();
            const QString key = o.value(u"key"_s).toString();
            const QString value = convert(text(o.value(u"value"_s)), where);
            if (o.value(u"disabled"_s).toBool())
                disabledHeaders.append({key, value, false, {}});
            else
                r.headers.append({key, value});
        }
        const QJsonValue body = req.value(u"body"_s);
        const QString upper = r.method.toUpper();
        const bool bodyless = upper == u"GET"_s || upper == u"HEAD"_s || upper == u"OPTIONS"_s;
        if (bodyless && body.isObject() && !body.toObject().value(u"mode"_s).toString().isEmpty()) {
            m_result.warnings.append(
                PostmanImport::tr("%1: a %2 request carries no body in Hooksmith, so its body is left out")
                    .arg(where, upper));
        } else if (body.isObject() && !body.toObject().value(u"disabled"_s).toBool()) {
            const QJsonObject b = body.toObject();
            const QString mode = b.value(u"mode"_s).toString();
            const auto hasContentType = [&r] {
                for (const auto& h : r.headers) {
                    if (h.first.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0)
                        return true;
                }
                return false;
            };
            if (mode == u"raw"_s) {
                const QString raw = b.value(u"raw"_s).toString();
                if (!raw.isEmpty() || hasContentType()) {
                    r.body = convert(raw, where);
                    const QString language =
                        b.value(u"options"_s).toObject().value(u"raw"_s).toObject().value(u"language"_s).toString();
                    static const QHash<QString, QString> kTypes{{u"json"_s, u"application/json"_s},
                                                                {u"text"_s, u"text/plain"_s},
                                                                {u"xml"_s, u"application/xml"_s},
                                                                {u"html"_s, u"text/html"_s},
                                                                {u"javascript"_s, u"application/javascript"_s}};
                    if (!hasContentType())
                        r.headers.append({u"Content-Type"_s, kTypes.value(language, u"text/plain"_s)});
                }
            } else if (mode == u"urlencoded"_s) {
                QStringList pairs;
                for (const QJsonValue& p : b.value(u"urlencoded"_s).toArray()) {
                    const QJsonObject o = p.toObject();
                    if (o.value(u"disabled"_s).toBool()) {
                        m_result.warnings.append(PostmanImport::tr("%1: the disabled form field \"%2\" is left out")
                                                     .arg(where, o.value(u"key"_s).toString()));
                        continue;
                    }
                    QString key;
                    appendFormEncoded(key, o.value(u"key"_s).toString());
                    const auto value = RequestImport::mapLiterals(convert(text(o.value(u"value"_s)), where),
                                                                  [](const QString& t) -> std::optional<QString> {
                                                                      QString encoded;
                                                                      appendFormEncoded(encoded, t);
                                                                      return encoded;
                                                                  });
                    pairs.append(key + u'=' + value.value_or(QString()));
                }
                r.body = pairs.join(u'&');
                if (!hasContentType())
                    r.headers.append({u"Content-Type"_s, u"application/x-www-form-urlencoded"_s});
            } else if (!mode.isEmpty()) {
                m_result.warnings.append(PostmanImport::tr("%1: a \"%2\" body is not supported (Hooksmith sends JSON, "
                                                           "form or custom text), so the webhook has no body")
                                             .arg(where, mode));
            }
        }
        const QJsonValue ownAuth = req.value(u"auth"_s);
        applyAuth(ownAuth.isObject() ? ownAuth : auth, r, where);
    } else {
        return Error(PostmanImport::tr("%1: \"request\" is neither an object nor a URL").arg(where));
    }
    if (item.value(u"event"_s).toArray().size() > 0) {
        m_result.warnings.append(
            PostmanImport::tr("%1: its pre-request and test scripts are not carried over").arg(where));
    }

    // Postman follows redirects unless told not to; Hooksmith only when told to: only what the collection
    // says is carried.
    const QJsonValue follow = item.value(u"protocolProfileBehavior"_s).toObject().value(u"followRedirects"_s);
    if (follow.isBool())
        r.followRedirects = follow.toBool();
    // The time limit and attempts a Hooksmith export keeps beside the request (Postman has neither).
    if (const QJsonValue own = item.value(u"hooksmith"_s); !own.isUndefined()) {
        if (!own.isObject())
            return Error(PostmanImport::tr("%1: \"hooksmith\" is not an object").arg(where));
        const QJsonObject settings = own.toObject();
        const auto whole = [&](const QString& key, int min, int max) -> Result<std::optional<int>> {
            const QJsonValue v = settings.value(key);
            if (v.isUndefined())
                return std::optional<int>();
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d != std::floor(d) || d < min || d > max)
                return Error(PostmanImport::tr("%1: \"hooksmith.%2\" is not a whole number from %3 to %4")
                                 .arg(where, key)
                                 .arg(min)
                                 .arg(max));
            return std::optional<int>(int(d));
        };
        auto timeout = whole(u"timeout_ms"_s, 100, 600000);
        if (!timeout)
            return timeout.error();
        auto attempts = whole(u"max_attempts"_s, 1, 100);
        if (!attempts)
            return attempts.error();
        r.timeoutMs = *timeout;
        r.maxAttempts = *attempts;
    }
    auto built = RequestImport::build(r, where, m_result.warnings);
    if (!built)
        return built.error();
    ImportedWebhook w = std::move(built).value();
    w.webhook.query += disabledQuery;
    for (const NameValueRow& h : disabledHeaders) {
        bool locked = false;
        for (const LockedHeader& l : Renderer::lockedHeaders(w.webhook))
            locked = locked || h.name.compare(QString::fromLatin1(l.name), Qt::CaseInsensitive) == 0;
        if (!locked && isValidHeaderName(h.name))
            w.webhook.headers.append(h);
    }
    m_result.webhooks.append(std::move(w));
    return std::nullopt;
}

std::optional<Error> Importer::walk(const QJsonArray& items, const QStringList& folders,
                                    const QJsonValue& inheritedAuth, const QString& parentWhere)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].isObject())
            return Error(PostmanImport::tr("%1: entry %2 of \"item\" is not an object").arg(parentWhere).arg(i + 1));
        const QJsonObject item = items[i].toObject();
        const QString name = item.value(u"name"_s).toString().trimmed();
        QStringList path = folders;
        path.append(name.isEmpty() ? PostmanImport::tr("Request %1").arg(i + 1) : name);
        const QString where = PostmanImport::tr("item \"%1\"").arg(path.join(u" / "_s));
        const QJsonValue ownAuth = item.value(u"auth"_s);
        const QJsonValue auth = ownAuth.isObject() ? ownAuth : inheritedAuth;
        if (item.contains(u"item"_s)) {
            if (!item.value(u"item"_s).isArray())
                return Error(PostmanImport::tr("%1: \"item\" is not a list").arg(where));
            if (auto e = walk(item.value(u"item"_s).toArray(), path, auth, where))
                return e;
        } else if (item.contains(u"request"_s)) {
            if (auto e = request(item, path.join(u" / "_s), auth, where))
                return e;
        } else {
            return Error(PostmanImport::tr("%1: neither a request nor a folder").arg(where));
        }
    }
    return std::nullopt;
}

Result<ImportResult> Importer::run(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const QString textForm = QString::fromUtf8(json.left(error.offset));
        const auto [line, column] = lineAndColumn(textForm, textForm.size());
        return Error(PostmanImport::tr("line %1, column %2: %3; this is not a JSON file")
                         .arg(line)
                         .arg(column)
                         .arg(error.errorString()));
    }
    if (!doc.isObject())
        return Error(PostmanImport::tr("a Postman collection is a JSON object, and this file is not one"));
    const QJsonObject root = doc.object();
    const QString schema = root.value(u"info"_s).toObject().value(u"schema"_s).toString();
    if (!root.value(u"info"_s).isObject() || !root.value(u"item"_s).isArray()) {
        return Error(PostmanImport::tr("this is not a Postman collection (v2.1 or v2.0): it has no \"info\" and "
                                       "\"item\"; export the collection from Postman as Collection v2.1"));
    }
    if (!schema.isEmpty() && !schema.contains(u"/v2.1."_s) && !schema.contains(u"/v2.0."_s)) {
        return Error(PostmanImport::tr("info.schema: \"%1\" is not a collection format Hooksmith reads; export the "
                                       "collection from Postman as Collection v2.1")
                         .arg(schema));
    }
    for (const QJsonValue& v : root.value(u"variable"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(u"key"_s).toString(o.value(u"id"_s).toString());
        if (key.isEmpty() || o.value(u"disabled"_s).toBool())
            continue;
        if (o.value(u"type"_s).toString() == u"secret"_s && isVariableName(key)) {
            m_secretVariables.insert(key);
            m_variables.insert(key, QString());
        } else if (o.contains(u"value"_s)) {
            m_variables.insert(key, text(o.value(u"value"_s)));
        }
    }
    collectPasswordVariables(root, m_passwordVariables);
    if (root.value(u"event"_s).toArray().size() > 0)
        m_result.warnings.append(PostmanImport::tr("collection: its scripts are not carried over"));
    if (auto e = walk(root.value(u"item"_s).toArray(), {}, root.value(u"auth"_s), PostmanImport::tr("collection")))
        return *e;
    if (m_result.webhooks.isEmpty())
        return Error(PostmanImport::tr("the collection has no requests"));
    m_result.environment.name = root.value(u"info"_s).toObject().value(u"name"_s).toString().trimmed();
    if (m_result.environment.name.isEmpty())
        m_result.environment.name = u"Postman"_s;
    QStringList secrets;
    for (const QString& name : m_kept) {
        EnvVariable v;
        v.name = name;
        v.secret = m_secretVariables.contains(name);
        if (v.secret)
            secrets.append(name);
        else
            v.value = m_variables.value(name);
        m_result.environment.variables.append(v);
    }
    if (!secrets.isEmpty()) {
        m_result.warnings.append(
            PostmanImport::tr("secret collection variables are imported without their values (a secret belongs in "
                              "the keychain): set %1 in Edit > Environments")
                .arg(secrets.join(u", "_s)));
    }
    if (!m_inlined.isEmpty()) {
        m_result.warnings.append(PostmanImport::tr("collection variables written into the webhooks as their values: %1")
                                     .arg(m_inlined.join(u", "_s)));
    }
    if (!m_fromEnvironment.isEmpty()) {
        QStringList refs;
        for (const QString& n : m_fromEnvironment)
            refs.append(u"{{env:"_s + n + u"}}"_s);
        m_result.warnings.append(
            PostmanImport::tr("variables without a value in the collection are read from the environment when "
                              "sending (set them before sending): %1")
                .arg(refs.join(u", "_s)));
    }
    return std::move(m_result);
}

} // namespace

Result<ImportResult> PostmanImport::parse(const QByteArray& json)
{
    return Importer().run(json);
}

} // namespace hooksmith

#include "WorkspaceFile.h"

#include "Template.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

using Object = JsonValue::Object;

QString quoted(const QString& s)
{
    return u"\""_s + s + u"\""_s;
}

QString typeName(JsonValue::Type t)
{
    switch (t) {
    case JsonValue::Type::Null:
        return WorkspaceFile::tr("null");
    case JsonValue::Type::Bool:
        return WorkspaceFile::tr("true/false");
    case JsonValue::Type::Number:
        return WorkspaceFile::tr("a number");
    case JsonValue::Type::String:
        return WorkspaceFile::tr("a string");
    case JsonValue::Type::Array:
        return WorkspaceFile::tr("a list");
    case JsonValue::Type::Object:
        return WorkspaceFile::tr("an object");
    }
    return {};
}

/// Reads typed members of one JSON object, collecting type problems.
class ObjectReader
{
public:
    ObjectReader(const Object& object, QList<Problem>& problems, QString subject, QString prefix, int webhookIndex,
                 QList<QStringView> known)
        : m_object(object)
        , m_problems(problems)
        , m_subject(std::move(subject))
        , m_prefix(std::move(prefix))
        , m_webhookIndex(webhookIndex)
        , m_known(std::move(known))
    {}

    const JsonValue* get(QStringView key) const
    {
        for (const auto& member : m_object) {
            if (member.first == key)
                return &member.second;
        }
        return nullptr;
    }

    bool has(QStringView key) const { return get(key) != nullptr; }

    QString field(QStringView key) const { return m_prefix + key.toString(); }

    void error(const QString& fieldName, const QString& message)
    {
        Problem p;
        p.subject = m_subject;
        p.field = fieldName;
        p.message = message;
        p.webhookIndex = m_webhookIndex;
        m_problems.append(p);
    }

    bool expect(QStringView key, const JsonValue& v, JsonValue::Type type, const QString& expected)
    {
        if (v.type() == type)
            return true;
        error(field(key), WorkspaceFile::tr("expected %1, found %2").arg(expected, typeName(v.type())));
        return false;
    }

    void string(QStringView key, QString& out)
    {
        if (const JsonValue* v = get(key); v && expect(key, *v, JsonValue::Type::String, WorkspaceFile::tr("a string")))
            out = v->text();
    }

    void optionalString(QStringView key, std::optional<QString>& out)
    {
        if (const JsonValue* v = get(key); v && expect(key, *v, JsonValue::Type::String, WorkspaceFile::tr("a string")))
            out = v->text();
    }

    void boolean(QStringView key, bool& out)
    {
        if (const JsonValue* v = get(key);
            v && expect(key, *v, JsonValue::Type::Bool, WorkspaceFile::tr("true or false")))
            out = v->toBool();
    }

    bool integer(QStringView key, int& out, qint64 min, qint64 max)
    {
        const JsonValue* v = get(key);
        if (!v || !expect(key, *v, JsonValue::Type::Number, WorkspaceFile::tr("a whole number")))
            return false;
        return toInteger(field(key), *v, out, min, max);
    }

    bool toInteger(const QString& fieldName, const JsonValue& v, int& out, qint64 min, qint64 max)
    {
        bool ok = false;
        const qint64 n = v.text().toLongLong(&ok);
        if (!ok) {
            error(fieldName, WorkspaceFile::tr("expected a whole number, found %1").arg(v.text()));
            return false;
        }
        if (n < min || n > max) {
            error(fieldName, WorkspaceFile::tr("%1 is out of range (%2 to %3)").arg(n).arg(min).arg(max));
            return false;
        }
        out = int(n);
        return true;
    }

    const Object* object(QStringView key)
    {
        if (const JsonValue* v = get(key);
            v && expect(key, *v, JsonValue::Type::Object, WorkspaceFile::tr("an object")))
            return &v->objectMembers();
        return nullptr;
    }

    const JsonValue::Array* array(QStringView key)
    {
        if (const JsonValue* v = get(key); v && expect(key, *v, JsonValue::Type::Array, WorkspaceFile::tr("a list")))
            return &v->arrayItems();
        return nullptr;
    }

    Object extra() const
    {
        Object out;
        for (const auto& member : m_object) {
            if (!m_known.contains(QStringView(member.first)))
                out.append(member);
        }
        return out;
    }

    const QString& subject() const { return m_subject; }
    int webhookIndex() const { return m_webhookIndex; }

private:
    const Object& m_object;
    QList<Problem>& m_problems;
    QString m_subject;
    QString m_prefix;
    int m_webhookIndex;
    QList<QStringView> m_known;
};

template <typename Row, typename Fill>
QList<Row> readRows(ObjectReader& parent, QStringView key, QList<Problem>& problems, Fill fill)
{
    QList<Row> rows;
    const JsonValue::Array* items = parent.array(key);
    if (!items)
        return rows;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QString prefix = u"%1[%2]"_s.arg(key).arg(i);
        const JsonValue& item = items->at(i);
        if (!item.isObject()) {
            parent.error(prefix, WorkspaceFile::tr("expected an object, found %1").arg(typeName(item.type())));
            continue;
        }
        rows.append(fill(item.objectMembers(), prefix + u'.', problems));
    }
    return rows;
}

Device readDevice(const Object& o, int index, QList<Problem>& problems)
{
    ObjectReader r(o, problems, u"devices[%1]"_s.arg(index), QString(), -1, {u"token", u"name", u"usb_serial"});
    Device d;
    r.string(u"token", d.token);
    r.string(u"name", d.name);
    r.string(u"usb_serial", d.usbSerial);
    d.extra = r.extra();
    return d;
}

SignalDef readSignal(const Object& o, int index, QList<Problem>& problems)
{
    ObjectReader r(o, problems, u"signals[%1]"_s.arg(index), QString(), -1, {u"number", u"name", u"unit"});
    SignalDef s;
    s.number = -1; // a missing number is reported by the validator with the others
    if (r.has(u"number"))
        r.integer(u"number", s.number, 0, 254);
    r.string(u"name", s.name);
    r.string(u"unit", s.unit);
    s.extra = r.extra();
    return s;
}

Environment readEnvironment(const Object& o, int index, QList<Problem>& problems)
{
    Environment e;
    for (const auto& m : o) {
        if (m.first == u"name" && m.second.isString() && !m.second.text().isEmpty())
            e.name = m.second.text();
    }
    const QString subject = e.name.isEmpty() ? u"environments[%1]"_s.arg(index) : u"environment "_s + quoted(e.name);
    ObjectReader r(o, problems, subject, QString(), -1, {u"name", u"variables"});
    e.name.clear();
    r.string(u"name", e.name);
    if (!r.has(u"name") || e.name.trimmed().isEmpty())
        r.error(u"name"_s, WorkspaceFile::tr("an environment needs a name"));
    e.variables = readRows<EnvVariable>(
        r, u"variables", problems, [&r](const Object& vo, const QString& prefix, QList<Problem>& out) {
            ObjectReader vr(vo, out, r.subject(), prefix, -1, {u"name", u"value", u"secret"});
            EnvVariable v;
            vr.string(u"name", v.name);
            vr.optionalString(u"value", v.value);
            vr.boolean(u"secret", v.secret);
            if (!isVariableName(v.name)) {
                vr.error(vr.field(u"name"),
                         v.name.isEmpty()
                             ? WorkspaceFile::tr("a variable needs a name")
                             : WorkspaceFile::tr("%1 is not a valid variable name (letters, digits and _, not starting "
                                                 "with a digit)")
                                   .arg(quoted(v.name)));
            }
            if (!v.secret && !v.value)
                v.value = QString();
            v.extra = vr.extra();
            return v;
        });
    QSet<QString> names;
    for (qsizetype i = 0; i < e.variables.size(); ++i) {
        const QString& name = e.variables[i].name;
        if (!name.isEmpty() && names.contains(name)) {
            r.error(u"variables[%1].name"_s.arg(i),
                    WorkspaceFile::tr("the variable %1 is defined twice; names must be unique").arg(quoted(name)));
        }
        names.insert(name);
    }
    e.extra = r.extra();
    return e;
}

Webhook readWebhook(const Object& o, int index, QList<Problem>& problems)
{
    Webhook w;
    QString name;
    if (const auto* v = [&]() -> const JsonValue* {
            for (const auto& m : o)
                if (m.first == u"name")
                    return &m.second;
            return nullptr;
        }();
        v && v->isString() && !v->text().isEmpty()) {
        name = v->text();
    }
    const QString subject = name.isEmpty() ? u"webhooks[%1]"_s.arg(index) : u"webhook "_s + quoted(name);
    ObjectReader r(o, problems, subject, QString(), index,
                   {u"id", u"name", u"enabled", u"disabled_reason", u"event", u"url", u"method", u"format", u"body",
                    u"custom_body", u"content_type", u"headers", u"query", u"auth", u"signing", u"devices", u"signals",
                    u"delivery", u"created"});
    r.string(u"id", w.id);
    r.string(u"name", w.name);
    r.boolean(u"enabled", w.enabled);
    r.string(u"disabled_reason", w.disabledReason);
    r.string(u"event", w.event);
    r.string(u"url", w.url);

    QString text;
    if (r.has(u"method")) {
        r.string(u"method", text);
        if (const JsonValue* v = r.get(u"method"); v && v->isString()) {
            if (const auto m = methodFromName(v->text()))
                w.method = *m;
            else
                r.error(u"method"_s,
                        WorkspaceFile::tr("unknown method %1; use GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS")
                            .arg(quoted(v->text())));
        }
    }
    if (const JsonValue* v = r.get(u"format");
        v && r.expect(u"format", *v, JsonValue::Type::String, WorkspaceFile::tr("a string"))) {
        if (const auto f = formatFromName(v->text()))
            w.format = *f;
        else
            r.error(u"format"_s,
                    WorkspaceFile::tr("unknown format %1; use json, form, custom or none").arg(quoted(v->text())));
    }

    w.body = readRows<BodyRow>(r, u"body", problems, [&](const Object& row, const QString& prefix, QList<Problem>& p) {
        ObjectReader rr(row, p, subject, prefix, index, {u"key", u"preset", u"value", u"enabled"});
        BodyRow b;
        rr.string(u"key", b.key);
        if (rr.has(u"preset") && rr.has(u"value"))
            rr.error(prefix.chopped(1), WorkspaceFile::tr("a row has either \"preset\" or \"value\", not both"));
        if (rr.has(u"preset")) {
            b.usePreset = true;
            rr.string(u"preset", b.preset);
        } else {
            rr.string(u"value", b.value);
        }
        rr.boolean(u"enabled", b.enabled);
        b.extra = rr.extra();
        return b;
    });
    r.string(u"custom_body", w.customBody);
    r.string(u"content_type", w.contentType);
    auto nameValue = [&](const Object& row, const QString& prefix, QList<Problem>& p) {
        ObjectReader rr(row, p, subject, prefix, index, {u"name", u"value", u"enabled"});
        NameValueRow nv;
        rr.string(u"name", nv.name);
        rr.string(u"value", nv.value);
        rr.boolean(u"enabled", nv.enabled);
        nv.extra = rr.extra();
        return nv;
    };
    w.headers = readRows<NameValueRow>(r, u"headers", problems, nameValue);
    w.query = readRows<NameValueRow>(r, u"query", problems, nameValue);

    if (const Object* auth = r.object(u"auth")) {
        ObjectReader ar(*auth, problems, subject, u"auth."_s, index, {u"type", u"username", u"password"});
        if (const JsonValue* v = ar.get(u"type");
            v && ar.expect(u"type", *v, JsonValue::Type::String, WorkspaceFile::tr("a string"))) {
            if (const auto t = authTypeFromName(v->text()))
                w.auth.type = *t;
            else
                ar.error(u"auth.type"_s,
                         WorkspaceFile::tr("unknown type %1; use none or basic").arg(quoted(v->text())));
        }
        ar.string(u"username", w.auth.username);
        ar.optionalString(u"password", w.auth.password);
        w.auth.extra = ar.extra();
    }
    if (const Object* signing = r.object(u"signing")) {
        ObjectReader sr(*signing, problems, subject, u"signing."_s, index, {u"scheme", u"secret"});
        if (const JsonValue* v = sr.get(u"scheme");
            v && sr.expect(u"scheme", *v, JsonValue::Type::String, WorkspaceFile::tr("a string"))) {
            if (const auto s = signingSchemeFromName(v->text()))
                w.signing.scheme = *s;
            else
                sr.error(u"signing.scheme"_s,
                         WorkspaceFile::tr("unknown scheme %1; use none, standard-webhooks, github or stripe")
                             .arg(quoted(v->text())));
        }
        sr.optionalString(u"secret", w.signing.secret);
        w.signing.extra = sr.extra();
    }
    if (const JsonValue::Array* devices = r.array(u"devices")) {
        for (qsizetype i = 0; i < devices->size(); ++i) {
            const JsonValue& d = devices->at(i);
            if (d.isString())
                w.devices.append(d.text());
            else
                r.error(u"devices[%1]"_s.arg(i),
                        WorkspaceFile::tr("expected a device token (a string), found %1").arg(typeName(d.type())));
        }
    }
    if (const JsonValue::Array* signalList = r.array(u"signals")) {
        for (qsizetype i = 0; i < signalList->size(); ++i) {
            const JsonValue& s = signalList->at(i);
            int n = 0;
            const QString f = u"signals[%1]"_s.arg(i);
            if (!s.isNumber())
                r.error(f, WorkspaceFile::tr("expected a signal number, found %1").arg(typeName(s.type())));
            else if (r.toInteger(f, s, n, 0, 254))
                w.signalNumbers.append(n);
        }
    }
    if (const Object* delivery = r.object(u"delivery")) {
        ObjectReader dr(
            *delivery, problems, subject, u"delivery."_s, index,
            {u"timeout_ms", u"max_attempts", u"follow_redirects", u"order", u"pinned_certificate_sha256", u"ca_file"});
        dr.integer(u"timeout_ms", w.delivery.timeoutMs, 100, 600000);
        dr.integer(u"max_attempts", w.delivery.maxAttempts, 1, 100);
        dr.boolean(u"follow_redirects", w.delivery.followRedirects);
        if (const JsonValue* order = dr.get(u"order");
            order &&
            dr.expect(u"order", *order, JsonValue::Type::String, WorkspaceFile::tr("\"device\" or \"none\""))) {
            if (const auto parsed = deliveryOrderFromName(order->text()))
                w.delivery.order = *parsed;
            else
                dr.error(dr.field(u"order"),
                         WorkspaceFile::tr("%1 is not an order; use \"device\" (the default: each device's "
                                           "signals in the order the board sent them) or \"none\"")
                             .arg(quoted(order->text())));
        }
        dr.string(u"pinned_certificate_sha256", w.delivery.pinnedCertificate);
        dr.string(u"ca_file", w.delivery.caFile);
        w.delivery.extra = dr.extra();
    }
    if (const JsonValue* v = r.get(u"created");
        v && r.expect(u"created", *v, JsonValue::Type::String, WorkspaceFile::tr("a date"))) {
        w.created = QDateTime::fromString(v->text(), Qt::ISODateWithMs);
        if (!w.created.isValid())
            r.error(u"created"_s, WorkspaceFile::tr("%1 is not an ISO 8601 date").arg(quoted(v->text())));
    }
    w.extra = r.extra();
    return w;
}

// ---- writing ----

class Writer
{
public:
    void value(const JsonValue& v, int indent)
    {
        switch (v.type()) {
        case JsonValue::Type::Array: {
            const auto& items = v.arrayItems();
            if (items.isEmpty()) {
                m_out += u"[]";
                return;
            }
            const bool scalars = std::all_of(items.begin(), items.end(),
                                             [](const JsonValue& i) { return !i.isArray() && !i.isObject(); });
            if (scalars) {
                m_out += u'[';
                for (qsizetype i = 0; i < items.size(); ++i) {
                    if (i)
                        m_out += u", ";
                    items[i].appendJson(m_out);
                }
                m_out += u']';
                return;
            }
            m_out += u"[\n";
            for (qsizetype i = 0; i < items.size(); ++i) {
                pad(indent + 1);
                value(items[i], indent + 1);
                m_out += i + 1 < items.size() ? u",\n" : u"\n";
            }
            pad(indent);
            m_out += u']';
            return;
        }
        case JsonValue::Type::Object: {
            const auto& members = v.objectMembers();
            if (members.isEmpty()) {
                m_out += u"{}";
                return;
            }
            // Small flat objects (body rows, headers, auth, delivery) stay on one line.
            if (const QString line = inlineObject(v); !line.isEmpty() && indent * 2 + line.size() <= kInlineWidth) {
                m_out += line;
                return;
            }
            m_out += u"{\n";
            for (qsizetype i = 0; i < members.size(); ++i) {
                pad(indent + 1);
                appendJsonString(m_out, members[i].first);
                m_out += u": ";
                value(members[i].second, indent + 1);
                m_out += i + 1 < members.size() ? u",\n" : u"\n";
            }
            pad(indent);
            m_out += u'}';
            return;
        }
        default:
            v.appendJson(m_out);
        }
    }

    QString take() { return std::move(m_out); }

private:
    static constexpr qsizetype kInlineWidth = 110;

    static bool isScalar(const JsonValue& v) { return !v.isArray() && !v.isObject(); }

    /// `{ "a": 1, "b": [1, 2] }` when every member is a scalar or a list of scalars; else empty.
    static QString inlineObject(const JsonValue& v)
    {
        QString line = u"{ "_s;
        const auto& members = v.objectMembers();
        for (qsizetype i = 0; i < members.size(); ++i) {
            const JsonValue& m = members[i].second;
            if (m.isObject() || (m.isArray() && !std::all_of(m.arrayItems().begin(), m.arrayItems().end(), isScalar)))
                return {};
            if (i)
                line += u", ";
            appendJsonString(line, members[i].first);
            line += u": ";
            if (m.isArray()) {
                line += u'[';
                for (qsizetype k = 0; k < m.arrayItems().size(); ++k) {
                    if (k)
                        line += u", ";
                    m.arrayItems()[k].appendJson(line);
                }
                line += u']';
            } else {
                m.appendJson(line);
            }
            if (line.size() > kInlineWidth)
                return {};
        }
        return line + u" }"_s;
    }

    void pad(int indent)
    {
        for (int i = 0; i < indent; ++i)
            m_out += u"  ";
    }

    QString m_out;
};

void put(Object& o, const QString& key, JsonValue v)
{
    o.append({key, std::move(v)});
}

JsonValue str(const QString& s)
{
    return JsonValue::string(s);
}

Object withExtra(Object o, const Object& extra)
{
    for (const auto& member : extra)
        o.append(member);
    return o;
}

JsonValue toJson(const Environment& e)
{
    Object o;
    put(o, u"name"_s, str(e.name));
    JsonValue::Array variables;
    for (const EnvVariable& v : e.variables) {
        Object vo;
        put(vo, u"name"_s, str(v.name));
        // A secret's value is written only as references; anything else belongs in the keychain.
        if (v.value && (!v.secret || WorkspaceFile::isEnvReference(*v.value)))
            put(vo, u"value"_s, str(*v.value));
        if (v.secret)
            put(vo, u"secret"_s, JsonValue::boolean(true));
        variables.append(JsonValue::object(withExtra(vo, v.extra)));
    }
    put(o, u"variables"_s, JsonValue::array(variables));
    return JsonValue::object(withExtra(o, e.extra));
}

JsonValue toJson(const Webhook& w)
{
    Object o;
    put(o, u"id"_s, str(w.id));
    put(o, u"name"_s, str(w.name));
    put(o, u"enabled"_s, JsonValue::boolean(w.enabled));
    if (!w.disabledReason.isEmpty())
        put(o, u"disabled_reason"_s, str(w.disabledReason));
    put(o, u"event"_s, str(w.event));
    put(o, u"url"_s, str(w.url));
    put(o, u"method"_s, str(methodName(w.method)));
    put(o, u"format"_s, str(formatName(w.format)));
    JsonValue::Array body;
    for (const BodyRow& row : w.body) {
        Object r;
        put(r, u"key"_s, str(row.key));
        if (row.usePreset)
            put(r, u"preset"_s, str(row.preset));
        else
            put(r, u"value"_s, str(row.value));
        put(r, u"enabled"_s, JsonValue::boolean(row.enabled));
        body.append(JsonValue::object(withExtra(r, row.extra)));
    }
    put(o, u"body"_s, JsonValue::array(body));
    put(o, u"custom_body"_s, str(w.customBody));
    put(o, u"content_type"_s, str(w.contentType));
    auto rows = [](const QList<NameValueRow>& list) {
        JsonValue::Array out;
        for (const NameValueRow& row : list) {
            Object r;
            put(r, u"name"_s, str(row.name));
            put(r, u"value"_s, str(row.value));
            put(r, u"enabled"_s, JsonValue::boolean(row.enabled));
            out.append(JsonValue::object(withExtra(r, row.extra)));
        }
        return JsonValue::array(out);
    };
    put(o, u"headers"_s, rows(w.headers));
    put(o, u"query"_s, rows(w.query));
    Object auth;
    put(auth, u"type"_s, str(authTypeName(w.auth.type)));
    if (w.auth.type != AuthType::None || !w.auth.username.isEmpty())
        put(auth, u"username"_s, str(w.auth.username));
    if (w.auth.password && WorkspaceFile::isEnvReference(*w.auth.password))
        put(auth, u"password"_s, str(*w.auth.password));
    put(o, u"auth"_s, JsonValue::object(withExtra(auth, w.auth.extra)));
    Object signing;
    put(signing, u"scheme"_s, str(signingSchemeName(w.signing.scheme)));
    if (w.signing.secret && WorkspaceFile::isEnvReference(*w.signing.secret))
        put(signing, u"secret"_s, str(*w.signing.secret));
    put(o, u"signing"_s, JsonValue::object(withExtra(signing, w.signing.extra)));
    JsonValue::Array devices;
    for (const QString& token : w.devices)
        devices.append(str(token));
    put(o, u"devices"_s, JsonValue::array(devices));
    JsonValue::Array signalList;
    for (const int n : w.signalNumbers)
        signalList.append(JsonValue::integer(n));
    put(o, u"signals"_s, JsonValue::array(signalList));
    Object delivery;
    put(delivery, u"timeout_ms"_s, JsonValue::integer(w.delivery.timeoutMs));
    put(delivery, u"max_attempts"_s, JsonValue::integer(w.delivery.maxAttempts));
    put(delivery, u"follow_redirects"_s, JsonValue::boolean(w.delivery.followRedirects));
    put(delivery, u"order"_s, str(deliveryOrderName(w.delivery.order)));
    if (!w.delivery.pinnedCertificate.isEmpty())
        put(delivery, u"pinned_certificate_sha256"_s, str(w.delivery.pinnedCertificate));
    if (!w.delivery.caFile.isEmpty())
        put(delivery, u"ca_file"_s, str(w.delivery.caFile));
    put(o, u"delivery"_s, JsonValue::object(withExtra(delivery, w.delivery.extra)));
    if (w.created.isValid())
        put(o, u"created"_s, str(w.created.toUTC().toString(Qt::ISODateWithMs)));
    return JsonValue::object(withExtra(o, w.extra));
}

} // namespace

LoadResult WorkspaceFile::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult result;
        Problem p;
        p.message = tr("cannot open the file: %1").arg(file.errorString());
        result.problems.append(p);
        return result;
    }
    return parse(file.readAll());
}

LoadResult WorkspaceFile::parse(const QByteArray& data)
{
    LoadResult result;
    auto fileError = [&](const QString& message, int line = 0, int column = 0) {
        Problem p;
        p.message = message;
        p.line = line;
        p.column = column;
        result.problems.append(p);
        return result;
    };

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(data);
    if (decoder.hasError())
        return fileError(tr("the file is not valid UTF-8 text"));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    JsonValue root;
    JsonParseError error;
    // A key given twice is an error, not a choice: readers disagree on which value counts (this parser
    // used to keep the first, jq and Python keep the last), so what a reviewer sees could differ from
    // what is sent.
    if (!parseJson(text, root, &error, JsonDuplicateKeys::Refuse)) {
        const auto [line, column] = lineAndColumn(text, error.offset);
        if (error.firstOffset >= 0) {
            const auto [firstLine, firstColumn] = lineAndColumn(text, error.firstOffset);
            QString key;
            appendJsonString(key, error.duplicateKey);
            return fileError(tr("invalid JSON: the key %1 is given twice in the same object (first at line %2, "
                                "column %3); JSON readers disagree on which value counts, so give each key once")
                                 .arg(key)
                                 .arg(firstLine)
                                 .arg(firstColumn),
                             line, column);
        }
        return fileError(tr("invalid JSON: %1").arg(error.message), line, column);
    }
    if (!root.isObject())
        return fileError(tr("expected a JSON object at the top level, found %1").arg(typeName(root.type())));

    QList<Problem>& problems = result.problems;
    ObjectReader r(root.objectMembers(), problems, QString(), QString(), -1,
                   {u"hooksmith", u"user_id", u"devices", u"signals", u"environments", u"webhooks"});
    Workspace ws;
    const JsonValue* version = r.get(u"hooksmith");
    if (!version)
        return fileError(tr("not a Hooksmith workspace: the \"hooksmith\" format version is missing"));
    if (!version->isNumber() || !isJsonNumber(version->text()) || version->text().contains(u'.') ||
        version->text().contains(u'e', Qt::CaseInsensitive)) {
        return fileError(tr("\"hooksmith\" must be the format version, a whole number such as 1"));
    }
    bool ok = false;
    const qint64 v = version->text().toLongLong(&ok);
    if (!ok || v > Workspace::kFormatVersion) {
        return fileError(tr("this workspace was written by a newer Hooksmith (format version %1); this version "
                            "reads format version %2. Update Hooksmith to open it; the file was not changed.")
                             .arg(version->text())
                             .arg(Workspace::kFormatVersion));
    }
    if (v < 1)
        return fileError(tr("\"hooksmith\" is %1; the first format version is 1").arg(v));
    ws.version = int(v);
    r.string(u"user_id", ws.userId);

    if (const JsonValue::Array* devices = r.array(u"devices")) {
        for (qsizetype i = 0; i < devices->size(); ++i) {
            if (!devices->at(i).isObject())
                r.error(u"devices[%1]"_s.arg(i),
                        tr("expected an object, found %1").arg(typeName(devices->at(i).type())));
            else
                ws.devices.append(readDevice(devices->at(i).objectMembers(), int(i), problems));
        }
    }
    if (const JsonValue::Array* signalList = r.array(u"signals")) {
        for (qsizetype i = 0; i < signalList->size(); ++i) {
            if (!signalList->at(i).isObject())
                r.error(u"signals[%1]"_s.arg(i),
                        tr("expected an object, found %1").arg(typeName(signalList->at(i).type())));
            else
                ws.signalDefs.append(readSignal(signalList->at(i).objectMembers(), int(i), problems));
        }
    }
    if (const JsonValue::Array* environments = r.array(u"environments")) {
        QSet<QString> names;
        for (qsizetype i = 0; i < environments->size(); ++i) {
            if (!environments->at(i).isObject()) {
                r.error(u"environments[%1]"_s.arg(i),
                        tr("expected an object, found %1").arg(typeName(environments->at(i).type())));
                continue;
            }
            Environment e = readEnvironment(environments->at(i).objectMembers(), int(i), problems);
            if (!e.name.isEmpty() && names.contains(e.name)) {
                r.error(u"environments[%1].name"_s.arg(i),
                        tr("the environment %1 is defined twice; names must be unique").arg(quoted(e.name)));
            }
            names.insert(e.name);
            ws.environments.append(std::move(e));
        }
    }
    if (const JsonValue::Array* webhooks = r.array(u"webhooks")) {
        for (qsizetype i = 0; i < webhooks->size(); ++i) {
            if (!webhooks->at(i).isObject())
                r.error(u"webhooks[%1]"_s.arg(i),
                        tr("expected an object, found %1").arg(typeName(webhooks->at(i).type())));
            else
                ws.webhooks.append(readWebhook(webhooks->at(i).objectMembers(), int(i), problems));
        }
    }
    for (Webhook& w : ws.webhooks) {
        if (w.id.isEmpty()) {
            w.id = Webhook::derivedId(ws.userId, w.name);
            w.idDerived = true;
        }
    }
    ws.extra = r.extra();
    if (!hasErrors(problems))
        result.workspace = std::move(ws);
    return result;
}

QByteArray WorkspaceFile::serialize(const Workspace& ws)
{
    Object root;
    put(root, u"hooksmith"_s, JsonValue::integer(Workspace::kFormatVersion));
    put(root, u"user_id"_s, str(ws.userId));
    JsonValue::Array devices;
    for (const Device& d : ws.devices) {
        Object o;
        put(o, u"token"_s, str(d.token));
        put(o, u"name"_s, str(d.name));
        if (!d.usbSerial.isEmpty())
            put(o, u"usb_serial"_s, str(d.usbSerial));
        devices.append(JsonValue::object(withExtra(o, d.extra)));
    }
    put(root, u"devices"_s, JsonValue::array(devices));
    JsonValue::Array signalList;
    for (const SignalDef& s : ws.signalDefs) {
        Object o;
        if (s.number >= 0) // a missing number stays missing: -1 could not be read back
            put(o, u"number"_s, JsonValue::integer(s.number));
        put(o, u"name"_s, str(s.name));
        put(o, u"unit"_s, str(s.unit));
        signalList.append(JsonValue::object(withExtra(o, s.extra)));
    }
    put(root, u"signals"_s, JsonValue::array(signalList));
    if (!ws.environments.isEmpty()) {
        JsonValue::Array environments;
        for (const Environment& e : ws.environments)
            environments.append(toJson(e));
        put(root, u"environments"_s, JsonValue::array(environments));
    }
    JsonValue::Array webhooks;
    for (const Webhook& w : ws.webhooks)
        webhooks.append(toJson(w));
    put(root, u"webhooks"_s, JsonValue::array(webhooks));
    Writer writer;
    writer.value(JsonValue::object(withExtra(root, ws.extra)), 0);
    return (writer.take() + u'\n').toUtf8();
}

Status WorkspaceFile::save(const QString& path, const Workspace& workspace, bool replaceUnreadable)
{
    if (!replaceUnreadable && QFileInfo::exists(path)) {
        const LoadResult existing = load(path);
        if (!existing.workspace) {
            const QString why = existing.problems.isEmpty() ? QString() : existing.problems.front().message;
            return Error(tr("%1 was not overwritten: it is not a workspace this version can read (%2)").arg(path, why));
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("cannot write %1: %2").arg(path, file.errorString()));
    const QByteArray data = serialize(workspace);
    if (file.write(data) != data.size()) {
        file.cancelWriting();
        return Error(tr("cannot write %1: %2").arg(path, file.errorString()));
    }
    if (!file.commit())
        return Error(tr("cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

bool WorkspaceFile::isEnvReference(const QString& secretField)
{
    const auto t = Template::parse(secretField);
    if (!t || t->isEmpty())
        return false;
    for (const Template::Part& part : t->parts()) {
        if (part.kind != Template::Part::Kind::Placeholder ||
            (part.preset != Preset::Env && part.preset != Preset::Var))
            return false;
    }
    return true;
}

} // namespace hooksmith

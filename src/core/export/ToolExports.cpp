// The Postman, Bruno and Node-RED exports.
#include "ExportFormats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

Result<QList<ExportRequest>> buildAll(const ExportJob& job)
{
    QList<ExportRequest> out;
    for (const Webhook* w : job.webhooks) {
        auto r = ExportRequests::build(*job.workspace, *w, job.fill, job.variables);
        if (!r)
            return r.error();
        out.append(std::move(r).value());
    }
    return out;
}

QString plain(const ExportText& t)
{
    return t.join([](int) { return QString(); });
}

/// Postman and Bruno read "{{" in text as a variable: literal text holding it does not go through.
void warnBraces(const ExportRequest& r, const QString& tool, QStringList& warnings)
{
    QStringList fields;
    if (plain(r.url).contains(u"{{"_s))
        fields << u"url"_s;
    for (const ExportHeader& h : r.headers) {
        if (plain(h.value).contains(u"{{"_s))
            fields << u"header %1"_s.arg(h.name);
    }
    if (plain(r.body).contains(u"{{"_s))
        fields << u"body"_s;
    if (!fields.isEmpty()) {
        warnings << ExportFormats::tr("webhook \"%1\": %2 reads \"{{\" as the start of a variable, and the %3 "
                                      "holds it as text: check the request there")
                        .arg(r.webhookName, tool, fields.join(u", "_s));
    }
}

QString fileStem(const QString& name)
{
    return ExportRequests::variableStem(name).toLower();
}

QString randomHex()
{
    return QString::number(QRandomGenerator::global()->generate64() & 0xffffffffffffULL, 16).rightJustified(12, u'0');
}

QString methodLower(Method m)
{
    return methodName(m).toLower();
}

} // namespace

Result<ExportOutput> ExportFormats::postman(const ExportJob& job)
{
    const auto built = buildAll(job);
    if (!built)
        return built.error();
    ExportOutput out;
    QJsonArray items;
    QJsonArray variables;
    QStringList declared;
    for (const ExportRequest& r : *built) {
        out.warnings += r.warnings;
        const auto braces = [&r](const ExportText& t) {
            return t.withBraces(r.variables);
        };
        QJsonObject request;
        request[u"method"_s] = methodName(r.method);
        QJsonArray headers;
        for (const ExportHeader& h : r.headers)
            headers.append(QJsonObject{{u"key"_s, h.name}, {u"value"_s, braces(h.value)}, {u"type"_s, u"text"_s}});
        request[u"header"_s] = headers;
        request[u"url"_s] = braces(r.url);
        if (r.hasBody) {
            request[u"body"_s] = QJsonObject{{u"mode"_s, u"raw"_s}, {u"raw"_s, braces(r.body)}};
        }
        if (r.basicAuth) {
            const QString password = u"{{"_s + r.variables[r.basicAuth->passwordVariable].name + u"}}"_s;
            request[u"auth"_s] = QJsonObject{
                {u"type"_s, u"basic"_s},
                {u"basic"_s,
                 QJsonArray{QJsonObject{{u"key"_s, u"username"_s},
                                        {u"value"_s, braces(r.basicAuth->username)},
                                        {u"type"_s, u"string"_s}},
                            QJsonObject{{u"key"_s, u"password"_s}, {u"value"_s, password}, {u"type"_s, u"string"_s}}}}};
        } else {
            request[u"auth"_s] = QJsonObject{{u"type"_s, u"noauth"_s}};
        }
        QJsonObject item{{u"name"_s, r.webhookName}, {u"request"_s, request}};
        // Postman adds headers of its own; the webhook sends only its own.
        item[u"protocolProfileBehavior"_s] =
            QJsonObject{{u"disableBodyPruning"_s, true},
                        {u"disabledSystemHeaders"_s, QJsonObject{{u"accept"_s, true},
                                                                 {u"accept-encoding"_s, true},
                                                                 {u"cache-control"_s, true},
                                                                 {u"postman-token"_s, true},
                                                                 {u"content-type"_s, !r.hasBody}}},
                        {u"followRedirects"_s, r.followRedirects}};
        // Postman has no time limit or retries per request: kept beside it for an import back into Hooksmith,
        // under the workspace format's own names. Postman and newman leave the member alone.
        item[u"hooksmith"_s] = QJsonObject{{u"timeout_ms"_s, r.timeoutMs}, {u"max_attempts"_s, r.maxAttempts}};
        items.append(item);
        for (const ExportVariable& v : r.variables) {
            // Secrets and {{env:...}} values come from the environment (newman --env-var, or a Postman
            // environment), never from the collection; presets and the environment's variables are
            // collection variables.
            if (v.kind == ExportVariable::Kind::Env || declared.contains(v.name))
                continue;
            declared << v.name;
            variables.append(
                QJsonObject{{u"key"_s, v.name},
                            {u"value"_s, v.value},
                            {u"type"_s, u"string"_s},
                            {u"description"_s, QString(v.description + (v.json ? u" (JSON)"_s : QString()))}});
        }
    }
    // Text that reads as a Postman variable, {{NAME}}, is declared as itself: Postman sends it as it is,
    // and an import reads it back as text.
    static const QRegularExpression braces(u"\\{\\{([A-Za-z_][A-Za-z0-9_.-]*)\\}\\}"_s);
    for (const ExportRequest& r : *built) {
        QStringList texts{plain(r.url), plain(r.body)};
        for (const ExportHeader& h : r.headers)
            texts << plain(h.value);
        if (r.basicAuth)
            texts << plain(r.basicAuth->username);
        for (const QString& text : texts) {
            for (auto it = braces.globalMatch(text); it.hasNext();) {
                const QString key = it.next().captured(1);
                if (r.variableIndex(key) >= 0) {
                    out.warnings << tr("webhook \"%1\": Postman reads the text {{%2}} as its variable %2: check the "
                                       "request there")
                                        .arg(r.webhookName, key);
                    continue;
                }
                if (declared.contains(key))
                    continue;
                declared << key;
                variables.append(QJsonObject{{u"key"_s, key},
                                             {u"value"_s, QString(u"{{"_s + key + u"}}"_s)},
                                             {u"type"_s, u"string"_s},
                                             {u"description"_s, u"Text, not a variable: sent as it is."_s}});
            }
        }
    }
    const QString name = job.instanceName.isEmpty() ? u"Hooksmith"_s : job.instanceName;
    QJsonObject collection{
        {u"info"_s,
         QJsonObject{{u"_postman_id"_s, newUuid()},
                     {u"name"_s, name},
                     {u"schema"_s, u"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"_s}}},
        {u"item"_s, items}};
    if (!variables.isEmpty())
        collection[u"variable"_s] = variables;
    out.files.append(
        {fileStem(name) + u".postman_collection.json"_s, QJsonDocument(collection).toJson(QJsonDocument::Indented)});
    return out;
}

Result<ExportOutput> ExportFormats::bruno(const ExportJob& job)
{
    const auto built = buildAll(job);
    if (!built)
        return built.error();
    ExportOutput out;
    int seq = 0;
    for (const ExportRequest& r : *built) {
        out.warnings += r.warnings;
        warnBraces(r, u"Bruno"_s, out.warnings);
        // Presets and secrets come from the environment bru runs in; the environment's variables are the
        // request's own variables, with their values.
        const auto ref = [&r](const ExportText& t) {
            return t.join([&r](int i) -> QString {
                const ExportVariable& v = r.variables[i];
                return v.kind == ExportVariable::Kind::Variable ? u"{{"_s + v.name + u"}}"_s
                                                                : u"{{process.env."_s + v.name + u"}}"_s;
            });
        };
        QString bru;
        bru += u"meta {\n  name: %1\n  type: http\n  seq: %2\n}\n\n"_s.arg(r.webhookName).arg(++seq);
        bru += methodLower(r.method) + u" {\n  url: "_s + ref(r.url) + u'\n';
        bru += r.hasBody ? u"  body: text\n"_s : u"  body: none\n"_s;
        bru += r.basicAuth ? u"  auth: basic\n"_s : u"  auth: none\n"_s;
        bru += u"}\n"_s;
        if (!r.headers.isEmpty()) {
            bru += u"\nheaders {\n"_s;
            for (const ExportHeader& h : r.headers)
                bru += u"  "_s + h.name + u": "_s + ref(h.value) + u'\n';
            bru += u"}\n"_s;
        }
        QString vars;
        for (const ExportVariable& v : r.variables) {
            if (v.kind != ExportVariable::Kind::Variable)
                continue;
            if (v.value.contains(u'\n') || v.value.contains(u'\r') || v.value != v.value.trimmed()) {
                out.warnings << tr("webhook \"%1\": a Bruno variable is one line without spaces around it, so the "
                                   "value of %2 is not carried exactly")
                                    .arg(r.webhookName, v.name);
            }
            vars += u"  "_s + v.name + u": "_s + QString(v.value).replace(u'\n', u' ').replace(u'\r', u' ') + u'\n';
        }
        if (!vars.isEmpty())
            bru += u"\nvars:pre-request {\n"_s + vars + u"}\n"_s;
        if (r.basicAuth) {
            bru += u"\nauth:basic {\n  username: "_s + ref(r.basicAuth->username) + u"\n  password: {{process.env."_s +
                   r.variables[r.basicAuth->passwordVariable].name + u"}}\n}\n"_s;
        }
        if (r.hasBody) {
            const QString body = ref(r.body);
            if (body.endsWith(u'\n') || body.contains(u'\r')) {
                out.warnings << tr("webhook \"%1\": a Bruno text body cannot end with a line break or hold a "
                                   "carriage return: they are not carried")
                                    .arg(r.webhookName);
            }
            bru += u"\nbody:text {\n"_s;
            for (const QString& line : body.split(u'\n'))
                bru += u"  "_s + line + u'\n';
            bru += u"}\n"_s;
        }
        out.files.append({fileStem(r.webhookName) + u".bru"_s, bru.toUtf8()});
    }
    if (built->size() > 1) {
        const QString name = job.instanceName.isEmpty() ? u"Hooksmith"_s : job.instanceName;
        const QJsonObject collection{{u"version"_s, u"1"_s},
                                     {u"name"_s, name},
                                     {u"type"_s, u"collection"_s},
                                     {u"ignore"_s, QJsonArray{u"node_modules"_s, u".git"_s}}};
        out.files.prepend({u"bruno.json"_s, QJsonDocument(collection).toJson(QJsonDocument::Indented)});
        out.directory = true;
    }
    return out;
}

Result<ExportOutput> ExportFormats::nodeRed(const ExportJob& job)
{
    const auto built = buildAll(job);
    if (!built)
        return built.error();
    ExportOutput out;
    QJsonArray flow;
    const QString tab = randomHex();
    const QString name = job.instanceName.isEmpty() ? u"Hooksmith"_s : job.instanceName;
    flow.append(
        QJsonObject{{u"id"_s, tab},
                    {u"type"_s, u"tab"_s},
                    {u"label"_s, QString(u"Hooksmith: "_s + name)},
                    {u"disabled"_s, false},
                    {u"info"_s, u"Exported from Hooksmith: one inject, function and http request per webhook."_s}});
    // The environment's variables kept: environment variables of the flow's tab, with their values.
    QJsonArray tabEnv;
    QStringList tabNames;
    for (const ExportRequest& r : *built) {
        for (const ExportVariable& v : r.variables) {
            if (v.kind != ExportVariable::Kind::Variable || tabNames.contains(v.name))
                continue;
            tabNames << v.name;
            tabEnv.append(QJsonObject{{u"name"_s, v.name}, {u"value"_s, v.value}, {u"type"_s, u"str"_s}});
        }
    }
    if (!tabEnv.isEmpty()) {
        QJsonObject tabNode = flow[0].toObject();
        tabNode[u"env"_s] = tabEnv;
        flow[0] = tabNode;
    }
    int row = 0;
    for (const ExportRequest& r : *built) {
        out.warnings += r.warnings;
        const QString inject = randomHex();
        const QString function = randomHex();
        const QString http = randomHex();
        const int y = 60 + row++ * 80;

        // The inject node's payload gives the presets left open; the function writes them into the
        // request as text, JSON presets as JSON.
        QJsonObject presets;
        QString code = u"// The request of the Hooksmith webhook \"%1\".\n"_s.arg(r.webhookName);
        code +=
            u"const preset = (name, json) => {\n"
            "    const v = msg.payload !== null && typeof msg.payload === 'object' ? msg.payload[name] : undefined;\n"
            "    if (v === undefined) throw new Error('msg.payload.' + name + ' is not set');\n"
            "    return json ? JSON.stringify(v) : String(v);\n"
            "};\n"
            "const secret = (name) => {\n"
            "    const v = env.get(name);\n"
            "    if (v === undefined) throw new Error('the environment variable ' + name + ' is not set');\n"
            "    return String(v);\n"
            "};\n"_s;
        const auto js = [&r](const ExportText& t) {
            QStringList parts;
            for (const ExportText::Piece& p : t.pieces) {
                if (p.variable < 0) {
                    parts << QString::fromUtf8(QJsonDocument(QJsonArray{p.text}).toJson(QJsonDocument::Compact))
                                 .chopped(1)
                                 .mid(1);
                    continue;
                }
                const ExportVariable& v = r.variables[p.variable];
                // A secret and a variable of the tab are both env.get(): the tab's first, then Node-RED's.
                parts << (v.kind != ExportVariable::Kind::Preset
                              ? u"secret(\"%1\")"_s.arg(v.name)
                              : u"preset(\"%1\", %2)"_s.arg(v.name, v.json ? u"true"_s : u"false"_s));
            }
            return parts.isEmpty() ? u"\"\""_s : parts.join(u" + "_s);
        };
        for (const ExportVariable& v : r.variables) {
            if (v.kind == ExportVariable::Kind::Preset)
                presets[v.name] = v.json ? QJsonValue(0) : QJsonValue(QString());
        }
        code += u"msg.method = \"%1\";\n"_s.arg(methodName(r.method));
        code += u"msg.url = "_s + js(r.url) + u";\n"_s;
        code += u"msg.headers = {};\n"_s;
        for (const ExportHeader& h : r.headers)
            code += u"msg.headers[\"%1\"] = %2;\n"_s.arg(h.name, js(h.value));
        if (r.basicAuth) {
            code += u"msg.headers[\"Authorization\"] = \"Basic \" + Buffer.from(%1 + \":\" + secret(\"%2\"), "
                    "\"utf8\").toString(\"base64\");\n"_s.arg(js(r.basicAuth->username),
                                                              r.variables[r.basicAuth->passwordVariable].name);
        }
        code += r.hasBody ? u"msg.payload = "_s + js(r.body) + u";\n"_s : u"delete msg.payload;\n"_s;
        code += u"return msg;\n"_s;

        flow.append(
            QJsonObject{{u"id"_s, inject},
                        {u"type"_s, u"inject"_s},
                        {u"z"_s, tab},
                        {u"name"_s, r.webhookName},
                        {u"props"_s, QJsonArray{QJsonObject{{u"p"_s, u"payload"_s}}}},
                        {u"repeat"_s, QString()},
                        {u"crontab"_s, QString()},
                        {u"once"_s, true},
                        {u"onceDelay"_s, u"0.5"_s},
                        {u"topic"_s, QString()},
                        {u"payload"_s, QString::fromUtf8(QJsonDocument(presets).toJson(QJsonDocument::Compact))},
                        {u"payloadType"_s, u"json"_s},
                        {u"x"_s, 140},
                        {u"y"_s, y},
                        {u"wires"_s, QJsonArray{QJsonArray{function}}}});
        flow.append(QJsonObject{{u"id"_s, function},
                                {u"type"_s, u"function"_s},
                                {u"z"_s, tab},
                                {u"name"_s, u"build request"_s},
                                {u"func"_s, code},
                                {u"outputs"_s, 1},
                                {u"timeout"_s, 0},
                                {u"noerr"_s, 0},
                                {u"initialize"_s, QString()},
                                {u"finalize"_s, QString()},
                                {u"libs"_s, QJsonArray()},
                                {u"x"_s, 340},
                                {u"y"_s, y},
                                {u"wires"_s, QJsonArray{QJsonArray{http}}}});
        flow.append(QJsonObject{{u"id"_s, http},
                                {u"type"_s, u"http request"_s},
                                {u"z"_s, tab},
                                {u"name"_s, r.webhookName},
                                {u"method"_s, u"use"_s},
                                {u"ret"_s, u"txt"_s},
                                {u"paytoqs"_s, u"ignore"_s},
                                {u"url"_s, QString()},
                                {u"tls"_s, QString()},
                                {u"persist"_s, false},
                                {u"proxy"_s, QString()},
                                {u"insecureHTTPParser"_s, false},
                                {u"authType"_s, QString()},
                                {u"senderr"_s, false},
                                {u"headers"_s, QJsonArray()},
                                {u"x"_s, 560},
                                {u"y"_s, y},
                                {u"wires"_s, QJsonArray{QJsonArray()}}});
    }
    out.files.append({fileStem(name) + u".flow.json"_s, QJsonDocument(flow).toJson(QJsonDocument::Indented)});
    return out;
}

} // namespace hooksmith

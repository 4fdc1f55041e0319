#include "Renderer.h"

#include "Encoding.h"
#include "EnvReferences.h"
#include "SecretSpans.h"
#include "Template.h"
#include "Version.h"

#include <QHash>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <array>
#include <cstring>
#ifdef HOOKSMITH_TEST_HOOKS
#include <atomic>
#endif

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

const QString kMask = u"****"_s;

constexpr std::array<std::pair<QByteArrayView, QByteArrayView>, 3> kOverridableAutomatic{{
    {"Accept-Encoding", "identity"},
    {"Accept-Language", "*"},
    {"Connection", "Keep-Alive"},
}};

QList<HeaderPair> formatHeaders(const Webhook& w)
{
    switch (w.format) {
    case BodyFormat::Json:
        return {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    case BodyFormat::Form:
        return {{"Content-Type", "application/x-www-form-urlencoded"}};
    case BodyFormat::Custom:
        return {{"Content-Type", w.contentType.toUtf8()}};
    case BodyFormat::None:
        return {};
    }
    return {};
}

#ifdef HOOKSMITH_TEST_HOOKS
std::atomic<quint64> g_renderPasses{0};
#endif

bool sendsBody(const Webhook& w)
{
    if (!methodAllowsBody(w.method))
        return false;
    if (w.format != BodyFormat::None)
        return true;
    // POST, PUT and PATCH announce an empty body with Content-Length: 0.
    return w.method == Method::Post || w.method == Method::Put || w.method == Method::Patch;
}

/// Names the part of a webhook being rendered, for error messages. Built into text only on failure.
struct Field
{
    QStringView kind;              ///< e.g. u"url", u"headers"
    qsizetype index = -1;          ///< row index for tables
    const QString* name = nullptr; ///< row name or key

    QString label() const
    {
        if (index < 0)
            return kind.toString();
        QString out = kind.toString() + u'[' + QString::number(index) + u']';
        if (name)
            out += u" \"" + *name + u'"';
        return out;
    }
};

/// What a request takes from its URL text alone, as Qt's HTTP stack derives it.
struct UrlParts
{
    QUrl url;
    QByteArray target; ///< path and query as on the request line
    QByteArray host;   ///< the Host header's value
};

/// Whether the full parse in RenderJob::parseUrl() (QUrl in TolerantMode, FullyEncoded out, dot segments
/// removed) writes `rest`, a path that starts with '/' and maybe a query, exactly as it is: it holds only
/// characters that QUrl keeps as they are, percent-encodings in upper case of bytes that it keeps encoded,
/// no empty query, and no segment that starts with a dot or is empty. `queryAt` is where the '?' is, or -1.
/// Anything else is left to the full parse.
bool keptAsWritten(QStringView rest, qsizetype& queryAt)
{
    queryAt = -1;
    const auto hex = [](char16_t c) {
        return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F');
    };
    const auto value = [](char16_t c) {
        return c <= u'9' ? c - u'0' : c - u'A' + 10;
    };
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const char16_t c = rest[i].unicode();
        if (isUnreserved(c))
            continue;
        switch (c) {
        case u'/':
            if (queryAt < 0 && (i + 1 == rest.size() || rest[i + 1] == u'/' || rest[i + 1] == u'.'))
                return i + 1 == rest.size() && i > 0; // a path may end with '/', but "//" and "/." stay with QUrl
            continue;
        case u'?':
            if (queryAt < 0) {
                if (i + 1 == rest.size())
                    return false;
                queryAt = i;
            }
            continue;
        case u'!':
        case u'$':
        case u'&':
        case u'\'':
        case u'(':
        case u')':
        case u'*':
        case u'+':
        case u',':
        case u';':
        case u'=':
        case u':':
        case u'@':
            continue;
        case u'%':
            if (i + 2 >= rest.size() || !hex(rest[i + 1].unicode()) || !hex(rest[i + 2].unicode()) ||
                isUnreserved(char16_t(value(rest[i + 1].unicode()) * 16 + value(rest[i + 2].unicode()))))
                return false;
            i += 2;
            continue;
        default:
            return false;
        }
    }
    return true;
}

/// The keychain secrets the webhook needs (those its file leaves out) are in the context.
bool hasKeychainSecrets(const RenderContext& c)
{
    const Webhook& w = *c.webhook;
    if (w.auth.type == AuthType::Basic && !w.auth.password && !c.secrets.password)
        return false;
    return w.signing.scheme == SigningScheme::None || w.signing.secret || c.secrets.signingSecret;
}

/// One render: caches preset values and carries the first error. A masked render writes **** for
/// secrets; a real one writes them and notes where, for RenderedRequest::maskedView().
class RenderJob
{
public:
    RenderJob(const RenderContext& c, bool mask)
        : m_c(c)
        , m_mask(mask)
    {}

    Result<RenderedRequest> run();
    Result<Origin> runOrigin();

private:
    // How a placeholder's value is written.
    enum class Sink : quint8
    {
        Text,
        Percent,
        Form,
        JsonStringContent,
        JsonValue,
    };

    bool fail(const Field& field, const QString& message)
    {
        if (m_error.isEmpty())
            m_error = field.kind.isEmpty() ? message : field.label() + u": "_s + message;
        return false;
    }

    const JsonValue* presetValue(Preset preset, QStringView envName, const Field& field);
    const EnvVariable* variable(QStringView name, const Field& field);
    const JsonValue* variableValue(const EnvVariable& variable, const Field& field);
    bool checkVariableOrigins();
    bool appendPlaceholder(QString& out, const TemplatePiece& piece, Sink sink, const Field& field);
    bool renderText(QStringView source, const Field& field, Sink sink, QString& out);
    void appendLiteral(QString& out, QStringView text, Sink sink);

    bool renderUrl(RenderedRequest& r);
    bool parseUrl(const QString& text, const QString& shown, int cacheSlot, UrlParts& out);
    bool pathValueKeepsPath(const QString& url, qsizetype start, const TemplatePiece& piece, bool secret);
    bool renderBody(RenderedRequest& r);
    bool renderJsonBody(QString& out);
    bool renderFormBody(QString& out);
    bool renderCustomBody(QString& out);
    std::optional<QString> secret(const std::optional<QString>& field, const std::optional<QString>& stored,
                                  const std::optional<Origin>& storedFor, const Field& fieldName, const QString& what);

    SecretSpans& secrets()
    {
        if (!m_secrets)
            m_secrets = std::make_shared<SecretSpans>();
        return *m_secrets;
    }

    const RenderContext& m_c;
    const bool m_mask;
    bool m_unmaskedSecrets = false; ///< while reading a secret field: its value is never shown as such
    /// Secrets written since the owner of the text being written last took them (positions in it).
    QVarLengthArray<SecretSpans::Written, 4> m_written;
    std::shared_ptr<SecretSpans> m_secrets; ///< only for a request that holds secrets
    QString m_error;
    /// One value per preset that has one of its own: every preset before Env in the enum.
    std::array<std::optional<JsonValue>, std::size_t(Preset::Env)> m_cache;
    JsonValue m_envValue;
    JsonValue m_varValue;
    std::optional<Origin> m_origin; ///< where the request goes, once the URL is rendered
};

/// A variable is shown as **** when it is secret, or reads the process environment (whose values are
/// masked everywhere).
bool masksVariable(const EnvVariable& v)
{
    if (v.secret)
        return true;
    if (!v.value || !v.value->contains(u"{{"_s))
        return false;
    TemplateScanner scanner(*v.value);
    for (TemplatePiece piece; scanner.next(piece);) {
        if (piece.placeholder && piece.preset == Preset::Env)
            return true;
    }
    return false;
}

const EnvVariable* RenderJob::variable(QStringView name, const Field& field)
{
    const Environment* environment = m_c.workspace->activeEnvironment();
    const EnvVariable* v = environment ? environment->variable(name) : nullptr;
    if (!v)
        fail(field, EnvReferences::undefinedMessage(*m_c.workspace, name.toString()));
    return v;
}

const JsonValue* RenderJob::variableValue(const EnvVariable& v, const Field& field)
{
    const QString& environment = m_c.workspace->activeEnvironment()->name;
    if (!v.value) {
        // A secret kept in the keychain, read by the SecretResolver.
        const auto it = m_c.secrets.variables.constFind(v.name);
        if (it == m_c.secrets.variables.cend()) {
            fail(field, Renderer::tr("the secret variable %1 of environment \"%2\" is kept in the OS keychain and is "
                                     "not available: set its value, unlock the keychain, or give it as "
                                     "{{env:NAME}} for servers")
                            .arg(v.name, environment));
            return nullptr;
        }
        m_varValue = JsonValue::string(*it);
        return &m_varValue;
    }
    // The value is text in which only {{env:NAME}} is replaced.
    QString text;
    TemplateScanner scanner(*v.value);
    for (TemplatePiece piece; scanner.next(piece);) {
        if (!piece.placeholder) {
            text.append(piece.text);
            continue;
        }
        if (piece.preset != Preset::Env) {
            fail(field, Renderer::tr("the value of variable %1 in environment \"%2\" may only use {{env:NAME}}")
                            .arg(v.name, environment));
            return nullptr;
        }
        const QString name = piece.text.toString();
        const std::optional<QString> value = m_c.env ? m_c.env(name) : std::nullopt;
        if (!value) {
            fail(field, Renderer::tr("the variable %1 of environment \"%2\" reads the environment variable %3, which "
                                     "is not set")
                            .arg(v.name, environment, name));
            return nullptr;
        }
        text.append(*value);
    }
    if (scanner.failed()) {
        fail(field, Renderer::tr("the value of variable %1 in environment \"%2\": %3")
                        .arg(v.name, environment, scanner.errorMessage()));
        return nullptr;
    }
    m_varValue = JsonValue::string(text);
    return &m_varValue;
}

/// A keychain variable goes only to the origin it was saved for, like a keychain password.
bool RenderJob::checkVariableOrigins()
{
    if (m_mask || !m_origin)
        return true;
    for (auto it = m_c.secrets.variableOrigins.cbegin(); it != m_c.secrets.variableOrigins.cend(); ++it) {
        if (*it != *m_origin) {
            return fail(Field{}, SecretOrigins::mismatchMessage(Renderer::tr("secret variable %1").arg(it.key()), *it,
                                                                *m_origin));
        }
    }
    return true;
}

const JsonValue* RenderJob::presetValue(Preset preset, QStringView envName, const Field& field)
{
    if (preset == Preset::Var) {
        const EnvVariable* v = variable(envName, field);
        if (!v)
            return nullptr;
        if (m_c.variableOverride) {
            if (std::optional<JsonValue> o = m_c.variableOverride(*v)) {
                m_varValue = std::move(*o);
                return &m_varValue;
            }
        }
        return variableValue(*v, field);
    }
    if (preset == Preset::Env) {
        // Environment values are not cached: there are few and they are looked up by name.
        const QString name = envName.toString();
        const std::optional<QString> v = m_c.env ? m_c.env(name) : std::nullopt;
        if (!v) {
            fail(field, Renderer::tr("the environment variable %1 is not set").arg(name));
            return nullptr;
        }
        m_envValue = JsonValue::string(*v);
        return &m_envValue;
    }
    const auto index = static_cast<std::size_t>(preset);
    if (m_cache[index])
        return &*m_cache[index];
    if (m_c.presetOverride) {
        if (std::optional<JsonValue> v = m_c.presetOverride(preset)) {
            m_cache[index] = std::move(*v);
            return &*m_cache[index];
        }
    }
    const Webhook& w = *m_c.webhook;
    const Signal& s = m_c.signal;
    JsonValue v;
    switch (preset) {
    case Preset::DeviceToken:
        v = JsonValue::string(m_c.device->token);
        break;
    case Preset::DeviceName:
        v = JsonValue::string(m_c.device->name);
        break;
    case Preset::UserId:
        v = JsonValue::string(m_c.workspace->userId);
        break;
    case Preset::WebhookEventName:
        v = JsonValue::string(w.event);
        break;
    case Preset::SignalNumber:
        v = JsonValue::integer(s.number);
        break;
    case Preset::SignalName: {
        const SignalDef* def = m_c.workspace->signalDef(s.number);
        v = JsonValue::string(def ? def->name : QString());
        break;
    }
    case Preset::SignalUnit: {
        const SignalDef* def = m_c.workspace->signalDef(s.number);
        v = JsonValue::string(def ? def->unit : QString());
        break;
    }
    case Preset::MessagePayload:
        v = s.value;
        break;
    case Preset::Timestamp:
        v = JsonValue::string(isoUtcWithMs(s.receivedAt));
        break;
    case Preset::UnixTime:
        v = JsonValue::integer(s.receivedAt.toSecsSinceEpoch());
        break;
    case Preset::MessageId:
        v = JsonValue::string(m_c.messageId);
        break;
    case Preset::Env:
    case Preset::Var:
        break;
    }
    m_cache[index] = std::move(v);
    return &*m_cache[index];
}

bool RenderJob::appendPlaceholder(QString& out, const TemplatePiece& piece, Sink sink, const Field& field)
{
    bool maskedVariable = false;
    if (piece.preset == Preset::Var) {
        const EnvVariable* v = variable(piece.text, field);
        if (!v)
            return false;
        maskedVariable = masksVariable(*v);
        if (maskedVariable && !v->value && m_mask && !m_unmaskedSecrets) {
            // A keychain secret shown masked: whether it is there is told when sending.
            out.append(sink == Sink::JsonValue ? u"\"****\""_s : kMask);
            return true;
        }
    }
    const JsonValue* value = presetValue(piece.preset, piece.text, field);
    if (!value)
        return false;
    const bool secret = (piece.preset == Preset::Env || maskedVariable) && !m_unmaskedSecrets;
    if (secret && m_mask) {
        out.append(sink == Sink::JsonValue ? u"\"****\""_s : kMask);
        return true;
    }
    const qsizetype start = out.size();
    switch (sink) {
    case Sink::Text:
        value->appendText(out);
        break;
    case Sink::Percent:
        appendPercentEncoded(out, value->toText());
        break;
    case Sink::Form:
        appendFormEncoded(out, value->toText());
        break;
    case Sink::JsonStringContent:
        if (value->isString() || value->isNumber())
            appendJsonStringContent(out, value->text());
        else
            appendJsonStringContent(out, value->toJson());
        break;
    case Sink::JsonValue:
        value->appendJson(out);
        break;
    }
    if (secret)
        m_written.append({start, out.size(), sink == Sink::JsonValue});
    return true;
}

void RenderJob::appendLiteral(QString& out, QStringView text, Sink sink)
{
    switch (sink) {
    case Sink::Percent:
        appendPercentEncoded(out, text);
        break;
    case Sink::Form:
        appendFormEncoded(out, text);
        break;
    case Sink::JsonStringContent:
        appendJsonStringContent(out, text);
        break;
    case Sink::Text:
    case Sink::JsonValue:
        out.append(text);
        break;
    }
}

bool RenderJob::renderText(QStringView source, const Field& field, Sink sink, QString& out)
{
    TemplateScanner scanner(source);
    TemplatePiece piece;
    while (scanner.next(piece)) {
        if (!piece.placeholder)
            appendLiteral(out, piece.text, sink);
        else if (!appendPlaceholder(out, piece, sink, field))
            return false;
    }
    if (scanner.failed())
        return fail(field, scanner.errorMessage());
    return true;
}

bool RenderJob::renderUrl(RenderedRequest& r)
{
    const Webhook& w = *m_c.webhook;
    const Field field{u"url"};
    if (w.url.trimmed().isEmpty())
        return fail(field, Renderer::tr("the URL is empty"));

    // Where each placeholder lands decides its encoding. Environment values before the path (a base
    // URL for servers) are inserted as they are; every other value is percent-encoded, so that a
    // device value can never change the shape of the URL.
    enum class Region : quint8
    {
        Scheme,
        Authority,
        Path,
        Query,
        Fragment
    };
    Region region = Region::Scheme;
    QString url;
    url.reserve(w.url.size() + 96);
    TemplateScanner scanner(w.url);
    TemplatePiece piece;
    while (region != Region::Fragment && scanner.next(piece)) {
        if (piece.placeholder) {
            const bool early = region == Region::Scheme || region == Region::Authority;
            if (piece.preset == Preset::Var && early) {
                const EnvVariable* v = variable(piece.text, field);
                if (!v)
                    return false;
                if (v->secret) {
                    return fail(field, Renderer::tr("the secret variable %1 stands before the URL's path, where it "
                                                    "would be shown as it is; use it in the path, the query, a header "
                                                    "or the body")
                                           .arg(v->name));
                }
            }
            if ((piece.preset == Preset::Env || piece.preset == Preset::Var) && early) {
                const JsonValue* v = presetValue(piece.preset, piece.text, field);
                if (!v)
                    return false;
                url.append(v->text());
                continue;
            }
            const qsizetype start = url.size();
            const qsizetype secrets = m_written.size();
            if (!appendPlaceholder(url, piece, Sink::Percent, field))
                return false;
            if (region == Region::Path && !pathValueKeepsPath(url, start, piece, m_written.size() > secrets))
                return false;
            continue;
        }
        const QStringView text = piece.text;
        qsizetype copied = 0;
        for (qsizetype i = 0; i < text.size() && region != Region::Fragment; ++i) {
            const QChar ch = text[i];
            switch (region) {
            case Region::Scheme:
                if (ch == u':' && text.sliced(i + 1).startsWith(u"//")) {
                    i += 2;
                    region = Region::Authority;
                    continue;
                }
                [[fallthrough]];
            case Region::Authority:
                if (ch == u'/')
                    region = Region::Path;
                else if (ch == u'?')
                    region = Region::Query;
                else if (ch == u'#')
                    region = Region::Fragment;
                break;
            case Region::Path:
                if (ch == u'?')
                    region = Region::Query;
                else if (ch == u'#')
                    region = Region::Fragment;
                break;
            case Region::Query:
                if (ch == u'#')
                    region = Region::Fragment;
                break;
            case Region::Fragment:
                break;
            }
            copied = region == Region::Fragment ? i : i + 1;
        }
        url.append(text.first(region == Region::Fragment ? copied : text.size()));
    }
    if (scanner.failed())
        return fail(field, scanner.errorMessage());
    // The fragment is never sent; placeholders in it are not even evaluated.

    // Query parameters from the table go after the URL's own query.
    bool hasQuery = url.contains(u'?');
    for (qsizetype i = 0; i < w.query.size(); ++i) {
        const NameValueRow& row = w.query[i];
        if (!row.enabled)
            continue;
        if (!hasQuery) {
            url.append(u'?');
            hasQuery = true;
        } else if (!url.endsWith(u'?') && !url.endsWith(u'&')) {
            url.append(u'&');
        }
        appendPercentEncoded(url, row.name);
        url.append(u'=');
        if (!renderText(row.value, Field{u"query", i, &row.name}, Sink::Percent, url))
            return false;
    }

    if (m_written.isEmpty()) {
        UrlParts parts;
        if (!parseUrl(url, url, m_mask ? 1 : 0, parts))
            return false;
        r.url = std::move(parts.url);
        r.target = std::move(parts.target);
        r.host = std::move(parts.host);
        return true;
    }

    // A secret in the path or query: the URL as shown has **** in its place, and goes through the
    // same parsing and formatting as the real one. The shown URL is parsed first, so that an invalid
    // URL is reported with its secrets masked, exactly as a masked render reports it.
    QString shown;
    shown.reserve(url.size());
    qsizetype copied = 0;
    for (const SecretSpans::Written& secret : m_written) {
        shown.append(QStringView(url).sliced(copied, secret.begin - copied));
        shown.append(kMask);
        copied = secret.end;
    }
    shown.append(QStringView(url).sliced(copied));
    m_written.clear();
    UrlParts masked;
    UrlParts real;
    if (!parseUrl(shown, shown, 1, masked) || !parseUrl(url, shown, 0, real))
        return false;
    SecretSpans& s = secrets();
    s.urlMasked = true;
    s.url = std::move(masked.url);
    s.target = std::move(masked.target);
    s.host = std::move(masked.host);
    r.url = std::move(real.url);
    r.target = std::move(real.target);
    r.host = std::move(real.host);
    return true;
}

/// A value in the path is percent-encoded, so it cannot add a '/', but a whole segment of "." or "..", even
/// written as %2E, is resolved by QUrl and by every server (RFC 3986, section 5.2.4): the request would go
/// to another path. Such a value is refused. `start` is where the value begins in `url`, which ends with it.
bool RenderJob::pathValueKeepsPath(const QString& url, qsizetype start, const TemplatePiece& piece, bool secret)
{
    // "%2E%2E" is the longest way to write "..": a longer segment keeps the path, and most end here.
    constexpr qsizetype kLongest = 6;
    if (url.size() - start > kLongest)
        return true;
    qsizetype from = start;
    while (from > 0 && url[from - 1] != u'/') {
        if (url.size() - --from > kLongest)
            return true;
    }
    // The rest of the segment is still to come: only a value that ends it can make it "." or "..", and the
    // literal text after it is read ahead in the template.
    const QStringView after = QStringView(m_c.webhook->url).sliced(piece.offset);
    const qsizetype close = after.indexOf(u"}}");
    const QStringView next = close < 0 ? QStringView() : after.sliced(close + 2);
    qsizetype stop = 0;
    while (stop < next.size() && next[stop] != u'/' && next[stop] != u'?' && next[stop] != u'#' && next[stop] != u'{')
        ++stop;
    if (stop < next.size() && next[stop] == u'{')
        return true; // another value follows in the same segment: it is looked at when it is written
    if (url.size() - from + stop > kLongest)
        return true;
    std::array<char16_t, kLongest> segment{};
    const QStringView head = QStringView(url).sliced(from);
    const qsizetype length = head.size() + stop;
    std::copy(head.utf16(), head.utf16() + head.size(), segment.begin());
    std::copy(next.utf16(), next.utf16() + stop, segment.begin() + head.size());
    const QStringView text(segment.data(), length);
    int dots = 0;
    for (qsizetype i = 0; i < length; ++i) {
        if (text[i] != u'.') {
            if (!text.sliced(i).startsWith(u"%2E", Qt::CaseInsensitive))
                return true;
            i += 2;
        }
        ++dots;
    }
    if (dots == 0 || dots > 2)
        return true;
    return fail(Field{u"url"}, Renderer::tr("the value of %1 makes the path segment \"%2\", which sends the request "
                                            "to another path (\".\" is dropped, \"..\" goes up a level); nothing "
                                            "was sent")
                                   .arg(after.first(close < 0 ? after.size() : close + 2).toString(),
                                        secret ? kMask : text.toString()));
}

/// `shown` is the text that messages quote: `text` with its secrets masked.
bool RenderJob::parseUrl(const QString& text, const QString& shown, int cacheSlot, UrlParts& out)
{
    // Most attempts send to the URL the previous one rendered (the same webhook and device): what
    // follows is derived from the text alone, so it is kept per thread for the last URL, in two slots:
    // a URL with a secret is derived twice at each render, as sent (slot 0) and as shown (slot 1).
    // A URL that differs from the last one only after the start of its path (a device's value in the
    // path or query) keeps its scheme, host and port, and needs QUrl only for its path and query.
    struct Cached
    {
        QString text;
        UrlParts parts;
        qsizetype pathStart = -1; ///< where the path starts in `text`, when it starts with '/'
    };
    thread_local std::array<Cached, 2> cache;
    Cached& last = cache[std::size_t(cacheSlot)];
    if (!last.text.isNull() && last.text == text) {
        out = last.parts;
        return true;
    }
    if (const qsizetype at = last.pathStart; at > 0 && text.size() > at && text[at] == u'/' &&
                                             QStringView(text).first(at) == QStringView(last.text).first(at)) {
        const QStringView rest = QStringView(text).sliced(at);
        if (qsizetype queryAt = -1; keptAsWritten(rest, queryAt)) {
            out.url = last.parts.url;
            out.url.setPath((queryAt < 0 ? rest : rest.first(queryAt)).toString(), QUrl::TolerantMode);
            if (queryAt < 0)
                out.url.setQuery(QString());
            else
                out.url.setQuery(rest.sliced(queryAt + 1).toString(), QUrl::TolerantMode);
            out.target = rest.toLatin1();
            out.host = last.parts.host;
            last.text = text;
            last.parts = out;
            return true;
        }
    }

    const Field field{u"url"};
    QUrl parsed(text, QUrl::TolerantMode);
    if (!parsed.isValid()) {
        // QUrl's own words for a space ("Invalid hostname (contains invalid characters)") do not say where.
        static const QRegularExpression whitespace(u"\\s"_s);
        if (text.contains(whitespace)) {
            if (text.trimmed() != text)
                return fail(field, Renderer::tr("\"%1\" starts or ends with a space: remove it").arg(shown));
            const qsizetype at = shown.indexOf(whitespace);
            return fail(field, Renderer::tr("\"%1\" contains a space (character %2): a scheme or host name cannot "
                                            "contain one; in a path or query write it as %3")
                                   .arg(shown, QString::number(at + 1), u"%20"_s));
        }
        // The host name's rules in words of its own: QUrl says "contains invalid characters" for a part
        // that is only too long.
        static const QRegularExpression hostPart(u"^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?([^\\[:/?#]+)"_s);
        // Only for a URL without secrets: the message quotes the host name.
        if (const QRegularExpressionMatch m = hostPart.match(text); text == shown && m.hasMatch()) {
            const QString host = m.captured(1);
            for (const QString& label : host.split(u'.')) {
                if (label.size() > 63) {
                    return fail(field, Renderer::tr("\"%1\" is not a valid URL: the part \"%2\" of its host name is %3 "
                                                    "characters long, and a part between dots can have at most 63")
                                           .arg(shown, label.left(20) + u"\u2026"_s, QString::number(label.size())));
                }
            }
            for (qsizetype i = 0; i < host.size(); ++i) {
                const QChar c = host.at(i);
                if (c.unicode() < 0x80 && !c.isLetterOrNumber() && c != u'-' && c != u'.' && c != u'_') {
                    return fail(field, Renderer::tr("\"%1\" is not a valid URL: its host name contains \"%2\" "
                                                    "(character %3 of the host), which a host name cannot contain")
                                           .arg(shown, QString(c), QString::number(i + 1)));
                }
            }
        }
        // QUrl's message quotes the text it was given, and then its own parse of it, which says nothing more.
        QString why = parsed.errorString();
        if (const qsizetype source = why.indexOf(u"; source was"_s); source > 0)
            why.truncate(source);
        if (text != shown)
            why.replace(text, shown);
        return fail(field, Renderer::tr("\"%1\" is not a valid URL: %2").arg(shown, why));
    }
    const QString scheme = parsed.scheme();
    if (scheme != u"http"_s && scheme != u"https"_s) {
        if (scheme.isEmpty())
            return fail(field, Renderer::tr("\"%1\" has no scheme; start it with https:// or http://").arg(shown));
        return fail(field, Renderer::tr("the scheme \"%1\" is not supported; use https:// or http://").arg(scheme));
    }
    const QString hostName = parsed.host();
    if (hostName.isEmpty())
        return fail(field, Renderer::tr("\"%1\" has no host name").arg(shown));
    if (!parsed.userInfo().isEmpty())
        return fail(field, Renderer::tr("credentials in the URL are not sent; use basic authentication instead"));

    out.target = requestTarget(parsed);
    bool ascii = true;
    for (const QChar c : hostName)
        ascii = ascii && c.unicode() < 0x80;
    out.host = hostName.contains(u':') ? '[' + hostName.toLatin1() + ']'
               : ascii                 ? hostName.toLatin1()
                                       : QUrl::toAce(hostName);
    if (parsed.port() != -1)
        out.host += ':' + QByteArray::number(parsed.port());
    out.url = std::move(parsed);
    // The path starts at the first '/' after "scheme://", unless a query or fragment comes first.
    qsizetype pathStart = -1;
    if (const qsizetype authority = text.indexOf(u"://"_s); authority > 0) {
        for (qsizetype i = authority + 3; i < text.size() && pathStart < 0; ++i) {
            if (text[i] == u'?' || text[i] == u'#')
                break;
            if (text[i] == u'/')
                pathStart = i;
        }
    }
    last = Cached{text, out, pathStart};
    return true;
}

bool RenderJob::renderJsonBody(QString& out)
{
    const Webhook& w = *m_c.webhook;
    out.append(u'{');
    bool first = true;
    QVarLengthArray<TemplatePiece, 8> pieces;
    for (qsizetype i = 0; i < w.body.size(); ++i) {
        const BodyRow& row = w.body[i];
        if (!row.enabled)
            continue;
        const Field field{u"body", i, &row.key};
        if (!first)
            out.append(u',');
        first = false;
        appendJsonString(out, row.key);
        out.append(u':');
        if (row.usePreset) {
            // "Use preset": the value keeps its JSON type.
            const auto preset = Presets::fromName(row.preset);
            if (!preset)
                return fail(field, Renderer::tr("unknown preset \"%1\"").arg(row.preset));
            if (!appendPlaceholder(out, TemplatePiece{true, *preset, {}, 0}, Sink::JsonValue, field))
                return false;
            continue;
        }
        pieces.clear();
        TemplateScanner scanner(row.value);
        for (TemplatePiece piece; scanner.next(piece);)
            pieces.append(piece);
        if (scanner.failed())
            return fail(field, scanner.errorMessage());
        if (pieces.size() == 1 && pieces.front().placeholder) {
            // Exactly one preset: the value keeps its JSON type.
            if (!appendPlaceholder(out, pieces.front(), Sink::JsonValue, field))
                return false;
            continue;
        }
        out.append(u'"');
        for (const TemplatePiece& piece : pieces) {
            if (!piece.placeholder)
                appendJsonStringContent(out, piece.text);
            else if (!appendPlaceholder(out, piece, Sink::JsonStringContent, field))
                return false;
        }
        out.append(u'"');
    }
    out.append(u'}');
    return true;
}

bool RenderJob::renderFormBody(QString& out)
{
    const Webhook& w = *m_c.webhook;
    bool first = true;
    for (qsizetype i = 0; i < w.body.size(); ++i) {
        const BodyRow& row = w.body[i];
        if (!row.enabled)
            continue;
        const Field field{u"body", i, &row.key};
        if (!first)
            out.append(u'&');
        first = false;
        appendFormEncoded(out, row.key);
        out.append(u'=');
        if (row.usePreset) {
            const auto preset = Presets::fromName(row.preset);
            if (!preset)
                return fail(field, Renderer::tr("unknown preset \"%1\"").arg(row.preset));
            if (!appendPlaceholder(out, TemplatePiece{true, *preset, {}, 0}, Sink::Form, field))
                return false;
        } else if (!renderText(row.value, field, Sink::Form, out)) {
            return false;
        }
    }
    return true;
}

bool RenderJob::renderCustomBody(QString& out)
{
    const Webhook& w = *m_c.webhook;
    const Field field{u"custom_body"};
    out.reserve(w.customBody.size() + 256);
    if (!isJsonMediaType(w.contentType))
        return renderText(w.customBody, field, Sink::Text, out);

    // JSON: a preset inside a string literal is string content; outside, a JSON value.
    bool inString = false;
    bool escaped = false;
    TemplateScanner scanner(w.customBody);
    TemplatePiece piece;
    while (scanner.next(piece)) {
        if (piece.placeholder) {
            if (!appendPlaceholder(out, piece, inString ? Sink::JsonStringContent : Sink::JsonValue, field))
                return false;
            escaped = false;
            continue;
        }
        out.append(piece.text);
        for (const QChar ch : piece.text) {
            if (escaped)
                escaped = false;
            else if (inString && ch == u'\\')
                escaped = true;
            else if (ch == u'"')
                inString = !inString;
        }
    }
    if (scanner.failed())
        return fail(field, scanner.errorMessage());
    return true;
}

bool RenderJob::renderBody(RenderedRequest& r)
{
    const Webhook& w = *m_c.webhook;
    r.hasBody = sendsBody(w);
    if (!r.hasBody)
        return true;
    QString text;
    text.reserve(512);
    bool ok = true;
    switch (w.format) {
    case BodyFormat::Json:
        ok = renderJsonBody(text);
        break;
    case BodyFormat::Form:
        ok = renderFormBody(text);
        break;
    case BodyFormat::Custom:
        ok = renderCustomBody(text);
        break;
    case BodyFormat::None:
        break;
    }
    if (!ok)
        return false;
    r.body = text.toUtf8();
    if (!m_written.isEmpty()) {
        secrets().add(-1, 0, text, m_written);
        m_written.clear();
    }
    return true;
}

std::optional<QString> RenderJob::secret(const std::optional<QString>& field, const std::optional<QString>& stored,
                                         const std::optional<Origin>& storedFor, const Field& fieldName,
                                         const QString& what)
{
    if (field) {
        QString value;
        m_unmaskedSecrets = true;
        const bool ok = renderText(*field, fieldName, Sink::Text, value);
        m_unmaskedSecrets = false;
        if (!ok) {
            // A preview shows the secret as **** anyway: an unset variable is reported when sending.
            if (m_mask)
                m_error.clear();
            return std::nullopt;
        }
        return value;
    }
    // A keychain secret goes only to the origin it was saved for: the workspace file, which says where
    // requests go, may come from anyone.
    if (stored && storedFor && !m_mask && m_origin && *storedFor != *m_origin) {
        fail(fieldName, SecretOrigins::mismatchMessage(what, *storedFor, *m_origin));
        return std::nullopt;
    }
    if (stored)
        return stored;
    if (!m_mask) {
        fail(fieldName, Renderer::tr("the %1 is kept in the OS keychain and is not available: unlock the keychain, "
                                     "or give it as {{env:NAME}} for servers")
                            .arg(what));
    }
    return std::nullopt;
}

Result<RenderedRequest> RenderJob::run()
{
#ifdef HOOKSMITH_TEST_HOOKS
    g_renderPasses.fetch_add(1, std::memory_order_relaxed);
#endif
    const Webhook& w = *m_c.webhook;
    RenderedRequest r;
    r.method = w.method;
    r.masked = m_mask;
    if (!renderUrl(r))
        return Error(m_error);
    m_origin = Origin::fromUrl(r.url);
    if (!checkVariableOrigins())
        return Error(m_error);
    if (!renderBody(r))
        return Error(m_error);

    r.headers.reserve(12 + w.headers.size());
    auto add = [&r](QByteArray name, QByteArray value, HeaderSource source, bool locked) {
        r.headers.append({std::move(name), std::move(value), source, locked});
    };
    add(QByteArrayLiteral("Host"), r.host, HeaderSource::Automatic, true);
    for (const HeaderPair& h : formatHeaders(w)) {
        if (w.format == BodyFormat::Custom && forbiddenHeaderCharacter(w.contentType) >= 0)
            return Error(u"content_type: "_s + Renderer::tr("the content type contains a line break"));
        add(h.first, h.second, HeaderSource::Format, true);
    }

    if (w.auth.type == AuthType::Basic) {
        QString user;
        if (!renderText(w.auth.username, Field{u"auth.username"}, Sink::Text, user))
            return Error(m_error);
        m_written.clear(); // the Authorization value is masked whole
        const std::optional<QString> password =
            secret(w.auth.password, m_c.secrets.password, m_c.secrets.passwordOrigin, Field{u"auth.password"},
                   Renderer::tr("basic authentication password"));
        if (!m_error.isEmpty())
            return Error(m_error);
        QByteArray value = QByteArrayLiteral("Basic ");
        if (m_mask || !password) {
            value += "****";
        } else {
            value += (user + u':' + *password).toUtf8().toBase64();
            secrets().spans.append({r.headers.size(), 6, value.size(), false});
        }
        add(QByteArrayLiteral("Authorization"), value, HeaderSource::Auth, true);
    }

    const qsizetype signingIndex = r.headers.size();
    std::optional<QString> signingSecret;
    if (w.signing.scheme != SigningScheme::None) {
        signingSecret = secret(w.signing.secret, m_c.secrets.signingSecret, m_c.secrets.signingSecretOrigin,
                               Field{u"signing.secret"}, Renderer::tr("signing secret"));
        if (!m_error.isEmpty())
            return Error(m_error);
    }

    bool userOverrides[kOverridableAutomatic.size()] = {};
    // Where each user header name (lower case) went. Looked up once per row, so a hash: a linear search
    // made 200,000 distinct rows take a minute.
    QHash<QByteArray, qsizetype> userIndex;
    userIndex.reserve(w.headers.size());
    for (qsizetype i = 0; i < w.headers.size(); ++i) {
        const NameValueRow& row = w.headers[i];
        if (!row.enabled)
            continue;
        const Field field{u"headers", i, &row.name};
        if (!isValidHeaderName(row.name))
            return Error(field.label() + u": "_s + Renderer::tr("\"%1\" is not a valid header name").arg(row.name));
        QString value;
        if (!renderText(row.value, field, Sink::Text, value))
            return Error(m_error);
        if (const qsizetype bad = forbiddenHeaderCharacter(value); bad >= 0) {
            const QString what = value[bad] == u'\r'   ? Renderer::tr("a carriage return (CR)")
                                 : value[bad] == u'\n' ? Renderer::tr("a line feed (LF)")
                                                       : Renderer::tr("a NUL character");
            return Error(field.label() + u": "_s +
                         Renderer::tr("after substitution the value contains %1 at character %2, which could forge "
                                      "headers; nothing was sent")
                             .arg(what)
                             .arg(bad + 1));
        }
        const QByteArray name = row.name.toLatin1();
        const QByteArray lower = name.toLower();
        for (std::size_t k = 0; k < kOverridableAutomatic.size(); ++k) {
            if (lower.compare(kOverridableAutomatic[k].first, Qt::CaseInsensitive) != 0)
                continue;
            if (value.isEmpty()) {
                // Qt's HTTP stack replaces an empty value of these headers with one of its own.
                return Error(field.label() + u": "_s +
                             Renderer::tr("the value is empty, and the HTTP stack would send its own %1 instead; "
                                          "leave the header out to send Hooksmith's automatic value")
                                 .arg(row.name));
            }
            userOverrides[k] = true;
        }
        if (const auto earlier = userIndex.constFind(lower); earlier != userIndex.cend()) {
            // A header set twice goes out once with both values, comma-separated (RFC 9110 section 5.3):
            // Qt's HTTP stack sends each header name once, and the preview must show the wire.
            const qsizetype index = *earlier;
            RenderedHeader& h = r.headers[index];
            h.value += ", ";
            if (!m_written.isEmpty()) {
                secrets().add(index, h.value.size(), value, m_written);
                m_written.clear();
            }
            h.value += value.toUtf8();
            continue;
        }
        userIndex.insert(lower, r.headers.size());
        if (!m_written.isEmpty()) {
            secrets().add(r.headers.size(), 0, value, m_written);
            m_written.clear();
        }
        add(name, value.toUtf8(), HeaderSource::User, false);
    }

    add(QByteArrayLiteral("User-Agent"), Renderer::userAgent(), HeaderSource::Automatic, true);
    if (r.hasBody)
        add(QByteArrayLiteral("Content-Length"), QByteArray::number(r.body.size()), HeaderSource::Automatic, true);
    for (std::size_t k = 0; k < kOverridableAutomatic.size(); ++k) {
        if (!userOverrides[k]) {
            add(kOverridableAutomatic[k].first.toByteArray(), kOverridableAutomatic[k].second.toByteArray(),
                HeaderSource::Automatic, false);
        }
    }

    if (w.signing.scheme != SigningScheme::None) {
        QList<HeaderPair> signed_;
        const qint64 now =
            (m_c.attemptTime.isValid() ? m_c.attemptTime : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
        if (signingSecret) {
            auto s = Signer::sign(w.signing.scheme, *signingSecret, m_c.messageId, now, r.body);
            if (!s)
                return Error(u"signing.secret: "_s + s.errorMessage());
            signed_ = std::move(s).value();
        } else {
            signed_ = Signer::placeholderHeaders(w.signing.scheme, m_c.messageId, now);
        }
        QList<RenderedHeader> signingHeaders;
        for (auto& [name, value] : signed_)
            signingHeaders.append({name, value, HeaderSource::Signing, true});
        r.headers.insert(signingIndex, signingHeaders.size(), RenderedHeader{});
        std::copy(signingHeaders.cbegin(), signingHeaders.cend(), r.headers.begin() + signingIndex);
        if (m_secrets) {
            for (SecretSpans::Span& span : m_secrets->spans) {
                if (span.header >= signingIndex)
                    span.header += signingHeaders.size();
            }
        }
    }
    if (m_secrets) {
        m_secrets->sort();
        r.secrets = std::move(m_secrets);
    }
    return r;
}

Result<Origin> RenderJob::runOrigin()
{
    RenderedRequest r;
    if (!renderUrl(r))
        return Error(m_error);
    if (const std::optional<Origin> origin = Origin::fromUrl(r.url))
        return *origin;
    // renderUrl() accepts only http(s) URLs with a host, which always have an origin.
    return Error(u"url: "_s + Renderer::tr("the URL has no origin"));
}

} // namespace

QByteArray RenderedRequest::headerValue(QByteArrayView name) const
{
    for (const RenderedHeader& h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

QString RenderedRequest::preview() const
{
    QString out;
    out.reserve(256 + body.size());
    out.append(methodName(method) + u' ' + QString::fromLatin1(target) + u" HTTP/1.1\n"_s);
    for (const RenderedHeader& h : headers)
        out.append(QString::fromLatin1(h.name) + u": "_s + QString::fromUtf8(h.value) + u'\n');
    out.append(u'\n');
    out.append(QString::fromUtf8(body));
    return out;
}

QByteArray http1RequestHead(QByteArrayView method, QByteArrayView target, const QList<RenderedHeader>& headers)
{
    constexpr QByteArrayView version = " HTTP/1.1\r\n";
    qsizetype size = method.size() + 1 + target.size() + version.size() + 2;
    for (const RenderedHeader& h : headers)
        size += h.name.size() + 2 + h.value.size() + 2;
    // Written in place: a head has a few dozen parts, and QByteArray::append() costs more than each copy.
    QByteArray out(size, Qt::Uninitialized);
    char* at = out.data();
    const auto put = [&at](QByteArrayView part) {
        if (part.isEmpty())
            return; // an empty part may have no data at all, which memcpy() must not be given
        std::memcpy(at, part.data(), std::size_t(part.size()));
        at += part.size();
    };
    put(method);
    put(" ");
    put(target);
    put(version);
    for (const RenderedHeader& h : headers) {
        put(h.name);
        put(": ");
        put(h.value);
        put("\r\n");
    }
    put("\r\n");
    Q_ASSERT(at == out.constData() + out.size());
    return out;
}

QByteArray RenderedRequest::wireHead() const
{
    return http1RequestHead(methodName(method).toLatin1(), target, headers);
}

EnvLookup systemEnvironment()
{
    return [](const QString& name) -> std::optional<QString> {
        const QByteArray key = name.toLocal8Bit();
        if (!qEnvironmentVariableIsSet(key.constData()))
            return std::nullopt;
        return qEnvironmentVariable(key.constData());
    };
}

Result<RenderedRequest> Renderer::render(const RenderContext& context)
{
    Q_ASSERT(context.workspace && context.webhook && context.device);
    return RenderJob(context, false).run();
}

Result<RenderedRequest> Renderer::renderMasked(const RenderContext& context)
{
    Q_ASSERT(context.workspace && context.webhook && context.device);
    // With its secrets at hand the request is rendered once, as sent, and shown through its masked
    // view: Content-Length and signatures are then the real ones. A request that cannot be made (a
    // secret missing, a variable unset, a value that would break a header) is still shown, rendered
    // with **** in place of its secrets.
    if (hasKeychainSecrets(context)) {
        auto real = RenderJob(context, false).run();
        if (real)
            return real->maskedView();
    }
    return RenderJob(context, true).run();
}

Result<Origin> Renderer::origin(const RenderContext& context)
{
    Q_ASSERT(context.workspace && context.webhook && context.device);
    // Masked: secrets in the path or query do not move the origin, and are not needed to find it.
    return RenderJob(context, true).runOrigin();
}

#ifdef HOOKSMITH_TEST_HOOKS
quint64 Renderer::passCount()
{
    return g_renderPasses.load(std::memory_order_relaxed);
}

Result<RenderedRequest> Renderer::renderMaskedPass(const RenderContext& context)
{
    Q_ASSERT(context.workspace && context.webhook && context.device);
    return RenderJob(context, true).run();
}
#endif

QByteArray Renderer::userAgent()
{
    return QByteArrayLiteral("Hooksmith/" HOOKSMITH_VERSION);
}

QList<LockedHeader> Renderer::lockedHeaders(const Webhook& w)
{
    QList<LockedHeader> out;
    const QString automatic = tr("Hooksmith (automatic)");
    out.append({"Host", tr("the URL's host"), HeaderSource::Automatic, false, automatic});
    QString formatOwner;
    switch (w.format) {
    case BodyFormat::Json:
        formatOwner = tr("the JSON format");
        break;
    case BodyFormat::Form:
        formatOwner = tr("the web form format");
        break;
    case BodyFormat::Custom:
        formatOwner = tr("the custom body format");
        break;
    case BodyFormat::None:
        break;
    }
    for (const HeaderPair& h : formatHeaders(w))
        out.append({h.first, QString::fromUtf8(h.second), HeaderSource::Format, false, formatOwner});
    if (w.auth.type == AuthType::Basic)
        out.append({"Authorization", u"Basic ****"_s, HeaderSource::Auth, false, tr("basic authentication")});
    if (w.signing.scheme != SigningScheme::None) {
        QString owner;
        switch (w.signing.scheme) {
        case SigningScheme::StandardWebhooks:
            owner = tr("Standard Webhooks signing");
            break;
        case SigningScheme::Github:
            owner = tr("GitHub-style signing");
            break;
        case SigningScheme::Stripe:
            owner = tr("Stripe-style signing");
            break;
        case SigningScheme::None:
            break;
        }
        for (const QByteArray& name : Signer::headerNames(w.signing.scheme))
            out.append({name, tr("computed for each attempt"), HeaderSource::Signing, false, owner});
    }
    out.append({"User-Agent", QString::fromLatin1(userAgent()), HeaderSource::Automatic, false, automatic});
    if (sendsBody(w))
        out.append({"Content-Length", tr("the body's length"), HeaderSource::Automatic, false, automatic});
    for (const auto& [name, value] : kOverridableAutomatic) {
        out.append({name.toByteArray(), QString::fromLatin1(value.toByteArray()), HeaderSource::Automatic, true,
                    tr("Hooksmith (automatic; a header of yours with this name replaces it)")});
    }
    return out;
}

} // namespace hooksmith

#include "SecretOrigin.h"

#include "Json.h"

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

const QString kMarker = u"hooksmith_secret"_s;

} // namespace

std::optional<Origin> Origin::fromUrl(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if ((scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty())
        return std::nullopt;
    return Origin{scheme, url.host(), url.port(scheme == u"https"_s ? 443 : 80)};
}

std::optional<Origin> Origin::parse(QStringView text)
{
    const QUrl url(text.toString(), QUrl::StrictMode);
    std::optional<Origin> origin = fromUrl(url);
    // Only the exact form toString() writes: a path, a user or a missing port means something else.
    if (!origin || origin->toString() != text)
        return std::nullopt;
    return origin;
}

QString Origin::toString() const
{
    const QString shownHost = host.contains(u':') ? u'[' + host + u']' : host;
    return scheme + u"://"_s + shownHost + u':' + QString::number(port);
}

QString StoredSecret::encode() const
{
    if (!origin)
        return value;
    QString out = u"{"_s;
    appendJsonString(out, kMarker);
    out += u":1,"_s;
    appendJsonString(out, u"origin"_s);
    out += u':';
    appendJsonString(out, origin->toString());
    out += u',';
    appendJsonString(out, u"value"_s);
    out += u':';
    appendJsonString(out, value);
    out += u'}';
    return out;
}

StoredSecret StoredSecret::decode(const QString& entry)
{
    const StoredSecret bare{entry, std::nullopt};
    if (!entry.startsWith(u"{\""_s + kMarker + u'"'))
        return bare;
    JsonValue v;
    if (!parseJson(entry, v, nullptr, JsonDuplicateKeys::Refuse) || v.objectMembers().size() != 3)
        return bare;
    const JsonValue* marker = nullptr;
    const JsonValue* origin = nullptr;
    const JsonValue* value = nullptr;
    for (const auto& [key, member] : v.objectMembers()) {
        if (key == kMarker)
            marker = &member;
        else if (key == u"origin"_s)
            origin = &member;
        else if (key == u"value"_s)
            value = &member;
    }
    if (!marker || !marker->isNumber() || marker->text() != u"1"_s || !origin || !origin->isString() || !value ||
        !value->isString()) {
        return bare;
    }
    const std::optional<Origin> parsed = Origin::parse(origin->text());
    if (!parsed)
        return bare;
    return StoredSecret{value->text(), parsed};
}

QString SecretOrigins::mismatchMessage(const QString& what, const Origin& saved, const Origin& now)
{
    return tr("the %1 in the keychain was saved for %2, but the URL now points to %3: it is not sent there until "
              "you confirm %3 in Hooksmith (Authentication section) or set the secret again with hooksmith-cli "
              "secret set")
        .arg(what, saved.toString(), now.toString());
}

} // namespace hooksmith

#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QUrl>

namespace hooksmith {

/// The request target of an http(s) URL (its path, "/" when it has none, and its query, as on the request
/// line): what Qt's HTTP stack derives, except for dot segments ("." and "..", also written %2E), which are
/// removed as RFC 3986 (section 5.2.4) says. QUrl::NormalizePathSegments in Qt 6.4 also drops a segment of
/// two characters that starts with a dot ("/in/.a/x" becomes "/in//x").
QByteArray requestTarget(const QUrl& url);

/// Whether `c` is one of RFC 3986's unreserved characters (letters, digits, "-._~"), which percent-encoding
/// leaves as they are.
bool isUnreserved(char16_t c);

/// Appends `s` (as UTF-8) percent-encoded so that only RFC 3986 unreserved characters stay
/// as they are. Used for path segments, query names and query values.
void appendPercentEncoded(QString& out, QStringView s);
QString percentEncoded(QStringView s);

/// Appends `s` encoded as application/x-www-form-urlencoded (WHATWG URL standard: space is '+').
void appendFormEncoded(QString& out, QStringView s);

/// True for a valid HTTP header name (RFC 9110 token).
bool isValidHeaderName(QStringView name);

/// The first character that may not appear in a header value (CR, LF or NUL), or -1.
qsizetype forbiddenHeaderCharacter(QStringView value);

/// True for application/json and any media type ending in +json (parameters ignored).
bool isJsonMediaType(QStringView contentType);

/// `t` in UTC as ISO 8601 with milliseconds ("2026-11-01T09:00:00.000Z"): the same text as
/// `t.toUTC().toString(Qt::ISODateWithMs)`, written directly for years 1 to 9999. Rendering
/// formats one per delivery, and Qt's general path costs several times more.
QString isoUtcWithMs(const QDateTime& t);

} // namespace hooksmith

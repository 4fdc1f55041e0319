#include "Encoding.h"

namespace hooksmith {

namespace {

/// A request target (a path from '/', then maybe a query) without the dot segments of its path, which QUrl
/// has already decoded from %2E: the algorithm of RFC 3986, section 5.2.4, for a path that starts with '/'
/// (its steps for relative paths never apply).
QByteArray withoutDotSegments(const QByteArray& target)
{
    const qsizetype queryAt = target.indexOf('?');
    QByteArrayView in = queryAt < 0 ? QByteArrayView(target) : QByteArrayView(target).first(queryAt);
    if (!in.contains("/."))
        return target;
    QByteArray out;
    out.reserve(target.size());
    const auto dropLastSegment = [&out] {
        out.truncate(std::max<qsizetype>(0, out.lastIndexOf('/')));
    };
    while (!in.isEmpty()) {
        if (in.startsWith("/./"))
            in = in.sliced(2);
        else if (in == "/.")
            in = "/";
        else if (in.startsWith("/../")) {
            in = in.sliced(3);
            dropLastSegment();
        } else if (in == "/..") {
            in = "/";
            dropLastSegment();
        } else {
            const qsizetype end = in.indexOf('/', 1);
            out.append(end < 0 ? in : in.first(end));
            in = end < 0 ? QByteArrayView() : in.sliced(end);
        }
    }
    if (queryAt >= 0)
        out.append(QByteArrayView(target).sliced(queryAt));
    return out;
}

constexpr char16_t kHex[] = u"0123456789ABCDEF";

bool isFormSafe(char16_t c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.' ||
           c == u'_' || c == u'*';
}

void appendEscapedByte(QString& out, unsigned char b)
{
    const char16_t esc[3] = {u'%', kHex[b >> 4], kHex[b & 0xF]};
    out.append(QStringView(esc, 3));
}

template <typename Safe>
void appendEncoded(QString& out, QStringView s, Safe safe, bool spaceAsPlus)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        qsizetype j = i;
        while (j < n && safe(s[j].unicode()))
            ++j;
        if (j > i)
            out.append(s.sliced(i, j - i));
        if (j >= n)
            break;
        // Encode the run of unsafe characters through UTF-8 (unpaired surrogates become U+FFFD).
        qsizetype k = j;
        while (k < n && !safe(s[k].unicode()))
            ++k;
        const QByteArray utf8 = s.sliced(j, k - j).toUtf8();
        for (const char ch : utf8) {
            const auto b = static_cast<unsigned char>(ch);
            if (spaceAsPlus && b == ' ')
                out.append(u'+');
            else
                appendEscapedByte(out, b);
        }
        i = k;
    }
}

} // namespace

bool isUnreserved(char16_t c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.' ||
           c == u'_' || c == u'~';
}

QByteArray requestTarget(const QUrl& url)
{
    QUrl::FormattingOptions format(QUrl::RemoveFragment | QUrl::RemoveUserInfo | QUrl::FullyEncoded |
                                   QUrl::RemoveScheme | QUrl::RemoveAuthority);
    if (url.path().isEmpty()) {
        QUrl copy = url;
        copy.setPath(QStringLiteral("/"));
        return copy.toEncoded(format);
    }
    return withoutDotSegments(url.toEncoded(format));
}

void appendPercentEncoded(QString& out, QStringView s)
{
    appendEncoded(out, s, isUnreserved, false);
}

QString percentEncoded(QStringView s)
{
    QString out;
    appendPercentEncoded(out, s);
    return out;
}

void appendFormEncoded(QString& out, QStringView s)
{
    appendEncoded(out, s, isFormSafe, true);
}

bool isValidHeaderName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9');
        if (alnum)
            continue;
        switch (u) {
        case u'!':
        case u'#':
        case u'$':
        case u'%':
        case u'&':
        case u'\'':
        case u'*':
        case u'+':
        case u'-':
        case u'.':
        case u'^':
        case u'_':
        case u'`':
        case u'|':
        case u'~':
            continue;
        default:
            return false;
        }
    }
    return true;
}

qsizetype forbiddenHeaderCharacter(QStringView value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t u = value[i].unicode();
        if (u == u'\r' || u == u'\n' || u == 0)
            return i;
    }
    return -1;
}

bool isJsonMediaType(QStringView contentType)
{
    QStringView type = contentType;
    const qsizetype semi = type.indexOf(u';');
    if (semi >= 0)
        type = type.first(semi);
    type = type.trimmed();
    return type.compare(u"application/json", Qt::CaseInsensitive) == 0 || type.endsWith(u"+json", Qt::CaseInsensitive);
}

QString isoUtcWithMs(const QDateTime& t)
{
    if (!t.isValid())
        return t.toUTC().toString(Qt::ISODateWithMs);
    const qint64 ms = t.toMSecsSinceEpoch();
    // Days since 1970-01-01 and the milliseconds into that day, rounded towards minus infinity.
    constexpr qint64 kDayMs = 86'400'000;
    qint64 days = ms / kDayMs;
    qint64 inDay = ms % kDayMs;
    if (inDay < 0) {
        inDay += kDayMs;
        days -= 1;
    }
    // Civil date from a day count (proleptic Gregorian, as QDate uses for these years).
    const qint64 z = days + 719'468;
    const qint64 era = (z >= 0 ? z : z - 146'096) / 146'097;
    const qint64 doe = z - era * 146'097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1 || year > 9999)
        return t.toUTC().toString(Qt::ISODateWithMs);

    char16_t buf[24];
    auto put = [&buf](int at, qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            buf[at + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    buf[4] = u'-';
    put(5, month, 2);
    buf[7] = u'-';
    put(8, day, 2);
    buf[10] = u'T';
    put(11, inDay / 3'600'000, 2);
    buf[13] = u':';
    put(14, inDay / 60'000 % 60, 2);
    buf[16] = u':';
    put(17, inDay / 1000 % 60, 2);
    buf[19] = u'.';
    put(20, inDay % 1000, 3);
    buf[23] = u'Z';
    return QString(reinterpret_cast<const QChar*>(buf), 24);
}

} // namespace hooksmith

#include "Encoding.h"

namespace hooksmith {

namespace {

constexpr char16_t kHex[] = u"0123456789ABCDEF";

bool isUnreserved(char16_t c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.' ||
           c == u'_' || c == u'~';
}

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

} // namespace hooksmith

#include "ShellQuote.h"

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

bool isPlainWord(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' ||
                        u == u'_' || u == u'.' || u == u'/' || u == u':' || u == u'@' || u == u'=' || u == u',' ||
                        u == u'+';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QString shellQuote(QStringView argument)
{
    if (isPlainWord(argument))
        return argument.toString();
    QString out = u"'"_s;
    for (const QChar c : argument) {
        if (c == u'\'')
            out += u"'\\''"_s;
        else
            out += c;
    }
    out += u'\'';
    return out;
}

} // namespace hooksmith

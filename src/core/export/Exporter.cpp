#include "Exporter.h"

#include <QStringDecoder>

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

bool isShellSafeText(const QByteArray& bytes)
{
    if (bytes.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes); // decoding happens on conversion
    Q_UNUSED(text);
    return !decoder.hasError();
}

/// A printf(1) format that writes exactly `bytes` (for bodies a shell argument cannot carry).
QString printfFormat(const QByteArray& bytes)
{
    QString out;
    out.reserve(bytes.size() * 2);
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b == '%')
            out += u"%%"_s;
        else if (b == '\\')
            out += u"\\\\"_s;
        else if (b >= 0x20 && b < 0x7f)
            out += QChar(char16_t(b));
        else
            out += u"\\%1"_s.arg(uint(b), 3, 8, QChar(u'0'));
    }
    return out;
}

} // namespace

QList<const Exporter*> Exporter::all()
{
    static const CurlExporter curl;
    return {&curl};
}

const Exporter* Exporter::find(QStringView id)
{
    for (const Exporter* e : all()) {
        if (e->id() == id)
            return e;
    }
    return nullptr;
}

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

QString CurlExporter::id() const
{
    return u"curl"_s;
}

QString CurlExporter::actionText() const
{
    return tr("Copy as curl");
}

QString CurlExporter::exportRequest(const RenderedRequest& r) const
{
    const QString url = r.url.toString(QUrl::FullyEncoded);
    QStringList args{u"curl"_s, shellQuote(url)};
    // curl expands [] and {} in URLs as ranges and lists unless told not to.
    if (url.contains(u'[') || url.contains(u']') || url.contains(u'{') || url.contains(u'}'))
        args << u"--globoff"_s;
    if (r.method == Method::Head)
        args << u"--head"_s;
    else if (r.method != Method::Get || r.hasBody)
        args << u"--request"_s << methodName(r.method);
    for (const RenderedHeader& h : r.headers) {
        // curl computes Content-Length from --data-binary itself; stating it would be wrong for a
        // masked body, whose length differs from the real one.
        if (h.name.compare("Content-Length", Qt::CaseInsensitive) == 0 && r.hasBody)
            continue;
        const QString name = QString::fromLatin1(h.name);
        const QString value = QString::fromUtf8(h.value);
        // "Name:" would make curl drop the header; "Name;" sends it with an empty value.
        const QString header = value.isEmpty() ? QString(name + u';') : QString(name + u": "_s + value);
        args << u"--header"_s << shellQuote(header);
    }
    QString prefix;
    if (r.hasBody) {
        if (isShellSafeText(r.body)) {
            args << u"--data-binary"_s << shellQuote(QString::fromUtf8(r.body));
        } else {
            // A NUL byte or invalid UTF-8 cannot travel in a shell argument: pipe it in through printf.
            prefix = u"printf "_s + shellQuote(printfFormat(r.body)) + u" | "_s;
            args << u"--data-binary"_s << u"@-"_s;
        }
    }

    QString out = prefix + args.front();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const bool option = args[i].startsWith(u"--"_s);
        out += option ? u" \\\n  "_s : u" "_s;
        out += args[i];
    }
    out += u'\n';
    return out;
}

} // namespace hooksmith

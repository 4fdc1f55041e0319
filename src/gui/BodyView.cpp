#include "BodyView.h"

#include "Json.h"
#include "TemplateEdits.h"
#include "Theme.h"

#include <QFontDatabase>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace hooksmith {

/// Colours a pretty-printed JSON body with the preview's colours.
class JsonBodyHighlighter : public JsonSyntaxHighlighter
{
public:
    using JsonSyntaxHighlighter::JsonSyntaxHighlighter;
    bool json = false;

protected:
    void highlightBlock(const QString& text) override
    {
        if (json)
            highlightJson(text);
    }
};

bool BodyText::looksBinary(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return true;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            return true;
    }
    return false;
}

QString BodyText::prettyJson(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    JsonValue value;
    if (!parseJson(text, value))
        return {};
    QString out;
    out.reserve(text.size() * 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    auto newline = [&] {
        out += u'\n';
        out += QString(depth * 2, u' ');
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
            continue;
        }
        switch (c.unicode()) {
        case u' ':
        case u'\t':
        case u'\n':
        case u'\r':
            break;
        case u'"':
            inString = true;
            out += c;
            break;
        case u'{':
        case u'[': {
            out += c;
            // Empty containers stay on one line.
            qsizetype j = i + 1;
            while (j < text.size() && text[j].isSpace())
                ++j;
            if (j < text.size() && (text[j] == u'}' || text[j] == u']')) {
                out += text[j];
                i = j;
                break;
            }
            ++depth;
            newline();
            break;
        }
        case u'}':
        case u']':
            --depth;
            newline();
            out += c;
            break;
        case u',':
            out += c;
            newline();
            break;
        case u':':
            out += u": "_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString BodyText::hexDump(const QByteArray& bytes)
{
    QString out;
    for (qsizetype offset = 0; offset < bytes.size(); offset += 16) {
        out += QString::number(offset, 16).rightJustified(8, u'0') + u"  "_s;
        QString ascii;
        for (int i = 0; i < 16; ++i) {
            if (offset + i < bytes.size()) {
                const auto b = quint8(bytes[offset + i]);
                out += QString::number(b, 16).rightJustified(2, u'0') + u' ';
                ascii += (b >= 0x20 && b < 0x7f) ? QChar(char16_t(b)) : u'.';
            } else {
                out += u"   "_s;
            }
            if (i == 7)
                out += u' ';
        }
        out += u" |"_s + ascii + u"|\n"_s;
    }
    return out;
}

std::pair<QString, BodyText::Kind> BodyText::format(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return {QString(), Kind::Empty};
    if (looksBinary(bytes)) {
        // A hex dump is 4.5 times the bytes: the first 64 KiB say what it is without slowing the view.
        constexpr qsizetype kMaxDumped = 64 * 1024;
        if (bytes.size() <= kMaxDumped)
            return {hexDump(bytes), Kind::Binary};
        return {hexDump(bytes.left(kMaxDumped)) + tr("… %n more byte(s)", nullptr, int(bytes.size() - kMaxDumped)),
                Kind::Binary};
    }
    const QString json = prettyJson(bytes);
    if (!json.isNull())
        return {json, Kind::Json};
    return {QString::fromUtf8(bytes), Kind::Text};
}

QString BodyText::headerLines(const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    QString out;
    for (const auto& [name, value] : headers)
        out += QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value) + u'\n';
    return out;
}

BodyView::BodyView(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new JsonBodyHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void BodyView::setBody(const QByteArray& bytes)
{
    auto [text, kind] = BodyText::format(bytes);
    m_kind = kind;
    m_highlighter->json = kind == BodyText::Kind::Json;
    setPlainText(text);
}

} // namespace hooksmith

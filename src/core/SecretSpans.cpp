#include "SecretSpans.h"

#include "Renderer.h"

#include <algorithm>

namespace hooksmith {

namespace {

/// Bytes that QString::toUtf8() writes for a surrogate without its partner (Qt 6.4: one '?').
qsizetype loneSurrogateBytes()
{
    static const qsizetype bytes = QString(QChar(char16_t(0xD800))).toUtf8().size();
    return bytes;
}

/// Walks a text once, giving the UTF-8 offset of ascending UTF-16 positions.
class Utf8Walker
{
public:
    explicit Utf8Walker(QStringView text)
        : m_text(text)
    {}

    /// The byte offset of `pos`. Inside a surrogate pair: the start of the character, or its end when
    /// `end` is set (so that a range never cuts a character, and covers all of it).
    qsizetype offsetOf(qsizetype pos, bool end)
    {
        while (m_pos < pos) {
            const char16_t c = m_text[m_pos].unicode();
            if (QChar::isHighSurrogate(c) && m_pos + 1 < m_text.size() &&
                QChar::isLowSurrogate(m_text[m_pos + 1].unicode())) {
                if (m_pos + 1 == pos)
                    return end ? m_bytes + 4 : m_bytes;
                m_bytes += 4;
                m_pos += 2;
                continue;
            }
            m_bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : QChar::isSurrogate(c) ? loneSurrogateBytes() : 3;
            ++m_pos;
        }
        return m_bytes;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
    qsizetype m_bytes = 0;
};

} // namespace

void SecretSpans::add(qsizetype header, qsizetype offset, QStringView text, std::span<const Written> written)
{
    Utf8Walker walker(text);
    for (const Written& w : written) {
        const qsizetype begin = walker.offsetOf(w.begin, false);
        const qsizetype end = walker.offsetOf(w.end, true);
        spans.append({header, offset + begin, offset + end, w.jsonValue});
    }
}

void SecretSpans::sort()
{
    std::stable_sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
        return a.header != b.header ? a.header < b.header : a.begin < b.begin;
    });
}

RenderedRequest RenderedRequest::maskedView() const
{
    RenderedRequest view = *this;
    view.masked = true;
    if (!secrets)
        return view;
    view.secrets.reset();
    const SecretSpans& s = *secrets;
    if (s.urlMasked) {
        view.url = s.url;
        view.target = s.target;
        view.host = s.host;
        for (RenderedHeader& h : view.headers) {
            if (h.source == HeaderSource::Automatic && h.name == "Host")
                h.value = s.host;
        }
    }
    // One pass per header value (and the body) that holds secrets: copy what lies between them.
    for (qsizetype i = 0; i < s.spans.size();) {
        const qsizetype owner = s.spans[i].header;
        const QByteArray& source = owner < 0 ? body : headers[owner].value;
        QByteArray out;
        out.reserve(source.size());
        qsizetype copied = 0;
        for (; i < s.spans.size() && s.spans[i].header == owner; ++i) {
            const SecretSpans::Span& span = s.spans[i];
            if (span.begin > copied)
                out.append(QByteArrayView(source).sliced(copied, span.begin - copied));
            out.append(span.jsonValue ? QByteArrayView("\"****\"") : QByteArrayView("****"));
            copied = std::max(copied, span.end);
        }
        out.append(QByteArrayView(source).sliced(std::min(copied, source.size())));
        (owner < 0 ? view.body : view.headers[owner].value) = std::move(out);
    }
    return view;
}

} // namespace hooksmith

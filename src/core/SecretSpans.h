#pragma once

#include <QByteArray>
#include <QList>
#include <QStringView>
#include <QUrl>

#include <span>

namespace hooksmith {

/// Where the secrets of a rendered request are, written down by the Renderer as it wrote them: byte
/// ranges in header values and in the body, and the request's URL as derived from the URL text with
/// **** in place of its secrets. RenderedRequest::maskedView() needs nothing else.
struct SecretSpans
{
    struct Span
    {
        qsizetype header = -1; ///< index into RenderedRequest::headers; -1: the body
        qsizetype begin = 0;   ///< in bytes
        qsizetype end = 0;
        bool jsonValue = false; ///< a JSON value of its own, shown as "****"
    };
    /// A secret written into text still in UTF-16: where it is in that text.
    struct Written
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        bool jsonValue = false;
    };

    QList<Span> spans; ///< by header (the body first), then by position

    bool urlMasked = false; ///< a secret is in the path or query; then the three below are the masked ones
    QUrl url;
    QByteArray target;
    QByteArray host;

    /// Adds `written` (ascending ranges in `text`) as spans of `header` (-1: the body), whose bytes are
    /// text.toUtf8() placed at byte `offset`. A range that ends or starts inside a surrogate pair takes
    /// the whole character.
    void add(qsizetype header, qsizetype offset, QStringView text, std::span<const Written> written);
    /// Puts the spans in the order maskedView() reads them (a header named twice gets spans late).
    void sort();
};

} // namespace hooksmith

#include "HttpResponseParser.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// Whether a comma-separated header value lists `token` (case-insensitive).
bool listsToken(QByteArrayView value, QByteArrayView token)
{
    while (!value.isEmpty()) {
        const qsizetype comma = value.indexOf(',');
        const QByteArrayView part = comma < 0 ? value : value.first(comma);
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
        value = comma < 0 ? QByteArrayView() : value.sliced(comma + 1);
    }
    return false;
}

QString latin1Start(QByteArrayView bytes, qsizetype at_most)
{
    return QString::fromLatin1(bytes.first(std::min(at_most, bytes.size())));
}

} // namespace

HttpResponseParser::HttpResponseParser(const ResponseLimits& limits, bool headRequest)
    : m_limits(limits)
    , m_headRequest(headRequest)
{}

QString HttpResponseParser::sizeText(qint64 bytes)
{
    constexpr qint64 kGiB = qint64(1024) * 1024 * 1024;
    if (bytes >= kGiB && bytes % kGiB == 0)
        return tr("%1 GiB").arg(bytes / kGiB);
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return tr("%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return tr("%1 KiB").arg(bytes / 1024);
    return bytes == 1 ? tr("1 byte") : tr("%1 bytes").arg(bytes);
}

QByteArray HttpResponseParser::header(QByteArrayView name) const
{
    for (const Header& h : m_headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpResponseParser::keepAlive() const
{
    if (m_state != State::Complete || m_mode == BodyMode::UntilClose || m_status == 101)
        return false;
    const QByteArray connection = header("Connection");
    if (m_minorVersion == 0)
        return listsToken(connection, "keep-alive");
    return !listsToken(connection, "close");
}

void HttpResponseParser::fail(Failure failure, const QString& message)
{
    m_state = State::Failed;
    m_failure = failure;
    m_error = message;
    m_line.clear();
}

bool HttpResponseParser::takeLine(QByteArrayView& data, qsizetype& used, QByteArrayView* line, qsizetype lineLimit)
{
    const qsizetype newline = data.indexOf('\n');
    const qsizetype take = newline < 0 ? data.size() : newline + 1;
    const bool inHead = m_state == State::Head;
    // The line end does not count against the line limit.
    const qsizetype content = newline < 0 ? take : newline;
    if (m_line.size() + content > lineLimit + 1) { // + 1: the CR of a CRLF
        fail(Failure::LineTooLong,
             m_sawStatus || !inHead ? tr("a line of the response is longer than %1").arg(sizeText(lineLimit))
                                    : tr("the status line of the response is longer than %1").arg(sizeText(lineLimit)));
        return false;
    }
    if (inHead && m_headBytes + take > m_limits.maxHeadBytes) {
        fail(Failure::HeadTooLarge,
             tr("the response head (status line and headers) is larger than %1").arg(sizeText(m_limits.maxHeadBytes)));
        return false;
    }
    // A line that arrived whole is read where it is; one in parts is put together in m_line, which
    // feed() empties once the line is handled.
    QByteArrayView whole = data.first(content);
    if (newline < 0 || !m_line.isEmpty()) {
        m_line.append(whole);
        whole = m_line;
    }
    if (inHead)
        m_headBytes += take;
    used += take;
    m_bytesRead += take;
    data = data.sliced(take);
    if (newline < 0)
        return false;
    if (whole.endsWith('\r'))
        whole.chop(1);
    *line = whole;
    return true;
}

qsizetype HttpResponseParser::feed(QByteArrayView data)
{
    qsizetype used = 0;
    while (!data.isEmpty() && (m_state == State::Head || m_state == State::Body)) {
        if (m_state == State::Head) {
            QByteArrayView line;
            if (!takeLine(data, used, &line, m_limits.maxLineBytes))
                continue;
            headLine(line);
            m_line.resize(0);
            continue;
        }
        // Body
        if (m_mode == BodyMode::Length || (m_mode == BodyMode::Chunked && m_chunkStep == ChunkStep::Data)) {
            const qsizetype n = qsizetype(std::min<qint64>(m_remaining, data.size()));
            keep(data.first(n));
            data = data.sliced(n);
            used += n;
            m_bytesRead += n;
            m_remaining -= n;
            if (m_remaining == 0) {
                if (m_mode == BodyMode::Length)
                    complete();
                else
                    m_chunkStep = ChunkStep::DataEnd;
            }
            continue;
        }
        if (m_mode == BodyMode::UntilClose) {
            keep(data);
            used += data.size();
            m_bytesRead += data.size();
            data = {};
            continue;
        }
        // Chunked: a size line, the CRLF after the data, or a trailer line.
        QByteArrayView line;
        if (!takeLine(data, used, &line, m_limits.maxLineBytes))
            continue;
        switch (m_chunkStep) {
        case ChunkStep::Size:
            chunkSizeLine(line);
            break;
        case ChunkStep::DataEnd:
            if (!line.isEmpty())
                fail(Failure::Malformed, tr("a chunk of the response body is longer than its size says"));
            else
                m_chunkStep = ChunkStep::Size;
            break;
        case ChunkStep::Trailer:
            if (line.isEmpty())
                complete();
            else if (++m_headerLines > m_limits.maxHeaderLines)
                fail(Failure::TooManyHeaders,
                     tr("the response has more than %1 trailer lines").arg(m_limits.maxHeaderLines));
            break;
        case ChunkStep::Data:
            break;
        }
        m_line.resize(0);
    }
    return used;
}

bool HttpResponseParser::headLine(QByteArrayView line)
{
    if (!m_sawStatus) {
        // Empty lines before the status line are tolerated (left over from an earlier response).
        if (line.isEmpty())
            return true;
        return statusLine(line);
    }
    if (line.isEmpty())
        return endOfHead();
    if (++m_headerLines > m_limits.maxHeaderLines) {
        fail(Failure::TooManyHeaders, tr("the response has more than %1 header lines").arg(m_limits.maxHeaderLines));
        return false;
    }
    if (line.front() == ' ' || line.front() == '\t') {
        // obs-fold: the line continues the previous header's value.
        if (m_headers.isEmpty()) {
            fail(Failure::Malformed, tr("the response's first header line starts with a space"));
            return false;
        }
        m_headers.last().second.append(' ').append(line.trimmed());
        return true;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return true; // not a header: ignored, as Qt's HTTP stack does
    m_headers.append({line.first(colon).trimmed().toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
    return true;
}

bool HttpResponseParser::statusLine(QByteArrayView line)
{
    // HTTP/1.x SP 3DIGIT [SP reason]
    const bool ok = line.size() >= 12 && line.startsWith("HTTP/1.") && isDigit(line[7]) && line[8] == ' ' &&
                    isDigit(line[9]) && isDigit(line[10]) && isDigit(line[11]) &&
                    (line.size() == 12 || line[12] == ' ') && line[9] != '0';
    if (!ok) {
        fail(Failure::Malformed, tr("the status line is not HTTP/1.x: \"%1\"").arg(latin1Start(line, 80)));
        return false;
    }
    m_sawStatus = true;
    m_minorVersion = line[7] - '0';
    m_status = (line[9] - '0') * 100 + (line[10] - '0') * 10 + (line[11] - '0');
    m_reason = line.size() > 13 ? line.sliced(13).toByteArray() : QByteArray();
    return true;
}

bool HttpResponseParser::endOfHead()
{
    if (m_status >= 100 && m_status < 200 && m_status != 101) {
        // An interim response: the final one follows with a head of its own.
        m_sawStatus = false;
        m_headers.clear();
        m_headerLines = 0;
        m_headBytes = 0;
        m_status = 0;
        m_reason.clear();
        return true;
    }
    m_headDone = true;
    m_state = State::Body;
    m_headerLines = 0;

    std::optional<qint64> length;
    bool chunked = false;
    for (const Header& h : std::as_const(m_headers)) {
        if (h.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            const QList<QByteArray> codings = h.second.split(',');
            chunked = codings.constLast().trimmed().compare("chunked", Qt::CaseInsensitive) == 0;
        } else if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            const QByteArray v = h.second.trimmed();
            bool digits = !v.isEmpty() && v.size() <= 18;
            for (char c : v)
                digits = digits && isDigit(c);
            if (!digits || (length && *length != v.toLongLong())) {
                fail(Failure::Malformed,
                     tr("the response has an invalid Content-Length \"%1\"").arg(QString::fromLatin1(v.left(40))));
                return false;
            }
            length = v.toLongLong();
        }
    }
    m_contentLength = length;
    if (m_headRequest || m_status == 204 || m_status == 304 || m_status == 101) {
        m_mode = BodyMode::None;
        complete();
    } else if (chunked) {
        m_mode = BodyMode::Chunked;
        m_chunkStep = ChunkStep::Size;
    } else if (length) {
        m_mode = BodyMode::Length;
        m_remaining = *length;
        if (m_remaining == 0)
            complete();
    } else {
        m_mode = BodyMode::UntilClose;
    }
    return true;
}

bool HttpResponseParser::chunkSizeLine(QByteArrayView line)
{
    const qsizetype semicolon = line.indexOf(';');
    const QByteArrayView digits = (semicolon < 0 ? line : line.first(semicolon)).trimmed();
    qint64 size = 0;
    bool ok = !digits.isEmpty() && digits.size() <= 15; // 15 hex digits never overflow a qint64
    for (qsizetype i = 0; ok && i < digits.size(); ++i) {
        const int v = hexValue(digits[i]);
        ok = v >= 0;
        size = size * 16 + std::max(v, 0);
    }
    if (!ok) {
        fail(Failure::Malformed, tr("the response has an invalid chunk size \"%1\"").arg(latin1Start(line, 40)));
        return false;
    }
    if (size == 0) {
        m_chunkStep = ChunkStep::Trailer;
        return true;
    }
    m_remaining = size;
    m_chunkStep = ChunkStep::Data;
    return true;
}

void HttpResponseParser::keep(QByteArrayView bytes)
{
    const qsizetype room = std::max<qsizetype>(0, m_limits.maxKeptBody - m_body.size());
    if (room > 0)
        m_body.append(bytes.first(std::min(room, bytes.size())));
    m_bodySize += bytes.size();
}

void HttpResponseParser::endOfStream()
{
    if (m_state == State::Body && m_mode == BodyMode::UntilClose) {
        complete();
        return;
    }
    if (m_state == State::Head || m_state == State::Body)
        fail(Failure::Truncated, m_headDone ? tr("the connection ended in the middle of the body")
                                            : tr("the connection ended without a complete response head"));
}

} // namespace hooksmith

#include "HttpRequestParser.h"

#include "HttpResponseParser.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

constexpr qsizetype kMaxChunkSizeLine = 1024;

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

/// RFC 9110 tchar: what a method and a header name are made of.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isTokenChar);
}

QString shown(QByteArrayView bytes)
{
    QString s;
    for (char c : bytes.first(std::min<qsizetype>(bytes.size(), 40))) {
        const auto u = uchar(c);
        s += u >= 0x20 && u < 0x7f ? QString(QLatin1Char(c)) : u"\\x%1"_s.arg(u, 2, 16, QChar(u'0'));
    }
    return bytes.size() > 40 ? s + u"..."_s : s;
}

} // namespace

HttpRequestParser::HttpRequestParser(const RequestLimits& limits)
    : m_limits(limits)
{}

void HttpRequestParser::reset()
{
    *this = HttpRequestParser(m_limits);
}

QByteArray HttpRequestParser::header(QByteArrayView name) const
{
    for (const Header& h : m_headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpRequestParser::expectsContinue() const
{
    return m_headDone && m_version == "HTTP/1.1" &&
           header("Expect").trimmed().compare("100-continue", Qt::CaseInsensitive) == 0;
}

bool HttpRequestParser::keepAlive() const
{
    if (m_state != State::Complete)
        return false;
    const QByteArray connection = header("Connection").trimmed();
    if (m_version == "HTTP/1.0")
        return connection.compare("keep-alive", Qt::CaseInsensitive) == 0;
    return connection.compare("close", Qt::CaseInsensitive) != 0;
}

void HttpRequestParser::fail(int status, const QString& message)
{
    m_state = State::Failed;
    m_status = status;
    m_error = message;
    m_line.clear();
    m_body.clear();
    m_body.squeeze();
}

bool HttpRequestParser::takeLine(QByteArrayView& data, qsizetype& used, QByteArray* line)
{
    const qsizetype newline = data.indexOf('\n');
    const qsizetype take = newline < 0 ? data.size() : newline + 1;
    const qsizetype content = newline < 0 ? take : newline;
    const bool inHead = m_state == State::Idle || m_state == State::Head;
    const bool atRequestLine = inHead && m_method.isEmpty();
    if (atRequestLine) {
        if (m_line.size() + content > m_limits.maxRequestLine + 1) { // + 1: the CR of a CRLF
            fail(414,
                 tr("the request line is longer than %1").arg(HttpResponseParser::sizeText(m_limits.maxRequestLine)));
            return false;
        }
    } else if (inHead || m_chunkStep == ChunkStep::Trailer) {
        if (m_headBytes + take > m_limits.maxHeadBytes) {
            fail(431,
                 tr("the request headers are larger than %1").arg(HttpResponseParser::sizeText(m_limits.maxHeadBytes)));
            return false;
        }
        m_headBytes += take;
    } else if (m_line.size() + content > kMaxChunkSizeLine) {
        fail(400, tr("a chunk-size line is longer than %1").arg(HttpResponseParser::sizeText(kMaxChunkSizeLine)));
        return false;
    }
    m_line.append(data.first(content));
    used += take;
    data = data.sliced(take);
    if (newline < 0)
        return false;
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    *line = std::move(m_line);
    m_line = QByteArray();
    return true;
}

qsizetype HttpRequestParser::feed(QByteArrayView data)
{
    qsizetype used = 0;
    while (!data.isEmpty() && m_state != State::Complete && m_state != State::Failed) {
        if (m_state == State::Idle || m_state == State::Head) {
            m_state = State::Head;
            QByteArray line;
            if (!takeLine(data, used, &line))
                continue;
            if (m_method.isEmpty()) {
                if (line.isEmpty())
                    continue; // an empty line before the request line is tolerated (RFC 9112, 2.2)
                requestLine(line);
            } else if (line.isEmpty()) {
                endOfHead();
            } else {
                headerLine(line, false);
            }
            continue;
        }
        if (!m_chunked || m_chunkStep == ChunkStep::Data) {
            const qsizetype n = qsizetype(std::min<qint64>(m_remaining, data.size()));
            m_body.append(data.first(n));
            data = data.sliced(n);
            used += n;
            m_remaining -= n;
            if (m_remaining == 0) {
                if (m_chunked)
                    m_chunkStep = ChunkStep::DataEnd;
                else
                    m_state = State::Complete;
            }
            continue;
        }
        QByteArray line;
        if (!takeLine(data, used, &line))
            continue;
        switch (m_chunkStep) {
        case ChunkStep::Size:
            chunkSizeLine(line);
            break;
        case ChunkStep::DataEnd:
            if (!line.isEmpty())
                fail(400, tr("a chunk of the body is longer than its size says"));
            else
                m_chunkStep = ChunkStep::Size;
            break;
        case ChunkStep::Trailer:
            if (line.isEmpty())
                m_state = State::Complete;
            else
                headerLine(line, true);
            break;
        case ChunkStep::Data:
            break;
        }
    }
    return used;
}

bool HttpRequestParser::requestLine(const QByteArray& line)
{
    // method SP request-target SP HTTP-version, single spaces
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty()) {
        fail(400, tr("the request line \"%1\" is not \"METHOD TARGET HTTP/1.1\"").arg(shown(line)));
        return false;
    }
    const QByteArray& version = parts[2];
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (version.startsWith("HTTP/") && version.size() == 8 && isDigit(version[5]) && version[6] == '.' &&
            isDigit(version[7])) {
            fail(505, tr("HTTP version %1 is not supported (only HTTP/1.0 and HTTP/1.1)").arg(shown(version)));
        } else {
            fail(400, tr("the request line \"%1\" is not \"METHOD TARGET HTTP/1.1\"").arg(shown(line)));
        }
        return false;
    }
    for (char c : parts[1]) {
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f) {
            fail(400, tr("the request target \"%1\" has a character that is not allowed").arg(shown(parts[1])));
            return false;
        }
    }
    m_method = parts[0];
    m_target = parts[1];
    m_version = version;
    return true;
}

bool HttpRequestParser::headerLine(const QByteArray& line, bool trailer)
{
    if (++m_headerLines > m_limits.maxHeaderLines) {
        fail(431, trailer ? tr("the request has more than %1 header and trailer lines").arg(m_limits.maxHeaderLines)
                          : tr("the request has more than %1 header lines").arg(m_limits.maxHeaderLines));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    // No folded lines (obs-fold) and no space before the colon (RFC 9112, 5.1 and 5.2).
    if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) {
        fail(400, tr("the header line \"%1\" is not \"Name: value\"").arg(shown(line)));
        return false;
    }
    const QByteArray value = line.sliced(colon + 1).trimmed();
    for (char c : value) {
        if ((uchar(c) < 0x20 && c != '\t') || uchar(c) == 0x7f) {
            fail(400, tr("the header %1 has a control character in its value").arg(shown(line.first(colon))));
            return false;
        }
    }
    if (!trailer)
        m_headers.append({line.first(colon), value});
    return true;
}

bool HttpRequestParser::endOfHead()
{
    m_headDone = true;
    m_state = State::Body;
    QList<QByteArray> lengths;
    QList<QByteArray> codings;
    for (const Header& h : std::as_const(m_headers)) {
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
            lengths.append(h.second);
        else if (h.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            codings.append(h.second);
    }
    if (!codings.isEmpty()) {
        if (!lengths.isEmpty()) {
            fail(400, tr("the request has both Content-Length and Transfer-Encoding"));
            return false;
        }
        if (codings.size() != 1 || codings.front().compare("chunked", Qt::CaseInsensitive) != 0) {
            fail(501, tr("the transfer coding \"%1\" is not supported (only chunked)").arg(shown(codings.join(", "))));
            return false;
        }
        m_chunked = true;
        m_chunkStep = ChunkStep::Size;
        m_headerLines = 0;
        m_headBytes = 0;
        return true;
    }
    if (lengths.size() > 1) {
        fail(400, tr("the request has %1 Content-Length headers; one is allowed").arg(lengths.size()));
        return false;
    }
    qint64 length = 0;
    if (!lengths.isEmpty()) {
        const QByteArray& v = lengths.front();
        const bool digits = !v.isEmpty() && v.size() <= 18 && std::all_of(v.begin(), v.end(), isDigit);
        if (!digits) {
            fail(400, tr("the Content-Length \"%1\" is not a number of bytes").arg(shown(v)));
            return false;
        }
        length = v.toLongLong();
    }
    if (length > m_limits.maxBodyBytes) {
        fail(413, tr("the body of %1 bytes is larger than the limit of %2")
                      .arg(length)
                      .arg(HttpResponseParser::sizeText(m_limits.maxBodyBytes)));
        return false;
    }
    m_remaining = length;
    m_body.reserve(qsizetype(length));
    if (length == 0)
        m_state = State::Complete;
    return true;
}

bool HttpRequestParser::chunkSizeLine(const QByteArray& line)
{
    const qsizetype semicolon = line.indexOf(';');
    QByteArrayView digits = semicolon < 0 ? QByteArrayView(line) : QByteArrayView(line).first(semicolon);
    while (!digits.isEmpty() && (digits.back() == ' ' || digits.back() == '\t'))
        digits.chop(1); // BWS before a chunk extension
    qint64 size = 0;
    bool ok = !digits.isEmpty() && digits.size() <= 15; // 15 hex digits never overflow a qint64
    for (qsizetype i = 0; ok && i < digits.size(); ++i) {
        const int v = hexValue(digits[i]);
        ok = v >= 0;
        size = size * 16 + std::max(v, 0);
    }
    if (!ok) {
        fail(400, tr("the chunk size \"%1\" is not a hexadecimal number").arg(shown(line)));
        return false;
    }
    if (size == 0) {
        m_chunkStep = ChunkStep::Trailer;
        return true;
    }
    if (size > m_limits.maxBodyBytes - m_body.size()) {
        fail(413, tr("the chunked body is larger than the limit of %1")
                      .arg(HttpResponseParser::sizeText(m_limits.maxBodyBytes)));
        return false;
    }
    m_remaining = size;
    m_chunkStep = ChunkStep::Data;
    return true;
}

} // namespace hooksmith

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace hooksmith {

/// What one request to the local receiver may be. Checked while the bytes arrive.
struct RequestLimits
{
    static constexpr qsizetype kDefaultRequestLine = 8 * 1024;
    static constexpr qsizetype kDefaultHeadBytes = 64 * 1024;
    static constexpr int kDefaultHeaderLines = 100;
    static constexpr qint64 kDefaultBodyBytes = 16 * 1024 * 1024;

    qsizetype maxRequestLine = kDefaultRequestLine; ///< the request line without its line end
    qsizetype maxHeadBytes = kDefaultHeadBytes;     ///< header lines with their line ends (and a trailer's)
    int maxHeaderLines = kDefaultHeaderLines;       ///< header lines (and a trailer's lines)
    qint64 maxBodyBytes = kDefaultBodyBytes;        ///< the body, after chunked decoding
};

/// Reads HTTP/1.x requests from bytes fed to it as they arrive (no sockets inside), within
/// RequestLimits. A request that breaks a limit or the syntax fails with the status to answer
/// (400, 413, 414, 431, 501, 505) and a reason for a person.
class HttpRequestParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpRequestParser)
public:
    enum class State : quint8
    {
        Idle,     ///< nothing of a request yet
        Head,     ///< reading the request line and headers
        Body,     ///< reading the body
        Complete, ///< one request is complete; reset() to read the next
        Failed,   ///< see status() and error()
    };
    using Header = std::pair<QByteArray, QByteArray>;

    explicit HttpRequestParser(const RequestLimits& limits = {});

    /// Reads from `data` and returns how many bytes were used: all of them unless a request completed
    /// or failed on the way (the rest belongs to the next request, or to nothing).
    qsizetype feed(QByteArrayView data);
    /// Forgets the request read (Complete) and waits for the next one.
    void reset();

    State state() const { return m_state; }
    bool headComplete() const { return m_headDone; }
    /// The client sent "Expect: 100-continue" and waits for a 100 before the body.
    bool expectsContinue() const;

    QByteArray method() const { return m_method; }
    QByteArray target() const { return m_target; }
    QByteArray version() const { return m_version; }
    const QList<Header>& headers() const { return m_headers; }
    /// The first value of a header (case-insensitive name); null when absent.
    QByteArray header(QByteArrayView name) const;
    const QByteArray& body() const { return m_body; }
    /// Whether the connection stays open after the reply.
    bool keepAlive() const;

    /// When Failed: the status to answer and why.
    int status() const { return m_status; }
    QString error() const { return m_error; }

private:
    enum class ChunkStep : quint8
    {
        Size,
        Data,
        DataEnd,
        Trailer
    };

    bool takeLine(QByteArrayView& data, qsizetype& used, QByteArray* line);
    bool requestLine(const QByteArray& line);
    bool headerLine(const QByteArray& line, bool trailer);
    bool endOfHead();
    bool chunkSizeLine(const QByteArray& line);
    void fail(int status, const QString& message);

    RequestLimits m_limits;
    State m_state = State::Idle;
    bool m_headDone = false;
    bool m_chunked = false;
    ChunkStep m_chunkStep = ChunkStep::Size;
    qint64 m_remaining = 0;
    QByteArray m_line;
    qsizetype m_headBytes = 0;
    int m_headerLines = 0;

    QByteArray m_method;
    QByteArray m_target;
    QByteArray m_version;
    QList<Header> m_headers;
    QByteArray m_body;
    int m_status = 0;
    QString m_error;
};

} // namespace hooksmith

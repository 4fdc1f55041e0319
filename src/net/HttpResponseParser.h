#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace hooksmith {

/// What one HTTP/1.1 response may make the sender hold in memory. Checked while the bytes arrive.
struct ResponseLimits
{
    qsizetype maxHeadBytes = 64 * 1024;  ///< status line and header lines with their line ends
    int maxHeaderLines = 100;            ///< header lines of one response (and of its trailer)
    qsizetype maxLineBytes = 16 * 1024;  ///< one status, header, chunk-size or trailer line
    qsizetype maxKeptBody = 1024 * 1024; ///< body bytes kept; the rest is counted and dropped
};

/// Reads one HTTP/1.1 response from bytes fed to it as they arrive (no sockets inside): the status,
/// the headers and the body, decoding chunked transfer coding, within ResponseLimits. Interim 1xx
/// responses are read and dropped.
class HttpResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)
public:
    enum class State : quint8
    {
        Head,     ///< reading the status line and headers
        Body,     ///< reading the body
        Complete, ///< the response ended; bytes after it were not read
        Failed,   ///< see failure() and error()
    };
    enum class Failure : quint8
    {
        None,
        Malformed,      ///< not a valid HTTP/1.x response
        HeadTooLarge,   ///< ResponseLimits::maxHeadBytes
        TooManyHeaders, ///< ResponseLimits::maxHeaderLines
        LineTooLong,    ///< ResponseLimits::maxLineBytes
        Truncated,      ///< the connection ended before the response did
    };
    using Header = std::pair<QByteArray, QByteArray>;

    explicit HttpResponseParser(const ResponseLimits& limits = {}, bool headRequest = false);

    /// Reads from `data` and returns how many bytes were used: all of them unless the response
    /// completed or failed on the way.
    qsizetype feed(QByteArrayView data);
    /// The connection ended: completes a body that runs to the end of the connection, fails otherwise.
    void endOfStream();

    State state() const { return m_state; }
    Failure failure() const { return m_failure; }
    /// What went wrong, for a person (empty unless Failed).
    QString error() const { return m_error; }
    bool headComplete() const { return m_headDone; }

    int status() const { return m_status; }
    QByteArray reason() const { return m_reason; }
    const QList<Header>& headers() const { return m_headers; }
    /// The first value of a header (case-insensitive name); null when absent.
    QByteArray header(QByteArrayView name) const;
    const QByteArray& body() const { return m_body; }
    qint64 bodySize() const { return m_bodySize; }
    /// The announced Content-Length, when there is one.
    std::optional<qint64> contentLength() const { return m_contentLength; }
    /// Every byte used so far, interim responses included.
    qint64 bytesRead() const { return m_bytesRead; }
    /// Whether the connection can carry another request once the response is complete.
    bool keepAlive() const;

    /// "64 KiB", "1 MiB", "300 bytes"
    static QString sizeText(qint64 bytes);

private:
    enum class BodyMode : quint8
    {
        None,
        Length,
        Chunked,
        UntilClose
    };
    enum class ChunkStep : quint8
    {
        Size,
        Data,
        DataEnd,
        Trailer
    };

    bool takeLine(QByteArrayView& data, qsizetype& used, QByteArrayView* line, qsizetype lineLimit);
    bool headLine(QByteArrayView line);
    bool statusLine(QByteArrayView line);
    bool endOfHead();
    bool chunkSizeLine(QByteArrayView line);
    void keep(QByteArrayView bytes);
    void fail(Failure failure, const QString& message);
    void complete() { m_state = State::Complete; }

    ResponseLimits m_limits;
    bool m_headRequest = false;
    State m_state = State::Head;
    Failure m_failure = Failure::None;
    QString m_error;
    bool m_headDone = false;

    QByteArray m_line; ///< the line read so far (never more than the line limit)
    bool m_lineHasCr = false;
    qsizetype m_headBytes = 0; ///< of the response being read (interim ones reset it)
    int m_headerLines = 0;
    bool m_sawStatus = false;
    int m_minorVersion = 1;

    int m_status = 0;
    QByteArray m_reason;
    QList<Header> m_headers;
    BodyMode m_mode = BodyMode::None;
    ChunkStep m_chunkStep = ChunkStep::Size;
    qint64 m_remaining = 0; ///< of the body (Length) or the chunk (Chunked)
    std::optional<qint64> m_contentLength;
    QByteArray m_body;
    qint64 m_bodySize = 0;
    qint64 m_bytesRead = 0;
};

} // namespace hooksmith

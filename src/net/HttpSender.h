#pragma once

#include "ProxySettings.h"
#include "Renderer.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSslCertificate;

namespace hooksmith {

/// What the TLS handshake of an attempt established.
struct TlsSummary
{
    QString protocol;    ///< e.g. "TLS 1.3"
    QString cipher;      ///< e.g. "TLS_AES_256_GCM_SHA384"
    QString peerSubject; ///< the server certificate's subject (CN, O)
    QString peerIssuer;
    QString peerSha256; ///< SHA-256 fingerprint of the server certificate, "AB:CD:..." (see formatFingerprint)
    QDateTime peerNotAfter;
    bool isEmpty() const { return protocol.isEmpty(); }
};

/// When things happened during one attempt, in milliseconds since the attempt started. -1: unknown.
struct AttemptTimings
{
    QDateTime startedAt; ///< UTC
    /// Waited for one of the connections Qt keeps to the server (at most 6 per server and sender)
    /// before the request could go out. The attempt's timeout counts from the end of this wait.
    qint64 queuedMs = 0;
    qint64 requestSentMs = -1; ///< the whole request was written
    qint64 firstByteMs = -1;   ///< the response status line and headers arrived
    qint64 finishedMs = -1;
};

/// Per-attempt settings taken from the webhook's delivery section.
struct AttemptOptions
{
    int timeoutMs = 15000;
    bool followRedirects = false;
    QString pinnedSha256; ///< hex, colons allowed; accepts exactly this server certificate
    QString caFile;       ///< extra CA certificates (PEM) trusted for this request
};

/// The result of one HTTP attempt.
struct AttemptResult
{
    enum class Outcome : quint8
    {
        Success,      ///< a 2xx status
        HttpError,    ///< any other status (3xx included unless redirects are followed)
        Timeout,      ///< no complete response within the timeout
        NetworkError, ///< refused, reset, DNS, malformed response, ...
        TlsError,     ///< certificate not trusted, pin mismatch
    };

    static constexpr qsizetype kMaxKeptBody = 1024 * 1024;

    Outcome outcome = Outcome::NetworkError;
    int status = 0;
    QByteArray reason;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;       ///< at most kMaxKeptBody bytes
    qint64 bodySize = 0;   ///< bytes received in all
    QString errorMessage;  ///< for a person (a URL in it has its secrets masked); empty on success
    QString remoteAddress; ///< "IP:port" when known
    TlsSummary tls;
    AttemptTimings timings;
    std::optional<qint64> retryAfterSeconds; ///< from Retry-After on 429/503
    QUrl finalUrl;                           ///< after redirects; secrets as ****
    /// Request line and headers as sent (HTTP/2: the pseudo-headers and fields), from the request's
    /// masked view: secrets as ****, as RenderedRequest::maskedView() shows them.
    QByteArray requestHead;
    QByteArray httpVersion; ///< "HTTP/1.1" or "HTTP/2" once a response arrived
    int redirectCount = 0;  ///< redirects followed (only with AttemptOptions::followRedirects)
    /// How often a request was written, redirects included. Qt's HTTP stack writes a request again on
    /// a new connection (up to 3 more times) when a connection closes before any response arrives.
    int requestsSent = 0;

    bool ok() const { return outcome == Outcome::Success; }
    /// More body arrived than was kept.
    bool bodyTruncated() const { return bodySize > body.size(); }
};

/// Performs single HTTP attempts with QNetworkAccessManager, sending exactly the rendered request.
class HttpSender : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(AttemptResult)>;

    static constexpr int kMaxRedirects = 10;

    /// With the system's proxy settings.
    explicit HttpSender(QObject* parent = nullptr);
    explicit HttpSender(const ProxySettings& proxy, QObject* parent = nullptr);
    /// Attempts still under way are dropped without calling their `done`.
    ~HttpSender() override;

    /// Starts one attempt. `done` runs exactly once, later, on this object's thread. Returns an id
    /// for abort(). A masked request (secrets shown as ****) or one that names a header twice is
    /// refused with a NetworkError without being sent.
    quint64 send(const RenderedRequest& request, const AttemptOptions& options, Done done);
    /// Ends an attempt early; its `done` runs with a NetworkError ("aborted").
    void abort(quint64 id);
    /// The proxy of the attempts started from now on (those under way keep theirs).
    void setProxy(const ProxySettings& proxy);
    const ProxySettings& proxy() const;
    /// Attempts under way.
    int activeCount() const;
    /// Attempts under way, and ended ones not freed yet: an ended attempt is freed on a later turn of the
    /// event loop, and not while a callback of this sender runs an event loop of its own.
    int attemptsHeld() const;
    /// How long a kept-alive connection may stay unused before it is closed (default 60 s).
    void setIdleConnectionTimeout(int ms);

    /// Seconds to wait from a Retry-After value: delay-seconds or an HTTP date (IMF-fixdate, RFC 850
    /// or asctime). A date in the past gives 0; anything else std::nullopt.
    static std::optional<qint64> parseRetryAfter(QByteArrayView value, const QDateTime& nowUtc);
    /// The 32 bytes of a SHA-256 fingerprint written as hex, with or without colons or spaces, any
    /// case; std::nullopt when it is not 64 hex digits.
    static std::optional<QByteArray> parseFingerprint(QStringView text);
    /// "AB:CD:..." (upper-case hex pairs separated by colons, as browsers and openssl show them).
    static QString formatFingerprint(const QByteArray& sha256);
    static QString certificateFingerprint(const QSslCertificate& certificate);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hooksmith

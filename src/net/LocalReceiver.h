#pragma once

#include "HttpRequestParser.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace hooksmith {

/// One request the local receiver got.
struct ReceivedRequest
{
    quint64 sequence = 0;
    QDateTime receivedAt; ///< UTC
    QByteArray method;
    QByteArray path;  ///< percent-encoded; characters that need no encoding (%7E, %41) appear as themselves
    QByteArray query; ///< without '?', percent-encoded in the same canonical form
    QList<std::pair<QByteArray, QByteArray>> headers; ///< in the order received
    QByteArray body;
    QString remoteAddress;
    /// With a secret configured: whether the Standard Webhooks signature was valid, and why not.
    std::optional<bool> signatureValid;
    QString signatureError;
    /// A request the receiver refused (a limit, malformed HTTP, an idle or surplus connection): the
    /// status it answered, 0 for a request taken. What was read of the request is filled in.
    int refusedStatus = 0;
    QString refusal; ///< why, for a person
    bool refused() const { return refusedStatus != 0; }
};

/// Limits of the local receiver.
struct ReceiverLimits
{
    static constexpr int kDefaultIdleTimeoutMs = 30000;
    static constexpr int kDefaultMaxConnections = 64;

    RequestLimits request;
    /// A connection that sends nothing for this long (in the middle of a request or between requests)
    /// is answered 408 and closed.
    int idleTimeoutMs = kDefaultIdleTimeoutMs;
    /// Connections open at once; one more is answered 503 and closed.
    int maxConnections = kDefaultMaxConnections;
};

/// How the receiver replies.
struct ReceiverReply
{
    int status = 200; ///< 200 to 599; 204 and 304 carry no body
    int delayMs = 0;  ///< the reply waits this long; other requests are taken meanwhile
    QByteArray contentType = "application/json";
    QByteArray body = "{\"ok\":true}";
};

/// An HTTP server on loopback that records every request (like webhook.site, offline). Used by the
/// GUI's built-in receiver, `hooksmith-cli catch` and the tests.
class LocalReceiver : public QObject
{
    Q_OBJECT
public:
    explicit LocalReceiver(QObject* parent = nullptr);
    ~LocalReceiver() override;

    /// Listens on 127.0.0.1 (port 0: chosen by the OS). Returns false and sets errorString() on failure.
    bool listen(quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 port() const;
    /// http://127.0.0.1:PORT
    QUrl url() const;
    QString errorString() const;

    void setReply(const ReceiverReply& reply);
    ReceiverReply reply() const;
    /// Standard Webhooks secret(s) to check signatures with; empty: no check.
    void setSecret(const QString& secret);
    /// Applies to requests and connections from now on.
    void setLimits(const ReceiverLimits& limits);
    ReceiverLimits limits() const;
    /// Connections open now.
    int connectionCount() const;

    /// The requests received so far (oldest first; the oldest are dropped past `limit`).
    QList<ReceivedRequest> requests() const;
    void clear();
    /// How many requests the history keeps (default kDefaultLimit; 0 keeps none, the signal still fires).
    void setLimit(int limit);
    int limit() const;
    /// Requests received since listen(), refused ones included (not bounded by the limit).
    quint64 receivedCount() const;

    static constexpr int kDefaultLimit = 1000;

Q_SIGNALS:
    void requestReceived(const hooksmith::ReceivedRequest& request);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hooksmith

Q_DECLARE_METATYPE(hooksmith::ReceivedRequest)

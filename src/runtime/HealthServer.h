#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QSet>

#include <chrono>
#include <functional>

class QTcpServer;

namespace hooksmith {

class HealthConnection;

/// The relay's `--health [ADDR:]PORT` endpoint: a small HTTP/1.1 server that answers `GET /healthz` and
/// `GET /metrics` from providers, and holds up against clients that send too much, too slowly or too often.
class HealthServer : public QObject
{
    Q_OBJECT
public:
    /// The body of /healthz (application/json): 200 when ready, 503 when not.
    struct Health
    {
        bool ready = false;
        QByteArray json;
    };
    using HealthProvider = std::function<Health()>;
    /// The body of /metrics: Prometheus text exposition 0.0.4.
    using MetricsProvider = std::function<QByteArray()>;

    /// A request head (request line and headers) longer than this is answered 431 and the connection closed.
    static constexpr qsizetype kMaxHeadBytes = 8 * 1024;
    /// Connections beyond this many at once are closed as soon as they are accepted.
    static constexpr int kMaxConnections = 64;
    /// Responses not yet taken by a client, per connection, above which it reads no further requests.
    static constexpr qint64 kMaxUnsentBytes = 1024 * 1024;

    HealthServer(HealthProvider health, MetricsProvider metrics, QObject* parent = nullptr);
    ~HealthServer() override;

    /// "PORT", "ADDR:PORT" or "[IPv6]:PORT" (ADDR an IP address or `localhost`); PORT 0 picks a free port.
    /// Without ADDR: 127.0.0.1 only. A bad spec or a port in use is an error that says which and why.
    Status listen(const QString& spec);
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;

    /// A connection is closed when its client has not sent a whole request for this long (since it connected,
    /// or since the last response was sent). Default: 10 s.
    void setIdleTimeout(std::chrono::milliseconds timeout) { m_idleTimeout = timeout; }
    std::chrono::milliseconds idleTimeout() const { return m_idleTimeout; }
    /// Connections open now.
    int connectionCount() const { return int(m_connections.size()); }

private:
    friend class HealthConnection;

    void acceptConnections();

    HealthProvider m_health;
    MetricsProvider m_metrics;
    QTcpServer* m_server;
    QSet<HealthConnection*> m_connections;
    std::chrono::milliseconds m_idleTimeout{10000};
};

} // namespace hooksmith

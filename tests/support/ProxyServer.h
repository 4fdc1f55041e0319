#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <utility>

class QTcpServer;
class QTcpSocket;

namespace hooksmith::test {

/// A small HTTP forward proxy on 127.0.0.1 for tests: it records every request it is given (in the
/// absolute form a client sends to a proxy), checks Basic proxy credentials when asked to (407 with
/// Proxy-Authenticate otherwise), and forwards the request to an upstream server, whose response it
/// passes back. One request per connection: the connection closes after the response. CONNECT opens a
/// tunnel (https through the proxy).
class ProxyServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; ///< as the client wrote it: "http://host:port/path" for a proxy
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool forwarded = false; ///< false: answered 407 (or 502 when the upstream could not be reached)

        QByteArray header(const QByteArray& name) const;
    };

    explicit ProxyServer(QObject* parent = nullptr);
    ~ProxyServer() override;

    bool listen();
    quint16 port() const;

    /// Every request goes to this server, whatever host its target names (so that a test can send to
    /// a name that does not resolve: only the proxy knows where it goes). Default: the target's host.
    void setUpstream(const QHostAddress& address, quint16 port);
    /// Require these Basic credentials in Proxy-Authorization.
    void requireCredentials(const QString& user, const QString& password);

    const QList<Request>& requests() const { return m_requests; }

Q_SIGNALS:
    void requestRecorded();

private:
    void onConnection();
    void onReadyRead(QTcpSocket* client);
    void forward(QTcpSocket* client, const Request& request);
    /// CONNECT: a tunnel to the upstream server, bytes passed both ways unchanged.
    void tunnel(QTcpSocket* client, const Request& request);

    QTcpServer* m_server;
    QHostAddress m_upstreamAddress;
    quint16 m_upstreamPort = 0;
    QByteArray m_credentials; ///< "user:password" in base64; empty: none required
    QList<Request> m_requests;
};

} // namespace hooksmith::test

#include "ProxyServer.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace hooksmith::test {

QByteArray ProxyServer::Request::header(const QByteArray& name) const
{
    for (const auto& [n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

ProxyServer::ProxyServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &ProxyServer::onConnection);
}

ProxyServer::~ProxyServer() = default;

bool ProxyServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 ProxyServer::port() const
{
    return m_server->serverPort();
}

void ProxyServer::setUpstream(const QHostAddress& address, quint16 port)
{
    m_upstreamAddress = address;
    m_upstreamPort = port;
}

void ProxyServer::requireCredentials(const QString& user, const QString& password)
{
    m_credentials = (user + u':' + password).toUtf8().toBase64();
}

void ProxyServer::onConnection()
{
    while (QTcpSocket* client = m_server->nextPendingConnection()) {
        client->setParent(this);
        client->setProperty("pending", QByteArray());
        connect(client, &QTcpSocket::readyRead, this, [this, client] { onReadyRead(client); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}

void ProxyServer::onReadyRead(QTcpSocket* client)
{
    if (auto* tunnel = client->findChild<QTcpSocket*>(u"tunnel"_s)) {
        tunnel->write(client->readAll());
        return;
    }
    QByteArray buffer = client->property("pending").toByteArray() + client->readAll();
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        client->setProperty("pending", buffer);
        return;
    }
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    Request request;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.target = first.value(1);
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        if (request.headers.last().first.compare("Content-Length", Qt::CaseInsensitive) == 0)
            length = request.headers.last().second.toLongLong();
    }
    if (buffer.size() < headEnd + 4 + length) {
        client->setProperty("pending", buffer);
        return;
    }
    request.body = buffer.mid(headEnd + 4, length);
    client->setProperty("pending", buffer.mid(headEnd + 4 + length));

    const QByteArray authorization = request.header("Proxy-Authorization");
    if (!m_credentials.isEmpty() && authorization != "Basic " + m_credentials) {
        m_requests.append(request);
        Q_EMIT requestRecorded();
        client->write("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                      "Content-Length: 0\r\n\r\n");
        return;
    }
    request.forwarded = true;
    m_requests.append(request);
    Q_EMIT requestRecorded();
    if (request.method == "CONNECT")
        tunnel(client, request);
    else
        forward(client, request);
}

void ProxyServer::tunnel(QTcpSocket* client, const Request& request)
{
    auto* upstream = new QTcpSocket(client);
    upstream->setObjectName(u"tunnel"_s);
    connect(upstream, &QTcpSocket::connected, client,
            [client] { client->write("HTTP/1.1 200 Connection established\r\n\r\n"); });
    connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
    connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
    connect(upstream, &QTcpSocket::errorOccurred, client, [client](QAbstractSocket::SocketError) {
        if (client->state() == QAbstractSocket::ConnectedState)
            client->disconnectFromHost();
    });
    if (m_upstreamPort != 0) {
        upstream->connectToHost(m_upstreamAddress, m_upstreamPort);
    } else {
        const QList<QByteArray> hostPort = request.target.split(':');
        upstream->connectToHost(QString::fromLatin1(hostPort.value(0)), quint16(hostPort.value(1).toUInt()));
    }
}

void ProxyServer::forward(QTcpSocket* client, const Request& request)
{
    const QUrl url = QUrl::fromEncoded(request.target);
    QByteArray head = request.method + ' ' + url.path(QUrl::FullyEncoded).toLatin1();
    if (url.hasQuery())
        head += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    head += " HTTP/1.1\r\n";
    for (const auto& [name, value] : request.headers) {
        if (name.startsWith("Proxy-") || name.compare("Connection", Qt::CaseInsensitive) == 0 ||
            name.compare("Keep-Alive", Qt::CaseInsensitive) == 0)
            continue;
        head += name + ": " + value + "\r\n";
    }
    head += "Connection: close\r\n\r\n";

    auto* upstream = new QTcpSocket(client);
    const QByteArray bytes = head + request.body;
    connect(upstream, &QTcpSocket::connected, upstream, [upstream, bytes] { upstream->write(bytes); });
    connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
    connect(upstream, &QTcpSocket::disconnected, client, [client, upstream] {
        client->write(upstream->readAll());
        client->disconnectFromHost();
    });
    connect(upstream, &QTcpSocket::errorOccurred, client, [client, upstream](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError)
            return;
        const QByteArray why = upstream->errorString().toUtf8();
        client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: " + QByteArray::number(why.size()) +
                      "\r\nConnection: close\r\n\r\n" + why);
        client->disconnectFromHost();
    });
    if (m_upstreamPort != 0)
        upstream->connectToHost(m_upstreamAddress, m_upstreamPort);
    else
        upstream->connectToHost(url.host(), quint16(url.port(80)));
}

} // namespace hooksmith::test

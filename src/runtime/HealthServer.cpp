#include "HealthServer.h"

#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <optional>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

/// After a response that closes the connection, what a client still sends is read and dropped (so that
/// closing does not reset the connection before the client has read the response), up to this much.
constexpr qint64 kMaxDrainBytes = 64 * 1024;

struct Request
{
    QByteArray method;
    QByteArray path; ///< without query or fragment
    bool close = false;
    bool http10KeepAlive = false; ///< an HTTP/1.0 client asked to keep the connection
    bool hasBody = false;
    int error = 0; ///< a status to answer instead (400, 505); the connection closes after it
};

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isTokenChar);
}

/// Where the request head ends (just after its empty line, CRLF or LF), or -1 while it is incomplete.
qsizetype headEnd(const QByteArray& buffer)
{
    qsizetype pos = 0;
    while (true) {
        const qsizetype nl = buffer.indexOf('\n', pos);
        if (nl < 0)
            return -1;
        const qsizetype length = nl - pos - (nl > pos && buffer[nl - 1] == '\r' ? 1 : 0);
        if (length == 0 && pos > 0)
            return nl + 1;
        pos = nl + 1;
    }
}

/// The path of an origin-form ("/a?b") or absolute-form ("http://host/a") request target, or empty.
QByteArray targetPath(QByteArrayView target)
{
    QByteArrayView path;
    if (target.startsWith('/')) {
        path = target;
    } else {
        const qsizetype scheme = target.indexOf("://");
        const QByteArray lower = target.first(scheme < 0 ? 0 : scheme).toByteArray().toLower();
        if (lower != "http" && lower != "https")
            return {};
        const qsizetype slash = target.indexOf('/', scheme + 3);
        path = slash < 0 ? QByteArrayView("/") : target.sliced(slash);
    }
    const qsizetype end = std::min(path.indexOf('?') < 0 ? path.size() : path.indexOf('?'),
                                   path.indexOf('#') < 0 ? path.size() : path.indexOf('#'));
    return path.first(end).toByteArray();
}

Request parseHead(QByteArrayView head)
{
    Request r;
    r.error = 400;
    QList<QByteArrayView> lines;
    for (qsizetype pos = 0; pos < head.size();) {
        qsizetype nl = head.indexOf('\n', pos);
        if (nl < 0)
            nl = head.size();
        QByteArrayView line = head.sliced(pos, nl - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\r') || line.contains('\0'))
            return r;
        if (!line.isEmpty())
            lines.append(line);
        pos = nl + 1;
    }
    if (lines.isEmpty())
        return r;

    const QList<QByteArray> parts = lines.front().toByteArray().split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty())
        return r;
    static const QRegularExpression version(u"^HTTP/(\\d)\\.(\\d)$"_s);
    const auto match = version.match(QString::fromLatin1(parts[2]));
    if (!match.hasMatch())
        return r;
    if (match.captured(1) != u"1"_s) {
        r.error = 505;
        return r;
    }
    const bool http10 = match.captured(2) == u"0"_s;
    r.method = parts[0];
    r.path = targetPath(parts[1]);
    if (r.path.isEmpty())
        return r;

    bool closeToken = false;
    bool keepAliveToken = false;
    std::optional<QByteArray> contentLength;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (line.startsWith(' ') || line.startsWith('\t') || colon <= 0 || !isToken(line.first(colon)))
            return r; // obsolete line folding, or not a header field
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArray value = line.sliced(colon + 1).toByteArray().trimmed();
        if (name == "connection") {
            for (const QByteArray& option : value.split(',')) {
                const QByteArray o = option.trimmed().toLower();
                closeToken = closeToken || o == "close";
                keepAliveToken = keepAliveToken || o == "keep-alive";
            }
        } else if (name == "content-length") {
            const bool digits = !value.isEmpty() &&
                                std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (!digits || (contentLength && *contentLength != value))
                return r;
            contentLength = value;
            r.hasBody = r.hasBody || value.count('0') != value.size();
        } else if (name == "transfer-encoding") {
            r.hasBody = true;
        }
    }
    r.close = closeToken || (http10 && !keepAliveToken);
    r.http10KeepAlive = http10 && keepAliveToken && !closeToken;
    r.error = 0;
    return r;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    }
    return "Error";
}

struct Response
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    bool headOnly = false;
    bool allow = false;
};

QByteArray serialize(const Response& r, bool close, bool keepAlive)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    out += "Content-Type: " + r.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\n";
    if (r.allow)
        out += "Allow: GET, HEAD\r\n";
    if (close)
        out += "Connection: close\r\n";
    else if (keepAlive)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (!r.headOnly)
        out += r.body;
    return out;
}

Response plain(int status)
{
    return {status, "text/plain; charset=utf-8", reasonPhrase(status) + '\n', false, status == 405};
}

} // namespace

/// One client: reads request heads, answers them in order, and closes when asked, on a bad request, or
/// when the client has been idle too long.
class HealthConnection : public QObject
{
public:
    HealthConnection(HealthServer* server, QTcpSocket* socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
    {
        m_server->m_connections.insert(this);
        socket->setParent(this);
        // Qt stops reading from the kernel once this much waits unread: a client cannot fill memory.
        socket->setReadBufferSize(HealthServer::kMaxHeadBytes);
        m_idle.setSingleShot(true);
        connect(&m_idle, &QTimer::timeout, this, [this] { m_socket->abort(); });
        connect(socket, &QTcpSocket::readyRead, this, &HealthConnection::process);
        connect(socket, &QTcpSocket::bytesWritten, this, [this] {
            m_idle.start(m_server->m_idleTimeout);
            process();
        });
        connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        m_idle.start(m_server->m_idleTimeout);
        process();
    }

    ~HealthConnection() override { m_server->m_connections.remove(this); }

private:
    void process()
    {
        // flush() in send() emits bytesWritten, which calls this again: the running call goes on instead.
        if (m_processing)
            return;
        const QScopedValueRollback processing(m_processing, true);
        if (m_closing) {
            drain();
            return;
        }
        while (!m_closing && m_socket->state() == QAbstractSocket::ConnectedState) {
            // A client that does not read its responses gets no more until it does (resumed by bytesWritten).
            if (m_socket->bytesToWrite() > HealthServer::kMaxUnsentBytes)
                return;
            if (m_buffer.size() < HealthServer::kMaxHeadBytes)
                m_buffer += m_socket->read(HealthServer::kMaxHeadBytes - m_buffer.size());
            qsizetype skip = 0; // empty lines before a request line are allowed
            while (skip < m_buffer.size() && (m_buffer[skip] == '\r' || m_buffer[skip] == '\n'))
                ++skip;
            m_buffer.remove(0, skip);
            const qsizetype end = headEnd(m_buffer);
            if (end < 0) {
                if (m_buffer.size() >= HealthServer::kMaxHeadBytes)
                    send(plain(431), true, false);
                return;
            }
            const Request request = parseHead(QByteArrayView(m_buffer).first(end));
            m_buffer.remove(0, end);
            answer(request);
        }
    }

    void answer(const Request& request)
    {
        if (request.error != 0)
            return send(plain(request.error), true, false);
        const bool head = request.method == "HEAD";
        if (!head && request.method != "GET")
            return send(plain(405), request.close || request.hasBody, request.http10KeepAlive);
        if (request.hasBody)
            return send(plain(400), true, false);
        Response response;
        if (request.path == "/healthz") {
            HealthServer::Health health = m_server->m_health ? m_server->m_health() : HealthServer::Health{};
            response = {health.ready ? 200 : 503, "application/json", std::move(health.json), head, false};
            if (response.body.isEmpty())
                response.body = health.ready ? R"({"ready":true})" : R"({"ready":false})";
        } else if (request.path == "/metrics") {
            response = {200, "text/plain; version=0.0.4; charset=utf-8",
                        m_server->m_metrics ? m_server->m_metrics() : QByteArray(), head, false};
        } else {
            response = plain(404);
            response.headOnly = head;
        }
        send(response, request.close, request.http10KeepAlive);
    }

    void send(const Response& response, bool close, bool keepAlive)
    {
        m_socket->write(serialize(response, close, keepAlive));
        // Into the kernel now, not at the next turn of the loop: when a client half-closes after its
        // requests, Qt drops what it still holds as soon as it reads the end of the stream.
        m_socket->flush();
        if (close)
            closeGracefully();
    }

    /// Sends what is queued, then half-closes and reads what the client still sends until it closes too:
    /// closing with unread input would make the kernel reset the connection, and the client could lose
    /// the response.
    void closeGracefully()
    {
        m_closing = true;
        m_buffer = QByteArray();
        m_idle.start(m_server->m_idleTimeout);
        drain();
    }

    void drain()
    {
        m_drained += m_socket->skip(m_socket->bytesAvailable());
        if (m_drained > kMaxDrainBytes) {
            m_socket->abort();
            return;
        }
        if (!m_writeShut && m_socket->bytesToWrite() == 0 && m_socket->state() == QAbstractSocket::ConnectedState) {
            m_writeShut = true;
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        }
    }

    HealthServer* m_server;
    QTcpSocket* m_socket;
    QTimer m_idle;
    QByteArray m_buffer;
    qint64 m_drained = 0;
    bool m_closing = false;
    bool m_writeShut = false;
    bool m_processing = false;
};

HealthServer::HealthServer(HealthProvider health, MetricsProvider metrics, QObject* parent)
    : QObject(parent)
    , m_health(std::move(health))
    , m_metrics(std::move(metrics))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HealthServer::acceptConnections);
}

HealthServer::~HealthServer()
{
    close();
}

Status HealthServer::listen(const QString& spec)
{
    close();
    QString host;
    QString portText = spec;
    const bool bracketed = spec.startsWith(u'[');
    if (bracketed) {
        const qsizetype bracket = spec.indexOf(u"]:"_s);
        if (bracket < 0)
            return Error(tr("health address \"%1\": write an IPv6 address as [ADDRESS]:PORT").arg(spec));
        host = spec.mid(1, bracket - 1);
        portText = spec.mid(bracket + 2);
    } else if (const qsizetype colon = spec.lastIndexOf(u':'); colon >= 0) {
        host = spec.left(colon);
        portText = spec.mid(colon + 1);
        if (host.contains(u':'))
            return Error(
                tr("health address \"%1\": write an IPv6 address in brackets, as [%2]:%3").arg(spec, host, portText));
    }
    const bool hasHost = bracketed || spec.contains(u':');
    bool portOk = !portText.isEmpty() &&
                  std::all_of(portText.cbegin(), portText.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    const uint port = portOk ? portText.toUInt(&portOk) : 0;
    if (!portOk || port > 65535)
        return Error(tr("health address \"%1\": the port \"%2\" is not a number from 0 to 65535").arg(spec, portText));

    QHostAddress address(QHostAddress::LocalHost);
    if (hasHost && host != u"localhost"_s) {
        if (host.isEmpty() || !address.setAddress(host) ||
            (address.protocol() == QAbstractSocket::IPv6Protocol) != bracketed)
            return Error(tr("health address \"%1\": \"%2\" is not an IP address").arg(spec, host));
    }
    if (!m_server->listen(address, quint16(port))) {
        const QString where = address.protocol() == QAbstractSocket::IPv6Protocol
                                  ? u"[%1]:%2"_s.arg(address.toString()).arg(port)
                                  : u"%1:%2"_s.arg(address.toString()).arg(port);
        return Error(tr("health address \"%1\": cannot listen on %2: %3").arg(spec, where, m_server->errorString()));
    }
    return Status::success();
}

void HealthServer::close()
{
    m_server->close();
    const QSet<HealthConnection*> connections = std::exchange(m_connections, {});
    qDeleteAll(connections);
}

bool HealthServer::isListening() const
{
    return m_server->isListening();
}

quint16 HealthServer::port() const
{
    return m_server->serverPort();
}

QHostAddress HealthServer::address() const
{
    return m_server->serverAddress();
}

void HealthServer::acceptConnections()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        new HealthConnection(this, socket);
    }
}

} // namespace hooksmith

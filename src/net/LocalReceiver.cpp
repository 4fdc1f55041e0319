#include "LocalReceiver.h"

#include "Signing.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

QByteArray methodText(QHttpServerRequest::Method m)
{
    using M = QHttpServerRequest::Method;
    switch (m) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    case M::Connect:
        return "CONNECT";
    case M::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Content Too Large";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return status < 300 ? "Success" : status < 400 ? "Redirection" : status < 500 ? "Client Error" : "Server Error";
    }
}

QByteArray headerValue(const ReceivedRequest& r, QByteArrayView name)
{
    for (const auto& [key, value] : r.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

/// QAbstractHttpServer hands every request, whatever its method and path, to the receiver.
class ReceiverServer : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest&, QTcpSocket*)>;

    explicit ReceiverServer(Handler handler)
        : m_handler(std::move(handler))
    {}

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        m_handler(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest&, QTcpSocket*) override {}

private:
    Handler m_handler;
};

} // namespace

struct LocalReceiver::Private
{
    LocalReceiver* q = nullptr;
    std::unique_ptr<ReceiverServer> server;
    QPointer<QTcpServer> tcp;
    ReceiverReply reply;
    QString secret;
    QList<ReceivedRequest> history;
    int limit = kDefaultLimit;
    quint64 sequence = 0;
    QString error;

    void handle(const QHttpServerRequest& request, QTcpSocket* socket);
    void checkSignature(ReceivedRequest& r) const;
    void respond(QTcpSocket* socket, const QByteArray& method, bool close) const;
    void trim();
};

LocalReceiver::LocalReceiver(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    qRegisterMetaType<hooksmith::ReceivedRequest>();
}

LocalReceiver::~LocalReceiver()
{
    close();
}

bool LocalReceiver::listen(quint16 port)
{
    close();
    auto tcp = std::make_unique<QTcpServer>();
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        if (tcp->serverError() == QAbstractSocket::AddressInUseError)
            d->error = tr("port %1 on 127.0.0.1 is already in use").arg(port);
        else
            d->error = tr("cannot listen on 127.0.0.1 port %1: %2").arg(port).arg(tcp->errorString());
        return false;
    }
    d->error.clear();
    d->sequence = 0;
    Private* p = d.get();
    d->server = std::make_unique<ReceiverServer>(
        [p](const QHttpServerRequest& request, QTcpSocket* socket) { p->handle(request, socket); });
    d->tcp = tcp.get();
    d->server->bind(tcp.get());
    // The HTTP server owns the TCP server (and so every connection): closing is destroying it.
    tcp.release()->setParent(d->server.get());
    return true;
}

void LocalReceiver::close()
{
    // Destroying the HTTP server closes the listening socket and every open connection; replies
    // still waiting for their delay find their socket gone and are dropped.
    d->server.reset();
    d->tcp = nullptr;
}

bool LocalReceiver::isListening() const
{
    return d->tcp && d->tcp->isListening();
}

quint16 LocalReceiver::port() const
{
    return isListening() ? d->tcp->serverPort() : 0;
}

QUrl LocalReceiver::url() const
{
    QUrl u;
    u.setScheme(u"http"_s);
    u.setHost(u"127.0.0.1"_s);
    u.setPort(port());
    return u;
}

QString LocalReceiver::errorString() const
{
    return d->error;
}

void LocalReceiver::setReply(const ReceiverReply& reply)
{
    d->reply = reply;
    d->reply.status = std::clamp(reply.status, 200, 599);
    d->reply.delayMs = std::max(0, reply.delayMs);
}

ReceiverReply LocalReceiver::reply() const
{
    return d->reply;
}

void LocalReceiver::setSecret(const QString& secret)
{
    d->secret = secret.trimmed();
}

QList<ReceivedRequest> LocalReceiver::requests() const
{
    return d->history;
}

void LocalReceiver::clear()
{
    d->history.clear();
}

void LocalReceiver::setLimit(int limit)
{
    d->limit = std::max(0, limit);
    d->trim();
}

int LocalReceiver::limit() const
{
    return d->limit;
}

quint64 LocalReceiver::receivedCount() const
{
    return d->sequence;
}

void LocalReceiver::Private::trim()
{
    while (history.size() > limit)
        history.removeFirst();
}

void LocalReceiver::Private::handle(const QHttpServerRequest& request, QTcpSocket* socket)
{
    ReceivedRequest r;
    r.sequence = ++sequence;
    r.receivedAt = QDateTime::currentDateTimeUtc();
    r.method = methodText(request.method());
    const QUrl url = request.url();
    r.path = url.path(QUrl::FullyEncoded).toLatin1();
    if (r.path.isEmpty())
        r.path = "/";
    r.query = url.query(QUrl::FullyEncoded).toLatin1();
    r.headers = request.headers();
    r.body = request.body();
    QHostAddress peer = request.remoteAddress();
    if (const auto v4 = peer.toIPv4Address(); v4 != 0 && peer.protocol() == QAbstractSocket::IPv6Protocol)
        peer = QHostAddress(v4);
    r.remoteAddress = peer.toString() + u':' + QString::number(socket->peerPort());
    if (!secret.isEmpty())
        checkSignature(r);

    const bool close = headerValue(r, "Connection").compare("close", Qt::CaseInsensitive) == 0;
    const QByteArray method = r.method;
    if (limit > 0) {
        history.append(r);
        trim();
    }
    Q_EMIT q->requestReceived(r);

    if (reply.delayMs <= 0) {
        respond(socket, method, close);
        return;
    }
    // The delay runs on a timer, so other requests are taken meanwhile.
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(reply.delayMs, q, [this, guard, method, close] {
        if (guard)
            respond(guard, method, close);
    });
}

void LocalReceiver::Private::checkSignature(ReceivedRequest& r) const
{
    const QByteArray id = headerValue(r, "webhook-id");
    const QByteArray timestamp = headerValue(r, "webhook-timestamp");
    const QByteArray signature = headerValue(r, "webhook-signature");
    QStringList missing;
    if (id.isEmpty())
        missing.append(u"webhook-id"_s);
    if (timestamp.isEmpty())
        missing.append(u"webhook-timestamp"_s);
    if (signature.isEmpty())
        missing.append(u"webhook-signature"_s);
    if (!missing.isEmpty()) {
        r.signatureValid = false;
        r.signatureError = LocalReceiver::tr("the request has no %1 header").arg(missing.join(u", "_s));
        return;
    }
    const Status status =
        Signer::verifyStandardWebhooks(secret, id, timestamp, r.body, signature, QDateTime::currentSecsSinceEpoch());
    r.signatureValid = status.ok();
    if (!status.ok())
        r.signatureError = status.errorMessage();
}

void LocalReceiver::Private::respond(QTcpSocket* socket, const QByteArray& method, bool close) const
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    const int status = reply.status;
    const bool bodyAllowed = status != 204 && status != 304;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (bodyAllowed) {
        if (!reply.body.isEmpty() && !reply.contentType.isEmpty())
            out += "Content-Type: " + reply.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    }
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (bodyAllowed && method != "HEAD")
        out += reply.body;
    socket->write(out);
    if (close)
        socket->disconnectFromHost();
}

} // namespace hooksmith

#include "LocalReceiver.h"

#include "Signing.h"

#include <QHash>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

// gperftools' tcmalloc, when the program links it (hooksmith-cli does, see HooksmithAllocator.cmake):
// found at load time, null otherwise.
extern "C" void MallocExtension_ReleaseFreeMemory(void) __attribute__((weak));

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

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
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 431:
        return "Request Header Fields Too Large";
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
    case 505:
        return "HTTP Version Not Supported";
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

/// A body at least this large is given back to the system once the request is done.
constexpr qsizetype kLargeBody = 1024 * 1024;
/// How far a connection's socket reads ahead of the parser.
constexpr qint64 kSocketReadBuffer = 64 * 1024;

/// Hands memory the allocator keeps free back to the system: after a large body, the receiver's
/// process would otherwise stay at its peak size.
void releaseFreeMemory()
{
    if (MallocExtension_ReleaseFreeMemory)
        MallocExtension_ReleaseFreeMemory();
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

/// The path and query of a request target, in the canonical percent-encoded form.
std::pair<QByteArray, QByteArray> pathAndQuery(const QByteArray& target)
{
    if (target == "*")
        return {"*", {}};
    const QUrl url = target.startsWith('/') ? QUrl::fromEncoded("http://receiver" + target, QUrl::TolerantMode)
                                            : QUrl::fromEncoded(target, QUrl::TolerantMode);
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    return {path, url.query(QUrl::FullyEncoded).toLatin1()};
}

} // namespace

struct LocalReceiver::Private
{
    /// One client connection: its parser, its idle timer, and whether a reply is still to be written.
    struct Connection
    {
        // QAbstractSocket: its destructor emits disconnected, when the object is no longer a QTcpSocket.
        QPointer<QAbstractSocket> socket;
        HttpRequestParser parser;
        QTimer idle;
        bool waiting = false;      ///< a delayed reply is pending: nothing more is read meanwhile
        bool continueSent = false; ///< "100 Continue" went out for the current request
        bool closing = false;
    };

    LocalReceiver* q = nullptr;
    QPointer<QTcpServer> tcp;
    QHash<QAbstractSocket*, Connection*> connections;
    ReceiverReply reply;
    ReceiverLimits limits;
    QString secret;
    QList<ReceivedRequest> history;
    int limit = kDefaultLimit;
    quint64 sequence = 0;
    QString error;

    void accept();
    void readFrom(Connection* c);
    void take(Connection* c);
    void refuse(Connection* c, int status, const QString& reason);
    void record(ReceivedRequest& r);
    void drop(Connection* c);
    void onIdle(Connection* c);
    ReceivedRequest partialRequest(const Connection* c);
    void checkSignature(ReceivedRequest& r) const;
    void respond(QAbstractSocket* socket, const QByteArray& method, bool close) const;
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
    auto* tcp = new QTcpServer(this);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        if (tcp->serverError() == QAbstractSocket::AddressInUseError)
            d->error = tr("port %1 on 127.0.0.1 is already in use").arg(port);
        else
            d->error = tr("cannot listen on 127.0.0.1 port %1: %2").arg(port).arg(tcp->errorString());
        delete tcp;
        return false;
    }
    d->error.clear();
    d->sequence = 0;
    d->tcp = tcp;
    connect(tcp, &QTcpServer::newConnection, this, [this] { d->accept(); });
    return true;
}

void LocalReceiver::close()
{
    // Closes the listening socket and every open connection; replies still waiting for their delay
    // find their socket gone and are dropped.
    delete d->tcp;
    d->tcp = nullptr;
    const QList<Private::Connection*> open = d->connections.values();
    d->connections.clear();
    for (Private::Connection* c : open) {
        if (c->socket) {
            c->socket->disconnect(this);
            c->socket->abort();
            c->socket->deleteLater();
        }
        delete c;
    }
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

void LocalReceiver::setLimits(const ReceiverLimits& limits)
{
    d->limits = limits;
    d->limits.idleTimeoutMs = std::max(1, limits.idleTimeoutMs);
    d->limits.maxConnections = std::max(1, limits.maxConnections);
}

ReceiverLimits LocalReceiver::limits() const
{
    return d->limits;
}

int LocalReceiver::connectionCount() const
{
    return int(d->connections.size());
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

void LocalReceiver::Private::accept()
{
    while (tcp && tcp->hasPendingConnections()) {
        QTcpSocket* socket = tcp->nextPendingConnection();
        auto* c = new Connection;
        c->socket = socket;
        c->parser = HttpRequestParser(limits.request);
        socket->setReadBufferSize(kSocketReadBuffer);
        const bool surplus = connections.size() >= limits.maxConnections;
        connections.insert(socket, c);
        QObject::connect(socket, &QTcpSocket::disconnected, q, [this, c] { drop(c); });
        if (surplus) {
            refuse(c, 503,
                   limits.maxConnections == 1
                       ? LocalReceiver::tr("more than one connection at once")
                       : LocalReceiver::tr("more than %1 connections at once").arg(limits.maxConnections));
            continue;
        }
        c->idle.setSingleShot(true);
        QObject::connect(&c->idle, &QTimer::timeout, q, [this, c] { onIdle(c); });
        c->idle.start(limits.idleTimeoutMs);
        QObject::connect(socket, &QTcpSocket::readyRead, q, [this, c] { readFrom(c); });
    }
}

void LocalReceiver::Private::drop(Connection* c)
{
    if (!connections.contains(c->socket))
        return;
    connections.remove(c->socket);
    if (c->socket) {
        c->socket->disconnect(q);
        c->socket->deleteLater();
    }
    delete c;
}

void LocalReceiver::Private::readFrom(Connection* c)
{
    QAbstractSocket* socket = c->socket;
    while (socket && !c->waiting && !c->closing && socket->bytesAvailable() > 0) {
        c->idle.start(limits.idleTimeoutMs);
        // Peek, then skip what the parser used: bytes of the next request stay in the socket.
        const QByteArray data = socket->peek(kSocketReadBuffer);
        const qsizetype used = c->parser.feed(data);
        socket->skip(used);
        HttpRequestParser& p = c->parser;
        if (p.state() == HttpRequestParser::State::Failed) {
            refuse(c, p.status(), p.error());
            return;
        }
        if (p.expectsContinue() && !c->continueSent && p.state() == HttpRequestParser::State::Body) {
            c->continueSent = true;
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        if (p.state() == HttpRequestParser::State::Complete)
            take(c);
        else if (used == 0)
            break;
    }
}

ReceivedRequest LocalReceiver::Private::partialRequest(const Connection* c)
{
    const HttpRequestParser& p = c->parser;
    ReceivedRequest r;
    r.sequence = ++sequence;
    r.receivedAt = QDateTime::currentDateTimeUtc();
    r.method = p.method();
    if (!p.target().isEmpty())
        std::tie(r.path, r.query) = pathAndQuery(p.target());
    r.headers = p.headers();
    if (c->socket) {
        QHostAddress peer = c->socket->peerAddress();
        if (const auto v4 = peer.toIPv4Address(); v4 != 0 && peer.protocol() == QAbstractSocket::IPv6Protocol)
            peer = QHostAddress(v4);
        r.remoteAddress = peer.toString() + u':' + QString::number(c->socket->peerPort());
    }
    return r;
}

void LocalReceiver::Private::record(ReceivedRequest& r)
{
    if (limit > 0) {
        history.append(r);
        trim();
    }
    Q_EMIT q->requestReceived(r);
}

void LocalReceiver::Private::take(Connection* c)
{
    HttpRequestParser& p = c->parser;
    ReceivedRequest r = partialRequest(c);
    r.body = p.body();
    const bool large = r.body.size() >= kLargeBody;
    if (!secret.isEmpty())
        checkSignature(r);
    const bool close = !p.keepAlive();
    const QByteArray method = r.method;
    c->parser.reset();
    c->continueSent = false;
    record(r);
    r = ReceivedRequest();
    // A large body leaves freed memory behind: give it back now rather than keep it.
    if (large)
        releaseFreeMemory();

    if (reply.delayMs <= 0) {
        respond(c->socket, method, close);
        if (close)
            c->closing = true;
        return;
    }
    // The delay runs on a timer, so other connections are served meanwhile; this one reads on after it.
    c->waiting = true;
    c->idle.stop();
    QPointer<QAbstractSocket> guard(c->socket);
    QTimer::singleShot(reply.delayMs, q, [this, guard, method, close] {
        if (!guard || !connections.contains(guard.data()))
            return;
        Connection* conn = connections.value(guard.data());
        respond(guard, method, close);
        conn->waiting = false;
        if (close) {
            conn->closing = true;
            return;
        }
        conn->idle.start(limits.idleTimeoutMs);
        readFrom(conn);
    });
}

void LocalReceiver::Private::refuse(Connection* c, int status, const QString& reason)
{
    ReceivedRequest r = partialRequest(c);
    r.refusedStatus = status;
    r.refusal = reason;
    c->closing = true;
    c->idle.stop();
    c->parser = HttpRequestParser(limits.request); // what was read of the request is freed now
    record(r);
    if (!c->socket)
        return;
    const QByteArray body = reason.toUtf8() + '\n';
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: text/plain; charset=utf-8\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    out += body;
    c->socket->write(out);
    c->socket->disconnectFromHost();
}

void LocalReceiver::Private::onIdle(Connection* c)
{
    if (c->waiting || c->closing)
        return;
    const HttpRequestParser::State state = c->parser.state();
    if (state == HttpRequestParser::State::Idle) {
        // Between requests: nothing was asked, so nothing is recorded.
        if (c->socket) {
            const QByteArray body = "idle connection closed\n";
            c->socket->write("HTTP/1.1 408 Request Timeout\r\nContent-Type: text/plain; charset=utf-8\r\n"
                             "Content-Length: " +
                             QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            c->socket->disconnectFromHost();
        }
        c->closing = true;
        return;
    }
    refuse(c, 408,
           LocalReceiver::tr("the request did not complete within %1 s of the last byte")
               .arg(QLocale::c().toString(limits.idleTimeoutMs / 1000.0, 'g', 6)));
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

void LocalReceiver::Private::respond(QAbstractSocket* socket, const QByteArray& method, bool close) const
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
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

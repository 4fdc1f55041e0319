#include "FaultServer.h"

#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <limits>
#include <sys/socket.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace hooksmith::test {

namespace {

constexpr qint64 kFillerChunk = 64 * 1024;
constexpr qint64 kMaxQueued = 1024 * 1024;

QByteArray responseHead(int status, const QByteArray& reason, const QList<FaultServer::Header>& headers,
                        qint64 contentLength)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const auto& [name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (contentLength >= 0)
        out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    out += "\r\n";
    return out;
}

/// Closes with RST instead of FIN: SO_LINGER with a zero timeout makes close() abort the connection.
void resetSocket(QTcpSocket* socket)
{
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        linger l{1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &l, sizeof l);
    }
    socket->abort();
}

qint64 contentLength(const QByteArray& head)
{
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed().toLongLong();
    }
    return 0;
}

} // namespace

struct FaultServer::Connection
{
    QPointer<QTcpSocket> socket;
    QByteArray buffer;
    bool busy = false;
    bool finishing = false;
    Action current;
    qint64 fillerLeft = 0;
    QByteArray dripLeft;
    QTimer dripTimer;
};

struct FaultServer::Private
{
    FaultServer* q = nullptr;
    QTcpServer* server = nullptr;
    bool tls = false;
    QList<Action> queue;
    Action defaultAction = Action::respond(200, "OK", {{"Content-Type", "text/plain"}}, "ok");
    QList<QByteArray> requests;
    QByteArray received;
    int connections = 0;
    std::vector<std::unique_ptr<Connection>> open;

    void accept();
    void onData(Connection* c);
    void process(Connection* c);
    void act(Connection* c, const Action& a);
    void pump(Connection* c);
};

FaultServer::Action FaultServer::Action::respond(int status, const QByteArray& reason, const QList<Header>& headers,
                                                 const QByteArray& body)
{
    Action a;
    a.bytes = responseHead(status, reason, headers, body.size()) + body;
    return a;
}

FaultServer::Action FaultServer::Action::raw(const QByteArray& bytes)
{
    Action a;
    a.bytes = bytes;
    a.closeAfter = true;
    return a;
}

FaultServer::Action FaultServer::Action::reset()
{
    Action a;
    a.kind = Kind::Reset;
    return a;
}

FaultServer::Action FaultServer::Action::hang()
{
    Action a;
    a.kind = Kind::Hang;
    return a;
}

FaultServer::Action FaultServer::Action::drip(const QByteArray& bytes, int intervalMs)
{
    Action a;
    a.bytes = bytes;
    a.dripIntervalMs = intervalMs;
    return a;
}

FaultServer::Action FaultServer::Action::redirect(int status, const QByteArray& location)
{
    return respond(status,
                   status == 301   ? "Moved Permanently"
                   : status == 303 ? "See Other"
                                   : "Found",
                   {{"Location", location}});
}

FaultServer::Action FaultServer::Action::endlessHead()
{
    Action a;
    a.bytes = "HTTP/1.1 200 OK\r\n";
    a.fillerBytes = std::numeric_limits<qint64>::max();
    a.fillerPattern = "X-Filler: " + QByteArray(52, 'h') + "\r\n";
    return a;
}

FaultServer::Action FaultServer::Action::endlessHeaderLine()
{
    Action a;
    a.bytes = "HTTP/1.1 200 OK\r\nX-Long: ";
    a.fillerBytes = std::numeric_limits<qint64>::max();
    return a;
}

FaultServer::Action FaultServer::Action::bigBody(qint64 size)
{
    Action a;
    a.bytes = responseHead(200, "OK", {{"Content-Type", "application/octet-stream"}}, size);
    a.fillerBytes = size;
    return a;
}

FaultServer::Action FaultServer::Action::cutMidBody(qint64 declared, qint64 sent, bool reset)
{
    Action a;
    a.bytes = responseHead(200, "OK", {{"Content-Type", "text/plain"}}, declared);
    a.fillerBytes = sent;
    a.resetAfter = reset;
    a.closeAfter = !reset;
    return a;
}

FaultServer::Action FaultServer::Action::garbage()
{
    QByteArray noise;
    quint32 x = 2463534242u; // xorshift: the same bytes every run
    for (int i = 0; i < 512; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        noise.append(char(x & 0xff));
    }
    return raw("\x16\x03\x01 not http at all\r\n" + noise);
}

FaultServer::FaultServer(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->server = new QTcpServer(this);
    connect(d->server, &QTcpServer::pendingConnectionAvailable, this, [this] { d->accept(); });
}

FaultServer::FaultServer(const QSslConfiguration& tls, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->tls = true;
    auto* server = new QSslServer(this);
    server->setSslConfiguration(tls);
    d->server = server;
    connect(d->server, &QTcpServer::pendingConnectionAvailable, this, [this] { d->accept(); });
}

FaultServer::~FaultServer()
{
    for (auto& c : d->open) {
        c->dripTimer.stop();
        if (c->socket)
            c->socket->disconnect(this);
    }
}

bool FaultServer::listen(const QHostAddress& address)
{
    return d->server->listen(address, 0);
}

quint16 FaultServer::port() const
{
    return d->server->serverPort();
}

QUrl FaultServer::url(const QString& path) const
{
    return QUrl((d->tls ? u"https"_s : u"http"_s) + u"://127.0.0.1:"_s + QString::number(port()) + path);
}

void FaultServer::enqueue(const Action& action)
{
    d->queue.append(action);
}

void FaultServer::setDefaultAction(const Action& action)
{
    d->defaultAction = action;
}

QList<QByteArray> FaultServer::requests() const
{
    return d->requests;
}

QByteArray FaultServer::receivedBytes() const
{
    return d->received;
}

int FaultServer::connectionCount() const
{
    return d->connections;
}

int FaultServer::openConnectionCount() const
{
    int n = 0;
    for (const auto& c : d->open)
        n += c->socket && c->socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    return n;
}

void FaultServer::closeConnectionsNow(bool reset)
{
    for (const auto& c : d->open) {
        if (!c->socket || c->socket->state() != QAbstractSocket::ConnectedState)
            continue;
        if (reset) {
            const linger abortive{1, 0}; // close() then sends a RST
            ::setsockopt(int(c->socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
        }
        c->socket->abort();
    }
}

quint16 FaultServer::closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void FaultServer::Private::accept()
{
    while (QTcpSocket* socket = server->nextPendingConnection()) {
        ++connections;
        auto c = std::make_unique<Connection>();
        Connection* conn = c.get();
        conn->socket = socket;
        open.push_back(std::move(c));
        QObject::connect(socket, &QTcpSocket::readyRead, q, [this, conn] { onData(conn); });
        QObject::connect(socket, &QTcpSocket::bytesWritten, q, [this, conn] { pump(conn); });
        QObject::connect(socket, &QTcpSocket::disconnected, q, [conn] {
            conn->dripTimer.stop();
            if (conn->socket)
                conn->socket->deleteLater();
        });
        QObject::connect(&conn->dripTimer, &QTimer::timeout, q, [this, conn] {
            if (!conn->socket || conn->dripLeft.isEmpty()) {
                conn->dripTimer.stop();
                return;
            }
            conn->socket->write(conn->dripLeft.left(1));
            conn->dripLeft.remove(0, 1);
            if (conn->dripLeft.isEmpty()) {
                conn->dripTimer.stop();
                pump(conn);
            }
        });
        if (socket->bytesAvailable() > 0)
            onData(conn);
    }
}

void FaultServer::Private::onData(Connection* c)
{
    if (!c->socket)
        return;
    const QByteArray data = c->socket->readAll();
    received += data;
    c->buffer += data;
    process(c);
}

void FaultServer::Private::process(Connection* c)
{
    while (!c->busy && c->socket) {
        const qsizetype end = c->buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const qint64 total = end + 4 + contentLength(c->buffer.left(end + 4));
        if (c->buffer.size() < total)
            return;
        const QByteArray raw = c->buffer.left(total);
        c->buffer.remove(0, total);
        requests.append(raw);
        Q_EMIT q->requestReceived(raw);
        const Action a = queue.isEmpty() ? defaultAction : queue.takeFirst();
        act(c, a);
    }
}

void FaultServer::Private::act(Connection* c, const Action& a)
{
    switch (a.kind) {
    case Action::Kind::Reset:
        c->busy = true;
        resetSocket(c->socket);
        return;
    case Action::Kind::Hang:
        c->busy = true;
        return;
    case Action::Kind::Respond:
        break;
    }
    c->busy = true;
    c->finishing = false;
    c->current = a;
    c->fillerLeft = a.fillerBytes;
    if (a.dripIntervalMs > 0) {
        c->dripLeft = a.bytes;
        c->dripTimer.start(a.dripIntervalMs);
        return;
    }
    c->socket->write(a.bytes);
    pump(c);
}

void FaultServer::Private::pump(Connection* c)
{
    QTcpSocket* s = c->socket;
    if (!s || !c->busy || c->finishing || !c->dripLeft.isEmpty())
        return;
    static const QByteArray dots(kFillerChunk, '.');
    QByteArray patterned;
    if (!c->current.fillerPattern.isEmpty())
        patterned =
            c->current.fillerPattern.repeated(std::max<qsizetype>(1, kFillerChunk / c->current.fillerPattern.size()));
    const QByteArray& filler = patterned.isEmpty() ? dots : patterned;
    while (c->fillerLeft > 0 && s->bytesToWrite() < kMaxQueued) {
        const qint64 n = std::min<qint64>(c->fillerLeft, filler.size());
        s->write(filler.constData(), n);
        c->fillerLeft -= n;
    }
    if (c->fillerLeft > 0 || s->bytesToWrite() > 0)
        return;
    // Everything is written.
    const Action& a = c->current;
    if (a.resetAfter) {
        c->finishing = true;
        // Give the bytes a moment to reach the client before the reset discards what is unsent.
        QPointer<QTcpSocket> guard(s);
        QTimer::singleShot(20, q, [guard] {
            if (guard)
                resetSocket(guard);
        });
    } else if (a.closeAfter) {
        c->finishing = true;
        s->disconnectFromHost();
    } else {
        c->busy = false;
        process(c);
    }
}

} // namespace hooksmith::test

#include "HttpSenderPrivate.h"

#include <QCryptographicHash>
#include <QNetworkProxyFactory>
#include <QSslSocket>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

QNetworkReply::NetworkError replyErrorOf(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
        return QNetworkReply::SslHandshakeFailedError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

} // namespace

QString sender::poolKeyOf(QNetworkAccessManager* manager, const QUrl& url)
{
    return QString::number(quintptr(manager), 16) + u' ' + url.scheme() + u"://"_s + http::endpoint(url);
}

std::optional<QNetworkProxy> HttpSender::Private::ownRoute(QNetworkAccessManager* m, const QUrl& url) const
{
    const QString scheme = url.scheme();
    const bool https = scheme == u"https"_s;
    if (!https && scheme != u"http"_s)
        return std::nullopt;
    QNetworkProxy proxy = m->proxy();
    if (QNetworkProxyFactory* factory = m->proxyFactory()) {
        const QList<QNetworkProxy> proxies = factory->queryProxy(QNetworkProxyQuery(url));
        proxy = proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.first();
    }
    switch (proxy.type()) {
    case QNetworkProxy::NoProxy:
    case QNetworkProxy::DefaultProxy: // SystemProxyFactory answers it only where the connection goes direct
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case QNetworkProxy::HttpProxy:
    case QNetworkProxy::Socks5Proxy:
        return proxy;
    case QNetworkProxy::HttpCachingProxy:
        if (https)
            return std::nullopt;
        proxy.setType(QNetworkProxy::HttpProxy);
        return proxy;
    case QNetworkProxy::FtpCachingProxy:
        break;
    }
    return std::nullopt;
}

void HttpSender::Private::issueOwn(Attempt* a)
{
    const RenderedRequest& r = a->request;
    const bool https = r.url.scheme() == u"https"_s;
    // Through an HTTP proxy, an http request goes to the proxy in absolute form; everything else
    // (https through an HTTP proxy, anything through SOCKS5) goes through a tunnel the socket opens.
    const bool viaProxy = a->proxy.type() != QNetworkProxy::NoProxy;
    const bool absoluteForm = viaProxy && !https && a->proxy.type() == QNetworkProxy::HttpProxy;
    a->poolKey = routeOf(a->manager, r.url).poolKey;
    if (viaProxy) {
        a->poolKey += u" via "_s + QString::number(int(a->proxy.type())) + u' ' + a->proxy.user() + u'@' +
                      a->proxy.hostName() + u':' + QString::number(a->proxy.port());
    }
    a->ended = false;
    a->progress = {};
    a->written = 0;
    a->sentHead = QByteArray();
    a->reusable = true;
    a->parser.emplace(limits, r.method == Method::Head);

    QAbstractSocket* socket = nullptr;
    QList<QAbstractSocket*>& kept = idle[a->poolKey];
    while (!kept.isEmpty() && !socket) {
        QAbstractSocket* s = kept.takeLast();
        idleUntil.remove(s);
        links[s].idleKey.clear();
        // An unbuffered socket that received anything while kept has said so with readyRead() and was
        // closed (see unowned()); asking it again would cost a system call for every request.
        if (s->state() == QAbstractSocket::ConnectedState && (unbuffered(s) || s->bytesAvailable() == 0))
            socket = s;
        else
            discardSocket(s);
    }
    if (kept.isEmpty())
        idle.remove(a->poolKey);
    a->socketReused = socket != nullptr;
    if (!socket)
        socket = newSocket(a, https, viaProxy && !absoluteForm);
    a->socket = socket;
    links[socket].owner = a;
    if (a->socketReused) {
        writeRequest(a);
        return;
    }
    a->progress.connecting = true;
    if (auto* ssl = qobject_cast<QSslSocket*>(socket)) {
        ssl->connectToHostEncrypted(r.url.host(), quint16(r.url.port(443)));
    } else {
        const QIODevice::OpenMode mode =
            links.value(socket).openUnbuffered ? QIODevice::ReadWrite | QIODevice::Unbuffered : QIODevice::ReadWrite;
        if (absoluteForm)
            socket->connectToHost(a->proxy.hostName(), a->proxy.port(), mode);
        else
            socket->connectToHost(r.url.host(), quint16(r.url.port(80)), mode);
    }
}

bool HttpSender::Private::unbuffered(const QAbstractSocket* socket)
{
    return socket->openMode().testFlag(QIODevice::Unbuffered);
}

QAbstractSocket* HttpSender::Private::newSocket(Attempt* first, bool https, bool viaSocketProxy)
{
    QAbstractSocket* socket = nullptr;
    if (https) {
        auto* ssl = new QSslSocket(q);
        QSslConfiguration tls = first->trust ? first->trust->tls : QSslConfiguration::defaultConfiguration();
        // HTTP/1.1 only: Qt 6.4's HTTP/2 keeps every CONTINUATION frame of a response head without a
        // bound, so a server could grow the sender's memory at will (docs/delivery.md).
        tls.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
        ssl->setSslConfiguration(tls);
        QObject::connect(ssl, &QSslSocket::sslErrors, q, [this, ssl](const QList<QSslError>& errors) {
            Attempt* a = ownerOf(ssl);
            if (!a)
                return;
            a->sslErrors = errors;
            if (!a->pin)
                return;
            QSslCertificate leaf = ssl->peerCertificate();
            if (leaf.isNull() && !errors.isEmpty())
                leaf = errors.front().certificate();
            const QByteArray actual = leaf.digest(QCryptographicHash::Sha256);
            if (actual == *a->pin)
                ssl->ignoreSslErrors(errors); // the pinned certificate is trusted as it is, for this connection
            else
                a->tlsFailure = http::pinMismatchMessage(a->shown.url, actual, *a->pin);
        });
        QObject::connect(ssl, &QSslSocket::encrypted, q, [this, ssl] {
            if (Attempt* a = ownerOf(ssl))
                onOwnEncrypted(a);
        });
        socket = ssl;
    } else {
        socket = new QTcpSocket(q);
        QObject::connect(socket, &QAbstractSocket::connected, q, [this, socket] {
            if (Attempt* a = ownerOf(socket))
                writeRequest(a);
        });
    }
    socket->setProxy(viaSocketProxy ? first->proxy : QNetworkProxy(QNetworkProxy::NoProxy));
    // Read no further ahead than this: a response streams through instead of piling up.
    socket->setReadBufferSize(kReadBufferSize);
    QObject::connect(socket, &QAbstractSocket::readyRead, q, [this, socket] {
        if (Attempt* a = ownerOf(socket))
            onOwnReadyRead(a);
        else
            unowned(socket);
    });
    QObject::connect(socket, &QAbstractSocket::bytesWritten, q, [this, socket](qint64 n) {
        if (Attempt* a = ownerOf(socket))
            noteWritten(a, n);
    });
    QObject::connect(socket, &QAbstractSocket::errorOccurred, q, [this, socket](QAbstractSocket::SocketError error) {
        if (Attempt* a = ownerOf(socket))
            onOwnClosed(a, error);
        else
            unowned(socket);
    });
    QObject::connect(socket, &QAbstractSocket::disconnected, q, [this, socket] {
        if (Attempt* a = ownerOf(socket))
            onOwnClosed(a, QAbstractSocket::RemoteHostClosedError);
        else
            unowned(socket);
    });
    // A plain TCP connection of its own (to the server or to an HTTP proxy) is opened unbuffered: what
    // the sender writes goes to the system at once, and it reads what the system holds without Qt's
    // buffer, which asks the system how much there is before every read. Through SOCKS5, Qt's proxy
    // layer keeps its buffer, and TLS has its own.
    links.insert(socket, Link{{}, {}, remoteAddressOf(first->request.url), !https && !viaSocketProxy});
    return socket;
}

void HttpSender::Private::unowned(QAbstractSocket* socket)
{
    const auto it = links.constFind(socket);
    if (it == links.cend())
        return;
    if (!it->idleKey.isEmpty())
        forgetIdle(socket, it->idleKey);
    else
        discardSocket(socket);
}

void HttpSender::Private::discardSocket(QAbstractSocket* socket)
{
    links.remove(socket);
    socket->abort();
    socket->deleteLater();
}

void HttpSender::Private::onOwnEncrypted(Attempt* a)
{
    auto* ssl = qobject_cast<QSslSocket*>(a->socket.data());
    if (!ssl)
        return;
    const QSslConfiguration tls = ssl->sslConfiguration();
    if (a->pin) {
        // A chain that verifies is still refused when it does not end in the pinned certificate.
        const QByteArray actual = tls.peerCertificate().digest(QCryptographicHash::Sha256);
        if (actual != *a->pin) {
            a->tlsFailure = http::pinMismatchMessage(a->shown.url, actual, *a->pin);
            a->stop = Attempt::Stop::Tls;
            endOwn(a);
            return;
        }
    }
    writeRequest(a);
}

void HttpSender::Private::writeRequest(Attempt* a)
{
    const RenderedRequest& r = a->request;
    QByteArray head = r.wireHead();
    const bool absoluteForm = a->proxy.type() == QNetworkProxy::HttpProxy && r.url.scheme() == u"http"_s;
    // The first hop of a request without secrets is its own masked view (which the result reports). A later
    // hop says nothing of where its secrets are (see nextHop()): its masked view is derived on its own.
    a->sentHead = absoluteForm || r.secrets || a->result.redirectCount > 0 ? QByteArray() : head;
    if (absoluteForm) {
        // To an HTTP proxy: the request line names the whole URL, and the proxy's credentials follow.
        const QByteArray origin =
            r.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                .toEncoded();
        const qsizetype space = head.indexOf(' ');
        head.insert(space + 1, origin);
        if (!a->proxy.user().isEmpty()) {
            const QByteArray credentials = (a->proxy.user() + u':' + a->proxy.password()).toUtf8().toBase64();
            head.insert(head.size() - 2, "Proxy-Authorization: Basic " + credentials + "\r\n");
        }
    }
    a->toWrite = head.size() + (r.hasBody ? r.body.size() : 0);
    a->written = 0;
    QAbstractSocket* socket = a->socket;
    if (!unbuffered(socket)) {
        socket->write(head);
        if (r.hasBody && !r.body.isEmpty())
            socket->write(r.body);
        return;
    }
    // Each write of an unbuffered socket is a system call: a body of up to kJoinedBodyBytes goes in one
    // with the head.
    const bool joined = r.hasBody && !r.body.isEmpty() && r.body.size() <= kJoinedBodyBytes;
    if (joined)
        head.append(r.body);
    if (!writeUnbuffered(a, head))
        return;
    if (r.hasBody && !r.body.isEmpty() && !joined)
        writeUnbuffered(a, r.body);
}

bool HttpSender::Private::writeUnbuffered(Attempt* a, const QByteArray& bytes)
{
    QAbstractSocket* socket = a->socket;
    const qint64 waiting = socket->bytesToWrite();
    const qint64 taken = socket->write(bytes);
    if (taken < 0) {
        // The connection failed under the write (a kept one the server had closed, say). Qt signals
        // nothing for it: the attempt hears of it on the next turn, as a buffered socket would tell it.
        QMetaObject::invokeMethod(
            q,
            [this, closed = QPointer<QAbstractSocket>(socket)] {
                if (Attempt* owner = closed ? ownerOf(closed) : nullptr)
                    onOwnClosed(owner, closed->error());
            },
            Qt::QueuedConnection);
        return false;
    }
    // What went to the system at once is not told by bytesWritten(); what had to wait in the socket's
    // buffer is, as it goes.
    noteWritten(a, taken - (socket->bytesToWrite() - waiting));
    return true;
}

void HttpSender::Private::noteWritten(Attempt* a, qint64 n)
{
    a->written += n;
    if (!a->progress.requestSent && a->written >= a->toWrite) {
        a->progress.requestSent = true;
        a->result.requestsSent += 1;
        a->result.timings.requestSentMs = a->elapsed();
    }
}

void HttpSender::Private::feedOwn(Attempt* a, QByteArrayView data)
{
    HttpResponseParser& p = *a->parser;
    if (a->progress.responseBytes == 0)
        a->progress.firstResponseByteMs = a->elapsed();
    a->progress.lastResponseByteMs = a->elapsed();
    const qsizetype used = p.feed(data);
    a->progress.responseBytes = p.bytesRead();
    a->progress.bodyBytes = p.bodySize();
    if (!a->progress.headersSeen && p.headComplete()) {
        a->progress.headersSeen = true;
        a->result.timings.firstByteMs = a->elapsed();
    }
    if (p.state() == HttpResponseParser::State::Complete && used < data.size())
        a->reusable = false; // bytes beyond the response: the connection is not used again
}

bool HttpSender::Private::readOwn(Attempt* a)
{
    QAbstractSocket* socket = a->socket;
    HttpResponseParser& p = *a->parser;
    if (!unbuffered(socket)) {
        while (a->socket && socket->bytesAvailable() > 0 && p.state() <= HttpResponseParser::State::Body) {
            const QByteArray data = socket->read(kReadBufferSize);
            if (data.isEmpty())
                break;
            feedOwn(a, data);
        }
        return false;
    }
    if (p.state() > HttpResponseParser::State::Body || socket->state() != QAbstractSocket::ConnectedState)
        return socket->state() != QAbstractSocket::ConnectedState;
    // One read for each readyRead(): the socket signals again while the system holds more.
    if (readBuffer.size() < kReadBufferSize)
        readBuffer.resize(kReadBufferSize);
    const qint64 n = socket->read(readBuffer.data(), readBuffer.size());
    if (n > 0)
        feedOwn(a, QByteArrayView(readBuffer.constData(), n));
    // 0: nothing yet; -1: the connection ended (the server closed it, or reset it), and the socket is closed.
    return n < 0;
}

void HttpSender::Private::onOwnReadyRead(Attempt* a)
{
    if (a->ended || !a->socket)
        return;
    const bool ended = readOwn(a);
    if (a->parser->state() >= HttpResponseParser::State::Complete)
        endOwn(a);
    else if (ended)
        onOwnClosed(a, a->socket->error());
}

void HttpSender::Private::onOwnClosed(Attempt* a, QAbstractSocket::SocketError error)
{
    if (a->ended || !a->socket)
        return;
    readOwn(a); // what arrived before the end
    if (a->parser->state() >= HttpResponseParser::State::Complete) {
        endOwn(a);
        return;
    }
    HttpResponseParser& p = *a->parser;
    if (a->socketReused && p.bytesRead() == 0 && !a->retried && a->stop == Attempt::Stop::None) {
        // A kept-alive connection the server had closed: the request goes out once more on a new one.
        a->retried = true;
        dropSocket(a, false);
        issueOwn(a);
        return;
    }
    p.endOfStream();
    a->ownError = error;
    a->ownErrorText = a->socket->errorString();
    endOwn(a);
}

void HttpSender::Private::fillOwnResponse(Attempt* a)
{
    AttemptResult& r = a->result;
    const HttpResponseParser& p = *a->parser;
    r.finalUrl = a->shown.url;
    const auto link = a->socket ? links.constFind(a->socket.data()) : links.cend();
    r.remoteAddress = link != links.cend() ? link->remoteAddress : remoteAddressOf(a->request.url);
    if (p.headComplete()) {
        r.status = p.status();
        r.reason = p.reason();
        r.headers = p.headers();
        r.httpVersion = QByteArrayLiteral("HTTP/1.1");
        r.requestsSent = std::max(r.requestsSent, r.redirectCount + 1);
    }
    r.body = p.body();
    r.bodySize = p.bodySize();
    r.requestHead = !a->sentHead.isNull()
                        ? a->sentHead
                        : http1RequestHead(methodName(a->shown.method).toLatin1(), a->shown.target, a->shown.headers);
    if (auto* ssl = qobject_cast<QSslSocket*>(a->socket.data()); ssl && ssl->isEncrypted())
        r.tls = tlsSummaries.summarize(ssl->sslConfiguration());
}

void HttpSender::Private::dropSocket(Attempt* a, bool keep)
{
    QAbstractSocket* socket = a->socket;
    a->socket = nullptr;
    if (!socket)
        return;
    QList<QAbstractSocket*>& kept = idle[a->poolKey];
    if (!keep || kept.size() >= kConnectionsPerServer) {
        discardSocket(socket);
        if (kept.isEmpty())
            idle.remove(a->poolKey);
        return;
    }
    // A kept connection that the server closes, or that receives anything, is not used again (see unowned()).
    kept.append(socket);
    Link& link = links[socket];
    link.owner = nullptr;
    link.idleKey = a->poolKey;
    // Closed after a while unused, as Qt's stack closes its idle connections: one timer for all of them.
    idleUntil.insert(socket, clock.nsecsElapsed() + qint64(idleConnectionMs) * 1000000);
    if (!idleTimer->isActive())
        idleTimer->start(idleConnectionMs);
}

void HttpSender::Private::forgetIdle(QAbstractSocket* socket, const QString& key)
{
    idleUntil.remove(socket);
    const auto it = idle.find(key);
    if (it != idle.end()) {
        it->removeAll(socket);
        if (it->isEmpty())
            idle.erase(it);
    }
    discardSocket(socket);
}

void HttpSender::Private::closeExpiredIdle()
{
    const qint64 now = clock.nsecsElapsed();
    QList<std::pair<QAbstractSocket*, QString>> expired;
    for (auto it = idle.cbegin(); it != idle.cend(); ++it) {
        for (QAbstractSocket* socket : it.value()) {
            if (idleUntil.value(socket, now) <= now)
                expired.append({socket, it.key()});
        }
    }
    for (const auto& [socket, key] : expired)
        forgetIdle(socket, key);
    if (idleUntil.isEmpty())
        return;
    const qint64 next = *std::min_element(idleUntil.cbegin(), idleUntil.cend());
    idleTimer->start(int(std::max<qint64>(1, (next - now) / 1000000 + 1)));
}

void HttpSender::Private::endOwn(Attempt* a)
{
    if (a->ended)
        return;
    a->ended = true;
    Ending e;
    if (a->parser) {
        HttpResponseParser& p = *a->parser;
        fillOwnResponse(a);
        const bool complete = p.state() == HttpResponseParser::State::Complete;
        if (a->stop == Attempt::Stop::None && !complete) {
            if (p.state() == HttpResponseParser::State::Failed &&
                p.failure() != HttpResponseParser::Failure::Truncated) {
                e.refusal = p.error();
                e.notHttp = p.failure() == HttpResponseParser::Failure::Malformed && !p.headComplete();
            } else if (p.headComplete() && p.contentLength() && *p.contentLength() > p.bodySize()) {
                e.missingBodyBytes = *p.contentLength() - p.bodySize();
            } else {
                e.error = replyErrorOf(a->ownError);
                e.errorText = a->ownErrorText;
            }
        }
        if (complete && !p.headComplete())
            e.error = QNetworkReply::ProtocolFailure;
        // A response that came before the whole request was written leaves the connection mid-request.
        const bool requestWritten = a->written >= a->toWrite && a->toWrite > 0;
        dropSocket(a, complete && requestWritten && a->stop == Attempt::Stop::None && a->reusable && p.keepAlive());
    } else {
        // Ended while waiting for a connection.
        a->result.finalUrl = a->shown.url;
    }
    conclude(a, e);
}

} // namespace hooksmith

#include "Encoding.h"
#include "HttpSenderPrivate.h"
#include "ProxyFactory.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkRequest>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <limits>
#include <set>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace sender {

QString remoteAddressOf(const QUrl& url)
{
    QHostAddress address;
    if (!address.setAddress(url.host()))
        return {};
    return http::endpoint(url);
}

} // namespace sender

namespace {

/// Keeps no cookies and offers none: a webhook delivery never depends on an earlier response.
class NoCookieJar : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl&) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie>&, const QUrl&) override { return false; }
};

QNetworkAccessManager* createManager(QObject* parent, const ProxySettings& proxy)
{
    auto* m = new QNetworkAccessManager(parent);
    m->setCookieJar(new NoCookieJar(m));
    m->setProxyFactory(createProxyFactory(proxy));
    m->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m->setAutoDeleteReplies(false);
    m->setStrictTransportSecurityEnabled(false);
    m->setTransferTimeout(0);
    return m;
}

/// The request of the next hop of a redirect to `to` from `from` (the same rules for the request that
/// is sent and for the one that is reported).
RenderedRequest nextHop(const RenderedRequest& from, const QUrl& to, int status, bool keepCredentials)
{
    RenderedRequest next = from;
    next.secrets.reset(); // where the secrets were no longer holds once headers are dropped
    next.url = to;
    next.target = requestTarget(to);
    next.host = http::hostHeader(to);
    const bool toGet = status == 303 && next.method != Method::Head;
    QList<RenderedHeader> headers;
    for (RenderedHeader h : std::as_const(from.headers)) {
        // Credentials never follow a redirect to another origin.
        if (h.source == HeaderSource::Auth && !keepCredentials)
            continue;
        // 303 See Other: fetch the other resource with GET, without the body and what describes it.
        if (toGet && (h.source == HeaderSource::Format || h.name.compare("Content-Length", Qt::CaseInsensitive) == 0))
            continue;
        if (h.name.compare("Host", Qt::CaseInsensitive) == 0)
            h.value = next.host;
        headers.append(std::move(h));
    }
    next.headers = std::move(headers);
    if (toGet) {
        next.method = Method::Get;
        next.hasBody = false;
        next.body.clear();
    }
    return next;
}

} // namespace

HttpSender::HttpSender(QObject* parent)
    : HttpSender(ProxySettings{}, parent)
{}

HttpSender::HttpSender(const ProxySettings& proxy, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->proxy = proxy;
    d->clock.start();
    QNetworkRequest& base = d->requestBase;
    base.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    base.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    base.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    base.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    base.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    base.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    base.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, false);
    base.setTransferTimeout(0);
    d->deadlineTimer = new QTimer(this);
    d->deadlineTimer->setSingleShot(true);
    d->deadlineTimer->setTimerType(Qt::PreciseTimer);
    connect(d->deadlineTimer, &QTimer::timeout, this, [this] { d->onDeadline(); });
    d->idleTimer = new QTimer(this);
    d->idleTimer->setSingleShot(true);
    connect(d->idleTimer, &QTimer::timeout, this, [this] { d->closeExpiredIdle(); });
    d->reaper = new QTimer(this);
    d->reaper->setSingleShot(true);
    connect(d->reaper, &QTimer::timeout, this, [this] { d->reap(); });
    d->manager = createManager(this, proxy);
}

HttpSender::~HttpSender()
{
    for (Attempt* a : std::as_const(d->attempts)) {
        if (a->reply) {
            a->reply->disconnect(a);
            a->reply->abort();
        }
        if (a->socket) {
            a->socket->disconnect(this);
            a->socket->abort();
        }
        delete a;
    }
    d->attempts.clear();
    // Destroyed from inside a callback, the attempt that called it is still in use beneath: Qt frees it.
    for (Attempt* a : std::exchange(d->buried, {})) {
        if (d->callbacksRunning > 0)
            a->deleteLater();
        else
            delete a;
    }
    for (const QList<QAbstractSocket*>& kept : std::as_const(d->idle)) {
        for (QAbstractSocket* socket : kept) {
            socket->disconnect(this);
            delete socket;
        }
    }
    d->idle.clear();
    d->idleUntil.clear();
    d->links.clear();
}

void HttpSender::setIdleConnectionTimeout(int ms)
{
    d->idleConnectionMs = std::max(1, ms);
}

void HttpSender::setProxy(const ProxySettings& proxy)
{
    if (proxy == d->proxy)
        return;
    d->proxy = proxy;
    // Requests under way keep the route they took; Qt's connection cache is kept per proxy.
    d->manager->setProxyFactory(createProxyFactory(proxy));
    d->forgetRoutes();
    for (const std::shared_ptr<const TrustContext>& context : std::as_const(d->trustContexts)) {
        if (context)
            context->manager->setProxyFactory(createProxyFactory(proxy));
    }
}

const ProxySettings& HttpSender::proxy() const
{
    return d->proxy;
}

int HttpSender::activeCount() const
{
    return int(d->attempts.size());
}

int HttpSender::attemptsHeld() const
{
    return int(d->attempts.size() + qsizetype(d->buried.size()));
}

std::shared_ptr<const TrustContext> HttpSender::Private::trustFor(const std::optional<QByteArray>& pin,
                                                                  const QString& caFile,
                                                                  const http::CaFileCache::Entry* ca)
{
    if (!pin && !ca)
        return {};
    const QString key = (pin ? QString::fromLatin1(pin->toHex()) : QString()) + u'\n' + (ca ? caFile : QString());
    std::shared_ptr<const TrustContext>& context = trustContexts[key];
    if (context && (!ca || context->caStamp == ca->stamp))
        return context;
    // New, or the CA file changed: connections verified with the old file are not used again.
    auto fresh = std::make_shared<TrustContext>();
    fresh->manager = createManager(q, proxy);
    forgetRoutes();
    fresh->tls = QSslConfiguration::defaultConfiguration();
    if (ca) {
        fresh->caStamp = ca->stamp;
        fresh->tls.addCaCertificates(ca->certificates);
    }
    context = std::move(fresh);
    return context;
}

void HttpSender::Private::bury(Attempt* a)
{
    buried.push_back(a);
    if (!reaper->isActive())
        reaper->start(0);
}

void HttpSender::Private::reap()
{
    if (callbacksRunning > 0) {
        reaper->start(sender::kReapAgainMs);
        return;
    }
    for (Attempt* a : std::exchange(buried, {}))
        delete a;
}

void HttpSender::Private::fail(AttemptResult result, Done done)
{
    result.timings.finishedMs = 0;
    QMetaObject::invokeMethod(
        q, [done = std::move(done), result = std::move(result)]() { done(result); }, Qt::QueuedConnection);
}

quint64 HttpSender::send(const RenderedRequest& request, const AttemptOptions& options, Done done)
{
    const quint64 id = d->nextId++;
    // What the result tells of the request comes from its masked view: no result carries a secret.
    RenderedRequest shown = request.maskedView();
    shown.body = QByteArray();
    AttemptResult refused;
    refused.timings.startedAt = QDateTime::currentDateTimeUtc();
    refused.finalUrl = shown.url;

    if (request.masked) {
        refused.errorMessage = tr("the request shows its secrets as ****; it was not sent");
        d->fail(std::move(refused), std::move(done));
        return id;
    }
    const QList<RenderedHeader>& headers = request.headers;
    for (qsizetype i = 1; i < headers.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (headers[i].name.size() != headers[j].name.size() ||
                headers[i].name.compare(headers[j].name, Qt::CaseInsensitive) != 0)
                continue;
            refused.errorMessage =
                tr("the header %1 appears twice; Qt's HTTP stack sends each header once, so the request was not sent")
                    .arg(QString::fromLatin1(headers[i].name));
            d->fail(std::move(refused), std::move(done));
            return id;
        }
    }

    auto* a = new Attempt;
    a->id = id;
    a->request = request;
    a->shown = std::move(shown);
    a->options = options;
    if (a->options.timeoutMs <= 0)
        a->options.timeoutMs = Delivery::kDefaultTimeoutMs;
    a->done = std::move(done);
    a->result.timings.startedAt = refused.timings.startedAt;

    // The pin and the CA file matter for https (also after a redirect from http to https); a bad one
    // fails an https request and is ignored for plain http.
    const bool https = request.url.scheme() == u"https"_s;
    if (!options.pinnedSha256.trimmed().isEmpty()) {
        a->pin = parseFingerprint(options.pinnedSha256);
        if (!a->pin && https) {
            refused.outcome = AttemptResult::Outcome::TlsError;
            refused.errorMessage =
                tr("the pinned certificate fingerprint \"%1\" is not a SHA-256 fingerprint (64 hex digits)")
                    .arg(options.pinnedSha256);
            d->fail(std::move(refused), std::move(a->done));
            delete a;
            return id;
        }
    }
    const http::CaFileCache::Entry* ca = nullptr;
    QString caPath;
    if (!options.caFile.isEmpty()) {
        caPath = QFileInfo(options.caFile).absoluteFilePath();
        ca = &d->caFiles.load(caPath);
        if (ca->certificates.isEmpty()) {
            if (https) {
                refused.outcome = AttemptResult::Outcome::TlsError;
                refused.errorMessage = ca->exists ? tr("the CA file %1 holds no PEM certificate").arg(options.caFile)
                                                  : tr("the CA file %1 does not exist").arg(options.caFile);
                d->fail(std::move(refused), std::move(a->done));
                delete a;
                return id;
            }
            ca = nullptr;
        }
    }
    a->trust = d->trustFor(a->pin, caPath, ca);
    a->manager = a->trust ? a->trust->manager.data() : d->manager;

    d->attempts.insert(id, a);
    a->clock.start();
    const Private::Route& route = d->routeOf(a->manager, request.url);
    a->origin = route.origin;
    if (route.own) {
        a->own = true;
        a->proxy = *route.own;
    }
    d->takeSlotOrWait(a);
    if (!a->own)
        d->issue(a);
    return id;
}

const HttpSender::Private::Route& HttpSender::Private::routeOf(QNetworkAccessManager* m, const QUrl& url)
{
    const QString scheme = url.scheme();
    const QString host = url.host();
    const int port = url.port();
    Route* r = nullptr;
    for (Route& known : routes) {
        if (known.manager == m && known.port == port && known.host == host && known.scheme == scheme) {
            if (!known.expiry.hasExpired())
                return known;
            r = &known; // asked again in its place
            break;
        }
    }
    if (!r) {
        r = &routes[nextRoute];
        nextRoute = (nextRoute + 1) % routes.size();
    }
    r->manager = m;
    r->scheme = scheme;
    r->host = host;
    r->port = port;
    r->origin = QString::number(quintptr(m), 16) + u' ' + http::endpoint(url);
    r->poolKey = poolKeyOf(m, url);
    r->own = ownRoute(m, url);
    r->expiry = QDeadlineTimer(kRouteLifeMs);
    return *r;
}

void HttpSender::Private::takeSlotOrWait(Attempt* a)
{
    Server& server = servers[a->origin];
    if (server.multiplexed || server.active < kConnectionsPerServer) {
        ++server.active;
        startClock(a);
    } else {
        server.waiting.push_back(a);
    }
}

void HttpSender::Private::startClock(Attempt* a)
{
    a->holdsSlot = true;
    a->result.timings.queuedMs = a->elapsed();
    a->deadline = clock.nsecsElapsed() + qint64(a->options.timeoutMs) * 1000000;
    deadlines.emplace(a->deadline, a->id);
    armDeadlineTimer();
    // Qt's stack queues a request until it has a connection; the sender's own exchange starts now.
    if (a->own && !a->socket && !a->ended)
        issueOwn(a);
}

void HttpSender::Private::armDeadlineTimer()
{
    if (deadlines.empty())
        return;
    const qint64 next = deadlines.begin()->first;
    if (deadlineTimer->isActive() && armedFor <= next)
        return;
    armedFor = next;
    // Rounded up: a timeout never strikes before its time.
    const qint64 ms = (next - clock.nsecsElapsed() + 999999) / 1000000;
    deadlineTimer->start(int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max())));
}

void HttpSender::Private::onDeadline()
{
    deadlineTimer->stop();
    // Stopping one attempt can start the clock of another (it gets the connection): read on from the
    // front each time.
    while (!deadlines.empty() && deadlines.begin()->first <= clock.nsecsElapsed()) {
        const quint64 id = deadlines.begin()->second;
        deadlines.erase(deadlines.begin());
        Attempt* a = attempts.value(id);
        if (!a)
            continue;
        a->deadline = -1;
        if (a->stop != Attempt::Stop::None)
            continue;
        a->stop = Attempt::Stop::Timeout;
        if (a->reply)
            a->reply->abort();
        else if (a->own)
            endOwn(a);
    }
    armDeadlineTimer();
}

void HttpSender::Private::releaseSlot(Attempt* a)
{
    const auto it = servers.find(a->origin);
    if (it == servers.end())
        return;
    Server& server = *it;
    if (a->holdsSlot) {
        a->holdsSlot = false;
        --server.active;
    } else {
        // Ended while waiting (aborted): it never had a connection.
        server.waiting.erase(std::remove(server.waiting.begin(), server.waiting.end(), a), server.waiting.end());
    }
    // Qt starts the oldest queued request on the connection that became free.
    while (!server.waiting.empty() && (server.multiplexed || server.active < kConnectionsPerServer)) {
        Attempt* next = server.waiting.front();
        server.waiting.pop_front();
        ++server.active;
        startClock(next);
    }
    if (server.active == 0 && server.waiting.empty())
        servers.erase(it);
}

void HttpSender::Private::serverIsMultiplexed(const QString& origin)
{
    const auto it = servers.find(origin);
    if (it == servers.end() || it->multiplexed)
        return;
    it->multiplexed = true;
    while (!it->waiting.empty()) {
        Attempt* next = it->waiting.front();
        it->waiting.pop_front();
        ++it->active;
        startClock(next);
    }
}

void HttpSender::abort(quint64 id)
{
    Attempt* a = d->attempts.value(id);
    if (!a || a->stop != Attempt::Stop::None)
        return;
    a->stop = Attempt::Stop::Aborted;
    if (a->reply)
        a->reply->abort();
    else if (a->own)
        d->endOwn(a);
}

void HttpSender::Private::issue(Attempt* a)
{
    const RenderedRequest& r = a->request;
    QNetworkRequest req = requestBase;
    req.setUrl(r.url);
    for (const RenderedHeader& h : r.headers) {
        // A null value would remove the header in QNetworkRequest; an empty one is sent as it is.
        req.setRawHeader(h.name, h.value.isNull() ? QByteArray("") : h.value);
    }
    if (a->trust)
        req.setSslConfiguration(a->trust->tls);
    // Requests carry no stored credentials, so Qt answers no 407 itself: a plain-http request through
    // a manual proxy brings the proxy's credentials (an https tunnel gets them from the QNetworkProxy).
    if (const QByteArray authorization = proxyAuthorization(proxy, r.url); !authorization.isEmpty())
        req.setRawHeader("Proxy-Authorization", authorization);

    // Every method goes out as a custom verb (HEAD excepted, whose response has no body): Qt then
    // adds no Content-Type of its own to a POST.
    const QByteArray verb = methodName(r.method).toLatin1();
    QNetworkReply* reply = nullptr;
    if (r.method == Method::Head)
        reply = a->manager->head(req);
    else if (r.hasBody)
        reply = a->manager->sendCustomRequest(req, verb, r.body);
    else
        reply = a->manager->sendCustomRequest(req, verb);
    a->reply = reply;
    a->progress = {};
    reply->setReadBufferSize(kReadBufferSize);

    QObject::connect(reply, &QNetworkReply::socketStartedConnecting, a, [a] { a->progress.connecting = true; });
    QObject::connect(reply, &QNetworkReply::requestSent, a, [a] {
        a->progress.requestSent = true;
        a->result.requestsSent += 1;
        a->result.timings.requestSentMs = a->elapsed();
    });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, a, [a] {
        if (!a->progress.headersSeen && a->reply &&
            a->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()) {
            a->progress.headersSeen = true;
            a->result.timings.firstByteMs = a->elapsed();
        }
    });
    QObject::connect(reply, &QNetworkReply::readyRead, a, [a] { a->readBody(); });
    QObject::connect(reply, &QNetworkReply::finished, a, [this, a] { onFinished(a); });
    if (r.url.scheme() != u"https"_s)
        return; // a redirect to https comes back here with that URL
    QObject::connect(reply, &QNetworkReply::sslErrors, a, [a](const QList<QSslError>& errors) {
        a->sslErrors = errors;
        if (!a->pin || !a->reply)
            return;
        QSslCertificate leaf = a->reply->sslConfiguration().peerCertificate();
        if (leaf.isNull() && !errors.isEmpty())
            leaf = errors.front().certificate();
        const QByteArray actual = leaf.digest(QCryptographicHash::Sha256);
        if (actual == *a->pin) {
            // The pinned certificate is trusted as it is, self-signed or not; only for this reply.
            a->reply->ignoreSslErrors(errors);
        } else {
            a->tlsFailure = http::pinMismatchMessage(a->shown.url, actual, *a->pin);
        }
    });
    QObject::connect(reply, &QNetworkReply::encrypted, a, [a] {
        if (!a->pin || !a->reply)
            return;
        // A chain that verifies is still refused when it does not end in the pinned certificate.
        const QByteArray actual = a->reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256);
        if (actual != *a->pin) {
            a->tlsFailure = http::pinMismatchMessage(a->shown.url, actual, *a->pin);
            a->stop = Attempt::Stop::Tls;
            a->reply->abort();
        }
    });
}

void HttpSender::Private::fillResponse(Attempt* a)
{
    QNetworkReply* reply = a->reply;
    AttemptResult& r = a->result;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    r.status = status.isValid() ? status.toInt() : 0;
    r.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    r.headers = reply->rawHeaderPairs();
    r.finalUrl = a->shown.url;
    r.remoteAddress = remoteAddressOf(a->request.url);
    if (r.status != 0) {
        // Qt 6.4 emits requestSent() for no request with an empty body (Content-Length: 0); a response
        // proves it was written, when is unknown.
        r.requestsSent = std::max(r.requestsSent, r.redirectCount + 1);
    }
    const bool http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    if (r.status != 0)
        r.httpVersion = http2 ? QByteArrayLiteral("HTTP/2") : QByteArrayLiteral("HTTP/1.1");
    const QByteArray method = methodName(a->shown.method).toLatin1();
    r.requestHead = http2 ? http::http2Head(method, a->shown.url, a->shown.headers)
                          : http1RequestHead(method, a->shown.target, a->shown.headers);
    if (reply->attribute(QNetworkRequest::ConnectionEncryptedAttribute).toBool())
        r.tls = tlsSummaries.summarize(reply->sslConfiguration());
}

void HttpSender::Private::onFinished(Attempt* a)
{
    QNetworkReply* reply = a->reply;
    a->readBody();
    fillResponse(a);
    Ending e;
    e.error = reply->error();
    e.errorText = reply->errorString();
    e.missingBodyBytes = a->missingBodyBytes();
    conclude(a, e);
}

namespace {

QByteArray headerOf(const QList<std::pair<QByteArray, QByteArray>>& headers, QByteArrayView name)
{
    for (const auto& h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace

void HttpSender::Private::conclude(Attempt* a, const Ending& e)
{
    using Outcome = AttemptResult::Outcome;
    AttemptResult& r = a->result;
    if (r.httpVersion == "HTTP/2")
        serverIsMultiplexed(a->origin);
    const QNetworkReply::NetworkError error = e.error;
    const QUrl& url = a->shown.url;

    if (a->stop == Attempt::Stop::Timeout) {
        r.outcome = Outcome::Timeout;
        a->progress.endedMs = a->elapsed();
        r.errorMessage = http::timeoutMessage(a->options.timeoutMs, url, a->progress);
    } else if (a->stop == Attempt::Stop::Aborted) {
        r.outcome = Outcome::NetworkError;
        r.errorMessage = HttpSender::tr("aborted");
    } else if (a->stop == Attempt::Stop::Tls || error == QNetworkReply::SslHandshakeFailedError) {
        r.outcome = Outcome::TlsError;
        if (!a->tlsFailure.isEmpty())
            r.errorMessage = a->tlsFailure;
        else if (!a->sslErrors.isEmpty())
            r.errorMessage = http::untrustedMessage(url, a->sslErrors);
        else
            r.errorMessage =
                HttpSender::tr("the TLS handshake with %1 failed: %2").arg(http::endpoint(url), e.errorText);
    } else if (!e.refusal.isEmpty()) {
        r.outcome = Outcome::NetworkError;
        r.errorMessage =
            e.notHttp ? HttpSender::tr("the connection to %1 ended without a valid HTTP response (%2)")
                            .arg(http::endpoint(url), e.refusal)
                      : HttpSender::tr("the response from %1 was not accepted: %2").arg(http::endpoint(url), e.refusal);
    } else if (http::isTransportError(error) || r.status == 0) {
        r.outcome = Outcome::NetworkError;
        r.errorMessage = http::transportErrorMessage(error, e.errorText, url, a->progress);
    } else if (const qint64 missing = e.missingBodyBytes; missing > 0) {
        // Qt 6.4 sometimes finishes a reply without an error when the connection is reset in the
        // middle of a body: the length the server announced is what tells.
        r.outcome = Outcome::NetworkError;
        r.errorMessage = HttpSender::tr("the server closed the connection in the middle of the body (%1 of %2 bytes "
                                        "received)")
                             .arg(r.bodySize)
                             .arg(r.bodySize + missing);
    } else if (r.status >= 300 && r.status < 400) {
        if (a->options.followRedirects && followRedirect(a, r.status))
            return;
        r.outcome = Outcome::HttpError;
        if (r.errorMessage.isEmpty()) {
            const QByteArray location = headerOf(r.headers, "Location");
            r.errorMessage = location.isEmpty()
                                 ? HttpSender::tr("the server answered %1 %2 without a Location")
                                       .arg(r.status)
                                       .arg(QString::fromLatin1(r.reason))
                                 : HttpSender::tr("redirected with %1 %2 to %3; this webhook does not follow redirects")
                                       .arg(r.status)
                                       .arg(QString::fromLatin1(r.reason), QString::fromUtf8(location));
        }
    } else if (r.status >= 200 && r.status < 300) {
        r.outcome = Outcome::Success;
    } else {
        r.outcome = Outcome::HttpError;
        r.errorMessage =
            HttpSender::tr("the server answered %1 %2").arg(r.status).arg(QString::fromLatin1(r.reason)).trimmed();
    }
    if (r.outcome == Outcome::NetworkError && r.requestsSent > r.redirectCount + 1) {
        r.errorMessage += u" "_s + HttpSender::tr("(the request was sent %1 times: Qt's HTTP stack sends it again on a "
                                                  "new connection when one closes before any response)")
                                       .arg(r.requestsSent - r.redirectCount);
    }
    if (r.status == 429 || r.status == 503) {
        const QByteArray retryAfter = headerOf(r.headers, "Retry-After");
        if (!retryAfter.isEmpty())
            r.retryAfterSeconds = HttpSender::parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc());
    }
    finish(a);
}

bool HttpSender::Private::followRedirect(Attempt* a, int status)
{
    AttemptResult& r = a->result;
    const QByteArray location = headerOf(r.headers, "Location");
    if (location.isEmpty())
        return false;
    const QUrl from = a->request.url;
    const QUrl relative(QString::fromUtf8(location), QUrl::TolerantMode);
    const QUrl to = from.resolved(relative);
    // A Location of only a fragment keeps the query, secrets and all: messages show the masked one.
    const QUrl shownTo = a->shown.url.resolved(relative);
    const QString toText = QString::fromUtf8(location);
    if (!to.isValid() || to.host().isEmpty()) {
        r.errorMessage =
            HttpSender::tr("redirected with %1 to \"%2\", which is not a valid URL").arg(status).arg(toText);
        return false;
    }
    const bool upgrade = from.scheme() == u"http"_s && to.scheme() == u"https"_s;
    if (to.scheme() != from.scheme() && !upgrade) {
        r.errorMessage = HttpSender::tr("redirected with %1 from %2 to %3; only redirects to the same scheme or "
                                        "from http to https are followed")
                             .arg(status)
                             .arg(from.scheme(), shownTo.toString());
        return false;
    }
    const QUrl visitedTo = shownTo.adjusted(QUrl::RemoveFragment);
    if (r.redirectCount >= kMaxRedirects) {
        const QString how = QString::number(status) + u' ' + QString::fromLatin1(r.reason);
        if (a->visited.contains(visitedTo)) {
            r.errorMessage = HttpSender::tr("gave up after %1 redirects: a redirect loop (%2 redirected with %3 back "
                                            "to %4, visited before)")
                                 .arg(kMaxRedirects)
                                 .arg(a->shown.url.toString(), how.trimmed(), shownTo.toString());
        } else {
            r.errorMessage = HttpSender::tr("gave up after %1 redirects: too many redirects (the last one from %2 with "
                                            "%3 to %4)")
                                 .arg(kMaxRedirects)
                                 .arg(a->shown.url.toString(), how.trimmed(), shownTo.toString());
        }
        return false;
    }
    if (a->visited.isEmpty())
        a->visited.append(a->shown.url.adjusted(QUrl::RemoveFragment));
    a->visited.append(visitedTo);

    const bool keepCredentials = http::sameOrigin(from, to);
    RenderedRequest next = nextHop(a->request, to, status, keepCredentials);
    a->shown = nextHop(a->shown, shownTo, status, keepCredentials);

    r.redirectCount += 1;
    r.body.clear();
    r.bodySize = 0;
    r.headers.clear();
    r.status = 0;
    r.reason.clear();
    a->progress = {};
    if (a->reply) {
        a->reply->disconnect(a);
        a->reply->deleteLater();
        a->reply = nullptr;
    }
    a->request = std::move(next);
    const std::optional<QNetworkProxy> route = ownRoute(a->manager, a->request.url);
    a->own = route.has_value();
    a->proxy = route.value_or(QNetworkProxy(QNetworkProxy::NoProxy));
    if (a->own)
        issueOwn(a);
    else
        issue(a);
    return true;
}

void HttpSender::Private::finish(Attempt* a)
{
    if (a->deadline >= 0) {
        deadlines.erase({a->deadline, a->id});
        a->deadline = -1;
    }
    a->result.timings.finishedMs = a->elapsed();
    attempts.remove(a->id);
    releaseSlot(a);
    if (a->reply) {
        a->reply->disconnect(a);
        a->reply->deleteLater();
    }
    Done done = std::move(a->done);
    AttemptResult result = std::move(a->result);
    const bool stopped = a->stop != Attempt::Stop::None;
    bury(a);
    if (!stopped) {
        // The reply finished on its own: this is a signal from Qt, never a call from inside send()
        // or abort(), so the caller hears of the end now, without another turn of the event loop.
        const QPointer<HttpSender> alive(q); // the callback may destroy the sender
        ++callbacksRunning;
        done(result);
        if (alive)
            --callbacksRunning;
        return;
    }
    // Stopped by abort(), the timeout or a pin mismatch: reply->abort() finishes the reply
    // synchronously, so `done` waits for the event loop rather than run inside those calls.
    QMetaObject::invokeMethod(
        q, [done = std::move(done), result = std::move(result)]() { done(result); }, Qt::QueuedConnection);
}

} // namespace hooksmith

#pragma once

// The parts of HttpSender that its two source files share: HttpSender.cpp (Qt's HTTP stack, the
// outcome of an attempt, redirects, timeouts) and HttpSenderOwn.cpp (HTTP/1.1 on the sender's own
// sockets).

#include "HttpResponseParser.h"
#include "HttpSender.h"
#include "HttpSupport.h"
#include "TlsTrust.h"

#include <QAbstractSocket>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QTimer>

#include <array>
#include <deque>
#include <memory>
#include <optional>
#include <set>

namespace hooksmith {

namespace sender {

// How far Qt, or a socket of the sender's own, may read ahead of us: large responses stream through
// instead of piling up.
constexpr qint64 kReadBufferSize = 256 * 1024;
/// The largest body an unbuffered socket writes together with the head, in one system call.
constexpr qsizetype kJoinedBodyBytes = 64 * 1024;
/// How soon ended attempts that a nested event loop kept alive are looked at again (see Private::reap()).
constexpr int kReapAgainMs = 20;

/// "host:port" when the URL names the server by address (Qt does not tell which address a host name
/// connected to); empty otherwise.
QString remoteAddressOf(const QUrl& url);
/// Connections of the sender's own are shared by requests through the same manager (the same trust)
/// to the same scheme, host and port.
QString poolKeyOf(QNetworkAccessManager* manager, const QUrl& url);

/// What requests with the same pin and CA file share: a manager of their own, so that a connection
/// trusted for them is never reused for a request that trusts less, and the TLS configuration, built
/// once. When the CA file changes on disk, a new context replaces the old one, whose connections
/// close once its last attempt has ended.
struct TrustContext
{
    QByteArray caStamp; ///< the version of the CA file this context trusts; empty for none
    /// A child of the sender: an attempt that ended may hold the context after the sender is gone.
    QPointer<QNetworkAccessManager> manager;
    QSslConfiguration tls;

    TrustContext() = default;
    TrustContext(const TrustContext&) = delete;
    TrustContext& operator=(const TrustContext&) = delete;
    ~TrustContext()
    {
        if (manager)
            manager->deleteLater();
    }
};

/// One attempt under way: the request of the current hop, the reply, the clock and what came back.
class Attempt : public QObject
{
public:
    enum class Stop : quint8
    {
        None,
        Timeout,
        Aborted,
        Tls
    };

    quint64 id = 0;
    QString origin;         ///< the manager and server whose connections this attempt waits for
    bool holdsSlot = false; ///< has one of those connections, and its timeout runs
    RenderedRequest request;
    /// The head of `request` as the result reports it: its masked view (no body), hop for hop.
    RenderedRequest shown;
    AttemptOptions options;
    HttpSender::Done done;
    QNetworkAccessManager* manager = nullptr;
    QPointer<QNetworkReply> reply;
    qint64 deadline = -1; ///< when the timeout strikes, in ns on the sender's clock; -1: not running
    QElapsedTimer clock;
    AttemptResult result;
    std::optional<QByteArray> pin;
    /// The trust this attempt asked for (a pin, a CA file); null for the default trust.
    std::shared_ptr<const TrustContext> trust;
    Stop stop = Stop::None;
    QString tlsFailure;
    QList<QSslError> sslErrors;
    http::Progress progress;

    // The exchange on a socket of the sender's own (see Private::issueOwn), when not through Qt's stack.
    QList<QUrl> visited; ///< the URLs of the hops so far (masked, without fragment)
    bool own = false;
    QNetworkProxy proxy{QNetworkProxy::NoProxy}; ///< the proxy of this hop (see Private::ownRoute)
    QString poolKey;
    QPointer<QAbstractSocket> socket;
    bool socketReused = false;
    bool reusable = true; ///< nothing arrived beyond the response: the connection may carry another
    QAbstractSocket::SocketError ownError = QAbstractSocket::UnknownSocketError;
    QString ownErrorText;
    bool retried = false; ///< sent again on a new connection after a kept-alive one closed unused
    bool ended = false;
    std::optional<HttpResponseParser> parser;
    qint64 toWrite = 0;
    qint64 written = 0;
    /// The head written for this hop when it is also the one the result reports (the first hop of a
    /// request without secrets, not in a proxy's form): null otherwise, or before the request is written.
    QByteArray sentHead;

    qint64 elapsed() const { return clock.elapsed(); }

    /// Body bytes the server announced with Content-Length but did not send; 0 when complete or unknown.
    qint64 missingBodyBytes() const
    {
        if (request.method == Method::Head || result.status < 200 || result.status == 204 || result.status == 304)
            return 0;
        bool ok = false;
        const qint64 announced = reply->rawHeader("Content-Length").trimmed().toLongLong(&ok);
        if (!ok || announced <= result.bodySize)
            return 0;
        return announced - result.bodySize;
    }

    void readBody()
    {
        if (!reply)
            return;
        qint64 available = reply->bytesAvailable();
        if (available <= 0)
            return;
        const qint64 room = AttemptResult::kMaxKeptBody - result.body.size();
        if (room > 0) {
            const QByteArray chunk = reply->read(std::min(available, room));
            result.body += chunk;
            result.bodySize += chunk.size();
            available -= chunk.size();
        }
        // Past the limit the body is counted and dropped, so memory stays bounded.
        while (available > 0) {
            const qint64 skipped = reply->skip(available);
            if (skipped <= 0)
                break;
            result.bodySize += skipped;
            available -= skipped;
        }
        progress.bodyBytes = result.bodySize;
    }
};

} // namespace sender

using sender::Attempt;
using sender::kJoinedBodyBytes;
using sender::kReadBufferSize;
using sender::poolKeyOf;
using sender::remoteAddressOf;
using sender::TrustContext;

struct HttpSender::Private
{
    HttpSender* q = nullptr;
    ProxySettings proxy;
    QNetworkAccessManager* manager = nullptr;
    // Requests with a pinned certificate or an extra CA file, by pin and CA file.
    QHash<QString, std::shared_ptr<const TrustContext>> trustContexts;
    http::CaFileCache caFiles;
    http::TlsSummaryCache tlsSummaries;
    QHash<quint64, Attempt*> attempts;
    quint64 nextId = 1;
    /// What every request carries besides its URL, headers and TLS settings (set once).
    QNetworkRequest requestBase;

    /// Attempts to one server through one manager. Qt opens at most kConnectionsPerServer HTTP/1
    /// connections to it and queues further requests, starting each on the next connection that
    /// becomes free, in the order they came. Keeping them queued there lets a connection go on at once,
    /// without a round trip through this thread; the timeout of a queued attempt starts when an
    /// earlier one ends, so that it never counts the wait.
    struct Server
    {
        int active = 0;
        std::deque<Attempt*> waiting;
        bool multiplexed = false; ///< HTTP/2: every request goes out at once
    };
    static constexpr int kConnectionsPerServer = 6;
    QHash<QString, Server> servers;

    /// The timeouts of the attempts that have a connection, on one timer set for the earliest.
    QElapsedTimer clock;
    QTimer* deadlineTimer = nullptr;
    qint64 armedFor = 0;
    std::set<std::pair<qint64, quint64>> deadlines; ///< (deadline in ns on `clock`, attempt id)
    void armDeadlineTimer();
    void onDeadline();

    void takeSlotOrWait(Attempt* a);
    void startClock(Attempt* a);
    void releaseSlot(Attempt* a);
    void serverIsMultiplexed(const QString& origin);

    std::shared_ptr<const TrustContext> trustFor(const std::optional<QByteArray>& pin, const QString& caFile,
                                                 const http::CaFileCache::Entry* ca);

    /// What a URL's scheme, host and port give for one manager: the origin its slots are counted by, the
    /// key of its kept connections, and the own client's route (ownRoute()). Remembered for the last few,
    /// as long as the proxy factory keeps its answer, and forgotten when the proxy settings change or a
    /// manager is made (which may take the address of one that is gone).
    struct Route
    {
        QNetworkAccessManager* manager = nullptr;
        QString scheme;
        QString host;
        int port = -1;
        QString origin;
        QString poolKey;
        std::optional<QNetworkProxy> own;
        QDeadlineTimer expiry;
    };
    static constexpr qint64 kRouteLifeMs = 1000;
    std::array<Route, 4> routes;
    std::size_t nextRoute = 0;
    const Route& routeOf(QNetworkAccessManager* manager, const QUrl& url);
    void forgetRoutes() { routes = {}; }
    void issue(Attempt* a);
    void onFinished(Attempt* a);

    /// How an attempt's exchange ended, whichever stack carried it.
    struct Ending
    {
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorText;
        qint64 missingBodyBytes = 0; ///< announced with Content-Length, not received
        QString refusal;             ///< the response broke a ResponseLimits limit or is not HTTP
        bool notHttp = false;        ///< the refusal is that the response does not begin as HTTP/1.x
    };
    void conclude(Attempt* a, const Ending& e);

    // HTTP/1.1 on sockets of the sender's own: every limit of ResponseLimits holds while reading.
    ResponseLimits limits;
    QHash<QString, QList<QAbstractSocket*>> idle; ///< kept-alive connections by pool key
    /// When each kept-alive connection is closed if still unused (ns on `clock`), on one timer.
    QHash<QAbstractSocket*, qint64> idleUntil;
    int idleConnectionMs = 60 * 1000; ///< how long a kept-alive connection waits unused before it is closed
    QTimer* idleTimer = nullptr;
    void forgetIdle(QAbstractSocket* socket, const QString& key);
    void closeExpiredIdle();
    /// Every socket of the sender's own and whose it is now. Its signals are connected once, as it is made, and
    /// go to the attempt that has it; while it is kept alive unused, anything it signals closes it.
    struct Link
    {
        QPointer<Attempt> owner;
        QString idleKey; ///< kept alive under this pool key (empty: not kept)
        /// remoteAddressOf() the URL the socket was opened for: the same for every request it carries,
        /// since they share its pool key.
        QString remoteAddress;
        bool openUnbuffered = false; ///< a plain TCP connection, opened unbuffered (see newSocket())
    };
    QHash<QAbstractSocket*, Link> links;
    /// A new socket for `first` (its trust and proxy), connected once for every attempt that will have it.
    QAbstractSocket* newSocket(Attempt* first, bool https, bool viaSocketProxy);
    Attempt* ownerOf(QAbstractSocket* socket) const
    {
        const auto it = links.constFind(socket);
        return it == links.cend() ? nullptr : it->owner.data();
    }
    /// A socket that signals while no attempt has it: a kept one is closed, one whose attempt is gone too.
    void unowned(QAbstractSocket* socket);
    /// Closes a socket and forgets it; what it signals while closing goes nowhere.
    void discardSocket(QAbstractSocket* socket);
    /// How the sender's own client reaches `url`: directly (NoProxy), through an HTTP proxy or a
    /// SOCKS5 one; nullopt when only Qt's stack can (a scheme other than http and https, a proxy of
    /// another kind).
    std::optional<QNetworkProxy> ownRoute(QNetworkAccessManager* manager, const QUrl& url) const;
    void issueOwn(Attempt* a);
    void writeRequest(Attempt* a);
    /// Whether a socket of the sender's own is unbuffered (see newSocket()).
    static bool unbuffered(const QAbstractSocket* socket);
    /// Writes to an unbuffered socket; false when the connection failed (told to the attempt on the next turn).
    bool writeUnbuffered(Attempt* a, const QByteArray& bytes);
    /// Counts bytes of the request that went out.
    void noteWritten(Attempt* a, qint64 n);
    /// Reads what the socket holds into the attempt's parser. True when an unbuffered socket found its end.
    bool readOwn(Attempt* a);
    void feedOwn(Attempt* a, QByteArrayView data);
    /// Where unbuffered sockets read to, for all of them in turn.
    QByteArray readBuffer;
    void onOwnReadyRead(Attempt* a);
    void onOwnClosed(Attempt* a, QAbstractSocket::SocketError error);
    void onOwnEncrypted(Attempt* a);
    void endOwn(Attempt* a);
    void fillOwnResponse(Attempt* a);
    void dropSocket(Attempt* a, bool keep);
    bool followRedirect(Attempt* a, int status);
    void fillResponse(Attempt* a);
    void finish(Attempt* a);
    void fail(AttemptResult result, Done done);

    /// Ended attempts, freed on a later turn of the event loop (see bury()).
    std::vector<Attempt*> buried;
    QTimer* reaper = nullptr;
    /// Callbacks (`done`) running now. One of them may run an event loop of its own (a modal dialog, a
    /// wait for the keychain) while the frames beneath it still use the attempt that called it.
    int callbacksRunning = 0;
    /// deleteLater() for an ended attempt, without posting an event: a posted event wakes the thread's event
    /// dispatcher through its eventfd, a write and a read for every attempt. A zero timer brings the next turn
    /// of the loop at once just the same.
    void bury(Attempt* a);
    /// Frees the buried attempts, unless a callback is running beneath this turn of the loop: then later.
    void reap();
};

} // namespace hooksmith

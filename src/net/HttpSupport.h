#pragma once

#include "HttpSender.h"

#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>

namespace hooksmith::http {

/// "host:port" of a URL, with the scheme's default port when the URL has none.
QString endpoint(const QUrl& url);
/// The Host value of a URL, derived as the renderer and Qt's HTTP stack derive it (the request target:
/// hooksmith::requestTarget()).
QByteArray hostHeader(const QUrl& url);
/// Whether two URLs have the same scheme, host and port.
bool sameOrigin(const QUrl& a, const QUrl& b);

/// "15 s", "0.5 s"
QString secondsText(int ms);

/// True for failures of the connection itself (refused, reset, TLS, proxy, malformed response), as
/// opposed to errors Qt derives from an HTTP status.
bool isTransportError(QNetworkReply::NetworkError error);

/// Where an attempt had got to when it failed, for the message.
struct Progress
{
    bool connecting = false;  ///< a socket started connecting
    bool requestSent = false; ///< the whole request was written
    bool headersSeen = false; ///< the status line and headers arrived
    qint64 bodyBytes = 0;     ///< body bytes received
    /// Response bytes received, head included (known on the sender's own connections only), and when
    /// the first and the last of them arrived (ms since the attempt started).
    qint64 responseBytes = 0;
    qint64 firstResponseByteMs = -1;
    qint64 lastResponseByteMs = -1;
    qint64 endedMs = -1; ///< when the attempt was stopped
};

/// A message for a person about a failed connection.
QString transportErrorMessage(QNetworkReply::NetworkError error, const QString& qtText, const QUrl& url,
                              const Progress& progress);
QString timeoutMessage(int timeoutMs, const QUrl& url, const Progress& progress);
QString untrustedMessage(const QUrl& url, const QList<QSslError>& errors);
QString pinMismatchMessage(const QUrl& url, const QByteArray& actual, const QByteArray& pinned);

/// The protocol and cipher of a connection (the summary without the peer certificate's part).
TlsSummary tlsSessionSummary(const QSslConfiguration& configuration);
/// Fills the peer certificate's part of a summary: subject, issuer, SHA-256 fingerprint, expiry.
void summarizePeer(const QSslCertificate& peer, TlsSummary* summary);

/// The head as Qt 6.4 builds it for HTTP/2: :authority, :method, :path, :scheme, then the fields in
/// lower case without the connection-specific ones (Host, Connection, Keep-Alive, Proxy-Connection,
/// Transfer-Encoding).
QByteArray http2Head(const QByteArray& method, const QUrl& url, const QList<RenderedHeader>& headers);

} // namespace hooksmith::http

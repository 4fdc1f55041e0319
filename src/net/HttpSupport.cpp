#include "HttpSupport.h"

#include "Encoding.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QLocale>
#include <QSslCertificate>
#include <QSslCipher>
#include <QTime>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

int defaultPort(const QUrl& url)
{
    return url.scheme() == u"https"_s ? 443 : 80;
}

QString certificateName(const QSslCertificate& c, bool issuer)
{
    auto info = [&](QSslCertificate::SubjectInfo field) {
        const QStringList values = issuer ? c.issuerInfo(field) : c.subjectInfo(field);
        return values.join(u", "_s);
    };
    QStringList parts;
    if (const QString cn = info(QSslCertificate::CommonName); !cn.isEmpty())
        parts.append(u"CN="_s + cn);
    if (const QString o = info(QSslCertificate::Organization); !o.isEmpty())
        parts.append(u"O="_s + o);
    if (parts.isEmpty())
        return issuer ? c.issuerDisplayName() : c.subjectDisplayName();
    return parts.join(u", "_s);
}

bool isConnectionSpecific(const QByteArray& lowerName)
{
    return lowerName == "host" || lowerName == "connection" || lowerName == "keep-alive" ||
           lowerName == "proxy-connection" || lowerName == "transfer-encoding";
}

std::optional<QDateTime> parseHttpDate(QByteArrayView value)
{
    // The three HTTP date forms (RFC 9110 section 5.6.7), read field by field so that neither the
    // locale nor the local time zone plays a part:
    //   IMF-fixdate  Sun, 06 Nov 1994 08:49:37 GMT
    //   RFC 850      Sunday, 06-Nov-94 08:49:37 GMT
    //   asctime      Sun Nov  6 08:49:37 1994
    QByteArray text = value.toByteArray();
    text.replace(',', ' ').replace('-', ' ');
    const QList<QByteArray> t = text.simplified().split(' ');
    QByteArray day, month, year, time;
    if (t.size() == 6 && t[5] == "GMT") {
        day = t[1];
        month = t[2];
        year = t[3];
        time = t[4];
    } else if (t.size() == 5) {
        month = t[1];
        day = t[2];
        time = t[3];
        year = t[4];
    } else {
        return std::nullopt;
    }
    static const QList<QByteArray> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const int m = int(months.indexOf(month)) + 1;
    bool okDay = false;
    bool okYear = false;
    const int d = day.toInt(&okDay);
    int y = year.toInt(&okYear);
    if (m == 0 || !okDay || !okYear || (year.size() != 2 && year.size() != 4))
        return std::nullopt;
    if (year.size() == 2) {
        // Two-digit years more than 50 years ahead are in the past century.
        const int now = QDate::currentDate().year();
        y += (now / 100) * 100;
        if (y > now + 50)
            y -= 100;
    }
    const QDate date(y, m, d);
    const QTime clock = QTime::fromString(QString::fromLatin1(time), u"HH:mm:ss"_s);
    if (!date.isValid() || !clock.isValid())
        return std::nullopt;
    return QDateTime(date, clock, Qt::UTC);
}

} // namespace

std::optional<qint64> HttpSender::parseRetryAfter(QByteArrayView value, const QDateTime& nowUtc)
{
    const QByteArrayView v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool digits = true;
    for (char ch : v)
        digits = digits && ch >= '0' && ch <= '9';
    if (digits) {
        bool ok = false;
        const qint64 seconds = v.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        return seconds;
    }
    const std::optional<QDateTime> when = parseHttpDate(v);
    if (!when)
        return std::nullopt;
    return std::max<qint64>(0, nowUtc.secsTo(*when));
}

std::optional<QByteArray> HttpSender::parseFingerprint(QStringView text)
{
    QByteArray hex;
    hex.reserve(64);
    for (QChar ch : text) {
        if (ch == u':' || ch.isSpace())
            continue;
        const char16_t u = ch.unicode();
        const bool isHex = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!isHex)
            return std::nullopt;
        hex.append(char(u));
    }
    if (hex.size() != 64)
        return std::nullopt;
    return QByteArray::fromHex(hex);
}

QString HttpSender::formatFingerprint(const QByteArray& sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QString HttpSender::certificateFingerprint(const QSslCertificate& certificate)
{
    return formatFingerprint(certificate.digest(QCryptographicHash::Sha256));
}

namespace http {

QString endpoint(const QUrl& url)
{
    QString host = url.host();
    if (host.contains(u':'))
        host = u'[' + host + u']';
    return host + u':' + QString::number(url.port(defaultPort(url)));
}

QByteArray hostHeader(const QUrl& url)
{
    const QString hostName = url.host();
    QByteArray host = hostName.contains(u':') ? '[' + hostName.toLatin1() + ']' : QUrl::toAce(hostName);
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    return host;
}

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(a)) == b.port(defaultPort(b));
}

QString secondsText(int ms)
{
    if (ms % 1000 == 0)
        return HttpSender::tr("%1 s").arg(ms / 1000);
    return HttpSender::tr("%1 s").arg(QLocale::c().toString(ms / 1000.0, 'g', 6));
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    using E = QNetworkReply::NetworkError;
    switch (error) {
    case E::NoError:
        return false;
    // Errors Qt derives from the HTTP status of a complete response.
    case E::ContentAccessDenied:
    case E::ContentOperationNotPermittedError:
    case E::ContentNotFoundError:
    case E::AuthenticationRequiredError:
    case E::ContentReSendError:
    case E::ContentConflictError:
    case E::ContentGoneError:
    case E::UnknownContentError:
    case E::ProtocolInvalidOperationError:
    case E::InternalServerError:
    case E::OperationNotImplementedError:
    case E::ServiceUnavailableError:
    case E::UnknownServerError:
    case E::ProxyAuthenticationRequiredError:
        return false;
    default:
        return true;
    }
}

QString transportErrorMessage(QNetworkReply::NetworkError error, const QString& qtText, const QUrl& url,
                              const Progress& progress)
{
    using E = QNetworkReply::NetworkError;
    const QString where = endpoint(url);
    switch (error) {
    case E::ConnectionRefusedError:
        return HttpSender::tr("connection refused by %1").arg(where);
    case E::HostNotFoundError:
        return HttpSender::tr("the host name %1 could not be resolved").arg(url.host());
    case E::RemoteHostClosedError:
        if (progress.headersSeen) {
            return HttpSender::tr("the server closed the connection in the middle of the body (%1 bytes received)")
                .arg(progress.bodyBytes);
        }
        // Qt 6.4 closes the connection itself when the status line is not HTTP, so this is also
        // what a malformed or garbage response looks like.
        if (progress.requestSent)
            return HttpSender::tr("the connection to %1 ended without a valid HTTP response").arg(where);
        return HttpSender::tr("%1 closed the connection before the request was sent").arg(where);
    case E::ProtocolFailure:
        return HttpSender::tr("the response from %1 is not valid HTTP (%2)").arg(where, qtText);
    case E::TooManyRedirectsError:
    case E::InsecureRedirectError:
        return qtText;
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyNotFoundError:
    case E::ProxyTimeoutError:
        return HttpSender::tr("the proxy for %1 failed: %2").arg(where, qtText);
    default:
        break;
    }
    if (qtText.contains(u"reset"_s, Qt::CaseInsensitive)) {
        if (progress.headersSeen) {
            return HttpSender::tr("the server reset the connection in the middle of the body (%1 bytes received)")
                .arg(progress.bodyBytes);
        }
        return HttpSender::tr("%1 reset the connection without a valid HTTP response").arg(where);
    }
    return HttpSender::tr("%1: %2").arg(where, qtText);
}

QString timeoutMessage(int timeoutMs, const QUrl& url, const Progress& progress)
{
    const QString within = HttpSender::tr("no complete response within %1").arg(secondsText(timeoutMs));
    const QString where = endpoint(url);
    if (progress.headersSeen) {
        return within + u": "_s +
               HttpSender::tr("the headers from %1 arrived, the body did not complete (%2 bytes received)")
                   .arg(where)
                   .arg(progress.bodyBytes);
    }
    if (progress.responseBytes > 0) {
        // Bytes came, the head did not complete: a server that dribbles, not one that is silent.
        const qint64 since = progress.endedMs >= progress.firstResponseByteMs && progress.firstResponseByteMs >= 0
                                 ? progress.endedMs - progress.firstResponseByteMs
                                 : 0;
        return within + u": "_s +
               HttpSender::tr("%1 answered, but the response was still arriving slowly when the timeout struck: %2 "
                              "bytes in %3, the head not yet complete")
                   .arg(where)
                   .arg(progress.responseBytes)
                   .arg(secondsText(int(since / 100 * 100)));
    }
    if (progress.requestSent)
        return within + u": "_s + HttpSender::tr("%1 took the request but did not answer").arg(where);
    return within + u": "_s + HttpSender::tr("could not connect to %1 or send the request").arg(where);
}

QString untrustedMessage(const QUrl& url, const QList<QSslError>& errors)
{
    QStringList reasons;
    QSslCertificate leaf;
    for (const QSslError& e : errors) {
        reasons.append(e.errorString());
        if (leaf.isNull() && !e.certificate().isNull())
            leaf = e.certificate();
    }
    reasons.removeDuplicates();
    QString message =
        HttpSender::tr("the certificate of %1 is not trusted (%2)").arg(endpoint(url), reasons.join(u"; "_s));
    if (!leaf.isNull()) {
        message += u"; "_s +
                   HttpSender::tr("to trust this server, pin its SHA-256 fingerprint %1 or add the CA that issued it "
                                  "as a CA file")
                       .arg(HttpSender::certificateFingerprint(leaf));
    }
    return message;
}

QString pinMismatchMessage(const QUrl& url, const QByteArray& actual, const QByteArray& pinned)
{
    return HttpSender::tr("the certificate of %1 (SHA-256 %2) is not the pinned certificate (%3)")
        .arg(endpoint(url), HttpSender::formatFingerprint(actual), HttpSender::formatFingerprint(pinned));
}

TlsSummary tlsSessionSummary(const QSslConfiguration& configuration)
{
    TlsSummary s;
    switch (configuration.sessionProtocol()) {
    case QSsl::TlsV1_3:
        s.protocol = u"TLS 1.3"_s;
        break;
    case QSsl::TlsV1_2:
        s.protocol = u"TLS 1.2"_s;
        break;
    case QSsl::UnknownProtocol:
        s.protocol = u"TLS"_s;
        break;
    default:
        s.protocol = u"TLS 1.1 or older"_s;
        break;
    }
    s.cipher = configuration.sessionCipher().name();
    return s;
}

void summarizePeer(const QSslCertificate& peer, TlsSummary* summary)
{
    if (peer.isNull())
        return;
    summary->peerSubject = certificateName(peer, false);
    summary->peerIssuer = certificateName(peer, true);
    summary->peerSha256 = HttpSender::certificateFingerprint(peer);
    summary->peerNotAfter = peer.expiryDate().toUTC();
}

QByteArray http2Head(const QByteArray& method, const QUrl& url, const QList<RenderedHeader>& headers)
{
    QByteArray out;
    out += ":authority: " + url.authority(QUrl::FullyEncoded | QUrl::RemoveUserInfo).toLatin1() + "\r\n";
    out += ":method: " + method + "\r\n";
    out += ":path: " + requestTarget(url) + "\r\n";
    out += ":scheme: " + url.scheme().toLatin1() + "\r\n";
    for (const RenderedHeader& h : headers) {
        const QByteArray name = h.name.toLower();
        if (!isConnectionSpecific(name))
            out += name + ": " + h.value + "\r\n";
    }
    out += "\r\n";
    return out;
}

} // namespace http

} // namespace hooksmith

#include "ProxyFactory.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QNetworkProxyFactory>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        if (query.queryType() != QNetworkProxyQuery::UrlRequest)
            return QNetworkProxyFactory::proxyForQuery(query);
        const QUrl& url = query.url();
        const QString key = url.scheme() + u"://"_s + url.host() + u':' + QString::number(url.port());
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_answers.constFind(key); it != m_answers.cend() && !it->expiry.hasExpired())
            return it->proxies;
        lock.unlock();
        QList<QNetworkProxy> proxies = ask(query);
        lock.relock();
        if (m_answers.size() >= kMaxAnswers)
            m_answers.clear();
        m_answers.insert(key, Answer{proxies, QDeadlineTimer(kAnswerLifeMs)});
        return proxies;
    }

private:
    static constexpr qint64 kAnswerLifeMs = 1000;
    static constexpr qsizetype kMaxAnswers = 256;
    struct Answer
    {
        QList<QNetworkProxy> proxies;
        QDeadlineTimer expiry;
    };
    QMutex m_mutex;
    QHash<QString, Answer> m_answers;

    static QList<QNetworkProxy> ask(const QNetworkProxyQuery& query)
    {
        QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(query);
        if (query.url().scheme() != "http"_L1 || proxies.isEmpty() || proxies.first().type() != QNetworkProxy::NoProxy)
            return proxies;
        const QUrl& url = query.url();
        const QNetworkProxyQuery socketQuery(url.host(), url.port(80), QString(), QNetworkProxyQuery::TcpSocket);
        if (!goesDirect(QNetworkProxyFactory::proxyForQuery(socketQuery)))
            return proxies;
        return {QNetworkProxy(QNetworkProxy::DefaultProxy)};
    }

    /// Whether the first proxy a TCP socket can use is none at all (QAbstractSocket picks that one).
    static bool goesDirect(const QList<QNetworkProxy>& proxies)
    {
        for (const QNetworkProxy& p : proxies) {
            if (p.capabilities() & QNetworkProxy::TunnelingCapability)
                return p.type() == QNetworkProxy::NoProxy;
        }
        return false;
    }
};

class NoProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery&) override { return {QNetworkProxy::NoProxy}; }
};

class ManualProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit ManualProxyFactory(const ProxySettings& settings)
        : m_proxy(QNetworkProxy::HttpProxy, settings.host, settings.port, settings.user, settings.password)
    {}

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        if (isLoopbackHost(query.peerHostName()))
            return {QNetworkProxy::NoProxy};
        return {m_proxy};
    }

private:
    QNetworkProxy m_proxy;
};

} // namespace

QNetworkProxyFactory* createProxyFactory(const ProxySettings& settings)
{
    switch (settings.mode) {
    case ProxySettings::Mode::None:
        return new NoProxyFactory;
    case ProxySettings::Mode::Manual:
        // A manual proxy without a host cannot be used: requests go direct rather than nowhere.
        if (settings.host.trimmed().isEmpty() || settings.port == 0)
            return new NoProxyFactory;
        return new ManualProxyFactory(settings);
    case ProxySettings::Mode::System:
        break;
    }
    // SystemProxyFactory's DefaultProxy answer is resolved through the application's proxy settings.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    return new SystemProxyFactory;
}

QByteArray proxyAuthorization(const ProxySettings& settings, const QUrl& url)
{
    if (settings.mode != ProxySettings::Mode::Manual || settings.user.isEmpty() || settings.host.trimmed().isEmpty() ||
        settings.port == 0 || url.scheme() != u"http"_s || isLoopbackHost(url.host()))
        return {};
    return "Basic " + (settings.user + u':' + settings.password).toUtf8().toBase64();
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || host.endsWith(u".localhost"_s, Qt::CaseInsensitive))
        return true;
    QString address = host;
    if (address.startsWith(u'[') && address.endsWith(u']'))
        address = address.mid(1, address.size() - 2);
    const QHostAddress parsed(address);
    return !parsed.isNull() && parsed.isLoopback();
}

} // namespace hooksmith

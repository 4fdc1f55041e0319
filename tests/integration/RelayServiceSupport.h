#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <utility>

class QTcpServer;
class QTcpSocket;

namespace hooksmith::test {

/// What a `hooksmith-cli` child process printed and returned.
struct CliProcessResult
{
    int code = -1;
    QString out;
    QString err;
};

/// Runs the real `hooksmith-cli` (HOOKSMITH_BINARY_DIR, set by ctest) with `args` and waits for it.
CliProcessResult runCliProcess(const QStringList& args, int timeoutMs = 30000);

/// Writes `text` to `path` at once (the way an editor saves); false when it cannot.
bool writeTextFile(const QString& path, const QByteArray& text);

/// A webhook as people write it in the file, without an "id" (it is derived from user_id and the name). It
/// posts {"id": MESSAGE_ID, "value": MESSAGE_PAYLOAD} to `url` for signals of `devices`; `delivery` is its
/// "delivery" object.
QJsonObject webhookJson(const QString& name, const QUrl& url, const QStringList& devices,
                        const QJsonObject& delivery = {});
/// A workspace file's text (user_id "relay-tests") with these devices ({token, name}) and webhooks.
QByteArray workspaceJson(const QJsonArray& devices, const QJsonArray& webhooks);

/// What a webhook of webhookJson() posted: its MESSAGE_ID and the signal's value (-1 when not a number).
struct Arrival
{
    QString messageId;
    int value = -1;
};
Arrival arrivalOf(const QByteArray& body);

/// One `@signal` line per value, `first` to `first + count - 1`, as a board prints them.
QByteArray signalLines(int first, int count, int signalNumber = 1);

/// The base URL the relay printed for --health ("relay: health on http://127.0.0.1:PORT/healthz, ..."), from
/// its text or JSON log; empty until it did.
QUrl healthBaseFrom(const QString& log);

/// A GET to `url` with Qt's HTTP client; the status is 0 when there was no HTTP answer.
struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QString error;
};
HttpAnswer httpGet(const QUrl& url, int timeoutMs = 10000);

/// The Prometheus text exposition as Prometheus' own Python client (Debian's python3-prometheus-client,
/// run with /usr/bin/python3) reads it: an array of {name, type, help, samples: [{name, labels, value}]},
/// values as numbers. `error` says why not when it could not.
QJsonArray parseWithPrometheusClient(const QByteArray& exposition, QString* error);

/// An HTTP/1.1 receiver whose answers are shaped per request: each waits a random time in a range, and a
/// share of them is answered 503 (no Retry-After, so the relay retries on its schedule). It records every
/// request once answered, in the order of the answers, with the status it got, and how many were waiting for
/// an answer at once.
class FlakyReceiver : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        quint64 sequence = 0; ///< in the order of arrival
        QByteArray method;
        QByteArray path;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int status = 0;

        QByteArray header(const QByteArray& name) const;
    };

    explicit FlakyReceiver(quint32 seed, QObject* parent = nullptr);
    ~FlakyReceiver() override;

    /// Listens on 127.0.0.1 (0: a port the OS picks).
    bool listen(quint16 port = 0);
    void close();
    quint16 port() const;
    QUrl url(const QString& path) const;

    void setDelayRange(int minMs, int maxMs);
    /// The share of requests answered 503, 0 to 1.
    void setFailureRate(double rate);
    /// The first `n` requests are answered 503 whatever the rate.
    void setFailFirst(int n) { m_failFirst = n; }

    QList<Request> requests() const { return m_requests; }
    int count() const { return int(m_requests.size()); }
    int countWithStatus(int status) const;
    /// The most requests that were waiting for their answer at the same moment.
    int maxOutstanding() const { return m_maxOutstanding; }

Q_SIGNALS:
    void answered(const hooksmith::test::FlakyReceiver::Request& request);

private:
    struct Connection
    {
        QByteArray buffer;
        bool busy = false; ///< a request of this connection waits for its answer
    };

    void onReadable(QTcpSocket* socket);
    void answer(QTcpSocket* socket, Request request, int delayMs);

    QTcpServer* m_server = nullptr;
    QHash<QTcpSocket*, Connection> m_connections;
    QRandomGenerator m_random;
    int m_minDelayMs = 0;
    int m_maxDelayMs = 0;
    double m_failureRate = 0;
    int m_failFirst = 0;
    quint64 m_sequence = 0;
    int m_outstanding = 0;
    int m_maxOutstanding = 0;
    QList<Request> m_requests;
};

} // namespace hooksmith::test

#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>
#include <utility>

class QTcpSocket;

namespace hooksmith::test {

/// A raw TCP (or TLS) server on 127.0.0.1 for tests: captures every request byte for byte and answers
/// each one with a scripted action, including the faults real servers produce (resets, hangs, slow
/// drips, malformed or endless responses).
class FaultServer : public QObject
{
    Q_OBJECT
public:
    using Header = std::pair<QByteArray, QByteArray>;

    /// What the server does once a request has arrived completely.
    struct Action
    {
        enum class Kind : quint8
        {
            Respond, ///< write `bytes`, then `fillerBytes` more, then maybe reset or close
            Reset,   ///< reset the connection (RST) at once
            Hang,    ///< never answer, never close
        };
        Kind kind = Kind::Respond;
        QByteArray bytes;
        qint64 fillerBytes = 0;   ///< streamed after `bytes` as the client reads (no memory spike)
        QByteArray fillerPattern; ///< what the filler repeats (empty: '.')
        int dripIntervalMs = 0;   ///< > 0: `bytes` go out one byte per interval
        bool resetAfter = false;  ///< RST once everything is written
        bool closeAfter = false;  ///< FIN once everything is written

        /// A well-formed response with Content-Length.
        static Action respond(int status, const QByteArray& reason, const QList<Header>& headers = {},
                              const QByteArray& body = {});
        /// Exactly these bytes, then the connection is closed.
        static Action raw(const QByteArray& bytes);
        static Action reset();
        static Action hang();
        /// A response whose bytes arrive one every `intervalMs`.
        static Action drip(const QByteArray& bytes, int intervalMs);
        static Action redirect(int status, const QByteArray& location);
        /// 200 with a body of `size` bytes, streamed.
        static Action bigBody(qint64 size);
        /// Announces `declared` body bytes, sends `sent` of them, then resets (or closes: FIN).
        static Action cutMidBody(qint64 declared, qint64 sent, bool reset = true);
        /// Bytes that are not HTTP at all, then the connection is closed.
        static Action garbage();
        /// "HTTP/1.1 200 OK", then header lines without end.
        static Action endlessHead();
        /// "HTTP/1.1 200 OK", then one header line that never ends.
        static Action endlessHeaderLine();
    };

    explicit FaultServer(QObject* parent = nullptr);
    /// A TLS server (QSslServer) with this configuration (certificate and key).
    explicit FaultServer(const QSslConfiguration& tls, QObject* parent = nullptr);
    ~FaultServer() override;

    /// Listens on 127.0.0.1 (or the given address) on a port chosen by the OS.
    bool listen(const QHostAddress& address = QHostAddress::LocalHost);
    quint16 port() const;
    /// http(s)://127.0.0.1:PORT + path
    QUrl url(const QString& path = QStringLiteral("/")) const;

    /// The action for the next request not yet answered (in order).
    void enqueue(const Action& action);
    /// The action when the queue is empty (at first: 200 OK with the body "ok").
    void setDefaultAction(const Action& action);

    /// Each complete request (head and body) as received.
    QList<QByteArray> requests() const;
    /// Every byte received, on all connections, in order of arrival.
    QByteArray receivedBytes() const;
    /// Connections accepted (TLS: handshakes completed).
    int connectionCount() const;
    /// Connections accepted and not closed yet.
    int openConnectionCount() const;
    /// Closes every open connection at once, with a FIN, or with a RST when `reset`, whatever it is doing.
    void closeConnectionsNow(bool reset);

    /// A port on 127.0.0.1 where nothing listens: connecting is refused.
    static quint16 closedPort();

Q_SIGNALS:
    void requestReceived(const QByteArray& raw);

private:
    struct Connection;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hooksmith::test

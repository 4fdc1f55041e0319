#pragma once

// An HTTP/1.1 server for latency benchmarks: it runs on a thread of its own, so that whatever the
// benchmark's main thread is doing never delays it, and notes when each request has arrived completely
// (head and body read from the socket) before doing anything else with it. It answers 204.
#include <QElapsedTimer>
#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <vector>

namespace hooksmith::bench {

class WireReceiver
{
public:
    struct Arrival
    {
        QByteArray body;
        qint64 arrivedAt = 0; ///< ns on the clock given to the constructor
    };

    /// `clock` must be started before the first request arrives and outlive the receiver.
    explicit WireReceiver(const QElapsedTimer& clock)
        : m_clock(clock)
    {
        m_context.moveToThread(&m_thread);
        m_thread.start();
    }

    ~WireReceiver()
    {
        QMetaObject::invokeMethod(
            &m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    WireReceiver(const WireReceiver&) = delete;
    WireReceiver& operator=(const WireReceiver&) = delete;

    /// Listens on 127.0.0.1 on a port the OS picks; false when it cannot.
    bool listen()
    {
        bool ok = false;
        QMetaObject::invokeMethod(
            &m_context,
            [this, &ok] {
                m_server = new QTcpServer;
                QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] { accept(); });
                ok = m_server->listen(QHostAddress::LocalHost);
                m_port = m_server->serverPort();
            },
            Qt::BlockingQueuedConnection);
        return ok;
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    /// The requests that arrived since the last call.
    std::vector<Arrival> take()
    {
        QMutexLocker lock(&m_mutex);
        std::vector<Arrival> out;
        out.swap(m_arrivals);
        return out;
    }

private:
    void accept()
    {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer = QByteArray()]() mutable {
                buffer += socket->readAll();
                while (true) {
                    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
                    if (headEnd < 0)
                        return;
                    const qsizetype total = headEnd + 4 + contentLength(buffer.left(headEnd));
                    if (buffer.size() < total)
                        return;
                    const qint64 arrived = m_clock.nsecsElapsed();
                    {
                        QMutexLocker lock(&m_mutex);
                        m_arrivals.push_back({buffer.mid(headEnd + 4, total - headEnd - 4), arrived});
                    }
                    buffer.remove(0, total);
                    socket->write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
                }
            });
        }
    }

    static qsizetype contentLength(const QByteArray& head)
    {
        for (const QByteArray& line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed().toLongLong();
        }
        return 0;
    }

    const QElapsedTimer& m_clock;
    QThread m_thread;
    QObject m_context;
    QTcpServer* m_server = nullptr; // lives on m_thread
    quint16 m_port = 0;
    QMutex m_mutex;
    std::vector<Arrival> m_arrivals;
};

} // namespace hooksmith::bench

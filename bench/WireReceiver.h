#pragma once

// An HTTP/1.1 server for latency benchmarks: it runs on a thread of its own, so that whatever the
// benchmark's main thread is doing never delays it. For each request it notes two moments: when the
// kernel received its last bytes from the loopback (SO_TIMESTAMPNS: the request is on the wire, however
// late this thread is woken), and when this thread had read it completely. It answers 204.
#include <QElapsedTimer>
#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include <vector>

namespace hooksmith::bench {

class WireReceiver
{
public:
    struct Arrival
    {
        QByteArray body;
        qint64 arrivedAt = 0; ///< read by this receiver: ns on the clock given to the constructor
        qint64 wireAt = 0;    ///< received by the kernel (its last bytes), on the same clock
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
            &m_context,
            [this] {
                delete m_server;
                m_connections.clear();
            },
            Qt::BlockingQueuedConnection);
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
                m_server = new Server(this);
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
    /// Hands each accepted connection's descriptor to the receiver, not to a QTcpSocket: the receiver reads
    /// it with recvmsg() to get the kernel's receive timestamps.
    class Server : public QTcpServer
    {
    public:
        explicit Server(WireReceiver* receiver)
            : m_receiver(receiver)
        {}

    protected:
        void incomingConnection(qintptr fd) override { m_receiver->accept(int(fd)); }

    private:
        WireReceiver* m_receiver;
    };

    struct Connection
    {
        int fd = -1;
        std::unique_ptr<QSocketNotifier> notifier;
        QByteArray buffer;
        ~Connection()
        {
            notifier.reset();
            if (fd >= 0)
                ::close(fd);
        }
    };

    void accept(int fd)
    {
        const int on = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS, &on, sizeof on);
        auto c = std::make_shared<Connection>();
        c->fd = fd;
        c->notifier = std::make_unique<QSocketNotifier>(qintptr(fd), QSocketNotifier::Read);
        QObject::connect(c->notifier.get(), &QSocketNotifier::activated, &m_context,
                         [this, raw = c.get()] { readFrom(*raw); });
        m_connections.push_back(std::move(c));
    }

    void readFrom(Connection& c)
    {
        char data[65536];
        char control[CMSG_SPACE(sizeof(timespec))];
        iovec iov{data, sizeof data};
        msghdr msg{};
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control;
        msg.msg_controllen = sizeof control;
        const ssize_t n = ::recvmsg(c.fd, &msg, MSG_DONTWAIT);
        if (n <= 0) {
            if (n == 0 || (errno != EAGAIN && errno != EINTR))
                c.notifier->setEnabled(false); // closed by the peer
            return;
        }
        const qint64 readAt = m_clock.nsecsElapsed();
        // The kernel's time is on CLOCK_REALTIME: carried over to the clock as its age now.
        qint64 wireAt = readAt;
        for (cmsghdr* h = CMSG_FIRSTHDR(&msg); h; h = CMSG_NXTHDR(&msg, h)) {
            if (h->cmsg_level == SOL_SOCKET && h->cmsg_type == SCM_TIMESTAMPNS) {
                timespec kernel{};
                std::memcpy(&kernel, CMSG_DATA(h), sizeof kernel);
                timespec now{};
                ::clock_gettime(CLOCK_REALTIME, &now);
                const qint64 ageNs =
                    (qint64(now.tv_sec) - qint64(kernel.tv_sec)) * 1000000000 + (now.tv_nsec - kernel.tv_nsec);
                wireAt = readAt - std::max<qint64>(0, ageNs);
            }
        }
        c.buffer.append(data, n);
        while (true) {
            const qsizetype headEnd = c.buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const qsizetype total = headEnd + 4 + contentLength(c.buffer.left(headEnd));
            if (c.buffer.size() < total)
                return;
            {
                QMutexLocker lock(&m_mutex);
                m_arrivals.push_back({c.buffer.mid(headEnd + 4, total - headEnd - 4), readAt, wireAt});
            }
            c.buffer.remove(0, total);
            static const char answer[] = "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n";
            if (::write(c.fd, answer, sizeof answer - 1) < 0)
                c.notifier->setEnabled(false);
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
    Server* m_server = nullptr;                             // lives on m_thread
    std::vector<std::shared_ptr<Connection>> m_connections; // on m_thread
    quint16 m_port = 0;
    QMutex m_mutex;
    std::vector<Arrival> m_arrivals;
};

} // namespace hooksmith::bench

// sd_notify as a service manager sees it: a Unix datagram socket the test binds and names in NOTIFY_SOCKET
// receives READY=1, STATUS=, STOPPING=1, and WATCHDOG=1 at half the watchdog interval while the event loop
// runs (and none while it is stuck).
#include "SystemdNotifier.h"
#include "TestSupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <cstring>
#include <mutex>
#include <sys/socket.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

/// The manager's end: receives datagrams on a thread of its own, so that it keeps reading while the
/// test's event loop is blocked on purpose, and notes when each arrived.
class FakeManager
{
public:
    struct Message
    {
        Clock::time_point at;
        QByteArray text;
    };

    explicit FakeManager(const QString& path)
        : m_path(path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const QByteArray p = QFile::encodeName(path);
        if (m_fd < 0 || size_t(p.size()) >= sizeof addr.sun_path)
            return;
        std::memcpy(addr.sun_path, p.constData(), size_t(p.size()));
        if (::bind(m_fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0)
            return;
        const timeval timeout{0, 20000}; // how often the thread looks at m_stop
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        m_bound = true;
        m_thread = std::thread([this] { receive(); });
    }

    ~FakeManager()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        if (m_fd >= 0)
            ::close(m_fd);
    }

    bool isBound() const { return m_bound; }

    QList<Message> messages() const
    {
        std::lock_guard lock(m_mutex);
        return m_messages;
    }

    QList<QByteArray> texts() const
    {
        QList<QByteArray> out;
        for (const Message& m : messages())
            out.append(m.text);
        return out;
    }

    int count(const QByteArray& text) const { return int(texts().count(text)); }

    /// Waits (running the event loop) until `n` datagrams arrived in all.
    bool waitFor(qsizetype n, int ms = 5000) const
    {
        return QTest::qWaitFor([&] { return messages().size() >= n; }, ms);
    }

    void clear()
    {
        std::lock_guard lock(m_mutex);
        m_messages.clear();
    }

private:
    void receive()
    {
        char buffer[4096];
        while (!m_stop) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n < 0)
                continue;
            std::lock_guard lock(m_mutex);
            m_messages.append({Clock::now(), QByteArray(buffer, n)});
        }
    }

    QString m_path;
    int m_fd = -1;
    bool m_bound = false;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
    mutable std::mutex m_mutex;
    QList<Message> m_messages;
};

} // namespace

class TestSystemdNotify : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeManager> m_manager;
    std::unique_ptr<test::EnvGuard> m_env;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"notify-"_s + QString::fromLatin1(QTest::currentTestFunction()));
        m_manager = std::make_unique<FakeManager>(path);
        QVERIFY2(m_manager->isBound(), qPrintable(u"cannot bind a datagram socket at "_s + path));
        m_env = std::make_unique<test::EnvGuard>();
        m_env->set(u"NOTIFY_SOCKET"_s, path);
        m_env->set(u"WATCHDOG_USEC"_s, std::nullopt);
        m_env->set(u"WATCHDOG_PID"_s, std::nullopt);
    }

    void cleanup()
    {
        m_env.reset();
        m_manager.reset();
    }

    void announcesReadyStatusAndStopping()
    {
        SystemdNotifier notifier;
        QSignalSpy failures(&notifier, &SystemdNotifier::failed);
        QVERIFY(notifier.isActive());
        notifier.ready();
        notifier.ready(u"relay: reading board lines from stdin"_s);
        notifier.status(u"relay: 12 delivered, 0 failed; Wärme ☃"_s);
        notifier.stopping();
        notifier.stopping(u"relay: SIGTERM: stopping"_s);
        QVERIFY(m_manager->waitFor(5));
        QCOMPARE(m_manager->texts(), (QList<QByteArray>{
                                         "READY=1",
                                         "READY=1\nSTATUS=relay: reading board lines from stdin",
                                         "STATUS=relay: 12 delivered, 0 failed; W\xc3\xa4rme \xe2\x98\x83",
                                         "STOPPING=1",
                                         "STOPPING=1\nSTATUS=relay: SIGTERM: stopping",
                                     }));
        QCOMPARE(failures.size(), 0);
        // Left in the environment, for the processes a test starts.
        QVERIFY(qEnvironmentVariableIsSet("NOTIFY_SOCKET"));
    }

    void statusCannotSmuggleAssignments()
    {
        SystemdNotifier notifier;
        notifier.status(u"device said: done\nREADY=1\r\nWATCHDOG=trigger"_s);
        QVERIFY(m_manager->waitFor(1));
        QCOMPARE(m_manager->texts(), QList<QByteArray>{"STATUS=device said: done READY=1  WATCHDOG=trigger"});
    }

    void watchdogPingsAtHalfTheInterval()
    {
        m_env->set(u"WATCHDOG_USEC"_s, u"200000"_s);
        SystemdNotifier notifier;
        QCOMPARE(notifier.startWatchdog(), std::chrono::microseconds(200000));
        // One at once, then every 100 ms while the loop runs: at least two more within a second.
        QVERIFY(m_manager->waitFor(1, 1000));
        QCOMPARE(m_manager->texts().front(), QByteArray("WATCHDOG=1"));
        QVERIFY(m_manager->waitFor(3, 1000));
        QCOMPARE(m_manager->count("WATCHDOG=1"), m_manager->messages().size());

        // A stuck event loop sends nothing: that is how systemd notices it.
        const Clock::time_point stuck = Clock::now();
        std::this_thread::sleep_for(600ms);
        const Clock::time_point unstuck = Clock::now();
        for (const auto& m : m_manager->messages())
            QVERIFY2(m.at < stuck + 50ms || m.at >= unstuck, "a watchdog ping while the event loop was blocked");
        const qsizetype afterwards = m_manager->messages().size();
        QVERIFY(m_manager->waitFor(afterwards + 2, 1000));
    }

    void watchdogForOurPid()
    {
        m_env->set(u"WATCHDOG_USEC"_s, u"200000"_s);
        m_env->set(u"WATCHDOG_PID"_s, QString::number(::getpid()));
        SystemdNotifier notifier;
        QCOMPARE(notifier.startWatchdog(), std::chrono::microseconds(200000));
        QVERIFY(m_manager->waitFor(3, 1000));
    }

    void noWatchdogWhenNotAskedOrMeantForAnother()
    {
        SystemdNotifier notifier;
        QCOMPARE(notifier.startWatchdog(), std::chrono::microseconds(0));
        m_env->set(u"WATCHDOG_USEC"_s, u"200000"_s);
        m_env->set(u"WATCHDOG_PID"_s, QString::number(::getpid() + 1));
        QCOMPARE(notifier.startWatchdog(), std::chrono::microseconds(0));
        notifier.status(u"marker"_s); // anything sent before it would arrive first
        QVERIFY(m_manager->waitFor(1));
        QTest::qWait(300);
        QCOMPARE(m_manager->texts(), QList<QByteArray>{"STATUS=marker"});
    }

    void withoutManagerNothingHappens()
    {
        m_env->set(u"NOTIFY_SOCKET"_s, std::nullopt);
        m_env->set(u"WATCHDOG_USEC"_s, u"200000"_s);
        SystemdNotifier notifier;
        QSignalSpy failures(&notifier, &SystemdNotifier::failed);
        QVERIFY(!notifier.isActive());
        notifier.ready(u"up"_s);
        notifier.status(u"running"_s);
        QCOMPARE(notifier.startWatchdog(), std::chrono::microseconds(0));
        notifier.stopping();
        QTest::qWait(300);
        QCOMPARE(failures.size(), 0);
        QVERIFY(m_manager->messages().isEmpty());
    }

    void reportsAManagerItCannotReach()
    {
        const QString missing = m_dir.filePath(u"no-such-dir/notify"_s);
        m_env->set(u"NOTIFY_SOCKET"_s, missing);
        SystemdNotifier notifier;
        QSignalSpy failures(&notifier, &SystemdNotifier::failed);
        notifier.ready();
        notifier.status(u"again"_s);
        QCOMPARE(failures.size(), 1); // once, not at every notification
        const QString message = failures.front().front().toString();
        QVERIFY2(message.startsWith(u"cannot notify systemd through "_s + missing + u": "_s), qPrintable(message));
        QVERIFY2(message.contains(u"No such file or directory"_s), qPrintable(message));

        // Reachable again, then lost again: reported again.
        const QString path = m_dir.filePath(u"notify-reportsAManagerItCannotReach"_s);
        m_env->set(u"NOTIFY_SOCKET"_s, path);
        notifier.status(u"back"_s);
        QVERIFY(m_manager->waitFor(1));
        m_env->set(u"NOTIFY_SOCKET"_s, missing);
        notifier.status(u"lost"_s);
        QCOMPARE(failures.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSystemdNotify)
#include "tst_systemd_notify.moc"

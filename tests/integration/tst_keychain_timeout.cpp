// A keychain that stops answering: a real gnome-keyring-daemon, stopped with SIGSTOP, on a D-Bus session
// bus of this test's own. Private, so that stopping it never holds up another test's keychain (ctest
// runs tests side by side) or the keyring of a desktop session.
#include "KeychainSecretStore.h"
#include "SecretsTestSupport.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace std::chrono_literals;

namespace {

const QString kSecretService = u"org.freedesktop.secrets"_s;

/// A D-Bus session bus and an unlocked gnome-keyring-daemon on it, both children of the test.
class PrivateKeyring
{
public:
    ~PrivateKeyring()
    {
        resume();
        for (QProcess* p : {&m_keyring, &m_bus}) {
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                if (!p->waitForFinished(5000))
                    p->kill();
                p->waitForFinished(5000);
            }
        }
        QDBusConnection::disconnectFromBus(u"private-keyring"_s);
    }

    /// Empty when it is running; otherwise why not.
    QString start()
    {
        if (!m_dir.isValid())
            return u"no temporary folder"_s;
        for (const QString& program : {u"dbus-daemon"_s, u"gnome-keyring-daemon"_s}) {
            if (QStandardPaths::findExecutable(program).isEmpty())
                return program + u" is not installed (Debian packages dbus and gnome-keyring)"_s;
        }
        m_bus.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        if (!m_bus.waitForStarted(10000))
            return u"dbus-daemon did not start: "_s + m_bus.errorString();
        QElapsedTimer waited;
        waited.start();
        while (!m_bus.canReadLine() && waited.elapsed() < 10000)
            m_bus.waitForReadyRead(100);
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
        if (m_address.isEmpty())
            return u"dbus-daemon printed no address"_s;

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_address);
        // The keyring's files and control socket stay in the test's folder.
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.path());
        m_keyring.setProcessEnvironment(env);
        m_keyring.start(u"gnome-keyring-daemon"_s, {u"--foreground"_s, u"--unlock"_s, u"--components=secrets"_s});
        if (!m_keyring.waitForStarted(10000))
            return u"gnome-keyring-daemon did not start: "_s + m_keyring.errorString();
        m_keyring.write("hooksmith-test");
        m_keyring.closeWriteChannel();

        QDBusConnection bus = QDBusConnection::connectToBus(m_address, u"private-keyring"_s);
        if (!bus.isConnected())
            return u"cannot connect to the private bus: "_s + bus.lastError().message();
        if (!QTest::qWaitFor([&] { return bus.interface()->isServiceRegistered(kSecretService).value(); }, 10000))
            return u"gnome-keyring-daemon did not offer the Secret Service within 10 s"_s;
        const uint owner = bus.interface()->servicePid(kSecretService).value();
        if (qint64(owner) != m_keyring.processId())
            return u"the Secret Service on the private bus is not the daemon this test started"_s;
        return {};
    }

    QString address() const { return m_address; }

    /// The Secret Service stops answering: its requests wait on the bus.
    void pause()
    {
        ::kill(pid_t(m_keyring.processId()), SIGSTOP);
        m_paused = true;
    }

    void resume()
    {
        if (m_paused)
            ::kill(pid_t(m_keyring.processId()), SIGCONT);
        m_paused = false;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
    bool m_paused = false;
};

/// The answer of one request, and how long it took.
template <typename T>
struct Answer
{
    std::optional<T> result;
    int calls = 0;
    qint64 afterMs = -1;
};

Result<std::optional<QString>> readNow(SecretStore& store, const SecretKey& key)
{
    std::optional<Result<std::optional<QString>>> result;
    store.read(key, [&](Result<std::optional<QString>> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return Error(u"the keychain did not answer within 30 s"_s);
    return std::move(*result);
}

Status writeNow(SecretStore& store, const SecretKey& key, const QString& value)
{
    std::optional<Status> result;
    store.write(key, value, [&](Status st) { result.emplace(std::move(st)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return Error(u"the keychain did not answer within 30 s"_s);
    return std::move(*result);
}

const QString kTimedOut = u"the keychain did not answer within 0.5 s"_s;

} // namespace

class TestKeychainTimeout : public QObject
{
    Q_OBJECT

    std::unique_ptr<PrivateKeyring> m_keyring;
    QString m_scope;

    SecretKey key(const QString& webhookId) const { return SecretKey{m_scope, webhookId, SecretKey::Field::Password}; }

private Q_SLOTS:
    void initTestCase()
    {
        m_keyring = std::make_unique<PrivateKeyring>();
        const QString why = m_keyring->start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        // This process's keychain jobs, and the CLI's below, talk to the private bus only.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_keyring->address().toUtf8());
        m_scope = u"timeout-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

        KeychainSecretStore store;
        QCOMPARE(store.timeLimit(), 5000ms);
        QVERIFY(writeNow(store, key(u"warm-up"_s), u"ok"_s).ok());
        QVERIFY2(store.isPersistent(), qPrintable(store.unavailableReason()));
    }

    void cleanup()
    {
        if (m_keyring)
            m_keyring->resume();
    }

    void requestsFailAfterTheLimitAndTheQueueMovesOn()
    {
        KeychainSecretStore store(nullptr, 500ms);
        QSignalSpy persistence(&store, &SecretStore::persistenceChanged);
        const SecretKey k = key(u"queued"_s);
        QVERIFY(writeNow(store, k, u"before"_s).ok());

        m_keyring->pause();
        QElapsedTimer clock;
        clock.start();
        Answer<Result<std::optional<QString>>> firstRead;
        Answer<Status> write;
        Answer<Result<std::optional<QString>>> secondRead;
        Answer<Status> otherKeyWrite;
        // Three requests on one key run one after another, each with its own limit; a request on
        // another key waits for nothing of theirs.
        store.read(k, [&](Result<std::optional<QString>> r) {
            firstRead.result.emplace(std::move(r));
            ++firstRead.calls;
            firstRead.afterMs = clock.elapsed();
        });
        store.write(k, u"during"_s, [&](Status st) {
            write.result.emplace(std::move(st));
            ++write.calls;
            write.afterMs = clock.elapsed();
        });
        store.read(k, [&](Result<std::optional<QString>> r) {
            secondRead.result.emplace(std::move(r));
            ++secondRead.calls;
            secondRead.afterMs = clock.elapsed();
        });
        store.write(key(u"other"_s), u"x"_s, [&](Status st) {
            otherKeyWrite.result.emplace(std::move(st));
            ++otherKeyWrite.calls;
            otherKeyWrite.afterMs = clock.elapsed();
        });
        QTRY_VERIFY_WITH_TIMEOUT(secondRead.result.has_value(), 10000);
        QVERIFY(firstRead.result && write.result && otherKeyWrite.result);

        QVERIFY(!firstRead.result->ok());
        QVERIFY2(firstRead.result->errorMessage().startsWith(kTimedOut), qPrintable(firstRead.result->errorMessage()));
        QVERIFY2(firstRead.result->errorMessage().contains(u"unlock or restart it and try again"_s),
                 qPrintable(firstRead.result->errorMessage()));
        QVERIFY(!write.result->ok());
        QVERIFY2(write.result->errorMessage().startsWith(kTimedOut), qPrintable(write.result->errorMessage()));
        QVERIFY(write.result->errorMessage().contains(u"the change may still be made"_s));
        QVERIFY(!secondRead.result->ok());
        QVERIFY(secondRead.result->errorMessage().startsWith(kTimedOut));
        QVERIFY(!otherKeyWrite.result->ok());
        QVERIFY(otherKeyWrite.result->errorMessage().startsWith(kTimedOut));

        // Not before the limit (coarse timers may fire up to 5% early), and one limit after another: the n-th
        // request on the key ends no sooner than n limits after the first began. (A callback may run late on a
        // busy machine, after the next request's limit has started, so the gap between two callbacks says less.)
        QVERIFY2(firstRead.afterMs >= 475 && firstRead.afterMs < 3000, qPrintable(QString::number(firstRead.afterMs)));
        QVERIFY2(otherKeyWrite.afterMs >= 475 && otherKeyWrite.afterMs < 3000,
                 qPrintable(QString::number(otherKeyWrite.afterMs)));
        QVERIFY2(write.afterMs >= 2 * 475 && write.afterMs >= firstRead.afterMs,
                 qPrintable(QString::number(write.afterMs)));
        QVERIFY2(secondRead.afterMs >= 3 * 475 && secondRead.afterMs >= write.afterMs && secondRead.afterMs < 6000,
                 qPrintable(QString::number(secondRead.afterMs)));

        // A keychain that does not answer is not a missing keychain: nothing moves to memory.
        QVERIFY(store.isPersistent());
        QCOMPARE(persistence.count(), 0);

        m_keyring->resume();
        // The abandoned jobs now finish one by one; their answers are dropped, and the store works.
        const auto after = readNow(store, k);
        QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.errorMessage()));
        // QtKeychain still ran the abandoned write, in order, once the keychain answered: the reason
        // the timeout message of a write says that the change may still be made.
        QCOMPARE(after.value(), u"during"_s);
        QVERIFY(writeNow(store, k, u"after"_s).ok());
        QCOMPARE(readNow(store, k).value(), u"after"_s);
        QCOMPARE(firstRead.calls, 1);
        QCOMPARE(write.calls, 1);
        QCOMPARE(secondRead.calls, 1);
        QCOMPARE(otherKeyWrite.calls, 1);
        QVERIFY(store.isPersistent());
        QCOMPARE(persistence.count(), 0);
    }

    void aStoreDestroyedWithJobsUnderWayIgnoresTheirAnswers()
    {
        int answers = 0;
        m_keyring->pause();
        {
            // Destroyed before the limit: the job is still waiting for the keychain.
            KeychainSecretStore store(nullptr, 500ms);
            store.read(key(u"destroyed-early"_s), [&](const Result<std::optional<QString>>&) { ++answers; });
            QTest::qWait(100);
        }
        {
            // Destroyed after the limit: the request failed, the job is abandoned but not finished.
            KeychainSecretStore store(nullptr, 200ms);
            bool failed = false;
            store.write(key(u"destroyed-late"_s), u"x"_s, [&](const Status& st) {
                failed = !st.ok();
                ++answers;
            });
            QTRY_VERIFY_WITH_TIMEOUT(failed, 5000);
        }
        QCOMPARE(answers, 1);
        m_keyring->resume();
        // The keychain answers the abandoned jobs now: nothing reaches the destroyed stores.
        KeychainSecretStore store;
        QVERIFY(writeNow(store, key(u"destroyed-after"_s), u"fine"_s).ok());
        QCOMPARE(readNow(store, key(u"destroyed-after"_s)).value(), u"fine"_s);
        QCOMPARE(answers, 1);
    }

    void cliSecretGetAndSetEndWithTheTimeout()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"ws.hooksmith.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::secretsWorkspace(m_scope));
        f.close();
        const QString cli = test::builtProgram(u"bin/hooksmith-cli"_s);
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // the private bus
        const QStringList target{path, u"-w"_s, u"Door"_s, u"--field"_s, u"password"_s};

        m_keyring->pause();
        QElapsedTimer clock;
        clock.start();
        const test::ChildResult get = test::runChild(cli, QStringList{u"secret"_s, u"get"_s} + target, env);
        QVERIFY(get.finished);
        QCOMPARE(get.code, 2);
        QCOMPARE(get.out, QString());
        QVERIFY2(get.err.contains(u"could not be read: the keychain did not answer within 5 s"_s), qPrintable(get.err));
        const test::ChildResult set =
            test::runChild(cli, QStringList{u"secret"_s, u"set"_s} + target, env, "n3w-s3cr3t");
        QVERIFY(set.finished);
        QCOMPARE(set.code, 2);
        QVERIFY2(set.err.contains(u"was not saved: the keychain did not answer within 5 s"_s), qPrintable(set.err));
        QVERIFY(!set.err.contains(u"n3w-s3cr3t"_s));
        // Each waited for the default limit, not for ever.
        QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed())));
        m_keyring->resume();

        // The keychain answers again, and the value the timed-out set carried never reached it.
        const test::ChildResult again = test::runChild(cli, QStringList{u"secret"_s, u"get"_s} + target, env);
        QVERIFY(again.finished);
        QCOMPARE(again.code, 2);
        QVERIFY2(again.err.contains(u"is not set"_s), qPrintable(again.err));
    }
};

QTEST_GUILESS_MAIN(TestKeychainTimeout)
#include "tst_keychain_timeout.moc"

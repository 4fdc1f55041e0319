// What happens when the OS has no keychain: child processes run without a D-Bus session (as on a
// server or in a container), and a stand-in bus shows whether a command tries to reach the keychain.
#include "SecretsTestSupport.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

/// Environment of a machine without a keychain: no session bus, no display, and a private home so
/// that the test can look at every file the child writes.
QProcessEnvironment withoutKeychain(const QTemporaryDir& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {u"DBUS_SESSION_BUS_ADDRESS"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        env.remove(name);
    const QDir dir(home.path());
    const QList<std::pair<QString, QString>> locations{
        {u"HOME"_s, u"."_s},
        {u"XDG_CONFIG_HOME"_s, u".config"_s},
        {u"XDG_DATA_HOME"_s, u".local/share"_s},
        {u"XDG_STATE_HOME"_s, u".local/state"_s},
        {u"XDG_CACHE_HOME"_s, u".cache"_s},
        // Also where D-Bus looks for a session bus when no address is given.
        {u"XDG_RUNTIME_DIR"_s, u"run"_s},
        {u"HOOKSMITH_DATA_DIR"_s, u"data"_s},
    };
    for (const auto& [name, relative] : locations) {
        dir.mkpath(relative);
        env.insert(name, QDir::cleanPath(dir.filePath(relative)));
    }
    QFile::setPermissions(dir.filePath(u"run"_s),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return env;
}

QHash<QString, QString> keyValues(const QString& text)
{
    QHash<QString, QString> values;
    for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            values.insert(line.left(eq), line.mid(eq + 1));
    }
    return values;
}

bool writeWorkspace(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write(test::secretsWorkspace(u"alice"_s)) > 0;
}

} // namespace

class TestNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storeKeepsSecretsInMemoryAndWritesNothing()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = withoutKeychain(home);
        const QString secret = test::uniqueSecret();
        env.insert(u"HOOKSMITH_PROBE_SECRET"_s, secret);

        const test::ChildResult r =
            test::runChild(test::builtProgram(u"tests/hooksmith_secret_probe"_s), {u"scope-x"_s}, env);
        QVERIFY(r.finished);
        QCOMPARE(r.code, 0);
        const auto v = keyValues(r.out);
        // Every request completes, from memory, in call order.
        QCOMPARE(v.value(u"write1"_s), u"ok"_s);
        QCOMPARE(v.value(u"write2"_s), u"ok"_s);
        QCOMPARE(v.value(u"read"_s), u"matches"_s);
        QCOMPARE(v.value(u"remove"_s), u"ok"_s);
        QCOMPARE(v.value(u"after-remove"_s), u"missing"_s);
        QCOMPARE(v.value(u"order"_s), u"write1,write2,read"_s);
        // The store says so, once, in a sentence for a person.
        QCOMPARE(v.value(u"persistent"_s), u"0"_s);
        QCOMPARE(v.value(u"signals"_s), u"1"_s);
        const QString reason = v.value(u"reason"_s);
        QVERIFY2(reason.startsWith(u"No keychain is available ("_s), qPrintable(reason));
        QVERIFY2(
            reason.endsWith(u"secrets are kept in memory until Hooksmith quits, and nothing is written to disk."_s),
            qPrintable(reason));
        QVERIFY2(reason.contains(u"D-Bus"_s), qPrintable(reason));

        // The value appears nowhere: not in the output, not in any file under the child's home.
        QVERIFY(!r.out.contains(secret));
        QVERIFY(!r.err.contains(secret));
        QCOMPARE(test::filesContaining(home.path(), secret), QStringList{});
    }

    void probeFindsOutThatThereIsNoKeychain()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const test::ChildResult r = test::runChild(test::builtProgram(u"tests/hooksmith_secret_probe"_s),
                                                   {u"--probe"_s}, withoutKeychain(home));
        QVERIFY(r.finished);
        QCOMPARE(r.code, 0);
        const auto v = keyValues(r.out);
        QCOMPARE(v.value(u"signals"_s), u"1"_s);
        QCOMPARE(v.value(u"persistent"_s), u"0"_s);
    }

    void secretSetWithoutKeychainSavesNothing()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString path = home.filePath(u"ws.hooksmith.json"_s);
        QVERIFY(writeWorkspace(path));
        const QString secret = test::uniqueSecret();
        const test::ChildResult r =
            test::runChild(test::builtProgram(u"bin/hooksmith-cli"_s),
                           {u"secret"_s, u"set"_s, path, u"-w"_s, u"Door"_s, u"--field"_s, u"password"_s},
                           withoutKeychain(home), secret.toUtf8());
        QVERIFY(r.finished);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"the password of webhook \"Door\" was not saved. No keychain is available ("_s),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(u"{{env:NAME}}"_s), qPrintable(r.err));
        QVERIFY(!r.out.contains(secret) && !r.err.contains(secret));
        QCOMPARE(test::filesContaining(home.path(), secret), QStringList{});

        const test::ChildResult get = test::runChild(
            test::builtProgram(u"bin/hooksmith-cli"_s),
            {u"secret"_s, u"get"_s, path, u"-w"_s, u"Door"_s, u"--field"_s, u"password"_s}, withoutKeychain(home));
        QCOMPARE(get.code, 2);
        QVERIFY2(get.err.contains(u"cannot be read. No keychain is available"_s), qPrintable(get.err));
    }

    void maskedRenderNeverTouchesTheKeychain()
    {
        // A stand-in session bus: it counts connections and hangs up at once, like a broken bus.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString path = home.filePath(u"ws.hooksmith.json"_s);
        QVERIFY(writeWorkspace(path));
        QLocalServer bus;
        QVERIFY(bus.listen(home.filePath(u"bus"_s)));
        int connections = 0;
        connect(&bus, &QLocalServer::newConnection, this, [&] {
            while (QLocalSocket* s = bus.nextPendingConnection()) {
                ++connections;
                s->abort();
                s->deleteLater();
            }
        });
        QProcessEnvironment env = withoutKeychain(home);
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + bus.fullServerName());

        const QString cli = test::builtProgram(u"bin/hooksmith-cli"_s);
        const QStringList render{u"render"_s, path, u"-w"_s, u"Door"_s, u"-s"_s, u"1"_s, u"-v"_s, u"20"_s};
        const test::ChildResult masked = test::runChild(cli, render, env);
        QVERIFY(masked.finished);
        QCOMPARE(masked.code, 0);
        QVERIFY2(masked.out.contains(u"Authorization: Basic ****\n"_s), qPrintable(masked.out + masked.err));
        QCOMPARE(connections, 0);

        // The control: --show-secrets does go to the bus, and says plainly that there is no keychain.
        const test::ChildResult shown = test::runChild(cli, render + QStringList{u"--show-secrets"_s}, env);
        QVERIFY(shown.finished);
        QCOMPARE(shown.code, 2);
        QVERIFY2(shown.err.contains(u"the secrets of webhook \"Door\" cannot be read. No keychain is available ("_s),
                 qPrintable(shown.err));
        QVERIFY(connections > 0);
    }
};

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"

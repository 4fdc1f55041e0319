#include "TestSupport.h"

#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

QString demo()
{
    return test::sourcePath(u"resources/demo/demo.hooksmith.json"_s);
}

/// A workspace whose webhook "Door" reads its password, a header and a body value from the environment,
/// and sends to `url`.
QString writeEnvWorkspace(const QTemporaryDir& dir, const QString& url)
{
    const QString path = dir.filePath(u"env.hooksmith.json"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QStringLiteral(R"({
  "hooksmith": 1,
  "webhooks": [
    { "id": "4b0f6a52-1d1e-4c55-9a52-5f2f3b0c0101", "name": "Door", "url": "%1", "method": "POST", "format": "json",
      "body": [ { "key": "room", "value": "{{env:HOOK_ROOM}}" },
                { "key": "old", "value": "{{env:HOOK_DISABLED_ROW}}", "enabled": false } ],
      "headers": [ { "name": "X-Token", "value": "{{ env:HOOK_TOKEN }}" } ],
      "auth": { "type": "basic", "username": "bob", "password": "{{env:HOOK_PASSWORD}}" },
      "delivery": { "max_attempts": 1, "timeout_ms": 2000 } }
  ]
}
)")
                .arg(url)
                .toUtf8());
    return path;
}

QStringList signalArgs()
{
    return {u"-w"_s, u"Door"_s, u"-s"_s, u"1"_s, u"-v"_s, u"20"_s};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageAndVersion()
    {
        const auto none = test::runCli({});
        QCOMPARE(none.code, 2);
        QVERIFY(none.err.contains(u"Usage: hooksmith-cli COMMAND"));
        const auto help = test::runCli({u"--help"_s});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(u"validate"));
        QVERIFY(help.out.contains(u"render"));
        const auto version = test::runCli({u"--version"_s});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(u"hooksmith-cli "_s));
        const auto unknown = test::runCli({u"frobnicate"_s});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(u"unknown command \"frobnicate\""));
    }

    void everyCommandAnswersHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("usage");
        QTest::newRow("validate") << u"validate"_s << u"Usage: hooksmith-cli validate [options] WORKSPACE"_s;
        QTest::newRow("render") << u"render"_s
                                << u"Usage: hooksmith-cli render [options] WORKSPACE -w WEBHOOK -s SIGNAL -v VALUE"_s;
    }

    void everyCommandAnswersHelp()
    {
        QFETCH(QString, command);
        QFETCH(QString, usage);
        const auto r = test::runCli({command, u"--help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(usage), qPrintable(r.out));
        QVERIFY(r.out.contains(u"--help"));
    }

    void renderUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no workspace") << QStringList{u"render"_s, u"-w"_s, u"x"_s, u"-s"_s, u"1"_s, u"-v"_s, u"1"_s}
                                      << u"give exactly one WORKSPACE file"_s;
        QTest::newRow("no webhook") << QStringList{u"render"_s, demo(), u"-s"_s, u"1"_s, u"-v"_s, u"1"_s}
                                    << u"-w is required"_s;
        QTest::newRow("no value") << QStringList{u"render"_s, demo(), u"-w"_s, u"Local receiver"_s, u"-s"_s, u"1"_s}
                                  << u"-v is required"_s;
        QTest::newRow("unknown option") << QStringList{u"render"_s, demo(), u"--frob"_s} << u"Unknown option 'frob'"_s;
        QTest::newRow("missing option value")
            << QStringList{u"render"_s, demo(), u"-w"_s} << u"Missing value after '-w'"_s;
        QTest::newRow("bad time") << QStringList{u"render"_s, demo(),  u"-w"_s, u"Local receiver"_s, u"-s"_s,
                                                 u"1"_s,      u"-v"_s, u"1"_s,  u"--at"_s,           u"yesterday"_s}
                                  << u"--at: \"yesterday\" is not an ISO 8601 time"_s;
        QTest::newRow("unknown device") << QStringList{u"render"_s, demo(),    u"-w"_s, u"Local receiver"_s,
                                                       u"-d"_s,     u"nope"_s, u"-s"_s, u"1"_s,
                                                       u"-v"_s,     u"1"_s}
                                        << u"no device named \"nope\""_s;
        QTest::newRow("missing file") << QStringList{u"render"_s, u"/nonexistent.json"_s,
                                                     u"-w"_s,     u"x"_s,
                                                     u"-s"_s,     u"1"_s,
                                                     u"-v"_s,     u"1"_s}
                                      << u"/nonexistent.json: cannot open the file"_s;
    }

    void renderUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto r = test::runCli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.out, QString());
    }

    void secretUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString ws = test::sourcePath(u"docs/examples/environments.hooksmith.json"_s);
        QTest::newRow("neither") << QStringList{u"secret"_s, u"get"_s, ws} << u"-w or --var is required"_s;
        QTest::newRow("both") << QStringList{u"secret"_s,       u"get"_s,   ws,          u"-w"_s,
                                             u"Room reading"_s, u"--var"_s, u"API_KEY"_s}
                              << u"give -w (a webhook's secret) or --var (a secret variable), not both"_s;
        QTest::newRow("field with var") << QStringList{u"secret"_s,  u"get"_s,     ws,           u"--var"_s,
                                                       u"API_KEY"_s, u"--field"_s, u"password"_s}
                                        << u"--field goes with -w"_s;
        QTest::newRow("unknown environment")
            << QStringList{u"secret"_s, u"get"_s, ws, u"--env"_s, u"Staging"_s, u"--var"_s, u"API_KEY"_s}
            << u"--env: no environment named \"Staging\" (the workspace has \"Local\", \"Production\")"_s;
        QTest::newRow("unknown variable")
            << QStringList{u"secret"_s, u"get"_s, ws, u"--env"_s, u"Production"_s, u"--var"_s, u"API"_s}
            << u"--var: environment \"Production\" has no variable API (it has BASE_URL, ROOM, API_KEY)"_s;
        QTest::newRow("no environments") << QStringList{u"secret"_s, u"get"_s, demo(), u"--var"_s, u"API_KEY"_s}
                                         << u"the workspace has no environments, so it has no variable API_KEY"_s;
        QTest::newRow("reveal with set") << QStringList{u"secret"_s,     u"set"_s,   ws,           u"--env"_s,
                                                        u"Production"_s, u"--var"_s, u"API_KEY"_s, u"--reveal"_s}
                                         << u"--reveal only goes with get"_s;
    }

    // Usage errors are found before the keychain is opened, so they need none.
    void secretUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto r = test::runCli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.out, QString());
    }

    void negativeValueIsAValueNotAnOption()
    {
        const auto r =
            test::runCli({u"render"_s, demo(), u"-w"_s, u"Local receiver"_s, u"-s"_s, u"1"_s, u"-v"_s, u"-5.5"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"\"payload\":-5.5}"), qPrintable(r.out + r.err));
    }

    void validateDemo()
    {
        const auto r = test::runCli({u"validate"_s, demo()});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"valid (6 webhook(s), 2 device(s), 3 signal definition(s))"));
    }

    void renderWarnsAboutEveryUnsetVariable()
    {
        QTemporaryDir dir;
        const QString path = writeEnvWorkspace(dir, u"https://hooks.example.com/door"_s);
        QVERIFY(!path.isEmpty());
        test::EnvGuard env;
        env.set(u"HOOK_ROOM"_s, u"hall"_s);
        env.set(u"HOOK_TOKEN"_s, std::nullopt);
        env.set(u"HOOK_PASSWORD"_s, std::nullopt);
        env.set(u"HOOK_DISABLED_ROW"_s, std::nullopt);

        const auto r = test::runCli(QStringList{u"render"_s, path} + signalArgs());
        QCOMPARE(r.code, 0);
        const QString subject = path + u": webhook \"Door\": "_s;
        QCOMPARE(r.err, subject +
                            u"headers[0].value: the environment variable HOOK_TOKEN is not set; send and relay "
                            "will fail\n"_s +
                            subject +
                            u"auth.password: the environment variable HOOK_PASSWORD is not set; send and "
                            "relay will fail\n"_s);
        // The request is still shown, environment values masked as always; the disabled row is not sent.
        QVERIFY2(r.out.startsWith(u"POST /door HTTP/1.1\nHost: hooks.example.com\n"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Authorization: Basic ****\n"_s));
        QVERIFY(r.out.contains(u"X-Token: ****\n"_s));
        QVERIFY(r.out.endsWith(u"{\"room\":\"****\"}\n"_s));

        // Set, nothing is said.
        env.set(u"HOOK_TOKEN"_s, u"t"_s);
        env.set(u"HOOK_PASSWORD"_s, u""_s);
        const auto quiet = test::runCli(QStringList{u"render"_s, path} + signalArgs());
        QCOMPARE(quiet.code, 0);
        QCOMPARE(quiet.err, QString());
        QCOMPARE(quiet.out, r.out);

        // --show-secrets shows the request as sent, which an unset variable makes impossible.
        env.set(u"HOOK_ROOM"_s, std::nullopt);
        const auto shown = test::runCli(QStringList{u"render"_s, path, u"--show-secrets"_s} + signalArgs());
        QCOMPARE(shown.code, 2);
        QCOMPARE(shown.out, QString());
        QCOMPARE(shown.err, subject + u"body[0].value: the environment variable HOOK_ROOM is not set\n"_s);
    }

    void renderCannotShowAUrlWhoseHostIsUnset()
    {
        QTemporaryDir dir;
        const QString path = writeEnvWorkspace(dir, u"{{env:HOOK_BASE_URL}}/door"_s);
        test::EnvGuard env({{u"HOOK_ROOM"_s, u"hall"_s}, {u"HOOK_TOKEN"_s, u"t"_s}, {u"HOOK_PASSWORD"_s, u"p"_s}});
        env.set(u"HOOK_BASE_URL"_s, std::nullopt);
        const auto r = test::runCli(QStringList{u"render"_s, path} + signalArgs());
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        const QString subject = path + u": webhook \"Door\": "_s;
        QCOMPARE(r.err, subject +
                            u"url: the environment variable HOOK_BASE_URL is not set; send and relay will "
                            "fail\n"_s +
                            subject + u"url: the environment variable HOOK_BASE_URL is not set\n"_s);
    }

    void sendRefusesBeforeSending()
    {
        QTcpServer receiver;
        QVERIFY(receiver.listen(QHostAddress::LocalHost));
        QTemporaryDir dir;
        const QString path = writeEnvWorkspace(dir, u"http://127.0.0.1:%1/door"_s.arg(receiver.serverPort()));
        test::EnvGuard env;
        env.set(u"HOOK_ROOM"_s, std::nullopt);
        env.set(u"HOOK_TOKEN"_s, u"t"_s);
        env.set(u"HOOK_PASSWORD"_s, std::nullopt);

        const auto r = test::runCli(QStringList{u"send"_s, path} + signalArgs());
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        const QString subject = path + u": webhook \"Door\": "_s;
        QCOMPARE(r.err, subject +
                            u"body[0].value: the environment variable HOOK_ROOM is not set; nothing was sent\n"_s +
                            subject +
                            u"auth.password: the environment variable HOOK_PASSWORD is not set; nothing "
                            "was sent\n"_s);
        QTest::qWait(100);
        QVERIFY(!receiver.hasPendingConnections());
    }

    void theExecutableRunsTheSameCommands()
    {
        const QString exe = test::binaryPath(u"bin/hooksmith-cli"_s);
        QProcess p;
        p.start(exe, {u"render"_s, demo(), u"-w"_s, u"Local receiver"_s, u"-s"_s, u"1"_s, u"-v"_s, u"23.5"_s});
        QVERIFY2(p.waitForFinished(10000), qPrintable(exe));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY(out.startsWith("POST /hooks/3f0e7a8e-5c2b-4a19-9d41-0b6f2c8e7a51 HTTP/1.1\nHost: 127.0.0.1:8471\n"));
        QVERIFY(out.endsWith("\"signal\":1,\"payload\":23.5}\n"));

        p.start(exe, {u"validate"_s, u"/nonexistent.json"_s});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("cannot open the file"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

// `hooksmith-cli import` as a real child process: printing, --into a workspace (valid, malformed, newer),
// standard input, errors, and a basic authentication password that is never printed or written to a file.
#include "SecretsTestSupport.h"
#include "TestSupport.h"
#include "WorkspaceFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

test::ChildResult cli(const QStringList& args, const QByteArray& input = {},
                      const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    return test::runChild(test::builtProgram(u"bin/hooksmith-cli"_s), args, env, input);
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

/// No session bus and a private home: a machine without a keychain.
QProcessEnvironment withoutKeychain(const QTemporaryDir& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    const QDir dir(home.path());
    for (const auto& [name, relative] : QList<std::pair<QString, QString>>{{u"HOME"_s, u"."_s},
                                                                           {u"XDG_RUNTIME_DIR"_s, u"run"_s},
                                                                           {u"XDG_DATA_HOME"_s, u"share"_s},
                                                                           {u"XDG_CONFIG_HOME"_s, u"config"_s}}) {
        dir.mkpath(relative);
        env.insert(name, QDir::cleanPath(dir.filePath(relative)));
    }
    QFile::setPermissions(dir.filePath(u"run"_s),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return env;
}

const QString kCurl =
    u"curl 'https://hooks.example.com/in/{{DEVICE_TOKEN}}?room=hall' \\\n"
    "  -H 'X-Source: board' --json '{\"device\": \"{{DEVICE_TOKEN}}\", \"v\": {{MESSAGE_PAYLOAD}}}'"_s;

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsAWorkspace()
    {
        const auto r = cli({u"import"_s, u"curl"_s, kCurl});
        QVERIFY2(r.finished && r.code == 0, qPrintable(r.err));
        const LoadResult loaded = WorkspaceFile::parse(r.out.toUtf8());
        QVERIFY2(loaded.workspace, qPrintable(r.out));
        QCOMPARE(loaded.workspace->webhooks.size(), 1);
        const Webhook& w = loaded.workspace->webhooks.front();
        QCOMPARE(w.name, u"POST hooks.example.com/in/{{DEVICE_TOKEN}}"_s);
        QCOMPARE(w.url, u"https://hooks.example.com/in/{{DEVICE_TOKEN}}"_s);
        QCOMPARE(w.format, BodyFormat::Json);
        QCOMPARE(w.body.size(), 2);
        QVERIFY(w.body[1].usePreset);
        QCOMPARE(w.body[1].preset, u"MESSAGE_PAYLOAD"_s);
        QCOMPARE(w.query.size(), 1);
        QCOMPARE(w.headers.size(), 1);
        QVERIFY(!w.idDerived); // the id is written, as the app writes it
        QVERIFY(r.out.contains(u"\"id\": \""_s));
    }

    void readsStandardInput()
    {
        const auto r = cli({u"import"_s, u"curl"_s, u"-"_s}, kCurl.toUtf8());
        QVERIFY2(r.finished && r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"\"X-Source\""_s));
    }

    void refusesMultipart()
    {
        const auto r = cli({u"import"_s, u"curl"_s, u"curl -F 'photo=@a.jpg' https://e.com/up"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(
            r.err.contains(u"hooksmith-cli import: the curl command: argument 1 \"-F\" (line 1, column 6): -F sends "
                           "multipart/form-data"_s),
            qPrintable(r.err));
    }

    void usageErrors()
    {
        QCOMPARE(cli({u"import"_s, u"wget"_s, u"x"_s}).code, 2);
        QCOMPARE(cli({u"import"_s, u"curl"_s}).code, 2);
        const auto missing = cli({u"import"_s, u"postman"_s, u"/nonexistent/c.json"_s});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(u"cannot read /nonexistent/c.json"_s), qPrintable(missing.err));
        const auto help = cli({u"import"_s, u"--help"_s});
        QCOMPARE(help.code, 0);
        QVERIFY(
            help.out.contains(u"Usage: hooksmith-cli import (curl 'curl ...' | postman FILE) [--into WORKSPACE]"_s));
    }

    void postmanWithWarnings()
    {
        const auto r = cli({u"import"_s, u"postman"_s, test::dataPath(u"import/greenhouse.postman_collection.json"_s)});
        QVERIFY2(r.finished && r.code == 0, qPrintable(r.err));
        const LoadResult loaded = WorkspaceFile::parse(r.out.toUtf8());
        QVERIFY(loaded.workspace);
        QCOMPARE(loaded.workspace->webhooks.size(), 4);
        QCOMPARE(loaded.workspace->webhooks[0].auth.password, u"{{env:greenhousePassword}}"_s);
        QVERIFY2(r.err.contains(u"hooksmith-cli import: warning: item \"Upload photo\": oauth2 authentication is not "
                                "supported"_s),
                 qPrintable(r.err));
    }

    void postmanErrorNamesTheItem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.json"_s);
        QVERIFY(writeFile(path, QByteArray("{\"info\": {\"name\": \"c\", \"schema\": "
                                           "\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"}, "
                                           "\"item\": [{\"name\": \"F\", \"item\": [{\"name\": \"Brew\", "
                                           "\"request\": {\"method\": \"BREW\", \"url\": \"https://e.com\"}}]}]}")));
        const auto r = cli({u"import"_s, u"postman"_s, path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(path + u": item \"F / Brew\": the method \"BREW\""_s), qPrintable(r.err));
    }

    void intoWorkspace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"w.hooksmith.json"_s);
        QVERIFY(QFile::copy(test::sourcePath(u"docs/examples/quickstart.hooksmith.json"_s), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const Workspace before = *WorkspaceFile::load(path).workspace;

        const QString command = u"curl -X PUT https://e.com/a -d x=1"_s;
        const auto first = cli({u"import"_s, u"curl"_s, command, u"--into"_s, path});
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(u"Added 1 webhook(s) to "_s + path + u": \"PUT e.com/a\""_s),
                 qPrintable(first.out));
        const auto second = cli({u"import"_s, u"curl"_s, command, u"--into"_s, path});
        QVERIFY2(second.out.contains(u"\"PUT e.com/a 2\""_s), qPrintable(second.out));

        const LoadResult after = WorkspaceFile::load(path);
        QVERIFY(after.workspace);
        QCOMPARE(after.workspace->webhooks.size(), before.webhooks.size() + 2);
        for (qsizetype i = 0; i < before.webhooks.size(); ++i) {
            // Saving writes the ids that were derived from the names, as the app does.
            Webhook kept = after.workspace->webhooks[i];
            QCOMPARE(kept.id, before.webhooks[i].id);
            kept.idDerived = before.webhooks[i].idDerived;
            QCOMPARE(kept, before.webhooks[i]);
        }
        QCOMPARE(after.workspace->devices, before.devices);
        const Webhook& added = after.workspace->webhooks.back();
        QCOMPARE(added.format, BodyFormat::Form);
        QVERIFY(!added.idDerived);
        QVERIFY(added.id != after.workspace->webhooks[after.workspace->webhooks.size() - 2].id);
        // The example has a broken webhook on purpose; the imported ones have no problem.
        const auto validate = cli({u"validate"_s, path});
        QVERIFY(validate.finished);
        QVERIFY2(validate.err.contains(u"\"Broken example\""_s), qPrintable(validate.err));
        QVERIFY2(!validate.err.contains(u"PUT e.com/a"_s) && !validate.out.contains(u"PUT e.com/a"_s),
                 qPrintable(validate.err + validate.out));
    }

    void neverOverwritesAnUnreadableWorkspace_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("malformed") << QByteArray("{\n  \"hooksmith\": 1,\n  \"webhooks\": [\n");
        QTest::newRow("newer") << QByteArray("{\"hooksmith\": 99, \"webhooks\": []}\n");
        QTest::newRow("not a workspace") << QByteArray("[1, 2, 3]\n");
    }
    void neverOverwritesAnUnreadableWorkspace()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.hooksmith.json"_s);
        QVERIFY(writeFile(path, content));
        const auto r = cli({u"import"_s, u"curl"_s, u"curl https://e.com"_s, u"--into"_s, path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(path + u" was left as it is"_s), qPrintable(r.err));
        QCOMPARE(test::readFile(path), content);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"bad.hooksmith.json"_s});
    }

    void passwordNeverPrintedNorWritten()
    {
        QTemporaryDir home;
        const QProcessEnvironment env = withoutKeychain(home);
        const QString secret = test::uniqueSecret();
        const QString command = u"curl -u 'bob:"_s + secret + u"' https://e.com/door"_s;

        const auto printed = cli({u"import"_s, u"curl"_s, command}, {}, env);
        QCOMPARE(printed.code, 0);
        QVERIFY(!printed.out.contains(secret));
        QVERIFY(!printed.err.contains(secret));
        QVERIFY2(printed.err.contains(u"the password of webhook \"GET e.com/door\" is not printed"_s),
                 qPrintable(printed.err));
        QVERIFY(printed.out.contains(u"\"username\": \"bob\""_s));

        const QString path = QDir(home.path()).filePath(u"w.hooksmith.json"_s);
        QVERIFY(writeFile(path, QByteArray("{\"hooksmith\": 1, \"user_id\": \"alice\"}\n")));
        const auto into = cli({u"import"_s, u"curl"_s, command, u"--into"_s, path}, {}, env);
        QCOMPARE(into.code, 0);
        QVERIFY(!into.out.contains(secret));
        QVERIFY(!into.err.contains(secret));
        QVERIFY2(into.err.contains(u"the password of webhook \"GET e.com/door\" was not saved"_s),
                 qPrintable(into.err));
        QVERIFY2(into.err.contains(u"hooksmith-cli secret set "_s + path + u" -w 'GET e.com/door' --field password"_s),
                 qPrintable(into.err));
        QCOMPARE(test::filesContaining(home.path(), secret), QStringList());
    }

    void passwordIntoTheKeychain()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP(
                "No D-Bus session, so no keychain to test against: run the tests with scripts/test, which starts one");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"w.hooksmith.json"_s);
        QVERIFY(writeFile(path, QByteArray("{\"hooksmith\": 1, \"user_id\": \"import-test\"}\n")));
        const QString secret = test::uniqueSecret();
        const auto r =
            cli({u"import"_s, u"curl"_s, u"curl -u 'bob:"_s + secret + u"' https://e.com/door"_s, u"--into"_s, path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        if (r.err.contains(u"was not saved"_s)) {
            const QString why = u"The D-Bus session offers no usable keychain: "_s + r.err;
            if (test::testKeyringExpected())
                QFAIL(qPrintable(why + u" (scripts/test started an unlocked gnome-keyring for it)"_s));
            QSKIP(qPrintable(why));
        }
        QVERIFY2(
            r.out.contains(u"Saved the password of webhook \"GET e.com/door\" in the keychain, for https://e.com"_s),
            qPrintable(r.out));
        QVERIFY(!test::readFile(path).contains(secret.toUtf8()));
        const auto get = cli(
            {u"secret"_s, u"get"_s, path, u"-w"_s, u"GET e.com/door"_s, u"--field"_s, u"password"_s, u"--reveal"_s});
        QCOMPARE(get.out.trimmed(), secret);
        cli({u"secret"_s, u"delete"_s, path, u"-w"_s, u"GET e.com/door"_s, u"--field"_s, u"password"_s});
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"

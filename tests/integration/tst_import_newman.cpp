// A Postman collection that newman runs, imported with `hooksmith-cli import postman` and sent with
// `hooksmith-cli send`: the local receiver must get the same request from both.
#include "LocalReceiver.h"
#include "NodeSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

/// Runs a child while the event loop turns, so that the in-process receiver answers it.
Run runAndWait(const QString& program, const QStringList& args, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000) || !finished.wait(90000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray header(const ReceivedRequest& r, const QByteArray& name)
{
    for (const auto& [n, v] : r.headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return "<absent>";
}

} // namespace

class TestImportNewman : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_npm = test::ensureNpmPackages({u"newman@6"_s});
        if (m_npm.state == test::NpmPackages::State::Unavailable)
            QSKIP(qPrintable(u"newman cannot be installed: "_s + m_npm.message));
        QVERIFY2(m_npm.state == test::NpmPackages::State::Ready, qPrintable(m_npm.message));
        QVERIFY(m_receiver.listen());
    }

    void importedCollectionSendsWhatNewmanSends()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString collectionPath = dir.filePath(u"door.postman_collection.json"_s);
        // Written as Postman exports it; @PORT@ is the receiver's.
        const QString collection =
            QString::fromUtf8(test::readFile(test::dataPath(u"import/newman-door.postman_collection.json"_s)))
                .replace(u"@PORT@"_s, QString::number(m_receiver.port()));
        {
            QFile f(collectionPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(collection.toUtf8());
        }
        const QString token = u"00000000-0000-4000-8000-000000000000"_s; // the CLI's sample device
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOOK_PW"_s, u"s3cret pw"_s);
        env.insert(u"HOME"_s, dir.path());
        env.insert(u"HOOKSMITH_DATA_DIR"_s, dir.filePath(u"data"_s));
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);

        // newman runs the collection as Postman would.
        const Run newman = runAndWait(test::nodeExecutable(),
                                      {QDir(m_npm.dir).filePath(u"node_modules/newman/bin/newman.js"_s), u"run"_s,
                                       collectionPath, u"--env-var"_s, u"DEVICE_TOKEN="_s + token, u"--env-var"_s,
                                       u"HOOK_PW=s3cret pw"_s, u"--reporters"_s, u"cli"_s},
                                      env);
        QVERIFY2(newman.code == 0, qPrintable(newman.out + newman.err));
        QTRY_COMPARE(m_receiver.requests().size(), 1);
        const ReceivedRequest fromNewman = m_receiver.requests().front();

        // The same collection, imported and sent by Hooksmith.
        const QString workspace = dir.filePath(u"door.hooksmith.json"_s);
        {
            QFile f(workspace);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"hooksmith\": 1, \"user_id\": \"alice\"}\n");
        }
        const QString cli = test::binaryPath(u"bin/hooksmith-cli"_s);
        const Run imported = runAndWait(cli, {u"import"_s, u"postman"_s, collectionPath, u"--into"_s, workspace}, env);
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        const Run sent = runAndWait(
            cli, {u"send"_s, workspace, u"-w"_s, u"Hall / Door opened"_s, u"-s"_s, u"1"_s, u"-v"_s, u"1"_s}, env);
        QVERIFY2(sent.code == 0, qPrintable(sent.out + sent.err));
        QTRY_COMPARE(m_receiver.requests().size(), 2);
        const ReceivedRequest fromHooksmith = m_receiver.requests().at(1);

        QCOMPARE(fromHooksmith.method, fromNewman.method);
        QCOMPARE(fromHooksmith.path, fromNewman.path);
        QCOMPARE(fromHooksmith.path, u"/hooks/"_s.toUtf8() + token.toUtf8());
        QCOMPARE(fromHooksmith.query, fromNewman.query);
        QCOMPARE(QJsonDocument::fromJson(fromHooksmith.body), QJsonDocument::fromJson(fromNewman.body));
        QVERIFY(!QJsonDocument::fromJson(fromNewman.body).isNull());
        for (const QByteArray& name :
             {QByteArray("Content-Type"), QByteArray("Accept"), QByteArray("Authorization"), QByteArray("X-Room")}) {
            QCOMPARE(header(fromHooksmith, name), header(fromNewman, name));
        }
        QCOMPARE(header(fromNewman, "Authorization"), "Basic " + QByteArray("bob:s3cret pw").toBase64());
    }

private:
    test::NpmPackages m_npm;
    LocalReceiver m_receiver;
};

QTEST_GUILESS_MAIN(TestImportNewman)
#include "tst_import_newman.moc"

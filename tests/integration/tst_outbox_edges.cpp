// The outbox's edges as `hooksmith-cli` meets them, as real child processes: a foreign SQLite file is left
// byte for byte as it was (not even switched to a write-ahead log), `--outbox ""` is a usage error for
// every command that takes it, and a read-only folder is reported as read-only. Read-only folders are
// read-only tmpfs mounts: as root a chmod'ed folder is still writable.
#include "Model.h"
#include "Outbox.h"
#include "RelayProcess.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace hooksmith::test;

namespace {

struct Child
{
    int code = -1;
    QString out;
    QString err;
};

Child runCliChild(const QStringList& args, const QString& dataDir, const QByteArray& input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOOKSMITH_DATA_DIR"_s, dataDir);
    p.setProcessEnvironment(env);
    p.start(RelayProcess::executable(), args);
    Child c;
    if (!p.waitForStarted(10000))
        return c;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return c;
    c.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    c.out = QString::fromUtf8(p.readAllStandardOutput());
    c.err = QString::fromUtf8(p.readAllStandardError());
    return c;
}

Workspace smallWorkspace()
{
    Workspace ws;
    ws.devices = {Device{u"tok-edge"_s, u"Edge"_s, {}, {}}};
    Webhook w = Webhook::createDefault(u"Hook"_s);
    w.id = u"7e1f0c2a-0000-4000-8000-0000000ed9e5"_s;
    w.url = u"http://127.0.0.1:9/in"_s;
    w.devices = {u"tok-edge"_s};
    ws.webhooks = {w};
    return ws;
}

/// A database made by another program, in the rollback-journal mode SQLite starts with.
bool writeForeignDatabase(const QString& path, const QStringList& statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString& sql : statements)
            ok = ok && q.exec(sql);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
    return ok;
}

/// The journal mode SQLite reads from the file, by a read-only connection: "delete" unless someone
/// switched the file to "wal" (the only mode a file remembers).
QString journalMode(const QString& path)
{
    QString mode;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA journal_mode"_s) && q.next())
                mode = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    return mode;
}

/// A tmpfs mounted on `dir`, unmounted when it goes.
class Tmpfs
{
public:
    explicit Tmpfs(const QString& dir)
        : m_dir(dir)
    {
        QDir().mkpath(dir);
        m_error = mount({u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=1m"_s, u"tmpfs"_s, dir});
    }
    ~Tmpfs()
    {
        if (m_error.isEmpty())
            QProcess::execute(u"umount"_s, {u"-l"_s, m_dir});
    }
    QString error() const { return m_error; }
    QString makeReadOnly() { return mount({u"-o"_s, u"remount,ro"_s, m_dir}); }

private:
    static QString mount(const QStringList& args)
    {
        QProcess p;
        p.start(u"mount"_s, args);
        if (!p.waitForFinished(10000) || p.exitCode() != 0)
            return QString::fromLocal8Bit(p.readAllStandardError()) + u" (mount "_s + args.join(u' ') + u')';
        return {};
    }
    QString m_dir;
    QString m_error;
};

} // namespace

class TestOutboxEdges : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = RelayProcess::writeWorkspace(m_dir.path(), u"edges.hooksmith.json"_s, smallWorkspace());
        QVERIFY(!m_workspace.isEmpty());
    }

    void foreignDatabaseIsLeftUntouched_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("message");
        const QString notOurs = u"is an SQLite database but not a Hooksmith outbox. It was left as it is"_s;
        QTest::newRow("other tables") << QStringList{u"CREATE TABLE notes (text TEXT)"_s,
                                                     u"INSERT INTO notes VALUES ('keep me')"_s}
                                      << notOurs;
        QTest::newRow("other tables, a version of ours")
            << QStringList{u"CREATE TABLE notes (text TEXT)"_s, u"PRAGMA user_version=2"_s} << notOurs;
        QTest::newRow("one of our tables only")
            << QStringList{u"CREATE TABLE deliveries (id TEXT)"_s, u"PRAGMA user_version=2"_s} << notOurs;
        QTest::newRow("a newer version") << QStringList{u"CREATE TABLE notes (text TEXT)"_s,
                                                        u"PRAGMA user_version=99"_s}
                                         << u"was written by a newer Hooksmith"_s;
    }

    void foreignDatabaseIsLeftUntouched()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, message);
        const QString folder = m_dir.filePath(u"foreign-"_s + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(QDir().mkpath(folder));
        const QString file = Outbox::fileFor(m_workspace, folder);
        QVERIFY(writeForeignDatabase(file, statements));
        const QByteArray before = readFile(file);
        QCOMPARE(journalMode(file), u"delete"_s);
        QCOMPARE(before.at(18), char(1)); // the header's write and read versions: 1 is rollback, 2 is WAL
        QCOMPARE(before.at(19), char(1));

        // The relay refuses it, and so do the outbox commands, which only read.
        const Child relay = runCliChild({u"relay"_s, m_workspace, u"--stdin"_s, u"--outbox"_s, folder},
                                        m_dir.filePath(u"data"_s), "@signal 1 1\n");
        QCOMPARE(relay.code, 2);
        QVERIFY2(relay.err.contains(message), qPrintable(relay.err));
        const Child list =
            runCliChild({u"outbox"_s, u"list"_s, m_workspace, u"--outbox"_s, folder}, m_dir.filePath(u"data"_s));
        QCOMPARE(list.code, 2);
        QVERIFY2(list.err.contains(message) || list.err.contains(u"has schema"_s), qPrintable(list.err));

        QCOMPARE(readFile(file), before);
        QVERIFY(!QFileInfo::exists(file + u"-wal"_s));
        QVERIFY(!QFileInfo::exists(file + u"-shm"_s));
        QVERIFY(!QFileInfo::exists(file + u"-journal"_s));
        QCOMPARE(journalMode(file), u"delete"_s);
    }

    void emptyOutboxIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString relayMessage = u"hooksmith-cli relay: --outbox needs a folder; leave the option out to use"_s;
        for (const QString& empty : {QString(), u"  "_s}) {
            const QString tag = empty.isEmpty() ? u"empty"_s : u"blank"_s;
            QTest::addRow("relay, %s", qPrintable(tag))
                << QStringList{u"relay"_s, u"WORKSPACE"_s, u"--stdin"_s, u"--outbox"_s, empty} << relayMessage;
            QTest::addRow("relay --outbox=, %s", qPrintable(tag))
                << QStringList{u"relay"_s, u"WORKSPACE"_s, u"--stdin"_s, u"--outbox="_s + empty} << relayMessage;
            for (const QString& action : {u"list"_s, u"show"_s, u"retry"_s, u"drop"_s, u"counts"_s}) {
                QStringList args{u"outbox"_s, action, u"WORKSPACE"_s, u"--outbox"_s, empty};
                if (action == u"show"_s || action == u"retry"_s || action == u"drop"_s)
                    args.insert(2, u"msg_01JTA0EXAMPLE00000000000000"_s);
                QTest::addRow("outbox %s, %s", qPrintable(action), qPrintable(tag))
                    << args << u"hooksmith-cli outbox %1: --outbox needs a folder or an outbox file"_s.arg(action);
            }
        }
    }

    void emptyOutboxIsAUsageError()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        args.replaceInStrings(u"WORKSPACE"_s, m_workspace);
        const QString data = m_dir.filePath(u"empty-outbox-data"_s);
        const Child c = runCliChild(args, data, "@signal 1 1\n");
        QCOMPARE(c.code, 2);
        QVERIFY2(c.err.startsWith(message), qPrintable(c.err));
        // Nothing was opened or created in the default folder instead.
        QVERIFY(!QFileInfo::exists(data));
    }

    void readOnlyFolderIsReportedAsSuch()
    {
        if (::geteuid() != 0) {
            QSKIP("a read-only folder needs a read-only tmpfs, and mounting one needs root (CI runs as root); as "
                  "root a chmod'ed folder is still writable, so chmod cannot stand in");
        }
        // Empty, and holding an outbox the relay wrote before the folder became read-only.
        for (const bool withOutbox : {false, true}) {
            const QString folder = m_dir.filePath(withOutbox ? u"ro-with-outbox"_s : u"ro-empty"_s);
            Tmpfs disk(folder);
            QVERIFY2(disk.error().isEmpty(), qPrintable(disk.error()));
            const QString data = m_dir.filePath(u"ro-data"_s);
            if (withOutbox) {
                const Child first = runCliChild({u"relay"_s, m_workspace, u"--stdin"_s, u"--outbox"_s, folder, u"-d"_s,
                                                 u"tok-edge"_s, u"--timeout"_s, u"200"_s, u"--attempts"_s, u"1"_s},
                                                data, "@signal 1 1\n");
                QVERIFY2(first.code == 1, qPrintable(first.err)); // port 9 refuses: the delivery failed
                QVERIFY(QFileInfo::exists(Outbox::fileFor(m_workspace, folder)));
            }
            QVERIFY2(disk.makeReadOnly().isEmpty(), qPrintable(disk.makeReadOnly()));
            QFile probe(QDir(folder).filePath(u"probe"_s));
            QVERIFY(!probe.open(QIODevice::WriteOnly)); // really read-only, even for root

            const Child relay =
                runCliChild({u"relay"_s, m_workspace, u"--stdin"_s, u"--outbox"_s, folder}, data, "@signal 1 1\n");
            QCOMPARE(relay.code, 2);
            QVERIFY2(relay.err.contains(u"cannot be used: the folder %1 cannot be written to (it is read-only"_s.arg(
                         QDir::toNativeSeparators(folder))),
                     qPrintable(relay.err));
            QVERIFY2(!relay.err.contains(u"in use by"_s), qPrintable(relay.err));
            QVERIFY2(!relay.err.contains(u"process 0"_s), qPrintable(relay.err));
        }
    }

    // On a disk so full that not even the outbox's lock file can be written, the relay says so and names the
    // outbox, leaves it as it was, and works again once there is room.
    void aFullDiskIsReportedAsSuch()
    {
        if (::geteuid() != 0)
            QSKIP("a small disk that fills up is a tmpfs, and mounting one needs root (CI runs as root)");
        const QString folder = m_dir.filePath(u"full"_s);
        Tmpfs disk(folder);
        QVERIFY2(disk.error().isEmpty(), qPrintable(disk.error()));
        const QString data = m_dir.filePath(u"full-data"_s);
        const QStringList args{u"relay"_s,    m_workspace,    u"--stdin"_s, u"--outbox"_s,         folder,   u"-d"_s,
                               u"tok-edge"_s, u"--timeout"_s, u"200"_s,     u"--retry-schedule"_s, u"0,1h"_s};
        const Child first = runCliChild(args, data, "@signal 1 1\n@signal 1 2\n");
        QVERIFY2(first.code == 0, qPrintable(first.err)); // port 9 refuses: both wait an hour for their retry
        const QString file = Outbox::fileFor(m_workspace, folder);
        QVERIFY(QFileInfo::exists(file));
        const QByteArray before = test::readFile(file);

        QFile filler(QDir(folder).filePath(u"filler"_s));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        filler.close();

        const Child full = runCliChild(args, data, "");
        QCOMPARE(full.code, 2);
        QVERIFY2(full.err.contains(u"outbox %1 cannot be locked: the disk that holds it is full"_s.arg(
                     QDir::toNativeSeparators(file))),
                 qPrintable(full.err));
        QVERIFY2(!full.err.contains(u"unknown error"_s), qPrintable(full.err));
        QCOMPARE(test::readFile(file), before);

        QVERIFY(QFile::remove(filler.fileName()));
        const Child again = runCliChild(args, data, "");
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY2(again.err.contains(u"2 waiting in the outbox"_s), qPrintable(again.err));
    }
};

QTEST_GUILESS_MAIN(TestOutboxEdges)
#include "tst_outbox_edges.moc"

// The relay's outbox on a disk that fills up (a small tmpfs): a source that can wait (stdin) is paused and
// loses nothing; a board on a pty cannot wait, and exactly what could not be stored is counted, logged and
// missing; nothing is reported delivered that was not. Needs root for mount (CI runs as root).
#include "FaultServer.h"
#include "LocalReceiver.h"
#include "RelayProcess.h"
#include "SocatPty.h"
#include "TestSupport.h"
#include "WorkspaceFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace hooksmith::test;

namespace {

const QString kDevice = u"tok-disk"_s;
constexpr int kSignals = 3000;

/// A tmpfs of `size` mounted on `dir`, unmounted when it goes.
class Tmpfs
{
public:
    Tmpfs(const QString& dir, const QString& size)
        : m_dir(dir)
    {
        QDir().mkpath(dir);
        m_error = run({u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size="_s + size, u"tmpfs"_s, dir});
    }
    ~Tmpfs()
    {
        if (m_error.isEmpty())
            QProcess::execute(u"umount"_s, {u"-l"_s, m_dir});
    }
    QString error() const { return m_error; }
    QString resize(const QString& size) { return run({u"-o"_s, u"remount,size="_s + size, m_dir}); }

private:
    static QString run(const QStringList& args)
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

/// About 1 KB per signal: the value is a string holding its sequence number.
QByteArray boardLines(int count)
{
    const QByteArray pad(1000, 'x');
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += "@signal 1 \"" + QByteArray::number(i) + ' ' + pad + "\"\n";
    return out;
}

/// The sequence numbers the receiver got, in the order it got them.
QList<int> receivedNumbers(const LocalReceiver& receiver)
{
    QList<int> out;
    for (const ReceivedRequest& r : receiver.requests()) {
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        out.append(o.value(u"payload"_s).toString().section(u' ', 0, 0).toInt());
    }
    return out;
}

QString writeWorkspace(const QString& dir, quint16 port, DeliveryOrder order, int maxAttempts = 100)
{
    Workspace ws;
    ws.userId = u"disk"_s;
    ws.devices = {Device{kDevice, u"Disk board"_s, {}, {}}};
    Webhook w = Webhook::createDefault(u"Receiver"_s);
    w.url = u"http://127.0.0.1:%1/hook"_s.arg(port);
    w.devices = {kDevice};
    w.delivery.maxAttempts = maxAttempts;
    w.delivery.timeoutMs = 5000;
    w.delivery.order = order;
    ws.webhooks = {w};
    return RelayProcess::writeWorkspace(dir, u"disk.hooksmith.json"_s, ws);
}

int summaryNumber(const QString& log, const QString& pattern)
{
    const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
    int value = -1;
    for (auto it = re.globalMatch(log); it.hasNext();)
        value = it.next().captured(1).toInt();
    return value;
}

} // namespace

class TestRelayFullDisk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    bool canMount()
    {
        if (::geteuid() != 0)
            return false;
        return true;
    }

    /// Runs the relay once more with an empty input against `receiver`, after `outbox retry --all`, and waits
    /// for it to end: everything the outbox holds is delivered.
    void deliverWhatIsLeft(const QString& path, const QString& outbox, const QString& data)
    {
        QProcess retry;
        retry.start(RelayProcess::executable(), {u"outbox"_s, u"retry"_s, path, u"--outbox"_s, outbox, u"--all"_s});
        QVERIFY(retry.waitForFinished(30000));
        QVERIFY2(retry.exitCode() == 0, retry.readAllStandardError().constData());
        RelayProcess again;
        QVERIFY(again.start({path, u"--stdin"_s, u"-d"_s, kDevice, u"--outbox"_s, outbox}, data));
        again.closeInput();
        QVERIFY2(again.waitForExit(120000), qPrintable(again.errorOutput().right(2000)));
        QVERIFY2(again.exitCode() == 0, qPrintable(again.errorOutput().right(2000)));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // stdin waits while the disk is full: every signal is stored once there is room, then delivered, in order.
    void stdinWaitsForRoomAndLosesNothing()
    {
        if (!canMount())
            QSKIP("mounting a tmpfs needs root (CI runs as root)");
        const QString box = m_dir.filePath(u"box1"_s);
        Tmpfs disk(box, u"2m"_s);
        QVERIFY2(disk.error().isEmpty(), qPrintable(disk.error()));
        const quint16 port = FaultServer::closedPort();
        const QString path = writeWorkspace(m_dir.path(), port, DeliveryOrder::Device);
        RelayProcess relay;
        // Long retries: while the receiver is down, each device waits behind its first failed attempt.
        QVERIFY(
            relay.start({path, u"--stdin"_s, u"-d"_s, kDevice, u"--outbox"_s, box, u"--retry-schedule"_s, u"0,1h"_s},
                        m_dir.filePath(u"data1"_s)));
        relay.write(boardLines(kSignals));
        QTRY_VERIFY_WITH_TIMEOUT(relay.errorOutput().contains(u"the disk that holds the outbox is full"_s), 60000);
        QTest::qWait(1000);
        QVERIFY2(relay.process().state() == QProcess::Running, qPrintable(relay.errorOutput().right(2000)));
        QVERIFY(!relay.errorOutput().contains(u"could not be stored"_s));

        // Room again: what waited is stored, in order, and the relay ends at the end of its input.
        QCOMPARE(disk.resize(u"32m"_s), QString());
        relay.closeInput();
        QVERIFY2(relay.waitForExit(120000), qPrintable(relay.errorOutput().right(2000)));
        const QString log = relay.errorOutput();
        QCOMPARE(relay.exitCode(), 0);
        QCOMPARE(summaryNumber(log, u"relay: (\\d+) signal\\(s\\),"_s), kSignals);
        QCOMPARE(summaryNumber(log, u"(\\d+) signal\\(s\\) could not be stored$"_s), 0);
        QVERIFY2(!log.contains(u"delivered:"_s), "nothing can have been delivered: the receiver is down");

        LocalReceiver receiver;
        receiver.setLimit(kSignals + 100);
        QVERIFY(receiver.listen(port));
        deliverWhatIsLeft(path, box, m_dir.filePath(u"data1"_s));
        QList<int> expected(kSignals);
        std::iota(expected.begin(), expected.end(), 0);
        QCOMPARE(receivedNumbers(receiver), expected);
    }

    // The receiver is up and the disk nearly full: deliveries that leave make room for those that come.
    void deliveriesMakeRoomForNewOnes()
    {
        if (!canMount())
            QSKIP("mounting a tmpfs needs root (CI runs as root)");
        const QString box = m_dir.filePath(u"box2"_s);
        Tmpfs disk(box, u"3m"_s);
        QVERIFY2(disk.error().isEmpty(), qPrintable(disk.error()));
        {
            QFile ballast(QDir(box).filePath(u"ballast"_s));
            QVERIFY(ballast.open(QIODevice::WriteOnly));
            ballast.write(QByteArray(2 * 1024 * 1024, '\0'));
        }
        LocalReceiver receiver;
        receiver.setLimit(kSignals + 100);
        QVERIFY(receiver.listen());
        const QString path = writeWorkspace(m_dir.path(), receiver.port(), DeliveryOrder::None);
        RelayProcess relay;
        QVERIFY(relay.start({path, u"--stdin"_s, u"-d"_s, kDevice, u"--outbox"_s, box}, m_dir.filePath(u"data2"_s)));
        relay.write(boardLines(kSignals));
        relay.closeInput();
        QVERIFY2(relay.waitForExit(180000), qPrintable(relay.errorOutput().right(2000)));
        const QString log = relay.errorOutput();
        QVERIFY2(relay.exitCode() == 0, qPrintable(log.right(2000)));
        QCOMPARE(summaryNumber(log, u"(\\d+) delivered,"_s), kSignals);
        QCOMPARE(summaryNumber(log, u"(\\d+) signal\\(s\\) could not be stored$"_s), 0);
        QList<int> got = receivedNumbers(receiver);
        std::sort(got.begin(), got.end());
        QList<int> expected(kSignals);
        std::iota(expected.begin(), expected.end(), 0);
        QCOMPARE(got, expected);
    }

    // A board on a pty cannot wait: what could not be stored is counted, said, and is exactly what is missing.
    void aBoardThatCannotWaitLosesOnlyWhatItIsToldOf()
    {
        if (!canMount())
            QSKIP("mounting a tmpfs needs root (CI runs as root)");
        if (!SocatPty::available())
            QFAIL("socat is not installed (apt-get install socat; scripts/test installs it): this test needs a real "
                  "pty pair");
        const QString box = m_dir.filePath(u"box3"_s);
        Tmpfs disk(box, u"2m"_s);
        QVERIFY2(disk.error().isEmpty(), qPrintable(disk.error()));
        const quint16 port = FaultServer::closedPort();
        const QString path = writeWorkspace(m_dir.path(), port, DeliveryOrder::None);
        QTemporaryDir ptyDir;
        SocatPty pty(ptyDir.path());
        QCOMPARE(pty.start(), QString());
        QVERIFY(pty.openBoard());
        RelayProcess relay;
        QVERIFY(relay.start({path, u"--serial"_s, pty.hostPath(), u"-d"_s, kDevice, u"--outbox"_s, box,
                             u"--retry-schedule"_s, u"0,1h"_s},
                            m_dir.filePath(u"data3"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(relay.errorOutput().contains(u": connected"_s), 15000);
        QVERIFY(pty.writeBoard(boardLines(kSignals), 60000));
        QTRY_VERIFY_WITH_TIMEOUT(relay.errorOutput().contains(u"could not be stored and are lost"_s), 60000);
        // Everything the board sent has been read once the log stops growing.
        qsizetype before = -1;
        while (before != relay.errorOutput().size()) {
            before = relay.errorOutput().size();
            QTest::qWait(3000);
        }
        relay.process().terminate();
        QVERIFY2(relay.waitForExit(60000), qPrintable(relay.errorOutput().right(2000)));
        const QString log = relay.errorOutput();
        QCOMPARE(relay.exitCode(), 1); // signals were lost: the exit status says so
        const int signalsRead = summaryNumber(log, u"relay: (\\d+) signal\\(s\\),"_s);
        const int lost = summaryNumber(log, u"(\\d+) signal\\(s\\) could not be stored$"_s);
        QCOMPARE(signalsRead, kSignals);
        QVERIFY2(lost > 0 && lost < kSignals, qPrintable(log.right(3000)));
        qInfo("%d of %d signals could not be stored", lost, kSignals);

        QCOMPARE(disk.resize(u"32m"_s), QString());
        LocalReceiver receiver;
        receiver.setLimit(kSignals + 100);
        QVERIFY(receiver.listen(port));
        deliverWhatIsLeft(path, box, m_dir.filePath(u"data3"_s));
        const QList<int> got = receivedNumbers(receiver);
        QCOMPARE(QSet<int>(got.cbegin(), got.cend()).size(), got.size()); // none twice
        QCOMPARE(got.size() + lost, kSignals);
    }

    // A lone signal is sent as it is handed to the outbox. When the disk fills in between, the outbox refuses
    // it after it was sent: delivered, it is not counted lost; later ones, which the outbox refuses before
    // anything is sent, are. What the receiver got and what was counted lost add up to what the board sent.
    void aSignalSentBeforeTheOutboxRefusedItIsNotCountedLost()
    {
        if (!canMount())
            QSKIP("mounting a tmpfs needs root (CI runs as root)");
        if (!SocatPty::available())
            QFAIL("socat is not installed (apt-get install socat; scripts/test installs it): this test needs a real "
                  "pty pair");
        const QString box = m_dir.filePath(u"box4"_s);
        Tmpfs disk(box, u"2m"_s);
        QVERIFY2(disk.error().isEmpty(), qPrintable(disk.error()));
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const QString path = writeWorkspace(m_dir.path(), receiver.port(), DeliveryOrder::Device);
        QTemporaryDir ptyDir;
        SocatPty pty(ptyDir.path());
        QCOMPARE(pty.start(), QString());
        QVERIFY(pty.openBoard());
        RelayProcess relay;
        QVERIFY(relay.start({path, u"--serial"_s, pty.hostPath(), u"-d"_s, kDevice, u"--outbox"_s, box},
                            m_dir.filePath(u"data4"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(relay.errorOutput().contains(u": connected"_s), 15000);
        const QString ballastPath = QDir(box).filePath(u"ballast"_s);
        int sent = 0;
        int received = 0;
        int takenThenRefused = 0;
        const auto send = [&] {
            const QByteArray line = boardLines(1).replace("\"0 ", QByteArray("\"" + QByteArray::number(sent) + ' '));
            ++sent;
            return pty.writeBoard(line, 5000);
        };
        // The outbox reads its counts every 2 s; one of those between filling the disk and the next signal
        // would find the disk full first. A few rounds make sure the case is met.
        for (int round = 0; round < 3 && takenThenRefused == 0; ++round) {
            QFile::remove(ballastPath);
            // Once there is room again, signals are stored and delivered (those before are lost).
            for (int i = 0; i < 20 && int(receiver.requests().size()) == received; ++i) {
                QVERIFY(send());
                QTest::qWait(500);
            }
            QCOMPARE(int(receiver.requests().size()), received + 1);
            ++received;
            QTest::qWait(300); // its outcome is written: the outbox is quiet again
            {
                QFile ballast(ballastPath);
                QVERIFY(ballast.open(QIODevice::WriteOnly));
                const QByteArray block(64 * 1024, 'b');
                while (ballast.write(block) == block.size() && ballast.flush()) {
                }
            }
            QVERIFY(send());
            QTest::qWait(1000);
            takenThenRefused += int(receiver.requests().size()) - received;
            received = int(receiver.requests().size());
        }
        // Refused before anything is sent: lost.
        QVERIFY(send());
        QTest::qWait(1500);
        relay.process().terminate();
        QVERIFY2(relay.waitForExit(60000), qPrintable(relay.errorOutput().right(2000)));
        const QString log = relay.errorOutput();
        const int lost = summaryNumber(log, u"(\\d+) signal\\(s\\) could not be stored$"_s);
        const QList<int> got = receivedNumbers(receiver);
        QCOMPARE(summaryNumber(log, u"relay: (\\d+) signal\\(s\\),"_s), sent); // every one read
        qInfo("%d signal(s) sent, %d received, %d counted lost; %d sent while the disk filled", sent, int(got.size()),
              lost, takenThenRefused);
        QCOMPARE(QSet<int>(got.cbegin(), got.cend()).size(), got.size()); // none twice
        QVERIFY2(got.size() + lost == sent, qPrintable(log.right(3000)));
        QVERIFY2(takenThenRefused == 1, qPrintable(log.right(3000)));
        QCOMPARE(relay.exitCode(), 1);
    }

    // `hooksmith-cli outbox` on a disk with no room left: it says that the disk is full and where, changes
    // nothing, and works again once there is room.
    void theOutboxCommandSaysWhenTheDiskIsFull()
    {
        if (!canMount())
            QSKIP("mounting a tmpfs needs root (CI runs as root)");
        const QString box = m_dir.filePath(u"box5"_s);
        Tmpfs disk(box, u"2m"_s);
        QVERIFY2(disk.error().isEmpty(), qPrintable(disk.error()));
        // One attempt each: every delivery fails for good and stays in the outbox.
        const QString path = writeWorkspace(m_dir.path(), FaultServer::closedPort(), DeliveryOrder::Device, 1);
        RelayProcess relay;
        QVERIFY(relay.start({path, u"--stdin"_s, u"-d"_s, kDevice, u"--outbox"_s, box}, m_dir.filePath(u"data5"_s)));
        relay.write(boardLines(20));
        relay.closeInput();
        QVERIFY2(relay.waitForExit(60000), qPrintable(relay.errorOutput().right(2000)));
        QCOMPARE(summaryNumber(relay.errorOutput(), u"(\\d+) failed ones kept there"_s), 20);

        const QString ballastPath = QDir(box).filePath(u"ballast"_s);
        {
            QFile ballast(ballastPath);
            QVERIFY(ballast.open(QIODevice::WriteOnly));
            const QByteArray block(64 * 1024, 'b');
            while (ballast.write(block) == block.size() && ballast.flush()) {
            }
        }
        const auto outboxFiles = [&] {
            QHash<QString, QByteArray> files;
            for (const QFileInfo& f : QDir(box).entryInfoList(QDir::Files)) {
                if (f.fileName() == u"ballast"_s)
                    continue;
                QFile file(f.filePath());
                if (file.open(QIODevice::ReadOnly))
                    files.insert(f.fileName(), file.readAll());
            }
            return files;
        };
        const QHash<QString, QByteArray> before = outboxFiles();
        QVERIFY(!before.isEmpty());
        const auto outbox = [&](const QStringList& args, QString* err) {
            QProcess p;
            p.start(RelayProcess::executable(),
                    QStringList{u"outbox"_s} + args + QStringList{path, u"--outbox"_s, box});
            if (!p.waitForFinished(30000))
                return -1;
            *err = QString::fromLocal8Bit(p.readAllStandardError());
            return p.exitCode();
        };
        for (const QStringList& args : {QStringList{u"counts"_s}, QStringList{u"retry"_s, u"--all"_s}}) {
            QString err;
            QCOMPARE(outbox(args, &err), 2);
            QVERIFY2(err.contains(u"the disk that holds it is full"_s) && err.contains(QDir::toNativeSeparators(box)),
                     qPrintable(err));
        }
        // The folder is as it was: the outbox file unchanged, and no side file of SQLite's (-wal, -shm) left.
        const QHash<QString, QByteArray> after = outboxFiles();
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
        for (const QString& name : after.keys())
            QVERIFY2(before.contains(name), qPrintable(name));
        QVERIFY(QFile::remove(ballastPath));
        QString err;
        QCOMPARE(outbox({u"retry"_s, u"--all"_s}, &err), 0);
        QCOMPARE(outbox({u"counts"_s}, &err), 0);
        QVERIFY2(!err.contains(u"full"_s), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestRelayFullDisk)
#include "tst_relay_fulldisk.moc"

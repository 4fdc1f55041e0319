// `hooksmith-cli relay --serial` end to end: a board on a real pseudo-terminal pair (socat), the relay as a
// real child process, the local receiver in this process. Order, device attribution (@device, -d), unbound
// devices and signal filters, unplug/replug while signals flow, and how --serial names a port.
#include "BoardCatalog.h"
#include "LocalReceiver.h"
#include "RelayProcess.h"
#include "RelaySources.h"
#include "SocatPty.h"
#include "TestSupport.h"
#include "UsbPorts.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace hooksmith::test;

namespace {

const QString kBalcony = u"tok-balcony"_s;
const QString kCellar = u"tok-cellar"_s;
const QString kShed = u"tok-shed"_s; // in the workspace, bound to nothing

Webhook hook(const QString& name, const QUrl& base, const QString& path, const QStringList& devices,
             const QList<int>& signalNumbers = {})
{
    Webhook w = Webhook::createDefault(name);
    w.url = base.toString() + path;
    w.devices = devices;
    w.signalNumbers = signalNumbers;
    return w;
}

struct Delivered
{
    QByteArray path;
    QString device;
    int number = -1;
    qint64 value = -1;
};

Delivered parse(const ReceivedRequest& r)
{
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    return {r.path, o.value(u"deviceToken"_s).toString(), o.value(u"signal"_s).toInt(-1),
            qint64(o.value(u"payload"_s).toDouble(-1))};
}

/// The numbers in the relay's closing summary line.
struct Summary
{
    qint64 signalCount = -1;
    qint64 deliveries = -1;
    qint64 delivered = -1;
    qint64 failed = -1;
    qint64 waiting = -1;
    qint64 unrouted = -1;
};

Summary summaryOf(const QString& log)
{
    static const QRegularExpression re(
        uR"(relay: (\d+) signal\(s\), (\d+) delivery\(ies\): (\d+) delivered, (\d+) failed; )"
        uR"((\d+) waiting in the outbox, \d+ failed ones kept there; (\d+) signal\(s\) fired)"_s);
    const QRegularExpressionMatch m = re.match(log);
    if (!m.hasMatch())
        return {};
    return {m.captured(1).toLongLong(), m.captured(2).toLongLong(), m.captured(3).toLongLong(),
            m.captured(4).toLongLong(), m.captured(5).toLongLong(), m.captured(6).toLongLong()};
}

/// The CPU time (user + system) a process has used so far, from /proc; -1 when it cannot be read.
double cpuSecondsOf(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // The command name may hold spaces: the fields counted here come after its closing parenthesis.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name and the state.
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

} // namespace

class TestRelaySerial : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        const QByteArray test = QTest::currentTestFunction();
        if (test.startsWith("resolve") || test.startsWith("stable"))
            return;
        if (!SocatPty::available())
            QFAIL("socat is not installed (apt-get install socat; scripts/test installs it): the relay's serial tests "
                  "need a real pty pair");
    }

    void resolvesWhatSerialNames()
    {
        const QList<PortInfo> ports{usbPort(u"ttyS0"_s, 0, 0), usbPort(u"ttyUSB0"_s, 0x0403, 0x6001, u"FT1"_s),
                                    usbPort(u"ttyACM0"_s, 0x04D8, 0xF012, u"Py8a3c1f"_s)};
        // auto: the only Pycom board wins over a possible board.
        const Result<PortInfo> automatic = cli::resolveSerialPort(u"auto"_s, ports);
        QVERIFY(automatic);
        QCOMPARE(automatic->systemLocation, u"/dev/ttyACM0"_s);
        // A bare name as `ports` lists it.
        const Result<PortInfo> byName = cli::resolveSerialPort(u"ttyUSB0"_s, ports);
        QVERIFY(byName);
        QCOMPARE(byName->systemLocation, u"/dev/ttyUSB0"_s);
        QCOMPARE(byName->serialNumber, u"FT1"_s);
        // A path that is not there (yet) is kept: the relay waits for it.
        const Result<PortInfo> path = cli::resolveSerialPort(m_dir.filePath(u"later"_s), ports);
        QVERIFY(path);
        QCOMPARE(path->systemLocation, m_dir.filePath(u"later"_s));
        QCOMPARE(path->board.kind, BoardIdentity::Kind::Link);
        QVERIFY(!cli::resolveSerialPort({}, ports));
    }

    void resolveAutoExplainsWhyNot()
    {
        const Result<PortInfo> none = cli::resolveSerialPort(u"auto"_s, {usbPort(u"ttyS0"_s, 0, 0)});
        QVERIFY(!none);
        QVERIFY2(none.errorMessage().contains(u"no Pycom board"_s), qPrintable(none.errorMessage()));
        const Result<PortInfo> two = cli::resolveSerialPort(
            u"auto"_s, {usbPort(u"ttyACM0"_s, 0x04D8, 0xF012), usbPort(u"ttyACM1"_s, 0x04D8, 0xF013)});
        QVERIFY(!two);
        QVERIFY2(two.errorMessage().contains(u"/dev/ttyACM0 (Pysense), /dev/ttyACM1 (Pytrack)"_s),
                 qPrintable(two.errorMessage()));
        const Result<PortInfo> dfu = cli::resolveSerialPort(u"auto"_s, {usbPort(u"ttyACM0"_s, 0x04D8, 0xF011)});
        QVERIFY(!dfu);
        QVERIFY2(dfu.errorMessage().contains(u"firmware update mode"_s), qPrintable(dfu.errorMessage()));
    }

    void stablePathFollowsTheByIdLink()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"by-id"_s));
        const QString node = dir.filePath(u"ttyACM3"_s);
        QFile f(node);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString link = dir.filePath(u"by-id/usb-Pycom_Pysense_Py8a3c1f-if00"_s);
        QVERIFY(QFile::link(node, link));
        QVERIFY(QFile::link(dir.filePath(u"elsewhere"_s), dir.filePath(u"by-id/usb-Other-if00"_s)));
        PortInfo p = usbPort(u"ttyACM3"_s, 0x04D8, 0xF012, u"Py8a3c1f"_s);
        p.systemLocation = node;
        QCOMPARE(cli::stableSerialPath(p, dir.filePath(u"by-id"_s)), link);
        // Without a link, or for a port that is not USB, the port's own path.
        QCOMPARE(cli::stableSerialPath(p, dir.filePath(u"absent"_s)), node);
        PortInfo pty;
        pty.systemLocation = node;
        QCOMPARE(cli::stableSerialPath(pty, dir.filePath(u"by-id"_s)), node);
    }

    void autoWithoutABoardExitsWithTheReason()
    {
        const Result<PortInfo> here = BoardCatalog::autoSelect(BoardCatalog::systemPorts());
        if (here)
            QSKIP("a board or USB serial adapter is connected to this machine, so --serial auto would use it");
        Workspace ws;
        ws.devices = {Device{kBalcony, u"Balcony"_s, {}, {}}};
        const QString path = RelayProcess::writeWorkspace(m_dir.path(), u"auto.hooksmith.json"_s, ws);
        RelayProcess relay;
        QVERIFY(relay.start({path, u"--serial"_s, u"auto"_s}, m_dir.filePath(u"data-auto"_s)));
        QVERIFY(relay.waitForExit(30000));
        QCOMPARE(relay.exitCode(), 2);
        QVERIFY2(relay.errorOutput().contains(u"--serial auto: "_s + here.errorMessage()),
                 qPrintable(relay.errorOutput()));
    }

    void tenThousandSignalsArriveInOrderWithTheirDevices()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setLimit(20000);
        Workspace ws;
        ws.devices = {Device{kBalcony, u"Balcony"_s, {}, {}}, Device{kCellar, u"Cellar"_s, {}, {}},
                      Device{kShed, u"Shed"_s, {}, {}}};
        ws.webhooks = {hook(u"Balcony"_s, receiver.url(), u"/balcony"_s, {kBalcony}),
                       hook(u"Cellar humidity"_s, receiver.url(), u"/cellar"_s, {kCellar}, {2})};
        const QString path = RelayProcess::writeWorkspace(m_dir.path(), u"order.hooksmith.json"_s, ws);

        QTemporaryDir ptyDir;
        SocatPty pty(ptyDir.path());
        QCOMPARE(pty.start(), QString());
        QVERIFY(pty.openBoard());

        RelayProcess relay;
        QVERIFY(relay.start({path, u"--serial"_s, pty.hostPath(), u"-d"_s, u"Balcony"_s, u"--outbox"_s,
                             m_dir.filePath(u"order-outbox"_s)},
                            m_dir.filePath(u"data-order"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(relay.errorOutput().contains(u": connected (115200 8N1)"_s), 15000);

        // Four stretches of 2,500 signals: the -d device, Cellar (only signal 2 passes its filter), Shed
        // (bound to nothing) and Balcony announced by name. Every signal carries its sequence number.
        constexpr int kCount = 10000;
        QList<Delivered> expected;
        QByteArray out = "MicroPython v1.20.0 on 2023-01-01; LoPy4 with ESP32\r\n>>> import main\r\n";
        for (int i = 0; i < kCount; ++i) {
            const int stretch = i / 2500;
            if (i % 2500 == 0) {
                static const char* const announce[] = {"", "@device tok-cellar Cellar\r\n", "@device tok-shed\r\n",
                                                       "@device tok-balcony\r\n"};
                out += announce[stretch];
            }
            const int number = 1 + i % 3;
            out += "@signal " + QByteArray::number(number) + ' ' + QByteArray::number(i) + "\r\n";
            if (i % 1000 == 999)
                out += "tick " + QByteArray::number(i) + "\r\n";
            if (stretch == 0 || stretch == 3)
                expected.append({"/balcony", kBalcony, number, i});
            else if (stretch == 1 && number == 2)
                expected.append({"/cellar", kCellar, number, i});
        }
        out += "@signal 255 1\r\n"; // invalid: a warning, never delivered
        QVERIFY(pty.writeBoard(out, 30000));

        QTRY_VERIFY_WITH_TIMEOUT(receiver.receivedCount() >= quint64(expected.size()), 180000);
        relay.process().terminate();
        QVERIFY2(relay.waitForExit(30000), qPrintable(relay.errorOutput().right(2000)));
        QCOMPARE(relay.exitCode(), 0);

        // Each device's signals reach its webhook in the order the board sent them (delivery order "device");
        // the two webhooks go on side by side.
        QList<ReceivedRequest> got;
        for (const QByteArray& webhookPath : {QByteArray("/balcony"), QByteArray("/cellar")}) {
            for (const ReceivedRequest& r : receiver.requests()) {
                if (parse(r).path == webhookPath)
                    got.append(r);
            }
        }
        std::stable_sort(expected.begin(), expected.end(), [](const Delivered& a, const Delivered& b) {
            return a.path == "/balcony" && b.path != "/balcony";
        });
        QCOMPARE(got.size(), expected.size());
        QCOMPARE(receiver.requests().size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            const Delivered d = parse(got[i]);
            const Delivered& e = expected[i];
            if (d.path != e.path || d.device != e.device || d.number != e.number || d.value != e.value) {
                QFAIL(qPrintable(u"request %1: got %2 %3 signal %4 = %5, expected %6 %7 signal %8 = %9"_s.arg(i)
                                     .arg(QString::fromLatin1(d.path), d.device)
                                     .arg(d.number)
                                     .arg(d.value)
                                     .arg(QString::fromLatin1(e.path), e.device)
                                     .arg(e.number)
                                     .arg(e.value)));
            }
        }
        const QString log = relay.errorOutput();
        const Summary s = summaryOf(log);
        QCOMPARE(s.signalCount, kCount);
        QCOMPARE(s.delivered, expected.size());
        QCOMPARE(s.failed, 0);
        QCOMPARE(s.waiting, 0);
        // Cellar's signals 1 and 3 are filtered out, and all of Shed's fire nothing: each of the others
        // fires exactly one webhook.
        QCOMPARE(s.unrouted, kCount - expected.size());
        QCOMPARE(s.unrouted, (2500 - 834) + 2500);
        QVERIFY2(log.contains(u"the board announced device Cellar (tok-cellar)"_s), qPrintable(log.right(3000)));
        // The Shed's first signal (sequence 5000) is number 3.
        const QStringList unroutedLines = log.split(u'\n').filter(u"fired no webhook"_s);
        QVERIFY2(log.contains(u"signal 3 from device tok-shed fired no webhook: no webhook is bound to the device"_s),
                 qPrintable(unroutedLines.join(u'\n')));
        QVERIFY2(log.contains(u"@signal 255 1"_s), qPrintable(log.right(3000)));
    }

    void unplugAndReplugWhileSignalsFlowLosesNothingAccepted()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setLimit(100000);
        Workspace ws;
        ws.devices = {Device{kBalcony, u"Balcony"_s, {}, {}}};
        ws.webhooks = {hook(u"Balcony"_s, receiver.url(), u"/balcony"_s, {kBalcony})};
        const QString path = RelayProcess::writeWorkspace(m_dir.path(), u"replug.hooksmith.json"_s, ws);

        QTemporaryDir ptyDir;
        SocatPty pty(ptyDir.path());
        RelayProcess relay;
        // Started before the board is there: it waits for the port.
        QVERIFY(relay.start({path, u"--serial"_s, pty.hostPath(), u"-d"_s, kBalcony, u"--concurrency"_s, u"1"_s,
                             u"--outbox"_s, m_dir.filePath(u"replug-outbox"_s)},
                            m_dir.filePath(u"data-replug"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(relay.errorOutput().contains(u": waiting ("_s), 15000);

        // The board prints a numbered signal every 3 ms while plugged in; what it writes while nobody
        // listens is lost, as on a real board.
        qint64 next = 0;
        QTimer board;
        board.setInterval(3);
        QObject::connect(&board, &QTimer::timeout, [&] {
            if (pty.writeBoard("@signal 1 " + QByteArray::number(next) + "\n", 0))
                ++next;
        });

        // While the board is away the relay only retries now and then: its CPU time over those stretches
        // stays far below a core (a source spinning on Qt's repeated ReadError would use all of one).
        constexpr int kCycles = 20;
        constexpr int kUnpluggedMs = 1000;
        double unpluggedCpu = 0;
        qint64 unpluggedWallMs = 0;
        for (int cycle = 0; cycle < kCycles; ++cycle) {
            QCOMPARE(pty.start(), QString());
            QVERIFY(pty.openBoard());
            const int connectedBefore = relay.countLines(u": connected ("_s);
            QTRY_VERIFY_WITH_TIMEOUT(relay.countLines(u": connected ("_s) > connectedBefore, 15000);
            board.start();
            const quint64 before = receiver.receivedCount();
            QTRY_VERIFY_WITH_TIMEOUT(receiver.receivedCount() >= before + 50, 15000);
            // Unplug in the middle of the flow.
            const int waitingBefore = relay.countLines(u": waiting ("_s);
            board.stop();
            pty.stop();
            QTRY_VERIFY_WITH_TIMEOUT(relay.countLines(u": waiting ("_s) > waitingBefore, 15000);
            const double cpuBefore = cpuSecondsOf(relay.process().processId());
            QVERIFY(cpuBefore >= 0);
            QElapsedTimer away;
            away.start();
            QTRY_VERIFY_WITH_TIMEOUT(away.hasExpired(kUnpluggedMs), kUnpluggedMs * 3);
            unpluggedCpu += cpuSecondsOf(relay.process().processId()) - cpuBefore;
            unpluggedWallMs += away.elapsed();
        }
        const double cpuShare = unpluggedCpu * 1000.0 / double(unpluggedWallMs);
        qInfo("relay CPU while unplugged: %.3f s over %.1f s (%.1f%% of a core)", unpluggedCpu,
              unpluggedWallMs / 1000.0, cpuShare * 100);
        QVERIFY2(
            cpuShare < 0.3,
            qPrintable(
                u"the relay used %1 s of CPU over %2 s unplugged"_s.arg(unpluggedCpu).arg(unpluggedWallMs / 1000.0)));
        QCOMPARE(pty.start(), QString());
        QVERIFY(pty.openBoard());
        const int connectedBefore = relay.countLines(u": connected ("_s);
        QTRY_VERIFY_WITH_TIMEOUT(relay.countLines(u": connected ("_s) > connectedBefore, 15000);
        QVERIFY(pty.writeBoard("@signal 2 \"last\"\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!receiver.requests().isEmpty() && parse(receiver.requests().back()).number == 2,
                                 60000);

        relay.process().terminate();
        QVERIFY2(relay.waitForExit(30000), qPrintable(relay.errorOutput().right(3000)));
        QCOMPARE(relay.exitCode(), 0);
        const Summary s = summaryOf(relay.errorOutput());
        QVERIFY2(s.signalCount > 0, qPrintable(relay.errorOutput().right(3000)));
        // Every signal the relay read was delivered, once, in order.
        QCOMPARE(s.delivered, s.signalCount);
        QCOMPARE(s.waiting, 0);
        QCOMPARE(qint64(receiver.receivedCount()), s.signalCount);
        const QList<ReceivedRequest> got = receiver.requests();
        qint64 previous = -1;
        for (qsizetype i = 0; i + 1 < got.size(); ++i) {
            const Delivered d = parse(got[i]);
            QVERIFY2(d.value > previous, qPrintable(u"request %1: %2 after %3"_s.arg(i).arg(d.value).arg(previous)));
            previous = d.value;
        }
        QVERIFY(relay.countLines(u": waiting ("_s) >= kCycles + 1);
        qInfo("the board wrote %lld signals, the relay read %lld over %d unplugs", next, s.signalCount, kCycles);
    }
};

QTEST_GUILESS_MAIN(TestRelaySerial)
#include "tst_relay_serial.moc"

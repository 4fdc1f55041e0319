#include "SerialSignalSource.h"
#include "SocatPty.h"

#include <QSerialPort>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using hooksmith::test::SocatPty;

namespace {

// Collects what a source emits.
struct Recorder
{
    QList<Signal> signalList;
    QStringList console;
    QStringList warnings;

    explicit Recorder(SignalSource& src)
    {
        QObject::connect(&src, &SignalSource::signalReceived, [this](const Signal& s) { signalList.append(s); });
        QObject::connect(&src, &SignalSource::consoleLine, [this](const QString& l) { console.append(l); });
        QObject::connect(&src, &SignalSource::warning,
                         [this](const QString& m, const QString&) { warnings.append(m); });
    }
};

// Waits for `ms` on the event loop (a measuring window, not a wait for a result).
void stayIdleFor(int ms)
{
    QTimer window;
    window.setSingleShot(true);
    QSignalSpy done(&window, &QTimer::timeout);
    window.start(ms);
    QVERIFY(done.wait(ms + 5000));
}

} // namespace

class TestSerialSource : public QObject
{
    Q_OBJECT

    static SerialSettings settings()
    {
        QFETCH_GLOBAL(bool, ownThread);
        SerialSettings s;
        s.ownThread = ownThread;
        return s;
    }

private Q_SLOTS:
    /// Every case runs twice: the port read on a thread of its own (the app) and on the owner's (the relay).
    void initTestCase_data()
    {
        QTest::addColumn<bool>("ownThread");
        QTest::newRow("own thread") << true;
        QTest::newRow("owner's thread") << false;
    }

    void init()
    {
        if (!SocatPty::available())
            QFAIL("socat is not installed (apt-get install socat; scripts/test installs it): the serial tests need a "
                  "real pty pair");
    }

    void tenThousandSignalsArriveInOrder()
    {
        QTemporaryDir dir;
        SocatPty pty(dir.path());
        QCOMPARE(pty.start(), QString());
        QVERIFY(pty.openBoard());

        SerialSignalSource src(pty.hostPath(), settings());
        Recorder rec(src);
        QSignalSpy announced(&src, &SignalSource::deviceAnnounced);
        src.start();
        QTRY_COMPARE_WITH_TIMEOUT(src.state(), SignalSource::State::Connected, 10000);
        QCOMPARE(src.stateDetail(), u"115200 8N1"_s);

        QByteArray out = "MicroPython v1.27.0 on 2025-01-01; test board\r\n@device tok-1 Test board\r\n";
        constexpr int kCount = 10000;
        for (int i = 0; i < kCount; ++i) {
            out += "@signal " + QByteArray::number(i % 255 == 254 ? 254 : i % 200) + ' ' + QByteArray::number(i) +
                   ".50\r\n";
            if (i % 1000 == 0)
                out += "progress " + QByteArray::number(i) + "\r\n";
        }
        QVERIFY(pty.writeBoard(out));
        QTRY_COMPARE_WITH_TIMEOUT(rec.signalList.size(), kCount, 30000);
        for (int i = 0; i < kCount; ++i) {
            const Signal& s = rec.signalList[i];
            QCOMPARE(s.value.text(), QString::number(i) + u".50"_s);
            QCOMPARE(s.deviceToken, u"tok-1"_s);
        }
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced[0][1].toString(), u"Test board"_s);
        QCOMPARE(rec.console.front(), u"MicroPython v1.27.0 on 2025-01-01; test board"_s);
        QCOMPARE(rec.console.size(), 1 + kCount / 1000);
        QVERIFY(rec.warnings.isEmpty());
        QCOMPARE(src.signalCount(), quint64(kCount));
    }

    void writesReachTheBoard()
    {
        QTemporaryDir dir;
        SocatPty pty(dir.path());
        QCOMPARE(pty.start(), QString());
        QVERIFY(pty.openBoard());
        SerialSignalSource src(pty.hostPath(), settings());
        QVERIFY(!src.sendLine(u"too early"_s));
        src.start();
        QTRY_COMPARE_WITH_TIMEOUT(src.state(), SignalSource::State::Connected, 10000);
        QVERIFY(src.sendLine(u"print('hi')"_s));
        QVERIFY(src.sendInterrupt());
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += pty.readBoard()).size() >= 12, 5000);
        QCOMPARE(got, QByteArray("print('hi')\r\x03"));
    }

    void fallbackTokenAndUnidentifiedBoard()
    {
        QTemporaryDir dir;
        SocatPty pty(dir.path());
        QCOMPARE(pty.start(), QString());
        QVERIFY(pty.openBoard());
        SerialSignalSource src(pty.hostPath(), settings());
        Recorder rec(src);
        QSignalSpy unidentified(&src, &SerialSignalSource::deviceUnidentified);
        src.start();
        QTRY_COMPARE_WITH_TIMEOUT(src.state(), SignalSource::State::Connected, 10000);

        QVERIFY(pty.writeBoard("@signal 1 1\n@signal 1 2\n"));
        QTRY_COMPARE_WITH_TIMEOUT(rec.signalList.size(), 2, 5000);
        QCOMPARE(rec.signalList[0].deviceToken, QString());
        QCOMPARE(unidentified.size(), 1); // asked once, not for every signal

        src.setFallbackDeviceToken(u"chosen"_s);
        QVERIFY(pty.writeBoard("@signal 1 3\n@device announced\n@signal 1 4\n"));
        QTRY_COMPARE_WITH_TIMEOUT(rec.signalList.size(), 4, 5000);
        QCOMPARE(rec.signalList[2].deviceToken, u"chosen"_s);
        QCOMPARE(rec.signalList[3].deviceToken, u"announced"_s);
    }

    void portInUseIsReported()
    {
        QTemporaryDir dir;
        SocatPty pty(dir.path());
        QCOMPARE(pty.start(), QString());
        QSerialPort other;
        other.setPortName(pty.hostPath());
        QVERIFY2(other.open(QIODevice::ReadWrite), qPrintable(other.errorString()));

        SerialSignalSource src(pty.hostPath(), settings());
        src.start();
        QTRY_COMPARE_WITH_TIMEOUT(src.state(), SignalSource::State::Waiting, 10000);
        QVERIFY2(src.stateDetail().contains(u"in use"_s), qPrintable(src.stateDetail()));
        // Once the other program lets go, the source gets the port on its next try.
        other.close();
        QTRY_COMPARE_WITH_TIMEOUT(src.state(), SignalSource::State::Connected, 10000);
    }

    void missingPortIsRetried()
    {
        QTemporaryDir dir;
        SocatPty pty(dir.path());
        SerialSignalSource src(pty.hostPath(), settings());
        QSignalSpy states(&src, &SignalSource::stateChanged);
        src.start();
        QTRY_COMPARE_WITH_TIMEOUT(src.state(), SignalSource::State::Waiting, 10000);
        QVERIFY2(src.stateDetail().contains(u"not there"_s), qPrintable(src.stateDetail()));
        QCOMPARE(pty.start(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(src.state(), SignalSource::State::Connected, 10000);
        src.stop();
        QCOMPARE(src.state(), SignalSource::State::Stopped);
    }

    void unplugAndReplugWhileSignalsFlow()
    {
        QTemporaryDir dir;
        SocatPty pty(dir.path());
        QCOMPARE(pty.start(), QString());
        SerialSignalSource src(pty.hostPath(), settings());
        Recorder rec(src);
        src.start();

        // The board writes a numbered signal every 2 ms while it is plugged in.
        int next = 0;
        QTimer board;
        board.setInterval(2);
        QObject::connect(&board, &QTimer::timeout, [&] {
            // Never block: a real board's output is simply lost when nobody listens.
            if (pty.writeBoard("@signal 1 " + QByteArray::number(next) + "\n", 0))
                ++next;
        });

        constexpr int kCycles = 20;
        QList<double> idleCpuShares;
        QList<qint64> reconnectMs;
        for (int cycle = 0; cycle < kCycles; ++cycle) {
            QVERIFY(pty.openBoard());
            QElapsedTimer reconnect;
            reconnect.start();
            QTRY_COMPARE_WITH_TIMEOUT(src.state(), SignalSource::State::Connected, 15000);
            reconnectMs.append(reconnect.elapsed());
            board.start();
            // Signals flow again after the replug.
            const qsizetype before = rec.signalList.size();
            QTRY_VERIFY_WITH_TIMEOUT(rec.signalList.size() >= before + 20, 10000);

            // Unplug.
            board.stop();
            pty.stop();
            QTRY_COMPARE_WITH_TIMEOUT(src.state(), SignalSource::State::Waiting, 10000);
            if (cycle % 5 == 4) {
                // While the board is away the source must stay near idle (no spinning on
                // ReadError, no busy reopening).
                const double cpuBefore = hooksmith::test::processCpuMs();
                QElapsedTimer wall;
                wall.start();
                stayIdleFor(1500);
                const double share = (hooksmith::test::processCpuMs() - cpuBefore) / double(wall.elapsed());
                idleCpuShares.append(share);
                QVERIFY2(share < 0.05, qPrintable(u"CPU while unplugged: %1%"_s.arg(share * 100, 0, 'f', 2)));
                QCOMPARE(src.state(), SignalSource::State::Waiting);
            }
            // Replug on the same paths.
            QCOMPARE(pty.start(), QString());
        }
        QVERIFY(pty.openBoard());
        QTRY_COMPARE_WITH_TIMEOUT(src.state(), SignalSource::State::Connected, 15000);
        board.start();
        const qsizetype before = rec.signalList.size();
        QTRY_VERIFY_WITH_TIMEOUT(rec.signalList.size() >= before + 20, 10000);
        board.stop();

        // Whatever was lost while unplugged, what arrived came in the order it was sent.
        for (qsizetype i = 1; i < rec.signalList.size(); ++i)
            QVERIFY(rec.signalList[i].value.text().toInt() > rec.signalList[i - 1].value.text().toInt());
        QVERIFY(rec.warnings.size() <= kCycles); // at most a line cut by each unplug
        qInfo("reconnected after (ms): %s", qPrintable([&] {
                  QStringList s;
                  for (qint64 ms : reconnectMs)
                      s << QString::number(ms);
                  return s.join(u' ');
              }()));
        qInfo("received %lld of %d signals over %d unplugs; CPU while unplugged: %s", qlonglong(rec.signalList.size()),
              next, kCycles, qPrintable([&] {
                  QStringList s;
                  for (double d : idleCpuShares)
                      s << QString::number(d * 100, 'f', 2) + u'%';
                  return s.join(u", "_s);
              }()));
    }
};

QTEST_GUILESS_MAIN(TestSerialSource)
#include "tst_serialsource.moc"

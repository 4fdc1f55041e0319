#include "BoardCatalog.h"
#include "PortWatcher.h"
#include "SocatPty.h"
#include "UsbPorts.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using hooksmith::test::usbPort;

using Kind = BoardIdentity::Kind;
Q_DECLARE_METATYPE(hooksmith::BoardIdentity::Kind)

class TestBoardCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identify_data()
    {
        QTest::addColumn<int>("vid");
        QTest::addColumn<int>("pid");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("label");

        QTest::newRow("Pysense") << 0x04D8 << 0xF012 << Kind::PycomBoard << u"Pysense"_s;
        QTest::newRow("Pysense DFU") << 0x04D8 << 0xF011 << Kind::PycomFirmware
                                     << u"Pysense (in firmware update mode)"_s;
        QTest::newRow("Pytrack") << 0x04D8 << 0xF013 << Kind::PycomBoard << u"Pytrack"_s;
        QTest::newRow("Pytrack DFU") << 0x04D8 << 0xF014 << Kind::PycomFirmware
                                     << u"Pytrack (in firmware update mode)"_s;
        QTest::newRow("Pyscan") << 0x04D8 << 0xEF38 << Kind::PycomBoard << u"Pyscan"_s;
        QTest::newRow("Pyscan DFU") << 0x04D8 << 0xEF37 << Kind::PycomFirmware << u"Pyscan (in firmware update mode)"_s;
        QTest::newRow("Expansion v3") << 0x04D8 << 0xEF98 << Kind::PycomBoard << u"Expansion Board v3"_s;
        QTest::newRow("Expansion v3 DFU")
            << 0x04D8 << 0xEF99 << Kind::PycomFirmware << u"Expansion Board v3 (in firmware update mode)"_s;
        QTest::newRow("Pygate") << 0x04D8 << 0xED14 << Kind::PycomBoard << u"Pygate"_s;
        QTest::newRow("Pygate DFU") << 0x04D8 << 0xED15 << Kind::PycomFirmware << u"Pygate (in firmware update mode)"_s;
        QTest::newRow("Expansion 2.0") << 0x0403 << 0x6015 << Kind::PycomBoard << u"Expansion Board 2.0"_s;
        QTest::newRow("other FTDI") << 0x0403 << 0x6001 << Kind::PossibleBoard << u"FTDI adapter (possible board)"_s;
        QTest::newRow("CP2102") << 0x10C4 << 0xEA60 << Kind::PossibleBoard << u"CP210x adapter (possible board)"_s;
        QTest::newRow("CH340") << 0x1A86 << 0x7523 << Kind::PossibleBoard << u"CH34x adapter (possible board)"_s;
        QTest::newRow("other Microchip") << 0x04D8 << 0x000A << Kind::Other << QString();
        QTest::newRow("Arduino") << 0x2341 << 0x0043 << Kind::Other << QString();
    }

    void identify()
    {
        QFETCH(int, vid);
        QFETCH(int, pid);
        QFETCH(Kind, kind);
        QFETCH(QString, label);
        const BoardIdentity id = BoardCatalog::identify(quint16(vid), quint16(pid));
        QCOMPARE(id.kind, kind);
        QCOMPARE(id.label(), label);
        QCOMPARE(BoardCatalog::identify(std::nullopt, std::nullopt).kind, Kind::Other);
    }

    void usbIdText()
    {
        QCOMPARE(usbPort(u"ttyACM0"_s, 0x04D8, 0xEF98).usbId(), u"04D8:EF98"_s);
        QCOMPARE(PortInfo().usbId(), QString());
    }

    void autoSelect()
    {
        const PortInfo pysense = usbPort(u"ttyACM0"_s, 0x04D8, 0xF012);
        const PortInfo ftdi = usbPort(u"ttyUSB0"_s, 0x0403, 0x6001);
        const PortInfo ftdi2 = usbPort(u"ttyUSB1"_s, 0x0403, 0x6001);
        const PortInfo dfu = usbPort(u"ttyACM1"_s, 0x04D8, 0xF014);
        const PortInfo other = usbPort(u"ttyS0"_s, 0x1234, 0x5678);

        QCOMPARE(BoardCatalog::autoSelect({other, ftdi, pysense})->systemLocation, u"/dev/ttyACM0"_s);
        QCOMPARE(BoardCatalog::autoSelect({other, ftdi})->systemLocation, u"/dev/ttyUSB0"_s);
        const auto several = BoardCatalog::autoSelect({ftdi, ftdi2});
        QVERIFY(!several);
        QVERIFY(several.errorMessage().contains(u"/dev/ttyUSB1"_s));
        const auto updating = BoardCatalog::autoSelect({dfu, other});
        QVERIFY(!updating);
        QVERIFY(updating.errorMessage().contains(u"firmware update mode"_s));
        QVERIFY(!BoardCatalog::autoSelect({other}));
    }

    void linkPaths()
    {
        if (!hooksmith::test::SocatPty::available())
            QFAIL("socat is not installed (apt-get install socat; scripts/test installs it)");
        QTemporaryDir dir;
        hooksmith::test::SocatPty pty(dir.path());
        QCOMPARE(pty.start(), QString());
        const PortInfo p = BoardCatalog::fromPath(pty.hostPath());
        QCOMPARE(p.systemLocation, pty.hostPath());
        QCOMPARE(p.board.kind, Kind::Link);
        QVERIFY2(p.description.contains(u"pseudo-terminal /dev/pts/"_s), qPrintable(p.description));
        QCOMPARE(BoardCatalog::fromPath(dir.filePath(u"nothing"_s)).description, u"not present"_s);
        // A link to a port the system lists takes that port's USB details.
        PortInfo listed = usbPort(u"pts"_s, 0x04D8, 0xF012, u"ABC123"_s);
        listed.systemLocation = QFileInfo(pty.hostPath()).canonicalFilePath();
        const PortInfo known = BoardCatalog::fromPath(pty.hostPath(), {listed});
        QCOMPARE(known.serialNumber, u"ABC123"_s);
        QCOMPARE(known.board.name, u"Pysense"_s);
        QCOMPARE(known.systemLocation, pty.hostPath());
    }

    void watcherNoticesAppearingAndDisappearingLinks()
    {
        if (!hooksmith::test::SocatPty::available())
            QFAIL("socat is not installed (apt-get install socat; scripts/test installs it)");
        QTemporaryDir dir;
        hooksmith::test::SocatPty pty(dir.path());
        PortWatcher watcher;
        QSignalSpy changed(&watcher, &PortWatcher::portsChanged);
        QSignalSpy added(&watcher, &PortWatcher::portAdded);
        QSignalSpy removed(&watcher, &PortWatcher::portRemoved);
        watcher.setExtraPaths({pty.hostPath()});
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(watcher.hasScanned(), 5000);
        const auto hasLink = [&] {
            const QList<PortInfo> ports = watcher.ports();
            return std::any_of(ports.begin(), ports.end(),
                               [&](const PortInfo& p) { return p.systemLocation == pty.hostPath(); });
        };
        QVERIFY(!hasLink());

        // Plugged in: noticed within 2 s.
        added.clear();
        QCOMPARE(pty.start(), QString());
        QElapsedTimer t;
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(hasLink(), 2000);
        qInfo("link noticed after %lld ms", qlonglong(t.elapsed()));
        QVERIFY(std::any_of(added.begin(), added.end(), [&](const QList<QVariant>& args) {
            return args[0].value<PortInfo>().systemLocation == pty.hostPath();
        }));

        // Unplugged: noticed within 2 s.
        pty.stop();
        t.restart();
        QTRY_VERIFY_WITH_TIMEOUT(!hasLink(), 2000);
        QVERIFY(std::any_of(removed.begin(), removed.end(), [&](const QList<QVariant>& args) {
            return args[0].value<PortInfo>().systemLocation == pty.hostPath();
        }));

        // Idle: nothing changes, nothing is reported.
        changed.clear();
        QVERIFY(!changed.wait(1500));
    }
};

QTEST_GUILESS_MAIN(TestBoardCatalog)
#include "tst_boardcatalog.moc"

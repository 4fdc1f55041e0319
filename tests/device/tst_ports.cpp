#include "BoardCatalog.h"
#include "Commands.h"
#include "Json.h"
#include "SocatPty.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

class TestPortsCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableOfSyntheticPorts()
    {
        PortInfo pysense;
        pysense.systemLocation = u"/dev/ttyACM0"_s;
        pysense.vendorId = 0x04D8;
        pysense.productId = 0xF012;
        pysense.serialNumber = u"Py8a3c1f"_s;
        pysense.description = u"Pysense"_s;
        pysense.manufacturer = u"Pycom"_s;
        pysense.board = BoardCatalog::identify(pysense.vendorId, pysense.productId);
        PortInfo dfu = pysense;
        dfu.systemLocation = u"/dev/ttyACM1"_s;
        dfu.productId = 0xF011;
        dfu.serialNumber.clear();
        dfu.board = BoardCatalog::identify(dfu.vendorId, dfu.productId);
        PortInfo plain;
        plain.systemLocation = u"/dev/ttyS0"_s;

        const QStringList lines = cli::PortsCommand::formatTable({pysense, dfu, plain}).split(u'\n');
        QCOMPARE(lines.size(), 5); // header, three ports, the empty rest after the last newline
        QVERIFY(lines[0].startsWith(u"PORT"_s));
        QVERIFY(lines[0].contains(u"USB ID"_s) && lines[0].contains(u"SERIAL"_s) && lines[0].contains(u"BOARD"_s));
        QCOMPARE(cli::PortsCommand::tableRow(pysense),
                 (QStringList{u"/dev/ttyACM0"_s, u"04D8:F012"_s, u"Py8a3c1f"_s, u"Pysense"_s, u"Pysense (Pycom)"_s}));
        QVERIFY(lines[2].contains(u"Pysense (in firmware update mode)"_s));
        QCOMPARE(cli::PortsCommand::tableRow(plain), (QStringList{u"/dev/ttyS0"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s}));
        // Columns line up.
        const qsizetype boardColumn = lines[0].indexOf(u"BOARD"_s);
        QCOMPARE(lines[1].indexOf(u"Pysense"_s), boardColumn);
    }

    void usbStringsAreEscaped()
    {
        // The serial number, description and manufacturer come from the device's USB descriptor.
        PortInfo evil;
        evil.systemLocation = u"/dev/ttyUSB7"_s;
        evil.vendorId = 0x0403;
        evil.productId = 0x6001;
        evil.serialNumber = u"A\x1b]0;pwned\x07"_s;
        evil.description = u"FT232R\r\x1b[2K"_s;
        evil.manufacturer = u"FTDI"_s + QChar(u'\0') + u"\x7f\u009b"_s;
        const QStringList row = cli::PortsCommand::tableRow(evil);
        QCOMPARE(row[2], u"A\\x1b]0;pwned\\x07"_s);
        QCOMPARE(row[4], u"FT232R\\r\\x1b[2K (FTDI\\x00\\x7f\\u009b)"_s);
        const QString table = cli::PortsCommand::formatTable({evil});
        QCOMPARE(table.count(u'\n'), 2); // the header and one line: nothing broke the line
        for (const QChar c : table)
            QVERIFY2(c == u'\n' ||
                         (c.unicode() >= 0x20 && c.unicode() != 0x7f && (c.unicode() < 0x80 || c.unicode() > 0x9f)),
                     qPrintable(table));
    }

    void listsSystemPortsWithAHeader()
    {
        const auto r = test::runCli({u"ports"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(u"PORT"_s));
        QVERIFY(r.err.isEmpty());
    }

    void includesAPseudoTerminalLink()
    {
        if (!test::SocatPty::available())
            QFAIL("socat is not installed (apt-get install socat; scripts/test installs it)");
        QTemporaryDir dir;
        test::SocatPty pty(dir.path());
        QCOMPARE(pty.start(), QString());

        auto r = test::runCli({u"ports"_s, pty.hostPath()});
        QCOMPARE(r.code, 0);
        const QString row = r.out.split(u'\n').filter(pty.hostPath()).value(0);
        QVERIFY2(row.contains(u"pseudo-terminal /dev/pts/"_s), qPrintable(r.out));

        r = test::runCli({u"ports"_s, u"--json"_s, pty.hostPath()});
        QCOMPARE(r.code, 0);
        JsonValue v;
        QVERIFY(parseJson(r.out.trimmed(), v));
        QVERIFY(v.isArray());
        const JsonValue::Array& items = v.arrayItems();
        const auto link = std::find_if(items.begin(), items.end(), [&](const JsonValue& item) {
            for (const auto& [key, value] : item.objectMembers()) {
                if (key == u"port"_s && value.text() == pty.hostPath())
                    return true;
            }
            return false;
        });
        QVERIFY(link != items.end());
        QVERIFY(link->toJson().contains(u"\"kind\":\"link\""_s));
    }

    void missingPathIsBadInput()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"board"_s);
        const auto r = test::runCli({u"ports"_s, path});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(path));
        QVERIFY(r.out.startsWith(u"PORT"_s)); // the ports that exist are still listed
    }

    void helpAndUsage()
    {
        auto r = test::runCli({u"ports"_s, u"--help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"hooksmith-cli ports"_s));
        QVERIFY(r.out.contains(u"--json"_s));
        r = test::runCli({u"ports"_s, u"--bogus"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"--bogus"_s) || r.err.contains(u"bogus"_s));
        r = test::runCli({u"--help"_s});
        QVERIFY(r.out.contains(u"ports"_s));
    }
};

QTEST_GUILESS_MAIN(TestPortsCommand)
#include "tst_ports.moc"

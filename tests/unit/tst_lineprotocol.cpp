#include "LineProtocol.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

Q_DECLARE_METATYPE(hooksmith::LineEvent::Kind)

namespace {

QList<LineEvent> parseAll(const QByteArray& bytes, qsizetype chunk = 0)
{
    LineParser p;
    QList<LineEvent> out;
    if (chunk <= 0) {
        p.feed(bytes, out);
    } else {
        for (qsizetype i = 0; i < bytes.size(); i += chunk)
            p.feed(bytes.sliced(i, std::min(chunk, bytes.size() - i)), out);
    }
    p.finish(out);
    return out;
}

// A compact description of an event, to compare whole event lists.
QString describe(const LineEvent& e)
{
    switch (e.kind) {
    case LineEvent::Kind::Device:
        return u"device "_s + e.text + u'|' + e.deviceName;
    case LineEvent::Kind::Signal:
        return u"signal "_s + QString::number(e.number) + u' ' + e.value.toJson();
    case LineEvent::Kind::Console:
        return u"console "_s + e.text;
    case LineEvent::Kind::Warning:
        return u"warning "_s + e.text + u'|' + e.line;
    }
    return {};
}

QStringList describeAll(const QList<LineEvent>& events)
{
    QStringList out;
    for (const LineEvent& e : events)
        out << describe(e);
    return out;
}

// What a LoPy4 on an Expansion Board prints from power-on to a traceback: ROM boot log, garbage
// from the baud-rate change, the banner, the helper's lines and a traceback.
const QByteArray kBootLog = "\xff\x00\xfe\r\n"
                            "ets Jun  8 2016 00:22:57\r\n"
                            "\r\n"
                            "rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)\r\n"
                            "configsip: 0, SPIWP:0xee\r\n"
                            "clk_drv:0x00,q_drv:0x00,d_drv:0x00,cs0_drv:0x00,hd_drv:0x00,wp_drv:0x00\r\n"
                            "mode:DIO, clock div:1\r\n"
                            "load:0x3fff8020,len:8\r\n"
                            "load:0x3fff8028,len:2140\r\n"
                            "ho 0 tail 12 room 4\r\n"
                            "load:0x4009fa00,len:19760\r\n"
                            "entry 0x400a05bc\r\n"
                            "Pycom MicroPython 1.20.2.r4 [v1.11-ffb0e1c] on 2021-01-12; LoPy4 with ESP32\r\n"
                            "Pybytes Version: 1.6.1\r\n"
                            "Type \"help()\" for more information.\r\n"
                            ">>> import hooksmith\r\n"
                            "@device 240ac4c7a5b8 LoPy4 with ESP32\r\n"
                            ">>> hooksmith.send_signal(1, 0.7)\r\n"
                            "@signal 1 0.7\r\n"
                            ">>> hooksmith.send_signal(2, [1, 2.50, 'x'])\r\n"
                            "@signal 2 [1, 2.50, \"x\"]\r\n"
                            ">>> hooksmith.send_signal(300, 1)\r\n"
                            "Traceback (most recent call last):\r\n"
                            "  File \"<stdin>\", line 1, in <module>\r\n"
                            "  File \"hooksmith.py\", line 48, in send_signal\r\n"
                            "ValueError: signal number must be 0..254\r\n"
                            ">>> "_ba;

} // namespace

class TestLineProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("expected");

        QTest::newRow("decimal kept") << QByteArray("@signal 0 0.70") << u"signal 0 0.70"_s;
        QTest::newRow("exponent kept") << QByteArray("@signal 254 1e3") << u"signal 254 1e3"_s;
        QTest::newRow("20 digits kept") << QByteArray("@signal 7 12345678901234567890")
                                        << u"signal 7 12345678901234567890"_s;
        QTest::newRow("negative zero") << QByteArray("@signal 1 -0.0") << u"signal 1 -0.0"_s;
        QTest::newRow("string") << QByteArray("@signal 2 \"door open\"") << u"signal 2 \"door open\""_s;
        QTest::newRow("utf-8 string") << QByteArray("@signal 2 \"23 \xc2\xb0"
                                                    "C\"")
                                      << u"signal 2 \"23 °C\""_s;
        QTest::newRow("list") << QByteArray("@signal 3 [1, 2.50, \"x\"]") << u"signal 3 [1,2.50,\"x\"]"_s;
        QTest::newRow("object") << QByteArray("@signal 3 {\"a\": 1}") << u"signal 3 {\"a\":1}"_s;
        QTest::newRow("true") << QByteArray("@signal 4 true") << u"signal 4 true"_s;
        QTest::newRow("null") << QByteArray("@signal 4 null") << u"signal 4 null"_s;
        QTest::newRow("tabs and spaces") << QByteArray("@signal\t5 \t 6  ") << u"signal 5 6"_s;
        QTest::newRow("leading zeros") << QByteArray("@signal 007 1") << u"signal 7 1"_s;
        QTest::newRow("device") << QByteArray("@device abc") << u"device abc|"_s;
        QTest::newRow("device with name") << QByteArray("@device abc  My  LoPy ") << u"device abc|My  LoPy"_s;
        QTest::newRow("device utf-8 name") << QByteArray("@device abc K\xc3\xbc"
                                                         "che")
                                           << u"device abc|Küche"_s;
        QTest::newRow("console") << QByteArray("hello") << u"console hello"_s;
        QTest::newRow("empty") << QByteArray("") << u"console "_s;
        QTest::newRow("prompt") << QByteArray(">>> ") << u"console >>> "_s;
        QTest::newRow("longer keyword") << QByteArray("@signals 1 2") << u"console @signals 1 2"_s;
        QTest::newRow("short keyword") << QByteArray("@sig 1 2") << u"console @sig 1 2"_s;
        QTest::newRow("upper case") << QByteArray("@SIGNAL 1 2") << u"console @SIGNAL 1 2"_s;
        QTest::newRow("indented") << QByteArray(" @signal 1 2") << u"console  @signal 1 2"_s;
        QTest::newRow("other @ word") << QByteArray("@hello") << u"console @hello"_s;
        QTest::newRow("echoed call") << QByteArray(">>> print('@signal 1 2')") << u"console >>> print('@signal 1 2')"_s;
        QTest::newRow("invalid utf-8 console") << QByteArray("ab\xff\xfe"
                                                             "cd")
                                               << u"console ab\uFFFD\uFFFDcd"_s;
    }

    void validLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, expected);
        QCOMPARE(describe(LineParser::parseLine(line)), expected);
        // The same through the incremental parser, with either line end.
        QCOMPARE(describeAll(parseAll(line + "\n")), QStringList{expected});
        QCOMPARE(describeAll(parseAll(line + "\r\n", 1)), QStringList{expected});
    }

    void invalidAtLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("message");

        QTest::newRow("no number") << QByteArray("@signal") << u"needs a signal number"_s;
        QTest::newRow("only spaces") << QByteArray("@signal   ") << u"needs a signal number"_s;
        QTest::newRow("no value") << QByteArray("@signal 1") << u"has no value"_s;
        QTest::newRow("no value, spaces") << QByteArray("@signal 1   ") << u"has no value"_s;
        QTest::newRow("255") << QByteArray("@signal 255 1") << u"reserved"_s;
        QTest::newRow("256") << QByteArray("@signal 256 1") << u"out of range"_s;
        QTest::newRow("huge") << QByteArray("@signal 99999999999999999999 1") << u"out of range"_s;
        QTest::newRow("-1") << QByteArray("@signal -1 1") << u"is not a signal number"_s;
        QTest::newRow("+1") << QByteArray("@signal +1 1") << u"is not a signal number"_s;
        QTest::newRow("1.5") << QByteArray("@signal 1.5 1") << u"is not a signal number"_s;
        QTest::newRow("1e2") << QByteArray("@signal 1e2 1") << u"is not a signal number"_s;
        QTest::newRow("hex") << QByteArray("@signal 0x10 1") << u"is not a signal number"_s;
        QTest::newRow("word") << QByteArray("@signal one 1") << u"is not a signal number"_s;
        QTest::newRow("json unclosed object") << QByteArray("@signal 4 {bad") << u"not JSON"_s;
        QTest::newRow("json unclosed list") << QByteArray("@signal 4 [1, 2") << u"not JSON"_s;
        QTest::newRow("json single quotes") << QByteArray("@signal 4 'open'") << u"not JSON"_s;
        QTest::newRow("json bare word") << QByteArray("@signal 4 open") << u"not JSON"_s;
        QTest::newRow("json python True") << QByteArray("@signal 4 True") << u"not JSON"_s;
        QTest::newRow("json nan") << QByteArray("@signal 4 nan") << u"not JSON"_s;
        QTest::newRow("json leading zero") << QByteArray("@signal 4 01") << u"not JSON"_s;
        QTest::newRow("json trailing dot") << QByteArray("@signal 4 1.") << u"not JSON"_s;
        QTest::newRow("json two values") << QByteArray("@signal 4 1 2") << u"not JSON"_s;
        QTest::newRow("json unterminated string") << QByteArray("@signal 4 \"open") << u"not JSON"_s;
        QTest::newRow("json trailing comma") << QByteArray("@signal 4 [1,]") << u"not JSON"_s;
        QTest::newRow("json NUL in string") << QByteArray("@signal 4 \"a\0b\"", 16) << u"not JSON"_s;
        QTest::newRow("invalid utf-8 signal") << QByteArray("@signal 1 \"\xff\"") << u"not valid UTF-8"_s;
        QTest::newRow("utf-8 surrogate") << QByteArray("@signal 1 \"\xed\xa0\x80\"") << u"not valid UTF-8"_s;
        QTest::newRow("utf-8 overlong") << QByteArray("@signal 1 \"\xc0\xaf\"") << u"not valid UTF-8"_s;
        QTest::newRow("utf-8 truncated") << QByteArray("@signal 1 \"\xe2\x82\"") << u"not valid UTF-8"_s;
        QTest::newRow("device without token") << QByteArray("@device") << u"needs a device token"_s;
        QTest::newRow("device only spaces") << QByteArray("@device  \t ") << u"needs a device token"_s;
        QTest::newRow("device invalid utf-8") << QByteArray("@device ab\xff") << u"not valid UTF-8"_s;
        QTest::newRow("device NUL") << QByteArray("@device ab\0cd", 13) << u"control character"_s;
    }

    void invalidAtLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, message);
        const QList<LineEvent> ev = parseAll(line + "\r\n@signal 9 1\n");
        QCOMPARE(ev.size(), 2);
        QCOMPARE(ev[0].kind, LineEvent::Kind::Warning);
        QVERIFY2(ev[0].text.contains(message), qPrintable(ev[0].text));
        QCOMPARE(ev[0].line, QString::fromUtf8(line));
        // Never fatal: the next line is parsed as usual.
        QCOMPARE(describe(ev[1]), u"signal 9 1"_s);
    }

    void bootLogAndTraceback()
    {
        const QStringList expected = {
            u"console \uFFFD\u0000\uFFFD"_s,
            u"console ets Jun  8 2016 00:22:57"_s,
            u"console "_s,
            u"console rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)"_s,
            u"console configsip: 0, SPIWP:0xee"_s,
            u"console clk_drv:0x00,q_drv:0x00,d_drv:0x00,cs0_drv:0x00,hd_drv:0x00,wp_drv:0x00"_s,
            u"console mode:DIO, clock div:1"_s,
            u"console load:0x3fff8020,len:8"_s,
            u"console load:0x3fff8028,len:2140"_s,
            u"console ho 0 tail 12 room 4"_s,
            u"console load:0x4009fa00,len:19760"_s,
            u"console entry 0x400a05bc"_s,
            u"console Pycom MicroPython 1.20.2.r4 [v1.11-ffb0e1c] on 2021-01-12; LoPy4 with ESP32"_s,
            u"console Pybytes Version: 1.6.1"_s,
            u"console Type \"help()\" for more information."_s,
            u"console >>> import hooksmith"_s,
            u"device 240ac4c7a5b8|LoPy4 with ESP32"_s,
            u"console >>> hooksmith.send_signal(1, 0.7)"_s,
            u"signal 1 0.7"_s,
            u"console >>> hooksmith.send_signal(2, [1, 2.50, 'x'])"_s,
            u"signal 2 [1,2.50,\"x\"]"_s,
            u"console >>> hooksmith.send_signal(300, 1)"_s,
            u"console Traceback (most recent call last):"_s,
            u"console   File \"<stdin>\", line 1, in <module>"_s,
            u"console   File \"hooksmith.py\", line 48, in send_signal"_s,
            u"console ValueError: signal number must be 0..254"_s,
            u"console >>> "_s,
        };
        QCOMPARE(describeAll(parseAll(kBootLog)), expected);
        QCOMPARE(describeAll(parseAll(kBootLog, 1)), expected);
        // Split into two reads at every byte position.
        for (qsizetype at = 0; at <= kBootLog.size(); ++at) {
            LineParser p;
            QList<LineEvent> out;
            p.feed(QByteArrayView(kBootLog).first(at), out);
            p.feed(QByteArrayView(kBootLog).sliced(at), out);
            p.finish(out);
            QCOMPARE(describeAll(out), expected);
        }
    }

    void lineEnds()
    {
        QCOMPARE(describeAll(parseAll("a\r\nb\nc\r\r\n\r\n")),
                 (QStringList{u"console a"_s, u"console b"_s, u"console c\r"_s, u"console "_s}));
        // A CR and its LF in different reads.
        LineParser p;
        QList<LineEvent> out;
        p.feed("@signal 1 2\r", out);
        QVERIFY(out.isEmpty());
        p.feed("\n", out);
        QCOMPARE(describeAll(out), QStringList{u"signal 1 2"_s});
        // The last line without a line end counts once the stream ends.
        QCOMPARE(describeAll(parseAll("x\n@signal 3 4")), (QStringList{u"console x"_s, u"signal 3 4"_s}));
    }

    void nulBytes()
    {
        const QByteArray input("a\0b\n\0@signal 1 2\n@signal 1 2\n", 29);
        QCOMPARE(describeAll(parseAll(input)),
                 (QStringList{u"console a\u0000b"_s, u"console \u0000@signal 1 2"_s, u"signal 1 2"_s}));
    }

    void overlongLineIsDroppedAndReadingGoesOn_data()
    {
        QTest::addColumn<qsizetype>("chunk");
        QTest::newRow("whole") << qsizetype(0);
        QTest::newRow("4096") << qsizetype(4096);
        QTest::newRow("65537") << qsizetype(65537);
        QTest::newRow("1") << qsizetype(1);
    }

    void overlongLineIsDroppedAndReadingGoesOn()
    {
        QFETCH(qsizetype, chunk);
        QByteArray input = "@signal 1 \"" + QByteArray(1024 * 1024, 'x') + "\"\r\n@signal 1 7\n";
        const QList<LineEvent> ev = parseAll(input, chunk);
        QCOMPARE(ev.size(), 2);
        QCOMPARE(ev[0].kind, LineEvent::Kind::Warning);
        QVERIFY(ev[0].text.contains(u"64 KiB"));
        QVERIFY(ev[0].line.startsWith(u"@signal 1 \"xxx"));
        QCOMPARE(describe(ev[1]), u"signal 1 7"_s);
    }

    void lineAtTheLimit()
    {
        const QByteArray longest(LineParser::kMaxLineBytes, 'y');
        // Exactly 64 KiB (CR not counted) is kept; one byte more is dropped.
        QList<LineEvent> ev = parseAll(longest + "\r\n" + longest + "y\nz\n", 1000);
        QCOMPARE(ev.size(), 3);
        QCOMPARE(ev[0].kind, LineEvent::Kind::Console);
        QCOMPARE(ev[0].text.size(), LineParser::kMaxLineBytes);
        QCOMPARE(ev[1].kind, LineEvent::Kind::Warning);
        QCOMPARE(describe(ev[2]), u"console z"_s);
        // An over-long last line without a line end is dropped too.
        ev = parseAll(longest + "yy");
        QCOMPARE(ev.size(), 1);
        QCOMPARE(ev[0].kind, LineEvent::Kind::Warning);
        // A big signal value within the limit arrives whole.
        const QByteArray value = '"' + QByteArray(60000, 'v') + '"';
        ev = parseAll("@signal 5 " + value + "\n", 777);
        QCOMPARE(ev.size(), 1);
        QCOMPARE(ev[0].kind, LineEvent::Kind::Signal);
        QCOMPARE(ev[0].value.text().size(), 60000);
    }

    void warningLineIsCut()
    {
        const QByteArray line = "@signal 1 [" + QByteArray(1000, '1') + ",]";
        const QList<LineEvent> ev = parseAll(line);
        QCOMPARE(ev.size(), 1);
        QCOMPARE(ev[0].kind, LineEvent::Kind::Warning);
        QCOMPARE(ev[0].line.size(), 201);
        QVERIFY(ev[0].line.endsWith(u"…"));
    }

    void resetForgetsPartialLine()
    {
        LineParser p;
        QList<LineEvent> out;
        p.feed("@signal 1 2", out);
        p.reset();
        p.feed("@signal 3 4\n", out);
        QCOMPARE(describeAll(out), QStringList{u"signal 3 4"_s});
    }
};

QTEST_GUILESS_MAIN(TestLineProtocol)
#include "tst_lineprotocol.moc"

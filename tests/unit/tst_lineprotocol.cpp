#include "LineProtocol.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

class TestLineProtocol : public QObject
{
    Q_OBJECT

    static QList<LineEvent> parseAll(QByteArrayView bytes, qsizetype chunk = 0)
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

private Q_SLOTS:
    void signalsDevicesAndConsole()
    {
        const QByteArray input = "MicroPython v1.20.0 on 2023-01-01; LoPy4 with ESP32\r\n"
                                 "@device 3f0e7a8e-5c2b My LoPy\r\n"
                                 "@signal 1 23.50\n"
                                 "@signal 2 \"door open\"\n"
                                 "@signal 3 [1, 2, 3]\n"
                                 "@signal 255 1\n"
                                 "@signal x 1\n"
                                 "@signal 4 {bad\n"
                                 ">>> ";
        for (const qsizetype chunk : {qsizetype(0), qsizetype(1), qsizetype(3), qsizetype(7)}) {
            const QList<LineEvent> ev = parseAll(input, chunk);
            QCOMPARE(ev.size(), 9);
            QCOMPARE(ev[0].kind, LineEvent::Kind::Console);
            QCOMPARE(ev[0].text, u"MicroPython v1.20.0 on 2023-01-01; LoPy4 with ESP32"_s);
            QCOMPARE(ev[1].kind, LineEvent::Kind::Device);
            QCOMPARE(ev[1].text, u"3f0e7a8e-5c2b"_s);
            QCOMPARE(ev[1].deviceName, u"My LoPy"_s);
            QCOMPARE(ev[2].kind, LineEvent::Kind::Signal);
            QCOMPARE(ev[2].number, 1);
            QCOMPARE(ev[2].value.toJson(), u"23.50"_s);
            QCOMPARE(ev[3].value, JsonValue::string(u"door open"_s));
            QCOMPARE(ev[4].value.toJson(), u"[1,2,3]"_s);
            QCOMPARE(ev[5].kind, LineEvent::Kind::Warning);
            QVERIFY(ev[5].text.contains(u"reserved"));
            QCOMPARE(ev[6].kind, LineEvent::Kind::Warning);
            QCOMPARE(ev[7].kind, LineEvent::Kind::Warning);
            QCOMPARE(ev[7].line, u"@signal 4 {bad"_s);
            QCOMPARE(ev[8].kind, LineEvent::Kind::Console);
            QCOMPARE(ev[8].text, u">>> "_s);
        }
    }

    void overlongLineIsDroppedAndReadingGoesOn()
    {
        QByteArray input(1024 * 1024, 'x');
        input += "\n@signal 1 7\n";
        const QList<LineEvent> ev = parseAll(input, 4096);
        QCOMPARE(ev.size(), 2);
        QCOMPARE(ev[0].kind, LineEvent::Kind::Warning);
        QCOMPARE(ev[1].kind, LineEvent::Kind::Signal);
        QCOMPARE(ev[1].value.toJson(), u"7"_s);
    }

    void invalidUtf8()
    {
        const QList<LineEvent> ev = parseAll("ab\xff\xfe"
                                             "cd\n@signal 1 \"\xff\"\n");
        QCOMPARE(ev.size(), 2);
        QCOMPARE(ev[0].kind, LineEvent::Kind::Console);
        QCOMPARE(ev[0].text, u"ab\uFFFD\uFFFDcd"_s);
        QCOMPARE(ev[1].kind, LineEvent::Kind::Warning);
    }
};

QTEST_GUILESS_MAIN(TestLineProtocol)
#include "tst_lineprotocol.moc"

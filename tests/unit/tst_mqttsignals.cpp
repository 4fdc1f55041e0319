// Pybytes messages built byte for byte as the Pybytes library (esp32/frozen/Pybytes/_pybytes_library.py and
// _pybytes_protocol.py) builds them, and the Hooksmith JSON topic scheme.
#include "MqttSignals.h"

#include <QTest>
#include <QtEndian>

#include <cstring>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

/// __pack_message: struct.pack(">B%ds", header, body) with header = (network << 4) & 0x30 | type & 0x0F;
/// the body of a signal is struct.pack(">BB%ds", command 5, pin, value bytes).
QByteArray packSignal(quint8 network, quint8 pin, const QByteArray& value)
{
    QByteArray m;
    m.append(char(((network << 4) & 0x30) | 0x0E));
    m.append(char(5));
    m.append(char(pin));
    return m + value;
}

QByteArray intValue(qint32 v)
{
    QByteArray b(4, 0);
    qToBigEndian(v, b.data());
    return b + QByteArray(1, 0);
}

QByteArray floatValue(float v)
{
    QByteArray b(4, 0);
    qToLittleEndian(v, b.data());
    return b + QByteArray(1, 1);
}

} // namespace

class TestMqttSignals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pybytesSignals_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("json");
        QTest::newRow("int") << packSignal(0, 1, intValue(42)) << 1 << u"42"_s;
        QTest::newRow("negative int") << packSignal(0, 2, intValue(-7)) << 2 << u"-7"_s;
        QTest::newRow("int limits") << packSignal(0, 3, intValue(-2147483647 - 1)) << 3 << u"-2147483648"_s;
        QTest::newRow("float 0.7") << packSignal(0, 4, floatValue(0.7f)) << 4 << u"0.7"_s;
        QTest::newRow("float 21.3") << packSignal(0, 4, floatValue(21.3f)) << 4 << u"21.3"_s;
        QTest::newRow("float 1e-45") << packSignal(0, 4, floatValue(1e-45f)) << 4 << u"1e-45"_s;
        QTest::newRow("float 3e38") << packSignal(0, 4, floatValue(3e38f)) << 4 << u"3e+38"_s;
        QTest::newRow("float -0.1") << packSignal(0, 4, floatValue(-0.1f)) << 4 << u"-0.1"_s;
        QTest::newRow("string") << packSignal(0, 5, "hello3") << 5 << u"\"hello\""_s;
        QTest::newRow("utf-8 string") << packSignal(0, 5, "h\xc3\xa9llo3") << 5 << u"\"h\u00e9llo\""_s;
        QTest::newRow("empty string") << packSignal(0, 5, "3") << 5 << u"\"\""_s;
        QTest::newRow("string ending in 3") << packSignal(0, 5, "room 33") << 5 << u"\"room 3\""_s;
        QTest::newRow("list of numbers") << packSignal(0, 6, "[1, 2.5, -3]3") << 6 << u"[1,2.5,-3]"_s;
        // str() of strings in a list has no quotes: not JSON, kept as the text the board sent.
        QTest::newRow("list of strings") << packSignal(0, 6, "[a, b]3") << 6 << u"\"[a, b]\""_s;
        QTest::newRow("LTE board") << packSignal(3, 7, intValue(1)) << 7 << u"1"_s;
        QTest::newRow("signal 0") << packSignal(0, 0, intValue(0)) << 0 << u"0"_s;
        QTest::newRow("signal 254") << packSignal(0, 254, intValue(0)) << 254 << u"0"_s;
        // 5 bytes that end in '3' are a 4-character string, not an int or float.
        QTest::newRow("4 characters") << packSignal(0, 8, "abcd3") << 8 << u"\"abcd\""_s;
    }

    void pybytesSignals()
    {
        QFETCH(QByteArray, message);
        QFETCH(int, number);
        QFETCH(QString, json);
        const MqttSignals::PybytesMessage m = MqttSignals::decodePybytes(message);
        QCOMPARE(m.kind, MqttSignals::PybytesMessage::Kind::Signal);
        QCOMPARE(m.number, number);
        QCOMPARE(m.value.toJson(), json);
    }

    void pybytesOtherMessages()
    {
        using Kind = MqttSignals::PybytesMessage::Kind;
        // A ping (pack_ping_message: the header alone); the pong goes back with the same network type.
        const auto ping = MqttSignals::decodePybytes(QByteArray(1, char(0x30)));
        QCOMPARE(ping.kind, Kind::Ping);
        QCOMPARE(ping.networkType, quint8(3));
        QCOMPARE(MqttSignals::pybytesPong(ping.networkType), QByteArray(1, char(0x37)));
        QCOMPARE(MqttSignals::pybytesPong(0), QByteArray(1, char(0x07)));
        // Info, battery, the terminal pin, digital and analog values: not signals.
        QCOMPARE(MqttSignals::decodePybytes(QByteArray("\x01\x02\x00\x00\x00\x01\x00\x00", 8)).kind, Kind::Other);
        QCOMPARE(MqttSignals::decodePybytes(QByteArray("\x04\x50", 2)).kind, Kind::Other);
        QCOMPARE(MqttSignals::decodePybytes(packSignal(0, 255, "print(1)")).kind, Kind::Other);
        QCOMPARE(MqttSignals::decodePybytes(QByteArray("\x0e\x03\x10\x00\x05", 5)).kind, Kind::Other);
        // Malformed: empty, no value, a value of no known kind.
        QCOMPARE(MqttSignals::decodePybytes({}).kind, Kind::Malformed);
        QCOMPARE(MqttSignals::decodePybytes(packSignal(0, 1, {})).kind, Kind::Malformed);
        const auto bad = MqttSignals::decodePybytes(packSignal(0, 1, QByteArray("\x01\x02", 2)));
        QCOMPARE(bad.kind, Kind::Malformed);
        QVERIFY(bad.error.contains(u"neither"_s));
        QCOMPARE(MqttSignals::decodePybytes(packSignal(0, 1,
                                                       "\xff\xfe"
                                                       "3"))
                     .kind,
                 Kind::Malformed);
    }

    void shortestFloat32()
    {
        // Every float32 comes back from its shortest text.
        for (const float f : {0.7f, 0.1f, 1.0f / 3.0f, 123456.789f, 1e-38f, 16777217.0f, -2.5e-7f}) {
            const QString text = MqttSignals::shortestFloat32(f);
            QCOMPARE(text.toFloat(), f);
        }
        QCOMPARE(MqttSignals::shortestFloat32(0.7f), u"0.7"_s);
        QCOMPARE(MqttSignals::shortestFloat32(100.0f), u"100"_s);
    }

    void hooksmithTopics()
    {
        QString error;
        auto t = MqttSignals::parseHooksmithTopic(u"hooksmith/tok-1/signal/12", &error);
        QVERIFY(t);
        QCOMPARE(t->kind, MqttSignals::HooksmithTopic::Kind::Signal);
        QCOMPARE(t->token, u"tok-1"_s);
        QCOMPARE(t->number, 12);
        t = MqttSignals::parseHooksmithTopic(u"hooksmith/tok-1/device", &error);
        QVERIFY(t);
        QCOMPARE(t->kind, MqttSignals::HooksmithTopic::Kind::Device);
        for (const QString& bad :
             {u"hooksmith/tok-1/signal/255"_s, u"hooksmith/tok-1/signal/x"_s, u"hooksmith/tok-1/signal/-1"_s,
              u"hooksmith//signal/1"_s, u"hooksmith/tok-1/other"_s, u"hooksmith/tok-1/signal/1/extra"_s,
              u"hooksmith/tok-1/signal/1/"_s, u"hooksmith/tok-1/device/"_s, u"hooksmith/tok-1/signal/1/a/b/c"_s,
              u"hooksmith/tok-1"_s, u"hooksmith/tok-1/signal/"_s, u"hooksmith/tok-1/signal"_s}) {
            error.clear();
            QVERIFY2(!MqttSignals::parseHooksmithTopic(bad, &error), qPrintable(bad));
            QVERIFY2(!error.isEmpty(), qPrintable(bad));
        }
        error.clear();
        QVERIFY(!MqttSignals::parseHooksmithTopic(u"other/topic", &error));
        QVERIFY(error.isEmpty());
        QCOMPARE(MqttSignals::pybytesToken(u"uabc-123"), u"abc-123"_s);
        QCOMPARE(MqttSignals::pybytesToken(u"uabc-123/ota"), QString());
        QCOMPARE(MqttSignals::pybytesToken(u"dabc"), QString());
    }
};

QTEST_APPLESS_MAIN(TestMqttSignals)
#include "tst_mqttsignals.moc"

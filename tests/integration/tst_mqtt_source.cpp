// The MQTT source against a real Mosquitto broker, in the process: while the runtime cannot take
// signals (the source is paused), QoS 0 messages are kept up to a bound, in order; beyond it they are
// dropped, counted and logged, and what was kept goes on when reading resumes. QoS 1 messages are
// never dropped: the broker holds them back.
#include "MqttSource.h"
#include "MqttTestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace hooksmith::test;

namespace {
const QString kToken = u"0f3b6a4e-aa55-4c1e-9f00-5d1a2b3c4d5e"_s;
} // namespace

class TestMqttSource : public QObject
{
    Q_OBJECT

private:
    MqttSource::Options optionsFor(const MosquittoBroker& broker, int maxQueuedQos0)
    {
        MqttSource::Options o;
        o.connection.host = u"127.0.0.1"_s;
        o.connection.port = broker.port();
        o.connection.clientId = u"tst-mqtt-source-%1"_s.arg(++m_clients);
        o.connection.cleanStart = true;
        o.displayUrl = broker.url();
        o.maxQueuedQos0 = maxQueuedQos0;
        return o;
    }

    /// Publishes `payloads` on signal 1 of kToken, in order, with `qos`.
    static bool publish(const MosquittoBroker& broker, const QList<QByteArray>& payloads, int qos)
    {
        MqttClient client;
        MqttConnectOptions o;
        o.host = u"127.0.0.1"_s;
        o.port = broker.port();
        o.clientId = u"tst-mqtt-source-publisher"_s;
        o.cleanStart = true;
        client.setOptions(o);
        QSignalSpy connected(&client, &MqttClient::connected);
        client.connectToBroker();
        if (!connected.wait(10000))
            return false;
        QSignalSpy acked(&client, &MqttClient::published);
        for (const QByteArray& payload : payloads)
            client.publish(u"hooksmith/%1/signal/1"_s.arg(kToken), payload, quint8(qos));
        if (qos > 0) {
            for (int waited = 0; acked.size() < payloads.size() && waited < 10000; waited += 50)
                QTest::qWait(50);
            if (acked.size() < payloads.size())
                return false;
        } else {
            QTest::qWait(200); // QoS 0 has no acknowledgement: give the bytes time to leave
        }
        client.disconnectFromBroker();
        return true;
    }

    /// Publishes `count` messages on signal 1 of kToken with values from..from+count-1, with `qos`.
    static bool publish(const MosquittoBroker& broker, int from, int count, int qos)
    {
        QList<QByteArray> payloads;
        for (int i = from; i < from + count; ++i)
            payloads.append(QByteArray::number(i));
        return publish(broker, payloads, qos);
    }

    static QList<int> values(const QSignalSpy& spy)
    {
        QList<int> out;
        for (const QList<QVariant>& args : spy)
            out.append(args.at(0).value<Signal>().value.toText().toInt());
        return out;
    }

    static QList<int> range(int from, int to)
    {
        QList<int> out;
        for (int i = from; i < to; ++i)
            out.append(i);
        return out;
    }

    QTemporaryDir m_dir;
    int m_clients = 0;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Signal>();
        QVERIFY(m_dir.isValid());
    }

    void qos0BeyondTheBoundIsDroppedAndSaidWhilePaused()
    {
        MosquittoBroker broker(m_dir.path());
        QVERIFY2(broker.start(), qPrintable(broker.log()));
        MqttSource source(optionsFor(broker, 10));
        QSignalSpy signalsSeen(&source, &SignalSource::signalReceived);
        QSignalSpy warnings(&source, &SignalSource::warning);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(source.state() == SignalSource::State::Connected, 10000);

        source.setPaused(true);
        QVERIFY(publish(broker, 1, 30, 0));
        QTRY_COMPARE_WITH_TIMEOUT(source.stats().received, quint64(30), 10000);
        QCOMPARE(signalsSeen.size(), 0);
        QCOMPARE(source.stats().dropped, quint64(20));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.at(0).at(0).toString().contains(u"10 QoS 0 messages are waiting"_s),
                 qPrintable(warnings.at(0).at(0).toString()));

        source.setPaused(false);
        QCOMPARE(values(signalsSeen), range(1, 11)); // the first ten, in order
        QCOMPARE(warnings.size(), 2);
        QVERIFY2(warnings.at(1).at(0).toString().contains(u"20 QoS 0 message(s) were dropped"_s),
                 qPrintable(warnings.at(1).at(0).toString()));

        // Room again: a new pause starts a new count, and nothing is dropped below the bound.
        source.setPaused(true);
        QVERIFY(publish(broker, 100, 5, 0));
        QTRY_COMPARE_WITH_TIMEOUT(source.stats().received, quint64(35), 10000);
        source.setPaused(false);
        QCOMPARE(source.stats().dropped, quint64(20));
        QCOMPARE(values(signalsSeen).mid(10), range(100, 105));
        QCOMPARE(warnings.size(), 2);
        source.stop();
    }

    // A payload that is not UTF-8 is refused with the reason, acknowledged so that the broker does not send it
    // again, and stops nothing that follows. A byte order mark in front of JSON is dropped (RFC 8259 allows it).
    // Each signal is said to be stored as it arrives: the source acknowledges only what the outbox took.
    void payloadsThatAreNotUtf8AreRefusedAndAcknowledged()
    {
        MosquittoBroker broker(m_dir.path());
        QVERIFY2(broker.start(), qPrintable(broker.log()));
        MqttSource source(optionsFor(broker, 10));
        QSignalSpy signalsSeen(&source, &SignalSource::signalReceived);
        QSignalSpy warnings(&source, &SignalSource::warning);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(source.state() == SignalSource::State::Connected, 10000);
        connect(&source, &SignalSource::signalReceived, &source,
                [&source](const Signal& s) { source.signalStored(s.ticket); });

        const QList<QByteArray> payloads{
            QByteArray("\xff\xfe"),     // never UTF-8
            QByteArray("\"caf\xc3\""),  // cut in the middle of a character
            QByteArray("\xc0\xaf"),     // an overlong '/'
            QByteArray("\xed\xa0\x80"), // a UTF-16 surrogate
            QByteArray("\xef\xbb\xbf"
                       "42"),                           // a byte order mark, then JSON
            QByteArray("\"caf\xc3\xa9 \xe2\x98\x83\""), // UTF-8: "café ☃"
        };
        QVERIFY(publish(broker, payloads, 1));

        QTRY_COMPARE_WITH_TIMEOUT(source.stats().received, quint64(payloads.size()), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(source.stats().acknowledged, quint64(payloads.size()), 10000);
        QCOMPARE(source.stats().refused, quint64(4));
        QCOMPARE(warnings.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QVERIFY2(warnings.at(i).at(0).toString().contains(u"the payload is not UTF-8"_s),
                     qPrintable(warnings.at(i).at(0).toString()));
        }
        QCOMPARE(signalsSeen.size(), 2);
        QCOMPARE(signalsSeen.at(0).at(0).value<Signal>().value.toText(), u"42"_s);
        QCOMPARE(signalsSeen.at(1).at(0).value<Signal>().value.toText(), u"caf\u00e9 \u2603"_s);
        source.stop();
    }
};

QTEST_GUILESS_MAIN(TestMqttSource)
#include "tst_mqtt_source.moc"

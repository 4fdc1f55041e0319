#include "VirtualDevice.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

class TestVirtualDevice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manualValues()
    {
        VirtualDevice dev(u"virt-1"_s, u"Desk sensor"_s);
        QSignalSpy received(&dev, &SignalSource::signalReceived);
        QSignalSpy announced(&dev, &SignalSource::deviceAnnounced);
        QVERIFY(!dev.sendText(1, u"2"_s)); // not started
        dev.start();
        QCOMPARE(dev.state(), SignalSource::State::Connected);
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced[0][0].toString(), u"virt-1"_s);
        QCOMPARE(announced[0][1].toString(), u"Desk sensor"_s);

        QVERIFY(dev.sendValue(3, JsonValue::numberText(u"0.70"_s)));
        QVERIFY(dev.sendText(4, u"door open"_s));
        QVERIFY(dev.sendText(5, u"[1, 2]"_s));
        const Status reserved = dev.sendText(255, u"1"_s);
        QVERIFY(!reserved);
        QVERIFY(reserved.errorMessage().contains(u"reserved"_s));
        QCOMPARE(received.size(), 3);
        const auto sig = [&](int i) {
            return received[i][0].value<Signal>();
        };
        QCOMPARE(sig(0).deviceToken, u"virt-1"_s);
        QCOMPARE(sig(0).number, 3);
        QCOMPARE(sig(0).value.toJson(), u"0.70"_s);
        QCOMPARE(sig(1).value, JsonValue::string(u"door open"_s));
        QCOMPARE(sig(2).value.toJson(), u"[1,2]"_s);
        QVERIFY(sig(2).receivedAt.isValid());
        QCOMPARE(dev.signalCount(), quint64(3));

        // A console line stays a console line, even one that looks like a protocol line.
        QSignalSpy console(&dev, &SignalSource::consoleLine);
        dev.sendConsoleLine(u"hello"_s);
        QCOMPARE(console.size(), 1);
    }

    void periodicSine()
    {
        VirtualDevice dev(u"virt-2"_s);
        VirtualDevice::Generator g;
        g.number = 7;
        g.periodSeconds = 1;
        g.ratePerSecond = 50;
        g.center = 20;
        g.amplitude = 5;
        g.decimals = 3;
        QVERIFY(dev.setGenerator(g));
        QList<Signal> got;
        connect(&dev, &SignalSource::signalReceived, this, [&](const Signal& s) { got.append(s); });
        dev.start();
        QElapsedTimer t;
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(got.size() >= 50, 10000);
        // 50 per second: a second's worth takes about a second.
        QVERIFY2(t.elapsed() >= 700, qPrintable(QString::number(t.elapsed())));
        double lo = 1e9;
        double hi = -1e9;
        for (const Signal& s : std::as_const(got)) {
            QCOMPARE(s.number, 7);
            QCOMPARE(s.deviceToken, u"virt-2"_s);
            const QString text = s.value.toJson();
            QCOMPARE(text.size() - text.indexOf(u'.') - 1, 3); // three decimals, as asked
            lo = std::min(lo, s.value.toDouble());
            hi = std::max(hi, s.value.toDouble());
        }
        // A whole cycle went by: the values span the band.
        QVERIFY(lo >= 15 && lo < 15.5);
        QVERIFY(hi <= 25 && hi > 24.5);

        dev.stop();
        const qsizetype afterStop = got.size();
        QSignalSpy more(&dev, &SignalSource::signalReceived);
        QVERIFY(!more.wait(200));
        QCOMPARE(got.size(), afterStop);
    }

    void randomWalkStaysInBand()
    {
        VirtualDevice dev(u"virt-3"_s);
        dev.setSeed(42);
        VirtualDevice::Generator g;
        g.waveform = VirtualDevice::Waveform::RandomWalk;
        g.center = 0;
        g.amplitude = 1;
        QVERIFY(dev.setGenerator(g));
        double previous = 0;
        bool moved = false;
        for (int i = 0; i < 1000; ++i) {
            const double v = dev.generatedValue(i);
            QVERIFY(v >= -1 && v <= 1);
            QVERIFY(std::abs(v - previous) <= 0.1 + 1e-12);
            moved = moved || v != previous;
            previous = v;
        }
        QVERIFY(moved);
    }

    void generatorIsChecked()
    {
        VirtualDevice dev(u"virt-4"_s);
        VirtualDevice::Generator g;
        g.number = 255;
        QVERIFY(!dev.setGenerator(g));
        g.number = 1;
        g.ratePerSecond = 0;
        QVERIFY(!dev.setGenerator(g));
        g.ratePerSecond = 1;
        g.periodSeconds = 0;
        QVERIFY(!dev.setGenerator(g));
        QVERIFY(!dev.generator().has_value());
    }
};

QTEST_GUILESS_MAIN(TestVirtualDevice)
#include "tst_virtualdevice.moc"

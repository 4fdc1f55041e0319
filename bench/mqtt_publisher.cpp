// Publishes N signals of the Hooksmith JSON scheme with QoS 1 for bench/mqtt.sh: the devices in turn,
// each payload the publish time in microseconds since the epoch (so that the receiver's log gives the
// latency), as fast as the broker's Receive Maximum allows or at a fixed rate. Exits once the broker has
// acknowledged every message, printing {"published": N, "seconds": S} on stdout.
#include "MqttClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

qint64 nowMicros()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption urlOpt(u"url"_s, u"mqtt://HOST:PORT"_s, u"URL"_s);
    const QCommandLineOption countOpt(u"count"_s, u"signals"_s, u"N"_s, u"10000"_s);
    const QCommandLineOption devicesOpt(u"devices"_s, u"devices (bench-device-0...)"_s, u"N"_s, u"8"_s);
    const QCommandLineOption rateOpt(u"rate"_s, u"signals per second (0: as fast as possible)"_s, u"N"_s, u"0"_s);
    parser.addOptions({urlOpt, countOpt, devicesOpt, rateOpt});
    parser.process(app);
    const QUrl url(parser.value(urlOpt));
    const int count = parser.value(countOpt).toInt();
    const int devices = std::max(1, parser.value(devicesOpt).toInt());
    const int rate = parser.value(rateOpt).toInt();

    MqttClient client;
    MqttConnectOptions o;
    o.host = url.host();
    o.port = quint16(url.port(1883));
    o.clientId = u"hooksmith-bench-publisher"_s;
    o.cleanStart = true;
    o.sessionExpirySeconds = 0;
    client.setOptions(o);

    int next = 0;
    int acknowledged = 0;
    QElapsedTimer clock;
    QTimer pace;
    auto publishOne = [&] {
        const qint32 id = client.publish(u"hooksmith/bench-device-%1/signal/1"_s.arg(next % devices),
                                         QByteArray::number(nowMicros()), 1);
        if (id < 0)
            return false;
        ++next;
        return true;
    };
    auto pump = [&] {
        if (rate > 0) {
            // Catch up with the schedule: signal i is due at i / rate seconds.
            const qint64 due = std::min<qint64>(count, clock.nsecsElapsed() * rate / 1000000000 + 1);
            while (next < due && publishOne()) {
            }
            return;
        }
        while (next < count && publishOne()) {
        }
    };
    QObject::connect(&client, &MqttClient::connected, [&] {
        clock.start();
        if (rate > 0)
            pace.start(1);
        pump();
    });
    QObject::connect(&pace, &QTimer::timeout, pump);
    QObject::connect(&client, &MqttClient::canPublish, pump);
    QObject::connect(&client, &MqttClient::published, [&](quint16) {
        if (++acknowledged < count)
            return;
        std::printf("{\"published\":%d,\"seconds\":%.3f}\n", count, double(clock.nsecsElapsed()) / 1e9);
        client.disconnectFromBroker();
        QTimer::singleShot(100, &app, &QCoreApplication::quit);
    });
    QObject::connect(&client, &MqttClient::disconnected, [&](const QString& reason) {
        std::fprintf(stderr, "error: %s\n", qPrintable(reason));
        app.exit(1);
    });
    client.connectToBroker();
    return app.exec();
}

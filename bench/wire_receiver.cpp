// An HTTP/1.1 receiver for latency rows of shell benchmarks (bench/mqtt.sh): it answers every request with
// 204 and, for each, prints one line with the time the kernel received the request (microseconds since the
// epoch, from SO_TIMESTAMPNS: however late this program reads it) and the request's body. The first line is
// the port it listens on, on 127.0.0.1. Lines go out every 100 ms, until it is killed.
#include "WireReceiver.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <ctime>

using namespace hooksmith::bench;

namespace {

qint64 realtimeNs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QElapsedTimer clock;
    // The receiver's times are on `clock`: carried over to the epoch with the offset taken here.
    const qint64 epochAtStart = realtimeNs();
    clock.start();
    WireReceiver receiver(clock);
    if (!receiver.listen()) {
        std::fprintf(stderr, "error: cannot listen on 127.0.0.1\n");
        return 1;
    }
    std::printf("%d\n", receiver.url().port());
    std::fflush(stdout);
    const auto print = [&receiver, epochAtStart] {
        for (const WireReceiver::Arrival& a : receiver.take()) {
            const QByteArray body = QByteArray(a.body).replace('\n', ' ');
            std::printf("%lld %s\n", (epochAtStart + a.wireAt) / 1000, body.constData());
        }
        std::fflush(stdout);
    };
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, print);
    tick.start(100);
    return app.exec();
}

// `hooksmith-cli relay` as a service, run as a real child process: /healthz and /metrics read over HTTP
// (the exposition parsed by Prometheus' own Python client), JSON logs, readiness that follows the serial
// port, sd_notify on a socket the test binds as systemd would, and the workspaces it refuses to start with.
#include "FaultServer.h"
#include "LocalReceiver.h"
#include "Outbox.h"
#include "RelayProcess.h"
#include "RelayServiceSupport.h"
#include "SocatPty.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <cstring>
#include <mutex>
#include <sys/socket.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace hooksmith::test;

namespace {

const QString kDeviceA = u"tok-a"_s;
const QString kDeviceB = u"tok-b"_s;

QJsonArray twoDevices()
{
    return {QJsonObject{{u"token"_s, kDeviceA}, {u"name"_s, u"Board A"_s}},
            QJsonObject{{u"token"_s, kDeviceB}, {u"name"_s, u"Board B"_s}}};
}

/// One sample as Prometheus' client read it.
struct Sample
{
    QString name;
    QJsonObject labels;
    double value = 0;
};

/// The samples named `name` whose labels include `labels`.
QList<Sample> samples(const QJsonArray& families, const QString& name, const QJsonObject& labels = {})
{
    QList<Sample> out;
    for (const QJsonValue& f : families) {
        for (const QJsonValue& s : f.toObject().value(u"samples"_s).toArray()) {
            const QJsonObject o = s.toObject();
            if (o.value(u"name"_s).toString() != name)
                continue;
            const QJsonObject l = o.value(u"labels"_s).toObject();
            bool match = true;
            for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
                match = match && l.value(it.key()) == it.value();
            if (match)
                out.append({name, l, o.value(u"value"_s).toDouble()});
        }
    }
    return out;
}

/// The sum of the samples samples() finds; -1 when there is none.
double valueOf(const QJsonArray& families, const QString& name, const QJsonObject& labels = {})
{
    const QList<Sample> found = samples(families, name, labels);
    if (found.isEmpty())
        return -1;
    double sum = 0;
    for (const Sample& s : found)
        sum += s.value;
    return sum;
}

/// The family's type as the client read it; empty when it is not there. The client names counter families
/// without their _total suffix.
QString familyType(const QJsonArray& families, const QString& name)
{
    const QString bare = name.endsWith(u"_total"_s) ? name.chopped(6) : name;
    for (const QJsonValue& f : families) {
        const QJsonObject o = f.toObject();
        if (o.value(u"name"_s).toString() == bare)
            return o.value(u"type"_s).toString();
    }
    return {};
}

/// The JSON objects the relay logged with --log-format json; a line that is not one is kept in `bad`.
QList<QJsonObject> jsonLines(const QString& log, QStringList* bad)
{
    QList<QJsonObject> out;
    for (const QString& line : log.split(u'\n', Qt::SkipEmptyParts)) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            bad->append(line);
        else
            out.append(doc.object());
    }
    return out;
}

/// The service manager's end of NOTIFY_SOCKET: a datagram socket read on a thread of its own. When a datagram
/// arrives it notes whether `watchedFile` exists at that moment.
class NotifyListener
{
public:
    struct Message
    {
        QByteArray text;
        bool fileExisted = false;
    };

    NotifyListener(const QString& socketPath, const QString& watchedFile)
        : m_watchedFile(watchedFile)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const QByteArray p = QFile::encodeName(socketPath);
        if (m_fd < 0 || size_t(p.size()) >= sizeof addr.sun_path)
            return;
        std::memcpy(addr.sun_path, p.constData(), size_t(p.size()));
        if (::bind(m_fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0)
            return;
        const timeval timeout{0, 20000}; // how often the thread looks at m_stop
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        m_bound = true;
        m_thread = std::thread([this] { receive(); });
    }

    ~NotifyListener()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        if (m_fd >= 0)
            ::close(m_fd);
    }

    bool isBound() const { return m_bound; }

    QList<Message> messages() const
    {
        std::lock_guard lock(m_mutex);
        return m_messages;
    }

    /// The index of the first datagram that starts with `prefix` (a line such as "READY=1"), or -1.
    qsizetype indexOf(const QByteArray& prefix) const
    {
        const QList<Message> all = messages();
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all[i].text.startsWith(prefix))
                return i;
        }
        return -1;
    }

    int count(const QByteArray& prefix) const
    {
        int n = 0;
        for (const Message& m : messages())
            n += m.text.startsWith(prefix) ? 1 : 0;
        return n;
    }

private:
    void receive()
    {
        char buffer[4096];
        while (!m_stop) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n < 0)
                continue;
            const bool exists = QFileInfo::exists(m_watchedFile);
            std::lock_guard lock(m_mutex);
            m_messages.append({QByteArray(buffer, n), exists});
        }
    }

    QString m_watchedFile;
    int m_fd = -1;
    bool m_bound = false;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
    mutable std::mutex m_mutex;
    QList<Message> m_messages;
};

} // namespace

class TestRelayService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metricsAndHealthMatchWhatHappened()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed);
        FlakyReceiver receiver(seed);
        QVERIFY(receiver.listen());
        receiver.setDelayRange(0, 5);
        receiver.setFailFirst(3); // some retries whatever the dice say
        receiver.setFailureRate(0.05);
        QSet<int> delivered;
        connect(&receiver, &FlakyReceiver::answered, this, [&](const FlakyReceiver::Request& r) {
            if (r.status == 200)
                delivered.insert(arrivalOf(r.body).value);
        });

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"metrics.hooksmith.json"_s);
        QVERIFY(writeTextFile(
            path, workspaceJson(twoDevices(), {webhookJson(u"Metered"_s, receiver.url(u"/in"_s), {kDeviceA, kDeviceB},
                                                           {{u"order"_s, u"none"_s}})})));
        const qint64 startedAfter = QDateTime::currentSecsSinceEpoch();
        RelayProcess relay;
        QVERIFY(relay.start({path, u"--stdin"_s, u"--outbox"_s, dir.filePath(u"outbox"_s), u"-d"_s, kDeviceA,
                             u"--retry-schedule"_s, u"0,20ms"_s, u"--health"_s, u"0"_s, u"--log-format"_s, u"json"_s},
                            dir.filePath(u"data"_s)));
        QTRY_VERIFY2_WITH_TIMEOUT(!healthBaseFrom(relay.errorOutput()).isEmpty(), qPrintable(relay.errorOutput()),
                                  15000);
        const QUrl base = healthBaseFrom(relay.errorOutput());
        QCOMPARE(base.host(), u"127.0.0.1"_s);
        QVERIFY(base.port() > 0);

        // 60 signals of the -d device, 40 after the board says it is B, 2 from a device the workspace lacks.
        relay.write(signalLines(0, 60) + "@device " + kDeviceB.toUtf8() + '\n' + signalLines(60, 40) +
                    "@device tok-stranger\n@signal 1 1000\n@signal 2 1001\n");
        QTRY_VERIFY_WITH_TIMEOUT(delivered.size() == 100, 30000);

        QJsonArray families;
        QString error;
        // The outbox gauges are read every 2 s: wait until they show the outbox empty.
        auto settled = [&] {
            const HttpAnswer m = httpGet(base.resolved(QUrl(u"/metrics"_s)));
            error = m.error;
            if (m.status != 200)
                return false;
            families = parseWithPrometheusClient(m.body, &error);
            return valueOf(families, u"hooksmith_deliveries_total"_s, {{u"outcome"_s, u"delivered"_s}}) == 100 &&
                   valueOf(families, u"hooksmith_outbox_deliveries"_s, {{u"state"_s, u"pending"_s}}) == 0;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(settled(), qPrintable(error), 20000);

        const QList<std::pair<QString, QString>> expected{
            {u"hooksmith_signals_received_total"_s, u"counter"_s},
            {u"hooksmith_signals_lost_total"_s, u"counter"_s},
            {u"hooksmith_signals_unrouted_total"_s, u"counter"_s},
            {u"hooksmith_deliveries_total"_s, u"counter"_s},
            {u"hooksmith_retries_total"_s, u"counter"_s},
            {u"hooksmith_attempt_duration_seconds"_s, u"histogram"_s},
            {u"hooksmith_outbox_deliveries"_s, u"gauge"_s},
            {u"hooksmith_outbox_oldest_waiting_seconds"_s, u"gauge"_s},
            {u"hooksmith_outbox_writable"_s, u"gauge"_s},
            {u"hooksmith_outbox_transactions_total"_s, u"counter"_s},
            {u"hooksmith_outcomes_unwritten"_s, u"gauge"_s},
            {u"hooksmith_source_state"_s, u"gauge"_s},
            {u"hooksmith_start_time_seconds"_s, u"gauge"_s},
        };
        for (const auto& [name, type] : expected)
            QVERIFY2(familyType(families, name) == type, qPrintable(name + u" is missing or not a "_s + type));

        // What the receiver counted.
        const int failures = receiver.countWithStatus(503);
        QVERIFY(failures >= 3);
        const QJsonObject metered{{u"webhook"_s, u"Metered"_s}};
        QCOMPARE(valueOf(families, u"hooksmith_deliveries_total"_s,
                         {{u"webhook"_s, u"Metered"_s}, {u"outcome"_s, u"delivered"_s}}),
                 double(receiver.countWithStatus(200)));
        QCOMPARE(valueOf(families, u"hooksmith_deliveries_total"_s,
                         {{u"webhook"_s, u"Metered"_s}, {u"outcome"_s, u"retry"_s}}),
                 double(failures));
        QCOMPARE(valueOf(families, u"hooksmith_retries_total"_s, metered), double(failures));
        QCOMPARE(valueOf(families, u"hooksmith_attempt_duration_seconds_count"_s, metered), double(receiver.count()));
        QCOMPARE(valueOf(families, u"hooksmith_attempt_duration_seconds_bucket"_s,
                         {{u"webhook"_s, u"Metered"_s}, {u"le"_s, u"+Inf"_s}}),
                 double(receiver.count()));
        QCOMPARE(valueOf(families, u"hooksmith_signals_received_total"_s, {{u"device"_s, kDeviceA}}), 60.0);
        QCOMPARE(valueOf(families, u"hooksmith_signals_received_total"_s, {{u"device"_s, kDeviceB}}), 40.0);
        QCOMPARE(valueOf(families, u"hooksmith_signals_received_total"_s, {{u"device"_s, u"tok-stranger"_s}}), 2.0);
        QCOMPARE(valueOf(families, u"hooksmith_signals_unrouted_total"_s), 2.0);
        QCOMPARE(valueOf(families, u"hooksmith_signals_lost_total"_s), 0.0);
        for (const QString& state : {u"pending"_s, u"queued"_s, u"parked"_s, u"failed"_s})
            QCOMPARE(valueOf(families, u"hooksmith_outbox_deliveries"_s, {{u"state"_s, state}}), 0.0);
        QCOMPARE(valueOf(families, u"hooksmith_outbox_oldest_waiting_seconds"_s), 0.0);
        QCOMPARE(valueOf(families, u"hooksmith_outbox_writable"_s), 1.0);
        // At least one transaction stored the signals, and no more than one per acceptance or outcome.
        const double transactions = valueOf(families, u"hooksmith_outbox_transactions_total"_s);
        QVERIFY2(transactions >= 1 && transactions <= 2.0 * receiver.count() + 10,
                 qPrintable(QString::number(transactions)));
        QCOMPARE(valueOf(families, u"hooksmith_outcomes_unwritten"_s), 0.0);
        QCOMPARE(valueOf(families, u"hooksmith_source_state"_s,
                         {{u"source"_s, u"standard input"_s}, {u"state"_s, u"connected"_s}}),
                 1.0);
        QCOMPARE(valueOf(families, u"hooksmith_source_state"_s, {{u"source"_s, u"standard input"_s}}), 1.0);
        const double startTime = valueOf(families, u"hooksmith_start_time_seconds"_s);
        QVERIFY2(startTime >= double(startedAfter) && startTime <= double(QDateTime::currentSecsSinceEpoch()),
                 qPrintable(QString::number(startTime, 'f', 0)));

        // Ready while it runs: the outbox is open and standard input is read.
        const HttpAnswer health = httpGet(base.resolved(QUrl(u"/healthz"_s)));
        QCOMPARE(health.status, 200);
        const QJsonObject h = QJsonDocument::fromJson(health.body).object();
        QCOMPARE(h.value(u"status"_s).toString(), u"ready"_s);
        QCOMPARE(h.value(u"signals_received"_s).toInt(), 102);
        QCOMPARE(h.value(u"outbox"_s).toObject().value(u"open"_s).toBool(), true);
        QCOMPARE(h.value(u"sources"_s).toArray().at(0).toObject().value(u"state"_s).toString(), u"connected"_s);

        relay.closeInput();
        QVERIFY2(relay.waitForExit(30000), qPrintable(relay.errorOutput().right(3000)));
        QCOMPARE(relay.exitCode(), 0);

        // Every line of the log is a JSON object with time, level and msg; deliveries carry their fields.
        QStringList bad;
        const QList<QJsonObject> lines = jsonLines(relay.errorOutput(), &bad);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
        int deliveredLines = 0;
        int retryLines = 0;
        for (const QJsonObject& o : lines) {
            const QString line = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
            QVERIFY2(QDateTime::fromString(o.value(u"time"_s).toString(), Qt::ISODateWithMs).isValid(),
                     qPrintable(line));
            QVERIFY2(
                QStringList({u"debug"_s, u"info"_s, u"warning"_s, u"error"_s}).contains(o.value(u"level"_s).toString()),
                qPrintable(line));
            QVERIFY2(o.value(u"msg"_s).isString() && !o.value(u"msg"_s).toString().isEmpty(), qPrintable(line));
            const QString outcome = o.value(u"outcome"_s).toString();
            deliveredLines += outcome == u"delivered"_s ? 1 : 0;
            retryLines += outcome == u"retry"_s ? 1 : 0;
            if (!outcome.isEmpty())
                QVERIFY2(o.value(u"message_id"_s).toString().startsWith(u"msg_"_s), qPrintable(line));
        }
        QCOMPARE(deliveredLines, 100);
        QCOMPARE(retryLines, failures);
    }

    void metricsCountParkedDeliveries()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QUrl down(u"http://127.0.0.1:%1/in"_s.arg(FaultServer::closedPort()));
        const QString path = dir.filePath(u"parking.hooksmith.json"_s);
        QVERIFY(writeTextFile(
            path, workspaceJson(twoDevices(), {webhookJson(u"Alpha"_s, down, {kDeviceA}, {{u"order"_s, u"none"_s}})})));
        RelayProcess relay;
        QVERIFY(relay.start({path, u"--stdin"_s, u"--outbox"_s, dir.filePath(u"outbox"_s), u"-d"_s, kDeviceA,
                             u"--retry-schedule"_s, u"0,10m"_s, u"--health"_s, u"0"_s},
                            dir.filePath(u"data"_s)));
        relay.write(signalLines(0, 10));
        QTRY_VERIFY2_WITH_TIMEOUT(relay.countLines(u": attempt 1 of 8 failed"_s) == 10, qPrintable(relay.errorOutput()),
                                  15000);

        // Renamed (its id comes from its name) and reloaded: the ten that wait for "Alpha" are parked.
        QVERIFY(writeTextFile(
            path, workspaceJson(twoDevices(), {webhookJson(u"Beta"_s, down, {kDeviceA}, {{u"order"_s, u"none"_s}})})));
        QVERIFY(relay.sendSignal(SIGHUP));
        QTRY_VERIFY2_WITH_TIMEOUT(relay.errorOutput().contains(u"10 delivery(ies) for webhook "_s) &&
                                      relay.errorOutput().contains(u" are parked"_s),
                                  qPrintable(relay.errorOutput()), 10000);
        const QUrl metrics = healthBaseFrom(relay.errorOutput()).resolved(QUrl(u"/metrics"_s));
        QJsonArray families;
        QString error;
        auto parkedGauge = [&] {
            const HttpAnswer m = httpGet(metrics);
            error = m.error;
            families = m.status == 200 ? parseWithPrometheusClient(m.body, &error) : QJsonArray();
            return valueOf(families, u"hooksmith_outbox_deliveries"_s, {{u"state"_s, u"parked"_s}});
        };
        QTRY_COMPARE_WITH_TIMEOUT(parkedGauge(), 10.0, 15000);
        // hooksmith_deliveries_total counts "ends of delivery attempts and parkings" (its HELP): the ten parked
        // deliveries are parkings.
        QCOMPARE(valueOf(families, u"hooksmith_deliveries_total"_s, {{u"outcome"_s, u"parked"_s}}), 10.0);
        relay.closeInput();
        QVERIFY2(relay.waitForExit(15000), qPrintable(relay.errorOutput()));
    }

    void healthFollowsTheSerialPort()
    {
        if (!SocatPty::available())
            QFAIL("socat is not installed (apt-get install socat; scripts/test installs it): this test needs a real "
                  "pty pair");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const QString path = dir.filePath(u"serial.hooksmith.json"_s);
        QVERIFY(writeTextFile(
            path, workspaceJson(twoDevices(),
                                {webhookJson(u"Serial"_s, receiver.url().resolved(QUrl(u"/in"_s)), {kDeviceA})})));
        SocatPty pty(dir.path());
        RelayProcess relay;
        // The port does not exist yet: the relay runs and waits for it, and is not ready meanwhile.
        QVERIFY(relay.start({path, u"--serial"_s, pty.hostPath(), u"-d"_s, kDeviceA, u"--outbox"_s,
                             dir.filePath(u"outbox"_s), u"--health"_s, u"0"_s},
                            dir.filePath(u"data"_s)));
        QTRY_VERIFY2_WITH_TIMEOUT(!healthBaseFrom(relay.errorOutput()).isEmpty(), qPrintable(relay.errorOutput()),
                                  15000);
        const QUrl healthz = healthBaseFrom(relay.errorOutput()).resolved(QUrl(u"/healthz"_s));
        auto healthOf = [&](int* status) {
            const HttpAnswer a = httpGet(healthz);
            *status = a.status;
            return QJsonDocument::fromJson(a.body).object();
        };
        auto sourceState = [](const QJsonObject& health) {
            return health.value(u"sources"_s).toArray().at(0).toObject().value(u"state"_s).toString();
        };
        int status = 0;
        QJsonObject h;
        // Until the outbox is open the port is not opened at all ("stopped"); then the relay waits for it.
        QTRY_VERIFY_WITH_TIMEOUT((h = healthOf(&status), sourceState(h) == u"waiting"_s), 10000);
        QCOMPARE(status, 503);
        QCOMPARE(h.value(u"status"_s).toString(), u"not ready"_s);
        QCOMPARE(h.value(u"outbox"_s).toObject().value(u"open"_s).toBool(), true);
        const QJsonArray reasons = h.value(u"reasons"_s).toArray();
        QVERIFY2(reasons.size() == 1 && reasons.at(0).toString().endsWith(u" is waiting"_s),
                 qPrintable(QString::fromUtf8(QJsonDocument(reasons).toJson())));

        // The board is plugged in: ready, and its signals are delivered.
        QCOMPARE(pty.start(), QString());
        QVERIFY(pty.openBoard());
        QTRY_VERIFY_WITH_TIMEOUT((h = healthOf(&status), status == 200), 20000);
        QCOMPARE(h.value(u"status"_s).toString(), u"ready"_s);
        QVERIFY(pty.writeBoard("@signal 1 7\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.receivedCount(), quint64(1), 15000);

        // Unplugged: not ready again, while the relay waits for it.
        pty.stop();
        QTRY_VERIFY_WITH_TIMEOUT((h = healthOf(&status), status == 503), 20000);
        QCOMPARE(h.value(u"status"_s).toString(), u"not ready"_s);
        QVERIFY(relay.sendSignal(SIGTERM));
        QVERIFY2(relay.waitForExit(15000), qPrintable(relay.errorOutput()));
        QCOMPARE(relay.exitCode(), 0);
    }

    void notifiesSystemd()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const QString path = dir.filePath(u"notify.hooksmith.json"_s);
        QVERIFY(writeTextFile(
            path, workspaceJson(twoDevices(),
                                {webhookJson(u"Notified"_s, receiver.url().resolved(QUrl(u"/in"_s)), {kDeviceA})})));
        const QString outboxDir = dir.filePath(u"outbox"_s);
        const QString outboxFile = Outbox::fileFor(path, outboxDir);
        const QString socketPath = dir.filePath(u"notify"_s);
        NotifyListener manager(socketPath, outboxFile);
        QVERIFY2(manager.isBound(), qPrintable(u"cannot bind a datagram socket at "_s + socketPath));

        QProcessEnvironment env;
        env.insert(u"NOTIFY_SOCKET"_s, socketPath);
        env.insert(u"WATCHDOG_USEC"_s, u"400000"_s); // a ping every 200 ms
        RelayProcess relay;
        QVERIFY(relay.start({path, u"--stdin"_s, u"-d"_s, kDeviceA, u"--outbox"_s, outboxDir}, dir.filePath(u"data"_s),
                            env));
        QTRY_VERIFY2_WITH_TIMEOUT(manager.indexOf("READY=1") >= 0, qPrintable(relay.errorOutput()), 15000);
        const NotifyListener::Message ready = manager.messages().at(manager.indexOf("READY=1"));
        QVERIFY2(ready.fileExisted, "READY=1 came before the outbox file existed");
        QVERIFY2(ready.text.contains("\nSTATUS=relay: reading board lines from standard input; outbox "),
                 ready.text.constData());
        // The log line and the datagram travel separately: the line may reach us a little later.
        QTRY_VERIFY2_WITH_TIMEOUT(relay.errorOutput().contains(u"relay: systemd watchdog: pinging every 200 ms"_s),
                                  qPrintable(relay.errorOutput()), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(manager.count("WATCHDOG=1") >= 4, 10000);

        relay.write("@signal 1 5\n");
        QTRY_COMPARE_WITH_TIMEOUT(receiver.receivedCount(), quint64(1), 10000);
        QVERIFY(relay.sendSignal(SIGHUP));
        QTRY_VERIFY_WITH_TIMEOUT(manager.indexOf("STATUS=relay: reloaded ") >= 0, 10000);
        QVERIFY(relay.sendSignal(SIGTERM));
        QVERIFY2(relay.waitForExit(15000), qPrintable(relay.errorOutput()));
        QCOMPARE(relay.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(manager.indexOf("STOPPING=1") >= 0, 5000);
        const qsizetype stopping = manager.indexOf("STOPPING=1");
        QVERIFY(stopping > manager.indexOf("READY=1"));
        QVERIFY2(manager.messages().at(stopping).text.contains("\nSTATUS=relay: SIGTERM: stopping"),
                 manager.messages().at(stopping).text.constData());
        QCOMPARE(manager.count("READY=1"), 1);
        QCOMPARE(manager.count("STOPPING=1"), 1);
        QVERIFY2(relay.errorOutput().count(u"cannot notify systemd"_s) == 0, qPrintable(relay.errorOutput()));
    }

    void refusesWorkspacesItCouldOnlyFailWith_data()
    {
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QStringList>("said");

        const QJsonObject badHeader{
            {u"headers"_s, QJsonArray{QJsonObject{{u"name"_s, u"X-Device"_s}, {u"value"_s, u"{{DEVICE_TOKN}}"_s}}}}};
        const QJsonObject unsetPassword{
            {u"auth"_s, QJsonObject{{u"type"_s, u"basic"_s},
                                    {u"username"_s, u"bob"_s},
                                    {u"password"_s, u"{{env:HOOKSMITH_TEST_UNSET_PASSWORD}}"_s}}}};
        QTest::newRow("error in an enabled webhook")
            << badHeader << true << QStringList{u"webhook \"Troubled\": headers[0]"_s, u"DEVICE_TOKN"_s};
        QTest::newRow("unset environment variable")
            << unsetPassword << true
            << QStringList{u"webhook \"Troubled\": auth.password: the environment variable "
                           u"HOOKSMITH_TEST_UNSET_PASSWORD is not set"_s};
        QTest::newRow("error in a disabled webhook") << badHeader << false << QStringList{};
        QTest::newRow("unset variable in a disabled webhook") << unsetPassword << false << QStringList{};
    }

    void refusesWorkspacesItCouldOnlyFailWith()
    {
        QFETCH(QJsonObject, extra);
        QFETCH(bool, enabled);
        QFETCH(QStringList, said);
        qunsetenv("HOOKSMITH_TEST_UNSET_PASSWORD");

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const QUrl url = receiver.url().resolved(QUrl(u"/in"_s));
        QJsonObject troubled = webhookJson(u"Troubled"_s, url, {kDeviceA});
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            troubled.insert(it.key(), it.value());
        troubled.insert(u"enabled"_s, enabled);
        const QString path = dir.filePath(u"refuse.hooksmith.json"_s);
        QVERIFY(writeTextFile(path, workspaceJson(twoDevices(), {webhookJson(u"Fine"_s, url, {kDeviceA}), troubled})));
        const QString outbox = dir.filePath(u"outbox"_s);

        RelayProcess relay;
        QVERIFY(relay.start({path, u"--stdin"_s, u"-d"_s, kDeviceA, u"--outbox"_s, outbox}, dir.filePath(u"data"_s)));
        relay.write("@signal 1 1\n");
        relay.closeInput();
        QVERIFY2(relay.waitForExit(30000), qPrintable(relay.errorOutput()));
        const QString log = relay.errorOutput();
        if (!enabled) {
            // A disabled webhook is never sent, so what is wrong with it does not stop the others.
            QVERIFY2(relay.exitCode() == 0, qPrintable(log));
            QCOMPARE(receiver.receivedCount(), quint64(1));
            QVERIFY2(log.contains(u"1 delivered"_s), qPrintable(log));
            return;
        }
        QVERIFY2(relay.exitCode() == 2, qPrintable(log));
        // The first says where, as `validate` does: the file, the webhook and the field.
        QVERIFY2(log.contains(path + u": "_s + said.front()), qPrintable(log));
        for (const QString& text : std::as_const(said))
            QVERIFY2(log.contains(text), qPrintable(log));
        QVERIFY2(log.contains(u"cannot be used: fix what is listed above (nothing was started)"_s), qPrintable(log));
        QVERIFY2(!QFileInfo::exists(Outbox::fileFor(path, outbox)), qPrintable(Outbox::fileFor(path, outbox)));
        QVERIFY2(QDir(outbox).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty(),
                 qPrintable(QDir(outbox).entryList(QDir::Files).join(u", "_s)));
        QCOMPARE(receiver.receivedCount(), quint64(0));
    }
};

QTEST_GUILESS_MAIN(TestRelayService)
#include "tst_relay_service.moc"

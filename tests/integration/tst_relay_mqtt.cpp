// `hooksmith-cli relay --mqtt` against a real Mosquitto broker: the Hooksmith JSON scheme and Pybytes
// messages end to end, two relays sharing the load, a relay killed halfway, a broker restart, metrics
// and healthz.
#include "LocalReceiver.h"
#include "MqttTestSupport.h"
#include "RelayProcess.h"
#include "RelayServiceSupport.h"
#include "TestSupport.h"
#include "TestTls.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace hooksmith::test;

namespace {

constexpr int kDevices = 5; // odd: round robin over two relays does not keep a device on one relay by chance

QString deviceToken(int i)
{
    return u"dev-%1"_s.arg(i);
}

QJsonArray devicesJson(const QStringList& extraTokens = {})
{
    QJsonArray out;
    for (int i = 0; i < kDevices; ++i)
        out.append(QJsonObject{{u"token"_s, deviceToken(i)}, {u"name"_s, u"Device %1"_s.arg(i)}});
    for (const QString& t : extraTokens)
        out.append(QJsonObject{{u"token"_s, t}, {u"name"_s, t}});
    return out;
}

QStringList allTokens(const QStringList& extra = {})
{
    QStringList out;
    for (int i = 0; i < kDevices; ++i)
        out.append(deviceToken(i));
    return out + extra;
}

/// Runs a command line tool (mosquitto_pub, mosquitto_sub) and waits for it.
int runTool(const QString& program, const QStringList& args, QByteArray* output = nullptr, int timeoutMs = 10000)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(5000) || !p.waitForFinished(timeoutMs))
        return -1;
    if (output)
        *output = p.readAllStandardOutput();
    return p.exitCode();
}

/// The Pybytes library's message for `pybytes.send_signal(pin, value)` over WiFi: header 0x0E (network
/// type 0, type 0x0E), command 5 (custom method), the pin, then the value as _pybytes_protocol.py packs it.
QByteArray pybytesSignal(quint8 pin, QByteArrayView value)
{
    QByteArray m;
    m.append(char(0x0E));
    m.append(char(5));
    m.append(char(pin));
    m.append(value);
    return m;
}

QByteArray pybytesInt(qint32 v)
{
    QByteArray b(4, 0);
    qToBigEndian(v, b.data()); // struct.pack(">i", v)
    b.append(char(0));         // constants.__INTEGER
    return b;
}

QByteArray pybytesFloat(float v)
{
    QByteArray b(4, 0);
    qToLittleEndian(v, b.data()); // struct.pack("<f", v)
    b.append(char(1));            // constants.__FLOAT
    return b;
}

QByteArray pybytesText(const QByteArray& text)
{
    return text + "3"; // text + str(constants.__STRING)
}

double metricValue(const QByteArray& exposition, const QString& series)
{
    for (const QByteArray& line : exposition.split('\n')) {
        const QByteArray prefix = series.toUtf8() + ' ';
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).toDouble();
    }
    return -1;
}

/// What the receiver got: per value, the message ids it came with, and the values in arrival order.
struct Tally
{
    QHash<int, QStringList> idsByValue;
    QList<int> order;
};

Tally tally(const LocalReceiver& receiver)
{
    Tally t;
    for (const ReceivedRequest& r : receiver.requests()) {
        const Arrival a = arrivalOf(r.body);
        t.idsByValue[a.value].append(a.messageId);
        t.order.append(a.value);
    }
    return t;
}

/// Per device (value % kDevices), how many times a value arrived after a larger one of the same device.
int inversions(const QList<int>& order)
{
    QHash<int, int> last;
    int n = 0;
    for (const int v : order) {
        const int d = v % kDevices;
        if (last.contains(d) && v < last[d])
            ++n;
        last[d] = std::max(last.value(d, -1), v);
    }
    return n;
}

} // namespace

class TestRelayMqtt : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;

    QString newDir()
    {
        const QString d = m_dir.filePath(u"run%1"_s.arg(++m_run));
        QDir().mkpath(d);
        return d;
    }

    /// Starts a relay reading from `broker`; waits until it has subscribed.
    bool startRelay(RelayProcess& relay, const QString& workspace, const QString& dir, const QString& url,
                    const QStringList& extra = {})
    {
        QDir().mkpath(dir);
        const QStringList args = QStringList{workspace,     u"--mqtt"_s,     url, u"--outbox"_s, dir + u"/outbox"_s,
                                             u"--health"_s, u"127.0.0.1:0"_s} +
                                 extra;
        if (!relay.start(args, dir))
            return false;
        return QTest::qWaitFor([&] { return relay.errorOutput().contains(u"relay: connected to"_s); }, 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(u"mosquitto"_s, {u"/usr/sbin"_s, u"/usr/bin"_s}).isEmpty() ||
                     !QStandardPaths::findExecutable(u"mosquitto"_s).isEmpty(),
                 "the mosquitto broker is needed (Debian package mosquitto)");
        QVERIFY2(!QStandardPaths::findExecutable(u"mosquitto_pub"_s).isEmpty(),
                 "mosquitto_pub is needed (Debian package mosquitto-clients)");
        qputenv("PATH", qgetenv("PATH") + ":/usr/sbin");
    }

    void jsonSchemeEndToEnd()
    {
        const QString dir = newDir();
        MosquittoBroker broker(dir);
        QVERIFY(broker.start());
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const QString ws = dir + u"/ws.hooksmith.json"_s;
        QVERIFY(writeTextFile(ws, workspaceJson(devicesJson(), {webhookJson(u"All"_s, receiver.url(), allTokens())})));
        RelayProcess relay;
        QVERIFY2(startRelay(relay, ws, dir + u"/relay"_s, broker.url()), qPrintable(relay.errorOutput()));
        const QUrl health = healthBaseFrom(relay.errorOutput());
        QVERIFY(health.isValid());
        QCOMPARE(httpGet(health.resolved(QUrl(u"/healthz"_s))).status, 200);

        const QString port = QString::number(broker.port());
        const QStringList pub{u"-h"_s, u"127.0.0.1"_s, u"-p"_s, port, u"-q"_s, u"1"_s, u"-V"_s, u"5"_s};
        QCOMPARE(
            runTool(u"mosquitto_pub"_s, pub + QStringList{u"-t"_s, u"hooksmith/dev-1/signal/7"_s, u"-m"_s, u"41"_s}),
            0);
        // Malformed: not JSON, a bad signal number, a topic of no scheme; none stops what follows.
        QCOMPARE(runTool(u"mosquitto_pub"_s,
                         pub + QStringList{u"-t"_s, u"hooksmith/dev-1/signal/7"_s, u"-m"_s, u"not json\x1b[31m"_s}),
                 0);
        QCOMPARE(
            runTool(u"mosquitto_pub"_s, pub + QStringList{u"-t"_s, u"hooksmith/dev-1/signal/300"_s, u"-m"_s, u"1"_s}),
            0);
        QCOMPARE(
            runTool(u"mosquitto_pub"_s, pub + QStringList{u"-t"_s, u"hooksmith/dev-2/signal/1"_s, u"-m"_s, u"42"_s}),
            0);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 2, 10000);
        // Two devices, no order between them: either may arrive first.
        QList<int> values{arrivalOf(receiver.requests()[0].body).value, arrivalOf(receiver.requests()[1].body).value};
        std::sort(values.begin(), values.end());
        QCOMPARE(values, QList<int>({41, 42}));
        QVERIFY(relay.errorOutput().contains(u"refused"_s));
        QVERIFY2(relay.errorOutput().contains(u"not json\\x1b[31m"_s), qPrintable(relay.errorOutput()));
        QVERIFY(!relay.errorOutput().contains(u"\x1b"_s));

        const QUrl metricsUrl = health.resolved(QUrl(u"/metrics"_s));
        const QString label = u"{source=\"MQTT %1\",outcome=\"%2\"}"_s;
        QByteArray metrics;
        QTRY_VERIFY_WITH_TIMEOUT((metrics = httpGet(metricsUrl).body,
                                  metricValue(metrics, u"hooksmith_mqtt_messages_total"_s +
                                                           label.arg(broker.url(), u"acknowledged"_s)) == 4),
                                 10000);
        QCOMPARE(metricValue(metrics, u"hooksmith_mqtt_messages_total"_s + label.arg(broker.url(), u"received"_s)), 4);
        QCOMPARE(metricValue(metrics, u"hooksmith_mqtt_messages_total"_s + label.arg(broker.url(), u"refused"_s)), 2);
        QCOMPARE(metricValue(metrics, u"hooksmith_mqtt_connected{source=\"MQTT %1\"}"_s.arg(broker.url())), 1);

        // The broker goes away: not ready, and the metrics say so; it comes back: ready again.
        QVERIFY(broker.stop());
        QTRY_COMPARE_WITH_TIMEOUT(httpGet(health.resolved(QUrl(u"/healthz"_s))).status, 503, 10000);
        metrics = httpGet(metricsUrl).body;
        QCOMPARE(metricValue(metrics, u"hooksmith_mqtt_connected{source=\"MQTT %1\"}"_s.arg(broker.url())), 0);
        QVERIFY(broker.start());
        QTRY_COMPARE_WITH_TIMEOUT(httpGet(health.resolved(QUrl(u"/healthz"_s))).status, 200, 20000);
        QCOMPARE(
            runTool(u"mosquitto_pub"_s, pub + QStringList{u"-t"_s, u"hooksmith/dev-3/signal/1"_s, u"-m"_s, u"43"_s}),
            0);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 3, 10000);
        QVERIFY(relay.sendSignal(SIGTERM));
        QVERIFY(relay.waitForExit(15000));
    }

    void pybytesMessagesEndToEnd()
    {
        const QString dir = newDir();
        MosquittoBroker broker(dir);
        QVERIFY(broker.start());
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const QString token = u"3f0c1d2e-aaaa-4bbb-8ccc-0123456789ab"_s;
        const QString ws = dir + u"/ws.hooksmith.json"_s;
        QVERIFY(writeTextFile(ws, workspaceJson(devicesJson({token}), {webhookJson(u"Board"_s, receiver.url(), {token},
                                                                                   {{u"order"_s, u"device"_s}})})));
        RelayProcess relay;
        QVERIFY2(startRelay(relay, ws, dir + u"/relay"_s, broker.url()), qPrintable(relay.errorOutput()));
        const QString port = QString::number(broker.port());

        // The board's watchdog: a pong on d<token> for its ping.
        QProcess sub;
        sub.start(u"mosquitto_sub"_s, {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, port, u"-t"_s, u"d"_s + token, u"-C"_s, u"1"_s,
                                       u"-F"_s, u"%x"_s, u"-W"_s, u"20"_s});
        QVERIFY(sub.waitForStarted());

        const QList<QByteArray> messages{
            pybytesSignal(1, pybytesInt(-42)),
            pybytesSignal(2, pybytesFloat(0.7f)),
            pybytesSignal(3, pybytesText("h\xc3\xa9llo")),
            pybytesSignal(4, pybytesText("[1, 2.5, -3]")),
            QByteArray("\x01\x02\x00\x00\x00\x00\x00", 7), // info: counted, not a signal
            pybytesSignal(5, QByteArray("\x01\x02", 2)),   // malformed value
        };
        for (const QByteArray& m : messages) {
            const QString file = dir + u"/msg.bin"_s;
            QVERIFY(writeTextFile(file, m));
            QCOMPARE(runTool(u"mosquitto_pub"_s, {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, port, u"-V"_s, u"mqttv311"_s,
                                                  u"-t"_s, u"u"_s + token, u"-f"_s, file}),
                     0);
        }
        // A ping, again until the subscriber (which cannot say when it has subscribed) has the pong.
        const QString pingFile = dir + u"/ping.bin"_s;
        QVERIFY(writeTextFile(pingFile, QByteArray(1, char(0x00))));
        for (int i = 0; i < 40 && sub.state() != QProcess::NotRunning; ++i) {
            QCOMPARE(runTool(u"mosquitto_pub"_s, {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, port, u"-V"_s, u"mqttv311"_s,
                                                  u"-t"_s, u"u"_s + token, u"-f"_s, pingFile}),
                     0);
            sub.waitForFinished(500);
        }
        QVERIFY(sub.state() == QProcess::NotRunning || sub.waitForFinished(5000));
        QCOMPARE(sub.readAllStandardOutput().trimmed(), QByteArray("07"));

        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 4, 10000);
        QStringList values;
        for (const ReceivedRequest& r : receiver.requests()) {
            const QJsonObject o = QJsonDocument::fromJson(r.body).object();
            values.append(
                QString::fromUtf8(QJsonDocument(QJsonArray{o.value(u"value"_s)}).toJson(QJsonDocument::Compact)));
        }
        QCOMPARE(values, QStringList({u"[-42]"_s, u"[0.7]"_s, u"[\"h\u00e9llo\"]"_s, u"[[1,2.5,-3]]"_s}));
        // The float as the board printed it, not as float32 widened to double.
        QVERIFY(receiver.requests()[1].body.contains("0.7") && !receiver.requests()[1].body.contains("0.699"));
        QTRY_VERIFY_WITH_TIMEOUT(relay.errorOutput().contains(u"neither 0x00"_s), 5000);
        QVERIFY(relay.sendSignal(SIGTERM));
        QVERIFY(relay.waitForExit(15000));
    }

    void passwordFromTheEnvironmentAndReload()
    {
        const QString dir = newDir();
        MosquittoBroker broker(dir);
        const QString passwords = dir + u"/passwords"_s;
        QVERIFY(writeTextFile(passwords, {}));
        QCOMPARE(runTool(u"mosquitto_passwd"_s, {u"-b"_s, passwords, u"relay"_s, u"c0rrect-horse"_s}), 0);
        broker.addConfig(u"password_file %1"_s.arg(passwords));
        QVERIFY2(broker.start(), qPrintable(broker.log()));
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const QString token = u"pyb-new"_s;
        const QString ws = dir + u"/ws.hooksmith.json"_s;
        QVERIFY(writeTextFile(ws, workspaceJson(devicesJson(), {webhookJson(u"All"_s, receiver.url(), allTokens())})));
        const QString url = u"mqtt://relay@127.0.0.1:%1"_s.arg(broker.port());

        // A wrong password: the relay says why, keeps trying, and is not ready.
        RelayProcess wrong;
        QProcessEnvironment bad;
        bad.insert(u"HOOKSMITH_MQTT_PASSWORD"_s, u"wr0ng-pa55"_s);
        QVERIFY(wrong.start({ws, u"--mqtt"_s, url, u"--outbox"_s, dir + u"/wrong"_s}, dir + u"/wrong"_s, bad));
        QTRY_VERIFY2_WITH_TIMEOUT(wrong.errorOutput().contains(u"not authorized"_s) ||
                                      wrong.errorOutput().contains(u"bad user name or password"_s),
                                  qPrintable(wrong.errorOutput()), 10000);
        QVERIFY(!wrong.errorOutput().contains(u"wr0ng-pa55"_s));
        QVERIFY(wrong.sendSignal(SIGTERM));
        QVERIFY(wrong.waitForExit(15000));

        RelayProcess relay;
        QProcessEnvironment env;
        env.insert(u"MY_BROKER_PASSWORD"_s, u"c0rrect-horse"_s);
        QVERIFY(relay.start(
            {ws, u"--mqtt"_s, url, u"--mqtt-password-env"_s, u"MY_BROKER_PASSWORD"_s, u"--outbox"_s, dir + u"/relay"_s},
            dir + u"/relay"_s, env));
        QTRY_VERIFY_WITH_TIMEOUT(relay.errorOutput().contains(u"relay: connected to mqtt://relay@"_s), 15000);
        QVERIFY(!relay.errorOutput().contains(u"u"_s + token));

        // A device added to the workspace: after SIGHUP its Pybytes topic is subscribed to.
        QVERIFY(writeTextFile(
            ws, workspaceJson(devicesJson({token}), {webhookJson(u"All"_s, receiver.url(), allTokens({token}))})));
        QVERIFY(relay.sendSignal(SIGHUP));
        QTRY_VERIFY_WITH_TIMEOUT(relay.errorOutput().contains(u"relay: reloaded"_s), 10000);
        // The new SUBSCRIBE is on its way on the relay's connection: publish (QoS 0, as a board does) until it
        // is in place.
        const QString file = dir + u"/msg.bin"_s;
        QVERIFY(writeTextFile(file, pybytesSignal(9, pybytesInt(99))));
        for (int i = 0; i < 20 && receiver.requests().isEmpty(); ++i) {
            QCOMPARE(runTool(u"mosquitto_pub"_s,
                             {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(broker.port()), u"-u"_s, u"relay"_s,
                              u"-P"_s, u"c0rrect-horse"_s, u"-t"_s, u"u"_s + token, u"-f"_s, file}),
                     0);
            QTest::qWait(500);
        }
        QVERIFY(!receiver.requests().isEmpty());
        QCOMPARE(arrivalOf(receiver.requests()[0].body).value, 99);
        QVERIFY(!relay.errorOutput().contains(u"c0rrect-horse"_s));
        QVERIFY(relay.sendSignal(SIGTERM));
        QVERIFY(relay.waitForExit(15000));
    }

    void tlsWithItsOwnCa()
    {
        const QString dir = newDir();
        QString why;
        const std::optional<TestPki> pki = makeTestPki(dir, &why);
        QVERIFY2(pki, qPrintable(why));
        MosquittoBroker broker(dir);
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 tlsPort = probe.serverPort();
        probe.close();
        broker.addConfig(u"listener %1 127.0.0.1\ncertfile %2\nkeyfile %3\n"_s.arg(tlsPort).arg(pki->issuedFile,
                                                                                                pki->issuedKeyFile));
        QVERIFY2(broker.start(), qPrintable(broker.log()));
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const QString ws = dir + u"/ws.hooksmith.json"_s;
        QVERIFY(writeTextFile(ws, workspaceJson(devicesJson(), {webhookJson(u"All"_s, receiver.url(), allTokens())})));
        const QString url = u"mqtts://127.0.0.1:%1"_s.arg(tlsPort);

        // The system does not trust the test CA: the relay says why and keeps trying.
        RelayProcess untrusted;
        QVERIFY(untrusted.start({ws, u"--mqtt"_s, url, u"--outbox"_s, dir + u"/untrusted"_s}, dir + u"/untrusted"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(untrusted.errorOutput().contains(u"TLS: "_s), qPrintable(untrusted.errorOutput()),
                                  10000);
        QVERIFY(untrusted.sendSignal(SIGTERM));
        QVERIFY(untrusted.waitForExit(15000));

        RelayProcess relay;
        QVERIFY2(startRelay(relay, ws, dir + u"/relay"_s, url, {u"--mqtt-ca"_s, pki->caFile}),
                 qPrintable(relay.errorOutput()));
        QCOMPARE(runTool(u"mosquitto_pub"_s, {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(broker.port()), u"-q"_s,
                                              u"1"_s, u"-t"_s, u"hooksmith/dev-0/signal/2"_s, u"-m"_s, u"7"_s}),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 1, 10000);
        QCOMPARE(arrivalOf(receiver.requests()[0].body).value, 7);
        QVERIFY(relay.sendSignal(SIGTERM));
        QVERIFY(relay.waitForExit(15000));
    }

    void oneRelayKeepsDeviceOrder()
    {
        const QString dir = newDir();
        MosquittoBroker broker(dir);
        QVERIFY(broker.start());
        LocalReceiver receiver;
        receiver.setLimit(100000);
        QVERIFY(receiver.listen());
        const QString ws = dir + u"/ws.hooksmith.json"_s;
        QVERIFY(writeTextFile(ws, workspaceJson(devicesJson(), {webhookJson(u"All"_s, receiver.url(), allTokens(),
                                                                            {{u"order"_s, u"device"_s}})})));
        RelayProcess relay;
        QVERIFY2(startRelay(relay, ws, dir + u"/relay"_s, broker.url(), {u"--mqtt-group"_s, u"relays"_s}),
                 qPrintable(relay.errorOutput()));
        constexpr int kSignals = 2000;
        MqttPublisher pub(
            broker.url(), [](int i) { return u"hooksmith/%1/signal/1"_s.arg(deviceToken(i % kDevices)); },
            [](int i) { return QByteArray::number(i); });
        pub.publishRange(0, kSignals);
        QVERIFY(pub.waitAllAccepted(60000));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), kSignals, 60000);
        QCOMPARE(inversions(tally(receiver).order), 0);
        QVERIFY(relay.sendSignal(SIGTERM));
        QVERIFY(relay.waitForExit(15000));
    }

    void twoRelaysShareTheLoad()
    {
        const QString dir = newDir();
        MosquittoBroker broker(dir);
        QVERIFY(broker.start());
        LocalReceiver receiver;
        receiver.setLimit(100000);
        QVERIFY(receiver.listen());
        const QString ws = dir + u"/ws.hooksmith.json"_s;
        QVERIFY(writeTextFile(ws, workspaceJson(devicesJson(), {webhookJson(u"All"_s, receiver.url(), allTokens(),
                                                                            {{u"order"_s, u"device"_s}})})));
        RelayProcess a;
        RelayProcess b;
        QVERIFY2(startRelay(a, ws, dir + u"/a"_s, broker.url(), {u"--mqtt-group"_s, u"relays"_s}),
                 qPrintable(a.errorOutput()));
        QVERIFY2(startRelay(b, ws, dir + u"/b"_s, broker.url(), {u"--mqtt-group"_s, u"relays"_s}),
                 qPrintable(b.errorOutput()));

        constexpr int kSignals = 10000;
        MqttPublisher pub(
            broker.url(), [](int i) { return u"hooksmith/%1/signal/1"_s.arg(deviceToken(i % kDevices)); },
            [](int i) { return QByteArray::number(i); });
        pub.publishRange(0, kSignals);
        QVERIFY(pub.waitAllAccepted(120000));
        QTRY_VERIFY_WITH_TIMEOUT(tally(receiver).idsByValue.size() == kSignals, 120000);
        const Tally t = tally(receiver);
        for (int i = 0; i < kSignals; ++i)
            QCOMPARE(t.idsByValue.value(i).size(), 1);
        // The receiver may have the last request before the relay's log line about it is read.
        QTRY_COMPARE_WITH_TIMEOUT(a.countLines(u"delivered"_s) + b.countLines(u"delivered"_s), kSignals, 10000);
        const int byA = a.countLines(u"delivered"_s);
        const int byB = b.countLines(u"delivered"_s);
        qInfo("relay a delivered %d, relay b %d; per-device order inversions across the two relays: %d", byA, byB,
              inversions(t.order));
        QCOMPARE(byA + byB, kSignals);
        QVERIFY2(byA > kSignals / 10 && byB > kSignals / 10, "each relay takes part of the load");
        QVERIFY(a.sendSignal(SIGTERM));
        QVERIFY(b.sendSignal(SIGTERM));
        QVERIFY(a.waitForExit(15000));
        QVERIFY(b.waitForExit(15000));
    }

    void relayKilledHalfway()
    {
        const QString dir = newDir();
        MosquittoBroker broker(dir);
        QVERIFY(broker.start());
        LocalReceiver receiver;
        receiver.setLimit(100000);
        QVERIFY(receiver.listen());
        const QString ws = dir + u"/ws.hooksmith.json"_s;
        QVERIFY(writeTextFile(ws, workspaceJson(devicesJson(), {webhookJson(u"All"_s, receiver.url(), allTokens())})));
        const QStringList group{u"--mqtt-group"_s, u"relays"_s};
        RelayProcess a;
        RelayProcess b;
        QVERIFY2(startRelay(a, ws, dir + u"/a"_s, broker.url(), group), qPrintable(a.errorOutput()));
        QVERIFY2(startRelay(b, ws, dir + u"/b"_s, broker.url(), group), qPrintable(b.errorOutput()));

        constexpr int kSignals = 10000;
        MqttPublisher pub(
            broker.url(), [](int i) { return u"hooksmith/%1/signal/1"_s.arg(deviceToken(i % kDevices)); },
            [](int i) { return QByteArray::number(i); });
        pub.publishRange(0, kSignals);
        QTRY_VERIFY_WITH_TIMEOUT(receiver.requests().size() >= kSignals / 2, 120000);
        a.killHard();
        // Mosquitto keeps what relay a had not acknowledged in its session, for its client id: the relay comes
        // back with the same outbox (and so the same client id), delivers what it had stored, and takes up
        // the session.
        RelayProcess a2;
        QVERIFY2(startRelay(a2, ws, dir + u"/a"_s, broker.url(), group), qPrintable(a2.errorOutput()));
        QVERIFY(pub.waitAllAccepted(120000));
        QTRY_VERIFY_WITH_TIMEOUT(tally(receiver).idsByValue.size() == kSignals, 120000);
        QTest::qWait(500);
        const Tally t = tally(receiver);
        int duplicates = 0;
        for (int i = 0; i < kSignals; ++i) {
            const QStringList ids = t.idsByValue.value(i);
            QVERIFY2(!ids.isEmpty(), qPrintable(u"signal %1 was not delivered"_s.arg(i)));
            duplicates += int(ids.size()) - 1;
            for (const QString& id : ids)
                QCOMPARE(id, ids.front()); // a signal delivered twice carries the same MESSAGE_ID
        }
        qInfo("after kill -9 of one relay: %d duplicate(s), all with the same message id", duplicates);
        for (RelayProcess* r : {&a2, &b})
            QVERIFY(r->sendSignal(SIGTERM));
        QVERIFY(a2.waitForExit(15000));
        QVERIFY(b.waitForExit(15000));
    }

    void brokerRestartWhileSignalsFlow()
    {
        const QString dir = newDir();
        MosquittoBroker broker(dir);
        QVERIFY(broker.start());
        LocalReceiver receiver;
        receiver.setLimit(100000);
        QVERIFY(receiver.listen());
        const QString ws = dir + u"/ws.hooksmith.json"_s;
        QVERIFY(writeTextFile(ws, workspaceJson(devicesJson(), {webhookJson(u"All"_s, receiver.url(), allTokens())})));
        const QStringList group{u"--mqtt-group"_s, u"relays"_s};
        RelayProcess a;
        RelayProcess b;
        QVERIFY2(startRelay(a, ws, dir + u"/a"_s, broker.url(), group), qPrintable(a.errorOutput()));
        QVERIFY2(startRelay(b, ws, dir + u"/b"_s, broker.url(), group), qPrintable(b.errorOutput()));

        constexpr int kSignals = 10000;
        MqttPublisher pub(
            broker.url(), [](int i) { return u"hooksmith/%1/signal/1"_s.arg(deviceToken(i % kDevices)); },
            [](int i) { return QByteArray::number(i); });
        pub.publishRange(0, kSignals);
        QTRY_VERIFY_WITH_TIMEOUT(receiver.requests().size() >= kSignals / 3, 120000);
        QVERIFY(broker.restart());
        QVERIFY(pub.waitAllAccepted(120000));
        QTRY_VERIFY_WITH_TIMEOUT(tally(receiver).idsByValue.size() == kSignals, 120000);
        const Tally t = tally(receiver);
        for (int i = 0; i < kSignals; ++i) {
            const QStringList ids = t.idsByValue.value(i);
            QVERIFY2(!ids.isEmpty(), qPrintable(u"signal %1 was accepted by the broker but not delivered"_s.arg(i)));
            for (const QString& id : ids)
                QCOMPARE(id, ids.front());
        }
        QVERIFY2(a.errorOutput().count(u"relay: connected to"_s) >= 2, "relay a reconnected");
        QVERIFY2(b.errorOutput().count(u"relay: connected to"_s) >= 2, "relay b reconnected");
        for (RelayProcess* r : {&a, &b})
            QVERIFY(r->sendSignal(SIGTERM));
        QVERIFY(a.waitForExit(15000));
        QVERIFY(b.waitForExit(15000));
    }
};

QTEST_GUILESS_MAIN(TestRelayMqtt)
#include "tst_relay_mqtt.moc"

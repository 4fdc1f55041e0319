// Network devices in the app: a real Mosquitto broker on a loopback port (with a password file), a real
// local HTTP receiver, and the Devices panel driven by object names. A broker added in the panel takes the
// one runtime's path (dispatcher, outbox, engine) for Hooksmith JSON and Pybytes signals; its password goes
// to the secret store (the OS keychain when there is a D-Bus session) and never to a file; refusal,
// disconnection, a broker restart and the next start of the app; an mqtts:// broker with its own CA.
#include "AppRuntime.h"
#include "BrokerHub.h"
#include "Config.h"
#include "DeviceHub.h"
#include "DeviceWorkbench.h"
#include "DevicesPanel.h"
#include "KeychainSecretStore.h"
#include "LocalReceiver.h"
#include "MainWindow.h"
#include "MqttSource.h"
#include "MqttTestSupport.h"
#include "NetworkDevicesPanel.h"
#include "NetworkModels.h"
#include "ReceiverPanel.h"
#include "Resources.h"
#include "Runtime.h"
#include "SecretStoreFactory.h"
#include "SignalMonitorModel.h"
#include "TestSupport.h"
#include "TestTls.h"
#include "WorkspaceDocument.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtEndian>

#include <memory>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using hooksmith::test::MosquittoBroker;

namespace {

const QString kGreenhouse = u"tok-greenhouse"_s;
const QString kShed = u"tok-shed"_s;
const QString kSensorsPassword = u"sens0rs-only"_s;

/// Greenhouse is bound to a webhook that posts to `receiver` (one device's signals in order), Shed to none.
Workspace networkWorkspace(const QUrl& receiver)
{
    Workspace ws;
    ws.devices = {Device{kGreenhouse, u"Greenhouse"_s, {}, {}}, Device{kShed, u"Shed"_s, {}, {}}};
    ws.signalDefs = {SignalDef{1, u"temperature"_s, u"°C"_s, {}}};
    Webhook w = Webhook::createDefault(u"Greenhouse hook"_s);
    w.url = receiver.toString() + u"/greenhouse"_s;
    w.devices = {kGreenhouse};
    w.delivery.order = DeliveryOrder::Device;
    ws.webhooks = {w};
    return ws;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

int runTool(const QString& program, const QStringList& args, const QByteArray& input = {}, QString* output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(5000))
        return -1;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(15000))
        return -1;
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

/// Pybytes' `pybytes.send_signal(pin, value)` with an int value, as _pybytes_protocol.py packs it: header
/// 0x0E (WiFi, type 0x0E), command 5 (custom method), the pin, the value big-endian, then __INTEGER (0).
QByteArray pybytesInt(quint8 pin, qint32 v)
{
    QByteArray m;
    m.append(char(0x0E));
    m.append(char(5));
    m.append(char(pin));
    QByteArray b(4, 0);
    qToBigEndian(v, b.data());
    m.append(b);
    m.append(char(0));
    return m;
}

/// The "payload" of a request the default webhook body makes.
QString payloadOf(const ReceivedRequest& r)
{
    const QJsonValue v = QJsonDocument::fromJson(r.body).object().value(u"payload"_s);
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

/// Files under `root` holding `needle` as UTF-8, UTF-16 (either byte order, as QDataStream writes strings
/// into settings) or base64.
QStringList filesContaining(const QString& root, const QString& needle)
{
    const QByteArray utf8 = needle.toUtf8();
    QByteArray le;
    QByteArray be;
    for (const QChar c : needle) {
        const char16_t u = c.unicode();
        le.append(char(u & 0xFF)).append(char(u >> 8));
        be.append(char(u >> 8)).append(char(u & 0xFF));
    }
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        if (data.contains(utf8) || data.contains(le) || data.contains(be) || data.contains(utf8.toBase64()))
            hits << path;
    }
    return hits;
}

/// One run of the app: a main window on the workspace, with its outbox in the test's folder.
struct App
{
    App(Config* config, SecretStore* store, const Workspace& ws, const QString& path, const QString& outboxDir)
        : window(config, store)
    {
        window.resize(1400, 900);
        AppRuntime::Options options;
        options.outboxDir = outboxDir;
        window.runtime()->setOptions(options);
        window.receiverPanel()->setPort(0);
        window.document()->reset(ws, path);
        window.show();
    }

    template <typename T>
    T* find(const char* name) const
    {
        T* w = window.findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("no %s", name);
        return w;
    }

    /// The Devices panel, on its Network devices tab.
    NetworkDevicesPanel* showNetwork()
    {
        window.devices()->showDevices();
        DevicesPanel* panel = window.devices()->devicesPanel();
        panel->showNetworkDevices();
        return panel->networkPanel();
    }

    QString state() const { return find<QLabel>("brokerStateLabel")->text(); }
    BrokerHub* hub() const { return window.devices()->hub()->brokers(); }

    MainWindow window;
};

} // namespace

class TestNetworkDevices : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SecretStore> m_store;
    QString m_port;

    /// mosquitto_pub as the "sensors" user, QoS 1, MQTT 5.
    int publish(const QStringList& args, const QByteArray& input = {})
    {
        QString output;
        const int code = runTool(
            u"mosquitto_pub"_s,
            QStringList{u"-h"_s, u"127.0.0.1"_s, u"-p"_s, m_port, u"-u"_s, u"sensors"_s, u"-P"_s, kSensorsPassword} +
                args,
            input, &output);
        if (code != 0)
            qWarning("mosquitto_pub %s: %s", qPrintable(args.join(u' ')), qPrintable(output));
        return code;
    }

    int publishJson(const QString& token, int number, const QString& value)
    {
        return publish({u"-q"_s, u"1"_s, u"-t"_s, u"hooksmith/%1/signal/%2"_s.arg(token).arg(number), u"-m"_s, value});
    }

private Q_SLOTS:
    void initTestCase()
    {
        initResources();
        QVERIFY(m_dir.isValid());
        qputenv("PATH", qgetenv("PATH") + ":/usr/sbin");
        QVERIFY2(!QStandardPaths::findExecutable(u"mosquitto"_s).isEmpty(),
                 "the mosquitto broker is needed (Debian package mosquitto)");
        QVERIFY2(!QStandardPaths::findExecutable(u"mosquitto_pub"_s).isEmpty(),
                 "mosquitto_pub is needed (Debian package mosquitto-clients)");
        // The OS keychain when there is a session bus (scripts/test starts one with gnome-keyring), else the
        // store's own fallback: memory for the session.
        m_store.reset(createSecretStore(nullptr));
    }

    void aBrokerAddedInThePanelFeedsTheRuntime()
    {
        const QString dir = m_dir.filePath(u"run"_s);
        QVERIFY(QDir().mkpath(dir));
        const QString appPassword = u"app-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString wrongPassword = u"wr0ng-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

        // The broker takes only known users: "app" (the panel's) and "sensors" (mosquitto_pub's).
        MosquittoBroker broker(dir);
        const QString passwords = dir + u"/passwords"_s;
        QVERIFY(writeFile(passwords, {}));
        QCOMPARE(runTool(u"mosquitto_passwd"_s, {u"-b"_s, passwords, u"app"_s, appPassword}), 0);
        QCOMPARE(runTool(u"mosquitto_passwd"_s, {u"-b"_s, passwords, u"sensors"_s, kSensorsPassword}), 0);
        broker.addConfig(u"allow_anonymous false\npassword_file %1"_s.arg(passwords));
        QVERIFY2(broker.start(), qPrintable(broker.log()));
        m_port = QString::number(broker.port());
        // Anonymous clients are turned away: a connection that works carried the password.
        QVERIFY(runTool(u"mosquitto_pub"_s,
                        {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, m_port, u"-t"_s, u"x"_s, u"-m"_s, u"1"_s}) != 0);

        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const Workspace ws = networkWorkspace(receiver.url());
        const QString wsPath = dir + u"/network.hooksmith.json"_s;
        const QString outboxDir = dir + u"/outbox"_s;
        Config config(dir + u"/settings.ini"_s);
        auto app = std::make_unique<App>(&config, m_store.get(), ws, wsPath, outboxDir);
        NetworkDevicesPanel* panel = app->showNetwork();
        QVERIFY(panel && panel->isVisible());
        QAbstractItemModelTester brokerTester(panel->brokerModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester deviceTester(panel->deviceModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);

        // A URL the relay would refuse is refused here too, with the reason.
        QTest::keyClicks(app->find<QLineEdit>("brokerUrlEdit"), u"http://127.0.0.1"_s);
        QTest::mouseClick(app->find<QPushButton>("addBrokerButton"), Qt::LeftButton);
        QVERIFY(app->find<QLabel>("brokerProblemLabel")->isVisible());
        QVERIFY2(app->find<QLabel>("brokerProblemLabel")->text().contains(u"mqtt://HOST"_s),
                 qPrintable(app->find<QLabel>("brokerProblemLabel")->text()));
        QCOMPARE(panel->brokerModel()->rowCount(), 0);

        // Added with a wrong password: the broker refuses, the panel says so and stops trying.
        app->find<QLineEdit>("brokerUrlEdit")->clear();
        QTest::keyClicks(app->find<QLineEdit>("brokerUrlEdit"), u"mqtt://127.0.0.1:%1"_s.arg(m_port));
        QTest::keyClicks(app->find<QLineEdit>("brokerUserEdit"), u"app"_s);
        QTest::keyClicks(app->find<QLineEdit>("brokerPasswordEdit"), wrongPassword);
        QTest::mouseClick(app->find<QPushButton>("addBrokerButton"), Qt::LeftButton);
        QCOMPARE(panel->brokerModel()->rowCount(), 1);
        QVERIFY(!app->find<QLabel>("brokerProblemLabel")->isVisible());
        const QString id = panel->currentBroker();
        QVERIFY(!id.isEmpty());
        QCOMPARE(app->find<QLineEdit>("brokerPasswordEdit")->text(), QString());
        QCOMPARE(app->find<QPushButton>("brokerConnectButton")->text(), u"Connect"_s);
        QTest::mouseClick(app->find<QPushButton>("brokerConnectButton"), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(app->state().startsWith(u"Refused: "_s), qPrintable(app->state()), 15000);
        QVERIFY2(app->state().contains(u"not authorized"_s) || app->state().contains(u"bad user name or password"_s),
                 qPrintable(app->state()));
        QCOMPARE(panel->brokerModel()->index(0, BrokerListModel::StateColumn).data().toString(), u"Refused"_s);
        QCOMPARE(app->find<QPushButton>("brokerConnectButton")->text(), u"Connect"_s);

        // The right password, saved in the panel: it connects at once.
        QTest::keyClicks(app->find<QLineEdit>("brokerPasswordEdit"), appPassword);
        QTest::mouseClick(app->find<QPushButton>("saveBrokerButton"), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(app->state().startsWith(u"Connected: mqtt://app@127.0.0.1:"_s),
                                  qPrintable(app->state()), 15000);
        QCOMPARE(app->find<QPushButton>("brokerConnectButton")->text(), u"Disconnect"_s);
        Runtime* runtime = app->window.runtime()->runtime();
        QVERIFY(runtime->sources().contains(static_cast<SignalSource*>(app->hub()->source(id))));

        // A Hooksmith JSON signal, a retained name of a device the workspace does not have, and a Pybytes
        // board's signal.
        QCOMPARE(publishJson(kGreenhouse, 1, u"21.5"_s), 0);
        QCOMPARE(publish({u"-q"_s, u"1"_s, u"-r"_s, u"-t"_s, u"hooksmith/tok-cellar/device"_s, u"-m"_s, u"Cellar"_s}),
                 0);
        const QString pybytesFile = dir + u"/pybytes.bin"_s;
        QVERIFY(writeFile(pybytesFile, pybytesInt(2, -42)));
        QCOMPARE(publish({u"-V"_s, u"mqttv311"_s, u"-t"_s, u"u"_s + kGreenhouse, u"-f"_s, pybytesFile}), 0);

        // The webhook fired for both, through the outbox.
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 2, 15000);
        QCOMPARE(receiver.requests()[0].path, QByteArray("/greenhouse"));
        QCOMPARE(payloadOf(receiver.requests()[0]), u"21.5"_s);
        QCOMPARE(payloadOf(receiver.requests()[1]), u"-42"_s);
        QVERIFY(runtime->outbox());
        QVERIFY(
            QFileInfo(runtime->outboxPath()).absoluteFilePath().startsWith(QFileInfo(outboxDir).absoluteFilePath()));
        QCOMPARE(runtime->dispatcher()->stats().deliveryCount, 2u);

        // The devices are listed, by token, with the workspace's name or the published one.
        NetworkDeviceModel* devices = panel->deviceModel();
        QTRY_VERIFY(devices->rowOf(id, u"tok-cellar"_s) >= 0);
        const int greenhouse = devices->rowOf(id, kGreenhouse);
        QVERIFY(greenhouse >= 0);
        QCOMPARE(devices->index(greenhouse, NetworkDeviceModel::NameColumn).data().toString(), u"Greenhouse"_s);
        QCOMPARE(devices->index(greenhouse, NetworkDeviceModel::SignalsColumn).data().toString(), u"2"_s);
        const int cellar = devices->rowOf(id, u"tok-cellar"_s);
        QCOMPARE(devices->index(cellar, NetworkDeviceModel::NameColumn).data().toString(), u"Cellar"_s);
        QVERIFY(devices->index(cellar, NetworkDeviceModel::TokenColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"Not in the workspace"_s));
        QCOMPARE(panel->brokerModel()->index(0, BrokerListModel::DevicesColumn).data().toInt(), 2);

        // And the signals are in the monitor.
        SignalMonitorModel* monitor = app->window.devices()->monitorModel();
        QVERIFY(monitor->rowOf(kGreenhouse, 1) >= 0);
        QVERIFY(monitor->rowOf(kGreenhouse, 2) >= 0);
        monitor->flush();
        QCOMPARE(monitor->index(monitor->rowOf(kGreenhouse, 1), SignalMonitorModel::ValueColumn).data().toString(),
                 u"21.5"_s);

        // One device's signals reach the webhook in the order they were published.
        QByteArray lines;
        for (int i = 100; i < 110; ++i)
            lines += QByteArray::number(i) + '\n';
        QCOMPARE(publish({u"-q"_s, u"1"_s, u"-t"_s, u"hooksmith/%1/signal/5"_s.arg(kGreenhouse), u"-l"_s}, lines), 0);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 12, 15000);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(payloadOf(receiver.requests()[2 + i]), QString::number(100 + i));

        // Disconnected: no signal comes in; the broker keeps what is published for the app's session.
        QTest::mouseClick(app->find<QPushButton>("brokerConnectButton"), Qt::LeftButton);
        QTRY_COMPARE(app->state(), u"Not connected"_s);
        QVERIFY(runtime->sources().isEmpty());
        QCOMPARE(publishJson(kGreenhouse, 3, u"30"_s), 0);
        QTest::qWait(1500);
        QCOMPARE(receiver.requests().size(), 12);
        QCOMPARE(monitor->rowOf(kGreenhouse, 3), -1);
        // Connected again, it comes.
        QTest::mouseClick(app->find<QPushButton>("brokerConnectButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(app->state().startsWith(u"Connected: "_s), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 13, 15000);
        QCOMPARE(payloadOf(receiver.requests()[12]), u"30"_s);

        // The broker stops: the panel says why and that it tries again; it comes back: signals flow again.
        QVERIFY(broker.stop());
        QTRY_VERIFY2_WITH_TIMEOUT(app->state().startsWith(u"Reconnecting: mqtt://app@127.0.0.1:"_s),
                                  qPrintable(app->state()), 15000);
        QVERIFY2(app->state().contains(u"connecting again in"_s), qPrintable(app->state()));
        QCOMPARE(panel->brokerModel()->index(0, BrokerListModel::StateColumn).data().toString(), u"Reconnecting"_s);
        QVERIFY2(broker.start(), qPrintable(broker.log()));
        QTRY_VERIFY2_WITH_TIMEOUT(app->state().startsWith(u"Connected: "_s), qPrintable(app->state()), 40000);
        QCOMPARE(publishJson(kGreenhouse, 4, u"40"_s), 0);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 14, 15000);
        QCOMPARE(payloadOf(receiver.requests()[13]), u"40"_s);

        // The password is in the secret store, nowhere in the settings (or any other file of the test).
        config.sync();
        QVERIFY(QFileInfo::exists(config.fileName()));
        const QList<BrokerEntry> saved = app->hub()->brokers();
        QCOMPARE(saved.size(), 1);
        QVERIFY(saved[0].hasPassword && saved[0].connected);
        QCOMPARE(saved[0].user, u"app"_s);
        // The search finds what the settings do keep, stored the way a password would be.
        QCOMPARE(filesContaining(m_dir.path(), u"mqtt://127.0.0.1:%1"_s.arg(m_port)), QStringList{config.fileName()});
        QCOMPARE(filesContaining(m_dir.path(), appPassword), QStringList());
        QCOMPARE(filesContaining(m_dir.path(), wrongPassword), QStringList());
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            // In the OS keychain itself: another store reads it.
            QVERIFY2(m_store->isPersistent(), qPrintable(m_store->unavailableReason()));
            KeychainSecretStore other;
            std::optional<Result<std::optional<QString>>> read;
            other.read(SecretKey::forBroker(id), [&](Result<std::optional<QString>> r) { read.emplace(std::move(r)); });
            QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
            QVERIFY2(read->ok(), read->ok() ? "" : qPrintable(read->errorMessage()));
            QCOMPARE(read->value(), std::optional<QString>(appPassword));
        }

        // The app ends while connected; a signal comes meanwhile; at the next start the broker connects
        // again by itself and hands it over.
        app.reset();
        QCOMPARE(publishJson(kGreenhouse, 6, u"60"_s), 0);
        app = std::make_unique<App>(&config, m_store.get(), ws, wsPath, outboxDir);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 15, 20000);
        QCOMPARE(payloadOf(receiver.requests()[14]), u"60"_s);
        QCOMPARE(app->hub()->link(id), BrokerHub::Link::Connected);
        NetworkDevicesPanel* again = app->showNetwork();
        QTRY_VERIFY(again->deviceModel()->rowOf(id, kGreenhouse) >= 0);
        QTRY_VERIFY(app->state().startsWith(u"Connected: "_s));

        // Removed: disconnected, the password leaves the keychain, and nothing is listed any more.
        QTest::mouseClick(app->find<QPushButton>("removeBrokerButton"), Qt::LeftButton);
        QCOMPARE(again->brokerModel()->rowCount(), 0);
        QCOMPARE(again->deviceModel()->rowCount(), 0);
        QVERIFY(app->window.runtime()->runtime()->sources().isEmpty());
        std::optional<Result<std::optional<QString>>> gone;
        m_store->read(SecretKey::forBroker(id), [&](Result<std::optional<QString>> r) { gone.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(gone.has_value(), 30000);
        QVERIFY(gone->ok() && !gone->value().has_value());
        QCOMPARE(config.get(ConfigKeys::MqttBrokers), QString());
        // The broker dropped the app's session (a normal disconnection kept it: see the restart above).
        MqttClient probe;
        MqttConnectOptions o;
        o.host = u"127.0.0.1"_s;
        o.port = broker.port();
        o.clientId = BrokerHub::clientIdFor(id);
        o.username = u"app"_s;
        o.password = appPassword.toUtf8();
        probe.setOptions(o);
        QSignalSpy connected(&probe, &MqttClient::connected);
        probe.connectToBroker();
        QVERIFY(connected.wait(10000));
        QCOMPARE(connected.first().first().toBool(), false);
        probe.disconnectFromBroker(true);
    }

    void anMqttsBrokerWithItsOwnCa()
    {
        const QString dir = m_dir.filePath(u"tls"_s);
        QVERIFY(QDir().mkpath(dir));
        QString why;
        const std::optional<test::TestPki> pki = test::makeTestPki(dir, &why);
        QVERIFY2(pki, qPrintable(why));
        MosquittoBroker broker(dir);
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 tlsPort = probe.serverPort();
        probe.close();
        broker.addConfig(u"listener %1 127.0.0.1\ncertfile %2\nkeyfile %3\n"_s.arg(tlsPort).arg(pki->issuedFile,
                                                                                                pki->issuedKeyFile));
        QVERIFY2(broker.start(), qPrintable(broker.log()));
        m_port = QString::number(broker.port());
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        Config config(dir + u"/settings.ini"_s);
        App app(&config, m_store.get(), networkWorkspace(receiver.url()), dir + u"/tls.hooksmith.json"_s,
                dir + u"/outbox"_s);
        NetworkDevicesPanel* panel = app.showNetwork();

        // The system does not trust the test CA: the panel says so and keeps trying.
        QTest::keyClicks(app.find<QLineEdit>("brokerUrlEdit"), u"mqtts://127.0.0.1:%1"_s.arg(tlsPort));
        QTest::mouseClick(app.find<QPushButton>("addBrokerButton"), Qt::LeftButton);
        const QString id = panel->currentBroker();
        QVERIFY(!id.isEmpty());
        QTest::mouseClick(app.find<QPushButton>("brokerConnectButton"), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(app.state().startsWith(u"Reconnecting: "_s) && app.state().contains(u"TLS: "_s),
                                  qPrintable(app.state()), 15000);

        // With the CA file chosen in the panel, it connects and signals flow.
        QTest::keyClicks(app.find<QLineEdit>("brokerCaEdit"), pki->caFile);
        QTest::mouseClick(app.find<QPushButton>("saveBrokerButton"), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(app.state().startsWith(u"Connected: mqtts://127.0.0.1:"_s), qPrintable(app.state()),
                                  20000);
        QCOMPARE(runTool(u"mosquitto_pub"_s, {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, m_port, u"-q"_s, u"1"_s, u"-t"_s,
                                              u"hooksmith/%1/signal/1"_s.arg(kGreenhouse), u"-m"_s, u"7"_s}),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 1, 15000);
        QCOMPARE(payloadOf(receiver.requests()[0]), u"7"_s);
        QTest::mouseClick(app.find<QPushButton>("removeBrokerButton"), Qt::LeftButton);
        QCOMPARE(panel->brokerModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestNetworkDevices)
#include "tst_network_devices.moc"

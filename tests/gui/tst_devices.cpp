// The devices side of the app: the Devices panel, the virtual device, a board on a real pty, the
// serial console, the Signals monitor (define signal, undo), the live chart's batching, and the path
// to the dispatcher (a webhook bound to the device fires into a local receiver).
#include "AppRuntime.h"
#include "DeviceHub.h"
#include "DeviceWorkbench.h"
#include "DevicesPanel.h"
#include "GuiTestSupport.h"
#include "Inspector.h"
#include "LiveChart.h"
#include "LocalReceiver.h"
#include "MainWindow.h"
#include "OutboxPanel.h"
#include "PortListModel.h"
#include "Runtime.h"
#include "SerialConsole.h"
#include "SignalMonitor.h"
#include "SignalMonitorModel.h"
#include "SocatPty.h"
#include "VirtualDevice.h"
#include "WorkspaceDocument.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFrame>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using hooksmith::test::AppFixture;
using hooksmith::test::SocatPty;

namespace {

const QString kGreenhouse = u"tok-greenhouse"_s;
const QString kShed = u"tok-shed"_s;

/// A workspace with two devices: Greenhouse is bound to a webhook that posts to `receiver`, Shed to none.
Workspace devicesWorkspace(const QUrl& receiver)
{
    Workspace ws;
    ws.devices = {Device{kGreenhouse, u"Greenhouse"_s, {}, {}}, Device{kShed, u"Shed"_s, {}, {}}};
    ws.signalDefs = {SignalDef{1, u"temperature"_s, u"°C"_s, {}}};
    Webhook w = Webhook::createDefault(u"Greenhouse hook"_s);
    w.url = receiver.toString() + u"/greenhouse"_s;
    w.devices = {kGreenhouse};
    ws.webhooks = {w};
    return ws;
}

/// Draws nothing; counts what it was given.
class CountingBackend : public LiveChartBackend
{
public:
    explicit CountingBackend(QWidget* parent)
        : m_widget(new QWidget(parent))
    {}
    QWidget* widget() override { return m_widget; }
    void setSeries(const QList<Series>& series, double, double) override
    {
        ++calls;
        m_points = 0;
        for (const Series& s : series) {
            m_points += s.points.size();
            maxSeriesPoints = std::max(maxSeriesPoints, s.points.size());
        }
        lastSeries = series;
    }
    qsizetype pointCount() const override { return m_points; }

    int calls = 0;
    qsizetype maxSeriesPoints = 0;
    QList<Series> lastSeries;

private:
    QWidget* m_widget;
    qsizetype m_points = 0;
};

Signal signalOf(const QString& device, int number, const QString& json, const QDateTime& at = {})
{
    Signal s;
    s.deviceToken = device;
    s.number = number;
    s.value = *SignalValues::fromJson(json);
    s.receivedAt = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    return s;
}

/// The main window with a workspace of devices, its app runtime (outbox in the fixture's folder) and
/// its device tools.
struct DevicesFixture
{
    AppFixture app;
    LocalReceiver receiver;
    DeviceWorkbench* bench = nullptr;

    bool setUp()
    {
        if (!receiver.listen())
            return false;
        app.window.document()->reset(devicesWorkspace(receiver.url()), app.dir.filePath(u"devices.hooksmith.json"_s));
        bench = app.window.devices();
        app.window.show();
        return bench != nullptr;
    }

    /// The runtime of the open workspace (created on first use).
    Runtime* runtime() const { return app.window.runtime()->runtime(); }
};

} // namespace

class TestDevices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initResources(); }

    void docksAreCreatedOnFirstUse()
    {
        DevicesFixture f;
        QVERIFY(f.setUp());
        QVERIFY(!f.bench->hasDevicesPanel());
        QVERIFY(!f.bench->hasChart());
        QVERIFY(!f.app.window.findChild<QDockWidget*>(u"devicesDock"_s));
        auto* action = f.app.window.findChild<QAction*>(u"actionDevices"_s);
        QVERIFY(action);
        action->trigger();
        QVERIFY(f.bench->hasDevicesPanel());
        auto* dock = f.app.window.findChild<QDockWidget*>(u"devicesDock"_s);
        QVERIFY(dock);
        QTRY_VERIFY(dock->isVisible());
        // The virtual device is always listed, last.
        PortListModel* ports = f.bench->devicesPanel()->model();
        QVERIFY(ports->rowCount() >= 1);
        QCOMPARE(ports->keyAt(ports->rowCount() - 1), DeviceHub::kVirtualKey);
        QVERIFY(!f.bench->hasChart());
    }

    void virtualDeviceReachesMonitorAndWebhook()
    {
        DevicesFixture f;
        QVERIFY(f.setUp());
        DevicesPanel* panel = f.bench->devicesPanel();
        QAbstractItemModelTester portTester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        SignalMonitor* monitor = f.bench->monitor();
        SignalMonitorModel* model = f.bench->monitorModel();
        QAbstractItemModelTester monitorTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The virtual device is the Greenhouse, which a webhook is bound to.
        panel->selectKey(DeviceHub::kVirtualKey);
        QCOMPARE(panel->currentKey(), DeviceHub::kVirtualKey);
        f.bench->hub()->setDeviceFor(DeviceHub::kVirtualKey, kGreenhouse);
        auto* number = panel->findChild<QSpinBox*>(u"virtualNumberSpin"_s);
        auto* value = panel->findChild<QLineEdit*>(u"virtualValueEdit"_s);
        QVERIFY(number && value);
        number->setValue(1);
        value->setText(u"21.50"_s);
        QTest::mouseClick(panel->findChild<QPushButton*>(u"virtualSendButton"_s), Qt::LeftButton);

        // Through the runtime's dispatcher and outbox to the receiver, the value as typed.
        QTRY_COMPARE_WITH_TIMEOUT(f.receiver.requests().size(), 1, 15000);
        const ReceivedRequest r = f.receiver.requests().front();
        QCOMPARE(r.path, QByteArray("/greenhouse"));
        QVERIFY2(r.body.contains("\"payload\":21.50"), r.body.constData());
        QVERIFY2(r.body.contains(kGreenhouse.toUtf8()), r.body.constData());
        QCOMPARE(f.runtime()->dispatcher()->stats().deliveryCount, 1u);

        // And into the monitor.
        const int row = model->rowOf(kGreenhouse, 1);
        QVERIFY(row >= 0);
        model->flush();
        QCOMPARE(model->index(row, SignalMonitorModel::ValueColumn).data().toString(), u"21.50"_s);
        QCOMPARE(model->index(row, SignalMonitorModel::NameColumn).data().toString(), u"temperature"_s);
        QCOMPARE(model->index(row, SignalMonitorModel::UnitColumn).data().toString(), u"°C"_s);
        QCOMPARE(model->index(row, SignalMonitorModel::CountColumn).data().toULongLong(), 1u);
        QCOMPARE(model->index(row, SignalMonitorModel::DeviceColumn).data().toString(), u"Greenhouse"_s);
        QCOMPARE(model->index(row, SignalMonitorModel::WebhooksColumn).data().toString(), u"1 webhook(s)"_s);

        // The Shed is bound to nothing: its signals are counted and shown, not dropped silently.
        f.bench->hub()->setDeviceFor(DeviceHub::kVirtualKey, kShed);
        QTRY_VERIFY(f.bench->hub()->virtualDevice()->state() == SignalSource::State::Connected);
        QVERIFY(f.bench->hub()->virtualDevice()->sendText(4, u"\"open\""_s));
        QVERIFY(f.bench->hub()->virtualDevice()->sendText(4, u"\"closed\""_s));
        const int shed = model->rowOf(kShed, 4);
        QVERIFY(shed >= 0);
        model->flush();
        QCOMPARE(model->index(shed, SignalMonitorModel::CountColumn).data().toULongLong(), 2u);
        QCOMPARE(model->index(shed, SignalMonitorModel::ValueColumn).data().toString(), u"\"closed\""_s);
        QCOMPARE(model->index(shed, SignalMonitorModel::WebhooksColumn).data().toString(),
                 u"none: no webhook is bound to the device"_s);
        QCOMPARE(model->unboundCount(), 2u);
        QVERIFY2(monitor->findChild<QLabel*>(u"signalSummaryLabel"_s)->text().contains(u"2 from devices no webhook"_s),
                 qPrintable(monitor->findChild<QLabel*>(u"signalSummaryLabel"_s)->text()));
        QTRY_COMPARE(f.runtime()->dispatcher()->stats().unroutedByDevice.value(kShed), 2u);
        QCOMPARE(f.receiver.requests().size(), 1);
    }

    void disconnectDeletesTheSourceButKeepsItsConsole()
    {
        DevicesFixture f;
        QVERIFY(f.setUp());
        DeviceHub* hub = f.bench->hub();
        hub->setDeviceFor(DeviceHub::kVirtualKey, kGreenhouse);
        VirtualDevice::Generator g;
        g.number = 3;
        g.ratePerSecond = 2;
        QVERIFY(hub->virtualDevice()->setGenerator(g));
        hub->connectTo(DeviceHub::kVirtualKey);
        QPointer<VirtualDevice> first = hub->virtualDevice();
        // The app runtime holds the connected source, so that it outlives a workspace switch.
        QVERIFY(f.app.window.runtime()->sources().contains(first.data()));
        QTRY_VERIFY(first->state() == SignalSource::State::Connected);
        hub->sendLine(DeviceHub::kVirtualKey, u"print('hello')"_s);
        const qsizetype lines = hub->consoleHistory(DeviceHub::kVirtualKey).size();
        QVERIFY(lines >= 2);

        hub->disconnectFrom(DeviceHub::kVirtualKey);
        QVERIFY(!hub->isConnected(DeviceHub::kVirtualKey));
        QVERIFY(!f.app.window.runtime()->sources().contains(first.data()));
        QTRY_VERIFY(first.isNull()); // deleted by the runtime
        QVERIFY(!hub->source(DeviceHub::kVirtualKey));
        const QList<ConsoleEntry> history = hub->consoleHistory(DeviceHub::kVirtualKey);
        QCOMPARE(history.size(), lines + 1);
        QCOMPARE(history.back().text, u"Disconnected"_s);

        // Connecting again makes a new device with the generator it had.
        hub->connectTo(DeviceHub::kVirtualKey);
        auto* second = qobject_cast<VirtualDevice*>(hub->source(DeviceHub::kVirtualKey));
        QVERIFY(second);
        QVERIFY(second->generator().has_value());
        QCOMPARE(second->generator()->number, 3);
        QCOMPARE(second->token(), kGreenhouse);
        QTRY_VERIFY(f.app.window.runtime()->sources().contains(second));
    }

    // A thousand signals a second from the virtual device, through the one runtime the relay uses too: every
    // one is delivered, and the Outbox tab (which lists the runtime's outbox as it changes) ends empty and
    // consistent. How long the event loop waited meanwhile is reported, for the benchmark's numbers.
    void aThousandSignalsASecondGoThroughTheSharedRuntime()
    {
        DevicesFixture f;
        QVERIFY(f.setUp());
        f.receiver.setLimit(10000);
        // When each signal was received, to see the order they arrive in.
        f.app.window.document()->editWebhook(0, u"at"_s, {}, [](Webhook& w) {
            w.body.append(BodyRow{u"at"_s, u"TIMESTAMP"_s, {}, true, true, {}});
        });
        f.app.window.runtime()->syncNow();
        DeviceHub* hub = f.bench->hub();
        hub->setDeviceFor(DeviceHub::kVirtualKey, kGreenhouse);
        hub->connectTo(DeviceHub::kVirtualKey);
        QTRY_VERIFY(f.app.window.runtime()->isReady());
        OutboxPanel* outbox = f.app.window.outboxPanel();
        QAbstractItemModelTester tester(outbox->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.app.window.inspector()->showPanel(outbox);

        // The event loop's delays while the signals flow: a timer that should fire every 5 ms.
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 worstLateMs = 0;
        QTimer probe;
        QObject::connect(&probe, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            worstLateMs = std::max(worstLateMs, now - last - 5);
            last = now;
        });
        clock.start();
        probe.start(5);

        VirtualDevice* device = hub->virtualDevice();
        VirtualDevice::Generator g;
        g.ratePerSecond = 1000;
        QVERIFY(device->setGenerator(g).ok());
        QTest::qWait(2000);
        QVERIFY(device->setGenerator(std::nullopt).ok());
        probe.stop();
        Runtime* runtime = f.runtime();
        const quint64 signalsSent = runtime->stats().signals;
        QVERIFY(signalsSent > 0);
        QTRY_COMPARE_WITH_TIMEOUT(f.receiver.receivedCount(), signalsSent, 60000);
        QCOMPARE(runtime->dispatcher()->stats().deliveryCount, signalsSent);
        QCOMPARE(runtime->stats().signalsLost, 0u);
        // The outbox is empty, and the tab says so.
        auto* counts = outbox->findChild<QLabel*>(u"outboxCountsLabel"_s);
        QTRY_COMPARE_WITH_TIMEOUT(counts->text(), u"0 pending, 0 failed"_s, 10000);
        QTRY_COMPARE(outbox->model()->rowCount(), 0);
        // The requests came in the order the device sent its signals (delivery order "device").
        QString previous;
        for (const ReceivedRequest& r : f.receiver.requests()) {
            const QString at = QJsonDocument::fromJson(r.body).object().value(u"at"_s).toString();
            QVERIFY2(at.size() == 24 && at >= previous, qPrintable(at + u" after "_s + previous));
            previous = at;
        }
        qInfo("%llu signals in 2 s; the event loop was at most %lld ms late", signalsSent, worstLateMs);
    }

    void connectedSourceStaysWhenAnotherWorkspaceOpens()
    {
        DevicesFixture f;
        QVERIFY(f.setUp());
        DeviceHub* hub = f.bench->hub();
        AppRuntime* app = f.app.window.runtime();
        hub->setDeviceFor(DeviceHub::kVirtualKey, kGreenhouse);
        hub->connectTo(DeviceHub::kVirtualKey);
        QPointer<VirtualDevice> device = hub->virtualDevice();
        QTRY_VERIFY(app->isReady());
        const QString firstOutbox = app->currentRuntime()->outboxPath();

        // Another file, whose Greenhouse webhook posts elsewhere: the runtime serves it from its own outbox.
        Workspace other = devicesWorkspace(f.receiver.url());
        other.webhooks[0].url = f.receiver.url().toString() + u"/other"_s;
        f.app.window.document()->reset(other, f.app.dir.filePath(u"other.hooksmith.json"_s));
        QTRY_VERIFY(app->isReady() && app->currentRuntime()->outboxPath() != firstOutbox);

        // The board stayed connected, and its signals go to the open workspace's webhooks.
        QVERIFY(device);
        QVERIFY(hub->isConnected(DeviceHub::kVirtualKey));
        QVERIFY(app->sources().contains(device.data()));
        QVERIFY(device->sendText(1, u"7"_s));
        QTRY_COMPARE_WITH_TIMEOUT(f.receiver.requests().size(), 1, 15000);
        QCOMPARE(f.receiver.requests().front().path, QByteArray("/other"));
    }

    void generatorRunsThroughThePanel()
    {
        DevicesFixture f;
        QVERIFY(f.setUp());
        DevicesPanel* panel = f.bench->devicesPanel();
        f.bench->hub()->setDeviceFor(DeviceHub::kVirtualKey, kGreenhouse);
        panel->selectKey(DeviceHub::kVirtualKey);
        panel->findChild<QSpinBox*>(u"virtualGeneratorNumberSpin"_s)->setValue(7);
        panel->findChild<QDoubleSpinBox*>(u"virtualRateSpin"_s)->setValue(50);
        auto* run = panel->findChild<QPushButton*>(u"virtualGeneratorButton"_s);
        QTest::mouseClick(run, Qt::LeftButton);
        QCOMPARE(run->text(), u"Stop generator"_s);
        QTRY_VERIFY_WITH_TIMEOUT(f.receiver.requests().size() >= 5, 15000);
        QTest::mouseClick(run, Qt::LeftButton);
        QCOMPARE(run->text(), u"Start generator"_s);
        const QJsonObject body = QJsonDocument::fromJson(f.receiver.requests().front().body).object();
        QCOMPARE(body.value(u"signal"_s).toInt(), 7);
        // Sine around 20 ± 5, two decimals.
        QVERIFY(body.value(u"payload"_s).toDouble() >= 15 && body.value(u"payload"_s).toDouble() <= 25);
    }

    void ptyBoardConnectsShowsItsConsoleAndAsksForItsDevice()
    {
        if (!SocatPty::available())
            QFAIL("socat is not installed (apt-get install socat; scripts/test installs it): this test needs a real "
                  "pty pair");
        DevicesFixture f;
        QVERIFY(f.setUp());
        QTemporaryDir ptyDir;
        SocatPty pty(ptyDir.path());
        QCOMPARE(pty.start(), QString());
        QVERIFY(pty.openBoard());

        DevicesPanel* panel = f.bench->devicesPanel();
        QAbstractItemModelTester portTester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* pathEdit = panel->findChild<QLineEdit*>(u"addPathEdit"_s);
        QTest::keyClicks(pathEdit, pty.hostPath());
        QTest::mouseClick(panel->findChild<QPushButton*>(u"addPathButton"_s), Qt::LeftButton);
        QCOMPARE(panel->currentKey(), pty.hostPath());
        QCOMPARE(f.app.config.get(ConfigKeys::AddedPorts), QStringList{pty.hostPath()});
        const int row = panel->model()->rowOf(pty.hostPath());
        QTRY_VERIFY(
            panel->model()->index(row, PortListModel::BoardColumn).data().toString().contains(u"pseudo-terminal"_s));

        auto* connectButton = panel->findChild<QPushButton*>(u"connectButton"_s);
        QCOMPARE(connectButton->text(), u"Connect"_s);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->index(row, PortListModel::StateColumn).data().toString(),
                                  u"Connected"_s, 15000);
        QCOMPARE(connectButton->text(), u"Disconnect"_s);

        SerialConsole* console = f.bench->console();
        console->setKey(pty.hostPath());
        SignalMonitorModel* model = f.bench->monitorModel();
        QAbstractItemModelTester monitorTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The board prints its banner and a signal without saying which device it is.
        QVERIFY(pty.writeBoard("MicroPython v1.20.0 on 2023-01-01; LoPy4 with ESP32\r\n>>> \r\n@signal 3 12.50\r\n"
                               "@signal 3 oops\r\n"));
        QTRY_VERIFY(console->text().contains(u"MicroPython v1.20.0 on 2023-01-01; LoPy4 with ESP32"_s));
        QTRY_VERIFY(console->text().contains(u"oops"_s)); // the refused line, as a warning
        QTRY_VERIFY(model->rowOf(QString(), 3) >= 0);
        model->flush();
        QCOMPARE(model->index(model->rowOf(QString(), 3), SignalMonitorModel::ValueColumn).data().toString(),
                 u"12.50"_s);
        QCOMPARE(model->index(model->rowOf(QString(), 3), SignalMonitorModel::DeviceColumn).data().toString(),
                 u"(unknown board)"_s);

        // Which device is it? Asked without a modal dialog.
        auto* question = panel->findChild<QFrame*>(u"deviceQuestionFrame"_s);
        QTRY_VERIFY(question->isVisible());
        QVERIFY(panel->isAsking());
        auto* combo = panel->findChild<QComboBox*>(u"deviceQuestionCombo"_s);
        QVERIFY(test::chooseComboData(combo, kGreenhouse));
        QTest::mouseClick(panel->findChild<QPushButton*>(u"deviceQuestionButton"_s), Qt::LeftButton);
        QVERIFY(!question->isVisible());
        // Remembered for this port, and used at once.
        QCOMPARE(f.bench->hub()->deviceFor(pty.hostPath()), kGreenhouse);
        QCOMPARE(f.app.config.get(ConfigKeys::PortDevices).value(pty.hostPath()).toString(), kGreenhouse);
        QVERIFY(pty.writeBoard("@signal 1 30.25\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(f.receiver.requests().size(), 1, 15000);
        QVERIFY2(f.receiver.requests().front().body.contains("\"payload\":30.25"),
                 f.receiver.requests().front().body.constData());
        QTRY_VERIFY(model->rowOf(kGreenhouse, 1) >= 0);
        QCOMPARE(panel->model()->index(row, PortListModel::DeviceColumn).data().toString(), u"Greenhouse"_s);

        // The console talks to the board: a line, then Ctrl-C from the input.
        auto* input = console->findChild<QLineEdit*>(u"consoleInput"_s);
        QTRY_VERIFY(input->isEnabled());
        QTest::keyClicks(input, u"print(1)"_s);
        QTest::keyClick(input, Qt::Key_Return);
        QTest::keyClick(input, Qt::Key_C, Qt::ControlModifier);
        QByteArray got;
        QTRY_VERIFY((got += pty.readBoard()).size() >= 10);
        QCOMPARE(got, QByteArray("print(1)\r\x03"));
        QVERIFY(console->text().contains(u"» print(1)"_s));

        // Unplugged: the row says so and the board is waited for.
        pty.stop();
        QTRY_COMPARE_WITH_TIMEOUT(
            panel->model()->index(panel->model()->rowOf(pty.hostPath()), PortListModel::StateColumn).data().toString(),
            u"Waiting for the board"_s, 15000);
        QTRY_VERIFY(console->text().contains(u"the board went away"_s));
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QVERIFY(!f.bench->hub()->isConnected(pty.hostPath()));
        QCOMPARE(connectButton->text(), u"Connect"_s);
    }

    void installHelperReportsASilentBoard()
    {
        if (!SocatPty::available())
            QFAIL("socat is not installed (apt-get install socat; scripts/test installs it): this test needs a real "
                  "pty pair");
        DevicesFixture f;
        QVERIFY(f.setUp());
        QTemporaryDir ptyDir;
        SocatPty pty(ptyDir.path());
        QCOMPARE(pty.start(), QString());
        QVERIFY(pty.openBoard()); // a board that never answers
        DevicesPanel* panel = f.bench->devicesPanel();
        f.bench->hub()->addPath(pty.hostPath());
        panel->selectKey(pty.hostPath());
        auto* install = panel->findChild<QPushButton*>(u"installHelperButton"_s);
        QVERIFY(install->isVisible());
        QTest::mouseClick(install, Qt::LeftButton);
        QVERIFY(f.bench->hub()->isConnected(pty.hostPath()));
        QVERIFY(panel->findChild<QProgressBar*>(u"installProgress"_s)->isVisible());
        QSignalSpy finished(panel->uploader(), &RawReplUploader::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.front()[0].toBool(), false);
        auto* status = panel->findChild<QLabel*>(u"installStatusLabel"_s);
        QVERIFY2(status->text().contains(u"no answer"_s), qPrintable(status->text()));
        QVERIFY(install->isEnabled());
        // Ctrl-C went to the board, and nothing that would reset it.
        QByteArray sent = pty.readBoard();
        QVERIFY(sent.contains('\x03'));
        QVERIFY(!sent.contains('\x06') && !sent.contains('\x04'));
    }

    void defineSignalIsAnUndoableWorkspaceEdit()
    {
        DevicesFixture f;
        QVERIFY(f.setUp());
        SignalMonitorModel* model = f.bench->monitorModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->addSignal(signalOf(kGreenhouse, 9, u"0.70"_s));
        model->addSignal(signalOf(kShed, 2, u"[1, 2]"_s));
        const int row = model->rowOf(kGreenhouse, 9);
        QCOMPARE(model->index(row, SignalMonitorModel::NameColumn).data().toString(), u"undefined"_s);
        QVERIFY(model->flags(model->index(row, SignalMonitorModel::NameColumn)) & Qt::ItemIsEditable);

        QUndoStack* undo = f.app.window.document()->undoStack();
        const int before = undo->count();
        QVERIFY(model->setData(model->index(row, SignalMonitorModel::NameColumn), u"humidity"_s, Qt::EditRole));
        QVERIFY(model->setData(model->index(row, SignalMonitorModel::UnitColumn), u"%"_s, Qt::EditRole));
        const SignalDef* def = f.app.window.document()->workspace().signalDef(9);
        QVERIFY(def);
        QCOMPARE(def->name, u"humidity"_s);
        QCOMPARE(def->unit, u"%"_s);
        QCOMPARE(model->index(row, SignalMonitorModel::NameColumn).data().toString(), u"humidity"_s);
        QCOMPARE(undo->count(), before + 2);
        QCOMPARE(undo->undoText(), u"Define signal 9"_s);

        undo->undo();
        undo->undo();
        QVERIFY(!f.app.window.document()->workspace().signalDef(9));
        QCOMPARE(model->index(row, SignalMonitorModel::NameColumn).data().toString(), u"undefined"_s);
        undo->redo();
        QCOMPARE(f.app.window.document()->workspace().signalDef(9)->name, u"humidity"_s);

        // "Define signal" starts editing the name of the selected row.
        SignalMonitor* monitor = f.bench->monitor();
        monitor->view()->selectRow(row);
        QTest::mouseClick(monitor->findChild<QPushButton*>(u"defineSignalButton"_s), Qt::LeftButton);
        // An editor opens in the view (its state() is protected: the editor widget shows it).
        QTRY_VERIFY(monitor->view()->viewport()->findChild<QLineEdit*>() &&
                    monitor->view()->viewport()->findChild<QLineEdit*>()->isVisible());
        QCOMPARE(monitor->view()->currentIndex().column(), int(SignalMonitorModel::NameColumn));
    }

    void monitorBatchesItsUpdates()
    {
        WorkspaceDocument doc(nullptr);
        doc.reset(devicesWorkspace(QUrl(u"http://127.0.0.1:9"_s)), {});
        SignalMonitorModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        for (int i = 0; i < 1000; ++i)
            model.addSignal(signalOf(kGreenhouse, 1 + i % 3, QString::number(i)));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(changed.size(), 0); // nothing repainted yet: one batch comes later
        QTRY_COMPARE(model.batchCount(), 1u);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(model.rowOf(kGreenhouse, 1), SignalMonitorModel::CountColumn).data().toULongLong(), 334u);
        QCOMPARE(model.index(model.rowOf(kGreenhouse, 1), SignalMonitorModel::ValueColumn).data().toString(), u"999"_s);
    }

    void chartStaysBoundedAndBatched()
    {
        LiveChart chart;
        auto backend = std::make_unique<CountingBackend>(&chart);
        CountingBackend* counting = backend.get();
        chart.setBackend(std::move(backend));
        chart.addSeries(kGreenhouse, 1, u"temperature"_s);
        chart.refresh();
        const int before = counting->calls;

        // Ten minutes at 100 signals per second, handed over at once.
        const QDateTime start = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 60000; ++i)
            chart.addSignal(signalOf(kGreenhouse, 1, QString::number(20 + (i % 50) / 10.0), start.addMSecs(i * 10)));
        chart.addSignal(signalOf(kShed, 1, u"1"_s, start));              // not charted
        chart.addSignal(signalOf(kGreenhouse, 1, u"\"text\""_s, start)); // not a number
        QCOMPARE(counting->calls, before);                               // batched: nothing drawn yet
        QSignalSpy redrawn(&chart, &LiveChart::redrawn);
        QVERIFY(redrawn.wait(5000));
        QCOMPARE(counting->calls, before + 1);
        // The history holds the window (60 s at 100/s), the drawing at most kMaxPointsShown points.
        QVERIFY2(chart.historySize() <= 6001, qPrintable(QString::number(chart.historySize())));
        QVERIFY(counting->maxSeriesPoints <= LiveChart::kMaxPointsShown);
        QVERIFY(counting->maxSeriesPoints >= LiveChart::kMaxPointsShown / 2);
        // Decimated by slices, the extremes stay: every value of the signal is between 20 and 24.9.
        double lo = 100;
        double hi = 0;
        for (const QPointF& p : counting->lastSeries.front().points) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
        QCOMPARE(lo, 20.0);
        QCOMPARE(hi, 24.9);
    }

    void chartKeepsUpWithTheVirtualDeviceAt100PerSecond()
    {
        DevicesFixture f;
        QVERIFY(f.setUp());
        f.bench->hub()->setDeviceFor(DeviceHub::kVirtualKey, kGreenhouse);
        LiveChart* chart = f.bench->chart();
        auto backend = std::make_unique<CountingBackend>(chart);
        CountingBackend* counting = backend.get();
        chart->setBackend(std::move(backend));
        f.bench->chartSignals({{kGreenhouse, 2}});
        QCOMPARE(chart->seriesCount(), 1);

        VirtualDevice* device = f.bench->hub()->virtualDevice();
        VirtualDevice::Generator g;
        g.number = 2;
        g.ratePerSecond = 100;
        g.periodSeconds = 1;
        QVERIFY(device->setGenerator(g));
        f.bench->hub()->connectTo(DeviceHub::kVirtualKey);
        QTRY_VERIFY_WITH_TIMEOUT(f.bench->hub()->signalCount(DeviceHub::kVirtualKey) >= 150, 20000);
        QVERIFY(device->setGenerator(std::nullopt));
        const quint64 signalCount = f.bench->hub()->signalCount(DeviceHub::kVirtualKey);
        QTRY_COMPARE(chart->historySize(), qsizetype(signalCount));
        // Redrawn in batches: several signals per redraw, never a redraw per signal.
        QVERIFY2(quint64(counting->calls) * 3 <= signalCount,
                 qPrintable(u"%1 redraws for %2 signals"_s.arg(counting->calls).arg(signalCount)));
        QVERIFY(counting->maxSeriesPoints <= LiveChart::kMaxPointsShown);
        // The last redraw comes within one refresh interval of the last signal, with every point.
        QTRY_COMPARE(counting->lastSeries.front().points.size(), qsizetype(signalCount));
    }

    void qtChartsModuleLoads()
    {
        QWidget parent;
        QString error;
        std::unique_ptr<LiveChartBackend> backend = LiveChart::loadBackend(&parent, &error);
        QVERIFY2(backend, qPrintable(error));
        QVERIFY(backend->widget());
        backend->setSeries({{u"a"_s, {{0, 1}, {1, 2}, {2, 3}}}, {u"b"_s, {{0, 5}}}}, 0, 60);
        QCOMPARE(backend->pointCount(), 4);
        backend->setSeries({{u"a"_s, {{0, 1}}}}, 0, 60);
        QCOMPARE(backend->pointCount(), 1);
    }
};

QTEST_MAIN(TestDevices)
#include "tst_devices.moc"

#include "DeviceWorkbench.h"

#include "BrokerHub.h"
#include "DeviceHub.h"
#include "DevicesPanel.h"
#include "LiveChart.h"
#include "SerialConsole.h"
#include "SignalMonitor.h"
#include "SignalMonitorModel.h"
#include "Theme.h"
#include "WorkspaceDocument.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QScrollArea>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {
/// Room for a dozen monitor rows or a readable chart, whatever the Problems dock had.
constexpr int kBottomDockHeight = 300;
/// What the editor in the middle keeps when a dock on the left widens to show its content whole.
constexpr int kCentralRoom = 560;
} // namespace

DeviceWorkbench::DeviceWorkbench(QMainWindow* window, WorkspaceDocument* doc, AppRuntime* runtime, Config* config)
    : QObject(window)
    , m_window(window)
    , m_doc(doc)
    , m_hub(new DeviceHub(doc, runtime, config, this))
    , m_devicesAction(new QAction(Theme::icon(u"device"_s), tr("&Devices"), this))
    , m_consoleAction(new QAction(tr("Serial &Console"), this))
    , m_monitorAction(new QAction(Theme::icon(u"signal"_s), tr("&Signals Monitor"), this))
    , m_chartAction(new QAction(tr("Live Ch&art"), this))
{
    m_devicesAction->setObjectName(u"actionDevices"_s);
    m_consoleAction->setObjectName(u"actionSerialConsole"_s);
    m_monitorAction->setObjectName(u"actionSignalsMonitor"_s);
    m_chartAction->setObjectName(u"actionLiveChart"_s);
    m_devicesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_devicesAction->setToolTip(tr("Boards on serial ports, the virtual device and network devices (Ctrl+Shift+D)"));
    m_devicesAction->setIconText(tr("Devices"));
    m_monitorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_devicesAction, &QAction::triggered, this, &DeviceWorkbench::showDevices);
    connect(m_consoleAction, &QAction::triggered, this, [this] { showConsole(); });
    connect(m_monitorAction, &QAction::triggered, this, &DeviceWorkbench::showMonitor);
    connect(m_chartAction, &QAction::triggered, this, &DeviceWorkbench::showChart);

    if (auto* view = window->findChild<QMenu*>(u"menuView"_s)) {
        view->addSeparator();
        view->addActions({m_devicesAction, m_consoleAction, m_monitorAction, m_chartAction});
    }
    if (auto* toolbar = window->findChild<QToolBar*>(u"mainToolBar"_s)) {
        toolbar->addSeparator();
        toolbar->addAction(m_devicesAction);
        toolbar->addAction(m_monitorAction);
    }

    // The monitor counts from the first connection on, shown or not.
    connect(m_hub, &DeviceHub::connectionChanged, this, [this] { monitorModel(); });
    auto showSignal = [this](const QString&, const Signal& s) {
        if (m_monitorModel)
            m_monitorModel->addSignal(s);
        if (m_chart)
            m_chart->addSignal(s);
    };
    connect(m_hub, &DeviceHub::signalReceived, this, showSignal);
    // Network devices' signals too: the monitor and the chart do not ask where a signal came from.
    connect(m_hub->brokers(), &BrokerHub::connectionChanged, this, [this] { monitorModel(); });
    connect(m_hub->brokers(), &BrokerHub::signalReceived, this, showSignal);
    connect(m_hub->brokers(), &BrokerHub::message, this, [this](const QString& text) {
        if (auto* bar = m_window->statusBar())
            bar->showMessage(text, 10000);
    });
    connect(m_hub, &DeviceHub::deviceQuestion, this, [this](const QString& key) {
        const bool existed = m_devicesPanel;
        DevicesPanel* panel = devicesPanel();
        if (!existed)
            panel->askForDevice(key); // created now: it missed the question
        raiseDock(m_devicesDock);
    });
}

DeviceWorkbench::~DeviceWorkbench()
{
    // The panels use the hub: they go first (those the window did not delete already).
    for (QDockWidget* dock : {m_devicesDock.data(), m_consoleDock.data(), m_monitorDock.data(), m_chartDock.data()})
        delete dock;
}

QDockWidget* DeviceWorkbench::makeDock(const QString& title, const QString& objectName, QWidget* widget,
                                       Qt::DockWidgetArea area, QDockWidget* beside)
{
    auto* dock = new QDockWidget(title, m_window);
    dock->setObjectName(objectName);
    // In a scroll area: a dock's content then never makes the window larger than the screen (the window
    // works down to 1024x640 with every dock open).
    auto* scroll = new QScrollArea(dock);
    scroll->setObjectName(objectName + u"ScrollArea"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(widget);
    dock->setWidget(scroll);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    m_window->addDockWidget(area, dock);
    // Next to the docks already there rather than squeezing the editor.
    QDockWidget* neighbour = nullptr;
    for (QDockWidget* other : m_window->findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly)) {
        if (other != dock && m_window->dockWidgetArea(other) == area && !other->isFloating() && other->isVisible()) {
            neighbour = other;
            if (area != Qt::LeftDockWidgetArea)
                break;
        }
    }
    if (beside) {
        // A dock in a tab group cannot be split: the new one then goes beside the whole group.
        if (m_window->tabifiedDockWidgets(beside).isEmpty())
            m_window->splitDockWidget(beside, dock, Qt::Horizontal);
    } else if (neighbour) {
        if (area == Qt::LeftDockWidgetArea)
            m_window->splitDockWidget(neighbour, dock, Qt::Vertical);
        else
            m_window->tabifyDockWidget(neighbour, dock);
    }
    // A dock is made when it is first wanted: it shows at once (a dock added to a visible window
    // would stay hidden otherwise).
    dock->show();
    if (area == Qt::BottomDockWidgetArea) {
        // Once laid out: sizes given before that are not kept.
        QMetaObject::invokeMethod(
            this,
            [this, dock = QPointer<QDockWidget>(dock), beside = QPointer<QDockWidget>(beside)] {
                if (!dock || !dock->isVisible())
                    return;
                m_window->resizeDocks({dock.data()}, {kBottomDockHeight}, Qt::Vertical);
                // Side by side: half the width each.
                if (beside && beside->isVisible()) {
                    const int half = (beside->width() + dock->width()) / 2;
                    m_window->resizeDocks({beside.data(), dock.data()}, {half, half}, Qt::Horizontal);
                }
            },
            Qt::QueuedConnection);
    } else if (area == Qt::LeftDockWidgetArea) {
        // The left column is as wide as the workspace's list; the new panel's buttons and fields would be cut
        // off in it. Once laid out, it widens to show them whole, as far as the editor keeps its room.
        QMetaObject::invokeMethod(
            this,
            [this, dock = QPointer<QDockWidget>(dock), scroll = QPointer<QScrollArea>(scroll)] {
                if (!dock || !scroll || !dock->isVisible() || dock->isFloating())
                    return;
                const int wanted = scroll->widget()->sizeHint().width() +
                                   scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent) +
                                   (dock->width() - scroll->width());
                const QWidget* central = m_window->centralWidget();
                const int room = central ? central->width() - kCentralRoom : 0;
                const int grow = std::min(wanted - dock->width(), room);
                if (grow > 0)
                    m_window->resizeDocks({dock.data()}, {dock->width() + grow}, Qt::Horizontal);
            },
            Qt::QueuedConnection);
    }
    return dock;
}

void DeviceWorkbench::raiseDock(QDockWidget* dock)
{
    if (!dock)
        return;
    dock->show();
    dock->raise();
}

DevicesPanel* DeviceWorkbench::devicesPanel()
{
    if (!m_devicesPanel) {
        m_devicesPanel = new DevicesPanel(m_hub);
        // The left column runs the full height, so that the panel and the workspace keep their room when
        // the monitor and the chart open below.
        m_window->setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
        m_devicesDock = makeDock(tr("Devices"), u"devicesDock"_s, m_devicesPanel, Qt::LeftDockWidgetArea);
        connect(m_devicesPanel, &DevicesPanel::consoleRequested, this, &DeviceWorkbench::showConsole);
    }
    return m_devicesPanel;
}

SerialConsole* DeviceWorkbench::console()
{
    if (!m_console) {
        m_console = new SerialConsole(m_hub);
        m_consoleDock = makeDock(tr("Serial Console"), u"consoleDock"_s, m_console, Qt::BottomDockWidgetArea);
    }
    return m_console;
}

SignalMonitorModel* DeviceWorkbench::monitorModel()
{
    if (!m_monitorModel)
        m_monitorModel = new SignalMonitorModel(m_doc, this);
    return m_monitorModel;
}

SignalMonitor* DeviceWorkbench::monitor()
{
    if (!m_monitor) {
        m_monitor = new SignalMonitor(monitorModel());
        m_monitorDock = makeDock(tr("Signals"), u"signalsDock"_s, m_monitor, Qt::BottomDockWidgetArea);
        connect(m_monitor, &SignalMonitor::chartRequested, this, &DeviceWorkbench::chartSignals);
    }
    return m_monitor;
}

LiveChart* DeviceWorkbench::chart()
{
    if (!m_chart) {
        m_chart = new LiveChart;
        // Beside the monitor rather than behind it: the chart follows the rows chosen there.
        QDockWidget* beside = m_monitorDock && m_monitorDock->isVisible() && !m_monitorDock->isFloating()
                                  ? m_monitorDock.data()
                                  : nullptr;
        m_chartDock = makeDock(tr("Live Chart"), u"chartDock"_s, m_chart, Qt::BottomDockWidgetArea, beside);
    }
    return m_chart;
}

void DeviceWorkbench::restoreConnections()
{
    m_hub->brokers()->restoreConnections();
}

void DeviceWorkbench::showDevices()
{
    devicesPanel();
    raiseDock(m_devicesDock);
}

void DeviceWorkbench::showConsole(const QString& key)
{
    SerialConsole* c = console();
    if (!key.isEmpty())
        c->setKey(key);
    raiseDock(m_consoleDock);
}

void DeviceWorkbench::showMonitor()
{
    monitor();
    raiseDock(m_monitorDock);
}

void DeviceWorkbench::showChart()
{
    chart();
    raiseDock(m_chartDock);
}

void DeviceWorkbench::chartSignals(const QList<QPair<QString, int>>& signalKeys)
{
    LiveChart* c = chart();
    const Workspace& ws = m_doc->workspace();
    for (const auto& [device, number] : signalKeys) {
        const SignalDef* def = ws.signalDef(number);
        QString label = def && !def->name.isEmpty() ? def->name : tr("signal %1").arg(number);
        if (def && !def->unit.isEmpty())
            label += u" ("_s + def->unit + u')';
        c->addSeries(device, number, tr("%1: %2").arg(m_hub->deviceLabel(device), label));
    }
    raiseDock(m_chartDock);
}

} // namespace hooksmith

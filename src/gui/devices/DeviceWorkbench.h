#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;

namespace hooksmith {

class Config;
class DeviceHub;
class DevicesPanel;
class LiveChart;
class AppRuntime;
class SerialConsole;
class SignalMonitor;
class SignalMonitorModel;
class WorkspaceDocument;

/// Puts the device tools into a main window: View menu entries and a toolbar button for the Devices
/// panel, the serial console, the Signals monitor and the live chart. Each dock is created the first
/// time it is shown, so that the app starts without them (and without Qt Charts).
class DeviceWorkbench : public QObject
{
    Q_OBJECT
public:
    /// `runtime` receives the connected sources (may be null: signals then reach the monitor only).
    DeviceWorkbench(QMainWindow* window, WorkspaceDocument* doc, AppRuntime* runtime, Config* config);
    ~DeviceWorkbench() override;

    DeviceHub* hub() const { return m_hub; }

    DevicesPanel* devicesPanel();
    SerialConsole* console();
    SignalMonitorModel* monitorModel();
    SignalMonitor* monitor();
    LiveChart* chart();
    /// Whether a dock was created yet (for tests of the lazy creation).
    bool hasDevicesPanel() const { return !m_devicesPanel.isNull(); }
    bool hasChart() const { return !m_chart.isNull(); }

    /// Connects again the brokers that were connected when the app last ran.
    void restoreConnections();
    void showDevices();
    void showConsole(const QString& key = {});
    void showMonitor();
    void showChart();
    /// Adds signals (device token, number) to the chart and shows it.
    void chartSignals(const QList<QPair<QString, int>>& signalKeys);

    QAction* devicesAction() const { return m_devicesAction; }

private:
    /// A new dock in `area`: split off `beside` when given, else tabbed with the dock already there.
    QDockWidget* makeDock(const QString& title, const QString& objectName, QWidget* widget, Qt::DockWidgetArea area,
                          QDockWidget* beside = nullptr);
    static void raiseDock(QDockWidget* dock);

    QMainWindow* m_window;
    WorkspaceDocument* m_doc;
    DeviceHub* m_hub;
    QAction* m_devicesAction;
    QAction* m_consoleAction;
    QAction* m_monitorAction;
    QAction* m_chartAction;
    QPointer<DevicesPanel> m_devicesPanel;
    QPointer<SerialConsole> m_console;
    QPointer<SignalMonitorModel> m_monitorModel;
    QPointer<SignalMonitor> m_monitor;
    QPointer<LiveChart> m_chart;
    QPointer<QDockWidget> m_devicesDock;
    QPointer<QDockWidget> m_consoleDock;
    QPointer<QDockWidget> m_monitorDock;
    QPointer<QDockWidget> m_chartDock;
};

} // namespace hooksmith

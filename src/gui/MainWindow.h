#pragma once

#include "Delivery.h"
#include "Problem.h"

#include <QMainWindow>
#include <QSet>

#include <memory>
#include <optional>

class QTableView;

namespace Ui {
class MainWindow;
}

namespace hooksmith {

class AppRuntime;
struct AttemptReport;
class Config;
class DeviceWorkbench;
class Inspector;
class OutboxPanel;
class ReceiverPanel;
class ResponsesPanel;
class PreviewPanel;
class ProblemsModel;
class SecretStore;
class Sidebar;
class WebhookEditor;
class WorkspaceDocument;

/// Hooksmith's main window: the workspace sidebar, the webhook editor, the inspector and problems
/// docks, the file commands and the undo stack.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `secrets` holds passwords and signing secrets (the OS keychain, or memory when there is none).
    MainWindow(Config* config, SecretStore* secrets, QWidget* parent = nullptr);
    ~MainWindow() override;

    WorkspaceDocument* document() const { return m_doc; }
    Sidebar* sidebar() const { return m_sidebar; }
    WebhookEditor* editor() const { return m_editor; }
    Inspector* inspector() const { return m_inspector; }
    PreviewPanel* preview() const;
    ProblemsModel* problemsModel() const { return m_problems; }
    /// The delivery side of the open workspace: its Runtime (outbox, engine, dispatcher) and the
    /// signal sources that feed it. The Runtime itself is created after the window is shown.
    AppRuntime* runtime() const { return m_runtime; }
    /// The Devices panel, serial console, Signals monitor and live chart (docks created on first use).
    DeviceWorkbench* devices() const { return m_devices; }

    /// The last workspace when there is one and it opens, else the bundled demo.
    void openInitial();
    /// Before the first show: with no size saved and a screen too small for the designed size (with the
    /// title bar), the window fills the screen instead of reaching past it. A saved size is kept on its
    /// screen by restoreGeometry().
    void fitFirstStartToScreen();
    /// Opens a workspace file (or resource). A file that cannot be read leaves the current workspace
    /// as it is and shows why, with line and column.
    bool openFile(const QString& path);
    bool save();
    /// Saves under `path`; asks for one when empty.
    bool saveAs(const QString& path = {});
    void newWorkspace();

    void selectWebhook(int index);
    int currentWebhook() const;
    void addWebhook();
    void duplicateWebhook();
    void deleteWebhook();
    /// Selects the webhook of a problem and focuses the field it names.
    void jumpToProblem(int row);

    /// A test send: fires the previewed webhook once with the inspector's sample values, without the
    /// outbox and without retries. The Responses tab shows it under way (with Cancel), then its answer.
    /// Returns its message id (empty when no webhook is selected or it cannot be sent).
    QString send();
    /// Delivers the previewed webhook as a device's signal is delivered: into the outbox, attempted with
    /// the webhook's retry policy. Returns its message id.
    QString sendThroughOutbox();
    /// Cancels a test send under way.
    bool cancelSend(const QString& messageId);

    ResponsesPanel* responsesPanel() const { return m_responsesPanel; }
    OutboxPanel* outboxPanel() const { return m_outboxPanel; }
    ReceiverPanel* receiverPanel() const { return m_receiverPanel; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setupActions();
    void setupDocks();
    void updateTitle();
    void updateProblems();
    void updateActions();
    void fillRecentMenu();
    void setupEnvironmentActions();
    /// Edit > Preferences, and what the preferences set when the window is made (MainWindowPreferences.cpp).
    void setupPreferences();
    void openPreferences();
    /// Applies the receiver's port and the proxy (at start, and after the dialog with the theme).
    void applyPreferences();
    void storeProxyPassword(const QString& password);
    /// Asks what to do with unsaved changes: true when it is fine to go on.
    bool maybeSave();
    void showLoadError(const QString& path, const QList<Problem>& problems);
    void showError(const QString& title, const QString& message);
    /// What the first screen does not need, started once it is shown.
    void startDeferred();
    /// Starts the built-in receiver when the open workspace sends to it (or is the demo).
    void startReceiverIfUsed();
    void onAttemptFinished(const AttemptReport& report);
    /// The delivery of the previewed request with the inspector's sample signal.
    std::optional<DeliveryItem> previewedDelivery();

    Config* m_config;
    std::unique_ptr<Ui::MainWindow> m_ui;
    WorkspaceDocument* m_doc;
    Sidebar* m_sidebar = nullptr;
    WebhookEditor* m_editor = nullptr;
    Inspector* m_inspector = nullptr;
    QDockWidget* m_sidebarDock = nullptr;
    QDockWidget* m_problemsDock = nullptr;
    QTableView* m_problemsView = nullptr;
    ProblemsModel* m_problems = nullptr;
    QString m_loadErrorPath;
    QList<Problem> m_loadProblems;
    ResponsesPanel* m_responsesPanel = nullptr;
    OutboxPanel* m_outboxPanel = nullptr;
    ReceiverPanel* m_receiverPanel = nullptr;
    QSet<QString> m_sentHere; ///< message ids of Send, to show their responses when they arrive
    AppRuntime* m_runtime = nullptr;
    DeviceWorkbench* m_devices = nullptr;
    bool m_deferredStarted = false;
};

} // namespace hooksmith

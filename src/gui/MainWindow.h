#pragma once

#include "Problem.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QTableView;

namespace Ui {
class MainWindow;
}

namespace hooksmith {

class AppRuntime;
class Config;
class DeviceWorkbench;
class Inspector;
class PreviewPanel;
class ProblemsModel;
class SecretStore;
class Sidebar;
class WebhookEditor;
class WorkspaceDocument;
struct SendRequest;

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

    using SendHandler = std::function<void(const SendRequest&)>;
    /// Enables "Send": the handler gets the previewed webhook and sample signal. Until one is set
    /// the Send command is hidden.
    void setSendHandler(SendHandler handler);

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
    /// Asks what to do with unsaved changes: true when it is fine to go on.
    bool maybeSave();
    void showLoadError(const QString& path, const QList<Problem>& problems);
    void showError(const QString& title, const QString& message);
    /// What the first screen does not need, started once it is shown.
    void startDeferred();

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
    SendHandler m_sendHandler;
    AppRuntime* m_runtime = nullptr;
    DeviceWorkbench* m_devices = nullptr;
    bool m_deferredStarted = false;
};

} // namespace hooksmith

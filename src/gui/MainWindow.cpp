#include "MainWindow.h"

#include "AppRuntime.h"
#include "Config.h"
#include "DeviceWorkbench.h"
#include "ElidedToolTips.h"
#include "EnvironmentSwitcher.h"
#include "EnvironmentsDialog.h"
#include "ExportDialog.h"
#include "ImportDialog.h"
#include "Inspector.h"
#include "OutboxPanel.h"
#include "Paths.h"
#include "Preferences.h"
#include "PreviewPanel.h"
#include "ReceiverPanel.h"
#include "ResponsesModel.h"
#include "ResponsesPanel.h"
#include "Sidebar.h"
#include "Theme.h"
#include "Version.h"
#include "WebhookEditor.h"
#include "WebhookTableModels.h"
#include "WheelGuard.h"
#include "WorkspaceDocument.h"
#include "WorkspaceFile.h"
#include "WorkspaceModels.h"
#include "WorkspaceSettingsDialog.h"
#include "ui_MainWindow.h"

#include <QAbstractSpinBox>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScreen>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {
/// How long after the window is shown the delivery side starts (so that the first frame is drawn first).
constexpr int kDeferredStartMs = 100;
} // namespace

MainWindow::MainWindow(Config* config, SecretStore* secrets, QWidget* parent)
    : QMainWindow(parent)
    , m_config(config)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_doc(new WorkspaceDocument(secrets, this))
{
    m_ui->setupUi(this);
    setObjectName(u"mainWindow"_s);
    // Through the theme's engine: a plain QIcon would load the SVG icon plugin before the first frame.
    setWindowIcon(Theme::icon(u"hooksmith"_s));
    m_editor = new WebhookEditor(m_doc, m_ui->centralStack);
    m_editor->setObjectName(u"webhookEditor"_s);
    m_ui->centralStack->addWidget(m_editor);
    m_runtime = new AppRuntime(m_doc, config, this);
    setupDocks();
    setupActions();
    setupPreferences();
    m_devices = new DeviceWorkbench(this, m_doc, m_runtime, config);

    connect(m_sidebar, &Sidebar::webhookSelected, this, [this](int index) {
        m_editor->setWebhookIndex(index);
        m_inspector->preview()->setWebhookIndex(index);
        m_receiverPanel->setWebhookIndex(index);
        if (index >= 0) {
            m_ui->centralStack->setCurrentWidget(m_editor);
            m_editor->setProblems(m_doc->problems());
        } else if (m_loadErrorPath.isEmpty()) {
            m_ui->centralStack->setCurrentWidget(m_ui->emptyPage);
        }
        updateActions();
    });
    connect(m_doc, &WorkspaceDocument::problemsChanged, this, &MainWindow::updateProblems);
    connect(m_doc, &WorkspaceDocument::pathChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &WorkspaceDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &WorkspaceDocument::secretError, this,
            [this](const QString& message) { statusBar()->showMessage(tr("Secret store: %1").arg(message), 10000); });
    connect(m_runtime, &AppRuntime::message, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_runtime, &AppRuntime::attemptFinished, this, &MainWindow::onAttemptFinished);
    connect(m_receiverPanel, &ReceiverPanel::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_doc, &WorkspaceDocument::pathChanged, this, [this] {
        if (m_deferredStarted)
            QTimer::singleShot(0, this, &MainWindow::startDeferred);
    });
    // The built-in receiver starts with the delivery side (its deliveries may go to it) or its tab.
    connect(m_runtime, &AppRuntime::runtimeChanged, this, &MainWindow::startReceiverIfUsed);
    connect(m_inspector->tabs(), &QTabWidget::currentChanged, this, [this] {
        if (m_inspector->tabs()->currentWidget() == m_receiverPanel)
            startReceiverIfUsed();
    });
    preview()->setSendAvailable(true);
    connect(preview(), &PreviewPanel::sendStateChanged, this, &MainWindow::updateActions);
    connect(m_inspector->preview(), &PreviewPanel::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    connect(m_inspector->preview(), &PreviewPanel::revealSecretsChanged, m_ui->actionRevealSecrets,
            &QAction::setChecked);

    // Text fields keep their own undo for Ctrl+Z otherwise; every edit is in the document's stack.
    for (QWidget* w : findChildren<QWidget*>()) {
        if (qobject_cast<QLineEdit*>(w) || qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w))
            w->installEventFilter(this);
    }
    // The wheel scrolls the form; it changes a combo box or spin box only once that has the focus, here and in
    // the panels and dialogs made later.
    new WheelGuard(this);

    restoreGeometry(m_config->get(ConfigKeys::WindowGeometry));
    restoreState(m_config->get(ConfigKeys::WindowState));
    m_ui->centralStack->setCurrentWidget(m_ui->emptyPage);
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The device tools hand their sources back first; then the runtime, while the document it follows
    // is still there.
    delete m_devices;
    m_devices = nullptr;
    disconnect(m_runtime, nullptr, this, nullptr);
    delete m_runtime;
    m_runtime = nullptr;
    // Children go after this destructor; their last signals must not reach a half-destroyed window.
    m_sidebar->disconnect(this);
    m_doc->disconnect(this);
    preview()->disconnect(this);
}

PreviewPanel* MainWindow::preview() const
{
    return m_inspector->preview();
}

void MainWindow::setupDocks()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_sidebar = new Sidebar(m_doc);
    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebarDock = new QDockWidget(tr("Workspace"), this);
    m_sidebarDock->setObjectName(u"workspaceDock"_s);
    m_sidebarDock->setWidget(m_sidebar);
    m_sidebarDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                               QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_sidebarDock);

    m_inspector = new Inspector(m_doc, m_config, this);
    addDockWidget(Qt::RightDockWidgetArea, m_inspector);
    m_responsesPanel = new ResponsesPanel(m_inspector);
    m_responsesPanel->setObjectName(u"responsesPanel"_s);
    m_inspector->addPanel(m_responsesPanel, Theme::icon(u"send"_s), tr("Responses"));
    connect(m_responsesPanel, &ResponsesPanel::cancelRequested, this, &MainWindow::cancelSend);
    m_outboxPanel = new OutboxPanel(m_runtime, m_doc, m_inspector);
    m_outboxPanel->setObjectName(u"outboxPanel"_s);
    m_inspector->addPanel(m_outboxPanel, Theme::icon(u"automatic"_s), tr("Outbox"));
    // The receiver itself is created when it first starts (after the first frame).
    m_receiverPanel = new ReceiverPanel(m_doc, m_inspector);
    m_receiverPanel->setObjectName(u"receiverPanel"_s);
    m_receiverPanel->setConfig(m_config);
    m_inspector->addPanel(m_receiverPanel, Theme::icon(u"device"_s), tr("Receiver"));

    m_problems = new ProblemsModel(this);
    m_problemsView = new QTableView;
    installElidedToolTips(m_problemsView);
    m_problemsView->setObjectName(u"problemsView"_s);
    m_problemsView->setAccessibleName(tr("Problems"));
    m_problemsView->setModel(m_problems);
    m_problemsView->verticalHeader()->hide();
    m_problemsView->horizontalHeader()->setStretchLastSection(true);
    m_problemsView->horizontalHeader()->resizeSection(ProblemsModel::WhereColumn, 320);
    m_problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemsView->setWordWrap(false);
    connect(m_problemsView, &QTableView::activated, this, [this](const QModelIndex& i) { jumpToProblem(i.row()); });
    connect(m_problemsView, &QTableView::clicked, this, [this](const QModelIndex& i) { jumpToProblem(i.row()); });
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(u"problemsDock"_s);
    m_problemsDock->setWidget(m_problemsView);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    resizeDocks({m_sidebarDock, m_inspector}, {300, 480}, Qt::Horizontal);
    resizeDocks({m_problemsDock}, {130}, Qt::Vertical);
}

void MainWindow::setupActions()
{
    Ui::MainWindow& ui = *m_ui;
    auto setup = [](QAction* a, const QString& icon, const QList<QKeySequence>& keys) {
        if (!icon.isEmpty())
            a->setIcon(Theme::icon(icon));
        a->setShortcuts(keys);
        if (!keys.isEmpty())
            a->setToolTip(a->text().remove(u'&') + u" ("_s + keys.front().toString(QKeySequence::NativeText) + u')');
    };
    setup(ui.actionNew, u"new"_s, QKeySequence::keyBindings(QKeySequence::New));
    setup(ui.actionOpen, u"open"_s, QKeySequence::keyBindings(QKeySequence::Open));
    setup(ui.actionSave, u"save"_s, QKeySequence::keyBindings(QKeySequence::Save));
    setup(ui.actionSaveAs, {}, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    setup(ui.actionQuit, {}, {QKeySequence(Qt::CTRL | Qt::Key_Q)});
    setup(ui.actionFind, u"search"_s, QKeySequence::keyBindings(QKeySequence::Find));
    setup(ui.actionNewWebhook, u"add"_s, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)});
    setup(ui.actionDuplicateWebhook, u"duplicate"_s, {QKeySequence(Qt::CTRL | Qt::Key_D)});
    setup(ui.actionDeleteWebhook, u"remove"_s, {});
    setup(ui.actionCopyCurl, u"copy"_s, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)});
    setup(ui.actionRevealSecrets, u"eye"_s, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    setup(ui.actionSend, u"send"_s, {QKeySequence(Qt::CTRL | Qt::Key_Return)});
    setup(ui.actionSendThroughOutbox, {}, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return)});
    setup(ui.actionNextProblem, u"warning"_s, {QKeySequence(Qt::Key_F8)});
    setup(ui.actionPasteCurl, {}, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)});
    ui.actionNewWebhook->setIconText(tr("Webhook"));

    QAction* undo = m_doc->undoStack()->createUndoAction(this, tr("&Undo"));
    QAction* redo = m_doc->undoStack()->createRedoAction(this, tr("&Redo"));
    undo->setObjectName(u"actionUndo"_s);
    redo->setObjectName(u"actionRedo"_s);
    // The menu names what is undone ("Undo Rename webhook"), and so does the tooltip; the toolbar keeps a
    // short, fixed label, so that the buttons after it do not move with every edit.
    undo->setIconText(tr("Undo"));
    redo->setIconText(tr("Redo"));
    setup(undo, u"undo"_s, QKeySequence::keyBindings(QKeySequence::Undo));
    setup(redo, u"redo"_s, QKeySequence::keyBindings(QKeySequence::Redo));
    ui.menuEdit->insertActions(ui.actionFind, {undo, redo});
    ui.menuEdit->insertSeparator(ui.actionFind);
    ui.mainToolBar->insertActions(ui.actionNewWebhook, {undo, redo});
    ui.mainToolBar->insertSeparator(ui.actionNewWebhook);
    ui.mainToolBar->addAction(ui.actionCopyCurl);

    ui.menuView->addAction(m_sidebarDock->toggleViewAction());
    ui.menuView->addAction(m_inspector->toggleViewAction());
    ui.menuView->addAction(m_problemsDock->toggleViewAction());
    ui.menuView->addSeparator();
    ui.menuView->addAction(ui.actionShowPreview);
    ui.actionShowPreview->setShortcut(QKeySequence(Qt::Key_F12));
    m_inspector->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_sidebar->setWebhookActions(ui.actionNewWebhook, ui.actionDuplicateWebhook, ui.actionDeleteWebhook);
    m_sidebar->addWebhookListAction(ui.actionPasteCurl);

    connect(ui.actionNew, &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(ui.actionOpen, &QAction::triggered, this, [this] {
        if (!maybeSave())
            return;
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open workspace"), QString(), tr("Hooksmith workspaces (*.hooksmith.json *.json);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    connect(ui.actionSave, &QAction::triggered, this, &MainWindow::save);
    connect(ui.actionSaveAs, &QAction::triggered, this, [this] { saveAs(); });
    connect(ui.actionQuit, &QAction::triggered, this, &QWidget::close);
    auto* exportAction = new QAction(tr("&Export…"), this);
    exportAction->setObjectName(u"actionExport"_s);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    ui.menuFile->insertAction(ui.actionQuit, exportAction);
    ui.menuFile->insertSeparator(ui.actionQuit);
    connect(exportAction, &QAction::triggered, this, [this] {
        const int index = currentWebhook();
        const Workspace& ws = m_doc->workspace();
        const QString current = index >= 0 && index < ws.webhooks.size() ? ws.webhooks[index].id : QString();
        ExportDialog dialog(ws, m_doc->path(), current, this);
        dialog.exec();
    });
    connect(ui.actionFind, &QAction::triggered, m_sidebar, &Sidebar::focusSearch);
    connect(ui.actionNewWebhook, &QAction::triggered, this, &MainWindow::addWebhook);
    connect(ui.actionDuplicateWebhook, &QAction::triggered, this, &MainWindow::duplicateWebhook);
    connect(ui.actionDeleteWebhook, &QAction::triggered, this, &MainWindow::deleteWebhook);
    WebhookImport::connectActions(this, ui.actionPasteCurl, ui.actionImport);
    connect(ui.actionCopyCurl, &QAction::triggered, this, [this] { preview()->copyCurl(); });
    connect(ui.actionRevealSecrets, &QAction::toggled, this, [this](bool on) { preview()->setRevealSecrets(on); });
    connect(ui.actionShowPreview, &QAction::triggered, this, [this] { m_inspector->showPanel(preview()); });
    connect(ui.actionSend, &QAction::triggered, this, &MainWindow::send);
    connect(ui.actionSendThroughOutbox, &QAction::triggered, this, &MainWindow::sendThroughOutbox);
    connect(preview(), &PreviewPanel::sendRequested, ui.actionSend, &QAction::trigger);
    connect(ui.actionNextProblem, &QAction::triggered, this, [this] {
        if (m_problems->rowCount() == 0)
            return;
        const int next = (m_problemsView->currentIndex().row() + 1) % m_problems->rowCount();
        m_problemsView->setCurrentIndex(m_problems->index(next, 0));
        jumpToProblem(next);
    });
    connect(ui.actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Hooksmith"),
                           tr("<p><b>Hooksmith %1</b></p><p>Design, test and run webhooks fired by your devices, "
                              "on your own machine.</p>")
                               .arg(QStringLiteral(HOOKSMITH_VERSION)));
    });
    connect(ui.menuRecent, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    setupEnvironmentActions();
}

void MainWindow::setupEnvironmentActions()
{
    auto* switcher = new EnvironmentSwitcher(m_doc, m_config, this);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addWidget(switcher);
    auto* environments = new QAction(tr("Environments…"), this);
    environments->setObjectName(u"actionEditEnvironments"_s);
    environments->setStatusTip(tr("Add, rename and remove environments and their variables"));
    auto* settings = new QAction(tr("Workspace Settings…"), this);
    settings->setObjectName(u"actionWorkspaceSettings"_s);
    settings->setStatusTip(tr("Set the workspace's user id"));
    m_ui->menuEdit->addSeparator();
    m_ui->menuEdit->addAction(environments);
    m_ui->menuEdit->addAction(settings);
    // Non-modal, so that the window stays usable for looking things up while the dialog is open.
    connect(environments, &QAction::triggered, this, [this] {
        auto* dialog = new EnvironmentsDialog(m_doc, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(switcher, &EnvironmentSwitcher::editRequested, environments, &QAction::trigger);
    connect(settings, &QAction::triggered, this, [this] {
        auto* dialog = new WorkspaceSettingsDialog(m_doc, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void MainWindow::fillRecentMenu()
{
    m_ui->menuRecent->clear();
    for (const QString& path : m_config->get(ConfigKeys::RecentFiles)) {
        QAction* a = m_ui->menuRecent->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    m_ui->menuRecent->setEnabled(!m_ui->menuRecent->isEmpty());
}

void MainWindow::fitFirstStartToScreen()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    if (!screen || !m_config->get(ConfigKeys::WindowGeometry).isEmpty())
        return;
    constexpr int kTitleBar = 40;
    const QSize room = screen->availableGeometry().size();
    if (width() > room.width() || height() + kTitleBar > room.height())
        setWindowState(windowState() | Qt::WindowMaximized);
}

void MainWindow::openInitial()
{
    const QString last = m_config->get(ConfigKeys::LastWorkspace);
    const bool reopen = m_config->get(ConfigKeys::OpenLastWorkspace) && !last.isEmpty() &&
                        (last.startsWith(u':') || QFileInfo::exists(last));
    // When the last workspace cannot be read, its problems stay on screen: the demo would hide them.
    openFile(reopen ? last : Paths::demoWorkspace());
}

bool MainWindow::openFile(const QString& path)
{
    LoadResult result = WorkspaceFile::load(path);
    if (!result.workspace) {
        showLoadError(path, result.problems);
        return false;
    }
    m_loadErrorPath.clear();
    m_loadProblems.clear();
    m_doc->reset(std::move(*result.workspace), path);
    m_config->set(ConfigKeys::LastWorkspace, path);
    if (!m_doc->isResource())
        m_config->addRecentFile(path);
    selectWebhook(m_doc->workspace().webhooks.isEmpty() ? -1 : 0);
    if (m_doc->workspace().webhooks.isEmpty())
        m_ui->centralStack->setCurrentWidget(m_ui->emptyPage);
    statusBar()->showMessage(m_doc->isResource() ? tr("Opened the demo workspace (read-only: Save asks for a file)")
                                                 : tr("Opened %1").arg(QDir::toNativeSeparators(path)),
                             5000);
    return true;
}

void MainWindow::showLoadError(const QString& path, const QList<Problem>& problems)
{
    m_loadErrorPath = path;
    m_loadProblems = problems;
    m_ui->loadErrorTitleLabel->setText(tr("<b>%1 could not be opened.</b> It was not changed, and Hooksmith will not "
                                          "overwrite it.")
                                           .arg(QFileInfo(path).fileName().toHtmlEscaped()));
    QStringList lines;
    for (const Problem& p : problems)
        lines.append(p.format(QDir::toNativeSeparators(path)));
    m_ui->loadErrorLabel->setText(lines.join(u'\n'));
    m_ui->centralStack->setCurrentWidget(m_ui->loadErrorPage);
    m_problems->setProblems(problems);
    m_problemsDock->show();
    statusBar()->showMessage(tr("%1 could not be opened").arg(QFileInfo(path).fileName()), 10000);
}

bool MainWindow::save()
{
    if (m_doc->isUntitled() || m_doc->isResource())
        return saveAs();
    return saveAs(m_doc->path());
}

bool MainWindow::saveAs(const QString& requested)
{
    QString path = requested;
    if (path.isEmpty()) {
        const QString suggestion = m_doc->isResource() || m_doc->isUntitled()
                                       ? QDir::home().filePath(u"workspace.hooksmith.json"_s)
                                       : m_doc->path();
        path = QFileDialog::getSaveFileName(this, tr("Save workspace"), suggestion,
                                            tr("Hooksmith workspaces (*.hooksmith.json)"));
        if (path.isEmpty())
            return false;
        if (!path.endsWith(u".json"_s))
            path += u".hooksmith.json"_s;
    }
    if (path.startsWith(u':')) {
        showError(tr("Cannot save"), tr("The demo workspace is part of Hooksmith; save it as a file of your own."));
        return false;
    }
    if (Status st = m_doc->save(path); !st) {
        showError(tr("Cannot save"), st.errorMessage());
        return false;
    }
    m_config->set(ConfigKeys::LastWorkspace, path);
    m_config->addRecentFile(path);
    const QList<Problem>& problems = m_doc->problems();
    const qsizetype errors =
        std::count_if(problems.begin(), problems.end(), [](const Problem& p) { return p.isError(); });
    if (problems.isEmpty()) {
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    } else {
        statusBar()->showMessage(
            tr("Saved %1 with %n problem(s) (%2 errors): see the Problems list", nullptr, int(problems.size()))
                .arg(QDir::toNativeSeparators(path))
                .arg(errors),
            10000);
        m_problemsDock->show();
        m_problemsDock->raise();
    }
    return true;
}

void MainWindow::showError(const QString& title, const QString& message)
{
    statusBar()->showMessage(message, 10000);
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(u"errorMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not exec(): nothing waits in a nested event loop
}

void MainWindow::newWorkspace()
{
    if (!maybeSave())
        return;
    m_loadErrorPath.clear();
    m_doc->reset(Workspace{}, QString());
    selectWebhook(-1);
    m_ui->centralStack->setCurrentWidget(m_ui->emptyPage);
}

bool MainWindow::maybeSave()
{
    if (!m_doc->isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("%1 has changes that are not saved.").arg(m_doc->displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(u"unsavedChangesMessageBox"_s);
    box.setInformativeText(tr("Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::selectWebhook(int index)
{
    m_sidebar->selectWebhook(index);
}

int MainWindow::currentWebhook() const
{
    return m_sidebar->currentWebhook();
}

void MainWindow::addWebhook()
{
    QString name = tr("New webhook");
    for (int n = 2; m_doc->workspace().findWebhook(name); ++n)
        name = tr("New webhook %1").arg(n);
    const int index = int(m_doc->workspace().webhooks.size());
    Webhook webhook = Webhook::createDefault(name);
    Preferences::from(*m_config).applyDeliveryDefaults(webhook);
    m_doc->editWorkspace(tr("Add webhook"), WorkspaceDocument::Change::WebhookList,
                         [&](Workspace& ws) { ws.webhooks.append(webhook); });
    selectWebhook(index);
    m_editor->focusField(u"url"_s);
}

void MainWindow::duplicateWebhook()
{
    const Webhook* source = m_doc->webhook(currentWebhook());
    if (!source)
        return;
    Webhook copy = *source;
    copy.id = newUuid();
    copy.created = QDateTime::currentDateTimeUtc();
    QString name = tr("%1 (copy)").arg(source->name);
    for (int n = 2; m_doc->workspace().findWebhook(name); ++n)
        name = tr("%1 (copy %2)").arg(source->name).arg(n);
    copy.name = name;
    const int index = currentWebhook() + 1;
    m_doc->editWorkspace(tr("Duplicate webhook"), WorkspaceDocument::Change::WebhookList,
                         [&](Workspace& ws) { ws.webhooks.insert(index, copy); });
    selectWebhook(index);
}

void MainWindow::deleteWebhook()
{
    const int index = currentWebhook();
    const Webhook* w = m_doc->webhook(index);
    if (!w)
        return;
    const QString name = w->name;
    m_doc->editWorkspace(tr("Delete webhook"), WorkspaceDocument::Change::WebhookList,
                         [&](Workspace& ws) { ws.webhooks.removeAt(index); });
    selectWebhook(qMin(index, int(m_doc->workspace().webhooks.size()) - 1));
    statusBar()->showMessage(tr("Deleted %1. Undo brings it back.").arg(name), 5000);
}

void MainWindow::jumpToProblem(int row)
{
    if (row < 0 || row >= m_problems->rowCount() || !m_loadErrorPath.isEmpty())
        return;
    const Problem& p = m_problems->problems()[row];
    if (p.webhookIndex >= 0) {
        selectWebhook(p.webhookIndex);
        m_editor->setProblems(m_doc->problems());
        m_editor->focusField(p.field);
    } else if (p.subject.startsWith(u"device"_s)) {
        m_sidebar->showDevices();
    } else if (p.subject.startsWith(u"signal"_s)) {
        m_sidebar->showSignals();
    }
}

std::optional<DeliveryItem> MainWindow::previewedDelivery()
{
    const auto request = preview()->sendRequest();
    if (!request)
        return std::nullopt;
    // The runtime delivers what is on screen, not what it had after the last typing pause.
    m_runtime->syncNow();
    DeliveryItem d;
    // The message id the preview shows: the request sent is the one previewed (the preview then shows
    // the next message's id).
    d.messageId = preview()->messageId();
    d.webhookId = request->webhookId;
    d.signal = request->signal;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!d.signal.receivedAt.isValid())
        d.signal.receivedAt = now;
    d.acceptedAt = now;
    d.nextAttemptAt = now;
    preview()->setMessageId(newMessageId());
    return d;
}

QString MainWindow::send()
{
    if (!preview()->canSend()) {
        statusBar()->showMessage(preview()->sendBlockedReason(), 10000);
        return {};
    }
    const std::optional<DeliveryItem> d = previewedDelivery();
    if (!d)
        return {};
    const Webhook* w = m_doc->webhook(currentWebhook());
    const QString name = w ? w->name : QString();
    m_responsesPanel->addInFlight(d->messageId, name);
    m_inspector->showPanel(m_responsesPanel);
    statusBar()->showMessage(tr("Sending \"%1\"…").arg(name), 5000);
    m_runtime->sendOnce(*d);
    return d->messageId;
}

QString MainWindow::sendThroughOutbox()
{
    const std::optional<DeliveryItem> d = previewedDelivery();
    if (!d)
        return {};
    m_sentHere.insert(d->messageId);
    m_runtime->enqueue({*d});
    const Webhook* w = m_doc->webhook(currentWebhook());
    statusBar()->showMessage(tr("\"%1\" is in the outbox").arg(w ? w->name : QString()), 5000);
    return d->messageId;
}

bool MainWindow::cancelSend(const QString& messageId)
{
    return m_runtime->cancelSend(messageId);
}

void MainWindow::onAttemptFinished(const AttemptReport& report)
{
    m_responsesPanel->append(report);
    const QString& id = report.delivery.messageId;
    if (report.direct) {
        m_responsesPanel->finishInFlight(id);
    } else if (!m_sentHere.remove(id)) {
        // Attempts in the background (devices' deliveries, retries) leave the inspector where it is.
        return;
    }
    statusBar()->showMessage(tr("%1: %2 (%3 ms)").arg(report.webhookName, report.summary).arg(report.durationMs),
                             10000);
    // Show what came back for the user's own Send.
    m_inspector->showPanel(m_responsesPanel);
    m_responsesPanel->flush();
    m_responsesPanel->selectRow(m_responsesPanel->model()->rowCount() - 1);
}

void MainWindow::startReceiverIfUsed()
{
    if (m_receiverPanel->isListening())
        return;
    if (m_doc->isResource() || ReceiverPanel::workspaceUsesPort(m_doc, m_receiverPanel->configuredPort()))
        m_receiverPanel->start();
}

void MainWindow::updateTitle()
{
    QString name = m_doc->displayName();
    if (m_doc->isResource())
        name = tr("%1 (demo, read-only)").arg(name);
    setWindowTitle(name + u"[*] — Hooksmith"_s);
    setWindowModified(m_doc->isModified());
}

void MainWindow::updateProblems()
{
    if (!m_loadErrorPath.isEmpty())
        return;
    const QList<Problem>& problems = m_doc->problems();
    m_problems->setProblems(problems);
    m_editor->setProblems(problems);
    m_problemsDock->setWindowTitle(problems.isEmpty() ? tr("Problems") : tr("Problems (%1)").arg(problems.size()));
}

void MainWindow::updateActions()
{
    const bool hasWebhook = m_doc->webhook(currentWebhook()) != nullptr;
    m_ui->actionDuplicateWebhook->setEnabled(hasWebhook);
    m_ui->actionDeleteWebhook->setEnabled(hasWebhook);
    m_ui->actionCopyCurl->setEnabled(hasWebhook);
    m_ui->actionSend->setEnabled(hasWebhook && preview()->canSend());
    m_ui->actionSend->setToolTip(
        preview()->canSend()
            ? tr("Send once, as a test (%1)").arg(m_ui->actionSend->shortcut().toString(QKeySequence::NativeText))
            : preview()->sendBlockedReason());
    m_ui->actionSendThroughOutbox->setEnabled(hasWebhook);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_doc->flushSecrets();
    m_config->set(ConfigKeys::WindowGeometry, saveGeometry());
    m_config->set(ConfigKeys::WindowState, saveState());
    m_config->sync();
    event->accept();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_deferredStarted)
        return;
    m_deferredStarted = true;
    // After the first frame: the outbox, the HTTP stack and the keychain are not needed to draw it.
    QTimer::singleShot(kDeferredStartMs, this, &MainWindow::startDeferred);
}

void MainWindow::startDeferred()
{
    // Deliveries waiting in the workspace's outbox resume now, not at the first Send. Without an outbox on
    // disk nothing waits: the delivery side (outbox, HTTP stack) starts when first needed (a Send, a
    // device), and the receiver with it or when its tab is opened.
    if (m_runtime->hasStoredOutbox())
        m_runtime->runtime();
    // Network devices that were connected when the app last ran: their brokers kept what came meanwhile.
    m_devices->restoreConnections();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        // Leaving the event unaccepted lets the window's Undo and Redo take it.
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
            return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace hooksmith

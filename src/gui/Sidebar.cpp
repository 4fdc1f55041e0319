#include "Sidebar.h"

#include "ElidedToolTips.h"
#include "Theme.h"
#include "WebhookTableModels.h"
#include "WorkspaceDocument.h"
#include "WorkspaceModels.h"
#include "ui_Sidebar.h"

#include <QAction>
#include <QHeaderView>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

void setupWorkspaceTable(QTableView* view)
{
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::SelectedClicked);
}

} // namespace

Sidebar::Sidebar(WorkspaceDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_ui(std::make_unique<Ui::Sidebar>())
    , m_webhooks(new WebhookListModel(doc, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_devices(new DeviceTableModel(doc, this))
    , m_signals(new SignalTableModel(doc, this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_webhooks);
    m_filter->setFilterRole(FilterRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->webhookListView->setModel(m_filter);
    m_ui->webhookListView->setUniformItemSizes(true);
    installElidedToolTips(m_ui->webhookListView);
    m_ui->sidebarTabWidget->setTabIcon(0, Theme::icon(u"webhook"_s));
    m_ui->sidebarTabWidget->setTabIcon(1, Theme::icon(u"device"_s));
    m_ui->sidebarTabWidget->setTabIcon(2, Theme::icon(u"signal"_s));
    m_ui->webhookFilterLineEdit->addAction(Theme::icon(u"search"_s), QLineEdit::LeadingPosition);
    // The clear button's icon comes from the desktop's icon theme, whose folders Qt searches the first time
    // it is asked for one: a tenth of the work before the window appears. It is added after that.
    QTimer::singleShot(0, this, [this] { m_ui->webhookFilterLineEdit->setClearButtonEnabled(true); });

    m_ui->deviceTableView->setModel(m_devices);
    m_ui->signalTableView->setModel(m_signals);
    setupWorkspaceTable(m_ui->deviceTableView);
    setupWorkspaceTable(m_ui->signalTableView);
    m_ui->deviceTableView->horizontalHeader()->resizeSection(DeviceTableModel::NameColumn, 150);
    m_ui->deviceTableView->horizontalHeader()->resizeSection(DeviceTableModel::TokenColumn, 150);
    m_ui->signalTableView->horizontalHeader()->resizeSection(SignalTableModel::NumberColumn, 70);
    m_ui->signalTableView->horizontalHeader()->resizeSection(SignalTableModel::NameColumn, 130);
    m_ui->addDeviceButton->setIcon(Theme::icon(u"add"_s));
    m_ui->deleteDeviceButton->setIcon(Theme::icon(u"remove"_s));
    m_ui->addSignalButton->setIcon(Theme::icon(u"add"_s));
    m_ui->deleteSignalButton->setIcon(Theme::icon(u"remove"_s));

    // A search keeps the webhook being edited: one it hides stays in the editor, and shows as selected
    // again when the search lets it through.
    connect(m_ui->webhookFilterLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filtering = true;
        m_filter->setFilterFixedString(text);
        m_ui->webhookListView->setCurrentIndex(m_filter->mapFromSource(m_webhooks->index(m_current, 0)));
        m_filtering = false;
    });
    connect(m_ui->webhookListView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &Sidebar::onCurrentChanged);
    // After a reset (webhooks added, removed, undone) the same webhook stays selected when it exists.
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        const int wanted =
            m_doc->webhook(m_current) ? m_current : qMin(m_current, int(m_doc->workspace().webhooks.size()) - 1);
        m_current = -2;
        selectWebhook(wanted);
    });
    connect(m_ui->addDeviceButton, &QToolButton::clicked, this, [this] {
        const int row = m_devices->appendDevice();
        m_ui->deviceTableView->setCurrentIndex(m_devices->index(row, DeviceTableModel::NameColumn));
        m_ui->deviceTableView->edit(m_ui->deviceTableView->currentIndex());
    });
    connect(m_ui->deleteDeviceButton, &QToolButton::clicked, this,
            [this] { m_devices->removeDevice(m_ui->deviceTableView->currentIndex().row()); });
    connect(m_ui->addSignalButton, &QToolButton::clicked, this, [this] {
        const int row = m_signals->appendSignal();
        m_ui->signalTableView->setCurrentIndex(m_signals->index(row, SignalTableModel::NameColumn));
        m_ui->signalTableView->edit(m_ui->signalTableView->currentIndex());
    });
    connect(m_ui->deleteSignalButton, &QToolButton::clicked, this,
            [this] { m_signals->removeSignal(m_ui->signalTableView->currentIndex().row()); });
}

Sidebar::~Sidebar() = default;

void Sidebar::setWebhookActions(QAction* add, QAction* duplicate, QAction* remove)
{
    m_ui->addWebhookButton->setDefaultAction(add);
    m_ui->duplicateWebhookButton->setDefaultAction(duplicate);
    m_ui->deleteWebhookButton->setDefaultAction(remove);
    for (QToolButton* b : {m_ui->addWebhookButton, m_ui->duplicateWebhookButton, m_ui->deleteWebhookButton})
        b->setToolButtonStyle(Qt::ToolButtonIconOnly);
    // The Delete key itself: the platform's QKeySequence::Delete also holds Ctrl+D on X11 desktops,
    // which is Duplicate here.
    auto* shortcut =
        new QShortcut(QKeySequence(Qt::Key_Delete), m_ui->webhookListView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, remove, &QAction::trigger);
}

void Sidebar::addWebhookListAction(QAction* action)
{
    action->setShortcutContext(Qt::WidgetShortcut);
    m_ui->webhookListView->addAction(action);
}

void Sidebar::onCurrentChanged()
{
    if (m_filtering)
        return;
    const QModelIndex proxy = m_ui->webhookListView->currentIndex();
    const int row = proxy.isValid() ? m_filter->mapToSource(proxy).row() : -1;
    if (row == m_current)
        return;
    m_current = row;
    Q_EMIT webhookSelected(row);
}

void Sidebar::selectWebhook(int index)
{
    const QModelIndex proxy = m_filter->mapFromSource(m_webhooks->index(index, 0));
    if (!proxy.isValid() && index >= 0 && !m_ui->webhookFilterLineEdit->text().isEmpty()) {
        // The webhook is hidden by the search: clear the search rather than hide the selection.
        m_ui->webhookFilterLineEdit->clear();
        selectWebhook(index);
        return;
    }
    m_ui->webhookListView->setCurrentIndex(proxy);
    if (!proxy.isValid() && m_current != -1) {
        m_current = -1;
        Q_EMIT webhookSelected(-1);
    }
}

void Sidebar::focusSearch()
{
    m_ui->sidebarTabWidget->setCurrentWidget(m_ui->webhooksTab);
    m_ui->webhookFilterLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->webhookFilterLineEdit->selectAll();
}

void Sidebar::showDevices()
{
    m_ui->sidebarTabWidget->setCurrentWidget(m_ui->devicesTab);
}

void Sidebar::showSignals()
{
    m_ui->sidebarTabWidget->setCurrentWidget(m_ui->signalsTab);
}

} // namespace hooksmith

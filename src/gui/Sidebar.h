#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;

namespace Ui {
class Sidebar;
}

namespace hooksmith {

class WorkspaceDocument;
class WebhookListModel;
class DeviceTableModel;
class SignalTableModel;

/// The workspace sidebar: webhooks (search, add, duplicate, delete, on/off), devices and signal
/// definitions.
class Sidebar : public QWidget
{
    Q_OBJECT
public:
    explicit Sidebar(WorkspaceDocument* doc, QWidget* parent = nullptr);
    ~Sidebar() override;

    /// The buttons under the webhook list run these actions (shared with the menus).
    void setWebhookActions(QAction* add, QAction* duplicate, QAction* remove);
    /// An action whose shortcut works while the webhook list has focus (Paste curl command).
    void addWebhookListAction(QAction* action);
    void selectWebhook(int index);
    int currentWebhook() const { return m_current; }
    void focusSearch();
    void showDevices();
    void showSignals();

    WebhookListModel* webhookModel() const { return m_webhooks; }
    DeviceTableModel* deviceModel() const { return m_devices; }
    SignalTableModel* signalModel() const { return m_signals; }

Q_SIGNALS:
    void webhookSelected(int index);

private:
    void onCurrentChanged();

    WorkspaceDocument* m_doc;
    std::unique_ptr<Ui::Sidebar> m_ui;
    WebhookListModel* m_webhooks;
    QSortFilterProxyModel* m_filter;
    DeviceTableModel* m_devices;
    SignalTableModel* m_signals;
    int m_current = -1;
    bool m_filtering = false; ///< the search is being applied: the selection it changes is not the user's
};

} // namespace hooksmith

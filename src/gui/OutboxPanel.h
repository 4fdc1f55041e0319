#pragma once

#include "Delivery.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace hooksmith {

class AppRuntime;
class WorkspaceDocument;

/// The deliveries the outbox holds (pending and failed), as the store lists them, for the Outbox tab.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StateColumn,
        WebhookColumn,
        AttemptsColumn,
        NextAttemptColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Roles
    {
        MessageIdRole = Qt::UserRole + 1,
        StateRole, ///< "pending", "failed", "parked" or "queued"
    };

    using NameLookup = std::function<QString(const QString& webhookId)>;

    explicit OutboxModel(QObject* parent = nullptr);

    void setNameLookup(NameLookup lookup) { m_names = std::move(lookup); }
    /// Replaces the rows, keeping rows that stay (by message id) in place for the selection.
    void setDeliveries(const QList<DeliveryItem>& deliveries);
    const QList<DeliveryItem>& deliveries() const { return m_items; }
    int rowOf(const QString& messageId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    static QString stateText(DeliveryItem::State state);

private:
    QList<DeliveryItem> m_items;
    NameLookup m_names;
};

/// The inspector's "Outbox" tab: pending, queued, parked and failed deliveries of the open workspace with
/// their reason and attempts; "Retry now" starts a new round of attempts, "Discard" removes them from the outbox.
class OutboxPanel : public QWidget
{
    Q_OBJECT
public:
    /// How many deliveries the list shows at most (the outbox may hold many more; the counts say so).
    static constexpr int kListLimit = 1000;

    OutboxPanel(AppRuntime* runtime, WorkspaceDocument* doc, QWidget* parent = nullptr);

    OutboxModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// Lists the outbox again (coalesced with other changes).
    void refresh();
    QStringList selectedIds() const;
    void retrySelected();
    /// Every failed or pending delivery of the current row's webhook, attempted again now: after its
    /// configuration was fixed, one action re-checks them all.
    void retryAllOfWebhook();
    void discardSelected();

Q_SIGNALS:
    /// The list was read again from the store.
    void refreshed();

private:
    void load();
    void updateButtons();
    void showCurrent();

    AppRuntime* m_runtime;
    WorkspaceDocument* m_doc;
    OutboxModel* m_model;
    QTableView* m_view;
    QLabel* m_counts;
    QLabel* m_detail;
    QPushButton* m_retry;
    QPushButton* m_retryWebhook;
    QPushButton* m_discard;
    QTimer m_refreshTimer;
    quint64 m_generation = 0;
};

} // namespace hooksmith

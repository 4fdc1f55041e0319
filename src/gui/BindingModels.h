#pragma once

#include <QAbstractListModel>

namespace hooksmith {

class WorkspaceDocument;

/// Base of the check-box lists of one webhook (bound devices, signal filter).
class WebhookCheckListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    WebhookCheckListModel(WorkspaceDocument* doc, QObject* parent);

    void setWebhookIndex(int index);
    int webhookIndex() const { return m_index; }
    int rowCount(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

protected:
    /// Keys of the rows, in display order.
    virtual QStringList keys() const = 0;
    void reload();

    WorkspaceDocument* m_doc;
    int m_index = -1;
    QStringList m_keys;
};

/// DEVICES: the workspace's devices, checked when bound to the webhook (Pybytes' check boxes).
class DeviceBindingModel : public WebhookCheckListModel
{
    Q_OBJECT
public:
    explicit DeviceBindingModel(WorkspaceDocument* doc, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

protected:
    QStringList keys() const override;
};

/// SIGNALS: the defined signals and any other number in the filter, checked when they fire the webhook.
class SignalFilterModel : public WebhookCheckListModel
{
    Q_OBJECT
public:
    explicit SignalFilterModel(WorkspaceDocument* doc, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    /// Adds a number to the filter (one undo step).
    bool addNumber(int number);

protected:
    QStringList keys() const override;
};

} // namespace hooksmith

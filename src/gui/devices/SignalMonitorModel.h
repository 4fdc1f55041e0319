#pragma once

#include "Dispatcher.h"
#include "Signal.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>

namespace hooksmith {

class WorkspaceDocument;

/// The Signals monitor: one row per device and signal number with the signal's name and unit (from the
/// workspace), the last value as the board wrote it, when it came, how many came, and which webhooks it
/// fires, or why none (a device no webhook is bound to, a filter...). Name and unit are editable: that
/// defines the signal in the workspace, as Pybytes' table of undefined signals does. Changes of existing
/// rows are shown in batches, so that 100 signals per second cost a few repaints.
class SignalMonitorModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        NameColumn,
        UnitColumn,
        ValueColumn,
        TimeColumn,
        CountColumn,
        DeviceColumn,
        WebhooksColumn,
        ColumnCount
    };
    enum Role
    {
        DeviceTokenRole = Qt::UserRole + 1,
        NumberRole,
        RoutedRole, ///< whether the last signal fired a webhook
    };
    static constexpr int kDefaultBatchMs = 100;

    explicit SignalMonitorModel(WorkspaceDocument* doc, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Counts a signal; a new device and number get a row at once, changes of others come with the
    /// next batch.
    void addSignal(const Signal& signal);
    /// Shows the pending changes now.
    void flush();
    void setBatchInterval(int ms) { m_batch.setInterval(ms); }
    void clear();

    /// Names or renames signal `number` of the workspace (one undoable edit); an empty name and unit
    /// remove the definition.
    bool defineSignal(int number, const QString& name, const QString& unit);

    int rowOf(const QString& deviceToken, int number) const;
    quint64 totalCount() const { return m_total; }
    /// Signals that fired no webhook, and those among them from devices no webhook is bound to.
    quint64 unroutedCount() const { return m_unrouted; }
    quint64 unboundCount() const { return m_unbound; }
    /// How many times dataChanged() was emitted for existing rows (for tests of the batching).
    quint64 batchCount() const { return m_batches; }

Q_SIGNALS:
    /// After each batch and new row: the totals changed.
    void countsChanged();

private:
    struct Row
    {
        QString device;
        int number = 0;
        QString valueText;
        QDateTime time;
        quint64 count = 0;
        quint64 unrouted = 0;
        int webhooks = 0; ///< fired by the last signal
        Dispatcher::Unrouted why = Dispatcher::Unrouted::NoWebhookBound;
    };

    QString deviceLabel(const QString& token) const;
    QString webhooksText(const Row& row) const;

    WorkspaceDocument* m_doc;
    QList<Row> m_rows;
    QHash<QPair<QString, int>, int> m_index;
    QSet<int> m_dirty;
    QTimer m_batch;
    quint64 m_total = 0;
    quint64 m_unrouted = 0;
    quint64 m_unbound = 0;
    quint64 m_batches = 0;
};

} // namespace hooksmith

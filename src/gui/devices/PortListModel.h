#pragma once

#include "BoardCatalog.h"

#include <QAbstractTableModel>

namespace hooksmith {

class DeviceHub;

/// The Devices panel's list: every serial port, the paths added by hand, boards still connected after
/// their port went away, and the virtual device; with the board each port is, its state and the
/// workspace device its signals go to.
class PortListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PortColumn,
        BoardColumn,
        StateColumn,
        DeviceColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1, ///< the hub's key: a port path, or DeviceHub::kVirtualKey
        ConnectedRole,
    };

    explicit PortListModel(DeviceHub* hub, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QString keyAt(int row) const;
    int rowOf(const QString& key) const;
    PortInfo portAt(int row) const;

private:
    struct Row
    {
        QString key;
        PortInfo port;
        bool present = true;
    };

    void reload();
    void refreshKey(const QString& key);
    QString stateText(const Row& row) const;

    DeviceHub* m_hub;
    QList<Row> m_rows;
};

} // namespace hooksmith

#pragma once

#include <QAbstractTableModel>

namespace hooksmith {

class BrokerHub;

/// The Devices panel's brokers: URL, connection state (with the reason in the tooltip) and how many
/// devices were seen over each.
class BrokerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        UrlColumn,
        StateColumn,
        DevicesColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };

    explicit BrokerListModel(BrokerHub* hub, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QString idAt(int row) const;
    int rowOf(const QString& id) const;

private:
    void reload();
    void refresh(const QString& id);

    BrokerHub* m_hub;
    QStringList m_ids;
};

/// The devices seen over the brokers, as the serial ports list boards: token, name (the workspace's, else
/// the one the device published), broker, signals and the time of the last one.
class NetworkDeviceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TokenColumn,
        NameColumn,
        BrokerColumn,
        SignalsColumn,
        LastColumn,
        ColumnCount
    };
    enum Role
    {
        TokenRole = Qt::UserRole + 1,
        BrokerIdRole,
    };

    explicit NetworkDeviceModel(BrokerHub* hub, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The row of `token` seen over `brokerId`, or -1.
    int rowOf(const QString& brokerId, const QString& token) const;

private:
    BrokerHub* m_hub;
    int m_rows = 0;
};

} // namespace hooksmith

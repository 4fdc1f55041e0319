#include "NetworkModels.h"

#include "BrokerHub.h"
#include "MqttSource.h"
#include "Theme.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

/// The broker as it is shown: its URL with the user, never a password.
QString brokerLabel(const BrokerEntry& e)
{
    const Result<MqttSource::Options> o = MqttSource::optionsFor({e.url, e.user, e.group, e.caFile});
    return o ? o->displayUrl : e.url;
}

} // namespace

// ---- brokers ----

BrokerListModel::BrokerListModel(BrokerHub* hub, QObject* parent)
    : QAbstractTableModel(parent)
    , m_hub(hub)
{
    connect(hub, &BrokerHub::brokersChanged, this, &BrokerListModel::reload);
    connect(hub, &BrokerHub::linkChanged, this, &BrokerListModel::refresh);
    connect(hub, &BrokerHub::devicesChanged, this, [this] {
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0, DevicesColumn), index(int(m_ids.size()) - 1, DevicesColumn));
    });
    reload();
}

int BrokerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int BrokerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BrokerListModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : QString();
}

int BrokerListModel::rowOf(const QString& id) const
{
    return int(m_ids.indexOf(id));
}

void BrokerListModel::reload()
{
    QStringList ids;
    for (const BrokerEntry& e : m_hub->brokers())
        ids.append(e.id);
    // Rows that stay keep their place (and the selection); removed ones go, new ones are appended.
    for (int i = int(m_ids.size()) - 1; i >= 0; --i) {
        if (!ids.contains(m_ids[i])) {
            beginRemoveRows({}, i, i);
            m_ids.removeAt(i);
            endRemoveRows();
        }
    }
    for (const QString& id : std::as_const(ids)) {
        if (m_ids.contains(id))
            continue;
        beginInsertRows({}, int(m_ids.size()), int(m_ids.size()));
        m_ids.append(id);
        endInsertRows();
    }
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
}

void BrokerListModel::refresh(const QString& id)
{
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QVariant BrokerListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const QString& id = m_ids[index.row()];
    if (role == IdRole)
        return id;
    const std::optional<BrokerEntry> e = m_hub->broker(id);
    if (!e)
        return {};
    const BrokerHub::Link link = m_hub->link(id);
    switch (index.column()) {
    case UrlColumn:
        if (role == Qt::DisplayRole)
            return brokerLabel(*e);
        if (role == Qt::ToolTipRole) {
            QStringList lines{brokerLabel(*e)};
            if (!e->group.isEmpty())
                lines << tr("Share group %1").arg(e->group);
            if (!e->caFile.isEmpty())
                lines << tr("CA file %1").arg(e->caFile);
            lines << (e->hasPassword ? tr("Password in the keychain") : tr("No password"));
            return lines.join(u'\n');
        }
        if (role == Qt::DecorationRole)
            return Theme::icon(u"signal"_s);
        if (role == Qt::FontRole && m_hub->isActive(id)) {
            QFont f = QGuiApplication::font();
            f.setBold(true);
            return f;
        }
        break;
    case StateColumn:
        if (role == Qt::DisplayRole)
            return BrokerHub::linkName(link);
        if (role == Qt::ToolTipRole)
            return m_hub->linkDetail(id);
        if (role == Qt::ForegroundRole) {
            if (link == BrokerHub::Link::Reconnecting)
                return Theme::color(Theme::Role::Warning, QGuiApplication::palette());
            if (link == BrokerHub::Link::Refused || link == BrokerHub::Link::Failed)
                return Theme::color(Theme::Role::Error, QGuiApplication::palette());
        }
        break;
    case DevicesColumn:
        if (role == Qt::DisplayRole) {
            const QList<NetworkDevice> devices = m_hub->devices();
            return int(std::count_if(devices.cbegin(), devices.cend(),
                                     [&](const NetworkDevice& d) { return d.brokerId == id; }));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant BrokerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UrlColumn:
        return tr("Broker");
    case StateColumn:
        return tr("State");
    case DevicesColumn:
        return tr("Devices");
    default:
        return {};
    }
}

// ---- devices ----

NetworkDeviceModel::NetworkDeviceModel(BrokerHub* hub, QObject* parent)
    : QAbstractTableModel(parent)
    , m_hub(hub)
    , m_rows(int(hub->devices().size()))
{
    // Rows are only appended, or removed with their broker.
    connect(hub, &BrokerHub::devicesChanged, this, [this] {
        beginResetModel();
        m_rows = int(m_hub->devices().size());
        endResetModel();
    });
    connect(hub, &BrokerHub::deviceUpdated, this, [this](int row) {
        if (row >= 0 && row < m_rows)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(hub, &BrokerHub::brokersChanged, this, [this] {
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0, BrokerColumn), index(m_rows - 1, BrokerColumn));
    });
}

int NetworkDeviceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int NetworkDeviceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int NetworkDeviceModel::rowOf(const QString& brokerId, const QString& token) const
{
    const QList<NetworkDevice> devices = m_hub->devices();
    for (int i = 0; i < std::min<int>(m_rows, int(devices.size())); ++i) {
        if (devices[i].brokerId == brokerId && devices[i].token == token)
            return i;
    }
    return -1;
}

QVariant NetworkDeviceModel::data(const QModelIndex& index, int role) const
{
    const QList<NetworkDevice> devices = m_hub->devices();
    if (!index.isValid() || index.row() >= m_rows || index.row() >= devices.size())
        return {};
    const NetworkDevice& d = devices[index.row()];
    if (role == TokenRole)
        return d.token;
    if (role == BrokerIdRole)
        return d.brokerId;
    const bool known = m_hub->isInWorkspace(d.token);
    switch (index.column()) {
    case TokenColumn:
        if (role == Qt::DisplayRole)
            return d.token;
        if (role == Qt::DecorationRole)
            return Theme::icon(u"device"_s);
        if (role == Qt::ToolTipRole && !known)
            return tr("Not in the workspace: its signals fire no webhook. Add a device with this token to use them.");
        if (role == Qt::ForegroundRole && !known)
            return Theme::color(Theme::Role::Muted, QGuiApplication::palette());
        break;
    case NameColumn: {
        const QString name = m_hub->deviceName(d);
        if (role == Qt::DisplayRole)
            return name.isEmpty() ? tr("(unnamed)") : name;
        if (role == Qt::ToolTipRole) {
            if (known)
                return d.announcedName.isEmpty() || d.announcedName == name
                           ? tr("The workspace's device")
                           : tr("The workspace's device; it calls itself \"%1\"").arg(d.announcedName);
            return d.announcedName.isEmpty()
                       ? tr("No name: the device publishes none on hooksmith/%1/device").arg(d.token)
                       : tr("Published by the device on hooksmith/%1/device").arg(d.token);
        }
        if (role == Qt::ForegroundRole && name.isEmpty())
            return Theme::color(Theme::Role::Muted, QGuiApplication::palette());
        break;
    }
    case BrokerColumn:
        if (role == Qt::DisplayRole) {
            const std::optional<BrokerEntry> e = m_hub->broker(d.brokerId);
            return e ? brokerLabel(*e) : QString();
        }
        break;
    case SignalsColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(d.signalCount);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case LastColumn:
        if (role == Qt::DisplayRole)
            return d.lastSignal.isValid() ? QLocale().toString(d.lastSignal.toLocalTime().time(), QLocale::ShortFormat)
                                          : QString();
        if (role == Qt::ToolTipRole && d.lastSignal.isValid())
            return QLocale().toString(d.lastSignal.toLocalTime(), QLocale::LongFormat);
        break;
    default:
        break;
    }
    return {};
}

QVariant NetworkDeviceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TokenColumn:
        return tr("Device");
    case NameColumn:
        return tr("Name");
    case BrokerColumn:
        return tr("Broker");
    case SignalsColumn:
        return tr("Signals");
    case LastColumn:
        return tr("Last signal");
    default:
        return {};
    }
}

} // namespace hooksmith

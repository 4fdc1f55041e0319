#include "PortListModel.h"

#include "DeviceHub.h"
#include "Theme.h"

#include <QFont>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace hooksmith {

PortListModel::PortListModel(DeviceHub* hub, QObject* parent)
    : QAbstractTableModel(parent)
    , m_hub(hub)
{
    connect(hub, &DeviceHub::portsChanged, this, &PortListModel::reload);
    connect(hub, &DeviceHub::connectionChanged, this, [this](const QString& key) {
        reload();
        refreshKey(key);
    });
    connect(hub, &DeviceHub::stateChanged, this, [this](const QString& key) { refreshKey(key); });
    connect(hub, &DeviceHub::deviceChanged, this, &PortListModel::refreshKey);
    reload();
}

int PortListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PortListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PortListModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].key : QString();
}

int PortListModel::rowOf(const QString& key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].key == key)
            return i;
    }
    return -1;
}

PortInfo PortListModel::portAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].port : PortInfo();
}

void PortListModel::reload()
{
    QList<Row> rows;
    for (const PortInfo& p : m_hub->ports())
        rows.append({p.systemLocation, p, true});
    // A connected board whose port vanished (unplugged) keeps its row: it is waiting to come back.
    for (const QString& key : m_hub->connectedKeys()) {
        if (key == DeviceHub::kVirtualKey)
            continue;
        const bool listed = std::any_of(rows.cbegin(), rows.cend(), [&](const Row& r) { return r.key == key; });
        if (!listed)
            rows.append({key, BoardCatalog::fromPath(key), false});
    }
    Row virtualRow;
    virtualRow.key = DeviceHub::kVirtualKey;
    virtualRow.port.portName = tr("Virtual device");
    rows.append(virtualRow);

    // Keep the rows that stay where they are (selections survive a hot-plug), remove the ones that went,
    // append the new ones.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const bool kept = std::any_of(rows.cbegin(), rows.cend(), [&](const Row& r) { return r.key == m_rows[i].key; });
        if (!kept) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (const Row& r : std::as_const(rows)) {
        const int at = rowOf(r.key);
        if (at >= 0) {
            if (m_rows[at].port != r.port || m_rows[at].present != r.present) {
                m_rows[at] = r;
                Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
            }
            continue;
        }
        // The virtual device stays last.
        const int insertAt = !m_rows.isEmpty() && m_rows.back().key == DeviceHub::kVirtualKey ? int(m_rows.size()) - 1
                                                                                              : int(m_rows.size());
        beginInsertRows({}, insertAt, insertAt);
        m_rows.insert(insertAt, r);
        endInsertRows();
    }
}

void PortListModel::refreshKey(const QString& key)
{
    const int row = rowOf(key);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString PortListModel::stateText(const Row& row) const
{
    const SignalSource* s = m_hub->source(row.key);
    if (!m_hub->isConnected(row.key) || !s)
        return row.present || row.key == DeviceHub::kVirtualKey ? tr("Not connected") : tr("Not present");
    switch (s->state()) {
    case SignalSource::State::Stopped:
        return tr("Stopped");
    case SignalSource::State::Connecting:
        return tr("Connecting");
    case SignalSource::State::Connected:
        return tr("Connected");
    case SignalSource::State::Waiting:
        return tr("Waiting for the board");
    case SignalSource::State::Failed:
        return tr("Failed");
    }
    return {};
}

QVariant PortListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    const bool isVirtual = row.key == DeviceHub::kVirtualKey;
    if (role == KeyRole)
        return row.key;
    if (role == ConnectedRole)
        return m_hub->isConnected(row.key);
    switch (index.column()) {
    case PortColumn:
        if (role == Qt::DisplayRole)
            return isVirtual ? row.port.portName : row.port.systemLocation;
        if (role == Qt::ToolTipRole && !isVirtual) {
            QStringList lines{row.port.systemLocation};
            if (!row.port.description.isEmpty())
                lines << row.port.description;
            if (!row.port.usbId().isEmpty())
                lines << tr("USB id %1").arg(row.port.usbId());
            if (!row.port.serialNumber.isEmpty())
                lines << tr("Serial number %1").arg(row.port.serialNumber);
            return lines.join(u'\n');
        }
        if (role == Qt::DecorationRole)
            return Theme::icon(isVirtual ? u"signal"_s : u"device"_s);
        if (role == Qt::FontRole && m_hub->isConnected(row.key)) {
            QFont f = QGuiApplication::font();
            f.setBold(true);
            return f;
        }
        break;
    case BoardColumn:
        if (role == Qt::DisplayRole) {
            if (isVirtual)
                return tr("generated signals");
            const QString label = row.port.board.label();
            if (!label.isEmpty())
                return label;
            if (row.port.board.kind == BoardIdentity::Kind::Link)
                return row.port.description.isEmpty() ? tr("added by hand") : row.port.description;
            return row.port.description;
        }
        if (role == Qt::ForegroundRole && row.port.board.kind != BoardIdentity::Kind::PycomBoard && !isVirtual)
            return Theme::color(Theme::Role::Muted, QGuiApplication::palette());
        break;
    case StateColumn:
        if (role == Qt::DisplayRole)
            return stateText(row);
        if (role == Qt::ToolTipRole) {
            if (const SignalSource* s = m_hub->source(row.key); s && m_hub->isConnected(row.key))
                return s->stateDetail();
        }
        if (role == Qt::ForegroundRole) {
            const SignalSource* s = m_hub->source(row.key);
            if (s && m_hub->isConnected(row.key) && s->state() == SignalSource::State::Waiting)
                return Theme::color(Theme::Role::Warning, QGuiApplication::palette());
        }
        break;
    case DeviceColumn: {
        QString how;
        const QString token = m_hub->currentDevice(row.key, &how);
        if (role == Qt::DisplayRole)
            return token.isEmpty() ? tr("(ask)") : m_hub->deviceLabel(token);
        if (role == Qt::ToolTipRole)
            return token.isEmpty() ? how : tr("%1, %2").arg(token, how);
        if (role == Qt::ForegroundRole && token.isEmpty())
            return Theme::color(Theme::Role::Muted, QGuiApplication::palette());
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant PortListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PortColumn:
        return tr("Port");
    case BoardColumn:
        return tr("Board");
    case StateColumn:
        return tr("State");
    case DeviceColumn:
        return tr("Device");
    default:
        return {};
    }
}

} // namespace hooksmith

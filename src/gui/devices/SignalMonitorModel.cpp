#include "SignalMonitorModel.h"

#include "Theme.h"
#include "WorkspaceDocument.h"

#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace hooksmith {

SignalMonitorModel::SignalMonitorModel(WorkspaceDocument* doc, QObject* parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(kDefaultBatchMs);
    connect(&m_batch, &QTimer::timeout, this, &SignalMonitorModel::flush);
    connect(doc, &WorkspaceDocument::changed, this, [this](WorkspaceDocument::Change change) {
        if (m_rows.isEmpty())
            return;
        if (change == WorkspaceDocument::Change::Signals)
            Q_EMIT dataChanged(index(0, NameColumn), index(int(m_rows.size()) - 1, UnitColumn));
        else if (change == WorkspaceDocument::Change::Devices)
            Q_EMIT dataChanged(index(0, DeviceColumn), index(int(m_rows.size()) - 1, DeviceColumn));
        else if (change == WorkspaceDocument::Change::Everything)
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    });
}

int SignalMonitorModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SignalMonitorModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SignalMonitorModel::rowOf(const QString& deviceToken, int number) const
{
    return m_index.value({deviceToken, number}, -1);
}

void SignalMonitorModel::addSignal(const Signal& signal)
{
    const Workspace& ws = m_doc->workspace();
    const int fired = int(Dispatcher::route(ws, signal).size());
    ++m_total;
    std::optional<Dispatcher::Unrouted> why;
    if (fired == 0) {
        why = Dispatcher::whyUnrouted(ws, signal);
        ++m_unrouted;
        if (*why == Dispatcher::Unrouted::UnknownDevice || *why == Dispatcher::Unrouted::NoWebhookBound)
            ++m_unbound;
    }
    int row = rowOf(signal.deviceToken, signal.number);
    const bool isNew = row < 0;
    if (isNew) {
        // Sorted by device, then number: rows stay where they are, new ones go in their place.
        Row r;
        r.device = signal.deviceToken;
        r.number = signal.number;
        row = int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), r,
                                   [](const Row& a, const Row& b) {
                                       return std::tie(a.device, a.number) < std::tie(b.device, b.number);
                                   }) -
                  m_rows.cbegin());
        beginInsertRows({}, row, row);
        m_rows.insert(row, r);
        m_index.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_index.insert({m_rows[i].device, m_rows[i].number}, i);
        // Rows below moved: their pending changes move with them.
        QSet<int> dirty;
        for (int d : std::as_const(m_dirty))
            dirty.insert(d >= row ? d + 1 : d);
        m_dirty = dirty;
    }
    Row& r = m_rows[row];
    r.valueText = signal.value.toJson(); // numbers as the board wrote them
    r.time = signal.receivedAt.isValid() ? signal.receivedAt : QDateTime::currentDateTimeUtc();
    ++r.count;
    r.webhooks = fired;
    if (why) {
        ++r.unrouted;
        r.why = *why;
    }
    if (isNew) {
        endInsertRows();
        Q_EMIT countsChanged();
        return;
    }
    m_dirty.insert(row);
    if (!m_batch.isActive())
        m_batch.start();
}

void SignalMonitorModel::flush()
{
    m_batch.stop();
    if (m_dirty.isEmpty())
        return;
    // One range over the changed rows: views repaint what is visible of it once.
    const auto [lo, hi] = std::minmax_element(m_dirty.cbegin(), m_dirty.cend());
    const int first = *lo;
    const int last = *hi;
    m_dirty.clear();
    ++m_batches;
    Q_EMIT dataChanged(index(first, ValueColumn), index(last, WebhooksColumn));
    Q_EMIT countsChanged();
}

void SignalMonitorModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_dirty.clear();
    m_total = m_unrouted = m_unbound = 0;
    endResetModel();
    Q_EMIT countsChanged();
}

QString SignalMonitorModel::deviceLabel(const QString& token) const
{
    if (token.isEmpty())
        return tr("(unknown board)");
    if (const Device* d = m_doc->workspace().deviceByToken(token); d && !d->name.isEmpty())
        return d->name;
    if (token == sampleDevice().token)
        return sampleDevice().name;
    return token;
}

QString SignalMonitorModel::webhooksText(const Row& row) const
{
    if (row.webhooks > 0)
        return tr("%n webhook(s)", nullptr, row.webhooks);
    return tr("none: %1").arg(Dispatcher::describe(row.why));
}

QVariant SignalMonitorModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row& r = m_rows[index.row()];
    if (role == DeviceTokenRole)
        return r.device;
    if (role == NumberRole)
        return r.number;
    if (role == RoutedRole)
        return r.webhooks > 0;
    const SignalDef* def = m_doc->workspace().signalDef(r.number);
    const QPalette palette = QGuiApplication::palette();
    switch (index.column()) {
    case NumberColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return r.number;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case NameColumn:
        if (role == Qt::EditRole)
            return def ? def->name : QString();
        if (role == Qt::DisplayRole)
            return def && !def->name.isEmpty() ? def->name : tr("undefined");
        if ((role == Qt::ForegroundRole) && !(def && !def->name.isEmpty()))
            return Theme::color(Theme::Role::Muted, palette);
        if (role == Qt::FontRole && !(def && !def->name.isEmpty())) {
            QFont f = QGuiApplication::font();
            f.setItalic(true);
            return f;
        }
        if (role == Qt::ToolTipRole)
            return tr("Double-click to name signal %1 for every device of the workspace").arg(r.number);
        break;
    case UnitColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return def ? def->unit : QString();
        break;
    case ValueColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return r.valueText;
        if (role == Qt::FontRole)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(r.time.toLocalTime().time(), u"HH:mm:ss.zzz"_s);
        if (role == Qt::ToolTipRole)
            return r.time.toString(Qt::ISODateWithMs);
        break;
    case CountColumn:
        if (role == Qt::DisplayRole)
            return QVariant::fromValue(r.count);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && r.unrouted > 0)
            return tr("%1 of them fired no webhook").arg(r.unrouted);
        break;
    case DeviceColumn:
        if (role == Qt::DisplayRole)
            return deviceLabel(r.device);
        if (role == Qt::ToolTipRole)
            return r.device;
        break;
    case WebhooksColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return webhooksText(r);
        if (role == Qt::ForegroundRole && r.webhooks == 0)
            return Theme::color(Theme::Role::Warning, palette);
        if (role == Qt::DecorationRole && r.webhooks == 0)
            return Theme::icon(u"warning"_s);
        break;
    default:
        break;
    }
    return {};
}

bool SignalMonitorModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    if (index.column() != NameColumn && index.column() != UnitColumn)
        return false;
    const int number = m_rows[index.row()].number;
    const SignalDef* def = m_doc->workspace().signalDef(number);
    QString name = def ? def->name : QString();
    QString unit = def ? def->unit : QString();
    (index.column() == NameColumn ? name : unit) = value.toString().trimmed();
    return defineSignal(number, name, unit);
}

bool SignalMonitorModel::defineSignal(int number, const QString& name, const QString& unit)
{
    return m_doc->editWorkspace(
        tr("Define signal %1").arg(number), WorkspaceDocument::Change::Signals, [&](Workspace& ws) {
            auto it = std::find_if(ws.signalDefs.begin(), ws.signalDefs.end(),
                                   [&](const SignalDef& d) { return d.number == number; });
            if (name.isEmpty() && unit.isEmpty()) {
                if (it != ws.signalDefs.end())
                    ws.signalDefs.erase(it);
                return;
            }
            if (it == ws.signalDefs.end()) {
                // Kept in number order, as the sidebar lists them.
                SignalDef d;
                d.number = number;
                it = ws.signalDefs.insert(std::upper_bound(ws.signalDefs.begin(), ws.signalDefs.end(), number,
                                                           [](int n, const SignalDef& s) { return n < s.number; }),
                                          d);
            }
            it->name = name;
            it->unit = unit;
        });
}

Qt::ItemFlags SignalMonitorModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == NameColumn || index.column() == UnitColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SignalMonitorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Signal");
    case NameColumn:
        return tr("Name");
    case UnitColumn:
        return tr("Unit");
    case ValueColumn:
        return tr("Last value");
    case TimeColumn:
        return tr("Time");
    case CountColumn:
        return tr("Count");
    case DeviceColumn:
        return tr("Device");
    case WebhooksColumn:
        return tr("Fires");
    default:
        return {};
    }
}

} // namespace hooksmith

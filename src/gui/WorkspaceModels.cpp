#include "WorkspaceModels.h"

#include "Theme.h"
#include "WebhookTableModels.h"
#include "WorkspaceDocument.h"

#include <QApplication>
#include <QFont>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

bool sameProblems(const QList<Problem>& a, const QList<Problem>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].message != b[i].message || a[i].field != b[i].field || a[i].subject != b[i].subject ||
            a[i].line != b[i].line || a[i].severity != b[i].severity)
            return false;
    }
    return true;
}

} // namespace

// ---- webhooks ----

WebhookListModel::WebhookListModel(WorkspaceDocument* doc, QObject* parent)
    : QAbstractListModel(parent)
    , m_doc(doc)
{
    connect(doc, &WorkspaceDocument::changed, this, [this](WorkspaceDocument::Change change, int index) {
        if (change == WorkspaceDocument::Change::Webhook) {
            if (index >= 0 && index < m_rows)
                Q_EMIT dataChanged(this->index(index), this->index(index));
            return;
        }
        reload(change != WorkspaceDocument::Change::Devices && change != WorkspaceDocument::Change::Signals);
    });
    connect(doc, &WorkspaceDocument::problemsChanged, this, [this] {
        QList<int> withErrors;
        for (const Problem& p : m_doc->problems()) {
            if (p.isError() && p.webhookIndex >= 0 && !withErrors.contains(p.webhookIndex))
                withErrors.append(p.webhookIndex);
        }
        if (withErrors != m_withErrors) {
            m_withErrors = withErrors;
            if (m_rows > 0)
                Q_EMIT dataChanged(index(0), index(m_rows - 1), {Qt::DecorationRole, Qt::ToolTipRole});
        }
    });
    m_rows = int(doc->workspace().webhooks.size());
}

void WebhookListModel::reload(bool reset)
{
    const int rows = int(m_doc->workspace().webhooks.size());
    if (reset || rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (m_rows > 0) {
        Q_EMIT dataChanged(index(0), index(m_rows - 1));
    }
}

int WebhookListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant WebhookListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Webhook* w = m_doc->webhook(index.row());
    if (!w)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return w->name.isEmpty() ? tr("(no name)") : w->name;
    case Qt::EditRole:
        return w->name;
    case Qt::CheckStateRole:
        return w->enabled ? Qt::Checked : Qt::Unchecked;
    case Qt::DecorationRole:
        return Theme::icon(m_withErrors.contains(index.row()) ? u"warning"_s : u"webhook"_s);
    case Qt::ForegroundRole:
        if (!w->enabled)
            return Theme::color(Theme::Role::Muted, QApplication::palette());
        return {};
    case Qt::ToolTipRole: {
        QString tip = methodName(w->method) + u' ' + w->url;
        if (!w->enabled)
            tip +=
                u'\n' + (w->disabledReason.isEmpty() ? tr("Turned off") : tr("Turned off: %1").arg(w->disabledReason));
        if (m_withErrors.contains(index.row()))
            tip += u'\n' + tr("Has problems: see the Problems list");
        return tip;
    }
    case Qt::AccessibleDescriptionRole:
        return w->enabled ? tr("on") : tr("off");
    case FilterRole:
        return QString(w->name + u' ' + w->url + u' ' + w->event + u' ' + methodName(w->method));
    case WebhookIndexRole:
        return index.row();
    default:
        return {};
    }
}

bool WebhookListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    if (role == Qt::CheckStateRole) {
        const bool on = value.toInt() == Qt::Checked;
        return m_doc->editWebhook(row, on ? tr("Turn webhook on") : tr("Turn webhook off"), {}, [&](Webhook& w) {
            w.enabled = on;
            if (on)
                w.disabledReason.clear();
        });
    }
    if (role == Qt::EditRole)
        return m_doc->editWebhook(row, tr("Rename webhook"), u"name"_s, [&](Webhook& w) { w.name = value.toString(); });
    return false;
}

Qt::ItemFlags WebhookListModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
}

// ---- devices ----

WorkspaceTableModel::WorkspaceTableModel(WorkspaceDocument* doc, WorkspaceDocument::Change change, int columns,
                                         QObject* parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_columns(columns)
{
    connect(doc, &WorkspaceDocument::changed, this, [this, change](WorkspaceDocument::Change c, int) {
        if (c == change || c == WorkspaceDocument::Change::Everything)
            reload();
    });
}

void WorkspaceTableModel::reload()
{
    const int rows = workspaceRows();
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, m_columns - 1));
    }
}

int WorkspaceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int WorkspaceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

Qt::ItemFlags WorkspaceTableModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

DeviceTableModel::DeviceTableModel(WorkspaceDocument* doc, QObject* parent)
    : WorkspaceTableModel(doc, WorkspaceDocument::Change::Devices, ColumnCount, parent)
{
    reload(); // not in the base constructor: it cannot call workspaceRows() yet
}

int DeviceTableModel::workspaceRows() const
{
    return int(m_doc->workspace().devices.size());
}

QVariant DeviceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Device& d = m_doc->workspace().devices[index.row()];
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn:
            return d.name;
        case TokenColumn:
            return d.token;
        case UsbSerialColumn:
            return d.usbSerial;
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == NameColumn)
        return Theme::icon(u"device"_s);
    if (role == Qt::ToolTipRole && index.column() == TokenColumn)
        return tr("The DEVICE_TOKEN this board sends with its signals");
    if (role == Qt::FontRole && index.column() == TokenColumn) {
        QFont f(u"monospace"_s);
        f.setStyleHint(QFont::Monospace);
        return f;
    }
    return {};
}

bool DeviceTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != Qt::EditRole)
        return false;
    const int row = index.row();
    const QString text = value.toString().trimmed();
    const QString key = u"devices[%1].%2"_s.arg(row).arg(index.column());
    switch (index.column()) {
    case NameColumn:
        return m_doc->editWorkspace(
            tr("Rename device"), WorkspaceDocument::Change::Devices,
            [&](Workspace& ws) { ws.devices[row].name = text; }, key);
    case TokenColumn:
        // Bindings follow the device to its new token.
        return m_doc->editWorkspace(tr("Change device token"), WorkspaceDocument::Change::Everything,
                                    [&](Workspace& ws) {
                                        const QString old = ws.devices[row].token;
                                        ws.devices[row].token = text;
                                        for (Webhook& w : ws.webhooks)
                                            std::replace(w.devices.begin(), w.devices.end(), old, text);
                                    });
    case UsbSerialColumn:
        return m_doc->editWorkspace(
            tr("Change USB serial number"), WorkspaceDocument::Change::Devices,
            [&](Workspace& ws) { ws.devices[row].usbSerial = text; }, key);
    default:
        return false;
    }
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TokenColumn:
        return tr("Token");
    case UsbSerialColumn:
        return tr("USB serial");
    default:
        return {};
    }
}

int DeviceTableModel::appendDevice()
{
    const int row = rowCount();
    m_doc->editWorkspace(tr("Add device"), WorkspaceDocument::Change::Devices, [&](Workspace& ws) {
        Device d;
        d.token = newUuid();
        d.name = tr("Device %1").arg(row + 1);
        ws.devices.append(d);
    });
    return row;
}

bool DeviceTableModel::removeDevice(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    return m_doc->editWorkspace(tr("Delete device"), WorkspaceDocument::Change::Everything, [&](Workspace& ws) {
        const QString token = ws.devices[row].token;
        ws.devices.removeAt(row);
        for (Webhook& w : ws.webhooks)
            w.devices.removeAll(token);
    });
}

// ---- signals ----

SignalTableModel::SignalTableModel(WorkspaceDocument* doc, QObject* parent)
    : WorkspaceTableModel(doc, WorkspaceDocument::Change::Signals, ColumnCount, parent)
{
    reload();
}

int SignalTableModel::workspaceRows() const
{
    return int(m_doc->workspace().signalDefs.size());
}

QVariant SignalTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SignalDef& s = m_doc->workspace().signalDefs[index.row()];
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case NumberColumn:
            return s.number;
        case NameColumn:
            return s.name;
        case UnitColumn:
            return s.unit;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == NumberColumn)
        return tr("The number the board passes to pybytes.send_signal() (0 to 254)");
    return {};
}

bool SignalTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != Qt::EditRole)
        return false;
    const int row = index.row();
    const QString key = u"signals[%1].%2"_s.arg(row).arg(index.column());
    switch (index.column()) {
    case NumberColumn: {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 0 || n > 254)
            return false;
        return m_doc->editWorkspace(tr("Change signal number"), WorkspaceDocument::Change::Signals,
                                    [&](Workspace& ws) { ws.signalDefs[row].number = n; });
    }
    case NameColumn:
        return m_doc->editWorkspace(
            tr("Rename signal"), WorkspaceDocument::Change::Signals,
            [&](Workspace& ws) { ws.signalDefs[row].name = value.toString(); }, key);
    case UnitColumn:
        return m_doc->editWorkspace(
            tr("Change signal unit"), WorkspaceDocument::Change::Signals,
            [&](Workspace& ws) { ws.signalDefs[row].unit = value.toString(); }, key);
    default:
        return false;
    }
}

QVariant SignalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case NameColumn:
        return tr("Name");
    case UnitColumn:
        return tr("Unit");
    default:
        return {};
    }
}

int SignalTableModel::appendSignal()
{
    const int row = rowCount();
    m_doc->editWorkspace(tr("Add signal"), WorkspaceDocument::Change::Signals, [&](Workspace& ws) {
        int n = 0;
        while (ws.signalDef(n) && n < 254)
            ++n;
        SignalDef s;
        s.number = n;
        s.name = tr("signal %1").arg(n);
        ws.signalDefs.append(s);
    });
    return row;
}

bool SignalTableModel::removeSignal(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    return m_doc->editWorkspace(tr("Delete signal"), WorkspaceDocument::Change::Signals,
                                [&](Workspace& ws) { ws.signalDefs.removeAt(row); });
}

// ---- problems ----

ProblemsModel::ProblemsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ProblemsModel::setProblems(const QList<Problem>& problems)
{
    if (sameProblems(problems, m_problems))
        return;
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

int ProblemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Problem& p = m_problems[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == MessageColumn)
            return p.message;
        {
            QStringList where;
            if (p.line > 0)
                where << tr("line %1, column %2").arg(p.line).arg(p.column);
            if (!p.subject.isEmpty())
                where << p.subject;
            if (!p.field.isEmpty())
                where << p.field;
            return where.isEmpty() ? tr("workspace") : where.join(u" › "_s);
        }
    case Qt::DecorationRole:
        if (index.column() == WhereColumn)
            return Theme::icon(p.isError() ? u"error"_s : u"warning"_s);
        return {};
    case Qt::ToolTipRole:
        return p.message;
    case Qt::AccessibleDescriptionRole:
        return p.isError() ? tr("error") : tr("warning");
    case WebhookIndexRole:
        return p.webhookIndex;
    case FieldRole:
        return p.field;
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == WhereColumn ? tr("Where") : tr("Problem");
}

} // namespace hooksmith

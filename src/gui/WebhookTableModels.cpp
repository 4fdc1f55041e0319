#include "WebhookTableModels.h"

#include "Template.h"
#include "Theme.h"
#include "WorkspaceDocument.h"

#include <QApplication>
#include <QFont>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

bool sameLocked(const QList<LockedHeader>& a, const QList<LockedHeader>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].name != b[i].name || a[i].value != b[i].value || a[i].owner != b[i].owner)
            return false;
    }
    return true;
}

QVariant problemDecoration(const QStringList& messages)
{
    return messages.isEmpty() ? QVariant() : QVariant(Theme::icon(u"warning"_s));
}

} // namespace

WebhookTableModel::WebhookTableModel(WorkspaceDocument* doc, QObject* parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
{
    connect(doc, &WorkspaceDocument::changed, this, [this](WorkspaceDocument::Change change, int index) {
        if (change == WorkspaceDocument::Change::Webhook && index != m_index)
            return;
        if (!webhook())
            m_index = -1;
        reload();
    });
}

void WebhookTableModel::setWebhookIndex(int index)
{
    m_index = index;
    m_problems = {};
    reload();
}

void WebhookTableModel::setProblems(const ProblemMap& problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

const Webhook* WebhookTableModel::webhook() const
{
    return m_doc->webhook(m_index);
}

void WebhookTableModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

// ---- body ----

BodyTableModel::BodyTableModel(WorkspaceDocument* doc, QObject* parent)
    : WebhookTableModel(doc, parent)
{}

void BodyTableModel::reload()
{
    const QList<BodyRow> rows = webhook() ? webhook()->body : QList<BodyRow>();
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    for (int i = 0; i < rows.size(); ++i) {
        if (!(rows[i] == m_rows[i])) {
            m_rows[i] = rows[i];
            rowChanged(i);
        }
    }
}

int BodyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BodyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool BodyTableModel::isPresetRow(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].usePreset;
}

QVariant BodyTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BodyRow& row = m_rows[index.row()];
    const QStringList problems = m_problems.rowMessages(u"body"_s, index.row());
    if (role == ProblemRole)
        return problems;
    // A row that is not sent is dimmed.
    if (role == Qt::ForegroundRole && !row.enabled)
        return Theme::color(Theme::Role::Muted, QApplication::palette());
    switch (index.column()) {
    case EnabledColumn:
        if (role == Qt::CheckStateRole)
            return row.enabled ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("Send this parameter");
        break;
    case KeyColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return row.key;
        if (role == Qt::DecorationRole)
            return problemDecoration(m_problems.rowMessages(u"body"_s, index.row(), u"key"_s));
        if (role == Qt::ToolTipRole)
            return problems.isEmpty() ? QVariant() : QVariant(problems.join(u'\n'));
        break;
    case UsePresetColumn:
        if (role == Qt::CheckStateRole)
            return row.usePreset ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("Use a preset: the value keeps the preset's own JSON type");
        break;
    case ValueColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return row.usePreset ? row.preset : row.value;
        if (role == Qt::DecorationRole) {
            const QStringList own =
                m_problems.rowMessages(u"body"_s, index.row(), row.usePreset ? u"preset"_s : u"value"_s);
            if (!own.isEmpty())
                return problemDecoration(own);
            return row.usePreset ? QVariant(Theme::icon(u"preset"_s)) : QVariant();
        }
        if (role == Qt::ForegroundRole && row.usePreset)
            return Theme::color(Theme::Role::Preset, QApplication::palette());
        if (role == Qt::ToolTipRole) {
            if (!problems.isEmpty())
                return problems.join(u'\n');
            if (row.usePreset) {
                for (const PresetInfo& info : Presets::all()) {
                    if (info.name == row.preset)
                        return info.description;
                }
            }
            return tr("A template: type {{ to insert a preset");
        }
        break;
    case RemoveColumn:
        if (role == Qt::DecorationRole)
            return Theme::icon(u"remove"_s);
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("Remove this row");
        break;
    default:
        break;
    }
    return {};
}

bool BodyTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int r = index.row();
    const QString field = u"body[%1]."_s.arg(r);
    switch (index.column()) {
    case EnabledColumn:
        if (role != Qt::CheckStateRole)
            return false;
        return m_doc->editWebhook(m_index, tr("Turn body parameter on or off"), {},
                                  [&](Webhook& w) { w.body[r].enabled = value.toInt() == Qt::Checked; });
    case KeyColumn:
        if (role != Qt::EditRole)
            return false;
        return m_doc->editWebhook(m_index, tr("Rename body parameter"), field + u"key"_s,
                                  [&](Webhook& w) { w.body[r].key = value.toString(); });
    case UsePresetColumn:
        if (role != Qt::CheckStateRole)
            return false;
        return m_doc->editWebhook(m_index, tr("Use a preset"), {}, [&](Webhook& w) {
            BodyRow& row = w.body[r];
            row.usePreset = value.toInt() == Qt::Checked;
            if (row.usePreset) {
                // A value that is exactly one preset keeps it; otherwise the first preset.
                QString name = row.value.trimmed();
                if (name.startsWith(u"{{"_s) && name.endsWith(u"}}"_s))
                    name = name.mid(2, name.size() - 4).trimmed();
                row.preset =
                    Presets::fromName(name) ? name : (row.preset.isEmpty() ? Presets::all().front().name : row.preset);
            } else if (row.value.isEmpty()) {
                row.value = u"{{"_s + row.preset + u"}}"_s;
            }
        });
    case ValueColumn:
        if (role != Qt::EditRole)
            return false;
        return m_doc->editWebhook(m_index, tr("Edit body value"), field + u"value"_s, [&](Webhook& w) {
            if (w.body[r].usePreset)
                w.body[r].preset = value.toString();
            else
                w.body[r].value = value.toString();
        });
    default:
        return false;
    }
}

Qt::ItemFlags BodyTableModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // Rows are dragged to reorder them (EditorTableView).
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    switch (index.column()) {
    case EnabledColumn:
    case UsePresetColumn:
        return f | Qt::ItemIsUserCheckable;
    case KeyColumn:
    case ValueColumn:
        return f | Qt::ItemIsEditable;
    default:
        return f;
    }
}

QVariant BodyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EnabledColumn:
        return tr("On");
    case KeyColumn:
        return tr("Parameter");
    case UsePresetColumn:
        return tr("Preset");
    case ValueColumn:
        return tr("Value");
    default:
        return QString();
    }
}

bool BodyTableModel::removeRowAt(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    return m_doc->editWebhook(m_index, tr("Remove body parameter"), {}, [&](Webhook& w) { w.body.removeAt(row); });
}

bool BodyTableModel::moveRowBy(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_rows.size() || to < 0 || to >= m_rows.size())
        return false;
    return m_doc->editWebhook(m_index, tr("Move body parameter"), {}, [&](Webhook& w) { w.body.move(row, to); });
}

int BodyTableModel::appendRow()
{
    const int row = int(m_rows.size());
    m_doc->editWebhook(m_index, tr("Add body parameter"), {}, [&](Webhook& w) {
        BodyRow b;
        b.key = u"param%1"_s.arg(row + 1);
        w.body.append(b);
    });
    return row;
}

// ---- headers and query ----

NameValueTableModel::NameValueTableModel(Kind kind, WorkspaceDocument* doc, QObject* parent)
    : WebhookTableModel(doc, parent)
    , m_kind(kind)
{}

QString NameValueTableModel::listName() const
{
    return m_kind == Kind::Headers ? u"headers"_s : u"query"_s;
}

const QList<NameValueRow>& NameValueTableModel::userRows(const Webhook& w) const
{
    return m_kind == Kind::Headers ? w.headers : w.query;
}

QList<NameValueRow>& NameValueTableModel::userRows(Webhook& w) const
{
    return m_kind == Kind::Headers ? w.headers : w.query;
}

void NameValueTableModel::reload()
{
    const Webhook* w = webhook();
    QList<LockedHeader> locked;
    if (w && m_kind == Kind::Headers)
        locked = Renderer::lockedHeaders(*w);
    const QList<NameValueRow> rows = w ? userRows(*w) : QList<NameValueRow>();
    if (locked.size() != m_locked.size() || rows.size() != m_rows.size()) {
        beginResetModel();
        m_locked = locked;
        m_rows = rows;
        endResetModel();
        return;
    }
    const bool lockedSame = sameLocked(locked, m_locked);
    m_locked = locked;
    if (!lockedSame)
        Q_EMIT dataChanged(index(0, 0), index(qMax(0, lockedCount() - 1), ColumnCount - 1));
    const bool namesChanged = std::any_of(rows.begin(), rows.end(), [&](const NameValueRow& r) {
        const qsizetype i = &r - rows.data();
        return r.name != m_rows[i].name || r.enabled != m_rows[i].enabled;
    });
    for (int i = 0; i < rows.size(); ++i) {
        if (!(rows[i] == m_rows[i])) {
            m_rows[i] = rows[i];
            rowChanged(modelRow(i));
        }
    }
    // A user header can replace an automatic one: the locked rows show it struck out.
    if (namesChanged && lockedSame && lockedCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(lockedCount() - 1, ColumnCount - 1));
}

bool NameValueTableModel::overridden(const LockedHeader& h) const
{
    if (!h.overridable)
        return false;
    return std::any_of(m_rows.begin(), m_rows.end(), [&](const NameValueRow& r) {
        return r.enabled && r.name.compare(QString::fromLatin1(h.name), Qt::CaseInsensitive) == 0;
    });
}

int NameValueTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_locked.size() + m_rows.size());
}

int NameValueTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NameValueTableModel::sourceWord(HeaderSource source)
{
    switch (source) {
    case HeaderSource::Format:
        return tr("format");
    case HeaderSource::Auth:
        return tr("auth");
    case HeaderSource::Signing:
        return tr("signing");
    case HeaderSource::User:
        return tr("yours");
    case HeaderSource::Automatic:
        break;
    }
    return tr("Hooksmith");
}

QVariant NameValueTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int r = index.row();
    if (isLocked(r)) {
        const LockedHeader& h = m_locked[r];
        if (role == LockedRole)
            return true;
        if (role == Qt::ForegroundRole)
            return Theme::color(Theme::Role::Muted, QApplication::palette());
        if (role == Qt::BackgroundRole)
            return Theme::lockedBackground(QApplication::palette());
        if (role == Qt::ToolTipRole) {
            if (overridden(h))
                return tr("Replaced by your header of the same name");
            return h.overridable ? tr("Set by %1").arg(h.owner) : tr("Locked: set by %1").arg(h.owner);
        }
        if (role == Qt::FontRole && overridden(h)) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        switch (index.column()) {
        case EnabledColumn:
            if (role == Qt::DecorationRole)
                return Theme::icon(h.overridable ? u"automatic"_s : u"lock"_s);
            if (role == Qt::AccessibleTextRole)
                return tr("Locked");
            break;
        case NameColumn:
            if (role == Qt::DisplayRole)
                return QString::fromLatin1(h.name);
            break;
        case ValueColumn:
            if (role == Qt::DisplayRole)
                return h.value;
            break;
        case RemoveColumn:
            // Who sets it, as a word (the preview's legend), not only on hover.
            if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
                return sourceWord(h.source);
            if (role == Qt::ForegroundRole)
                return Theme::headerColor(h.source, QApplication::palette());
            break;
        default:
            break;
        }
        return {};
    }

    const int u = r - lockedCount();
    const NameValueRow& row = m_rows[u];
    const QStringList problems = m_problems.rowMessages(listName(), u);
    if (role == ProblemRole)
        return problems;
    if (role == Qt::ForegroundRole && !row.enabled)
        return Theme::color(Theme::Role::Muted, QApplication::palette());
    if (role == LockedRole)
        return false;
    switch (index.column()) {
    case EnabledColumn:
        if (role == Qt::CheckStateRole)
            return row.enabled ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return m_kind == Kind::Headers ? tr("Send this header") : tr("Send this parameter");
        break;
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return row.name;
        if (role == Qt::DecorationRole)
            return problemDecoration(m_problems.rowMessages(listName(), u, u"name"_s));
        if (role == Qt::ToolTipRole && !problems.isEmpty())
            return problems.join(u'\n');
        break;
    case ValueColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return row.value;
        if (role == Qt::DecorationRole)
            return problemDecoration(m_problems.rowMessages(listName(), u, u"value"_s));
        if (role == Qt::ToolTipRole)
            return problems.isEmpty() ? tr("A template: type {{ to insert a preset") : problems.join(u'\n');
        break;
    case RemoveColumn:
        if (role == Qt::DecorationRole)
            return Theme::icon(u"remove"_s);
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("Remove this row");
        break;
    default:
        break;
    }
    return {};
}

bool NameValueTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || isLocked(index.row()))
        return false;
    const int u = index.row() - lockedCount();
    const QString field = u"%1[%2]."_s.arg(listName()).arg(u);
    switch (index.column()) {
    case EnabledColumn:
        if (role != Qt::CheckStateRole)
            return false;
        return m_doc->editWebhook(
            m_index, m_kind == Kind::Headers ? tr("Turn header on or off") : tr("Turn query parameter on or off"), {},
            [&](Webhook& w) { userRows(w)[u].enabled = value.toInt() == Qt::Checked; });
    case NameColumn:
        if (role != Qt::EditRole)
            return false;
        return m_doc->editWebhook(m_index, m_kind == Kind::Headers ? tr("Rename header") : tr("Rename query parameter"),
                                  field + u"name"_s,
                                  [&](Webhook& w) { userRows(w)[u].name = value.toString().trimmed(); });
    case ValueColumn:
        if (role != Qt::EditRole)
            return false;
        return m_doc->editWebhook(m_index, m_kind == Kind::Headers ? tr("Edit header value") : tr("Edit query value"),
                                  field + u"value"_s, [&](Webhook& w) { userRows(w)[u].value = value.toString(); });
    default:
        return false;
    }
}

Qt::ItemFlags NameValueTableModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // Locked rows can be selected and read, never edited.
    if (isLocked(index.row()))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == EnabledColumn)
        return f | Qt::ItemIsUserCheckable;
    if (index.column() == NameColumn || index.column() == ValueColumn)
        return f | Qt::ItemIsEditable;
    return f;
}

QVariant NameValueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EnabledColumn:
        return tr("On");
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    default:
        return QString();
    }
}

bool NameValueTableModel::moveRowBy(int row, int delta)
{
    const int u = row - lockedCount();
    const int to = u + delta;
    if (isLocked(row) || u < 0 || u >= m_rows.size() || to < 0 || to >= m_rows.size())
        return false;
    return m_doc->editWebhook(m_index, m_kind == Kind::Headers ? tr("Move header") : tr("Move query parameter"), {},
                              [&](Webhook& w) { userRows(w).move(u, to); });
}

bool NameValueTableModel::removeRowAt(int row)
{
    const int u = row - lockedCount();
    if (isLocked(row) || u < 0 || u >= m_rows.size())
        return false;
    return m_doc->editWebhook(m_index, m_kind == Kind::Headers ? tr("Remove header") : tr("Remove query parameter"), {},
                              [&](Webhook& w) { userRows(w).removeAt(u); });
}

int NameValueTableModel::appendRow()
{
    const int u = int(m_rows.size());
    m_doc->editWebhook(m_index, m_kind == Kind::Headers ? tr("Add header") : tr("Add query parameter"), {},
                       [&](Webhook& w) {
                           NameValueRow row;
                           row.name = m_kind == Kind::Headers ? u"X-Header-%1"_s.arg(u + 1) : u"param%1"_s.arg(u + 1);
                           userRows(w).append(row);
                       });
    return modelRow(u);
}

} // namespace hooksmith

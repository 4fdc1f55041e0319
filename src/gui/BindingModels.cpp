#include "BindingModels.h"

#include "Theme.h"
#include "WorkspaceDocument.h"

#include <QApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hooksmith {

WebhookCheckListModel::WebhookCheckListModel(WorkspaceDocument* doc, QObject* parent)
    : QAbstractListModel(parent)
    , m_doc(doc)
{
    connect(doc, &WorkspaceDocument::changed, this, [this](WorkspaceDocument::Change change, int index) {
        if (change == WorkspaceDocument::Change::Webhook && index != m_index)
            return;
        if (!m_doc->webhook(m_index))
            m_index = -1;
        reload();
    });
}

void WebhookCheckListModel::setWebhookIndex(int index)
{
    m_index = index;
    reload();
}

void WebhookCheckListModel::reload()
{
    const QStringList k = m_doc->webhook(m_index) ? keys() : QStringList();
    if (k != m_keys) {
        beginResetModel();
        m_keys = k;
        endResetModel();
    } else if (!m_keys.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_keys.size()) - 1));
    }
}

int WebhookCheckListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

Qt::ItemFlags WebhookCheckListModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

// ---- devices ----

DeviceBindingModel::DeviceBindingModel(WorkspaceDocument* doc, QObject* parent)
    : WebhookCheckListModel(doc, parent)
{}

QStringList DeviceBindingModel::keys() const
{
    QStringList out;
    for (const Device& d : m_doc->workspace().devices)
        out.append(d.token);
    // Tokens bound but unknown stay visible, so that they can be unbound.
    for (const QString& token : m_doc->webhook(m_index)->devices) {
        if (!out.contains(token))
            out.append(token);
    }
    return out;
}

QVariant DeviceBindingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Webhook* w = m_doc->webhook(m_index);
    if (!w)
        return {};
    const QString& token = m_keys[index.row()];
    const Device* d = m_doc->workspace().deviceByToken(token);
    switch (role) {
    case Qt::DisplayRole:
        return d ? (d->name.isEmpty() ? token : d->name) : tr("Unknown device %1").arg(token);
    case Qt::CheckStateRole:
        return w->isBoundTo(token) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return d ? tr("Token %1").arg(token) : tr("No device in this workspace has this token");
    case Qt::DecorationRole:
        return Theme::icon(d ? u"device"_s : u"warning"_s);
    case Qt::ForegroundRole:
        if (!d)
            return Theme::color(Theme::Role::Error, QApplication::palette());
        return {};
    default:
        return {};
    }
}

bool DeviceBindingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::CheckStateRole)
        return false;
    const QString token = m_keys[index.row()];
    const bool bind = value.toInt() == Qt::Checked;
    return m_doc->editWebhook(m_index, bind ? tr("Bind device") : tr("Unbind device"), {}, [&](Webhook& w) {
        if (bind && !w.devices.contains(token))
            w.devices.append(token);
        else if (!bind)
            w.devices.removeAll(token);
    });
}

// ---- signals ----

SignalFilterModel::SignalFilterModel(WorkspaceDocument* doc, QObject* parent)
    : WebhookCheckListModel(doc, parent)
{}

QStringList SignalFilterModel::keys() const
{
    QList<int> numbers;
    for (const SignalDef& s : m_doc->workspace().signalDefs)
        numbers.append(s.number);
    for (const int n : m_doc->webhook(m_index)->signalNumbers) {
        if (!numbers.contains(n))
            numbers.append(n);
    }
    std::sort(numbers.begin(), numbers.end());
    QStringList out;
    for (const int n : numbers)
        out.append(QString::number(n));
    return out;
}

QVariant SignalFilterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Webhook* w = m_doc->webhook(m_index);
    if (!w)
        return {};
    const int number = m_keys[index.row()].toInt();
    const SignalDef* def = m_doc->workspace().signalDef(number);
    switch (role) {
    case Qt::DisplayRole:
        if (!def)
            return tr("%1 (not defined)").arg(number);
        return def->unit.isEmpty() ? u"%1 · %2"_s.arg(number).arg(def->name)
                                   : u"%1 · %2 (%3)"_s.arg(number).arg(def->name, def->unit);
    case Qt::CheckStateRole:
        return w->signalNumbers.contains(number) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return tr("Signal %1 fires this webhook when checked; with none checked, every signal does").arg(number);
    default:
        return {};
    }
}

bool SignalFilterModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::CheckStateRole)
        return false;
    const int number = m_keys[index.row()].toInt();
    const bool on = value.toInt() == Qt::Checked;
    return m_doc->editWebhook(m_index, tr("Change signal filter"), {}, [&](Webhook& w) {
        w.signalNumbers.removeAll(number);
        if (on) {
            w.signalNumbers.append(number);
            std::sort(w.signalNumbers.begin(), w.signalNumbers.end());
        }
    });
}

bool SignalFilterModel::addNumber(int number)
{
    return m_doc->editWebhook(m_index, tr("Change signal filter"), {}, [&](Webhook& w) {
        if (!w.signalNumbers.contains(number)) {
            w.signalNumbers.append(number);
            std::sort(w.signalNumbers.begin(), w.signalNumbers.end());
        }
    });
}

} // namespace hooksmith

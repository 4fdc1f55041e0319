#include "OutboxPanel.h"

#include "AppRuntime.h"
#include "ElidedToolTips.h"
#include "Runtime.h"
#include "Theme.h"
#include "WorkspaceDocument.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hooksmith {

OutboxModel::OutboxModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int OutboxModel::rowOf(const QString& messageId) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items[i].messageId == messageId)
            return int(i);
    }
    return -1;
}

void OutboxModel::setDeliveries(const QList<DeliveryItem>& deliveries)
{
    // Small lists (at most OutboxPanel::kListLimit): a reset is simple and cheap; views keep their
    // selection through the panel, which restores it by message id.
    beginResetModel();
    m_items = deliveries;
    endResetModel();
}

int OutboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int OutboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeliveryItem& d = m_items[index.row()];
    const bool failed = d.state == DeliveryItem::State::Failed;
    const bool parked = d.state == DeliveryItem::State::Parked;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn:
            return stateText(d.state);
        case WebhookColumn:
            return m_names ? m_names(d.webhookId) : d.webhookId;
        case AttemptsColumn:
            return d.attempts;
        case ReasonColumn:
            return failed || parked ? d.finalReason : d.lastError;
        case NextAttemptColumn:
            return d.state != DeliveryItem::State::Pending || !d.nextAttemptAt.isValid()
                       ? QString()
                       : d.nextAttemptAt.toLocalTime().toString(u"HH:mm:ss"_s);
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1\nsignal %2 from %3\naccepted %4")
            .arg(d.messageId)
            .arg(d.signal.number)
            .arg(d.signal.deviceToken.left(8) + u"…"_s)
            .arg(d.acceptedAt.toLocalTime().toString(Qt::ISODate));
    case Qt::ForegroundRole:
        if (failed && (index.column() == StateColumn || index.column() == ReasonColumn))
            return Theme::color(Theme::Role::Error, QGuiApplication::palette());
        if ((parked || d.state == DeliveryItem::State::Queued) && index.column() == StateColumn)
            return Theme::color(Theme::Role::Muted, QGuiApplication::palette());
        break;
    case MessageIdRole:
        return d.messageId;
    case StateRole:
        return deliveryStateName(d.state);
    }
    return {};
}

QString OutboxModel::stateText(DeliveryItem::State state)
{
    switch (state) {
    case DeliveryItem::State::Pending:
        return tr("Pending");
    case DeliveryItem::State::Failed:
        return tr("Failed");
    case DeliveryItem::State::Parked:
        return tr("Parked");
    case DeliveryItem::State::Queued:
        return tr("Queued");
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn:
        return tr("State");
    case WebhookColumn:
        return tr("Webhook");
    case AttemptsColumn:
        return tr("Attempts");
    case ReasonColumn:
        return tr("Reason");
    case NextAttemptColumn:
        return tr("Next attempt");
    }
    return {};
}

OutboxPanel::OutboxPanel(AppRuntime* runtime, WorkspaceDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_doc(doc)
    , m_model(new OutboxModel(this))
    , m_view(new QTableView(this))
    , m_counts(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry &now"), this))
    , m_retryWebhook(new QPushButton(tr("Retry &all of this webhook"), this))
    , m_discard(new QPushButton(tr("D&iscard"), this))
{
    installElidedToolTips(m_view);
    m_model->setNameLookup([doc](const QString& id) {
        const Webhook* w = doc->webhook(doc->indexOfWebhook(id));
        return w ? w->name : tr("(deleted webhook)");
    });
    m_view->setObjectName(u"outboxView"_s);
    m_view->setAccessibleName(tr("Outbox"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setMinimumSectionSize(40);
    m_view->setColumnWidth(OutboxModel::StateColumn, 64);
    m_view->setColumnWidth(OutboxModel::WebhookColumn, 120);
    m_view->setColumnWidth(OutboxModel::AttemptsColumn, 66);
    m_view->setColumnWidth(OutboxModel::NextAttemptColumn, 96);
    m_detail->setObjectName(u"outboxDetailLabel"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_counts->setObjectName(u"outboxCountsLabel"_s);
    m_retry->setObjectName(u"outboxRetryButton"_s);
    m_retry->setIcon(Theme::icon(u"send"_s));
    m_retry->setToolTip(tr("Attempt the selected deliveries now (failed ones get a new round of attempts)"));
    m_retryWebhook->setObjectName(u"outboxRetryWebhookButton"_s);
    m_retryWebhook->setToolTip(tr("Once its configuration is fixed: attempt every delivery of the selected delivery's "
                                  "webhook now, failed ones included (a new round of attempts)"));
    m_discard->setObjectName(u"outboxDiscardButton"_s);
    m_discard->setIcon(Theme::icon(u"remove"_s));
    m_discard->setToolTip(tr("Remove the selected deliveries from the outbox without delivering them"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_counts, 1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_retryWebhook);
    buttons->addWidget(m_discard);
    m_counts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(50);
    connect(&m_refreshTimer, &QTimer::timeout, this, &OutboxPanel::load);
    connect(runtime, &AppRuntime::storeChanged, this, &OutboxPanel::refresh);
    connect(runtime, &AppRuntime::runtimeChanged, this, &OutboxPanel::refresh);
    connect(m_retry, &QPushButton::clicked, this, &OutboxPanel::retrySelected);
    connect(m_retryWebhook, &QPushButton::clicked, this, &OutboxPanel::retryAllOfWebhook);
    connect(m_discard, &QPushButton::clicked, this, &OutboxPanel::discardSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OutboxPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxPanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OutboxPanel::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxPanel::showCurrent);
    m_counts->setText(tr("The outbox opens after the window is shown."));
    updateButtons();
}

void OutboxPanel::refresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void OutboxPanel::load()
{
    Runtime* runtime = m_runtime->isReady() ? m_runtime->currentRuntime() : nullptr;
    if (!runtime) {
        m_model->setDeliveries({});
        return;
    }
    const quint64 generation = ++m_generation;
    QPointer<OutboxPanel> self(this);
    DeliveryStore* store = runtime->store();
    store->counts([self, generation](OutboxCounts counts) {
        if (!self || generation != self->m_generation)
            return;
        QString text = counts.queued > 0 ? tr("%1 pending (%2 queued behind others), %3 failed")
                                               .arg(counts.pending + counts.queued)
                                               .arg(counts.queued)
                                               .arg(counts.failed)
                                         : tr("%1 pending, %2 failed").arg(counts.pending).arg(counts.failed);
        if (counts.parked > 0)
            text += tr(", %n parked", nullptr, int(counts.parked));
        self->m_counts->setText(text);
    });
    DeliveryQuery query;
    query.limit = kListLimit;
    store->list(query, [self, generation](QList<DeliveryItem> items) {
        if (!self || generation != self->m_generation)
            return;
        const QStringList selected = self->selectedIds();
        self->m_model->setDeliveries(items);
        for (const QString& id : selected) {
            const int row = self->m_model->rowOf(id);
            if (row >= 0)
                self->m_view->selectionModel()->select(self->m_model->index(row, 0),
                                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        Q_EMIT self->refreshed();
    });
}

QStringList OutboxPanel::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << index.data(OutboxModel::MessageIdRole).toString();
    return ids;
}

void OutboxPanel::retrySelected()
{
    const QStringList ids = selectedIds();
    Runtime* runtime = m_runtime->isReady() ? m_runtime->currentRuntime() : nullptr;
    if (ids.isEmpty() || !runtime)
        return;
    runtime->engine()->retryNow(ids);
    refresh();
}

void OutboxPanel::retryAllOfWebhook()
{
    const QModelIndex current = m_view->currentIndex();
    Runtime* runtime = m_runtime->isReady() ? m_runtime->currentRuntime() : nullptr;
    if (!current.isValid() || !runtime)
        return;
    const QString webhookId = m_model->deliveries().at(current.row()).webhookId;
    QStringList ids;
    for (const DeliveryItem& d : m_model->deliveries()) {
        if (d.webhookId == webhookId &&
            (d.state == DeliveryItem::State::Failed || d.state == DeliveryItem::State::Pending))
            ids.append(d.messageId);
    }
    if (ids.isEmpty())
        return;
    runtime->engine()->retryNow(ids);
    refresh();
}

void OutboxPanel::discardSelected()
{
    const QStringList selected = selectedIds();
    Runtime* runtime = m_runtime->isReady() ? m_runtime->currentRuntime() : nullptr;
    if (selected.isEmpty() || !runtime)
        return;
    // A delivery whose attempt is under way cannot leave now (its outcome is about to be written): say so
    // instead of skipping it without a word.
    QStringList ids;
    int busy = 0;
    for (const QString& id : selected) {
        if (runtime->engine()->isInFlight(id))
            ++busy;
        else
            ids.append(id);
    }
    if (!ids.isEmpty())
        runtime->store()->discard(ids);
    if (busy > 0) {
        m_detail->setText(tr("%n delivery(ies) were being attempted and were not discarded: discard them once the "
                             "attempt has ended.",
                             nullptr, busy));
    }
    refresh();
}

void OutboxPanel::showCurrent()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        m_detail->setText(rows.isEmpty() ? tr("Select deliveries to retry or discard them.")
                                         : tr("%n deliveries selected", nullptr, int(rows.size())));
        return;
    }
    const DeliveryItem& d = m_model->deliveries()[rows.first().row()];
    QStringList lines;
    lines << tr("%1 · signal %2, value %3 · accepted %4")
                 .arg(d.messageId)
                 .arg(d.signal.number)
                 .arg(d.signal.value.toJson().left(80))
                 .arg(d.acceptedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    switch (d.state) {
    case DeliveryItem::State::Failed:
        lines << tr("Failed after %n attempt(s): %1", nullptr, d.attempts).arg(d.finalReason);
        break;
    case DeliveryItem::State::Parked:
        lines << tr("Parked: %1. It is delivered when the webhook is back (enabled, or in the workspace again); "
                    "Discard drops it.")
                     .arg(d.finalReason);
        break;
    case DeliveryItem::State::Queued:
        lines << tr("Queued behind an earlier signal of the same device to this webhook (delivery order: device).");
        break;
    case DeliveryItem::State::Pending:
        if (!d.lastError.isEmpty())
            lines << tr("Last attempt: %1").arg(d.lastError);
        break;
    }
    m_detail->setText(lines.join(u'\n'));
}

void OutboxPanel::updateButtons()
{
    const bool any = m_view->selectionModel()->hasSelection();
    m_retry->setEnabled(any);
    m_retryWebhook->setEnabled(m_view->currentIndex().isValid() && any);
    m_discard->setEnabled(any);
}

} // namespace hooksmith

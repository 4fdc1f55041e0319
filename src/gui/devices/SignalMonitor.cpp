#include "SignalMonitor.h"

#include "ElidedToolTips.h"
#include "SignalMonitorModel.h"
#include "Theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hooksmith {

SignalMonitor::SignalMonitor(SignalMonitorModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_define(new QPushButton(Theme::icon(u"edit"_s), tr("Define signal"), this))
    , m_chart(new QPushButton(Theme::icon(u"signal"_s), tr("Chart"), this))
    , m_summary(new QLabel(this))
{
    installElidedToolTips(m_view);
    setObjectName(u"signalMonitor"_s);
    m_view->setObjectName(u"signalMonitorView"_s);
    m_define->setObjectName(u"defineSignalButton"_s);
    m_chart->setObjectName(u"chartSignalsButton"_s);
    m_summary->setObjectName(u"signalSummaryLabel"_s);

    m_view->setModel(model);
    m_view->setAccessibleName(tr("Signals"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    QHeaderView* header = m_view->horizontalHeader();
    header->resizeSection(SignalMonitorModel::NumberColumn, 56);
    header->resizeSection(SignalMonitorModel::NameColumn, 130);
    header->resizeSection(SignalMonitorModel::UnitColumn, 50);
    header->resizeSection(SignalMonitorModel::ValueColumn, 110);
    header->resizeSection(SignalMonitorModel::TimeColumn, 100);
    header->resizeSection(SignalMonitorModel::CountColumn, 60);
    header->resizeSection(SignalMonitorModel::DeviceColumn, 140);

    m_define->setToolTip(tr("Name the selected signal and give its unit, for every device (F2 or a double-click "
                            "in the Name column does the same)"));
    m_chart->setToolTip(tr("Follow the selected signals in the live chart"));
    m_summary->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_define);
    buttons->addWidget(m_chart);
    buttons->addWidget(m_summary, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_define, &QPushButton::clicked, this, &SignalMonitor::defineSelected);
    connect(m_chart, &QPushButton::clicked, this, [this] { Q_EMIT chartRequested(selectedSignals()); });
    connect(model, &SignalMonitorModel::countsChanged, this, &SignalMonitor::updateSummary);
    connect(model, &QAbstractItemModel::modelReset, this, &SignalMonitor::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SignalMonitor::updateButtons);
    updateSummary();
    updateButtons();
}

void SignalMonitor::defineSelected()
{
    QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        current = rows.front();
    }
    const QModelIndex name = m_model->index(current.row(), SignalMonitorModel::NameColumn);
    m_view->setCurrentIndex(name);
    m_view->edit(name);
}

QList<QPair<QString, int>> SignalMonitor::selectedSignals() const
{
    QList<QPair<QString, int>> out;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows()) {
        out.append(
            {i.data(SignalMonitorModel::DeviceTokenRole).toString(), i.data(SignalMonitorModel::NumberRole).toInt()});
    }
    return out;
}

void SignalMonitor::updateButtons()
{
    const bool any = m_view->selectionModel()->hasSelection();
    m_define->setEnabled(any);
    m_chart->setEnabled(any);
}

void SignalMonitor::updateSummary()
{
    if (m_model->totalCount() == 0) {
        m_summary->setText(tr("No signals yet: connect a board or the virtual device in the Devices panel."));
        return;
    }
    QString text = tr("%n signal(s)", nullptr, int(std::min<quint64>(m_model->totalCount(), INT_MAX)));
    if (m_model->unroutedCount() > 0) {
        text += u"; "_s + tr("%1 fired no webhook").arg(m_model->unroutedCount());
        if (m_model->unboundCount() > 0)
            text += u" "_s + tr("(%1 from devices no webhook is bound to)").arg(m_model->unboundCount());
    }
    m_summary->setText(text);
}

} // namespace hooksmith

#include "ReceiverPanel.h"

#include "BodyView.h"
#include "Preferences.h"
#include "ReceiverLimitsDialog.h"
#include "Theme.h"
#include "WorkspaceDocument.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hooksmith {

ReceivedRequestsModel::ReceivedRequestsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ReceivedRequestsModel::setLimit(int limit)
{
    m_limit = qMax(1, limit);
    const int excess = int(m_requests.size()) - m_limit;
    if (excess > 0) {
        beginRemoveRows({}, 0, excess - 1);
        m_requests.erase(m_requests.begin(), m_requests.begin() + excess);
        endRemoveRows();
    }
}

void ReceivedRequestsModel::append(const ReceivedRequest& request)
{
    if (int(m_requests.size()) >= m_limit) {
        beginRemoveRows({}, 0, 0);
        m_requests.pop_front();
        endRemoveRows();
    }
    const int row = int(m_requests.size());
    beginInsertRows({}, row, row);
    m_requests.push_back(request);
    endInsertRows();
}

void ReceivedRequestsModel::clear()
{
    beginResetModel();
    m_requests.clear();
    endResetModel();
}

int ReceivedRequestsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int ReceivedRequestsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReceivedRequestsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReceivedRequest& r = m_requests[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return r.receivedAt.toLocalTime().toString(u"HH:mm:ss.zzz"_s);
        case MethodColumn:
            return QString::fromLatin1(r.method);
        case PathColumn:
            return QString::fromUtf8(r.query.isEmpty() ? r.path : r.path + '?' + r.query);
        case SizeColumn:
            return QLocale().formattedDataSize(r.body.size());
        case ResultColumn:
            return r.refused() ? tr("refused, %1").arg(r.refusedStatus) : tr("taken");
        }
    } else if (role == Qt::ToolTipRole && index.column() == PathColumn) {
        return QString::fromUtf8(r.path);
    } else if (role == Qt::ToolTipRole && r.refused()) {
        return r.refusal;
    } else if (role == Qt::ForegroundRole && r.refused()) {
        return Theme::color(Theme::Role::Error, QPalette());
    } else if (role == Qt::TextAlignmentRole && index.column() == SizeColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ReceivedRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case SizeColumn:
        return tr("Size");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}

ReceiverPanel::ReceiverPanel(WorkspaceDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_model(new ReceivedRequestsModel(this))
    , m_state(new QLabel(this))
    , m_startStop(new QPushButton(this))
    , m_copy(new QPushButton(Theme::icon(u"copy"_s), tr("&Copy URL"), this))
    , m_use(new QPushButton(Theme::icon(u"webhook"_s), tr("&Use for this webhook"), this))
    , m_clear(new QPushButton(Theme::icon(u"remove"_s), tr("C&lear"), this))
    , m_limitsButton(new QPushButton(tr("&Limits…"), this))
    , m_view(new QTableView(this))
    , m_detailHead(new QLabel(this))
    , m_headers(new QPlainTextEdit(this))
    , m_body(new BodyView(this))
{
    m_state->setObjectName(u"receiverStateLabel"_s);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_startStop->setObjectName(u"receiverStartButton"_s);
    m_copy->setObjectName(u"receiverCopyUrlButton"_s);
    m_use->setObjectName(u"receiverUseButton"_s);
    m_use->setToolTip(tr("Point the selected webhook at the built-in receiver (Edit → Undo reverts it)"));
    m_clear->setObjectName(u"receiverClearButton"_s);
    m_limitsButton->setObjectName(u"receiverLimitsButton"_s);
    m_limitsButton->setToolTip(tr("Limits on requests: sizes, header lines, idle time and connections"));
    m_view->setObjectName(u"receiverRequestsView"_s);
    m_view->setAccessibleName(tr("Received requests"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(ReceivedRequestsModel::PathColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(ReceivedRequestsModel::TimeColumn, 100);
    m_view->setColumnWidth(ReceivedRequestsModel::MethodColumn, 70);
    m_view->setColumnWidth(ReceivedRequestsModel::SizeColumn, 80);
    m_detailHead->setObjectName(u"receiverDetailLabel"_s);
    m_detailHead->setWordWrap(true);
    m_detailHead->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headers->setObjectName(u"receiverHeadersEdit"_s);
    m_headers->setReadOnly(true);
    m_headers->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_headers->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setObjectName(u"receiverBodyEdit"_s);

    // Two rows, so that the Inspector (and with it the window) stays narrow enough for 1024 pixels.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_startStop);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_use);
    buttons->addStretch(1);
    auto* moreButtons = new QHBoxLayout;
    moreButtons->addStretch(1);
    moreButtons->addWidget(m_limitsButton);
    moreButtons->addWidget(m_clear);

    auto* detail = new QSplitter(Qt::Vertical, this);
    detail->addWidget(m_headers);
    detail->addWidget(m_body);
    detail->setStretchFactor(1, 2);
    auto* detailBox = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 4, 0, 0);
    detailLayout->addWidget(m_detailHead);
    detailLayout->addWidget(detail, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(buttons);
    layout->addLayout(moreButtons);
    layout->addWidget(m_state);
    layout->addWidget(splitter, 1);

    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (isListening())
            stop();
        else
            start();
    });
    connect(m_copy, &QPushButton::clicked, this, &ReceiverPanel::copyUrl);
    connect(m_limitsButton, &QPushButton::clicked, this, &ReceiverPanel::editLimits);
    connect(m_use, &QPushButton::clicked, this, &ReceiverPanel::useForWebhook);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_model->clear();
        if (m_receiver)
            m_receiver->clear();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showRow(current.isValid() ? current.row() : -1); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showRow(-1); });
    updateState();
    showRow(-1);
}

ReceiverPanel::~ReceiverPanel() = default;

bool ReceiverPanel::isListening() const
{
    return m_receiver && m_receiver->isListening();
}

bool ReceiverPanel::start()
{
    if (isListening())
        return true;
    if (!m_receiver) {
        m_receiver = new LocalReceiver(this);
        connect(m_receiver, &LocalReceiver::requestReceived, this, [this](const ReceivedRequest& request) {
            m_model->append(request);
            // Follow the newest request unless the user picked an older one.
            if (!m_view->currentIndex().isValid() || m_view->currentIndex().row() == m_model->rowCount() - 2)
                m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
        });
    }
    m_receiver->setLimits(m_limits);
    const bool ok = m_receiver->listen(m_port);
    m_error = ok ? QString() : m_receiver->errorString();
    if (!ok)
        Q_EMIT statusMessage(tr("Built-in receiver: %1").arg(m_error));
    updateState();
    Q_EMIT listeningChanged(ok);
    return ok;
}

void ReceiverPanel::changePort(quint16 port)
{
    const bool move = isListening() && m_receiver->port() != port && m_port != port;
    m_port = port;
    if (!move)
        return;
    stop();
    if (start())
        Q_EMIT statusMessage(tr("The built-in receiver now listens on %1").arg(m_receiver->url().toString()));
}

void ReceiverPanel::stop()
{
    if (!isListening())
        return;
    m_receiver->close();
    updateState();
    Q_EMIT listeningChanged(false);
}

QString ReceiverPanel::webhookUrl() const
{
    if (!isListening())
        return {};
    return m_receiver->url().toString() + u"/hooks/{{DEVICE_TOKEN}}"_s;
}

void ReceiverPanel::setConfig(Config* config)
{
    m_config = config;
    if (config)
        m_port = Preferences::from(*config).receiverPort;
    setLimits(config ? receiverLimitsFrom(*config) : ReceiverLimits{});
}

void ReceiverPanel::setLimits(const ReceiverLimits& limits)
{
    m_limits = limits;
    if (m_receiver)
        m_receiver->setLimits(limits);
}

void ReceiverPanel::editLimits()
{
    auto* dialog = new ReceiverLimitsDialog(m_limits, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setLimits(dialog->limits());
        if (m_config)
            saveReceiverLimits(*m_config, m_limits);
        Q_EMIT statusMessage(tr("Receiver limits changed"));
    });
    dialog->open();
}

void ReceiverPanel::setWebhookIndex(int index)
{
    m_webhookIndex = index;
    updateState();
}

void ReceiverPanel::useForWebhook()
{
    const QString url = webhookUrl();
    const Webhook* w = m_doc->webhook(m_webhookIndex);
    if (url.isEmpty() || !w || w->url == url)
        return;
    m_doc->editWebhook(m_webhookIndex, tr("Use the built-in receiver"), {}, [&](Webhook& hook) { hook.url = url; });
    Q_EMIT statusMessage(tr("\"%1\" now sends to %2").arg(w->name, url));
}

void ReceiverPanel::copyUrl()
{
    const QString url = webhookUrl();
    if (url.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(url);
    Q_EMIT statusMessage(tr("Copied %1").arg(url));
}

bool ReceiverPanel::workspaceUsesPort(const WorkspaceDocument* doc, quint16 port)
{
    const QString loopback = u"127.0.0.1:%1"_s.arg(port);
    const QString localhost = u"localhost:%1"_s.arg(port);
    for (const Webhook& w : doc->workspace().webhooks) {
        if (w.url.contains(loopback) || w.url.contains(localhost))
            return true;
    }
    return false;
}

void ReceiverPanel::updateState()
{
    const bool listening = isListening();
    m_startStop->setText(listening ? tr("S&top") : tr("S&tart"));
    m_copy->setEnabled(listening);
    m_use->setEnabled(listening && m_doc->webhook(m_webhookIndex));
    if (listening) {
        m_state->setText(tr("Listening on %1. Requests sent there appear below.").arg(webhookUrl()));
        m_state->setStyleSheet({});
    } else if (!m_error.isEmpty()) {
        m_state->setText(tr("Not listening: %1").arg(m_error));
        m_state->setStyleSheet(u"color: %1"_s.arg(Theme::color(Theme::Role::Error, palette()).name()));
    } else {
        m_state->setText(tr("Stopped. Start it to receive webhooks on this computer, without a network."));
        m_state->setStyleSheet({});
    }
}

void ReceiverPanel::showRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_detailHead->setText(m_model->rowCount() == 0 ? tr("No requests received yet") : tr("Select a request"));
        m_headers->clear();
        m_body->setBody({});
        return;
    }
    const ReceivedRequest& r = m_model->request(row);
    QString head =
        tr("%1 %2 from %3, %4, %5")
            .arg(QString::fromLatin1(r.method), QString::fromUtf8(r.query.isEmpty() ? r.path : r.path + '?' + r.query),
                 r.remoteAddress, r.receivedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s),
                 QLocale().formattedDataSize(r.body.size()));
    if (r.refused())
        head += u" · "_s + tr("refused with %1: %2").arg(r.refusedStatus).arg(r.refusal);
    if (r.signatureValid)
        head +=
            u" · "_s + (*r.signatureValid ? tr("signature valid") : tr("signature invalid: %1").arg(r.signatureError));
    m_detailHead->setText(head);
    m_headers->setPlainText(BodyText::headerLines(r.headers));
    m_body->setBody(r.body);
}

} // namespace hooksmith

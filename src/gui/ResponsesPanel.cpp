#include "ResponsesPanel.h"

#include "BodyView.h"
#include "DeliveryEngine.h"
#include "ElidedToolTips.h"
#include "ResponsesModel.h"
#include "Theme.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {
QPlainTextEdit* textPane(const QString& objectName, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

QString millis(qint64 ms)
{
    return ms < 0 ? QString() : ResponsesPanel::tr("%1 ms").arg(ms);
}
} // namespace

ResponsesPanel::ResponsesPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new ResponsesModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_body(new BodyView(this))
    , m_headers(textPane(u"responseHeadersEdit"_s, this))
    , m_request(textPane(u"responseRequestEdit"_s, this))
    , m_timing(textPane(u"responseTimingEdit"_s, this))
    , m_inFlightBox(new QWidget(this))
{
    installElidedToolTips(m_view);
    m_inFlightBox->setObjectName(u"inFlightBox"_s);
    auto* inFlightLayout = new QVBoxLayout(m_inFlightBox);
    inFlightLayout->setContentsMargins(0, 0, 0, 0);
    m_inFlightBox->hide();
    m_inFlightTimer.setInterval(100);
    connect(&m_inFlightTimer, &QTimer::timeout, this, &ResponsesPanel::updateInFlight);

    m_view->setObjectName(u"responsesView"_s);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Responses"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Uniform rows: the view never measures 100,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView* header = m_view->horizontalHeader();
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ResponsesModel::StatusColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(ResponsesModel::TimeColumn, 90);
    m_view->setColumnWidth(ResponsesModel::WebhookColumn, 120);
    m_view->setColumnWidth(ResponsesModel::DurationColumn, 66);
    m_view->setColumnWidth(ResponsesModel::AttemptsColumn, 66);

    m_status->setObjectName(u"responseStatusLabel"_s);
    QFont bold = m_status->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_status->setFont(bold);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long status (an error text) wraps instead of widening the inspector and with it the window.
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_facts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_facts->setObjectName(u"responseFactsLabel"_s);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setObjectName(u"responseBodyEdit"_s);

    m_tabs->setObjectName(u"responseDetailTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_body, tr("Body"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(m_request, tr("Request"));
    m_tabs->addTab(m_timing, tr("Timing and TLS"));

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 4, 0, 0);
    detailLayout->addWidget(m_status);
    detailLayout->addWidget(m_facts);
    detailLayout->addWidget(m_tabs, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"responsesSplitter"_s);
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_inFlightBox);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showRow(current.isValid() ? current.row() : -1); });
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &ResponsesPanel::flush);
    showRow(-1);
}

void ResponsesPanel::append(const AttemptReport& report)
{
    m_queued.append(report);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ResponsesPanel::flush()
{
    m_flushTimer.stop();
    if (m_queued.isEmpty())
        return;
    QScrollBar* bar = m_view->verticalScrollBar();
    const bool follow = bar->value() == bar->maximum();
    m_model->append(std::exchange(m_queued, {}));
    if (follow)
        m_view->scrollToBottom();
    // The placeholder text follows the list ("No responses yet" becomes "Select a response").
    if (!m_view->currentIndex().isValid())
        showRow(-1);
}

void ResponsesPanel::selectRow(int row)
{
    flush();
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
}

QString ResponsesPanel::detailStatus() const
{
    return m_status->text();
}

void ResponsesPanel::addInFlight(const QString& messageId, const QString& webhookName)
{
    InFlightRow r;
    r.messageId = messageId;
    r.webhookName = webhookName;
    r.clock.start();
    r.row = new QWidget(m_inFlightBox);
    r.row->setObjectName(u"inFlightRow"_s);
    auto* rowLayout = new QHBoxLayout(r.row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    r.label = new QLabel(r.row);
    r.label->setObjectName(u"inFlightLabel"_s);
    r.label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* cancel = new QPushButton(tr("Cancel"), r.row);
    cancel->setObjectName(u"cancelSendButton"_s);
    cancel->setToolTip(tr("Stop waiting for the answer: the request is aborted"));
    connect(cancel, &QPushButton::clicked, this, [this, messageId] { Q_EMIT cancelRequested(messageId); });
    rowLayout->addWidget(r.label, 1);
    rowLayout->addWidget(cancel);
    m_inFlightBox->layout()->addWidget(r.row);
    m_inFlight.append(r);
    m_inFlightBox->show();
    m_inFlightTimer.start();
    updateInFlight();
    showRow(m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1);
}

void ResponsesPanel::finishInFlight(const QString& messageId)
{
    for (qsizetype i = 0; i < m_inFlight.size(); ++i) {
        if (m_inFlight[i].messageId != messageId)
            continue;
        m_inFlight[i].row->hide();
        m_inFlight[i].row->deleteLater();
        m_inFlight.removeAt(i);
        break;
    }
    if (m_inFlight.isEmpty()) {
        m_inFlightTimer.stop();
        m_inFlightBox->hide();
    }
}

QStringList ResponsesPanel::inFlight() const
{
    QStringList ids;
    for (const InFlightRow& r : m_inFlight)
        ids.append(r.messageId);
    return ids;
}

void ResponsesPanel::updateInFlight()
{
    const QLocale locale;
    for (const InFlightRow& r : std::as_const(m_inFlight)) {
        const QString text =
            tr("Sending \"%1\"… %2 s").arg(r.webhookName, locale.toString(double(r.clock.elapsed()) / 1000.0, 'f', 1));
        r.label->setText(text);
        r.label->setToolTip(text);
    }
}

void ResponsesPanel::showRow(int row)
{
    m_body->setBody({});
    m_headers->clear();
    m_request->clear();
    m_timing->clear();
    if (row < 0 || row >= m_model->rowCount()) {
        m_status->setText(m_model->rowCount() == 0 ? tr("No responses yet") : tr("Select a response"));
        m_status->setToolTip({});
        m_facts->setText(tr("Send a webhook from the Preview tab; every attempt appears here."));
        m_tabs->setEnabled(false);
        return;
    }
    const ResponsesModel::Record& record = m_model->record(row);
    m_status->setText(m_model->summary(row));
    m_status->setToolTip(m_model->summary(row));
    const QString outcome = m_model->index(row, 0).data(ResponsesModel::OutcomeRole).toString();
    QPalette palette = m_status->palette();
    palette.setColor(
        QPalette::WindowText,
        outcome == u"ok"_s
            ? this->palette().color(QPalette::WindowText)
            : Theme::color(outcome == u"retry"_s ? Theme::Role::Warning : Theme::Role::Error, this->palette()));
    m_status->setPalette(palette);

    const AttemptReport* report = m_model->report(row);
    QStringList facts;
    if (record.direct)
        facts << tr("%1, test send (one attempt, not retried)").arg(m_model->webhookName(row));
    else
        facts << tr("%1, attempt %2 of %3").arg(m_model->webhookName(row)).arg(record.attempt).arg(record.maxAttempts);
    facts << millis(record.durationMs);
    if (!report) {
        facts << tr("Details are kept for the most recent %n attempt(s) only.", nullptr,
                    m_model->limits().maxFullReports);
        m_facts->setText(facts.join(u" · "_s));
        m_tabs->setEnabled(false);
        return;
    }
    m_tabs->setEnabled(true);
    const AttemptResult& result = report->result;
    if (report->sent && result.status > 0) {
        const QLocale locale;
        facts << (result.bodyTruncated() ? tr("%1 received, first %2 kept")
                                               .arg(locale.formattedDataSize(result.bodySize),
                                                    locale.formattedDataSize(result.body.size()))
                                         : tr("%1 received").arg(locale.formattedDataSize(result.bodySize)));
    }
    if (!result.remoteAddress.isEmpty())
        facts << result.remoteAddress;
    if (!result.errorMessage.isEmpty() && !report->summary.contains(result.errorMessage))
        facts << result.errorMessage;
    if (report->decision.action == RetryDecision::Action::RetryLater && report->nextAttemptAt.isValid())
        facts << tr("next attempt at %1").arg(report->nextAttemptAt.toLocalTime().toString(u"HH:mm:ss"_s));
    if (!report->decision.reason.isEmpty())
        facts << report->decision.reason;
    m_facts->setText(facts.join(u" · "_s));

    m_body->setBody(result.body);
    if (result.status > 0) {
        m_headers->setPlainText(QString::fromLatin1(result.httpVersion) + u' ' + QString::number(result.status) + u' ' +
                                QString::fromLatin1(result.reason) + u'\n' + BodyText::headerLines(result.headers));
    }

    // The request as sent, secrets masked: the head written on the wire, then the body.
    const QByteArray head = !result.requestHead.isEmpty() ? result.requestHead
                            : report->request             ? report->request->wireHead()
                                                          : QByteArray();
    if (!head.isEmpty()) {
        QString text = QString::fromUtf8(head).remove(u'\r');
        if (report->request) {
            const auto [body, kind] = BodyText::format(report->request->body);
            Q_UNUSED(kind);
            text += body;
        }
        m_request->setPlainText(text);
    }

    QStringList timing;
    const AttemptTimings& t = result.timings;
    if (t.startedAt.isValid())
        timing << tr("Started: %1").arg(t.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s));
    if (t.queuedMs > 0)
        timing << tr("Waited for a connection: %1").arg(millis(t.queuedMs));
    if (t.requestSentMs >= 0)
        timing << tr("Request sent: %1").arg(millis(t.requestSentMs));
    if (t.firstByteMs >= 0)
        timing << tr("First byte: %1").arg(millis(t.firstByteMs));
    if (t.finishedMs >= 0)
        timing << tr("Finished: %1").arg(millis(t.finishedMs));
    timing << tr("Duration: %1").arg(millis(report->durationMs));
    if (!result.remoteAddress.isEmpty())
        timing << tr("Remote address: %1").arg(result.remoteAddress);
    if (result.finalUrl.isValid())
        timing << tr("URL: %1").arg(result.finalUrl.toDisplayString());
    if (result.redirectCount > 0)
        timing << tr("Redirects followed: %1").arg(result.redirectCount);
    timing << QString();
    if (result.tls.isEmpty()) {
        timing << tr("TLS: none (plain HTTP)");
    } else {
        timing << tr("TLS: %1, %2").arg(result.tls.protocol, result.tls.cipher);
        timing << tr("Certificate subject: %1").arg(result.tls.peerSubject);
        timing << tr("Issuer: %1").arg(result.tls.peerIssuer);
        timing << tr("SHA-256: %1").arg(result.tls.peerSha256);
        if (result.tls.peerNotAfter.isValid())
            timing << tr("Valid until: %1").arg(result.tls.peerNotAfter.toString(Qt::ISODate));
    }
    m_timing->setPlainText(timing.join(u'\n'));
}

} // namespace hooksmith

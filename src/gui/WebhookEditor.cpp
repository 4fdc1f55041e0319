#include "WebhookEditor.h"

#include "EditorSections.h"
#include "ProblemMap.h"
#include "Theme.h"
#include "WorkspaceDocument.h"
#include "ui_SummaryPage.h"
#include "ui_WebhookEditor.h"

#include <QHeaderView>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace hooksmith {

WebhookEditor::WebhookEditor(WorkspaceDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_ui(std::make_unique<Ui::WebhookEditor>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->editorTabWidget->setTabIcon(0, Theme::icon(u"edit"_s));
    m_ui->editorTabWidget->setTabIcon(1, Theme::icon(u"summary"_s));

    m_sections = {new GeneralSection(doc),
                  new BodySection(doc),
                  new NameValueSection(NameValueTableModel::Kind::Headers, doc),
                  new NameValueSection(NameValueTableModel::Kind::Query, doc),
                  new AuthSection(doc),
                  new DeliverySection(doc),
                  new BindingSection(doc)};
    // Created in form order, so that the tab order runs from top to bottom.
    for (EditorSection* s : m_sections)
        m_ui->sectionsLayout->addWidget(s);
    m_ui->sectionsLayout->addStretch(1);

    connect(m_ui->enabledCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_doc->editWebhook(m_index, on ? tr("Turn webhook on") : tr("Turn webhook off"), {}, [&](Webhook& w) {
            w.enabled = on;
            if (on)
                w.disabledReason.clear();
        });
    });
    connect(doc, &WorkspaceDocument::changed, this, [this](WorkspaceDocument::Change change, int index) {
        if (change == WorkspaceDocument::Change::Webhook && index != m_index)
            return;
        if (change == WorkspaceDocument::Change::Webhook) {
            refresh();
            return;
        }
        if (!m_doc->webhook(m_index))
            m_index = -1;
        for (EditorSection* s : m_sections)
            s->setWebhookIndex(m_index);
        refresh();
    });
    connect(m_ui->editorTabWidget, &QTabWidget::currentChanged, this, [this](int tab) {
        if (m_ui->editorTabWidget->widget(tab) == m_ui->summaryTab)
            refreshSummary();
    });
}

WebhookEditor::~WebhookEditor() = default;

void WebhookEditor::showEvent(QShowEvent* event)
{
    // The form is never narrower than its sections need. Measured once the window is laid out for showing
    // (the widgets polished, their fonts loaded), not in the constructor, where it would measure every
    // section once more before the first frame.
    if (!m_widthSet) {
        m_widthSet = true;
        // The vertical scroll bar (always there for a form this long) and the frame come on top: without them
        // a narrow window scrolls the form sideways as well.
        QScrollArea* area = m_ui->editorScrollArea;
        area->setMinimumWidth(m_ui->sectionsWidget->minimumSizeHint().width() +
                              area->verticalScrollBar()->sizeHint().width() + 2 * area->frameWidth());
    }
    QWidget::showEvent(event);
}

void WebhookEditor::setWebhookIndex(int index)
{
    m_index = index;
    for (EditorSection* s : m_sections)
        s->setWebhookIndex(index);
    refresh();
    m_ui->editorScrollArea->verticalScrollBar()->setValue(0);
}

void WebhookEditor::refresh()
{
    const Webhook* w = m_doc->webhook(m_index);
    if (!w)
        return;
    for (EditorSection* s : m_sections)
        s->refresh();
    m_ui->titleLabel->setFullText(w->name.isEmpty() ? tr("(no name)") : w->name);
    {
        const QSignalBlocker blocker(m_ui->enabledCheckBox);
        m_ui->enabledCheckBox->setChecked(w->enabled);
    }
    m_ui->enabledCheckBox->setToolTip(!w->enabled && !w->disabledReason.isEmpty()
                                          ? tr("Turned off: %1").arg(w->disabledReason)
                                          : tr("Only enabled webhooks fire on signals"));
    if (m_ui->editorTabWidget->currentWidget() == m_ui->summaryTab)
        refreshSummary();
}

void WebhookEditor::setProblems(const QList<Problem>& problems)
{
    const ProblemMap map(problems, m_index);
    for (EditorSection* s : m_sections)
        s->setProblems(map);
}

bool WebhookEditor::focusField(const QString& field)
{
    for (EditorSection* s : m_sections) {
        if (QWidget* w = s->focusField(field)) {
            showForm();
            m_ui->editorScrollArea->ensureWidgetVisible(w, 20, 60);
            w->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

void WebhookEditor::showSummary()
{
    m_ui->editorTabWidget->setCurrentWidget(m_ui->summaryTab);
}

void WebhookEditor::showForm()
{
    m_ui->editorTabWidget->setCurrentWidget(m_ui->editTab);
}

void WebhookEditor::refreshSummary()
{
    if (!m_summaryWidget) {
        m_summaryWidget = new QWidget(m_ui->summaryTab);
        m_summary = std::make_unique<Ui::SummaryPage>();
        m_summary->setupUi(m_summaryWidget);
        m_ui->summaryTabLayout->addWidget(m_summaryWidget);
        QFont f = m_summary->summaryTitleLabel->font();
        f.setPointSizeF(f.pointSizeF() * 1.2);
        f.setBold(true);
        m_summary->summaryTitleLabel->setFont(f);
        QTableWidget* table = m_summary->boundDevicesTableWidget;
        table->setColumnCount(2);
        table->setHorizontalHeaderLabels({tr("Device"), tr("Token")});
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
        table->verticalHeader()->hide();
        QFont boldFont = m_summary->boundDevicesLabel->font();
        boldFont.setBold(true);
        m_summary->boundDevicesLabel->setFont(boldFont);
        m_summary->mainLayout->addStretch(1);
    }
    const Webhook* w = m_doc->webhook(m_index);
    if (!w)
        return;
    m_summary->summaryTitleLabel->setText(w->name);
    m_summary->eventValueLabel->setText(w->event.isEmpty() ? tr("(none)") : w->event);
    m_summary->endpointValueLabel->setText(w->url);
    QString format;
    switch (w->format) {
    case BodyFormat::Json:
        format = tr("JSON");
        break;
    case BodyFormat::Form:
        format = tr("Web form");
        break;
    case BodyFormat::Custom:
        format = tr("Custom body (%1)").arg(w->contentType);
        break;
    case BodyFormat::None:
        format = tr("No body");
        break;
    }
    m_summary->requestValueLabel->setText(methodName(w->method) + u" · "_s + format);
    m_summary->deviceCountValueLabel->setText(QString::number(w->devices.size()));
    m_summary->createdValueLabel->setText(
        w->created.isValid() ? QLocale().toString(w->created.toLocalTime(), QLocale::LongFormat) : tr("unknown"));
    QTableWidget* table = m_summary->boundDevicesTableWidget;
    table->setRowCount(int(w->devices.size()));
    for (int i = 0; i < w->devices.size(); ++i) {
        const Device* d = m_doc->workspace().deviceByToken(w->devices[i]);
        auto* name = new QTableWidgetItem(Theme::icon(u"device"_s), d ? d->name : tr("Unknown device"));
        auto* token = new QTableWidgetItem(w->devices[i]);
        QFont mono(u"monospace"_s);
        mono.setStyleHint(QFont::Monospace);
        token->setFont(mono);
        table->setItem(i, 0, name);
        table->setItem(i, 1, token);
    }
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() +
                          qMax(1, table->rowCount()) * table->verticalHeader()->defaultSectionSize() +
                          2 * table->frameWidth());
}

} // namespace hooksmith

#include "EditorSections.h"
#include "Encoding.h"
#include "Template.h"
#include "TemplateEdits.h"
#include "Theme.h"
#include "WorkspaceDocument.h"
#include "ui_BodySection.h"

#include <QComboBox>
#include <QHeaderView>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;

namespace hooksmith {

using namespace SectionUtil;

namespace {

/// The Value cell: a preset drop-down for preset rows, a template field (with "{{" completion) otherwise.
class BodyValueDelegate : public QStyledItemDelegate
{
public:
    BodyValueDelegate(BodyTableModel* model, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
    {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (index.column() != BodyTableModel::ValueColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        if (m_model->isPresetRow(index.row())) {
            auto* combo = new QComboBox(parent);
            combo->setObjectName(u"presetComboBox"_s);
            combo->setAccessibleName(QCoreApplication::translate("BodySection", "Preset"));
            for (const PresetInfo& info : Presets::all()) {
                combo->addItem(info.name, info.name);
                combo->setItemData(combo->count() - 1, info.description, Qt::ToolTipRole);
            }
            return combo;
        }
        auto* edit = new TemplateLineEdit(parent);
        edit->setObjectName(u"bodyValueLineEdit"_s);
        edit->setFrame(false);
        return edit;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole))));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            model->setData(index, combo->currentData(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    BodyTableModel* m_model;
};

const QStringList& commonContentTypes()
{
    static const QStringList types{
        u"application/json"_s, u"text/plain; charset=utf-8"_s,         u"application/xml"_s,
        u"text/csv"_s,         u"application/x-www-form-urlencoded"_s, u"application/cloudevents+json"_s};
    return types;
}

} // namespace

BodySection::BodySection(WorkspaceDocument* doc, QWidget* parent)
    : EditorSection(doc, parent)
    , m_ui(std::make_unique<Ui::BodySection>())
    , m_model(new BodyTableModel(doc, this))
{
    m_ui->setupUi(this);
    setupTable(m_ui->bodyTableView, m_model, BodyTableModel::ValueColumn);
    m_ui->bodyTableView->setItemDelegate(new BodyValueDelegate(m_model, this));
    QHeaderView* header = m_ui->bodyTableView->horizontalHeader();
    header->resizeSection(BodyTableModel::KeyColumn, 160);
    header->setSectionResizeMode(BodyTableModel::UsePresetColumn, QHeaderView::ResizeToContents);
    m_ui->addBodyRowButton->setIcon(Theme::icon(u"add"_s));
    m_ui->contentTypeComboBox->addItems(commonContentTypes());
    m_ui->customBodyTextEdit->setUndoRedoEnabled(false); // the document's undo stack has every edit
    connect(m_model, &QAbstractItemModel::modelReset, this, &BodySection::fitStack);

    connect(m_ui->addBodyRowButton, &QPushButton::clicked, this, [this] {
        const int row = m_model->appendRow();
        const QModelIndex index = m_model->index(row, BodyTableModel::KeyColumn);
        m_ui->bodyTableView->setCurrentIndex(index);
        m_ui->bodyTableView->edit(index);
    });
    connect(m_ui->resetBodyButton, &QPushButton::clicked, this, [this] {
        edit(tr("Reset body to Pybytes' defaults"), {}, [](Webhook& w) { w.body = Webhook::defaultBodyRows(); });
    });
    connect(m_ui->contentTypeComboBox->lineEdit(), &QLineEdit::textEdited, this, [this](const QString& t) {
        edit(tr("Edit content type"), u"content_type"_s, [&](Webhook& w) { w.contentType = t; });
    });
    connect(m_ui->contentTypeComboBox, &QComboBox::activated, this, [this](int i) {
        const QString t = m_ui->contentTypeComboBox->itemText(i);
        edit(tr("Change content type"), {}, [&](Webhook& w) { w.contentType = t; });
    });
    connect(m_ui->customBodyTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_ui->customBodyTextEdit->toPlainText();
        edit(tr("Edit custom body"), u"custom_body"_s, [&](Webhook& w) { w.customBody = text; });
    });
}

BodySection::~BodySection() = default;

void BodySection::fitStack()
{
    // As tall as the page shown, not as the tallest page (QStackedWidget's own minimum).
    m_ui->bodyStack->setFixedHeight(m_ui->bodyStack->currentWidget()->sizeHint().height());
}

void BodySection::refresh()
{
    const Webhook* w = webhook();
    if (!w)
        return;
    if (m_model->webhookIndex() != m_index)
        m_model->setWebhookIndex(m_index);
    switch (w->format) {
    case BodyFormat::Json:
    case BodyFormat::Form:
        m_ui->bodyStack->setCurrentWidget(m_ui->tablePage);
        m_ui->bodyHintLabel->setText(w->format == BodyFormat::Json
                                         ? tr("Each row becomes one JSON member. Check \"Preset\" to send a preset "
                                              "with its own type: a number stays a number, a list stays a list.")
                                         : tr("Each row becomes one name=value pair of the web form, URL-encoded."));
        break;
    case BodyFormat::Custom:
        m_ui->bodyStack->setCurrentWidget(m_ui->customPage);
        break;
    case BodyFormat::None:
        m_ui->bodyStack->setCurrentWidget(m_ui->nonePage);
        m_ui->noBodyLabel->setText(
            methodAllowsBody(w->method)
                ? tr("This request has no body: %1 sends Content-Length: 0.").arg(methodName(w->method))
                : tr("%1 requests carry no body.").arg(methodName(w->method)));
        break;
    }
    fitStack();
    if (m_ui->contentTypeComboBox->currentText() != w->contentType) {
        const QSignalBlocker blocker(m_ui->contentTypeComboBox);
        m_ui->contentTypeComboBox->setEditText(w->contentType);
    }
    setText(m_ui->customBodyTextEdit, w->customBody);
    m_ui->customBodyTextEdit->setJson(isJsonMediaType(w->contentType));
    updateJsonStatus();
}

void BodySection::updateJsonStatus()
{
    const Webhook* w = webhook();
    if (!w || w->format != BodyFormat::Custom) {
        m_ui->customBodyStatusLabel->clear();
        return;
    }
    QPalette p = m_ui->customBodyStatusLabel->palette();
    p.setColor(QPalette::WindowText, Theme::color(Theme::Role::Muted, palette()));
    m_ui->customBodyStatusLabel->setPalette(p);
    if (!isJsonMediaType(w->contentType))
        m_ui->customBodyStatusLabel->setText(tr("Plain text: presets are replaced as they are. Type {{ for the list."));
    else if (m_problems.messages(u"custom_body"_s).isEmpty())
        m_ui->customBodyStatusLabel->setText(tr("✓ Valid JSON once the presets are filled in. Presets inside strings "
                                                "are escaped; outside strings they keep their JSON type."));
    else
        m_ui->customBodyStatusLabel->setText(tr("JSON is checked as you type."));
}

void BodySection::setProblems(const ProblemMap& problems)
{
    m_problems = problems;
    m_model->setProblems(problems);
    QStringList rows;
    const Webhook* w = webhook();
    if (w) {
        for (int i = 0; i < w->body.size(); ++i) {
            for (const QString& m : problems.rowMessages(u"body"_s, i))
                rows.append(tr("%1: %2").arg(w->body[i].key.isEmpty() ? tr("Row %1").arg(i + 1) : w->body[i].key, m));
        }
    }
    Theme::showProblems(m_ui->bodyProblemLabel, rows);
    Theme::showProblems(m_ui->contentTypeProblemLabel, problems.messages(u"content_type"_s));
    Theme::showProblems(m_ui->customBodyProblemLabel, problems.messages(u"custom_body"_s));
    updateJsonStatus();
}

QWidget* BodySection::focusField(const QString& field)
{
    if (field == u"content_type")
        return m_ui->contentTypeComboBox;
    if (field == u"custom_body")
        return m_ui->customBodyTextEdit;
    QString list;
    QString part;
    int row = -1;
    if (!ProblemMap::splitRowField(field, &list, &row, &part) || list != u"body")
        return nullptr;
    const int column = part == u"key" ? BodyTableModel::KeyColumn : BodyTableModel::ValueColumn;
    return selectRow(m_ui->bodyTableView, row, column);
}

} // namespace hooksmith

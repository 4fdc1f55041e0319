#include "EditorSections.h"

#include "BindingModels.h"
#include "EditorTableView.h"
#include "Theme.h"
#include "WorkspaceDocument.h"
#include "ui_BindingSection.h"
#include "ui_DeliverySection.h"
#include "ui_GeneralSection.h"
#include "ui_NameValueSection.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace hooksmith {

// ---- base and helpers ----

EditorSection::EditorSection(WorkspaceDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
{}

void EditorSection::setWebhookIndex(int index)
{
    m_index = index;
    refresh();
}

const Webhook* EditorSection::webhook() const
{
    return m_doc->webhook(m_index);
}

bool EditorSection::edit(const QString& text, const QString& mergeKey, const std::function<void(Webhook&)>& change)
{
    return m_doc->editWebhook(m_index, text, mergeKey, change);
}

namespace SectionUtil {

void setText(QLineEdit* edit, const QString& text)
{
    if (edit->text() == text)
        return;
    const QSignalBlocker blocker(edit);
    const int cursor = edit->cursorPosition();
    edit->setText(text);
    edit->setCursorPosition(qMin(cursor, int(text.size())));
}

void setText(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() == text)
        return;
    const QSignalBlocker blocker(edit);
    const int position = edit->textCursor().position();
    const int scroll = edit->verticalScrollBar()->value();
    edit->setPlainText(text);
    QTextCursor c = edit->textCursor();
    c.setPosition(qMin(position, int(text.size())));
    edit->setTextCursor(c);
    edit->verticalScrollBar()->setValue(scroll);
}

void setComboData(QComboBox* combo, const QVariant& data)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(data));
}

void fitTableHeight(QTableView* view, int maxRows)
{
    const int rows = qMin(qMax(view->model() ? view->model()->rowCount() : 0, 1), maxRows);
    const int rowHeight = view->verticalHeader()->defaultSectionSize();
    const int height = view->horizontalHeader()->sizeHint().height() + rows * rowHeight + 2 * view->frameWidth() +
                       (view->horizontalScrollBar()->isVisible() ? view->horizontalScrollBar()->height() : 0) + 2;
    view->setFixedHeight(height);
}

void setupTable(QTableView* view, WebhookTableModel* model, int stretchColumn)
{
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    QHeaderView* header = view->horizontalHeader();
    header->setHighlightSections(false);
    for (int c = 0; c < model->columnCount(); ++c)
        header->setSectionResizeMode(c, c == stretchColumn ? QHeaderView::Stretch : QHeaderView::Interactive);
    const int iconColumn = view->fontMetrics().height() + 16;
    header->setSectionResizeMode(0, QHeaderView::Fixed);
    header->resizeSection(0, qMax(iconColumn, header->sectionSizeHint(0)));
    // Locked header rows name their source in this column; other rows show the remove button.
    header->setMinimumSectionSize(qMin(header->minimumSectionSize(), iconColumn));
    header->setSectionResizeMode(model->removeColumn(), QHeaderView::ResizeToContents);
    header->resizeSection(model->removeColumn(), iconColumn);
    // Queued: the view is still handling the click on that row, which must not vanish under it.
    QObject::connect(
        view, &QAbstractItemView::clicked, model,
        [model](const QModelIndex& index) {
            if (index.column() == model->removeColumn())
                model->removeRowAt(index.row());
        },
        Qt::QueuedConnection);
    if (auto* editorView = qobject_cast<EditorTableView*>(view)) {
        QObject::connect(editorView, &EditorTableView::rowMoveRequested, model, [view, model](int row, int delta) {
            const int column = view->currentIndex().column();
            if (model->moveRowBy(row, delta))
                view->setCurrentIndex(model->index(row + delta, column));
        });
        QObject::connect(editorView, &EditorTableView::rowDropRequested, model, [view, model](int from, int to) {
            const int column = qMax(0, view->currentIndex().column());
            if (model->moveRowBy(from, to - from))
                view->setCurrentIndex(model->index(to, column));
        });
    }
    // The Delete key itself (QKeySequence::Delete also holds Ctrl+D on X11 desktops: Duplicate).
    auto* remove = new QShortcut(QKeySequence(Qt::Key_Delete), view, nullptr, nullptr, Qt::WidgetShortcut);
    QObject::connect(remove, &QShortcut::activated, model, [view, model] {
        if (view->currentIndex().isValid()) // while a cell is edited, its editor has the focus
            model->removeRowAt(view->currentIndex().row());
    });
    auto fit = [view] {
        fitTableHeight(view);
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, view, fit);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, fit);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, view, fit);
    fit();
}

QWidget* selectRow(QTableView* view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    if (index.isValid()) {
        view->setCurrentIndex(index);
        view->scrollTo(index);
    }
    return view;
}

} // namespace SectionUtil

using namespace SectionUtil;

// ---- general ----

GeneralSection::GeneralSection(WorkspaceDocument* doc, QWidget* parent)
    : EditorSection(doc, parent)
    , m_ui(std::make_unique<Ui::GeneralSection>())
{
    m_ui->setupUi(this);
    for (const Method m : allMethods())
        m_ui->methodComboBox->addItem(methodName(m), methodName(m));
    m_ui->formatComboBox->addItem(tr("JSON"), formatName(BodyFormat::Json));
    m_ui->formatComboBox->addItem(tr("Web form"), formatName(BodyFormat::Form));
    m_ui->formatComboBox->addItem(tr("Custom body"), formatName(BodyFormat::Custom));
    m_ui->formatComboBox->addItem(tr("No body"), formatName(BodyFormat::None));

    connect(m_ui->nameLineEdit, &QLineEdit::textEdited, this,
            [this](const QString& t) { edit(tr("Rename webhook"), u"name"_s, [&](Webhook& w) { w.name = t; }); });
    connect(m_ui->urlLineEdit, &QLineEdit::textEdited, this,
            [this](const QString& t) { edit(tr("Edit URL"), u"url"_s, [&](Webhook& w) { w.url = t; }); });
    connect(m_ui->eventLineEdit, &QLineEdit::textEdited, this,
            [this](const QString& t) { edit(tr("Edit event name"), u"event"_s, [&](Webhook& w) { w.event = t; }); });
    connect(m_ui->methodComboBox, &QComboBox::activated, this, [this](int i) {
        const auto m = methodFromName(m_ui->methodComboBox->itemData(i).toString());
        if (!m)
            return;
        edit(tr("Change method"), {}, [&](Webhook& w) {
            w.method = *m;
            // GET, HEAD and OPTIONS carry no body: the format follows in the same step.
            if (!methodAllowsBody(*m))
                w.format = BodyFormat::None;
        });
    });
    connect(m_ui->formatComboBox, &QComboBox::activated, this, [this](int i) {
        const auto f = formatFromName(m_ui->formatComboBox->itemData(i).toString());
        if (!f)
            return;
        edit(tr("Change format"), {}, [&](Webhook& w) {
            w.format = *f;
            if (*f != BodyFormat::None && !methodAllowsBody(w.method))
                w.method = Method::Post;
            if (*f == BodyFormat::Custom && w.contentType.trimmed().isEmpty())
                w.contentType = u"application/json"_s;
        });
    });
}

GeneralSection::~GeneralSection() = default;

void GeneralSection::refresh()
{
    const Webhook* w = webhook();
    if (!w)
        return;
    setText(m_ui->nameLineEdit, w->name);
    setText(m_ui->urlLineEdit, w->url);
    setText(m_ui->eventLineEdit, w->event);
    setComboData(m_ui->methodComboBox, methodName(w->method));
    setComboData(m_ui->formatComboBox, formatName(w->format));
}

void GeneralSection::setProblems(const ProblemMap& problems)
{
    Theme::showProblems(m_ui->nameProblemLabel, problems.messages(u"name"_s) + problems.messages(u"id"_s));
    Theme::showProblems(m_ui->urlProblemLabel, problems.messages(u"url"_s));
    Theme::showProblems(m_ui->eventProblemLabel, problems.messages(u"event"_s));
    Theme::showProblems(m_ui->formatProblemLabel, problems.messages(u"format"_s) + problems.messages(u"method"_s));
}

QWidget* GeneralSection::focusField(const QString& field)
{
    if (field == u"name" || field == u"id")
        return m_ui->nameLineEdit;
    if (field == u"url")
        return m_ui->urlLineEdit;
    if (field == u"event")
        return m_ui->eventLineEdit;
    if (field == u"method")
        return m_ui->methodComboBox;
    if (field == u"format")
        return m_ui->formatComboBox;
    return nullptr;
}

// ---- headers and query ----

NameValueSection::NameValueSection(NameValueTableModel::Kind kind, WorkspaceDocument* doc, QWidget* parent)
    : EditorSection(doc, parent)
    , m_kind(kind)
    , m_ui(std::make_unique<Ui::NameValueSection>())
    , m_model(new NameValueTableModel(kind, doc, this))
{
    m_ui->setupUi(this);
    const bool headers = kind == NameValueTableModel::Kind::Headers;
    const QString prefix = headers ? u"headers"_s : u"query"_s;
    setObjectName(prefix + u"Section"_s);
    m_ui->groupBox->setObjectName(prefix + u"GroupBox"_s);
    m_ui->tableView->setObjectName(prefix + u"TableView"_s);
    m_ui->addButton->setObjectName(headers ? u"addHeaderButton"_s : u"addQueryButton"_s);
    m_ui->problemLabel->setObjectName(prefix + u"ProblemLabel"_s);
    m_ui->groupBox->setTitle(headers ? tr("Headers") : tr("Query parameters"));
    m_ui->addButton->setText(headers ? tr("Add he&ader") : tr("Add &query parameter"));
    m_ui->tableView->setAccessibleName(headers ? tr("Headers") : tr("Query parameters"));
    m_ui->hintLabel->setText(headers ? tr("Greyed rows with a lock are set by the format, authentication, signing or "
                                          "Hooksmith itself and cannot be edited; hover them to see which.")
                                     : tr("Appended to the URL as ?name=value, percent-encoded."));
    setupTable(m_ui->tableView, m_model, NameValueTableModel::ValueColumn);
    m_ui->tableView->horizontalHeader()->resizeSection(NameValueTableModel::NameColumn, 180);
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        const int row = m_model->appendRow();
        const QModelIndex index = m_model->index(row, NameValueTableModel::NameColumn);
        m_ui->tableView->setCurrentIndex(index);
        m_ui->tableView->edit(index);
    });
}

NameValueSection::~NameValueSection() = default;

void NameValueSection::refresh()
{
    if (m_model->webhookIndex() != m_index)
        m_model->setWebhookIndex(m_index);
}

void NameValueSection::setProblems(const ProblemMap& problems)
{
    m_model->setProblems(problems);
    const QString list = m_kind == NameValueTableModel::Kind::Headers ? u"headers"_s : u"query"_s;
    QStringList messages;
    const Webhook* w = webhook();
    const QList<NameValueRow> rows =
        w ? (m_kind == NameValueTableModel::Kind::Headers ? w->headers : w->query) : QList<NameValueRow>();
    for (int i = 0; i < rows.size(); ++i) {
        for (const QString& m : problems.rowMessages(list, i))
            messages.append(tr("%1: %2").arg(rows[i].name.isEmpty() ? tr("Row %1").arg(i + 1) : rows[i].name, m));
    }
    Theme::showProblems(m_ui->problemLabel, messages);
}

QWidget* NameValueSection::focusField(const QString& field)
{
    QString list;
    QString part;
    int row = -1;
    const QString own = m_kind == NameValueTableModel::Kind::Headers ? u"headers"_s : u"query"_s;
    if (!ProblemMap::splitRowField(field, &list, &row, &part) || list != own)
        return nullptr;
    const int column = part == u"value" ? NameValueTableModel::ValueColumn : NameValueTableModel::NameColumn;
    return selectRow(m_ui->tableView, m_model->modelRow(row), column);
}

// ---- delivery ----

DeliverySection::DeliverySection(WorkspaceDocument* doc, QWidget* parent)
    : EditorSection(doc, parent)
    , m_ui(std::make_unique<Ui::DeliverySection>())
{
    m_ui->setupUi(this);
    connect(m_ui->timeoutSpinBox, &QSpinBox::valueChanged, this, [this](int v) {
        edit(tr("Change timeout"), u"delivery.timeout_ms"_s, [&](Webhook& w) { w.delivery.timeoutMs = v; });
    });
    connect(m_ui->attemptsSpinBox, &QSpinBox::valueChanged, this, [this](int v) {
        edit(tr("Change attempts"), u"delivery.max_attempts"_s, [&](Webhook& w) { w.delivery.maxAttempts = v; });
    });
    connect(m_ui->followRedirectsCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        edit(tr("Change redirects"), {}, [&](Webhook& w) { w.delivery.followRedirects = on; });
    });
    connect(m_ui->orderComboBox, &QComboBox::currentIndexChanged, this, [this](int i) {
        edit(tr("Change delivery order"), {},
             [&](Webhook& w) { w.delivery.order = i == 0 ? DeliveryOrder::Device : DeliveryOrder::None; });
    });
    connect(m_ui->pinnedCertificateLineEdit, &QLineEdit::textEdited, this, [this](const QString& t) {
        edit(tr("Edit pinned certificate"), u"delivery.pinned"_s,
             [&](Webhook& w) { w.delivery.pinnedCertificate = t.trimmed(); });
    });
    connect(m_ui->caFileLineEdit, &QLineEdit::textEdited, this, [this](const QString& t) {
        edit(tr("Edit CA file"), u"delivery.ca_file"_s, [&](Webhook& w) { w.delivery.caFile = t; });
    });
    connect(m_ui->browseCaFileButton, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Certificate authorities"), m_ui->caFileLineEdit->text(),
                                         tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            edit(tr("Choose CA file"), {}, [&](Webhook& w) { w.delivery.caFile = file; });
    });
}

DeliverySection::~DeliverySection() = default;

void DeliverySection::refresh()
{
    const Webhook* w = webhook();
    if (!w)
        return;
    {
        const QSignalBlocker b1(m_ui->timeoutSpinBox);
        const QSignalBlocker b2(m_ui->attemptsSpinBox);
        const QSignalBlocker b3(m_ui->followRedirectsCheckBox);
        const QSignalBlocker b4(m_ui->orderComboBox);
        m_ui->timeoutSpinBox->setValue(w->delivery.timeoutMs);
        m_ui->attemptsSpinBox->setValue(w->delivery.maxAttempts);
        m_ui->followRedirectsCheckBox->setChecked(w->delivery.followRedirects);
        m_ui->orderComboBox->setCurrentIndex(w->delivery.order == DeliveryOrder::Device ? 0 : 1);
    }
    setText(m_ui->pinnedCertificateLineEdit, w->delivery.pinnedCertificate);
    setText(m_ui->caFileLineEdit, w->delivery.caFile);
}

void DeliverySection::setProblems(const ProblemMap& problems)
{
    Theme::showProblems(m_ui->timeoutProblemLabel, problems.messages(u"delivery.timeout_ms"_s));
    Theme::showProblems(m_ui->attemptsProblemLabel, problems.messages(u"delivery.max_attempts"_s));
    Theme::showProblems(m_ui->pinnedProblemLabel, problems.messages(u"delivery.pinned_certificate_sha256"_s));
}

QWidget* DeliverySection::focusField(const QString& field)
{
    if (field == u"delivery.timeout_ms")
        return m_ui->timeoutSpinBox;
    if (field == u"delivery.max_attempts")
        return m_ui->attemptsSpinBox;
    if (field.startsWith(u"delivery.pinned"))
        return m_ui->pinnedCertificateLineEdit;
    if (field.startsWith(u"delivery."))
        return m_ui->caFileLineEdit;
    return nullptr;
}

// ---- devices and signals ----

BindingSection::BindingSection(WorkspaceDocument* doc, QWidget* parent)
    : EditorSection(doc, parent)
    , m_ui(std::make_unique<Ui::BindingSection>())
    , m_devices(new DeviceBindingModel(doc, this))
    , m_signals(new SignalFilterModel(doc, this))
{
    m_ui->setupUi(this);
    m_ui->deviceBindingListView->setModel(m_devices);
    m_ui->signalFilterListView->setModel(m_signals);
    // The lists are as tall as their rows (up to a point), so that the editor scrolls as one page.
    for (QListView* view : {m_ui->deviceBindingListView, m_ui->signalFilterListView}) {
        auto fit = [view] {
            const int rows = qBound(2, view->model()->rowCount(), 8);
            const int row = qMax(view->sizeHintForRow(0), view->fontMetrics().height() + 6);
            view->setFixedHeight(rows * row + 2 * view->frameWidth() + 4);
        };
        connect(view->model(), &QAbstractItemModel::modelReset, view, fit);
        fit();
    }
    connect(m_ui->addSignalFilterButton, &QPushButton::clicked, this,
            [this] { m_signals->addNumber(m_ui->signalNumberSpinBox->value()); });
}

BindingSection::~BindingSection() = default;

void BindingSection::refresh()
{
    if (m_devices->webhookIndex() != m_index) {
        m_devices->setWebhookIndex(m_index);
        m_signals->setWebhookIndex(m_index);
    }
    const Webhook* w = webhook();
    m_ui->signalFilterHintLabel->setText(w && !w->signalNumbers.isEmpty()
                                             ? tr("Only the checked signals fire this webhook.")
                                             : tr("No signal checked: every signal fires this webhook."));
}

void BindingSection::setProblems(const ProblemMap& problems)
{
    Theme::showProblems(m_ui->devicesProblemLabel, problems.messagesUnder(u"devices["_s));
    Theme::showProblems(m_ui->signalsProblemLabel, problems.messagesUnder(u"signals["_s));
}

QWidget* BindingSection::focusField(const QString& field)
{
    if (field.startsWith(u"devices["))
        return m_ui->deviceBindingListView;
    if (field.startsWith(u"signals["))
        return m_ui->signalFilterListView;
    return nullptr;
}

} // namespace hooksmith

#include "ExportDialog.h"

#include "export/ExportFormats.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

QString instanceName(const QString& path)
{
    QString name = QFileInfo(path).fileName();
    if (name.endsWith(u".hooksmith.json"_s))
        name.chop(15);
    else if (name.endsWith(u".json"_s))
        name.chop(5);
    return name.isEmpty() ? u"hooksmith"_s : name;
}

} // namespace

ExportDialog::ExportDialog(const Workspace& workspace, const QString& workspacePath, const QString& currentWebhookId,
                           QWidget* parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_path(workspacePath)
{
    setWindowTitle(tr("Export"));
    setObjectName(u"exportDialog"_s);

    m_format = new QComboBox(this);
    m_format->setObjectName(u"formatComboBox"_s);
    for (const QString& f : ExportFormats::names())
        m_format->addItem(u"%1 — %2"_s.arg(f, ExportFormats::description(f)), f);

    m_webhooks = new QListWidget(this);
    m_webhooks->setObjectName(u"webhooksListWidget"_s);
    for (const Webhook& w : m_ws.webhooks) {
        auto* item = new QListWidgetItem(w.name, m_webhooks);
        item->setData(Qt::UserRole, w.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(w.id == currentWebhookId ? Qt::Checked : Qt::Unchecked);
    }
    if (currentWebhookId.isEmpty() && m_webhooks->count() > 0)
        m_webhooks->item(0)->setCheckState(Qt::Checked);

    m_environment = new QComboBox(this);
    m_environment->setObjectName(u"environmentComboBox"_s);
    for (const Environment& e : m_ws.environments)
        m_environment->addItem(e.name, e.name);
    if (const Environment* active = m_ws.activeEnvironment())
        m_environment->setCurrentIndex(m_environment->findData(active->name));
    m_keepVariables = new QCheckBox(tr("Keep its variables as variables of the tool (else their values are "
                                       "written in)"),
                                    this);
    m_keepVariables->setObjectName(u"keepVariablesCheckBox"_s);

    m_fill = new QCheckBox(tr("Fill the presets with this signal (else they are left as variables)"), this);
    m_fill->setObjectName(u"fillCheckBox"_s);
    m_device = new QComboBox(this);
    m_device->setObjectName(u"deviceComboBox"_s);
    for (const Device& d : m_ws.devices)
        m_device->addItem(d.name.isEmpty() ? d.token : d.name, d.token);
    m_device->addItem(sampleDevice().name, sampleDevice().token);
    m_signal = new QSpinBox(this);
    m_signal->setObjectName(u"signalSpinBox"_s);
    m_signal->setRange(0, Signal::kMaxNumber);
    m_value = new QLineEdit(u"0"_s, this);
    m_value->setObjectName(u"valueLineEdit"_s);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(u"previewPlainTextEdit"_s);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFont(u"monospace"_s));
    m_warnings = new QListWidget(this);
    m_warnings->setObjectName(u"warningsListWidget"_s);
    m_warnings->setMaximumHeight(90);

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Webhooks:"), m_webhooks);
    if (!m_ws.environments.isEmpty()) {
        form->addRow(tr("&Environment:"), m_environment);
        form->addRow(m_keepVariables);
    } else {
        m_environment->hide();
        m_keepVariables->hide();
    }
    form->addRow(m_fill);
    form->addRow(tr("&Device:"), m_device);
    form->addRow(tr("&Signal:"), m_signal);
    form->addRow(tr("&Value (JSON):"), m_value);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(u"saveButton"_s);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(u"copyButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ExportDialog::save);
    connect(m_copy, &QPushButton::clicked, this, &ExportDialog::copy);

    auto* left = new QVBoxLayout;
    left->addLayout(form);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Preview (secrets are read from environment variables, never written):"), this));
    right->addWidget(m_preview, 1);
    right->addWidget(new QLabel(tr("Not carried:"), this));
    right->addWidget(m_warnings);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(1000, 600);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);
    connect(m_webhooks, &QListWidget::itemChanged, this, &ExportDialog::refresh);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);
    connect(m_keepVariables, &QCheckBox::toggled, this, &ExportDialog::refresh);
    connect(m_fill, &QCheckBox::toggled, this, &ExportDialog::refresh);
    connect(m_device, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);
    connect(m_signal, &QSpinBox::valueChanged, this, &ExportDialog::refresh);
    connect(m_value, &QLineEdit::textChanged, this, &ExportDialog::refresh);
    m_format->setCurrentIndex(m_format->findData(u"curl"_s));
    refresh();
}

ExportDialog::~ExportDialog() = default;

QList<const Webhook*> ExportDialog::chosenWebhooks() const
{
    QList<const Webhook*> out;
    for (int i = 0; i < m_webhooks->count(); ++i) {
        if (m_webhooks->item(i)->checkState() == Qt::Checked)
            out.append(&m_ws.webhooks[i]);
    }
    return out;
}

void ExportDialog::refresh()
{
    const QString format = m_format->currentData().toString();
    const bool fill = m_fill->isChecked();
    m_device->setEnabled(fill);
    m_signal->setEnabled(fill);
    m_value->setEnabled(fill);
    m_warnings->clear();
    m_output.reset();

    ExportJob job;
    job.workspace = &m_ws;
    job.instanceName = instanceName(m_path);
    job.webhooks = chosenWebhooks();
    m_ws.activeEnvironmentName = m_environment->currentData().toString();
    job.variables = m_keepVariables->isChecked() ? ExportVariables::Keep : ExportVariables::Resolve;
    ExportFill exportFill;
    if (fill) {
        exportFill.device = m_ws.deviceByToken(m_device->currentData().toString());
        if (!exportFill.device)
            exportFill.device = &sampleDevice();
        const Result<JsonValue> value = SignalValues::fromArgument(m_value->text());
        Signal signal;
        signal.deviceToken = exportFill.device->token;
        signal.number = m_signal->value();
        signal.value = value ? *value : JsonValue::string(m_value->text());
        signal.receivedAt = QDateTime::currentDateTimeUtc();
        exportFill.signal = signal;
        exportFill.messageId = newUuid();
        job.fill = &exportFill;
    }
    const Result<ExportOutput> output = ExportFormats::run(format, job);
    if (!output) {
        m_preview->setPlainText(output.errorMessage());
        m_save->setEnabled(false);
        m_copy->setEnabled(false);
        return;
    }
    m_output = std::make_unique<ExportOutput>(*output);
    for (const QString& w : m_output->warnings)
        m_warnings->addItem(w);
    m_preview->setPlainText(previewText());
    m_save->setEnabled(true);
    m_copy->setEnabled(true);
}

QString ExportDialog::previewText() const
{
    if (!m_output)
        return m_preview->toPlainText();
    if (m_output->files.size() == 1 && !m_output->directory)
        return QString::fromUtf8(m_output->files.front().data);
    QString out;
    for (const ExportFile& f : m_output->files)
        out += u"==> %1 <==\n"_s.arg(f.name) + QString::fromUtf8(f.data) + u'\n';
    return out;
}

QStringList ExportDialog::warnings() const
{
    return m_output ? m_output->warnings : QStringList();
}

bool ExportDialog::saveTo(const QString& path, QString* error)
{
    if (!m_output)
        return false;
    auto write = [error](const QString& file, const ExportFile& f) {
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(f.data) != f.data.size() || !out.commit()) {
            if (error)
                *error = tr("Cannot write %1: %2").arg(file, out.errorString());
            return false;
        }
        if (f.executable)
            QFile::setPermissions(file, QFile::permissions(file) | QFile::ExeOwner | QFile::ExeGroup);
        return true;
    };
    if (!m_output->directory)
        return write(path, m_output->files.front());
    if (QFileInfo::exists(path)) {
        if (error)
            *error = tr("%1 exists: choose a new directory").arg(path);
        return false;
    }
    if (!QDir().mkpath(path)) {
        if (error)
            *error = tr("Cannot create the directory %1").arg(path);
        return false;
    }
    for (const ExportFile& f : m_output->files) {
        if (!write(QDir(path).filePath(f.name), f))
            return false;
    }
    return true;
}

void ExportDialog::save()
{
    if (!m_output)
        return;
    const QString dir = QFileInfo(m_path).absolutePath();
    QString path;
    if (m_output->directory) {
        path = QFileDialog::getSaveFileName(this, tr("Export to a new directory"),
                                            QDir(dir).filePath(instanceName(m_path) + u"-export"_s));
    } else {
        path = QFileDialog::getSaveFileName(this, tr("Export"), QDir(dir).filePath(m_output->files.front().name));
    }
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Export"), error);
}

void ExportDialog::copy()
{
    QGuiApplication::clipboard()->setText(previewText());
}

} // namespace hooksmith

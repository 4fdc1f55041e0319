#include "ImportDialog.h"

#include "MainWindow.h"
#include "WorkspaceDocument.h"
#include "import/CurlImport.h"
#include "import/PostmanImport.h"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

void showMessage(QWidget* parent, QMessageBox::Icon icon, const QString& objectName, const QString& title,
                 const QString& text, const QString& details = {})
{
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(objectName);
    if (!details.isEmpty())
        box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not exec(): nothing waits in a nested event loop
}

} // namespace

ImportDialog::ImportDialog(QWidget* parent)
    : QDialog(parent)
    , m_curlRadio(new QRadioButton(tr("A &curl command"), this))
    , m_postmanRadio(new QRadioButton(tr("A &Postman collection (v2.1)"), this))
    , m_curlEdit(new QPlainTextEdit(this))
    , m_fileEdit(new QLineEdit(this))
    , m_fileRow(new QWidget(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import Webhooks"));
    m_curlRadio->setObjectName(u"curlRadioButton"_s);
    m_postmanRadio->setObjectName(u"postmanRadioButton"_s);
    m_curlEdit->setObjectName(u"curlPlainTextEdit"_s);
    m_curlEdit->setPlaceholderText(tr("curl 'https://hooks.example.com/in' -H 'Content-Type: application/json' "
                                      "--data-raw '{\"door\": \"open\"}'"));
    m_curlEdit->setTabChangesFocus(true);
    m_fileEdit->setObjectName(u"postmanFileLineEdit"_s);
    m_fileEdit->setPlaceholderText(tr("Collection file (*.postman_collection.json)"));
    m_errorLabel->setObjectName(u"importErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();
    m_buttons->setObjectName(u"importButtonBox"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));

    auto* browse = new QPushButton(tr("&Browse…"), m_fileRow);
    browse->setObjectName(u"browseButton"_s);
    auto* fileLayout = new QHBoxLayout(m_fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_fileEdit);
    fileLayout->addWidget(browse);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Each request becomes a webhook in this workspace. Presets such as "
                                "{{DEVICE_TOKEN}} stay presets; what cannot be carried over is listed afterwards."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_curlRadio);
    layout->addWidget(m_curlEdit);
    layout->addWidget(m_postmanRadio);
    layout->addWidget(m_fileRow);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    m_curlRadio->setChecked(true);
    updateMode();
    resize(640, 420);

    connect(m_curlRadio, &QRadioButton::toggled, this, &ImportDialog::updateMode);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import Postman collection"), QString(),
                                         tr("Postman collections (*.postman_collection.json *.json);;All files (*)"));
        if (!path.isEmpty()) {
            m_postmanRadio->setChecked(true);
            m_fileEdit->setText(path);
        }
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::tryImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ImportDialog::updateMode()
{
    const bool curl = m_curlRadio->isChecked();
    m_curlEdit->setEnabled(curl);
    m_fileRow->setEnabled(!curl);
    m_errorLabel->hide();
}

void ImportDialog::tryImport()
{
    Result<ImportResult> read = Error();
    if (m_curlRadio->isChecked()) {
        read = CurlImport::parse(m_curlEdit->toPlainText());
    } else {
        const QString path = m_fileEdit->text().trimmed();
        QFile file(path);
        if (path.isEmpty())
            read = Error(tr("Choose a collection file."));
        else if (!file.open(QIODevice::ReadOnly))
            read = Error(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        else if (auto parsed = PostmanImport::parse(file.readAll()); !parsed)
            read = Error(tr("%1: %2").arg(path, parsed.errorMessage()));
        else
            read = std::move(parsed);
    }
    if (!read) {
        m_errorLabel->setText(read.errorMessage());
        m_errorLabel->show();
        return;
    }
    m_result = std::move(read).value();
    accept();
}

int WebhookImport::add(WorkspaceDocument* doc, ImportResult result, QWidget* parent)
{
    Workspace names = doc->workspace();
    addImportedWebhooks(names, result.webhooks);
    const QStringList notes = addImportedEnvironment(names, result.environment);
    QList<Webhook> webhooks;
    QList<std::optional<QString>> passwords;
    for (const ImportedWebhook& w : result.webhooks) {
        webhooks.append(w.webhook);
        passwords.append(w.password);
    }
    const QString text = webhooks.size() == 1 ? tr("Import webhook \"%1\"").arg(webhooks.front().name)
                                              : tr("Import %n webhook(s)", nullptr, int(webhooks.size()));
    const int first =
        doc->addWebhooks(text, webhooks, passwords,
                         notes.isEmpty() ? std::nullopt : std::optional<QList<Environment>>(names.environments));
    result.warnings += notes;
    if (!result.warnings.isEmpty()) {
        showMessage(parent, QMessageBox::Information, u"importWarningsMessageBox"_s, tr("Imported with warnings"),
                    tr("%n webhook(s) imported. Not everything came across exactly:", nullptr, int(webhooks.size())),
                    u"• "_s + result.warnings.join(u"\n• "_s));
    }
    return first;
}

int WebhookImport::pasteCurl(WorkspaceDocument* doc, const QString& text, QWidget* parent)
{
    if (!CurlImport::looksLikeCurl(text)) {
        showMessage(parent, QMessageBox::Warning, u"errorMessageBox"_s, tr("Paste curl command"),
                    tr("The clipboard holds no curl command. Copy a command line that starts with curl, for "
                       "example with \"Copy as cURL\" in a browser's developer tools."));
        return -1;
    }
    auto read = CurlImport::parse(text);
    if (!read) {
        showMessage(parent, QMessageBox::Warning, u"errorMessageBox"_s, tr("Paste curl command"),
                    tr("The curl command cannot be imported: %1").arg(read.errorMessage()));
        return -1;
    }
    return add(doc, std::move(read).value(), parent);
}

void WebhookImport::connectActions(MainWindow* window, QAction* paste, QAction* import)
{
    QObject::connect(paste, &QAction::triggered, window, [window] {
        const int index = pasteCurl(window->document(), QGuiApplication::clipboard()->text(), window);
        if (index >= 0)
            window->selectWebhook(index);
    });
    QObject::connect(import, &QAction::triggered, window, [window] {
        auto* dialog = new ImportDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::accepted, window, [window, dialog] {
            window->selectWebhook(add(window->document(), dialog->result(), window));
        });
        dialog->open();
    });
}

} // namespace hooksmith

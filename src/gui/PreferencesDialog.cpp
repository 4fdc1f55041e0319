#include "PreferencesDialog.h"

#include "Paths.h"
#include "SecretStore.h"
#include "ui_PreferencesDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QHostAddress>
#include <QPointer>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace hooksmith {

PreferencesDialog::PreferencesDialog(const Preferences& preferences, SecretStore* secrets, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_secrets(secrets)
{
    m_ui->setupUi(this);
    setObjectName(u"preferencesDialog"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    QPushButton* restore = m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults);
    restore->setObjectName(u"restoreDefaultsButton"_s);

    m_ui->languageComboBox->addItem(tr("System default"), QString());
    for (const Preferences::Language& l : Preferences::languages())
        m_ui->languageComboBox->addItem(l.name, l.code);
    m_ui->themeComboBox->addItem(tr("System"), Theme::modeName(Theme::Mode::System));
    m_ui->themeComboBox->addItem(tr("Light"), Theme::modeName(Theme::Mode::Light));
    m_ui->themeComboBox->addItem(tr("Dark"), Theme::modeName(Theme::Mode::Dark));
    m_ui->defaultOrderComboBox->addItem(tr("Each device in order"), deliveryOrderName(DeliveryOrder::Device));
    m_ui->defaultOrderComboBox->addItem(tr("Any order, as many at once as possible"),
                                        deliveryOrderName(DeliveryOrder::None));
    m_ui->proxyModeComboBox->addItem(tr("System settings"), proxyModeName(ProxySettings::Mode::System));
    m_ui->proxyModeComboBox->addItem(tr("No proxy"), proxyModeName(ProxySettings::Mode::None));
    m_ui->proxyModeComboBox->addItem(tr("Manual"), proxyModeName(ProxySettings::Mode::Manual));
    m_ui->outboxDirLineEdit->setPlaceholderText(QDir::toNativeSeparators(Paths::outboxDir()));
    // A long folder is cut off in the field: the whole of it on hover.
    const auto showWhole = [this] {
        const QString text = m_ui->outboxDirLineEdit->text();
        m_ui->outboxDirLineEdit->setToolTip(text.isEmpty() ? m_ui->outboxDirLineEdit->placeholderText() : text);
    };
    connect(m_ui->outboxDirLineEdit, &QLineEdit::textChanged, this, showWhole);
    showWhole();

    const bool persistent = secrets && secrets->isPersistent();
    QString note = tr("Requests to this computer (localhost, 127.0.0.1) never go through a manual proxy.");
    if (persistent)
        note += u' ' + tr("The password is kept in the keychain, never in the settings file.");
    else
        note += u' ' + tr("There is no keychain: the password is kept for this session only.");
    m_ui->proxyNoteLabel->setText(note);

    setPreferences(preferences);

    connect(restore, &QPushButton::clicked, this, &PreferencesDialog::restoreDefaults);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_ui->proxyModeComboBox, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateProxyFields);
    connect(m_ui->proxyPasswordLineEdit, &QLineEdit::textEdited, this, [this] { m_passwordEdited = true; });
    connect(m_ui->browseOutboxDirButton, &QPushButton::clicked, this, [this] {
        const QString start =
            m_ui->outboxDirLineEdit->text().isEmpty() ? Paths::outboxDir() : m_ui->outboxDirLineEdit->text();
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Outbox folder"), start);
        if (!dir.isEmpty())
            m_ui->outboxDirLineEdit->setText(QDir::toNativeSeparators(dir));
    });

    // The password is asked for only when it is used: reading the keychain may ask to unlock it.
    if (secrets && preferences.proxy.mode == ProxySettings::Mode::Manual && !preferences.proxy.user.isEmpty()) {
        secrets->read(SecretKey::forProxyPassword(), [self = QPointer(this)](Result<std::optional<QString>> r) {
            if (!self || self->m_passwordEdited)
                return;
            if (!r)
                self->showProblem(self->m_ui->proxyProblemLabel,
                                  tr("The proxy password could not be read: %1").arg(r.errorMessage()));
            else if (r.value())
                self->m_ui->proxyPasswordLineEdit->setText(*r.value());
        });
    }
}

PreferencesDialog::~PreferencesDialog() = default;

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = m_ui->languageComboBox->currentData().toString();
    p.theme = Theme::modeFromName(m_ui->themeComboBox->currentData().toString()).value_or(Theme::Mode::System);
    p.delivery.timeoutMs = m_ui->defaultTimeoutSpinBox->value();
    p.delivery.maxAttempts = m_ui->defaultAttemptsSpinBox->value();
    p.delivery.followRedirects = m_ui->defaultFollowRedirectsCheckBox->isChecked();
    p.delivery.order =
        deliveryOrderFromName(m_ui->defaultOrderComboBox->currentData().toString()).value_or(DeliveryOrder::Device);
    const QString outbox = m_ui->outboxDirLineEdit->text().trimmed();
    p.outboxDir = outbox.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(outbox));
    p.receiverPort = quint16(m_ui->receiverPortSpinBox->value());
    p.proxy.mode = proxyModeFromName(m_ui->proxyModeComboBox->currentData().toString());
    p.proxy.host = m_ui->proxyHostLineEdit->text().trimmed();
    p.proxy.port = quint16(m_ui->proxyPortSpinBox->value());
    p.proxy.user = m_ui->proxyUserLineEdit->text().trimmed();
    return p;
}

void PreferencesDialog::setPreferences(const Preferences& p)
{
    auto select = [](QComboBox* combo, const QString& data) {
        combo->setCurrentIndex(qMax(0, combo->findData(data)));
    };
    select(m_ui->languageComboBox, p.language);
    select(m_ui->themeComboBox, Theme::modeName(p.theme));
    m_ui->defaultTimeoutSpinBox->setValue(p.delivery.timeoutMs);
    m_ui->defaultAttemptsSpinBox->setValue(p.delivery.maxAttempts);
    m_ui->defaultFollowRedirectsCheckBox->setChecked(p.delivery.followRedirects);
    select(m_ui->defaultOrderComboBox, deliveryOrderName(p.delivery.order));
    m_ui->outboxDirLineEdit->setText(QDir::toNativeSeparators(p.outboxDir));
    m_ui->receiverPortSpinBox->setValue(p.receiverPort);
    select(m_ui->proxyModeComboBox, proxyModeName(p.proxy.mode));
    m_ui->proxyHostLineEdit->setText(p.proxy.host);
    m_ui->proxyPortSpinBox->setValue(p.proxy.port);
    m_ui->proxyUserLineEdit->setText(p.proxy.user);
    updateProxyFields();
}

void PreferencesDialog::restoreDefaults()
{
    setPreferences(Preferences{});
    // The default is no manual proxy, and so no password.
    if (!m_ui->proxyPasswordLineEdit->text().isEmpty()) {
        m_ui->proxyPasswordLineEdit->clear();
        m_passwordEdited = true;
    }
    showProblem(m_ui->outboxProblemLabel, {});
    showProblem(m_ui->proxyProblemLabel, {});
}

std::optional<QString> PreferencesDialog::changedProxyPassword() const
{
    if (!m_passwordEdited)
        return std::nullopt;
    return m_ui->proxyPasswordLineEdit->text();
}

void PreferencesDialog::accept()
{
    const Preferences p = preferences();
    m_problem.clear();
    showProblem(m_ui->outboxProblemLabel, {});
    showProblem(m_ui->proxyProblemLabel, {});
    if (!p.outboxDir.isEmpty()) {
        if (const Status st = checkWritableFolder(p.outboxDir); !st) {
            m_ui->pagesTabWidget->setCurrentWidget(m_ui->deliveryPage);
            showProblem(m_ui->outboxProblemLabel, st.errorMessage());
            m_ui->outboxDirLineEdit->setFocus();
            return;
        }
    }
    if (p.proxy.mode == ProxySettings::Mode::Manual) {
        QString why;
        if (p.proxy.host.isEmpty())
            why = tr("A manual proxy needs a host: give its name or address, or choose another proxy setting.");
        else if (p.proxy.host.contains(u'/') || p.proxy.host.contains(u' ') ||
                 (p.proxy.host.contains(u':') && QHostAddress(p.proxy.host).isNull()))
            why = tr("Give only the proxy's host name or address (such as proxy.example.com), without http://, a "
                     "path or a port: the port has a field of its own.");
        if (!why.isEmpty()) {
            m_ui->pagesTabWidget->setCurrentWidget(m_ui->networkPage);
            showProblem(m_ui->proxyProblemLabel, why);
            m_ui->proxyHostLineEdit->setFocus();
            return;
        }
    }
    QDialog::accept();
}

void PreferencesDialog::updateProxyFields()
{
    const bool manual =
        proxyModeFromName(m_ui->proxyModeComboBox->currentData().toString()) == ProxySettings::Mode::Manual;
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->proxyHostLineEdit), static_cast<QWidget*>(m_ui->proxyPortSpinBox),
          static_cast<QWidget*>(m_ui->proxyUserLineEdit), static_cast<QWidget*>(m_ui->proxyPasswordLineEdit)})
        w->setEnabled(manual);
}

void PreferencesDialog::showProblem(QWidget* label, const QString& message)
{
    if (!message.isEmpty())
        m_problem = message;
    Theme::showProblems(label, message.isEmpty() ? QStringList() : QStringList{message});
}

} // namespace hooksmith

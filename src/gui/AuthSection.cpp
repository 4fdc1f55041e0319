#include "EditorSections.h"
#include "Theme.h"
#include "WorkspaceDocument.h"
#include "ui_AuthSection.h"

#include <QFormLayout>

using namespace Qt::StringLiterals;

namespace hooksmith {

using namespace SectionUtil;

namespace {

void setupRevealButton(QToolButton* button, QLineEdit* edit, const QString& show, const QString& hide)
{
    button->setIcon(Theme::icon(u"eye"_s));
    QObject::connect(button, &QToolButton::toggled, edit, [=](bool on) {
        edit->setProperty("revealed", on);
        edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        button->setIcon(Theme::icon(on ? u"eye-off"_s : u"eye"_s));
        button->setToolTip(on ? hide : show);
    });
}

} // namespace

AuthSection::AuthSection(WorkspaceDocument* doc, QWidget* parent)
    : EditorSection(doc, parent)
    , m_ui(std::make_unique<Ui::AuthSection>())
{
    m_ui->setupUi(this);
    m_ui->authTypeComboBox->addItem(tr("None"), authTypeName(AuthType::None));
    m_ui->authTypeComboBox->addItem(tr("Basic authentication"), authTypeName(AuthType::Basic));
    m_ui->signingSchemeComboBox->addItem(tr("None"), signingSchemeName(SigningScheme::None));
    m_ui->signingSchemeComboBox->addItem(tr("Standard Webhooks"), signingSchemeName(SigningScheme::StandardWebhooks));
    m_ui->signingSchemeComboBox->addItem(tr("GitHub (X-Hub-Signature-256)"), signingSchemeName(SigningScheme::Github));
    m_ui->signingSchemeComboBox->addItem(tr("Stripe (Stripe-Signature)"), signingSchemeName(SigningScheme::Stripe));
    setupRevealButton(m_ui->showPasswordButton, m_ui->passwordLineEdit, tr("Show the password"),
                      tr("Hide the password"));
    setupRevealButton(m_ui->showSecretButton, m_ui->signingSecretLineEdit, tr("Show the secret"),
                      tr("Hide the secret"));

    connect(m_ui->authTypeComboBox, &QComboBox::activated, this, [this](int i) {
        const auto t = authTypeFromName(m_ui->authTypeComboBox->itemData(i).toString());
        if (t)
            edit(tr("Change authentication"), {}, [&](Webhook& w) { w.auth.type = *t; });
    });
    connect(m_ui->usernameLineEdit, &QLineEdit::textEdited, this, [this](const QString& t) {
        edit(tr("Edit username"), u"auth.username"_s, [&](Webhook& w) { w.auth.username = t; });
    });
    connect(m_ui->passwordLineEdit, &QLineEdit::textEdited, this,
            [this](const QString& t) { m_doc->editSecret(m_index, SecretKey::Field::Password, t); });
    connect(m_ui->signingSchemeComboBox, &QComboBox::activated, this, [this](int i) {
        const auto s = signingSchemeFromName(m_ui->signingSchemeComboBox->itemData(i).toString());
        if (s)
            edit(tr("Change signing"), {}, [&](Webhook& w) { w.signing.scheme = *s; });
    });
    connect(m_ui->signingSecretLineEdit, &QLineEdit::textEdited, this,
            [this](const QString& t) { m_doc->editSecret(m_index, SecretKey::Field::SigningSecret, t); });
    // A secret saved for another origin than the URL's: the user confirms the new one explicitly.
    connect(m_ui->confirmPasswordOriginButton, &QPushButton::clicked, this,
            [this] { m_doc->confirmSecretOrigin(m_index, SecretKey::Field::Password); });
    connect(m_ui->confirmSigningOriginButton, &QPushButton::clicked, this,
            [this] { m_doc->confirmSecretOrigin(m_index, SecretKey::Field::SigningSecret); });
    connect(doc, &WorkspaceDocument::problemsChanged, this, &AuthSection::refreshOriginButtons);
    connect(doc, &WorkspaceDocument::secretChanged, this, [this](const QString& key) {
        if (key == m_doc->secretKey(m_index, SecretKey::Field::Password).toString() ||
            key == m_doc->secretKey(m_index, SecretKey::Field::SigningSecret).toString())
            refresh();
    });

    updateStoreHint();
    if (SecretStore* store = doc->secretStore())
        connect(store, &SecretStore::persistenceChanged, this, &AuthSection::updateStoreHint);
}

AuthSection::~AuthSection() = default;

void AuthSection::updateStoreHint()
{
    SecretStore* store = m_doc->secretStore();
    const QString where = store && store->isPersistent()
                              ? tr("Kept in the OS keychain, never in the workspace file.")
                              : tr("Kept in memory for this session only (%1), never in the workspace file.")
                                    .arg(store ? store->unavailableReason() : tr("no secret store"));
    const QString env = tr("Write {{env:NAME}} to read it from the environment when sending (for servers).");
    m_ui->passwordHintLabel->setText(where + u' ' + env);
    m_ui->signingHintLabel->setText(where + u' ' + env);
}

void AuthSection::refreshSecret(QLineEdit* edit, const std::optional<QString>& inFile, int field, bool needed)
{
    const SecretKey key = m_doc->secretKey(m_index, SecretKey::Field(field));
    // An {{env:NAME}} reference is not a secret: it is shown as written.
    const bool shown = inFile || edit->property("revealed").toBool();
    edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    if (inFile) {
        edit->setEnabled(true);
        setText(edit, *inFile);
        return;
    }
    if (m_doc->isSecretKnown(key)) {
        edit->setEnabled(true);
        const QString readError = m_doc->secretReadError(key);
        edit->setPlaceholderText(readError.isEmpty() ? tr("Not set")
                                                     : tr("Could not read the keychain: %1").arg(readError));
        setText(edit, m_doc->cachedSecret(key).value_or(QString()));
        return;
    }
    // Read lazily, only when the section needs it: the keychain may ask the user to unlock.
    setText(edit, QString());
    if (needed) {
        edit->setEnabled(false);
        edit->setPlaceholderText(tr("Reading the keychain…"));
        m_doc->fetchSecret(key);
    }
}

void AuthSection::refresh()
{
    const Webhook* w = webhook();
    if (!w)
        return;
    const bool basic = w->auth.type == AuthType::Basic;
    const bool signing = w->signing.scheme != SigningScheme::None;
    setComboData(m_ui->authTypeComboBox, authTypeName(w->auth.type));
    setComboData(m_ui->signingSchemeComboBox, signingSchemeName(w->signing.scheme));
    setText(m_ui->usernameLineEdit, w->auth.username);
    m_ui->authForm->setRowVisible(m_ui->usernameLineEdit, basic);
    m_ui->authForm->setRowVisible(m_ui->passwordRow, basic);
    m_ui->authForm->setRowVisible(m_ui->passwordHintLabel, basic);
    m_ui->signingForm->setRowVisible(m_ui->secretRow, signing);
    m_ui->signingForm->setRowVisible(m_ui->signingHintLabel, signing);
    refreshSecret(m_ui->passwordLineEdit, w->auth.password, int(SecretKey::Field::Password), basic);
    refreshSecret(m_ui->signingSecretLineEdit, w->signing.secret, int(SecretKey::Field::SigningSecret), signing);
    refreshOriginButtons();
}

void AuthSection::refreshOriginButtons()
{
    auto show = [this](QPushButton* button, SecretKey::Field field) {
        const auto mismatch = m_doc->secretOriginMismatch(m_index, field);
        button->setVisible(mismatch.has_value());
        if (!mismatch)
            return;
        button->setText(tr("Use it for %1").arg(mismatch->second.toString()));
        button->setToolTip(tr("The secret was saved for %1. Save it again for %2, the server the URL points to now, "
                              "so that it is sent there.")
                               .arg(mismatch->first.toString(), mismatch->second.toString()));
    };
    show(m_ui->confirmPasswordOriginButton, SecretKey::Field::Password);
    show(m_ui->confirmSigningOriginButton, SecretKey::Field::SigningSecret);
}

void AuthSection::setProblems(const ProblemMap& problems)
{
    Theme::showProblems(m_ui->usernameProblemLabel, problems.messages(u"auth.username"_s));
    Theme::showProblems(m_ui->passwordProblemLabel, problems.messages(u"auth.password"_s));
    Theme::showProblems(m_ui->signingSecretProblemLabel, problems.messages(u"signing.secret"_s));
}

QWidget* AuthSection::focusField(const QString& field)
{
    if (field == u"auth.username")
        return m_ui->usernameLineEdit;
    if (field == u"auth.password")
        return m_ui->passwordLineEdit;
    if (field == u"auth.type")
        return m_ui->authTypeComboBox;
    if (field.startsWith(u"signing."))
        return field == u"signing.scheme" ? static_cast<QWidget*>(m_ui->signingSchemeComboBox)
                                          : m_ui->signingSecretLineEdit;
    return nullptr;
}

} // namespace hooksmith

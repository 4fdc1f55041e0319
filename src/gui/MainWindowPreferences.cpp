// The main window's side of Edit > Preferences: the action, the dialog, and applying what it sets.
#include "AppRuntime.h"
#include "Config.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "ReceiverPanel.h"
#include "SecretStore.h"
#include "WorkspaceDocument.h"
#include "ui_MainWindow.h"

#include <QPointer>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace hooksmith {

void MainWindow::setupPreferences()
{
    QAction* action = m_ui->actionPreferences;
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    action->setToolTip(action->text().remove(u'&') + u" ("_s + action->shortcut().toString(QKeySequence::NativeText) +
                       u')');
    action->setMenuRole(QAction::PreferencesRole);
    m_ui->menuEdit->addSeparator();
    m_ui->menuEdit->addAction(action);
    connect(action, &QAction::triggered, this, &MainWindow::openPreferences);

    // The outbox folder is read once: the outbox in use stays where it is until the next start.
    AppRuntime::Options options = m_runtime->options();
    options.outboxDir = Preferences::from(*m_config).outboxDir;
    m_runtime->setOptions(options);
    applyPreferences();
}

void MainWindow::openPreferences()
{
    auto* dialog = new PreferencesDialog(Preferences::from(*m_config), m_doc->secretStore(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Preferences before = Preferences::from(*m_config);
        const Preferences after = dialog->preferences();
        after.save(*m_config);
        if (const std::optional<QString> password = dialog->changedProxyPassword())
            storeProxyPassword(*password);
        // The theme of the application is main()'s at start (applyStartupPreferences), the dialog's after.
        if (after.theme != Theme::currentMode())
            Theme::apply(after.theme);
        applyPreferences();
        const bool atNextStart = after.language != before.language || after.outboxDir != before.outboxDir;
        statusBar()->showMessage(atNextStart ? tr("Preferences saved. The language and the outbox folder change "
                                                  "the next time Hooksmith starts.")
                                             : tr("Preferences saved"),
                                 10000);
    });
    dialog->open();
}

void MainWindow::applyPreferences()
{
    const Preferences p = Preferences::from(*m_config);
    m_receiverPanel->changePort(p.receiverPort);

    SecretStore* secrets = m_doc->secretStore();
    if (p.proxy.mode != ProxySettings::Mode::Manual || p.proxy.user.isEmpty() || !secrets) {
        m_runtime->setProxy(p.effectiveProxy({}));
        return;
    }
    // Operations on one key run in order: a password written just before is the one read here.
    secrets->read(SecretKey::forProxyPassword(), [self = QPointer(this), p](Result<std::optional<QString>> r) {
        if (!self)
            return;
        if (!r)
            self->statusBar()->showMessage(tr("The proxy password could not be read: %1").arg(r.errorMessage()), 10000);
        self->m_runtime->setProxy(p.effectiveProxy(r ? r.value().value_or(QString()) : QString()));
    });
}

void MainWindow::storeProxyPassword(const QString& password)
{
    SecretStore* secrets = m_doc->secretStore();
    if (!secrets)
        return;
    auto done = [self = QPointer(this)](Status st) {
        if (self && !st)
            self->statusBar()->showMessage(tr("The proxy password could not be saved: %1").arg(st.errorMessage()),
                                           10000);
    };
    if (password.isEmpty())
        secrets->remove(SecretKey::forProxyPassword(), done);
    else
        secrets->write(SecretKey::forProxyPassword(), password, done);
}

} // namespace hooksmith

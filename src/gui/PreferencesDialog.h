#pragma once

#include "Preferences.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class PreferencesDialog;
}

namespace hooksmith {

class SecretStore;

/// Edit > Preferences: language, theme, the delivery settings of new webhooks, the outbox folder, the
/// built-in receiver's port and the proxy for sending. OK checks the outbox folder and a manual proxy
/// and stays open with the reason when one cannot be used; what the caller saves is preferences().
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    /// Shows `preferences`; the manual proxy's password is read from `secrets` (may be null) as the
    /// dialog opens.
    PreferencesDialog(const Preferences& preferences, SecretStore* secrets, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    /// What the fields say.
    Preferences preferences() const;
    void setPreferences(const Preferences& preferences);
    /// Puts the defaults in the fields (Restore Defaults); nothing is saved before OK.
    void restoreDefaults();
    /// The proxy password as typed, when the user changed it; std::nullopt when it was left as it was.
    std::optional<QString> changedProxyPassword() const;
    /// Why OK did not close the dialog; empty when nothing is wrong.
    QString problem() const { return m_problem; }

    void accept() override;

private:
    void updateProxyFields();
    void showProblem(QWidget* label, const QString& message);

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    SecretStore* m_secrets;
    bool m_passwordEdited = false;
    QString m_problem;
};

} // namespace hooksmith

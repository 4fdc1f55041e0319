#pragma once

#include "Result.h"
#include "SecretMove.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hooksmith {

class WorkspaceDocument;

/// Settings of the workspace file itself: its user id (the USER_ID preset and the scope of its secrets).
/// When the user id changes and the keychain holds secrets of the workspace under the old one, it offers to
/// move them.
class WorkspaceSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WorkspaceSettingsDialog(WorkspaceDocument* doc, QWidget* parent = nullptr);

    void accept() override;

private:
    void offerMove(const QString& userId, const Result<SecretMove::Plan>& plan);
    void change(const QString& userId, const QList<SecretEdit>& moves);

    WorkspaceDocument* m_doc;
    QLineEdit* m_userId;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
};

} // namespace hooksmith

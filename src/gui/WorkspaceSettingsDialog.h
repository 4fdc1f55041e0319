#pragma once

#include <QDialog>

class QLineEdit;

namespace hooksmith {

class WorkspaceDocument;

/// Settings of the workspace file itself: its user id (the USER_ID preset and the scope of its secrets).
class WorkspaceSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WorkspaceSettingsDialog(WorkspaceDocument* doc, QWidget* parent = nullptr);

    void accept() override;

private:
    WorkspaceDocument* m_doc;
    QLineEdit* m_userId;
};

} // namespace hooksmith

#include "WorkspaceSettingsDialog.h"

#include "WorkspaceDocument.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hooksmith {

WorkspaceSettingsDialog::WorkspaceSettingsDialog(WorkspaceDocument* doc, QWidget* parent)
    : QDialog(parent)
    , m_doc(doc)
    , m_userId(new QLineEdit(doc->workspace().userId, this))
{
    setObjectName(u"workspaceSettingsDialog"_s);
    setWindowTitle(tr("Workspace Settings"));
    m_userId->setObjectName(u"userIdLineEdit"_s);
    m_userId->setPlaceholderText(tr("for example alice"));
    auto* form = new QFormLayout;
    form->addRow(tr("User id:"), m_userId);
    auto* note = new QLabel(tr("The user id is what the USER_ID preset sends. Secrets in the keychain are kept "
                               "under it: after changing it, set the passwords, signing secrets and secret "
                               "variables of this workspace again."),
                            this);
    note->setObjectName(u"userIdNoteLabel"_s);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkspaceSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WorkspaceSettingsDialog::reject);
}

void WorkspaceSettingsDialog::accept()
{
    const QString userId = m_userId->text().trimmed();
    m_doc->editWorkspace(tr("Change user id"), WorkspaceDocument::Change::Everything,
                         [&](Workspace& ws) { ws.userId = userId; });
    QDialog::accept();
}

} // namespace hooksmith

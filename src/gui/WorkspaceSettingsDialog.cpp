#include "WorkspaceSettingsDialog.h"

#include "WorkspaceDocument.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

/// The user id as the keychain's keys spell it.
QString scopeName(const QString& userId)
{
    return userId.isEmpty() ? u"default"_s : userId;
}

} // namespace

WorkspaceSettingsDialog::WorkspaceSettingsDialog(WorkspaceDocument* doc, QWidget* parent)
    : QDialog(parent)
    , m_doc(doc)
    , m_userId(new QLineEdit(doc->workspace().userId, this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"workspaceSettingsDialog"_s);
    setWindowTitle(tr("Workspace Settings"));
    m_userId->setObjectName(u"userIdLineEdit"_s);
    m_userId->setPlaceholderText(tr("for example alice"));
    auto* form = new QFormLayout;
    form->addRow(tr("User id:"), m_userId);
    auto* note = new QLabel(tr("The user id is what the USER_ID preset sends. Secrets in the keychain are kept "
                               "under it: when you change it, Hooksmith offers to move this workspace's passwords, "
                               "signing secrets and secret variables to the new user id."),
                            this);
    note->setObjectName(u"userIdNoteLabel"_s);
    note->setWordWrap(true);
    m_status->setObjectName(u"userIdStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    m_buttons->setObjectName(u"workspaceSettingsButtonBox"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(480, sizeHint().height());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WorkspaceSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WorkspaceSettingsDialog::reject);
}

void WorkspaceSettingsDialog::accept()
{
    const QString userId = m_userId->text().trimmed();
    if (SecretMove::keys(m_doc->workspace(), userId).isEmpty()) {
        change(userId, {});
        return;
    }
    // Which secrets there are to move is a question for the keychain, which answers later.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_status->setText(
        tr("Looking in the keychain for the secrets kept under \"%1\"…").arg(scopeName(m_doc->workspace().userId)));
    m_status->show();
    const QPointer<WorkspaceSettingsDialog> self(this);
    SecretMove::plan(m_doc, userId, [self, userId](const Result<SecretMove::Plan>& plan) {
        if (self)
            self->offerMove(userId, plan);
    });
}

void WorkspaceSettingsDialog::offerMove(const QString& userId, const Result<SecretMove::Plan>& plan)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    m_status->hide();
    if (!plan) {
        m_status->setText(tr("The user id was not changed: %1. Try again, or cancel.").arg(plan.errorMessage()));
        m_status->show();
        return;
    }
    if (plan->moving == 0) {
        change(userId, {});
        return;
    }
    const QString from = scopeName(m_doc->workspace().userId);
    const QString to = scopeName(userId);
    auto* box = new QMessageBox(QMessageBox::Question, tr("Move Secrets"),
                                tr("The keychain holds %n secret(s) of this workspace under the user id \"%1\". "
                                   "Move them to \"%2\"?",
                                   "", plan->moving)
                                    .arg(from, to),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"moveSecretsMessageBox"_s);
    QString details = tr("Left under \"%1\", they are not used by this workspace any more, and have to be set "
                         "again.")
                          .arg(from);
    if (plan->taken > 0) {
        details +=
            u' ' +
            tr("%n other secret(s) are kept under \"%1\" already: those stay as they are.", "", plan->taken).arg(to);
    }
    box->setInformativeText(details);
    QPushButton* move = box->addButton(tr("&Move Secrets"), QMessageBox::AcceptRole);
    move->setObjectName(u"moveSecretsButton"_s);
    QPushButton* leave = box->addButton(tr("&Leave Them"), QMessageBox::DestructiveRole);
    leave->setObjectName(u"leaveSecretsButton"_s);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(move);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QList<SecretEdit> edits = plan->edits;
    // Cancel: back to the dialog, with the user id as typed.
    connect(box, &QMessageBox::buttonClicked, this, [this, move, leave, userId, edits](QAbstractButton* button) {
        if (button == move)
            change(userId, edits);
        else if (button == leave)
            change(userId, {});
    });
    box->open();
}

void WorkspaceSettingsDialog::change(const QString& userId, const QList<SecretEdit>& moves)
{
    m_doc->changeUserId(userId, moves);
    QDialog::accept();
}

} // namespace hooksmith

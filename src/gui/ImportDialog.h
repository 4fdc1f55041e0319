#pragma once

#include "import/Import.h"

#include <QDialog>

class QAction;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace hooksmith {

class MainWindow;
class WorkspaceDocument;

/// File > Import...: a curl command pasted as text, or a Postman collection file. A source that cannot
/// be read keeps the dialog open with the reason, so that nothing typed is lost.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(QWidget* parent = nullptr);

    /// What was read, once the dialog is accepted.
    const ImportResult& result() const { return m_result; }

private:
    void tryImport();
    void updateMode();

    QRadioButton* m_curlRadio;
    QRadioButton* m_postmanRadio;
    QPlainTextEdit* m_curlEdit;
    QLineEdit* m_fileEdit;
    QWidget* m_fileRow;
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
    ImportResult m_result;
};

/// Adding what an import gave to the open workspace, as one undo step.
class WebhookImport
{
    Q_DECLARE_TR_FUNCTIONS(WebhookImport)
public:
    /// Adds the webhooks (names made unique, fresh ids, passwords into the SecretStore) in one undo step
    /// and shows the warnings, if any, in a message beside `parent`. Returns the index of the first one.
    static int add(WorkspaceDocument* doc, ImportResult result, QWidget* parent);
    /// Reads `text` as a curl command and adds its webhook; an error is shown and nothing changes.
    /// Returns the new webhook's index, or -1.
    static int pasteCurl(WorkspaceDocument* doc, const QString& text, QWidget* parent);
    /// Edit > Paste curl Command (from the clipboard) and File > Import... for `window`'s workspace; the first
    /// new webhook is selected.
    static void connectActions(MainWindow* window, QAction* paste, QAction* import);
};

} // namespace hooksmith

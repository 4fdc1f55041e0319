#pragma once

#include "Model.h"

#include <QDialog>

#include <optional>

class QListWidget;
class QTableWidget;
class QPushButton;
class QLabel;

namespace hooksmith {

class WorkspaceDocument;

/// Adds, renames and removes environments and their variables. A secret variable's value is typed
/// masked and kept in the SecretStore (the keychain); OK applies everything as one undoable edit.
class EnvironmentsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EnvironmentsDialog(WorkspaceDocument* doc, QWidget* parent = nullptr);
    ~EnvironmentsDialog() override;

    void accept() override;

private:
    /// One variable as edited, with where it came from (so that a stored secret follows a rename).
    struct Row
    {
        EnvVariable variable;
        QString originalEnvironment;
        QString originalName;
        std::optional<QString> typedSecret; ///< a secret value typed here, for the keychain
    };
    struct Env
    {
        QString name;
        QString originalName;
        QList<Row> rows;
        JsonValue::Object extra;
    };

    void fillEnvironments();
    void fillVariables();
    void onEnvironmentRenamed();
    void onVariableChanged(int row, int column);
    void addEnvironment();
    void removeEnvironment();
    void addVariable();
    void removeVariable();
    Env* currentEnv();
    QString uniqueName(const QString& base, const QStringList& taken) const;
    /// Why the edit cannot be applied, or empty.
    QString check() const;

    WorkspaceDocument* m_doc;
    QList<Env> m_envs;
    QList<Row> m_removed; ///< secret variables removed here, whose stored value goes too
    QListWidget* m_envList;
    QTableWidget* m_table;
    QPushButton* m_addEnv;
    QPushButton* m_renameEnv;
    QPushButton* m_removeEnv;
    QPushButton* m_addVar;
    QPushButton* m_removeVar;
    QLabel* m_error;
    bool m_filling = false;
};

} // namespace hooksmith

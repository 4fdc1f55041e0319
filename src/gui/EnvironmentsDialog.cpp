#include "EnvironmentsDialog.h"

#include "Template.h"
#include "WorkspaceDocument.h"
#include "WorkspaceFile.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

enum Column
{
    NameColumn,
    ValueColumn,
    SecretColumn
};

constexpr int kSecretRole = Qt::UserRole + 1; ///< the value cell belongs to a secret variable
constexpr int kTypedRole = Qt::UserRole + 2;  ///< a secret value typed in this dialog

/// Secret values are typed masked, and never shown.
class ValueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* line = qobject_cast<QLineEdit*>(editor); line && index.data(kSecretRole).toBool()) {
            line->setEchoMode(QLineEdit::Password);
            line->setObjectName(u"secretValueLineEdit"_s);
            line->setPlaceholderText(EnvironmentsDialog::tr("New value, or {{env:NAME}}"));
        }
        return editor;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (index.data(kSecretRole).toBool()) {
            if (auto* line = qobject_cast<QLineEdit*>(editor)) {
                line->clear();
                return;
            }
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        auto* line = qobject_cast<QLineEdit*>(editor);
        if (line && index.data(kSecretRole).toBool()) {
            if (line->text().isEmpty())
                return; // nothing typed: the stored value stays
            model->setData(index, line->text(), kTypedRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};

QString maskedText(const EnvVariable& v, const std::optional<QString>& typed)
{
    if (v.value && WorkspaceFile::isEnvReference(*v.value))
        return *v.value;
    if (typed || v.value)
        return u"••••••••"_s;
    return EnvironmentsDialog::tr("(in the keychain)");
}

} // namespace

EnvironmentsDialog::EnvironmentsDialog(WorkspaceDocument* doc, QWidget* parent)
    : QDialog(parent)
    , m_doc(doc)
    , m_envList(new QListWidget(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_addEnv(new QPushButton(tr("Add"), this))
    , m_renameEnv(new QPushButton(tr("Rename"), this))
    , m_removeEnv(new QPushButton(tr("Remove"), this))
    , m_addVar(new QPushButton(tr("Add variable"), this))
    , m_removeVar(new QPushButton(tr("Remove variable"), this))
    , m_error(new QLabel(this))
{
    setObjectName(u"environmentsDialog"_s);
    setWindowTitle(tr("Environments"));
    for (const Environment& e : doc->workspace().environments) {
        Env env{e.name, e.name, {}, e.extra};
        for (const EnvVariable& v : e.variables) {
            env.rows.append(Row{v, e.name, v.name, std::nullopt});
            // Read now, so that a stored value can follow a rename.
            if (v.secret && !v.value && !doc->isSecretKnown(doc->variableKey(e.name, v.name)))
                doc->fetchSecret(doc->variableKey(e.name, v.name));
        }
        m_envs.append(env);
    }

    m_envList->setObjectName(u"environmentListWidget"_s);
    m_table->setObjectName(u"variableTableWidget"_s);
    m_addEnv->setObjectName(u"addEnvironmentButton"_s);
    m_renameEnv->setObjectName(u"renameEnvironmentButton"_s);
    m_removeEnv->setObjectName(u"removeEnvironmentButton"_s);
    m_addVar->setObjectName(u"addVariableButton"_s);
    m_removeVar->setObjectName(u"removeVariableButton"_s);
    m_error->setObjectName(u"environmentsErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: palette(highlight);"_s);

    m_table->setHorizontalHeaderLabels({tr("Variable"), tr("Value"), tr("Secret")});
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(ValueColumn, new ValueDelegate(m_table));
    m_table->setToolTip(tr("Use a variable in a template as {{var:NAME}}. A secret's value is kept in the OS "
                           "keychain, or read from the environment with {{env:NAME}}."));

    auto* envButtons = new QHBoxLayout;
    envButtons->addWidget(m_addEnv);
    envButtons->addWidget(m_renameEnv);
    envButtons->addWidget(m_removeEnv);
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Environments"), this));
    left->addWidget(m_envList);
    left->addLayout(envButtons);
    auto* varButtons = new QHBoxLayout;
    varButtons->addWidget(m_addVar);
    varButtons->addWidget(m_removeVar);
    varButtons->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Variables"), this));
    right->addWidget(m_table);
    right->addLayout(varButtons);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 3);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"environmentsButtonBox"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 420);

    connect(buttons, &QDialogButtonBox::accepted, this, &EnvironmentsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EnvironmentsDialog::reject);
    connect(m_addEnv, &QPushButton::clicked, this, &EnvironmentsDialog::addEnvironment);
    connect(m_removeEnv, &QPushButton::clicked, this, &EnvironmentsDialog::removeEnvironment);
    connect(m_renameEnv, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_envList->currentItem())
            m_envList->editItem(item);
    });
    connect(m_addVar, &QPushButton::clicked, this, &EnvironmentsDialog::addVariable);
    connect(m_removeVar, &QPushButton::clicked, this, &EnvironmentsDialog::removeVariable);
    connect(m_envList, &QListWidget::currentRowChanged, this, &EnvironmentsDialog::fillVariables);
    connect(m_envList, &QListWidget::itemChanged, this, &EnvironmentsDialog::onEnvironmentRenamed);
    connect(m_table, &QTableWidget::cellChanged, this, &EnvironmentsDialog::onVariableChanged);

    fillEnvironments();
    const Environment* active = doc->workspace().activeEnvironment();
    m_envList->setCurrentRow(active ? int(active - doc->workspace().environments.constData()) : 0);
    fillVariables();
}

EnvironmentsDialog::~EnvironmentsDialog() = default;

EnvironmentsDialog::Env* EnvironmentsDialog::currentEnv()
{
    const int row = m_envList->currentRow();
    return row >= 0 && row < m_envs.size() ? &m_envs[row] : nullptr;
}

void EnvironmentsDialog::fillEnvironments()
{
    m_filling = true;
    const int row = m_envList->currentRow();
    m_envList->clear();
    for (const Env& e : std::as_const(m_envs)) {
        auto* item = new QListWidgetItem(e.name, m_envList);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_envList->setCurrentRow(qBound(-1, row, int(m_envs.size()) - 1));
    m_filling = false;
    const bool any = !m_envs.isEmpty();
    m_renameEnv->setEnabled(any);
    m_removeEnv->setEnabled(any);
    m_addVar->setEnabled(any);
}

void EnvironmentsDialog::fillVariables()
{
    m_filling = true;
    m_table->setRowCount(0);
    if (const Env* env = currentEnv()) {
        m_table->setRowCount(int(env->rows.size()));
        for (int i = 0; i < env->rows.size(); ++i) {
            const Row& r = env->rows[i];
            m_table->setItem(i, NameColumn, new QTableWidgetItem(r.variable.name));
            auto* value = new QTableWidgetItem(r.variable.secret ? maskedText(r.variable, r.typedSecret)
                                                                 : r.variable.value.value_or(QString()));
            value->setData(kSecretRole, r.variable.secret);
            m_table->setItem(i, ValueColumn, value);
            auto* secret = new QTableWidgetItem;
            secret->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            secret->setCheckState(r.variable.secret ? Qt::Checked : Qt::Unchecked);
            m_table->setItem(i, SecretColumn, secret);
        }
    }
    m_removeVar->setEnabled(m_table->rowCount() > 0);
    m_filling = false;
}

void EnvironmentsDialog::onEnvironmentRenamed()
{
    if (m_filling)
        return;
    for (int i = 0; i < m_envList->count() && i < m_envs.size(); ++i)
        m_envs[i].name = m_envList->item(i)->text().trimmed();
    m_error->setText(check());
}

void EnvironmentsDialog::onVariableChanged(int row, int column)
{
    Env* env = currentEnv();
    if (m_filling || !env || row < 0 || row >= env->rows.size())
        return;
    Row& r = env->rows[row];
    QTableWidgetItem* item = m_table->item(row, column);
    switch (column) {
    case NameColumn:
        r.variable.name = item->text().trimmed();
        break;
    case ValueColumn:
        if (r.variable.secret) {
            const QString typed = item->data(kTypedRole).toString();
            if (typed.isEmpty())
                return;
            if (WorkspaceFile::isEnvReference(typed)) {
                // A reference is no secret itself: it stays in the file.
                r.variable.value = typed;
                r.typedSecret.reset();
            } else {
                r.variable.value.reset();
                r.typedSecret = typed;
            }
        } else {
            r.variable.value = item->text();
        }
        fillVariables();
        break;
    case SecretColumn: {
        const bool secret = item->checkState() == Qt::Checked;
        if (secret == r.variable.secret)
            return;
        r.variable.secret = secret;
        if (secret) {
            // The plain value moves to the keychain (a reference stays in the file).
            const QString value = r.variable.value.value_or(QString());
            if (!WorkspaceFile::isEnvReference(value)) {
                if (!value.isEmpty())
                    r.typedSecret = value;
                r.variable.value.reset();
            }
        } else {
            // Shown again as plain text: what was typed, else what the keychain holds.
            const SecretKey key = m_doc->variableKey(r.originalEnvironment, r.originalName);
            if (!r.variable.value)
                r.variable.value = r.typedSecret.value_or(m_doc->cachedSecret(key).value_or(QString()));
            r.typedSecret.reset();
        }
        fillVariables();
        break;
    }
    default:
        break;
    }
    m_error->setText(check());
}

QString EnvironmentsDialog::uniqueName(const QString& base, const QStringList& taken) const
{
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = base + QString::number(n);
    return name;
}

void EnvironmentsDialog::addEnvironment()
{
    QStringList taken;
    for (const Env& e : std::as_const(m_envs))
        taken.append(e.name);
    Env env{uniqueName(tr("Environment"), taken), {}, {}, {}};
    // A new environment starts with the variables of the current one, without their values.
    if (const Env* current = currentEnv()) {
        for (const Row& r : current->rows) {
            EnvVariable v;
            v.name = r.variable.name;
            v.secret = r.variable.secret;
            if (!v.secret)
                v.value = QString();
            env.rows.append(Row{v, {}, {}, std::nullopt});
        }
    }
    m_envs.append(env);
    fillEnvironments();
    m_envList->setCurrentRow(int(m_envs.size()) - 1);
    m_error->setText(check());
}

void EnvironmentsDialog::removeEnvironment()
{
    const int row = m_envList->currentRow();
    if (row < 0 || row >= m_envs.size())
        return;
    for (const Row& r : std::as_const(m_envs[row].rows)) {
        if (r.variable.secret && !r.originalName.isEmpty())
            m_removed.append(r);
    }
    m_envs.removeAt(row);
    fillEnvironments();
    fillVariables();
    m_error->setText(check());
}

void EnvironmentsDialog::addVariable()
{
    Env* env = currentEnv();
    if (!env)
        return;
    QStringList taken;
    for (const Row& r : std::as_const(env->rows))
        taken.append(r.variable.name);
    EnvVariable v;
    v.name = uniqueName(u"VARIABLE"_s, taken);
    v.value = QString();
    env->rows.append(Row{v, {}, {}, std::nullopt});
    fillVariables();
    m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
    m_error->setText(check());
}

void EnvironmentsDialog::removeVariable()
{
    Env* env = currentEnv();
    const int row = m_table->currentRow();
    if (!env || row < 0 || row >= env->rows.size())
        return;
    if (env->rows[row].variable.secret && !env->rows[row].originalName.isEmpty())
        m_removed.append(env->rows[row]);
    env->rows.removeAt(row);
    fillVariables();
    m_error->setText(check());
}

QString EnvironmentsDialog::check() const
{
    QStringList names;
    for (const Env& e : m_envs) {
        if (e.name.isEmpty())
            return tr("Every environment needs a name.");
        if (names.contains(e.name))
            return tr("There are two environments named \"%1\"; names must be unique.").arg(e.name);
        names.append(e.name);
        QStringList variables;
        for (const Row& r : e.rows) {
            if (!isVariableName(r.variable.name))
                return tr("\"%1\" in \"%2\" is not a valid variable name: letters, digits and _, not starting with a "
                          "digit.")
                    .arg(r.variable.name, e.name);
            if (variables.contains(r.variable.name))
                return tr("\"%1\" is defined twice in \"%2\"; names must be unique.").arg(r.variable.name, e.name);
            variables.append(r.variable.name);
        }
    }
    return {};
}

void EnvironmentsDialog::accept()
{
    if (const QString problem = check(); !problem.isEmpty()) {
        m_error->setText(problem);
        return;
    }
    QList<Environment> environments;
    QList<SecretEdit> secrets;
    auto setSecret = [&](const SecretKey& key, const std::optional<QString>& value) {
        for (SecretEdit& s : secrets) {
            if (s.key == key) {
                s.after = value;
                return;
            }
        }
        secrets.append(SecretEdit{key, std::nullopt, value});
    };
    for (const Row& r : std::as_const(m_removed)) {
        const SecretKey old = m_doc->variableKey(r.originalEnvironment, r.originalName);
        if (m_doc->cachedSecret(old))
            setSecret(old, std::nullopt);
    }
    for (const Env& e : std::as_const(m_envs)) {
        Environment env{e.name, {}, e.extra};
        for (const Row& r : e.rows) {
            env.variables.append(r.variable);
            const SecretKey key = m_doc->variableKey(e.name, r.variable.name);
            const SecretKey old = m_doc->variableKey(r.originalEnvironment, r.originalName);
            const bool moved = !r.originalName.isEmpty() && !(key == old);
            std::optional<QString> stored = r.typedSecret;
            if (!stored && moved && r.variable.secret && !r.variable.value)
                stored = m_doc->cachedSecret(old); // a stored secret follows its renamed variable
            if (stored && r.variable.secret)
                setSecret(key, stored);
            // A value no longer kept in the keychain (renamed, made plain, or now a reference) leaves it.
            if (!r.originalName.isEmpty() && m_doc->cachedSecret(old) &&
                (moved || !r.variable.secret || r.variable.value))
                setSecret(old, std::nullopt);
        }
        environments.append(env);
    }
    // The chosen environment follows a rename.
    QString active;
    const Environment* before = m_doc->workspace().activeEnvironment();
    for (const Env& e : std::as_const(m_envs)) {
        if (before && e.originalName == before->name)
            active = e.name;
    }
    m_doc->editEnvironments(environments, secrets, active);
    QDialog::accept();
}

} // namespace hooksmith

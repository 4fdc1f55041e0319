#include "EnvironmentSwitcher.h"

#include "Config.h"
#include "Theme.h"
#include "WorkspaceDocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace hooksmith {

EnvironmentSwitcher::EnvironmentSwitcher(WorkspaceDocument* doc, Config* config, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_config(config)
    , m_combo(new QComboBox(this))
    , m_edit(new QToolButton(this))
{
    setObjectName(u"environmentSwitcher"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    auto* label = new QLabel(tr("Environment:"), this);
    label->setBuddy(m_combo);
    layout->addWidget(label);
    m_combo->setObjectName(u"environmentComboBox"_s);
    // As wide as its longest entry ("No environment", or an environment's name), not cut off.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setToolTip(tr("The environment whose variables ({{var:NAME}}) the preview, Send and the devices' "
                           "deliveries use"));
    layout->addWidget(m_combo);
    m_edit->setObjectName(u"editEnvironmentsButton"_s);
    m_edit->setIcon(Theme::icon(u"edit"_s));
    m_edit->setToolTip(tr("Edit environments and their variables"));
    m_edit->setAutoRaise(true);
    layout->addWidget(m_edit);

    connect(m_combo, &QComboBox::activated, this, &EnvironmentSwitcher::choose);
    connect(m_edit, &QToolButton::clicked, this, &EnvironmentSwitcher::editRequested);
    connect(doc, &WorkspaceDocument::changed, this, [this](WorkspaceDocument::Change change) {
        if (change == WorkspaceDocument::Change::Everything)
            fill();
    });
    connect(doc, &WorkspaceDocument::activeEnvironmentChanged, this, &EnvironmentSwitcher::fill);
    connect(doc, &WorkspaceDocument::pathChanged, this, &EnvironmentSwitcher::restoreChoice);
    restoreChoice();
    fill();
}

void EnvironmentSwitcher::fill()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    const Workspace& ws = m_doc->workspace();
    if (ws.environments.isEmpty()) {
        m_combo->addItem(tr("No environments"));
        m_combo->setEnabled(false);
        return;
    }
    m_combo->setEnabled(true);
    for (const Environment& e : ws.environments)
        m_combo->addItem(e.name);
    const Environment* active = ws.activeEnvironment();
    m_combo->setCurrentIndex(active ? int(active - ws.environments.constData()) : 0);
}

void EnvironmentSwitcher::restoreChoice()
{
    if (m_doc->isUntitled())
        return;
    // A file saved under a new name keeps the environment chosen for it before.
    const QVariantMap chosen = m_config->get(ConfigKeys::ActiveEnvironments);
    if (chosen.contains(m_doc->path()))
        m_doc->setActiveEnvironment(chosen.value(m_doc->path()).toString());
    fill();
}

void EnvironmentSwitcher::choose(int index)
{
    const Workspace& ws = m_doc->workspace();
    if (index < 0 || index >= ws.environments.size())
        return;
    const QString name = ws.environments[index].name;
    m_doc->setActiveEnvironment(name);
    if (!m_doc->isUntitled()) {
        QVariantMap chosen = m_config->get(ConfigKeys::ActiveEnvironments);
        chosen.insert(m_doc->path(), name);
        m_config->set(ConfigKeys::ActiveEnvironments, chosen);
    }
}

} // namespace hooksmith

#include "Inspector.h"

#include "PreviewPanel.h"
#include "Theme.h"

#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace hooksmith {

Inspector::Inspector(WorkspaceDocument* doc, Config* config, QWidget* parent)
    : QDockWidget(tr("Inspector"), parent)
    , m_tabs(new QTabWidget(this))
    , m_preview(new PreviewPanel(doc, config, m_tabs))
{
    setObjectName(u"inspectorDock"_s);
    m_tabs->setObjectName(u"inspectorTabWidget"_s);
    m_tabs->setDocumentMode(true);
    m_preview->setObjectName(u"previewPanel"_s);
    addPanel(m_preview, Theme::icon(u"preview"_s), tr("Preview"));
    setWidget(m_tabs);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
}

int Inspector::addPanel(QWidget* panel, const QIcon& icon, const QString& title)
{
    return m_tabs->addTab(panel, icon, title);
}

void Inspector::showPanel(QWidget* panel)
{
    show();
    raise();
    m_tabs->setCurrentWidget(panel);
}

} // namespace hooksmith

#pragma once

#include <QDockWidget>

class QTabWidget;

namespace hooksmith {

class Config;
class PreviewPanel;
class WorkspaceDocument;

/// The inspector dock: the request preview now; the responses list, the outbox and the built-in
/// receiver are further tabs added with addPanel() by the parts that own them.
class Inspector : public QDockWidget
{
    Q_OBJECT
public:
    Inspector(WorkspaceDocument* doc, Config* config, QWidget* parent = nullptr);

    PreviewPanel* preview() const { return m_preview; }
    QTabWidget* tabs() const { return m_tabs; }
    /// Adds a tab (e.g. "Responses", "Outbox", "Receiver"); returns its index.
    int addPanel(QWidget* panel, const QIcon& icon, const QString& title);
    void showPanel(QWidget* panel);

private:
    QTabWidget* m_tabs;
    PreviewPanel* m_preview;
};

} // namespace hooksmith

#pragma once

#include <QWidget>

class QComboBox;
class QToolButton;

namespace hooksmith {

class Config;
class WorkspaceDocument;

/// The toolbar's choice of environment: which one's {{var:NAME}} the preview, Send and the devices'
/// deliveries use. Remembered per workspace file in the settings, never written to the file.
class EnvironmentSwitcher : public QWidget
{
    Q_OBJECT
public:
    EnvironmentSwitcher(WorkspaceDocument* doc, Config* config, QWidget* parent = nullptr);

Q_SIGNALS:
    /// The user asked to edit the environments.
    void editRequested();

private:
    void fill();
    void restoreChoice();
    void choose(int index);

    WorkspaceDocument* m_doc;
    Config* m_config;
    QComboBox* m_combo;
    QToolButton* m_edit;
};

} // namespace hooksmith

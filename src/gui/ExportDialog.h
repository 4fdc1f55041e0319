#pragma once

#include "Model.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace hooksmith {

struct ExportOutput;

/// File > Export: a webhook (or several) in one of the export formats, with a live preview of what is
/// written, what the format cannot carry, and Save and Copy. Uses the same exporters as
/// `hooksmith-cli export`; a workspace with environments also chooses the environment and whether its
/// variables are written in or kept (`--env`, `--keep-vars`).
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    /// `workspacePath` names the server export's instance; `current` is checked first.
    ExportDialog(const Workspace& workspace, const QString& workspacePath, const QString& currentWebhookId,
                 QWidget* parent = nullptr);
    ~ExportDialog() override;

    /// The text shown in the preview (all files, for a directory).
    QString previewText() const;
    QStringList warnings() const;
    /// Writes the export to `path` (a file, or a new directory for directory formats).
    bool saveTo(const QString& path, QString* error = nullptr);

private:
    void refresh();
    void save();
    void copy();
    QList<const Webhook*> chosenWebhooks() const;

    Workspace m_ws;
    QString m_path;
    QComboBox* m_format = nullptr;
    QListWidget* m_webhooks = nullptr;
    QComboBox* m_environment = nullptr;
    QCheckBox* m_keepVariables = nullptr;
    QCheckBox* m_fill = nullptr;
    QComboBox* m_device = nullptr;
    QSpinBox* m_signal = nullptr;
    QLineEdit* m_value = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QListWidget* m_warnings = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_copy = nullptr;
    std::unique_ptr<ExportOutput> m_output;
};

} // namespace hooksmith

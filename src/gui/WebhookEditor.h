#pragma once

#include "Problem.h"

#include <QWidget>

#include <memory>

namespace Ui {
class WebhookEditor;
class SummaryPage;
} // namespace Ui

namespace hooksmith {

class WorkspaceDocument;
class EditorSection;

/// The webhook form in Pybytes' order (general, request, body, headers, query, auth, signing,
/// delivery, devices, signals) and the webhook's summary page.
class WebhookEditor : public QWidget
{
    Q_OBJECT
public:
    explicit WebhookEditor(WorkspaceDocument* doc, QWidget* parent = nullptr);
    ~WebhookEditor() override;

    void setWebhookIndex(int index);
    int webhookIndex() const { return m_index; }
    /// Marks every field of the shown webhook that has a problem.
    void setProblems(const QList<Problem>& problems);
    /// Shows and focuses the widget of a Problem field; false when no widget edits it.
    bool focusField(const QString& field);
    /// The summary page, like Pybytes' integration page (built when first shown).
    void showSummary();
    void showForm();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void refreshSummary();

    WorkspaceDocument* m_doc;
    std::unique_ptr<Ui::WebhookEditor> m_ui;
    std::unique_ptr<Ui::SummaryPage> m_summary;
    QWidget* m_summaryWidget = nullptr;
    QList<EditorSection*> m_sections;
    int m_index = -1;
    bool m_widthSet = false;
};

} // namespace hooksmith

#pragma once

#include "ProblemMap.h"
#include "WebhookTableModels.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace Ui {
class GeneralSection;
class BodySection;
class NameValueSection;
class AuthSection;
class DeliverySection;
class BindingSection;
} // namespace Ui

namespace hooksmith {

class WorkspaceDocument;
class BodyTableModel;
class NameValueTableModel;
class DeviceBindingModel;
class SignalFilterModel;

/// One section of the webhook editor (a Designer form). It shows one webhook, sends every user edit
/// to the document as one undo step, and marks the fields that have problems.
class EditorSection : public QWidget
{
    Q_OBJECT
public:
    EditorSection(WorkspaceDocument* doc, QWidget* parent);

    void setWebhookIndex(int index);
    int webhookIndex() const { return m_index; }
    /// Shows the webhook's current values; fields whose text did not change keep their cursor.
    virtual void refresh() = 0;
    virtual void setProblems(const ProblemMap& problems) = 0;
    /// The widget that edits a Problem field ("url", "headers[1].name"), selecting the row in tables.
    virtual QWidget* focusField(const QString& field) = 0;

protected:
    const Webhook* webhook() const;
    bool edit(const QString& text, const QString& mergeKey, const std::function<void(Webhook&)>& change);

    WorkspaceDocument* m_doc;
    int m_index = -1;
};

/// Shared helpers for the sections.
namespace SectionUtil {
void setText(QLineEdit* edit, const QString& text);
void setText(QPlainTextEdit* edit, const QString& text);
void setComboData(QComboBox* combo, const QVariant& data);
/// Sizes a table to show its rows (up to maxRows) so that the editor scrolls as one page.
void fitTableHeight(QTableView* view, int maxRows = 12);
/// Column sizes, remove buttons, Delete key and edit triggers for the webhook tables.
void setupTable(QTableView* view, WebhookTableModel* model, int stretchColumn);
/// Selects a model row and returns the view, for focusField().
QWidget* selectRow(QTableView* view, int row, int column);
} // namespace SectionUtil

/// GENERAL (name, URL, event name) and REQUEST (method, format).
class GeneralSection : public EditorSection
{
    Q_OBJECT
public:
    explicit GeneralSection(WorkspaceDocument* doc, QWidget* parent = nullptr);
    ~GeneralSection() override;
    void refresh() override;
    void setProblems(const ProblemMap& problems) override;
    QWidget* focusField(const QString& field) override;

private:
    std::unique_ptr<Ui::GeneralSection> m_ui;
};

/// BODY DEFINITION: the Parameter : Value table for json and form, the custom body editor, or nothing.
class BodySection : public EditorSection
{
    Q_OBJECT
public:
    explicit BodySection(WorkspaceDocument* doc, QWidget* parent = nullptr);
    ~BodySection() override;
    void refresh() override;
    void setProblems(const ProblemMap& problems) override;
    QWidget* focusField(const QString& field) override;
    BodyTableModel* model() const { return m_model; }

private:
    void updateJsonStatus();
    void fitStack();

    std::unique_ptr<Ui::BodySection> m_ui;
    BodyTableModel* m_model;
    ProblemMap m_problems;
};

/// HEADERS (locked rows first) or QUERY: enable, name, value, remove.
class NameValueSection : public EditorSection
{
    Q_OBJECT
public:
    NameValueSection(NameValueTableModel::Kind kind, WorkspaceDocument* doc, QWidget* parent = nullptr);
    ~NameValueSection() override;
    void refresh() override;
    void setProblems(const ProblemMap& problems) override;
    QWidget* focusField(const QString& field) override;
    NameValueTableModel* model() const { return m_model; }

private:
    NameValueTableModel::Kind m_kind;
    std::unique_ptr<Ui::NameValueSection> m_ui;
    NameValueTableModel* m_model;
};

/// AUTH (none or basic) and SIGNING. Passwords and secrets go to the SecretStore, never the file.
class AuthSection : public EditorSection
{
    Q_OBJECT
public:
    explicit AuthSection(WorkspaceDocument* doc, QWidget* parent = nullptr);
    ~AuthSection() override;
    void refresh() override;
    void setProblems(const ProblemMap& problems) override;
    QWidget* focusField(const QString& field) override;

private:
    void refreshSecret(QLineEdit* edit, const std::optional<QString>& inFile, int field, bool needed);
    void refreshOriginButtons();
    void updateStoreHint();

    std::unique_ptr<Ui::AuthSection> m_ui;
};

/// DELIVERY: timeout, attempts, redirects, pinned certificate, CA file.
class DeliverySection : public EditorSection
{
    Q_OBJECT
public:
    explicit DeliverySection(WorkspaceDocument* doc, QWidget* parent = nullptr);
    ~DeliverySection() override;
    void refresh() override;
    void setProblems(const ProblemMap& problems) override;
    QWidget* focusField(const QString& field) override;

private:
    std::unique_ptr<Ui::DeliverySection> m_ui;
};

/// DEVICES (check boxes to bind) and the SIGNALS filter.
class BindingSection : public EditorSection
{
    Q_OBJECT
public:
    explicit BindingSection(WorkspaceDocument* doc, QWidget* parent = nullptr);
    ~BindingSection() override;
    void refresh() override;
    void setProblems(const ProblemMap& problems) override;
    QWidget* focusField(const QString& field) override;

private:
    std::unique_ptr<Ui::BindingSection> m_ui;
    DeviceBindingModel* m_devices;
    SignalFilterModel* m_signals;
};

} // namespace hooksmith

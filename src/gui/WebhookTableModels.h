#pragma once

#include "ProblemMap.h"
#include "Renderer.h"

#include <QAbstractTableModel>

namespace hooksmith {

class WorkspaceDocument;

/// Roles shared by Hooksmith's item models.
enum ItemRole
{
    ProblemRole = Qt::UserRole + 1, ///< QStringList: the validation messages of the row
    LockedRole,                     ///< bool: a row set by the format, auth, signing or Hooksmith
    FilterRole,                     ///< QString: text the sidebar search matches
    WebhookIndexRole,               ///< int
    FieldRole,                      ///< QString: a Problem field path
};

/// Base of the tables that show rows of one webhook (body, headers, query): follows the document,
/// edits through it (one undo step per cell edit) and marks rows that have problems.
class WebhookTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    WebhookTableModel(WorkspaceDocument* doc, QObject* parent);

    void setWebhookIndex(int index);
    int webhookIndex() const { return m_index; }
    void setProblems(const ProblemMap& problems);

    /// The column that holds the remove button.
    virtual int removeColumn() const = 0;
    /// Removes the row shown at `row` (one undo step); false for rows that cannot be removed.
    virtual bool removeRowAt(int row) = 0;
    /// Appends an empty row; returns its model row.
    virtual int appendRow() = 0;
    /// Moves the row shown at `row` up (-1) or down (+1), one undo step; false when it cannot move there.
    virtual bool moveRowBy(int row, int delta) = 0;

protected:
    const Webhook* webhook() const;
    /// Brings the cached rows in line with the document: a reset when the row count changed, else
    /// dataChanged for the rows that differ.
    virtual void reload() = 0;
    /// Emits dataChanged for one whole row.
    void rowChanged(int row);

    WorkspaceDocument* m_doc;
    int m_index = -1;
    ProblemMap m_problems;
};

/// The BODY DEFINITION table: Parameter : Value rows, each value a template or a preset.
class BodyTableModel : public WebhookTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        EnabledColumn,
        KeyColumn,
        UsePresetColumn,
        ValueColumn,
        RemoveColumn,
        ColumnCount
    };

    explicit BodyTableModel(WorkspaceDocument* doc, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    int removeColumn() const override { return RemoveColumn; }
    bool removeRowAt(int row) override;
    int appendRow() override;
    bool moveRowBy(int row, int delta) override;
    bool isPresetRow(int row) const;

protected:
    void reload() override;

private:
    QList<BodyRow> m_rows;
};

/// The HEADERS table (with the locked headers first, read-only) or the QUERY table.
class NameValueTableModel : public WebhookTableModel
{
    Q_OBJECT
public:
    enum class Kind : quint8
    {
        Headers,
        Query
    };
    enum Column
    {
        EnabledColumn,
        NameColumn,
        ValueColumn,
        RemoveColumn,
        ColumnCount
    };

    NameValueTableModel(Kind kind, WorkspaceDocument* doc, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    int removeColumn() const override { return RemoveColumn; }
    bool removeRowAt(int row) override;
    int appendRow() override;
    bool moveRowBy(int row, int delta) override;

    int lockedCount() const { return int(m_locked.size()); }
    bool isLocked(int row) const { return row >= 0 && row < m_locked.size(); }
    /// The model row of the user's row `i` (after the locked rows).
    int modelRow(int userRow) const { return userRow + lockedCount(); }
    /// "format", "auth", "signing", "Hooksmith": shown in a locked row, as in the preview's legend.
    static QString sourceWord(HeaderSource source);

protected:
    void reload() override;

private:
    QString listName() const;
    const QList<NameValueRow>& userRows(const Webhook& w) const;
    QList<NameValueRow>& userRows(Webhook& w) const;
    bool overridden(const LockedHeader& h) const;

    Kind m_kind;
    QList<LockedHeader> m_locked;
    QList<NameValueRow> m_rows;
};

} // namespace hooksmith

#pragma once

#include "Problem.h"
#include "WorkspaceDocument.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>

namespace hooksmith {

class WorkspaceDocument;

/// The sidebar's webhook list: name, on/off check box, a warning icon when it has problems.
class WebhookListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit WebhookListModel(WorkspaceDocument* doc, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    void reload(bool reset);

    WorkspaceDocument* m_doc;
    int m_rows = 0;
    QList<int> m_withErrors;
};

/// Base of the sidebar's editable tables of workspace rows (devices, signal definitions): follows the
/// document and edits through it.
class WorkspaceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

protected:
    /// Reloads on edits of kind `change` (and on everything).
    WorkspaceTableModel(WorkspaceDocument* doc, WorkspaceDocument::Change change, int columns, QObject* parent);
    /// The rows the workspace has now.
    virtual int workspaceRows() const = 0;
    /// Brings the row count in line with the workspace (derived constructors call it once).
    void reload();

    WorkspaceDocument* m_doc;

private:
    int m_columns;
    int m_rows = 0;
};

/// The sidebar's device table: name, token, USB serial number.
class DeviceTableModel : public WorkspaceTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        TokenColumn,
        UsbSerialColumn,
        ColumnCount
    };

    explicit DeviceTableModel(WorkspaceDocument* doc, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    int appendDevice();
    bool removeDevice(int row);

protected:
    int workspaceRows() const override;
};

/// The sidebar's signal definitions: number, name, unit (as Pybytes' "define signal").
class SignalTableModel : public WorkspaceTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        NameColumn,
        UnitColumn,
        ColumnCount
    };

    explicit SignalTableModel(WorkspaceDocument* doc, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    int appendSignal();
    bool removeSignal(int row);

protected:
    int workspaceRows() const override;
};

/// The problems list: every problem of the workspace (or of a file that could not be opened).
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WhereColumn,
        MessageColumn,
        ColumnCount
    };

    explicit ProblemsModel(QObject* parent = nullptr);

    void setProblems(const QList<Problem>& problems);
    const QList<Problem>& problems() const { return m_problems; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Problem> m_problems;
};

} // namespace hooksmith

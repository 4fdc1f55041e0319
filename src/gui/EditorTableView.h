#pragma once

#include <QTableView>

namespace hooksmith {

/// The editor's tables (headers, query, body): Tab and Shift+Tab move from cell to cell, skipping cells
/// that cannot be changed (locked rows), enter the table at its first such cell (Shift+Tab: its last) and
/// leave it after its last (before its first), as in Qt's own editors; the editor scrolls to the current
/// cell; Ctrl+Tab and Ctrl+Shift+Tab
/// leave it from any cell. Alt+Up and Alt+Down move the current row (see rowMoveRequested()), and so does
/// dragging a row onto another (rowDropRequested()).
class EditorTableView : public QTableView
{
    Q_OBJECT
public:
    /// The drag's data: the dragged row's number.
    static constexpr char kRowMimeType[] = "application/x-hooksmith-table-row";

    explicit EditorTableView(QWidget* parent = nullptr);

Q_SIGNALS:
    /// Alt+Up (-1) or Alt+Down (+1) on `row`.
    void rowMoveRequested(int row, int delta);
    /// The row `from` was dropped on the row `to`.
    void rowDropRequested(int from, int to);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void focusInEvent(QFocusEvent* event) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    bool isStop(const QModelIndex& index) const;
    QModelIndex nextStop(const QModelIndex& from, bool forward) const;
    void revealCurrent();
};

} // namespace hooksmith

#pragma once

#include <QTableView>

namespace hooksmith {

/// The editor's tables (headers, query, body): Tab and Shift+Tab move from cell to cell, and leave the
/// table after its last cell (before its first), as in Qt's own editors; Ctrl+Tab and Ctrl+Shift+Tab
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
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
};

} // namespace hooksmith

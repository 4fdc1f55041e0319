#include "EditorTableView.h"

#include <QKeyEvent>

namespace hooksmith {

EditorTableView::EditorTableView(QWidget* parent)
    : QTableView(parent)
{}

QModelIndex EditorTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = currentIndex();
    if (model() && current.isValid()) {
        const int lastRow = model()->rowCount(rootIndex()) - 1;
        const int lastColumn = model()->columnCount(rootIndex()) - 1;
        // No wrapping around: past the last cell (before the first) the focus moves on.
        if (cursorAction == MoveNext && current.row() == lastRow && current.column() == lastColumn)
            return {};
        if (cursorAction == MovePrevious && current.row() == 0 && current.column() == 0)
            return {};
    }
    return QTableView::moveCursor(cursorAction, modifiers);
}

bool EditorTableView::event(QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        if (tab && (key->modifiers() & Qt::ControlModifier)) {
            // Ctrl+Tab: out of the table from any cell.
            const bool next = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
            QAbstractScrollArea::focusNextPrevChild(next);
            return true;
        }
        if (tab && currentIndex().isValid()) {
            const bool next = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
            const QModelIndex target = moveCursor(next ? MoveNext : MovePrevious, key->modifiers());
            if (!target.isValid()) {
                QAbstractScrollArea::focusNextPrevChild(next);
                return true;
            }
        }
    }
    return QTableView::event(event);
}

void EditorTableView::keyPressEvent(QKeyEvent* event)
{
    if (event->modifiers() == Qt::AltModifier && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) &&
        currentIndex().isValid()) {
        Q_EMIT rowMoveRequested(currentIndex().row(), event->key() == Qt::Key_Up ? -1 : 1);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace hooksmith

#include "EditorTableView.h"

#include <QDrag>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>

namespace hooksmith {

EditorTableView::EditorTableView(QWidget* parent)
    : QTableView(parent)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDropIndicatorShown(true);
}

void EditorTableView::startDrag(Qt::DropActions supportedActions)
{
    Q_UNUSED(supportedActions);
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(kRowMimeType), QByteArray::number(current.row()));
    auto* drag = new QDrag(this);
    drag->setMimeData(data);
    // The move is an edit of the document (one undo step), made on the drop; nothing is removed here.
    drag->exec(Qt::MoveAction);
}

void EditorTableView::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(kRowMimeType)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void EditorTableView::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(kRowMimeType)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void EditorTableView::dropEvent(QDropEvent* event)
{
    const QString type = QString::fromLatin1(kRowMimeType);
    if (!model() || !event->mimeData()->hasFormat(type)) {
        event->ignore();
        return;
    }
    bool ok = false;
    const int from = event->mimeData()->data(type).toInt(&ok);
    const QModelIndex at = indexAt(event->position().toPoint());
    const int to = at.isValid() ? at.row() : model()->rowCount(rootIndex()) - 1;
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    if (ok && from != to)
        Q_EMIT rowDropRequested(from, to);
}

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

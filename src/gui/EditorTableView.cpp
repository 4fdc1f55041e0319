#include "EditorTableView.h"

#include <QDrag>
#include <QDropEvent>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QScrollArea>

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

bool EditorTableView::isStop(const QModelIndex& index) const
{
    // Tab stops where there is something to change: a cell to edit or a box to tick. Locked rows (the
    // headers the format and Hooksmith set) have neither.
    const Qt::ItemFlags flags = model()->flags(index);
    return !isColumnHidden(index.column()) && (flags & Qt::ItemIsEnabled) &&
           (flags & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable));
}

QModelIndex EditorTableView::nextStop(const QModelIndex& from, bool forward) const
{
    const int rows = model()->rowCount(rootIndex());
    const int columns = model()->columnCount(rootIndex());
    int cell = from.isValid() ? from.row() * columns + from.column() : (forward ? -1 : rows * columns);
    // No wrapping around: past the last stop (before the first) the focus moves on.
    for (cell += forward ? 1 : -1; cell >= 0 && cell < rows * columns; cell += forward ? 1 : -1) {
        const QModelIndex index = model()->index(cell / columns, cell % columns, rootIndex());
        if (isStop(index))
            return index;
    }
    return {};
}

QModelIndex EditorTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if (model() && (cursorAction == MoveNext || cursorAction == MovePrevious))
        return nextStop(currentIndex(), cursorAction == MoveNext);
    return QTableView::moveCursor(cursorAction, modifiers);
}

void EditorTableView::focusInEvent(QFocusEvent* event)
{
    // Tab enters at the first cell to change, Shift+Tab at the last, wherever the table was left before.
    if (model() && (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason)) {
        const QModelIndex entry = nextStop({}, event->reason() == Qt::TabFocusReason);
        if (entry.isValid())
            setCurrentIndex(entry);
    }
    QTableView::focusInEvent(event);
    revealCurrent();
}

void EditorTableView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    QTableView::currentChanged(current, previous);
    if (hasFocus())
        revealCurrent();
}

void EditorTableView::revealCurrent()
{
    // The table is laid out whole inside the editor's scroll area, which Qt scrolls to a widget that gets
    // the focus but not to a cell within it: the current cell is scrolled into view here.
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    for (QWidget* w = parentWidget(); w; w = w->parentWidget()) {
        auto* area = qobject_cast<QScrollArea*>(w);
        if (!area || !area->widget() || !area->widget()->isAncestorOf(this))
            continue;
        const QRect cell = visualRect(current);
        const QPoint centre = viewport()->mapTo(area->widget(), cell.center());
        area->ensureVisible(centre.x(), centre.y(), cell.width() / 2 + 8, cell.height() / 2 + 8);
        return;
    }
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

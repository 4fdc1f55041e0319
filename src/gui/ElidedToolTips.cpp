#include "ElidedToolTips.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QToolTip>

namespace hooksmith {

namespace {

class ElidedToolTipFilter final : public QObject
{
public:
    explicit ElidedToolTipFilter(QAbstractItemView* view)
        : QObject(view)
        , m_view(view)
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
            return false;
        auto* help = static_cast<QHelpEvent*>(event);
        const QModelIndex index = m_view->indexAt(help->pos());
        if (!index.isValid())
            return false;
        const QString text = index.data(Qt::DisplayRole).toString();
        if (text.isEmpty() || !isCut(index, text))
            return false;
        const QString own = index.data(Qt::ToolTipRole).toString();
        const QString tip = own.isEmpty() || own.contains(text) ? (own.isEmpty() ? text : own) : text + u'\n' + own;
        QToolTip::showText(help->globalPos(), tip, m_view->viewport(), m_view->visualRect(index));
        return true;
    }

private:
    bool isCut(const QModelIndex& index, const QString& text) const
    {
        if (text.contains(u'\n'))
            return true;
        QStyleOptionViewItem option;
        option.initFrom(m_view->viewport());
        option.font = m_view->font();
        if (const QVariant font = index.data(Qt::FontRole); font.canConvert<QFont>())
            option.font = font.value<QFont>();
        option.rect = m_view->visualRect(index);
        option.features = QStyleOptionViewItem::HasDisplay;
        if (!index.data(Qt::DecorationRole).isNull())
            option.features |= QStyleOptionViewItem::HasDecoration;
        if (index.flags() & Qt::ItemIsUserCheckable)
            option.features |= QStyleOptionViewItem::HasCheckIndicator;
        option.decorationSize = m_view->iconSize().isValid() ? m_view->iconSize() : QSize(16, 16);
        option.text = text;
        // The room the style gives the text in this cell, as it lays out the item to paint it.
        const QRect textRect = m_view->style()->subElementRect(QStyle::SE_ItemViewItemText, &option, m_view);
        const int margin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
        return QFontMetrics(option.font).horizontalAdvance(text) > textRect.width() - 2 * margin;
    }

    QAbstractItemView* m_view;
};

} // namespace

void installElidedToolTips(QAbstractItemView* view)
{
    view->viewport()->installEventFilter(new ElidedToolTipFilter(view));
}

} // namespace hooksmith

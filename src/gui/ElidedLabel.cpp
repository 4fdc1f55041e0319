#include "ElidedLabel.h"

#include <QEvent>
#include <QFontMetrics>

#include <cmath>

namespace hooksmith {

ElidedLabel::ElidedLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    // Its whole text when there is room, down to "…" when there is not; never wider than it is given.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString& text)
{
    if (text == m_fullText)
        return;
    m_fullText = text;
    updateGeometry(); // a new size hint: the layout gives the label room for the whole text if it can
    updateShown();
}

QSize ElidedLabel::minimumSizeHint() const
{
    // As high as one line, as narrow as "…".
    const QFontMetrics metrics(font());
    const QMargins m = contentsMargins();
    return {metrics.horizontalAdvance(u'\u2026') + m.left() + m.right() + 2 * margin(),
            metrics.height() + m.top() + m.bottom() + 2 * margin()};
}

QSize ElidedLabel::sizeHint() const
{
    // Rounded up, and a pixel more: elision measures the text in fractions of a pixel.
    const int advance = int(std::ceil(QFontMetricsF(font()).horizontalAdvance(m_fullText))) + 1;
    const QMargins m = contentsMargins();
    return {advance + m.left() + m.right() + 2 * margin(), minimumSizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    updateShown();
}

void ElidedLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateShown();
}

void ElidedLabel::updateShown()
{
    const int room = contentsRect().width() - 2 * margin();
    const QString shown = fontMetrics().elidedText(m_fullText, Qt::ElideRight, std::max(room, 0));
    if (shown != text())
        setText(shown);
    setToolTip(shown == m_fullText ? QString() : m_fullText);
}

} // namespace hooksmith

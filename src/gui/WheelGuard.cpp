#include "WheelGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>

namespace hooksmith {

namespace {

bool isGuarded(QObject* object)
{
    return qobject_cast<QComboBox*>(object) || qobject_cast<QAbstractSpinBox*>(object);
}

/// A wheel focus policy would hand the focus over on the first turn of the wheel, and the value change with it.
void takeFocusByClickOrTab(QWidget* widget)
{
    if ((widget->focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus)
        widget->setFocusPolicy(Qt::StrongFocus);
}

} // namespace

WheelGuard::WheelGuard(QObject* parent)
    : QObject(parent)
{
    qApp->installEventFilter(this);
    // Widgets polished before the guard came (made and sized before the window is shown); later ones as they
    // are polished.
    for (QWidget* widget : QApplication::allWidgets()) {
        if (isGuarded(widget))
            takeFocusByClickOrTab(widget);
    }
}

WheelGuard::~WheelGuard()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Polish:
        if (isGuarded(watched))
            takeFocusByClickOrTab(static_cast<QWidget*>(watched));
        break;
    case QEvent::Wheel:
        if (isGuarded(watched) && !static_cast<QWidget*>(watched)->hasFocus()) {
            // Ignored, it goes on to the scroll area around it.
            event->ignore();
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hooksmith

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

} // namespace

WheelGuard::WheelGuard(QObject* parent)
    : QObject(parent)
{
    qApp->installEventFilter(this);
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
        // A wheel focus policy would hand the focus over on the first turn of the wheel, and the value change
        // with it.
        if (isGuarded(watched)) {
            auto* widget = static_cast<QWidget*>(watched);
            if ((widget->focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus)
                widget->setFocusPolicy(Qt::StrongFocus);
        }
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

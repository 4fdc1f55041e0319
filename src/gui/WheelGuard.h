#pragma once

#include <QObject>

namespace hooksmith {

/// The mouse wheel scrolls the form it is over; it changes a combo box or a spin box only once that has the
/// focus. Installed on the application, so it covers panels and dialogs made later as well as the main window.
class WheelGuard final : public QObject
{
    Q_OBJECT
public:
    explicit WheelGuard(QObject* parent = nullptr);
    ~WheelGuard() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace hooksmith

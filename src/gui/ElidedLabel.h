#pragma once

#include <QLabel>

namespace hooksmith {

/// A one-line label that never asks for more width than it is given: text that does not fit ends in "…"
/// and is shown whole in the tooltip. A long name then cannot widen the window past the screen.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateShown();

    QString m_fullText;
};

} // namespace hooksmith

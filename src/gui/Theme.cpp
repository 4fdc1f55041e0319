#include "Theme.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmapCache>
#include <QPlainTextEdit>
#include <QSvgRenderer>
#include <QTextEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

/// A hue adjusted to read on the palette's base colour: darker on light backgrounds, lighter on dark.
QColor onBase(int hue, int saturation, const QPalette& palette)
{
    const bool dark = Theme::isDark(palette);
    return QColor::fromHsv(hue, saturation, dark ? 235 : 150);
}

/// Draws an SVG whose strokes and fills say "currentColor" in the palette's text colour, at the exact
/// device pixel size asked for.
class PaletteIconEngine : public QIconEngine
{
public:
    explicit PaletteIconEngine(QString path)
        : m_path(std::move(path))
    {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        QColor color = palette.color(QPalette::Active, QPalette::WindowText);
        if (mode == QIcon::Disabled)
            color = palette.color(QPalette::Disabled, QPalette::WindowText);
        else if (mode == QIcon::Selected)
            color = palette.color(QPalette::Active, QPalette::HighlightedText);
        QByteArray svg = source();
        svg.replace("currentColor", color.name().toLatin1());
        QSvgRenderer renderer(svg);
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        const QString key = u"hs:%1:%2x%3:%4:%5:%6"_s.arg(m_path)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(int(mode))
                                .arg(scale)
                                .arg(QApplication::palette().color(QPalette::WindowText).name());
        QPixmap pm;
        if (QPixmapCache::find(key, &pm))
            return pm;
        pm = QPixmap(size * scale);
        pm.fill(Qt::transparent);
        {
            QPainter p(&pm);
            paint(&p, QRect(QPoint(), pm.size()), mode, state);
        }
        pm.setDevicePixelRatio(scale);
        QPixmapCache::insert(key, pm);
        return pm;
    }

    QIconEngine* clone() const override { return new PaletteIconEngine(m_path); }
    QString key() const override { return u"hooksmith-palette"_s; }

private:
    const QByteArray& source()
    {
        if (m_source.isEmpty()) {
            QFile f(m_path);
            if (f.open(QIODevice::ReadOnly))
                m_source = f.readAll();
        }
        return m_source;
    }

    QString m_path;
    QByteArray m_source;
};

} // namespace

namespace {

struct AppliedTheme
{
    Theme::Mode mode = Theme::Mode::System;
    std::optional<QPalette> systemPalette; ///< the application's palette before the first apply()
};

AppliedTheme& appliedTheme()
{
    static AppliedTheme theme;
    return theme;
}

QPalette paletteOf(QColor window, QColor base, QColor text, QColor highlight, QColor muted)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Link, highlight.lighter(130));
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(130));
    p.setColor(QPalette::Dark, window.darker(160));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, muted);
    return p;
}

} // namespace

QString Theme::modeName(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return u"system"_s;
    case Mode::Light:
        return u"light"_s;
    case Mode::Dark:
        return u"dark"_s;
    }
    return u"system"_s;
}

std::optional<Theme::Mode> Theme::modeFromName(QStringView name)
{
    for (const Mode m : {Mode::System, Mode::Light, Mode::Dark}) {
        if (name == modeName(m))
            return m;
    }
    return std::nullopt;
}

QPalette Theme::lightPalette()
{
    return paletteOf(QColor(0xef, 0xf0, 0xf1), Qt::white, QColor(0x23, 0x26, 0x29), QColor(0x30, 0x8c, 0xc6),
                     QColor(0x8a, 0x8e, 0x92));
}

QPalette Theme::darkPalette()
{
    return paletteOf(QColor(0x2b, 0x2d, 0x31), QColor(0x1e, 0x1f, 0x22), QColor(0xe6, 0xe6, 0xe6),
                     QColor(0x3d, 0x6f, 0xb0), QColor(0x80, 0x80, 0x80));
}

void Theme::apply(Mode mode)
{
    AppliedTheme& applied = appliedTheme();
    if (!applied.systemPalette)
        applied.systemPalette = QApplication::palette();
    applied.mode = mode;
    switch (mode) {
    case Mode::System:
        QApplication::setPalette(*applied.systemPalette);
        break;
    case Mode::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Mode::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

Theme::Mode Theme::currentMode()
{
    return appliedTheme().mode;
}

bool Theme::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor Theme::color(Role role, const QPalette& palette)
{
    switch (role) {
    case Role::Error:
        return onBase(0, 200, palette);
    case Role::Warning:
        return onBase(35, 220, palette);
    case Role::Preset:
        return onBase(280, 150, palette);
    case Role::String:
        return onBase(120, 170, palette);
    case Role::Number:
        return onBase(210, 190, palette);
    case Role::Keyword:
        return onBase(330, 170, palette);
    case Role::Muted:
        return palette.color(QPalette::Disabled, QPalette::Text);
    }
    return palette.color(QPalette::Text);
}

QColor Theme::headerColor(HeaderSource source, const QPalette& palette)
{
    switch (source) {
    case HeaderSource::Format:
        return onBase(210, 190, palette);
    case HeaderSource::Auth:
        return onBase(25, 210, palette);
    case HeaderSource::Signing:
        return onBase(280, 150, palette);
    case HeaderSource::User:
        return palette.color(QPalette::Text);
    case HeaderSource::Automatic:
        return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
    }
    return palette.color(QPalette::Text);
}

QColor Theme::lockedBackground(const QPalette& palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.07);
}

QIcon Theme::icon(const QString& name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(new PaletteIconEngine(u":/hooksmith/icons/"_s + name + u".svg"_s)));
    return *it;
}

namespace {

const QString kProblemDelayName = QStringLiteral("hooksmith-problem-delay");

/// The keyboard is in a text field (or spin box) within the label's own section.
bool typingBeside(const QLabel* label)
{
    QWidget* focus = QApplication::focusWidget();
    if (!focus || !label->parentWidget() || !label->parentWidget()->isAncestorOf(focus))
        return false;
    return qobject_cast<QLineEdit*>(focus) || qobject_cast<QPlainTextEdit*>(focus) || qobject_cast<QTextEdit*>(focus) ||
           qobject_cast<QAbstractSpinBox*>(focus);
}

} // namespace

void Theme::showProblems(QWidget* widget, const QStringList& messages)
{
    auto* label = qobject_cast<QLabel*>(widget);
    if (!label)
        return;
    auto* delay = label->findChild<QTimer*>(kProblemDelayName, Qt::FindDirectChildrenOnly);
    if (messages.isEmpty()) {
        if (delay)
            delay->stop();
        label->clear();
        label->hide();
        return;
    }
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color(Role::Error, QApplication::palette()));
    label->setPalette(p);
    label->setWordWrap(true);
    QStringList lines;
    for (const QString& m : messages)
        lines.append(u"⚠ "_s + m);
    label->setText(lines.join(u'\n'));
    label->setAccessibleName(messages.join(u' '));
    if (label->isHidden() && typingBeside(label)) {
        if (!delay) {
            delay = new QTimer(label);
            delay->setObjectName(kProblemDelayName);
            delay->setSingleShot(true);
            QObject::connect(delay, &QTimer::timeout, label, [label] {
                if (!label->text().isEmpty())
                    label->show();
            });
        }
        delay->start(kTypingPauseMs);
        return;
    }
    if (delay)
        delay->stop();
    label->show();
}

} // namespace hooksmith

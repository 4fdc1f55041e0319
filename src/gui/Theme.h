#pragma once

#include "Renderer.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

#include <optional>

class QWidget;

namespace hooksmith {

/// Colours and icons derived from the current palette, so that light and dark themes both read well.
/// Nothing here hard-codes a colour that ignores the palette.
class Theme
{
public:
    enum class Role : quint8
    {
        Error,
        Warning,
        Preset,
        String,
        Number,
        Keyword,
        Muted
    };

    /// The colours the app uses (Preferences): the system's, or Hooksmith's own light or dark ones.
    enum class Mode : quint8
    {
        System,
        Light,
        Dark
    };
    /// "system", "light", "dark", as the settings keep them.
    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(QStringView name);
    /// Sets the application's palette for `mode`; System brings back the palette the application had
    /// before the first call.
    static void apply(Mode mode);
    static Mode currentMode();
    static QPalette lightPalette();
    static QPalette darkPalette();

    static bool isDark(const QPalette& palette);
    static QColor color(Role role, const QPalette& palette);
    /// The colour of a header name in the preview and the header table, by who set it.
    static QColor headerColor(HeaderSource source, const QPalette& palette);
    /// A faint background for rows Hooksmith locks.
    static QColor lockedBackground(const QPalette& palette);

    /// An icon drawn from resources/icons/NAME.svg in the palette's text colour, sharp at any scale.
    static QIcon icon(const QString& name);

    /// "⚠ message" lines in the error colour; hidden when there are none. A problem that turns up while
    /// the user types into a field beside the label (the half-typed `{{` of a template) shows once
    /// typing pauses (kTypingPauseMs), so that the form does not jump at every keystroke; one that is
    /// fixed goes at once.
    static void showProblems(QWidget* label, const QStringList& messages);
    static constexpr int kTypingPauseMs = 700;
};

} // namespace hooksmith

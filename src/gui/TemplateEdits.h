#pragma once

#include "Theme.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSyntaxHighlighter>

#include <optional>

class QCompleter;

namespace hooksmith {

/// One coloured stretch of text.
struct TextSpan
{
    int start = 0;
    int length = 0;
    Theme::Role role = Theme::Role::Muted;
    bool unknownPreset = false;
};

/// Finds presets ({{NAME}}) and, in JSON mode, strings, numbers and keywords in one line of text.
/// `state` carries "inside a string" from one line to the next.
QList<TextSpan> templateSpans(const QString& line, bool json, int* state);

/// When the cursor stands in an unfinished "{{NAME", the NAME typed so far (possibly empty).
std::optional<QString> openPlaceholder(const QString& textBeforeCursor);

/// Base of the highlighters of finished bodies (the rendered preview, received responses and
/// requests): colours JSON strings, numbers and keywords with the template editors' colours.
class JsonSyntaxHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    /// Colours `text` (the current block) as JSON, carrying "inside a string" over from the block
    /// before.
    void highlightJson(const QString& text);
};

/// Highlights presets, and JSON syntax when the content type is JSON.
class TemplateHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit TemplateHighlighter(QTextDocument* document);
    void setJson(bool json);

protected:
    void highlightBlock(const QString& text) override;

private:
    bool m_json = false;
};

/// The custom body editor: presets highlighted, JSON highlighted, typing "{{" offers the presets.
class TemplateTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit TemplateTextEdit(QWidget* parent = nullptr);
    void setJson(bool json);
    QCompleter* completer() const { return m_completer; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateCompletion();
    void insertCompletion(const QString& name);

    QCompleter* m_completer;
    TemplateHighlighter* m_highlighter;
};

/// A one-line template field (URL, header values) where typing "{{" offers the presets.
class TemplateLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit TemplateLineEdit(QWidget* parent = nullptr);
    QCompleter* completer() const { return m_completer; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateCompletion();
    void insertCompletion(const QString& name);

    QCompleter* m_completer;
};

/// The preset names offered after "{{" (env: included), for completers.
QCompleter* createPresetCompleter(QWidget* widget);

} // namespace hooksmith

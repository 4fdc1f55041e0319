#include "TemplateEdits.h"

#include "Template.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QFrame>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u':';
}

bool completerKey(QKeyEvent* e)
{
    switch (e->key()) {
    case Qt::Key_Enter:
    case Qt::Key_Return:
    case Qt::Key_Escape:
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return true;
    default:
        return false;
    }
}

/// Shows the preset list when the text before the cursor is an unfinished "{{NAME", else hides it.
void updatePresetPopup(QCompleter* completer, const QString& before, QRect cursorRect)
{
    const std::optional<QString> partial = openPlaceholder(before);
    if (partial)
        completer->setCompletionPrefix(*partial);
    if (!partial || completer->completionCount() == 0) {
        completer->popup()->hide();
        return;
    }
    QAbstractItemView* popup = completer->popup();
    // Wide enough for the longest name shown (WEBHOOK_EVENT_NAME), its frame and its scroll bar.
    const auto* frame = qobject_cast<const QFrame*>(popup);
    cursorRect.setWidth(popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width() +
                        2 * (frame ? frame->frameWidth() : 0) + 8);
    completer->complete(cursorRect);
    // The first match is chosen: Enter or Tab inserts it at once.
    if (!popup->currentIndex().isValid())
        popup->setCurrentIndex(completer->completionModel()->index(0, 0));
}

/// On the preset popup: Tab inserts the chosen preset as Enter does (QCompleter would only close the list).
class TabInsertsFilter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() != Qt::Key_Tab || key->modifiers() != Qt::NoModifier)
            return false;
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QCoreApplication::sendEvent(watched, &enter);
        return true;
    }
};

} // namespace

QList<TextSpan> templateSpans(const QString& line, bool json, int* state)
{
    QList<TextSpan> spans;
    const qsizetype n = line.size();
    qsizetype i = 0;
    bool inString = json && state && *state == 1;
    qsizetype stringStart = 0;
    while (i < n) {
        const QChar c = line[i];
        // Presets first: they may stand inside or outside JSON strings.
        if (c == u'\\' && i + 2 < n && line[i + 1] == u'{' && line[i + 2] == u'{' && !inString) {
            i += 3;
            continue;
        }
        if (c == u'{' && i + 1 < n && line[i + 1] == u'{') {
            const qsizetype close = line.indexOf(u"}}"_s, i + 2);
            if (close > 0) {
                const QString name = line.mid(i + 2, close - i - 2).trimmed();
                const bool known = Presets::fromName(name).has_value() || name.startsWith(u"env:"_s);
                spans.append({int(i), int(close + 2 - i), known ? Theme::Role::Preset : Theme::Role::Error, !known});
                i = close + 2;
                continue;
            }
        }
        if (!json) {
            ++i;
            continue;
        }
        if (inString) {
            if (c == u'\\') {
                i += 2;
                continue;
            }
            if (c == u'"') {
                spans.append({int(stringStart), int(i + 1 - stringStart), Theme::Role::String, false});
                inString = false;
            }
            ++i;
            continue;
        }
        if (c == u'"') {
            inString = true;
            stringStart = i;
            ++i;
            continue;
        }
        if (c.isDigit() || (c == u'-' && i + 1 < n && line[i + 1].isDigit())) {
            qsizetype j = i + 1;
            while (j < n && (line[j].isDigit() || line[j] == u'.' || line[j] == u'e' || line[j] == u'E' ||
                             line[j] == u'+' || line[j] == u'-'))
                ++j;
            spans.append({int(i), int(j - i), Theme::Role::Number, false});
            i = j;
            continue;
        }
        if (c.isLetter()) {
            qsizetype j = i;
            while (j < n && line[j].isLetter())
                ++j;
            const QStringView word = QStringView(line).mid(i, j - i);
            if (word == u"true" || word == u"false" || word == u"null")
                spans.append({int(i), int(j - i), Theme::Role::Keyword, false});
            i = j;
            continue;
        }
        ++i;
    }
    if (inString)
        spans.append({int(stringStart), int(n - stringStart), Theme::Role::String, false});
    if (state)
        *state = inString ? 1 : 0;
    // Presets drawn over strings: sort so that later (preset) formats win where they overlap.
    std::stable_sort(spans.begin(), spans.end(), [](const TextSpan& a, const TextSpan& b) {
        return (a.role == Theme::Role::Preset || a.unknownPreset) < (b.role == Theme::Role::Preset || b.unknownPreset);
    });
    return spans;
}

std::optional<QString> openPlaceholder(const QString& before)
{
    const qsizetype open = before.lastIndexOf(u"{{"_s);
    if (open < 0)
        return std::nullopt;
    if (open > 0 && before[open - 1] == u'\\')
        return std::nullopt;
    const QString partial = before.mid(open + 2);
    const QString trimmed = partial.trimmed();
    for (const QChar c : trimmed) {
        if (!isNameChar(c))
            return std::nullopt;
    }
    if (partial.endsWith(u' ') && !trimmed.isEmpty())
        return std::nullopt;
    return trimmed;
}

QCompleter* createPresetCompleter(QWidget* widget)
{
    QStringList names;
    for (const PresetInfo& info : Presets::all())
        names.append(info.name);
    names.append(u"env:"_s);
    auto* completer = new QCompleter(new QStringListModel(names, widget), widget);
    completer->setWidget(widget);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setModelSorting(QCompleter::UnsortedModel);
    completer->popup()->setObjectName(u"presetCompleterPopup"_s);
    // Installed after QCompleter's own filter, so it sees Tab first.
    completer->popup()->installEventFilter(new TabInsertsFilter(completer));
    return completer;
}

// ---- highlighters ----

void JsonSyntaxHighlighter::highlightJson(const QString& text)
{
    const QPalette palette = QApplication::palette();
    int state = qMax(0, previousBlockState());
    for (const TextSpan& span : templateSpans(text, true, &state)) {
        QTextCharFormat f;
        f.setForeground(Theme::color(span.role, palette));
        setFormat(span.start, span.length, f);
    }
    setCurrentBlockState(state);
}

TemplateHighlighter::TemplateHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{}

void TemplateHighlighter::setJson(bool json)
{
    if (json == m_json)
        return;
    m_json = json;
    rehighlight();
}

void TemplateHighlighter::highlightBlock(const QString& text)
{
    int state = qMax(0, previousBlockState());
    const QPalette palette = QApplication::palette();
    for (const TextSpan& span : templateSpans(text, m_json, &state)) {
        QTextCharFormat f;
        f.setForeground(Theme::color(span.role, palette));
        if (span.role == Theme::Role::Preset)
            f.setFontWeight(QFont::Bold);
        if (span.unknownPreset) {
            f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            f.setUnderlineColor(Theme::color(Theme::Role::Error, palette));
            f.setToolTip(tr("Unknown preset"));
        }
        setFormat(span.start, span.length, f);
    }
    setCurrentBlockState(state);
}

// ---- text edit ----

TemplateTextEdit::TemplateTextEdit(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_completer(createPresetCompleter(this))
    , m_highlighter(new TemplateHighlighter(document()))
{
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    setFont(mono);
    setTabChangesFocus(true);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &TemplateTextEdit::insertCompletion);
}

void TemplateTextEdit::setJson(bool json)
{
    m_highlighter->setJson(json);
}

void TemplateTextEdit::keyPressEvent(QKeyEvent* event)
{
    if (m_completer->popup()->isVisible() && completerKey(event)) {
        event->ignore(); // the completer acts on it
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    if (!event->text().isEmpty() || event->key() == Qt::Key_Backspace)
        updateCompletion();
}

void TemplateTextEdit::updateCompletion()
{
    const QTextCursor c = textCursor();
    updatePresetPopup(m_completer, c.block().text().left(c.positionInBlock()), cursorRect());
}

void TemplateTextEdit::insertCompletion(const QString& name)
{
    QTextCursor c = textCursor();
    const QString block = c.block().text().left(c.positionInBlock());
    const std::optional<QString> partial = openPlaceholder(block);
    if (!partial)
        return;
    const qsizetype open = block.lastIndexOf(u"{{"_s);
    c.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(block.size() - open - 2));
    c.insertText(name.endsWith(u':') ? name : name + u"}}"_s);
    setTextCursor(c);
}

// ---- line edit ----

TemplateLineEdit::TemplateLineEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_completer(createPresetCompleter(this))
{
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &TemplateLineEdit::insertCompletion);
}

void TemplateLineEdit::keyPressEvent(QKeyEvent* event)
{
    if (m_completer->popup()->isVisible() && completerKey(event)) {
        event->ignore();
        return;
    }
    QLineEdit::keyPressEvent(event);
    if (!event->text().isEmpty() || event->key() == Qt::Key_Backspace)
        updateCompletion();
}

void TemplateLineEdit::updateCompletion()
{
    updatePresetPopup(m_completer, text().left(cursorPosition()), cursorRect());
}

void TemplateLineEdit::insertCompletion(const QString& name)
{
    const QString before = text().left(cursorPosition());
    if (!openPlaceholder(before))
        return;
    const qsizetype open = before.lastIndexOf(u"{{"_s);
    const QString insert = name.endsWith(u':') ? name : name + u"}}"_s;
    const QString after = text().mid(cursorPosition());
    const QString newText = before.left(open + 2) + insert + after;
    setText(newText);
    setCursorPosition(int(open + 2 + insert.size()));
    // setText() does not count as an edit by the user: announce it like typing would.
    Q_EMIT textEdited(newText);
}

} // namespace hooksmith

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPlainTextEdit>

#include <utility>

namespace hooksmith {

class JsonBodyHighlighter;

/// How a body is shown: JSON pretty-printed (numbers and strings exactly as received), text as it is,
/// anything else as a hex dump.
class BodyText
{
    Q_DECLARE_TR_FUNCTIONS(BodyText)
public:
    enum class Kind : quint8
    {
        Empty,
        Json,
        Text,
        Binary
    };
    /// Not valid UTF-8, or control characters other than tab, CR and LF.
    static bool looksBinary(const QByteArray& bytes);
    /// Indents valid JSON two spaces a level; the tokens are kept as they are. Null when not JSON.
    static QString prettyJson(const QByteArray& bytes);
    /// "00000000  7b 22 6f 6b  ...  |{"ok|" lines, 16 bytes each.
    static QString hexDump(const QByteArray& bytes);
    /// The text to show and what it is.
    static std::pair<QString, Kind> format(const QByteArray& bytes);
    /// "Name: value" lines.
    static QString headerLines(const QList<std::pair<QByteArray, QByteArray>>& headers);
};

/// A read-only view of a body, formatted by BodyText, JSON coloured like the preview.
class BodyView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit BodyView(QWidget* parent = nullptr);

    void setBody(const QByteArray& bytes);
    BodyText::Kind kind() const { return m_kind; }

private:
    JsonBodyHighlighter* m_highlighter;
    BodyText::Kind m_kind = BodyText::Kind::Empty;
};

} // namespace hooksmith

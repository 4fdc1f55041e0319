#include "ShellWords.h"

#include "Json.h"

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

bool isNameStart(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || u == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c.unicode() >= u'0' && c.unicode() <= u'9');
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

void appendCodePoint(QByteArray& bytes, char32_t cp)
{
    bytes.append(QString::fromUcs4(&cp, 1).toUtf8());
}

class Splitter
{
public:
    Splitter(QStringView line, bool commands)
        : m_s(line)
        , m_commands(commands)
    {}

    Result<QList<ShellWord>> run();
    QList<ShellCommand> commands() const { return m_done; }

private:
    QString where(qsizetype offset) const
    {
        const auto [line, column] = lineAndColumn(m_s, offset);
        return ShellWords::tr("line %1, column %2").arg(line).arg(column);
    }
    void literal(QStringView text)
    {
        m_inWord = true;
        if (!m_word.segments.isEmpty() && !m_word.segments.back().variable)
            m_word.segments.back().text.append(text);
        else
            m_word.segments.append({false, text.toString(), std::nullopt});
    }
    void literal(QChar c) { literal(QStringView(&c, 1)); }
    void endWord()
    {
        if (m_inWord)
            m_words.append(std::move(m_word));
        m_word = {};
        m_inWord = false;
    }
    void endCommand(ShellCommand::End end)
    {
        endWord();
        if (!m_words.isEmpty())
            m_done.append({std::move(m_words), end, m_pos});
        m_words.clear();
    }
    /// `$` at m_pos (outside single quotes). Returns an error message, or empty.
    QString dollar();
    /// `${NAME` read, m_pos at the operator after NAME: reads the operator and its word up to `}`.
    QString braceOperator(qsizetype start, const QString& name);
    QString ansiC();

    QStringView m_s;
    const bool m_commands;
    qsizetype m_pos = 0;
    QList<ShellWord> m_words;
    QList<ShellCommand> m_done;
    ShellWord m_word;
    bool m_inWord = false;
};

QString Splitter::braceOperator(qsizetype start, const QString& name)
{
    const qsizetype n = m_s.size();
    qsizetype i = m_pos;
    const bool colon = i < n && m_s[i] == u':';
    if (colon)
        ++i;
    const QChar op = i < n ? m_s[i] : QChar();
    if (op != u'-' && op != u'=' && op != u'?')
        return ShellWords::tr("\"${\" at %1 is not a plain ${NAME}; write the value out").arg(where(start));
    ++i;
    // The word up to the closing brace, quotes removed.
    QString word;
    bool expands = false;
    while (true) {
        if (i >= n)
            return ShellWords::tr("the \"${\" at %1 is not closed").arg(where(start));
        const QChar c = m_s[i];
        if (c == u'}') {
            ++i;
            break;
        }
        if (c == u'\'') {
            const qsizetype close = m_s.indexOf(u'\'', i + 1);
            if (close < 0)
                return ShellWords::tr("the quote ' at %1 is not closed").arg(where(i));
            word += m_s.sliced(i + 1, close - i - 1);
            i = close + 1;
        } else if (c == u'"') {
            ++i;
            while (i < n && m_s[i] != u'"') {
                if (m_s[i] == u'\\' && i + 1 < n &&
                    (m_s[i + 1] == u'$' || m_s[i + 1] == u'`' || m_s[i + 1] == u'"' || m_s[i + 1] == u'\\')) {
                    word += m_s[i + 1];
                    i += 2;
                    continue;
                }
                expands = expands || m_s[i] == u'$' || m_s[i] == u'`';
                word += m_s[i++];
            }
            if (i >= n)
                return ShellWords::tr("the quote \" at %1 is not closed").arg(where(i));
            ++i;
        } else if (c == u'\\' && i + 1 < n) {
            word += m_s[i + 1];
            i += 2;
        } else {
            expands = expands || c == u'$' || c == u'`';
            word += c;
            ++i;
        }
    }
    if (op != u'?' && expands) {
        return ShellWords::tr("the value after \"${%1%2\" at %3 is expanded by the shell; write it out")
            .arg(name, colon ? u":"_s + op : QString(op))
            .arg(where(start));
    }
    m_inWord = true;
    ShellSegment segment{true, name, std::nullopt};
    if (op != u'?')
        segment.fallback = word;
    m_word.segments.append(segment);
    m_pos = i;
    return {};
}

QString Splitter::dollar()
{
    const qsizetype start = m_pos;
    const qsizetype n = m_s.size();
    if (!m_inWord)
        m_word.offset = start;
    if (start + 1 < n && m_s[start + 1] == u'(') {
        return ShellWords::tr("\"$(\" at %1 runs a command, which cannot be imported; paste the command with its "
                              "result written out")
            .arg(where(start));
    }
    if (start + 1 < n && m_s[start + 1] == u'{') {
        qsizetype i = start + 2;
        while (i < n && isNameChar(m_s[i]))
            ++i;
        if (i == start + 2 || i >= n || !isNameStart(m_s[start + 2])) {
            return ShellWords::tr("\"${\" at %1 is not a plain ${NAME}; write the value out").arg(where(start));
        }
        if (m_s[i] != u'}') {
            m_pos = i;
            return braceOperator(start, m_s.sliced(start + 2, i - start - 2).toString());
        }
        m_inWord = true;
        m_word.segments.append({true, m_s.sliced(start + 2, i - start - 2).toString(), std::nullopt});
        m_pos = i + 1;
        return {};
    }
    if (start + 1 < n && isNameStart(m_s[start + 1])) {
        qsizetype i = start + 1;
        while (i < n && isNameChar(m_s[i]))
            ++i;
        m_inWord = true;
        m_word.segments.append({true, m_s.sliced(start + 1, i - start - 1).toString(), std::nullopt});
        m_pos = i;
        return {};
    }
    if (start + 1 < n && !isBlank(m_s[start + 1]) && m_s[start + 1] != u'"' && m_s[start + 1] != u'\'') {
        return ShellWords::tr("\"$%1\" at %2 is a shell parameter that cannot be imported; write the value out")
            .arg(m_s[start + 1])
            .arg(where(start));
    }
    // A lone '$' is literal, as in the shell.
    literal(u'$');
    ++m_pos;
    return {};
}

QString Splitter::ansiC()
{
    // m_pos is at the quote after '$'.
    const qsizetype open = m_pos - 1;
    const qsizetype n = m_s.size();
    QByteArray bytes;
    qsizetype i = m_pos + 1;
    while (true) {
        if (i >= n)
            return ShellWords::tr("the quote $' at %1 is not closed").arg(where(open));
        const QChar c = m_s[i];
        if (c == u'\'') {
            ++i;
            break;
        }
        if (c != u'\\' || i + 1 >= n) {
            bytes.append(QStringView(&c, 1).toUtf8());
            ++i;
            continue;
        }
        const QChar e = m_s[i + 1];
        i += 2;
        switch (e.unicode()) {
        case u'a':
            bytes.append('\a');
            break;
        case u'b':
            bytes.append('\b');
            break;
        case u'e':
        case u'E':
            bytes.append('\x1b');
            break;
        case u'f':
            bytes.append('\f');
            break;
        case u'n':
            bytes.append('\n');
            break;
        case u'r':
            bytes.append('\r');
            break;
        case u't':
            bytes.append('\t');
            break;
        case u'v':
            bytes.append('\v');
            break;
        case u'\\':
        case u'\'':
        case u'"':
        case u'?':
            bytes.append(char(e.unicode()));
            break;
        case u'x':
        case u'u':
        case u'U': {
            const int max = e == u'x' ? 2 : e == u'u' ? 4 : 8;
            char32_t value = 0;
            int digits = 0;
            while (digits < max && i < n && hexDigit(m_s[i]) >= 0) {
                value = value * 16 + char32_t(hexDigit(m_s[i]));
                ++i;
                ++digits;
            }
            if (digits == 0) {
                bytes.append('\\');
                bytes.append(char(e.unicode()));
            } else if (e == u'x') {
                bytes.append(char(value));
            } else {
                appendCodePoint(bytes, value);
            }
            break;
        }
        case u'c':
            if (i < n) {
                bytes.append(char(m_s[i].toUpper().unicode() & 0x1f));
                ++i;
            }
            break;
        default:
            if (e >= u'0' && e <= u'7') {
                int value = e.unicode() - u'0';
                int digits = 1;
                while (digits < 3 && i < n && m_s[i] >= u'0' && m_s[i] <= u'7') {
                    value = value * 8 + (m_s[i].unicode() - u'0');
                    ++i;
                    ++digits;
                }
                bytes.append(char(value & 0xff));
            } else {
                bytes.append('\\');
                bytes.append(QStringView(&e, 1).toUtf8());
            }
        }
    }
    if (bytes.contains('\0'))
        return ShellWords::tr("the quote $' at %1 holds a NUL byte, which no argument can carry").arg(where(open));
    m_pos = i;
    literal(QString::fromUtf8(bytes));
    return {};
}

Result<QList<ShellWord>> Splitter::run()
{
    const qsizetype n = m_s.size();
    while (m_pos < n) {
        const QChar c = m_s[m_pos];
        if (!m_inWord)
            m_word.offset = m_pos;
        if (c == u'\\') {
            if (m_pos + 1 < n && m_s[m_pos + 1] == u'\n') {
                m_pos += 2; // line continuation
            } else if (m_pos + 2 < n && m_s[m_pos + 1] == u'\r' && m_s[m_pos + 2] == u'\n') {
                m_pos += 3;
            } else if (m_pos + 1 < n) {
                literal(m_s[m_pos + 1]);
                m_pos += 2;
            } else {
                return Error(ShellWords::tr("the command line ends with a lone backslash at %1").arg(where(m_pos)));
            }
        } else if (m_commands && c == u'\n') {
            endCommand(ShellCommand::End::Newline);
            ++m_pos;
        } else if (m_commands && c == u';' && !(m_pos + 1 < n && m_s[m_pos + 1] == u';')) {
            endCommand(ShellCommand::End::Semicolon);
            ++m_pos;
        } else if (m_commands && c == u'|' && !(m_pos + 1 < n && m_s[m_pos + 1] == u'|')) {
            endCommand(ShellCommand::End::Pipe);
            ++m_pos;
        } else if (isBlank(c)) {
            endWord();
            ++m_pos;
        } else if (c == u'\'') {
            const qsizetype close = m_s.indexOf(u'\'', m_pos + 1);
            if (close < 0)
                return Error(ShellWords::tr("the quote ' at %1 is not closed").arg(where(m_pos)));
            literal(m_s.sliced(m_pos + 1, close - m_pos - 1));
            m_pos = close + 1;
        } else if (c == u'"') {
            const qsizetype open = m_pos;
            m_inWord = true;
            literal(QStringView());
            ++m_pos;
            while (true) {
                if (m_pos >= n)
                    return Error(ShellWords::tr("the quote \" at %1 is not closed").arg(where(open)));
                const QChar d = m_s[m_pos];
                if (d == u'"') {
                    ++m_pos;
                    break;
                }
                if (d == u'\\' && m_pos + 1 < n) {
                    const QChar e = m_s[m_pos + 1];
                    if (e == u'\n') {
                        m_pos += 2;
                    } else if (e == u'$' || e == u'`' || e == u'"' || e == u'\\') {
                        literal(e);
                        m_pos += 2;
                    } else {
                        literal(d);
                        ++m_pos;
                    }
                } else if (d == u'$') {
                    if (m_pos + 1 < n && m_s[m_pos + 1] == u'"') {
                        literal(d);
                        ++m_pos;
                    } else if (QString e = dollar(); !e.isEmpty()) {
                        return Error(e);
                    }
                } else if (d == u'`') {
                    return Error(ShellWords::tr("the backquote at %1 runs a command, which cannot be imported; paste "
                                                "the command with its result written out")
                                     .arg(where(m_pos)));
                } else {
                    literal(d);
                    ++m_pos;
                }
            }
        } else if (c == u'$') {
            if (m_pos + 1 < n && m_s[m_pos + 1] == u'\'') {
                ++m_pos;
                if (QString e = ansiC(); !e.isEmpty())
                    return Error(e);
            } else if (QString e = dollar(); !e.isEmpty()) {
                return Error(e);
            }
        } else if (c == u'`') {
            return Error(ShellWords::tr("the backquote at %1 runs a command, which cannot be imported; paste the "
                                        "command with its result written out")
                             .arg(where(m_pos)));
        } else if (c == u'#' && !m_inWord) {
            const qsizetype eol = m_s.indexOf(u'\n', m_pos);
            m_pos = eol < 0 ? n : eol;
        } else if (c == u'|' || c == u';' || c == u'&' || c == u'<' || c == u'>' || c == u'(' || c == u')') {
            return Error(ShellWords::tr("\"%1\" at %2 ends the curl command or redirects it; paste the curl command "
                                        "alone")
                             .arg(c)
                             .arg(where(m_pos)));
        } else {
            qsizetype j = m_pos + 1;
            while (j < n) {
                const QChar d = m_s[j];
                if (isBlank(d) || d == u'\\' || d == u'\'' || d == u'"' || d == u'$' || d == u'`' || d == u'|' ||
                    d == u';' || d == u'&' || d == u'<' || d == u'>' || d == u'(' || d == u')')
                    break;
                ++j;
            }
            literal(m_s.sliced(m_pos, j - m_pos));
            m_pos = j;
        }
    }
    endWord();
    return m_words;
}

} // namespace

QString ShellWord::text() const
{
    QString out;
    for (const ShellSegment& s : segments)
        out += s.variable ? u'$' + s.text : s.text;
    return out;
}

bool ShellWord::hasVariables() const
{
    for (const ShellSegment& s : segments) {
        if (s.variable)
            return true;
    }
    return false;
}

Result<QList<ShellWord>> ShellWords::split(QStringView line)
{
    return Splitter(line, false).run();
}

Result<QList<ShellCommand>> ShellWords::splitCommands(QStringView script)
{
    Splitter splitter(script, true);
    auto rest = splitter.run();
    if (!rest)
        return rest.error();
    QList<ShellCommand> out = splitter.commands();
    if (!rest->isEmpty())
        out.append({std::move(rest).value(), ShellCommand::End::Text, script.size()});
    return out;
}

} // namespace hooksmith

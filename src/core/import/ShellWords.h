#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace hooksmith {

/// One piece of a shell word: literal text, or a variable the shell would expand (`$NAME`, `${NAME}`).
struct ShellSegment
{
    bool variable = false;
    QString text; ///< the literal text, or the variable's name
    /// `${NAME-word}`, `${NAME:-word}`, `${NAME=word}`, `${NAME:=word}`: the word, the value when NAME is
    /// not set. (`${NAME?message}` is NAME alone.)
    std::optional<QString> fallback;
};

/// One word of a command line after quote removal, with where it started (0-based offset).
struct ShellWord
{
    QList<ShellSegment> segments;
    qsizetype offset = 0;

    /// The word as text, variables written back as `$NAME`.
    QString text() const;
    bool hasVariables() const;
};

/// Splits a command line into words as a POSIX shell does: blanks separate words, '...' and "..."
/// quote, a backslash escapes the next character, backslash-newline continues the line, `$'...'`
/// decodes C escapes. Parameter expansions (`$NAME`, `${NAME}`) are kept as variables; what a shell
/// would have to run to expand (`$(...)`, backticks, `$((...))`) and operators (`|`, `;`, `&`, `<`,
/// `>`) are errors naming their position, since they cannot be part of one command.
/// One simple command of a script, and what ended it.
struct ShellCommand
{
    enum class End : quint8
    {
        Text,      ///< the end of the text
        Newline,   ///< an unquoted line break
        Semicolon, ///< `;`
        Pipe,      ///< `|`: its output goes into the next command
    };
    QList<ShellWord> words;
    End end = End::Text;
    qsizetype endOffset = 0; ///< where the `;` or `|` (or line break) stands
};

class ShellWords
{
    Q_DECLARE_TR_FUNCTIONS(ShellWords)
public:
    /// One command: line breaks are blanks, and `|` or `;` is an error.
    static Result<QList<ShellWord>> split(QStringView line);
    /// A short script: commands separated by line breaks, `;` and `|` (commands without words are left
    /// out); `&&`, `||`, `&`, redirections and subshells are errors as in split().
    static Result<QList<ShellCommand>> splitCommands(QStringView script);
};

} // namespace hooksmith

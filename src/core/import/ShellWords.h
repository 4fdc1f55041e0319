#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hooksmith {

/// One piece of a shell word: literal text, or a variable the shell would expand (`$NAME`, `${NAME}`).
struct ShellSegment
{
    bool variable = false;
    QString text; ///< the literal text, or the variable's name
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
class ShellWords
{
    Q_DECLARE_TR_FUNCTIONS(ShellWords)
public:
    static Result<QList<ShellWord>> split(QStringView line);
};

} // namespace hooksmith

#include "Problem.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hooksmith {

QString Problem::format(const QString& file) const
{
    QString out = file;
    if (line > 0)
        out += u':' + QString::number(line) + u':' + QString::number(column);
    if (!subject.isEmpty())
        out += u": "_s + subject;
    if (!field.isEmpty())
        out += u": "_s + field;
    out += u": "_s;
    if (severity == Severity::Warning)
        out += QCoreApplication::translate("Problem", "warning: ");
    out += message;
    return out;
}

bool hasErrors(const QList<Problem>& problems)
{
    return std::any_of(problems.begin(), problems.end(), [](const Problem& p) { return p.isError(); });
}

} // namespace hooksmith

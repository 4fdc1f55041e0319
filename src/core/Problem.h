#pragma once

#include <QList>
#include <QString>

namespace hooksmith {

/// A problem found in a workspace: what is wrong, where, and how bad.
struct Problem
{
    enum class Severity : quint8
    {
        Error,
        Warning
    };

    Severity severity = Severity::Error;
    QString subject; ///< e.g. `webhook "Slack alert"`, `device "LoPy"`, `signal 3`; empty for the whole file
    QString field;   ///< e.g. `url`, `headers[1] "X-Room"`; empty when the subject itself is meant
    QString message;
    int webhookIndex = -1; ///< index into Workspace::webhooks, for the editor
    int line = 0;          ///< 1-based, when known
    int column = 0;

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const Problem&) const = default;
    /// `FILE[:LINE:COL]: SUBJECT: FIELD: [warning: ]MESSAGE`
    QString format(const QString& file) const;
};

bool hasErrors(const QList<Problem>& problems);

} // namespace hooksmith

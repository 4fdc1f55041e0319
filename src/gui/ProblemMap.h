#pragma once

#include "Problem.h"

#include <QHash>
#include <QStringList>

namespace hooksmith {

/// The messages of one webhook's problems, by field path ("url", "headers[1].name"), for marking
/// widgets and table rows.
class ProblemMap
{
public:
    ProblemMap() = default;
    ProblemMap(const QList<Problem>& problems, int webhookIndex);

    QStringList messages(const QString& field) const { return m_byField.value(field); }
    /// Every message whose field starts with `prefix` (e.g. "delivery.").
    QStringList messagesUnder(const QString& prefix) const;
    /// Messages of a table row, e.g. list "headers", row 1, part "name" ("" for any part).
    QStringList rowMessages(const QString& list, int row, const QString& part = {}) const;
    /// "headers[1].name" gives {"headers", 1, "name"}; false for fields that are not table rows.
    static bool splitRowField(const QString& field, QString* list, int* row, QString* part);

    bool isEmpty() const { return m_byField.isEmpty(); }
    bool operator==(const ProblemMap&) const = default;

private:
    QHash<QString, QStringList> m_byField;
};

} // namespace hooksmith

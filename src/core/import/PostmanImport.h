#pragma once

#include "import/Import.h"

#include <QByteArray>
#include <QCoreApplication>

namespace hooksmith {

/// Reads a Postman collection (format v2.1, and v2.0) into webhooks: one per request, folders flattened
/// into the names ("Folder / Request"). Variables named like a preset become that preset; collection
/// variables with a value are written in; others become `{{env:NAME}}` references.
class PostmanImport
{
    Q_DECLARE_TR_FUNCTIONS(PostmanImport)
public:
    /// `json` is the collection file's content. Errors say what and where (line and column for JSON
    /// syntax, the item's path for everything else).
    static Result<ImportResult> parse(const QByteArray& json);
};

} // namespace hooksmith

#pragma once

#include "import/Import.h"

#include <QCoreApplication>

namespace hooksmith {

/// Reads a curl command line (as copied from a browser's developer tools, an API's documentation or
/// Hooksmith's own "Copy as curl"), or a short script around one (Hooksmith's curl export: `set`, `:`
/// checks, variables set, `printf '%s' BODY |`), into a webhook. Shell variables become presets when they
/// are named like one (`$SIGNAL_NUMBER`), variables of the environment when the script gives them a value
/// (`NAME=${NAME-value}`), and `{{env:NAME}}` references otherwise.
class CurlImport
{
    Q_DECLARE_TR_FUNCTIONS(CurlImport)
public:
    /// Errors name the argument (its number, text and line/column) and say what to do instead.
    static Result<ImportResult> parse(QStringView commandLine);
    /// True when `text` reads as a curl command (its first word is curl), e.g. for Paste.
    static bool looksLikeCurl(QStringView text);
};

} // namespace hooksmith

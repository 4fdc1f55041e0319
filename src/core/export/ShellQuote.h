#pragma once

#include <QString>
#include <QStringView>

namespace hooksmith {

/// Quotes one argument for a POSIX shell: a plain word as it is, anything else in single quotes, with '
/// written as '\''.
QString shellQuote(QStringView argument);

} // namespace hooksmith

#pragma once

#include <QString>

namespace hooksmith {

/// The one place that knows where Hooksmith keeps files (QStandardPaths). Setting
/// HOOKSMITH_DATA_DIR moves everything (tests, portable use).
class Paths
{
public:
    /// Per-user data: the outbox, response history.
    static QString dataDir();
    /// The default durable outbox directory.
    static QString outboxDir();
    /// The bundled demo workspace: a resource path inside the application, or a file.
    static QString demoWorkspace();
};

} // namespace hooksmith

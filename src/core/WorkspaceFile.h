#pragma once

#include "Model.h"
#include "Problem.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace hooksmith {

/// What reading a workspace gave: the workspace, or the reasons it could not be read.
struct LoadResult
{
    std::optional<Workspace> workspace; ///< absent when the file could not be read
    QList<Problem> problems;            ///< why it could not be read; or warnings
};

/// Reads and writes workspace files (format version 1, see docs/workspace-format.md).
class WorkspaceFile
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceFile)
public:
    static LoadResult load(const QString& path);
    /// Reads a workspace from JSON text. Syntax errors carry line and column; wrong types, a missing
    /// or newer `hooksmith` version are errors; every one is reported, not just the first.
    static LoadResult parse(const QByteArray& data);

    /// Pretty JSON with known keys in a fixed order and unknown keys kept. Secrets are written only as
    /// {{env:NAME}} references: any other secret value is left out (it belongs in the keychain).
    static QByteArray serialize(const Workspace& workspace);

    /// Writes atomically (QSaveFile). Refuses to replace a file that is not a workspace this version
    /// can read (a malformed or newer file is never overwritten) unless `replaceUnreadable` is set.
    static Status save(const QString& path, const Workspace& workspace, bool replaceUnreadable = false);

    /// True when a secret field is only references: environment variables, e.g. "{{env:HOOK_SECRET}}", or
    /// variables of the active environment, "{{var:API_PASSWORD}}". Such a value is stored in the file;
    /// anything else goes to the keychain.
    static bool isEnvReference(const QString& secretField);
};

} // namespace hooksmith

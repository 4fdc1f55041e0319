#pragma once

#include "Result.h"
#include "WorkspaceDocument.h"

#include <QCoreApplication>

#include <functional>

namespace hooksmith {

/// The secrets of a workspace that the store keeps under its user id, found so that they can move with a
/// new user id: keychain entries are keyed by it, and the store cannot list them, so every key the workspace
/// can have is looked up (the passwords and signing secrets of its webhooks, its secret variables).
class SecretMove
{
    Q_DECLARE_TR_FUNCTIONS(SecretMove)
public:
    struct Plan
    {
        /// Each secret to move: removed under the old user id, written under the new one, as it was stored
        /// (with the origin it was saved for). Undoing the change of user id moves them back.
        QList<SecretEdit> edits;
        int moving = 0; ///< secrets that move
        int taken = 0;  ///< secrets the new user id already has: both stay as they are
    };
    using Done = std::function<void(Result<Plan>)>;

    /// Reads the secrets the document's workspace may have under its user id and under `userId`. `done`
    /// runs later, not at all when the document is gone first. Secrets edited in the document and not yet
    /// written are written first, so that they are found.
    static void plan(WorkspaceDocument* doc, const QString& userId, Done done);

    /// Every (old key, new key) pair of the workspace's secrets when its user id becomes `userId`.
    static QList<std::pair<SecretKey, SecretKey>> keys(const Workspace& workspace, const QString& userId);
};

} // namespace hooksmith

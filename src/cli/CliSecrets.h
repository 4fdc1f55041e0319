#pragma once

#include "Model.h"
#include "Renderer.h"
#include "Result.h"
#include "SecretStore.h"

#include <QCoreApplication>

#include <memory>

namespace hooksmith::cli {

/// The secret store as the CLI uses it: one request at a time, waiting for each answer in a local
/// event loop. Fine in a command-line tool; the GUI never waits like this.
class CliSecrets
{
    Q_DECLARE_TR_FUNCTIONS(CliSecrets)
public:
    /// The OS keychain (memory for this process when there is none).
    static std::unique_ptr<SecretStore> openStore();

    /// SecretResolver::resolve(), waiting; `useFor` binds secrets saved before origins were recorded.
    static Result<SecretValues> resolve(SecretStore& store, const Workspace& workspace, const Webhook& webhook,
                                        const std::optional<Origin>& useFor);
    static Result<std::optional<QString>> read(SecretStore& store, const SecretKey& key);
    static Status write(SecretStore& store, const SecretKey& key, const QString& value);
    static Status remove(SecretStore& store, const SecretKey& key);

    /// "No keychain is available (...) ..." plus what to do instead on a machine without one.
    static QString noKeychainMessage(const SecretStore& store);
};

} // namespace hooksmith::cli

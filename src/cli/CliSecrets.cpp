#include "CliSecrets.h"

#include "SecretResolver.h"
#include "SecretStoreFactory.h"

#include <QEventLoop>

#include <optional>

namespace hooksmith::cli {

namespace {

/// Starts an asynchronous request and runs a local event loop until its answer arrives. The store
/// answers later, never inside the call, so the loop always runs at least once.
template <typename T, typename Start>
T waitFor(Start start)
{
    QEventLoop loop;
    std::optional<T> result;
    start([&](T r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace

std::unique_ptr<SecretStore> CliSecrets::openStore()
{
    return std::unique_ptr<SecretStore>(createSecretStore(nullptr));
}

Result<SecretValues> CliSecrets::resolve(SecretStore& store, const Workspace& workspace, const Webhook& webhook,
                                         const std::optional<Origin>& useFor)
{
    return waitFor<Result<SecretValues>>([&](auto done) {
        SecretResolver::resolve(store, workspace, webhook, std::move(done), SecretResolver::Missing::IsError, useFor);
    });
}

Result<std::optional<QString>> CliSecrets::read(SecretStore& store, const SecretKey& key)
{
    return waitFor<Result<std::optional<QString>>>([&](auto done) { store.read(key, std::move(done)); });
}

Status CliSecrets::write(SecretStore& store, const SecretKey& key, const QString& value)
{
    return waitFor<Status>([&](auto done) { store.write(key, value, std::move(done)); });
}

Status CliSecrets::remove(SecretStore& store, const SecretKey& key)
{
    return waitFor<Status>([&](auto done) { store.remove(key, std::move(done)); });
}

QString CliSecrets::noKeychainMessage(const SecretStore& store)
{
    return store.unavailableReason() + u' ' +
           tr("On a machine without a keychain, give secrets in the workspace file as {{env:NAME}} and set the "
              "environment variable NAME.");
}

} // namespace hooksmith::cli

#pragma once

#include "Model.h"
#include "Renderer.h"
#include "Result.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace hooksmith {

/// Fetches, for one webhook, the secrets that its workspace file leaves to the keychain, so that the
/// delivery engine, the GUI and the CLI all read them the same way.
class SecretResolver
{
    Q_DECLARE_TR_FUNCTIONS(SecretResolver)
public:
    using Done = std::function<void(Result<SecretValues>)>;

    /// Whether a secret that is in neither the file nor the store fails the resolution.
    enum class Missing : quint8
    {
        IsError,   ///< for sending and for showing secrets
        IsAllowed, ///< for masked previews: whatever is there helps, nothing is required
        /// For the delivery engine: a keychain that cannot be read fails the resolution (it may work
        /// later), a secret that is not there is left empty (the caller fails for good, naming it).
        IsEmpty
    };

    /// The key under which the webhook's `field` is kept (scoped by the workspace's user_id).
    static SecretKey keyFor(const Workspace& workspace, const Webhook& webhook, SecretKey::Field field);

    /// The key of a secret variable of `environment`.
    static SecretKey variableKey(const Workspace& workspace, const QString& environment, const QString& variable);

    /// The secrets the webhook takes from the store: the password when auth is basic and the file has
    /// no password, the signing secret when signing is on and the file has no secret, and each secret
    /// variable of the active environment that its requests use and the file gives no value. Fields given
    /// in the file (normally {{env:NAME}}) are left to the renderer.
    static QList<SecretKey> neededKeys(const Workspace& workspace, const Webhook& webhook);

    /// Reads the needed secrets from `store`, each with the origin it was saved for (see StoredSecret).
    /// `done` runs later on the store's thread, never inside this call, and not at all when the store is
    /// destroyed first. With Missing::IsError a secret that is not in the store gives an error naming the
    /// webhook and the field.
    ///
    /// `useFor` is the origin of the request the secrets are read for (see Renderer::origin()). A secret
    /// saved without an origin is bound to it here, once: the entry is written again with it before `done`
    /// runs, unless another value was saved since it was read (SecretStore::replaceIf()); this request then
    /// uses what it read, unbound. The Renderer refuses a secret bound to another origin, so a mismatch is
    /// not an error here.
    static void resolve(SecretStore& store, const Workspace& workspace, const Webhook& webhook, Done done,
                        Missing missing = Missing::IsError, std::optional<Origin> useFor = std::nullopt);

    /// The origin of the webhook's requests, rendered with `env`, its first bound device (or the sample
    /// device) and a sample signal: what `secret set` and the app save a secret for. Fails when the URL
    /// cannot be rendered (an unset variable in the host, an invalid URL).
    static Result<Origin> originOf(const Workspace& workspace, const Webhook& webhook, const EnvLookup& env);

    /// Writes `value` as the webhook's `field`, saved for `origin` (none: bound on first use).
    static void save(SecretStore& store, const SecretKey& key, const QString& value,
                     const std::optional<Origin>& origin, SecretStore::WriteDone done);

    /// "the password of webhook "X" is not in the keychain: ...", adapted when the store has no keychain.
    static QString missingMessage(const QString& webhookName, SecretKey::Field field, const SecretStore& store);

    /// "the secret variable API_KEY of environment "Production" is not in the keychain: ...", adapted when the
    /// store has no keychain.
    static QString missingVariableMessage(const QString& environment, const QString& variable,
                                          const SecretStore& store);

    /// "password" or "signing secret", for messages.
    static QString fieldDescription(SecretKey::Field field);
};

} // namespace hooksmith

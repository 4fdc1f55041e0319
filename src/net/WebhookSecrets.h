#pragma once

#include "Model.h"
#include "Renderer.h"
#include "SecretStore.h"

#include <functional>

namespace hooksmith {

/// Reads the keychain secrets a webhook needs (basic auth password, signing secret) from a SecretStore.
class WebhookSecrets
{
public:
    /// `complete` is false when a secret the webhook keeps in the keychain could not be had (locked,
    /// missing, no keychain): rendering will then say which one.
    using Done = std::function<void(SecretValues values, bool complete)>;

    /// True when the webhook keeps a secret in the keychain (not as {{env:NAME}} in the file).
    static bool needsKeychain(const Webhook& webhook);
    /// The key a webhook's secret is kept under.
    static SecretKey keyFor(const Workspace& workspace, const Webhook& webhook, SecretKey::Field field);
    /// Reads what the webhook needs; `done` runs later (never inside the call). With no store, nothing
    /// can be read: `complete` is false when something was needed.
    static void fetch(SecretStore* store, const Workspace& workspace, const Webhook& webhook, Done done);
};

} // namespace hooksmith

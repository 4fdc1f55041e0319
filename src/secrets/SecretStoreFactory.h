#pragma once

#include "SecretStore.h"

class QObject;

namespace hooksmith {

/// The secret store the application and the CLI use: the OS keychain, which falls back to memory for
/// the session when the OS has none. Owned by `parent` (may be null: then the caller owns it).
SecretStore* createSecretStore(QObject* parent);

} // namespace hooksmith

#include "SecretStoreFactory.h"

#include "KeychainSecretStore.h"

namespace hooksmith {

SecretStore* createSecretStore(QObject* parent)
{
    return new KeychainSecretStore(parent);
}

} // namespace hooksmith

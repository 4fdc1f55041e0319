#include "SecretResolver.h"

#include "EnvReferences.h"

#include <QPointer>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

/// One resolution in progress: results arrive in any order and are combined in field order.
struct Pending
{
    SecretResolver::Done done;
    SecretResolver::Missing missing = SecretResolver::Missing::IsError;
    QList<SecretKey> keys;
    QList<std::optional<QString>> values;
    QList<std::optional<Origin>> origins;
    QList<std::optional<Error>> errors;
    std::optional<Origin> useFor;
    qsizetype outstanding = 0;
};

/// Combines the answers once the last one is in.
void finish(Pending& pending)
{
    SecretValues values;
    for (qsizetype k = 0; k < pending.keys.size(); ++k) {
        // With Missing::IsAllowed a keychain that refuses is no worse than an absent secret.
        if (pending.errors[k] && pending.missing != SecretResolver::Missing::IsAllowed) {
            pending.done(*pending.errors[k]);
            return;
        }
        const SecretKey& key = pending.keys[k];
        if (key.field == SecretKey::Field::Variable) {
            if (pending.values[k])
                values.variables.insert(key.variable, *pending.values[k]);
            if (pending.origins[k])
                values.variableOrigins.insert(key.variable, *pending.origins[k]);
        } else if (key.field == SecretKey::Field::Password) {
            values.password = pending.values[k];
            values.passwordOrigin = pending.origins[k];
        } else {
            values.signingSecret = pending.values[k];
            values.signingSecretOrigin = pending.origins[k];
        }
    }
    pending.done(values);
}

/// "password of webhook "X"", "secret variable API_KEY of environment "Production"", for messages.
QString describe(const SecretKey& key, const QString& webhookName)
{
    if (key.field == SecretKey::Field::Variable)
        return SecretResolver::tr("secret variable %1 of environment \"%2\"").arg(key.variable, key.environment);
    return SecretResolver::tr("%1 of webhook \"%2\"").arg(SecretResolver::fieldDescription(key.field), webhookName);
}

} // namespace

SecretKey SecretResolver::keyFor(const Workspace& workspace, const Webhook& webhook, SecretKey::Field field)
{
    return SecretKey{workspace.userId, webhook.id, field};
}

SecretKey SecretResolver::variableKey(const Workspace& workspace, const QString& environment, const QString& variable)
{
    return SecretKey::forVariable(workspace.userId, environment, variable);
}

QList<SecretKey> SecretResolver::neededKeys(const Workspace& workspace, const Webhook& webhook)
{
    QList<SecretKey> keys;
    if (webhook.auth.type == AuthType::Basic && !webhook.auth.password)
        keys.append(keyFor(workspace, webhook, SecretKey::Field::Password));
    if (webhook.signing.scheme != SigningScheme::None && !webhook.signing.secret)
        keys.append(keyFor(workspace, webhook, SecretKey::Field::SigningSecret));
    if (const Environment* environment = workspace.activeEnvironment()) {
        for (const EnvReference& ref : EnvReferences::findVariables(webhook)) {
            const EnvVariable* variable = environment->variable(ref.name);
            if (!variable || !variable->secret || variable->value)
                continue;
            const SecretKey key = variableKey(workspace, environment->name, variable->name);
            if (!keys.contains(key))
                keys.append(key);
        }
    }
    return keys;
}

QString SecretResolver::fieldDescription(SecretKey::Field field)
{
    switch (field) {
    case SecretKey::Field::Password:
        return tr("password");
    case SecretKey::Field::SigningSecret:
        return tr("signing secret");
    case SecretKey::Field::Variable:
        return tr("secret variable");
    case SecretKey::Field::BrokerPassword:
        return tr("broker password");
    case SecretKey::Field::ProxyPassword:
        return tr("proxy password");
    }
    return {};
}

QString SecretResolver::missingVariableMessage(const QString& environment, const QString& variable,
                                               const SecretStore& store)
{
    if (store.isPersistent()) {
        return tr("the secret variable %1 of environment \"%2\" is not in the keychain: set its value in "
                  "Hooksmith's environments, or give it as {{env:NAME}}")
            .arg(variable, environment);
    }
    return tr("the secret variable %1 of environment \"%2\" is not set in this session: set its value in "
              "Hooksmith's environments, or give it as {{env:NAME}}. %3")
        .arg(variable, environment, store.unavailableReason());
}

QString SecretResolver::missingMessage(const QString& webhookName, SecretKey::Field field, const SecretStore& store)
{
    if (store.isPersistent()) {
        return tr("the %1 of webhook \"%2\" is not in the keychain: set it in Hooksmith, or use {{env:NAME}}")
            .arg(fieldDescription(field), webhookName);
    }
    return tr("the %1 of webhook \"%2\" is not set in this session: set it in Hooksmith, or use {{env:NAME}}. %3")
        .arg(fieldDescription(field), webhookName, store.unavailableReason());
}

void SecretResolver::resolve(SecretStore& store, const Workspace& workspace, const Webhook& webhook, Done done,
                             Missing missing, std::optional<Origin> useFor)
{
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    pending->missing = missing;
    pending->useFor = std::move(useFor);
    pending->keys = neededKeys(workspace, webhook);
    pending->values.resize(pending->keys.size());
    pending->origins.resize(pending->keys.size());
    pending->errors.resize(pending->keys.size());
    pending->outstanding = pending->keys.size();

    if (pending->keys.isEmpty()) {
        QTimer::singleShot(0, &store, [pending] { pending->done(SecretValues{}); });
        return;
    }

    // The store outlives its callbacks (they do not run once it is gone), so a guarded pointer is enough.
    const QPointer<SecretStore> guard(&store);
    const QString name = webhook.name;
    for (qsizetype i = 0; i < pending->keys.size(); ++i) {
        store.read(pending->keys[i], [pending, i, guard, name](Result<std::optional<QString>> r) {
            const SecretKey::Field field = pending->keys[i].field;
            if (!r) {
                pending->errors[i] = Error(tr("the %1 could not be read from the keychain: %2")
                                               .arg(describe(pending->keys[i], name), r.errorMessage()));
            } else if (r.value()) {
                const StoredSecret entry = StoredSecret::decode(*r.value());
                pending->values[i] = entry.value;
                pending->origins[i] = entry.origin;
                if (!entry.origin && pending->useFor && guard) {
                    // Saved without an origin: it takes the origin of this first use, once, and is refused for
                    // any other from now on. Only if the entry is still the one read: a value saved meanwhile
                    // (the user typed a new one) stays, and is bound at its own first use.
                    const Origin origin = *pending->useFor;
                    guard->replaceIf(pending->keys[i], *r.value(), StoredSecret{entry.value, origin}.encode(),
                                     [pending, i, origin, name](Result<bool> replaced) {
                                         if (!replaced) {
                                             pending->errors[i] =
                                                 Error(tr("the %1 could not be saved for %2 in the keychain: %3")
                                                           .arg(describe(pending->keys[i], name), origin.toString(),
                                                                replaced.errorMessage()));
                                         } else if (*replaced) {
                                             pending->origins[i] = origin;
                                         }
                                         if (--pending->outstanding == 0)
                                             finish(*pending);
                                     });
                    return;
                }
            } else if (pending->missing == Missing::IsError && guard) {
                const SecretKey& key = pending->keys[i];
                pending->errors[i] = Error(field == SecretKey::Field::Variable
                                               ? missingVariableMessage(key.environment, key.variable, *guard)
                                               : missingMessage(name, field, *guard));
            }
            if (--pending->outstanding == 0)
                finish(*pending);
        });
    }
}

Result<Origin> SecretResolver::originOf(const Workspace& workspace, const Webhook& webhook, const EnvLookup& env)
{
    const Device* device = nullptr;
    for (const QString& token : webhook.devices) {
        if ((device = workspace.deviceByToken(token)))
            break;
    }
    RenderContext c;
    c.workspace = &workspace;
    c.webhook = &webhook;
    c.device = device ? device : &sampleDevice();
    c.signal.number = 1;
    c.signal.value = JsonValue::numberText(u"1"_s);
    c.signal.receivedAt = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    c.env = env;
    return Renderer::origin(c);
}

void SecretResolver::save(SecretStore& store, const SecretKey& key, const QString& value,
                          const std::optional<Origin>& origin, SecretStore::WriteDone done)
{
    store.write(key, StoredSecret{value, origin}.encode(), std::move(done));
}

} // namespace hooksmith

#include "SecretResolver.h"

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
        if (pending.keys[k].field == SecretKey::Field::Password) {
            values.password = pending.values[k];
            values.passwordOrigin = pending.origins[k];
        } else {
            values.signingSecret = pending.values[k];
            values.signingSecretOrigin = pending.origins[k];
        }
    }
    pending.done(values);
}

} // namespace

SecretKey SecretResolver::keyFor(const Workspace& workspace, const Webhook& webhook, SecretKey::Field field)
{
    return SecretKey{workspace.userId, webhook.id, field};
}

QList<SecretKey> SecretResolver::neededKeys(const Workspace& workspace, const Webhook& webhook)
{
    QList<SecretKey> keys;
    if (webhook.auth.type == AuthType::Basic && !webhook.auth.password)
        keys.append(keyFor(workspace, webhook, SecretKey::Field::Password));
    if (webhook.signing.scheme != SigningScheme::None && !webhook.signing.secret)
        keys.append(keyFor(workspace, webhook, SecretKey::Field::SigningSecret));
    return keys;
}

QString SecretResolver::fieldDescription(SecretKey::Field field)
{
    return field == SecretKey::Field::Password ? tr("password") : tr("signing secret");
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
                pending->errors[i] = Error(tr("the %1 of webhook \"%2\" could not be read from the keychain: %3")
                                               .arg(fieldDescription(field), name, r.errorMessage()));
            } else if (r.value()) {
                const StoredSecret entry = StoredSecret::decode(*r.value());
                pending->values[i] = entry.value;
                pending->origins[i] = entry.origin;
                if (!entry.origin && pending->useFor && guard) {
                    // Saved before origins were recorded: it takes the origin of this first use, once,
                    // and is refused for any other from now on.
                    const Origin origin = *pending->useFor;
                    save(*guard, pending->keys[i], entry.value, origin, [pending, i, origin, name](Status st) {
                        if (st) {
                            pending->origins[i] = origin;
                        } else {
                            pending->errors[i] =
                                Error(tr("the %1 of webhook \"%2\" could not be saved for %3 in the keychain: %4")
                                          .arg(fieldDescription(pending->keys[i].field), name, origin.toString(),
                                               st.errorMessage()));
                        }
                        if (--pending->outstanding == 0)
                            finish(*pending);
                    });
                    return;
                }
            } else if (pending->missing == Missing::IsError && guard) {
                pending->errors[i] = Error(missingMessage(name, field, *guard));
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

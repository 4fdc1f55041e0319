#include "WebhookSecrets.h"

#include <QPointer>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace hooksmith {

bool WebhookSecrets::needsKeychain(const Webhook& w)
{
    return (w.auth.type == AuthType::Basic && !w.auth.password) ||
           (w.signing.scheme != SigningScheme::None && !w.signing.secret);
}

SecretKey WebhookSecrets::keyFor(const Workspace& workspace, const Webhook& webhook, SecretKey::Field field)
{
    SecretKey key;
    key.workspaceScope = workspace.userId.isEmpty() ? u"default"_s : workspace.userId;
    key.webhookId = webhook.id;
    key.field = field;
    return key;
}

void WebhookSecrets::fetch(SecretStore* store, const Workspace& workspace, const Webhook& w, Done done)
{
    const bool wantPassword = w.auth.type == AuthType::Basic && !w.auth.password;
    const bool wantSigning = w.signing.scheme != SigningScheme::None && !w.signing.secret;
    if (!store || (!wantPassword && !wantSigning)) {
        const bool complete = !wantPassword && !wantSigning;
        QTimer::singleShot(0, [done = std::move(done), complete] { done({}, complete); });
        return;
    }

    struct State
    {
        SecretValues values;
        int outstanding = 0;
        bool complete = true;
        Done done;
    };
    auto state = std::make_shared<State>();
    state->outstanding = int(wantPassword) + int(wantSigning);
    state->done = std::move(done);
    auto readInto = [state](std::optional<QString> SecretValues::*field) {
        return [state, field](Result<std::optional<QString>> r) {
            if (r.ok() && r.value())
                state->values.*field = *r.value();
            else
                state->complete = false;
            if (--state->outstanding == 0)
                state->done(state->values, state->complete);
        };
    };
    if (wantPassword)
        store->read(keyFor(workspace, w, SecretKey::Field::Password), readInto(&SecretValues::password));
    if (wantSigning)
        store->read(keyFor(workspace, w, SecretKey::Field::SigningSecret), readInto(&SecretValues::signingSecret));
}

} // namespace hooksmith

#include "SecretMove.h"

#include "SecretResolver.h"

#include <QPointer>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

/// The answers of one plan(): two reads per secret, in any order.
struct Reads
{
    SecretMove::Done done;
    QList<std::pair<SecretKey, SecretKey>> keys;
    QList<std::optional<QString>> from; ///< the entries under the old user id
    QList<std::optional<QString>> to;   ///< the entries under the new one
    std::optional<Error> error;
    qsizetype outstanding = 0;
};

void finish(Reads& reads)
{
    if (reads.error) {
        reads.done(*reads.error);
        return;
    }
    SecretMove::Plan plan;
    for (qsizetype i = 0; i < reads.keys.size(); ++i) {
        if (!reads.from[i])
            continue;
        if (reads.to[i]) {
            ++plan.taken;
            continue;
        }
        const StoredSecret entry = StoredSecret::decode(*reads.from[i]);
        SecretEdit removed{reads.keys[i].first, entry.value, std::nullopt, true, entry.origin, std::nullopt};
        SecretEdit added{reads.keys[i].second, std::nullopt, entry.value, true, std::nullopt, entry.origin};
        plan.edits << removed << added;
        ++plan.moving;
    }
    reads.done(plan);
}

} // namespace

QList<std::pair<SecretKey, SecretKey>> SecretMove::keys(const Workspace& workspace, const QString& userId)
{
    Workspace moved = workspace;
    moved.userId = userId;
    QList<std::pair<SecretKey, SecretKey>> pairs;
    auto add = [&](const SecretKey& from, const SecretKey& to) {
        if (from.toString() != to.toString())
            pairs.append({from, to});
    };
    for (const Webhook& w : workspace.webhooks) {
        for (const SecretKey::Field field : {SecretKey::Field::Password, SecretKey::Field::SigningSecret})
            add(SecretResolver::keyFor(workspace, w, field), SecretResolver::keyFor(moved, w, field));
    }
    for (const Environment& e : workspace.environments) {
        for (const EnvVariable& v : e.variables) {
            if (v.secret)
                add(SecretResolver::variableKey(workspace, e.name, v.name),
                    SecretResolver::variableKey(moved, e.name, v.name));
        }
    }
    return pairs;
}

void SecretMove::plan(WorkspaceDocument* doc, const QString& userId, Done done)
{
    auto reads = std::make_shared<Reads>();
    reads->done = std::move(done);
    reads->keys = keys(doc->workspace(), userId);
    reads->from.resize(reads->keys.size());
    reads->to.resize(reads->keys.size());
    reads->outstanding = reads->keys.size() * 2;
    SecretStore* store = doc->secretStore();
    const QPointer<WorkspaceDocument> guard(doc);
    if (reads->keys.isEmpty() || !store) {
        QTimer::singleShot(0, doc, [reads] { reads->done(Plan{}); });
        return;
    }
    // The store keeps the operations on one key in order: these reads find what the document writes now.
    doc->flushSecrets();
    for (qsizetype i = 0; i < reads->keys.size(); ++i) {
        for (const bool old : {true, false}) {
            const SecretKey& key = old ? reads->keys[i].first : reads->keys[i].second;
            store->read(key, [reads, i, old, guard](Result<std::optional<QString>> r) {
                if (!r && !reads->error)
                    reads->error = Error(tr("the keychain could not be read: %1").arg(r.errorMessage()));
                else if (r)
                    (old ? reads->from : reads->to)[i] = r.value();
                if (--reads->outstanding == 0 && guard)
                    finish(*reads);
            });
        }
    }
}

} // namespace hooksmith

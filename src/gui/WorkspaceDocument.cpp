#include "WorkspaceDocument.h"

#include "EnvReferences.h"
#include "SecretResolver.h"
#include "Validator.h"
#include "WorkspaceFile.h"

#include <QFileInfo>
#include <QPointer>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {
constexpr int kEditCommandId = 0x4853;
constexpr int kSecretWriteDelayMs = 400;
} // namespace

/// Every edit: the workspace before and after (implicitly shared, so cheap), and the secrets changed.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(WorkspaceDocument* doc, const QString& text, Workspace before, Workspace after,
                WorkspaceDocument::Change change, int index, QString mergeKey, QList<SecretEdit> secrets)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_change(change)
        , m_index(index)
        , m_mergeKey(std::move(mergeKey))
        , m_secrets(std::move(secrets))
    {}

    void redo() override { m_doc->apply(m_after, m_change, m_index, m_secrets, true); }
    void undo() override { m_doc->apply(m_before, m_change, m_index, m_secrets, false); }
    int id() const override { return kEditCommandId; }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* o = static_cast<const EditCommand*>(other);
        if (m_mergeKey.isEmpty() || o->m_mergeKey != m_mergeKey || o->m_index != m_index || o->m_change != m_change)
            return false;
        m_after = o->m_after;
        for (const SecretEdit& s : o->m_secrets) {
            auto it =
                std::find_if(m_secrets.begin(), m_secrets.end(), [&](const SecretEdit& e) { return e.key == s.key; });
            if (it == m_secrets.end())
                m_secrets.append(s);
            else
                it->after = s.after;
        }
        return true;
    }

private:
    WorkspaceDocument* m_doc;
    Workspace m_before;
    Workspace m_after;
    WorkspaceDocument::Change m_change;
    int m_index;
    QString m_mergeKey;
    QList<SecretEdit> m_secrets;
};

WorkspaceDocument::WorkspaceDocument(SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
    , m_secrets(secrets)
{
    m_writeTimer.setSingleShot(true);
    m_writeTimer.setInterval(kSecretWriteDelayMs);
    connect(&m_writeTimer, &QTimer::timeout, this, &WorkspaceDocument::flushSecrets);
    // Validation runs once after a burst of edits, not on every keystroke.
    m_validateTimer.setSingleShot(true);
    m_validateTimer.setInterval(0);
    connect(&m_validateTimer, &QTimer::timeout, this, [this] {
        problems();
        Q_EMIT problemsChanged();
    });
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

WorkspaceDocument::~WorkspaceDocument()
{
    flushSecrets();
}

const Webhook* WorkspaceDocument::webhook(int index) const
{
    if (index < 0 || index >= m_ws.webhooks.size())
        return nullptr;
    return &m_ws.webhooks[index];
}

int WorkspaceDocument::indexOfWebhook(const QString& id) const
{
    for (int i = 0; i < m_ws.webhooks.size(); ++i) {
        if (m_ws.webhooks[i].id == id)
            return i;
    }
    return -1;
}

QString WorkspaceDocument::displayName() const
{
    if (m_path.isEmpty())
        return tr("Untitled");
    return QFileInfo(m_path).fileName();
}

bool WorkspaceDocument::isModified() const
{
    return !m_undo->isClean();
}

void WorkspaceDocument::reset(Workspace workspace, const QString& path)
{
    flushSecrets();
    m_undo->clear();
    m_ws = std::move(workspace);
    // The app writes every id when it saves: one derived from the name stays as it is while editing, so
    // renaming a webhook here does not orphan what is queued for it.
    for (Webhook& w : m_ws.webhooks)
        w.idDerived = false;
    m_path = path;
    m_secretCache.clear();
    m_secretOrigins.clear();
    m_secretReadErrors.clear();
    m_pendingReads.clear();
    m_problemsDirty = true;
    Q_EMIT pathChanged();
    Q_EMIT changed(Change::Everything, -1);
    Q_EMIT modifiedChanged(false);
    scheduleValidation();
}

Status WorkspaceDocument::save(const QString& path)
{
    // A secret written in plain text in an opened file moves to the store: the saved file leaves it out.
    for (int i = 0; i < m_ws.webhooks.size(); ++i) {
        const Webhook& w = m_ws.webhooks[i];
        auto move = [&](const std::optional<QString>& value, SecretKey::Field field) {
            if (!value || WorkspaceFile::isEnvReference(*value))
                return;
            const SecretKey key = secretKey(i, field);
            if (!isSecretKnown(key)) {
                m_secretCache.insert(key.toString(), *value);
                m_pendingWrites.insert(key.toString(), {key});
            }
        };
        move(w.auth.password, SecretKey::Field::Password);
        move(w.signing.secret, SecretKey::Field::SigningSecret);
    }
    for (const Environment& e : m_ws.environments) {
        for (const EnvVariable& v : e.variables) {
            if (!v.secret || !v.value || WorkspaceFile::isEnvReference(*v.value))
                continue;
            const SecretKey key = variableKey(e.name, v.name);
            if (!isSecretKnown(key)) {
                m_secretCache.insert(key.toString(), *v.value);
                m_pendingWrites.insert(key.toString(), {key});
            }
        }
    }
    flushSecrets();
    if (Status st = WorkspaceFile::save(path, m_ws); !st)
        return st;
    const bool pathChanges = path != m_path;
    m_path = path;
    m_undo->setClean();
    if (pathChanges)
        Q_EMIT pathChanged();
    return Status::success();
}

bool WorkspaceDocument::editWebhook(int index, const QString& text, const QString& mergeKey,
                                    const std::function<void(Webhook&)>& change)
{
    if (!webhook(index))
        return false;
    Webhook edited = m_ws.webhooks[index];
    change(edited);
    if (edited == m_ws.webhooks[index])
        return false;
    Workspace after = m_ws;
    after.webhooks[index] = std::move(edited);
    m_undo->push(new EditCommand(this, text, m_ws, std::move(after), Change::Webhook, index, mergeKey, {}));
    return true;
}

bool WorkspaceDocument::editWorkspace(const QString& text, Change change, const std::function<void(Workspace&)>& edit,
                                      const QString& mergeKey)
{
    Workspace after = m_ws;
    edit(after);
    if (after == m_ws)
        return false;
    m_undo->push(new EditCommand(this, text, m_ws, std::move(after), change, -1, mergeKey, {}));
    return true;
}

int WorkspaceDocument::addWebhooks(const QString& text, const QList<Webhook>& webhooks,
                                   const QList<std::optional<QString>>& passwords,
                                   const std::optional<QList<Environment>>& environments)
{
    const int first = int(m_ws.webhooks.size());
    if (webhooks.isEmpty())
        return first;
    Workspace after = m_ws;
    after.webhooks += webhooks;
    const bool newEnvironments = environments && *environments != m_ws.environments;
    if (newEnvironments)
        after.environments = *environments;
    QList<SecretEdit> secrets;
    for (qsizetype i = 0; i < webhooks.size() && i < passwords.size(); ++i) {
        if (!passwords[i] || passwords[i]->isEmpty())
            continue;
        SecretKey key;
        key.workspaceScope = m_ws.userId;
        key.webhookId = webhooks[i].id;
        key.field = SecretKey::Field::Password;
        secrets.append({key, std::nullopt, passwords[i]});
    }
    m_undo->push(new EditCommand(this, text, m_ws, std::move(after),
                                 newEnvironments ? Change::Everything : Change::WebhookList, -1, {}, secrets));
    return first;
}

void WorkspaceDocument::editSecret(int index, SecretKey::Field field, const QString& value)
{
    if (!webhook(index))
        return;
    const SecretKey key = secretKey(index, field);
    const bool env = WorkspaceFile::isEnvReference(value);
    Workspace after = m_ws;
    Webhook& w = after.webhooks[index];
    std::optional<QString>& inFile = field == SecretKey::Field::Password ? w.auth.password : w.signing.secret;
    inFile = env ? std::optional<QString>(value) : std::nullopt;

    SecretEdit edit{key, cachedSecret(key), std::nullopt};
    if (!env && !value.isEmpty())
        edit.after = value;
    QList<SecretEdit> secrets;
    if (edit.before != edit.after)
        secrets.append(edit);
    if (secrets.isEmpty() && after == m_ws)
        return;
    const QString text = field == SecretKey::Field::Password ? tr("Edit password") : tr("Edit signing secret");
    const QString mergeKey = field == SecretKey::Field::Password ? u"auth.password"_s : u"signing.secret"_s;
    m_undo->push(new EditCommand(this, text, m_ws, std::move(after), Change::Webhook, index, mergeKey, secrets));
}

void WorkspaceDocument::editEnvironments(const QList<Environment>& environments, const QList<SecretEdit>& secrets,
                                         const QString& activeName)
{
    Workspace after = m_ws;
    after.environments = environments;
    QList<SecretEdit> changed;
    for (const SecretEdit& s : secrets) {
        SecretEdit e = s;
        e.before = cachedSecret(s.key);
        if (e.before != e.after)
            changed.append(e);
    }
    if (after != m_ws || !changed.isEmpty())
        m_undo->push(new EditCommand(this, tr("Edit environments"), m_ws, std::move(after), Change::Everything, -1, {},
                                     changed));
    if (!activeName.isEmpty())
        setActiveEnvironment(activeName);
}

void WorkspaceDocument::changeUserId(const QString& userId, const QList<SecretEdit>& moves)
{
    Workspace after = m_ws;
    after.userId = userId;
    if (after == m_ws && moves.isEmpty())
        return;
    m_undo->push(
        new EditCommand(this, tr("Change user id"), m_ws, std::move(after), Change::Everything, -1, {}, moves));
}

void WorkspaceDocument::setActiveEnvironment(const QString& name)
{
    const QString chosen = m_ws.findEnvironment(name) ? name : QString();
    const Environment* before = m_ws.activeEnvironment();
    const QString beforeName = before ? before->name : QString();
    m_ws.activeEnvironmentName = chosen;
    const Environment* now = m_ws.activeEnvironment();
    const QString nowName = now ? now->name : QString();
    if (nowName == beforeName)
        return;
    m_problemsDirty = true;
    scheduleValidation();
    Q_EMIT activeEnvironmentChanged(nowName);
}

SecretKey WorkspaceDocument::variableKey(const QString& environment, const QString& variable) const
{
    return SecretResolver::variableKey(m_ws, environment, variable);
}

void WorkspaceDocument::apply(const Workspace& workspace, Change change, int index, const QList<SecretEdit>& secrets,
                              bool after)
{
    // The chosen environment is not part of the edit: undo and redo keep it (the first applies when it is
    // gone).
    const Environment* active = m_ws.activeEnvironment();
    const QString activeBefore = active ? active->name : QString();
    const QString chosen = m_ws.activeEnvironmentName;
    m_ws = workspace;
    m_ws.activeEnvironmentName = m_ws.findEnvironment(chosen) ? chosen : QString();
    active = m_ws.activeEnvironment();
    const QString activeAfter = active ? active->name : QString();
    for (const SecretEdit& s : secrets) {
        const QString k = s.key.toString();
        m_secretCache.insert(k, after ? s.after : s.before);
        // Saved for the webhook's origin when it is written (flushSecrets), or for the one it was moved with.
        if (s.keepsOrigin)
            m_secretOrigins.insert(k, after ? s.afterOrigin : s.beforeOrigin);
        else
            m_secretOrigins.remove(k);
        m_secretReadErrors.remove(k);
        m_pendingWrites.insert(k, {s.key, s.keepsOrigin});
        m_writeTimer.start();
    }
    m_problemsDirty = true;
    Q_EMIT changed(change, index);
    for (const SecretEdit& s : secrets)
        Q_EMIT secretChanged(s.key.toString());
    if (activeAfter != activeBefore)
        Q_EMIT activeEnvironmentChanged(activeAfter);
    scheduleValidation();
}

SecretKey WorkspaceDocument::secretKey(int index, SecretKey::Field field) const
{
    SecretKey key;
    key.workspaceScope = m_ws.userId;
    key.webhookId = webhook(index) ? webhook(index)->id : QString();
    key.field = field;
    return key;
}

bool WorkspaceDocument::isSecretKnown(const SecretKey& key) const
{
    return m_secretCache.contains(key.toString());
}

std::optional<QString> WorkspaceDocument::cachedSecret(const SecretKey& key) const
{
    return m_secretCache.value(key.toString());
}

QString WorkspaceDocument::secretReadError(const SecretKey& key) const
{
    return m_secretReadErrors.value(key.toString());
}

void WorkspaceDocument::fetchSecret(const SecretKey& key)
{
    const QString k = key.toString();
    if (!m_secrets || m_pendingReads.contains(k))
        return;
    m_pendingReads.insert(k);
    QPointer<WorkspaceDocument> self(this);
    m_secrets->read(key, [self, this, k](Result<std::optional<QString>> result) {
        if (!self)
            return;
        m_pendingReads.remove(k);
        if (!result) {
            // Known from now on, so that it is not asked again and again: the field says why it is empty.
            Q_EMIT secretError(result.errorMessage());
            m_secretCache.insert(k, std::nullopt);
            m_secretReadErrors.insert(k, result.errorMessage());
            m_problemsDirty = true;
            scheduleValidation();
        } else if (!m_pendingWrites.contains(k)) {
            // An edit made while the read was under way wins over the stored value.
            std::optional<QString> value;
            std::optional<Origin> origin;
            if (*result) {
                const StoredSecret entry = StoredSecret::decode(**result);
                value = entry.value;
                origin = entry.origin;
            }
            m_secretCache.insert(k, value);
            m_secretOrigins.insert(k, origin);
            // A secret saved for another origin is a problem of the webhook.
            m_problemsDirty = true;
            scheduleValidation();
        }
        Q_EMIT secretChanged(k);
    });
}

void WorkspaceDocument::writeSecret(const SecretKey& key, const QString& value)
{
    const QString k = key.toString();
    // Saved for where the webhook's requests go now. When that cannot be told (the URL is being typed, or
    // its host comes from an unset variable), it is saved without an origin, and its first use binds it.
    std::optional<Origin> origin;
    if (const int index = indexOfWebhook(key.webhookId); index >= 0) {
        if (const Result<Origin> now = webhookOrigin(index))
            origin = *now;
    }
    const std::optional<Origin> before = m_secretOrigins.value(k);
    m_secretOrigins.insert(k, origin);
    QPointer<WorkspaceDocument> self(this);
    SecretResolver::save(*m_secrets, key, value, origin, [self, this, k, before](Status st) {
        if (!self || st)
            return;
        // Not saved: the entry is still what it was, and so is its problem.
        m_secretOrigins.insert(k, before);
        m_problemsDirty = true;
        scheduleValidation();
        Q_EMIT secretError(st.errorMessage());
    });
}

std::optional<Origin> WorkspaceDocument::secretOrigin(const SecretKey& key) const
{
    return m_secretOrigins.value(key.toString());
}

Result<Origin> WorkspaceDocument::webhookOrigin(int index) const
{
    const Webhook* w = webhook(index);
    if (!w)
        return Error(tr("no such webhook"));
    return SecretResolver::originOf(m_ws, *w, systemEnvironment());
}

std::optional<std::pair<Origin, Origin>> WorkspaceDocument::secretOriginMismatch(int index,
                                                                                 SecretKey::Field field) const
{
    const Webhook* w = webhook(index);
    if (!w)
        return std::nullopt;
    const SecretKey key = secretKey(index, field);
    if (!SecretResolver::neededKeys(m_ws, *w).contains(key) || !cachedSecret(key))
        return std::nullopt;
    const std::optional<Origin> saved = secretOrigin(key);
    const Result<Origin> now = webhookOrigin(index);
    if (!saved || !now || *saved == *now)
        return std::nullopt;
    return std::pair{*saved, *now};
}

bool WorkspaceDocument::confirmSecretOrigin(int index, SecretKey::Field field)
{
    if (!m_secrets || !secretOriginMismatch(index, field))
        return false;
    const SecretKey key = secretKey(index, field);
    writeSecret(key, *cachedSecret(key));
    m_problemsDirty = true;
    scheduleValidation();
    // The runtime reads the secret again, and the editor and preview show it is confirmed.
    Q_EMIT secretChanged(key.toString());
    return true;
}

void WorkspaceDocument::addOriginProblems(QList<Problem>& problems) const
{
    for (int i = 0; i < m_ws.webhooks.size(); ++i) {
        const Webhook& w = m_ws.webhooks[i];
        for (const SecretKey::Field field : {SecretKey::Field::Password, SecretKey::Field::SigningSecret}) {
            const auto mismatch = secretOriginMismatch(i, field);
            if (!mismatch)
                continue;
            const bool password = field == SecretKey::Field::Password;
            Problem p;
            p.subject = u"webhook \""_s + w.name + u'"';
            p.field = password ? u"auth.password"_s : u"signing.secret"_s;
            p.webhookIndex = i;
            p.message = SecretOrigins::mismatchMessage(password ? tr("password") : tr("signing secret"),
                                                       mismatch->first, mismatch->second);
            problems.append(p);
        }
    }
}

void WorkspaceDocument::addSendProblems(QList<Problem>& problems)
{
    const EnvLookup env = systemEnvironment();
    for (int i = 0; i < m_ws.webhooks.size(); ++i) {
        const Webhook& w = m_ws.webhooks[i];
        // An unset {{env:NAME}}: sending fails until it is set (in the environment Hooksmith was started in).
        problems.append(EnvReferences::unset(w, env, i));
        if (!m_secrets)
            continue;
        // A secret the keychain does not hold (a duplicated webhook, a session without a keychain): shown
        // as soon as the store has answered, not at the first Send.
        for (const SecretKey& key : SecretResolver::neededKeys(m_ws, w)) {
            if (!isSecretKnown(key)) {
                fetchSecret(key);
                continue;
            }
            if (cachedSecret(key))
                continue;
            const QString readError = secretReadError(key);
            Problem p;
            p.subject = u"webhook \""_s + w.name + u'"';
            p.field = key.field == SecretKey::Field::Password ? u"auth.password"_s : u"signing.secret"_s;
            p.webhookIndex = i;
            p.message = readError.isEmpty() ? SecretResolver::missingMessage(w.name, key.field, *m_secrets)
                                            : tr("the %1 could not be read from the keychain: %2")
                                                  .arg(SecretResolver::fieldDescription(key.field), readError);
            problems.append(p);
        }
    }
}

void WorkspaceDocument::flushSecrets()
{
    m_writeTimer.stop();
    if (!m_secrets) {
        m_pendingWrites.clear();
        return;
    }
    const auto pending = std::exchange(m_pendingWrites, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        const std::optional<QString> value = m_secretCache.value(it.key());
        QPointer<WorkspaceDocument> self(this);
        auto done = [self](Status st) {
            if (self && !st)
                Q_EMIT self->secretError(st.errorMessage());
        };
        if (value && it->keepsOrigin) {
            SecretResolver::save(*m_secrets, it->key, *value, m_secretOrigins.value(it.key()), done);
        } else if (value) {
            writeSecret(it->key, *value);
        } else {
            m_secretOrigins.remove(it.key());
            m_secrets->remove(it->key, done);
        }
    }
}

const QList<Problem>& WorkspaceDocument::problems()
{
    if (m_problemsDirty) {
        m_problems = Validator::validate(m_ws);
        addOriginProblems(m_problems);
        addSendProblems(m_problems);
        // A secret variable not read yet is asked for; its problem, if any, comes when the answer does.
        m_problems += Validator::missingSecretVariables(m_ws, [this](const SecretKey& key) {
            if (!isSecretKnown(key)) {
                fetchSecret(key);
                return true;
            }
            return cachedSecret(key).has_value();
        });
        m_problemsDirty = false;
    }
    return m_problems;
}

void WorkspaceDocument::scheduleValidation()
{
    m_validateTimer.start();
}

} // namespace hooksmith

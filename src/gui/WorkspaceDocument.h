#pragma once

#include "Model.h"
#include "Problem.h"
#include "Result.h"
#include "SecretOrigin.h"
#include "SecretStore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

class QUndoStack;

namespace hooksmith {

/// One change of a secret kept outside the workspace file, carried by an undo command.
struct SecretEdit
{
    SecretKey key;
    std::optional<QString> before; ///< nullopt: no secret
    std::optional<QString> after;
    /// A secret moved as it is stored (to another user id) keeps the origins it was saved for; any other is
    /// saved for where its webhook's URL points when it is written.
    bool keepsOrigin = false;
    std::optional<Origin> beforeOrigin = std::nullopt;
    std::optional<Origin> afterOrigin = std::nullopt;
};

/// The open workspace: the model, its file, the undo stack every edit goes through, the secrets kept
/// in the SecretStore and the problems the validator finds. Views read from it and edit through it.
class WorkspaceDocument : public QObject
{
    Q_OBJECT
public:
    /// What an edit touched, so that views refresh only what they show.
    enum class Change : quint8
    {
        Webhook,
        WebhookList,
        Devices,
        Signals,
        Everything
    };
    Q_ENUM(Change)

    explicit WorkspaceDocument(SecretStore* secrets, QObject* parent = nullptr);
    ~WorkspaceDocument() override;

    const Workspace& workspace() const { return m_ws; }
    const Webhook* webhook(int index) const;
    int indexOfWebhook(const QString& id) const;

    /// The file, a resource path (":/..." for the bundled demo), or empty for a new workspace.
    QString path() const { return m_path; }
    /// File name for titles and menus.
    QString displayName() const;
    /// The bundled demo: it cannot be written, so saving asks for a file.
    bool isResource() const { return m_path.startsWith(u':'); }
    bool isUntitled() const { return m_path.isEmpty(); }
    bool isModified() const;
    QUndoStack* undoStack() const { return m_undo; }
    SecretStore* secretStore() const { return m_secrets; }

    /// Replaces the workspace (new or opened file) and clears the undo history.
    void reset(Workspace workspace, const QString& path);
    /// Writes the workspace (never a secret) and the pending secrets; the file becomes the document's.
    Status save(const QString& path);

    /// One undoable edit of one webhook. Consecutive edits with the same non-empty `mergeKey` (typing
    /// in one field) become one undo step. Returns false when nothing changed.
    bool editWebhook(int index, const QString& text, const QString& mergeKey,
                     const std::function<void(Webhook&)>& change);
    /// One undoable edit of anything else (webhooks added or removed, devices, signals).
    bool editWorkspace(const QString& text, Change change, const std::function<void(Workspace&)>& edit,
                       const QString& mergeKey = {});
    /// Appends webhooks in one undoable step, with the basic authentication passwords they come with
    /// (by position in `webhooks`; kept in the SecretStore, never in the file) and, when given, the
    /// environments they need (an import's variables). Returns the first new index.
    int addWebhooks(const QString& text, const QList<Webhook>& webhooks, const QList<std::optional<QString>>& passwords,
                    const std::optional<QList<Environment>>& environments = std::nullopt);
    /// Replaces the environments in one undoable edit, with the values of secret variables typed in
    /// (by key; nullopt removes one) going to the SecretStore. `activeName` is the environment to use
    /// afterwards (it follows a rename); empty keeps the current choice.
    void editEnvironments(const QList<Environment>& environments, const QList<SecretEdit>& secrets,
                          const QString& activeName = {});
    /// The environment whose {{var:NAME}} apply: a choice of this session, not an edit of the file (no undo
    /// step, the document stays unmodified). Empty, or a name that does not exist: the first.
    void setActiveEnvironment(const QString& name);
    /// Changes the workspace's user id in one undoable edit, with `moves` (see SecretMove::plan()): the secrets
    /// kept under the old user id that go with it.
    void changeUserId(const QString& userId, const QList<SecretEdit>& moves);
    /// The key of a secret variable of `environment` in this workspace.
    SecretKey variableKey(const QString& environment, const QString& variable) const;

    /// Sets a password or signing secret: an {{env:NAME}} reference is kept in the file, anything
    /// else only in the SecretStore.
    void editSecret(int index, SecretKey::Field field, const QString& value);

    SecretKey secretKey(int index, SecretKey::Field field) const;
    /// True once the secret was read from the store or edited in this session.
    bool isSecretKnown(const SecretKey& key) const;
    std::optional<QString> cachedSecret(const SecretKey& key) const;
    /// Why the last read of this secret failed (a locked keychain, one that did not answer in time);
    /// empty when it did not fail, or the secret was edited since.
    QString secretReadError(const SecretKey& key) const;
    /// Reads a secret from the store (asynchronously); secretChanged() follows.
    void fetchSecret(const SecretKey& key);
    /// Writes edited secrets to the store now instead of after the short typing delay. Each is saved for
    /// the origin its webhook's URL points to then (see SecretResolver::originOf()).
    void flushSecrets();

    /// The origin the stored secret was saved for, once it was read or written in this session; none for
    /// an entry saved before origins were recorded (its first use binds it).
    std::optional<Origin> secretOrigin(const SecretKey& key) const;
    /// Where the webhook's requests go now (rendered with the process environment), or an error saying why
    /// that cannot be told.
    Result<Origin> webhookOrigin(int index) const;
    /// The stored secret's origin and the webhook's origin now, when the secret is known and they differ:
    /// the secret is then refused for the webhook's requests until the user confirms the new origin.
    std::optional<std::pair<Origin, Origin>> secretOriginMismatch(int index, SecretKey::Field field) const;
    /// The user's confirmation that the webhook's secret may go to where its URL points now: the secret is
    /// saved again for that origin. Returns false when there is nothing to confirm.
    bool confirmSecretOrigin(int index, SecretKey::Field field);

    /// The problems of the whole workspace, checked again after edits (coalesced).
    const QList<Problem>& problems();

Q_SIGNALS:
    void changed(hooksmith::WorkspaceDocument::Change change, int webhookIndex);
    void problemsChanged();
    void pathChanged();
    void modifiedChanged(bool modified);
    void secretChanged(const QString& secretKey);
    /// Another environment applies (chosen, or the chosen one was renamed or removed).
    void activeEnvironmentChanged(const QString& name);
    /// A secret could not be read or written.
    void secretError(const QString& message);

private:
    friend class EditCommand;
    void writeSecret(const SecretKey& key, const QString& value);
    void addOriginProblems(QList<Problem>& problems) const;
    /// What would make a send fail: unset environment variables, secrets the store does not hold.
    void addSendProblems(QList<Problem>& problems);
    void apply(const Workspace& workspace, Change change, int index, const QList<SecretEdit>& secrets, bool after);
    void scheduleValidation();

    Workspace m_ws;
    QString m_path;
    QUndoStack* m_undo = nullptr;
    SecretStore* m_secrets = nullptr;
    QHash<QString, std::optional<QString>> m_secretCache;
    QHash<QString, std::optional<Origin>> m_secretOrigins; ///< what the store's entry was saved for
    QHash<QString, QString> m_secretReadErrors;
    struct PendingWrite
    {
        SecretKey key;
        bool keepsOrigin = false; ///< written for m_secretOrigins' origin, not the webhook's now
    };
    QHash<QString, PendingWrite> m_pendingWrites;
    QSet<QString> m_pendingReads;
    QTimer m_writeTimer;
    QTimer m_validateTimer;
    QList<Problem> m_problems;
    bool m_problemsDirty = true;
};

} // namespace hooksmith

#pragma once

#include "Result.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace hooksmith {

/// Names one secret: scoped by workspace (its user_id) and webhook id, for a secret variable by
/// workspace, environment and variable, or for an MQTT broker of the app by the broker's id.
struct SecretKey
{
    enum class Field : quint8
    {
        Password,
        SigningSecret,
        Variable,       ///< a secret variable of an environment (`environment`, `variable`)
        BrokerPassword, ///< the password of an MQTT broker in the app's list (`broker`); no workspace
        ProxyPassword   ///< the password of the app's manual proxy (Preferences); no scope, no webhook
    };

    SecretKey() = default;
    SecretKey(QString scope, QString webhook, Field f, QString env = {}, QString var = {})
        : workspaceScope(std::move(scope))
        , webhookId(std::move(webhook))
        , field(f)
        , environment(std::move(env))
        , variable(std::move(var))
    {}

    QString workspaceScope; ///< the workspace's user_id ("default" when empty)
    QString webhookId;
    Field field = Field::Password;
    QString environment; ///< for Field::Variable
    QString variable;    ///< for Field::Variable
    QString broker;      ///< for Field::BrokerPassword: the broker's id in the app's settings

    /// A secret variable's key.
    static SecretKey forVariable(const QString& workspaceScope, const QString& environment, const QString& variable);
    /// A broker password's key.
    static SecretKey forBroker(const QString& brokerId);
    /// The key of the manual proxy's password: "hooksmith/preferences/proxy/password".
    static SecretKey forProxyPassword();

    /// "hooksmith/<scope>/<webhook id>/password" or ".../signing-secret"; for a variable
    /// "hooksmith/<scope>/environments/<environment>/<variable>"; for a broker "hooksmith/mqtt-brokers/<id>/password";
    /// for the proxy's password "hooksmith/preferences/proxy/password"
    QString toString() const;
    /// "password", "signing-secret", "variable" or "broker-password", as in keys and on the command line.
    static QString fieldName(Field field);
    /// The field called `name` ("password", "signing-secret"), or std::nullopt.
    static std::optional<Field> fieldFromName(QStringView name);
    bool operator==(const SecretKey&) const = default;
};

/// Where secrets live outside workspace files. Every call is asynchronous: `done` runs later on the
/// store's thread, never inside the call, and never while the caller waits in a loop. Operations on one key
/// take effect in call order: a read asked for after a write finds what was written.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadDone = std::function<void(Result<std::optional<QString>>)>; ///< nullopt: no such secret
    using WriteDone = std::function<void(Status)>;
    using ReplaceDone = std::function<void(Result<bool>)>; ///< false: the entry held something else

    explicit SecretStore(QObject* parent = nullptr)
        : QObject(parent)
    {}

    /// False when secrets can only be kept in memory for this session (no keychain).
    virtual bool isPersistent() const = 0;
    /// Why secrets are not persistent, for the user ("No keychain: ..."); empty when they are.
    virtual QString unavailableReason() const = 0;

    virtual void read(const SecretKey& key, ReadDone done) = 0;
    virtual void write(const SecretKey& key, const QString& value, WriteDone done) = 0;
    virtual void remove(const SecretKey& key, WriteDone done) = 0;
    /// Writes `value` only when the entry still holds `expected` (nullopt: no entry), checked and written as
    /// one operation in the key's order. Binding a secret to its first use goes through it, so that a value
    /// saved while the old one was being read is never overwritten by the old one.
    virtual void replaceIf(const SecretKey& key, const std::optional<QString>& expected, const QString& value,
                           ReplaceDone done) = 0;

    /// Finds out early whether secrets can be persisted (persistenceChanged(false) follows when not),
    /// e.g. so that the application can say so at start-up. Stores that already know do nothing.
    virtual void probe() {}

Q_SIGNALS:
    /// The store found out that it cannot persist secrets (e.g. no D-Bus session).
    void persistenceChanged(bool persistent);
};

/// Keeps secrets in memory for this session only. Used when the OS has no keychain, and by tests.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QString reason = {}, QObject* parent = nullptr);

    bool isPersistent() const override { return false; }
    QString unavailableReason() const override { return m_reason; }
    void read(const SecretKey& key, ReadDone done) override;
    void write(const SecretKey& key, const QString& value, WriteDone done) override;
    void remove(const SecretKey& key, WriteDone done) override;
    void replaceIf(const SecretKey& key, const std::optional<QString>& expected, const QString& value,
                   ReplaceDone done) override;

private:
    QString m_reason;
    QHash<QString, QString> m_values;
};

} // namespace hooksmith

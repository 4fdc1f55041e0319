#pragma once

#include "SecretStore.h"

#include <QHash>
#include <QList>

#include <chrono>

namespace QKeychain {
class Job;
}

namespace hooksmith {

/// Keeps secrets in the OS keychain through QtKeychain (Secret Service, KWallet, macOS Keychain, Windows
/// Credential Manager). When there is no keychain it keeps them in memory for the session, never on disk.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    /// How long a keychain request may take before it fails: a Secret Service that is stopped or hung
    /// never answers, and the app and the CLI must not wait for it forever.
    static constexpr std::chrono::milliseconds kDefaultTimeLimit{5000};

    /// The keychain service under which every Hooksmith secret is stored: "Hooksmith".
    static QString serviceName();

    explicit KeychainSecretStore(QObject* parent = nullptr, std::chrono::milliseconds timeLimit = kDefaultTimeLimit);
    ~KeychainSecretStore() override;

    /// The time limit of each keychain request, from the moment it is started; applies to requests
    /// started from now on. A request that exceeds it fails with an error saying so, the next request
    /// on its key starts, and a late answer to it is ignored.
    void setTimeLimit(std::chrono::milliseconds limit) { m_timeLimit = limit; }
    std::chrono::milliseconds timeLimit() const { return m_timeLimit; }

    bool isPersistent() const override { return m_persistent; }
    QString unavailableReason() const override { return m_reason; }

    /// Operations on one key run one after another, in call order, so a read that follows a write
    /// returns the written value. Operations on different keys do not wait for each other.
    void read(const SecretKey& key, ReadDone done) override;
    void write(const SecretKey& key, const QString& value, WriteDone done) override;
    void remove(const SecretKey& key, WriteDone done) override;
    /// A read and, when the entry holds `expected`, a write, with no other operation on the key in between.
    void replaceIf(const SecretKey& key, const std::optional<QString>& expected, const QString& value,
                   ReplaceDone done) override;

    /// Looks up a key that holds no secret: without a keychain, that switches the store to memory.
    void probe() override;

protected:
    void timerEvent(QTimerEvent* event) override;

private:
    struct Operation;
    struct KeyQueue;

    void enqueue(const QString& key, Operation op);
    void startNext(const QString& key);
    void startJob(const QString& key, const Operation& op);
    void jobFinished(const QString& key, quint64 jobId, QKeychain::Job* job);
    void endJob(KeyQueue& queue);
    bool continueReplace(const QString& key, QKeychain::Job* job);
    void finishInMemory(const QString& key);
    void completeInMemory(Operation& op, const QString& key);
    void switchToMemory(const QString& detail);
    Operation takeFront(const QString& key);
    void continueWith(const QString& key);
    /// While keychain jobs run on a thread whose event loop is not GLib's (hooksmith-cli), GLib's default
    /// context is run from a timer here: QtKeychain's libsecret backend answers through it.
    void updateGlibPump();

    QHash<QString, KeyQueue> m_queues;
    QHash<int, QString> m_deadlines;  ///< timer id -> the key whose job it limits
    QHash<QString, QString> m_memory; ///< used only once the keychain turned out to be unavailable
    std::chrono::milliseconds m_timeLimit;
    quint64 m_lastJobId = 0;
    int m_glibPump = 0; ///< timer id, see updateGlibPump()
    bool m_persistent = true;
    QString m_reason;
};

} // namespace hooksmith

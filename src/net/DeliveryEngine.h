#pragma once

#include "Delivery.h"
#include "DeliveryStore.h"
#include "HttpSender.h"
#include "Model.h"
#include "Renderer.h"
#include "RetryPolicy.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>

namespace hooksmith {

class SecretStore;
class Transport;

/// What one attempt was and what follows from it: for logs, the GUI and `hooksmith-cli send --json`.
struct AttemptReport
{
    DeliveryItem delivery; ///< as it was when the attempt started
    QString webhookName;
    int attemptNumber = 0; ///< over the delivery's whole life
    int attemptInRound = 0;
    int maxAttempts = 0;
    QDateTime startedAt;
    qint64 durationMs = 0;
    bool sent = false;                      ///< false: the request could not be rendered
    std::optional<RenderedRequest> request; ///< its masked view; with EngineOptions::reportRequests, when sent
    AttemptResult result;                   ///< when sent
    QString summary;                        ///< "200 OK", "503 Service Unavailable", "connection refused", ...
    RetryDecision decision;
    QDateTime nextAttemptAt; ///< RetryLater
    /// A test send (DeliveryEngine::sendOnce()): one attempt, not in the store, never retried.
    bool direct = false;
    bool cancelled = false; ///< a test send ended by DeliveryEngine::cancel() before its answer came
};

/// How the engine works; the defaults are those of the app.
struct EngineOptions
{
    int concurrency = 24; ///< attempts under way at once (the runtime spreads them over 2 senders x 6 connections)
    int readAhead = 64;   ///< due deliveries fetched ahead of free slots
    /// Attempts that ended and whose outcomes the store has not written yet: at most this many before a new
    /// attempt waits. What was sent but not written is sent again after a crash (with the same message id).
    int maxUnwritten = 256;
    RetrySchedule schedule = RetrySchedule::standard(); ///< a parameter, so that tests can compress it
    std::optional<int> maxAttempts;                     ///< overrides the webhooks' max_attempts
    std::optional<int> timeoutMs;                       ///< overrides the webhooks' timeout_ms
    bool reportRequests = false;                        ///< put the masked request into every AttemptReport
};

/// Delivers what the store holds: takes deliveries as they fall due, renders each attempt with the
/// Renderer (fresh signing timestamp, the same MESSAGE_ID), reads keychain secrets, sends with the
/// transport, records every attempt in the store and schedules retries by the RetryPolicy, with at most
/// `concurrency` attempts at once. Pending deliveries in a durable store resume after a restart.
class DeliveryEngine : public QObject
{
    Q_OBJECT
public:
    DeliveryEngine(DeliveryStore* store, Transport* transport, const EngineOptions& options = {},
                   QObject* parent = nullptr);
    ~DeliveryEngine() override;

    void setWorkspace(std::shared_ptr<const Workspace> workspace);
    /// Where keychain secrets come from (none: webhooks that keep secrets in the keychain cannot render).
    void setSecretStore(SecretStore* store);
    /// Forget cached secrets (after the user changed one).
    void invalidateSecrets();
    /// How {{env:NAME}} is looked up (default: the process environment).
    void setEnvironment(EnvLookup env);

    const EngineOptions& options() const { return m_options; }

    /// Starts taking due deliveries from the store.
    void start();
    /// Takes no new deliveries; attempts under way finish; stopped() follows when none is left.
    void stop();
    /// Ends the attempts under way without recording them: they stay pending (and are attempted
    /// again later with the same message id). On a stopped engine, outcomes the store could not write are
    /// given up the same way.
    void abortAll();
    bool isRunning() const { return m_running; }

    /// Whether takeBeforeStored() may take `count` deliveries now: running, and nothing under way, ready,
    /// fetched or being written.
    bool canTakeBeforeStored(int count) const;
    /// Starts deliveries before the store has them: asked while the store is quiet (DeliveryStore::isQuiet(),
    /// so that they overtake none), just after handing them to DeliveryStore::enqueueTaken(). Their
    /// outcomes are written once the store has accepted them. When it rejects them, nothing is written:
    /// unstoredAttemptEnded() tells what became of each attempt.
    void takeBeforeStored(const QList<DeliveryItem>& items);
    /// Looks for due deliveries now (after deliveries were enqueued or retried by hand).
    void wake();
    /// By hand: retry failed deliveries (a new round of attempts) or attempt pending ones now.
    void retryNow(const QStringList& messageIds);

    /// A test send: one attempt at once, rendered and sent as a delivery would be, but not put into the
    /// store and never retried. attemptFinished() reports it with AttemptReport::direct set. It is made even
    /// when the webhook is disabled; a 410 does not disable the webhook.
    void sendOnce(DeliveryItem item);
    /// Ends a test send under way; attemptFinished() reports it as cancelled. False when there is none.
    bool cancel(const QString& messageId);
    /// Test sends under way.
    QStringList directInFlight() const;
    /// An attempt of this delivery is under way (the store leaves it alone meanwhile).
    bool isInFlight(const QString& messageId) const { return m_inFlight.count(messageId) > 0; }

    /// Nothing under way, nothing due and every outcome written: what is left waits for a later retry time.
    bool isIdle() const;
    int inFlightCount() const { return int(m_inFlight.size()); }
    /// Outcomes the store could not write yet (a full disk): held here and written again later; meanwhile
    /// no new attempt starts.
    int unwrittenCount() const { return int(m_unwritten.size()); }
    bool isWriteStalled() const { return m_stalled; }

    struct Stats
    {
        quint64 attempts = 0;
        quint64 delivered = 0;
        quint64 retries = 0;
        quint64 failed = 0;
        quint64 parked = 0; ///< deliveries set aside because their webhook was gone or disabled
        /// Outcomes never written (the store could not, and the engine was stopped): attempted again next run.
        quint64 abandoned = 0;
    };
    const Stats& stats() const { return m_stats; }

Q_SIGNALS:
    void attemptStarted(const hooksmith::DeliveryItem& delivery, int attemptInRound, int maxAttempts);
    /// An attempt ended and its outcome is written down (a delivery is reported delivered only once the
    /// store has recorded it).
    void attemptFinished(const hooksmith::AttemptReport& report);
    void delivered(const hooksmith::AttemptReport& report);
    /// A delivery was parked: its webhook is not in the workspace, or is disabled.
    void parked(const hooksmith::DeliveryItem& delivery, const QString& reason);
    /// The store could not write an outcome: attempts wait until it can (say so once per episode).
    void writeStalled(const QString& error);
    /// Outcomes can be written again after writeStalled().
    void writeResumed();
    /// A final failure: the delivery stays in the store with `reason`.
    void failed(const hooksmith::DeliveryItem& delivery, const QString& reason);
    /// 410 Gone: the engine no longer delivers to this webhook; the owner should save
    /// `enabled: false` and the reason into the workspace.
    void webhookDisabled(const QString& webhookId, const QString& reason);
    /// Became idle (see isIdle()).
    void idle();
    /// After stop(): nothing is under way any more.
    void stopped();
    /// A delivery taken before it was stored (takeBeforeStored()) that the store then rejected: its attempt
    /// ended, and `delivered` says whether it was delivered (reported by delivered() too). Nothing of it is
    /// in the store.
    void unstoredAttemptEnded(const hooksmith::DeliveryItem& delivery, bool delivered);

private:
    struct InFlight;
    struct Outcome;

    void pump();
    void fetch();
    /// How the secrets of an attempt were read.
    enum class SecretsRead : quint8
    {
        Complete,
        Missing,    ///< a secret is not in the store (or there is no store): a configuration error
        Unreadable, ///< the keychain could not be read: it may be unlocked later
    };

    void startAttempt(DeliveryItem item, bool direct = false);
    void continueAttempt(const QString& messageId, const SecretValues& secrets, SecretsRead read,
                         const QString& secretsError);
    /// Ends an attempt that cannot be made without sending anything.
    void failWithoutSending(InFlight& f, AttemptFacts::Kind kind, const QString& why);
    void finishDirect(InFlight& f, AttemptReport& report, const AttemptFacts& facts);
    /// The first error the validator finds in the webhook (its configuration can never be sent), or empty.
    QString configurationError(const Workspace& ws, const Webhook& w);
    void onResult(const QString& messageId, const AttemptResult& result);
    void finishAttempt(InFlight& f, AttemptReport& report, const AttemptFacts& facts);
    void parkWithoutAttempt(const DeliveryItem& item, const QString& reason);
    void writeOutcome(const std::shared_ptr<Outcome>& outcome);
    /// The outcome of a delivery the store rejected after it was taken: nothing to write.
    void endUnstored(const std::shared_ptr<Outcome>& outcome);
    void onOutcomeWritten(const std::shared_ptr<Outcome>& outcome, const Status& status);
    void writeUnwrittenAgain();
    void scheduleRewrite();
    static QString disabledReason(const Webhook& w);
    void armTimer(const QDateTime& at);
    void checkIdle();
    void checkStopped();
    const Webhook* webhookById(const Workspace& ws, const QString& id) const;
    RenderContext contextFor(const InFlight& f, Device& synthetic) const;

    DeliveryStore* m_store;
    Transport* m_transport;
    EngineOptions m_options;
    std::shared_ptr<const Workspace> m_workspace;
    SecretStore* m_secretStore = nullptr;
    EnvLookup m_env;
    QHash<QString, SecretValues> m_secretCache;    ///< by webhook id
    quint64 m_secretGeneration = 0;                ///< counts invalidateSecrets()
    const Workspace* m_checkedWorkspace = nullptr; ///< the snapshot m_configErrors belong to
    QHash<QString, QString> m_configErrors;        ///< by webhook id, for m_checkedWorkspace
    QHash<QString, QString> m_disabled;            ///< webhook id -> reason, disabled while running

    std::deque<DeliveryItem> m_ready; ///< handed out by the store, not started yet
    std::unordered_map<QString, std::unique_ptr<InFlight>> m_inFlight;
    int m_writing = 0;   ///< outcomes handed to the store and not confirmed written yet
    int m_rewriting = 0; ///< of those, outcomes written again after a failure
    std::vector<std::shared_ptr<Outcome>> m_unwritten;
    QSet<QString> m_unstored;        ///< taken before stored, not yet accepted or rejected by the store
    QSet<QString> m_refusedUnstored; ///< of those, rejected while their attempt was under way
    std::unordered_map<QString, std::shared_ptr<Outcome>> m_heldOutcomes; ///< of m_unstored, written when accepted
    bool m_stalled = false; ///< an outcome could not be written: nothing new starts until all are
    bool m_stoppedEmitted = false;
    bool m_abandonUnwritten = false; ///< after abortAll() on a stopped engine
    QTimer m_rewriteTimer;
    int m_rewriteDelayMs = 0;
    bool m_running = false;
    bool m_stopRequested = false;
    bool m_fetching = false;
    bool m_mayHaveDue = false;
    int m_handedOutOnAccept = 0; ///< of the deliveries accepted next, how many are in m_ready already
    int m_queuedOnAccept = 0;    ///< of the deliveries accepted next, how many wait behind one of their device
    quint64 m_dueGeneration = 0;
    bool m_wasIdle = true;
    bool m_inPump = false;
    bool m_pumpAgain = false;
    QTimer m_wakeTimer;
    QDateTime m_wakeAt;
    Stats m_stats;
};

} // namespace hooksmith

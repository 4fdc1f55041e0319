#pragma once

#include "DeliveryEngine.h"
#include "Dispatcher.h"
#include "Model.h"
#include "Outbox.h"
#include "Problem.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

namespace hooksmith {

class SecretStore;
class HttpSenderPool;
class SignalSource;
class Transport;

/// For headless programs (hooksmith-cli): call before the QCoreApplication is made. Every thread then runs
/// Qt's own event loop for Unix instead of GLib's, which wakes a thread with a system call for every event
/// posted to it and for every socket notifier turned on or off (QT_NO_GLIB, QT_NO_THREADED_GLIB). The
/// keychain still answers: KeychainSecretStore runs GLib's default context while it waits for QtKeychain's
/// libsecret backend. The GUI keeps GLib's loop in every thread. Variables set by the user are left as
/// they are.
void preferQtEventLoop();

/// How a Runtime is set up.
struct RuntimeOptions
{
    QString workspacePath;
    /// The environment whose {{var:NAME}} apply (the relay's --env); empty: the workspace's first. Set on
    /// the workspace at every load and reload.
    QString environment;
    bool durable = true; ///< false: deliveries are kept in memory only (benchmarks, one-off sends)
    QString outboxDir;   ///< empty: Paths::outboxDir(); the file is Outbox::fileFor(workspacePath, dir)
    Outbox::Options outbox;
    EngineOptions engine;
    /// The proxy of the runtime's own HTTP senders (not of a transport given with setTransport()).
    ProxySettings proxy;
    /// Save `enabled: false` and `disabled_reason` into the workspace file when a webhook answers 410.
    bool persistDisabledWebhooks = true;
    /// When the outbox cannot be opened, keep deliveries in memory (the app: it says so) instead of
    /// failing to start (the relay).
    bool memoryWhenOutboxFails = false;
    /// HTTP senders attempts are spread over, each on its own thread with its own connections (at most 6
    /// per server); 0: one per 12 attempts at once.
    int senders = 0;
    /// Up to this many attempts under way at once are sent from the runtime's own thread (see HttpSenderPool),
    /// the rest by the sender threads: the relay, whose thread does little else, gets a lone request out, and an
    /// ordered device's next one, without waking a sender thread. The app keeps 0, so that its window's thread
    /// does no network work.
    int inlineAttempts = 0;
    /// While the outbox is quiet (nothing waits in it, see DeliveryStore::isQuiet()), a signal's deliveries
    /// start as they are handed to the outbox, not once it has committed them: a lone signal reaches the
    /// server one thread hand-off and one transaction sooner. Its outcome is recorded once it is stored. A
    /// signal that the outbox then cannot store has been sent at most once: counted as lost only when that
    /// attempt did not deliver it.
    bool startBeforeStored = true;
    /// Above this many unwritten outbox requests, sources that can pause do so until it drains.
    qint64 backlogHighWater = 20000;
    /// Signals from sources that cannot pause, kept while the outbox opens; more are counted as lost.
    qsizetype maxWaitingSignals = 10000;
    /// When another workspace file is opened, attempts under way for the previous one get this long to end;
    /// the rest stay pending in its outbox.
    int switchGraceMs = 2000;
    /// How often the outbox's counts are read for healthz, metrics and the app (0: never).
    int countsIntervalMs = 2000;
    /// Problems that make a workspace unusable besides the validator's errors (the relay: unset
    /// {{env:NAME}}), checked when the file is loaded or reloaded.
    std::function<QList<Problem>(const Workspace&)> checkWorkspace;
};

/// What the runtime has seen, for logs, /healthz and /metrics.
struct RuntimeStats
{
    quint64 signals = 0;
    QHash<QString, quint64> signalsByDevice;
    /// Signals that could not be stored (the outbox could not write, and their source could not wait), or
    /// were read but not stored when the runtime was stopped.
    quint64 signalsLost = 0;
    QString lastLoss; ///< why the last one was lost
    quint64 deliveriesAccepted = 0;
    /// The outbox refuses writes now (a full disk): sources that can wait are paused.
    bool storeFailing = false;
    QString storeError;
    /// Counts of the outbox, read every RuntimeOptions::countsIntervalMs (and when it changes a lot).
    OutboxCounts outbox;
    bool outboxCountsKnown = false;
};

/// Owns what turns signals into deliveries, and wires it the same way for the app and `hooksmith-cli relay`:
/// sources -> dispatcher -> store (outbox or memory) -> engine, with back-pressure, what to do when the
/// outbox cannot write, 410 Gone, parking, and reloads. Sources belong to the runtime and outlive the
/// delivery side, which is replaced when another workspace file is opened (the app).
class Runtime : public QObject
{
    Q_OBJECT
public:
    explicit Runtime(const RuntimeOptions& options, QObject* parent = nullptr);
    ~Runtime() override;

    /// Reads the workspace file; problems (errors and warnings) go to `problems`. False when it cannot
    /// be used.
    bool loadWorkspace(QList<Problem>* problems = nullptr);
    /// Reads the workspace file again (SIGHUP): when it can be used, new and changed webhooks apply to the
    /// next attempts and parked deliveries of webhooks that are back resume; otherwise the workspace in use
    /// stays, and `problems` says why. Nothing under way or queued is lost either way.
    bool reloadWorkspace(QList<Problem>* problems = nullptr);
    /// Uses a workspace held in memory instead (the app's open document, a one-off send). Not saved.
    void setWorkspace(std::shared_ptr<const Workspace> workspace);
    std::shared_ptr<const Workspace> workspace() const { return m_workspace; }
    QString workspacePath() const { return m_options.workspacePath; }
    /// Delivers for another workspace file from now on (the app opened one): the delivery side of the
    /// previous file winds down (attempts under way get RuntimeOptions::switchGraceMs), and the new file's
    /// outbox is opened. Sources stay. `durable` false: keep deliveries in memory (a workspace without a file).
    void switchWorkspaceFile(const QString& path, bool durable);

    void setSecretStore(SecretStore* store);
    /// The transport attempts go through (not owned). Default: an HttpSenderPool owned by the runtime.
    void setTransport(Transport* transport);
    /// The proxy of the attempts sent from now on by the runtime's own senders.
    void setProxy(const ProxySettings& proxy);
    void setEnvironment(EnvLookup env);

    /// Takes ownership; the source is started with the runtime (or at once when it runs already).
    void addSource(SignalSource* source);
    /// Stops the source and hands it back: the caller owns it again (a board the user disconnected).
    void removeSource(SignalSource* source);
    QList<SignalSource*> sources() const { return m_sources; }

    /// Hands deliveries made elsewhere (the app's "Send through the outbox") to the store, the way
    /// signals' deliveries go.
    void enqueue(const QList<DeliveryItem>& deliveries);
    /// A test send (the app's Send): one attempt now, not stored, never retried (DeliveryEngine::sendOnce());
    /// attemptFinished() reports it.
    void sendOnce(const DeliveryItem& delivery);
    /// Ends a test send under way (it is reported as cancelled). False when there is none with that id.
    bool cancelSend(const QString& messageId);

    /// Opens the store, then starts the engine and the sources: started() or startFailed(). Only the
    /// first call does anything.
    void start();
    /// started() was emitted and the runtime is not ending.
    bool isRunning() const { return m_running && !m_ending; }
    /// The delivery side of the current workspace has opened its store and delivers.
    bool isReady() const;
    /// The sources are done: store what was read, deliver everything that is due, write it all down, then
    /// finished(). Deliveries waiting for a later retry stay in the outbox for the next run.
    void finish();
    /// Stop now (SIGTERM): sources stop, attempts under way get `graceMs` to end (the rest are cut
    /// and stay pending), everything is written down, then finished(). Signals read but not stored yet
    /// are counted as lost.
    void shutdown(int graceMs = 5000);

    DeliveryStore* store() const;
    Outbox* outbox() const;
    DeliveryEngine* engine() const;
    Dispatcher* dispatcher() const;
    QString outboxPath() const;
    const RuntimeStats& stats() const { return m_stats; }
    /// Signals and deliveries read but not in the store yet (the outbox is opening, or cannot write).
    qsizetype unstoredCount() const;

Q_SIGNALS:
    void started();
    void startFailed(const QString& error);
    /// The delivery side of the current workspace opened its store (after started(), and after every
    /// switchWorkspaceFile()).
    void ready();
    void finished();
    /// Something to tell the user (unrouted signals, source warnings, store errors, workspace saves).
    void message(const QString& text);
    /// The snapshot changed (a webhook was disabled, the file was reloaded).
    void workspaceChanged(std::shared_ptr<const hooksmith::Workspace> workspace);
    /// A webhook answered 410 Gone and is not delivered to any more; what waits for it is parked.
    void webhookDisabled(const QString& webhookId, const QString& reason);
    /// Another delivery side serves the workspace (switchWorkspaceFile()); its store and engine exist.
    void deliverySideChanged();
    /// A signal was turned into deliveries (none when it fired no webhook).
    void dispatched(const hooksmith::Signal& signal, const QList<hooksmith::DeliveryItem>& deliveries);
    /// Every attempt, from the current delivery side and from one that is winding down.
    void attemptFinished(const hooksmith::AttemptReport& report);
    /// The current store changed (deliveries added, attempted, retried, parked, dropped).
    void storeChanged();
    /// Deliveries were parked or resumed because webhooks left or came back.
    void parkingChanged(const hooksmith::ParkingChange& change);
    /// Signals could not be stored (RuntimeStats::signalsLost grew).
    void signalsLost(quint64 total, const QString& reason);

private:
    struct DeliverySide;
    struct Batch
    {
        QList<DeliveryItem> deliveries;
        bool canWait = false;          ///< from a source that pauses (stdin), or the user: held, never lost
        QPointer<SignalSource> source; ///< told when stored, when it acknowledges (Signal::ticket)
        quint64 ticket = 0;
        bool taken = false; ///< started before it was stored (RuntimeOptions::startBeforeStored)
    };
    /// Read while the store opens: a signal, or deliveries made elsewhere (enqueue()).
    struct WaitingSignal
    {
        std::optional<Signal> signal;
        QList<DeliveryItem> deliveries;
        bool canWait = false;
        QPointer<SignalSource> source;
    };

    DeliverySide* buildSide(const QString& workspacePath, bool durable);
    void openSide(DeliverySide* side);
    void onSideOpened(DeliverySide* side, bool ok, const QString& error);
    void retireSide(DeliverySide* side);
    void startEngineAndSources();
    void onSignal(SignalSource* source, const Signal& signal, bool canWait);
    void submit(QList<DeliveryItem> deliveries, bool canWait, SignalSource* source = nullptr, quint64 ticket = 0);
    static void acknowledge(SignalSource* source, quint64 ticket);
    void onAccepted(DeliverySide* side, const QStringList& ids);
    void onRejected(DeliverySide* side, const QStringList& ids, const QString& reason);
    void submitHeldAgain();
    void lose(quint64 signals, const QString& reason);
    void onUnstoredAttemptEnded(const DeliveryItem& delivery, bool delivered);
    void updatePause();
    void onWebhookDisabled(const QString& webhookId, const QString& reason);
    void persistDisabled(const QString& webhookId, const QString& reason);
    void applyWorkspace(std::shared_ptr<const Workspace> workspace);
    void applyActiveWebhooks();
    void reportParked();
    void refreshCounts();
    void finishWhenStored();
    void finishWhenIdle();
    void writeDownAndEnd();
    bool sourceCanWait(const SignalSource* source) const;

    RuntimeOptions m_options;
    std::shared_ptr<const Workspace> m_workspace;
    QByteArray m_loadedBytes; ///< the workspace file as loaded, to notice changes made by others
    bool m_fromFile = false;
    SecretStore* m_secretStore = nullptr;
    Transport* m_transport = nullptr;
    std::unique_ptr<HttpSenderPool> m_ownTransport;
    std::optional<EnvLookup> m_env;
    DeliverySide* m_side = nullptr;
    QList<DeliverySide*> m_retiring;
    QList<SignalSource*> m_sources;
    std::deque<WaitingSignal> m_waiting; ///< read while the current store opens
    std::deque<Batch> m_held;            ///< refused by the store (full disk), stored again later
    /// A signal from a source that cannot wait, taken before it was stored and then refused by the store:
    /// lost unless its attempts delivered it.
    struct TakenRefusal
    {
        QString reason;
        int open = 0; ///< attempts not ended yet
        bool undelivered = false;
    };
    QHash<QString, std::shared_ptr<TakenRefusal>> m_takenRefused; ///< by message id
    QTimer m_heldTimer;
    int m_heldDelayMs = 0;
    QString m_activeKey; ///< the active webhooks last handed to the store
    QSet<QString> m_reportedUnrouted;
    RuntimeStats m_stats;
    QTimer m_countsTimer;
    QTimer m_lossReportTimer;
    quint64 m_lossesReported = 0;
    bool m_startRequested = false;
    bool m_running = false;
    bool m_ending = false;
    bool m_finishing = false; ///< finish(): everything read is stored and delivered before the end
    bool m_endingWritten = false;
    bool m_flushPosted = false;
    bool m_saidWaitingForRoom = false;
    bool m_paused = false;
    QTimer m_graceTimer;
};

} // namespace hooksmith

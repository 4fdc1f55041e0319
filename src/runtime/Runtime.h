#pragma once

#include "DeliveryEngine.h"
#include "Dispatcher.h"
#include "Model.h"
#include "Outbox.h"
#include "Problem.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include <memory>

namespace hooksmith {

class SecretStore;
class SignalSource;
class Transport;

/// For headless programs (hooksmith-cli): call before the QCoreApplication is made. Threads other than
/// the main one (the senders', Qt's HTTP threads, the outbox's) then run Qt's own event loop for Unix instead of
/// GLib's, which wakes a thread with a system call for every event posted to it (QT_NO_THREADED_GLIB).
/// The main thread keeps GLib's loop: QtKeychain's libsecret backend answers through it. The GUI keeps
/// GLib's loop in every thread. A QT_NO_THREADED_GLIB set by the user is left as it is.
void preferQtEventLoopInThreads();

/// How a Runtime is set up.
struct RuntimeOptions
{
    QString workspacePath;
    bool durable = true; ///< false: deliveries are kept in memory only (benchmarks, one-off sends)
    QString outboxDir;   ///< empty: Paths::outboxDir(); the file is Outbox::fileFor(workspacePath, dir)
    Outbox::Options outbox;
    EngineOptions engine;
    /// Save `enabled: false` and `disabled_reason` into the workspace file when a webhook answers 410.
    bool persistDisabledWebhooks = true;
    /// HTTP senders attempts are spread over (each on its own thread, with its own connections and Qt
    /// HTTP thread); 0: one per 12 attempts at once. Qt opens at most 6 connections per server and
    /// sender, and starts a queued request on a connection as soon as it is free.
    int senders = 0;
    /// Above this many unwritten outbox requests, sources that can pause do so until it drains.
    qint64 backlogHighWater = 20000;
};

/// Owns what turns signals into deliveries: the workspace snapshot, the store (outbox or memory), the
/// engine, the dispatcher and the signal sources, and wires them the same way for the GUI and the CLI:
/// sources -> dispatcher -> store -> engine.
class Runtime : public QObject
{
    Q_OBJECT
public:
    explicit Runtime(const RuntimeOptions& options, QObject* parent = nullptr);
    ~Runtime() override;

    /// Reads the workspace file; problems (errors and warnings) go to `problems`. False when it cannot
    /// be used.
    bool loadWorkspace(QList<Problem>* problems = nullptr);
    /// Uses a workspace held in memory instead (the app's open document, a one-off send). Not saved.
    void setWorkspace(std::shared_ptr<const Workspace> workspace);
    std::shared_ptr<const Workspace> workspace() const { return m_workspace; }

    void setSecretStore(SecretStore* store);
    /// The transport attempts go through (not owned). Default: an HttpSenderPool owned by the runtime.
    void setTransport(Transport* transport);
    void setEnvironment(EnvLookup env);

    /// Takes ownership; the source is started with the runtime (or at once when it runs already).
    void addSource(SignalSource* source);
    /// Stops the source and hands it back: the caller owns it again (a board the user disconnected).
    void removeSource(SignalSource* source);
    QList<SignalSource*> sources() const { return m_sources; }

    /// Opens the store, then starts the engine and the sources: started() or startFailed(). Only the
    /// first call does anything.
    void start();
    /// started() was emitted and the runtime is not ending.
    bool isRunning() const { return m_running && !m_ending; }
    /// The sources are done: deliver everything that is due, write it all down, then finished().
    /// Deliveries waiting for a later retry stay in the outbox for the next run.
    void finish();
    /// Stop now (SIGTERM): sources stop, attempts under way get `graceMs` to end (the rest are cut
    /// and stay pending), everything is written down, then finished().
    void shutdown(int graceMs = 5000);

    DeliveryStore* store() const { return m_store; }
    Outbox* outbox() const { return m_outbox; }
    DeliveryEngine* engine() const { return m_engine.get(); }
    Dispatcher* dispatcher() const { return m_dispatcher.get(); }
    QString outboxPath() const;

Q_SIGNALS:
    void started();
    void startFailed(const QString& error);
    void finished();
    /// Something to tell the user (unrouted signals, source warnings, store errors, workspace saves).
    void message(const QString& text);
    /// The snapshot changed (a webhook was disabled).
    void workspaceChanged(std::shared_ptr<const hooksmith::Workspace> workspace);

private:
    void build();
    void startEngineAndSources();
    void onWebhookDisabled(const QString& webhookId, const QString& reason);
    void persistDisabled(const QString& webhookId, const QString& reason);
    void applyWorkspace(std::shared_ptr<const Workspace> workspace);
    void checkBacklog();
    void finishWhenIdle();
    void writeDownAndEnd();

    RuntimeOptions m_options;
    std::shared_ptr<const Workspace> m_workspace;
    QByteArray m_loadedBytes; ///< the workspace file as loaded, to notice changes made by others
    bool m_fromFile = false;
    SecretStore* m_secretStore = nullptr;
    Transport* m_transport = nullptr;
    std::unique_ptr<Transport> m_ownTransport;
    std::optional<EnvLookup> m_env;
    DeliveryStore* m_store = nullptr;
    Outbox* m_outbox = nullptr;
    std::unique_ptr<DeliveryEngine> m_engine;
    std::unique_ptr<Dispatcher> m_dispatcher;
    QList<SignalSource*> m_sources;
    QSet<QString> m_reportedUnrouted;
    bool m_startRequested = false;
    bool m_running = false;
    bool m_ending = false;
    bool m_endingWritten = false;
    bool m_paused = false;
    QTimer m_graceTimer;
};

} // namespace hooksmith

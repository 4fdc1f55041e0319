#pragma once

#include "DeliveryEngine.h"
#include "Runtime.h"
#include "Signal.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace hooksmith {

class Config;
class Runtime;
class SignalSource;
class WorkspaceDocument;

/// The app's delivery side for the open workspace: one `Runtime` (durable outbox, engine, dispatcher)
/// per workspace file, created once the window is shown (or when first needed) and replaced when
/// another file is opened. It follows the document's edits, so that deliveries use what is on screen.
/// Signal sources are added here, not to the Runtime itself, so that they outlive workspace switches.
class AppRuntime : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString outboxDir;    ///< empty: Paths::outboxDir()
        EngineOptions engine; ///< the app turns reportRequests on
        int followDelayMs = 250;
        /// When another workspace is opened, attempts under way get this long to end; the rest stay
        /// pending in the outbox of the workspace they belong to.
        int switchGraceMs = 2000;
    };

    AppRuntime(WorkspaceDocument* doc, Config* config, QObject* parent = nullptr);
    ~AppRuntime() override;

    /// Takes effect for runtimes created afterwards (tests set a compressed retry schedule).
    void setOptions(const Options& options);
    const Options& options() const { return m_options; }

    /// The runtime of the open workspace: created and started on the first call. Deliveries and
    /// signals handed to this object wait until it has opened its outbox.
    Runtime* runtime();
    /// The runtime when there is one, else nullptr (never creates it).
    Runtime* currentRuntime() const { return m_runtime; }
    /// The current runtime has opened its store and delivers.
    bool isReady() const { return m_runtime && m_ready; }

    /// Takes ownership of a signal source and starts it: its signals go to the open workspace's
    /// dispatcher (then the outbox and the engine, like every delivery). It stays when another
    /// workspace is opened. Creates the runtime when there is none yet.
    void addSource(SignalSource* source);
    /// Stops the source and deletes it (later).
    void removeSource(SignalSource* source);
    QList<SignalSource*> sources() const { return m_sources; }

    /// Hands deliveries straight to the store (one webhook each, no dispatching), as soon as the
    /// runtime is ready.
    void enqueue(const QList<DeliveryItem>& deliveries);
    /// Gives the runtime the document's workspace now instead of after the typing pause.
    void syncNow();

Q_SIGNALS:
    /// A new runtime serves the open workspace (another file was opened); its engine and store exist.
    void runtimeChanged(hooksmith::Runtime* runtime);
    /// The current runtime opened its store and delivers.
    void ready();
    /// Something to tell the user (store errors, source warnings, signals that fired nothing).
    void message(const QString& text);
    /// A signal from a source was turned into deliveries (none when it fired no webhook).
    void dispatched(const hooksmith::Signal& signal, const QList<hooksmith::DeliveryItem>& deliveries);
    /// Every attempt of every delivery, from the current runtime and from one that is winding down.
    void attemptFinished(const hooksmith::AttemptReport& report);
    /// The current runtime's outbox changed (deliveries added, attempted, retried, discarded).
    void storeChanged();
    /// A webhook answered 410 Gone and was turned off in the document (an undoable edit).
    void webhookDisabled(const QString& webhookId, const QString& reason);

private:
    void createRuntime();
    void startRuntime(Runtime* runtime);
    void onStarted(Runtime* runtime);
    void onStartFailed(Runtime* runtime, const QString& error);
    void retire(Runtime* runtime);
    void followDocument();
    void onPathChanged();
    void dispatchSignal(const Signal& signal);
    void disableWebhook(const QString& webhookId, const QString& reason);
    QString outboxPathFor(const QString& workspacePath) const;

    WorkspaceDocument* m_doc;
    Config* m_config;
    Options m_options;
    QPointer<Runtime> m_runtime;
    QString m_runtimeOutbox; ///< the outbox file of m_runtime; empty: memory
    bool m_ready = false;
    bool m_memoryFallback = false;       ///< the workspace's outbox could not be opened
    QHash<Runtime*, QString> m_retiring; ///< runtimes winding down, by outbox file
    QList<SignalSource*> m_sources;
    QList<DeliveryItem> m_waitingDeliveries;
    QList<Signal> m_waitingSignals;
    QTimer m_followTimer;
};

} // namespace hooksmith

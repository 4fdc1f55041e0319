#pragma once

#include "DeliveryEngine.h"
#include "Runtime.h"
#include "Signal.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace hooksmith {

class Config;
class SignalSource;
class WorkspaceDocument;

/// The app's side of the one Runtime that the relay uses too: it creates the runtime when first needed (a
/// Send, a device; the window also asks for it once shown when the workspace's outbox is on disk), gives it
/// the open document's workspace after a typing pause, switches it to another workspace file when one is
/// opened, and turns a webhook disabled by 410 into an undoable edit.
/// Sources, dispatch, back-pressure, the outbox, the engine and parking are the Runtime's.
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

    /// Takes effect when the runtime is created (tests set a compressed retry schedule).
    void setOptions(const Options& options);
    const Options& options() const { return m_options; }
    /// The proxy of HTTP attempts (Preferences): applies to the attempts started from now on.
    void setProxy(const ProxySettings& proxy);
    const ProxySettings& proxy() const { return m_proxy; }

    /// The runtime: created and started on the first call.
    Runtime* runtime();
    /// The runtime when there is one, else nullptr (never creates it).
    Runtime* currentRuntime() const { return m_runtime.get(); }
    /// The runtime has opened the open workspace's store and delivers.
    bool isReady() const { return m_runtime && m_runtime->isReady(); }
    /// The open workspace has an outbox on disk, so deliveries may be waiting in it (one that never stored a
    /// delivery has none).
    bool hasStoredOutbox() const;

    /// Hands a source to the runtime (creating it when there is none yet); it stays when another workspace
    /// is opened.
    void addSource(SignalSource* source);
    /// Stops the source and deletes it (later).
    void removeSource(SignalSource* source);
    QList<SignalSource*> sources() const;

    /// Deliveries made by the app ("Send through the outbox"): to the store, the way signals' deliveries go.
    void enqueue(const QList<DeliveryItem>& deliveries);
    /// A test send (Send): one attempt now, not stored, never retried; attemptFinished() reports it.
    void sendOnce(const DeliveryItem& delivery);
    /// Ends a test send under way; it is reported as cancelled.
    bool cancelSend(const QString& messageId);
    /// Gives the runtime the document's workspace now instead of after the typing pause, after writing the
    /// secrets edited with it to the store (WorkspaceDocument::flushSecrets()).
    void syncNow();

Q_SIGNALS:
    /// The runtime serves another workspace file (its store and engine were replaced), or was created.
    void runtimeChanged(hooksmith::Runtime* runtime);
    /// The runtime opened the open workspace's store and delivers.
    void ready();
    /// Something to tell the user (store errors, source warnings, signals that fired nothing).
    void message(const QString& text);
    /// A signal from a source was turned into deliveries (none when it fired no webhook).
    void dispatched(const hooksmith::Signal& signal, const QList<hooksmith::DeliveryItem>& deliveries);
    /// Every attempt of every delivery, from the current workspace's engine and from one that is winding down.
    void attemptFinished(const hooksmith::AttemptReport& report);
    /// The current outbox changed (deliveries added, attempted, retried, parked, dropped).
    void storeChanged();
    /// A webhook answered 410 Gone and was turned off in the document (an undoable edit).
    void webhookDisabled(const QString& webhookId, const QString& reason);

private:
    void createRuntime();
    void onPathChanged();
    void disableWebhook(const QString& webhookId, const QString& reason);

    WorkspaceDocument* m_doc;
    Config* m_config;
    Options m_options;
    ProxySettings m_proxy;
    std::unique_ptr<Runtime> m_runtime;
    QTimer m_followTimer;
};

} // namespace hooksmith

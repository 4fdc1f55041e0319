#include "AppRuntime.h"

#include "Outbox.h"
#include "Runtime.h"
#include "SignalSource.h"
#include "WorkspaceDocument.h"

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {
/// Signals kept while the runtime opens its outbox; a board sends a few per second at most.
constexpr qsizetype kMaxWaitingSignals = 10000;
} // namespace

AppRuntime::AppRuntime(WorkspaceDocument* doc, Config* config, QObject* parent)
    : QObject(parent)
    , m_doc(doc)
    , m_config(config)
{
    m_followTimer.setSingleShot(true);
    m_followTimer.setInterval(m_options.followDelayMs);
    connect(&m_followTimer, &QTimer::timeout, this, &AppRuntime::syncNow);
    connect(doc, &WorkspaceDocument::changed, this, [this] {
        if (m_runtime)
            m_followTimer.start();
    });
    connect(doc, &WorkspaceDocument::secretChanged, this, [this] {
        if (m_runtime && m_runtime->engine())
            m_runtime->engine()->invalidateSecrets();
    });
    connect(doc, &WorkspaceDocument::pathChanged, this, &AppRuntime::onPathChanged);
}

AppRuntime::~AppRuntime()
{
    // Sources first: they must not feed a runtime that is going away. Runtimes release what is under
    // way; it stays pending in their outbox for the next start.
    for (SignalSource* s : std::as_const(m_sources))
        disconnect(s, nullptr, this, nullptr);
    qDeleteAll(m_sources);
    m_sources.clear();
    const QList<Runtime*> retiring = m_retiring.keys();
    m_retiring.clear();
    for (Runtime* r : retiring) {
        disconnect(r, nullptr, this, nullptr);
        delete r;
    }
    if (m_runtime) {
        disconnect(m_runtime, nullptr, this, nullptr);
        delete m_runtime.data();
    }
}

void AppRuntime::setOptions(const Options& options)
{
    m_options = options;
    m_followTimer.setInterval(options.followDelayMs);
}

QString AppRuntime::outboxPathFor(const QString& workspacePath) const
{
    // A workspace that has no file yet keeps its deliveries in memory.
    return workspacePath.isEmpty() ? QString() : Outbox::fileFor(workspacePath, m_options.outboxDir);
}

Runtime* AppRuntime::runtime()
{
    if (!m_runtime)
        createRuntime();
    return m_runtime;
}

void AppRuntime::createRuntime()
{
    RuntimeOptions o;
    o.workspacePath = m_doc->path();
    o.durable = !m_doc->isUntitled() && !m_memoryFallback;
    o.outboxDir = m_options.outboxDir;
    o.engine = m_options.engine;
    o.engine.reportRequests = true;
    // The open document is the workspace: a 410 becomes an undoable edit there, not a file write.
    o.persistDisabledWebhooks = false;
    auto* runtime = new Runtime(o, this);
    runtime->setWorkspace(std::make_shared<const Workspace>(m_doc->workspace()));
    runtime->setSecretStore(m_doc->secretStore());
    m_runtime = runtime;
    m_runtimeOutbox = o.durable ? runtime->outboxPath() : QString();
    m_ready = false;
    connect(runtime, &Runtime::message, this, &AppRuntime::message);
    connect(runtime, &Runtime::started, this, [this, runtime] { onStarted(runtime); });
    connect(runtime, &Runtime::startFailed, this,
            [this, runtime](const QString& error) { onStartFailed(runtime, error); });

    // The same file reopened while its previous runtime winds down: the outbox is locked until then.
    for (auto it = m_retiring.cbegin(); it != m_retiring.cend(); ++it) {
        if (!m_runtimeOutbox.isEmpty() && it.value() == m_runtimeOutbox) {
            connect(it.key(), &QObject::destroyed, this, [this, runtime] {
                if (m_runtime == runtime)
                    startRuntime(runtime);
            });
            return;
        }
    }
    startRuntime(runtime);
}

void AppRuntime::startRuntime(Runtime* runtime)
{
    runtime->start(); // builds the store, engine and dispatcher at once; started() follows
    connect(runtime->engine(), &DeliveryEngine::attemptFinished, this, &AppRuntime::attemptFinished);
    connect(runtime->engine(), &DeliveryEngine::webhookDisabled, this,
            [this, runtime](const QString& webhookId, const QString& reason) {
                if (runtime == m_runtime)
                    disableWebhook(webhookId, reason);
            });
    connect(runtime->store(), &DeliveryStore::changed, this, [this, runtime] {
        if (runtime == m_runtime)
            Q_EMIT storeChanged();
    });
    connect(runtime->store(), &DeliveryStore::rejected, this, [this](const QStringList& ids, const QString& reason) {
        Q_EMIT message(tr("%n delivery(s) could not be stored: %1", nullptr, int(ids.size())).arg(reason));
    });
    connect(runtime->dispatcher(), &Dispatcher::dispatched, this, &AppRuntime::dispatched);
    Q_EMIT runtimeChanged(runtime);
}

void AppRuntime::onStarted(Runtime* runtime)
{
    if (runtime != m_runtime)
        return;
    m_ready = true;
    if (!m_waitingDeliveries.isEmpty())
        runtime->store()->enqueue(std::exchange(m_waitingDeliveries, {}));
    for (const Signal& s : std::exchange(m_waitingSignals, {}))
        runtime->dispatcher()->dispatch(s);
    Q_EMIT ready();
    Q_EMIT storeChanged();
}

void AppRuntime::onStartFailed(Runtime* runtime, const QString& error)
{
    if (runtime != m_runtime)
        return;
    Q_EMIT message(tr("The outbox cannot be used (%1). Until Hooksmith closes, deliveries of this workspace are "
                      "kept in memory only.")
                       .arg(error));
    m_memoryFallback = true;
    retire(runtime);
    createRuntime();
}

void AppRuntime::retire(Runtime* runtime)
{
    if (runtime == m_runtime) {
        m_runtime = nullptr;
        m_ready = false;
    }
    m_retiring.insert(runtime, runtime->outboxPath());
    connect(runtime, &Runtime::finished, runtime, &QObject::deleteLater);
    connect(runtime, &QObject::destroyed, this, [this, runtime] { m_retiring.remove(runtime); });
    runtime->shutdown(m_options.switchGraceMs);
}

void AppRuntime::onPathChanged()
{
    const QString outbox = outboxPathFor(m_doc->path());
    if (!m_runtime || (outbox == m_runtimeOutbox && !m_memoryFallback))
        return;
    m_memoryFallback = false;
    m_followTimer.stop();
    retire(m_runtime);
    createRuntime();
}

void AppRuntime::syncNow()
{
    m_followTimer.stop();
    if (m_runtime)
        m_runtime->setWorkspace(std::make_shared<const Workspace>(m_doc->workspace()));
}

void AppRuntime::enqueue(const QList<DeliveryItem>& deliveries)
{
    Runtime* r = runtime();
    if (m_ready)
        r->store()->enqueue(deliveries);
    else
        m_waitingDeliveries.append(deliveries);
}

void AppRuntime::addSource(SignalSource* source)
{
    source->setParent(this);
    m_sources.append(source);
    connect(source, &SignalSource::signalReceived, this, &AppRuntime::dispatchSignal);
    connect(source, &SignalSource::warning, this, [this, source](const QString& text, const QString& line) {
        Q_EMIT message(line.isEmpty() ? tr("%1: %2").arg(source->displayName(), text)
                                      : tr("%1: %2: %3").arg(source->displayName(), text, line));
    });
    runtime();
    source->start();
}

void AppRuntime::removeSource(SignalSource* source)
{
    if (!m_sources.removeOne(source))
        return;
    disconnect(source, nullptr, this, nullptr);
    source->stop();
    source->deleteLater();
}

void AppRuntime::dispatchSignal(const Signal& signal)
{
    Runtime* r = runtime();
    if (m_ready) {
        r->dispatcher()->dispatch(signal);
        return;
    }
    if (m_waitingSignals.size() >= kMaxWaitingSignals) {
        Q_EMIT message(tr("The outbox is still opening: a signal from %1 was dropped").arg(signal.deviceToken));
        return;
    }
    m_waitingSignals.append(signal);
}

void AppRuntime::disableWebhook(const QString& webhookId, const QString& reason)
{
    const int index = m_doc->indexOfWebhook(webhookId);
    const Webhook* w = m_doc->webhook(index);
    if (!w || !w->enabled)
        return;
    const QString name = w->name;
    m_doc->editWebhook(index, tr("Turn off \"%1\" (410 Gone)").arg(name), {}, [&](Webhook& hook) {
        hook.enabled = false;
        hook.disabledReason = reason;
    });
    syncNow();
    Q_EMIT webhookDisabled(webhookId, reason);
    Q_EMIT message(tr("\"%1\" was turned off: %2. Edit → Undo turns it on again.").arg(name, reason));
}

} // namespace hooksmith

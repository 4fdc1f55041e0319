#include "AppRuntime.h"

#include "Outbox.h"
#include "SignalSource.h"
#include "WorkspaceDocument.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace hooksmith {

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
    // Deliveries from now on use the chosen environment, and read its secret variables.
    connect(doc, &WorkspaceDocument::activeEnvironmentChanged, this, [this] {
        syncNow();
        if (m_runtime && m_runtime->engine())
            m_runtime->engine()->invalidateSecrets();
    });
}

AppRuntime::~AppRuntime()
{
    // The runtime stops its sources first; what is under way stays pending in the outbox for the next start.
    if (m_runtime)
        disconnect(m_runtime.get(), nullptr, this, nullptr);
    m_runtime.reset();
}

void AppRuntime::setOptions(const Options& options)
{
    m_options = options;
    m_followTimer.setInterval(options.followDelayMs);
}

void AppRuntime::setProxy(const ProxySettings& proxy)
{
    m_proxy = proxy;
    if (m_runtime)
        m_runtime->setProxy(proxy);
}

Runtime* AppRuntime::runtime()
{
    if (!m_runtime)
        createRuntime();
    return m_runtime.get();
}

bool AppRuntime::hasStoredOutbox() const
{
    return !m_doc->isUntitled() && QFileInfo::exists(Outbox::fileFor(m_doc->path(), m_options.outboxDir));
}

void AppRuntime::createRuntime()
{
    RuntimeOptions o;
    o.workspacePath = m_doc->path();
    // A workspace that has no file yet keeps its deliveries in memory.
    o.durable = !m_doc->isUntitled();
    o.outboxDir = m_options.outboxDir;
    o.engine = m_options.engine;
    o.engine.reportRequests = true;
    o.proxy = m_proxy;
    // The open document is the workspace: a 410 becomes an undoable edit there, not a file write.
    o.persistDisabledWebhooks = false;
    o.memoryWhenOutboxFails = true;
    o.switchGraceMs = m_options.switchGraceMs;
    m_runtime = std::make_unique<Runtime>(o);
    Runtime* runtime = m_runtime.get();
    runtime->setWorkspace(std::make_shared<const Workspace>(m_doc->workspace()));
    runtime->setSecretStore(m_doc->secretStore());
    connect(runtime, &Runtime::message, this, &AppRuntime::message);
    connect(runtime, &Runtime::ready, this, &AppRuntime::ready);
    connect(runtime, &Runtime::dispatched, this, &AppRuntime::dispatched);
    connect(runtime, &Runtime::attemptFinished, this, &AppRuntime::attemptFinished);
    connect(runtime, &Runtime::storeChanged, this, &AppRuntime::storeChanged);
    connect(runtime, &Runtime::webhookDisabled, this, &AppRuntime::disableWebhook);
    connect(runtime, &Runtime::deliverySideChanged, this, [this] { Q_EMIT runtimeChanged(m_runtime.get()); });
    runtime->start();
    Q_EMIT runtimeChanged(runtime);
}

void AppRuntime::onPathChanged()
{
    if (!m_runtime)
        return;
    m_followTimer.stop();
    syncNow();
    m_runtime->switchWorkspaceFile(m_doc->path(), !m_doc->isUntitled());
}

void AppRuntime::syncNow()
{
    m_followTimer.stop();
    // Secrets edited with this workspace (a value set in the environments, a password typed) are still held
    // by the document for a short typing pause. They go to the store first: the store keeps the operations
    // on one key in call order, so every read the runtime makes from now on finds them, and a Send right
    // after an edit does not fail for a secret that is only on its way.
    m_doc->flushSecrets();
    if (m_runtime)
        m_runtime->setWorkspace(std::make_shared<const Workspace>(m_doc->workspace()));
}

void AppRuntime::enqueue(const QList<DeliveryItem>& deliveries)
{
    // What was sent is what the preview showed: an edit still waiting for the follow timer goes first.
    if (m_followTimer.isActive())
        syncNow();
    runtime()->enqueue(deliveries);
}

void AppRuntime::sendOnce(const DeliveryItem& delivery)
{
    if (m_followTimer.isActive())
        syncNow();
    runtime()->sendOnce(delivery);
}

bool AppRuntime::cancelSend(const QString& messageId)
{
    return m_runtime && m_runtime->cancelSend(messageId);
}

void AppRuntime::addSource(SignalSource* source)
{
    runtime()->addSource(source);
}

void AppRuntime::removeSource(SignalSource* source)
{
    if (!m_runtime || !m_runtime->sources().contains(source))
        return;
    m_runtime->removeSource(source);
    source->deleteLater();
}

QList<SignalSource*> AppRuntime::sources() const
{
    return m_runtime ? m_runtime->sources() : QList<SignalSource*>{};
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

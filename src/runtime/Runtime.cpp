#include "Runtime.h"

#include "MemoryDeliveryStore.h"
#include "SenderPool.h"
#include "SignalSource.h"
#include "StdinSource.h"
#include "WorkspaceFile.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool hasLiteralSecret(const Workspace& ws)
{
    for (const Webhook& w : ws.webhooks) {
        if (w.auth.password && !WorkspaceFile::isEnvReference(*w.auth.password))
            return true;
        if (w.signing.secret && !WorkspaceFile::isEnvReference(*w.signing.secret))
            return true;
    }
    return false;
}

} // namespace

void preferQtEventLoopInThreads()
{
    if (!qEnvironmentVariableIsSet("QT_NO_THREADED_GLIB"))
        qputenv("QT_NO_THREADED_GLIB", "1");
}

Runtime::Runtime(const RuntimeOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, [this] {
        if (m_engine)
            m_engine->abortAll();
    });
}

Runtime::~Runtime()
{
    // Sources first (they feed the dispatcher), then the engine (it releases what it holds), then the store.
    qDeleteAll(m_sources);
    m_sources.clear();
    m_engine.reset();
    m_dispatcher.reset();
    delete m_store;
}

bool Runtime::loadWorkspace(QList<Problem>* problems)
{
    m_loadedBytes = readAll(m_options.workspacePath);
    LoadResult loaded = WorkspaceFile::load(m_options.workspacePath);
    if (problems)
        *problems = loaded.problems;
    if (!loaded.workspace)
        return false;
    m_fromFile = true;
    applyWorkspace(std::make_shared<const Workspace>(std::move(*loaded.workspace)));
    return true;
}

void Runtime::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    m_fromFile = false;
    applyWorkspace(std::move(workspace));
}

void Runtime::applyWorkspace(std::shared_ptr<const Workspace> workspace)
{
    m_workspace = std::move(workspace);
    if (m_dispatcher)
        m_dispatcher->setWorkspace(m_workspace);
    if (m_engine)
        m_engine->setWorkspace(m_workspace);
}

void Runtime::setSecretStore(SecretStore* store)
{
    m_secretStore = store;
    if (m_engine)
        m_engine->setSecretStore(store);
}

void Runtime::setTransport(Transport* transport)
{
    m_transport = transport;
}

void Runtime::setEnvironment(EnvLookup env)
{
    m_env = env;
    if (m_engine)
        m_engine->setEnvironment(std::move(env));
}

QString Runtime::outboxPath() const
{
    return m_options.durable ? Outbox::fileFor(m_options.workspacePath, m_options.outboxDir) : QString();
}

void Runtime::addSource(SignalSource* source)
{
    if (m_sources.contains(source))
        return;
    source->setParent(this);
    m_sources.append(source);
    connect(source, &SignalSource::signalReceived, this, [this](const Signal& s) {
        if (!m_dispatcher || m_ending)
            return;
        m_dispatcher->dispatch(s);
        checkBacklog();
    });
    connect(source, &SignalSource::warning, this, [this, source](const QString& text, const QString& line) {
        Q_EMIT message(line.isEmpty() ? tr("%1: %2").arg(source->displayName(), text)
                                      : tr("%1: %2: %3").arg(source->displayName(), text, line));
    });
    if (m_running)
        source->start();
}

void Runtime::removeSource(SignalSource* source)
{
    if (!m_sources.removeOne(source))
        return;
    source->stop();
    disconnect(source, nullptr, this, nullptr);
    source->setParent(nullptr);
}

void Runtime::build()
{
    if (m_engine)
        return;
    if (m_options.durable) {
        m_outbox = new Outbox(outboxPath(), m_options.outbox);
        m_store = m_outbox;
    } else {
        m_store = new MemoryDeliveryStore;
    }
    connect(m_store, &DeliveryStore::storeError, this, &Runtime::message);
    connect(m_store, &DeliveryStore::accepted, this, &Runtime::checkBacklog);
    if (!m_transport) {
        const int senders = m_options.senders > 0 ? m_options.senders : (m_options.engine.concurrency + 11) / 12;
        m_ownTransport = std::make_unique<HttpSenderPool>(senders);
        m_transport = m_ownTransport.get();
    }
    m_dispatcher = std::make_unique<Dispatcher>(m_store);
    m_dispatcher->setWorkspace(m_workspace);
    connect(m_dispatcher.get(), &Dispatcher::unrouted, this, [this](const Signal& s, Dispatcher::Unrouted why) {
        // Said once per device and reason; the counts are in the dispatcher's stats.
        const QString key = s.deviceToken + u'/' + QString::number(int(why));
        if (m_reportedUnrouted.contains(key))
            return;
        m_reportedUnrouted.insert(key);
        Q_EMIT message(tr("signal %1 from device %2 fired no webhook: %3 (further ones are counted, not shown)")
                           .arg(s.number)
                           .arg(s.deviceToken, Dispatcher::describe(why)));
    });
    m_engine = std::make_unique<DeliveryEngine>(m_store, m_transport, m_options.engine);
    m_engine->setWorkspace(m_workspace);
    m_engine->setSecretStore(m_secretStore);
    if (m_env)
        m_engine->setEnvironment(*m_env);
    connect(m_engine.get(), &DeliveryEngine::webhookDisabled, this, &Runtime::onWebhookDisabled);
}

void Runtime::start()
{
    if (m_startRequested)
        return;
    m_startRequested = true;
    build();
    if (!m_outbox) {
        QTimer::singleShot(0, this, &Runtime::startEngineAndSources);
        return;
    }
    connect(m_outbox, &Outbox::opened, this, [this](bool ok, const QString& error) {
        if (ok)
            startEngineAndSources();
        else
            Q_EMIT startFailed(error);
    });
    m_outbox->open();
}

void Runtime::startEngineAndSources()
{
    m_running = true;
    m_engine->start();
    for (SignalSource* s : std::as_const(m_sources))
        s->start();
    Q_EMIT started();
}

void Runtime::checkBacklog()
{
    if (!m_store)
        return;
    const qint64 backlog = m_store->backlog();
    const bool pause = backlog > m_options.backlogHighWater;
    const bool resume = m_paused && backlog < m_options.backlogHighWater / 2;
    if (pause == m_paused && !resume)
        return;
    m_paused = pause;
    for (SignalSource* s : std::as_const(m_sources)) {
        if (auto* p = dynamic_cast<PausableSource*>(s))
            p->setPaused(m_paused);
    }
}

void Runtime::finish()
{
    if (m_ending)
        return;
    m_ending = true;
    for (SignalSource* s : std::as_const(m_sources))
        s->stop();
    if (!m_store) {
        QTimer::singleShot(0, this, &Runtime::finished);
        return;
    }
    // Once everything dispatched is accepted, deliver what is due until nothing is.
    m_store->flush([this](const Status&) {
        m_engine->wake();
        finishWhenIdle();
    });
}

void Runtime::finishWhenIdle()
{
    if (m_engine->isIdle() || !m_engine->isRunning()) {
        writeDownAndEnd();
        return;
    }
    auto* connection = new QMetaObject::Connection;
    *connection = connect(m_engine.get(), &DeliveryEngine::idle, this, [this, connection] {
        disconnect(*connection);
        delete connection;
        writeDownAndEnd();
    });
}

void Runtime::shutdown(int graceMs)
{
    if (m_ending && !m_engine)
        return;
    m_ending = true;
    for (SignalSource* s : std::as_const(m_sources))
        s->stop();
    if (!m_engine) {
        QTimer::singleShot(0, this, &Runtime::finished);
        return;
    }
    connect(m_engine.get(), &DeliveryEngine::stopped, this, &Runtime::writeDownAndEnd, Qt::SingleShotConnection);
    m_engine->stop();
    if (m_engine->inFlightCount() > 0)
        m_graceTimer.start(std::max(0, graceMs));
}

void Runtime::writeDownAndEnd()
{
    if (m_endingWritten)
        return; // finish() and shutdown() may both get here
    m_endingWritten = true;
    m_graceTimer.stop();
    m_store->flush([this](const Status& st) {
        if (!st)
            Q_EMIT message(st.errorMessage());
        Q_EMIT finished();
    });
}

void Runtime::onWebhookDisabled(const QString& webhookId, const QString& reason)
{
    if (!m_workspace)
        return;
    auto copy = std::make_shared<Workspace>(*m_workspace);
    Webhook* w = nullptr;
    for (Webhook& candidate : copy->webhooks) {
        if (candidate.id == webhookId)
            w = &candidate;
    }
    if (!w)
        return;
    w->enabled = false;
    w->disabledReason = reason;
    const QString name = w->name;
    applyWorkspace(copy);
    Q_EMIT workspaceChanged(copy);
    Q_EMIT message(tr("webhook \"%1\" was disabled: %2").arg(name, reason));
    if (m_fromFile && m_options.persistDisabledWebhooks)
        persistDisabled(webhookId, reason);
}

void Runtime::persistDisabled(const QString& webhookId, const QString& reason)
{
    const QString path = m_options.workspacePath;
    const QString native = QDir::toNativeSeparators(path);
    const QByteArray now = readAll(path);
    if (now != m_loadedBytes) {
        Q_EMIT message(tr("%1 changed on disk since it was loaded, so it was not saved: set \"enabled\": false on "
                          "the webhook yourself (it stays disabled in this run)")
                           .arg(native));
        return;
    }
    LoadResult loaded = WorkspaceFile::parse(now);
    if (!loaded.workspace) {
        Q_EMIT message(tr("%1 cannot be read any more, so it was not saved: set \"enabled\": false on the webhook "
                          "yourself (it stays disabled in this run)")
                           .arg(native));
        return;
    }
    Workspace ws = std::move(*loaded.workspace);
    if (hasLiteralSecret(ws)) {
        Q_EMIT message(tr("%1 holds a secret written in the file, which saving would drop, so it was not saved: set "
                          "\"enabled\": false on the webhook yourself (it stays disabled in this run)")
                           .arg(native));
        return;
    }
    for (Webhook& w : ws.webhooks) {
        if (w.id == webhookId) {
            w.enabled = false;
            w.disabledReason = reason;
        }
    }
    if (Status st = WorkspaceFile::save(path, ws); !st) {
        Q_EMIT message(tr("%1 could not be saved: %2").arg(native, st.errorMessage()));
        return;
    }
    m_loadedBytes = readAll(path);
    Q_EMIT message(tr("%1: saved the webhook as disabled").arg(native));
}

} // namespace hooksmith

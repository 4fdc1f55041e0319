#include "Runtime.h"
#include "RuntimeDeliverySide_p.h"
#include "SignalSource.h"
#include "SourceTraits.h"
#include "Validator.h"
#include "WorkspaceFile.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

// The runtime's workspace: loading, reloading, which webhooks are delivered to, and 410 Gone.

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

QString webhookLabel(const Workspace* ws, const QString& id)
{
    if (ws) {
        for (const Webhook& w : ws->webhooks) {
            if (w.id == id)
                return u"\""_s + w.name + u'"';
        }
    }
    return id;
}

} // namespace

bool Runtime::loadWorkspace(QList<Problem>* problems)
{
    const QByteArray bytes = readAll(m_options.workspacePath);
    LoadResult loaded = WorkspaceFile::load(m_options.workspacePath);
    if (loaded.workspace)
        loaded.workspace->activeEnvironmentName = m_options.environment;
    if (problems)
        *problems = loaded.problems;
    if (!loaded.workspace)
        return false;
    if (m_options.checkWorkspace) {
        const QList<Problem> more = m_options.checkWorkspace(*loaded.workspace);
        if (problems)
            problems->append(more);
        if (hasErrors(more))
            return false;
    }
    m_loadedBytes = bytes;
    m_fromFile = true;
    applyWorkspace(std::make_shared<const Workspace>(std::move(*loaded.workspace)));
    return true;
}

bool Runtime::reloadWorkspace(QList<Problem>* problems)
{
    const QByteArray bytes = readAll(m_options.workspacePath);
    LoadResult loaded = WorkspaceFile::load(m_options.workspacePath);
    if (loaded.workspace)
        loaded.workspace->activeEnvironmentName = m_options.environment;
    QList<Problem> found = loaded.problems;
    bool usable = loaded.workspace.has_value();
    if (usable) {
        // A workspace the relay would refuse to start with is refused here too: the one in use stays.
        for (const Problem& p : Validator::validate(*loaded.workspace)) {
            const bool enabled = p.webhookIndex < 0 || loaded.workspace->webhooks[p.webhookIndex].enabled;
            if (p.isError() && enabled)
                found.append(p);
        }
        if (m_options.checkWorkspace)
            found.append(m_options.checkWorkspace(*loaded.workspace));
        usable = !hasErrors(found);
    }
    if (problems)
        *problems = found;
    if (!usable)
        return false;
    m_loadedBytes = bytes;
    m_fromFile = true;
    auto ws = std::make_shared<const Workspace>(std::move(*loaded.workspace));
    applyWorkspace(ws);
    Q_EMIT workspaceChanged(ws);
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
    if (m_side) {
        m_side->dispatcher->setWorkspace(m_workspace);
        m_side->engine->setWorkspace(m_workspace);
    }
    // An MQTT source follows the devices (their Pybytes topics), in the app and in the relay alike.
    for (SignalSource* source : std::as_const(m_sources)) {
        if (auto* f = dynamic_cast<WorkspaceFollowingSource*>(source); f && m_workspace)
            f->workspaceChanged(*m_workspace);
    }
    applyActiveWebhooks();
}

void Runtime::applyActiveWebhooks()
{
    if (!isReady() || !m_workspace)
        return;
    ActiveWebhooks webhooks;
    QStringList key;
    for (const Webhook& w : m_workspace->webhooks) {
        if (w.enabled) {
            webhooks.active.insert(w.id);
            key.append(w.id);
        } else {
            const QString reason = w.disabledReason.isEmpty()
                                       ? tr("the webhook \"%1\" is disabled").arg(w.name)
                                       : tr("the webhook \"%1\" is disabled: %2").arg(w.name, w.disabledReason);
            webhooks.reasons.insert(w.id, reason);
            key.append(u'-' + w.id);
        }
    }
    key.sort();
    const QString joined = key.join(u',');
    const bool first = m_activeKey.isEmpty();
    if (joined == m_activeKey && !first)
        return;
    m_activeKey = joined.isEmpty() ? u"-"_s : joined;
    m_side->store->setActiveWebhooks(webhooks, [this, first, side = QPointer<QObject>(m_side)](ParkingChange change) {
        if (!side || side != m_side)
            return;
        if (first) {
            reportParked();
        } else {
            for (auto it = change.parked.cbegin(); it != change.parked.cend(); ++it) {
                Q_EMIT message(tr("%n delivery(ies) for webhook %1 are parked: it is gone from the workspace or "
                                  "disabled; they are delivered when it is back",
                                  nullptr, int(it.value()))
                                   .arg(webhookLabel(m_workspace.get(), it.key())));
            }
            for (auto it = change.resumed.cbegin(); it != change.resumed.cend(); ++it) {
                Q_EMIT message(tr("%n parked delivery(ies) for webhook %1 resumed", nullptr, int(it.value()))
                                   .arg(webhookLabel(m_workspace.get(), it.key())));
            }
        }
        if (!change.parked.isEmpty() || !change.resumed.isEmpty())
            Q_EMIT parkingChanged(change);
        refreshCounts();
    });
}

void Runtime::reportParked()
{
    m_side->store->summary([this, side = QPointer<QObject>(m_side)](OutboxSummary summary) {
        if (!side || side != m_side)
            return;
        for (auto it = summary.byWebhook.cbegin(); it != summary.byWebhook.cend(); ++it) {
            if (it->parked == 0)
                continue;
            const bool known = m_workspace && m_workspace->findWebhook(it.key());
            Q_EMIT message(tr("%n delivery(ies) for webhook %1 are parked (%2): they wait until it is back; "
                              "`hooksmith-cli outbox list --state parked` lists them, `outbox drop` removes them",
                              nullptr, int(it->parked))
                               .arg(webhookLabel(m_workspace.get(), it.key()),
                                    known ? tr("it is disabled") : tr("it is not in the workspace")));
        }
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
    Q_EMIT webhookDisabled(webhookId, reason);
    // The app says it its own way, as an edit that Undo takes back.
    if (!m_options.persistDisabledWebhooks)
        return;
    Q_EMIT message(tr("webhook \"%1\" was disabled: %2").arg(name, reason));
    if (m_fromFile)
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

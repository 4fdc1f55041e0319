#include "Dispatcher.h"

namespace hooksmith {

Dispatcher::Dispatcher(DeliveryStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{}

void Dispatcher::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    m_workspace = std::move(workspace);
}

QList<const Webhook*> Dispatcher::route(const Workspace& workspace, const Signal& signal)
{
    QList<const Webhook*> out;
    for (const Webhook& w : workspace.webhooks) {
        if (w.enabled && w.isBoundTo(signal.deviceToken) && w.acceptsSignal(signal.number))
            out.append(&w);
    }
    return out;
}

Dispatcher::Unrouted Dispatcher::whyUnrouted(const Workspace& workspace, const Signal& signal)
{
    bool bound = false;
    bool enabled = false;
    for (const Webhook& w : workspace.webhooks) {
        if (!w.isBoundTo(signal.deviceToken))
            continue;
        bound = true;
        enabled = enabled || w.enabled;
    }
    if (!bound)
        return workspace.deviceByToken(signal.deviceToken) ? Unrouted::NoWebhookBound : Unrouted::UnknownDevice;
    return enabled ? Unrouted::FilteredOut : Unrouted::AllDisabled;
}

QString Dispatcher::describe(Unrouted reason)
{
    switch (reason) {
    case Unrouted::UnknownDevice:
        return tr("the device is not in the workspace and no webhook is bound to it");
    case Unrouted::NoWebhookBound:
        return tr("no webhook is bound to the device");
    case Unrouted::AllDisabled:
        return tr("the webhooks bound to the device are disabled");
    case Unrouted::FilteredOut:
        return tr("no enabled webhook bound to the device takes this signal number");
    }
    return {};
}

QList<DeliveryItem> Dispatcher::makeDeliveries(const Signal& signal)
{
    ++m_stats.signalCount;
    QList<DeliveryItem> deliveries;
    if (m_workspace) {
        const QList<const Webhook*> webhooks = route(*m_workspace, signal);
        deliveries.reserve(webhooks.size());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Webhook* w : webhooks) {
            DeliveryItem d;
            d.messageId = signal.originId.isEmpty() ? newMessageId() : derivedMessageId(signal, w->id);
            d.webhookId = w->id;
            d.signal = signal;
            if (!d.signal.receivedAt.isValid())
                d.signal.receivedAt = now;
            d.acceptedAt = now;
            d.nextAttemptAt = now;
            d.ordered = w->delivery.order == DeliveryOrder::Device;
            deliveries.append(std::move(d));
        }
    }
    if (deliveries.isEmpty()) {
        const Unrouted why = m_workspace ? whyUnrouted(*m_workspace, signal) : Unrouted::UnknownDevice;
        ++m_stats.unrouted[why];
        ++m_stats.unroutedByDevice[signal.deviceToken];
        Q_EMIT unrouted(signal, why);
        return {};
    }
    m_stats.deliveryCount += quint64(deliveries.size());
    Q_EMIT dispatched(signal, deliveries);
    return deliveries;
}

QList<DeliveryItem> Dispatcher::dispatch(const Signal& signal)
{
    QList<DeliveryItem> deliveries = makeDeliveries(signal);
    if (!deliveries.isEmpty() && m_store)
        m_store->enqueue(deliveries);
    return deliveries;
}

} // namespace hooksmith

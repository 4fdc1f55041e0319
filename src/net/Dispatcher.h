#pragma once

#include "DeliveryStore.h"
#include "Model.h"
#include "Signal.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace hooksmith {

/// Turns each device signal into one delivery per enabled webhook that is bound to the device and whose
/// signal filter accepts the number, in the order signals arrive, and hands them to the store.
/// Signals that fire nothing are counted by reason and reported, never dropped silently.
class Dispatcher : public QObject
{
    Q_OBJECT
public:
    /// Why a signal fired no webhook.
    enum class Unrouted : quint8
    {
        UnknownDevice,  ///< the device is not in the workspace and no webhook is bound to it
        NoWebhookBound, ///< no webhook is bound to the device
        AllDisabled,    ///< the webhooks bound to it are disabled
        FilteredOut,    ///< the enabled webhooks bound to it do not take this signal number
    };
    Q_ENUM(Unrouted)

    struct Stats
    {
        quint64 signalCount = 0;
        quint64 deliveryCount = 0;
        QHash<Unrouted, quint64> unrouted;
        QHash<QString, quint64> unroutedByDevice; ///< device token -> signals that fired nothing
    };

    explicit Dispatcher(DeliveryStore* store, QObject* parent = nullptr);

    void setWorkspace(std::shared_ptr<const Workspace> workspace);
    std::shared_ptr<const Workspace> workspace() const { return m_workspace; }

    /// The webhooks a signal fires, in workspace order (pure: no store, no counting).
    static QList<const Webhook*> route(const Workspace& workspace, const Signal& signal);
    /// Why route() gave nothing for this signal.
    static Unrouted whyUnrouted(const Workspace& workspace, const Signal& signal);

    /// Creates the deliveries (fresh message ids), counts them and says so (dispatched() or unrouted());
    /// the caller hands them to a store.
    QList<DeliveryItem> makeDeliveries(const Signal& signal);
    /// makeDeliveries(), then enqueues them in the store; returns them.
    QList<DeliveryItem> dispatch(const Signal& signal);

    const Stats& stats() const { return m_stats; }
    static QString describe(Unrouted reason);

Q_SIGNALS:
    void dispatched(const hooksmith::Signal& signal, const QList<hooksmith::DeliveryItem>& deliveries);
    void unrouted(const hooksmith::Signal& signal, hooksmith::Dispatcher::Unrouted reason);

private:
    DeliveryStore* m_store;
    std::shared_ptr<const Workspace> m_workspace;
    Stats m_stats;
};

} // namespace hooksmith

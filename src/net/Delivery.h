#pragma once

#include "Signal.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hooksmith {

/// One attempt as the outbox records it.
struct AttemptRecord
{
    int number = 0;      ///< 1-based, counted over the delivery's whole life
    QDateTime startedAt; ///< UTC
    qint64 durationMs = 0;
    int status = 0;  ///< HTTP status; 0 when there was no response
    QString error;   ///< empty on success; otherwise what went wrong, for a person
    QString request; ///< the request as sent, secrets masked (head, blank line, body; long bodies cut)
};

/// One signal on its way to one webhook: what the dispatcher creates and the outbox keeps.
struct DeliveryItem
{
    enum class State : quint8
    {
        Pending, ///< waiting for its next attempt (or being attempted)
        Failed,  ///< final failure: kept with its reason until retried or discarded by hand
        Parked,  ///< its webhook is not in the workspace or is disabled: kept until it is back, or dropped by hand
        Queued,  ///< waits behind an earlier signal of its device to the same webhook (delivery order "device")
    };

    QString messageId; ///< MESSAGE_ID and webhook-id: the same on every attempt
    QString webhookId;
    Signal signal;
    QDateTime acceptedAt; ///< UTC: when the outbox took it
    State state = State::Pending;
    /// The webhook's delivery order is "device": of the deliveries of one device to one webhook, one is
    /// pending at a time, the oldest; the others are Queued behind it in the order they were accepted.
    bool ordered = false;
    int attempts = 0;   ///< attempts made so far
    int roundStart = 0; ///< `attempts` when the current round began (a manual retry starts a new one)
    QDateTime nextAttemptAt;
    QString lastError;   ///< the last failed attempt, for lists
    QString finalReason; ///< Failed: why it gave up; Parked: why it waits

    /// The number the next attempt has within the current round (1-based), for max_attempts.
    int nextAttemptInRound() const { return attempts - roundStart + 1; }
};

QString deliveryStateName(DeliveryItem::State state);
std::optional<DeliveryItem::State> deliveryStateFromName(QStringView name);

/// Counts for a status line, the outbox command and metrics.
struct OutboxCounts
{
    qint64 pending = 0;
    qint64 failed = 0;
    qint64 parked = 0;
    qint64 queued = 0;
    /// When the oldest delivery that still waits to be delivered (pending, queued or parked) was accepted.
    QDateTime oldestWaiting;

    qint64 waiting() const { return pending + queued + parked; }
    qint64 total() const { return pending + failed + parked + queued; }
    qint64& of(DeliveryItem::State state);
    qint64 of(DeliveryItem::State state) const;
};

} // namespace hooksmith

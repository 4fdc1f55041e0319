#pragma once

#include "Signal.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace hooksmith {

/// One attempt as the outbox records it.
struct AttemptRecord
{
    int number = 0;      ///< 1-based, counted over the delivery's whole life
    QDateTime startedAt; ///< UTC
    qint64 durationMs = 0;
    int status = 0; ///< HTTP status; 0 when there was no response
    QString error;  ///< empty on success; otherwise what went wrong, for a person
};

/// One signal on its way to one webhook: what the dispatcher creates and the outbox keeps.
struct DeliveryItem
{
    enum class State : quint8
    {
        Pending, ///< waiting for its next attempt (or being attempted)
        Failed,  ///< final failure: kept with its reason until retried or discarded by hand
    };

    QString messageId; ///< MESSAGE_ID and webhook-id: the same on every attempt
    QString webhookId;
    Signal signal;
    QDateTime acceptedAt; ///< UTC: when the outbox took it
    State state = State::Pending;
    int attempts = 0;   ///< attempts made so far
    int roundStart = 0; ///< `attempts` when the current round began (a manual retry starts a new one)
    QDateTime nextAttemptAt;
    QString lastError;   ///< the last failed attempt, for lists
    QString finalReason; ///< Failed: why

    /// The number the next attempt has within the current round (1-based), for max_attempts.
    int nextAttemptInRound() const { return attempts - roundStart + 1; }
};

/// Counts for a status line.
struct OutboxCounts
{
    qint64 pending = 0;
    qint64 failed = 0;
};

} // namespace hooksmith

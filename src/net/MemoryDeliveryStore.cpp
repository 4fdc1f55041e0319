#include "MemoryDeliveryStore.h"

#include <QTimer>

#include <algorithm>

namespace hooksmith {

MemoryDeliveryStore::MemoryDeliveryStore(QObject* parent)
    : DeliveryStore(parent)
{}

void MemoryDeliveryStore::later(std::function<void()> work)
{
    QMetaObject::invokeMethod(this, std::move(work), Qt::QueuedConnection);
}

void MemoryDeliveryStore::noteChanged()
{
    if (m_changePosted)
        return;
    m_changePosted = true;
    later([this] {
        m_changePosted = false;
        Q_EMIT changed();
    });
}

void MemoryDeliveryStore::schedule(const QString& messageId, qint64 dueMs)
{
    unschedule(messageId);
    const DueKey key{dueMs, m_sequence++};
    m_due.emplace(key, messageId);
    m_dueKeys.insert(messageId, key);
}

void MemoryDeliveryStore::unschedule(const QString& messageId)
{
    const auto it = m_dueKeys.constFind(messageId);
    if (it == m_dueKeys.cend())
        return;
    m_due.erase(*it);
    m_dueKeys.erase(it);
}

void MemoryDeliveryStore::enqueue(const QList<DeliveryItem>& deliveries)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool firstThisTurn = m_acceptedBatch.isEmpty();
    for (DeliveryItem d : deliveries) {
        if (m_rows.contains(d.messageId))
            continue;
        if (!d.acceptedAt.isValid())
            d.acceptedAt = now;
        if (!d.nextAttemptAt.isValid())
            d.nextAttemptAt = d.acceptedAt;
        d.state = DeliveryItem::State::Pending;
        schedule(d.messageId, d.nextAttemptAt.toMSecsSinceEpoch());
        m_acceptedBatch.append(d.messageId);
        m_rows.insert(d.messageId, std::move(d));
    }
    if (firstThisTurn && !m_acceptedBatch.isEmpty()) {
        // The first enqueue of this event-loop turn posts the signal for the whole batch.
        later([this] { Q_EMIT accepted(std::exchange(m_acceptedBatch, {})); });
    }
    noteChanged();
}

void MemoryDeliveryStore::fetchDue(int limit, const QDateTime& now, FetchDone done)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QList<DeliveryItem> due;
    while (due.size() < limit && !m_due.empty() && m_due.begin()->first.first <= nowMs) {
        const QString id = m_due.begin()->second;
        unschedule(id);
        m_handedOut.insert(id);
        due.append(m_rows.value(id));
    }
    std::optional<QDateTime> next;
    if (!m_due.empty())
        next = QDateTime::fromMSecsSinceEpoch(std::max(m_due.begin()->first.first, nowMs), Qt::UTC);
    later([done = std::move(done), due = std::move(due), next] { done(due, next); });
}

void MemoryDeliveryStore::recordRetry(const DeliveryItem& delivery, const AttemptRecord& attempt,
                                      const QDateTime& nextAttemptAt)
{
    m_handedOut.remove(delivery.messageId);
    auto it = m_rows.find(delivery.messageId);
    if (it == m_rows.end())
        return;
    it->attempts = attempt.number;
    it->lastError = attempt.error;
    it->nextAttemptAt = nextAttemptAt;
    m_attempts[delivery.messageId].append(attempt);
    schedule(delivery.messageId, nextAttemptAt.toMSecsSinceEpoch());
    noteChanged();
}

void MemoryDeliveryStore::recordFailure(const DeliveryItem& delivery, const std::optional<AttemptRecord>& attempt,
                                        const QString& reason)
{
    m_handedOut.remove(delivery.messageId);
    unschedule(delivery.messageId);
    auto it = m_rows.find(delivery.messageId);
    if (it == m_rows.end())
        return;
    if (attempt) {
        it->attempts = attempt->number;
        it->lastError = attempt->error;
        m_attempts[delivery.messageId].append(*attempt);
    }
    it->state = DeliveryItem::State::Failed;
    it->finalReason = reason;
    noteChanged();
}

void MemoryDeliveryStore::complete(const DeliveryItem& delivery)
{
    m_handedOut.remove(delivery.messageId);
    unschedule(delivery.messageId);
    m_rows.remove(delivery.messageId);
    m_attempts.remove(delivery.messageId);
    noteChanged();
}

void MemoryDeliveryStore::release(const QString& messageId)
{
    if (!m_handedOut.remove(messageId))
        return;
    const auto it = m_rows.constFind(messageId);
    if (it != m_rows.cend() && it->state == DeliveryItem::State::Pending)
        schedule(messageId, it->nextAttemptAt.toMSecsSinceEpoch());
}

void MemoryDeliveryStore::failWebhook(const QString& webhookId, const QString& reason)
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        if (it->webhookId != webhookId || it->state != DeliveryItem::State::Pending || m_handedOut.contains(it.key()))
            continue;
        unschedule(it.key());
        it->state = DeliveryItem::State::Failed;
        it->finalReason = reason;
    }
    noteChanged();
}

void MemoryDeliveryStore::retryNow(const QStringList& messageIds)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString& id : messageIds) {
        auto it = m_rows.find(id);
        if (it == m_rows.end() || m_handedOut.contains(id))
            continue;
        if (it->state == DeliveryItem::State::Failed) {
            it->state = DeliveryItem::State::Pending;
            it->roundStart = it->attempts;
            it->finalReason.clear();
        }
        it->nextAttemptAt = now;
        schedule(id, now.toMSecsSinceEpoch());
    }
    noteChanged();
}

void MemoryDeliveryStore::discard(const QStringList& messageIds)
{
    for (const QString& id : messageIds) {
        if (m_handedOut.contains(id))
            continue;
        unschedule(id);
        m_rows.remove(id);
        m_attempts.remove(id);
    }
    noteChanged();
}

void MemoryDeliveryStore::list(const DeliveryQuery& query, ListDone done)
{
    QList<DeliveryItem> all;
    for (const DeliveryItem& d : std::as_const(m_rows)) {
        if (query.state && d.state != *query.state)
            continue;
        if (!query.webhookId.isEmpty() && d.webhookId != query.webhookId)
            continue;
        all.append(d);
    }
    std::sort(all.begin(), all.end(),
              [](const DeliveryItem& a, const DeliveryItem& b) { return a.acceptedAt < b.acceptedAt; });
    QList<DeliveryItem> page = all.mid(query.offset, query.limit);
    later([done = std::move(done), page = std::move(page)] { done(page); });
}

void MemoryDeliveryStore::attempts(const QString& messageId, AttemptsDone done)
{
    later([done = std::move(done), list = m_attempts.value(messageId)] { done(list); });
}

void MemoryDeliveryStore::counts(CountsDone done)
{
    OutboxCounts c;
    for (const DeliveryItem& d : std::as_const(m_rows))
        (d.state == DeliveryItem::State::Pending ? c.pending : c.failed) += 1;
    later([done = std::move(done), c] { done(c); });
}

void MemoryDeliveryStore::flush(StatusDone done)
{
    later([done = std::move(done)] { done(Status::success()); });
}

} // namespace hooksmith

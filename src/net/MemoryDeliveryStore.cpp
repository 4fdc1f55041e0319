#include "MemoryDeliveryStore.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hooksmith {

MemoryDeliveryStore::MemoryDeliveryStore(QObject* parent)
    : DeliveryStore(parent)
{}

void MemoryDeliveryStore::later(std::function<void()> work)
{
    QMetaObject::invokeMethod(this, std::move(work), Qt::QueuedConnection);
}

void MemoryDeliveryStore::done(StatusDone done)
{
    if (done)
        later([done = std::move(done)] { done(Status::success()); });
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
        if (d.ordered) {
            Lane& lane = m_lanes[{d.webhookId, d.signal.deviceToken}];
            if (lane.pending.isEmpty() && lane.queued.empty())
                lane.pending = d.messageId;
            else {
                lane.queued.push_back(d.messageId);
                d.state = DeliveryItem::State::Queued;
            }
        }
        if (d.state == DeliveryItem::State::Pending)
            schedule(d.messageId, d.nextAttemptAt.toMSecsSinceEpoch());
        m_acceptedBatch.append(d.messageId);
        m_order.insert(d.messageId, m_sequence++);
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

void MemoryDeliveryStore::leaveLane(const DeliveryItem& delivery)
{
    if (!delivery.ordered)
        return;
    const auto it = m_lanes.find({delivery.webhookId, delivery.signal.deviceToken});
    if (it == m_lanes.end())
        return;
    Lane& lane = it->second;
    if (lane.pending == delivery.messageId) {
        lane.pending.clear();
        while (!lane.queued.empty() && lane.pending.isEmpty()) {
            const QString next = lane.queued.front();
            lane.queued.pop_front();
            auto row = m_rows.find(next);
            if (row == m_rows.end() || row->state != DeliveryItem::State::Queued)
                continue;
            row->state = DeliveryItem::State::Pending;
            lane.pending = next;
            schedule(next, row->nextAttemptAt.toMSecsSinceEpoch());
            if (!m_duePosted) {
                m_duePosted = true;
                later([this] {
                    m_duePosted = false;
                    Q_EMIT dueAvailable();
                });
            }
        }
    } else {
        const auto queued = std::find(lane.queued.begin(), lane.queued.end(), delivery.messageId);
        if (queued != lane.queued.end())
            lane.queued.erase(queued);
    }
    if (lane.pending.isEmpty() && lane.queued.empty())
        m_lanes.erase(it);
}

void MemoryDeliveryStore::recordRetry(const DeliveryItem& delivery, const AttemptRecord& attempt,
                                      const QDateTime& nextAttemptAt, StatusDone doneWriting)
{
    m_handedOut.remove(delivery.messageId);
    auto it = m_rows.find(delivery.messageId);
    if (it != m_rows.end()) {
        it->attempts = attempt.number;
        it->lastError = attempt.error;
        it->nextAttemptAt = nextAttemptAt;
        m_attempts[delivery.messageId].append(attempt);
        schedule(delivery.messageId, nextAttemptAt.toMSecsSinceEpoch());
        noteChanged();
    }
    done(std::move(doneWriting));
}

void MemoryDeliveryStore::recordFailure(const DeliveryItem& delivery, const std::optional<AttemptRecord>& attempt,
                                        const QString& reason, StatusDone doneWriting)
{
    m_handedOut.remove(delivery.messageId);
    unschedule(delivery.messageId);
    auto it = m_rows.find(delivery.messageId);
    if (it != m_rows.end()) {
        if (attempt) {
            it->attempts = attempt->number;
            it->lastError = attempt->error;
            m_attempts[delivery.messageId].append(*attempt);
        }
        it->state = DeliveryItem::State::Failed;
        it->finalReason = reason;
        leaveLane(*it);
        noteChanged();
    }
    done(std::move(doneWriting));
}

void MemoryDeliveryStore::complete(const DeliveryItem& delivery, StatusDone doneWriting)
{
    m_handedOut.remove(delivery.messageId);
    unschedule(delivery.messageId);
    if (const auto it = m_rows.constFind(delivery.messageId); it != m_rows.cend()) {
        const DeliveryItem row = *it;
        m_rows.erase(it);
        m_order.remove(delivery.messageId);
        m_attempts.remove(delivery.messageId);
        leaveLane(row);
    }
    noteChanged();
    done(std::move(doneWriting));
}

void MemoryDeliveryStore::parkWebhook(const QString& webhookId, const QString& reason, qint64* count)
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        if (it->webhookId != webhookId || m_handedOut.contains(it.key()))
            continue;
        if (it->state != DeliveryItem::State::Pending && it->state != DeliveryItem::State::Queued)
            continue;
        unschedule(it.key());
        it->state = DeliveryItem::State::Parked;
        it->finalReason = reason;
        if (count)
            ++*count;
    }
    // Parked deliveries are in no lane; a handed-out one stays the pending one of its lane.
    for (auto lane = m_lanes.begin(); lane != m_lanes.end();) {
        if (lane->first.first != webhookId) {
            ++lane;
            continue;
        }
        lane->second.queued.clear();
        if (!lane->second.pending.isEmpty() && !m_handedOut.contains(lane->second.pending))
            lane->second.pending.clear();
        lane = lane->second.pending.isEmpty() ? m_lanes.erase(lane) : std::next(lane);
    }
}

void MemoryDeliveryStore::park(const DeliveryItem& delivery, const QString& reason, StatusDone doneWriting)
{
    m_handedOut.remove(delivery.messageId);
    parkWebhook(delivery.webhookId, reason, nullptr);
    noteChanged();
    done(std::move(doneWriting));
}

void MemoryDeliveryStore::release(const QString& messageId)
{
    if (!m_handedOut.remove(messageId))
        return;
    const auto it = m_rows.constFind(messageId);
    if (it != m_rows.cend() && it->state == DeliveryItem::State::Pending)
        schedule(messageId, it->nextAttemptAt.toMSecsSinceEpoch());
}

void MemoryDeliveryStore::setActiveWebhooks(const ActiveWebhooks& webhooks, ParkingDone doneParking)
{
    ParkingChange change;
    QSet<QString> toPark;
    QList<QString> toResume;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const bool active = webhooks.active.contains(it->webhookId);
        const bool waiting = it->state == DeliveryItem::State::Pending || it->state == DeliveryItem::State::Queued;
        if (!active && waiting)
            toPark.insert(it->webhookId);
        else if (active && it->state == DeliveryItem::State::Parked)
            toResume.append(it.key());
    }
    for (const QString& id : std::as_const(toPark)) {
        qint64 n = 0;
        parkWebhook(id, webhooks.reasons.value(id, tr("the webhook %1 is not in the workspace").arg(id)), &n);
        if (n > 0)
            change.parked.insert(id, n);
    }
    // Resumed in the order they were accepted: ordered ones queue up again behind the first of their device.
    std::sort(toResume.begin(), toResume.end(),
              [this](const QString& a, const QString& b) { return m_order.value(a) < m_order.value(b); });
    for (const QString& id : std::as_const(toResume)) {
        DeliveryItem& d = m_rows[id];
        d.finalReason.clear();
        d.roundStart = d.attempts;
        d.nextAttemptAt = std::min(d.nextAttemptAt, QDateTime::currentDateTimeUtc());
        d.state = DeliveryItem::State::Pending;
        if (d.ordered) {
            Lane& lane = m_lanes[{d.webhookId, d.signal.deviceToken}];
            if (!lane.pending.isEmpty() || !lane.queued.empty()) {
                lane.queued.push_back(id);
                d.state = DeliveryItem::State::Queued;
            } else {
                lane.pending = id;
            }
        }
        if (d.state == DeliveryItem::State::Pending)
            schedule(id, d.nextAttemptAt.toMSecsSinceEpoch());
        ++change.resumed[d.webhookId];
    }
    if (!toPark.isEmpty() || !toResume.isEmpty())
        noteChanged();
    const bool resumed = !toResume.isEmpty();
    later([this, doneParking = std::move(doneParking), change, resumed] {
        if (resumed)
            Q_EMIT dueAvailable();
        if (doneParking)
            doneParking(change);
    });
}

void MemoryDeliveryStore::retryNow(const QStringList& messageIds, StatusDone doneWriting)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString& id : messageIds) {
        auto it = m_rows.find(id);
        if (it == m_rows.end() || m_handedOut.contains(id) || it->state == DeliveryItem::State::Queued)
            continue;
        if (it->state != DeliveryItem::State::Pending) {
            it->state = DeliveryItem::State::Pending;
            it->roundStart = it->attempts;
            it->finalReason.clear();
        }
        it->nextAttemptAt = now;
        schedule(id, now.toMSecsSinceEpoch());
    }
    noteChanged();
    later([this, doneWriting = std::move(doneWriting)] {
        Q_EMIT dueAvailable();
        if (doneWriting)
            doneWriting(Status::success());
    });
}

void MemoryDeliveryStore::discard(const QStringList& messageIds, StatusDone doneWriting)
{
    for (const QString& id : messageIds) {
        if (m_handedOut.contains(id))
            continue;
        const auto it = m_rows.constFind(id);
        if (it == m_rows.cend())
            continue;
        const DeliveryItem row = *it;
        unschedule(id);
        m_rows.erase(it);
        m_order.remove(id);
        m_attempts.remove(id);
        leaveLane(row);
    }
    noteChanged();
    done(std::move(doneWriting));
}

void MemoryDeliveryStore::list(const DeliveryQuery& query, ListDone doneListing)
{
    QList<DeliveryItem> all;
    for (const DeliveryItem& d : std::as_const(m_rows)) {
        if (!query.states.isEmpty() && !query.states.contains(d.state))
            continue;
        if (!query.webhookId.isEmpty() && d.webhookId != query.webhookId)
            continue;
        if (query.acceptedBefore.isValid() && !(d.acceptedAt < query.acceptedBefore))
            continue;
        if (query.acceptedAfter.isValid() && !(d.acceptedAt > query.acceptedAfter))
            continue;
        if (!query.messageIds.isEmpty() && !query.messageIds.contains(d.messageId))
            continue;
        all.append(d);
    }
    std::sort(all.begin(), all.end(), [this](const DeliveryItem& a, const DeliveryItem& b) {
        return m_order.value(a.messageId) < m_order.value(b.messageId);
    });
    QList<DeliveryItem> page = query.limit > 0 ? all.mid(query.offset, query.limit) : all.mid(query.offset);
    later([doneListing = std::move(doneListing), page = std::move(page)] { doneListing(page); });
}

void MemoryDeliveryStore::attempts(const QString& messageId, AttemptsDone doneListing)
{
    later([doneListing = std::move(doneListing), list = m_attempts.value(messageId)] { doneListing(list); });
}

namespace {
void count(OutboxCounts& c, const DeliveryItem& d)
{
    c.of(d.state) += 1;
    if (d.state != DeliveryItem::State::Failed && (!c.oldestWaiting.isValid() || d.acceptedAt < c.oldestWaiting))
        c.oldestWaiting = d.acceptedAt;
}
} // namespace

void MemoryDeliveryStore::counts(CountsDone doneCounting)
{
    OutboxCounts c;
    for (const DeliveryItem& d : std::as_const(m_rows))
        count(c, d);
    later([doneCounting = std::move(doneCounting), c] { doneCounting(c); });
}

void MemoryDeliveryStore::summary(SummaryDone doneCounting)
{
    OutboxSummary s;
    for (const DeliveryItem& d : std::as_const(m_rows)) {
        count(s.total, d);
        count(s.byWebhook[d.webhookId], d);
    }
    later([doneCounting = std::move(doneCounting), s] { doneCounting(s); });
}

void MemoryDeliveryStore::flush(StatusDone doneFlushing)
{
    later([doneFlushing = std::move(doneFlushing)] { doneFlushing(Status::success()); });
}

} // namespace hooksmith

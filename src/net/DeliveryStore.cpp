#include "DeliveryStore.h"

#include <QMutexLocker>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {
constexpr std::array<std::pair<DeliveryItem::State, QStringView>, 4> kStates{{
    {DeliveryItem::State::Pending, u"pending"},
    {DeliveryItem::State::Failed, u"failed"},
    {DeliveryItem::State::Parked, u"parked"},
    {DeliveryItem::State::Queued, u"queued"},
}};
} // namespace

QString deliveryStateName(DeliveryItem::State state)
{
    for (const auto& [s, name] : kStates) {
        if (s == state)
            return name.toString();
    }
    return {};
}

std::optional<DeliveryItem::State> deliveryStateFromName(QStringView name)
{
    for (const auto& [s, n] : kStates) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

qint64& OutboxCounts::of(DeliveryItem::State state)
{
    switch (state) {
    case DeliveryItem::State::Pending:
        return pending;
    case DeliveryItem::State::Failed:
        return failed;
    case DeliveryItem::State::Parked:
        return parked;
    case DeliveryItem::State::Queued:
        return queued;
    }
    return pending;
}

qint64 OutboxCounts::of(DeliveryItem::State state) const
{
    return const_cast<OutboxCounts*>(this)->of(state);
}

void DeliveryStore::setAcceptRoom(int room, int laneRoom)
{
    QMutexLocker lock(&m_roomMutex);
    m_acceptRoom = std::max(0, room);
    m_laneRoom = std::max(0, laneRoom);
}

int DeliveryStore::takeAcceptRoom(int wanted)
{
    QMutexLocker lock(&m_roomMutex);
    const int taken = std::clamp(m_acceptRoom - m_handOutInTransit, 0, std::max(0, wanted));
    m_handOutInTransit += taken;
    return taken;
}

int DeliveryStore::takeLaneRoom(int wanted)
{
    QMutexLocker lock(&m_roomMutex);
    const int taken = std::clamp(m_laneRoom - m_handOutInTransit, 0, std::max(0, wanted));
    m_handOutInTransit += taken;
    return taken;
}

void DeliveryStore::handOutArrived(int count)
{
    QMutexLocker lock(&m_roomMutex);
    m_handOutInTransit = std::max(0, m_handOutInTransit - count);
}

} // namespace hooksmith

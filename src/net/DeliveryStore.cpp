#include "DeliveryStore.h"

#include <QMutexLocker>

#include <algorithm>

namespace hooksmith {

void DeliveryStore::setAcceptRoom(int room)
{
    QMutexLocker lock(&m_roomMutex);
    m_acceptRoom = std::max(0, room);
}

int DeliveryStore::takeAcceptRoom(int wanted)
{
    QMutexLocker lock(&m_roomMutex);
    const int taken = std::clamp(m_acceptRoom - m_handOutInTransit, 0, std::max(0, wanted));
    m_handOutInTransit += taken;
    return taken;
}

void DeliveryStore::handOutArrived(int count)
{
    QMutexLocker lock(&m_roomMutex);
    m_handOutInTransit = std::max(0, m_handOutInTransit - count);
}

} // namespace hooksmith

#include "SenderPool.h"

#include <QMutex>
#include <QThread>

#include <utility>

namespace hooksmith {

/// What comes back from the lanes: results waiting for the pool's thread.
struct HttpSenderPool::Results
{
    QMutex mutex;
    std::vector<std::pair<quint64, AttemptResult>> waiting;
    bool posted = false; ///< an event that takes `waiting` is on its way
};

/// One thread with one HttpSender. Everything but the constructor and destructor runs on the thread.
struct HttpSenderPool::Lane
{
    QThread thread;
    QObject* anchor = nullptr; ///< lives on `thread`: the context of everything sent there
    HttpSender* sender = nullptr;
    QHash<quint64, quint64> senderIds; ///< pool id -> the sender's id, for abort()

    Lane(int index, const ProxySettings& proxy)
    {
        thread.setObjectName(QStringLiteral("hooksmith-http-%1").arg(index));
        anchor = new QObject;
        anchor->moveToThread(&thread);
        thread.start();
        // The manager is made on the thread it serves.
        QMetaObject::invokeMethod(
            anchor, [this, proxy] { sender = new HttpSender(proxy); }, Qt::BlockingQueuedConnection);
    }

    ~Lane()
    {
        // Attempts under way end here, on their thread, without calling `done`.
        QMetaObject::invokeMethod(
            anchor,
            [this] {
                delete sender;
                sender = nullptr;
                delete anchor;
                anchor = nullptr;
            },
            Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }

    Lane(const Lane&) = delete;
    Lane& operator=(const Lane&) = delete;
};

HttpSenderPool::HttpSenderPool(int senders, const ProxySettings& proxy, int inlineAttempts, QObject* parent)
    : QObject(parent)
    , m_results(std::make_shared<Results>())
    , m_inlineAttempts(inlineAttempts)
{
    for (int i = 0; i < std::max(1, senders); ++i)
        m_lanes.push_back(std::make_unique<Lane>(i, proxy));
    if (inlineAttempts > 0)
        m_inline = new HttpSender(proxy, this);
}

void HttpSenderPool::setProxy(const ProxySettings& proxy)
{
    // Queued like the attempts: those sent before this call keep the proxy they had.
    if (m_inline)
        m_inline->setProxy(proxy);
    for (const std::unique_ptr<Lane>& lane : m_lanes) {
        QMetaObject::invokeMethod(
            lane->anchor, [sender = lane.get(), proxy] { sender->sender->setProxy(proxy); }, Qt::QueuedConnection);
    }
}

HttpSenderPool::~HttpSenderPool()
{
    // The lanes stop before this object goes: nothing is posted to it from here on. The inline sender
    // goes with this object, also without calling `done`.
    m_lanes.clear();
    delete std::exchange(m_inline, nullptr);
}

quint64 HttpSenderPool::send(const RenderedRequest& request, const AttemptOptions& options, Done done)
{
    const quint64 id = ++m_nextId;
    if (m_inline && m_inlineIds.size() < m_inlineAttempts) {
        ++m_inlineSent;
        // The id is known before `done` can run: HttpSender calls it from the event loop, never in send().
        m_inlineIds.insert(id, m_inline->send(request, options, [this, id, done = std::move(done)](AttemptResult r) {
            m_inlineIds.remove(id);
            done(std::move(r));
        }));
        return id;
    }
    m_pending.insert(id, std::move(done));
    Lane* lane = m_lanes[std::size_t(id % m_lanes.size())].get();
    QMetaObject::invokeMethod(
        lane->anchor,
        [this, lane, id, request, options, results = m_results] {
            const quint64 senderId = lane->sender->send(request, options, [this, lane, id, results](AttemptResult r) {
                lane->senderIds.remove(id);
                QMutexLocker lock(&results->mutex);
                results->waiting.emplace_back(id, std::move(r));
                if (std::exchange(results->posted, true))
                    return;
                lock.unlock();
                QMetaObject::invokeMethod(this, &HttpSenderPool::deliverResults, Qt::QueuedConnection);
            });
            // `done` runs later on this thread, also for a request refused at once, and forgets the id.
            lane->senderIds.insert(id, senderId);
        },
        Qt::QueuedConnection);
    return id;
}

void HttpSenderPool::abort(quint64 id)
{
    if (const auto it = m_inlineIds.constFind(id); it != m_inlineIds.cend()) {
        m_inline->abort(*it);
        return;
    }
    if (!m_pending.contains(id))
        return;
    Lane* lane = m_lanes[std::size_t(id % m_lanes.size())].get();
    QMetaObject::invokeMethod(
        lane->anchor,
        [lane, id] {
            if (const auto it = lane->senderIds.constFind(id); it != lane->senderIds.cend())
                lane->sender->abort(*it);
        },
        Qt::QueuedConnection);
}

void HttpSenderPool::deliverResults()
{
    std::vector<std::pair<quint64, AttemptResult>> batch;
    {
        QMutexLocker lock(&m_results->mutex);
        batch.swap(m_results->waiting);
        m_results->posted = false;
    }
    for (auto& [id, result] : batch) {
        Done done = m_pending.take(id);
        if (done)
            done(std::move(result));
    }
}

} // namespace hooksmith

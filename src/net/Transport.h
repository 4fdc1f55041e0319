#pragma once

#include "HttpSender.h"

#include <functional>
#include <memory>
#include <vector>

namespace hooksmith {

/// Performs single HTTP attempts for the delivery engine: the real HttpSender, or a fake in unit tests.
class Transport
{
public:
    using Done = std::function<void(AttemptResult)>;

    virtual ~Transport() = default;
    /// Starts one attempt; `done` runs exactly once, later, on the caller's thread. Returns an id for abort().
    virtual quint64 send(const RenderedRequest& request, const AttemptOptions& options, Done done) = 0;
    /// Ends an attempt early; its `done` still runs (with an error).
    virtual void abort(quint64 id) = 0;
};

/// HttpSender behind the Transport interface.
class HttpSenderTransport : public Transport
{
public:
    explicit HttpSenderTransport(HttpSender* sender)
        : m_sender(sender)
    {}
    quint64 send(const RenderedRequest& request, const AttemptOptions& options, Done done) override
    {
        return m_sender->send(request, options, std::move(done));
    }
    void abort(quint64 id) override { m_sender->abort(id); }

private:
    HttpSender* m_sender;
};

/// Several HttpSenders taking attempts in turn. Each sender has its own QNetworkAccessManager, and so its
/// own HTTP thread and connections (Qt opens at most 6 per server and manager): with more than one,
/// attempts to one receiver are spread over more connections and threads.
class HttpSenderPool : public Transport
{
public:
    explicit HttpSenderPool(int size)
    {
        for (int i = 0; i < std::max(1, size); ++i)
            m_senders.push_back(std::make_unique<HttpSender>());
    }
    quint64 send(const RenderedRequest& request, const AttemptOptions& options, Done done) override
    {
        const auto index = quint64(m_next++ % m_senders.size());
        return (m_senders[index]->send(request, options, std::move(done)) << 8) | index;
    }
    void abort(quint64 id) override
    {
        const auto index = std::size_t(id & 0xFF);
        if (index < m_senders.size())
            m_senders[index]->abort(id >> 8);
    }

private:
    std::vector<std::unique_ptr<HttpSender>> m_senders;
    std::size_t m_next = 0;
};

} // namespace hooksmith

#pragma once

#include "HttpSender.h"

#include <functional>

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

} // namespace hooksmith

#pragma once

#include "Transport.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <vector>

namespace hooksmith {

/// HttpSenders on threads of their own, taking attempts in turn: the Transport the runtime uses.
///
/// Each sender has its own connections, so the work of many attempts under way (writing, reading and
/// parsing, TLS) runs beside the engine instead of in its thread, and the results come back in batches:
/// one event wakes the caller's thread for all the attempts that ended meanwhile.
///
/// With `inlineAttempts` above 0, that many attempts under way at once are sent by a sender on the
/// caller's thread instead, and only the ones beyond go to the senders' threads: an attempt then reaches
/// the wire, and its result comes back, without waking another thread (two thread wake-ups less per
/// request, which are what a low rate's latency and an ordered device's round trip are made of), while a
/// busy pool still spreads the rest of its work over its threads.
///
/// `done` runs on the thread the pool lives in, as Transport promises. Destroying the pool drops the
/// attempts still under way without calling their `done`.
class HttpSenderPool final : public QObject, public Transport
{
    Q_OBJECT
public:
    explicit HttpSenderPool(int senders, const ProxySettings& proxy = {}, int inlineAttempts = 0,
                            QObject* parent = nullptr);
    ~HttpSenderPool() override;

    quint64 send(const RenderedRequest& request, const AttemptOptions& options, Done done) override;
    void abort(quint64 id) override;
    int size() const { return int(m_lanes.size()); }
    /// Attempts sent so far on the caller's thread (see `inlineAttempts`).
    quint64 inlineSent() const { return m_inlineSent; }
    /// The proxy of the attempts sent from now on, in every sender.
    void setProxy(const ProxySettings& proxy);

private:
    struct Lane;
    struct Results;

    void deliverResults();

    std::vector<std::unique_ptr<Lane>> m_lanes;
    std::shared_ptr<Results> m_results;
    QHash<quint64, Done> m_pending;
    quint64 m_nextId = 0;
    HttpSender* m_inline = nullptr;      ///< on this thread, for up to m_inlineAttempts attempts at once
    QHash<quint64, quint64> m_inlineIds; ///< pool id -> the inline sender's id, while under way
    quint64 m_inlineSent = 0;
    int m_inlineAttempts = 0;
};

} // namespace hooksmith

#pragma once

#include "Transport.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <vector>

namespace hooksmith {

/// HttpSenders on threads of their own, taking attempts in turn: the Transport the runtime uses.
///
/// Each sender has its own QNetworkAccessManager, and so its own connections (Qt opens at most 6 per
/// server and manager) and Qt's HTTP thread. Qt's per-request work in the manager's thread (building
/// the reply, connecting it to the HTTP thread, the signals that come back) then runs beside the
/// engine instead of in its thread, and the results come back in batches: one event wakes the
/// caller's thread for all the attempts that ended meanwhile.
///
/// `done` runs on the thread the pool lives in, as Transport promises. Destroying the pool drops the
/// attempts still under way without calling their `done`.
class HttpSenderPool final : public QObject, public Transport
{
    Q_OBJECT
public:
    explicit HttpSenderPool(int senders, const ProxySettings& proxy = {}, QObject* parent = nullptr);
    ~HttpSenderPool() override;

    quint64 send(const RenderedRequest& request, const AttemptOptions& options, Done done) override;
    void abort(quint64 id) override;
    int size() const { return int(m_lanes.size()); }
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
};

} // namespace hooksmith

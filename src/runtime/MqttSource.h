#pragma once

#include "MqttClient.h"
#include "Result.h"
#include "SignalSource.h"
#include "SourceTraits.h"

#include <QSet>
#include <QTimer>

#include <deque>

namespace hooksmith {

/// Signals from an MQTT broker (`hooksmith-cli relay --mqtt URL`, the app's network devices): the Hooksmith
/// JSON scheme (`hooksmith/<token>/signal/<number>`, `hooksmith/<token>/device`) and what Pybytes boards
/// publish on `u<token>` for the workspace's devices. Subscribes with QoS 1 in a shared subscription group
/// when one is given, so that relays share the messages, and acknowledges each QoS 1 message only once the
/// runtime has stored its signal (see AcknowledgingSource), in the order the messages came. Reconnects with
/// back-off; the persistent session keeps what was not acknowledged.
class MqttSource : public SignalSource,
                   public PausableSource,
                   public AcknowledgingSource,
                   public WorkspaceFollowingSource
{
    Q_OBJECT
public:
    struct Options
    {
        MqttConnectOptions connection;
        QString displayUrl; ///< the broker's URL without the password, for logs and metrics
        QString group;      ///< the shared subscription group; empty: plain subscriptions
        bool hooksmithScheme = true;
        bool pybytesScheme = true;
        int minBackoffMs = 500;
        int maxBackoffMs = 30000;
        /// QoS 0 messages kept while the runtime cannot take signals (the outbox is behind or its disk
        /// full); more are dropped, counted and logged. QoS 1 messages need no bound: the broker sends
        /// no more than the Receive Maximum of them unacknowledged.
        int maxQueuedQos0 = 10000;
        /// A refusal that needs a person (bad user name or password, not authorized, banned...): keep trying
        /// with back-off (a relay: someone may fix the broker), or stop in State::Failed (the app: the user
        /// fixes the password and connects again).
        bool retryWhenRefused = true;
    };

    /// A broker as a person names it: `hooksmith-cli relay --mqtt URL` and its flags, a row of the app's
    /// broker list.
    struct Broker
    {
        QString url;    ///< mqtt://[USER@]HOST[:PORT] or mqtts://[USER@]HOST[:PORT]; no password, no path
        QString user;   ///< instead of the URL's user
        QString group;  ///< the shared subscription group, or empty
        QString caFile; ///< mqtts://: PEM certificates to trust instead of the system's
    };
    /// The options for `broker` (host, port, TLS, user, CA file, group, the URL to show), or what is wrong
    /// with it. The caller adds the password, the client id and the session expiry.
    static Result<Options> optionsFor(const Broker& broker);

    struct Stats
    {
        quint64 received = 0;     ///< messages
        quint64 acknowledged = 0; ///< QoS 1 messages acknowledged
        quint64 refused = 0;      ///< malformed: logged and acknowledged, no signal
        quint64 ignored = 0;      ///< Pybytes messages that are not signals (info, battery...), counted only
        quint64 dropped = 0;      ///< QoS 0 messages beyond Options::maxQueuedQos0 while paused
        quint64 pongs = 0;        ///< pongs sent to Pybytes boards
        quint64 connections = 0;  ///< successful connections so far
    };

    explicit MqttSource(const Options& options, QObject* parent = nullptr);
    ~MqttSource() override;

    QString id() const override;
    QString displayName() const override;
    void start() override;
    void stop() override;
    void setPaused(bool paused) override;
    void signalStored(quint64 ticket) override;
    /// Subscribes to the Pybytes topic of every device of `workspace` (setPybytesTokens()).
    void workspaceChanged(const Workspace& workspace) override;
    /// Stops and ends the session at the broker (nothing more is queued for this client): the broker was
    /// removed from the app's list.
    void stopAndEndSession();
    /// Why the broker refused the last connection when the refusal needs a person; empty otherwise.
    QString refusal() const { return m_refusal; }

    /// The tokens whose `u<token>` topics are subscribed to (the workspace's devices); changes apply at
    /// once when connected.
    void setPybytesTokens(const QStringList& tokens);
    const Stats& stats() const { return m_stats; }
    bool isConnected() const { return m_client.state() == MqttClient::State::Connected; }
    /// The topic filters subscribed to, as sent (with the shared group prefix).
    QStringList filters() const;

private:
    struct PendingAck
    {
        quint64 ticket = 0;
        quint16 packetId = 0;
        bool stored = false;
    };

    void halt(bool endSession);
    void connectNow();
    void onConnected(bool sessionPresent);
    void onDisconnected(const QString& reason);
    void onMessage(const MqttMessage& message);
    void process(const MqttMessage& message);
    void handleHooksmith(const MqttMessage& message, quint64 ticket, bool* emitted);
    void handlePybytes(const MqttMessage& message, const QString& token, quint64 ticket, bool* emitted);
    void refuse(const MqttMessage& message, const QString& why);
    void reportDropped();
    void releaseAcks();
    QString shared(const QString& filter) const;

    Options m_options;
    MqttClient m_client;
    QTimer m_reconnect;
    int m_backoffMs = 0;
    quint16 m_initialSubscription = 0;
    bool m_running = false;
    bool m_paused = false;
    std::deque<MqttMessage> m_queued; ///< read while paused
    qsizetype m_queuedQos0 = 0;       ///< of which QoS 0
    quint64 m_droppedUnreported = 0;  ///< dropped since the last warning about it
    std::deque<PendingAck> m_acks;    ///< QoS 1 messages of this connection, in the order they came
    quint64 m_nextTicket = 0;
    quint64 m_connectionFirstTicket = 1; ///< tickets below belong to an earlier connection
    QSet<QString> m_pybytesTokens;
    QSet<QString> m_subscribedTokens;
    QString m_refusal;
    Stats m_stats;
};

} // namespace hooksmith

#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <deque>
#include <utility>

class QTcpSocket;

namespace hooksmith {

/// Where and how an MqttClient connects.
struct MqttConnectOptions
{
    QString host;
    quint16 port = 1883;
    bool tls = false;
    QString caFile; ///< TLS: PEM certificates to trust instead of the system's
    QString clientId;
    QString username;
    QByteArray password;
    quint16 keepAliveSeconds = 30;
    /// How long the broker keeps the session (subscriptions and unacknowledged messages) after the
    /// connection ends; with cleanStart false, a reconnect takes it up again.
    quint32 sessionExpirySeconds = 3600;
    bool cleanStart = false;
    /// QoS 1 messages the broker may send before this client acknowledges them.
    quint16 receiveMaximum = 1000;
};

/// One message the broker sent.
struct MqttMessage
{
    QString topic;
    QByteArray payload;
    quint8 qos = 0;
    bool retain = false;
    bool duplicate = false;
    quint16 packetId = 0; ///< QoS 1: what acknowledge() takes
    QList<std::pair<QString, QString>> userProperties;
};

/// A topic filter to subscribe to.
struct MqttSubscription
{
    QString filter;
    quint8 qos = 1;
};

/// A small MQTT 5 client on a Qt socket, driven by the event loop (no threads). Unlike libmosquitto and
/// Paho, it never acknowledges a QoS 1 message by itself: the owner calls acknowledge() once the message
/// is safe (in the outbox), so a process killed before that loses nothing: the broker sends the message
/// again. It speaks what a relay needs: CONNECT with persistent sessions, SUBSCRIBE/UNSUBSCRIBE, incoming
/// PUBLISH QoS 0 and 1, outgoing PUBLISH QoS 0 and 1 within the broker's Receive Maximum, keep-alive
/// pings, DISCONNECT. It does not reconnect by itself (see MqttSource).
class MqttClient : public QObject
{
    Q_OBJECT
public:
    enum class State : quint8
    {
        Disconnected,
        Connecting, ///< the socket (and TLS) is opening, or CONNECT was sent
        Connected,  ///< CONNACK said yes
    };

    explicit MqttClient(QObject* parent = nullptr);
    ~MqttClient() override;

    void setOptions(const MqttConnectOptions& options) { m_options = options; }
    const MqttConnectOptions& options() const { return m_options; }
    State state() const { return m_state; }

    void connectToBroker();
    /// Sends DISCONNECT (normal) and closes; the broker keeps the session for sessionExpirySeconds, or ends
    /// it at once with `endSession` (what the broker queued for this client, and its subscriptions, go).
    void disconnectFromBroker(bool endSession = false);
    /// Closes at once without DISCONNECT (what a crash looks like to the broker).
    void abort(const QString& reason);

    /// Returns the packet id of the SUBSCRIBE (0 when not connected).
    quint16 subscribe(const QList<MqttSubscription>& subscriptions);
    quint16 unsubscribe(const QStringList& filters);
    /// QoS 0 or 1: the packet id (QoS 1: published() carries it once the broker has the message; QoS 0: 0),
    /// or -1 when not connected, or when the broker's Receive Maximum of unacknowledged QoS 1 messages is
    /// reached (wait for canPublish()).
    qint32 publish(const QString& topic, const QByteArray& payload, quint8 qos = 0,
                   const QList<std::pair<QString, QString>>& userProperties = {});
    /// Acknowledges a QoS 1 message received on this connection (PUBACK). Ids from an earlier connection
    /// are ignored: the broker sends those messages again.
    void acknowledge(quint16 packetId);
    qsizetype unacknowledgedPublishes() const { return m_outgoingInFlight; }
    /// The CONNACK reason code of the last connection attempt when the broker refused it (0x80 and up), else 0.
    quint8 refusalCode() const { return m_refusalCode; }
    /// Whether a refusal needs a person to change something (credentials, client id, protocol, a ban) rather
    /// than time (a busy or unavailable server).
    static bool isLastingRefusal(quint8 code);
    quint64 bytesReceived() const { return m_bytesIn; }

Q_SIGNALS:
    void connected(bool sessionPresent);
    /// The connection ended (or could not be made); `reason` is for a person. Not emitted by
    /// disconnectFromBroker().
    void disconnected(const QString& reason);
    void messageReceived(const hooksmith::MqttMessage& message);
    /// The broker answered a SUBSCRIBE: one reason code per filter (0..2 granted QoS, 0x80 and up refused).
    void subscribed(quint16 packetId, const QList<quint8>& reasonCodes);
    /// The broker acknowledged a QoS 1 publish.
    void published(quint16 packetId);
    /// Room for QoS 1 publishes again.
    void canPublish();

private:
    void onSocketConnected();
    void onReadyRead();
    void onSocketError();
    bool handlePacket(quint8 header, QByteArrayView body);
    bool handleConnack(QByteArrayView body);
    bool handlePublish(quint8 header, QByteArrayView body);
    void send(const QByteArray& packet);
    void fail(const QString& reason);
    quint16 nextPacketId();
    void onKeepAlive();

    MqttConnectOptions m_options;
    QTcpSocket* m_socket = nullptr;
    State m_state = State::Disconnected;
    QByteArray m_buffer;
    QTimer m_keepAlive;
    QElapsedTimer m_lastReceived;
    quint16 m_serverKeepAlive = 0;
    quint16 m_serverReceiveMaximum = 65535;
    quint32 m_maxPacketSize = 0; ///< 0: no limit
    qsizetype m_outgoingInFlight = 0;
    quint16 m_packetId = 0;
    bool m_closing = false;
    quint8 m_refusalCode = 0;
    quint64 m_bytesIn = 0;
};

} // namespace hooksmith

Q_DECLARE_METATYPE(hooksmith::MqttMessage)

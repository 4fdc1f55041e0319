#pragma once

#include "Result.h"
#include "Signal.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace hooksmith {

class AppRuntime;
class Config;
class MqttSource;
class WorkspaceDocument;

/// One MQTT broker of the app's list, as the settings keep it (ConfigKeys::MqttBrokers). Its password is in
/// the keychain under SecretKey::forBroker(id), never here.
struct BrokerEntry
{
    QString id;
    QString url; ///< mqtt://[USER@]HOST[:PORT] or mqtts://...
    QString user;
    QString caFile;
    QString group;            ///< the shared subscription group, or empty
    bool hasPassword = false; ///< a password is in the keychain
    bool connected = false;   ///< connected when the app last ran: connect again at start

    QJsonObject toJson() const;
    static BrokerEntry fromJson(const QJsonObject& object);
};

/// A device seen over a broker: it sent signals, or its name is published (retained) on
/// `hooksmith/<token>/device`.
struct NetworkDevice
{
    QString brokerId;
    QString token;
    QString announcedName;
    quint64 signalCount = 0;
    QDateTime lastSignal;
};

/// The app's network devices, without widgets: the MQTT brokers the user added, each connected as an
/// MqttSource of the one runtime the relay uses too (AppRuntime::addSource), so that its signals take the
/// path of USB boards' signals: dispatcher, outbox, engine, per-device order. Keeps the list in the
/// settings and the passwords in the keychain, connects again at start what was connected, and lists the
/// devices seen over each broker.
class BrokerHub : public QObject
{
    Q_OBJECT
public:
    enum class Link : quint8
    {
        Disconnected,
        Connecting,   ///< reading the password, opening the connection, subscribing
        Connected,    ///< subscribed: signals flow
        Reconnecting, ///< the connection broke or could not be made; trying again with back-off
        Refused,      ///< the broker refused the user name or password (or the client): fix and connect again
        Failed,       ///< the settings or the keychain stand in the way (the detail says why)
    };

    /// How long the broker keeps the app's session (and what is published meanwhile) while it is away.
    static constexpr quint32 kSessionExpirySeconds = 86400;

    /// `runtime` may be null (signals then reach the monitor only).
    BrokerHub(WorkspaceDocument* doc, AppRuntime* runtime, Config* config, QObject* parent = nullptr);
    ~BrokerHub() override;

    QList<BrokerEntry> brokers() const;
    std::optional<BrokerEntry> broker(const QString& id) const;
    /// Adds a broker, checked as `hooksmith-cli relay --mqtt` checks its flags; a non-empty `password` goes
    /// to the keychain. The new broker's id, or what is wrong.
    Result<QString> addBroker(BrokerEntry entry, const QString& password);
    /// Changes a broker's settings; an empty `password` keeps the one in the keychain. A connected broker
    /// connects again with them.
    Status updateBroker(const BrokerEntry& entry, const QString& password);
    /// Disconnects, ends the session at the broker, forgets the password and the devices seen over it.
    void removeBroker(const QString& id);

    void connectBroker(const QString& id);
    void disconnectBroker(const QString& id);
    /// Connects the brokers that were connected when the app last ran.
    void restoreConnections();

    /// Connecting, connected or trying again (not refused, not failed).
    bool isActive(const QString& id) const;
    MqttSource* source(const QString& id) const;
    Link link(const QString& id) const;
    /// The reason or the address that goes with link(): "mqtt://host:1883: the broker closed the connection;
    /// connecting again in 1 s".
    QString linkDetail(const QString& id) const;
    static QString linkName(Link link);
    /// The client id the app connects to `brokerId` with: stable for this machine and broker.
    static QString clientIdFor(const QString& brokerId);

    QList<NetworkDevice> devices() const { return m_devices; }
    /// The workspace device's name, else the name it published, else empty.
    QString deviceName(const NetworkDevice& device) const;
    bool isInWorkspace(const QString& token) const;

Q_SIGNALS:
    void brokersChanged();
    void linkChanged(const QString& id);
    void connectionChanged(const QString& id);
    /// A device was seen for the first time (a new row), or a known one changed (`index`).
    void devicesChanged();
    void deviceUpdated(int index);
    /// Every signal over every broker, after the runtime got it.
    void signalReceived(const QString& brokerId, const hooksmith::Signal& signal);
    /// Something to tell the user (the keychain could not keep a password).
    void message(const QString& text);

private:
    void save(const QList<BrokerEntry>& entries);
    void setConnectedFlag(const QString& id, bool connected);
    void start(const QString& id, const QString& password);
    void stopSource(const QString& id, bool endSession);
    void fail(const QString& id, const QString& why);
    int deviceIndex(const QString& brokerId, const QString& token, bool create);

    WorkspaceDocument* m_doc;
    QPointer<AppRuntime> m_runtime;
    Config* m_config;
    QHash<QString, QPointer<MqttSource>> m_sources;
    QHash<QString, quint64> m_attempts;    ///< per broker, so that a late keychain answer is ignored
    QSet<QString> m_reading;               ///< brokers whose password is being read from the keychain
    QHash<QString, QString> m_failures;    ///< why a broker could not be connected (no source)
    QHash<QString, QString> m_lastProblem; ///< why the connection broke, until it is back
    QList<NetworkDevice> m_devices;
};

} // namespace hooksmith

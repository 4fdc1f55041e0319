#pragma once

#include "AppRuntime.h"
#include "BoardCatalog.h"
#include "Signal.h"
#include "SignalSource.h"
#include "VirtualDevice.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace hooksmith {

class AppRuntime;
class BrokerHub;
class Config;
class PortWatcher;
class SerialSignalSource;
class WorkspaceDocument;

/// One line of a board's console as the app keeps it.
struct ConsoleEntry
{
    enum class Kind : quint8
    {
        Output,  ///< what the board printed
        Warning, ///< a line the protocol refused, or a problem with the connection
        Info,    ///< what the app says: connected, device announced, helper installed
        Sent,    ///< what the user typed
    };
    Kind kind = Kind::Output;
    QString text;
    QDateTime time;
};

/// The app's devices, without widgets: the ports a PortWatcher sees, the paths the user added, the
/// boards connected (each a SerialSignalSource), the virtual device, and the MQTT brokers of network
/// devices (brokers()). Connected sources are handed to the AppRuntime, so that their signals take the
/// relay's path (dispatcher, outbox, engine); it deletes them on disconnect, while their console history
/// and counts stay here. Remembers which workspace device a board is when it does not say, per port.
class DeviceHub : public QObject
{
    Q_OBJECT
public:
    /// The key of the virtual device among the ports (port keys are paths).
    static inline const QString kVirtualKey = QStringLiteral("virtual:");
    static constexpr int kConsoleHistory = 2000;

    /// `runtime` may be null (signals then go to the monitor only).
    DeviceHub(WorkspaceDocument* doc, AppRuntime* runtime, Config* config, QObject* parent = nullptr);
    ~DeviceHub() override;

    WorkspaceDocument* document() const { return m_doc; }
    AppRuntime* runtime() const { return m_runtime; }
    /// The MQTT brokers and the devices seen over them.
    BrokerHub* brokers() const { return m_brokers; }

    /// Starts listing ports (first call only); portsChanged() follows.
    void startWatching();
    PortWatcher* watcher() const { return m_watcher; }
    /// The ports as of the last scan, then the paths added by hand (present or not).
    QList<PortInfo> ports() const;

    /// A pseudo-terminal, a /dev/serial/by-id link...: listed like a port and remembered.
    void addPath(const QString& path);
    void removePath(const QString& path);
    QStringList addedPaths() const;

    /// Opens the port (a path) or the virtual device (kVirtualKey) and adds it to the runtime.
    void connectTo(const QString& key);
    void disconnectFrom(const QString& key);
    bool isConnected(const QString& key) const;
    /// The source for a key while it is connected (or prepared, like the virtual device); null after a
    /// disconnect (its console history stays).
    SignalSource* source(const QString& key) const;
    SerialSignalSource* serialSource(const QString& key) const;
    QStringList connectedKeys() const;

    /// The workspace device signals of `key` go to when the board does not announce itself; empty:
    /// ask. For the virtual device, the device it pretends to be.
    QString deviceFor(const QString& key) const;
    void setDeviceFor(const QString& key, const QString& token);
    /// The device the source's signals are attributed to now, and why ("announced by the board", ...).
    QString currentDevice(const QString& key, QString* how = nullptr) const;
    /// "Balcony", the sample device's name, or the token itself.
    QString deviceLabel(const QString& token) const;

    /// The virtual device (created on first use, for the device deviceFor(kVirtualKey) names, with the
    /// generator it had before a disconnect).
    VirtualDevice* virtualDevice();

    QList<ConsoleEntry> consoleHistory(const QString& key) const { return m_console.value(key); }
    /// Writes a line to the board's REPL and keeps it in the console.
    bool sendLine(const QString& key, const QString& line);
    bool sendInterrupt(const QString& key);
    /// Something the app says about the board, kept in its console (e.g. the helper's progress).
    void note(const QString& key, ConsoleEntry::Kind kind, const QString& text);

    /// Signals counted since start, per key.
    quint64 signalCount(const QString& key) const { return m_counts.value(key); }

Q_SIGNALS:
    void portsChanged();
    void connectionChanged(const QString& key);
    void stateChanged(const QString& key, hooksmith::SignalSource::State state, const QString& detail);
    void consoleEntry(const QString& key, const hooksmith::ConsoleEntry& entry);
    /// A board sent a signal and nothing says which device it is: ask (non-modally) and answer with
    /// setDeviceFor().
    void deviceQuestion(const QString& key);
    /// Every signal of every connected source, in order, after the runtime got it.
    void signalReceived(const QString& key, const hooksmith::Signal& signal);
    void deviceChanged(const QString& key);

private:
    SignalSource* createSource(const QString& key);
    void wire(const QString& key, SignalSource* source);
    void append(const QString& key, ConsoleEntry::Kind kind, const QString& text);
    void applyDevice(const QString& key);
    void recreateVirtualDevice();

    WorkspaceDocument* m_doc;
    QPointer<AppRuntime> m_runtime;
    Config* m_config;
    BrokerHub* m_brokers;
    PortWatcher* m_watcher = nullptr;
    bool m_watching = false;
    QHash<QString, QPointer<SignalSource>> m_sources;
    QStringList m_connected;
    QHash<QString, QList<ConsoleEntry>> m_console;
    QHash<QString, quint64> m_counts;
    QPointer<VirtualDevice> m_virtual;
    std::optional<VirtualDevice::Generator> m_virtualGenerator; ///< kept across disconnects
};

} // namespace hooksmith

Q_DECLARE_METATYPE(hooksmith::ConsoleEntry)

#include "DeviceHub.h"

#include "AppRuntime.h"
#include "BrokerHub.h"
#include "Config.h"
#include "PortWatcher.h"
#include "SerialSignalSource.h"
#include "WorkspaceDocument.h"

using namespace Qt::StringLiterals;

namespace hooksmith {

DeviceHub::DeviceHub(WorkspaceDocument* doc, AppRuntime* runtime, Config* config, QObject* parent)
    : QObject(parent)
    , m_doc(doc)
    , m_runtime(runtime)
    , m_config(config)
    , m_brokers(new BrokerHub(doc, runtime, config, this))
{
    connect(doc, &WorkspaceDocument::changed, this, [this](WorkspaceDocument::Change change) {
        if (change != WorkspaceDocument::Change::Devices && change != WorkspaceDocument::Change::Everything)
            return;
        // USB serial numbers and device names may have changed.
        for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it) {
            if (auto* serial = qobject_cast<SerialSignalSource*>(it.value().data()))
                serial->setKnownDevices(m_doc->workspace().devices);
        }
        Q_EMIT portsChanged();
    });
}

DeviceHub::~DeviceHub()
{
    // Connected sources belong to the runtime, which deletes them; the others are children of this.
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it) {
        SignalSource* s = it.value();
        if (s && m_runtime && m_connected.contains(it.key()))
            m_runtime->removeSource(s);
    }
}

void DeviceHub::startWatching()
{
    if (m_watching)
        return;
    m_watching = true;
    m_watcher = new PortWatcher(this);
    m_watcher->setExtraPaths(addedPaths());
    connect(m_watcher, &PortWatcher::portsChanged, this, &DeviceHub::portsChanged);
    m_watcher->start();
}

QList<PortInfo> DeviceHub::ports() const
{
    QList<PortInfo> out = m_watcher ? m_watcher->ports() : QList<PortInfo>();
    // Added paths that are not there right now still get a row: the user may plug them in later.
    for (const QString& path : addedPaths()) {
        const bool listed =
            std::any_of(out.cbegin(), out.cend(), [&](const PortInfo& p) { return p.systemLocation == path; });
        if (!listed)
            out.append(BoardCatalog::fromPath(path));
    }
    return out;
}

QStringList DeviceHub::addedPaths() const
{
    return m_config->get(ConfigKeys::AddedPorts);
}

void DeviceHub::addPath(const QString& path)
{
    const QString clean = path.trimmed();
    QStringList paths = addedPaths();
    if (clean.isEmpty() || paths.contains(clean))
        return;
    paths.append(clean);
    m_config->set(ConfigKeys::AddedPorts, paths);
    if (m_watcher)
        m_watcher->setExtraPaths(paths);
    Q_EMIT portsChanged();
}

void DeviceHub::removePath(const QString& path)
{
    QStringList paths = addedPaths();
    if (!paths.removeAll(path))
        return;
    if (isConnected(path))
        disconnectFrom(path);
    m_config->set(ConfigKeys::AddedPorts, paths);
    if (m_watcher)
        m_watcher->setExtraPaths(paths);
    Q_EMIT portsChanged();
}

SignalSource* DeviceHub::source(const QString& key) const
{
    return m_sources.value(key);
}

SerialSignalSource* DeviceHub::serialSource(const QString& key) const
{
    return qobject_cast<SerialSignalSource*>(source(key));
}

bool DeviceHub::isConnected(const QString& key) const
{
    return m_connected.contains(key);
}

QStringList DeviceHub::connectedKeys() const
{
    return m_connected;
}

VirtualDevice* DeviceHub::virtualDevice()
{
    if (!m_virtual)
        createSource(kVirtualKey);
    return m_virtual;
}

SignalSource* DeviceHub::createSource(const QString& key)
{
    if (SignalSource* existing = source(key))
        return existing;
    SignalSource* s = nullptr;
    if (key == kVirtualKey) {
        QString token = deviceFor(key);
        if (token.isEmpty())
            token =
                m_doc->workspace().devices.isEmpty() ? sampleDevice().token : m_doc->workspace().devices.front().token;
        auto* device = new VirtualDevice(token, deviceLabel(token));
        if (m_virtualGenerator)
            device->setGenerator(m_virtualGenerator);
        m_virtual = device;
        s = device;
    } else {
        auto* serial = new SerialSignalSource(key);
        serial->setKnownDevices(m_doc->workspace().devices);
        s = serial;
    }
    s->setParent(this);
    m_sources.insert(key, s);
    wire(key, s);
    applyDevice(key);
    return s;
}

void DeviceHub::wire(const QString& key, SignalSource* s)
{
    connect(s, &SignalSource::signalReceived, this, [this, key](const Signal& signal) {
        ++m_counts[key];
        Q_EMIT signalReceived(key, signal);
    });
    connect(s, &SignalSource::consoleLine, this,
            [this, key](const QString& line) { append(key, ConsoleEntry::Kind::Output, line); });
    connect(s, &SignalSource::warning, this, [this, key](const QString& text, const QString& line) {
        append(key, ConsoleEntry::Kind::Warning, line.isEmpty() ? text : tr("%1: %2").arg(text, line));
    });
    connect(s, &SignalSource::deviceAnnounced, this, [this, key](const QString& token, const QString& name) {
        const QString label =
            m_doc->workspace().deviceByToken(token) ? deviceLabel(token) : (name.isEmpty() ? token : name);
        append(key, ConsoleEntry::Kind::Info, tr("The board says it is %1 (%2)").arg(label, token));
        Q_EMIT deviceChanged(key);
    });
    connect(s, &SignalSource::stateChanged, this, [this, key](SignalSource::State state, const QString& detail) {
        if (state == SignalSource::State::Waiting)
            append(key, ConsoleEntry::Kind::Warning, detail);
        else if (state == SignalSource::State::Connected)
            append(key, ConsoleEntry::Kind::Info, tr("Connected (%1)").arg(detail));
        Q_EMIT stateChanged(key, state, detail);
        Q_EMIT deviceChanged(key);
    });
    if (auto* serial = qobject_cast<SerialSignalSource*>(s)) {
        connect(serial, &SerialSignalSource::deviceUnidentified, this, [this, key] { Q_EMIT deviceQuestion(key); });
        connect(serial, &SerialSignalSource::deviceMatched, this, [this, key](const QString& token, const QString&) {
            append(key, ConsoleEntry::Kind::Info, tr("Its USB serial number is that of %1").arg(deviceLabel(token)));
            Q_EMIT deviceChanged(key);
        });
    }
}

void DeviceHub::connectTo(const QString& key)
{
    if (isConnected(key))
        return;
    SignalSource* s = createSource(key);
    m_connected.append(key);
    if (m_runtime) {
        // Signals that come before the workspace's outbox is open wait in the AppRuntime.
        m_runtime->addSource(s);
    } else {
        s->start();
    }
    Q_EMIT connectionChanged(key);
}

void DeviceHub::disconnectFrom(const QString& key)
{
    if (!m_connected.removeOne(key))
        return;
    if (SignalSource* s = m_sources.take(key)) {
        if (key == kVirtualKey && m_virtual) {
            m_virtualGenerator = m_virtual->generator();
            m_virtual.clear();
        }
        // The source goes (its last lines are reported while it stops); its history and counts stay.
        if (m_runtime) {
            m_runtime->removeSource(s);
        } else {
            s->stop();
            s->deleteLater();
        }
        append(key, ConsoleEntry::Kind::Info, tr("Disconnected"));
    }
    Q_EMIT connectionChanged(key);
}

QString DeviceHub::deviceFor(const QString& key) const
{
    return m_config->get(ConfigKeys::PortDevices).value(key).toString();
}

void DeviceHub::setDeviceFor(const QString& key, const QString& token)
{
    QVariantMap map = m_config->get(ConfigKeys::PortDevices);
    if (map.value(key).toString() == token && (key != kVirtualKey || !m_virtual || m_virtual->token() == token))
        return;
    if (token.isEmpty())
        map.remove(key);
    else
        map.insert(key, token);
    m_config->set(ConfigKeys::PortDevices, map);
    if (key == kVirtualKey)
        recreateVirtualDevice();
    else
        applyDevice(key);
    Q_EMIT deviceChanged(key);
}

void DeviceHub::applyDevice(const QString& key)
{
    if (key == kVirtualKey)
        return;
    SignalSource* s = source(key);
    if (!s)
        return;
    const QString token = deviceFor(key);
    s->setFallbackDeviceToken(token);
    if (!token.isEmpty())
        append(key, ConsoleEntry::Kind::Info,
               tr("Signals go to %1 unless the board says otherwise").arg(deviceLabel(token)));
}

void DeviceHub::recreateVirtualDevice()
{
    if (!m_virtual)
        return;
    // A virtual device is one device: becoming another means a new one, with the same generator.
    const bool wasConnected = isConnected(kVirtualKey);
    m_virtualGenerator = m_virtual->generator();
    if (wasConnected) {
        disconnectFrom(kVirtualKey);
    } else {
        m_sources.remove(kVirtualKey);
        delete m_virtual.data();
    }
    m_virtual.clear();
    virtualDevice();
    if (wasConnected)
        connectTo(kVirtualKey);
}

QString DeviceHub::currentDevice(const QString& key, QString* how) const
{
    SignalSource* s = source(key);
    const QString fallback = key == kVirtualKey ? (s ? s->deviceToken() : deviceFor(key)) : deviceFor(key);
    if (!s) {
        if (how)
            *how = fallback.isEmpty() ? tr("asked when a signal comes") : tr("chosen");
        return fallback;
    }
    const QString token = s->deviceToken();
    if (how) {
        if (key == kVirtualKey)
            *how = tr("virtual");
        else if (token.isEmpty())
            *how = tr("asked when a signal comes");
        else if (token != s->fallbackDeviceToken())
            *how = tr("announced by the board");
        else if (token != deviceFor(key))
            *how = tr("USB serial number");
        else
            *how = tr("chosen");
    }
    return token;
}

QString DeviceHub::deviceLabel(const QString& token) const
{
    if (token.isEmpty())
        return {};
    if (const Device* d = m_doc->workspace().deviceByToken(token); d && !d->name.isEmpty())
        return d->name;
    if (token == sampleDevice().token)
        return sampleDevice().name;
    return token;
}

bool DeviceHub::sendLine(const QString& key, const QString& line)
{
    if (auto* serial = serialSource(key); serial && serial->sendLine(line)) {
        append(key, ConsoleEntry::Kind::Sent, line);
        return true;
    }
    if (key == kVirtualKey && m_virtual && m_virtual->state() == SignalSource::State::Connected) {
        // The virtual device has no REPL: a line typed into it is taken as if it printed it, so that
        // "@signal 1 23.5" can be tried by hand.
        append(key, ConsoleEntry::Kind::Sent, line);
        if (line.startsWith(u'@')) {
            const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
            if (parts.size() >= 3 && parts[0] == u"@signal"_s) {
                const Status st = m_virtual->sendText(parts[1].toInt(), line.section(u' ', 2).trimmed());
                if (!st)
                    append(key, ConsoleEntry::Kind::Warning, st.errorMessage());
                return bool(st);
            }
        }
        m_virtual->sendConsoleLine(line);
        return true;
    }
    return false;
}

bool DeviceHub::sendInterrupt(const QString& key)
{
    if (auto* serial = serialSource(key); serial && serial->sendInterrupt()) {
        append(key, ConsoleEntry::Kind::Sent, tr("Ctrl-C"));
        return true;
    }
    return false;
}

void DeviceHub::note(const QString& key, ConsoleEntry::Kind kind, const QString& text)
{
    append(key, kind, text);
}

void DeviceHub::append(const QString& key, ConsoleEntry::Kind kind, const QString& text)
{
    ConsoleEntry e{kind, text, QDateTime::currentDateTime()};
    QList<ConsoleEntry>& history = m_console[key];
    history.append(e);
    if (history.size() > kConsoleHistory)
        history.remove(0, history.size() - kConsoleHistory);
    Q_EMIT consoleEntry(key, e);
}

} // namespace hooksmith

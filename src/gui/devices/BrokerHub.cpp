#include "BrokerHub.h"

#include "AppRuntime.h"
#include "Config.h"
#include "MqttSource.h"
#include "SecretStore.h"
#include "WorkspaceDocument.h"

#include <QCryptographicHash>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace hooksmith {

QJsonObject BrokerEntry::toJson() const
{
    return {{u"id"_s, id},
            {u"url"_s, url},
            {u"user"_s, user},
            {u"caFile"_s, caFile},
            {u"group"_s, group},
            {u"hasPassword"_s, hasPassword},
            {u"connected"_s, connected}};
}

BrokerEntry BrokerEntry::fromJson(const QJsonObject& object)
{
    BrokerEntry e;
    e.id = object.value(u"id"_s).toString();
    e.url = object.value(u"url"_s).toString();
    e.user = object.value(u"user"_s).toString();
    e.caFile = object.value(u"caFile"_s).toString();
    e.group = object.value(u"group"_s).toString();
    e.hasPassword = object.value(u"hasPassword"_s).toBool();
    e.connected = object.value(u"connected"_s).toBool();
    return e;
}

BrokerHub::BrokerHub(WorkspaceDocument* doc, AppRuntime* runtime, Config* config, QObject* parent)
    : QObject(parent)
    , m_doc(doc)
    , m_runtime(runtime)
    , m_config(config)
{
    // Device names come from the workspace when it has the device.
    connect(doc, &WorkspaceDocument::changed, this, [this](WorkspaceDocument::Change change) {
        if (change == WorkspaceDocument::Change::Devices || change == WorkspaceDocument::Change::Everything)
            Q_EMIT devicesChanged();
    });
}

BrokerHub::~BrokerHub()
{
    // The sources belong to the runtime: hand them back. Their sessions stay at the brokers, and the
    // settings still say which were connected, for the next start.
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it) {
        MqttSource* s = it.value();
        if (!s)
            continue;
        disconnect(s, nullptr, this, nullptr);
        if (m_runtime)
            m_runtime->removeSource(s);
    }
}

QList<BrokerEntry> BrokerHub::brokers() const
{
    QList<BrokerEntry> out;
    const QJsonArray list = QJsonDocument::fromJson(m_config->get(ConfigKeys::MqttBrokers).toUtf8()).array();
    for (const QJsonValue& v : list) {
        BrokerEntry e = BrokerEntry::fromJson(v.toObject());
        if (!e.id.isEmpty())
            out.append(std::move(e));
    }
    return out;
}

std::optional<BrokerEntry> BrokerHub::broker(const QString& id) const
{
    for (const BrokerEntry& e : brokers()) {
        if (e.id == id)
            return e;
    }
    return std::nullopt;
}

void BrokerHub::save(const QList<BrokerEntry>& entries)
{
    QJsonArray list;
    for (const BrokerEntry& e : entries)
        list.append(e.toJson());
    m_config->set(ConfigKeys::MqttBrokers,
                  list.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    m_config->sync();
}

Result<QString> BrokerHub::addBroker(BrokerEntry entry, const QString& password)
{
    entry.url = entry.url.trimmed();
    entry.user = entry.user.trimmed();
    entry.group = entry.group.trimmed();
    entry.caFile = entry.caFile.trimmed();
    if (Result<MqttSource::Options> o = MqttSource::optionsFor({entry.url, entry.user, entry.group, entry.caFile}); !o)
        return o.error();
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.hasPassword = !password.isEmpty();
    entry.connected = false;
    if (entry.hasPassword) {
        m_doc->secretStore()->write(
            SecretKey::forBroker(entry.id), password, [self = QPointer<BrokerHub>(this)](Status st) {
                if (self && !st)
                    Q_EMIT self->message(
                        tr("The keychain could not keep the broker's password: %1").arg(st.errorMessage()));
            });
    }
    QList<BrokerEntry> entries = brokers();
    entries.append(entry);
    save(entries);
    Q_EMIT brokersChanged();
    return entry.id;
}

Status BrokerHub::updateBroker(const BrokerEntry& changed, const QString& password)
{
    QList<BrokerEntry> entries = brokers();
    const auto it =
        std::find_if(entries.begin(), entries.end(), [&](const BrokerEntry& e) { return e.id == changed.id; });
    if (it == entries.end())
        return Error(tr("no such broker"));
    BrokerEntry entry = *it;
    entry.url = changed.url.trimmed();
    entry.user = changed.user.trimmed();
    entry.group = changed.group.trimmed();
    entry.caFile = changed.caFile.trimmed();
    if (Result<MqttSource::Options> o = MqttSource::optionsFor({entry.url, entry.user, entry.group, entry.caFile}); !o)
        return o.error();
    if (!password.isEmpty()) {
        entry.hasPassword = true;
        m_doc->secretStore()->write(
            SecretKey::forBroker(entry.id), password, [self = QPointer<BrokerHub>(this)](Status st) {
                if (self && !st)
                    Q_EMIT self->message(
                        tr("The keychain could not keep the broker's password: %1").arg(st.errorMessage()));
            });
    }
    *it = entry;
    save(entries);
    Q_EMIT brokersChanged();
    // Wanted connected (even when refused or failed): connect again with what was just saved.
    if (entry.connected) {
        stopSource(entry.id, false);
        connectBroker(entry.id);
    }
    return {};
}

void BrokerHub::removeBroker(const QString& id)
{
    QList<BrokerEntry> entries = brokers();
    const auto it = std::find_if(entries.begin(), entries.end(), [&](const BrokerEntry& e) { return e.id == id; });
    if (it == entries.end())
        return;
    // Nothing more is queued for the app at the broker.
    stopSource(id, true);
    m_failures.remove(id);
    m_lastProblem.remove(id);
    if (it->hasPassword)
        m_doc->secretStore()->remove(SecretKey::forBroker(id), [](Status) {});
    entries.erase(it);
    save(entries);
    const qsizetype before = m_devices.size();
    m_devices.removeIf([&](const NetworkDevice& d) { return d.brokerId == id; });
    Q_EMIT brokersChanged();
    Q_EMIT connectionChanged(id);
    if (m_devices.size() != before)
        Q_EMIT devicesChanged();
}

void BrokerHub::setConnectedFlag(const QString& id, bool connected)
{
    QList<BrokerEntry> entries = brokers();
    for (BrokerEntry& e : entries) {
        if (e.id == id && e.connected != connected) {
            e.connected = connected;
            save(entries);
            return;
        }
    }
}

QString BrokerHub::clientIdFor(const QString& brokerId)
{
    // Stable, so that the session (and what the broker queued for the app) is taken up again at the next start.
    const QByteArray hash = QCryptographicHash::hash(brokerId.toUtf8(), QCryptographicHash::Sha256).toHex().left(10);
    return u"hooksmith-app-%1-%2"_s.arg(QHostInfo::localHostName(), QString::fromLatin1(hash));
}

void BrokerHub::connectBroker(const QString& id)
{
    const std::optional<BrokerEntry> entry = broker(id);
    if (!entry || isActive(id))
        return;
    // A refused or failed attempt is replaced by a new one.
    stopSource(id, false);
    m_failures.remove(id);
    m_lastProblem.remove(id);
    setConnectedFlag(id, true);
    const quint64 attempt = ++m_attempts[id];
    Q_EMIT connectionChanged(id);
    Q_EMIT linkChanged(id);
    if (!entry->hasPassword) {
        start(id, {});
        return;
    }
    // The keychain answers later; a disconnect or another attempt meanwhile makes this answer stale.
    m_reading.insert(id);
    m_doc->secretStore()->read(
        SecretKey::forBroker(id), [self = QPointer<BrokerHub>(this), id, attempt](Result<std::optional<QString>> r) {
            if (!self || self->m_attempts.value(id) != attempt)
                return;
            self->m_reading.remove(id);
            if (!r) {
                self->fail(id, tr("the password could not be read from the keychain: %1").arg(r.errorMessage()));
                return;
            }
            if (!r.value()) {
                self->fail(id, tr("the keychain holds no password for this broker: enter it "
                                  "and save"));
                return;
            }
            self->start(id, *r.value());
        });
}

void BrokerHub::start(const QString& id, const QString& password)
{
    const std::optional<BrokerEntry> entry = broker(id);
    if (!entry)
        return;
    Result<MqttSource::Options> o = MqttSource::optionsFor({entry->url, entry->user, entry->group, entry->caFile});
    if (!o) {
        fail(id, o.errorMessage());
        return;
    }
    o->connection.password = password.toUtf8();
    o->connection.clientId = clientIdFor(id);
    o->connection.sessionExpirySeconds = kSessionExpirySeconds;
    o->retryWhenRefused = false;
    auto* source = new MqttSource(*o);
    m_sources.insert(id, source);
    if (m_runtime) {
        // The runtime subscribes it to the Pybytes topics of the workspace's devices, and follows them.
        m_runtime->addSource(source);
    } else {
        source->setParent(this);
        source->start();
    }
    // After the runtime: what the panel and the monitor show was handed to the dispatcher first.
    connect(source, &SignalSource::signalReceived, this, [this, id](const Signal& signal) {
        const int i = deviceIndex(id, signal.deviceToken, true);
        NetworkDevice& d = m_devices[i];
        ++d.signalCount;
        d.lastSignal = signal.receivedAt.isValid() ? signal.receivedAt : QDateTime::currentDateTimeUtc();
        Q_EMIT deviceUpdated(i);
        Q_EMIT signalReceived(id, signal);
    });
    connect(source, &SignalSource::deviceAnnounced, this, [this, id](const QString& token, const QString& name) {
        const int i = deviceIndex(id, token, true);
        if (m_devices[i].announcedName != name) {
            m_devices[i].announcedName = name;
            Q_EMIT deviceUpdated(i);
        }
    });
    connect(source, &SignalSource::stateChanged, this, [this, id](SignalSource::State state, const QString& detail) {
        if (state == SignalSource::State::Waiting)
            m_lastProblem.insert(id, detail);
        else if (state == SignalSource::State::Connected)
            m_lastProblem.remove(id);
        Q_EMIT linkChanged(id);
    });
    Q_EMIT linkChanged(id);
}

void BrokerHub::disconnectBroker(const QString& id)
{
    if (!broker(id))
        return;
    setConnectedFlag(id, false);
    stopSource(id, false);
    m_failures.remove(id);
    m_lastProblem.remove(id);
    Q_EMIT connectionChanged(id);
    Q_EMIT linkChanged(id);
}

void BrokerHub::stopSource(const QString& id, bool endSession)
{
    ++m_attempts[id];
    m_reading.remove(id);
    QPointer<MqttSource> s = m_sources.take(id);
    if (!s)
        return;
    disconnect(s, nullptr, this, nullptr);
    if (endSession)
        s->stopAndEndSession();
    if (m_runtime) {
        m_runtime->removeSource(s);
    } else {
        s->stop();
        s->deleteLater();
    }
}

void BrokerHub::fail(const QString& id, const QString& why)
{
    m_failures.insert(id, why);
    Q_EMIT linkChanged(id);
}

void BrokerHub::restoreConnections()
{
    for (const BrokerEntry& e : brokers()) {
        if (e.connected)
            connectBroker(e.id);
    }
}

MqttSource* BrokerHub::source(const QString& id) const
{
    return m_sources.value(id);
}

bool BrokerHub::isActive(const QString& id) const
{
    const Link l = link(id);
    return l == Link::Connecting || l == Link::Connected || l == Link::Reconnecting;
}

BrokerHub::Link BrokerHub::link(const QString& id) const
{
    if (m_failures.contains(id))
        return Link::Failed;
    const MqttSource* s = source(id);
    if (!s) // between Connect and the keychain's answer, or not connected
        return m_reading.contains(id) ? Link::Connecting : Link::Disconnected;
    switch (s->state()) {
    case SignalSource::State::Connected:
        return Link::Connected;
    case SignalSource::State::Waiting:
        return Link::Reconnecting;
    case SignalSource::State::Connecting:
        return m_lastProblem.contains(id) ? Link::Reconnecting : Link::Connecting;
    case SignalSource::State::Failed:
        return s->refusal().isEmpty() ? Link::Failed : Link::Refused;
    case SignalSource::State::Stopped:
        return Link::Disconnected;
    }
    return Link::Disconnected;
}

QString BrokerHub::linkDetail(const QString& id) const
{
    if (const auto it = m_failures.constFind(id); it != m_failures.constEnd())
        return *it;
    const MqttSource* s = source(id);
    if (!s)
        return link(id) == Link::Connecting ? tr("reading the password from the keychain") : QString();
    if (s->state() == SignalSource::State::Connecting && m_lastProblem.contains(id))
        return m_lastProblem.value(id);
    return s->stateDetail();
}

QString BrokerHub::linkName(Link link)
{
    switch (link) {
    case Link::Disconnected:
        return tr("Not connected");
    case Link::Connecting:
        return tr("Connecting");
    case Link::Connected:
        return tr("Connected");
    case Link::Reconnecting:
        return tr("Reconnecting");
    case Link::Refused:
        return tr("Refused");
    case Link::Failed:
        return tr("Failed");
    }
    return {};
}

int BrokerHub::deviceIndex(const QString& brokerId, const QString& token, bool create)
{
    for (int i = 0; i < m_devices.size(); ++i) {
        if (m_devices[i].brokerId == brokerId && m_devices[i].token == token)
            return i;
    }
    if (!create)
        return -1;
    NetworkDevice d;
    d.brokerId = brokerId;
    d.token = token;
    m_devices.append(d);
    Q_EMIT devicesChanged();
    return int(m_devices.size()) - 1;
}

bool BrokerHub::isInWorkspace(const QString& token) const
{
    return m_doc->workspace().deviceByToken(token) != nullptr;
}

QString BrokerHub::deviceName(const NetworkDevice& device) const
{
    if (const Device* d = m_doc->workspace().deviceByToken(device.token); d && !d->name.isEmpty())
        return d->name;
    return device.announcedName;
}

} // namespace hooksmith

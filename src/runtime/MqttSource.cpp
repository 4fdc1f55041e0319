#include "MqttSource.h"

#include "Model.h"
#include "MqttSignals.h"

#include <QFileInfo>
#include <QStringDecoder>
#include <QUrl>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {
const QString kSignalFilter = u"hooksmith/+/signal/+"_s;
const QString kDeviceFilter = u"hooksmith/+/device"_s;
} // namespace

MqttSource::MqttSource(const Options& options, QObject* parent)
    : SignalSource(parent)
    , m_options(options)
{
    m_client.setOptions(options.connection);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &MqttSource::connectNow);
    connect(&m_client, &MqttClient::connected, this, &MqttSource::onConnected);
    connect(&m_client, &MqttClient::disconnected, this, &MqttSource::onDisconnected);
    connect(&m_client, &MqttClient::messageReceived, this, &MqttSource::onMessage);
    connect(&m_client, &MqttClient::subscribed, this, [this](quint16 packetId, const QList<quint8>& codes) {
        if (packetId == m_initialSubscription && m_client.state() == MqttClient::State::Connected)
            setState(State::Connected, m_options.displayUrl);
        for (const quint8 code : codes) {
            if (code >= 0x80) {
                Q_EMIT warning(tr("the broker refused a subscription (reason code 0x%1): check the user's access "
                                  "rights, and that the broker supports shared subscriptions")
                                   .arg(code, 2, 16, QLatin1Char('0')),
                               {});
            }
        }
    });
}

MqttSource::~MqttSource() = default;

Result<MqttSource::Options> MqttSource::optionsFor(const Broker& broker)
{
    const QUrl u(broker.url.trimmed(), QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    if (!u.isValid() || (scheme != u"mqtt"_s && scheme != u"mqtts"_s) || u.host().isEmpty())
        return Error(tr("give a URL such as mqtt://HOST[:PORT] or mqtts://USER@HOST[:PORT]"));
    if (!u.password().isEmpty())
        return Error(tr("the URL holds a password: remove it from the URL and give it apart"));
    if (!u.path().isEmpty() && u.path() != u"/"_s)
        return Error(tr("the URL has a path (%1); MQTT URLs name only the broker").arg(u.path()));
    if (!u.query().isEmpty() || !u.fragment().isEmpty())
        return Error(tr("the URL has a query or a fragment; MQTT URLs name only the broker"));
    const QString& group = broker.group;
    if (!group.isEmpty() && (group.contains(u'/') || group.contains(u'+') || group.contains(u'#')))
        return Error(tr("the group name \"%1\" may not contain /, + or #").arg(group));
    Options out;
    MqttConnectOptions& c = out.connection;
    c.tls = scheme == u"mqtts"_s;
    c.host = u.host();
    c.port = quint16(u.port(c.tls ? 8883 : 1883));
    c.username = broker.user.isEmpty() ? u.userName() : broker.user;
    if (!broker.caFile.isEmpty()) {
        if (!c.tls)
            return Error(tr("a CA file applies to mqtts:// URLs only"));
        if (!QFileInfo(broker.caFile).isReadable())
            return Error(tr("cannot read the CA file %1").arg(broker.caFile));
    }
    c.caFile = broker.caFile;
    out.group = group;
    QUrl display = u;
    display.setPassword({});
    if (!broker.user.isEmpty())
        display.setUserName(broker.user);
    out.displayUrl = display.toString(QUrl::RemovePath);
    return out;
}

QString MqttSource::id() const
{
    return u"mqtt:"_s + m_options.displayUrl;
}

QString MqttSource::displayName() const
{
    return tr("MQTT %1").arg(m_options.displayUrl);
}

void MqttSource::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoffMs = 0;
    connectNow();
}

void MqttSource::stop()
{
    halt(false);
}

void MqttSource::stopAndEndSession()
{
    halt(true);
}

void MqttSource::halt(bool endSession)
{
    if (!m_running)
        return;
    m_running = false;
    m_reconnect.stop();
    m_queued.clear();
    m_queuedQos0 = 0;
    m_acks.clear();
    m_connectionFirstTicket = m_nextTicket + 1;
    m_client.disconnectFromBroker(endSession);
    setState(State::Stopped);
}

void MqttSource::connectNow()
{
    if (!m_running)
        return;
    m_refusal.clear();
    setState(State::Connecting, m_options.displayUrl);
    m_client.connectToBroker();
}

void MqttSource::workspaceChanged(const Workspace& workspace)
{
    QStringList tokens;
    tokens.reserve(workspace.devices.size());
    for (const Device& d : workspace.devices)
        tokens.append(d.token);
    setPybytesTokens(tokens);
}

void MqttSource::setPybytesTokens(const QStringList& tokens)
{
    m_pybytesTokens = QSet<QString>(tokens.cbegin(), tokens.cend());
    m_pybytesTokens.remove(QString());
    if (!m_options.pybytesScheme || !isConnected())
        return;
    QList<MqttSubscription> add;
    QStringList remove;
    for (const QString& t : std::as_const(m_pybytesTokens)) {
        if (!m_subscribedTokens.contains(t))
            add.append({shared(u"u"_s + t), 1});
    }
    for (const QString& t : std::as_const(m_subscribedTokens)) {
        if (!m_pybytesTokens.contains(t))
            remove.append(shared(u"u"_s + t));
    }
    m_client.subscribe(add);
    m_client.unsubscribe(remove);
    m_subscribedTokens = m_pybytesTokens;
}

QString MqttSource::shared(const QString& filter) const
{
    return m_options.group.isEmpty() ? filter : u"$share/%1/%2"_s.arg(m_options.group, filter);
}

QStringList MqttSource::filters() const
{
    QStringList out;
    if (m_options.hooksmithScheme)
        out << shared(kSignalFilter) << kDeviceFilter;
    if (m_options.pybytesScheme) {
        QStringList tokens(m_pybytesTokens.cbegin(), m_pybytesTokens.cend());
        tokens.sort();
        for (const QString& t : std::as_const(tokens))
            out << shared(u"u"_s + t);
    }
    return out;
}

void MqttSource::onConnected(bool sessionPresent)
{
    Q_UNUSED(sessionPresent);
    ++m_stats.connections;
    m_backoffMs = 0;
    // Subscribing again with a session present changes nothing at the broker, and covers a session that
    // expired or a broker that lost it.
    QList<MqttSubscription> subs;
    if (m_options.hooksmithScheme) {
        subs.append({shared(kSignalFilter), 1});
        subs.append({kDeviceFilter, 0}); // retained names go to every relay; shared subscriptions get none
    }
    if (m_options.pybytesScheme) {
        for (const QString& t : std::as_const(m_pybytesTokens))
            subs.append({shared(u"u"_s + t), 1});
        m_subscribedTokens = m_pybytesTokens;
    }
    // Connected (ready) once the broker confirms the subscriptions.
    m_initialSubscription = m_client.subscribe(subs);
}

void MqttSource::onDisconnected(const QString& reason)
{
    // What was read but not acknowledged on that connection comes again from the broker.
    m_queued.clear();
    m_acks.clear();
    m_connectionFirstTicket = m_nextTicket + 1;
    if (!m_running)
        return;
    const quint8 refused = m_client.refusalCode();
    if (refused && MqttClient::isLastingRefusal(refused) && !m_options.retryWhenRefused) {
        // Trying again would be refused again: the user changes the password (or the broker) first.
        m_running = false;
        m_refusal = reason;
        setState(State::Failed, tr("%1: %2").arg(m_options.displayUrl, reason));
        return;
    }
    m_backoffMs = m_backoffMs == 0 ? m_options.minBackoffMs : std::min(m_backoffMs * 2, m_options.maxBackoffMs);
    setState(State::Waiting, tr("%1: %2; connecting again in %3 s")
                                 .arg(m_options.displayUrl, reason)
                                 .arg(double(m_backoffMs) / 1000.0, 0, 'g', 3));
    m_reconnect.start(m_backoffMs);
}

void MqttSource::setPaused(bool paused)
{
    m_paused = paused;
    // Unacknowledged messages hold the broker back once there are Receive Maximum of them, so what is
    // queued while paused stays bounded.
    while (!m_paused && !m_queued.empty()) {
        const MqttMessage m = std::move(m_queued.front());
        m_queued.pop_front();
        if (m.qos == 0)
            --m_queuedQos0;
        process(m);
    }
    if (!m_paused)
        reportDropped();
}

void MqttSource::reportDropped()
{
    if (m_droppedUnreported == 0)
        return;
    Q_EMIT warning(tr("%n QoS 0 message(s) were dropped while the outbox could not take signals", nullptr,
                      int(std::min<quint64>(m_droppedUnreported, INT_MAX))),
                   {});
    m_droppedUnreported = 0;
}

void MqttSource::onMessage(const MqttMessage& message)
{
    ++m_stats.received;
    if (m_paused || !m_queued.empty()) {
        if (message.qos == 0) {
            if (m_queuedQos0 >= m_options.maxQueuedQos0) {
                ++m_stats.dropped;
                // One warning when the first is dropped, one with the count when reading resumes.
                if (m_droppedUnreported++ == 0) {
                    Q_EMIT warning(tr("%1 QoS 0 messages are waiting for the outbox to take signals: the ones "
                                      "that arrive now are dropped until it can")
                                       .arg(m_options.maxQueuedQos0),
                                   {});
                }
                return;
            }
            ++m_queuedQos0;
        }
        m_queued.push_back(message);
        return;
    }
    process(message);
}

void MqttSource::process(const MqttMessage& message)
{
    const quint64 ticket = message.qos > 0 ? ++m_nextTicket : 0;
    if (ticket)
        m_acks.push_back(PendingAck{ticket, message.packetId, false});
    bool emitted = false;
    const QString pybytes = m_options.pybytesScheme ? MqttSignals::pybytesToken(message.topic) : QString();
    if (!pybytes.isEmpty())
        handlePybytes(message, pybytes, ticket, &emitted);
    else
        handleHooksmith(message, ticket, &emitted);
    if (ticket && !emitted)
        signalStored(ticket);
}

void MqttSource::handleHooksmith(const MqttMessage& message, quint64 ticket, bool* emitted)
{
    QString error;
    const auto topic = MqttSignals::parseHooksmithTopic(message.topic, &error);
    if (!topic) {
        refuse(message, error.isEmpty() ? tr("a topic of neither scheme") : error);
        return;
    }
    if (topic->kind == MqttSignals::HooksmithTopic::Kind::Device) {
        const QString name = QString::fromUtf8(message.payload).trimmed();
        if (!name.isEmpty())
            Q_EMIT deviceAnnounced(topic->token, name);
        return;
    }
    // Decoded and checked in one pass: bytes that are not UTF-8 are the decoder's error. A byte order mark in
    // front is dropped, as RFC 8259 allows a JSON parser to do.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(message.payload);
    if (decoder.hasError()) {
        refuse(message, tr("the payload is not UTF-8"));
        return;
    }
    Result<JsonValue> value = SignalValues::fromJson(text);
    if (!value) {
        refuse(message, value.errorMessage());
        return;
    }
    Signal s;
    s.deviceToken = topic->token;
    s.number = topic->number;
    s.value = std::move(*value);
    s.ticket = ticket;
    for (const auto& [key, v] : message.userProperties) {
        if (key == u"message-id")
            s.originId = v;
    }
    *emitted = true;
    emitSignal(std::move(s));
}

void MqttSource::handlePybytes(const MqttMessage& message, const QString& token, quint64 ticket, bool* emitted)
{
    MqttSignals::PybytesMessage m = MqttSignals::decodePybytes(message.payload);
    switch (m.kind) {
    case MqttSignals::PybytesMessage::Kind::Malformed:
        refuse(message, m.error);
        return;
    case MqttSignals::PybytesMessage::Kind::Ping:
        // The board's connection watchdog is fed by pongs; without them it resets the board.
        if (m_client.publish(u"d"_s + token, MqttSignals::pybytesPong(m.networkType), 0) >= 0)
            ++m_stats.pongs;
        ++m_stats.ignored;
        return;
    case MqttSignals::PybytesMessage::Kind::Other:
        ++m_stats.ignored;
        return;
    case MqttSignals::PybytesMessage::Kind::Signal:
        break;
    }
    Signal s;
    s.deviceToken = token;
    s.number = m.number;
    s.value = std::move(m.value);
    s.ticket = ticket;
    for (const auto& [key, v] : message.userProperties) {
        if (key == u"message-id")
            s.originId = v;
    }
    *emitted = true;
    emitSignal(std::move(s));
}

void MqttSource::refuse(const MqttMessage& message, const QString& why)
{
    ++m_stats.refused;
    // The log escapes control characters; the payload is cut to what a log line can show.
    constexpr qsizetype kShown = 200;
    QString payload = QString::fromUtf8(message.payload.first(std::min(message.payload.size(), kShown)));
    if (message.payload.size() > kShown)
        payload += u"..."_s;
    Q_EMIT warning(tr("message on %1 refused: %2").arg(message.topic.left(kShown), why), payload);
}

void MqttSource::signalStored(quint64 ticket)
{
    if (ticket < m_connectionFirstTicket)
        return; // read on an earlier connection: the broker sends it again
    auto it = std::lower_bound(m_acks.begin(), m_acks.end(), ticket,
                               [](const PendingAck& a, quint64 t) { return a.ticket < t; });
    if (it == m_acks.end() || it->ticket != ticket)
        return;
    it->stored = true;
    releaseAcks();
}

void MqttSource::releaseAcks()
{
    // MQTT wants acknowledgements in the order the messages came.
    while (!m_acks.empty() && m_acks.front().stored) {
        m_client.acknowledge(m_acks.front().packetId);
        ++m_stats.acknowledged;
        m_acks.pop_front();
    }
}

} // namespace hooksmith

#include "MqttClient.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

enum PacketType : quint8
{
    Connect = 1,
    Connack = 2,
    Publish = 3,
    Puback = 4,
    Subscribe = 8,
    Suback = 9,
    Unsubscribe = 10,
    Unsuback = 11,
    Pingreq = 12,
    Pingresp = 13,
    Disconnect = 14,
};

constexpr qsizetype kMaxIncomingPacket = 16 * 1024 * 1024;

void putU16(QByteArray& out, quint16 v)
{
    out.append(char(v >> 8));
    out.append(char(v & 0xFF));
}

void putU32(QByteArray& out, quint32 v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((v >> shift) & 0xFF));
}

void putVarint(QByteArray& out, quint32 v)
{
    do {
        quint8 b = v & 0x7F;
        v >>= 7;
        if (v)
            b |= 0x80;
        out.append(char(b));
    } while (v);
}

void putBinary(QByteArray& out, QByteArrayView data)
{
    putU16(out, quint16(data.size()));
    out.append(data);
}

void putString(QByteArray& out, const QString& s)
{
    putBinary(out, s.toUtf8());
}

QByteArray packet(quint8 header, const QByteArray& body)
{
    QByteArray out;
    out.reserve(body.size() + 5);
    out.append(char(header));
    putVarint(out, quint32(body.size()));
    out.append(body);
    return out;
}

/// Reads a packet's body front to back; any read past the end sets `bad`.
struct Reader
{
    QByteArrayView data;
    qsizetype pos = 0;
    bool bad = false;

    bool has(qsizetype n)
    {
        if (pos + n > data.size())
            bad = true;
        return !bad;
    }
    quint8 u8()
    {
        if (!has(1))
            return 0;
        return quint8(data[pos++]);
    }
    quint16 u16()
    {
        if (!has(2))
            return 0;
        const quint16 v = qFromBigEndian<quint16>(data.data() + pos);
        pos += 2;
        return v;
    }
    quint32 u32()
    {
        if (!has(4))
            return 0;
        const quint32 v = qFromBigEndian<quint32>(data.data() + pos);
        pos += 4;
        return v;
    }
    quint32 varint()
    {
        quint32 v = 0;
        for (int i = 0; i < 4; ++i) {
            const quint8 b = u8();
            v |= quint32(b & 0x7F) << (7 * i);
            if (!(b & 0x80))
                return v;
        }
        bad = true;
        return 0;
    }
    QByteArrayView binary()
    {
        const quint16 n = u16();
        if (!has(n))
            return {};
        const QByteArrayView v = data.sliced(pos, n);
        pos += n;
        return v;
    }
    QString string() { return QString::fromUtf8(binary()); }
    QByteArrayView rest()
    {
        const QByteArrayView v = data.sliced(pos);
        pos = data.size();
        return v;
    }
};

/// Reads MQTT 5 properties, handing each to `onProperty(id, reader)` which reads the value it knows, or
/// returns false to have it skipped by its type.
template <typename F>
bool readProperties(Reader& r, F onProperty)
{
    const quint32 length = r.varint();
    if (r.bad || !r.has(qsizetype(length)))
        return false;
    const qsizetype end = r.pos + qsizetype(length);
    while (!r.bad && r.pos < end) {
        const quint8 id = quint8(r.varint());
        if (onProperty(id, r))
            continue;
        switch (id) {
        case 0x01:
        case 0x17:
        case 0x19:
        case 0x24:
        case 0x25:
        case 0x28:
        case 0x29:
        case 0x2A:
            r.u8();
            break;
        case 0x13:
        case 0x21:
        case 0x22:
        case 0x23:
            r.u16();
            break;
        case 0x02:
        case 0x11:
        case 0x18:
        case 0x27:
            r.u32();
            break;
        case 0x0B:
            r.varint();
            break;
        case 0x03:
        case 0x08:
        case 0x12:
        case 0x15:
        case 0x1A:
        case 0x1C:
        case 0x1F:
        case 0x09:
        case 0x16:
            r.binary();
            break;
        case 0x26:
            r.binary();
            r.binary();
            break;
        default:
            return false;
        }
    }
    return !r.bad && r.pos == end;
}

QString connackReason(quint8 code)
{
    switch (code) {
    case 0x80:
        return u"unspecified error"_s;
    case 0x81:
        return u"malformed packet"_s;
    case 0x84:
        return u"unsupported protocol version (the broker must speak MQTT 5)"_s;
    case 0x85:
        return u"client identifier not valid"_s;
    case 0x86:
        return u"bad user name or password"_s;
    case 0x87:
        return u"not authorized"_s;
    case 0x88:
        return u"server unavailable"_s;
    case 0x89:
        return u"server busy"_s;
    case 0x8A:
        return u"banned"_s;
    case 0x8C:
        return u"bad authentication method"_s;
    case 0x8E:
        return u"session taken over by another client with the same client id"_s;
    case 0x90:
        return u"topic name invalid"_s;
    case 0x95:
        return u"packet too large"_s;
    case 0x97:
        return u"quota exceeded"_s;
    case 0x9C:
        return u"use another server"_s;
    case 0x9D:
        return u"server moved"_s;
    default:
        return u"reason code 0x%1"_s.arg(code, 2, 16, QLatin1Char('0'));
    }
}

} // namespace

MqttClient::MqttClient(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<hooksmith::MqttMessage>();
    connect(&m_keepAlive, &QTimer::timeout, this, &MqttClient::onKeepAlive);
}

MqttClient::~MqttClient() = default;

void MqttClient::connectToBroker()
{
    if (m_state != State::Disconnected)
        return;
    m_state = State::Connecting;
    m_closing = false;
    m_refusalCode = 0;
    m_buffer.clear();
    m_outgoingInFlight = 0;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    QSslSocket* ssl = nullptr;
    if (m_options.tls) {
        ssl = new QSslSocket(this);
        m_socket = ssl;
        if (!m_options.caFile.isEmpty()) {
            QSslConfiguration config = ssl->sslConfiguration();
            const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_options.caFile, QSsl::Pem);
            if (certs.isEmpty()) {
                QTimer::singleShot(
                    0, this, [this] { fail(tr("the CA file %1 holds no PEM certificate").arg(m_options.caFile)); });
                return;
            }
            config.setCaCertificates(certs);
            ssl->setSslConfiguration(config);
        }
        connect(ssl, &QSslSocket::encrypted, this, &MqttClient::onSocketConnected);
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
            QStringList what;
            for (const QSslError& e : errors)
                what << e.errorString();
            fail(tr("TLS: %1").arg(what.join(u"; "_s)));
        });
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &MqttClient::onSocketConnected);
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &MqttClient::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &MqttClient::onSocketError);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_closing)
            fail(tr("the broker closed the connection"));
    });
    if (ssl)
        ssl->connectToHostEncrypted(m_options.host, m_options.port);
    else
        m_socket->connectToHost(m_options.host, m_options.port);
}

void MqttClient::onSocketConnected()
{
    QByteArray body;
    putString(body, u"MQTT"_s);
    body.append(char(5));
    quint8 flags = m_options.cleanStart ? 0x02 : 0x00;
    if (!m_options.username.isEmpty())
        flags |= 0x80;
    if (!m_options.password.isEmpty())
        flags |= 0x40;
    body.append(char(flags));
    putU16(body, m_options.keepAliveSeconds);
    QByteArray props;
    props.append(char(0x11));
    putU32(props, m_options.sessionExpirySeconds);
    props.append(char(0x21));
    putU16(props, std::max<quint16>(1, m_options.receiveMaximum));
    putVarint(body, quint32(props.size()));
    body.append(props);
    putString(body, m_options.clientId);
    if (!m_options.username.isEmpty())
        putString(body, m_options.username);
    if (!m_options.password.isEmpty())
        putBinary(body, m_options.password);
    m_lastReceived.start();
    send(packet(Connect << 4, body));
}

void MqttClient::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    m_bytesIn += quint64(data.size());
    m_buffer.append(data);
    qsizetype pos = 0;
    while (m_socket && m_state != State::Disconnected) {
        // Fixed header: one byte, then the remaining length in 1 to 4 bytes.
        if (m_buffer.size() - pos < 2)
            break;
        quint32 length = 0;
        qsizetype i = 1;
        bool complete = false;
        for (; i <= 4 && pos + i < m_buffer.size(); ++i) {
            const auto b = quint8(m_buffer[pos + i]);
            length |= quint32(b & 0x7F) << (7 * (i - 1));
            if (!(b & 0x80)) {
                complete = true;
                break;
            }
        }
        if (!complete) {
            if (i > 4)
                return fail(tr("the broker sent a malformed packet length"));
            break;
        }
        if (qsizetype(length) > kMaxIncomingPacket)
            return fail(tr("the broker sent a packet of %1 bytes, more than this client takes").arg(length));
        const qsizetype headerSize = i + 1;
        if (m_buffer.size() - pos < headerSize + qsizetype(length))
            break;
        const auto header = quint8(m_buffer[pos]);
        const QByteArray body = m_buffer.sliced(pos + headerSize, qsizetype(length));
        pos += headerSize + qsizetype(length);
        m_lastReceived.start();
        if (!handlePacket(header, body))
            return;
    }
    if (pos > 0)
        m_buffer.remove(0, pos);
}

bool MqttClient::handlePacket(quint8 header, QByteArrayView body)
{
    const quint8 type = header >> 4;
    if (m_state == State::Connecting && type != Connack) {
        fail(tr("the broker sent packet type %1 before CONNACK").arg(type));
        return false;
    }
    switch (type) {
    case Connack:
        return handleConnack(body);
    case Publish:
        return handlePublish(header, body);
    case Puback: {
        Reader r{body};
        const quint16 id = r.u16();
        if (r.bad) {
            fail(tr("the broker sent a malformed PUBACK"));
            return false;
        }
        const bool wasFull = m_outgoingInFlight >= m_serverReceiveMaximum;
        m_outgoingInFlight = std::max<qsizetype>(0, m_outgoingInFlight - 1);
        Q_EMIT published(id);
        if (wasFull)
            Q_EMIT canPublish();
        return true;
    }
    case Suback:
    case Unsuback: {
        Reader r{body};
        const quint16 id = r.u16();
        if (!readProperties(r, [](quint8, Reader&) { return false; })) {
            fail(tr("the broker sent a malformed SUBACK"));
            return false;
        }
        QList<quint8> codes;
        while (r.pos < body.size())
            codes.append(r.u8());
        if (type == Suback)
            Q_EMIT subscribed(id, codes);
        return true;
    }
    case Pingresp:
        return true;
    case Disconnect: {
        Reader r{body};
        const quint8 code = body.isEmpty() ? 0 : r.u8();
        QString why;
        if (body.size() > 1)
            readProperties(r, [&why](quint8 id, Reader& rr) {
                if (id != 0x1F)
                    return false;
                why = rr.string();
                return true;
            });
        fail(tr("the broker disconnected: %1%2")
                 .arg(connackReason(code), why.isEmpty() ? QString() : u" ("_s + why + u')'));
        return false;
    }
    default:
        fail(tr("the broker sent an unexpected packet (type %1)").arg(type));
        return false;
    }
}

bool MqttClient::handleConnack(QByteArrayView body)
{
    Reader r{body};
    const quint8 ackFlags = r.u8();
    const quint8 code = r.u8();
    if (r.bad) {
        fail(tr("the broker sent a malformed CONNACK"));
        return false;
    }
    if (code != 0) {
        m_refusalCode = code;
        fail(tr("the broker refused the connection: %1").arg(connackReason(code)));
        return false;
    }
    m_serverKeepAlive = 0;
    m_serverReceiveMaximum = 65535;
    m_maxPacketSize = 0;
    const bool ok = readProperties(r, [this](quint8 id, Reader& rr) {
        switch (id) {
        case 0x13:
            m_serverKeepAlive = rr.u16();
            return true;
        case 0x21:
            m_serverReceiveMaximum = std::max<quint16>(1, rr.u16());
            return true;
        case 0x27:
            m_maxPacketSize = rr.u32();
            return true;
        default:
            return false;
        }
    });
    if (!ok) {
        fail(tr("the broker sent a malformed CONNACK"));
        return false;
    }
    m_state = State::Connected;
    const int keepAlive = m_serverKeepAlive ? m_serverKeepAlive : m_options.keepAliveSeconds;
    if (keepAlive > 0)
        m_keepAlive.start(keepAlive * 1000 / 2);
    Q_EMIT connected(ackFlags & 0x01);
    return m_state == State::Connected;
}

bool MqttClient::handlePublish(quint8 header, QByteArrayView body)
{
    MqttMessage m;
    m.qos = (header >> 1) & 0x03;
    m.retain = header & 0x01;
    m.duplicate = header & 0x08;
    Reader r{body};
    m.topic = r.string();
    if (m.qos > 0)
        m.packetId = r.u16();
    const bool ok = readProperties(r, [&m](quint8 id, Reader& rr) {
        if (id != 0x26)
            return false;
        QString key = rr.string();
        m.userProperties.append({std::move(key), rr.string()});
        return true;
    });
    if (!ok || r.bad || m.qos > 1 || (m.qos == 1 && m.packetId == 0)) {
        fail(m.qos > 1 ? tr("the broker sent a QoS 2 message; subscriptions ask for QoS 1 at most")
                       : tr("the broker sent a malformed PUBLISH"));
        return false;
    }
    m.payload = r.rest().toByteArray();
    Q_EMIT messageReceived(m);
    return m_state == State::Connected;
}

quint16 MqttClient::nextPacketId()
{
    if (++m_packetId == 0)
        m_packetId = 1;
    return m_packetId;
}

quint16 MqttClient::subscribe(const QList<MqttSubscription>& subscriptions)
{
    if (m_state != State::Connected || subscriptions.isEmpty())
        return 0;
    const quint16 id = nextPacketId();
    QByteArray body;
    putU16(body, id);
    body.append(char(0)); // no properties
    for (const MqttSubscription& s : subscriptions) {
        putString(body, s.filter);
        body.append(char(s.qos & 0x03));
    }
    send(packet((Subscribe << 4) | 0x02, body));
    return id;
}

quint16 MqttClient::unsubscribe(const QStringList& filters)
{
    if (m_state != State::Connected || filters.isEmpty())
        return 0;
    const quint16 id = nextPacketId();
    QByteArray body;
    putU16(body, id);
    body.append(char(0));
    for (const QString& f : filters)
        putString(body, f);
    send(packet((Unsubscribe << 4) | 0x02, body));
    return id;
}

qint32 MqttClient::publish(const QString& topic, const QByteArray& payload, quint8 qos,
                           const QList<std::pair<QString, QString>>& userProperties)
{
    if (m_state != State::Connected || qos > 1)
        return -1;
    if (qos == 1 && m_outgoingInFlight >= m_serverReceiveMaximum)
        return -1;
    QByteArray body;
    body.reserve(payload.size() + topic.size() + 16);
    putString(body, topic);
    const quint16 id = qos == 1 ? nextPacketId() : 0;
    if (qos == 1)
        putU16(body, id);
    QByteArray props;
    for (const auto& [key, value] : userProperties) {
        props.append(char(0x26));
        putString(props, key);
        putString(props, value);
    }
    putVarint(body, quint32(props.size()));
    body.append(props);
    body.append(payload);
    if (m_maxPacketSize > 0 && quint32(body.size() + 5) > m_maxPacketSize)
        return -1;
    if (qos == 1)
        ++m_outgoingInFlight;
    send(packet(quint8((Publish << 4) | (qos << 1)), body));
    return id;
}

void MqttClient::acknowledge(quint16 packetId)
{
    if (m_state != State::Connected || packetId == 0)
        return;
    QByteArray body;
    putU16(body, packetId);
    send(packet(Puback << 4, body));
}

void MqttClient::send(const QByteArray& bytes)
{
    if (m_socket)
        m_socket->write(bytes);
}

void MqttClient::onKeepAlive()
{
    if (m_state != State::Connected)
        return;
    const int keepAlive = m_serverKeepAlive ? m_serverKeepAlive : m_options.keepAliveSeconds;
    // Nothing heard for one and a half keep-alive periods: the connection is gone (the broker's rule too).
    if (m_lastReceived.elapsed() > qint64(keepAlive) * 1500) {
        fail(tr("no answer from the broker for %1 s").arg(keepAlive * 3 / 2));
        return;
    }
    send(packet(Pingreq << 4, {}));
}

void MqttClient::onSocketError()
{
    if (m_closing || !m_socket)
        return;
    fail(m_socket->errorString());
}

bool MqttClient::isLastingRefusal(quint8 code)
{
    switch (code) {
    case 0x84: // unsupported protocol version
    case 0x85: // client identifier not valid
    case 0x86: // bad user name or password
    case 0x87: // not authorized
    case 0x8A: // banned
    case 0x8C: // bad authentication method
        return true;
    default:
        return false;
    }
}

void MqttClient::disconnectFromBroker(bool endSession)
{
    if (m_state == State::Disconnected)
        return;
    m_closing = true;
    m_keepAlive.stop();
    if (m_state == State::Connected) {
        QByteArray body(1, 0); // normal disconnection
        if (endSession) {
            // Session Expiry Interval 0: the broker drops the session now.
            QByteArray props;
            props.append(char(0x11));
            putU32(props, 0);
            putVarint(body, quint32(props.size()));
            body.append(props);
        }
        send(packet(Disconnect << 4, body));
        m_socket->flush();
    }
    m_state = State::Disconnected;
    m_socket->disconnectFromHost();
}

void MqttClient::abort(const QString& reason)
{
    if (m_state == State::Disconnected)
        return;
    fail(reason);
}

void MqttClient::fail(const QString& reason)
{
    if (m_state == State::Disconnected && m_closing)
        return;
    m_closing = true;
    m_keepAlive.stop();
    m_state = State::Disconnected;
    m_buffer.clear();
    m_outgoingInFlight = 0;
    if (m_socket)
        m_socket->abort();
    Q_EMIT disconnected(reason);
}

} // namespace hooksmith

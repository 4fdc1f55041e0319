#include "MqttTestSupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace hooksmith::test {

MosquittoBroker::MosquittoBroker(QString dir)
    : m_dir(std::move(dir))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(QDir(m_dir).filePath(u"mosquitto.log"_s), QIODevice::Append);
}

MosquittoBroker::~MosquittoBroker()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString MosquittoBroker::url() const
{
    return u"mqtt://127.0.0.1:%1"_s.arg(m_port);
}

QString MosquittoBroker::log() const
{
    QFile f(QDir(m_dir).filePath(u"mosquitto.log"_s));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).right(4000) : QString();
}

bool MosquittoBroker::start()
{
    if (m_port == 0) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return false;
        m_port = probe.serverPort();
    }
    const QString conf = QDir(m_dir).filePath(u"mosquitto.conf"_s);
    QFile f(conf);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(u"listener %1 127.0.0.1\n"
            "allow_anonymous true\n"
            "persistence true\n"
            "persistence_location %2/\n"
            "autosave_interval 1\n"
            "max_inflight_messages 1000\n"
            "max_queued_messages 1000000\n"
            "queue_qos0_messages true\n"
            "log_dest stdout\n"
            "log_type error\nlog_type warning\nlog_type notice\n"_s.arg(m_port)
                .arg(m_dir)
                .toUtf8());
    // Run as root, Mosquitto would switch to the user "mosquitto", who cannot read the test's private folder.
    if (::geteuid() == 0)
        f.write("user root\n");
    f.write(m_extra.toUtf8());
    f.close();
    m_process.start(u"mosquitto"_s, {u"-c"_s, conf});
    if (!m_process.waitForStarted(5000))
        return false;
    // Ready once it accepts connections.
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_port);
        if (s.waitForConnected(200))
            return true;
        if (m_process.state() == QProcess::NotRunning)
            return false;
        QThread::msleep(50);
    }
    return false;
}

bool MosquittoBroker::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    m_process.terminate();
    return m_process.waitForFinished(10000);
}

MqttPublisher::MqttPublisher(QString url, std::function<QString(int)> topicFor,
                             std::function<QByteArray(int)> payloadFor, QObject* parent)
    : QObject(parent)
    , m_topicFor(std::move(topicFor))
    , m_payloadFor(std::move(payloadFor))
{
    const QUrl u(url);
    MqttConnectOptions o;
    o.host = u.host();
    o.port = quint16(u.port(1883));
    o.clientId = u"hooksmith-test-publisher"_s;
    o.cleanStart = true;
    o.sessionExpirySeconds = 0;
    m_client.setOptions(o);
    connect(&m_client, &MqttClient::connected, this, &MqttPublisher::pump);
    connect(&m_client, &MqttClient::canPublish, this, &MqttPublisher::pump);
    connect(&m_client, &MqttClient::published, this, [this](quint16 id) {
        const auto it = m_inFlight.find(id);
        if (it == m_inFlight.end())
            return;
        m_accepted.insert(it.value());
        m_inFlight.erase(it);
    });
    connect(&m_client, &MqttClient::disconnected, this, [this] {
        // Not acknowledged: not accepted; sent again on the next connection.
        for (const int i : std::as_const(m_inFlight))
            m_toSend.prepend(i);
        m_inFlight.clear();
        ++m_reconnects;
        QTimer::singleShot(200, &m_client, &MqttClient::connectToBroker);
    });
}

void MqttPublisher::publishRange(int from, int to)
{
    for (int i = from; i < to; ++i)
        m_toSend.append(i);
    if (m_client.state() == MqttClient::State::Disconnected)
        m_client.connectToBroker();
    else
        pump();
}

void MqttPublisher::pump()
{
    while (!m_toSend.isEmpty()) {
        const int i = m_toSend.front();
        const qint32 id = m_client.publish(m_topicFor(i), m_payloadFor(i), 1, {{u"message-id"_s, u"test-%1"_s.arg(i)}});
        if (id < 0)
            return;
        m_toSend.pop_front();
        m_inFlight.insert(quint16(id), i);
    }
}

bool MqttPublisher::waitAllAccepted(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_toSend.isEmpty() && m_inFlight.isEmpty())
            return true;
        QTest::qWait(20);
    }
    return false;
}

} // namespace hooksmith::test

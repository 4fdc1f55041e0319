#pragma once

#include "MqttClient.h"

#include <QMap>
#include <QProcess>
#include <QSet>
#include <QString>

namespace hooksmith::test {

/// A real Mosquitto broker (the `mosquitto` binary) on a free loopback port, with a generated config and a
/// persistence file in `dir`, so that a restart keeps sessions and queued messages.
class MosquittoBroker
{
public:
    explicit MosquittoBroker(QString dir);
    ~MosquittoBroker();

    /// Lines added to the generated configuration (before start()).
    void addConfig(const QString& lines) { m_extra += lines + u'\n'; }
    bool start();
    /// SIGTERM (Mosquitto writes its persistence file), then wait.
    bool stop();
    bool restart() { return stop() && start(); }
    quint16 port() const { return m_port; }
    QString url() const;
    QString log() const;

private:
    QString m_dir;
    QString m_extra;
    quint16 m_port = 0;
    QProcess m_process;
};

/// Publishes numbered messages with QoS 1 and a `message-id` user property, as fast as the broker's Receive
/// Maximum allows, and keeps track of which ones the broker acknowledged ("accepted"). A message the broker
/// had not acknowledged when the connection broke is sent again after a reconnect.
class MqttPublisher : public QObject
{
    Q_OBJECT
public:
    /// `topicFor(i)` and `payloadFor(i)` make message i.
    MqttPublisher(QString url, std::function<QString(int)> topicFor, std::function<QByteArray(int)> payloadFor,
                  QObject* parent = nullptr);

    /// Sends messages [from, to).
    void publishRange(int from, int to);
    bool waitAllAccepted(int timeoutMs);
    const QSet<int>& accepted() const { return m_accepted; }
    int reconnects() const { return m_reconnects; }

private:
    void pump();

    MqttClient m_client;
    std::function<QString(int)> m_topicFor;
    std::function<QByteArray(int)> m_payloadFor;
    QList<int> m_toSend;
    QMap<quint16, int> m_inFlight;
    QSet<int> m_accepted;
    int m_reconnects = 0;
};

} // namespace hooksmith::test

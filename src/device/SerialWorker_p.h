#pragma once

#include "BoardCatalog.h"
#include "SerialSignalSource.h"

#include <QObject>

class QSerialPort;
class QTimer;

namespace hooksmith {

/// Lives on the SerialSignalSource's thread and owns the QSerialPort.
class SerialWorker : public QObject
{
    Q_OBJECT
public:
    SerialWorker(const QString& path, const SerialSettings& settings);

public Q_SLOTS:
    void open();
    void close();
    void write(const QByteArray& bytes);

Q_SIGNALS:
    void opened(const hooksmith::PortInfo& info);
    void openFailed(const QString& message, int retryMs);
    void lost(const QString& message, int retryMs);
    void bytesRead(const QByteArray& bytes);

private:
    void tryOpen();
    void onError(QSerialPort::SerialPortError error);
    void dropPort(const QString& message);
    int nextRetry();
    QString describeOpenError() const;

    QString m_path;
    SerialSettings m_settings;
    QSerialPort* m_port = nullptr;
    QTimer* m_retry = nullptr;
    int m_retryMs = 0;
    bool m_wanted = false;   ///< open() was called and close() not since
    bool m_dropping = false; ///< a hang-up is being handled (Qt repeats ReadError until close)
};

} // namespace hooksmith

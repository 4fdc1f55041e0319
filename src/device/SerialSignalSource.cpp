#include "SerialSignalSource.h"

#include "SerialWorker_p.h"

#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace hooksmith {

QString SerialSettings::summary() const
{
    QChar parityLetter = u'N';
    switch (parity) {
    case QSerialPort::EvenParity:
        parityLetter = u'E';
        break;
    case QSerialPort::OddParity:
        parityLetter = u'O';
        break;
    case QSerialPort::SpaceParity:
        parityLetter = u'S';
        break;
    case QSerialPort::MarkParity:
        parityLetter = u'M';
        break;
    default:
        break;
    }
    const QString stop = stopBits == QSerialPort::TwoStop          ? u"2"_s
                         : stopBits == QSerialPort::OneAndHalfStop ? u"1.5"_s
                                                                   : u"1"_s;
    return u"%1 %2%3%4"_s.arg(baudRate).arg(int(dataBits)).arg(parityLetter).arg(stop);
}

// --- SerialWorker -----------------------------------------------------------------------------

SerialWorker::SerialWorker(const QString& path, const SerialSettings& settings)
    : m_path(path)
    , m_settings(settings)
    , m_port(new QSerialPort(this))
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &SerialWorker::tryOpen);
    connect(m_port, &QSerialPort::readyRead, this, [this] {
        const QByteArray bytes = m_port->readAll();
        if (!bytes.isEmpty())
            Q_EMIT bytesRead(bytes);
    });
    connect(m_port, &QSerialPort::errorOccurred, this, &SerialWorker::onError);
}

void SerialWorker::open()
{
    m_wanted = true;
    m_retryMs = 0;
    m_retry->stop();
    tryOpen();
}

void SerialWorker::close()
{
    m_wanted = false;
    m_retry->stop();
    if (m_port->isOpen())
        m_port->close();
}

void SerialWorker::write(const QByteArray& bytes)
{
    if (m_port->isOpen() && !m_dropping)
        m_port->write(bytes);
}

void SerialWorker::tryOpen()
{
    if (!m_wanted || m_port->isOpen())
        return;
    m_dropping = false;
    m_port->setPortName(m_path);
    m_port->setBaudRate(m_settings.baudRate);
    m_port->setDataBits(m_settings.dataBits);
    m_port->setParity(m_settings.parity);
    m_port->setStopBits(m_settings.stopBits);
    m_port->setFlowControl(m_settings.flowControl);
    if (!m_port->open(QIODevice::ReadWrite)) {
        const QString message = describeOpenError();
        const int retryMs = nextRetry();
        m_retry->start(retryMs);
        Q_EMIT openFailed(message, retryMs);
        return;
    }
    m_retryMs = 0;
    // Listing the ports takes milliseconds: fine here, off the GUI thread.
    Q_EMIT opened(BoardCatalog::fromPath(m_path, BoardCatalog::systemPorts()));
}

void SerialWorker::onError(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError || !m_port->isOpen() || m_dropping)
        return;
    // On hang-up Qt 6.4 reports ReadError at every read notification until the port is closed.
    // Close it from the event loop (not inside Qt's notifier) and ignore the repeats meanwhile.
    m_dropping = true;
    const QString message = m_port->errorString();
    QMetaObject::invokeMethod(
        this, [this, message] { dropPort(message); }, Qt::QueuedConnection);
}

void SerialWorker::dropPort(const QString& message)
{
    if (!m_port->isOpen())
        return;
    m_port->close();
    m_port->clearError();
    if (!m_wanted)
        return;
    m_retryMs = m_settings.firstRetryMs;
    m_retry->start(m_retryMs);
    Q_EMIT lost(message, m_retryMs);
}

int SerialWorker::nextRetry()
{
    m_retryMs = m_retryMs <= 0 ? m_settings.firstRetryMs : std::min(m_retryMs * 2, m_settings.maxRetryMs);
    return m_retryMs;
}

QString SerialWorker::describeOpenError() const
{
    const QString detail = m_port->errorString();
    switch (m_port->error()) {
    case QSerialPort::DeviceNotFoundError:
        return SerialSignalSource::tr("%1 is not there (unplugged?)").arg(m_path);
    case QSerialPort::PermissionError:
        // Qt reports a port locked by another program as a permission error.
        if (detail.contains(u"lock"_s, Qt::CaseInsensitive))
            return SerialSignalSource::tr("%1 is in use by another program (close its serial terminal)").arg(m_path);
        return SerialSignalSource::tr("no permission to open %1 (%2); add yourself to the \"dialout\" group and "
                                      "log in again")
            .arg(m_path, detail);
    default:
        return SerialSignalSource::tr("cannot open %1: %2").arg(m_path, detail);
    }
}

// --- SerialSignalSource -------------------------------------------------------------------------

SerialSignalSource::SerialSignalSource(const QString& portPath, const SerialSettings& settings, QObject* parent)
    : SignalSource(parent)
    , m_portPath(portPath)
    , m_settings(settings)
    , m_thread(settings.ownThread ? new QThread(this) : nullptr)
    , m_worker(new SerialWorker(portPath, settings))
{
    if (m_thread) {
        m_thread->setObjectName(u"Serial "_s + portPath);
        m_worker->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    }
    connect(m_worker, &SerialWorker::opened, this, &SerialSignalSource::onOpened);
    connect(m_worker, &SerialWorker::openFailed, this, &SerialSignalSource::onOpenFailed);
    connect(m_worker, &SerialWorker::lost, this, &SerialSignalSource::onLost);
    connect(m_worker, &SerialWorker::bytesRead, this, &SerialSignalSource::onBytes);
    connect(this, &SignalSource::signalReceived, this, [this](const Signal& s) {
        if (s.deviceToken.isEmpty() && !m_askedForDevice) {
            m_askedForDevice = true;
            Q_EMIT deviceUnidentified();
        }
    });
    if (m_thread)
        m_thread->start();
}

SerialSignalSource::~SerialSignalSource()
{
    // The worker closes its port when it is deleted, at the end of its thread.
    QMetaObject::invokeMethod(m_worker, &SerialWorker::close);
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    } else {
        delete m_worker;
    }
}

QString SerialSignalSource::id() const
{
    return u"serial:"_s + m_portPath;
}

QString SerialSignalSource::displayName() const
{
    const QString board = m_portInfo.board.label();
    if (board.isEmpty())
        return m_portPath;
    return tr("%1 on %2").arg(board, m_portPath);
}

void SerialSignalSource::start()
{
    if (state() != State::Stopped && state() != State::Failed)
        return;
    m_askedForDevice = false;
    setState(State::Connecting, tr("opening %1 at %2").arg(m_portPath, m_settings.summary()));
    QMetaObject::invokeMethod(m_worker, &SerialWorker::open);
}

void SerialSignalSource::stop()
{
    if (state() == State::Stopped)
        return;
    QMetaObject::invokeMethod(m_worker, &SerialWorker::close);
    endOfBrokenStream();
    setState(State::Stopped);
}

void SerialSignalSource::setKnownDevices(const QList<Device>& devices)
{
    m_knownDevices = devices;
    if (state() == State::Connected)
        matchDevice();
}

bool SerialSignalSource::write(const QByteArray& bytes)
{
    if (state() != State::Connected)
        return false;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, bytes] { w->write(bytes); });
    return true;
}

bool SerialSignalSource::sendLine(const QString& line)
{
    return write(line.toUtf8() + '\r');
}

bool SerialSignalSource::sendInterrupt()
{
    return write(QByteArray("\x03", 1));
}

void SerialSignalSource::setParsingEnabled(bool enabled)
{
    if (enabled == m_parsing)
        return;
    m_parsing = enabled;
    discardPartialLine();
}

void SerialSignalSource::onOpened(const PortInfo& info)
{
    if (state() == State::Stopped)
        return;
    m_portInfo = info;
    discardPartialLine();
    matchDevice();
    setState(State::Connected, m_settings.summary());
}

void SerialSignalSource::onOpenFailed(const QString& message, int retryMs)
{
    if (state() == State::Stopped)
        return;
    setState(State::Waiting, tr("%1; trying again in %2 s").arg(message).arg(retryMs / 1000.0, 0, 'g', 2));
}

void SerialSignalSource::onLost(const QString& message, int retryMs)
{
    if (state() == State::Stopped)
        return;
    endOfBrokenStream();
    m_askedForDevice = false;
    setState(State::Waiting,
             tr("the board went away (%1); trying again in %2 s").arg(message).arg(retryMs / 1000.0, 0, 'g', 2));
}

void SerialSignalSource::onBytes(const QByteArray& bytes)
{
    if (state() != State::Connected)
        return;
    Q_EMIT rawDataReceived(bytes);
    if (m_parsing)
        processBytes(bytes);
}

void SerialSignalSource::matchDevice()
{
    // Precedence: @device (handled by SignalSource), then the USB serial number, then the owner's
    // choice. A different board may come back on the same port: match again at every open.
    if (!m_matchedToken.isEmpty() && fallbackDeviceToken() == m_matchedToken)
        setFallbackDeviceToken(m_ownerToken);
    m_matchedToken.clear();
    m_ownerToken = fallbackDeviceToken();
    const QString serial = m_portInfo.serialNumber;
    if (serial.isEmpty())
        return;
    for (const Device& d : std::as_const(m_knownDevices)) {
        if (!d.usbSerial.isEmpty() && d.usbSerial.compare(serial, Qt::CaseInsensitive) == 0) {
            m_matchedToken = d.token;
            setFallbackDeviceToken(d.token);
            Q_EMIT deviceMatched(d.token, serial);
            return;
        }
    }
}

} // namespace hooksmith

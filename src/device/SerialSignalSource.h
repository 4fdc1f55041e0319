#pragma once

#include "BoardCatalog.h"
#include "Model.h"
#include "SignalSource.h"

#include <QSerialPort>

class QThread;

namespace hooksmith {

class SerialWorker;

/// How to talk to a board: 115200 8N1 without flow control, as Pycom boards do.
struct SerialSettings
{
    qint32 baudRate = 115200;
    QSerialPort::DataBits dataBits = QSerialPort::Data8;
    QSerialPort::Parity parity = QSerialPort::NoParity;
    QSerialPort::StopBits stopBits = QSerialPort::OneStop;
    QSerialPort::FlowControl flowControl = QSerialPort::NoFlowControl;
    int firstRetryMs = 250; ///< after the board went away; doubles up to maxRetryMs
    int maxRetryMs = 5000;
    /// Reads the port on a thread of its own (the app: painting never delays a read, nor a flood of output
    /// the window). Off, the port is read on the owner's thread, one thread hand-off less per line (the
    /// relay, whose event loop does little besides).
    bool ownThread = true;

    /// "115200 8N1".
    QString summary() const;
};

/// A board on a serial port (USB or a pseudo-terminal). The port is opened, read and reopened on
/// a thread of its own (unless SerialSettings::ownThread is off), so that a slow open or a flood of
/// output never stalls the GUI; events arrive on the owner's thread. After an unplug it retries with back-off until the
/// board is back.
class SerialSignalSource : public SignalSource
{
    Q_OBJECT
public:
    explicit SerialSignalSource(const QString& portPath, const SerialSettings& settings = {},
                                QObject* parent = nullptr);
    ~SerialSignalSource() override;

    QString id() const override;
    QString displayName() const override;
    void start() override;
    void stop() override;

    QString portPath() const { return m_portPath; }
    SerialSettings settings() const { return m_settings; }
    /// What the system said about the port when it was last opened (USB ids, serial number).
    PortInfo portInfo() const { return m_portInfo; }

    /// The workspace's devices: a board that does not announce itself is matched by USB serial.
    void setKnownDevices(const QList<Device>& devices);

    /// Sends bytes to the board as they are. False when the port is not open.
    bool write(const QByteArray& bytes);
    /// Sends a line as typed at the REPL (ends it with CR).
    bool sendLine(const QString& line);
    /// Sends Ctrl-C, which interrupts the board's running program.
    bool sendInterrupt();

    /// While off, received bytes are only reported by rawDataReceived() (the raw REPL uploader
    /// uses that); when turned on again, parsing starts afresh at the next line.
    void setParsingEnabled(bool enabled);
    bool parsingEnabled() const { return m_parsing; }

Q_SIGNALS:
    /// Every chunk read from the port, parsed or not.
    void rawDataReceived(const QByteArray& bytes);
    /// The board's USB serial number matched a workspace device.
    void deviceMatched(const QString& token, const QString& usbSerial);
    /// A signal arrived and nothing says which device the board is (no @device, no USB serial
    /// match, no fallback): the owner should ask the user and call setFallbackDeviceToken().
    void deviceUnidentified();

private:
    void onOpened(const hooksmith::PortInfo& info);
    void onOpenFailed(const QString& message, int retryMs);
    void onLost(const QString& message, int retryMs);
    void onBytes(const QByteArray& bytes);
    void matchDevice();

    QString m_portPath;
    SerialSettings m_settings;
    QThread* m_thread = nullptr;
    SerialWorker* m_worker = nullptr;
    PortInfo m_portInfo;
    QList<Device> m_knownDevices;
    QString m_matchedToken; ///< the fallback this source set from a USB serial match
    QString m_ownerToken;   ///< the fallback the owner set, restored when another board comes
    bool m_parsing = true;
    bool m_askedForDevice = false;
};

} // namespace hooksmith

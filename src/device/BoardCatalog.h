#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

class QSerialPortInfo;

namespace hooksmith {

/// What a serial port is, as far as its USB ids tell.
struct BoardIdentity
{
    enum class Kind : quint8
    {
        PycomBoard,    ///< a Pycom board or expansion board, ready
        PycomFirmware, ///< a Pycom board in firmware update (DFU) mode: no REPL
        PossibleBoard, ///< a USB serial adapter Pycom boards are known to use (FTDI, CP210x, CH34x)
        Other,         ///< some other serial port
        Link,          ///< a path given by the user (e.g. a pseudo-terminal from socat)
    };

    Kind kind = Kind::Other;
    QString name;   ///< e.g. "Pysense", "Expansion Board 2.0", "FTDI adapter"
    QString detail; ///< e.g. "in firmware update mode", "possible board"

    /// "Pysense", "Pysense (in firmware update mode)", "FTDI adapter (possible board)", "".
    QString label() const;
    bool operator==(const BoardIdentity&) const = default;
};

/// One serial port: what the system says about it, and which board it is.
struct PortInfo
{
    QString portName;       ///< "ttyACM0", or the path given for a link
    QString systemLocation; ///< the path to open: "/dev/ttyACM0", "/tmp/x/board"
    QString description;
    QString manufacturer;
    QString serialNumber; ///< the USB serial number, matched against Device::usbSerial
    std::optional<quint16> vendorId;
    std::optional<quint16> productId;
    BoardIdentity board;

    /// "04D8:F012", or "" without USB ids.
    QString usbId() const;
    bool operator==(const PortInfo&) const = default;
};

/// Knows Pycom's USB ids and turns what the system reports into PortInfo.
class BoardCatalog
{
    Q_DECLARE_TR_FUNCTIONS(BoardCatalog)
public:
    static constexpr quint16 kMicrochipVendor = 0x04D8;
    static constexpr quint16 kFtdiVendor = 0x0403;
    static constexpr quint16 kSiliconLabsVendor = 0x10C4;
    static constexpr quint16 kWchVendor = 0x1A86;

    static BoardIdentity identify(std::optional<quint16> vendorId, std::optional<quint16> productId);
    static PortInfo fromQt(const QSerialPortInfo& info);
    /// A port given by path (a pseudo-terminal link, /dev/serial/by-id/..., a device node). A path
    /// that resolves to a port the system lists gets that port's details.
    static PortInfo fromPath(const QString& path, const QList<PortInfo>& systemPorts = {});
    /// Every serial port the system lists (takes a few milliseconds: call it off the GUI thread).
    static QList<PortInfo> systemPorts();

    /// The port `--serial auto` means: the only ready Pycom board, else the only possible board.
    static Result<PortInfo> autoSelect(const QList<PortInfo>& ports);
};

} // namespace hooksmith

Q_DECLARE_METATYPE(hooksmith::PortInfo)

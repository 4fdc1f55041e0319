#include "BoardCatalog.h"

#include <QFileInfo>
#include <QSerialPortInfo>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

struct PycomProduct
{
    quint16 normal;
    quint16 dfu;
    const char* name;
};

// Pycom's own boards (Microchip vendor id), normal and firmware update (DFU) product ids.
constexpr PycomProduct kPycomProducts[] = {
    {0xF012, 0xF011, "Pysense"}, {0xF013, 0xF014, "Pytrack"},
    {0xEF38, 0xEF37, "Pyscan"},  {0xEF98, 0xEF99, "Expansion Board v3"},
    {0xED14, 0xED15, "Pygate"},
};

constexpr quint16 kFtdiFt230x = 0x6015; // the bridge on Pycom's Expansion Board 2.0

} // namespace

QString BoardIdentity::label() const
{
    if (detail.isEmpty())
        return name;
    if (name.isEmpty())
        return detail;
    return name + u" ("_s + detail + u')';
}

QString PortInfo::usbId() const
{
    if (!vendorId || !productId)
        return {};
    return u"%1:%2"_s.arg(*vendorId, 4, 16, QChar(u'0')).arg(*productId, 4, 16, QChar(u'0')).toUpper();
}

BoardIdentity BoardCatalog::identify(std::optional<quint16> vendorId, std::optional<quint16> productId)
{
    BoardIdentity id;
    if (!vendorId)
        return id;
    const quint16 vid = *vendorId;
    const quint16 pid = productId.value_or(0);
    if (vid == kMicrochipVendor && productId) {
        for (const PycomProduct& p : kPycomProducts) {
            if (pid == p.normal) {
                id.kind = BoardIdentity::Kind::PycomBoard;
                id.name = QString::fromLatin1(p.name);
                return id;
            }
            if (pid == p.dfu) {
                id.kind = BoardIdentity::Kind::PycomFirmware;
                id.name = QString::fromLatin1(p.name);
                id.detail = tr("in firmware update mode");
                return id;
            }
        }
        return id;
    }
    if (vid == kFtdiVendor && pid == kFtdiFt230x && productId) {
        id.kind = BoardIdentity::Kind::PycomBoard;
        id.name = tr("Expansion Board 2.0");
        return id;
    }
    if (vid == kFtdiVendor)
        id.name = tr("FTDI adapter");
    else if (vid == kSiliconLabsVendor)
        id.name = tr("CP210x adapter");
    else if (vid == kWchVendor)
        id.name = tr("CH34x adapter");
    else
        return id;
    id.kind = BoardIdentity::Kind::PossibleBoard;
    id.detail = tr("possible board");
    return id;
}

PortInfo BoardCatalog::fromQt(const QSerialPortInfo& info)
{
    PortInfo p;
    p.portName = info.portName();
    p.systemLocation = info.systemLocation();
    p.description = info.description();
    p.manufacturer = info.manufacturer();
    p.serialNumber = info.serialNumber();
    if (info.hasVendorIdentifier())
        p.vendorId = info.vendorIdentifier();
    if (info.hasProductIdentifier())
        p.productId = info.productIdentifier();
    p.board = identify(p.vendorId, p.productId);
    return p;
}

PortInfo BoardCatalog::fromPath(const QString& path, const QList<PortInfo>& systemPorts)
{
    const QFileInfo fi(path);
    const QString target = fi.canonicalFilePath();
    for (const PortInfo& s : systemPorts) {
        if (!target.isEmpty() && (s.systemLocation == target || s.systemLocation == path)) {
            PortInfo p = s;
            p.portName = path;
            p.systemLocation = path;
            return p;
        }
    }
    PortInfo p;
    p.portName = path;
    p.systemLocation = path;
    p.board.kind = BoardIdentity::Kind::Link;
    if (target.isEmpty())
        p.description = tr("not present");
    else if (target.startsWith(u"/dev/pts/"_s))
        p.description = tr("pseudo-terminal %1").arg(target);
    else if (target != fi.absoluteFilePath())
        p.description = tr("link to %1").arg(target);
    return p;
}

QList<PortInfo> BoardCatalog::systemPorts()
{
    QList<PortInfo> out;
    const QList<QSerialPortInfo> infos = QSerialPortInfo::availablePorts();
    out.reserve(infos.size());
    for (const QSerialPortInfo& i : infos)
        out.append(fromQt(i));
    return out;
}

Result<PortInfo> BoardCatalog::autoSelect(const QList<PortInfo>& ports)
{
    QList<PortInfo> ready;
    QList<PortInfo> possible;
    QStringList updating;
    for (const PortInfo& p : ports) {
        if (p.board.kind == BoardIdentity::Kind::PycomBoard)
            ready.append(p);
        else if (p.board.kind == BoardIdentity::Kind::PossibleBoard)
            possible.append(p);
        else if (p.board.kind == BoardIdentity::Kind::PycomFirmware)
            updating.append(p.systemLocation);
    }
    const QList<PortInfo>& candidates = ready.isEmpty() ? possible : ready;
    if (candidates.size() == 1)
        return candidates.front();
    if (candidates.size() > 1) {
        QStringList names;
        for (const PortInfo& p : candidates)
            names.append(p.systemLocation + u" ("_s + p.board.label() + u')');
        return Error(tr("several boards are connected (%1); choose one with --serial PORT").arg(names.join(u", "_s)));
    }
    if (!updating.isEmpty()) {
        return Error(tr("the board on %1 is in firmware update mode; unplug it and plug it in again without "
                        "holding the button")
                         .arg(updating.join(u", "_s)));
    }
    return Error(tr("no Pycom board or USB serial adapter is connected; run \"hooksmith-cli ports\" to see the "
                    "serial ports"));
}

} // namespace hooksmith

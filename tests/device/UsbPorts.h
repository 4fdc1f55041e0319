#pragma once

// Port listings as a USB board would show up in them, for tests that choose or identify boards.
#include "BoardCatalog.h"

namespace hooksmith::test {

/// A port at /dev/NAME with the given USB vendor and product id and serial number, identified through
/// the board catalogue.
inline PortInfo usbPort(const QString& name, quint16 vid, quint16 pid, const QString& serial = {})
{
    PortInfo p;
    p.portName = name;
    p.systemLocation = QStringLiteral("/dev/") + name;
    p.vendorId = vid;
    p.productId = pid;
    p.serialNumber = serial;
    p.board = BoardCatalog::identify(vid, pid);
    return p;
}

} // namespace hooksmith::test

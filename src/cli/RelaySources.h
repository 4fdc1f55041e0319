#pragma once

#include "BoardCatalog.h"
#include "Cli.h"
#include "Model.h"
#include "Result.h"
#include "SignalSource.h"

#include <functional>

namespace hooksmith::cli {

/// What `--serial SPEC` names among `ports`: "auto" (the only Pycom board, else the only possible board:
/// BoardCatalog::autoSelect), a port name the system lists ("ttyACM0"), or a path (a device node, a
/// /dev/serial/by-id link, a pseudo-terminal). A path need not exist yet: the relay waits for it.
Result<PortInfo> resolveSerialPort(const QString& spec, const QList<PortInfo>& ports);

/// The path to keep opening `port` by: its link in `byIdDir` when there is one, which follows the same
/// board when it comes back as another ttyACM after a replug; else the port's own path.
QString stableSerialPath(const PortInfo& port, const QString& byIdDir = QStringLiteral("/dev/serial/by-id"));

/// Writes one line of the relay's log.
using RelayLog = std::function<void(const QString& line)>;

/// The source behind `hooksmith-cli relay --serial PORT` (a port path or name, or "auto"), matched against
/// the workspace's devices by USB serial number, with its state changes and the devices it is attributed
/// to logged. Returns nullptr after logging why there is none (exit code 2).
SignalSource* createSerialSource(const QString& port, const Workspace& workspace, const RelayLog& log);

} // namespace hooksmith::cli

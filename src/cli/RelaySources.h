#pragma once

#include "Cli.h"
#include "Model.h"
#include "SignalSource.h"

namespace hooksmith::cli {

/// The source behind `hooksmith-cli relay --serial PORT` (a port path or name, or "auto" for the first
/// Pycom board found). Returns a source that the relay starts, or nullptr after printing why there is
/// none (exit code 2).
SignalSource* createSerialSource(const QString& port, const Workspace& workspace, Io& io);

} // namespace hooksmith::cli

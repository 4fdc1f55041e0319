#include "RelaySources.h"

namespace hooksmith::cli {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(RelayCommand)
};

} // namespace

SignalSource* createSerialSource(const QString& port, const Workspace& workspace, Io& io)
{
    Q_UNUSED(workspace);
    io.err << Tr::tr("hooksmith-cli relay: --serial %1: this build reads no serial ports; use --stdin, e.g. "
                     "\"cat /dev/ttyACM0 | hooksmith-cli relay WORKSPACE --stdin\"")
                  .arg(port)
           << '\n';
    return nullptr;
}

} // namespace hooksmith::cli

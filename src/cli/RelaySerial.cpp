#include "RelaySources.h"
#include "SerialSignalSource.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace hooksmith::cli {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(RelayCommand)
};

QString stateName(SignalSource::State state)
{
    switch (state) {
    case SignalSource::State::Stopped:
        return Tr::tr("stopped");
    case SignalSource::State::Connecting:
        return Tr::tr("connecting");
    case SignalSource::State::Connected:
        return Tr::tr("connected");
    case SignalSource::State::Waiting:
        return Tr::tr("waiting");
    case SignalSource::State::Failed:
        return Tr::tr("failed");
    }
    return {};
}

} // namespace

Result<PortInfo> resolveSerialPort(const QString& spec, const QList<PortInfo>& ports)
{
    if (spec.isEmpty())
        return Error(Tr::tr("--serial needs a port: a path such as /dev/ttyACM0, or auto"));
    if (spec == u"auto"_s)
        return BoardCatalog::autoSelect(ports);
    if (!spec.contains(u'/')) {
        // A bare name as `hooksmith-cli ports` shows it in its PORT column without /dev/.
        for (const PortInfo& p : ports) {
            if (p.portName == spec)
                return p;
        }
    }
    return BoardCatalog::fromPath(spec, ports);
}

QString stableSerialPath(const PortInfo& port, const QString& byIdDir)
{
    const QString target = QFileInfo(port.systemLocation).canonicalFilePath();
    if (target.isEmpty() || (!port.vendorId && port.serialNumber.isEmpty()))
        return port.systemLocation;
    const QDir dir(byIdDir);
    for (const QFileInfo& link : dir.entryInfoList(QDir::Files | QDir::System | QDir::NoDotAndDotDot, QDir::Name)) {
        if (link.isSymLink() && link.canonicalFilePath() == target)
            return link.absoluteFilePath();
    }
    return port.systemLocation;
}

SignalSource* createSerialSource(const QString& port, const Workspace& workspace, const RelayLog& logLine)
{
    const Result<PortInfo> chosen = resolveSerialPort(port, BoardCatalog::systemPorts());
    if (!chosen) {
        logLine(Tr::tr("hooksmith-cli relay: --serial %1: %2").arg(port, chosen.errorMessage()));
        return nullptr;
    }
    const bool automatic = port == u"auto"_s;
    const QString path = automatic ? stableSerialPath(*chosen) : chosen->systemLocation;
    if (automatic) {
        QString found = chosen->systemLocation;
        if (!chosen->board.label().isEmpty())
            found = Tr::tr("%1 on %2").arg(chosen->board.label(), found);
        if (path != chosen->systemLocation)
            found += u" ("_s + path + u')';
        logLine(Tr::tr("relay: --serial auto: %1").arg(found));
    }

    // Read on the relay's own thread, where the dispatcher is: one hand-off less between the board's line and
    // the request.
    SerialSettings settings;
    settings.ownThread = false;
    auto* source = new SerialSignalSource(path, settings);
    source->setKnownDevices(workspace.devices);
    const QList<Device> devices = workspace.devices;
    const auto deviceName = [devices](const QString& token) -> std::optional<QString> {
        for (const Device& d : devices) {
            if (d.token == token)
                return d.name;
        }
        return std::nullopt;
    };
    const auto prefix = [source]() -> QString {
        return u"relay: "_s + source->portPath() + u": "_s;
    };
    // A board away for hours retries every few seconds: say so once per state, not at every try.
    auto lastLogged = std::make_shared<std::optional<SignalSource::State>>();
    QObject::connect(source, &SignalSource::stateChanged, source,
                     [logLine, prefix, lastLogged](SignalSource::State state, const QString& detail) {
                         if (*lastLogged == state)
                             return;
                         *lastLogged = state;
                         QString line = prefix() + stateName(state);
                         if (!detail.isEmpty())
                             line += u" ("_s + detail + u')';
                         logLine(line);
                     });
    QObject::connect(source, &SignalSource::deviceAnnounced, source,
                     [logLine, prefix, deviceName](const QString& token, const QString& name) {
                         const std::optional<QString> known = deviceName(token);
                         QString who = token;
                         if (known && !known->isEmpty())
                             who = Tr::tr("%1 (%2)").arg(*known, token);
                         else if (!name.isEmpty())
                             who = Tr::tr("%1 (%2)").arg(name, token);
                         logLine(prefix() + Tr::tr("the board announced device %1%2")
                                                .arg(who, known ? QString() : Tr::tr(", not in the workspace")));
                     });
    QObject::connect(source, &SerialSignalSource::deviceMatched, source,
                     [logLine, prefix, deviceName](const QString& token, const QString& usbSerial) {
                         const QString name = deviceName(token).value_or(QString());
                         logLine(
                             prefix() +
                             Tr::tr("USB serial number %1 is device %2").arg(usbSerial, name.isEmpty() ? token : name));
                     });
    return source;
}

} // namespace hooksmith::cli

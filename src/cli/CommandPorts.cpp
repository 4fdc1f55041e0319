#include "BoardCatalog.h"
#include "Cli.h"
#include "Commands.h"
#include "Json.h"
#include "LogSink.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace hooksmith::cli {

namespace {

QString kindName(BoardIdentity::Kind kind)
{
    switch (kind) {
    case BoardIdentity::Kind::PycomBoard:
        return u"pycom"_s;
    case BoardIdentity::Kind::PycomFirmware:
        return u"pycom-firmware-update"_s;
    case BoardIdentity::Kind::PossibleBoard:
        return u"possible-board"_s;
    case BoardIdentity::Kind::Link:
        return u"link"_s;
    case BoardIdentity::Kind::Other:
        break;
    }
    return u"other"_s;
}

JsonValue optionalText(const QString& s)
{
    return s.isEmpty() ? JsonValue::null() : JsonValue::string(s);
}

JsonValue hexId(std::optional<quint16> id)
{
    if (!id)
        return JsonValue::null();
    return JsonValue::string(u"%1"_s.arg(*id, 4, 16, QChar(u'0')).toUpper());
}

JsonValue toJson(const PortInfo& p)
{
    return JsonValue::object({
        {u"port"_s, JsonValue::string(p.systemLocation)},
        {u"name"_s, JsonValue::string(p.portName)},
        {u"vendorId"_s, hexId(p.vendorId)},
        {u"productId"_s, hexId(p.productId)},
        {u"serialNumber"_s, optionalText(p.serialNumber)},
        {u"description"_s, optionalText(p.description)},
        {u"manufacturer"_s, optionalText(p.manufacturer)},
        {u"board"_s, JsonValue::object({
                         {u"kind"_s, JsonValue::string(kindName(p.board.kind))},
                         {u"name"_s, optionalText(p.board.name)},
                         {u"detail"_s, optionalText(p.board.detail)},
                     })},
    });
}

} // namespace

QString PortsCommand::name() const
{
    return u"ports"_s;
}

QString PortsCommand::summary() const
{
    return tr("List serial ports and the Pycom board on each.");
}

QStringList PortsCommand::tableRow(const PortInfo& p)
{
    const QString dash = u"-"_s;
    const auto orDash = [&](const QString& s) {
        return s.isEmpty() ? dash : s;
    };
    QString description = p.description;
    if (!p.manufacturer.isEmpty() && !description.contains(p.manufacturer))
        description = description.isEmpty() ? p.manufacturer : description + u" ("_s + p.manufacturer + u')';
    // The serial number, description and manufacturer are what the device's USB descriptor says: any
    // bytes at all. Escaped, they cannot drive the terminal or break the table's lines.
    QStringList row{p.systemLocation, orDash(p.usbId()), orDash(p.serialNumber), orDash(p.board.label()),
                    orDash(description)};
    for (QString& cell : row)
        cell = escapeControl(cell);
    return row;
}

QString PortsCommand::formatTable(const QList<PortInfo>& ports)
{
    QList<QStringList> rows = {{tr("PORT"), tr("USB ID"), tr("SERIAL"), tr("BOARD"), tr("DESCRIPTION")}};
    for (const PortInfo& p : ports)
        rows.append(tableRow(p));
    QList<qsizetype> widths(rows.front().size(), 0);
    for (const QStringList& r : std::as_const(rows)) {
        for (qsizetype i = 0; i < r.size(); ++i)
            widths[i] = std::max(widths[i], r[i].size());
    }
    QString out;
    for (const QStringList& r : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < r.size(); ++i)
            line += i + 1 < r.size() ? r[i].leftJustified(widths[i] + 2) : r[i];
        out += line + u'\n';
    }
    return out;
}

int PortsCommand::run(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the serial ports with their USB vendor:product ids and serial numbers, and names the Pycom board "
           "on each (Pysense, Pytrack, Pyscan, Expansion Board, Pygate; \"in firmware update mode\" for the DFU "
           "ids). FTDI, CP210x and CH34x adapters are shown as possible boards.\n"
           "PATH adds ports the system does not list, such as a pseudo-terminal made by socat."));
    const QCommandLineOption json(u"json"_s, tr("Print one JSON array instead of a table."));
    parser.addOption(json);
    parser.addPositionalArgument(u"PATH"_s, tr("Extra port paths to show."), u"[PATH...]"_s);
    if (auto code = CommandSupport::parse(parser, name(), u"[--json] [PATH...]"_s, args, io))
        return *code;

    QList<PortInfo> ports = BoardCatalog::systemPorts();
    const QList<PortInfo> system = ports;
    bool missing = false;
    for (const QString& path : parser.positionalArguments()) {
        if (!QFileInfo::exists(path)) {
            io.err << tr("hooksmith-cli ports: %1: no such port (is the board plugged in, or socat running?)").arg(path)
                   << '\n';
            missing = true;
            continue;
        }
        ports.append(BoardCatalog::fromPath(path, system));
    }

    if (parser.isSet(json)) {
        JsonValue::Array items;
        for (const PortInfo& p : std::as_const(ports))
            items.append(toJson(p));
        io.out << escapeJsonControls(JsonValue::array(std::move(items)).toJson()) << '\n';
    } else {
        io.out << formatTable(ports);
        if (ports.isEmpty())
            io.out << tr("(no serial ports found)") << '\n';
    }
    return missing ? ExitBadInput : ExitOk;
}

} // namespace hooksmith::cli

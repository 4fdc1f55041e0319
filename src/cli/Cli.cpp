#include "Cli.h"

#include "Validator.h"
#include "Version.h"
#include "WorkspaceFile.h"

using namespace Qt::StringLiterals;

namespace hooksmith::cli {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    using Self = Tr;
};

void printUsage(QTextStream& s)
{
    s << Tr::tr("Usage: hooksmith-cli COMMAND [options]") << "\n\n"
      << Tr::tr("Design, test and run webhooks fired by device signals.") << "\n\n"
      << Tr::tr("Commands:") << '\n';
    for (const auto& c : allCommands())
        s << "  " << c->name().leftJustified(10) << ' ' << c->summary() << '\n';
    s << '\n'
      << Tr::tr("Run \"hooksmith-cli COMMAND --help\" for a command's options.") << '\n'
      << Tr::tr("Exit codes: 0 success, 1 a delivery failed, 2 bad input or usage.") << '\n';
}

} // namespace

int run(const QStringList& args, Io& io)
{
    if (args.isEmpty()) {
        printUsage(io.err);
        return ExitBadInput;
    }
    const QString& first = args.front();
    if (first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        printUsage(io.out);
        return ExitOk;
    }
    if (first == u"--version"_s) {
        io.out << "hooksmith-cli " << HOOKSMITH_VERSION << '\n';
        return ExitOk;
    }
    for (const auto& c : allCommands()) {
        if (c->name() == first)
            return c->run(args.mid(1), io);
    }
    io.err << Tr::tr("hooksmith-cli: unknown command \"%1\"; run \"hooksmith-cli --help\" for the list").arg(first)
           << '\n';
    return ExitBadInput;
}

std::optional<int> CommandSupport::parse(QCommandLineParser& parser, const QString& name, const QString& usage,
                                         const QStringList& args, Io& io)
{
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList all = args;
    all.prepend(u"hooksmith-cli"_s);
    const bool ok = parser.parse(all);
    if (ok && parser.isSet(help)) {
        QString text = parser.helpText();
        const qsizetype lineEnd = text.indexOf(u'\n');
        text = tr("Usage: hooksmith-cli %1 %2").arg(name, usage) + text.mid(lineEnd);
        io.out << text;
        return ExitOk;
    }
    if (!ok) {
        io.err << tr("hooksmith-cli %1: %2; see \"hooksmith-cli %1 --help\"").arg(name, parser.errorText()) << '\n';
        return ExitBadInput;
    }
    return std::nullopt;
}

std::optional<Workspace> CommandSupport::loadWorkspace(const QString& path, Io& io)
{
    LoadResult loaded = WorkspaceFile::load(path);
    for (const Problem& p : loaded.problems)
        io.err << p.format(path) << '\n';
    return loaded.workspace;
}

QCommandLineOption CommandSupport::environmentOption()
{
    return QCommandLineOption(u"env"_s,
                              tr("The environment whose {{var:NAME}} variables apply (default: the workspace's "
                                 "first environment)."),
                              u"NAME"_s);
}

bool CommandSupport::chooseEnvironment(Workspace& ws, const QString& name, const QString& path, Io& io)
{
    if (name.isEmpty() || ws.findEnvironment(name)) {
        ws.activeEnvironmentName = name;
        return true;
    }
    QStringList names;
    for (const Environment& e : ws.environments)
        names.append(u'"' + e.name + u'"');
    io.err << path << ": "
           << (names.isEmpty()
                   ? tr("--env: no environment named \"%1\": the workspace has no environments").arg(name)
                   : tr("--env: no environment named \"%1\" (the workspace has %2)").arg(name, names.join(u", "_s)))
           << '\n';
    return false;
}

QString CommandSupport::webhookSubject(const Webhook& webhook)
{
    return u"webhook \""_s + webhook.name + u'"';
}

const Webhook* CommandSupport::findWebhook(const Workspace& ws, const QString& path, const QString& key, Io& io)
{
    if (const Webhook* w = ws.findWebhook(key))
        return w;
    QStringList names;
    for (const Webhook& w : ws.webhooks)
        names.append(u'"' + w.name + u'"');
    io.err << path << ": "
           << (names.isEmpty() ? tr("no webhook named \"%1\": the workspace has no webhooks").arg(key)
                               : tr("no webhook named \"%1\" (the workspace has %2)").arg(key, names.join(u", "_s)))
           << '\n';
    return nullptr;
}

const Device* CommandSupport::chooseDevice(const Workspace& ws, const Webhook& webhook, const QString& path,
                                           const QString& key, Io& io)
{
    if (!key.isEmpty()) {
        if (const Device* d = ws.findDevice(key))
            return d;
        if (key == sampleDevice().token || key == sampleDevice().name)
            return &sampleDevice();
        io.err << path << ": " << tr("no device named \"%1\" or with that token").arg(key) << '\n';
        return nullptr;
    }
    for (const QString& token : webhook.devices) {
        if (const Device* d = ws.deviceByToken(token))
            return d;
    }
    return &sampleDevice();
}

std::optional<Signal> CommandSupport::makeSignal(const QString& number, const QString& value,
                                                 const QString& deviceToken, Io& io)
{
    bool ok = false;
    const qint64 n = number.toLongLong(&ok);
    if (!ok) {
        io.err << tr("-s: \"%1\" is not a signal number (0 to 254)").arg(number) << '\n';
        return std::nullopt;
    }
    if (Status st = SignalValues::checkNumber(n); !st) {
        io.err << "-s: " << st.errorMessage() << '\n';
        return std::nullopt;
    }
    auto v = SignalValues::fromArgument(value);
    if (!v) {
        io.err << "-v: " << v.errorMessage() << '\n';
        return std::nullopt;
    }
    Signal s;
    s.deviceToken = deviceToken;
    s.number = int(n);
    s.value = std::move(v).value();
    s.receivedAt = QDateTime::currentDateTimeUtc();
    return s;
}

bool CommandSupport::checkWebhook(const Workspace& ws, const Webhook& webhook, const QString& path, Io& io)
{
    const int index = int(&webhook - ws.webhooks.constData());
    bool ok = true;
    for (const Problem& p : Validator::validateWebhook(ws, index)) {
        if (p.isError()) {
            io.err << p.format(path) << '\n';
            ok = false;
        }
    }
    return ok;
}

SignalChoice::SignalChoice()
    : webhookOpt(QStringList{u"w"_s, u"webhook"_s}, tr("The webhook, by name or id."), u"WEBHOOK"_s)
    , deviceOpt(QStringList{u"d"_s, u"device"_s},
                tr("The device, by name or token (default: the webhook's first bound device, else the sample "
                   "device)."),
                u"DEVICE"_s)
    , signalOpt(QStringList{u"s"_s, u"signal"_s}, tr("The signal number, 0 to 254."), u"SIGNAL"_s)
    , valueOpt(QStringList{u"v"_s, u"value"_s},
               tr("The signal value as JSON (23.5, \"open\", [1,2]); other text is taken as a string."), u"VALUE"_s)
    , messageIdOpt(u"message-id"_s, tr("The MESSAGE_ID (default: a new one)."), u"ID"_s)
    , environmentOpt(CommandSupport::environmentOption())
{}

bool SignalChoice::checkUsage(const QCommandLineParser& parser, const QString& command, Io& io) const
{
    if (parser.positionalArguments().size() != 1) {
        io.err << tr("hooksmith-cli %1: give exactly one WORKSPACE file").arg(command) << '\n';
        return false;
    }
    for (const QCommandLineOption* required : {&webhookOpt, &signalOpt, &valueOpt}) {
        if (!parser.isSet(*required)) {
            io.err << tr("hooksmith-cli %1: -%2 is required; see \"hooksmith-cli %1 --help\"")
                          .arg(command, required->names().front())
                   << '\n';
            return false;
        }
    }
    return true;
}

bool SignalChoice::resolve(const QCommandLineParser& parser, Io& io)
{
    path = parser.positionalArguments().front();
    workspace = CommandSupport::loadWorkspace(path, io);
    if (!workspace)
        return false;
    if (!CommandSupport::chooseEnvironment(*workspace, parser.value(environmentOpt), path, io))
        return false;
    webhook = CommandSupport::findWebhook(*workspace, path, parser.value(webhookOpt), io);
    if (!webhook)
        return false;
    device = CommandSupport::chooseDevice(*workspace, *webhook, path, parser.value(deviceOpt), io);
    if (!device)
        return false;
    auto parsed = CommandSupport::makeSignal(parser.value(signalOpt), parser.value(valueOpt), device->token, io);
    if (!parsed)
        return false;
    signal = *parsed;
    return CommandSupport::checkWebhook(*workspace, *webhook, path, io);
}

QString SignalChoice::messageId(const QCommandLineParser& parser) const
{
    return parser.isSet(messageIdOpt) ? parser.value(messageIdOpt) : newMessageId();
}

} // namespace hooksmith::cli

#include "Cli.h"
#include "Commands.h"
#include "export/ExportFormats.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace hooksmith::cli {

namespace {

/// "door.hooksmith.json" -> "door"
QString instanceName(const QString& path)
{
    QString name = QFileInfo(path).fileName();
    for (const QString& suffix : {u".hooksmith.json"_s, u".json"_s}) {
        if (name.endsWith(suffix)) {
            name.chop(suffix.size());
            break;
        }
    }
    return name.isEmpty() ? u"hooksmith"_s : name;
}

bool writeFile(const QString& path, const ExportFile& file, Io& io)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(file.data) != file.data.size() || !f.commit()) {
        io.err << ExportCommand::tr("hooksmith-cli export: cannot write %1: %2").arg(path, f.errorString()) << '\n';
        return false;
    }
    if (file.executable)
        QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    return true;
}

} // namespace

QString ExportCommand::name() const
{
    return u"export"_s;
}

QString ExportCommand::summary() const
{
    return tr("Export webhooks for a server or for another tool (curl, HTTPie, Postman, Bruno, Node-RED).");
}

int ExportCommand::run(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    QString formats;
    for (const QString& f : ExportFormats::names())
        formats += u"\n  %1: %2"_s.arg(f, ExportFormats::description(f));
    parser.setApplicationDescription(
        tr("Writes what a webhook sends in a form another tool runs. With -s and -v the presets are filled "
           "with that signal (and -d's device); without them they are left as variables named after the "
           "presets. The environment's variables ({{var:NAME}}, of --env's environment, else the first) are "
           "written in, or kept as variables of the tool with --keep-vars; the server format carries every "
           "environment, the chosen one first. Secrets are always read from environment variables, never "
           "written out. What a format cannot carry is listed as a warning on standard error. Formats:%1")
            .arg(formats));
    parser.addPositionalArgument(u"WORKSPACE"_s, tr("The workspace file."), u"WORKSPACE"_s);
    SignalChoice choice;
    const QCommandLineOption webhooksOpt(QStringList{u"w"_s, u"webhook"_s},
                                         tr("A webhook, by name or id (repeat it for several)."), u"WEBHOOK"_s);
    const QCommandLineOption allOpt(u"all"_s, tr("Every webhook of the workspace."));
    const QCommandLineOption toOpt(QStringList{u"to"_s, u"format"_s},
                                   tr("The format: %1.").arg(ExportFormats::names().join(u", "_s)), u"FORMAT"_s);
    const QCommandLineOption keepOpt(u"keep-vars"_s,
                                     tr("Keep the environment's {{var:NAME}} as variables of the tool, with the "
                                        "environment's values, instead of writing their values in."));
    const QCommandLineOption outputOpt(QStringList{u"o"_s, u"output"_s},
                                       tr("The file (or directory, for server and several Bruno requests) to "
                                          "create; it must not exist. Default: standard output."),
                                       u"PATH"_s);
    parser.addOptions({webhooksOpt, allOpt, toOpt, choice.deviceOpt, choice.signalOpt, choice.valueOpt,
                       choice.messageIdOpt, choice.environmentOpt, keepOpt, outputOpt});
    if (auto code = CommandSupport::parse(parser, name(),
                                          u"[options] WORKSPACE (-w WEBHOOK... | --all) --to FORMAT [-d DEVICE -s "
                                          "SIGNAL -v VALUE] [--env NAME] [--keep-vars] [-o PATH]"_s,
                                          args, io))
        return *code;

    if (parser.positionalArguments().size() != 1) {
        io.err << tr("hooksmith-cli export: give exactly one WORKSPACE file") << '\n';
        return ExitBadInput;
    }
    const QString format = parser.value(toOpt);
    if (format.isEmpty()) {
        io.err << tr("hooksmith-cli export: --to FORMAT is required (%1)").arg(ExportFormats::names().join(u", "_s))
               << '\n';
        return ExitBadInput;
    }
    if (!ExportFormats::names().contains(format)) {
        io.err << tr("hooksmith-cli export: unknown format \"%1\" (known: %2)")
                      .arg(format, ExportFormats::names().join(u", "_s))
               << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(choice.signalOpt) != parser.isSet(choice.valueOpt)) {
        io.err << tr("hooksmith-cli export: -s and -v go together: give both to fill the presets, or neither to "
                     "leave them as variables")
               << '\n';
        return ExitBadInput;
    }
    const QStringList wanted = parser.values(webhooksOpt);
    if (ExportFormats::needsWebhook(format) && wanted.isEmpty() && !parser.isSet(allOpt)) {
        io.err << tr("hooksmith-cli export: choose the webhook with -w WEBHOOK (or --all)") << '\n';
        return ExitBadInput;
    }

    const QString path = parser.positionalArguments().front();
    std::optional<Workspace> ws = CommandSupport::loadWorkspace(path, io);
    if (!ws)
        return ExitBadInput;
    if (!CommandSupport::chooseEnvironment(*ws, parser.value(choice.environmentOpt), path, io))
        return ExitBadInput;
    ExportJob job;
    job.workspace = &*ws;
    job.instanceName = instanceName(path);
    job.variables = parser.isSet(keepOpt) ? ExportVariables::Keep : ExportVariables::Resolve;
    if (parser.isSet(allOpt)) {
        for (const Webhook& w : ws->webhooks)
            job.webhooks.append(&w);
    }
    for (const QString& key : wanted) {
        const Webhook* w = CommandSupport::findWebhook(*ws, path, key, io);
        if (!w)
            return ExitBadInput;
        if (!job.webhooks.contains(w))
            job.webhooks.append(w);
    }
    if (ExportFormats::needsWebhook(format) && job.webhooks.isEmpty()) {
        io.err << tr("%1: the workspace has no webhook to export").arg(path) << '\n';
        return ExitBadInput;
    }
    if (job.webhooks.size() > 1 && !ExportFormats::allowsSeveral(format)) {
        io.err << tr("hooksmith-cli export: %1 exports one webhook at a time (server, postman, bruno and "
                     "node-red take several)")
                      .arg(format)
               << '\n';
        return ExitBadInput;
    }
    for (const Webhook* w : job.webhooks) {
        if (!CommandSupport::checkWebhook(*ws, *w, path, io))
            return ExitBadInput;
    }

    ExportFill fill;
    const bool filling = parser.isSet(choice.signalOpt) || parser.isSet(choice.deviceOpt);
    if (filling && !job.webhooks.isEmpty()) {
        fill.device =
            CommandSupport::chooseDevice(*ws, *job.webhooks.front(), path, parser.value(choice.deviceOpt), io);
        if (!fill.device)
            return ExitBadInput;
        if (parser.isSet(choice.signalOpt)) {
            auto signal = CommandSupport::makeSignal(parser.value(choice.signalOpt), parser.value(choice.valueOpt),
                                                     fill.device->token, io);
            if (!signal)
                return ExitBadInput;
            signal->receivedAt = QDateTime::currentDateTimeUtc();
            fill.signal = *signal;
            fill.messageId = choice.messageId(parser);
        }
        job.fill = &fill;
    }

    const Result<ExportOutput> output = ExportFormats::run(format, job);
    if (!output) {
        io.err << path << ": " << output.errorMessage() << '\n';
        return ExitBadInput;
    }
    for (const QString& warning : output->warnings)
        io.err << tr("hooksmith-cli export: warning: %1").arg(warning) << '\n';

    const QString target = parser.value(outputOpt);
    if (output->directory) {
        if (target.isEmpty()) {
            io.err << tr("hooksmith-cli export: %1 writes a directory: name it with -o DIR").arg(format) << '\n';
            return ExitBadInput;
        }
        if (QFileInfo::exists(target)) {
            io.err << tr("hooksmith-cli export: %1 exists; choose a new directory").arg(target) << '\n';
            return ExitBadInput;
        }
        if (!QDir().mkpath(target)) {
            io.err << tr("hooksmith-cli export: cannot create the directory %1").arg(target) << '\n';
            return ExitBadInput;
        }
        for (const ExportFile& file : output->files) {
            if (!writeFile(QDir(target).filePath(file.name), file, io))
                return ExitBadInput;
        }
        io.out << tr("%1: wrote %2 file(s) into %3").arg(format).arg(output->files.size()).arg(target) << '\n';
        return ExitOk;
    }
    const ExportFile& file = output->files.front();
    if (target.isEmpty() || target == u"-"_s) {
        io.out << QString::fromUtf8(file.data);
        return ExitOk;
    }
    if (QFileInfo::exists(target)) {
        io.err << tr("hooksmith-cli export: %1 exists; choose a new file").arg(target) << '\n';
        return ExitBadInput;
    }
    return writeFile(target, file, io) ? ExitOk : ExitBadInput;
}

} // namespace hooksmith::cli

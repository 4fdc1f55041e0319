#include "Cli.h"
#include "Commands.h"
#include "Validator.h"

using namespace Qt::StringLiterals;

namespace hooksmith::cli {

QString ValidateCommand::name() const
{
    return u"validate"_s;
}

QString ValidateCommand::summary() const
{
    return tr("Check a workspace and print every problem.");
}

int ValidateCommand::run(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks WORKSPACE and prints every problem as FILE: webhook \"NAME\": field: message.\n"
           "Exits with 2 when there is an error; warnings alone exit with 0."));
    parser.addPositionalArgument(u"WORKSPACE"_s, tr("The workspace file."), u"WORKSPACE"_s);
    const QCommandLineOption environmentOpt = CommandSupport::environmentOption();
    parser.addOption(environmentOpt);
    if (auto code = CommandSupport::parse(parser, name(), u"[options] WORKSPACE"_s, args, io))
        return *code;
    if (parser.positionalArguments().size() != 1) {
        io.err << tr("hooksmith-cli validate: give exactly one WORKSPACE file") << '\n';
        return ExitBadInput;
    }
    const QString path = parser.positionalArguments().front();
    auto ws = CommandSupport::loadWorkspace(path, io);
    if (!ws)
        return ExitBadInput;
    if (!CommandSupport::chooseEnvironment(*ws, parser.value(environmentOpt), path, io))
        return ExitBadInput;
    QList<Problem> problems = Validator::validate(*ws);
    // Said of a file that is valid otherwise: next to errors it is noise.
    if (!hasErrors(problems))
        problems += Validator::identityNotes(*ws);
    for (const Problem& p : problems)
        (p.isError() ? io.err : io.out) << p.format(path) << '\n';
    if (hasErrors(problems))
        return ExitBadInput;
    io.out << tr("%1: valid (%n webhook(s)", nullptr, int(ws->webhooks.size())).arg(path)
           << tr(", %n device(s)", nullptr, int(ws->devices.size()))
           << tr(", %n signal definition(s))", nullptr, int(ws->signalDefs.size())) << '\n';
    return ExitOk;
}

} // namespace hooksmith::cli

#include "Cli.h"
#include "CliSecrets.h"
#include "Commands.h"
#include "SecretResolver.h"
#include "WorkspaceFile.h"
#include "import/CurlImport.h"
#include "import/PostmanImport.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace hooksmith::cli {

namespace {

/// The source text: the argument itself for curl ("-" reads standard input), the file for postman.
std::optional<QByteArray> readSource(const QString& kind, const QString& source, Io& io)
{
    if (kind == u"curl"_s && source != u"-"_s)
        return source.toUtf8();
    QFile file(source);
    const bool open = source == u"-"_s ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!open) {
        io.err << ImportCommand::tr("hooksmith-cli import: cannot read %1: %2").arg(source, file.errorString()) << '\n';
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

QString ImportCommand::name() const
{
    return u"import"_s;
}

QString ImportCommand::summary() const
{
    return tr("Turn a curl command or a Postman collection into webhooks.");
}

int ImportCommand::run(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads a curl command line (one argument, quoted for your shell; \"-\" reads it from standard input; "
           "a curl script written by \"hooksmith-cli export --to curl\" is read too) or a Postman collection file "
           "(v2.1) and prints the webhooks it describes as a workspace, or adds them to WORKSPACE with --into. "
           "Variables with values (collection variables, variables the script sets) become variables of the "
           "environments. What does not come across exactly is reported on standard error. A basic "
           "authentication password is never printed: with --into it is saved in the OS keychain, as the desktop "
           "app saves it."));
    parser.addPositionalArgument(u"KIND"_s, tr("curl or postman."), u"curl|postman"_s);
    parser.addPositionalArgument(u"SOURCE"_s, tr("The curl command, or the collection file."), u"SOURCE"_s);
    const QCommandLineOption intoOpt(u"into"_s, tr("Add the webhooks to this workspace file instead of printing them."),
                                     u"WORKSPACE"_s);
    parser.addOption(intoOpt);
    if (auto code =
            CommandSupport::parse(parser, name(), u"(curl 'curl ...' | postman FILE) [--into WORKSPACE]"_s, args, io))
        return *code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || (positional[0] != u"curl"_s && positional[0] != u"postman"_s)) {
        io.err << tr("hooksmith-cli import: give curl and a curl command, or postman and a collection file; see "
                     "\"hooksmith-cli import --help\"")
               << '\n';
        return ExitBadInput;
    }
    const QString kind = positional[0];
    const QString source = positional[1];
    const auto data = readSource(kind, source, io);
    if (!data)
        return ExitBadInput;

    // Parse: the source into webhooks.
    Result<ImportResult> imported =
        kind == u"curl"_s ? CurlImport::parse(QString::fromUtf8(*data)) : PostmanImport::parse(*data);
    if (!imported) {
        const QString origin = kind == u"curl"_s ? tr("the curl command") : source;
        io.err << tr("hooksmith-cli import: %1: %2").arg(origin, imported.errorMessage()) << '\n';
        return ExitBadInput;
    }
    for (const QString& warning : imported->warnings)
        io.err << tr("hooksmith-cli import: warning: %1").arg(warning) << '\n';

    // Act: print them, or add them to the workspace.
    if (!parser.isSet(intoOpt)) {
        Workspace ws;
        addImportedWebhooks(ws, imported->webhooks);
        for (const QString& note : addImportedEnvironment(ws, imported->environment))
            io.err << tr("hooksmith-cli import: %1").arg(note) << '\n';
        for (const ImportedWebhook& w : imported->webhooks) {
            if (w.password) {
                io.err << tr("hooksmith-cli import: the password of %1 is not printed; add the webhook with --into "
                             "WORKSPACE to keep it in the keychain, or set it later with \"hooksmith-cli secret set "
                             "WORKSPACE -w '%2' --field password\"")
                              .arg(CommandSupport::webhookSubject(w.webhook), w.webhook.name)
                       << '\n';
            }
        }
        io.out << QString::fromUtf8(WorkspaceFile::serialize(ws));
        return ExitOk;
    }

    const QString path = parser.value(intoOpt);
    auto ws = CommandSupport::loadWorkspace(path, io);
    if (!ws) {
        io.err << tr("hooksmith-cli import: %1 was left as it is").arg(path) << '\n';
        return ExitBadInput;
    }
    const QStringList names = addImportedWebhooks(*ws, imported->webhooks);
    const QStringList notes = addImportedEnvironment(*ws, imported->environment);
    if (const Status saved = WorkspaceFile::save(path, *ws); !saved) {
        io.err << tr("hooksmith-cli import: %1 was not written: %2").arg(path, saved.errorMessage()) << '\n';
        return ExitBadInput;
    }

    // Report, and keep the passwords in the keychain.
    std::unique_ptr<SecretStore> store;
    for (const ImportedWebhook& w : imported->webhooks) {
        if (!w.password)
            continue;
        const QString retry =
            tr("set it with \"hooksmith-cli secret set %1 -w '%2' --field password\"").arg(path, w.webhook.name);
        const Result<Origin> origin = SecretResolver::originOf(*ws, w.webhook, systemEnvironment());
        if (!origin) {
            io.err << tr("hooksmith-cli import: the password of %1 was not saved: cannot tell which server it is for "
                         "(%2); %3")
                          .arg(CommandSupport::webhookSubject(w.webhook), origin.errorMessage(), retry)
                   << '\n';
            continue;
        }
        if (!store)
            store = CliSecrets::openStore();
        const SecretKey key = SecretResolver::keyFor(*ws, w.webhook, SecretKey::Field::Password);
        const Status st = CliSecrets::write(*store, key, StoredSecret{*w.password, *origin}.encode());
        if (!store->isPersistent()) {
            io.err << tr("hooksmith-cli import: the password of %1 was not saved. %2 Then %3")
                          .arg(CommandSupport::webhookSubject(w.webhook), CliSecrets::noKeychainMessage(*store), retry)
                   << '\n';
        } else if (!st) {
            io.err << tr("hooksmith-cli import: the password of %1 was not saved: %2; %3")
                          .arg(CommandSupport::webhookSubject(w.webhook), st.errorMessage(), retry)
                   << '\n';
        } else {
            io.out << tr("Saved the password of %1 in the keychain, for %2.")
                          .arg(CommandSupport::webhookSubject(w.webhook), origin->toString())
                   << '\n';
        }
    }
    QStringList quoted;
    for (const QString& n : names)
        quoted.append(u'"' + n + u'"');
    io.out << tr("Added %n webhook(s) to %1: %2", nullptr, int(names.size())).arg(path, quoted.join(u", "_s)) << '\n';
    for (const QString& note : notes)
        io.out << note << '\n';
    return ExitOk;
}

} // namespace hooksmith::cli

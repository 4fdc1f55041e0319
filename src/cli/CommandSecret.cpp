#include "Cli.h"
#include "CliSecrets.h"
#include "Commands.h"
#include "SecretResolver.h"
#include "Signing.h"

#include <QFile>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace hooksmith::cli {

namespace {

/// Reads the value for `set` from standard input: the whole input from a pipe or file, one line typed
/// without echo from a terminal. Trailing line ends are dropped, so `echo pw |` works.
std::optional<QString> readValue(const QString& prompt, Io& io)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray data;
#ifdef Q_OS_UNIX
    if (::isatty(STDIN_FILENO) == 1) {
        io.err << prompt;
        io.err.flush();
        termios saved{};
        const bool quiet = ::tcgetattr(STDIN_FILENO, &saved) == 0;
        if (quiet) {
            termios noEcho = saved;
            noEcho.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &noEcho);
        }
        data = in.readLine();
        if (quiet)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        io.err << '\n';
    } else
#else
    Q_UNUSED(prompt)
    Q_UNUSED(io)
#endif
    {
        data = in.readAll();
    }
    while (data.endsWith('\n') || data.endsWith('\r'))
        data.chop(1);
    return QString::fromUtf8(data);
}

} // namespace

QString SecretCommand::name() const
{
    return u"secret"_s;
}

QString SecretCommand::summary() const
{
    return tr("Set, show or delete a webhook's secret in the OS keychain.");
}

int SecretCommand::run(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Keeps a webhook's basic authentication password or signing secret in the OS keychain, where the "
           "desktop app keeps them too (the workspace file leaves the field out). \"set\" reads the value from "
           "standard input, never from the command line, so that it stays out of shell history and process "
           "lists. \"get\" prints ****, or says \"not set\" on standard error with exit code 2; the value only with "
           "--reveal."));
    parser.addPositionalArgument(u"ACTION"_s, tr("set, get or delete."), u"set|get|delete"_s);
    parser.addPositionalArgument(u"WORKSPACE"_s, tr("The workspace file."), u"WORKSPACE"_s);
    const QCommandLineOption webhookOpt(QStringList{u"w"_s, u"webhook"_s}, tr("The webhook, by name or id."),
                                        u"WEBHOOK"_s);
    const QCommandLineOption fieldOpt(u"field"_s, tr("Which secret: password or signing-secret."), u"FIELD"_s);
    const QCommandLineOption revealOpt(u"reveal"_s, tr("get: print the secret itself instead of ****."));
    parser.addOptions({webhookOpt, fieldOpt, revealOpt});
    if (auto code = CommandSupport::parse(
            parser, name(), u"set|get|delete WORKSPACE -w WEBHOOK --field password|signing-secret"_s, args, io))
        return *code;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        io.err << tr("hooksmith-cli secret: give an action (set, get or delete) and one WORKSPACE file") << '\n';
        return ExitBadInput;
    }
    const QString action = positional[0];
    if (action != u"set"_s && action != u"get"_s && action != u"delete"_s) {
        io.err << tr("hooksmith-cli secret: unknown action \"%1\"; use set, get or delete").arg(action) << '\n';
        return ExitBadInput;
    }
    if (!parser.isSet(webhookOpt)) {
        io.err << tr("hooksmith-cli secret: -w is required; see \"hooksmith-cli secret --help\"") << '\n';
        return ExitBadInput;
    }
    const auto field = SecretKey::fieldFromName(parser.value(fieldOpt));
    if (!field) {
        io.err << (parser.isSet(fieldOpt)
                       ? tr("--field: \"%1\" is not a secret field; use password or signing-secret")
                             .arg(parser.value(fieldOpt))
                       : tr("hooksmith-cli secret: --field is required (password or signing-secret)"))
               << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(revealOpt) && action != u"get"_s) {
        io.err << tr("hooksmith-cli secret: --reveal only goes with get") << '\n';
        return ExitBadInput;
    }

    const QString path = positional[1];
    const auto ws = CommandSupport::loadWorkspace(path, io);
    if (!ws)
        return ExitBadInput;
    const Webhook* webhook = CommandSupport::findWebhook(*ws, path, parser.value(webhookOpt), io);
    if (!webhook)
        return ExitBadInput;

    const bool isPassword = *field == SecretKey::Field::Password;
    const QString subject =
        tr("the %1 of %2").arg(SecretResolver::fieldDescription(*field), CommandSupport::webhookSubject(*webhook));
    // The keychain value is used only when the webhook needs the field and the file leaves it out.
    const bool used =
        isPassword ? webhook->auth.type == AuthType::Basic : webhook->signing.scheme != SigningScheme::None;
    const bool inFile = isPassword ? webhook->auth.password.has_value() : webhook->signing.secret.has_value();
    if (action != u"delete"_s) {
        if (!used) {
            io.err << path << ": "
                   << (isPassword ? tr("note: %1 does not use basic authentication, so this password is not used")
                                  : tr("note: %1 does not sign its requests, so this signing secret is not used"))
                          .arg(CommandSupport::webhookSubject(*webhook))
                   << '\n';
        } else if (inFile) {
            io.err << path << ": "
                   << tr("note: the workspace file gives %1 for %2, which is used instead of the keychain")
                          .arg(isPassword ? u"auth.password"_s : u"signing.secret"_s,
                               CommandSupport::webhookSubject(*webhook))
                   << '\n';
        }
    }

    const SecretKey key = SecretResolver::keyFor(*ws, *webhook, *field);
    std::unique_ptr<SecretStore> store;

    if (action == u"set"_s) {
        const auto value = readValue(tr("%1: ").arg(subject.at(0).toUpper() + subject.mid(1)), io);
        if (!value || value->isEmpty()) {
            io.err << tr("hooksmith-cli secret set: no value on standard input; for example: "
                         "printf '%s' \"$SECRET\" | hooksmith-cli secret set ...")
                   << '\n';
            return ExitBadInput;
        }
        if (!isPassword && webhook->signing.scheme != SigningScheme::None) {
            if (Status st = Signer::checkSecret(webhook->signing.scheme, *value); !st) {
                io.err << path << ": " << CommandSupport::webhookSubject(*webhook) << ": " << st.errorMessage() << '\n';
                return ExitBadInput;
            }
        }
        // The secret is saved for the server the webhook's URL points to now: it is refused for any other.
        const Result<Origin> origin = SecretResolver::originOf(*ws, *webhook, systemEnvironment());
        if (!origin) {
            io.err << tr("hooksmith-cli secret: %1 was not saved: cannot tell which server it is for (%2); set what "
                         "the URL needs, then try again")
                          .arg(subject, origin.errorMessage())
                   << '\n';
            return ExitBadInput;
        }
        store = CliSecrets::openStore();
        const Status st = CliSecrets::write(*store, key, StoredSecret{*value, *origin}.encode());
        if (!store->isPersistent()) {
            io.err
                << tr("hooksmith-cli secret: %1 was not saved. %2").arg(subject, CliSecrets::noKeychainMessage(*store))
                << '\n';
            return ExitBadInput;
        }
        if (!st) {
            io.err << tr("hooksmith-cli secret: %1 was not saved: %2").arg(subject, st.errorMessage()) << '\n';
            return ExitBadInput;
        }
        io.out << tr("Saved %1 in the keychain, for %2.").arg(subject, origin->toString()) << '\n';
        return ExitOk;
    }

    store = CliSecrets::openStore();
    if (action == u"delete"_s) {
        const Status st = CliSecrets::remove(*store, key);
        if (!store->isPersistent()) {
            io.err << tr("hooksmith-cli secret: %1 cannot be deleted. %2")
                          .arg(subject, CliSecrets::noKeychainMessage(*store))
                   << '\n';
            return ExitBadInput;
        }
        if (!st) {
            io.err << tr("hooksmith-cli secret: %1 was not deleted: %2").arg(subject, st.errorMessage()) << '\n';
            return ExitBadInput;
        }
        io.out << tr("Deleted %1 from the keychain (if it was there).").arg(subject) << '\n';
        return ExitOk;
    }

    const auto value = CliSecrets::read(*store, key);
    if (!store->isPersistent()) {
        io.err << tr("hooksmith-cli secret: %1 cannot be read. %2").arg(subject, CliSecrets::noKeychainMessage(*store))
               << '\n';
        return ExitBadInput;
    }
    if (!value) {
        io.err << tr("hooksmith-cli secret: %1 could not be read: %2").arg(subject, value.errorMessage()) << '\n';
        return ExitBadInput;
    }
    if (!value.value()) {
        // Exit code 1 means "a delivery failed" everywhere in the CLI: a missing secret is bad input.
        io.err << tr("hooksmith-cli secret: %1 is not set").arg(subject) << '\n';
        return ExitBadInput;
    }
    const StoredSecret entry = StoredSecret::decode(*value.value());
    const Result<Origin> now = SecretResolver::originOf(*ws, *webhook, systemEnvironment());
    if (!entry.origin) {
        io.err << path << ": "
               << tr("note: %1 was saved before Hooksmith recorded origins: its first use binds it to the server it "
                     "is sent to")
                      .arg(subject)
               << '\n';
    } else if (now && *now != *entry.origin) {
        io.err << path << ": " << tr("note: ")
               << SecretOrigins::mismatchMessage(
                      tr("%1 of %2")
                          .arg(SecretResolver::fieldDescription(*field), CommandSupport::webhookSubject(*webhook)),
                      *entry.origin, *now)
               << '\n';
    }
    io.out << (parser.isSet(revealOpt) ? entry.value : u"****"_s) << '\n';
    return ExitOk;
}

} // namespace hooksmith::cli

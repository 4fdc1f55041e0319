#include "Cli.h"
#include "CliSecrets.h"
#include "Commands.h"
#include "EnvReferences.h"
#include "SecretResolver.h"
#include "Signing.h"

#include <QFile>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <variant>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace hooksmith::cli {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecretCommand)
};

enum class Action : quint8
{
    Set,
    Get,
    Delete
};

/// What the command line asks for, checked for usage: a webhook's field (-w, --field) or a secret
/// variable (--var), in the environment --env.
struct Request
{
    Action action = Action::Get;
    QString path;
    QString webhook;
    std::optional<SecretKey::Field> field;
    QString environment;
    QString variable;
    bool reveal = false;
};

/// The keychain entry a request is about, and what the workspace says about its use.
struct Target
{
    SecretKey key;
    QString subject;   ///< "the password of webhook "Door"", for messages
    QString what;      ///< "password of webhook "Door"", for SecretOrigins::mismatchMessage()
    QStringList notes; ///< why the keychain value would not be used, said before set and get
    /// set: the origin the value is saved for (none: its first use binds it), or why it cannot be told
    Result<std::optional<Origin>> saveFor = std::optional<Origin>{};
    /// get: where the secret is sent now, when that is one origin
    std::optional<Origin> usedFor;
    /// set: whether a value can be stored (a signing secret's form)
    std::function<Status(const QString&)> check;
};

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
    return tr("Set, show or delete a webhook's secret or a secret variable in the OS keychain.");
}

namespace {

const QString kUsage = u"set|get|delete WORKSPACE (-w WEBHOOK --field password|signing-secret | --env NAME --var "
                       "VARIABLE)"_s;

/// Checks the command line; prints what is wrong and returns the exit code when the command stops there.
std::variant<Request, int> parseRequest(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Keeps a webhook's basic authentication password or signing secret, or the value of a secret "
               "variable of an environment, in the OS keychain, where the desktop app keeps them too (the "
               "workspace file leaves them out). \"set\" reads the value from standard input, never from the "
               "command line, so that it stays out of shell history and process lists. \"get\" prints ****, or "
               "says \"not set\" on standard error with exit code 2; the value only with --reveal."));
    parser.addPositionalArgument(u"ACTION"_s, Tr::tr("set, get or delete."), u"set|get|delete"_s);
    parser.addPositionalArgument(u"WORKSPACE"_s, Tr::tr("The workspace file."), u"WORKSPACE"_s);
    const QCommandLineOption webhookOpt(QStringList{u"w"_s, u"webhook"_s}, Tr::tr("The webhook, by name or id."),
                                        u"WEBHOOK"_s);
    const QCommandLineOption fieldOpt(u"field"_s, Tr::tr("Which secret: password or signing-secret."), u"FIELD"_s);
    const QCommandLineOption variableOpt(
        u"var"_s, Tr::tr("A secret variable of the environment given with --env, instead of -w and --field."),
        u"VARIABLE"_s);
    const QCommandLineOption environmentOpt = CommandSupport::environmentOption();
    const QCommandLineOption revealOpt(u"reveal"_s, Tr::tr("get: print the secret itself instead of ****."));
    parser.addOptions({webhookOpt, fieldOpt, variableOpt, environmentOpt, revealOpt});
    if (auto code = CommandSupport::parse(parser, u"secret"_s, kUsage, args, io))
        return *code;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        io.err << Tr::tr("hooksmith-cli secret: give an action (set, get or delete) and one WORKSPACE file") << '\n';
        return int(ExitBadInput);
    }
    Request r;
    const QString action = positional[0];
    if (action == u"set"_s) {
        r.action = Action::Set;
    } else if (action == u"get"_s) {
        r.action = Action::Get;
    } else if (action == u"delete"_s) {
        r.action = Action::Delete;
    } else {
        io.err << Tr::tr("hooksmith-cli secret: unknown action \"%1\"; use set, get or delete").arg(action) << '\n';
        return int(ExitBadInput);
    }
    r.path = positional[1];
    r.webhook = parser.value(webhookOpt);
    r.variable = parser.value(variableOpt);
    r.environment = parser.value(environmentOpt);
    r.reveal = parser.isSet(revealOpt);
    if (parser.isSet(webhookOpt) == parser.isSet(variableOpt)) {
        io.err << (parser.isSet(webhookOpt)
                       ? Tr::tr("hooksmith-cli secret: give -w (a webhook's secret) or --var (a secret variable), "
                                "not both")
                       : Tr::tr("hooksmith-cli secret: -w or --var is required; see \"hooksmith-cli secret "
                                "--help\""))
               << '\n';
        return int(ExitBadInput);
    }
    if (parser.isSet(variableOpt)) {
        if (parser.isSet(fieldOpt)) {
            io.err << Tr::tr("hooksmith-cli secret: --field goes with -w; a secret variable is named with --var")
                   << '\n';
            return int(ExitBadInput);
        }
    } else {
        r.field = SecretKey::fieldFromName(parser.value(fieldOpt));
        if (!r.field) {
            io.err << (parser.isSet(fieldOpt)
                           ? Tr::tr("--field: \"%1\" is not a secret field; use password or signing-secret")
                                 .arg(parser.value(fieldOpt))
                           : Tr::tr("hooksmith-cli secret: --field is required (password or signing-secret)"))
                   << '\n';
            return int(ExitBadInput);
        }
    }
    if (r.reveal && r.action != Action::Get) {
        io.err << Tr::tr("hooksmith-cli secret: --reveal only goes with get") << '\n';
        return int(ExitBadInput);
    }
    return r;
}

/// A webhook's password or signing secret: saved for the origin of its URL.
std::optional<Target> webhookTarget(const Workspace& ws, const Request& r, Io& io)
{
    const Webhook* webhook = CommandSupport::findWebhook(ws, r.path, r.webhook, io);
    if (!webhook)
        return std::nullopt;
    const SecretKey::Field field = *r.field;
    const bool isPassword = field == SecretKey::Field::Password;
    const QString webhookSubject = CommandSupport::webhookSubject(*webhook);
    Target t;
    t.key = SecretResolver::keyFor(ws, *webhook, field);
    t.what = Tr::tr("%1 of %2").arg(SecretResolver::fieldDescription(field), webhookSubject);
    t.subject = Tr::tr("the %1 of %2").arg(SecretResolver::fieldDescription(field), webhookSubject);
    // The keychain value is used only when the webhook needs the field and the file leaves it out.
    const bool used =
        isPassword ? webhook->auth.type == AuthType::Basic : webhook->signing.scheme != SigningScheme::None;
    const bool inFile = isPassword ? webhook->auth.password.has_value() : webhook->signing.secret.has_value();
    if (!used) {
        t.notes.append((isPassword ? Tr::tr("note: %1 does not use basic authentication, so this password is not used")
                                   : Tr::tr("note: %1 does not sign its requests, so this signing secret is not used"))
                           .arg(webhookSubject));
    } else if (inFile) {
        t.notes.append(Tr::tr("note: the workspace file gives %1 for %2, which is used instead of the keychain")
                           .arg(isPassword ? u"auth.password"_s : u"signing.secret"_s, webhookSubject));
    }
    // Saved for the server the webhook's URL points to now: it is refused for any other.
    const Result<Origin> origin = SecretResolver::originOf(ws, *webhook, systemEnvironment());
    if (origin) {
        t.saveFor = std::optional<Origin>(*origin);
        t.usedFor = *origin;
    } else {
        t.saveFor = Error(origin.errorMessage());
    }
    if (!isPassword && webhook->signing.scheme != SigningScheme::None) {
        const SigningScheme scheme = webhook->signing.scheme;
        t.check = [scheme, webhookSubject](const QString& value) -> Status {
            if (Status st = Signer::checkSecret(scheme, value); !st)
                return Error(webhookSubject + u": "_s + st.errorMessage());
            return Status::success();
        };
    }
    return t;
}

/// A secret variable of an environment. It is saved for the one origin the webhooks that use it send to;
/// when they send to several, or to none yet, its first use binds it.
std::optional<Target> variableTarget(const Workspace& ws, const Request& r, Io& io)
{
    const Environment* environment = ws.activeEnvironment();
    if (!environment) {
        io.err << r.path << ": "
               << Tr::tr("the workspace has no environments, so it has no variable %1; add one in Hooksmith "
                         "(Edit > Environments…)")
                      .arg(r.variable)
               << '\n';
        return std::nullopt;
    }
    const EnvVariable* variable = environment->variable(r.variable);
    if (!variable) {
        QStringList names;
        for (const EnvVariable& v : environment->variables)
            names.append(v.name);
        io.err << r.path << ": "
               << (names.isEmpty() ? Tr::tr("--var: environment \"%1\" has no variables").arg(environment->name)
                                   : Tr::tr("--var: environment \"%1\" has no variable %2 (it has %3)")
                                         .arg(environment->name, r.variable, names.join(u", "_s)))
               << '\n';
        return std::nullopt;
    }
    Target t;
    t.key = SecretResolver::variableKey(ws, environment->name, variable->name);
    t.what = Tr::tr("secret variable %1 of environment \"%2\"").arg(variable->name, environment->name);
    t.subject = Tr::tr("the secret variable %1 of environment \"%2\"").arg(variable->name, environment->name);
    if (!variable->secret) {
        t.notes.append(Tr::tr("note: the variable %1 of environment \"%2\" is not secret: its value in the workspace "
                              "file is used, not the keychain")
                           .arg(variable->name, environment->name));
    } else if (variable->value) {
        t.notes.append(
            Tr::tr("note: the workspace file gives %1 a value, which is used instead of the keychain").arg(t.subject));
    }
    QList<Origin> origins;
    bool allKnown = true;
    for (const Webhook& w : ws.webhooks) {
        const QList<EnvReference> refs = EnvReferences::findVariables(w);
        if (std::none_of(refs.cbegin(), refs.cend(), [&](const EnvReference& e) { return e.name == variable->name; }))
            continue;
        if (const Result<Origin> origin = SecretResolver::originOf(ws, w, systemEnvironment())) {
            if (!origins.contains(*origin))
                origins.append(*origin);
        } else {
            allKnown = false;
        }
    }
    if (allKnown && origins.size() == 1) {
        t.usedFor = origins.front();
        t.saveFor = t.usedFor;
    }
    return t;
}

int setSecret(const Target& t, const Request& r, Io& io)
{
    const auto value = readValue(Tr::tr("%1: ").arg(t.subject.at(0).toUpper() + t.subject.mid(1)), io);
    if (!value || value->isEmpty()) {
        io.err << Tr::tr("hooksmith-cli secret set: no value on standard input; for example: "
                         "printf '%s' \"$SECRET\" | hooksmith-cli secret set ...")
               << '\n';
        return ExitBadInput;
    }
    if (t.check) {
        if (Status st = t.check(*value); !st) {
            io.err << r.path << ": " << st.errorMessage() << '\n';
            return ExitBadInput;
        }
    }
    if (!t.saveFor) {
        io.err << Tr::tr("hooksmith-cli secret: %1 was not saved: cannot tell which server it is for (%2); set what "
                         "the URL needs, then try again")
                      .arg(t.subject, t.saveFor.errorMessage())
               << '\n';
        return ExitBadInput;
    }
    const std::optional<Origin> origin = *t.saveFor;
    const std::unique_ptr<SecretStore> store = CliSecrets::openStore();
    const Status st = CliSecrets::write(*store, t.key, StoredSecret{*value, origin}.encode());
    if (!store->isPersistent()) {
        io.err << Tr::tr("hooksmith-cli secret: %1 was not saved. %2")
                      .arg(t.subject, CliSecrets::noKeychainMessage(*store))
               << '\n';
        return ExitBadInput;
    }
    if (!st) {
        io.err << Tr::tr("hooksmith-cli secret: %1 was not saved: %2").arg(t.subject, st.errorMessage()) << '\n';
        return ExitBadInput;
    }
    if (origin) {
        io.out << Tr::tr("Saved %1 in the keychain, for %2.").arg(t.subject, origin->toString()) << '\n';
    } else {
        io.out << Tr::tr("Saved %1 in the keychain; its first use binds it to the server it is sent to.").arg(t.subject)
               << '\n';
    }
    return ExitOk;
}

int deleteSecret(const Target& t, Io& io)
{
    const std::unique_ptr<SecretStore> store = CliSecrets::openStore();
    const Status st = CliSecrets::remove(*store, t.key);
    if (!store->isPersistent()) {
        io.err << Tr::tr("hooksmith-cli secret: %1 cannot be deleted. %2")
                      .arg(t.subject, CliSecrets::noKeychainMessage(*store))
               << '\n';
        return ExitBadInput;
    }
    if (!st) {
        io.err << Tr::tr("hooksmith-cli secret: %1 was not deleted: %2").arg(t.subject, st.errorMessage()) << '\n';
        return ExitBadInput;
    }
    io.out << Tr::tr("Deleted %1 from the keychain (if it was there).").arg(t.subject) << '\n';
    return ExitOk;
}

int getSecret(const Target& t, const Request& r, Io& io)
{
    const std::unique_ptr<SecretStore> store = CliSecrets::openStore();
    const auto value = CliSecrets::read(*store, t.key);
    if (!store->isPersistent()) {
        io.err << Tr::tr("hooksmith-cli secret: %1 cannot be read. %2")
                      .arg(t.subject, CliSecrets::noKeychainMessage(*store))
               << '\n';
        return ExitBadInput;
    }
    if (!value) {
        io.err << Tr::tr("hooksmith-cli secret: %1 could not be read: %2").arg(t.subject, value.errorMessage()) << '\n';
        return ExitBadInput;
    }
    if (!value.value()) {
        // Exit code 1 means "a delivery failed" everywhere in the CLI: a missing secret is bad input.
        io.err << Tr::tr("hooksmith-cli secret: %1 is not set").arg(t.subject) << '\n';
        return ExitBadInput;
    }
    const StoredSecret entry = StoredSecret::decode(*value.value());
    if (!entry.origin && r.field) {
        io.err << r.path << ": "
               << Tr::tr("note: %1 was saved before Hooksmith recorded origins: its first use binds it to the server "
                         "it is sent to")
                      .arg(t.subject)
               << '\n';
    } else if (!entry.origin) {
        io.err << r.path << ": "
               << Tr::tr("note: %1 is not bound to a server yet: its first use binds it to the server it is sent to")
                      .arg(t.subject)
               << '\n';
    } else if (t.usedFor && *t.usedFor != *entry.origin) {
        io.err << r.path << ": " << Tr::tr("note: ")
               << SecretOrigins::mismatchMessage(t.what, *entry.origin, *t.usedFor) << '\n';
    }
    io.out << (r.reveal ? entry.value : u"****"_s) << '\n';
    return ExitOk;
}

} // namespace

int SecretCommand::run(const QStringList& args, Io& io)
{
    const std::variant<Request, int> parsed = parseRequest(args, io);
    if (const int* code = std::get_if<int>(&parsed))
        return *code;
    const Request& r = std::get<Request>(parsed);

    std::optional<Workspace> ws = CommandSupport::loadWorkspace(r.path, io);
    if (!ws || !CommandSupport::chooseEnvironment(*ws, r.environment, r.path, io))
        return ExitBadInput;
    const std::optional<Target> target = r.field ? webhookTarget(*ws, r, io) : variableTarget(*ws, r, io);
    if (!target)
        return ExitBadInput;
    if (r.action != Action::Delete) {
        for (const QString& note : target->notes)
            io.err << r.path << ": " << note << '\n';
    }
    switch (r.action) {
    case Action::Set:
        return setSecret(*target, r, io);
    case Action::Get:
        return getSecret(*target, r, io);
    case Action::Delete:
        return deleteSecret(*target, io);
    }
    return ExitBadInput;
}

} // namespace hooksmith::cli

#pragma once

#include "Model.h"
#include "Result.h"
#include "Signal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace hooksmith::cli {

/// Exit codes shared by every command.
enum ExitCode : int
{
    ExitOk = 0,
    ExitDeliveryFailed = 1,
    ExitBadInput = 2
};

/// Where a command writes. The executable passes stdout/stderr; tests pass strings.
struct Io
{
    QTextStream& out;
    QTextStream& err;
    /// Standard output is a terminal, read by a person: data printed there as it came (a response body)
    /// has its control characters escaped; to a file or a pipe it goes byte for byte.
    bool outIsTerminal = false;
};

/// One `hooksmith-cli` sub-command.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    /// `args` excludes the program and command names.
    virtual int run(const QStringList& args, Io& io) = 0;
};

/// Runs `hooksmith-cli` with `args` (without the program name).
int run(const QStringList& args, Io& io);

/// Helpers the commands share.
class CommandSupport
{
    Q_DECLARE_TR_FUNCTIONS(CommandSupport)
public:
    /// Parses `args` for command `name`; prints help or usage errors. Returns an exit code when the
    /// command should stop (help printed: 0, bad usage: 2).
    static std::optional<int> parse(QCommandLineParser& parser, const QString& name, const QString& usage,
                                    const QStringList& args, Io& io);

    /// Loads a workspace and prints why it could not be loaded.
    static std::optional<Workspace> loadWorkspace(const QString& path, Io& io);

    /// `--env NAME`: the environment whose {{var:NAME}} apply (default: the first).
    static QCommandLineOption environmentOption();
    /// Makes `name` the workspace's active environment (empty: the first); prints the known ones when
    /// the workspace has no such environment and returns false.
    static bool chooseEnvironment(Workspace& ws, const QString& name, const QString& path, Io& io);

    /// The webhook named (or with the id) `key`; prints what exists when it is not found.
    static const Webhook* findWebhook(const Workspace& ws, const QString& path, const QString& key, Io& io);

    /// The device named `key`, else the webhook's first bound device, else the sample device.
    static const Device* chooseDevice(const Workspace& ws, const Webhook& webhook, const QString& path,
                                      const QString& key, Io& io);

    /// Parses -s and -v into a signal (number range, value as JSON or else text).
    static std::optional<Signal> makeSignal(const QString& number, const QString& value, const QString& deviceToken,
                                            Io& io);

    /// Prints the webhook's validation problems; true when it has no errors.
    static bool checkWebhook(const Workspace& ws, const Webhook& webhook, const QString& path, Io& io);

    static QString webhookSubject(const Webhook& webhook);
};

/// The options that choose one signal for one webhook (`-w`, `-d`, `-s`, `-v`, `--message-id`), shared by
/// `render` and `send`, and what they resolve to. Not copyable: `webhook` and `device` point into
/// `workspace`.
class SignalChoice
{
    Q_DECLARE_TR_FUNCTIONS(SignalChoice)
public:
    SignalChoice();
    SignalChoice(const SignalChoice&) = delete;
    SignalChoice& operator=(const SignalChoice&) = delete;

    /// One WORKSPACE and the required -w, -s and -v are given; prints what is missing.
    bool checkUsage(const QCommandLineParser& parser, const QString& command, Io& io) const;
    /// Loads the workspace, finds the webhook and device, parses the signal and checks the webhook;
    /// prints what is wrong.
    bool resolve(const QCommandLineParser& parser, Io& io);
    /// --message-id, else a new one.
    QString messageId(const QCommandLineParser& parser) const;

    const QCommandLineOption webhookOpt;
    const QCommandLineOption deviceOpt;
    const QCommandLineOption signalOpt;
    const QCommandLineOption valueOpt;
    const QCommandLineOption messageIdOpt;
    const QCommandLineOption environmentOpt;

    QString path;
    std::optional<Workspace> workspace;
    const Webhook* webhook = nullptr;
    const Device* device = nullptr;
    Signal signal;
};

QList<std::shared_ptr<Command>> allCommands();

} // namespace hooksmith::cli

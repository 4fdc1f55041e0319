#pragma once

#include "Model.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace hooksmith::test {

/// `hooksmith-cli relay` as a real child process: stdin to write board lines to, stderr collected.
class RelayProcess : public QObject
{
    Q_OBJECT
public:
    explicit RelayProcess(QObject* parent = nullptr);
    ~RelayProcess() override;

    /// Starts the relay with `args` after "relay"; HOOKSMITH_DATA_DIR is set to `dataDir`, and `extraEnv`
    /// is added to (or replaces in) this process's environment.
    bool start(const QStringList& args, const QString& dataDir, const QProcessEnvironment& extraEnv = {});
    void write(const QByteArray& lines);
    void closeInput();
    /// Waits for the process to end by itself.
    bool waitForExit(int timeoutMs);
    /// SIGKILL, at once.
    void killHard();
    /// Sends `signalNumber` (SIGHUP, SIGTERM) to the running relay.
    bool sendSignal(int signalNumber);
    int exitCode() const { return m_process.exitCode(); }
    QString errorOutput() const { return m_stderr; }
    int countLines(const QString& needle) const;
    QProcess& process() { return m_process; }

    static QString executable();
    /// Writes `workspace` into `dir` and returns the path.
    static QString writeWorkspace(const QString& dir, const QString& name, const Workspace& workspace);

private:
    QProcess m_process;
    QString m_stderr;
};

} // namespace hooksmith::test

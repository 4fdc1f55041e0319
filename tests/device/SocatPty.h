#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>

namespace hooksmith::test {

/// A pair of linked pseudo-terminals made by socat: `hostPath` is what the app opens (like a USB
/// port), `boardPath` is the board's end. Ending socat is an unplug; starting it again on the same
/// paths is a replug. Alternatively, socat can run a command as the board (`startBoard`).
class SocatPty
{
public:
    explicit SocatPty(const QString& dir);
    ~SocatPty();

    static bool available();

    /// Starts socat; returns an error message, empty on success.
    QString start();
    /// Starts socat with `command` (run by socat's EXEC) as the board behind hostPath.
    QString startBoard(const QString& command, const QString& workingDir = {});
    /// Ends socat (SIGTERM, so that it removes its links) and waits for it.
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    /// The environment socat (and a board command it runs) gets.
    void setEnvironment(const QProcessEnvironment& env) { m_process.setProcessEnvironment(env); }
    /// The board's end as a file descriptor (after openBoard()), to watch it for input.
    int boardFd() const { return m_boardFd; }

    QString hostPath() const { return m_hostPath; }
    QString boardPath() const { return m_boardPath; }

    /// The board's end, opened raw and non-blocking (after start()).
    bool openBoard();
    void closeBoard();
    /// Writes all of `bytes` to the board's end, waiting up to `waitMs` whenever the pty is full;
    /// false when the other side is gone or did not drain it in time.
    bool writeBoard(const QByteArray& bytes, int waitMs = 5000);
    /// Reads what is available at the board's end.
    QByteArray readBoard();

private:
    QString waitUntilReady();

    QString m_hostPath;
    QString m_boardPath;
    QProcess m_process;
    int m_boardFd = -1;
};

/// CPU time (user + system) used by this process so far, in milliseconds.
double processCpuMs();

} // namespace hooksmith::test

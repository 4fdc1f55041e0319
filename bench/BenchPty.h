#pragma once

// What the serial benchmarks share: a board on a real pseudo-terminal pair (socat), and a way to run
// the event loop until something happened.
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <fcntl.h>
#include <functional>
#include <termios.h>
#include <unistd.h>

namespace hooksmith::bench {

/// Runs the event loop until `done` is true or `timeoutMs` passed; returns `done()`.
inline bool runUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || t.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start(1);
    if (!done())
        loop.exec();
    return done();
}

/// A pty pair: the board writes to `boardFd` (raw mode), the program under test opens hostPath().
struct Pty
{
    QTemporaryDir dir;
    QProcess socat;
    int boardFd = -1;

    QString hostPath() const { return dir.filePath(QStringLiteral("host")); }

    /// False when socat is missing or did not start.
    bool start()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty())
            return false;
        const QString board = dir.filePath(QStringLiteral("board"));
        socat.setReadChannel(QProcess::StandardError);
        socat.start(QStringLiteral("socat"),
                    {QStringLiteral("-d"), QStringLiteral("-d"), QStringLiteral("pty,raw,echo=0,link=") + board,
                     QStringLiteral("pty,raw,echo=0,link=") + hostPath()});
        QByteArray err;
        while (!err.contains("starting data transfer loop")) {
            if (!socat.waitForReadyRead(10000))
                return false;
            err += socat.readAllStandardError();
        }
        boardFd = ::open(QFile::encodeName(board).constData(), O_RDWR | O_NOCTTY);
        if (boardFd < 0)
            return false;
        termios t = {};
        ::tcgetattr(boardFd, &t);
        ::cfmakeraw(&t);
        ::tcsetattr(boardFd, TCSANOW, &t);
        return true;
    }

    ~Pty()
    {
        if (boardFd >= 0)
            ::close(boardFd);
        socat.terminate();
        socat.waitForFinished(5000);
    }
};

} // namespace hooksmith::bench

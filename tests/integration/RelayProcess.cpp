#include "RelayProcess.h"

#include "WorkspaceFile.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QSignalSpy>

#include <csignal>

using namespace Qt::StringLiterals;

namespace hooksmith::test {

RelayProcess::RelayProcess(QObject* parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { m_stderr += QString::fromUtf8(m_process.readAllStandardError()); });
}

RelayProcess::~RelayProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString RelayProcess::executable()
{
    return QDir(qEnvironmentVariable("HOOKSMITH_BINARY_DIR")).filePath(u"bin/hooksmith-cli"_s);
}

QString RelayProcess::writeWorkspace(const QString& dir, const QString& name, const Workspace& workspace)
{
    const QString path = QDir(dir).filePath(name);
    if (!WorkspaceFile::save(path, workspace).ok())
        return {};
    return path;
}

bool RelayProcess::start(const QStringList& args, const QString& dataDir, const QProcessEnvironment& extraEnv)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOOKSMITH_DATA_DIR"_s, dataDir);
    env.insert(extraEnv);
    m_process.setProcessEnvironment(env);
    m_process.setProgram(executable());
    m_process.setArguments(QStringList{u"relay"_s} + args);
    m_process.start();
    return m_process.waitForStarted(10000);
}

void RelayProcess::write(const QByteArray& lines)
{
    m_process.write(lines);
}

void RelayProcess::closeInput()
{
    m_process.closeWriteChannel();
}

bool RelayProcess::waitForExit(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    QSignalSpy finished(&m_process, &QProcess::finished);
    const bool ok = finished.wait(timeoutMs);
    m_stderr += QString::fromUtf8(m_process.readAllStandardError());
    return ok;
}

void RelayProcess::killHard()
{
    m_process.kill(); // SIGKILL on Unix
    waitForExit(10000);
}

bool RelayProcess::sendSignal(int signalNumber)
{
    const qint64 pid = m_process.processId();
    return pid > 0 && ::kill(pid_t(pid), signalNumber) == 0;
}

int RelayProcess::countLines(const QString& needle) const
{
    return int(m_stderr.count(needle));
}

} // namespace hooksmith::test

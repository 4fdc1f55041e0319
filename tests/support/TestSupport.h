#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace hooksmith::test {

/// A path inside the source tree (tests run from the build tree).
QString sourcePath(const QString& relative);
/// A path inside the build tree, e.g. "bin/hooksmith-cli".
QString binaryPath(const QString& relative);
/// A path inside tests/data.
QString dataPath(const QString& relative);
QByteArray readFile(const QString& path);

/// What a hooksmith-cli command printed and returned, run in-process.
struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};
CliResult runCli(const QStringList& args);

/// Splits a command line like a POSIX shell does for '...' and "..." quoting and backslashes.
QStringList splitCommandLine(const QString& line);

/// Sets environment variables for its lifetime and restores the previous values afterwards.
class EnvGuard
{
public:
    EnvGuard() = default;
    explicit EnvGuard(const QHash<QString, QString>& values);
    ~EnvGuard();
    void set(const QString& name, const std::optional<QString>& value);

    EnvGuard(const EnvGuard&) = delete;
    EnvGuard& operator=(const EnvGuard&) = delete;

private:
    QHash<QString, std::optional<QByteArray>> m_saved;
};

} // namespace hooksmith::test

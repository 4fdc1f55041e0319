#include "NodeSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace hooksmith::test {

namespace {

/// "@scope/name@1.2" -> "@scope/name"
QString packageName(const QString& spec)
{
    const qsizetype at = spec.lastIndexOf(u'@');
    return at > 0 ? spec.left(at) : spec;
}

/// "@scope/name@1.2" -> "1.2"; "" when the spec names no version.
QString packageVersion(const QString& spec)
{
    const qsizetype at = spec.lastIndexOf(u'@');
    return at > 0 ? spec.mid(at + 1) : QString();
}

/// Whether `version` satisfies a spec's version: equal to it, or within it when it names only a
/// major or major.minor ("1" takes 1.99.1, "3.5" takes 3.5.3).
bool versionMatches(const QString& version, const QString& wanted)
{
    return wanted.isEmpty() || version == wanted || version.startsWith(wanted + u'.');
}

bool installed(const QString& dir, const QStringList& packages)
{
    for (const QString& p : packages) {
        QFile manifest(QDir(dir).filePath(u"node_modules/"_s + packageName(p) + u"/package.json"_s));
        if (!manifest.open(QIODevice::ReadOnly))
            return false;
        const QString version = QJsonDocument::fromJson(manifest.readAll()).object().value(u"version"_s).toString();
        if (!versionMatches(version, packageVersion(p)))
            return false;
    }
    return true;
}

bool looksOffline(const QString& output)
{
    static const QStringList markers{u"ENOTFOUND"_s,   u"EAI_AGAIN"_s,   u"ECONNREFUSED"_s, u"ETIMEDOUT"_s,
                                     u"ECONNRESET"_s,  u"ENETUNREACH"_s, u"EHOSTUNREACH"_s, u"network"_s,
                                     u"getaddrinfo"_s, u"proxy"_s};
    for (const QString& m : markers) {
        if (output.contains(m, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

QString npmCacheDir()
{
    const QString explicitDir = qEnvironmentVariable("HOOKSMITH_TEST_NPM_CACHE");
    if (!explicitDir.isEmpty())
        return explicitDir;
    QString base = qEnvironmentVariable("XDG_CACHE_HOME");
    if (base.isEmpty())
        base = QDir::home().filePath(u".cache"_s);
    return QDir(base).filePath(u"hooksmith-test-npm"_s);
}

QString nodeExecutable()
{
    return QStandardPaths::findExecutable(u"node"_s);
}

NpmPackages ensureNpmPackages(const QStringList& packages)
{
    NpmPackages r;
    r.dir = npmCacheDir();
    const QString npm = QStandardPaths::findExecutable(u"npm"_s);
    if (nodeExecutable().isEmpty() || npm.isEmpty()) {
        // scripts/test installs them: their absence is a failure, not a reason to skip.
        r.message = u"node and npm are needed (Debian packages nodejs and npm; scripts/test installs them)"_s;
        return r;
    }
    if (!QDir().mkpath(r.dir)) {
        r.message = u"cannot create the npm cache directory %1"_s.arg(r.dir);
        return r;
    }
    QLockFile lock(QDir(r.dir).filePath(u".install.lock"_s));
    lock.setStaleLockTime(15 * 60 * 1000);
    if (!lock.tryLock(10 * 60 * 1000)) {
        r.message = u"another process holds %1 for more than 10 minutes"_s.arg(lock.fileName());
        return r;
    }
    if (installed(r.dir, packages)) {
        r.state = NpmPackages::State::Ready;
        return r;
    }
    const QString manifest = QDir(r.dir).filePath(u"package.json"_s);
    if (!QFileInfo::exists(manifest)) {
        QFile f(manifest);
        if (f.open(QIODevice::WriteOnly))
            f.write("{\"name\":\"hooksmith-test-npm\",\"private\":true}\n");
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(r.dir);
    p.start(npm, QStringList{u"install"_s, u"--prefix"_s, r.dir, u"--no-audit"_s, u"--no-fund"_s, u"--loglevel=error"_s,
                             u"--fetch-timeout=30000"_s, u"--fetch-retries=1"_s} +
                     packages);
    if (!p.waitForFinished(8 * 60 * 1000)) {
        p.kill();
        p.waitForFinished();
        r.state = NpmPackages::State::Unavailable;
        r.message = u"npm install did not finish within 8 minutes (is the registry reachable?)"_s;
        return r;
    }
    const QString output = QString::fromLocal8Bit(p.readAll());
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && installed(r.dir, packages)) {
        r.state = NpmPackages::State::Ready;
        return r;
    }
    r.state = looksOffline(output) ? NpmPackages::State::Unavailable : NpmPackages::State::Failed;
    r.message = u"npm install %1 failed: %2"_s.arg(packages.join(u' '), output.trimmed());
    return r;
}

} // namespace hooksmith::test

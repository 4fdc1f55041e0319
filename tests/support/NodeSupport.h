#pragma once

#include <QString>
#include <QStringList>

namespace hooksmith::test {

/// npm packages installed for tests into a cache outside the repository, reused between runs.
struct NpmPackages
{
    enum class State : quint8
    {
        Ready,       ///< `dir` holds node_modules with every package
        Unavailable, ///< the registry cannot be reached: skip, say why (CI fails on a skip)
        Failed,      ///< node or npm is missing, or the install failed for another reason: a test failure
    };
    State state = State::Failed;
    QString dir;     ///< the directory holding node_modules
    QString message; ///< why it is not Ready
};

/// The cache directory: $HOOKSMITH_TEST_NPM_CACHE, else $XDG_CACHE_HOME/hooksmith-test-npm, else
/// ~/.cache/hooksmith-test-npm.
QString npmCacheDir();

/// Installs `packages` (npm names, optionally with @version) into the cache unless they are there.
/// Several test processes may call this at once: a lock file serialises the installs.
NpmPackages ensureNpmPackages(const QStringList& packages);

/// The node executable, or an empty string.
QString nodeExecutable();

} // namespace hooksmith::test

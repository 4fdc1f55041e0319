#include "Cli.h"
#include "Runtime.h"
#include "Translations.h"
#include "Version.h"

#include <QCoreApplication>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

int main(int argc, char** argv)
{
    hooksmith::preferQtEventLoop();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hooksmith-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Hooksmith"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOOKSMITH_VERSION));
    hooksmith::installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    hooksmith::cli::Io io{out, err};
#ifdef Q_OS_UNIX
    io.outIsTerminal = ::isatty(STDOUT_FILENO) == 1;
#endif
    const int code = hooksmith::cli::run(QCoreApplication::arguments().mid(1), io);
    out.flush();
    err.flush();
    return code;
}

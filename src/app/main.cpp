#include "Config.h"
#include "MainWindow.h"
#include "Paths.h"
#include "Preferences.h"
#include "Resources.h"
#include "SecretStoreFactory.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>

#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Hooksmith"_s);
    QApplication::setApplicationName(u"hooksmith"_s);
    QApplication::setApplicationDisplayName(u"Hooksmith"_s);
    QApplication::setApplicationVersion(QStringLiteral(HOOKSMITH_VERSION));
    QApplication::setDesktopFileName(u"hooksmith"_s);
    hooksmith::initResources();
    // The language chosen in Preferences (else the system's) and the theme, before any text is made.
    hooksmith::applyStartupPreferences(app, *hooksmith::Config::instance());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Design, test and run webhooks fired by your devices."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, QApplication::translate("main", "Open the bundled demo workspace."));
    parser.addOption(demo);
    parser.addPositionalArgument(u"workspace"_s, QApplication::translate("main", "A workspace file to open."),
                                 u"[workspace]"_s);
    parser.process(app);

    // The OS keychain (memory for the session when there is none); it is first asked when a secret
    // is needed, not at start-up.
    const std::unique_ptr<hooksmith::SecretStore> secrets(hooksmith::createSecretStore(nullptr));
    hooksmith::MainWindow window(hooksmith::Config::instance(), secrets.get());
    if (parser.isSet(demo))
        window.openFile(hooksmith::Paths::demoWorkspace());
    else if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().front());
    else
        window.openInitial();
    window.fitFirstStartToScreen();
    window.show();
    return QApplication::exec();
}

// The app's language: the system's (LANG) unless Preferences name one. Each case starts the main window
// in a process of its own, as the app starts (applyStartupPreferences, then the window), with the
// environment and settings file of the case, and reads the labels of its menus, editor and dialogs.
#include "Config.h"
#include "MainWindow.h"
#include "Paths.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "Resources.h"
#include "SecretStore.h"

#include <QApplication>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

constexpr char kProbe[] = "--probe";

/// The child: starts like the app with the settings file in argv[2], prints what the window says.
int probe(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Hooksmith"_s);
    QApplication::setApplicationName(u"hooksmith"_s);
    initResources();
    Config config(QString::fromLocal8Bit(argv[2]));
    applyStartupPreferences(app, config);
    MemorySecretStore store;
    MainWindow window(&config, &store);
    if (!window.openFile(Paths::demoWorkspace()))
        return 2;

    QJsonObject out;
    QStringList menus;
    for (QAction* a : window.menuBar()->actions())
        menus.append(a->text());
    out[u"menus"_s] = menus.join(u'|');
    QStringList edit;
    for (QAction* a : window.menuBar()->actions().at(1)->menu()->actions())
        edit.append(a->text());
    out[u"editMenu"_s] = edit.join(u'|');
    for (const char* name : {"deliveryGroupBox", "generalGroupBox"})
        out[QString::fromLatin1(name)] = window.findChild<QGroupBox*>(QString::fromLatin1(name))->title();
    for (const char* name : {"attemptsLabel", "urlLabel"})
        out[QString::fromLatin1(name)] = window.findChild<QLabel*>(QString::fromLatin1(name))->text();
    PreferencesDialog dialog(Preferences::from(config), &store, &window);
    out[u"preferencesTitle"_s] = dialog.windowTitle();
    out[u"languageLabel"_s] = dialog.findChild<QLabel*>(u"languageLabel"_s)->text();
    // Qt's own strings (standard buttons) come from Qt's translations (Debian: qt6-translations-l10n).
    out[u"cancelButton"_s] = dialog.findChild<QPushButton*>(u"cancelButton"_s)->text();
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    return 0;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// Runs the probe with LANG=`lang` and the language `chosen` in its settings (empty: none chosen).
    QJsonObject start(const QString& lang, const QString& chosen)
    {
        const QString ini = m_dir.filePath(u"settings-%1-%2.ini"_s.arg(lang, chosen));
        {
            Config config(ini);
            if (!chosen.isEmpty())
                config.set(ConfigKeys::Language, chosen);
            config.sync();
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
            env.remove(name);
        env.insert(u"LANG"_s, lang);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"HOOKSMITH_DATA_DIR"_s, m_dir.filePath(u"data"_s));
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kProbe), ini});
        if (!child.waitForFinished(60000) || child.exitCode() != 0) {
            qWarning("probe failed (%d): %s", child.exitCode(), child.readAllStandardError().constData());
            return {};
        }
        return QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    }

private Q_SLOTS:
    void germanFollowsLang()
    {
        const QJsonObject seen = start(u"de_DE.UTF-8"_s, {});
        QCOMPARE(seen[u"menus"_s].toString(), u"&Datei|B&earbeiten|&Ansicht|Anf&rage|&Hilfe"_s);
        QVERIFY2(seen[u"editMenu"_s].toString().contains(u"&Rückgängig"_s), qPrintable(seen[u"editMenu"_s].toString()));
        QVERIFY(seen[u"editMenu"_s].toString().endsWith(u"|Einstellu&ngen…"_s));
        QCOMPARE(seen[u"deliveryGroupBox"_s].toString(), u"Zustellung"_s);
        QCOMPARE(seen[u"generalGroupBox"_s].toString(), u"Allgemein"_s);
        QCOMPARE(seen[u"attemptsLabel"_s].toString(), u"&Versuche"_s);
        QCOMPARE(seen[u"preferencesTitle"_s].toString(), u"Einstellungen"_s);
        QCOMPARE(seen[u"languageLabel"_s].toString(), u"&Sprache"_s);
        QCOMPARE(seen[u"cancelButton"_s].toString(), u"Abbrechen"_s);
    }

    void italianChosenInPreferencesOverridesLang()
    {
        const QJsonObject seen = start(u"de_DE.UTF-8"_s, u"it"_s);
        QCOMPARE(seen[u"menus"_s].toString(), u"&File|&Modifica|Visuali&zza|&Richiesta|A&iuto"_s);
        QVERIFY(seen[u"editMenu"_s].toString().endsWith(u"|Prefere&nze…"_s));
        QCOMPARE(seen[u"deliveryGroupBox"_s].toString(), u"Consegna"_s);
        QCOMPARE(seen[u"generalGroupBox"_s].toString(), u"Generale"_s);
        QCOMPARE(seen[u"attemptsLabel"_s].toString(), u"Te&ntativi"_s);
        QCOMPARE(seen[u"preferencesTitle"_s].toString(), u"Preferenze"_s);
        QCOMPARE(seen[u"languageLabel"_s].toString(), u"&Lingua"_s);
        QCOMPARE(seen[u"cancelButton"_s].toString(), u"Annulla"_s);
    }

    void englishChosenInPreferencesOverridesLang()
    {
        const QJsonObject seen = start(u"de_DE.UTF-8"_s, u"en"_s);
        QCOMPARE(seen[u"menus"_s].toString(), u"&File|&Edit|&View|&Request|&Help"_s);
        QCOMPARE(seen[u"deliveryGroupBox"_s].toString(), u"Delivery"_s);
        QCOMPARE(seen[u"preferencesTitle"_s].toString(), u"Preferences"_s);
        QCOMPARE(seen[u"cancelButton"_s].toString(), u"Cancel"_s);
    }

    void aLanguageWithoutTranslationStaysEnglish()
    {
        const QJsonObject seen = start(u"fr_FR.UTF-8"_s, {});
        QCOMPARE(seen[u"menus"_s].toString(), u"&File|&Edit|&View|&Request|&Help"_s);
        QCOMPARE(seen[u"attemptsLabel"_s].toString(), u"&Attempts"_s);
    }
};

int main(int argc, char* argv[])
{
    if (argc > 2 && qstrcmp(argv[1], kProbe) == 0)
        return probe(argc, argv);
    QCoreApplication app(argc, argv);
    TestLanguage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_language.moc"

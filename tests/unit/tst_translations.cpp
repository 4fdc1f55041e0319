// The translation files follow the sources: every user-visible string is in them, and they are built
// into the programs.
#include "TestSupport.h"

#include <QDir>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

QSet<QString> sourceTexts(const QString& tsFile)
{
    const QString ts = QString::fromUtf8(test::readFile(tsFile));
    static const QRegularExpression source(u"<source>(.*?)</source>"_s, QRegularExpression::DotMatchesEverythingOption);
    QSet<QString> out;
    for (auto it = source.globalMatch(ts); it.hasNext();)
        out.insert(it.next().captured(1));
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtIntoThePrograms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << u"de"_s;
        QTest::newRow("Italian") << u"it"_s;
    }

    void builtIntoThePrograms()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(language), u"hooksmith"_s, u"_"_s, u":/hooksmith/i18n"_s));
        QCOMPARE(translator.language().left(2), language);
    }

    void everyStringIsInTheTranslationFiles()
    {
        const QString lupdate = QStringLiteral(HOOKSMITH_LUPDATE);
        if (!QFile::exists(lupdate))
            QSKIP("lupdate is not installed (Debian package qt6-l10n-tools)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(u"fresh_de.ts"_s);
        QProcess p;
        p.setWorkingDirectory(test::sourcePath(u"."_s));
        p.start(lupdate,
                {u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-silent"_s, u"src"_s, u"ui"_s, u"-ts"_s, fresh});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QSet<QString> expected = sourceTexts(fresh);
        QVERIFY(expected.size() > 100);
        for (const QString& language : {u"de"_s, u"it"_s}) {
            const QSet<QString> present =
                sourceTexts(test::sourcePath(u"translations/hooksmith_"_s + language + u".ts"_s));
            QStringList missing = (expected - present).values();
            missing.sort();
            QVERIFY2(missing.isEmpty(), qPrintable(u"translations/hooksmith_"_s + language +
                                                   u".ts lacks strings; run: cmake --build build/dev --target "
                                                   u"update_translations\n"_s +
                                                   missing.mid(0, 10).join(u'\n')));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

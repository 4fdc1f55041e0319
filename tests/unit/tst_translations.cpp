// The translation files follow the sources: every user-visible string is in them, they are built
// into the programs, and every finished translation keeps its source's placeholders and mnemonics.
#include "TestSupport.h"

#include <QDir>
#include <QHash>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

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

struct TsMessage
{
    QString context;
    QString source;
    QStringList forms; // one translation, or the plural forms
    bool finished = false;
};

// Every message of a Qt Linguist file, as lupdate writes it.
QList<TsMessage> readTs(const QByteArray& xml, QString* error)
{
    QList<TsMessage> out;
    QXmlStreamReader r(xml);
    QString context;
    TsMessage current;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const auto name = r.name();
            if (name == u"context"_s) {
                context.clear();
            } else if (name == u"name"_s) {
                context = r.readElementText();
            } else if (name == u"message"_s) {
                current = TsMessage{context, {}, {}, false};
            } else if (name == u"source"_s) {
                current.source = r.readElementText();
            } else if (name == u"translation"_s) {
                const QString type = r.attributes().value(u"type"_s).toString();
                current.finished = type.isEmpty();
                // A plural message holds <numerusform> children; a plain one holds text only.
                QString text;
                while (!r.atEnd()) {
                    r.readNext();
                    if (r.isCharacters())
                        text += r.text();
                    else if (r.isStartElement() && r.name() == u"numerusform"_s)
                        current.forms.append(r.readElementText());
                    else if (r.isEndElement() && r.name() == u"translation"_s)
                        break;
                }
                if (current.forms.isEmpty())
                    current.forms.append(text);
            }
        } else if (r.isEndElement() && r.name() == u"message"_s) {
            out.append(current);
        }
    }
    if (r.hasError() && error)
        *error = u"line %1: %2"_s.arg(r.lineNumber()).arg(r.errorString());
    return out;
}

// %1 ... %99, %L1, %n, %Ln, sorted so that two texts compare by how often each appears.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(u"%L?(?:\\d{1,2}|n)"_s);
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured(0));
    out.sort();
    return out;
}

// The keyboard mnemonics of a text: the letters or digits after a single "&" ("&&" is a literal &).
QList<QChar> mnemonics(const QString& text)
{
    QList<QChar> out;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        if (text[i + 1].isLetterOrNumber())
            out.append(text[i + 1].toLower());
    }
    return out;
}

QString listed(const QStringList& items)
{
    return items.isEmpty() ? u"none"_s : items.join(u' ');
}

QString describe(const TsMessage& m, const QString& what, const QString& translation)
{
    return u"%1: \"%2\" -> \"%3\": %4"_s.arg(m.context, m.source, translation, what);
}

// What is wrong with the finished translations of one file: a placeholder missing or added, a
// mnemonic lost or added, an empty translation, or two strings of one context (one window or
// dialog) sharing a mnemonic letter where their sources did not.
QStringList translationProblems(const QList<TsMessage>& messages)
{
    QStringList problems;
    struct Used
    {
        QChar sourceLetter;
        QString source;
    };
    QHash<QString, QHash<QChar, QList<Used>>> usedByContext;
    for (const TsMessage& m : messages) {
        if (!m.finished)
            continue;
        for (const QString& t : m.forms) {
            if (t.isEmpty()) {
                problems.append(describe(m, u"empty translation"_s, t));
                continue;
            }
            if (placeholders(t) != placeholders(m.source))
                problems.append(describe(m,
                                         u"placeholders %1, the source has %2"_s.arg(listed(placeholders(t)),
                                                                                     listed(placeholders(m.source))),
                                         t));
            if (mnemonics(t).size() != mnemonics(m.source).size())
                problems.append(describe(
                    m, u"%1 mnemonic(s), the source has %2"_s.arg(mnemonics(t).size()).arg(mnemonics(m.source).size()),
                    t));
        }
        const QList<QChar> sourceLetters = mnemonics(m.source);
        const QList<QChar> letters = mnemonics(m.forms.value(0));
        if (sourceLetters.size() != 1 || letters.size() != 1)
            continue;
        auto& used = usedByContext[m.context][letters[0]];
        for (const Used& other : std::as_const(used)) {
            if (other.sourceLetter != sourceLetters[0])
                problems.append(describe(m, u"mnemonic '%1' clashes with \"%2\""_s.arg(letters[0]).arg(other.source),
                                         m.forms.value(0)));
        }
        used.append({sourceLetters[0], m.source});
    }
    return problems;
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

    void checkerFindsEachKindOfMistake()
    {
        // The checker used on the real files, on a file with one mistake of each kind.
        const QByteArray ts = R"ts(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Dialog</name>
    <message>
        <source>&amp;Open %1</source>
        <translation>&amp;Öffnen %1</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %1</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Other</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
</context>
</TS>
)ts";
        QString error;
        const QList<TsMessage> messages = readTs(ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(messages.size(), 9);
        QCOMPARE(messages[7].forms, (QStringList{u"%n Datei"_s, u"Dateien"_s}));
        const QStringList problems = translationProblems(messages);
        const QStringList expected = {
            u"Dialog: \"&Send\" -> \"&Senden\": mnemonic 's' clashes with \"Sa&ve\""_s,
            u"Dialog: \"&Find\" -> \"Suchen\": 0 mnemonic(s), the source has 1"_s,
            u"Dialog: \"%1 of %2\" -> \"%1 von %1\": placeholders %1 %1, the source has %1 %2"_s,
            u"Dialog: \"Empty\" -> \"\": empty translation"_s,
            u"Dialog: \"%n file(s)\" -> \"Dateien\": placeholders none, the source has %n"_s,
        };
        QCOMPARE(problems, expected);
    }

    void translationsKeepPlaceholdersAndMnemonics_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << u"de"_s;
        QTest::newRow("Italian") << u"it"_s;
    }

    void translationsKeepPlaceholdersAndMnemonics()
    {
        QFETCH(QString, language);
        const QString file = u"translations/hooksmith_"_s + language + u".ts"_s;
        QString error;
        const QList<TsMessage> messages = readTs(test::readFile(test::sourcePath(file)), &error);
        QVERIFY2(error.isEmpty(), qPrintable(file + u": "_s + error));
        QVERIFY(messages.size() > 100);
        const QStringList problems = translationProblems(messages);
        QVERIFY2(problems.isEmpty(), qPrintable(file + u":\n"_s + problems.join(u'\n')));
    }

    void everyStringIsInTheTranslationFiles()
    {
        const QString lupdate = QStringLiteral(HOOKSMITH_LUPDATE);
        if (!QFile::exists(lupdate))
            QFAIL("lupdate is not installed (Debian package qt6-l10n-tools; scripts/test installs it)");
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

// Every ```console block in docs/*.md that starts with "$ hooksmith-cli" is run, and what it prints
// must be what the documentation shows.
#include "TestSupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

class TestDocsExamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("expected");
        const QDir docs(test::sourcePath(u"docs"_s));
        int count = 0;
        for (const QString& name : docs.entryList({u"*.md"_s}, QDir::Files, QDir::Name)) {
            const QString text = QString::fromUtf8(test::readFile(docs.filePath(name)));
            static const QRegularExpression block(u"```console\\n(.*?)```"_s,
                                                  QRegularExpression::DotMatchesEverythingOption);
            for (auto it = block.globalMatch(text); it.hasNext();) {
                const QString body = it.next().captured(1);
                const qsizetype nl = body.indexOf(u'\n');
                const QString first = body.left(nl);
                if (!first.startsWith(u"$ "_s) || !first.contains(u"hooksmith-cli "_s))
                    continue;
                ++count;
                QTest::addRow("%s #%d", qPrintable(name), count) << first.mid(2) << body.mid(nl + 1);
            }
        }
        QVERIFY2(count >= 5, "expected the documentation to hold checked examples");
    }

    void examples()
    {
        QFETCH(QString, command);
        QFETCH(QString, expected);
        QStringList words = test::splitCommandLine(command);
        test::EnvGuard env;
        while (!words.isEmpty() && words.front() != u"hooksmith-cli"_s) {
            const QString assignment = words.takeFirst();
            const qsizetype eq = assignment.indexOf(u'=');
            QVERIFY2(eq > 0, qPrintable(u"unexpected word before hooksmith-cli: "_s + assignment));
            env.set(assignment.left(eq), assignment.mid(eq + 1));
        }
        QVERIFY(!words.isEmpty());
        words.removeFirst();

        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(test::sourcePath(u"."_s)));
        const test::CliResult r = test::runCli(words);
        QDir::setCurrent(previous);
        QCOMPARE(r.out + r.err, expected);
    }
};

QTEST_GUILESS_MAIN(TestDocsExamples)
#include "tst_docs_examples.moc"

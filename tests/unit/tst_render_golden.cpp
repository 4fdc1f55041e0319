// Golden files: each folder under tests/data/render holds a workspace, the command line (`cmd`),
// optional environment variables (`env`), and the expected output: `expected` (stdout, exit 0) with
// `expected-stderr` when a successful command also warns, or `expected-error` (stderr, exit 2).
// HOOKSMITH_UPDATE_GOLDEN=1 rewrites the expectations.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

class TestRenderGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir root(test::dataPath(u"render"_s));
        const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(cases.size() >= 40, "expected at least 40 golden cases");
        for (const QString& c : cases)
            QTest::newRow(qPrintable(c)) << root.filePath(c);
    }

    void golden()
    {
        QFETCH(QString, dir);
        const QString cmd = QString::fromUtf8(test::readFile(dir + u"/cmd"_s)).trimmed();
        QVERIFY2(!cmd.isEmpty(), "missing cmd file");
        QStringList args = test::splitCommandLine(cmd);
        // @HUGE@ stands for a value of 1 MiB, too large to keep in a cmd file.
        for (QString& a : args) {
            if (a == u"@HUGE@"_s)
                a = QString(1024 * 1024, u'x');
        }

        test::EnvGuard env;
        const QString envText = QString::fromUtf8(test::readFile(dir + u"/env"_s));
        for (const QString& line : envText.split(u'\n', Qt::SkipEmptyParts)) {
            const qsizetype eq = line.indexOf(u'=');
            QVERIFY2(eq > 0, qPrintable(u"bad env line: "_s + line));
            env.set(line.left(eq), line.mid(eq + 1));
        }

        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir));
        const test::CliResult r = test::runCli(args);
        QDir::setCurrent(previous);

        const bool failing = r.code != 0;
        const QString expectedFile = dir + (failing ? u"/expected-error"_s : u"/expected"_s);
        const QString actual = failing ? r.err : r.out;
        const QString warningsFile = dir + u"/expected-stderr"_s;
        if (qEnvironmentVariableIntValue("HOOKSMITH_UPDATE_GOLDEN")) {
            QFile::remove(dir + u"/expected"_s);
            QFile::remove(dir + u"/expected-error"_s);
            QFile::remove(warningsFile);
            QFile f(expectedFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(actual.toUtf8());
            if (!failing && !r.err.isEmpty()) {
                QFile warnings(warningsFile);
                QVERIFY(warnings.open(QIODevice::WriteOnly));
                warnings.write(r.err.toUtf8());
            }
            return;
        }
        const bool expectError = QFile::exists(dir + u"/expected-error"_s);
        QVERIFY2(expectError || QFile::exists(dir + u"/expected"_s), "no expected or expected-error file");
        if (expectError) {
            QCOMPARE(r.code, 2);
            QCOMPARE(r.out, QString());
        } else {
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QCOMPARE(r.err, QString::fromUtf8(test::readFile(warningsFile)));
        }
        QCOMPARE(actual, QString::fromUtf8(test::readFile(expectedFile)));
    }
};

QTEST_GUILESS_MAIN(TestRenderGolden)
#include "tst_render_golden.moc"

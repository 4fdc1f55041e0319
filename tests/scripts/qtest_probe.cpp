// A QtTest program that passes, skips or fails as its environment asks: the known outcomes that
// check-skips runs through run-qtest, CTest, scripts/test and .ci/run.
//   PROBE_SKIP=MESSAGE  skipsWhenAsked() calls QSKIP(MESSAGE)
//   PROBE_FAIL=1        failsWhenAsked() fails
#include <QObject>
#include <QTest>

class TestProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passes() { QCOMPARE(1 + 1, 2); }

    void skipsWhenAsked()
    {
        const QByteArray skip = qgetenv("PROBE_SKIP");
        if (!skip.isEmpty())
            QSKIP(skip.constData());
    }

    void failsWhenAsked()
    {
        if (!qEnvironmentVariableIsEmpty("PROBE_FAIL"))
            QFAIL("asked to fail");
    }
};

QTEST_GUILESS_MAIN(TestProbe)
#include "qtest_probe.moc"

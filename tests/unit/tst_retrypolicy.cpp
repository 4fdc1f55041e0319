#include "RetryPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

using Kind = AttemptFacts::Kind;
using Action = RetryDecision::Action;

constexpr qint64 kS = 1000;
constexpr qint64 kMin = 60 * kS;
constexpr qint64 kH = 60 * kMin;

AttemptFacts response(int status, std::optional<qint64> retryAfter = std::nullopt)
{
    AttemptFacts f;
    f.kind = Kind::Response;
    f.status = status;
    f.retryAfterSeconds = retryAfter;
    f.summary = QString::number(status);
    return f;
}

AttemptFacts failure(Kind kind)
{
    AttemptFacts f;
    f.kind = kind;
    f.summary = u"something failed"_s;
    return f;
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardSchedule()
    {
        const RetrySchedule s = RetrySchedule::standard();
        const QList<qint64> expected{0, 5 * kS, 5 * kMin, 30 * kMin, 2 * kH, 5 * kH, 10 * kH, 10 * kH};
        QCOMPARE(s.delaysMs, expected);
        QCOMPARE(s.jitter, 0.2);
        QCOMPARE(s.baseDelayMs(1), 0);
        QCOMPARE(s.baseDelayMs(2), 5 * kS);
        QCOMPARE(s.baseDelayMs(8), 10 * kH);
        // Past the end of the list the last delay repeats (max_attempts above 8).
        QCOMPARE(s.baseDelayMs(12), 10 * kH);
    }

    void decide_data()
    {
        QTest::addColumn<AttemptFacts>("facts");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("maxAttempts");
        QTest::addColumn<double>("random");
        QTest::addColumn<int>("action");
        QTest::addColumn<qint64>("delayMs");
        QTest::addColumn<bool>("retryAfterHonoured");

        const int retry = int(Action::RetryLater);
        const int giveUp = int(Action::GiveUp);
        const int done = int(Action::Delivered);
        const int disable = int(Action::DisableWebhook);

        // random 0.5 means no jitter; 0 is the low end (-20%), 1 the high end (+20%).
        QTest::newRow("200 delivers") << response(200) << 1 << 8 << 0.5 << done << qint64(0) << false;
        QTest::newRow("204 delivers") << response(204) << 3 << 8 << 0.5 << done << qint64(0) << false;
        QTest::newRow("299 delivers") << response(299) << 1 << 8 << 0.5 << done << qint64(0) << false;
        QTest::newRow("301 is a failure") << response(301) << 1 << 8 << 0.5 << retry << 5 * kS << false;
        QTest::newRow("304 is a failure") << response(304) << 2 << 8 << 0.5 << retry << 5 * kMin << false;
        QTest::newRow("400 retries") << response(400) << 1 << 8 << 0.5 << retry << 5 * kS << false;
        QTest::newRow("500 retries") << response(500) << 3 << 8 << 0.5 << retry << 30 * kMin << false;
        QTest::newRow("502 backs off") << response(502) << 1 << 8 << 0.5 << retry << 5 * kS << false;
        QTest::newRow("504 backs off") << response(504) << 4 << 8 << 0.5 << retry << 2 * kH << false;
        QTest::newRow("502 ignores Retry-After") << response(502, 60) << 1 << 8 << 0.5 << retry << 5 * kS << false;
        QTest::newRow("503 Retry-After honoured") << response(503, 120) << 1 << 8 << 0.5 << retry << 120 * kS << true;
        QTest::newRow("429 Retry-After shorter than schedule")
            << response(429, 1) << 2 << 8 << 0.9 << retry << 1 * kS << true;
        QTest::newRow("429 Retry-After capped at 10 h")
            << response(429, 7 * 24 * 3600) << 1 << 8 << 0.5 << retry << 10 * kH << true;
        QTest::newRow("429 Retry-After 0") << response(429, 0) << 1 << 8 << 0.5 << retry << qint64(0) << true;
        QTest::newRow("429 without Retry-After") << response(429) << 1 << 8 << 0.5 << retry << 5 * kS << false;
        QTest::newRow("503 on the last attempt gives up")
            << response(503, 1) << 8 << 8 << 0.5 << giveUp << qint64(0) << false;
        QTest::newRow("410 disables") << response(410) << 1 << 8 << 0.5 << disable << qint64(0) << false;
        QTest::newRow("410 disables on the last attempt too")
            << response(410) << 8 << 8 << 0.5 << disable << qint64(0) << false;
        QTest::newRow("timeout retries") << failure(Kind::Timeout) << 1 << 8 << 0.5 << retry << 5 * kS << false;
        QTest::newRow("refused retries") << failure(Kind::NetworkError) << 2 << 8 << 0.5 << retry << 5 * kMin << false;
        QTest::newRow("TLS error retries") << failure(Kind::TlsError) << 1 << 8 << 0.5 << retry << 5 * kS << false;
        QTest::newRow("missing secret retries")
            << failure(Kind::RenderUnavailable) << 1 << 8 << 0.5 << retry << 5 * kS << false;
        QTest::newRow("invalid request gives up at once")
            << failure(Kind::RenderInvalid) << 1 << 8 << 0.5 << giveUp << qint64(0) << false;
        QTest::newRow("max_attempts 1 never retries")
            << failure(Kind::NetworkError) << 1 << 1 << 0.5 << giveUp << qint64(0) << false;
        QTest::newRow("max_attempts 0 counts as 1")
            << failure(Kind::NetworkError) << 1 << 0 << 0.5 << giveUp << qint64(0) << false;
        QTest::newRow("last of 8 gives up") << response(500) << 8 << 8 << 0.5 << giveUp << qint64(0) << false;
        QTest::newRow("12 attempts keep 10 h") << response(500) << 10 << 12 << 0.5 << retry << 10 * kH << false;
        QTest::newRow("jitter low end") << response(500) << 1 << 8 << 0.0 << retry << 4 * kS << false;
        QTest::newRow("jitter high end") << response(500) << 1 << 8 << 1.0 << retry << 6 * kS << false;
        QTest::newRow("jitter on 2 h") << response(500) << 4 << 8 << 0.25 << retry << qint64(2 * kH * 0.9) << false;
    }

    void decide()
    {
        QFETCH(AttemptFacts, facts);
        QFETCH(int, attempt);
        QFETCH(int, maxAttempts);
        QFETCH(double, random);
        QFETCH(int, action);
        QFETCH(qint64, delayMs);
        QFETCH(bool, retryAfterHonoured);

        const RetryDecision d = RetryPolicy::decide(facts, attempt, maxAttempts, RetrySchedule::standard(), random);
        QCOMPARE(int(d.action), action);
        QCOMPARE(d.delayMs, delayMs);
        QCOMPARE(d.retryAfterHonoured, retryAfterHonoured);
        const bool final = d.action == Action::GiveUp || d.action == Action::DisableWebhook;
        QCOMPARE(!d.reason.isEmpty(), final);
    }

    void finalReasonsSayWhy()
    {
        const auto gone = RetryPolicy::decide(response(410), 1, 8, RetrySchedule::standard(), 0.5);
        QVERIFY2(gone.reason.contains(u"disabled"), qPrintable(gone.reason));
        AttemptFacts last = response(503);
        last.summary = u"503 Service Unavailable"_s;
        const auto exhausted = RetryPolicy::decide(last, 8, 8, RetrySchedule::standard(), 0.5);
        QVERIFY2(exhausted.reason.contains(u"8 attempts"), qPrintable(exhausted.reason));
        QVERIFY2(exhausted.reason.contains(u"503 Service Unavailable"), qPrintable(exhausted.reason));
    }

    void jitterStaysWithinBounds()
    {
        for (int i = 0; i <= 100; ++i) {
            const qint64 d = RetryPolicy::jittered(10 * kS, 0.2, i / 100.0);
            QVERIFY(d >= 8 * kS);
            QVERIFY(d <= 12 * kS);
        }
        QCOMPARE(RetryPolicy::jittered(0, 0.2, 1.0), 0);
        QCOMPARE(RetryPolicy::jittered(5 * kS, 0.0, 1.0), 5 * kS);
    }

    void parseSchedule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("delays");
        QTest::addColumn<bool>("ok");
        QTest::newRow("units") << u"0,5s,5m,30m,2h"_s << QList<qint64>{0, 5 * kS, 5 * kMin, 30 * kMin, 2 * kH} << true;
        QTest::newRow("milliseconds") << u"0, 100ms, 250"_s << QList<qint64>{0, 100, 250} << true;
        QTest::newRow("fractions") << u"1.5s"_s << QList<qint64>{1500} << true;
        QTest::newRow("min") << u"2 min"_s << QList<qint64>{2 * kMin} << true;
        QTest::newRow("bad unit") << u"5d"_s << QList<qint64>{} << false;
        QTest::newRow("not a number") << u"soon"_s << QList<qint64>{} << false;
        QTest::newRow("empty part") << u"0,,5s"_s << QList<qint64>{} << false;
    }

    void parseSchedule()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, delays);
        QFETCH(bool, ok);
        const auto s = RetrySchedule::parse(text);
        QCOMPARE(s.ok(), ok);
        if (ok)
            QCOMPARE(s->delaysMs, delays);
        else
            QVERIFY(s.errorMessage().contains(u"ms, s, m or h"));
    }

    void formatDelay()
    {
        QCOMPARE(RetryPolicy::formatDelay(200), u"200 ms"_s);
        QCOMPARE(RetryPolicy::formatDelay(5 * kS), u"5 s"_s);
        QCOMPARE(RetryPolicy::formatDelay(1500), u"1.5 s"_s);
        QCOMPARE(RetryPolicy::formatDelay(5 * kMin), u"5 min"_s);
        QCOMPARE(RetryPolicy::formatDelay(2 * kH + 30 * kMin), u"2 h 30 min"_s);
        QCOMPARE(RetrySchedule::standard().toString(), u"immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h"_s);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"

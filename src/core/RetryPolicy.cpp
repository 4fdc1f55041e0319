#include "RetryPolicy.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;

} // namespace

RetrySchedule RetrySchedule::standard()
{
    RetrySchedule s;
    s.delaysMs = {0, 5 * kSecond, 5 * kMinute, 30 * kMinute, 2 * kHour, 5 * kHour, 10 * kHour, 10 * kHour};
    return s;
}

qint64 RetrySchedule::baseDelayMs(int attemptNumber) const
{
    if (delaysMs.isEmpty() || attemptNumber < 1)
        return 0;
    return delaysMs.at(std::min<qsizetype>(attemptNumber, delaysMs.size()) - 1);
}

Result<RetrySchedule> RetrySchedule::parse(QStringView text)
{
    RetrySchedule s;
    const QStringList parts = text.toString().split(u',');
    for (const QString& raw : parts) {
        const QString part = raw.trimmed().toLower();
        qsizetype digits = 0;
        while (digits < part.size() && (part[digits].isDigit() || part[digits] == u'.'))
            ++digits;
        bool ok = false;
        const double number = part.left(digits).toDouble(&ok);
        const QString unit = part.mid(digits).trimmed();
        qint64 factor = -1;
        if (unit.isEmpty() || unit == u"ms"_s)
            factor = 1;
        else if (unit == u"s"_s)
            factor = kSecond;
        else if (unit == u"m"_s || unit == u"min"_s)
            factor = kMinute;
        else if (unit == u"h"_s)
            factor = kHour;
        if (!ok || digits == 0 || factor < 0 || number < 0) {
            return Error(
                RetryPolicy::tr("\"%1\" is not a delay: write a number with ms, s, m or h, e.g. 0,5s,5m,30m,2h")
                    .arg(raw.trimmed()));
        }
        s.delaysMs.append(qint64(std::llround(number * double(factor))));
    }
    if (s.delaysMs.isEmpty())
        return Error(RetryPolicy::tr("the retry schedule is empty"));
    return s;
}

QString RetrySchedule::toString() const
{
    QStringList parts;
    for (const qint64 d : delaysMs)
        parts.append(d == 0 ? RetryPolicy::tr("immediately") : RetryPolicy::formatDelay(d));
    return parts.join(u", "_s);
}

qint64 RetryPolicy::jittered(qint64 delayMs, double jitter, double random01)
{
    if (delayMs <= 0 || jitter <= 0)
        return std::max<qint64>(delayMs, 0);
    const double factor = 1.0 + jitter * (2.0 * std::clamp(random01, 0.0, 1.0) - 1.0);
    return std::max<qint64>(0, qint64(std::llround(double(delayMs) * factor)));
}

QString RetryPolicy::formatDelay(qint64 ms)
{
    if (ms < kSecond)
        return tr("%1 ms").arg(ms);
    if (ms < kMinute) {
        const qint64 tenths = (ms + 50) / 100;
        return tenths % 10 == 0 ? tr("%1 s").arg(tenths / 10) : tr("%1 s").arg(double(tenths) / 10.0, 0, 'f', 1);
    }
    const qint64 minutes = (ms + kMinute / 2) / kMinute;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    const qint64 rest = minutes % 60;
    return rest == 0 ? tr("%1 h").arg(hours) : tr("%1 h %2 min").arg(hours).arg(rest);
}

RetryDecision RetryPolicy::decide(const AttemptFacts& facts, int attemptNumber, int maxAttempts,
                                  const RetrySchedule& schedule, double random01)
{
    RetryDecision d;
    const bool response = facts.kind == AttemptFacts::Kind::Response;
    if (response && isSuccessStatus(facts.status)) {
        d.action = RetryDecision::Action::Delivered;
        return d;
    }
    if (response && facts.status == 410) {
        d.action = RetryDecision::Action::DisableWebhook;
        d.reason = tr("the receiver answered %1: the endpoint is gone, so the webhook was disabled")
                       .arg(facts.summary.isEmpty() ? u"410 Gone"_s : facts.summary);
        return d;
    }
    if (facts.kind == AttemptFacts::Kind::RenderInvalid) {
        d.action = RetryDecision::Action::GiveUp;
        d.reason = tr("the request cannot be made: %1").arg(facts.summary);
        return d;
    }
    const int total = std::max(1, maxAttempts);
    if (attemptNumber >= total) {
        d.action = RetryDecision::Action::GiveUp;
        d.reason = total == 1 ? tr("failed (no retries configured): %1").arg(facts.summary)
                              : tr("gave up after %1 attempts; the last one: %2").arg(total).arg(facts.summary);
        return d;
    }
    d.action = RetryDecision::Action::RetryLater;
    const bool mayRetryAfter = response && (facts.status == 429 || facts.status == 503);
    if (mayRetryAfter && facts.retryAfterSeconds) {
        const qint64 asked = std::max<qint64>(0, *facts.retryAfterSeconds) * kSecond;
        d.delayMs = std::min(asked, std::max<qint64>(0, schedule.maxRetryAfterMs));
        d.retryAfterHonoured = true;
        return d;
    }
    d.delayMs = jittered(schedule.baseDelayMs(attemptNumber + 1), schedule.jitter, random01);
    return d;
}

} // namespace hooksmith

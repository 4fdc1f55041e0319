#include "DeliveryLog.h"

#include <algorithm>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

/// Where `pattern` holds a marker %1 to %9 for one of `count` values, and which value: -1 for none.
int markerAt(QStringView pattern, qsizetype i, std::size_t count)
{
    if (pattern[i] != u'%' || i + 1 >= pattern.size())
        return -1;
    const char16_t digit = pattern[i + 1].unicode();
    return digit >= u'1' && digit <= u'9' && std::size_t(digit - u'1') < count ? int(digit - u'1') : -1;
}

/// `pattern` with %1 to %9 replaced by `values` in one pass, as one multi-argument QString::arg() call
/// does for the patterns used here: a value that holds "%2" is written as it is. A marker with no value
/// is kept. The text is measured first and written in place: a line has a dozen parts, and each
/// QString::append() costs more than the copy.
void appendFilled(QString& out, QStringView pattern, std::initializer_list<QStringView> values)
{
    qsizetype size = pattern.size();
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (const int v = markerAt(pattern, i, values.size()); v >= 0) {
            size += values.begin()[v].size() - 2;
            ++i;
        }
    }
    const qsizetype start = out.size();
    out.resize(start + size);
    QChar* at = out.data() + start;
    const auto put = [&at](QStringView part) {
        std::copy(part.begin(), part.end(), at);
        at += part.size();
    };
    qsizetype copied = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const int v = markerAt(pattern, i, values.size());
        if (v < 0)
            continue;
        put(pattern.sliced(copied, i - copied));
        put(values.begin()[v]);
        copied = i + 2;
        ++i;
    }
    put(pattern.sliced(copied));
    Q_ASSERT(at == out.constData() + out.size());
}

QString filled(QStringView pattern, std::initializer_list<QStringView> values)
{
    QString out;
    appendFilled(out, pattern, values);
    return out;
}

void appendSubject(QString& out, const DeliveryItem& d, const QString& webhookName, const Workspace* workspace)
{
    const QString* device = &d.signal.deviceToken;
    if (workspace) {
        if (const Device* dev = workspace->deviceByToken(d.signal.deviceToken); dev && !dev->name.isEmpty())
            device = &dev->name;
    }
    const QString number = QString::number(d.signal.number);
    appendFilled(out, DeliveryLog::tr("%1 -> \"%2\" (signal %3 from %4)"),
                 {d.messageId, webhookName.isEmpty() ? d.webhookId : webhookName, number, *device});
}

} // namespace

QString DeliveryLog::outcome(const AttemptReport& r)
{
    // Each message takes all its values in one pass: text from a server or a workspace (a reason
    // phrase, a webhook's name) that holds "%2" is shown as it is, never filled in by a later pass.
    const QString attempt =
        filled(tr("attempt %1 of %2"), {QString::number(r.attemptInRound), QString::number(r.maxAttempts)});
    switch (r.decision.action) {
    case RetryDecision::Action::Delivered:
        return filled(tr("delivered: %1 (%2, %3 ms)"), {r.summary, attempt, QString::number(r.durationMs)});
    case RetryDecision::Action::RetryLater: {
        const QString when =
            r.decision.delayMs == 0 ? tr("retrying now")
            : r.decision.retryAfterHonoured
                ? filled(tr("next in %1 (as Retry-After asked)"), {RetryPolicy::formatDelay(r.decision.delayMs)})
                : filled(tr("next in %1"), {RetryPolicy::formatDelay(r.decision.delayMs)});
        return filled(tr("%1 failed: %2; %3"), {attempt, r.summary, when});
    }
    case RetryDecision::Action::GiveUp:
    case RetryDecision::Action::DisableWebhook:
        return filled(tr("failed: %1"), {r.decision.reason});
    }
    return {};
}

QString DeliveryLog::subject(const DeliveryItem& d, const QString& webhookName, const Workspace* workspace)
{
    QString out;
    appendSubject(out, d, webhookName, workspace);
    return out;
}

QString DeliveryLog::line(const AttemptReport& r, const Workspace* workspace)
{
    QString out;
    out.reserve(192);
    appendSubject(out, r.delivery, r.webhookName, workspace);
    out.append(u": "_s);
    out.append(outcome(r));
    return out;
}

} // namespace hooksmith

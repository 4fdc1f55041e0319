#include "DeliveryLog.h"

using namespace Qt::StringLiterals;

namespace hooksmith {

QString DeliveryLog::outcome(const AttemptReport& r)
{
    // Each message takes all its values in one arg() call: text from a server or a workspace (a reason
    // phrase, a webhook's name) that holds "%2" is shown as it is, never filled in by a later call.
    const QString attempt =
        tr("attempt %1 of %2").arg(QString::number(r.attemptInRound), QString::number(r.maxAttempts));
    switch (r.decision.action) {
    case RetryDecision::Action::Delivered:
        return tr("delivered: %1 (%2, %3 ms)").arg(r.summary, attempt, QString::number(r.durationMs));
    case RetryDecision::Action::RetryLater: {
        const QString when =
            r.decision.delayMs == 0 ? tr("retrying now")
            : r.decision.retryAfterHonoured
                ? tr("next in %1 (as Retry-After asked)").arg(RetryPolicy::formatDelay(r.decision.delayMs))
                : tr("next in %1").arg(RetryPolicy::formatDelay(r.decision.delayMs));
        return tr("%1 failed: %2; %3").arg(attempt, r.summary, when);
    }
    case RetryDecision::Action::GiveUp:
    case RetryDecision::Action::DisableWebhook:
        return tr("failed: %1").arg(r.decision.reason);
    }
    return {};
}

QString DeliveryLog::subject(const DeliveryItem& d, const QString& webhookName, const Workspace* workspace)
{
    QString device = d.signal.deviceToken;
    if (workspace) {
        if (const Device* dev = workspace->deviceByToken(d.signal.deviceToken); dev && !dev->name.isEmpty())
            device = dev->name;
    }
    return tr("%1 -> \"%2\" (signal %3 from %4)")
        .arg(d.messageId, webhookName.isEmpty() ? d.webhookId : webhookName, QString::number(d.signal.number), device);
}

QString DeliveryLog::line(const AttemptReport& r, const Workspace* workspace)
{
    return subject(r.delivery, r.webhookName, workspace) + u": "_s + outcome(r);
}

} // namespace hooksmith

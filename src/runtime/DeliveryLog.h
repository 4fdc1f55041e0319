#pragma once

#include "DeliveryEngine.h"

#include <QCoreApplication>

namespace hooksmith {

/// One line per delivery event, for the relay's log, `send`'s progress and the app's log view.
class DeliveryLog
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryLog)
public:
    /// "attempt 2 of 8 failed: 503 Service Unavailable; next in 5 s", "delivered: 200 OK (attempt 1 of 8, 4 ms)",
    /// "failed: gave up after 8 attempts; ..."
    static QString outcome(const AttemptReport& report);
    /// `msg_... -> "Webhook" (signal 1 from DEVICE): ` + outcome()
    static QString line(const AttemptReport& report, const Workspace* workspace);
    /// The prefix for a delivery that ended without an attempt.
    static QString subject(const DeliveryItem& delivery, const QString& webhookName, const Workspace* workspace);
};

} // namespace hooksmith

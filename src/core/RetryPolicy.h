#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace hooksmith {

/// When attempts are made: the delay before each attempt, jitter, and the cap on Retry-After.
struct RetrySchedule
{
    static constexpr double kDefaultJitter = 0.2;
    static constexpr qint64 kDefaultMaxRetryAfterMs = 10LL * 60 * 60 * 1000;

    /// Delay before attempt 1, 2, ... in milliseconds (from the previous attempt's end; attempt 1 from
    /// acceptance). Attempts past the end of the list use the last entry.
    QList<qint64> delaysMs;
    /// Each delay is spread uniformly over +/- this fraction (0.2: 80% to 120%), so that deliveries
    /// that failed together do not all come back at the same instant.
    double jitter = kDefaultJitter;
    /// A Retry-After longer than this is cut to it.
    qint64 maxRetryAfterMs = kDefaultMaxRetryAfterMs;

    /// Immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (as Svix), jitter 20%.
    static RetrySchedule standard();
    /// The delay before attempt `attemptNumber` (1-based), without jitter.
    qint64 baseDelayMs(int attemptNumber) const;

    /// Parses "0,5s,5m,30m,2h" (units ms, s, m, h; a bare number is milliseconds).
    static Result<RetrySchedule> parse(QStringView text);
    /// "0, 5 s, 5 min, ..." for help texts and logs.
    QString toString() const;

    bool operator==(const RetrySchedule&) const = default;
};

/// What one attempt came to, in the terms the retry rules need.
struct AttemptFacts
{
    enum class Kind : quint8
    {
        Response,          ///< the server answered with `status`
        Timeout,           ///< no complete answer within the per-attempt timeout
        NetworkError,      ///< refused, reset, DNS, malformed response, ...
        TlsError,          ///< certificate not trusted, pin mismatch
        RenderUnavailable, ///< the request could not be made yet: the keychain could not be read
        /// The request cannot be made as configured: a missing secret or environment variable, a header
        /// that clashes with a locked one, an invalid URL, a bad template, any error of the validator
        RenderInvalid,
    };

    Kind kind = Kind::NetworkError;
    int status = 0;                          ///< Response
    std::optional<qint64> retryAfterSeconds; ///< Response: Retry-After, when the server sent one
    QString summary;                         ///< what happened, for a person ("503 Service Unavailable")
};

/// What to do after an attempt.
struct RetryDecision
{
    enum class Action : quint8
    {
        Delivered,      ///< 2xx: done
        RetryLater,     ///< try again after `delayMs`
        GiveUp,         ///< final failure; the delivery stays in the outbox with `reason`
        DisableWebhook, ///< 410 Gone: final failure, and the webhook is disabled with `reason`
    };

    Action action = Action::GiveUp;
    qint64 delayMs = 0;
    bool retryAfterHonoured = false; ///< the delay comes from the server's Retry-After
    QString reason;                  ///< GiveUp / DisableWebhook: the final reason
};

/// The retry rules: pure, so that they are tested as a table.
///  - only 2xx is success (3xx arrives here as a failure unless redirects were followed);
///  - 410 Gone stops at once and disables the webhook;
///  - 429 and 503 with Retry-After wait what the server asked (capped), any other failure waits the
///    schedule's next delay with jitter;
///  - a request that cannot be rendered yet (missing secret or environment variable) is retried like a
///    failed attempt, since the keychain may be unlocked or the variable set later; a request that can
///    never be rendered fails at once;
///  - after `maxAttempts` attempts in all, the delivery fails for good.
class RetryPolicy
{
    Q_DECLARE_TR_FUNCTIONS(RetryPolicy)
public:
    /// `attemptNumber` is the attempt just made (1-based); `random01` is uniform in [0, 1) and
    /// chooses the jitter.
    static RetryDecision decide(const AttemptFacts& facts, int attemptNumber, int maxAttempts,
                                const RetrySchedule& schedule, double random01);

    /// `delayMs` spread by the schedule's jitter.
    static qint64 jittered(qint64 delayMs, double jitter, double random01);

    /// "5 s", "5 min", "2 h 30 min", "200 ms"
    static QString formatDelay(qint64 ms);

    static bool isSuccessStatus(int status) { return status >= 200 && status <= 299; }
};

} // namespace hooksmith

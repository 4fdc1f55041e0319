#include "CliDelivery.h"

#include "CliSecrets.h"

#include <QJsonArray>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace hooksmith::cli {

CliDelivery::EngineOptionSet CliDelivery::engineOptions()
{
    return {
        QCommandLineOption(u"attempts"_s, tr("Attempts in all (default: the webhook's max_attempts)."), u"N"_s),
        QCommandLineOption(u"retry-schedule"_s,
                           tr("Delays before each attempt, e.g. 0,5s,5m,30m,2h (default: %1).")
                               .arg(RetrySchedule::standard().toString()),
                           u"LIST"_s),
        QCommandLineOption(u"timeout"_s, tr("Per-attempt timeout in milliseconds (default: the webhook's timeout_ms)."),
                           u"MS"_s),
        QCommandLineOption(u"concurrency"_s, tr("Attempts under way at once (default: 24)."), u"N"_s),
    };
}

void CliDelivery::addEngineOptions(QCommandLineParser& parser, const EngineOptionSet& set, bool withConcurrency)
{
    parser.addOptions({set.attempts, set.schedule, set.timeout});
    if (withConcurrency)
        parser.addOption(set.concurrency);
}

bool CliDelivery::readEngineOptions(const QCommandLineParser& parser, const EngineOptionSet& set, bool withConcurrency,
                                    EngineOptions& options, const QString& command, Io& io)
{
    auto positive = [&](const QCommandLineOption& o, int max) -> std::optional<int> {
        bool ok = false;
        const int n = parser.value(o).toInt(&ok);
        if (!ok || n < 1 || n > max) {
            io.err << tr("hooksmith-cli %1: --%2: \"%3\" is not a number from 1 to %4")
                          .arg(command, o.names().front(), parser.value(o))
                          .arg(max)
                   << '\n';
            return std::nullopt;
        }
        return n;
    };
    if (parser.isSet(set.attempts)) {
        const auto n = positive(set.attempts, 1000);
        if (!n)
            return false;
        options.maxAttempts = *n;
    }
    if (parser.isSet(set.timeout)) {
        const auto n = positive(set.timeout, 3600 * 1000);
        if (!n)
            return false;
        options.timeoutMs = *n;
    }
    if (withConcurrency && parser.isSet(set.concurrency)) {
        const auto n = positive(set.concurrency, 256);
        if (!n)
            return false;
        options.concurrency = *n;
    }
    if (parser.isSet(set.schedule)) {
        auto s = RetrySchedule::parse(parser.value(set.schedule));
        if (!s) {
            io.err << tr("hooksmith-cli %1: --retry-schedule: %2").arg(command, s.errorMessage()) << '\n';
            return false;
        }
        options.schedule.delaysMs = s->delaysMs;
    }
    return true;
}

void CliDelivery::putBody(QJsonObject& object, const QString& key, const QByteArray& body)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(body);
    if (!decoder.hasError())
        object.insert(key, text);
    else
        object.insert(key + u"_base64"_s, QString::fromLatin1(body.toBase64()));
}

QJsonObject CliDelivery::requestJson(const RenderedRequest& r)
{
    QJsonObject o;
    o.insert(u"method"_s, methodName(r.method));
    o.insert(u"url"_s, r.url.toString(QUrl::FullyEncoded));
    o.insert(u"target"_s, QString::fromLatin1(r.target));
    QJsonArray headers;
    for (const RenderedHeader& h : r.headers)
        headers.append(QJsonArray{QString::fromLatin1(h.name), QString::fromUtf8(h.value)});
    o.insert(u"headers"_s, headers);
    if (r.hasBody)
        putBody(o, u"body"_s, r.body);
    o.insert(u"secrets_masked"_s, r.masked);
    return o;
}

QJsonObject CliDelivery::responseJson(const AttemptResult& r)
{
    QJsonObject o;
    o.insert(u"status"_s, r.status);
    o.insert(u"reason"_s, QString::fromLatin1(r.reason));
    QJsonArray headers;
    for (const auto& [name, value] : r.headers)
        headers.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    o.insert(u"headers"_s, headers);
    putBody(o, u"body"_s, r.body);
    o.insert(u"body_size"_s, r.bodySize);
    o.insert(u"body_truncated"_s, r.bodySize > r.body.size());
    if (!r.remoteAddress.isEmpty())
        o.insert(u"remote_address"_s, r.remoteAddress);
    if (!r.tls.isEmpty()) {
        o.insert(u"tls"_s, QJsonObject{{u"protocol"_s, r.tls.protocol},
                                       {u"cipher"_s, r.tls.cipher},
                                       {u"peer_subject"_s, r.tls.peerSubject},
                                       {u"peer_issuer"_s, r.tls.peerIssuer},
                                       {u"peer_sha256"_s, r.tls.peerSha256}});
    }
    return o;
}

QJsonObject CliDelivery::attemptJson(const AttemptReport& r)
{
    QJsonObject o;
    o.insert(u"number"_s, r.attemptNumber);
    o.insert(u"started_at"_s, r.startedAt.toUTC().toString(Qt::ISODateWithMs));
    o.insert(u"duration_ms"_s, r.durationMs);
    o.insert(u"sent"_s, r.sent);
    o.insert(u"summary"_s, r.summary);
    if (r.sent) {
        if (r.result.status > 0)
            o.insert(u"status"_s, r.result.status);
        if (!r.result.errorMessage.isEmpty())
            o.insert(u"error"_s, r.result.errorMessage);
        const AttemptTimings& t = r.result.timings;
        QJsonObject timings;
        auto put = [&timings](const QString& key, qint64 ms) {
            if (ms >= 0)
                timings.insert(key, ms);
        };
        put(u"queued_ms"_s, t.queuedMs);
        put(u"request_sent_ms"_s, t.requestSentMs);
        put(u"first_byte_ms"_s, t.firstByteMs);
        put(u"finished_ms"_s, t.finishedMs);
        o.insert(u"timings"_s, timings);
    } else {
        o.insert(u"error"_s, r.summary);
    }
    if (r.decision.action == RetryDecision::Action::RetryLater)
        o.insert(u"next_attempt_at"_s, r.nextAttemptAt.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

} // namespace hooksmith::cli

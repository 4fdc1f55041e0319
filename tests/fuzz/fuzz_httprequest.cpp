// The local receiver's request parser (src/net/HttpRequestParser.*): any bytes, split anywhere, with
// small limits. Whatever the split, the requests read (or the refusal) are those of the whole input fed
// at once; a refusal has one of the statuses the receiver answers and a reason; nothing passes a limit.
#include "FuzzTarget.h"
#include "HttpRequestParser.h"

#include <QList>

using namespace hooksmith;

namespace {

struct Outcome
{
    QList<QByteArray> requests; ///< method, target, headers and body of each complete request
    int failedStatus = 0;
    QString failedReason;
    bool operator==(const Outcome&) const = default;
};

QByteArray describe(const HttpRequestParser& p)
{
    QByteArray out = p.method() + ' ' + p.target() + ' ' + p.version() + '\n';
    for (const auto& [name, value] : p.headers())
        out += name + ": " + value + '\n';
    return out + '\n' + p.body();
}

RequestLimits smallLimits()
{
    RequestLimits limits;
    limits.maxRequestLine = 64;
    limits.maxHeadBytes = 256;
    limits.maxHeaderLines = 8;
    limits.maxBodyBytes = 128;
    return limits;
}

/// Feeds `bytes` in pieces of the given lengths (cycled; 0 = all at once), reading pipelined requests.
Outcome read(QByteArrayView bytes, const std::uint8_t* lengths, std::size_t count)
{
    const RequestLimits limits = smallLimits();
    HttpRequestParser parser(limits);
    Outcome outcome;
    qsizetype pos = 0;
    std::size_t step = 0;
    QByteArrayView pending;
    while (pos < bytes.size() || !pending.isEmpty()) {
        if (pending.isEmpty()) {
            const qsizetype length =
                count == 0 ? bytes.size() - pos : qMin(bytes.size() - pos, qsizetype(1 + lengths[step++ % count] % 23));
            pending = bytes.sliced(pos, length);
            pos += length;
        }
        const qsizetype used = parser.feed(pending);
        HOOKSMITH_FUZZ_CHECK(used >= 0 && used <= pending.size());
        pending = pending.sliced(used);
        if (parser.state() == HttpRequestParser::State::Complete) {
            HOOKSMITH_FUZZ_CHECK(parser.body().size() <= limits.maxBodyBytes);
            HOOKSMITH_FUZZ_CHECK(parser.headers().size() <= limits.maxHeaderLines);
            outcome.requests += describe(parser);
            parser.reset();
        } else if (parser.state() == HttpRequestParser::State::Failed) {
            outcome.failedStatus = parser.status();
            outcome.failedReason = parser.error();
            return outcome;
        } else {
            HOOKSMITH_FUZZ_CHECK(pending.isEmpty());
        }
    }
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const Outcome whole = read(bytes, nullptr, 0);
    const Outcome pieces = read(bytes, data, size);
    HOOKSMITH_FUZZ_CHECK(whole == pieces);
    if (whole.failedStatus != 0) {
        static const QList<int> answered{400, 413, 414, 431, 501, 505};
        HOOKSMITH_FUZZ_CHECK(answered.contains(whole.failedStatus));
        HOOKSMITH_FUZZ_CHECK(!whole.failedReason.isEmpty());
    }
    return 0;
}

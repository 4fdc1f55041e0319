// The board line parser (src/core/LineProtocol.*): any bytes, split anywhere. Whatever the split, the
// events are those of the whole input fed at once; signal numbers are in range, warnings say something.
#include "FuzzTarget.h"
#include "LineProtocol.h"
#include "Signal.h"

using namespace hooksmith;

namespace {

bool sameEvents(const QList<LineEvent>& a, const QList<LineEvent>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const LineEvent& x = a[i];
        const LineEvent& y = b[i];
        if (x.kind != y.kind || x.text != y.text || x.deviceName != y.deviceName || x.number != y.number ||
            !(x.value == y.value) || x.line != y.line)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));

    LineParser whole;
    QList<LineEvent> expected;
    whole.feed(bytes, expected);
    whole.finish(expected);

    // The same bytes in pieces whose lengths come from the input itself.
    LineParser pieces;
    QList<LineEvent> events;
    qsizetype pos = 0;
    std::size_t step = 0;
    while (pos < bytes.size()) {
        const qsizetype length = qMin(bytes.size() - pos, qsizetype(1 + data[step++ % size] % 17));
        pieces.feed(bytes.sliced(pos, length), events);
        pos += length;
    }
    pieces.finish(events);
    HOOKSMITH_FUZZ_CHECK(sameEvents(expected, events));

    for (const LineEvent& e : std::as_const(events)) {
        if (e.kind == LineEvent::Kind::Warning)
            HOOKSMITH_FUZZ_CHECK(!e.text.isEmpty());
        if (e.kind == LineEvent::Kind::Signal)
            HOOKSMITH_FUZZ_CHECK(e.number >= 0 && e.number <= Signal::kMaxNumber);
    }
    return 0;
}

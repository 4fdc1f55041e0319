// Throughput of the board line parser: how many lines per second one core turns into events.
#include "LineProtocol.h"

#include <benchmark/benchmark.h>

using namespace hooksmith;

namespace {

// What a busy board prints: mostly signals, some console output, the odd announcement.
QByteArray mixedInput(int lines)
{
    QByteArray out;
    for (int i = 0; i < lines; ++i) {
        switch (i % 10) {
        case 0:
            out += "@device 3f0e7a8e-5c2b-4b7e-9d7a-0c4f1e2d3a4b LoPy4 with ESP32\r\n";
            break;
        case 1:
            out += "temperature read, next in 10 s\r\n";
            break;
        case 2:
            out += "@signal 3 \"door open\"\r\n";
            break;
        case 3:
            out += "@signal 4 [1, 2, 3]\r\n";
            break;
        default:
            out += "@signal " + QByteArray::number(i % 200) + ' ' + QByteArray::number(i % 1000) + ".25\r\n";
            break;
        }
    }
    return out;
}

QByteArray repeated(QByteArrayView line, int lines)
{
    QByteArray out;
    out.reserve(line.size() * lines);
    for (int i = 0; i < lines; ++i)
        out += line;
    return out;
}

void runParser(benchmark::State& state, const QByteArray& input, int lines, qsizetype chunk)
{
    QList<LineEvent> events;
    events.reserve(lines);
    for (auto _ : state) {
        LineParser parser;
        events.clear();
        for (qsizetype i = 0; i < input.size(); i += chunk)
            parser.feed(QByteArrayView(input).sliced(i, std::min(chunk, input.size() - i)), events);
        benchmark::DoNotOptimize(events.data());
    }
    state.SetItemsProcessed(state.iterations() * lines);
    state.SetBytesProcessed(state.iterations() * input.size());
    state.counters["lines/s"] = benchmark::Counter(double(state.iterations()) * lines, benchmark::Counter::kIsRate);
}

constexpr int kLines = 10000;

void BM_MixedLines(benchmark::State& state)
{
    static const QByteArray input = mixedInput(kLines);
    runParser(state, input, kLines, state.range(0));
}
// 64: a USB read of a few lines at a time; 4096: a full buffer.
BENCHMARK(BM_MixedLines)->Arg(64)->Arg(4096);

void BM_NumberSignals(benchmark::State& state)
{
    static const QByteArray input = repeated("@signal 1 23.50\r\n", kLines);
    runParser(state, input, kLines, 4096);
}
BENCHMARK(BM_NumberSignals);

void BM_ConsoleLines(benchmark::State& state)
{
    static const QByteArray input = repeated("I (1234) wifi: connected to the access point, rssi -61\r\n", kLines);
    runParser(state, input, kLines, 4096);
}
BENCHMARK(BM_ConsoleLines);

} // namespace

BENCHMARK_MAIN();

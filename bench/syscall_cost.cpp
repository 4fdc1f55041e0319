// What a system call costs on this machine, printed as one line for the footers of the comparison
// scripts: on some virtual machines a call into the kernel takes microseconds instead of a fraction of
// one, and every HTTP peer (curl, nginx, the relay) then runs at a fraction of its usual rate. Runs shown
// side by side are comparable only when this line is too.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <sys/syscall.h>
#include <unistd.h>

int main()
{
    using Clock = std::chrono::steady_clock;
    constexpr int kCalls = 200000;
    const auto nsPer = [](Clock::duration d, int n) {
        return double(std::chrono::duration_cast<std::chrono::nanoseconds>(d).count()) / n;
    };
    // The fastest of five rounds: the cost of the call, not of whatever else ran meanwhile.
    double call = 1e12;
    double pipeRound = 1e12;
    int fds[2];
    if (::pipe(fds) != 0)
        return 1;
    char byte = 'x';
    for (int round = 0; round < 5; ++round) {
        auto start = Clock::now();
        for (int i = 0; i < kCalls; ++i)
            ::syscall(SYS_getppid);
        call = std::min(call, nsPer(Clock::now() - start, kCalls));
        start = Clock::now();
        for (int i = 0; i < kCalls / 4; ++i) {
            if (::write(fds[1], &byte, 1) != 1 || ::read(fds[0], &byte, 1) != 1)
                return 1;
        }
        pipeRound = std::min(pipeRound, nsPer(Clock::now() - start, kCalls / 4));
    }
    std::printf("system call %.0f ns (getppid), pipe write + read %.0f ns\n", call, pipeRound);
    return 0;
}

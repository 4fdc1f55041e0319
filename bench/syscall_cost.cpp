// What a system call costs on this machine, and what waking another process costs, printed as one line
// for the footers of the comparison scripts: on some virtual machines a call into the kernel takes
// microseconds instead of a fraction of one, and every HTTP peer (curl, nginx, the relay) then runs at a
// fraction of its usual rate; and waking a process on an idle virtual CPU can cost tens of microseconds,
// part of it charged to the process that wakes it. Runs shown side by side are comparable only when this
// line is too.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

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
    // A byte to a child process and back, through two pipes: each way wakes a process that waits, on
    // whichever CPU the scheduler picks. The median of five rounds: this cost moves with the host's load.
    int toChild[2];
    int toParent[2];
    if (::pipe(toChild) != 0 || ::pipe(toParent) != 0)
        return 1;
    constexpr int kTrips = 2000;
    constexpr int kRounds = 5;
    const pid_t child = ::fork();
    if (child < 0)
        return 1;
    if (child == 0) {
        for (int i = 0; i < kTrips * kRounds; ++i) {
            if (::read(toChild[0], &byte, 1) != 1 || ::write(toParent[1], &byte, 1) != 1)
                ::_exit(1);
        }
        ::_exit(0);
    }
    std::vector<double> trips;
    for (int round = 0; round < kRounds; ++round) {
        const auto start = Clock::now();
        for (int i = 0; i < kTrips; ++i) {
            if (::write(toChild[1], &byte, 1) != 1 || ::read(toParent[0], &byte, 1) != 1)
                return 1;
        }
        trips.push_back(nsPer(Clock::now() - start, kTrips));
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    std::sort(trips.begin(), trips.end());
    std::printf("system call %.0f ns (getppid), pipe write + read %.0f ns, another process woken and back %.1f µs\n",
                call, pipeRound, trips[kRounds / 2] / 1000);
    return 0;
}

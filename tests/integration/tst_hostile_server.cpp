// `hooksmith-cli send` against servers that misbehave on purpose: endless response heads, a header line
// without end, too many header lines, a response dribbled a byte at a time, a redirect loop. Each run
// is a child process whose peak resident memory (ru_maxrss from wait4) must stay under 100 MB, and
// whose message must name the cause.
#include "FaultServer.h"
#include "TestSupport.h"
#include "WorkspaceFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace hooksmith::test;
using Action = FaultServer::Action;

namespace {

#if defined(__SANITIZE_ADDRESS__)
// Under AddressSanitizer the child's resident memory also holds shadow memory and the quarantine of
// freed blocks (256 MB at most by default); an unbounded head still ends far above this (2.4 GB).
constexpr qint64 kPeakLimitKb = 600 * 1024;
#else
constexpr qint64 kPeakLimitKb = 100 * 1024;
#endif

struct Measured
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 peakRssKb = -1; ///< the child's peak resident set, from the kernel when it was reaped
};

/// Runs `program` as a child process while this thread's event loop keeps serving, and reports its
/// output and peak memory.
Measured runMeasured(const QString& program, const QStringList& args, const QTemporaryDir& dir, int timeoutMs)
{
    Measured m;
    const QByteArray outPath = QFile::encodeName(dir.filePath(u"child.out"_s));
    const QByteArray errPath = QFile::encodeName(dir.filePath(u"child.err"_s));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QList<QByteArray> argBytes{QFile::encodeName(program)};
    for (const QString& a : args)
        argBytes.append(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& a : argBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return m;
    QElapsedTimer clock;
    clock.start();
    int status = 0;
    rusage usage{};
    for (;;) {
        const pid_t done = ::wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (clock.elapsed() > timeoutMs) {
            ::kill(pid, SIGKILL);
            ::wait4(pid, &status, 0, &usage);
            break;
        }
        QTest::qWait(20); // the servers of the test answer meanwhile
    }
    m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    m.peakRssKb = usage.ru_maxrss; // KiB on Linux
    m.out = QString::fromUtf8(readFile(QString::fromLocal8Bit(outPath)));
    m.err = QString::fromUtf8(readFile(QString::fromLocal8Bit(errPath)));
    return m;
}

QString describe(const Measured& m)
{
    return u"exit %1, peak %2 KiB, stderr: %3"_s.arg(m.exitCode).arg(m.peakRssKb).arg(m.err.left(600));
}

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    EnvGuard m_env;

    QString workspaceFor(const QUrl& url, int timeoutMs, bool followRedirects)
    {
        Workspace ws;
        ws.userId = u"hostile-test"_s;
        ws.devices = {Device{u"tok-h"_s, u"Board"_s, {}, {}}};
        ws.signalDefs = {SignalDef{1, u"temperature"_s, u"°C"_s, {}}};
        Webhook w = Webhook::createDefault(u"Hostile"_s);
        w.url = url.toString();
        w.devices = {u"tok-h"_s};
        w.delivery.timeoutMs = timeoutMs;
        w.delivery.followRedirects = followRedirects;
        w.delivery.maxAttempts = 1;
        ws.webhooks = {w};
        const QString path = m_dir.filePath(u"hostile.hooksmith.json"_s);
        const Status st = WorkspaceFile::save(path, ws);
        Q_ASSERT(st.ok());
        return path;
    }

    Measured send(const QUrl& url, int timeoutMs = 5000, bool followRedirects = false)
    {
        const QString ws = workspaceFor(url, timeoutMs, followRedirects);
        return runMeasured(binaryPath(u"bin/hooksmith-cli"_s),
                           {u"send"_s, ws, u"-w"_s, u"Hostile"_s, u"-s"_s, u"1"_s, u"-v"_s, u"21.5"_s}, m_dir,
                           timeoutMs + 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_env.set(u"HOOKSMITH_DATA_DIR"_s, m_dir.filePath(u"data"_s));
    }

    void aWellBehavedServerIsTheBaseline()
    {
        FaultServer server;
        QVERIFY(server.listen());
        const Measured m = send(server.url(u"/hook"_s));
        QVERIFY2(m.exitCode == 0, qPrintable(describe(m)));
        QVERIFY2(m.peakRssKb > 0 && m.peakRssKb < kPeakLimitKb, qPrintable(describe(m)));
    }

    void endlessHead()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(Action::endlessHead());
        const Measured m = send(server.url(u"/hook"_s), 15000);
        QVERIFY2(m.exitCode != 0, qPrintable(describe(m)));
        QVERIFY2(m.err.contains(u"has more than 100 header lines"_s), qPrintable(describe(m)));
        QVERIFY2(m.peakRssKb > 0 && m.peakRssKb < kPeakLimitKb, qPrintable(describe(m)));
    }

    void endlessHeadOfLongLines()
    {
        // Few lines, each long: the limit on the head's size strikes first.
        FaultServer server;
        QVERIFY(server.listen());
        Action a = Action::endlessHead();
        a.fillerPattern = "X-Filler: " + QByteArray(8000, 'w') + "\r\n";
        server.setDefaultAction(a);
        const Measured m = send(server.url(u"/hook"_s), 15000);
        QVERIFY2(m.exitCode != 0, qPrintable(describe(m)));
        QVERIFY2(m.err.contains(u"the response head (status line and headers) is larger than 64 KiB"_s),
                 qPrintable(describe(m)));
        QVERIFY2(m.peakRssKb > 0 && m.peakRssKb < kPeakLimitKb, qPrintable(describe(m)));
    }

    void oneHeaderLineWithoutEnd()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(Action::endlessHeaderLine());
        const Measured m = send(server.url(u"/hook"_s), 15000);
        QVERIFY2(m.exitCode != 0, qPrintable(describe(m)));
        QVERIFY2(m.err.contains(u"a line of the response is longer than 16 KiB"_s), qPrintable(describe(m)));
        QVERIFY2(m.peakRssKb > 0 && m.peakRssKb < kPeakLimitKb, qPrintable(describe(m)));
    }

    void manyShortHeaderLines()
    {
        FaultServer server;
        QVERIFY(server.listen());
        QList<FaultServer::Header> headers;
        for (int i = 0; i < 500; ++i)
            headers.append({"X-N" + QByteArray::number(i), "1"});
        server.setDefaultAction(Action::respond(200, "OK", headers, "ok"));
        const Measured m = send(server.url(u"/hook"_s));
        QVERIFY2(m.exitCode != 0, qPrintable(describe(m)));
        QVERIFY2(m.err.contains(u"has more than 100 header lines"_s), qPrintable(describe(m)));
        QVERIFY2(m.peakRssKb > 0 && m.peakRssKb < kPeakLimitKb, qPrintable(describe(m)));
    }

    void dribbleIsReportedAsSlow()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(Action::drip("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", 200));
        const Measured m = send(server.url(u"/hook"_s), 2000);
        QVERIFY2(m.exitCode != 0, qPrintable(describe(m)));
        QVERIFY2(m.err.contains(u"the response was still arriving slowly when the timeout struck"_s),
                 qPrintable(describe(m)));
        QVERIFY2(!m.err.contains(u"did not answer"_s), qPrintable(describe(m)));
        QVERIFY2(m.peakRssKb > 0 && m.peakRssKb < kPeakLimitKb, qPrintable(describe(m)));
    }

    void redirectLoop()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(Action::redirect(302, "/loop"));
        const Measured m = send(server.url(u"/loop"_s), 5000, true);
        QVERIFY2(m.exitCode != 0, qPrintable(describe(m)));
        QVERIFY2(m.err.contains(u"redirect loop"_s), qPrintable(describe(m)));
        QVERIFY2(m.err.contains(server.url(u"/loop"_s).toString()), qPrintable(describe(m)));
        QVERIFY2(m.peakRssKb > 0 && m.peakRssKb < kPeakLimitKb, qPrintable(describe(m)));
    }

    void tooManyRedirects()
    {
        FaultServer server;
        QVERIFY(server.listen());
        for (int i = 0; i < 12; ++i)
            server.enqueue(Action::redirect(302, "/hop" + QByteArray::number(i + 1)));
        const Measured m = send(server.url(u"/hop0"_s), 5000, true);
        QVERIFY2(m.exitCode != 0, qPrintable(describe(m)));
        QVERIFY2(m.err.contains(u"too many redirects"_s), qPrintable(describe(m)));
        QVERIFY2(m.err.contains(u"the last one from %1 with 302 Found to %2"_s.arg(server.url(u"/hop10"_s).toString(),
                                                                                   server.url(u"/hop11"_s).toString())),
                 qPrintable(describe(m)));
    }
};

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostile_server.moc"

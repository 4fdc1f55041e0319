// The outbox survives SIGKILL: 1,000 signals go to a receiver that is down, the relay is killed with
// kill -9 in the middle of its retries, restarted, and the receiver comes up: every message id arrives
// at least once, and there are exactly 1,000 distinct ones.
#include "FaultServer.h"
#include "LocalReceiver.h"
#include "RelayProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace hooksmith::test;

namespace {
constexpr int kSignals = 1000;
const QString kDevice = u"tok-crash"_s;
} // namespace

class TestRelayCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedRelayLosesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const quint16 port = FaultServer::closedPort(); // nothing listens there yet
        Workspace ws;
        ws.devices = {Device{kDevice, u"Crash board"_s, {}, {}}};
        Webhook w = Webhook::createDefault(u"Receiver"_s);
        w.url = u"http://127.0.0.1:%1/hook"_s.arg(port);
        w.devices = {kDevice};
        w.body.append(BodyRow{u"id"_s, u"MESSAGE_ID"_s, {}, true, true, {}});
        w.delivery.maxAttempts = 100;
        w.delivery.timeoutMs = 2000;
        // Many attempts at once, so that the kill lands in the middle of them.
        w.delivery.order = DeliveryOrder::None;
        ws.webhooks = {w};
        const QString path = RelayProcess::writeWorkspace(dir.path(), u"crash.hooksmith.json"_s, ws);
        const QString outbox = dir.filePath(u"outbox"_s);
        const QStringList args{path,    u"--stdin"_s,          u"--outbox"_s, outbox,          u"-d"_s,
                               kDevice, u"--retry-schedule"_s, u"0,300ms"_s,  u"--attempts"_s, u"1000"_s};

        // First run: the receiver is down; every signal is accepted and fails its first attempt.
        RelayProcess first;
        QVERIFY(first.start(args, dir.filePath(u"data"_s)));
        QByteArray lines;
        for (int i = 0; i < kSignals; ++i)
            lines += "@signal 1 " + QByteArray::number(i) + '\n';
        first.write(lines);
        QTRY_VERIFY_WITH_TIMEOUT(first.countLines(u": attempt 1 of 1000 failed"_s) == kSignals ||
                                     first.process().state() == QProcess::NotRunning,
                                 60000);
        QVERIFY2(first.process().state() == QProcess::Running, qPrintable(first.errorOutput().right(2000)));
        // Retries are under way: kill -9 in the middle of them.
        QTRY_VERIFY_WITH_TIMEOUT(first.countLines(u": attempt 2 of 1000 failed"_s) > 10, 30000);
        first.killHard();
        QCOMPARE(first.process().exitStatus(), QProcess::CrashExit);

        static const QRegularExpression accepted(u"(msg_[0-9A-Z]{26}) -> \"Receiver\" .*: attempt 1 of 1000 failed"_s);
        QSet<QString> acceptedIds;
        for (auto it = accepted.globalMatch(first.errorOutput()); it.hasNext();)
            acceptedIds.insert(it.next().captured(1));
        QCOMPARE(acceptedIds.size(), kSignals);

        // Second run on the same outbox; then the receiver comes up.
        RelayProcess second;
        QVERIFY(second.start(args, dir.filePath(u"data"_s)));
        LocalReceiver receiver;
        QVERIFY2(receiver.listen(port), qPrintable(receiver.errorString()));
        receiver.setLimit(100000);
        QSet<QString> arrived;
        int requests = 0;
        connect(&receiver, &LocalReceiver::requestReceived, this, [&](const ReceivedRequest& r) {
            ++requests;
            arrived.insert(QJsonDocument::fromJson(r.body).object().value(u"id"_s).toString());
        });
        QTRY_VERIFY_WITH_TIMEOUT(arrived.size() == kSignals || second.process().state() == QProcess::NotRunning, 90000);
        QVERIFY2(arrived.size() == kSignals,
                 qPrintable(u"%1 distinct of %2 requests; relay says: %3"_s.arg(arrived.size())
                                .arg(requests)
                                .arg(second.errorOutput().right(2000))));
        QCOMPARE(arrived, acceptedIds);
        QVERIFY(requests >= kSignals); // at least once each; a few may have arrived twice

        second.closeInput();
        QVERIFY2(second.waitForExit(30000), qPrintable(second.errorOutput().right(2000)));
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(second.errorOutput().contains(u"0 waiting in the outbox, 0 failed ones kept there"_s),
                 qPrintable(second.errorOutput().right(2000)));
    }
};

QTEST_GUILESS_MAIN(TestRelayCrash)
#include "tst_relay_crash.moc"

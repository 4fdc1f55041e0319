// `hooksmith-cli relay --stdin` end to end, as a real child process, against the local receiver:
// bound and unbound devices, signal filters, disabled webhooks, order, and a 410 saved to the file.
#include "FaultServer.h"
#include "LocalReceiver.h"
#include "RelayProcess.h"
#include "TestSupport.h"
#include "WorkspaceFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace hooksmith::test;

namespace {

const QString kBalcony = u"tok-balcony"_s;
const QString kCellar = u"tok-cellar"_s;

Webhook hook(const QString& name, const QUrl& base, const QString& path, const QStringList& devices,
             const QList<int>& signalNumbers = {})
{
    Webhook w = Webhook::createDefault(name);
    w.url = base.toString() + path;
    w.devices = devices;
    w.signalNumbers = signalNumbers;
    w.body.append(BodyRow{u"id"_s, u"MESSAGE_ID"_s, {}, true, true, {}});
    return w;
}

QList<ReceivedRequest> at(const LocalReceiver& receiver, const QByteArray& path)
{
    QList<ReceivedRequest> out;
    for (const ReceivedRequest& r : receiver.requests()) {
        if (r.path == path)
            out.append(r);
    }
    return out;
}

} // namespace

class TestCliRelay : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void routesSignalsByDeviceAndFilter()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        Workspace ws;
        ws.devices = {Device{kBalcony, u"Balcony"_s, {}, {}}, Device{kCellar, u"Cellar"_s, {}, {}}};
        ws.webhooks = {hook(u"All"_s, receiver.url(), u"/all"_s, {kBalcony}),
                       hook(u"Humidity"_s, receiver.url(), u"/humidity"_s, {kBalcony}, {2}),
                       hook(u"Off"_s, receiver.url(), u"/off"_s, {kBalcony, kCellar})};
        ws.webhooks[2].enabled = false;
        const QString path = RelayProcess::writeWorkspace(m_dir.path(), u"routes.hooksmith.json"_s, ws);
        QVERIFY(!path.isEmpty());

        RelayProcess relay;
        QVERIFY(relay.start({path, u"--stdin"_s, u"--concurrency"_s, u"1"_s, u"-d"_s, u"Balcony"_s},
                            m_dir.filePath(u"data1"_s)));
        relay.write("MicroPython v1.20.0 on 2023-01-01; LoPy4 with ESP32\r\n"
                    "@signal 1 10.50\n"  // the -d device: Balcony
                    "@signal 2 [1, 2]\n" // Balcony, humidity too
                    "not a signal\n"
                    "@device tok-cellar Cellar\n" // bound only to the disabled webhook
                    "@signal 1 30\n"
                    "@device tok-unknown\n" // not in the workspace
                    "@signal 1 40\n"
                    "@device tok-balcony\n"
                    "@signal 3 \"door open\"\n"
                    "@signal 255 1\n"); // invalid: a warning, never dispatched
        relay.closeInput();
        QVERIFY2(relay.waitForExit(30000), qPrintable(relay.errorOutput()));
        QVERIFY2(relay.exitCode() == 0, qPrintable(relay.errorOutput()));

        const auto all = at(receiver, "/all");
        QCOMPARE(all.size(), 3);
        // In the order the board sent them.
        QVERIFY2(all[0].body.contains("\"payload\":10.50"), all[0].body.constData());
        QVERIFY2(all[1].body.contains("\"payload\":[1,2]"), all[1].body.constData());
        QVERIFY2(all[2].body.contains("\"payload\":\"door open\""), all[2].body.constData());
        const auto humidity = at(receiver, "/humidity");
        QCOMPARE(humidity.size(), 1);
        QVERIFY(humidity[0].body.contains("\"signal\":2"));
        QCOMPARE(at(receiver, "/off").size(), 0);
        QCOMPARE(receiver.requests().size(), 4);

        const QString log = relay.errorOutput();
        QCOMPARE(relay.countLines(u": delivered: 200 OK"_s), 4);
        QVERIFY2(log.contains(u"signal 1 from device tok-cellar fired no webhook: the webhooks bound to the device "
                              u"are disabled"_s),
                 qPrintable(log));
        QVERIFY2(log.contains(u"signal 1 from device tok-unknown fired no webhook: the device is not in the "
                              u"workspace"_s),
                 qPrintable(log));
        QVERIFY2(log.contains(u"255"_s), qPrintable(log));
        QVERIFY2(log.contains(u"relay: 5 signal(s), 4 delivery(ies): 4 delivered, 0 failed; 0 waiting in the outbox"_s),
                 qPrintable(log));
    }

    void goneIsSavedIntoTheWorkspace()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(FaultServer::Action::respond(410, "Gone"));
        Workspace ws;
        ws.devices = {Device{kBalcony, u"Balcony"_s, {}, {}}};
        ws.webhooks = {hook(u"Gone"_s, server.url(u"/"_s).adjusted(QUrl::StripTrailingSlash), u"/gone"_s, {kBalcony})};
        const QString path = RelayProcess::writeWorkspace(m_dir.path(), u"gone.hooksmith.json"_s, ws);

        RelayProcess relay;
        QVERIFY(relay.start({path, u"--stdin"_s, u"-d"_s, kBalcony}, m_dir.filePath(u"data2"_s)));
        relay.write("@signal 1 1\n");
        relay.closeInput();
        QVERIFY2(relay.waitForExit(30000), qPrintable(relay.errorOutput()));
        QCOMPARE(relay.exitCode(), 1); // a delivery failed for good
        QVERIFY2(relay.errorOutput().contains(u"saved the webhook as disabled"_s), qPrintable(relay.errorOutput()));

        const LoadResult reloaded = WorkspaceFile::load(path);
        QVERIFY(reloaded.workspace);
        QCOMPARE(reloaded.workspace->webhooks.front().enabled, false);
        QVERIFY2(reloaded.workspace->webhooks.front().disabledReason.contains(u"410 Gone"_s),
                 qPrintable(reloaded.workspace->webhooks.front().disabledReason));
    }

    void logsOnlyFailuresAndSumsUpEachPeriodWhenAsked()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(FaultServer::Action::respond(503, "Service Unavailable"));
        Workspace ws;
        ws.devices = {Device{kBalcony, u"Balcony"_s, {}, {}}};
        ws.webhooks = {hook(u"Up"_s, receiver.url(), u"/up"_s, {kBalcony}),
                       hook(u"Down"_s, server.url(u"/"_s).adjusted(QUrl::StripTrailingSlash), u"/down"_s, {kBalcony})};
        const QString path = RelayProcess::writeWorkspace(m_dir.path(), u"quiet.hooksmith.json"_s, ws);

        RelayProcess relay;
        QVERIFY(relay.start({path, u"--stdin"_s, u"-d"_s, kBalcony, u"--log-format"_s, u"json"_s, u"--log-deliveries"_s,
                             u"failures"_s, u"--log-summary"_s, u"1s"_s, u"--attempts"_s, u"2"_s, u"--retry-schedule"_s,
                             u"0,50ms"_s},
                            m_dir.filePath(u"data-quiet"_s)));
        relay.write("@signal 1 1\n@signal 1 2\n@signal 1 3\n");
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 3, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(relay.countLines(u"\"outcome\":\"failed\""_s), 3, 20000);
        // At least one period passes with the relay still running.
        QTRY_VERIFY_WITH_TIMEOUT(relay.countLines(u"relay: in the last 1 s: "_s) > 0, 20000);
        relay.closeInput();
        QVERIFY2(relay.waitForExit(30000), qPrintable(relay.errorOutput()));
        QCOMPARE(relay.exitCode(), 1);

        // No line for a delivered attempt; each failed attempt has its line.
        QCOMPARE(relay.countLines(u"\"outcome\":\"delivered\""_s), 0);
        QCOMPARE(relay.countLines(u"delivered: 200 OK"_s), 0);
        QCOMPARE(relay.countLines(u"\"outcome\":\"retry\""_s), 3);
        // The periods together count every signal and outcome once.
        QHash<QString, qint64> sums;
        int periods = 0;
        for (const QString& line : relay.errorOutput().split(u'\n', Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            if (!o.value(u"msg"_s).toString().startsWith(u"relay: in the last 1 s: "_s))
                continue;
            ++periods;
            QCOMPARE(o.value(u"period_ms"_s).toInteger(), 1000);
            for (const QString& key : {u"signals"_s, u"delivered"_s, u"retried"_s, u"failed"_s, u"parked"_s})
                sums[key] += o.value(key).toInteger();
        }
        QVERIFY(periods > 0);
        QCOMPARE(sums.value(u"signals"_s), 3);
        QCOMPARE(sums.value(u"delivered"_s), 3);
        QCOMPARE(sums.value(u"retried"_s), 3);
        QCOMPARE(sums.value(u"failed"_s), 3);
        QCOMPARE(sums.value(u"parked"_s), 0);
        QVERIFY2(relay.errorOutput().contains(u"3 delivered, 3 failed"_s), qPrintable(relay.errorOutput()));
    }

    void aWorkspaceChangedOnDiskIsNotOverwritten()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(FaultServer::Action::respond(410, "Gone"));
        Workspace ws;
        ws.devices = {Device{kBalcony, u"Balcony"_s, {}, {}}};
        ws.webhooks = {hook(u"Gone"_s, server.url(u"/"_s).adjusted(QUrl::StripTrailingSlash), u"/gone"_s, {kBalcony})};
        const QString path = RelayProcess::writeWorkspace(m_dir.path(), u"changed.hooksmith.json"_s, ws);

        RelayProcess relay;
        QVERIFY(relay.start({path, u"--stdin"_s, u"-d"_s, kBalcony}, m_dir.filePath(u"data3"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(relay.errorOutput().contains(u"reading board lines"_s), 10000);
        // Someone edits the file while the relay runs.
        const QByteArray edited = test::readFile(path) + "\n";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(edited);
        }
        relay.write("@signal 1 1\n");
        relay.closeInput();
        QVERIFY2(relay.waitForExit(30000), qPrintable(relay.errorOutput()));
        QVERIFY2(relay.errorOutput().contains(u"changed on disk since it was loaded, so it was not saved"_s),
                 qPrintable(relay.errorOutput()));
        QCOMPARE(test::readFile(path), edited);
    }

    void sigtermStopsCleanlyAndKeepsWhatIsUnderWay()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(FaultServer::Action::hang()); // attempts never end by themselves
        Workspace ws;
        ws.devices = {Device{kBalcony, u"Balcony"_s, {}, {}}};
        ws.webhooks = {hook(u"Slow"_s, server.url(u"/"_s).adjusted(QUrl::StripTrailingSlash), u"/slow"_s, {kBalcony})};
        ws.webhooks[0].delivery.timeoutMs = 60000;
        ws.webhooks[0].delivery.order = DeliveryOrder::None; // both under way when SIGTERM comes
        const QString path = RelayProcess::writeWorkspace(m_dir.path(), u"term.hooksmith.json"_s, ws);
        const QStringList args{path, u"--stdin"_s, u"-d"_s, kBalcony, u"--outbox"_s, m_dir.filePath(u"term-outbox"_s)};

        RelayProcess relay;
        QVERIFY(relay.start(args, m_dir.filePath(u"data4"_s)));
        relay.write("@signal 1 1\n@signal 1 2\n");
        QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 2, 10000);
        relay.process().terminate(); // SIGTERM, stdin still open
        QVERIFY2(relay.waitForExit(15000), qPrintable(relay.errorOutput()));
        QCOMPARE(relay.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(relay.exitCode(), 0);
        QVERIFY2(relay.errorOutput().contains(u"SIGTERM: stopping"_s), qPrintable(relay.errorOutput()));
        QVERIFY2(relay.errorOutput().contains(u"2 waiting in the outbox"_s), qPrintable(relay.errorOutput()));

        // The next run finds them and delivers them with the same message ids.
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        ws.webhooks[0].url = receiver.url().toString() + u"/slow"_s;
        QVERIFY(!RelayProcess::writeWorkspace(m_dir.path(), u"term.hooksmith.json"_s, ws).isEmpty());
        RelayProcess again;
        QVERIFY(again.start(args, m_dir.filePath(u"data4"_s)));
        again.closeInput();
        QVERIFY2(again.waitForExit(30000), qPrintable(again.errorOutput()));
        QCOMPARE(receiver.requests().size(), 2);
        for (const ReceivedRequest& r : receiver.requests())
            QVERIFY(server.requests().front().contains(r.body) || server.requests().back().contains(r.body));
    }

    void badUsage()
    {
        const auto neither = test::runCli({u"relay"_s, u"x.hooksmith.json"_s});
        QCOMPARE(neither.code, 2);
        QVERIFY(neither.err.contains(u"--stdin, --serial PORT (or --serial auto) and --mqtt URL"_s));
        // A password on the command line is refused, and not repeated.
        const auto password =
            test::runCli({u"relay"_s, u"x.hooksmith.json"_s, u"--mqtt"_s, u"mqtt://u:pa55word@localhost"_s});
        QCOMPARE(password.code, 2);
        QVERIFY(password.err.contains(u"HOOKSMITH_MQTT_PASSWORD"_s));
        QVERIFY(!password.err.contains(u"pa55word"_s));
        const auto scheme = test::runCli({u"relay"_s, u"x.hooksmith.json"_s, u"--mqtt"_s, u"http://localhost"_s});
        QCOMPARE(scheme.code, 2);
        QVERIFY(scheme.err.contains(u"mqtt://HOST"_s));
        const auto group = test::runCli({u"relay"_s, u"x.hooksmith.json"_s, u"--stdin"_s, u"--mqtt-group"_s, u"g"_s});
        QCOMPARE(group.code, 2);
        QVERIFY(group.err.contains(u"--mqtt-group goes with --mqtt"_s));
        const auto which =
            test::runCli({u"relay"_s, u"x.hooksmith.json"_s, u"--stdin"_s, u"--log-deliveries"_s, u"errors"_s});
        QCOMPARE(which.code, 2);
        QVERIFY(which.err.contains(u"--log-deliveries is all or failures, not \"errors\""_s));
        for (const QString& period : {u"10"_s, u"0s"_s, u"1m,2m"_s, u"soon"_s, u"25h"_s}) {
            const auto summary =
                test::runCli({u"relay"_s, u"x.hooksmith.json"_s, u"--stdin"_s, u"--log-summary"_s, period});
            QCOMPARE(summary.code, 2);
            QVERIFY2(summary.err.contains(u"--log-summary takes one period from 1s to 24h"_s), qPrintable(summary.err));
        }
        const auto missing = test::runCli({u"relay"_s, m_dir.filePath(u"absent.hooksmith.json"_s), u"--stdin"_s});
        QCOMPARE(missing.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliRelay)
#include "tst_cli_relay.moc"

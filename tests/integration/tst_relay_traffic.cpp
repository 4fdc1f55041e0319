// `hooksmith-cli relay` under steady traffic, as a real child process: the order of one device's signals
// against a receiver that is slow at random and fails some requests, and SIGHUP reloads (good and bad
// files) while thousands of signals flow.
#include "LocalReceiver.h"
#include "RelayProcess.h"
#include "RelayServiceSupport.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace hooksmith::test;

namespace {

const QString kDevice = u"tok-traffic"_s;

QJsonArray oneDevice()
{
    return {QJsonObject{{u"token"_s, kDevice}, {u"name"_s, u"Traffic board"_s}}};
}

} // namespace

class TestRelayTraffic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orderHoldsThroughSlowAndFailedAnswers_data()
    {
        QTest::addColumn<QString>("order");
        QTest::newRow("order device (the default)") << QString();
        QTest::newRow("order none") << u"none"_s;
    }

    void orderHoldsThroughSlowAndFailedAnswers()
    {
        QFETCH(QString, order);
        const bool ordered = order.isEmpty();
        constexpr int kSignals = 2000;
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed);
        FlakyReceiver receiver(seed);
        QVERIFY(receiver.listen());
        receiver.setDelayRange(0, 20);
        receiver.setFailureRate(0.05);
        // The distinct values that got a 2xx, and the first 2xx of each in the order the receiver gave them.
        QSet<int> delivered;
        QList<int> firstSuccesses;
        connect(&receiver, &FlakyReceiver::answered, this, [&](const FlakyReceiver::Request& r) {
            const int value = arrivalOf(r.body).value;
            if (r.status == 200 && !delivered.contains(value)) {
                delivered.insert(value);
                firstSuccesses.append(value);
            }
        });

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QJsonObject delivery{{u"max_attempts"_s, 100}};
        if (!ordered)
            delivery.insert(u"order"_s, order);
        const QString path = dir.filePath(u"order.hooksmith.json"_s);
        QVERIFY(writeTextFile(path, workspaceJson(oneDevice(), {webhookJson(u"Ordered"_s, receiver.url(u"/in"_s),
                                                                            {kDevice}, delivery)})));
        RelayProcess relay;
        QVERIFY(relay.start({path, u"--stdin"_s, u"--outbox"_s, dir.filePath(u"outbox"_s), u"-d"_s, kDevice,
                             u"--retry-schedule"_s, u"0,20ms"_s},
                            dir.filePath(u"data"_s)));
        relay.write(signalLines(0, kSignals));
        // Input stays open until everything arrived: at its end the relay would leave waiting retries for later.
        QTRY_VERIFY_WITH_TIMEOUT(delivered.size() == kSignals || relay.process().state() != QProcess::Running, 150000);
        QVERIFY2(delivered.size() == kSignals, qPrintable(u"%1 of %2 delivered; relay says: %3"_s.arg(delivered.size())
                                                              .arg(kSignals)
                                                              .arg(relay.errorOutput().right(3000))));
        relay.closeInput();
        QVERIFY2(relay.waitForExit(30000), qPrintable(relay.errorOutput().right(3000)));
        QVERIFY2(relay.exitCode() == 0, qPrintable(relay.errorOutput().right(3000)));
        QVERIFY2(relay.errorOutput().contains(u"0 waiting in the outbox, 0 failed ones kept there"_s),
                 qPrintable(relay.errorOutput().right(3000)));

        const int failures = receiver.countWithStatus(503);
        qInfo("%d requests, %d answered 503, at most %d waiting for an answer at once", receiver.count(), failures,
              receiver.maxOutstanding());
        QVERIFY(failures > 0); // the retries were exercised
        // Every 503 is an attempt the relay logged as failed and retried.
        QCOMPARE(relay.countLines(u"failed: 503 Service Unavailable;"_s), failures);
        // Delivered once each: no value got a second 2xx.
        QCOMPARE(receiver.countWithStatus(200), kSignals);
        if (!ordered) {
            QVERIFY2(receiver.maxOutstanding() > 1, "order none sends more than one request at a time");
            return;
        }
        // One request at a time for the device, each signal retried until it is delivered before the next one
        // is sent: the values the receiver saw never go back, and the first success of each is in order.
        QCOMPARE(receiver.maxOutstanding(), 1);
        QList<int> expected(kSignals);
        std::iota(expected.begin(), expected.end(), 0);
        QCOMPARE(firstSuccesses, expected);
        int previous = 0;
        for (const FlakyReceiver::Request& r : receiver.requests()) {
            const int value = arrivalOf(r.body).value;
            QVERIFY2(value >= previous, qPrintable(u"%1 was sent after %2"_s.arg(value).arg(previous)));
            previous = value;
        }
    }

    void reloadWhileSignalsFlow()
    {
        constexpr int kSignals = 5000;
        constexpr int kBatch = 100;
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setLimit(0);
        QHash<int, QSet<QByteArray>> configsByValue; // the X-Config values each signal's requests carried
        connect(&receiver, &LocalReceiver::requestReceived, this, [&](const ReceivedRequest& r) {
            QByteArray config = "(none)";
            for (const auto& [name, value] : r.headers) {
                if (name == "X-Config")
                    config = value;
            }
            configsByValue[arrivalOf(r.body).value].insert(config);
        });

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"reload.hooksmith.json"_s);
        auto workspace = [&](const QString& headerValue) {
            QJsonObject w =
                webhookJson(u"Hook"_s, receiver.url().resolved(QUrl(u"/in"_s)), {kDevice}, {{u"order"_s, u"none"_s}});
            w.insert(u"headers"_s, QJsonArray{QJsonObject{{u"name"_s, u"X-Config"_s}, {u"value"_s, headerValue}}});
            return workspaceJson(oneDevice(), {w});
        };
        QVERIFY(writeTextFile(path, workspace(u"v1"_s)));
        RelayProcess relay;
        QVERIFY(relay.start({path, u"--stdin"_s, u"--outbox"_s, dir.filePath(u"outbox"_s), u"-d"_s, kDevice},
                            dir.filePath(u"data"_s)));

        // The board prints in batches; the file changes and SIGHUP comes while they flow. `reloadedAt` is how
        // many signals were written when the reload was logged: those after it are rendered with the new file.
        int written = 0;
        int reloadedAt = -1;
        int refusedAt = -1;
        int brokenJsonRefusedAt = -1;
        auto writeBatch = [&] {
            relay.write(signalLines(written, kBatch));
            written += kBatch;
            QTest::qWait(15);
        };
        while (written < 1500)
            writeBatch();
        // A SIGHUP before the relay has set up its handlers would end it: wait until it delivers (a slow start,
        // such as under the sanitizers, takes longer than the batches above).
        QTRY_VERIFY_WITH_TIMEOUT(!configsByValue.isEmpty() || relay.process().state() != QProcess::Running, 60000);
        QVERIFY2(!configsByValue.isEmpty(), qPrintable(relay.errorOutput().right(3000)));
        QVERIFY(writeTextFile(path, workspace(u"v2"_s)));
        QVERIFY(relay.sendSignal(SIGHUP));
        const auto reloaded = [&] {
            return relay.errorOutput().contains(u"relay: reloaded: 1 webhook(s)"_s);
        };
        while (written < 3000) {
            writeBatch();
            if (reloadedAt < 0 && reloaded())
                reloadedAt = written;
        }
        // The relay reads the batches ahead of the signal in order; when it is slow, the reload comes later.
        if (reloadedAt < 0) {
            QTRY_VERIFY_WITH_TIMEOUT(reloaded() || relay.process().state() != QProcess::Running, 60000);
            if (reloaded())
                reloadedAt = written;
        }
        QVERIFY2(reloadedAt >= 0, qPrintable(relay.errorOutput().right(3000)));

        // A file with an error in an enabled webhook, then one that is not JSON: both refused, v2 stays.
        const auto refusals = [&] {
            return relay.countLines(u"relay: the workspace was not reloaded: it has errors"_s);
        };
        QVERIFY(writeTextFile(path, workspace(u"{{NO_SUCH_PRESET}}"_s)));
        QVERIFY(relay.sendSignal(SIGHUP));
        while (written < 4000) {
            writeBatch();
            if (refusedAt < 0 && refusals() == 1)
                refusedAt = written;
        }
        if (refusedAt < 0) {
            QTRY_VERIFY_WITH_TIMEOUT(refusals() == 1 || relay.process().state() != QProcess::Running, 60000);
            if (refusals() == 1)
                refusedAt = written;
        }
        QVERIFY(writeTextFile(path, workspace(u"v3"_s).chopped(20)));
        QVERIFY(relay.sendSignal(SIGHUP));
        while (written < kSignals) {
            writeBatch();
            if (brokenJsonRefusedAt < 0 && refusals() == 2)
                brokenJsonRefusedAt = written;
        }
        if (brokenJsonRefusedAt < 0) {
            QTRY_VERIFY_WITH_TIMEOUT(refusals() == 2 || relay.process().state() != QProcess::Running, 60000);
            if (refusals() == 2)
                brokenJsonRefusedAt = written;
        }
        QTRY_VERIFY_WITH_TIMEOUT(configsByValue.size() == kSignals || relay.process().state() != QProcess::Running,
                                 60000);
        QVERIFY2(configsByValue.size() == kSignals,
                 qPrintable(u"%1 of %2 signals arrived; relay says: %3"_s.arg(configsByValue.size())
                                .arg(kSignals)
                                .arg(relay.errorOutput().right(3000))));
        relay.closeInput();
        QVERIFY2(relay.waitForExit(30000), qPrintable(relay.errorOutput().right(3000)));
        QVERIFY2(relay.exitCode() == 0, qPrintable(relay.errorOutput().right(3000)));
        const QString log = relay.errorOutput();
        QVERIFY2(log.contains(u"0 waiting in the outbox, 0 failed ones kept there"_s), qPrintable(log.right(3000)));
        QVERIFY2(refusedAt >= 0 && brokenJsonRefusedAt >= 0, qPrintable(log.right(3000)));
        // The refusals say what is wrong and where.
        QVERIFY2(log.contains(u"reload.hooksmith.json: webhook \"Hook\": headers[0]"_s) &&
                     log.contains(u"NO_SUCH_PRESET"_s),
                 qPrintable(log.right(3000)));
        QVERIFY2(log.contains(u"invalid JSON"_s), qPrintable(log.right(3000)));
        QCOMPARE(relay.countLines(u"relay: reloaded: "_s), 1);
        qInfo("reloaded once %d signals were written; the bad files were refused at %d and %d", reloadedAt, refusedAt,
              brokenJsonRefusedAt);

        // None lost; the first ones went with v1; everything read after the reload went with v2, the bad files
        // notwithstanding.
        QCOMPARE(configsByValue.value(0), (QSet<QByteArray>{"v1"}));
        for (int v = 0; v < kSignals; ++v) {
            const QSet<QByteArray> configs = configsByValue.value(v);
            QVERIFY2(!configs.isEmpty(), qPrintable(u"signal %1 never arrived"_s.arg(v)));
            if (v >= reloadedAt)
                QVERIFY2(configs == QSet<QByteArray>{"v2"},
                         qPrintable(u"signal %1 carried %2"_s.arg(v).arg(
                             QString::fromUtf8(QList<QByteArray>(configs.cbegin(), configs.cend()).join(", ")))));
            else
                QVERIFY2(configs.size() == 1 && (configs.contains("v1") || configs.contains("v2")),
                         qPrintable(u"signal %1"_s.arg(v)));
        }
    }
};

QTEST_GUILESS_MAIN(TestRelayTraffic)
#include "tst_relay_traffic.moc"

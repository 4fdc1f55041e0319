// What the relay's outbox keeps across kills, renames and restarts, with `hooksmith-cli relay` and
// `hooksmith-cli outbox` as real child processes on the same outbox, and workspace files written by hand
// (without ids, as people write them: each id is derived from user_id and the webhook's name).
#include "FaultServer.h"
#include "LocalReceiver.h"
#include "Model.h"
#include "RelayProcess.h"
#include "RelayServiceSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace hooksmith::test;

namespace {

const QString kDevice = u"tok-durable"_s;
const QString kUserId = u"relay-tests"_s;

/// A workspace as a person writes it: no "id" anywhere. `order` empty leaves "order" out (the default).
QByteArray workspaceText(const QString& webhookName, quint16 port, const QString& order, int timeoutMs = 2000)
{
    const QString orderLine = order.isEmpty() ? QString() : u", \"order\": \"%1\""_s.arg(order);
    return u"{\n"
           u"  \"hooksmith\": 1,\n"
           u"  \"user_id\": \"%1\",\n"
           u"  \"devices\": [ { \"token\": \"%2\", \"name\": \"Durable board\" } ],\n"
           u"  \"webhooks\": [\n"
           u"    {\n"
           u"      \"name\": \"%3\",\n"
           u"      \"url\": \"http://127.0.0.1:%4/hook\",\n"
           u"      \"body\": [\n"
           u"        { \"key\": \"id\", \"preset\": \"MESSAGE_ID\" },\n"
           u"        { \"key\": \"value\", \"preset\": \"MESSAGE_PAYLOAD\" }\n"
           u"      ],\n"
           u"      \"devices\": [ \"%2\" ],\n"
           u"      \"delivery\": { \"timeout_ms\": %5, \"max_attempts\": 100%6 }\n"
           u"    }\n"
           u"  ]\n"
           u"}\n"_s.arg(kUserId, kDevice, webhookName)
               .arg(port)
               .arg(timeoutMs)
               .arg(orderLine)
               .toUtf8();
}

/// What `hooksmith-cli outbox list --json` prints for the outbox in `dir`.
bool listOutbox(const QString& dir, QJsonArray* rows, QString* error, const QStringList& extra = {})
{
    const CliProcessResult r = runCliProcess(
        QStringList{u"outbox"_s, u"list"_s, u"--outbox"_s, dir, u"--json"_s, u"--limit"_s, u"0"_s} + extra);
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &parseError);
    if (r.code != 0 || !doc.isArray()) {
        *error = u"outbox list failed (%1, %2): %3"_s.arg(r.code).arg(parseError.errorString(), r.err);
        return false;
    }
    *rows = doc.array();
    return true;
}

/// What the outbox in `dir` holds, as `hooksmith-cli outbox list --json` says: message id by signal value. A
/// folder without an outbox file holds nothing yet.
bool readOutbox(const QString& dir, QMap<int, QString>* byValue, QString* error, const QStringList& extra = {})
{
    byValue->clear();
    if (QDir(dir).entryList({u"*.outbox.sqlite"_s}, QDir::Files).isEmpty())
        return true;
    QJsonArray rows;
    if (!listOutbox(dir, &rows, error, extra))
        return false;
    for (const QJsonValue& row : std::as_const(rows)) {
        const QJsonObject o = row.toObject();
        bool ok = false;
        const int value = o.value(u"value"_s).toString().toInt(&ok);
        if (!ok || byValue->contains(value)) {
            *error = u"unexpected row (a value that is not a number, or a value twice): "_s +
                     QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
            return false;
        }
        byValue->insert(value, o.value(u"message_id"_s).toString());
    }
    return true;
}

QByteArray linesFor(const QList<int>& values)
{
    QByteArray out;
    for (const int v : values)
        out += "@signal 1 " + QByteArray::number(v) + '\n';
    return out;
}

} // namespace

class TestRelayDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAgainAndAgainLosesNothing_data()
    {
        QTest::addColumn<QString>("order");
        QTest::addColumn<QString>("retrySchedule");
        // "none": every delivery retries on its own, so the schedule is slower to keep the machine's load sane.
        QTest::newRow("order none") << u"none"_s << u"0,2s"_s;
        QTest::newRow("order device (the default)") << QString() << u"0,500ms"_s;
    }

    void killedAgainAndAgainLosesNothing()
    {
        QFETCH(QString, order);
        QFETCH(QString, retrySchedule);
        constexpr int kSignals = 2000;
        constexpr int kKills = 10;
        constexpr int kChunk = kSignals / kKills;

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const quint16 port = FaultServer::closedPort();
        const QString path = dir.filePath(u"durable.hooksmith.json"_s);
        QVERIFY(writeTextFile(path, workspaceText(u"Receiver"_s, port, order)));
        const QString outbox = dir.filePath(u"outbox"_s);
        const QStringList args{path,    u"--stdin"_s,          u"--outbox"_s, outbox,          u"-d"_s,
                               kDevice, u"--retry-schedule"_s, retrySchedule, u"--attempts"_s, u"1000"_s};
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed);
        QRandomGenerator random(seed);

        // Each run reads the next chunk of signals (and, again, those a kill caught before they were stored,
        // as a board that was not heard would send them again), and is killed at a random moment: while it
        // starts, opens the outbox, reads, stores or retries.
        QMap<int, QString> stored; // value -> message id, as the outbox held it after the last kill
        int nextFresh = 0;
        for (int run = 0; run < kKills; ++run) {
            QList<int> batch;
            for (int v = 0; v < nextFresh; ++v) {
                if (!stored.contains(v))
                    batch.append(v);
            }
            for (int v = nextFresh; v < nextFresh + kChunk; ++v)
                batch.append(v);
            nextFresh += kChunk;

            RelayProcess relay;
            QVERIFY(relay.start(args, dir.filePath(u"data"_s)));
            const int killAfterMs = int(random.bounded(1500));
            // The board prints its lines over half a second, so that some kills land while they are read.
            QElapsedTimer clock;
            clock.start();
            constexpr int kPieces = 10;
            const qsizetype pieceSize = (batch.size() + kPieces - 1) / kPieces;
            for (qsizetype i = 0; i < batch.size(); i += pieceSize) {
                if (clock.elapsed() >= killAfterMs)
                    break;
                relay.write(linesFor(batch.mid(i, pieceSize)));
                QTest::qWait(std::min(50, std::max(0, killAfterMs - int(clock.elapsed()))));
            }
            QTest::qWait(std::max(0, killAfterMs - int(clock.elapsed())));
            QVERIFY2(relay.process().state() == QProcess::Running, qPrintable(relay.errorOutput().right(3000)));
            relay.killHard();
            QCOMPARE(relay.process().exitStatus(), QProcess::CrashExit);

            QMap<int, QString> now;
            QString error;
            QVERIFY2(readOutbox(outbox, &now, &error), qPrintable(error + u"\nrelay: "_s + relay.errorOutput()));
            // Whatever the outbox held before is still there, under the same message id.
            for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
                QVERIFY2(
                    now.value(it.key()) == it.value(),
                    qPrintable(u"run %1: signal %2 (%3) was in the outbox and is now %4"_s.arg(run).arg(it.key()).arg(
                        it.value(), now.value(it.key(), u"gone"_s))));
            }
            // What this run stored is the beginning of what it read: a signal is never stored before one
            // read ahead of it.
            qsizetype storedOfBatch = 0;
            while (storedOfBatch < batch.size() && now.contains(batch[storedOfBatch]))
                ++storedOfBatch;
            for (qsizetype i = storedOfBatch; i < batch.size(); ++i)
                QVERIFY2(!now.contains(batch[i]), qPrintable(u"run %1: signal %2 was stored, but %3 read before it "
                                                             u"was not"_s.arg(run)
                                                                 .arg(batch[i])
                                                                 .arg(batch[storedOfBatch])));
            qInfo("run %d: killed after %d ms; it stored %lld of the %lld signals it was given; the outbox holds %lld",
                  run + 1, killAfterMs, qint64(storedOfBatch), qint64(batch.size()), qint64(now.size()));
            stored = now;
        }

        // The receiver comes up on the port the relays could not reach; the next runs deliver everything.
        LocalReceiver receiver;
        QVERIFY2(receiver.listen(port), qPrintable(receiver.errorString()));
        receiver.setLimit(0);
        QList<Arrival> arrivals;
        QSet<int> arrivedValues;
        connect(&receiver, &LocalReceiver::requestReceived, this, [&](const ReceivedRequest& r) {
            arrivals.append(arrivalOf(r.body));
            arrivedValues.insert(arrivals.back().value);
        });
        QList<int> missing;
        for (int v = 0; v < kSignals; ++v) {
            if (!stored.contains(v))
                missing.append(v);
        }
        {
            // Killed once more while it delivers: requests the receiver took whose outcome was not written yet
            // are sent again by the next run, which is where duplicates come from.
            RelayProcess delivering;
            QVERIFY(delivering.start(args, dir.filePath(u"data"_s)));
            delivering.write(linesFor(missing));
            const int killAt = kSignals * (30 + int(random.bounded(40))) / 100;
            QTRY_VERIFY_WITH_TIMEOUT(
                arrivedValues.size() >= killAt || delivering.process().state() != QProcess::Running, 60000);
            QVERIFY2(delivering.process().state() == QProcess::Running,
                     qPrintable(delivering.errorOutput().right(3000)));
            delivering.killHard();
            qInfo("killed while delivering, once %lld of %d signals had arrived", qint64(arrivedValues.size()),
                  kSignals);
        }
        RelayProcess last;
        QVERIFY(last.start(args, dir.filePath(u"data"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(arrivedValues.size() == kSignals || last.process().state() != QProcess::Running,
                                 120000);
        QVERIFY2(arrivedValues.size() == kSignals,
                 qPrintable(u"%1 of %2 values arrived; relay says: %3"_s.arg(arrivedValues.size())
                                .arg(kSignals)
                                .arg(last.errorOutput().right(3000))));
        last.closeInput();
        QVERIFY2(last.waitForExit(60000), qPrintable(last.errorOutput().right(3000)));
        QVERIFY2(last.exitCode() == 0, qPrintable(last.errorOutput().right(3000)));
        QVERIFY2(last.errorOutput().contains(u"0 waiting in the outbox, 0 failed ones kept there"_s),
                 qPrintable(last.errorOutput().right(3000)));

        // At least once, and a repeat only ever under the same MESSAGE_ID: one id per value, one value per id,
        // and the id the outbox held for it.
        QHash<QString, int> valueOfId;
        QHash<int, QString> idOfValue;
        for (const Arrival& a : std::as_const(arrivals)) {
            QVERIFY2(a.value >= 0 && a.value < kSignals && a.messageId.startsWith(u"msg_"_s),
                     qPrintable(u"%1 = %2"_s.arg(a.messageId).arg(a.value)));
            QVERIFY2(valueOfId.value(a.messageId, a.value) == a.value,
                     qPrintable(u"%1 carried %2 and %3"_s.arg(a.messageId).arg(a.value).arg(valueOfId[a.messageId])));
            QVERIFY2(
                idOfValue.value(a.value, a.messageId) == a.messageId,
                qPrintable(u"signal %1 arrived as %2 and as %3"_s.arg(a.value).arg(a.messageId, idOfValue[a.value])));
            valueOfId.insert(a.messageId, a.value);
            idOfValue.insert(a.value, a.messageId);
        }
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            QCOMPARE(idOfValue.value(it.key()), it.value());
        const qsizetype duplicates = arrivals.size() - valueOfId.size();
        qInfo("%lld requests for %d signals: %lld duplicate(s), each with the message id of its first delivery",
              qint64(arrivals.size()), kSignals, qint64(duplicates));
    }

    void renamedWebhookIsParkedUntilItIsBack()
    {
        constexpr int kSignals = 30;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const quint16 port = FaultServer::closedPort();
        const QString path = dir.filePath(u"parked.hooksmith.json"_s);
        QVERIFY(writeTextFile(path, workspaceText(u"Alpha"_s, port, {}))); // order "device", the default
        const QString outbox = dir.filePath(u"outbox"_s);
        const QStringList args{path,    u"--stdin"_s, u"--outbox"_s,         outbox,
                               u"-d"_s, kDevice,      u"--retry-schedule"_s, u"0,300ms"_s};

        // Queued while the receiver is down; at the end of its input the relay leaves them in the outbox.
        RelayProcess first;
        QVERIFY(first.start(args, dir.filePath(u"data"_s)));
        first.write(signalLines(0, kSignals));
        first.closeInput();
        QVERIFY2(first.waitForExit(30000), qPrintable(first.errorOutput()));
        QVERIFY2(first.exitCode() == 0, qPrintable(first.errorOutput()));
        QVERIFY2(first.errorOutput().contains(u"%1 waiting in the outbox"_s.arg(kSignals)),
                 qPrintable(first.errorOutput()));
        QMap<int, QString> queued;
        QString error;
        QVERIFY2(readOutbox(outbox, &queued, &error), qPrintable(error));
        QCOMPARE(queued.size(), kSignals);

        // Renamed: without an "id" in the file, the webhook's id comes from its name, so what waits for "Alpha"
        // has no webhook any more. The receiver is up now, so anything sent would arrive.
        QVERIFY(writeTextFile(path, workspaceText(u"Beta"_s, port, {})));
        LocalReceiver receiver;
        QVERIFY2(receiver.listen(port), qPrintable(receiver.errorString()));
        RelayProcess second;
        QVERIFY(second.start(args, dir.filePath(u"data"_s)));
        const QString alphaId = Webhook::derivedId(kUserId, u"Alpha"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(
            second.errorOutput().contains(
                u"%1 delivery(ies) for webhook %2 are parked (it is not in the workspace)"_s.arg(kSignals).arg(
                    alphaId)),
            qPrintable(second.errorOutput()), 15000);
        // Longer than the retry delay of the one that was due: still nothing is sent.
        QTest::qWait(1500);
        QCOMPARE(receiver.receivedCount(), quint64(0));

        const QString reason = u"the webhook %1 is not in the workspace"_s.arg(alphaId);
        const CliProcessResult text =
            runCliProcess({u"outbox"_s, u"list"_s, u"--outbox"_s, outbox, u"--state"_s, u"parked"_s});
        QVERIFY2(text.code == 0, qPrintable(text.err));
        const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), kSignals + 1); // one per delivery, then the counts
        for (qsizetype i = 0; i < kSignals; ++i) {
            QVERIFY2(lines[i].startsWith(u"msg_"_s) && lines[i].contains(u"  parked "_s) && lines[i].contains(reason),
                     qPrintable(lines[i]));
        }
        QVERIFY2(lines.back().startsWith(u"0 pending, 0 queued, %1 parked, 0 failed"_s.arg(kSignals)),
                 qPrintable(lines.back()));
        QJsonArray rows;
        QVERIFY2(listOutbox(outbox, &rows, &error, {u"--state"_s, u"parked"_s}), qPrintable(error));
        QCOMPARE(rows.size(), kSignals);
        for (const QJsonValue& row : std::as_const(rows)) {
            const QJsonObject o = row.toObject();
            const QString json = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
            QVERIFY2(o.value(u"state"_s).toString() == u"parked"_s, qPrintable(json));
            QVERIFY2(o.value(u"reason"_s).toString() == reason, qPrintable(json));
            QVERIFY2(o.value(u"webhook_id"_s).toString() == alphaId, qPrintable(json));
            QVERIFY2(queued.value(o.value(u"value"_s).toString().toInt()) == o.value(u"message_id"_s).toString(),
                     qPrintable(json));
        }

        // Named "Alpha" again and reloaded: everything is delivered, in the order the board sent it.
        QVERIFY(writeTextFile(path, workspaceText(u"Alpha"_s, port, {})));
        QVERIFY(second.sendSignal(SIGHUP));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.receivedCount(), quint64(kSignals), 30000);
        QVERIFY2(second.errorOutput().contains(u"relay: reloaded: 1 webhook(s)"_s), qPrintable(second.errorOutput()));
        QVERIFY2(
            second.errorOutput().contains(u"%1 parked delivery(ies) for webhook \"Alpha\" resumed"_s.arg(kSignals)),
            qPrintable(second.errorOutput()));
        const QList<ReceivedRequest> requests = receiver.requests();
        for (int i = 0; i < kSignals; ++i) {
            const Arrival a = arrivalOf(requests[i].body);
            QCOMPARE(a.value, i);
            QCOMPARE(a.messageId, queued.value(i));
        }
        second.closeInput();
        QVERIFY2(second.waitForExit(30000), qPrintable(second.errorOutput()));
        QVERIFY2(second.exitCode() == 0, qPrintable(second.errorOutput()));
        QVERIFY2(second.errorOutput().contains(u"0 waiting in the outbox, 0 failed ones kept there; 0 signal(s) "
                                               u"fired no webhook; 0 parked"_s),
                 qPrintable(second.errorOutput()));
        QCOMPARE(receiver.receivedCount(), quint64(kSignals));
    }

    void outboxCommandBesideARunningRelay()
    {
        // More than a page of `outbox list` (100), so that --all has to mean all.
        constexpr int kFirst = 150;
        constexpr int kMore = 120;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const quint16 port = FaultServer::closedPort();
        const QString path = dir.filePath(u"control.hooksmith.json"_s);
        QVERIFY(writeTextFile(path, workspaceText(u"Receiver"_s, port, u"none"_s)));
        const QString outbox = dir.filePath(u"outbox"_s);
        // The second attempt would come ten minutes later: anything sent sooner was asked for.
        const QStringList args{path,    u"--stdin"_s, u"--outbox"_s,         outbox,
                               u"-d"_s, kDevice,      u"--retry-schedule"_s, u"0,10m"_s};

        RelayProcess relay;
        QVERIFY(relay.start(args, dir.filePath(u"data"_s)));
        relay.write(signalLines(0, kFirst));
        QTRY_VERIFY2_WITH_TIMEOUT(relay.countLines(u": attempt 1 of 100 failed"_s) == kFirst,
                                  qPrintable(relay.errorOutput().right(2000)), 20000);
        const qint64 pid = relay.process().processId();

        // list reads the outbox the relay owns.
        QJsonArray rows;
        QString error;
        QVERIFY2(listOutbox(outbox, &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), kFirst);
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(5 * 60);
        QMap<int, QString> held;
        for (const QJsonValue& row : std::as_const(rows)) {
            const QJsonObject o = row.toObject();
            QCOMPARE(o.value(u"state"_s).toString(), u"pending"_s);
            QCOMPARE(o.value(u"attempts"_s).toInt(), 1);
            QCOMPARE(o.value(u"webhook"_s).toString(), QString()); // no WORKSPACE given: no names
            QVERIFY(QDateTime::fromString(o.value(u"next_attempt_at"_s).toString(), Qt::ISODateWithMs) > soon);
            held.insert(o.value(u"value"_s).toString().toInt(), o.value(u"message_id"_s).toString());
        }
        QCOMPARE(held.firstKey(), 0);
        QCOMPARE(held.lastKey(), kFirst - 1);
        const CliProcessResult page = runCliProcess({u"outbox"_s, u"list"_s, path, u"--outbox"_s, outbox});
        QVERIFY2(page.code == 0, qPrintable(page.err));
        QCOMPARE(page.out.count(u"  \"Receiver\"  signal 1 from tok-durable  1 attempt(s)"_s), 100);
        QVERIFY2(page.out.contains(u"%1 pending, 0 queued, 0 parked, 0 failed"_s.arg(kFirst)), qPrintable(page.out));

        // drop and retry go through the relay, which owns the outbox.
        const CliProcessResult dropped =
            runCliProcess({u"outbox"_s, u"drop"_s, path, held.value(0), u"--outbox"_s, outbox});
        QVERIFY2(dropped.code == 0, qPrintable(dropped.err));
        QCOMPARE(dropped.out.trimmed(), u"1 delivery(ies) dropped by process %1, which owns the outbox"_s.arg(pid));
        QMap<int, QString> now;
        QVERIFY2(readOutbox(outbox, &now, &error), qPrintable(error));
        QCOMPARE(now.size(), kFirst - 1);
        QVERIFY(!now.contains(0));

        LocalReceiver receiver;
        QVERIFY2(receiver.listen(port), qPrintable(receiver.errorString()));
        receiver.setLimit(0);
        QSet<int> arrived;
        QStringList strangers; // requests whose message id is not the one the outbox held for the value
        connect(&receiver, &LocalReceiver::requestReceived, this, [&](const ReceivedRequest& r) {
            const Arrival a = arrivalOf(r.body);
            if (a.messageId != held.value(a.value))
                strangers.append(u"%1 = %2"_s.arg(a.messageId).arg(a.value));
            arrived.insert(a.value);
        });
        const CliProcessResult retried = runCliProcess({u"outbox"_s, u"retry"_s, u"--all"_s, u"--outbox"_s, outbox});
        QVERIFY2(retried.code == 0, qPrintable(retried.err));
        QCOMPARE(retried.out.trimmed(),
                 u"%1 delivery(ies) retried now by process %2, which owns the outbox"_s.arg(kFirst - 1).arg(pid));
        QTRY_VERIFY_WITH_TIMEOUT(arrived.size() == kFirst - 1, 20000);
        QVERIFY(!arrived.contains(0));
        QVERIFY2(strangers.isEmpty(), qPrintable(strangers.join(u", "_s)));
        QTRY_VERIFY_WITH_TIMEOUT(readOutbox(outbox, &now, &error) && now.isEmpty(), 10000);

        // More wait while the receiver is down again; then the relay stops and the outbox is nobody's.
        receiver.close();
        relay.write(signalLines(1000, kMore));
        QTRY_VERIFY2_WITH_TIMEOUT(relay.countLines(u": attempt 1 of 100 failed"_s) == kFirst + kMore,
                                  qPrintable(relay.errorOutput().right(2000)), 20000);
        QVERIFY(relay.sendSignal(SIGTERM));
        QVERIFY2(relay.waitForExit(15000), qPrintable(relay.errorOutput().right(2000)));
        QCOMPARE(relay.exitCode(), 0);
        QVERIFY2(relay.errorOutput().contains(u"%1 waiting in the outbox"_s.arg(kMore)),
                 qPrintable(relay.errorOutput().right(2000)));
        QVERIFY2(readOutbox(outbox, &held, &error), qPrintable(error));
        QCOMPARE(held.size(), kMore);

        const CliProcessResult droppedInFile =
            runCliProcess({u"outbox"_s, u"drop"_s, held.value(1000), u"--outbox"_s, outbox});
        QVERIFY2(droppedInFile.code == 0, qPrintable(droppedInFile.err));
        QCOMPARE(droppedInFile.out.trimmed(), u"1 delivery(ies) dropped"_s);
        const CliProcessResult retriedInFile =
            runCliProcess({u"outbox"_s, u"retry"_s, u"--all"_s, u"--outbox"_s, outbox});
        QVERIFY2(retriedInFile.code == 0, qPrintable(retriedInFile.err));
        QCOMPARE(
            retriedInFile.out.trimmed(),
            u"%1 delivery(ies) will be attempted when a relay or the app next runs on this outbox"_s.arg(kMore - 1));
        QVERIFY2(listOutbox(outbox, &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), kMore - 1);
        const QDateTime retriedBy = QDateTime::currentDateTimeUtc();
        for (const QJsonValue& row : std::as_const(rows)) {
            const QDateTime next =
                QDateTime::fromString(row.toObject().value(u"next_attempt_at"_s).toString(), Qt::ISODateWithMs);
            QVERIFY2(next <= retriedBy, qPrintable(next.toString(Qt::ISODateWithMs)));
        }

        // The next run delivers those that were made due, and not the one that was dropped.
        arrived.clear();
        QVERIFY2(receiver.listen(port), qPrintable(receiver.errorString()));
        RelayProcess next;
        QVERIFY(next.start(args, dir.filePath(u"data"_s)));
        next.closeInput();
        QVERIFY2(next.waitForExit(30000), qPrintable(next.errorOutput().right(2000)));
        QVERIFY2(next.exitCode() == 0, qPrintable(next.errorOutput().right(2000)));
        QVERIFY2(next.errorOutput().contains(u"0 waiting in the outbox"_s), qPrintable(next.errorOutput().right(2000)));
        QCOMPARE(arrived.size(), kMore - 1);
        QVERIFY(!arrived.contains(1000));
        QVERIFY2(strangers.isEmpty(), qPrintable(strangers.join(u", "_s)));
        QCOMPARE(receiver.receivedCount(), quint64(kMore - 1));
    }

    void outboxGivenAsARelativePathIsStillServedByTheRelay()
    {
        // The relay's control socket is named from the outbox's absolute path: a relative --outbox (as typed
        // in a shell) must not leave the outbox command unable to reach it.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"relative.hooksmith.json"_s);
        QVERIFY(writeTextFile(path, workspaceText(u"Receiver"_s, FaultServer::closedPort(), u"none"_s)));
        RelayProcess relay;
        relay.process().setWorkingDirectory(dir.path());
        QVERIFY(relay.start({u"relative.hooksmith.json"_s, u"--stdin"_s, u"--outbox"_s, u"outbox"_s, u"-d"_s, kDevice,
                             u"--retry-schedule"_s, u"0,10m"_s},
                            dir.filePath(u"data"_s)));
        relay.write(signalLines(0, 3));
        QTRY_VERIFY2_WITH_TIMEOUT(relay.countLines(u": attempt 1 of 100 failed"_s) == 3,
                                  qPrintable(relay.errorOutput().right(2000)), 20000);
        QVERIFY2(!relay.errorOutput().contains(u"cannot act on this outbox"_s), qPrintable(relay.errorOutput()));
        const QString outbox = dir.filePath(u"outbox"_s);
        QMap<int, QString> held;
        QString error;
        QVERIFY2(readOutbox(outbox, &held, &error), qPrintable(error));
        QCOMPARE(held.size(), 3);
        const CliProcessResult dropped = runCliProcess({u"outbox"_s, u"drop"_s, held.value(1), u"--outbox"_s, outbox});
        QVERIFY2(dropped.code == 0, qPrintable(dropped.err));
        QCOMPARE(dropped.out.trimmed(),
                 u"1 delivery(ies) dropped by process %1, which owns the outbox"_s.arg(relay.process().processId()));
        QVERIFY(relay.sendSignal(SIGTERM));
        QVERIFY2(relay.waitForExit(15000), qPrintable(relay.errorOutput().right(2000)));
        QVERIFY2(relay.errorOutput().contains(u"2 waiting in the outbox"_s),
                 qPrintable(relay.errorOutput().right(2000)));
    }

    void outboxActionOnAnUnknownIdSaysSo_data()
    {
        QTest::addColumn<bool>("relayRunning");
        QTest::newRow("relay running") << true;
        QTest::newRow("relay stopped") << false;
    }

    void outboxActionOnAnUnknownIdSaysSo()
    {
        QFETCH(bool, relayRunning);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"unknown.hooksmith.json"_s);
        QVERIFY(writeTextFile(path, workspaceText(u"Receiver"_s, FaultServer::closedPort(), u"none"_s)));
        const QString outbox = dir.filePath(u"outbox"_s);
        RelayProcess relay;
        QVERIFY(relay.start(
            {path, u"--stdin"_s, u"--outbox"_s, outbox, u"-d"_s, kDevice, u"--retry-schedule"_s, u"0,10m"_s},
            dir.filePath(u"data"_s)));
        relay.write(signalLines(0, 2));
        QTRY_VERIFY2_WITH_TIMEOUT(relay.countLines(u": attempt 1 of 100 failed"_s) == 2,
                                  qPrintable(relay.errorOutput()), 15000);
        if (!relayRunning) {
            relay.closeInput();
            QVERIFY2(relay.waitForExit(15000), qPrintable(relay.errorOutput()));
        }
        QMap<int, QString> before;
        QString error;
        QVERIFY2(readOutbox(outbox, &before, &error), qPrintable(error));
        QCOMPARE(before.size(), 2);

        // A message id that is not in the outbox: nothing is dropped or retried, and the command must not say
        // it was.
        const QString unknown = u"msg_01JZZZZZZZZZZZZZZZZZZZZZZZ"_s;
        for (const QString& action : {u"drop"_s, u"retry"_s}) {
            const CliProcessResult r = runCliProcess({u"outbox"_s, action, unknown, u"--outbox"_s, outbox});
            QVERIFY2(r.code == 2 && r.err.contains(unknown) && !r.out.contains(u"1 delivery(ies)"_s),
                     qPrintable(u"outbox %1 %2: exit code %3\nstdout: %4\nstderr: %5"_s.arg(action, unknown)
                                    .arg(r.code)
                                    .arg(r.out, r.err)));
        }
        QMap<int, QString> after;
        QVERIFY2(readOutbox(outbox, &after, &error), qPrintable(error));
        QCOMPARE(after, before);
    }
};

QTEST_GUILESS_MAIN(TestRelayDurability)
#include "tst_relay_durability.moc"

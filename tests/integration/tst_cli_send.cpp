// `hooksmith-cli send` end to end against the local receiver: what arrives, what is printed, exit codes.
#include "Encoding.h"
#include "FaultServer.h"
#include "Json.h"
#include "LocalReceiver.h"
#include "Signing.h"
#include "TestSupport.h"
#include "WorkspaceFile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

const QString kSecret = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;

QString writeWorkspace(const QTemporaryDir& dir, const QUrl& base)
{
    Workspace ws;
    ws.userId = u"send-test"_s;
    ws.devices = {Device{u"tok-send"_s, u"Sender board"_s, {}, {}}};
    ws.signalDefs = {SignalDef{1, u"temperature"_s, u"°C"_s, {}}};
    Webhook w = Webhook::createDefault(u"Receiver"_s);
    w.url = base.toString() + u"/hooks/{{DEVICE_TOKEN}}"_s;
    w.devices = {u"tok-send"_s};
    w.body.append(BodyRow{u"id"_s, u"MESSAGE_ID"_s, {}, true, true, {}});
    w.signing.scheme = SigningScheme::StandardWebhooks;
    w.signing.secret = u"{{env:SEND_TEST_SECRET}}"_s;
    ws.webhooks = {w};
    const QString path = dir.filePath(u"send.hooksmith.json"_s);
    const Status st = WorkspaceFile::save(path, ws);
    Q_ASSERT(st.ok());
    return path;
}

} // namespace

class TestCliSend : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LocalReceiver m_receiver;
    QString m_workspace;
    test::EnvGuard m_env;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_receiver.listen(), qPrintable(m_receiver.errorString()));
        m_receiver.setSecret(kSecret);
        m_workspace = writeWorkspace(m_dir, m_receiver.url());
        m_env.set(u"SEND_TEST_SECRET"_s, kSecret);
        m_env.set(u"HOOKSMITH_DATA_DIR"_s, m_dir.filePath(u"data"_s));
    }

    void init()
    {
        m_receiver.clear();
        m_receiver.setReply(ReceiverReply{});
    }

    void deliversAndPrintsTheResponse()
    {
        const auto r =
            test::runCli({u"send"_s, m_workspace, u"-w"_s, u"Receiver"_s, u"-s"_s, u"1"_s, u"-v"_s, u"23.50"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"HTTP/1.1 200 OK\n"_s), qPrintable(r.out));
        QVERIFY2(r.out.endsWith(u"\n\n{\"ok\":true}\n"_s), qPrintable(r.out));
        QCOMPARE(m_receiver.requests().size(), 1);
        const ReceivedRequest got = m_receiver.requests().front();
        QCOMPARE(got.path, QByteArray("/hooks/tok-send"));
        QVERIFY2(got.body.contains("\"payload\":23.50"), got.body.constData());
        QCOMPARE(got.signatureValid, std::optional<bool>(true));
    }

    void jsonDescribesRequestResponseAndAttempts()
    {
        const auto r = test::runCli(
            {u"send"_s, m_workspace, u"-w"_s, u"Receiver"_s, u"-s"_s, u"1"_s, u"-v"_s, u"\"open\""_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
        QCOMPARE(o.value(u"delivered"_s).toBool(), true);
        const QString messageId = o.value(u"message_id"_s).toString();
        QVERIFY(messageId.startsWith(u"msg_"_s));
        const QJsonObject request = o.value(u"request"_s).toObject();
        QCOMPARE(request.value(u"method"_s).toString(), u"POST"_s);
        QVERIFY(request.value(u"body"_s).toString().contains(u"\"payload\":\"open\""_s));
        bool sawId = false;
        for (const QJsonValue& h : request.value(u"headers"_s).toArray()) {
            const QJsonArray pair = h.toArray();
            if (pair.at(0).toString() == u"webhook-id"_s)
                sawId = pair.at(1).toString() == messageId;
        }
        QVERIFY(sawId);
        QCOMPARE(o.value(u"response"_s).toObject().value(u"status"_s).toInt(), 200);
        const QJsonArray attempts = o.value(u"attempts"_s).toArray();
        QCOMPARE(attempts.size(), 1);
        QVERIFY(attempts.at(0).toObject().contains(u"duration_ms"_s));
        QVERIFY(attempts.at(0).toObject().value(u"timings"_s).toObject().contains(u"finished_ms"_s));
        // What arrived is what the JSON says was sent.
        QCOMPARE(m_receiver.requests().size(), 1);
        const ReceivedRequest got = m_receiver.requests().front();
        QCOMPARE(QString::fromUtf8(got.body), request.value(u"body"_s).toString());
        QCOMPARE(got.signatureValid, std::optional<bool>(true));
    }

    void jsonShowsNoSecret()
    {
        const QString token = u"tok/3n ü&\"Zq"_s;
        const QString password = u"hunter2-cli"_s;
        test::EnvGuard env;
        env.set(u"SEND_TEST_TOKEN"_s, token);
        env.set(u"SEND_TEST_PASSWORD"_s, password);
        Workspace ws;
        ws.userId = u"send-test"_s;
        Webhook w = Webhook::createDefault(u"Secret receiver"_s);
        w.url = m_receiver.url().toString() + u"/hooks/{{env:SEND_TEST_TOKEN}}?key={{env:SEND_TEST_TOKEN}}"_s;
        w.headers = {NameValueRow{u"X-Token"_s, u"t={{env:SEND_TEST_TOKEN}}"_s, true, {}}};
        w.body.append(BodyRow{u"token"_s, {}, u"{{env:SEND_TEST_TOKEN}}"_s, false, true, {}});
        w.auth.type = AuthType::Basic;
        w.auth.username = u"bob"_s;
        w.auth.password = u"{{env:SEND_TEST_PASSWORD}}"_s;
        w.signing.scheme = SigningScheme::StandardWebhooks;
        w.signing.secret = u"{{env:SEND_TEST_SECRET}}"_s;
        ws.webhooks = {w};
        const QString path = m_dir.filePath(u"secrets.hooksmith.json"_s);
        QVERIFY(WorkspaceFile::save(path, ws).ok());

        const auto r = test::runCli(
            {u"send"_s, path, u"-w"_s, u"Secret receiver"_s, u"-s"_s, u"1"_s, u"-v"_s, u"1"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The receiver got the secrets, and the signature of the real body checks out.
        QCOMPARE(m_receiver.requests().size(), 1);
        const ReceivedRequest got = m_receiver.requests().front();
        const QByteArray credentials = QByteArray("bob:" + password.toUtf8()).toBase64();
        bool sawCredentials = false;
        for (const auto& [name, value] : got.headers)
            sawCredentials = sawCredentials || value == "Basic " + credentials;
        QVERIFY(sawCredentials);
        QCOMPARE(got.signatureValid, std::optional<bool>(true));

        // The output shows them masked, in every form a request carries them.
        QString form;
        appendFormEncoded(form, token);
        QString json;
        appendJsonStringContent(json, token);
        for (const QString& secret :
             {token, percentEncoded(token), form, json, password, kSecret, QString::fromLatin1(credentials)})
            QVERIFY2(!r.out.contains(secret), qPrintable(secret + u" in "_s + r.out));
        QJsonParseError error;
        const QJsonObject request =
            QJsonDocument::fromJson(r.out.toUtf8(), &error).object().value(u"request"_s).toObject();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
        QCOMPARE(request.value(u"secrets_masked"_s).toBool(), true);
        QCOMPARE(request.value(u"target"_s).toString(), u"/hooks/****?key=****"_s);
        QVERIFY(request.value(u"body"_s).toString().endsWith(u",\"token\":\"****\"}"_s));
        QList<std::pair<QString, QString>> headers;
        for (const QJsonValue& h : request.value(u"headers"_s).toArray())
            headers.append({h.toArray().at(0).toString(), h.toArray().at(1).toString()});
        QVERIFY(headers.contains(std::pair(u"Authorization"_s, u"Basic ****"_s)));
        QVERIFY(headers.contains(std::pair(u"X-Token"_s, u"t=****"_s)));
        // The real length and signature: those of what the receiver got.
        QVERIFY(headers.contains(std::pair(u"Content-Length"_s, QString::number(got.body.size()))));
        QByteArray signature;
        for (const auto& [name, value] : got.headers) {
            if (name.compare("webhook-signature", Qt::CaseInsensitive) == 0)
                signature = value;
        }
        QVERIFY(!signature.isEmpty());
        QVERIFY(headers.contains(std::pair(u"webhook-signature"_s, QString::fromLatin1(signature))));
    }

    void retriesThenSucceeds()
    {
        ReceiverReply unavailable;
        unavailable.status = 503;
        m_receiver.setReply(unavailable);
        // The receiver recovers after the first request (it replies after telling about a request).
        int seen = 0;
        auto connection = connect(&m_receiver, &LocalReceiver::requestReceived, this, [this, &seen] {
            if (++seen == 2)
                m_receiver.setReply(ReceiverReply{});
        });
        const auto r = test::runCli({u"send"_s, m_workspace, u"-w"_s, u"Receiver"_s, u"-s"_s, u"1"_s, u"-v"_s, u"1"_s,
                                     u"--retry-schedule"_s, u"0,50ms"_s});
        disconnect(connection);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // 50 ms with the schedule's jitter of +/-20%.
        static const QRegularExpression progress(
            u"^attempt 1 of 8 failed: 503 Service Unavailable; next in (\\d+) ms$"_s,
            QRegularExpression::MultilineOption);
        const auto m = progress.match(r.err);
        QVERIFY2(m.hasMatch(), qPrintable(r.err));
        QVERIFY(m.captured(1).toInt() >= 40 && m.captured(1).toInt() <= 60);
        QVERIFY2(r.err.contains(u"delivered: 200 OK (attempt 2 of 8"_s), qPrintable(r.err));
        QCOMPARE(m_receiver.requests().size(), 2);
        // The same message on both attempts.
        auto idOf = [](const ReceivedRequest& req) {
            for (const auto& [name, value] : req.headers) {
                if (name.compare("webhook-id", Qt::CaseInsensitive) == 0)
                    return value;
            }
            return QByteArray();
        };
        QCOMPARE(idOf(m_receiver.requests().at(0)), idOf(m_receiver.requests().at(1)));
        QVERIFY(!idOf(m_receiver.requests().at(0)).isEmpty());
    }

    void failedDeliveryExitsWithOne()
    {
        ReceiverReply broken;
        broken.status = 500;
        broken.body = "{\"error\":\"boom\"}";
        m_receiver.setReply(broken);
        const auto r = test::runCli({u"send"_s, m_workspace, u"-w"_s, u"Receiver"_s, u"-s"_s, u"1"_s, u"-v"_s, u"1"_s,
                                     u"--attempts"_s, u"2"_s, u"--retry-schedule"_s, u"0,20ms"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"attempt 1 of 2 failed: 500 Internal Server Error; next in "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"gave up after 2 attempts"_s), qPrintable(r.err));
        // The last response is still shown.
        QVERIFY2(r.out.startsWith(u"HTTP/1.1 500 Internal Server Error\n"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"{\"error\":\"boom\"}"_s));
        QCOMPARE(m_receiver.requests().size(), 2);
    }

    void ctrlCStopsAtOnce()
    {
        test::FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(test::FaultServer::Action::hang());
        Workspace ws;
        Webhook w = Webhook::createDefault(u"Hang"_s);
        w.url = server.url(u"/hang"_s).toString();
        ws.webhooks = {w};
        const QString path = m_dir.filePath(u"hang.hooksmith.json"_s);
        QVERIFY(WorkspaceFile::save(path, ws).ok());
        QProcess send;
        send.start(QDir(qEnvironmentVariable("HOOKSMITH_BINARY_DIR")).filePath(u"bin/hooksmith-cli"_s),
                   {u"send"_s, path, u"-w"_s, u"Hang"_s, u"-s"_s, u"1"_s, u"-v"_s, u"1"_s});
        QVERIFY(send.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, 10000);
        ::kill(pid_t(send.processId()), SIGINT);
        QVERIFY(send.waitForFinished(10000));
        QCOMPARE(send.exitStatus(), QProcess::NormalExit);
        QCOMPARE(send.exitCode(), 1);
        const QString err = QString::fromUtf8(send.readAllStandardError());
        QVERIFY2(err.contains(u"interrupted (SIGINT)"_s), qPrintable(err));
    }

    void environmentChosenWithEnvIsWhatGoesOnTheWire()
    {
        Workspace ws;
        ws.userId = u"send-test"_s;
        ws.environments = {
            Environment{
                u"Local"_s,
                {EnvVariable{u"ROOM"_s, u"kitchen"_s, false, {}}, EnvVariable{u"TOKEN"_s, u"local-token"_s, false, {}}},
                {}},
            Environment{u"Staging"_s,
                        {EnvVariable{u"ROOM"_s, u"a/b c&d"_s, false, {}},
                         EnvVariable{u"TOKEN"_s, u"{{env:SEND_TEST_STAGING_TOKEN}}"_s, true, {}}},
                        {}},
        };
        Webhook w = Webhook::createDefault(u"Rooms"_s);
        w.url = m_receiver.url().toString() + u"/rooms/{{var:ROOM}}"_s;
        w.headers = {NameValueRow{u"X-Token"_s, u"{{var:TOKEN}}"_s, true, {}}};
        w.body = {BodyRow{u"room"_s, {}, u"{{var:ROOM}}"_s, false, true, {}}};
        ws.webhooks = {w};
        const QString path = m_dir.filePath(u"environments.hooksmith.json"_s);
        QVERIFY(WorkspaceFile::save(path, ws).ok());

        // Through the executable, as a user runs it.
        auto header = [](const ReceivedRequest& r, QByteArrayView name) {
            for (const auto& [n, v] : r.headers) {
                if (n.compare(name, Qt::CaseInsensitive) == 0)
                    return v;
            }
            return QByteArray();
        };
        auto send = [&](const QStringList& extra) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"SEND_TEST_STAGING_TOKEN"_s, u"staging-token"_s);
            p.setProcessEnvironment(env);
            QSignalSpy finished(&p, &QProcess::finished);
            p.start(QDir(qEnvironmentVariable("HOOKSMITH_BINARY_DIR")).filePath(u"bin/hooksmith-cli"_s),
                    QStringList{u"send"_s, path, u"-w"_s, u"Rooms"_s, u"-s"_s, u"1"_s, u"-v"_s, u"1"_s} + extra);
            // The receiver answers from this thread's event loop: wait by spinning it.
            if (p.state() != QProcess::NotRunning)
                finished.wait(20000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
        };

        auto [code, err] = send({});
        QVERIFY2(code == 0, qPrintable(err));
        QCOMPARE(m_receiver.requests().size(), 1);
        QCOMPARE(m_receiver.requests().back().path, QByteArray("/rooms/kitchen"));
        QCOMPARE(header(m_receiver.requests().back(), "X-Token"), QByteArray("local-token"));
        QCOMPARE(m_receiver.requests().back().body, QByteArray("{\"room\":\"kitchen\"}"));

        std::tie(code, err) = send({u"--env"_s, u"Staging"_s});
        QVERIFY2(code == 0, qPrintable(err));
        QCOMPARE(m_receiver.requests().size(), 2);
        QCOMPARE(m_receiver.requests().back().path, QByteArray("/rooms/a%2Fb%20c%26d"));
        QCOMPARE(header(m_receiver.requests().back(), "X-Token"), QByteArray("staging-token"));
        QCOMPARE(m_receiver.requests().back().body, QByteArray("{\"room\":\"a/b c&d\"}"));

        std::tie(code, err) = send({u"--env"_s, u"Production"_s});
        QCOMPARE(code, 2);
        QCOMPARE(err, path + u": --env: no environment named \"Production\" (the workspace has \"Local\", "
                             "\"Staging\")\n"_s);
        QCOMPARE(m_receiver.requests().size(), 2);
    }

    void badInputExitsWithTwoAndSendsNothing()
    {
        const auto unknown =
            test::runCli({u"send"_s, m_workspace, u"-w"_s, u"Nope"_s, u"-s"_s, u"1"_s, u"-v"_s, u"1"_s});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(u"no webhook named \"Nope\""_s));

        test::EnvGuard noSecret;
        noSecret.set(u"SEND_TEST_SECRET"_s, std::nullopt);
        const auto missing =
            test::runCli({u"send"_s, m_workspace, u"-w"_s, u"Receiver"_s, u"-s"_s, u"1"_s, u"-v"_s, u"1"_s});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(u"SEND_TEST_SECRET"_s), qPrintable(missing.err));

        const auto badSignal =
            test::runCli({u"send"_s, m_workspace, u"-w"_s, u"Receiver"_s, u"-s"_s, u"255"_s, u"-v"_s, u"1"_s});
        QCOMPARE(badSignal.code, 2);
        const auto badSchedule = test::runCli({u"send"_s, m_workspace, u"-w"_s, u"Receiver"_s, u"-s"_s, u"1"_s, u"-v"_s,
                                               u"1"_s, u"--retry-schedule"_s, u"soon"_s});
        QCOMPARE(badSchedule.code, 2);
        QCOMPARE(m_receiver.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliSend)
#include "tst_cli_send.moc"

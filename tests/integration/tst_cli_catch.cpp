// `hooksmith-cli catch` as a real child process: it prints its address, one JSON line per request
// (base64 for bodies that are not UTF-8, the signature verdict with --secret), replies as told, and
// exits 0 on SIGTERM.
#include "HttpSender.h"
#include "SendSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace hooksmith::test;

namespace {

const QString kSecret = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;

QString cliPath()
{
    return QDir(qEnvironmentVariable("HOOKSMITH_BINARY_DIR")).filePath(u"bin/hooksmith-cli"_s);
}

/// The next line the process prints on stdout, parsed as a JSON object (empty when none came).
QJsonObject nextJsonLine(QProcess& p, int timeoutMs = 10000)
{
    QSignalSpy more(&p, &QProcess::readyReadStandardOutput);
    while (!p.canReadLine()) {
        if (!more.wait(timeoutMs))
            return {};
    }
    const QByteArray line = p.readLine();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qWarning("not a JSON object: %s", line.constData());
        return {};
    }
    return doc.object();
}

QList<std::pair<QByteArray, QByteArray>> headersOf(const QJsonObject& o)
{
    QList<std::pair<QByteArray, QByteArray>> out;
    for (const QJsonValue& v : o.value(u"headers"_s).toArray())
        out.append({v.toArray().at(0).toString().toUtf8(), v.toArray().at(1).toString().toUtf8()});
    return out;
}

QList<std::pair<QByteArray, QByteArray>> headersOf(const RenderedRequest& r)
{
    QList<std::pair<QByteArray, QByteArray>> out;
    for (const RenderedHeader& h : r.headers)
        out.append({h.name, h.value});
    return out;
}

} // namespace

class TestCliCatch : public QObject
{
    Q_OBJECT

private:
    HttpSender m_sender;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath() + u" is not built"_s)); }

    void printsEveryRequestAndStopsCleanly()
    {
        QProcess cli;
        cli.start(cliPath(), {u"catch"_s, u"--secret"_s, kSecret, u"--status"_s, u"202"_s});
        QVERIFY2(cli.waitForStarted(), qPrintable(cli.errorString()));
        const QJsonObject first = nextJsonLine(cli);
        const int port = first.value(u"port"_s).toInt();
        if (port <= 0)
            QFAIL(cli.readAllStandardError().constData()); // read only on failure: the test checks it later
        const QUrl base(first.value(u"listening"_s).toString());
        QCOMPARE(base, QUrl(u"http://127.0.0.1:%1/"_s.arg(port)));

        // A signed JSON webhook.
        TestHook signedHook(base.resolved(QUrl(u"hooks/ok?room=k%C3%BCche"_s)));
        signedHook.webhook().signing.scheme = SigningScheme::StandardWebhooks;
        signedHook.secrets.signingSecret = kSecret;
        const RenderedRequest good = signedHook.render(JsonValue::integer(7), QDateTime::currentDateTimeUtc());
        auto r = sendAndWait(m_sender, good);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->errorMessage));
        QCOMPARE(r->status, 202);
        QJsonObject line = nextJsonLine(cli);
        QCOMPARE(line.value(u"method"_s).toString(), u"POST"_s);
        QCOMPARE(line.value(u"path"_s).toString(), u"/hooks/ok"_s);
        QCOMPARE(line.value(u"query"_s).toString(), u"room=k%C3%BCche"_s);
        QCOMPARE(headersOf(line), headersOf(good));
        QCOMPARE(line.value(u"body"_s).toString().toUtf8(), good.body);
        QCOMPARE(line.value(u"bodyEncoding"_s).toString(), u"utf-8"_s);
        QCOMPARE(line.value(u"bodySize"_s).toInt(), good.body.size());
        QVERIFY(QDateTime::fromString(line.value(u"time"_s).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(line.value(u"remoteAddress"_s).toString().startsWith(u"127.0.0.1:"_s));
        QCOMPARE(line.value(u"signature"_s).toObject(), QJsonObject({{u"valid"_s, true}}));

        // A binary body (not UTF-8) signed with another secret.
        TestHook binaryHook(base.resolved(QUrl(u"bin"_s)), Method::Put, BodyFormat::Custom);
        binaryHook.webhook().contentType = u"application/octet-stream"_s;
        binaryHook.webhook().customBody = u"placeholder"_s;
        RenderedRequest binary = binaryHook.render();
        binary.body = QByteArray("\x89PNG\r\n\x1a\n\x00\xff\xfe", 11);
        for (RenderedHeader& h : binary.headers) {
            if (h.name == "Content-Length")
                h.value = QByteArray::number(binary.body.size());
        }
        r = sendAndWait(m_sender, binary);
        QVERIFY(r && r->ok());
        line = nextJsonLine(cli);
        QCOMPARE(line.value(u"method"_s).toString(), u"PUT"_s);
        QCOMPARE(line.value(u"bodyEncoding"_s).toString(), u"base64"_s);
        QCOMPARE(QByteArray::fromBase64(line.value(u"body"_s).toString().toLatin1()), binary.body);
        QCOMPARE(line.value(u"bodySize"_s).toInt(), 11);
        const QJsonObject verdict = line.value(u"signature"_s).toObject();
        QCOMPARE(verdict.value(u"valid"_s), QJsonValue(false));
        QCOMPARE(verdict.value(u"error"_s).toString(),
                 u"the request has no webhook-id, webhook-timestamp, webhook-signature header"_s);

        // A signature made with another secret.
        TestHook forged(base.resolved(QUrl(u"forged"_s)));
        forged.webhook().signing.scheme = SigningScheme::StandardWebhooks;
        forged.secrets.signingSecret = u"whsec_dGhpcyBpcyBhIHNlY29uZCBzZWNyZXQgMTIzNDU2"_s;
        QVERIFY(sendAndWait(m_sender, forged.render(JsonValue::integer(1), QDateTime::currentDateTimeUtc())));
        line = nextJsonLine(cli);
        QCOMPARE(line.value(u"path"_s).toString(), u"/forged"_s);
        QCOMPARE(line.value(u"signature"_s).toObject().value(u"error"_s).toString(),
                 u"no signature in webhook-signature matches the secret"_s);

        QSignalSpy finished(&cli, &QProcess::finished);
        cli.terminate(); // SIGTERM
        QVERIFY(finished.wait(10000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 0);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(err.contains(u"Listening on http://127.0.0.1:%1/"_s.arg(port)), qPrintable(err));
        QVERIFY2(err.contains(u"Stopped after 3 request(s)."_s), qPrintable(err));
        QVERIFY(cli.readAllStandardOutput().isEmpty());
    }

    void delayShapesTheReply()
    {
        QProcess cli;
        cli.start(cliPath(), {u"catch"_s, u"--delay"_s, u"400"_s, u"--status"_s, u"503"_s});
        QVERIFY(cli.waitForStarted());
        const int port = nextJsonLine(cli).value(u"port"_s).toInt();
        QVERIFY(port > 0);
        TestHook hook(QUrl(u"http://127.0.0.1:%1/slow"_s.arg(port)));
        const auto r = sendAndWait(m_sender, hook.render());
        QVERIFY(r);
        QCOMPARE(r->status, 503);
        QVERIFY2(r->timings.finishedMs >= 380, qPrintable(QString::number(r->timings.finishedMs)));
        QVERIFY(nextJsonLine(cli).value(u"signature"_s).isUndefined());
        cli.terminate();
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 0);
    }

    void aPortInUseIsBadUsage()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        QProcess cli;
        cli.start(cliPath(), {u"catch"_s, u"--port"_s, QString::number(taken.serverPort())});
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 2);
        QCOMPARE(QString::fromUtf8(cli.readAllStandardError()).trimmed(),
                 u"hooksmith-cli catch: port %1 on 127.0.0.1 is already in use"_s.arg(taken.serverPort()));
        QVERIFY(cli.readAllStandardOutput().isEmpty());
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("port") << QStringList{u"--port"_s, u"70000"_s} << u"--port: \"70000\" is not a port number"_s;
        QTest::newRow("status") << QStringList{u"--status"_s, u"99"_s}
                                << u"--status: \"99\" is not an HTTP status from 200 to 599"_s;
        QTest::newRow("delay") << QStringList{u"--delay"_s, u"-1"_s} << u"--delay: \"-1\" is not a number"_s;
        QTest::newRow("secret") << QStringList{u"--secret"_s, u"whsec_!!"_s} << u"--secret: the Standard Webhooks"_s;
        QTest::newRow("argument") << QStringList{u"extra"_s} << u"unexpected argument \"extra\""_s;
        QTest::newRow("option") << QStringList{u"--nope"_s} << u"Unknown option 'nope'"_s;
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliResult r = runCli(QStringList{u"catch"_s} + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void help()
    {
        const CliResult r = runCli({u"catch"_s, u"--help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(u"Usage: hooksmith-cli catch [--port PORT] [--status CODE] [--delay MS] [--secret "
                                 u"SECRET]"_s));
        QVERIFY(r.out.contains(u"--secret <SECRET>"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliCatch)
#include "tst_cli_catch.moc"

// "Copy as curl" in the preview, offscreen: the command on the clipboard is the curl export's, filled from
// the preview's sample, and run by the real curl it sends the bytes `hooksmith-cli send` sends for the
// same signal, time and message id, to a local receiver (`hooksmith-cli catch`); a body starting with @
// is sent as it is, not read by curl from the file it names.
#include "GuiTestSupport.h"
#include "PreviewPanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using hooksmith::test::AppFixture;

namespace {

const QString kPassword = u"pw-'copy\"$x"_s;
const QDateTime kAt = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);

QString cliPath()
{
    return test::binaryPath(u"bin/hooksmith-cli"_s);
}

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"COPY_PASSWORD"_s, kPassword);
    return env;
}

/// Header name (lower case) and value, sorted, without those a client chooses for itself.
QStringList comparableHeaders(const QJsonObject& request)
{
    QStringList out;
    for (const QJsonValue& v : request.value(u"headers"_s).toArray()) {
        const QString name = v.toArray().at(0).toString().toLower();
        if (name == u"user-agent"_s || name == u"connection"_s || name == u"keep-alive"_s)
            continue;
        out << name + u": "_s + v.toArray().at(1).toString();
    }
    out.sort();
    return out;
}

} // namespace

class TestCopyCurl : public QObject
{
    Q_OBJECT

    QProcess m_catch;

    /// The next request `catch` printed.
    QJsonObject nextRequest()
    {
        QSignalSpy more(&m_catch, &QProcess::readyReadStandardOutput);
        QDeadlineTimer deadline(30000);
        while (!m_catch.canReadLine()) {
            if (deadline.hasExpired() || !more.wait(int(qMax<qint64>(1, deadline.remainingTime()))))
                return {};
        }
        return QJsonDocument::fromJson(m_catch.readLine()).object();
    }

    static int runToEnd(const QString& program, const QStringList& args, QByteArray* errors)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(program, args);
        if (!p.waitForStarted(10000) || !p.waitForFinished(60000))
            return -1;
        *errors = p.readAllStandardError();
        return p.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        initResources();
        QVERIFY2(QFile::exists(cliPath()), "hooksmith-cli is not built");
        QVERIFY2(!QStandardPaths::findExecutable(u"curl"_s).isEmpty(), "curl is not installed (Debian package curl)");
        m_catch.start(cliPath(), {u"catch"_s});
        QVERIFY(m_catch.waitForStarted());
    }

    void cleanupTestCase()
    {
        m_catch.terminate();
        m_catch.waitForFinished(5000);
    }

    void copiedCommandSendsWhatSendSends()
    {
        const QString base = nextRequest().value(u"listening"_s).toString();
        QVERIFY2(base.startsWith(u"http://127.0.0.1:"_s), qPrintable(base));
        AppFixture f;
        // A file the body names: curl would send its content if it read "@..." as a file name.
        const QString local = f.dir.filePath(u"local-file.txt"_s);
        QFile file(local);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("LOCAL FILE CONTENT\n");
        file.close();

        const QString path = f.dir.filePath(u"copy.hooksmith.json"_s);
        const QJsonObject webhook{
            {u"name"_s, u"At file"_s},
            {u"url"_s, QString(base + u"copy/{{DEVICE_TOKEN}}?room={{var:ROOM}}"_s)},
            {u"method"_s, u"POST"_s},
            {u"format"_s, u"custom"_s},
            {u"content_type"_s, u"text/plain; charset=utf-8"_s},
            {u"custom_body"_s, u"@{{MESSAGE_PAYLOAD}}"_s},
            {u"headers"_s, QJsonArray{QJsonObject{{u"name"_s, u"X-At"_s}, {u"value"_s, u"{{TIMESTAMP}}"_s}},
                                      QJsonObject{{u"name"_s, u"X-Id"_s}, {u"value"_s, u"{{MESSAGE_ID}}"_s}}}},
            {u"auth"_s, QJsonObject{{u"type"_s, u"basic"_s},
                                    {u"username"_s, u"{{DEVICE_NAME}}"_s},
                                    {u"password"_s, u"{{env:COPY_PASSWORD}}"_s}}},
            {u"devices"_s, QJsonArray{u"tok-1"_s}}};
        const QJsonObject workspace{
            {u"hooksmith"_s, 1},
            {u"user_id"_s, u"alice"_s},
            {u"devices"_s, QJsonArray{QJsonObject{{u"token"_s, u"tok-1"_s}, {u"name"_s, u"Balcony"_s}}}},
            {u"environments"_s,
             QJsonArray{QJsonObject{
                 {u"name"_s, u"Local"_s},
                 {u"variables"_s, QJsonArray{QJsonObject{{u"name"_s, u"ROOM"_s}, {u"value"_s, u"r-1"_s}}}}}}},
            {u"webhooks"_s, QJsonArray{webhook}}};
        QFile ws(path);
        QVERIFY(ws.open(QIODevice::WriteOnly));
        ws.write(QJsonDocument(workspace).toJson());
        ws.close();

        QVERIFY(f.window.openFile(path));
        f.window.show();
        QCOMPARE(f.window.currentWebhook(), 0);
        PreviewPanel* preview = f.window.preview();
        auto* signal = preview->findChild<QSpinBox*>(u"sampleSignalSpinBox"_s);
        auto* value = preview->findChild<QLineEdit*>(u"sampleValueLineEdit"_s);
        auto* copy = preview->findChild<QToolButton*>(u"copyCurlButton"_s);
        QVERIFY(signal && value && copy);
        signal->setValue(3);
        value->setText(u"\""_s + local + u"\""_s);
        preview->setSampleTime(kAt);
        preview->setMessageId(u"msg-copy"_s);
        QTRY_VERIFY2(preview->previewText().contains(u"@"_s + local), qPrintable(preview->previewText()));

        QGuiApplication::clipboard()->clear();
        QSignalSpy status(preview, &PreviewPanel::statusMessage);
        copy->click();
        const QString command = QGuiApplication::clipboard()->text();
        QVERIFY2(command.startsWith(u"curl "_s), qPrintable(command));
        QVERIFY2(command.contains(u"--data-raw"_s) && !command.contains(u"--data-binary"_s), qPrintable(command));
        QVERIFY2(!command.contains(kPassword), "the password was copied");
        QCOMPARE(status.size(), 1);
        QVERIFY2(status.front().front().toString().contains(u"COPY_PASSWORD"_s),
                 qPrintable(status.front().front().toString()));

        // The copied command, run by the real curl.
        QByteArray errors;
        QCOMPARE(runToEnd(u"/bin/sh"_s, {u"-c"_s, command}, &errors), 0);
        const QJsonObject copied = nextRequest();
        QVERIFY2(!copied.isEmpty(), errors.constData());
        QCOMPARE(copied.value(u"body"_s).toString(), u"@"_s + local);

        // What send sends for the same signal and message id.
        QCOMPARE(runToEnd(cliPath(),
                          {u"send"_s, path, u"-w"_s, u"At file"_s, u"-d"_s, u"tok-1"_s, u"-s"_s, u"3"_s, u"-v"_s,
                           u"\""_s + local + u"\""_s, u"--message-id"_s, u"msg-copy"_s},
                          &errors),
                 0);
        const QJsonObject sent = nextRequest();
        QVERIFY2(!sent.isEmpty(), errors.constData());
        QCOMPARE(copied.value(u"method"_s), sent.value(u"method"_s));
        QCOMPARE(copied.value(u"path"_s).toString(), u"/copy/tok-1"_s);
        QCOMPARE(copied.value(u"path"_s), sent.value(u"path"_s));
        QCOMPARE(copied.value(u"query"_s), sent.value(u"query"_s));
        QCOMPARE(copied.value(u"bodyEncoding"_s), sent.value(u"bodyEncoding"_s));
        QCOMPARE(copied.value(u"body"_s), sent.value(u"body"_s));
        // send stamps its own time: the copy carries the preview's.
        QStringList copiedHeaders = comparableHeaders(copied);
        QStringList sentHeaders = comparableHeaders(sent);
        QVERIFY2(copiedHeaders.removeAll(u"x-at: 2026-01-01T00:00:00.000Z"_s) == 1,
                 qPrintable(copiedHeaders.join(u'\n')));
        QCOMPARE(sentHeaders.removeIf([](const QString& h) { return h.startsWith(u"x-at: "_s); }), 1);
        QCOMPARE(copiedHeaders, sentHeaders);
        QVERIFY(sentHeaders.contains(u"x-id: msg-copy"_s));
        QVERIFY(sentHeaders.contains(u"authorization: Basic "_s +
                                     QString::fromLatin1((u"Balcony:"_s + kPassword).toUtf8().toBase64())));
    }
};

QTEST_MAIN(TestCopyCurl)
#include "tst_copy_curl.moc"

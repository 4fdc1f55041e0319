// `hooksmith-cli export` run by the real tools: the request curl, HTTPie, newman, bru and Node-RED send
// from each export, caught by `hooksmith-cli catch`, equals what `hooksmith-cli send` sends for the same
// webhook and signal. The server export validates, holds no secret and delivers through `relay --stdin`.
#include "NodeSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith::test;

namespace {

const QString kPassword = u"pw-'s3cr3t\"$x`"_s;
const QString kSecret = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;
const QString kToken = u"var-t0k3n'$y"_s; // the secret variable TOKEN, read from HOOK_VAR_TOKEN

QString cliPath()
{
    return QDir(qEnvironmentVariable("HOOKSMITH_BINARY_DIR")).filePath(u"bin/hooksmith-cli"_s);
}

struct Case
{
    QString webhook;
    QString path;
    QString signal;
    QString value;
};

/// One webhook per case, each on its own path so that requests arriving in any order are told apart.
const QList<Case>& cases()
{
    static const QList<Case> c{
        {u"Json basic"_s, u"/json/tok-1"_s, u"1"_s, u"23.5"_s},
        {u"Form query"_s, u"/form"_s, u"2"_s, u"open door & more"_s},
        {u"Shell text"_s, u"/text"_s, u"1"_s, u"[1,\"a'b\"]"_s},
        {u"Signed"_s, u"/signed"_s, u"3"_s, u"true"_s},
        {u"Env room"_s, u"/env/r-17"_s, u"1"_s, u"{\"t\":21}"_s},
    };
    return c;
}

QByteArray workspaceJson(const QString& base)
{
    const QString text = QString::fromUtf8(
        "{\"hooksmith\": 1, \"user_id\": \"alice\",\n"
        " \"devices\": [{\"token\": \"tok-1\", \"name\": \"Balcony\"}],\n"
        " \"signals\": [{\"number\": 1, \"name\": \"temperature\", \"unit\": \"°C\"}, {\"number\": 2, \"name\": "
        "\"door\", \"unit\": \"\"}],\n"
        " \"environments\": [\n"
        "  {\"name\": \"Test\", \"variables\": [{\"name\": \"ROOM_ID\", \"value\": \"r-17\"}, {\"name\": \"TAG\", "
        "\"value\": \"t1\"},\n"
        "   {\"name\": \"TOKEN\", \"value\": \"{{env:HOOK_VAR_TOKEN}}\", \"secret\": true}]},\n"
        "  {\"name\": \"Other\", \"variables\": [{\"name\": \"ROOM_ID\", \"value\": \"r-99\"}, {\"name\": \"TAG\", "
        "\"value\": \"t2\"},\n"
        "   {\"name\": \"TOKEN\", \"value\": \"{{env:HOOK_VAR_TOKEN}}\", \"secret\": true}]}],\n"
        " \"webhooks\": [\n"
        "  {\"name\": \"Json basic\", \"url\": \"BASE/json/{{DEVICE_TOKEN}}\", \"method\": \"POST\", \"format\": "
        "\"json\",\n"
        "   \"body\": [{\"key\": \"deviceToken\", \"preset\": \"DEVICE_TOKEN\"}, {\"key\": \"signal\", \"preset\": "
        "\"SIGNAL_NUMBER\"},\n"
        "            {\"key\": \"payload\", \"preset\": \"MESSAGE_PAYLOAD\"}, {\"key\": \"note\", \"value\": "
        "\"{{SIGNAL_NAME}} in {{SIGNAL_UNIT}}\"}],\n"
        "   \"headers\": [{\"name\": \"X-Room\", \"value\": \"kitchen\"}],\n"
        "   \"auth\": {\"type\": \"basic\", \"username\": \"bob\", \"password\": \"{{env:HOOK_PASSWORD}}\"}, "
        "\"devices\": [\"tok-1\"]},\n"
        "  {\"name\": \"Form query\", \"url\": \"BASE/form?fixed=1\", \"method\": \"PUT\", \"format\": \"form\",\n"
        "   \"body\": [{\"key\": \"state\", \"preset\": \"MESSAGE_PAYLOAD\"}, {\"key\": \"n\", \"preset\": "
        "\"SIGNAL_NUMBER\"},\n"
        "            {\"key\": \"who\", \"value\": \"Zoë & co = 100%\"}],\n"
        "   \"query\": [{\"name\": \"device\", \"value\": \"{{DEVICE_NAME}}\"}, {\"name\": \"q x\", \"value\": "
        "\"a&b=c\"}], \"devices\": [\"tok-1\"]},\n"
        "  {\"name\": \"Shell text\", \"url\": \"BASE/text\", \"method\": \"POST\", \"format\": \"custom\",\n"
        "   \"content_type\": \"text/plain; charset=utf-8\",\n"
        "   \"custom_body\": \"it's \\\"quoted\\\" $HOME `id` \\\\ back\\nsecond line: {{MESSAGE_PAYLOAD}} – ünïcødé ✓ "
        "{{SIGNAL_NUMBER}}\",\n"
        "   \"devices\": [\"tok-1\"]},\n"
        "  {\"name\": \"Signed\", \"url\": \"BASE/signed\", \"method\": \"POST\", \"format\": \"json\",\n"
        "   \"body\": [{\"key\": \"signal\", \"preset\": \"SIGNAL_NUMBER\"}, {\"key\": \"payload\", \"preset\": "
        "\"MESSAGE_PAYLOAD\"}],\n"
        "   \"signing\": {\"scheme\": \"standard-webhooks\", \"secret\": \"{{env:HOOK_SECRET}}\"}, \"devices\": "
        "[\"tok-1\"]},\n"
        "  {\"name\": \"Env room\", \"url\": \"BASE/env/{{var:ROOM_ID}}\", \"method\": \"POST\", \"format\": "
        "\"json\",\n"
        "   \"body\": [{\"key\": \"room\", \"value\": \"{{var:ROOM_ID}}\"}, {\"key\": \"tag\", \"value\": "
        "\"{{var:TAG}}\"}, {\"key\": \"payload\", \"preset\": \"MESSAGE_PAYLOAD\"}],\n"
        "   \"headers\": [{\"name\": \"X-Token\", \"value\": \"{{var:TOKEN}}\"}, {\"name\": \"X-Tag\", \"value\": "
        "\"{{var:TAG}}\"}], \"devices\": [\"tok-1\"]}\n"
        " ]}");
    QString out = text;
    out.replace(u"BASE"_s, base);
    return out.toUtf8();
}

/// Header name (lower case) and value, sorted, without those a client chooses for itself.
QList<std::pair<QString, QString>> comparableHeaders(const QJsonObject& request, bool dropSigning)
{
    QList<std::pair<QString, QString>> out;
    for (const QJsonValue& v : request.value(u"headers"_s).toArray()) {
        const QString name = v.toArray().at(0).toString().toLower();
        if (name == u"user-agent"_s || name == u"connection"_s || name == u"keep-alive"_s)
            continue;
        // bru adds its own timing header to every request.
        if (name == u"request-start-time"_s)
            continue;
        if (dropSigning && name.startsWith(u"webhook-"_s))
            continue;
        out.append({name, v.toArray().at(1).toString()});
    }
    std::sort(out.begin(), out.end());
    return out;
}

QString describe(const QList<std::pair<QString, QString>>& headers)
{
    QStringList lines;
    for (const auto& [n, v] : headers)
        lines << n + u": "_s + v;
    return lines.join(u'\n');
}

} // namespace

class TestExportInterop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_catch;
    QString m_workspace;
    QHash<QString, QJsonObject> m_sent; ///< by path: what `send` sent
    NpmPackages m_npm;

    QProcessEnvironment secretsEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOOK_PASSWORD"_s, kPassword);
        env.insert(u"HOOK_SECRET"_s, kSecret);
        env.insert(u"HOOK_VAR_TOKEN"_s, kToken);
        return env;
    }

    /// The next request `catch` printed.
    QJsonObject nextRequest(int timeoutMs = 30000)
    {
        QSignalSpy more(&m_catch, &QProcess::readyReadStandardOutput);
        QDeadlineTimer deadline(timeoutMs);
        while (!m_catch.canReadLine()) {
            if (deadline.hasExpired() || !more.wait(int(qMax<qint64>(1, deadline.remainingTime()))))
                return {};
        }
        return QJsonDocument::fromJson(m_catch.readLine()).object();
    }

    /// Runs a program to its end; fails the test when it fails.
    QByteArray run(const QString& program, const QStringList& args, const QProcessEnvironment& env,
                   const QString& workDir = QString(), const QByteArray& input = QByteArray(), int* exitCode = nullptr,
                   QByteArray* errors = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        if (!workDir.isEmpty())
            p.setWorkingDirectory(workDir);
        p.start(program, args);
        if (!p.waitForStarted(10000)) {
            qWarning("%s did not start: %s", qPrintable(program), qPrintable(p.errorString()));
            return {};
        }
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            qWarning("%s did not finish", qPrintable(program));
        const QByteArray err = p.readAllStandardError();
        if (errors)
            *errors = err;
        if (exitCode)
            *exitCode = p.exitCode();
        else if (p.exitCode() != 0)
            qWarning("%s %s exited with %d: %s", qPrintable(program), qPrintable(args.join(u' ')), p.exitCode(),
                     err.constData());
        return p.readAllStandardOutput();
    }

    QByteArray exportTo(const QStringList& args, QByteArray* warnings = nullptr)
    {
        int code = -1;
        QByteArray err;
        const QByteArray out =
            run(cliPath(), QStringList{u"export"_s, m_workspace} + args, secretsEnvironment(), {}, {}, &code, &err);
        if (warnings)
            *warnings = err;
        if (code != 0)
            qWarning("export %s failed (%d): %s", qPrintable(args.join(u' ')), code, err.constData());
        return out;
    }

    /// The tool's request equals what `send` sent: method, path, query, body bytes, headers.
    void compareWithSend(const QJsonObject& got)
    {
        QVERIFY2(!got.isEmpty(), "no request arrived");
        const QString path = got.value(u"path"_s).toString();
        QVERIFY2(m_sent.contains(path), qPrintable(u"unexpected path "_s + path));
        const QJsonObject& want = m_sent[path];
        const bool signedCase = path == u"/signed"_s;
        QCOMPARE(got.value(u"method"_s).toString(), want.value(u"method"_s).toString());
        QCOMPARE(got.value(u"query"_s).toString(), want.value(u"query"_s).toString());
        QCOMPARE(got.value(u"bodyEncoding"_s).toString(), want.value(u"bodyEncoding"_s).toString());
        QCOMPARE(got.value(u"body"_s).toString(), want.value(u"body"_s).toString());
        const auto gotHeaders = comparableHeaders(got, signedCase);
        const auto wantHeaders = comparableHeaders(want, signedCase);
        QVERIFY2(gotHeaders == wantHeaders,
                 qPrintable(u"headers differ\n--- the tool sent:\n"_s + describe(gotHeaders) + u"\n--- send sent:\n"_s +
                            describe(wantHeaders)));
        if (signedCase) {
            // The signature is not carried: the receiver finds none.
            QCOMPARE(want.value(u"signature"_s).toObject().value(u"valid"_s).toBool(), true);
            QCOMPARE(got.value(u"signature"_s).toObject().value(u"valid"_s).toBool(), false);
        }
    }

    QString npmBin(const QString& name) const { return QDir(m_npm.dir).filePath(u"node_modules/.bin/"_s + name); }

    static QStringList fillArgs(const Case& c) { return {u"-s"_s, c.signal, u"-v"_s, c.value}; }
    static const Case& envCase() { return cases().back(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath() + u" is not built"_s));
        QVERIFY(m_dir.isValid());
        m_catch.start(cliPath(), {u"catch"_s, u"--secret"_s, kSecret});
        QVERIFY(m_catch.waitForStarted());
        const QJsonObject listening = nextRequest(10000);
        const QString base = listening.value(u"listening"_s).toString();
        QVERIFY2(!base.isEmpty(), "catch printed no address");
        m_workspace = m_dir.filePath(u"interop.hooksmith.json"_s);
        QFile f(m_workspace);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(workspaceJson(base.endsWith(u'/') ? base.chopped(1) : base));
        f.close();

        for (const Case& c : cases()) {
            run(cliPath(), QStringList{u"send"_s, m_workspace, u"-w"_s, c.webhook} + fillArgs(c), secretsEnvironment());
            const QJsonObject sent = nextRequest();
            QVERIFY2(!sent.isEmpty(), qPrintable(u"send delivered nothing for "_s + c.webhook));
            QCOMPARE(sent.value(u"path"_s).toString(), c.path);
            m_sent.insert(c.path, sent);
        }
        // The same webhook in the other environment.
        run(cliPath(),
            QStringList{u"send"_s, m_workspace, u"-w"_s, u"Env room"_s, u"--env"_s, u"Other"_s} + fillArgs(envCase()),
            secretsEnvironment());
        const QJsonObject other = nextRequest();
        QCOMPARE(other.value(u"path"_s).toString(), u"/env/r-99"_s);
        m_sent.insert(u"/env/r-99"_s, other);
        // The npm tools; a test that needs them fails when they cannot be installed. Versions that run
        // on Debian 12's Node.js 18 as well as on Node.js 20: @usebruno/cli 4 (and 1.x, 2.x, through
        // undici 7) needs a global File that Node.js 18 lacks.
        m_npm = ensureNpmPackages({u"newman@6"_s, u"@usebruno/cli@3.5.3"_s, u"node-red@4"_s});
    }

    void cleanupTestCase()
    {
        m_catch.terminate();
        m_catch.waitForFinished(5000);
    }

    void shellTools_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("program");
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("filled");
        for (const auto& [format, program] : {std::pair{u"curl"_s, u"curl"_s}, std::pair{u"httpie"_s, u"http"_s}}) {
            for (int i = 0; i < cases().size(); ++i) {
                for (const bool filled : {true, false}) {
                    QTest::addRow("%s %s %s", qPrintable(format), qPrintable(cases()[i].webhook),
                                  filled ? "filled" : "variables")
                        << format << program << i << filled;
                }
            }
        }
    }

    void shellTools()
    {
        QFETCH(QString, format);
        QFETCH(QString, program);
        QFETCH(int, index);
        QFETCH(bool, filled);
        QVERIFY2(!QStandardPaths::findExecutable(program).isEmpty(),
                 qPrintable(program + u" is not installed (Debian package "_s + format + u")"_s));
        const Case& c = cases()[index];
        QByteArray warnings;
        const QByteArray script = exportTo(
            QStringList{u"-w"_s, c.webhook, u"--to"_s, format} + (filled ? fillArgs(c) : QStringList()), &warnings);
        QVERIFY(!script.isEmpty());
        QVERIFY2(!script.contains(kPassword.toUtf8()) && !script.contains(kSecret.toUtf8()), "a secret was written");
        if (c.webhook == u"Signed"_s)
            QVERIFY2(warnings.contains("signature is not carried"), warnings.constData());
        QProcessEnvironment env = secretsEnvironment();
        if (!filled) {
            // The presets as shell variables, JSON presets as JSON text.
            env.insert(u"DEVICE_TOKEN"_s, u"tok-1"_s);
            env.insert(u"DEVICE_NAME"_s, u"Balcony"_s);
            env.insert(u"SIGNAL_NUMBER"_s, c.signal);
            const bool json = !c.value.startsWith(u'o');
            env.insert(u"MESSAGE_PAYLOAD"_s, json ? c.value : u"\"%1\""_s.arg(c.value));
            env.insert(u"SIGNAL_NAME"_s, c.signal == u"1"_s ? u"temperature"_s : u"door"_s);
            env.insert(u"SIGNAL_UNIT"_s, c.signal == u"1"_s ? u"°C"_s : QString());
        }
        int code = -1;
        QByteArray err;
        run(u"/bin/sh"_s, {u"-c"_s, QString::fromUtf8(script)}, env, m_dir.path(), {}, &code, &err);
        QVERIFY2(code == 0, err.constData());
        const QJsonObject got = nextRequest();
        if (!filled && c.webhook == u"Form query"_s) {
            // A form value from a variable goes in as it is: the payload's quotes and spaces are not
            // form-encoded (docs/export.md says so).
            QCOMPARE(got.value(u"path"_s).toString(), c.path);
            return;
        }
        compareWithSend(got);
    }

    void newman()
    {
        QVERIFY2(m_npm.state == NpmPackages::State::Ready, qPrintable(m_npm.message));
        QByteArray warnings;
        const Case& c = cases()[0];
        const QByteArray collection =
            exportTo({u"-w"_s, c.webhook, u"--to"_s, u"postman"_s, u"-s"_s, c.signal, u"-v"_s, c.value}, &warnings);
        QVERIFY(!collection.contains(kPassword.toUtf8()));
        const QString file = m_dir.filePath(u"c.postman_collection.json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(collection);
        f.close();
        int code = -1;
        QByteArray err;
        const QByteArray out =
            run(npmBin(u"newman"_s), {u"run"_s, file, u"--env-var"_s, u"HOOK_PASSWORD="_s + kPassword},
                secretsEnvironment(), m_dir.path(), {}, &code, &err);
        QVERIFY2(code == 0, QByteArray(out + err).constData());
        compareWithSend(nextRequest());
    }

    void bruno()
    {
        QVERIFY2(m_npm.state == NpmPackages::State::Ready, qPrintable(m_npm.message));
        // Every case in one collection, filled with the first case's signal: compared case by case.
        const QString dir = m_dir.filePath(u"bruno"_s);
        const Case& c = cases()[0];
        QVERIFY(QDir().mkpath(dir));
        QStringList args{u"--to"_s, u"bruno"_s, u"-o"_s, QDir(dir).filePath(u"json_basic.bru"_s)};
        args << u"-w"_s << c.webhook;
        exportTo(args + fillArgs(c));
        QVERIFY(QFile::exists(QDir(dir).filePath(u"json_basic.bru"_s)));
        int code = -1;
        QByteArray err;
        // A single request goes into a collection directory of the user's; here one made for the test.
        QFile collection(QDir(dir).filePath(u"bruno.json"_s));
        QVERIFY(!collection.exists());
        QVERIFY(collection.open(QIODevice::WriteOnly));
        collection.write(R"({"version": "1", "name": "t", "type": "collection"})");
        collection.close();
        const QByteArray out = run(npmBin(u"bru"_s), {u"run"_s}, secretsEnvironment(), dir, {}, &code, &err);
        QVERIFY2(code == 0, QByteArray(out + err).constData());
        compareWithSend(nextRequest());
    }

    void newmanWithVariables()
    {
        QVERIFY2(m_npm.state == NpmPackages::State::Ready, qPrintable(m_npm.message));
        // Presets left open are collection variables; newman gives them values from the command line.
        const Case& c = cases()[0];
        const QByteArray collection = exportTo({u"-w"_s, c.webhook, u"--to"_s, u"postman"_s});
        const QJsonObject doc = QJsonDocument::fromJson(collection).object();
        QStringList declared;
        for (const QJsonValue& v : doc.value(u"variable"_s).toArray())
            declared << v.toObject().value(u"key"_s).toString();
        QVERIFY2(declared.contains(u"SIGNAL_NUMBER"_s) && declared.contains(u"MESSAGE_PAYLOAD"_s),
                 qPrintable(declared.join(u' ')));
        QVERIFY2(!declared.contains(u"HOOK_PASSWORD"_s), "a secret became a collection variable");
        const QString file = m_dir.filePath(u"vars.postman_collection.json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(collection);
        f.close();
        int code = -1;
        QByteArray err;
        const QByteArray out = run(npmBin(u"newman"_s),
                                   {u"run"_s, file, u"--env-var"_s, u"HOOK_PASSWORD="_s + kPassword, u"--env-var"_s,
                                    u"DEVICE_TOKEN=tok-1"_s, u"--env-var"_s, u"SIGNAL_NUMBER="_s + c.signal,
                                    u"--env-var"_s, u"MESSAGE_PAYLOAD="_s + c.value, u"--env-var"_s,
                                    u"SIGNAL_NAME=temperature"_s, u"--env-var"_s, u"SIGNAL_UNIT=°C"_s},
                                   secretsEnvironment(), m_dir.path(), {}, &code, &err);
        QVERIFY2(code == 0, QByteArray(out + err).constData());
        compareWithSend(nextRequest());
    }

    void brunoCollection()
    {
        QVERIFY2(m_npm.state == NpmPackages::State::Ready, qPrintable(m_npm.message));
        // Two webhooks make a collection directory with bruno.json; both requests share the signal.
        const QString dir = m_dir.filePath(u"bruno-collection"_s);
        const Case& c = cases()[0];
        QByteArray warnings;
        exportTo({u"-w"_s, c.webhook, u"-w"_s, u"Signed"_s, u"--to"_s, u"bruno"_s, u"-o"_s, dir, u"-s"_s, c.signal,
                  u"-v"_s, c.value},
                 &warnings);
        QVERIFY2(warnings.contains("signature is not carried"), warnings.constData());
        QVERIFY(QFile::exists(QDir(dir).filePath(u"bruno.json"_s)));
        QVERIFY(QFile::exists(QDir(dir).filePath(u"signed.bru"_s)));
        int code = -1;
        QByteArray err;
        const QByteArray out = run(npmBin(u"bru"_s), {u"run"_s}, secretsEnvironment(), dir, {}, &code, &err);
        QVERIFY2(code == 0, QByteArray(out + err).constData());
        QList<QJsonObject> got{nextRequest(), nextRequest()};
        for (const QJsonObject& r : got) {
            QVERIFY(!r.isEmpty());
            if (r.value(u"path"_s).toString() == c.path)
                compareWithSend(r);
            else
                QCOMPARE(r.value(u"signature"_s).toObject().value(u"valid"_s).toBool(), false);
        }
    }

    void environments_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("keep");
        for (const QString& format : {u"curl"_s, u"httpie"_s, u"postman"_s, u"bruno"_s}) {
            for (const bool keep : {false, true})
                QTest::addRow("%s %s", qPrintable(format), keep ? "kept" : "written in") << format << keep;
        }
    }

    /// --env Other, its variables written in or kept as the tool's: what the tool sends equals what
    /// `send --env Other` sent; the secret variable comes from the environment.
    void environments()
    {
        QFETCH(QString, format);
        QFETCH(bool, keep);
        const Case& c = envCase();
        const QString dir = m_dir.filePath(u"env-%1-%2"_s.arg(format).arg(keep));
        QVERIFY(QDir().mkpath(dir));
        const QString file =
            QDir(dir).filePath(format == u"postman"_s ? u"env.postman_collection.json"_s
                                                      : (format == u"bruno"_s ? u"env_room.bru"_s : u"env.sh"_s));
        QStringList args{u"-w"_s, c.webhook, u"--to"_s, format, u"--env"_s, u"Other"_s, u"-o"_s, file};
        if (keep)
            args << u"--keep-vars"_s;
        exportTo(args + fillArgs(c));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY2(!text.contains(kToken.toUtf8()), "a secret was written");
        // Kept, the variables are there with the environment's values; else the values are written in.
        const QByteArray kept = format == u"curl"_s || format == u"httpie"_s ? "ROOM_ID=${ROOM_ID-r-99}"
                                : format == u"postman"_s                     ? "\"key\": \"ROOM_ID\""
                                                                             : "ROOM_ID: r-99";
        QVERIFY2(text.contains(kept) == keep, text.constData());
        QVERIFY2(text.contains("r-99"), text.constData());

        int code = -1;
        QByteArray out;
        QByteArray err;
        if (format == u"curl"_s || format == u"httpie"_s) {
            out = run(u"/bin/sh"_s, {file}, secretsEnvironment(), dir, {}, &code, &err);
        } else {
            QVERIFY2(m_npm.state == NpmPackages::State::Ready, qPrintable(m_npm.message));
            if (format == u"postman"_s) {
                out = run(npmBin(u"newman"_s), {u"run"_s, file, u"--env-var"_s, u"HOOK_VAR_TOKEN="_s + kToken},
                          secretsEnvironment(), dir, {}, &code, &err);
            } else {
                QFile collection(QDir(dir).filePath(u"bruno.json"_s));
                QVERIFY(collection.open(QIODevice::WriteOnly));
                collection.write(R"({"version": "1", "name": "t", "type": "collection"})");
                collection.close();
                out = run(npmBin(u"bru"_s), {u"run"_s}, secretsEnvironment(), dir, {}, &code, &err);
            }
        }
        QVERIFY2(code == 0, QByteArray(out + err).constData());
        const QJsonObject got = nextRequest();
        QCOMPARE(got.value(u"path"_s).toString(), u"/env/r-99"_s);
        compareWithSend(got);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown format") << QStringList{u"-w"_s, u"Signed"_s, u"--to"_s, u"har"_s}
                                        << u"unknown format \"har\""_s;
        QTest::newRow("unknown webhook") << QStringList{u"-w"_s, u"Nope"_s, u"--to"_s, u"curl"_s} << u"Nope"_s;
        QTest::newRow("no webhook") << QStringList{u"--to"_s, u"curl"_s} << u"-w WEBHOOK"_s;
        QTest::newRow("several for curl")
            << QStringList{u"--all"_s, u"--to"_s, u"curl"_s} << u"one webhook at a time"_s;
        QTest::newRow("signal without value")
            << QStringList{u"-w"_s, u"Signed"_s, u"--to"_s, u"curl"_s, u"-s"_s, u"1"_s} << u"-s and -v go together"_s;
        QTest::newRow("server to stdout") << QStringList{u"--all"_s, u"--to"_s, u"server"_s} << u"-o DIR"_s;
        QTest::newRow("existing file") << QStringList{u"-w"_s,   u"Signed"_s, u"--to"_s,
                                                      u"curl"_s, u"-o"_s,     u"EXISTING"_s}
                                       << u"exists"_s;
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString existing = m_dir.filePath(u"existing.sh"_s);
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me\n");
        f.close();
        args.replaceInStrings(u"EXISTING"_s, existing);
        int code = -1;
        QByteArray err;
        run(cliPath(), QStringList{u"export"_s, m_workspace} + args, secretsEnvironment(), {}, {}, &code, &err);
        QCOMPARE(code, 2);
        QVERIFY2(QString::fromUtf8(err).contains(message), err.constData());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me\n"));
    }

    void nodeRed()
    {
        QVERIFY2(m_npm.state == NpmPackages::State::Ready, qPrintable(m_npm.message));
        // The presets left open: the test fills each inject node's payload with its case's signal.
        // The environment's variables kept: environment variables of the flow's tab.
        const QList<int> picked{0, 2, 3, 4};
        QStringList args{u"--to"_s, u"node-red"_s, u"--keep-vars"_s};
        for (int i : picked)
            args << u"-w"_s << cases()[i].webhook;
        QByteArray warnings;
        const QByteArray flowText = exportTo(args, &warnings);
        QVERIFY2(warnings.contains("signature is not carried"), warnings.constData());
        QVERIFY(!flowText.contains(kPassword.toUtf8()) && !flowText.contains(kSecret.toUtf8()));
        QJsonArray flow = QJsonDocument::fromJson(flowText).array();
        int injects = 0;
        for (qsizetype n = 0; n < flow.size(); ++n) {
            QJsonObject node = flow[n].toObject();
            if (node.value(u"type"_s).toString() != u"inject"_s)
                continue;
            ++injects;
            const auto c = std::find_if(cases().begin(), cases().end(), [&node](const Case& k) {
                return k.webhook == node.value(u"name"_s).toString();
            });
            QVERIFY(c != cases().end());
            QJsonObject presets = QJsonDocument::fromJson(node.value(u"payload"_s).toString().toUtf8()).object();
            QVERIFY(presets.contains(u"MESSAGE_PAYLOAD"_s));
            const QJsonObject values{
                {u"DEVICE_TOKEN"_s, u"tok-1"_s},
                {u"DEVICE_NAME"_s, u"Balcony"_s},
                {u"SIGNAL_NUMBER"_s, c->signal.toInt()},
                {u"SIGNAL_NAME"_s, c->signal == u"1"_s ? u"temperature"_s : QString()},
                {u"SIGNAL_UNIT"_s, c->signal == u"1"_s ? u"°C"_s : QString()},
                {u"MESSAGE_PAYLOAD"_s, QJsonDocument::fromJson("[" + c->value.toUtf8() + "]").array().at(0)}};
            for (auto it = presets.begin(); it != presets.end(); ++it)
                it.value() = values.value(it.key());
            node[u"payload"_s] = QString::fromUtf8(QJsonDocument(presets).toJson(QJsonDocument::Compact));
            flow[n] = node;
        }
        QCOMPARE(injects, picked.size());
        const QJsonArray tabEnv = flow.at(0).toObject().value(u"env"_s).toArray();
        QVERIFY2(
            tabEnv.contains(QJsonObject{{u"name"_s, u"ROOM_ID"_s}, {u"value"_s, u"r-17"_s}, {u"type"_s, u"str"_s}}),
            QJsonDocument(tabEnv).toJson().constData());
        const QString flowFile = m_dir.filePath(u"flows.json"_s);
        QFile f(flowFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(flow).toJson());
        f.close();

        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess nodeRed;
        nodeRed.setProcessEnvironment(secretsEnvironment());
        nodeRed.setProcessChannelMode(QProcess::MergedChannels);
        nodeRed.start(npmBin(u"node-red"_s),
                      {u"-u"_s, m_dir.filePath(u"node-red-user"_s), u"-p"_s, QString::number(port), flowFile});
        QVERIFY2(nodeRed.waitForStarted(), qPrintable(nodeRed.errorString()));
        QList<QJsonObject> got;
        for (int i = 0; i < picked.size(); ++i) {
            const QJsonObject r = nextRequest(90000);
            if (r.isEmpty())
                break;
            got.append(r);
        }
        const QByteArray log = nodeRed.readAll();
        nodeRed.terminate();
        nodeRed.waitForFinished(10000);
        QVERIFY2(got.size() == picked.size(), log.constData());
        for (const QJsonObject& r : got)
            compareWithSend(r);
    }

    void server()
    {
        const QString dir = m_dir.filePath(u"server"_s);
        exportTo({u"--all"_s, u"--to"_s, u"server"_s, u"-o"_s, dir});
        const QString workspace = QDir(dir).filePath(u"interop.hooksmith.json"_s);
        for (const QString& name :
             {workspace, QDir(dir).filePath(u"hooksmith.env.example"_s),
              QDir(dir).filePath(u"hooksmith-relay@.service"_s), QDir(dir).filePath(u"README.md"_s)})
            QVERIFY2(QFile::exists(name), qPrintable(name));
        // A second export to the same place is refused.
        int code = -1;
        run(cliPath(), {u"export"_s, m_workspace, u"--all"_s, u"--to"_s, u"server"_s, u"-o"_s, dir},
            secretsEnvironment(), {}, {}, &code);
        QCOMPARE(code, 2);

        // No secret in any file, plain or base64 (alone or as basic auth credentials).
        const QList<QByteArray> secrets{
            kPassword.toUtf8(), kPassword.toUtf8().toBase64(), QByteArray("bob:" + kPassword.toUtf8()).toBase64(),
            kSecret.toUtf8(),   kSecret.toUtf8().toBase64(),   kSecret.toUtf8().mid(6),
            kToken.toUtf8()};
        QDirIterator it(dir, QDir::Files);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray data = f.readAll();
            for (const QByteArray& s : secrets)
                QVERIFY2(!data.contains(s), qPrintable(f.fileName() + u" holds a secret"_s));
        }
        QFile env(QDir(dir).filePath(u"hooksmith.env.example"_s));
        QVERIFY(env.open(QIODevice::ReadOnly));
        const QByteArray envText = env.readAll();
        QVERIFY2(envText.contains("\nHOOK_PASSWORD=\n") && envText.contains("\nHOOK_SECRET=\n") &&
                     envText.contains("\nHOOK_VAR_TOKEN=\n"),
                 envText.constData());
        QFile unit(QDir(dir).filePath(u"hooksmith-relay@.service"_s));
        QVERIFY(unit.open(QIODevice::ReadOnly));
        QVERIFY(unit.readAll().contains("Type=notify"));

        const QByteArray validated = run(cliPath(), {u"validate"_s, workspace}, secretsEnvironment(), {}, {}, &code);
        QVERIFY2(code == 0, validated.constData());

        // The relay run from the directory, the variables set, delivers every webhook.
        const QByteArray lines = "@device tok-1 Balcony\n@signal 1 23.5\n";
        QByteArray errors;
        run(cliPath(), {u"relay"_s, workspace, u"--stdin"_s, u"--outbox"_s, m_dir.filePath(u"server-outbox"_s)},
            secretsEnvironment(), dir, lines, &code, &errors);
        QVERIFY2(code == 0, errors.constData());
        QHash<QString, QJsonObject> byPath;
        for (int i = 0; i < cases().size(); ++i) {
            const QJsonObject r = nextRequest();
            QVERIFY2(!r.isEmpty(), errors.constData());
            byPath.insert(r.value(u"path"_s).toString(), r);
        }
        QCOMPARE(byPath.size(), cases().size());
        // The same signal as `send` sent for the first case: the same request.
        compareWithSend(byPath.value(cases()[0].path));
        // The relay signs: the secret came from the environment.
        QCOMPARE(byPath.value(u"/signed"_s).value(u"signature"_s).toObject().value(u"valid"_s).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestExportInterop)
#include "tst_export_interop.moc"

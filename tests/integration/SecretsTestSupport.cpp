#include "SecretsTestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QUuid>

namespace hooksmith::test {

bool testKeyringExpected()
{
    return qEnvironmentVariable("HOOKSMITH_TEST_KEYRING") == QLatin1StringView("unlocked");
}

QString builtProgram(const QString& relative)
{
    QString root = qEnvironmentVariable("HOOKSMITH_BINARY_DIR");
    if (root.isEmpty())
        root = QStringLiteral(HOOKSMITH_TEST_BINARY_DIR);
    return QDir(root).filePath(relative);
}

ChildResult runChild(const QString& program, const QStringList& args, const QProcessEnvironment& env,
                     const QByteArray& input)
{
    ChildResult r;
    QProcess p;
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString();
        return r;
    }
    p.write(input);
    p.closeWriteChannel();
    r.finished = finished.count() > 0 || finished.wait(60000);
    if (!r.finished) {
        p.kill();
        QSignalSpy(&p, &QProcess::finished).wait(5000);
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray secretsWorkspace(const QString& userId)
{
    return QStringLiteral(R"({
  "hooksmith": 1,
  "user_id": "%1",
  "webhooks": [
    { "id": "4b0f6a52-1d1e-4c55-9a52-5f2f3b0c0001", "name": "Door", "url": "https://hooks.example.com/door",
      "method": "POST", "format": "json", "auth": { "type": "basic", "username": "bob" } },
    { "id": "4b0f6a52-1d1e-4c55-9a52-5f2f3b0c0002", "name": "Signed", "url": "https://hooks.example.com/signed",
      "method": "POST", "format": "json", "signing": { "scheme": "standard-webhooks" } }
  ]
}
)")
        .arg(userId)
        .toUtf8();
}

QByteArray secretVariableWorkspace(const QString& userId, const QString& secondUrl)
{
    return QStringLiteral(R"({
  "hooksmith": 1,
  "user_id": "%1",
  "environments": [
    { "name": "Local", "variables": [ { "name": "API_KEY", "value": "local-key" } ] },
    { "name": "Production", "variables": [ { "name": "API_KEY", "secret": true } ] }
  ],
  "webhooks": [
    { "id": "4b0f6a52-1d1e-4c55-9a52-5f2f3b0c0101", "name": "Reading", "url": "https://hooks.example.com/in",
      "method": "POST", "format": "json", "headers": [ { "name": "X-Api-Key", "value": "{{var:API_KEY}}" } ] },
    { "id": "4b0f6a52-1d1e-4c55-9a52-5f2f3b0c0102", "name": "Copy", "url": "%2",
      "method": "POST", "format": "json", "headers": [ { "name": "X-Api-Key", "value": "{{var:API_KEY}}" } ] }
  ]
}
)")
        .arg(userId, secondUrl)
        .toUtf8();
}

QString uniqueSecret()
{
    return QStringLiteral("s3cr3t-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QStringList filesContaining(const QString& root, const QString& needle)
{
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(needle.utf16()), needle.size() * 2);
    const QByteArray base64 = utf8.toBase64();
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        if (data.contains(utf8) || data.contains(utf16) || data.contains(base64))
            hits.append(path);
    }
    return hits;
}

} // namespace hooksmith::test

#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace hooksmith::test {

/// True when scripts/test set up an unlocked keyring for this run (HOOKSMITH_TEST_KEYRING=unlocked):
/// a keychain that does not work is then a failure. Elsewhere (ctest in a desktop session, say) it
/// is a skip, which CTest and scripts/test report as one.
bool testKeyringExpected();

/// A program built next to the tests: "bin/hooksmith-cli", "tests/hooksmith_secret_probe".
QString builtProgram(const QString& relative);

/// What a child process printed and how it ended.
struct ChildResult
{
    bool finished = false;
    int code = -1;
    QString out;
    QString err;
};

/// Runs `program` as a real child process with `env`, feeding `input` on its standard input.
ChildResult runChild(const QString& program, const QStringList& args, const QProcessEnvironment& env,
                     const QByteArray& input = {});

/// A workspace with a basic-auth webhook "Door" (password in the keychain) and a Standard Webhooks
/// signed webhook "Signed" (signing secret in the keychain), with the given user_id.
QByteArray secretsWorkspace(const QString& userId);

/// A workspace with the environments "Local" (API_KEY, a plain value) and "Production" (API_KEY, a secret
/// kept in the keychain), and two webhooks that send it as X-Api-Key: "Reading" to https://hooks.example.com
/// and "Copy" to `secondUrl`.
QByteArray secretVariableWorkspace(const QString& userId, const QString& secondUrl);

/// A value no file on the machine holds already, so finding it somewhere means we put it there.
QString uniqueSecret();

/// Files under `root` whose bytes contain `needle` as UTF-8, UTF-16 or base64.
QStringList filesContaining(const QString& root, const QString& needle);

} // namespace hooksmith::test

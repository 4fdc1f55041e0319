#include "TestTls.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace hooksmith::test {

namespace {

bool run(const QString& openssl, const QStringList& args, const QString& dir, QString* why)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(openssl, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *why = u"openssl %1 failed: %2"_s.arg(args.join(u' '), QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

QSslConfiguration TestPki::serverConfiguration(bool useSelfSigned) const
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setLocalCertificate(useSelfSigned ? selfSigned : issued);
    c.setPrivateKey(useSelfSigned ? selfSignedKey : issuedKey);
    c.setPeerVerifyMode(QSslSocket::VerifyNone);
    return c;
}

std::optional<TestPki> makeTestPki(const QString& dir, QString* why)
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty()) {
        *why = u"the openssl command is not installed"_s;
        return std::nullopt;
    }
    QFile ext(QDir(dir).filePath(u"server.ext"_s));
    if (!ext.open(QIODevice::WriteOnly))
        return std::nullopt;
    ext.write("basicConstraints=critical,CA:FALSE\n"
              "keyUsage=critical,digitalSignature,keyEncipherment\n"
              "extendedKeyUsage=serverAuth\n"
              "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    ext.close();

    const QStringList ec{u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
    // The test CA.
    if (!run(openssl,
             QStringList{u"req"_s, u"-x509"_s} + ec +
                 QStringList{u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                             u"/CN=Hooksmith Test CA/O=Hooksmith tests"_s},
             dir, why))
        return std::nullopt;
    // A server certificate issued by it.
    if (!run(openssl,
             QStringList{u"req"_s} + ec +
                 QStringList{u"-keyout"_s, u"issued.key"_s, u"-out"_s, u"issued.csr"_s, u"-subj"_s,
                             u"/CN=127.0.0.1/O=Hooksmith tests"_s},
             dir, why))
        return std::nullopt;
    if (!run(openssl,
             {u"x509"_s, u"-req"_s, u"-in"_s, u"issued.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s, u"ca.key"_s,
              u"-CAcreateserial"_s, u"-out"_s, u"issued.pem"_s, u"-days"_s, u"2"_s, u"-extfile"_s, u"server.ext"_s},
             dir, why))
        return std::nullopt;
    // A self-signed server certificate.
    if (!run(openssl,
             QStringList{u"req"_s, u"-x509"_s} + ec +
                 QStringList{u"-keyout"_s, u"self.key"_s, u"-out"_s, u"self.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                             u"/CN=127.0.0.1/O=Hooksmith self-signed"_s, u"-addext"_s,
                             u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s},
             dir, why))
        return std::nullopt;

    TestPki pki;
    const QDir d(dir);
    pki.caFile = d.filePath(u"ca.pem"_s);
    pki.issuedFile = d.filePath(u"issued.pem"_s);
    pki.issuedKeyFile = d.filePath(u"issued.key"_s);
    pki.selfSignedFile = d.filePath(u"self.pem"_s);
    pki.selfSignedKeyFile = d.filePath(u"self.key"_s);
    pki.issued = QSslCertificate(readAll(pki.issuedFile), QSsl::Pem);
    pki.issuedKey = QSslKey(readAll(pki.issuedKeyFile), QSsl::Ec, QSsl::Pem);
    pki.selfSigned = QSslCertificate(readAll(pki.selfSignedFile), QSsl::Pem);
    pki.selfSignedKey = QSslKey(readAll(pki.selfSignedKeyFile), QSsl::Ec, QSsl::Pem);
    if (pki.issued.isNull() || pki.issuedKey.isNull() || pki.selfSigned.isNull() || pki.selfSignedKey.isNull()) {
        *why = u"the certificates made by openssl could not be read by QSslCertificate/QSslKey"_s;
        return std::nullopt;
    }
    return pki;
}

} // namespace hooksmith::test

#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

#include <optional>

namespace hooksmith::test {

/// Certificates made with the openssl command for one test run: a self-signed server certificate,
/// and a test CA with a server certificate it issued. Every server certificate is for 127.0.0.1 and
/// localhost.
struct TestPki
{
    QString caFile;     ///< the CA certificate (PEM)
    QString issuedFile; ///< server certificate issued by the CA (PEM), and its key
    QString issuedKeyFile;
    QSslCertificate issued;
    QSslKey issuedKey;
    QString selfSignedFile; ///< the self-signed certificate (PEM), and its key
    QString selfSignedKeyFile;
    QSslCertificate selfSigned;
    QSslKey selfSignedKey;

    /// A server configuration for QSslServer with the issued or the self-signed certificate.
    QSslConfiguration serverConfiguration(bool selfSigned) const;
};

/// Creates the certificates in `dir`. std::nullopt (and `why`) when openssl is not available or fails.
std::optional<TestPki> makeTestPki(const QString& dir, QString* why);

} // namespace hooksmith::test

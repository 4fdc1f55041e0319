#pragma once

#include "HttpSender.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

namespace hooksmith::http {

/// CA files for HttpSender, parsed once and parsed again only when the file changes on disk.
///
/// Parsing a PEM file costs far more than a request on a kept-alive connection, so the file is only
/// looked at (its size and times) per request. A file that is rewritten, replaced or removed is noticed
/// on the next request.
class CaFileCache
{
public:
    struct Entry
    {
        bool exists = false;
        QList<QSslCertificate> certificates;
        /// Identifies this version of the file (size, modification and status-change times); empty
        /// when the file does not exist.
        QByteArray stamp;
    };

    /// The certificates in the PEM file at `absolutePath`, as it is on disk now.
    const Entry& load(const QString& absolutePath);
    /// How often a file was parsed (not served from the cache).
    int parseCount() const { return m_parses; }

private:
    QHash<QString, Entry> m_entries;
    int m_parses = 0;
};

/// TLS summaries of responses. The server certificate's part (names, fingerprint, expiry) is worked out
/// once per certificate, as connections are kept alive and send the same certificate every time.
class TlsSummaryCache
{
public:
    TlsSummary summarize(const QSslConfiguration& configuration);

private:
    QHash<QSslCertificate, TlsSummary> m_peers;
};

} // namespace hooksmith::http

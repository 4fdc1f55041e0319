#include "TlsTrust.h"

#include "HttpSupport.h"

#include <QDataStream>
#include <QFileInfo>

namespace hooksmith::http {

namespace {

// Kept-alive connections to a handful of receivers show a handful of certificates; a cache that grows
// past this is simply started again.
constexpr qsizetype kMaxCachedPeers = 64;

QByteArray stampOf(const QFileInfo& info)
{
    QByteArray stamp;
    QDataStream out(&stamp, QIODevice::WriteOnly);
    out << info.size() << info.lastModified().toMSecsSinceEpoch()
        << info.fileTime(QFileDevice::FileMetadataChangeTime).toMSecsSinceEpoch();
    return stamp;
}

} // namespace

const CaFileCache::Entry& CaFileCache::load(const QString& absolutePath)
{
    const QFileInfo info(absolutePath);
    Entry& entry = m_entries[absolutePath];
    if (!info.exists()) {
        entry = Entry{};
        return entry;
    }
    const QByteArray stamp = stampOf(info);
    if (entry.exists && entry.stamp == stamp)
        return entry;
    ++m_parses;
    entry.exists = true;
    entry.stamp = stamp;
    entry.certificates = QSslCertificate::fromPath(absolutePath, QSsl::Pem);
    return entry;
}

TlsSummary TlsSummaryCache::summarize(const QSslConfiguration& configuration)
{
    TlsSummary summary = tlsSessionSummary(configuration);
    const QSslCertificate peer = configuration.peerCertificate();
    if (peer.isNull())
        return summary;
    // QSslCertificate's hash is OpenSSL's cached SHA-1 of the certificate and its equality compares
    // the encoded certificates: a hit costs no parsing and no new digest.
    auto it = m_peers.constFind(peer);
    if (it == m_peers.cend()) {
        if (m_peers.size() >= kMaxCachedPeers)
            m_peers.clear();
        TlsSummary peerPart;
        summarizePeer(peer, &peerPart);
        it = m_peers.insert(peer, peerPart);
    }
    summary.peerSubject = it->peerSubject;
    summary.peerIssuer = it->peerIssuer;
    summary.peerSha256 = it->peerSha256;
    summary.peerNotAfter = it->peerNotAfter;
    return summary;
}

} // namespace hooksmith::http

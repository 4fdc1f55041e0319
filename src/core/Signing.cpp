#include "Signing.h"

#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

QByteArray hmacSha256(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QList<QStringView> splitSecrets(QStringView secret)
{
    QList<QStringView> out;
    for (QStringView part : secret.split(u' ', Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (!part.isEmpty())
            out.append(part);
    }
    return out;
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

QList<QByteArray> Signer::headerNames(SigningScheme scheme)
{
    switch (scheme) {
    case SigningScheme::None:
        return {};
    case SigningScheme::StandardWebhooks:
        return {"webhook-id", "webhook-timestamp", "webhook-signature"};
    case SigningScheme::Github:
        return {"X-Hub-Signature-256"};
    case SigningScheme::Stripe:
        return {"Stripe-Signature"};
    }
    return {};
}

QList<HeaderPair> Signer::placeholderHeaders(SigningScheme scheme, const QString& messageId, qint64 unixSeconds)
{
    const QByteArray timestamp = QByteArray::number(unixSeconds);
    switch (scheme) {
    case SigningScheme::None:
        return {};
    case SigningScheme::StandardWebhooks:
        return {{"webhook-id", messageId.toUtf8()}, {"webhook-timestamp", timestamp}, {"webhook-signature", "v1,****"}};
    case SigningScheme::Github:
        return {{"X-Hub-Signature-256", "sha256=****"}};
    case SigningScheme::Stripe:
        return {{"Stripe-Signature", "t=" + timestamp + ",v1=****"}};
    }
    return {};
}

Result<QByteArray> Signer::standardWebhooksKey(QStringView secret)
{
    QStringView s = secret.trimmed();
    if (s.startsWith(u"whsec_"))
        s = s.sliced(6);
    const auto decoded = QByteArray::fromBase64Encoding(s.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || s.isEmpty())
        return Error(tr("the Standard Webhooks secret is not \"whsec_\" followed by base64 text"));
    if (decoded.decoded.size() < 24 || decoded.decoded.size() > 64) {
        return Error(tr("the Standard Webhooks secret decodes to %1 bytes; it must be 24 to 64 bytes")
                         .arg(decoded.decoded.size()));
    }
    return decoded.decoded;
}

Status Signer::checkSecret(SigningScheme scheme, QStringView secret)
{
    if (scheme == SigningScheme::None)
        return Status::success();
    const QList<QStringView> secrets = splitSecrets(secret);
    if (secrets.isEmpty())
        return Error(tr("the signing secret is empty"));
    if (scheme == SigningScheme::StandardWebhooks) {
        for (QStringView s : secrets) {
            if (auto key = standardWebhooksKey(s); !key)
                return key.error();
        }
    }
    return Status::success();
}

Result<QList<HeaderPair>> Signer::sign(SigningScheme scheme, QStringView secret, const QString& messageId,
                                       qint64 unixSeconds, const QByteArray& body)
{
    const QByteArray timestamp = QByteArray::number(unixSeconds);
    switch (scheme) {
    case SigningScheme::None:
        return QList<HeaderPair>{};
    case SigningScheme::StandardWebhooks: {
        const QList<QStringView> secrets = splitSecrets(secret);
        if (secrets.isEmpty())
            return Error(tr("the signing secret is empty"));
        const QByteArray id = messageId.toUtf8();
        const QByteArray content = id + '.' + timestamp + '.' + body;
        QByteArray signatures;
        for (QStringView s : secrets) {
            auto key = standardWebhooksKey(s);
            if (!key)
                return key.error();
            if (!signatures.isEmpty())
                signatures += ' ';
            signatures += "v1," + hmacSha256(*key, content).toBase64();
        }
        return QList<HeaderPair>{
            {"webhook-id", id}, {"webhook-timestamp", timestamp}, {"webhook-signature", signatures}};
    }
    case SigningScheme::Github: {
        if (secret.isEmpty())
            return Error(tr("the signing secret is empty"));
        return QList<HeaderPair>{{"X-Hub-Signature-256", "sha256=" + hmacSha256(secret.toUtf8(), body).toHex()}};
    }
    case SigningScheme::Stripe: {
        const QList<QStringView> secrets = splitSecrets(secret);
        if (secrets.isEmpty())
            return Error(tr("the signing secret is empty"));
        QByteArray value = "t=" + timestamp;
        const QByteArray content = timestamp + '.' + body;
        for (QStringView s : secrets)
            value += ",v1=" + hmacSha256(s.toUtf8(), content).toHex();
        return QList<HeaderPair>{{"Stripe-Signature", value}};
    }
    }
    return QList<HeaderPair>{};
}

Status Signer::verifyStandardWebhooks(QStringView secret, const QByteArray& messageId, const QByteArray& timestamp,
                                      const QByteArray& body, const QByteArray& signatureHeader, qint64 nowSeconds)
{
    bool ok = false;
    const qint64 ts = timestamp.toLongLong(&ok);
    if (!ok)
        return Error(tr("webhook-timestamp is not a number"));
    if (nowSeconds != 0 && (ts < nowSeconds - 300 || ts > nowSeconds + 300))
        return Error(tr("webhook-timestamp is more than 5 minutes away from now"));
    const QByteArray content = messageId + '.' + timestamp + '.' + body;
    for (QStringView s : splitSecrets(secret)) {
        auto key = standardWebhooksKey(s);
        if (!key)
            return key.error();
        const QByteArray expected = hmacSha256(*key, content).toBase64();
        for (const QByteArray& sig : signatureHeader.split(' ')) {
            if (sig.startsWith("v1,") && constantTimeEquals(sig.mid(3), expected))
                return Status::success();
        }
    }
    return Error(tr("no signature in webhook-signature matches the secret"));
}

} // namespace hooksmith

#pragma once

#include "Model.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <utility>

namespace hooksmith {

using HeaderPair = std::pair<QByteArray, QByteArray>;

/// Request signing: Standard Webhooks, GitHub (X-Hub-Signature-256) and Stripe (Stripe-Signature).
class Signer
{
    Q_DECLARE_TR_FUNCTIONS(Signer)
public:
    /// The headers a scheme sets, in the order they are sent.
    static QList<QByteArray> headerNames(SigningScheme scheme);

    /// Signs `body`. For Standard Webhooks and Stripe, `secret` may hold several secrets separated by
    /// spaces (rotation): one signature each.
    static Result<QList<HeaderPair>> sign(SigningScheme scheme, QStringView secret, const QString& messageId,
                                          qint64 unixSeconds, const QByteArray& body);

    /// The scheme's headers with the signature shown as **** (the secret is not at hand): for previews.
    static QList<HeaderPair> placeholderHeaders(SigningScheme scheme, const QString& messageId, qint64 unixSeconds);

    /// Checks a secret's form (Standard Webhooks: whsec_ + base64 of 24 to 64 bytes).
    static Status checkSecret(SigningScheme scheme, QStringView secret);

    /// Standard Webhooks verification as a receiver does it (constant-time compare, 5 minute tolerance
    /// when `nowSeconds` is not 0).
    static Status verifyStandardWebhooks(QStringView secret, const QByteArray& messageId, const QByteArray& timestamp,
                                         const QByteArray& body, const QByteArray& signatureHeader,
                                         qint64 nowSeconds = 0);

    /// Decodes one Standard Webhooks secret ("whsec_" prefix optional) to its key bytes.
    static Result<QByteArray> standardWebhooksKey(QStringView secret);
};

} // namespace hooksmith

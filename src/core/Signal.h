#pragma once

#include "Json.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace hooksmith {

/// One signal from a device: what the board's `pybytes.send_signal(number, value)` carried.
struct Signal
{
    static constexpr int kMaxNumber = 254;            ///< 255 is reserved, as on Pybytes
    static constexpr qsizetype kMaxValueSize = 65536; ///< bytes of JSON text, as the line protocol

    QString deviceToken;
    int number = 0;
    JsonValue value;      ///< numbers keep the decimal text as sent
    QDateTime receivedAt; ///< UTC
    /// Set by a source that acknowledges what is stored (AcknowledgingSource): handed back to it once stored.
    quint64 ticket = 0;
    /// The sender's id for the message the signal came in (an MQTT `message-id` user property): a message
    /// that comes again (redelivered by a broker, perhaps to another relay) makes deliveries with the same
    /// message ids. Empty: every signal gets new ones.
    QString originId;
};

class SignalValues
{
    Q_DECLARE_TR_FUNCTIONS(SignalValues)
public:
    /// A value given on a command line or in a form: JSON text, or else the text as a string.
    static Result<JsonValue> fromArgument(const QString& text);
    /// A value from a board line: must be JSON.
    static Result<JsonValue> fromJson(QStringView text);
    /// Checks a signal number (0..254).
    static Status checkNumber(qint64 number);
    static Status checkSize(qsizetype utf8Bytes);
};

/// A new message id: "msg_" followed by 26 characters that sort by creation time.
QString newMessageId();
/// The message id of the delivery to `webhookId` of a signal with an origin id (Signal::originId): the same
/// for the same device, signal number, origin id and webhook, wherever and whenever it is made.
QString derivedMessageId(const Signal& signal, const QString& webhookId);

} // namespace hooksmith

#include "Signal.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace hooksmith {

Status SignalValues::checkNumber(qint64 number)
{
    if (number == 255)
        return Error(tr("signal 255 is reserved (as on Pybytes); use 0 to 254"));
    if (number < 0 || number > Signal::kMaxNumber)
        return Error(tr("signal number %1 is out of range; use 0 to 254").arg(number));
    return Status::success();
}

Status SignalValues::checkSize(qsizetype utf8Bytes)
{
    if (utf8Bytes > Signal::kMaxValueSize) {
        return Error(tr("the value is %1 bytes long; a signal value may be at most %2 bytes")
                         .arg(utf8Bytes)
                         .arg(Signal::kMaxValueSize));
    }
    return Status::success();
}

Result<JsonValue> SignalValues::fromArgument(const QString& text)
{
    if (Status size = checkSize(text.toUtf8().size()); !size)
        return size.error();
    JsonValue value;
    if (parseJson(text, value))
        return value;
    return JsonValue::string(text);
}

Result<JsonValue> SignalValues::fromJson(QStringView text)
{
    if (Status size = checkSize(text.toUtf8().size()); !size)
        return size.error();
    JsonValue value;
    JsonParseError error;
    if (!parseJson(text, value, &error))
        return Error(tr("the value is not JSON: %1 at character %2").arg(error.message).arg(error.offset + 1));
    return value;
}

QString newMessageId()
{
    // Like a ULID: 10 characters of milliseconds (48 bits), then 16 random characters (80 bits),
    // in Crockford base32, so that ids sort by creation time.
    static constexpr char16_t alphabet[] = u"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    const quint64 r1 = QRandomGenerator::global()->generate64();
    const quint64 r2 = QRandomGenerator::global()->generate64();
    char16_t out[30] = {u'm', u's', u'g', u'_'};
    for (int i = 0; i < 10; ++i)
        out[4 + i] = alphabet[(ms >> (45 - 5 * i)) & 0x1F];
    for (int i = 0; i < 12; ++i)
        out[14 + i] = alphabet[(r1 >> (5 * i)) & 0x1F];
    for (int i = 0; i < 4; ++i)
        out[26 + i] = alphabet[(r2 >> (5 * i)) & 0x1F];
    return QString(reinterpret_cast<const QChar*>(out), 30);
}

QString derivedMessageId(const Signal& signal, const QString& webhookId)
{
    // Same shape as newMessageId() (msg_ and 26 Crockford base32 characters), from a hash instead of the clock.
    static constexpr char16_t alphabet[] = u"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& part : {signal.deviceToken, QString::number(signal.number), signal.originId, webhookId}) {
        const QByteArray utf8 = part.toUtf8();
        hash.addData(QByteArray(QByteArray::number(utf8.size()) + ':'));
        hash.addData(utf8);
    }
    const QByteArray digest = hash.result();
    char16_t out[30] = {u'm', u's', u'g', u'_'};
    for (int i = 0; i < 26; ++i)
        out[4 + i] = alphabet[quint8(digest[i]) & 0x1F];
    return QString(reinterpret_cast<const QChar*>(out), 30);
}

} // namespace hooksmith

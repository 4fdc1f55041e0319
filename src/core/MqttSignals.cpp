#include "MqttSignals.h"

#include "Signal.h"

#include <QtEndian>

#include <charconv>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {
constexpr quint8 kCommandCustomMethod = 5;
constexpr char kInteger = 0x00;
constexpr char kFloat = 0x01;
constexpr char kTextEnd = '3'; // the firmware appends str(constants.__STRING)
} // namespace

QString MqttSignals::shortestFloat32(float value)
{
    if (std::isnan(value))
        return u"nan"_s;
    if (std::isinf(value))
        return value > 0 ? u"inf"_s : u"-inf"_s;
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QString::fromLatin1(buffer, result.ptr - buffer);
}

MqttSignals::PybytesMessage MqttSignals::decodePybytes(QByteArrayView message)
{
    PybytesMessage out;
    if (message.isEmpty()) {
        out.error = tr("the message is empty (a Pybytes message starts with a header byte)");
        return out;
    }
    const auto header = quint8(message[0]);
    out.type = header & 0x0F;
    out.networkType = (header & 0x30) >> 4;
    const QByteArrayView body = message.sliced(1);
    if (out.type == PybytesPing) {
        out.kind = PybytesMessage::Kind::Ping;
        return out;
    }
    if (out.type != PybytesPybytes || body.size() < 2 || quint8(body[0]) != kCommandCustomMethod) {
        out.kind = PybytesMessage::Kind::Other;
        return out;
    }
    out.number = quint8(body[1]);
    if (out.number > Signal::kMaxNumber) {
        out.kind = PybytesMessage::Kind::Other; // pin 255: the Pybytes terminal
        return out;
    }
    const QByteArrayView value = body.sliced(2);
    if (value.isEmpty()) {
        out.error = tr("signal %1 has no value").arg(out.number);
        return out;
    }
    const char kind = value.back();
    if (value.size() == 5 && kind == kInteger) {
        out.value = JsonValue::integer(qFromBigEndian<qint32>(value.data()));
    } else if (value.size() == 5 && kind == kFloat) {
        float f = 0;
        std::memcpy(&f, value.data(), sizeof f);
        f = qFromLittleEndian(f);
        const QString text = shortestFloat32(f);
        out.value = std::isfinite(f) ? JsonValue::numberText(text) : JsonValue::string(text);
    } else if (kind == kTextEnd) {
        const QByteArrayView utf8 = value.chopped(1);
        if (Status size = SignalValues::checkSize(utf8.size()); !size) {
            out.error = tr("signal %1: %2").arg(out.number).arg(size.errorMessage());
            return out;
        }
        QString text = QString::fromUtf8(utf8);
        if (text.toUtf8() != utf8) {
            out.error = tr("signal %1: the text is not valid UTF-8").arg(out.number);
            return out;
        }
        JsonValue array;
        if (text.startsWith(u'[') && parseJson(text, array, nullptr) && array.isArray())
            out.value = std::move(array);
        else
            out.value = JsonValue::string(std::move(text));
    } else {
        out.error = tr("signal %1: the value (%n byte(s)) ends in neither 0x00 (int), 0x01 (float) nor '3' "
                       "(string or list)",
                       nullptr, int(value.size()))
                        .arg(out.number);
        return out;
    }
    out.kind = PybytesMessage::Kind::Signal;
    return out;
}

QByteArray MqttSignals::pybytesPong(quint8 networkType)
{
    return QByteArray(1, char(((networkType << 4) & 0x30) | PybytesPong));
}

std::optional<MqttSignals::HooksmithTopic> MqttSignals::parseHooksmithTopic(QStringView topic, QString* error)
{
    if (!topic.startsWith(u"hooksmith/"))
        return std::nullopt;
    // Split at '/' in place: at most five parts matter (a fifth means too many).
    QStringView parts[5];
    qsizetype count = 0;
    for (qsizetype from = 0; count < 5;) {
        const qsizetype slash = topic.indexOf(u'/', from);
        parts[count++] = topic.sliced(from, (slash < 0 ? topic.size() : slash) - from);
        if (slash < 0)
            break;
        from = slash + 1;
    }
    auto fail = [&](const QString& why) -> std::optional<HooksmithTopic> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (count < 3 || parts[1].isEmpty())
        return fail(tr("expected hooksmith/<device token>/signal/<number> or hooksmith/<device token>/device"));
    HooksmithTopic t;
    t.token = parts[1].toString();
    if (count == 3 && parts[2] == u"device") {
        t.kind = HooksmithTopic::Kind::Device;
        return t;
    }
    if (count != 4 || parts[2] != u"signal")
        return fail(tr("expected hooksmith/<device token>/signal/<number> or hooksmith/<device token>/device"));
    bool ok = false;
    const qint64 number = parts[3].toLongLong(&ok);
    if (!ok || parts[3].startsWith(u'+') || parts[3].startsWith(u'-'))
        return fail(tr("the signal number \"%1\" is not a number").arg(parts[3].toString()));
    if (Status st = SignalValues::checkNumber(number); !st)
        return fail(st.errorMessage());
    t.number = int(number);
    return t;
}

QString MqttSignals::pybytesToken(QStringView topic)
{
    if (topic.size() < 2 || topic[0] != u'u' || topic.contains(u'/'))
        return {};
    return topic.sliced(1).toString();
}

} // namespace hooksmith

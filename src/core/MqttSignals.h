#pragma once

#include "Json.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hooksmith {

/// What arrives over MQTT, read as signals: the Hooksmith JSON topic scheme and the messages a Pybytes
/// board publishes (pure functions, see docs/mqtt.md).
class MqttSignals
{
    Q_DECLARE_TR_FUNCTIONS(MqttSignals)
public:
    /// The Pybytes message types (the low four bits of the header byte).
    enum PybytesType : quint8
    {
        PybytesPing = 0x00,
        PybytesPong = 0x07,
        PybytesPybytes = 0x0E, ///< pin commands; command 5 (custom method) carries a signal
    };

    /// One message from a Pybytes board, read.
    struct PybytesMessage
    {
        enum class Kind : quint8
        {
            Signal,    ///< `pybytes.send_signal(number, value)`
            Ping,      ///< the board's keep-alive: answer with pybytesPong() on `d<token>`
            Other,     ///< another type (info, battery, OTA...): counted, not a signal
            Malformed, ///< `error` says why
        };
        Kind kind = Kind::Malformed;
        quint8 type = 0;
        quint8 networkType = 0;
        int number = 0;
        JsonValue value;
        QString error;
    };

    /// Reads one message published on `u<token>` as the Pybytes library packs it: a header byte
    /// `(network << 4) & 0x30 | type`, then for type 0x0E the command, the pin (the signal number) and
    /// the value: int (4 bytes big-endian, then 0x00), float32 (4 bytes little-endian, then 0x01, written as
    /// the shortest decimal that reads back as the same float32), or the UTF-8 text of a string or list
    /// followed by the character '3'. A list's text becomes a JSON array when it is one, else a string.
    static PybytesMessage decodePybytes(QByteArrayView message);
    /// The pong a board's connection watchdog feeds on, for the network type its ping came from.
    static QByteArray pybytesPong(quint8 networkType);
    /// The shortest decimal that reads back as the same float32 ("0.7", never "0.699999988").
    static QString shortestFloat32(float value);

    /// A topic of the Hooksmith JSON scheme.
    struct HooksmithTopic
    {
        enum class Kind : quint8
        {
            Signal, ///< `hooksmith/<token>/signal/<number>`: the payload is a JSON value
            Device, ///< `hooksmith/<token>/device`: the payload is the device's name (retained)
        };
        Kind kind = Kind::Signal;
        QString token;
        int number = 0;
    };
    /// Reads a topic of the scheme; an error says what is wrong with it (nullopt: not of the scheme at all).
    static std::optional<HooksmithTopic> parseHooksmithTopic(QStringView topic, QString* error);
    /// The token of a Pybytes upload topic `u<token>` (empty when `topic` is not one; sub-topics such as
    /// `u<token>/ota` are not signals).
    static QString pybytesToken(QStringView topic);
};

} // namespace hooksmith

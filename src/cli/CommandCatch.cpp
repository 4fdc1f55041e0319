#include "Cli.h"
#include "Commands.h"
#include "HttpResponseParser.h"
#include "Json.h"
#include "LocalReceiver.h"
#include "Signing.h"
#include "StopSignals.h"

#include <QEventLoop>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace hooksmith::cli {

namespace {

/// The bytes as text when they are UTF-8; std::nullopt otherwise.
std::optional<QString> utf8Text(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

QString headerText(const QByteArray& value)
{
    const std::optional<QString> text = utf8Text(value);
    return text ? *text : QString::fromLatin1(value);
}

/// "1048576", "64K", "16M", "1G" (powers of 1024, either case): a number of bytes from 1 to 1 TiB.
std::optional<qint64> parseSize(QString text)
{
    text = text.trimmed();
    qint64 unit = 1;
    if (!text.isEmpty()) {
        switch (text.back().toUpper().unicode()) {
        case u'K':
            unit = 1024;
            break;
        case u'M':
            unit = 1024 * 1024;
            break;
        case u'G':
            unit = 1024 * 1024 * 1024;
            break;
        default:
            break;
        }
        if (unit != 1)
            text.chop(1);
    }
    bool ok = !text.isEmpty();
    for (QChar c : std::as_const(text))
        ok = ok && c >= u'0' && c <= u'9';
    const qint64 n = ok && text.size() <= 13 ? text.toLongLong(&ok) : 0;
    constexpr qint64 kMax = qint64(1) << 40;
    if (!ok || n <= 0 || n > kMax / unit)
        return std::nullopt;
    return n * unit;
}

/// One compact JSON line, keys in a fixed order.
QString requestLine(const ReceivedRequest& r)
{
    JsonValue::Object o;
    o.append({u"time"_s, JsonValue::string(r.receivedAt.toUTC().toString(Qt::ISODateWithMs))});
    o.append({u"method"_s, JsonValue::string(QString::fromLatin1(r.method))});
    o.append({u"path"_s, JsonValue::string(QString::fromLatin1(r.path))});
    o.append({u"query"_s, JsonValue::string(QString::fromLatin1(r.query))});
    JsonValue::Array headers;
    for (const auto& [name, value] : r.headers)
        headers.append(
            JsonValue::array({JsonValue::string(QString::fromLatin1(name)), JsonValue::string(headerText(value))}));
    o.append({u"headers"_s, JsonValue::array(std::move(headers))});
    if (const std::optional<QString> text = utf8Text(r.body)) {
        o.append({u"body"_s, JsonValue::string(*text)});
        o.append({u"bodyEncoding"_s, JsonValue::string(u"utf-8"_s)});
    } else {
        o.append({u"body"_s, JsonValue::string(QString::fromLatin1(r.body.toBase64()))});
        o.append({u"bodyEncoding"_s, JsonValue::string(u"base64"_s)});
    }
    o.append({u"bodySize"_s, JsonValue::integer(r.body.size())});
    o.append({u"remoteAddress"_s, JsonValue::string(r.remoteAddress)});
    if (r.refused()) {
        JsonValue::Object refused;
        refused.append({u"status"_s, JsonValue::integer(r.refusedStatus)});
        refused.append({u"reason"_s, JsonValue::string(r.refusal)});
        o.append({u"refused"_s, JsonValue::object(std::move(refused))});
    }
    if (r.signatureValid) {
        JsonValue::Object signature;
        signature.append({u"valid"_s, JsonValue::boolean(*r.signatureValid)});
        if (!*r.signatureValid)
            signature.append({u"error"_s, JsonValue::string(r.signatureError)});
        o.append({u"signature"_s, JsonValue::object(std::move(signature))});
    }
    return JsonValue::object(std::move(o)).toJson();
}

} // namespace

QString CatchCommand::name() const
{
    return u"catch"_s;
}

QString CatchCommand::summary() const
{
    return tr("Receive webhooks on 127.0.0.1 and print each request as a JSON line.");
}

int CatchCommand::run(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Listens on 127.0.0.1 and prints one JSON object per request on standard output: time, method, path, "
           "query, headers, body (text, or base64 when it is not UTF-8) and, with --secret, whether the Standard "
           "Webhooks signature is valid. A request refused for a limit, malformed HTTP or an idle connection is "
           "printed too, with \"refused\": {\"status\":CODE,\"reason\":TEXT}. The first line gives the address: "
           "{\"listening\":URL,\"port\":PORT}. "
           "Runs until interrupted (Ctrl+C or SIGTERM), then exits with 0."));
    const QCommandLineOption portOpt(u"port"_s, tr("The port to listen on (default: one chosen by the system)."),
                                     u"PORT"_s, u"0"_s);
    const QCommandLineOption statusOpt(u"status"_s, tr("The HTTP status of every reply, 200 to 599 (default: 200)."),
                                       u"CODE"_s, u"200"_s);
    const QCommandLineOption delayOpt(u"delay"_s, tr("Wait this many milliseconds before each reply (default: 0)."),
                                      u"MS"_s, u"0"_s);
    const QCommandLineOption secretOpt(u"secret"_s,
                                       tr("Check Standard Webhooks signatures with this secret (whsec_...; several "
                                          "separated by spaces)."),
                                       u"SECRET"_s);
    const ReceiverLimits defaults;
    const QCommandLineOption maxBodyOpt(
        u"max-body"_s, tr("Refuse a request body larger than SIZE with 413 (bytes, or with K, M or G; default: 16M)."),
        u"SIZE"_s, u"16M"_s);
    const QCommandLineOption maxHeadOpt(u"max-head"_s,
                                        tr("Refuse request headers larger than SIZE in all with 431 (default: 64K)."),
                                        u"SIZE"_s, u"64K"_s);
    const QCommandLineOption maxLineOpt(u"max-request-line"_s,
                                        tr("Refuse a request line longer than SIZE with 414 (default: 8K)."), u"SIZE"_s,
                                        u"8K"_s);
    const QCommandLineOption maxHeadersOpt(u"max-headers"_s,
                                           tr("Refuse a request with more than N header lines with 431 (default: %1).")
                                               .arg(defaults.request.maxHeaderLines),
                                           u"N"_s, QString::number(defaults.request.maxHeaderLines));
    const QCommandLineOption idleOpt(u"idle-timeout"_s,
                                     tr("Answer 408 and close a connection that sends nothing for SECONDS (default: "
                                        "%1).")
                                         .arg(defaults.idleTimeoutMs / 1000),
                                     u"SECONDS"_s, QString::number(defaults.idleTimeoutMs / 1000));
    const QCommandLineOption maxConnOpt(
        u"max-connections"_s,
        tr("Answer 503 to connections beyond N open at once (default: %1).").arg(defaults.maxConnections), u"N"_s,
        QString::number(defaults.maxConnections));
    parser.addOptions({portOpt, statusOpt, delayOpt, secretOpt, maxBodyOpt, maxHeadOpt, maxLineOpt, maxHeadersOpt,
                       idleOpt, maxConnOpt});
    if (auto code = CommandSupport::parse(parser, name(),
                                          u"[--port PORT] [--status CODE] [--delay MS] [--secret SECRET] "
                                          u"[--max-body SIZE] [--max-head SIZE] [--max-request-line SIZE] "
                                          u"[--max-headers N] [--idle-timeout SECONDS] [--max-connections N]"_s,
                                          args, io))
        return *code;
    if (!parser.positionalArguments().isEmpty()) {
        io.err << tr("hooksmith-cli catch: unexpected argument \"%1\"; see \"hooksmith-cli catch --help\"")
                      .arg(parser.positionalArguments().front())
               << '\n';
        return ExitBadInput;
    }

    bool ok = false;
    const uint port = parser.value(portOpt).toUInt(&ok);
    if (!ok || port > 65535) {
        io.err << tr("--port: \"%1\" is not a port number (0 to 65535)").arg(parser.value(portOpt)) << '\n';
        return ExitBadInput;
    }
    const int status = parser.value(statusOpt).toInt(&ok);
    if (!ok || status < 200 || status > 599) {
        io.err << tr("--status: \"%1\" is not an HTTP status from 200 to 599").arg(parser.value(statusOpt)) << '\n';
        return ExitBadInput;
    }
    const int delay = parser.value(delayOpt).toInt(&ok);
    if (!ok || delay < 0) {
        io.err << tr("--delay: \"%1\" is not a number of milliseconds").arg(parser.value(delayOpt)) << '\n';
        return ExitBadInput;
    }
    ReceiverLimits limits;
    const auto size = [&](const QCommandLineOption& option, qint64 max) -> std::optional<qint64> {
        const std::optional<qint64> n = parseSize(parser.value(option));
        if (!n || *n > max) {
            io.err << tr("--%1: \"%2\" is not a size from 1 byte to %3 (a number of bytes, or with K, M or G)")
                          .arg(option.names().constFirst(), parser.value(option), HttpResponseParser::sizeText(max))
                   << '\n';
            return std::nullopt;
        }
        return n;
    };
    const auto count = [&](const QCommandLineOption& option, int max) -> std::optional<int> {
        bool isNumber = false;
        const int n = parser.value(option).toInt(&isNumber);
        if (!isNumber || n < 1 || n > max) {
            io.err << tr("--%1: \"%2\" is not a whole number from 1 to %3")
                          .arg(option.names().constFirst(), parser.value(option))
                          .arg(max)
                   << '\n';
            return std::nullopt;
        }
        return n;
    };
    constexpr qint64 kMaxBody = qint64(64) * 1024 * 1024 * 1024;
    constexpr qint64 kMaxHead = 64 * 1024 * 1024;
    const std::optional<qint64> maxBody = size(maxBodyOpt, kMaxBody);
    const std::optional<qint64> maxHead = size(maxHeadOpt, kMaxHead);
    const std::optional<qint64> maxLine = size(maxLineOpt, kMaxHead);
    const std::optional<int> maxHeaders = count(maxHeadersOpt, 100000);
    const std::optional<int> idleSeconds = count(idleOpt, 24 * 3600);
    const std::optional<int> maxConnections = count(maxConnOpt, 10000);
    if (!maxBody || !maxHead || !maxLine || !maxHeaders || !idleSeconds || !maxConnections)
        return ExitBadInput;
    limits.request.maxBodyBytes = *maxBody;
    limits.request.maxHeadBytes = qsizetype(*maxHead);
    limits.request.maxRequestLine = qsizetype(*maxLine);
    limits.request.maxHeaderLines = *maxHeaders;
    limits.idleTimeoutMs = *idleSeconds * 1000;
    limits.maxConnections = *maxConnections;

    const QString secret = parser.value(secretOpt);
    if (parser.isSet(secretOpt)) {
        if (const Status st = Signer::checkSecret(SigningScheme::StandardWebhooks, secret); !st) {
            io.err << "--secret: " << st.errorMessage() << '\n';
            return ExitBadInput;
        }
    }

    // Handlers first, so that a stop request right after the address is printed is not fatal.
    StopSignals stop;
    LocalReceiver receiver;
    receiver.setLimit(0); // every request is printed as it comes; nothing needs keeping
    ReceiverReply reply;
    reply.status = status;
    reply.delayMs = delay;
    receiver.setReply(reply);
    receiver.setSecret(secret);
    receiver.setLimits(limits);
    if (!receiver.listen(quint16(port))) {
        io.err << "hooksmith-cli catch: " << receiver.errorString() << '\n';
        return ExitBadInput;
    }

    const QString url = receiver.url().toString() + u'/';
    JsonValue::Object listening;
    listening.append({u"listening"_s, JsonValue::string(url)});
    listening.append({u"port"_s, JsonValue::integer(receiver.port())});
    io.out << JsonValue::object(std::move(listening)).toJson() << '\n';
    io.out.flush();
    io.err << tr("Listening on %1; press Ctrl+C to stop.").arg(url) << '\n';
    io.err.flush();

    QObject::connect(&receiver, &LocalReceiver::requestReceived, &receiver, [&io](const ReceivedRequest& r) {
        io.out << requestLine(r) << '\n';
        io.out.flush();
    });

    QEventLoop loop;
    QObject::connect(&stop, &StopSignals::stopRequested, &loop, &QEventLoop::quit);
    loop.exec();
    receiver.close();
    io.err << tr("Stopped after %n request(s).", nullptr, int(receiver.receivedCount())) << '\n';
    return ExitOk;
}

} // namespace hooksmith::cli

#include "Cli.h"
#include "Commands.h"
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
           "Webhooks signature is valid. The first line gives the address: {\"listening\":URL,\"port\":PORT}. "
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
    parser.addOptions({portOpt, statusOpt, delayOpt, secretOpt});
    if (auto code = CommandSupport::parse(parser, name(),
                                          u"[--port PORT] [--status CODE] [--delay MS] [--secret SECRET]"_s, args, io))
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

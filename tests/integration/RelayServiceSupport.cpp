#include "RelayServiceSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace hooksmith::test {

namespace {

/// Prints what prometheus_client.parser understood, as JSON; exit code 3 when the module is missing.
const char* const kParser = "import json, math, sys\n"
                            "try:\n"
                            "    from prometheus_client.parser import text_string_to_metric_families\n"
                            "except ImportError as e:\n"
                            "    sys.stderr.write(str(e) + \"\\n\")\n"
                            "    sys.exit(3)\n"
                            "families = []\n"
                            "for f in text_string_to_metric_families(sys.stdin.buffer.read().decode(\"utf-8\")):\n"
                            "    families.append({\"name\": f.name, \"type\": f.type, \"help\": f.documentation,\n"
                            "                     \"samples\": [{\"name\": s.name, \"labels\": s.labels,\n"
                            "                                  \"value\": float(s.value) if math.isfinite(s.value)\n"
                            "                                             else repr(float(s.value))}\n"
                            "                                 for s in f.samples]})\n"
                            "sys.stdout.write(json.dumps(families))\n";

QByteArray reasonFor(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

CliProcessResult runCliProcess(const QStringList& args, int timeoutMs)
{
    QProcess p;
    p.setProgram(QDir(qEnvironmentVariable("HOOKSMITH_BINARY_DIR")).filePath(u"bin/hooksmith-cli"_s));
    p.setArguments(args);
    p.start();
    CliProcessResult r;
    if (!p.waitForStarted(10000)) {
        r.err = u"cannot start hooksmith-cli: "_s + p.errorString();
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = u"hooksmith-cli did not finish within %1 ms"_s.arg(timeoutMs);
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool writeTextFile(const QString& path, const QByteArray& text)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size() && f.commit();
}

QJsonObject webhookJson(const QString& name, const QUrl& url, const QStringList& devices, const QJsonObject& delivery)
{
    QJsonObject w{{u"name"_s, name},
                  {u"url"_s, url.toString()},
                  {u"body"_s, QJsonArray{QJsonObject{{u"key"_s, u"id"_s}, {u"preset"_s, u"MESSAGE_ID"_s}},
                                         QJsonObject{{u"key"_s, u"value"_s}, {u"preset"_s, u"MESSAGE_PAYLOAD"_s}}}},
                  {u"devices"_s, QJsonArray::fromStringList(devices)}};
    if (!delivery.isEmpty())
        w.insert(u"delivery"_s, delivery);
    return w;
}

QByteArray workspaceJson(const QJsonArray& devices, const QJsonArray& webhooks)
{
    return QJsonDocument(QJsonObject{{u"hooksmith"_s, 1},
                                     {u"user_id"_s, u"relay-tests"_s},
                                     {u"devices"_s, devices},
                                     {u"webhooks"_s, webhooks}})
        .toJson(QJsonDocument::Indented);
}

Arrival arrivalOf(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    return {o.value(u"id"_s).toString(), o.value(u"value"_s).toInt(-1)};
}

QByteArray signalLines(int first, int count, int signalNumber)
{
    QByteArray out;
    const QByteArray prefix = "@signal " + QByteArray::number(signalNumber) + ' ';
    for (int i = first; i < first + count; ++i)
        out += prefix + QByteArray::number(i) + '\n';
    return out;
}

QUrl healthBaseFrom(const QString& log)
{
    static const QRegularExpression re(u"relay: health on (http://[^ \"]+)/healthz, metrics on"_s);
    const QRegularExpressionMatch m = re.match(log);
    return m.hasMatch() ? QUrl(m.captured(1)) : QUrl();
}

HttpAnswer httpGet(const QUrl& url, int timeoutMs)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply* reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpAnswer answer;
    if (!finished.wait(timeoutMs + 1000)) {
        answer.error = u"no answer from %1"_s.arg(url.toString());
        reply->abort();
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    if (answer.error.isEmpty() && answer.status == 0)
        answer.error = reply->errorString();
    reply->deleteLater();
    return answer;
}

QJsonArray parseWithPrometheusClient(const QByteArray& exposition, QString* error)
{
    // Debian's interpreter: the package installs into its dist-packages, and the first python3 on PATH may be
    // another one without it.
    const QString interpreter = u"/usr/bin/python3"_s;
    QProcess p;
    p.start(interpreter, {u"-c"_s, QString::fromUtf8(kParser)});
    if (!p.waitForStarted(10000)) {
        *error = u"cannot start %1: %2"_s.arg(interpreter, p.errorString());
        return {};
    }
    p.write(exposition);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        *error = interpreter + u" did not finish"_s;
        return {};
    }
    const QString err = QString::fromUtf8(p.readAllStandardError());
    if (p.exitCode() == 3) {
        *error = u"%1 has no prometheus_client (%2): apt-get install python3-prometheus-client"_s.arg(interpreter,
                                                                                                      err.trimmed());
        return {};
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = u"prometheus_client could not parse the exposition:\n"_s + err + u'\n' + QString::fromUtf8(exposition);
        return {};
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &parseError);
    if (!doc.isArray()) {
        *error = u"unreadable parser output: "_s + parseError.errorString();
        return {};
    }
    return doc.array();
}

// ---- FlakyReceiver ----

QByteArray FlakyReceiver::Request::header(const QByteArray& name) const
{
    for (const auto& [n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

FlakyReceiver::FlakyReceiver(quint32 seed, QObject* parent)
    : QObject(parent)
    , m_random(seed)
{}

FlakyReceiver::~FlakyReceiver()
{
    close();
}

bool FlakyReceiver::listen(quint16 port)
{
    close();
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            m_connections.insert(socket, {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                // A request whose answer was still to come no longer waits for it.
                if (m_connections.value(socket).busy)
                    --m_outstanding;
                m_connections.remove(socket);
                socket->deleteLater();
            });
        }
    });
    return true;
}

void FlakyReceiver::close()
{
    if (!m_server)
        return;
    m_server->close();
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        disconnect(it.key(), nullptr, this, nullptr);
        it.key()->abort();
        it.key()->deleteLater();
    }
    m_connections.clear();
    m_outstanding = 0;
    m_server->deleteLater();
    m_server = nullptr;
}

quint16 FlakyReceiver::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl FlakyReceiver::url(const QString& path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port()).arg(path));
}

void FlakyReceiver::setDelayRange(int minMs, int maxMs)
{
    m_minDelayMs = minMs;
    m_maxDelayMs = std::max(minMs, maxMs);
}

void FlakyReceiver::setFailureRate(double rate)
{
    m_failureRate = rate;
}

int FlakyReceiver::countWithStatus(int status) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [status](const Request& r) { return r.status == status; }));
}

void FlakyReceiver::onReadable(QTcpSocket* socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    // One request of a connection at a time: the next one is read once this one is answered.
    if (it->busy)
        return;
    const qsizetype headEnd = it->buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    const QList<QByteArray> lines = it->buffer.left(headEnd).split('\n');
    Request request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
    }
    if (it->buffer.size() < headEnd + 4 + length)
        return;
    request.body = it->buffer.mid(headEnd + 4, length);
    it->buffer.remove(0, headEnd + 4 + length);
    it->busy = true;
    request.sequence = ++m_sequence;
    const bool fail = m_random.generateDouble() < m_failureRate || m_sequence <= quint64(m_failFirst);
    request.status = fail ? 503 : 200;
    const int delay = m_minDelayMs + int(m_random.bounded(m_maxDelayMs - m_minDelayMs + 1));
    m_maxOutstanding = std::max(m_maxOutstanding, ++m_outstanding);
    answer(socket, std::move(request), delay);
}

void FlakyReceiver::answer(QTcpSocket* socket, Request request, int delayMs)
{
    QTimer::singleShot(delayMs, socket, [this, socket, request = std::move(request)] {
        auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        const QByteArray body = request.status == 200 ? QByteArray("{\"ok\":true}") : QByteArray("busy");
        socket->write("HTTP/1.1 " + QByteArray::number(request.status) + ' ' + reasonFor(request.status) +
                      "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                      "\r\n\r\n" + body);
        it->busy = false;
        --m_outstanding;
        // The client may have sent the next request already.
        if (!it->buffer.isEmpty())
            QTimer::singleShot(0, socket, [this, socket] { onReadable(socket); });
        m_requests.append(request);
        Q_EMIT answered(request);
    });
}

} // namespace hooksmith::test

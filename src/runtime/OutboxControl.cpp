#include "OutboxControl.h"

#include "DeliveryEngine.h"
#include "DeliveryStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

constexpr qsizetype kMaxRequestBytes = 4 * 1024 * 1024;

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(OutboxControl)
};

/// Next to the outbox when that path fits a Unix socket's (108 bytes), so that it is found from outside a
/// service's private /tmp; else in the temporary folder, under a name made from the outbox's path.
/// Always an absolute path: QLocalServer takes a relative one as a name in the temporary folder.
QString socketPathFor(const QString& outboxPath)
{
    const QString absolute = QFileInfo(outboxPath).absoluteFilePath();
    const QString beside = absolute + u".sock"_s;
    if (beside.toUtf8().size() < 100)
        return beside;
    const QByteArray hash = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(QDir::tempPath())
        .filePath(u"hooksmith-%1-%2.sock"_s.arg(QString::fromLatin1(hash)).arg(QCoreApplication::applicationPid()));
}

} // namespace

OutboxControl::OutboxControl(QString outboxPath, DeliveryStore* store, DeliveryEngine* engine, QObject* parent)
    : QObject(parent)
    , m_outboxPath(std::move(outboxPath))
    , m_store(store)
    , m_engine(engine)
{}

OutboxControl::~OutboxControl()
{
    if (m_server) {
        const QString socket = m_server->fullServerName();
        m_server->close();
        // Only the file that names this process's socket.
        QFile control(controlFileFor(m_outboxPath));
        if (control.open(QIODevice::ReadOnly) && QString::fromUtf8(control.readAll()).trimmed() == socket) {
            control.close();
            control.remove();
        }
    }
}

QString OutboxControl::controlFileFor(const QString& outboxPath)
{
    return outboxPath + u".control"_s;
}

Status OutboxControl::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    const QString path = socketPathFor(m_outboxPath);
    QLocalServer::removeServer(path);
    if (!m_server->listen(path))
        return Error(Tr::tr("cannot listen on %1: %2").arg(path, m_server->errorString()));
    connect(m_server, &QLocalServer::newConnection, this, &OutboxControl::onConnection);
    QSaveFile file(controlFileFor(m_outboxPath));
    if (!file.open(QIODevice::WriteOnly) || file.write(m_server->fullServerName().toUtf8() + '\n') < 0 ||
        !file.commit()) {
        return Error(Tr::tr("cannot write %1: %2").arg(controlFileFor(m_outboxPath), file.errorString()));
    }
    return Status::success();
}

void OutboxControl::onConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
            if (socket->bytesAvailable() > kMaxRequestBytes) {
                socket->abort();
                return;
            }
            if (!socket->canReadLine())
                return;
            const QByteArray line = socket->readLine();
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            QJsonObject answer;
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                answer = {{u"ok"_s, false}, {u"error"_s, Tr::tr("the request is not a JSON object")}};
            else
                answer = handle(doc.object());
            if (!answer.contains(u"pending"_s)) {
                socket->write(QJsonDocument(answer).toJson(QJsonDocument::Compact) + '\n');
                socket->flush();
                return;
            }
            // Answered once the store has done it.
            const QStringList ids = answer.value(u"ids"_s).toVariant().toStringList();
            const bool retry = answer.value(u"pending"_s).toString() == u"retry"_s;
            auto reply = [socket = QPointer<QLocalSocket>(socket), count = qint64(ids.size())](Status st) {
                if (!socket)
                    return;
                const QJsonObject out = st ? QJsonObject{{u"ok"_s, true}, {u"count"_s, count}}
                                           : QJsonObject{{u"ok"_s, false}, {u"error"_s, st.errorMessage()}};
                socket->write(QJsonDocument(out).toJson(QJsonDocument::Compact) + '\n');
                socket->flush();
            };
            if (retry) {
                m_store->retryNow(ids, reply);
                if (m_engine)
                    m_engine->wake();
            } else {
                m_store->discard(ids, reply);
            }
        });
    }
}

QJsonObject OutboxControl::handle(const QJsonObject& request)
{
    const QString command = request.value(u"command"_s).toString();
    if (command != u"retry"_s && command != u"drop"_s)
        return {{u"ok"_s, false}, {u"error"_s, Tr::tr("unknown command \"%1\"").arg(command)}};
    const QJsonArray ids = request.value(u"ids"_s).toArray();
    for (const QJsonValue& v : ids) {
        if (!v.isString())
            return {{u"ok"_s, false}, {u"error"_s, Tr::tr("ids must be message ids (strings)")}};
    }
    return {{u"pending"_s, command}, {u"ids"_s, ids}};
}

Result<QJsonObject> OutboxControl::ask(const QString& outboxPath, const QJsonObject& request, int timeoutMs)
{
    QFile control(controlFileFor(outboxPath));
    if (!control.open(QIODevice::ReadOnly))
        return Error(Tr::tr("it does not say where to reach it (%1 is missing)").arg(control.fileName()));
    const QString socketPath = QString::fromUtf8(control.readAll()).trimmed();
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    if (!socket.waitForConnected(timeoutMs))
        return Error(Tr::tr("it does not answer on %1 (%2)").arg(socketPath, socket.errorString()));
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return Error(Tr::tr("it does not answer on %1 (%2)").arg(socketPath, socket.errorString()));
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return Error(Tr::tr("it did not answer within %1 s").arg(timeoutMs / 1000));
    }
    const QJsonDocument doc = QJsonDocument::fromJson(socket.readLine());
    if (!doc.isObject())
        return Error(Tr::tr("its answer could not be read"));
    return doc.object();
}

} // namespace hooksmith

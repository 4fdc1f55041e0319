#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

class QLocalServer;

namespace hooksmith {

class DeliveryEngine;
class DeliveryStore;

/// Lets `hooksmith-cli outbox retry|drop` act on an outbox that a running relay or app owns: a local socket
/// (user-only) whose path is written next to the outbox file (`<outbox>.control`). Each request is one JSON
/// line: {"command": "retry" | "drop", "ids": [...]}; the answer is one JSON line: {"ok": true, "count": N} or
/// {"ok": false, "error": "..."}.
class OutboxControl : public QObject
{
    Q_OBJECT
public:
    OutboxControl(QString outboxPath, DeliveryStore* store, DeliveryEngine* engine, QObject* parent = nullptr);
    ~OutboxControl() override;

    /// Listens and writes the socket's path next to the outbox file.
    Status listen();

    /// The file that names the socket of the process that owns `outboxPath`.
    static QString controlFileFor(const QString& outboxPath);
    /// Sends `request` to the process that owns `outboxPath` and waits (up to `timeoutMs`) for its answer.
    static Result<QJsonObject> ask(const QString& outboxPath, const QJsonObject& request, int timeoutMs = 10000);

private:
    void onConnection();
    QJsonObject handle(const QJsonObject& request);

    QString m_outboxPath;
    DeliveryStore* m_store;
    DeliveryEngine* m_engine;
    QLocalServer* m_server = nullptr;
};

} // namespace hooksmith

#pragma once

#include "Cli.h"
#include "DeliveryEngine.h"
#include "SecretStore.h"

#include <QCommandLineOption>
#include <QJsonObject>

#include <memory>

namespace hooksmith::cli {

/// What `send` and `relay` share: engine options from the command line, the secret store, JSON output.
class CliDelivery
{
    Q_DECLARE_TR_FUNCTIONS(CliDelivery)
public:
    /// --attempts, --retry-schedule, --timeout, --concurrency
    struct EngineOptionSet
    {
        QCommandLineOption attempts;
        QCommandLineOption schedule;
        QCommandLineOption timeout;
        QCommandLineOption concurrency;
    };
    static EngineOptionSet engineOptions();
    static void addEngineOptions(QCommandLineParser& parser, const EngineOptionSet& set, bool withConcurrency);
    /// Reads them into `options`; prints what is wrong and returns false.
    static bool readEngineOptions(const QCommandLineParser& parser, const EngineOptionSet& set, bool withConcurrency,
                                  EngineOptions& options, const QString& command, Io& io);

    static QJsonObject requestJson(const RenderedRequest& request);
    static QJsonObject responseJson(const AttemptResult& result);
    static QJsonObject attemptJson(const AttemptReport& report);
    /// Text when the bytes are UTF-8, else base64 under `<key>_base64`.
    static void putBody(QJsonObject& object, const QString& key, const QByteArray& body);
};

} // namespace hooksmith::cli

#pragma once

#include "HttpSender.h"
#include "Model.h"
#include "Renderer.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace hooksmith::test {

/// Collects HttpSender results so that tests wait for them with QSignalSpy.
class ResultCatcher : public QObject
{
    Q_OBJECT
public:
    HttpSender::Done callback()
    {
        return [guard = QPointer<ResultCatcher>(this)](AttemptResult r) {
            if (!guard)
                return;
            guard->results.append(std::move(r));
            Q_EMIT guard->arrived();
        };
    }
    QList<AttemptResult> results;

Q_SIGNALS:
    void arrived();
};

/// Sends one request and waits for its result (std::nullopt when none came within `waitMs`).
std::optional<AttemptResult> sendAndWait(HttpSender& sender, const RenderedRequest& request,
                                         const AttemptOptions& options = {}, int waitMs = 30000);

/// A workspace with one device ("Sensor ☃", a fixed token), two named signals and one webhook.
struct TestHook
{
    Workspace workspace;
    Webhook& webhook() { return workspace.webhooks.front(); }
    SecretValues secrets;

    explicit TestHook(const QUrl& url, Method method = Method::Post, BodyFormat format = BodyFormat::Json);

    /// Renders with a fixed message id and time (2026-05-01T12:00:00Z unless given).
    RenderedRequest render(const JsonValue& value = JsonValue::numberText(QStringLiteral("23.5")),
                           const QDateTime& at = {}) const;
};

} // namespace hooksmith::test

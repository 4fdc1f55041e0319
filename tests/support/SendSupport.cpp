#include "SendSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hooksmith::test {

std::optional<AttemptResult> sendAndWait(HttpSender& sender, const RenderedRequest& request,
                                         const AttemptOptions& options, int waitMs)
{
    ResultCatcher catcher;
    QSignalSpy spy(&catcher, &ResultCatcher::arrived);
    sender.send(request, options, catcher.callback());
    if (catcher.results.isEmpty() && !spy.wait(waitMs))
        return std::nullopt;
    return catcher.results.front();
}

TestHook::TestHook(const QUrl& url, Method method, BodyFormat format)
{
    workspace.userId = u"tester"_s;
    Device device;
    device.token = u"3f0e7a8e-5c2b-4a19-9d41-0b6f2c8e7a51"_s;
    device.name = u"Sensor ☃"_s;
    workspace.devices.append(device);
    workspace.signalDefs.append({1, u"temperature"_s, u"°C"_s, {}});
    Webhook w = Webhook::createDefault(u"Test hook"_s);
    w.url = url.toString(QUrl::FullyEncoded);
    w.method = method;
    w.format = format;
    w.event = u"reading"_s;
    w.devices.append(device.token);
    workspace.webhooks.append(w);
}

RenderedRequest TestHook::render(const JsonValue& value, const QDateTime& at) const
{
    const QDateTime when = at.isValid() ? at : QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
    RenderContext c;
    c.workspace = &workspace;
    c.webhook = &workspace.webhooks.front();
    c.device = &workspace.devices.front();
    c.signal.deviceToken = c.device->token;
    c.signal.number = 1;
    c.signal.value = value;
    c.signal.receivedAt = when;
    c.messageId = u"msg_2Q4TZ8HKV1N6C3R5W7Y9B0D2F4"_s;
    c.attemptTime = when;
    c.secrets = secrets;
    c.env = [](const QString&) -> std::optional<QString> {
        return std::nullopt;
    };
    auto r = Renderer::render(c);
    if (!r) {
        QTest::qFail(qPrintable(u"render failed: "_s + r.errorMessage()), __FILE__, __LINE__);
        return {};
    }
    return *r;
}

} // namespace hooksmith::test

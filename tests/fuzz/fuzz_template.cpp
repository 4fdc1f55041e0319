// The template engine (src/core/Template.*) and the renderer it feeds: any text as a template, in a
// custom body (JSON and plain text), a header value and a query value. Parts start where they say, in
// order; a rendered request never has a line break inside a header.
#include "FuzzTarget.h"
#include "Renderer.h"
#include "Template.h"

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

void render(const QString& text, const QString& contentType)
{
    Workspace ws;
    Device device;
    device.token = u"00000000-0000-4000-8000-000000000001"_s;
    device.name = u"board"_s;
    ws.devices.append(device);
    Webhook w = Webhook::createDefault(u"fuzz"_s);
    w.id = u"00000000-0000-4000-8000-00000000f022"_s; // the same request for the same input
    w.created = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    w.url = u"https://example.invalid/hook"_s;
    w.format = BodyFormat::Custom;
    w.customBody = text;
    w.contentType = contentType;
    w.headers.append(NameValueRow{u"X-Fuzz"_s, text, true, {}});
    w.query.append(NameValueRow{u"q"_s, text, true, {}});

    RenderContext c;
    c.workspace = &ws;
    c.webhook = &w;
    c.device = &device;
    c.signal.deviceToken = device.token;
    c.signal.number = 1;
    c.signal.value = JsonValue::string(u"a \"quoted\" {{value}}\r\n"_s);
    c.signal.receivedAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    c.messageId = u"msg_1"_s;
    c.attemptTime = c.signal.receivedAt;
    c.env = [](const QString& name) -> std::optional<QString> {
        if (name.startsWith(u'A'))
            return u"env value\r\nX-Injected: 1"_s;
        return std::nullopt;
    };
    const Result<RenderedRequest> request = Renderer::render(c);
    if (!request)
        return;
    for (const RenderedHeader& h : request->headers) {
        HOOKSMITH_FUZZ_CHECK(!h.name.contains('\r') && !h.name.contains('\n'));
        HOOKSMITH_FUZZ_CHECK(!h.value.contains('\r') && !h.value.contains('\n'));
    }
    HOOKSMITH_FUZZ_CHECK(!request->target.contains('\r') && !request->target.contains('\n'));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));

    const Result<Template> parsed = Template::parse(text);
    if (parsed) {
        qsizetype previous = -1;
        for (const Template::Part& part : parsed->parts()) {
            HOOKSMITH_FUZZ_CHECK(part.offset > previous && part.offset < text.size());
            previous = part.offset;
        }
        (void)parsed->envNames();
        (void)parsed->isSinglePlaceholder();
    } else {
        HOOKSMITH_FUZZ_CHECK(!parsed.errorMessage().isEmpty());
    }

    render(text, u"application/json"_s);
    render(text, u"text/plain"_s);
    return 0;
}

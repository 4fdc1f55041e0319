#pragma once

#include "Model.h"
#include "Result.h"
#include "SecretOrigin.h"
#include "Signal.h"
#include "Signing.h"
#include "Template.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace hooksmith {

struct SecretSpans;

/// Who put a header into the request.
enum class HeaderSource : quint8
{
    Automatic,
    Format,
    Auth,
    Signing,
    User
};

/// One header as it goes on the wire.
struct RenderedHeader
{
    QByteArray name;
    QByteArray value;
    HeaderSource source = HeaderSource::User;
    bool locked = false; ///< set by the format, auth, signing or Hooksmith: not editable
};

/// A header the webhook's settings put into every request, for the header table and validation.
struct LockedHeader
{
    QByteArray name;
    QString value; ///< the value, or a description when it depends on the request
    HeaderSource source = HeaderSource::Automatic;
    bool overridable = false; ///< automatic headers that a user header with the same name replaces
    QString owner;            ///< translated, e.g. "the JSON format"
};

/// The exact request a webhook produces for one signal.
struct RenderedRequest
{
    Method method = Method::Post;
    QUrl url;                      ///< what the engine requests
    QByteArray target;             ///< path and query as on the request line
    QByteArray host;               ///< Host header value
    QList<RenderedHeader> headers; ///< in wire order
    QByteArray body;
    bool hasBody = false; ///< a body is sent (possibly empty, with Content-Length: 0)
    bool masked = false;  ///< secrets were replaced by ****
    /// Where the secrets are, recorded by the Renderer as it wrote them; null when there are none (and
    /// in a masked request). Shared between copies.
    std::shared_ptr<const SecretSpans> secrets;

    /// The request as shown to people, from this one render: what Renderer::renderMasked() shows.
    /// Environment values are **** ("****" where one is a JSON value of its own), except one before
    /// the path, which is a base URL; the Authorization header is "Basic ****". Content-Length and the
    /// signing headers stay those of this request. Without secrets: a copy that shares the data.
    RenderedRequest maskedView() const;
    /// The value of the first header with this name (any case), or a null QByteArray.
    QByteArray headerValue(QByteArrayView name) const;
    /// Pybytes' "final request" layout: request line, headers, a blank line, the body (LF line ends).
    QString preview() const;
    /// Request line and headers as sent on an HTTP/1.1 connection, ending with the blank line.
    QByteArray wireHead() const;
};

/// An HTTP/1.1 request head: the request line, the headers, and the blank line that ends them.
QByteArray http1RequestHead(QByteArrayView method, QByteArrayView target, const QList<RenderedHeader>& headers);

/// Looks up an environment variable: std::nullopt when it is not set.
using EnvLookup = std::function<std::optional<QString>(const QString& name)>;
/// The process environment.
EnvLookup systemEnvironment();

/// Secrets kept outside the workspace file (the OS keychain), already read by the caller.
struct SecretValues
{
    std::optional<QString> password;
    std::optional<QString> signingSecret;
    /// The origins the keychain entries were saved for (SecretResolver fills them in). A secret with
    /// an origin is only written into a request to that origin; without one (saved before origins were
    /// recorded, or not from the keychain) it is written wherever the URL points.
    std::optional<Origin> passwordOrigin;
    std::optional<Origin> signingSecretOrigin;
    /// Secret variables of the active environment kept in the keychain, by variable name, and the origins
    /// they were saved for (bound like the password: a variable is only written into a request to it).
    QHash<QString, QString> variables;
    QHash<QString, Origin> variableOrigins;
};

/// Everything a request is made of.
struct RenderContext
{
    const Workspace* workspace = nullptr;
    const Webhook* webhook = nullptr;
    const Device* device = nullptr;
    Signal signal;
    QString messageId;
    QDateTime attemptTime; ///< signing timestamp: fresh on every attempt
    SecretValues secrets;
    EnvLookup env;
    /// When set, the value of a preset it answers replaces the one from the device and signal: exports
    /// render a request once with stand-ins where the receiving tool fills in its own variables.
    std::function<std::optional<JsonValue>(Preset preset)> presetOverride;
    /// The same for the active environment's variables ({{var:NAME}}): exports leave some of them to the
    /// tool. Asked only for a variable the environment defines.
    std::function<std::optional<JsonValue>(const EnvVariable& variable)> variableOverride;
};

/// The one place that turns (webhook, device, signal, message id, time) into a request.
class Renderer
{
    Q_DECLARE_TR_FUNCTIONS(Renderer)
public:
    /// The request exactly as sent. Fails when a secret or an environment variable is missing, a
    /// template is invalid, or a header value would contain CR, LF or NUL.
    static Result<RenderedRequest> render(const RenderContext& context);

    /// The same request with secrets (passwords, signing secrets, environment values) shown as ****.
    /// When the secrets are available this is render(context).maskedView(): one render, with the real
    /// Content-Length and signatures. Missing secrets are not an error here: the request is then
    /// rendered with **** in their place (and placeholder signatures).
    static Result<RenderedRequest> renderMasked(const RenderContext& context);

    /// The origin (scheme, host, port) the request goes to, from its URL alone: the URL's {{env:NAME}}
    /// values as `context.env` gives them. Needs no secrets. Fails as render() fails for the URL.
    static Result<Origin> origin(const RenderContext& context);

    /// Headers set by the webhook's format, auth helper, signing scheme and by Hooksmith itself.
    static QList<LockedHeader> lockedHeaders(const Webhook& webhook);

    /// "Hooksmith/<version>"
    static QByteArray userAgent();

#ifdef HOOKSMITH_TEST_HOOKS
    // For tests only (builds with tests define HOOKSMITH_TEST_HOOKS).
    /// Render passes run in this process so far, masked or not: how tests see that an attempt renders once.
    static quint64 passCount();
    /// One render pass that writes **** for secrets whatever secrets there are: the first half of what
    /// renderMasked() did before RenderedRequest::maskedView(), which tests compare with.
    static Result<RenderedRequest> renderMaskedPass(const RenderContext& context);
#endif
};

} // namespace hooksmith

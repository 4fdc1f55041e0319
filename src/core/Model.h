#pragma once

#include "Json.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hooksmith {

enum class Method : quint8
{
    Get,
    Post,
    Put,
    Patch,
    Delete,
    Head,
    Options
};
enum class BodyFormat : quint8
{
    Json,
    Form,
    Custom,
    None
};
enum class AuthType : quint8
{
    None,
    Basic
};
enum class SigningScheme : quint8
{
    None,
    StandardWebhooks,
    Github,
    Stripe
};

QString methodName(Method m);
std::optional<Method> methodFromName(QStringView name);
QList<Method> allMethods();
/// GET, HEAD and OPTIONS carry no body.
bool methodAllowsBody(Method m);

QString formatName(BodyFormat f);
std::optional<BodyFormat> formatFromName(QStringView name);
QList<BodyFormat> allFormats();

QString authTypeName(AuthType t);
std::optional<AuthType> authTypeFromName(QStringView name);

QString signingSchemeName(SigningScheme s);
std::optional<SigningScheme> signingSchemeFromName(QStringView name);
QList<SigningScheme> allSigningSchemes();

/// A board or other signal source, known by its DEVICE_TOKEN.
struct Device
{
    QString token;
    QString name;
    QString usbSerial;
    JsonValue::Object extra; ///< keys this version does not know, kept on save

    bool operator==(const Device&) const = default;
};

/// Name and unit of a signal number, as on Pybytes' "define signal" form.
struct SignalDef
{
    int number = 0;
    QString name;
    QString unit;
    JsonValue::Object extra;

    bool operator==(const SignalDef&) const = default;
};

/// One Parameter : Value row of a json or form body.
struct BodyRow
{
    QString key;
    QString preset; ///< when usePreset: the preset name (the Pybytes "use preset" checkbox)
    QString value;  ///< otherwise: a template
    bool usePreset = false;
    bool enabled = true;
    JsonValue::Object extra;

    /// The template this row renders: "{{PRESET}}" for a preset row.
    QString effectiveTemplate() const;
    bool operator==(const BodyRow&) const = default;
};

/// An extra header or query parameter.
struct NameValueRow
{
    QString name;
    QString value; ///< a template
    bool enabled = true;
    JsonValue::Object extra;

    bool operator==(const NameValueRow&) const = default;
};

struct Auth
{
    AuthType type = AuthType::None;
    QString username;
    /// Absent: kept in the OS keychain. Otherwise a template, normally "{{env:NAME}}".
    std::optional<QString> password;
    JsonValue::Object extra;

    bool operator==(const Auth&) const = default;
};

struct Signing
{
    SigningScheme scheme = SigningScheme::None;
    /// Absent: kept in the OS keychain. Otherwise a template, normally "{{env:NAME}}".
    std::optional<QString> secret;
    JsonValue::Object extra;

    bool operator==(const Signing&) const = default;
};

/// Whether one device's signals reach a webhook in the order the board sent them.
enum class DeliveryOrder : quint8
{
    Device, ///< one request per device and webhook under way at a time; a retry holds back later signals
    None,   ///< as many at once as the engine allows, in any order
};

QString deliveryOrderName(DeliveryOrder order);
std::optional<DeliveryOrder> deliveryOrderFromName(QStringView name);

struct Delivery
{
    static constexpr int kDefaultTimeoutMs = 15000;
    static constexpr int kDefaultMaxAttempts = 8;

    int timeoutMs = kDefaultTimeoutMs;
    int maxAttempts = kDefaultMaxAttempts;
    bool followRedirects = false;
    DeliveryOrder order = DeliveryOrder::Device;
    /// SHA-256 fingerprint (hex) of a pinned server certificate, for self-signed servers.
    QString pinnedCertificate;
    /// A PEM file of extra certificate authorities trusted for this webhook.
    QString caFile;
    JsonValue::Object extra;

    bool operator==(const Delivery&) const = default;
};

/// One webhook definition: where to send, what to send, and which device signals fire it.
struct Webhook
{
    QString id;
    /// The file had no "id": `id` is derived from the workspace's user_id and the name (derivedId()), so that
    /// every load of the file agrees, and renaming the webhook changes it.
    bool idDerived = false;
    QString name;
    bool enabled = true;
    QString disabledReason; ///< set when delivery disabled the webhook (410 Gone)
    QString event;
    QString url;
    Method method = Method::Post;
    BodyFormat format = BodyFormat::Json;
    QList<BodyRow> body;
    QString customBody;
    QString contentType;
    QList<NameValueRow> headers;
    QList<NameValueRow> query;
    Auth auth;
    Signing signing;
    QStringList devices;      ///< tokens of the bound devices
    QList<int> signalNumbers; ///< signals that fire it; empty means every signal
    Delivery delivery;
    QDateTime created;
    JsonValue::Object extra;

    bool operator==(const Webhook&) const = default;

    bool isBoundTo(const QString& deviceToken) const { return devices.contains(deviceToken); }
    bool acceptsSignal(int number) const { return signalNumbers.isEmpty() || signalNumbers.contains(number); }
    /// Pybytes' default rows: deviceToken, event, signal, payload.
    static QList<BodyRow> defaultBodyRows();
    /// A new webhook with a fresh id, Pybytes' defaults and the given name.
    static Webhook createDefault(const QString& name);
    /// The id of a webhook written without one: a name-based UUID (version 5) of the compact JSON array
    /// [user_id, name] in Hooksmith's namespace, the same on every load and every machine.
    static QString derivedId(const QString& userId, const QString& name);
};

/// One variable of an environment, used in templates as {{var:NAME}}.
struct EnvVariable
{
    QString name;
    /// The value: text, in which {{env:NAME}} reads the process environment. Absent for a secret kept in
    /// the OS keychain (under the workspace's user_id, the environment and the variable name).
    std::optional<QString> value;
    bool secret = false; ///< masked like any other secret; its value belongs in the keychain
    JsonValue::Object extra;

    bool operator==(const EnvVariable&) const = default;
};

/// A named set of variables (for example "Local" and "Production"): which one applies is chosen when
/// sending, not written into webhooks.
struct Environment
{
    QString name;
    QList<EnvVariable> variables;
    JsonValue::Object extra;

    bool operator==(const Environment&) const = default;

    const EnvVariable* variable(QStringView name) const;
};

/// The whole file: devices, signal definitions, environments and webhooks.
struct Workspace
{
    static constexpr int kFormatVersion = 1;

    int version = kFormatVersion;
    QString userId;
    QList<Device> devices;
    QList<SignalDef> signalDefs;
    QList<Environment> environments;
    QList<Webhook> webhooks;
    JsonValue::Object extra;
    /// The environment chosen for this session (the app remembers it per workspace, the CLI takes
    /// --env): never written to the file. Empty: the first environment.
    QString activeEnvironmentName;

    bool operator==(const Workspace&) const = default;

    /// The environment whose variables apply: the one named activeEnvironmentName, else the first; null
    /// when there are none, or the chosen one does not exist.
    const Environment* activeEnvironment() const;
    const Environment* findEnvironment(QStringView name) const;
    /// The names of the environments, in file order, for messages and menus.
    QStringList environmentNames() const;

    /// By name first, then by id.
    const Webhook* findWebhook(const QString& nameOrId) const;
    Webhook* findWebhook(const QString& nameOrId);
    /// By name first, then by token.
    const Device* findDevice(const QString& nameOrToken) const;
    const Device* deviceByToken(const QString& token) const;
    const SignalDef* signalDef(int number) const;
};

/// The device used when none is given: token 00000000-0000-4000-8000-000000000000.
const Device& sampleDevice();

/// A new random UUID, without braces.
QString newUuid();

} // namespace hooksmith

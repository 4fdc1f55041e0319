#include "Model.h"

#include <QUuid>

#include <array>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, QStringView>, N>& table, E value)
{
    for (const auto& [e, name] : table) {
        if (e == value)
            return name.toString();
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, QStringView>, N>& table, QStringView name)
{
    for (const auto& [e, n] : table) {
        if (n == name)
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Method, QStringView>, 7> kMethods{{
    {Method::Get, u"GET"},
    {Method::Post, u"POST"},
    {Method::Put, u"PUT"},
    {Method::Patch, u"PATCH"},
    {Method::Delete, u"DELETE"},
    {Method::Head, u"HEAD"},
    {Method::Options, u"OPTIONS"},
}};

constexpr std::array<std::pair<BodyFormat, QStringView>, 4> kFormats{{
    {BodyFormat::Json, u"json"},
    {BodyFormat::Form, u"form"},
    {BodyFormat::Custom, u"custom"},
    {BodyFormat::None, u"none"},
}};

constexpr std::array<std::pair<AuthType, QStringView>, 2> kAuthTypes{{
    {AuthType::None, u"none"},
    {AuthType::Basic, u"basic"},
}};

constexpr std::array<std::pair<DeliveryOrder, QStringView>, 2> kOrders{{
    {DeliveryOrder::Device, u"device"},
    {DeliveryOrder::None, u"none"},
}};

constexpr std::array<std::pair<SigningScheme, QStringView>, 4> kSchemes{{
    {SigningScheme::None, u"none"},
    {SigningScheme::StandardWebhooks, u"standard-webhooks"},
    {SigningScheme::Github, u"github"},
    {SigningScheme::Stripe, u"stripe"},
}};

template <typename E, std::size_t N>
QList<E> allOf(const std::array<std::pair<E, QStringView>, N>& table)
{
    QList<E> out;
    for (const auto& entry : table)
        out.append(entry.first);
    return out;
}

} // namespace

QString methodName(Method m)
{
    return nameOf(kMethods, m);
}
std::optional<Method> methodFromName(QStringView name)
{
    return valueOf(kMethods, name);
}
QList<Method> allMethods()
{
    return allOf(kMethods);
}
bool methodAllowsBody(Method m)
{
    return m != Method::Get && m != Method::Head && m != Method::Options;
}

QString formatName(BodyFormat f)
{
    return nameOf(kFormats, f);
}
std::optional<BodyFormat> formatFromName(QStringView name)
{
    return valueOf(kFormats, name);
}
QList<BodyFormat> allFormats()
{
    return allOf(kFormats);
}

QString authTypeName(AuthType t)
{
    return nameOf(kAuthTypes, t);
}
std::optional<AuthType> authTypeFromName(QStringView name)
{
    return valueOf(kAuthTypes, name);
}

QString signingSchemeName(SigningScheme s)
{
    return nameOf(kSchemes, s);
}
std::optional<SigningScheme> signingSchemeFromName(QStringView name)
{
    return valueOf(kSchemes, name);
}
QString deliveryOrderName(DeliveryOrder order)
{
    return nameOf(kOrders, order);
}
std::optional<DeliveryOrder> deliveryOrderFromName(QStringView name)
{
    return valueOf(kOrders, name);
}

QList<SigningScheme> allSigningSchemes()
{
    return allOf(kSchemes);
}

QString BodyRow::effectiveTemplate() const
{
    if (usePreset)
        return u"{{"_s + preset + u"}}"_s;
    return value;
}

QList<BodyRow> Webhook::defaultBodyRows()
{
    auto presetRow = [](const QString& key, const QString& preset) {
        BodyRow row;
        row.key = key;
        row.preset = preset;
        row.usePreset = true;
        return row;
    };
    return {presetRow(u"deviceToken"_s, u"DEVICE_TOKEN"_s), presetRow(u"event"_s, u"WEBHOOK_EVENT_NAME"_s),
            presetRow(u"signal"_s, u"SIGNAL_NUMBER"_s), presetRow(u"payload"_s, u"MESSAGE_PAYLOAD"_s)};
}

Webhook Webhook::createDefault(const QString& name)
{
    Webhook w;
    w.id = newUuid();
    w.name = name;
    w.body = defaultBodyRows();
    w.contentType = u"text/plain; charset=utf-8"_s;
    w.created = QDateTime::currentDateTimeUtc();
    return w;
}

const Webhook* Workspace::findWebhook(const QString& nameOrId) const
{
    for (const Webhook& w : webhooks) {
        if (w.name == nameOrId)
            return &w;
    }
    for (const Webhook& w : webhooks) {
        if (w.id == nameOrId)
            return &w;
    }
    return nullptr;
}

Webhook* Workspace::findWebhook(const QString& nameOrId)
{
    return const_cast<Webhook*>(std::as_const(*this).findWebhook(nameOrId));
}

const Device* Workspace::findDevice(const QString& nameOrToken) const
{
    for (const Device& d : devices) {
        if (d.name == nameOrToken)
            return &d;
    }
    return deviceByToken(nameOrToken);
}

const Device* Workspace::deviceByToken(const QString& token) const
{
    for (const Device& d : devices) {
        if (d.token == token)
            return &d;
    }
    return nullptr;
}

const SignalDef* Workspace::signalDef(int number) const
{
    for (const SignalDef& s : signalDefs) {
        if (s.number == number)
            return &s;
    }
    return nullptr;
}

const EnvVariable* Environment::variable(QStringView name) const
{
    for (const EnvVariable& v : variables) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

const Environment* Workspace::findEnvironment(QStringView name) const
{
    for (const Environment& e : environments) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

const Environment* Workspace::activeEnvironment() const
{
    if (!activeEnvironmentName.isEmpty())
        return findEnvironment(activeEnvironmentName);
    return environments.isEmpty() ? nullptr : &environments.front();
}

QStringList Workspace::environmentNames() const
{
    QStringList names;
    for (const Environment& e : environments)
        names.append(e.name);
    return names;
}

const Device& sampleDevice()
{
    static const Device device = [] {
        Device d;
        d.token = u"00000000-0000-4000-8000-000000000000"_s;
        d.name = u"Sample device"_s;
        return d;
    }();
    return device;
}

QString Webhook::derivedId(const QString& userId, const QString& name)
{
    // Fixed forever: changing it would change the id of every webhook written without one.
    static const QUuid kNamespace(u"6ecf0903-ae21-4da7-964a-c16aa5bd032b"_s);
    const QString key = JsonValue::array({JsonValue::string(userId), JsonValue::string(name)}).toJson();
    return QUuid::createUuidV5(kNamespace, key).toString(QUuid::WithoutBraces);
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace hooksmith

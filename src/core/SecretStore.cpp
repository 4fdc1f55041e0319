#include "SecretStore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace hooksmith {

QString SecretKey::toString() const
{
    if (field == Field::BrokerPassword)
        return u"hooksmith/mqtt-brokers/"_s + broker + u"/password"_s;
    if (field == Field::ProxyPassword)
        return u"hooksmith/preferences/proxy/password"_s;
    const QString scope = workspaceScope.isEmpty() ? u"default"_s : workspaceScope;
    if (field == Field::Variable)
        return u"hooksmith/"_s + scope + u"/environments/"_s + environment + u'/' + variable;
    return u"hooksmith/"_s + scope + u'/' + webhookId + u'/' + fieldName(field);
}

QString SecretKey::fieldName(Field field)
{
    switch (field) {
    case Field::Password:
        return u"password"_s;
    case Field::SigningSecret:
        return u"signing-secret"_s;
    case Field::Variable:
        return u"variable"_s;
    case Field::BrokerPassword:
        return u"broker-password"_s;
    case Field::ProxyPassword:
        return u"proxy-password"_s;
    }
    return {};
}

SecretKey SecretKey::forVariable(const QString& workspaceScope, const QString& environment, const QString& variable)
{
    SecretKey key;
    key.workspaceScope = workspaceScope;
    key.field = Field::Variable;
    key.environment = environment;
    key.variable = variable;
    return key;
}

SecretKey SecretKey::forBroker(const QString& brokerId)
{
    SecretKey key;
    key.field = Field::BrokerPassword;
    key.broker = brokerId;
    return key;
}

SecretKey SecretKey::forProxyPassword()
{
    SecretKey key;
    key.field = Field::ProxyPassword;
    return key;
}

std::optional<SecretKey::Field> SecretKey::fieldFromName(QStringView name)
{
    for (const Field f : {Field::Password, Field::SigningSecret}) {
        if (name == fieldName(f))
            return f;
    }
    return std::nullopt;
}

MemorySecretStore::MemorySecretStore(QString reason, QObject* parent)
    : SecretStore(parent)
    , m_reason(std::move(reason))
{}

void MemorySecretStore::read(const SecretKey& key, ReadDone done)
{
    std::optional<QString> value;
    if (const auto it = m_values.constFind(key.toString()); it != m_values.constEnd())
        value = *it;
    QTimer::singleShot(0, this, [done = std::move(done), value] { done(value); });
}

void MemorySecretStore::write(const SecretKey& key, const QString& value, WriteDone done)
{
    m_values.insert(key.toString(), value);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(Status::success()); });
}

void MemorySecretStore::remove(const SecretKey& key, WriteDone done)
{
    m_values.remove(key.toString());
    QTimer::singleShot(0, this, [done = std::move(done)] { done(Status::success()); });
}

void MemorySecretStore::replaceIf(const SecretKey& key, const std::optional<QString>& expected, const QString& value,
                                  ReplaceDone done)
{
    const QString k = key.toString();
    const auto it = m_values.constFind(k);
    const std::optional<QString> now = it != m_values.constEnd() ? std::optional<QString>(*it) : std::nullopt;
    const bool replaced = now == expected;
    if (replaced)
        m_values.insert(k, value);
    QTimer::singleShot(0, this, [done = std::move(done), replaced] { done(replaced); });
}

} // namespace hooksmith

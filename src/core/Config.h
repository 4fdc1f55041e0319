#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace hooksmith {

/// One typed setting: where it is kept and what it is when nothing was saved.
template <typename T>
struct ConfigKey
{
    const char* name;
    T defaultValue;
};

/// Every setting Hooksmith keeps, with its default. The one table of keys: code never names a
/// settings key anywhere else.
namespace ConfigKeys {
inline const ConfigKey<QStringList> RecentFiles{"files/recent", {}};
inline const ConfigKey<QString> LastWorkspace{"files/lastWorkspace", {}};
inline const ConfigKey<bool> OpenLastWorkspace{"files/openLastWorkspace", true};
inline const ConfigKey<QByteArray> WindowGeometry{"window/geometry", {}};
inline const ConfigKey<QByteArray> WindowState{"window/state", {}};
inline const ConfigKey<bool> RevealSecretsByDefault{"inspector/revealSecretsByDefault", false};
inline const ConfigKey<QString> SampleDevice{"inspector/sampleDevice", {}};
inline const ConfigKey<int> SampleSignal{"inspector/sampleSignal", 1};
inline const ConfigKey<QString> SampleValue{"inspector/sampleValue", QStringLiteral("23.5")};
/// Which workspace device (token) each serial port is when its board does not say, by port path.
inline const ConfigKey<QVariantMap> PortDevices{"devices/portDevices", {}};
/// Paths added by hand in the Devices panel (pseudo-terminals, /dev/serial/by-id links).
inline const ConfigKey<QStringList> AddedPorts{"devices/addedPorts", {}};
/// Limits of the built-in receiver (the Receiver panel's "Limits"); the defaults are those of
/// ReceiverLimits in the net library, which tst_receiver_panel checks.
inline const ConfigKey<qlonglong> ReceiverMaxBodyBytes{"receiver/maxBodyBytes", 16LL * 1024 * 1024};
inline const ConfigKey<int> ReceiverMaxHeadBytes{"receiver/maxHeadBytes", 64 * 1024};
inline const ConfigKey<int> ReceiverMaxRequestLine{"receiver/maxRequestLine", 8 * 1024};
inline const ConfigKey<int> ReceiverMaxHeaderLines{"receiver/maxHeaderLines", 100};
inline const ConfigKey<int> ReceiverIdleTimeoutSeconds{"receiver/idleTimeoutSeconds", 30};
inline const ConfigKey<int> ReceiverMaxConnections{"receiver/maxConnections", 64};
/// The environment chosen in the toolbar, by workspace file path.
inline const ConfigKey<QVariantMap> ActiveEnvironments{"environments/active", {}};
/// The MQTT brokers of the Devices panel's network devices, in the order they were added: a JSON array of
/// objects with "id", "url", "user", "caFile", "group", "hasPassword" and "connected" (connect again at
/// start), readable in the settings file. The password is in the keychain (SecretKey::forBroker), never here.
inline const ConfigKey<QString> MqttBrokers{"network/mqttBrokers", {}};

// Edit > Preferences (src/gui/Preferences.h reads and writes them as one value).
/// The app's language: empty for the system's (LANG, LC_MESSAGES), else "en", "de" or "it". Read at start.
inline const ConfigKey<QString> Language{"interface/language", {}};
/// "system", "light" or "dark".
inline const ConfigKey<QString> ThemeMode{"interface/theme", QStringLiteral("system")};
/// The delivery settings a new webhook starts with; the defaults are those of Delivery (Model.h).
inline const ConfigKey<int> DefaultTimeoutMs{"delivery/defaultTimeoutMs", 15000};
inline const ConfigKey<int> DefaultMaxAttempts{"delivery/defaultMaxAttempts", 8};
inline const ConfigKey<bool> DefaultFollowRedirects{"delivery/defaultFollowRedirects", false};
/// "device" or "none", as `delivery.order` in a workspace file.
inline const ConfigKey<QString> DefaultOrder{"delivery/defaultOrder", QStringLiteral("device")};
/// The folder of the app's outboxes; empty: Paths::outboxDir(). Read at start.
inline const ConfigKey<QString> OutboxDir{"paths/outboxDir", {}};
/// The built-in receiver's port on 127.0.0.1 (the demo's "Local receiver" webhook sends to 8471).
inline const ConfigKey<int> ReceiverPort{"receiver/port", 8471};
/// "system", "none" or "manual"; the manual proxy's password is in the keychain, never here.
inline const ConfigKey<QString> ProxyMode{"network/proxyMode", QStringLiteral("system")};
inline const ConfigKey<QString> ProxyHost{"network/proxyHost", {}};
inline const ConfigKey<int> ProxyPort{"network/proxyPort", 8080};
inline const ConfigKey<QString> ProxyUser{"network/proxyUser", {}};
inline constexpr int kMaxRecentFiles = 8;
} // namespace ConfigKeys

/// Typed access to the settings file. The application uses instance(); tests create their own on a
/// temporary INI file.
class Config
{
public:
    /// Settings in the platform's usual place (organisation and application name of the app).
    Config();
    /// Settings in this INI file.
    explicit Config(const QString& iniPath);
    ~Config();

    Config(const Config&) = delete;
    Config& operator=(const Config&) = delete;

    /// The application's settings, created on first use.
    static Config* instance();

    template <typename T>
    T get(const ConfigKey<T>& key) const
    {
        const QVariant v = m_settings->value(QLatin1String(key.name));
        if (!v.isValid() || !v.canConvert<T>())
            return key.defaultValue;
        return v.value<T>();
    }

    template <typename T>
    void set(const ConfigKey<T>& key, const T& value)
    {
        if (value == key.defaultValue)
            m_settings->remove(QLatin1String(key.name));
        else
            m_settings->setValue(QLatin1String(key.name), QVariant::fromValue(value));
    }

    template <typename T>
    void reset(const ConfigKey<T>& key)
    {
        m_settings->remove(QLatin1String(key.name));
    }

    /// Puts `path` first in the recent files, without duplicates, at most kMaxRecentFiles.
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);

    QString fileName() const;
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace hooksmith

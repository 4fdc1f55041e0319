#pragma once

#include "Model.h"
#include "ProxySettings.h"
#include "Result.h"
#include "Theme.h"

#include <QList>
#include <QString>

class QApplication;

namespace hooksmith {

class Config;

/// What Edit > Preferences sets, read from and written to the settings table (ConfigKeys) as one value.
struct Preferences
{
    /// A language the app is translated into: its code ("" for the system's) and its own name.
    struct Language
    {
        QString code;
        QString name;
    };

    QString language; ///< "" (the system's), "en", "de" or "it"
    Theme::Mode theme = Theme::Mode::System;
    /// Timeout, attempts, redirects and order of a new webhook (pin and CA file are not defaults).
    Delivery delivery;
    QString outboxDir; ///< empty: Paths::outboxDir()
    quint16 receiverPort = 8471;
    /// Without the password, which is in the keychain (SecretKey::forProxyPassword()).
    ProxySettings proxy{ProxySettings::Mode::System, {}, 8080, {}, {}};

    static Preferences from(const Config& config);
    void save(Config& config) const;

    /// The languages to choose from, English first; "System" is the empty code and not in the list.
    static QList<Language> languages();
    /// The outbox folder that is used: outboxDir, or the default one.
    QString effectiveOutboxDir() const;
    /// The proxy as the senders take it: the manual one only when it has a host and a port.
    ProxySettings effectiveProxy(const QString& password) const;
    /// Applies the delivery defaults to a new webhook.
    void applyDeliveryDefaults(Webhook& webhook) const;

    bool operator==(const Preferences&) const = default;
};

/// "system", "none", "manual", as the settings keep them.
QString proxyModeName(ProxySettings::Mode mode);
ProxySettings::Mode proxyModeFromName(QStringView name);

/// Whether Hooksmith can keep files in `dir`: it is created when missing, and a file is written to it and
/// removed. The error says which folder and why.
Status checkWritableFolder(const QString& dir);

/// What the app does with the preferences before its window is created: the translations for the chosen
/// language (Qt's and Hooksmith's) and the theme.
void applyStartupPreferences(QApplication& app, const Config& config);

} // namespace hooksmith

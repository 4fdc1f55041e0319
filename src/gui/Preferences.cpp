#include "Preferences.h"

#include "Config.h"
#include "Paths.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hooksmith {

Preferences Preferences::from(const Config& config)
{
    Preferences p;
    p.language = config.get(ConfigKeys::Language);
    const QList<Language> known = languages();
    if (std::none_of(known.begin(), known.end(), [&](const Language& l) { return l.code == p.language; }))
        p.language.clear();
    p.theme = Theme::modeFromName(config.get(ConfigKeys::ThemeMode)).value_or(Theme::Mode::System);
    p.delivery.timeoutMs = std::clamp(config.get(ConfigKeys::DefaultTimeoutMs), 100, 600000);
    p.delivery.maxAttempts = std::clamp(config.get(ConfigKeys::DefaultMaxAttempts), 1, 100);
    p.delivery.followRedirects = config.get(ConfigKeys::DefaultFollowRedirects);
    p.delivery.order = deliveryOrderFromName(config.get(ConfigKeys::DefaultOrder)).value_or(DeliveryOrder::Device);
    p.outboxDir = config.get(ConfigKeys::OutboxDir).trimmed();
    p.receiverPort = quint16(std::clamp(config.get(ConfigKeys::ReceiverPort), 1, 65535));
    p.proxy.mode = proxyModeFromName(config.get(ConfigKeys::ProxyMode));
    p.proxy.host = config.get(ConfigKeys::ProxyHost).trimmed();
    p.proxy.port = quint16(std::clamp(config.get(ConfigKeys::ProxyPort), 1, 65535));
    p.proxy.user = config.get(ConfigKeys::ProxyUser);
    return p;
}

void Preferences::save(Config& config) const
{
    config.set(ConfigKeys::Language, language);
    config.set(ConfigKeys::ThemeMode, Theme::modeName(theme));
    config.set(ConfigKeys::DefaultTimeoutMs, delivery.timeoutMs);
    config.set(ConfigKeys::DefaultMaxAttempts, delivery.maxAttempts);
    config.set(ConfigKeys::DefaultFollowRedirects, delivery.followRedirects);
    config.set(ConfigKeys::DefaultOrder, deliveryOrderName(delivery.order));
    config.set(ConfigKeys::OutboxDir, outboxDir.trimmed());
    config.set(ConfigKeys::ReceiverPort, int(receiverPort));
    config.set(ConfigKeys::ProxyMode, proxyModeName(proxy.mode));
    config.set(ConfigKeys::ProxyHost, proxy.host.trimmed());
    config.set(ConfigKeys::ProxyPort, int(proxy.port));
    config.set(ConfigKeys::ProxyUser, proxy.user);
    config.sync();
}

QList<Preferences::Language> Preferences::languages()
{
    // Each language in its own name, as language menus show them.
    return {{u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s}, {u"it"_s, u"Italiano"_s}};
}

QString Preferences::effectiveOutboxDir() const
{
    return outboxDir.isEmpty() ? Paths::outboxDir() : outboxDir;
}

ProxySettings Preferences::effectiveProxy(const QString& password) const
{
    ProxySettings p = proxy;
    if (p.mode != ProxySettings::Mode::Manual)
        return ProxySettings{p.mode, {}, 0, {}, {}};
    p.password = p.user.isEmpty() ? QString() : password;
    return p;
}

void Preferences::applyDeliveryDefaults(Webhook& webhook) const
{
    webhook.delivery.timeoutMs = delivery.timeoutMs;
    webhook.delivery.maxAttempts = delivery.maxAttempts;
    webhook.delivery.followRedirects = delivery.followRedirects;
    webhook.delivery.order = delivery.order;
}

QString proxyModeName(ProxySettings::Mode mode)
{
    switch (mode) {
    case ProxySettings::Mode::System:
        return u"system"_s;
    case ProxySettings::Mode::None:
        return u"none"_s;
    case ProxySettings::Mode::Manual:
        return u"manual"_s;
    }
    return u"system"_s;
}

ProxySettings::Mode proxyModeFromName(QStringView name)
{
    for (const auto m : {ProxySettings::Mode::System, ProxySettings::Mode::None, ProxySettings::Mode::Manual}) {
        if (name == proxyModeName(m))
            return m;
    }
    return ProxySettings::Mode::System;
}

Status checkWritableFolder(const QString& dir)
{
    const QString shown = QDir::toNativeSeparators(dir);
    if (dir.trimmed().isEmpty())
        return Error(
            QCoreApplication::translate("Preferences", "No folder is given: choose one, or restore the default."));
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return Error(
            QCoreApplication::translate("Preferences", "%1 is a file, not a folder: choose a folder for the outbox.")
                .arg(shown));
    if (!info.exists() && !QDir().mkpath(dir))
        return Error(QCoreApplication::translate("Preferences",
                                                 "The folder %1 cannot be created: choose a folder you can write to.")
                         .arg(shown));
    QTemporaryFile probe(QDir(dir).filePath(u"hooksmith-XXXXXX.probe"_s));
    if (!probe.open())
        return Error(
            QCoreApplication::translate(
                "Preferences", "Hooksmith cannot write to the folder %1 (%2): choose a folder you can write to.")
                .arg(shown, probe.errorString()));
    return Status::success();
}

void applyStartupPreferences(QApplication& app, const Config& config)
{
    const Preferences p = Preferences::from(config);
    installTranslations(app, p.language);
    if (p.theme != Theme::Mode::System)
        Theme::apply(p.theme);
}

} // namespace hooksmith

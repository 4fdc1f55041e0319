#pragma once

#include <QString>

namespace hooksmith {

/// Which proxy HTTP attempts go through: the system's settings (the default), none, or one HTTP proxy
/// named by hand. The password is given by the caller (the app reads it from the keychain); nothing
/// here is read from or written to the settings file.
struct ProxySettings
{
    enum class Mode : quint8
    {
        System, ///< the system's proxy settings (http_proxy, https_proxy, no_proxy; the desktop's)
        None,   ///< every request goes straight to its server
        Manual, ///< every request goes through `host`:`port`, except those to this computer (loopback)
    };

    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;
    QString user; ///< empty: the proxy asks for no credentials
    QString password;

    bool operator==(const ProxySettings&) const = default;
};

} // namespace hooksmith

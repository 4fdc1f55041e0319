#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace hooksmith {

/// The server a keychain secret may be sent to: scheme, host and port of the request URL. A secret is
/// saved for one origin and refused for any other, so that a workspace from elsewhere that reuses a
/// webhook id cannot have a stored password sent to a server of its choosing.
struct Origin
{
    QString scheme; ///< "http" or "https"
    QString host;   ///< as QUrl::host() gives it: lower case, IPv6 without brackets
    int port = 0;   ///< the URL's port, or the scheme's default (80, 443)

    /// The origin of an http(s) URL with a host; std::nullopt for anything else.
    static std::optional<Origin> fromUrl(const QUrl& url);
    /// Reads toString()'s form back; std::nullopt when `text` is not one.
    static std::optional<Origin> parse(QStringView text);
    /// "https://hooks.example.com:443", "http://[::1]:8471": always with the port, so that two origins
    /// that differ only there read differently.
    QString toString() const;
    bool operator==(const Origin&) const = default;
};

/// What a keychain entry holds: the secret, and the origin it was saved for. Entries written before
/// origins were recorded hold the bare secret: no origin, until their first use records one.
struct StoredSecret
{
    QString value;
    std::optional<Origin> origin;

    /// The entry's text: {"hooksmith_secret":1,"origin":"https://...:443","value":"..."}, or the bare
    /// value when there is no origin.
    QString encode() const;
    /// An entry of encode()'s form, or else any other text as a bare secret.
    static StoredSecret decode(const QString& entry);
};

/// Messages about secrets and their origins, shared by the renderer, the app and the CLI.
class SecretOrigins
{
    Q_DECLARE_TR_FUNCTIONS(SecretOrigins)
public:
    /// "the password in the keychain was saved for A, but the URL now points to B: ..." with what to do.
    static QString mismatchMessage(const QString& what, const Origin& saved, const Origin& now);
};

} // namespace hooksmith

#pragma once

#include "ProxySettings.h"

class QByteArray;
class QNetworkProxyFactory;
class QUrl;

namespace hooksmith {

/// The proxy factory HttpSender's network managers use for these settings; the manager it is given to
/// owns it.
///
/// - System: the system's proxies, with one change that only affects speed. Where a plain-http request
///   goes direct, Qt 6.4 opens an unbuffered socket and reads the response head one byte per system
///   call (about 120 calls for a short response). Answering QNetworkProxy::DefaultProxy instead of
///   NoProxy makes Qt read through a buffer; the socket then resolves DefaultProxy through the
///   application's proxy settings with a TCP query for the same host and port, so it is used only when
///   that query also says "direct", and the connection is the same direct one. The answer for a server
///   is kept for a second: asking the system twice per request costs more than the rest of sending it.
/// - None: NoProxy for everything.
/// - Manual: the HTTP proxy (with its credentials) for every server but this computer's own
///   (localhost, 127.0.0.0/8, ::1), which is reached directly, as browsers do.
///
/// A request is sent on HttpSender's own sockets only where the factory answers NoProxy or
/// DefaultProxy (see HttpSender::Private::goesDirect); through a proxy it goes through Qt's stack.
QNetworkProxyFactory* createProxyFactory(const ProxySettings& settings);

/// "Basic ..." for a plain-http request to `url` through a manual proxy that has a user; empty otherwise.
/// Qt sends the credentials of an https tunnel (CONNECT) itself.
QByteArray proxyAuthorization(const ProxySettings& settings, const QUrl& url);

/// True for a host name that is this computer: "localhost" (and names under it), 127.0.0.0/8, ::1.
bool isLoopbackHost(const QString& host);

} // namespace hooksmith

#pragma once

#include "import/Import.h"

#include <QString>

namespace hooksmith::test {

/// One line that says what an imported webhook sends, for data-driven tests:
/// `METHOD URL ?q=v H Name: value json{key=value,key=@PRESET} basic user pw=...`.
inline QString describe(const ImportedWebhook& imported)
{
    const Webhook& w = imported.webhook;
    QString out = methodName(w.method) + u' ' + w.url;
    for (const NameValueRow& q : w.query)
        out += (q.enabled ? u" ?" : u" !?") + q.name + u'=' + q.value;
    for (const NameValueRow& h : w.headers)
        out += (h.enabled ? u" H " : u" !H ") + h.name + u": " + h.value;
    const auto rows = [&w] {
        QStringList list;
        for (const BodyRow& r : w.body)
            list.append(r.key + u'=' + (r.usePreset ? u'@' + r.preset : r.value));
        return list.join(u',');
    };
    switch (w.format) {
    case BodyFormat::Json:
        out += u" json{" + rows() + u'}';
        break;
    case BodyFormat::Form:
        out += u" form{" + rows() + u'}';
        break;
    case BodyFormat::Custom:
        out += u" custom[" + w.contentType + u"]<" + w.customBody + u'>';
        break;
    case BodyFormat::None:
        break;
    }
    if (w.auth.type == AuthType::Basic) {
        out += u" basic " + w.auth.username;
        if (w.auth.password)
            out += u" pw=" + *w.auth.password;
        if (imported.password)
            out += u" keychain=" + *imported.password;
    }
    if (w.delivery.followRedirects)
        out += u" redirects";
    return out;
}

} // namespace hooksmith::test

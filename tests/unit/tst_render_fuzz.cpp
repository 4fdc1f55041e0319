// Whatever a device sends, the request keeps its shape: JSON bodies still parse and carry the value
// exactly, form and query values decode back to it, and header values never break a line.
#include "Renderer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

QString awkwardString(QRandomGenerator& rng)
{
    static const QList<QString> pieces = {
        u"\""_s,   u"\\"_s,  u"}}"_s,     u"{{"_s,       u"{{MESSAGE_PAYLOAD}}"_s,
        u"\\{{"_s, u"\n"_s,  u"\r\n"_s,   u"\t"_s,       QString(QChar(0)),
        u"😀"_s,    u"é"_s,   u"\u2028"_s, u"&=+%#?/ "_s, u"\u001f"_s,
        u"a"_s,    u"xyz"_s, u"'"_s,      u"<>"_s,       u"\x7f"_s,
    };
    QString s;
    const int n = int(rng.bounded(12));
    for (int i = 0; i < n; ++i) {
        if (rng.bounded(8) == 0) // an unpaired surrogate, high or low
            s.append(QChar(char16_t(rng.bounded(2) ? 0xD800 + rng.bounded(0x400) : 0xDC00 + rng.bounded(0x400))));
        else
            s.append(pieces[int(rng.bounded(int(pieces.size())))]);
    }
    return s;
}

JsonValue awkwardValue(QRandomGenerator& rng, int depth = 0)
{
    switch (depth > 2 ? 0 : rng.bounded(6)) {
    case 0:
    case 1:
        return JsonValue::string(awkwardString(rng));
    case 2: {
        static const QStringList numbers = {
            u"0"_s, u"-0"_s, u"0.7"_s, u"23.50"_s, u"1E3"_s, u"-1e-7"_s, u"12345678901234567890123"_s};
        return JsonValue::numberText(numbers[int(rng.bounded(int(numbers.size())))]);
    }
    case 3:
        return rng.bounded(3) == 0 ? JsonValue::null() : JsonValue::boolean(rng.bounded(2));
    case 4: {
        JsonValue::Array a;
        for (quint32 i = 0, n = rng.bounded(4); i < n; ++i)
            a.append(awkwardValue(rng, depth + 1));
        return JsonValue::array(a);
    }
    default: {
        JsonValue::Object o;
        for (quint32 i = 0, n = rng.bounded(4); i < n; ++i)
            o.append({awkwardString(rng), awkwardValue(rng, depth + 1)});
        return JsonValue::object(o);
    }
    }
}

bool hasUnpairedSurrogate(const QString& s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

struct Fixture
{
    Workspace ws;
    Device device;

    Fixture()
    {
        device.token = u"tok"_s;
        device.name = u"dev"_s;
        ws.devices.append(device);
    }

    Result<RenderedRequest> render(const Webhook& w, const JsonValue& value) const
    {
        RenderContext c;
        c.workspace = &ws;
        c.webhook = &w;
        c.device = &device;
        c.signal.number = 1;
        c.signal.value = value;
        c.signal.receivedAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        c.messageId = u"msg_1"_s;
        c.attemptTime = c.signal.receivedAt;
        c.env = [](const QString&) {
            return std::optional<QString>();
        };
        return Renderer::render(c);
    }
};

/// A webhook with no body, sent to `url`.
Webhook bodiless(const QString& url)
{
    Webhook w;
    w.name = u"u"_s;
    w.format = BodyFormat::None;
    w.url = url;
    return w;
}

JsonValue member(const JsonValue& object, const QString& key)
{
    for (const auto& m : object.objectMembers()) {
        if (m.first == key)
            return m.second;
    }
    return JsonValue::string(u"<missing>"_s);
}

} // namespace

class TestRenderFuzz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A URL whose scheme, host and port are those of the URL rendered before it is derived from its path
    // and query alone; it must come out exactly as a URL parsed on its own does.
    void urlsAfterOneOfTheirOriginParseAsAlone()
    {
        QStringList suffixes = {u"/"_s,
                                u"/a/"_s,
                                u"/a?"_s,
                                u"/a?b?c"_s,
                                u"/a?b/./c"_s,
                                u"/."_s,
                                u"/.."_s,
                                u"/a/./b"_s,
                                u"/a/../b"_s,
                                u"//a"_s,
                                u"/a//b"_s,
                                u"/%2e%2E/x"_s,
                                u"/.well-known/x"_s,
                                u"/\u00e9"_s,
                                u"/a b"_s,
                                u"/a#f"_s,
                                u"/a?q#f"_s,
                                u"/a%"_s,
                                u"/a%4"_s,
                                u"/a%zz"_s,
                                u"?q"_s,
                                u"#f"_s,
                                u""_s,
                                u"/a?q=1&r=2"_s};
        for (char16_t c = 0x20; c < 0x7f; ++c) {
            const QString ch(QChar{c});
            suffixes << u"/a"_s + ch + u"b"_s << u"/a/"_s + ch << u"/a?q="_s + ch + u"x"_s << u"/a?"_s + ch;
        }
        for (int b = 0; b < 256; ++b) {
            for (const QString& hex :
                 {u"%%1"_s.arg(b, 2, 16, QChar(u'0')).toUpper(), u"%%1"_s.arg(b, 2, 16, QChar(u'0'))})
                suffixes << u"/p"_s + hex + u"q"_s << u"/p?q="_s + hex;
        }
        static const QList<QString> pieces = {u"/"_s,  u"."_s,  u"?"_s,   u"%"_s,  u"%2F"_s, u"%41"_s, u"%e9"_s,
                                              u"a"_s,  u"Z9"_s, u"-_~"_s, u"!$"_s, u"&="_s,  u"'()"_s, u"*+,;"_s,
                                              u":@"_s, u"["_s,  u"]"_s,   u"\""_s, u"<"_s,   u"|"_s,   u"^`"_s};
        QRandomGenerator rng(11);
        for (int i = 0; i < 3000; ++i) {
            QString s = u"/"_s;
            for (quint32 n = rng.bounded(10); n > 0; --n)
                s += pieces[int(rng.bounded(int(pieces.size())))];
            suffixes << s;
        }

        Fixture f;
        Webhook w = bodiless(QString());
        const Webhook other = bodiless(u"http://127.0.0.2:9/elsewhere"_s);
        const Webhook sameOrigin = bodiless(u"http://127.0.0.1:8080/before/{{MESSAGE_PAYLOAD}}?n=1"_s);
        const JsonValue value = JsonValue::numberText(u"21"_s);
        for (const QString& suffix : std::as_const(suffixes)) {
            w.url = u"http://127.0.0.1:8080"_s + suffix;
            QVERIFY(f.render(other, value).ok());
            const auto alone = f.render(w, value);
            QVERIFY(f.render(sameOrigin, value).ok());
            const auto after = f.render(w, value);
            QCOMPARE(after.ok(), alone.ok());
            if (!alone.ok()) {
                QCOMPARE(after.errorMessage(), alone.errorMessage());
                continue;
            }
            QVERIFY2(after->url == alone->url, qPrintable(suffix));
            QCOMPARE(after->url.toString(QUrl::FullyEncoded), alone->url.toString(QUrl::FullyEncoded));
            QCOMPARE(after->url.toString(), alone->url.toString());
            QCOMPARE(after->target, alone->target);
            QCOMPARE(after->host, alone->host);
        }
    }

    // A value cannot add a '/' to the path (it is percent-encoded), nor be a whole segment "." or "..",
    // which QUrl and servers resolve to another path: such a request is refused before it is sent.
    void valuesInThePathNeverMoveTheRequest_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("target"); // empty: refused

        const QString whole = u"https://example.com/in/{{MESSAGE_PAYLOAD}}/x?v={{MESSAGE_PAYLOAD}}"_s;
        QTest::newRow("two dots") << whole << u".."_s << QString();
        QTest::newRow("one dot") << whole << u"."_s << QString();
        QTest::newRow("three dots") << whole << u"..."_s << u"/in/.../x?v=..."_s;
        QTest::newRow("dots and a slash") << whole << u"../admin"_s << u"/in/..%2Fadmin/x?v=..%2Fadmin"_s;
        QTest::newRow("encoded dots, as text") << whole << u"%2E%2E"_s << u"/in/%252E%252E/x?v=%252E%252E"_s;
        QTest::newRow("dot and a letter") << whole << u".a"_s << u"/in/.a/x?v=.a"_s;
        QTest::newRow("at the end") << u"https://example.com/in/{{MESSAGE_PAYLOAD}}"_s << u".."_s << QString();
        QTest::newRow("before a query") << u"https://example.com/in/{{MESSAGE_PAYLOAD}}?a=1"_s << u"."_s << QString();
        QTest::newRow("with a literal dot")
            << u"https://example.com/in/.{{MESSAGE_PAYLOAD}}/x"_s << u"."_s << QString();
        QTest::newRow("literal dot after") << u"https://example.com/in/{{MESSAGE_PAYLOAD}}./x"_s << u"."_s << QString();
        QTest::newRow("two values") << u"https://example.com/in/{{MESSAGE_PAYLOAD}}{{MESSAGE_PAYLOAD}}/x"_s << u"."_s
                                    << QString();
        QTest::newRow("in the query only")
            << u"https://example.com/in?v={{MESSAGE_PAYLOAD}}"_s << u".."_s << u"/in?v=.."_s;
        QTest::newRow("in a longer segment")
            << u"https://example.com/in/v{{MESSAGE_PAYLOAD}}/x"_s << u".."_s << u"/in/v../x"_s;
    }

    void valuesInThePathNeverMoveTheRequest()
    {
        QFETCH(QString, url);
        QFETCH(QString, value);
        QFETCH(QString, target);
        Fixture f;
        const auto r = f.render(bodiless(url), JsonValue::string(value));
        if (target.isEmpty()) {
            QVERIFY(!r.ok());
            QVERIFY2(r.errorMessage().startsWith(u"url: the value of {{MESSAGE_PAYLOAD}} makes the path segment"_s),
                     qPrintable(r.errorMessage()));
            QVERIFY(r.errorMessage().contains(u"nothing was sent"_s));
        } else {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.errorMessage()));
            QCOMPARE(QString::fromLatin1(r->target), target);
        }
    }

    // Dot segments are removed as RFC 3986 (section 5.2.4) says, and nothing else: Qt 6.4's own
    // NormalizePathSegments drops "/.a/" as well.
    void dotSegmentsAsRfc3986Says_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("target");
        QTest::newRow("rfc example") << u"/a/b/c/./../../g"_s << u"/a/g"_s;
        QTest::newRow("up") << u"/a/b/../c"_s << u"/a/c"_s;
        QTest::newRow("up at the end") << u"/a/b/.."_s << u"/a/"_s;
        QTest::newRow("here at the end") << u"/a/."_s << u"/a/"_s;
        QTest::newRow("above the root") << u"/../../a"_s << u"/a"_s;
        QTest::newRow("only up") << u"/.."_s << u"/"_s;
        QTest::newRow("here first") << u"/./a"_s << u"/a"_s;
        QTest::newRow("encoded") << u"/a/%2E%2E/b"_s << u"/b"_s;
        QTest::newRow("two characters") << u"/in/.a/x"_s << u"/in/.a/x"_s;
        QTest::newRow("two characters, encoded") << u"/in/%2Ea/x"_s << u"/in/.a/x"_s;
        QTest::newRow("two characters, then up") << u"/in/.a/.."_s << u"/in/"_s;
        QTest::newRow("several") << u"/in/a/.b/c/.d/e"_s << u"/in/a/.b/c/.d/e"_s;
        QTest::newRow("three dots") << u"/in/.../x"_s << u"/in/.../x"_s;
        QTest::newRow("hidden file") << u"/.well-known/x"_s << u"/.well-known/x"_s;
        QTest::newRow("query untouched") << u"/a/./b?p=/../x"_s << u"/a/b?p=/../x"_s;
        QTest::newRow("empty segments kept") << u"/a//b/../c"_s << u"/a//c"_s;
    }

    void dotSegmentsAsRfc3986Says()
    {
        QFETCH(QString, path);
        QFETCH(QString, target);
        Fixture f;
        const auto r = f.render(bodiless(u"http://127.0.0.1:8080"_s + path), JsonValue::string(u"v"_s));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.errorMessage()));
        QCOMPARE(QString::fromLatin1(r->target), target);
    }

    void jsonBodiesRoundTripAnyValue()
    {
        Fixture f;
        Webhook json;
        json.name = u"j"_s;
        json.url = u"https://example.com/x"_s;
        json.body = {BodyRow{u"v"_s, u"MESSAGE_PAYLOAD"_s, {}, true, true, {}},
                     BodyRow{u"t"_s, {}, u"<{{MESSAGE_PAYLOAD}}>"_s, false, true, {}}};
        Webhook custom = json;
        custom.format = BodyFormat::Custom;
        custom.contentType = u"application/json"_s;
        custom.customBody = u"{\"in\": \"<{{MESSAGE_PAYLOAD}}>\", \"out\": {{MESSAGE_PAYLOAD}}, \"k\": \"}}\"}"_s;

        QRandomGenerator rng(20261126);
        for (int i = 0; i < 3000; ++i) {
            const JsonValue value = awkwardValue(rng);
            const QString text = value.toText();
            for (const Webhook* w : {&json, &custom}) {
                const auto r = f.render(*w, value);
                QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.errorMessage()));
                JsonValue parsed;
                JsonParseError e;
                const QString body = QString::fromUtf8(r->body);
                QVERIFY2(parseJson(body, parsed, &e), qPrintable(e.message + u" in "_s + body));
                QVERIFY(parsed.isObject());
                if (w == &json) {
                    QCOMPARE(member(parsed, u"v"_s), value);
                    QCOMPARE(member(parsed, u"t"_s), JsonValue::string(u"<"_s + text + u">"_s));
                } else {
                    QCOMPARE(member(parsed, u"out"_s), value);
                    QCOMPARE(member(parsed, u"in"_s), JsonValue::string(u"<"_s + text + u">"_s));
                    QCOMPARE(member(parsed, u"k"_s), JsonValue::string(u"}}"_s));
                }
                // An independent parser agrees that the body is JSON (it cannot represent unpaired
                // surrogates, so those are left to ours).
                if (!hasUnpairedSurrogate(body)) {
                    QJsonParseError qe;
                    QJsonDocument::fromJson(r->body, &qe);
                    QVERIFY2(qe.error == QJsonParseError::NoError, qPrintable(qe.errorString() + u" in "_s + body));
                }
                QCOMPARE(r->headerValue("Content-Length"), QByteArray::number(r->body.size()));
            }
        }
    }

    void formQueryAndHeadersKeepTheirShape()
    {
        Fixture f;
        Webhook w;
        w.name = u"f"_s;
        w.url = u"https://example.com/p/{{MESSAGE_PAYLOAD}}?a={{MESSAGE_PAYLOAD}}"_s;
        w.format = BodyFormat::Form;
        w.body = {BodyRow{u"k"_s, u"MESSAGE_PAYLOAD"_s, {}, true, true, {}}};
        Webhook h = w;
        h.format = BodyFormat::None;
        h.headers = {NameValueRow{u"X-V"_s, u"{{MESSAGE_PAYLOAD}}"_s, true, {}}};

        QRandomGenerator rng(7);
        for (int i = 0; i < 3000; ++i) {
            const JsonValue value = awkwardValue(rng);
            // Unpaired surrogates cannot be written as UTF-8: they become U+FFFD on the wire.
            const QString text = QString::fromUtf8(value.toText().toUtf8());

            const auto r = f.render(w, value);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.errorMessage()));
            QUrlQuery form(QString::fromLatin1(r->body).replace(u'+', u' '));
            QCOMPARE(form.queryItems(QUrl::FullyDecoded).size(), 1);
            QCOMPARE(form.queryItemValue(u"k"_s, QUrl::FullyDecoded), text);
            QUrlQuery query(r->url);
            QCOMPARE(query.queryItems(QUrl::FullyDecoded).size(), 1);
            QCOMPARE(query.queryItemValue(u"a"_s, QUrl::FullyDecoded), text);
            QCOMPARE(r->url.path(QUrl::FullyDecoded), u"/p/"_s + text);
            QCOMPARE(r->target.count('?'), 1);
            QVERIFY(!r->target.contains('#'));

            const auto rh = f.render(h, value);
            const bool breaks = text.contains(u'\r') || text.contains(u'\n') || text.contains(QChar(0));
            QCOMPARE(rh.ok(), !breaks);
            if (rh.ok()) {
                QCOMPARE(QString::fromUtf8(rh->headerValue("X-V")), text);
                QVERIFY(!rh->wireHead().contains("\r\n\r\n\r\n"));
            } else {
                QVERIFY(rh.errorMessage().contains(u"nothing was sent"));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRenderFuzz)
#include "tst_render_fuzz.moc"

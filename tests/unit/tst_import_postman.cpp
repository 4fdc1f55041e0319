#include "ImportDescribe.h"
#include "TestSupport.h"
#include "import/PostmanImport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

/// A collection as Postman writes it, around `items` (and collection `extra` keys).
QByteArray collection(const QString& items, const QString& extra = {})
{
    return (u"{\n \"info\": {\"_postman_id\": \"1\", \"name\": \"T\", \"schema\": "
            "\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"},\n \"item\": ["_s +
            items + u"]"_s + extra + u"\n}\n"_s)
        .toUtf8();
}

} // namespace

class TestImportPostman : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportedCollection()
    {
        const auto result =
            PostmanImport::parse(test::readFile(test::dataPath(u"import/greenhouse.postman_collection.json"_s)));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.errorMessage()));
        QStringList names;
        QStringList described;
        for (const ImportedWebhook& w : result->webhooks) {
            names.append(w.webhook.name);
            described.append(test::describe(w));
        }
        QCOMPARE(names, (QStringList{u"Alerts / Temperature high"_s, u"Alerts / Form ping"_s, u"Status"_s,
                                     u"Upload photo"_s}));
        // Collection variables are variables of an environment named after the collection.
        QCOMPARE(described[0], u"POST {{var:baseUrl}}/alerts/{{DEVICE_TOKEN}} ?source=greenhouse "
                               "!?verbose={{env:verbose}} H X-Room: {{var:room}} !H X-Debug: 1 "
                               "json{device=@DEVICE_TOKEN,value=@MESSAGE_PAYLOAD,room={{var:room}}} "
                               "basic pi pw={{env:greenhousePassword}}"_s.replace(u"{{env:verbose}}"_s, u"true"_s));
        QCOMPARE(described[1], u"PUT {{var:baseUrl}}/ping form{signal=@SIGNAL_NUMBER,note=a&b c}"_s);
        QCOMPARE(described[2], u"GET https://status.example.com/v1/{{env:apiVersion}} basic pi "
                               "pw={{env:greenhousePassword}}"_s);
        QCOMPARE(described[3], u"POST {{var:baseUrl}}/photos"_s);

        const QString warnings = result->warnings.join(u'\n');
        QVERIFY2(warnings.contains(u"item \"Upload photo\": oauth2 authentication is not supported"_s),
                 qPrintable(warnings));
        QVERIFY(warnings.contains(u"item \"Upload photo\": a \"formdata\" body is not supported"_s));
        QVERIFY(warnings.contains(u"collection: its scripts are not carried over"_s));
        QVERIFY(!warnings.contains(u"collection variables written into the webhooks"_s));
        QCOMPARE(result->environment.name, u"Greenhouse"_s);
        QCOMPARE(result->environment.variables.size(), 2);
        QCOMPARE(result->environment.variables[0].name, u"baseUrl"_s);
        QCOMPARE(result->environment.variables[0].value, u"https://hooks.example.com"_s);
        QCOMPARE(result->environment.variables[1].name, u"room"_s);
        QCOMPARE(result->environment.variables[1].value, u"north"_s);
        QVERIFY(warnings.contains(u"{{env:greenhousePassword}}, {{env:apiVersion}}"_s));
    }

    void cases_data()
    {
        QTest::addColumn<QString>("items");
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QString>("expected");
        QTest::newRow("url as a string")
            << u"{\"name\": \"A\", \"request\": {\"method\": \"DELETE\", \"url\": \"https://e.com/x\"}}"_s << QString()
            << u"DELETE https://e.com/x"_s;
        QTest::newRow("request as a string")
            << u"{\"name\": \"A\", \"request\": \"https://e.com/x\"}"_s << QString() << u"GET https://e.com/x"_s;
        QTest::newRow("url from parts")
            << u"{\"name\": \"A\", \"request\": {\"method\": \"GET\", \"url\": {\"protocol\": \"http\", \"host\": "
               "[\"e\", \"com\"], \"port\": \"8080\", \"path\": [\"a\", \"b\"], \"query\": [{\"key\": \"q\", "
               "\"value\": \"1\"}]}}}"_s
            << QString() << u"GET http://e.com:8080/a/b ?q=1"_s;
        QTest::newRow("basic auth with a value goes to the keychain")
            << u"{\"name\": \"A\", \"request\": {\"method\": \"GET\", \"url\": \"https://e.com\", \"auth\": {\"type\": "
               "\"basic\", \"basic\": [{\"key\": \"username\", \"value\": \"bob\"}, {\"key\": \"password\", \"value\": "
               "\"{{pw}}\"}]}}}"_s
            << u", \"variable\": [{\"key\": \"pw\", \"value\": \"s3cret\"}]"_s
            << u"GET https://e.com basic bob keychain=s3cret"_s;
        QTest::newRow("v2.0 basic auth object")
            << u"{\"name\": \"A\", \"request\": {\"method\": \"GET\", \"url\": \"https://e.com\", \"auth\": {\"type\": "
               "\"basic\", \"basic\": {\"username\": \"bob\", \"password\": \"{{env:PW}}\"}}}}"_s
            << QString() << u"GET https://e.com basic bob pw={{env:PW}}"_s;
        QTest::newRow("folder auth inherited, request noauth wins")
            << u"{\"name\": \"F\", \"auth\": {\"type\": \"basic\", \"basic\": [{\"key\": \"username\", \"value\": "
               "\"u\"}]}, \"item\": [{\"name\": \"A\", \"request\": {\"url\": \"https://e.com/a\"}}, {\"name\": \"B\", "
               "\"request\": {\"url\": \"https://e.com/b\", \"auth\": {\"type\": \"noauth\"}}}]}"_s
            << QString() << u"GET https://e.com/a basic u|GET https://e.com/b"_s;
        QTest::newRow("bearer becomes a header")
            << u"{\"name\": \"A\", \"request\": {\"url\": \"https://e.com\", \"auth\": {\"type\": \"bearer\", "
               "\"bearer\": [{\"key\": \"token\", \"value\": \"{{TOKEN}}\"}]}}}"_s
            << QString() << u"GET https://e.com H Authorization: Bearer {{env:TOKEN}}"_s;
        QTest::newRow("raw text body") << u"{\"name\": \"A\", \"request\": {\"method\": \"POST\", \"url\": "
                                          u"\"https://e.com\", \"body\": {\"mode\": "
                                          "\"raw\", \"raw\": \"t={{$timestamp}} {{SIGNAL_NAME}}\"}}}"_s
                                       << QString()
                                       << u"POST https://e.com custom[text/plain]<t={{UNIX_TIME}} {{SIGNAL_NAME}}>"_s;
        QTest::newRow("json with an explicit Content-Type header")
            << u"{\"name\": \"A\", \"request\": {\"method\": \"POST\", \"url\": \"https://e.com\", \"header\": "
               "[{\"key\": \"Content-Type\", \"value\": \"application/json\"}], \"body\": {\"mode\": \"raw\", \"raw\": "
               "\"{\\\"a\\\": \\\"b\\\"}\"}}}"_s
            << QString() << u"POST https://e.com json{a=b}"_s;
        QTest::newRow("variables inside variables")
            << u"{\"name\": \"A\", \"request\": {\"url\": \"{{base}}/x\"}}"_s
            << u", \"variable\": [{\"key\": \"base\", \"value\": \"https://{{host}}\"}, {\"key\": \"host\", \"value\": "
               "\"e.com\"}]"_s
            << u"GET https://{{var:host}}/x"_s;
        QTest::newRow("names that cannot be environment variables stay text")
            << u"{\"name\": \"A\", \"request\": {\"url\": \"https://e.com/{{api-version}}\"}}"_s << QString()
            << u"GET https://e.com/\\{{api-version}}"_s;
        QTest::newRow("GET body dropped")
            << u"{\"name\": \"A\", \"request\": {\"method\": \"GET\", \"url\": \"https://e.com\", \"body\": {\"mode\": "
               "\"raw\", \"raw\": \"x\"}}}"_s
            << QString() << u"GET https://e.com"_s;
    }
    void cases()
    {
        QFETCH(QString, items);
        QFETCH(QString, extra);
        QFETCH(QString, expected);
        const auto result = PostmanImport::parse(collection(items, extra));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.errorMessage()));
        QStringList described;
        for (const ImportedWebhook& w : result->webhooks)
            described.append(test::describe(w));
        QCOMPARE(described.join(u'|'), expected);
    }

    void deliverySettingsKeptBesideTheRequest()
    {
        // A Hooksmith export keeps the time limit and attempts in a "hooksmith" member of the item.
        const auto result = PostmanImport::parse(
            collection(u"{\"name\": \"A\", \"request\": {\"url\": \"https://e.com\"}, \"hooksmith\": "
                       "{\"timeout_ms\": 2500, \"max_attempts\": 3}}, {\"name\": \"B\", \"request\": {\"url\": "
                       "\"https://e.com\"}}"_s));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.errorMessage()));
        QCOMPARE(result->webhooks.size(), 2);
        QCOMPARE(result->webhooks[0].webhook.delivery.timeoutMs, 2500);
        QCOMPARE(result->webhooks[0].webhook.delivery.maxAttempts, 3);
        // Without it, a webhook's defaults.
        QCOMPARE(result->webhooks[1].webhook.delivery.timeoutMs, Delivery::kDefaultTimeoutMs);
        QCOMPARE(result->webhooks[1].webhook.delivery.maxAttempts, Delivery::kDefaultMaxAttempts);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not JSON") << QByteArray("{\n \"info\": {},\n \"item\": [,]\n}") << u"line 3, column "_s;
        QTest::newRow("not an object") << QByteArray("[1]") << u"a Postman collection is a JSON object"_s;
        QTest::newRow("v1 collection") << QByteArray("{\"id\": \"x\", \"name\": \"old\", \"requests\": []}")
                                       << u"this is not a Postman collection (v2.1 or v2.0)"_s;
        QTest::newRow("other schema")
            << QByteArray("{\"info\": {\"schema\": \"https://schema.getpostman.com/json/collection/v1.0.0/x.json\"}, "
                          "\"item\": []}")
            << u"info.schema: "_s;
        QTest::newRow("no requests") << collection(QString()) << u"the collection has no requests"_s;
        QTest::newRow("item neither request nor folder")
            << collection(u"{\"name\": \"F\", \"item\": [{\"name\": \"Odd\"}]}"_s)
            << u"item \"F / Odd\": neither a request nor a folder"_s;
        QTest::newRow("unknown method")
            << collection(u"{\"name\": \"F\", \"item\": [{\"name\": \"Brew\", \"request\": {\"method\": \"BREW\", "
                          "\"url\": \"https://e.com\"}}]}"_s)
            << u"item \"F / Brew\": the method \"BREW\" is not one Hooksmith sends"_s;
        QTest::newRow("bad header name")
            << collection(u"{\"name\": \"A\", \"request\": {\"url\": \"https://e.com\", \"header\": [{\"key\": \"Bad "
                          "Name\", \"value\": \"1\"}]}}"_s)
            << u"item \"A\": \"Bad Name\" is not a valid header name"_s;
        QTest::newRow("no URL") << collection(u"{\"name\": \"A\", \"request\": {\"method\": \"GET\"}}"_s)
                                << u"item \"A\": the request has no URL"_s;
        QTest::newRow("hooksmith settings not an object")
            << collection(u"{\"name\": \"A\", \"request\": {\"url\": \"https://e.com\"}, \"hooksmith\": 5}"_s)
            << u"item \"A\": \"hooksmith\" is not an object"_s;
        QTest::newRow("time limit out of range")
            << collection(u"{\"name\": \"A\", \"request\": {\"url\": \"https://e.com\"}, \"hooksmith\": "
                          "{\"timeout_ms\": 50}}"_s)
            << u"item \"A\": \"hooksmith.timeout_ms\" is not a whole number from 100 to 600000"_s;
        QTest::newRow("attempts not whole")
            << collection(u"{\"name\": \"A\", \"request\": {\"url\": \"https://e.com\"}, \"hooksmith\": "
                          "{\"max_attempts\": 2.5}}"_s)
            << u"item \"A\": \"hooksmith.max_attempts\" is not a whole number from 1 to 100"_s;
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto result = PostmanImport::parse(json);
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().contains(error), qPrintable(result.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestImportPostman)
#include "tst_import_postman.moc"

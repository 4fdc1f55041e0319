// Which {{env:NAME}} references a webhook's requests read, and which of them are unset.
#include "EnvReferences.h"
#include "WorkspaceFile.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

/// A webhook with a reference in every kind of field, each to a variable named after the field.
Webhook everyField()
{
    Webhook w;
    w.name = u"Door"_s;
    w.url = u"{{env:BASE_URL}}/hooks/{{ env:PATH_PART }}?a={{env:URL_QUERY}}#{{env:IN_FRAGMENT}}"_s;
    w.method = Method::Post;
    w.format = BodyFormat::Json;
    const BodyRow plain{u"k0"_s, {}, u"x {{env:BODY_ZERO}} y"_s, false, true, {}};
    const BodyRow preset{u"k1"_s, u"DEVICE_TOKEN"_s, u"{{env:UNDER_PRESET}}"_s, true, true, {}};
    const BodyRow escaped{u"k2"_s, {}, u"\\{{env:ESCAPED}} {{env:BODY_TWO}}"_s, false, true, {}};
    const BodyRow disabled{u"k3"_s, {}, u"{{env:DISABLED_BODY}}"_s, false, false, {}};
    w.body = {plain, preset, escaped, disabled};
    w.customBody = u"{{env:NOT_CUSTOM}}"_s; // the format is json: the custom body is not sent
    w.headers = {NameValueRow{u"X-Plain"_s, u"literal"_s, true, {}},
                 NameValueRow{u"Authorization-Token"_s, u"Bearer {{env:HEADER_TOKEN}}"_s, true, {}},
                 NameValueRow{u"X-Off"_s, u"{{env:DISABLED_HEADER}}"_s, false, {}}};
    w.query = {NameValueRow{u"key"_s, u"{{env:QUERY_KEY}}{{env:QUERY_KEY}}"_s, true, {}}};
    w.auth.type = AuthType::Basic;
    w.auth.username = u"{{env:USER_NAME}}"_s;
    w.auth.password = u"{{env:HOOK_PASSWORD}}"_s;
    w.signing.scheme = SigningScheme::Github;
    w.signing.secret = u"{{env:HOOK_SECRET}}"_s;
    return w;
}

QStringList describe(const QList<EnvReference>& refs)
{
    QStringList out;
    for (const EnvReference& r : refs)
        out.append(r.field + u' ' + r.name);
    return out;
}

EnvLookup lookup(const QHash<QString, QString>& values)
{
    return [values](const QString& name) -> std::optional<QString> {
        if (const auto it = values.constFind(name); it != values.constEnd())
            return *it;
        return std::nullopt;
    };
}

} // namespace

class TestEnvReferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFieldKind()
    {
        const QList<EnvReference> refs = EnvReferences::find(everyField());
        QCOMPARE(describe(refs), (QStringList{
                                     u"url BASE_URL"_s,
                                     u"url PATH_PART"_s, // spaces inside the braces
                                     u"url URL_QUERY"_s,
                                     u"body[0].value BODY_ZERO"_s,
                                     u"body[2].value BODY_TWO"_s,
                                     u"headers[1].value HEADER_TOKEN"_s,
                                     u"query[0].value QUERY_KEY"_s,
                                     u"query[0].value QUERY_KEY"_s,
                                     u"auth.username USER_NAME"_s,
                                     u"auth.password HOOK_PASSWORD"_s,
                                     u"signing.secret HOOK_SECRET"_s,
                                 }));
        // Where each reference starts in its template.
        QCOMPARE(refs[0].offset, 0);
        QCOMPARE(refs[1].offset, everyField().url.indexOf(u"{{ env:PATH_PART }}"_s));
        QCOMPARE(refs[3].offset, 2);
        QCOMPARE(refs[4].offset, everyField().body[2].value.indexOf(u"{{env:BODY_TWO}}"_s));
    }

    void customBodyAndFormBody()
    {
        Webhook w = everyField();
        w.format = BodyFormat::Custom;
        w.contentType = u"application/json"_s;
        w.customBody = u"{\"a\": \"{{env:IN_STRING}}\", \"b\": {{env:AS_VALUE}}}"_s;
        QStringList fields = describe(EnvReferences::find(w));
        QVERIFY(fields.contains(u"custom_body IN_STRING"_s));
        QVERIFY(fields.contains(u"custom_body AS_VALUE"_s));
        QVERIFY(!fields.join(u' ').contains(u"body["_s)); // the rows are not sent with a custom body

        w.format = BodyFormat::Form;
        fields = describe(EnvReferences::find(w));
        QVERIFY(fields.contains(u"body[0].value BODY_ZERO"_s));
        QVERIFY(!fields.join(u' ').contains(u"custom_body"_s));
    }

    void onlyWhatIsSentCounts()
    {
        Webhook w = everyField();
        w.method = Method::Get; // GET sends no body, so no body rows
        w.format = BodyFormat::Json;
        w.auth.type = AuthType::None;
        w.signing.scheme = SigningScheme::None;
        QCOMPARE(describe(EnvReferences::find(w)), (QStringList{
                                                       u"url BASE_URL"_s,
                                                       u"url PATH_PART"_s,
                                                       u"url URL_QUERY"_s,
                                                       u"headers[1].value HEADER_TOKEN"_s,
                                                       u"query[0].value QUERY_KEY"_s,
                                                       u"query[0].value QUERY_KEY"_s,
                                                   }));

        // Secrets kept in the keychain (the field is absent) read no variable.
        Webhook keychain = everyField();
        keychain.auth.password.reset();
        keychain.signing.secret.reset();
        const QString all = describe(EnvReferences::find(keychain)).join(u' ');
        QVERIFY(!all.contains(u"HOOK_PASSWORD"_s));
        QVERIFY(!all.contains(u"HOOK_SECRET"_s));
    }

    void aTemplateWithAnErrorGivesWhatPrecedesIt()
    {
        Webhook w;
        w.name = u"Broken"_s;
        w.url = u"https://example.com/{{env:FIRST}}/{{NOPE}}/{{env:AFTER}}"_s;
        w.format = BodyFormat::None;
        QCOMPARE(describe(EnvReferences::find(w)), QStringList{u"url FIRST"_s});
    }

    void unsetGivesOneProblemPerFieldAndVariable()
    {
        const Webhook w = everyField();
        const QList<Problem> problems = EnvReferences::unset(w,
                                                             lookup({{u"BASE_URL"_s, u"https://hooks.example.com"_s},
                                                                     {u"USER_NAME"_s, u""_s},
                                                                     {u"PATH_PART"_s, u"p"_s},
                                                                     {u"URL_QUERY"_s, u"q"_s},
                                                                     {u"BODY_TWO"_s, u"2"_s}}),
                                                             3);
        QStringList lines;
        for (const Problem& p : problems) {
            QCOMPARE(p.severity, Problem::Severity::Error);
            QCOMPARE(p.webhookIndex, 3);
            lines.append(p.format(u"ws.json"_s));
        }
        // An empty value is set; QUERY_KEY, used twice in one field, is named once.
        QCOMPARE(lines,
                 (QStringList{
                     u"ws.json: webhook \"Door\": body[0].value: the environment variable BODY_ZERO is not set"_s,
                     u"ws.json: webhook \"Door\": headers[1].value: the environment variable HEADER_TOKEN is "
                     "not set"_s,
                     u"ws.json: webhook \"Door\": query[0].value: the environment variable QUERY_KEY is not set"_s,
                     u"ws.json: webhook \"Door\": auth.password: the environment variable HOOK_PASSWORD is not "
                     "set"_s,
                     u"ws.json: webhook \"Door\": signing.secret: the environment variable HOOK_SECRET is not "
                     "set"_s,
                 }));

        QVERIFY(EnvReferences::unset(w, lookup({{u"BASE_URL"_s, u"x"_s},
                                                {u"PATH_PART"_s, u"x"_s},
                                                {u"URL_QUERY"_s, u"x"_s},
                                                {u"BODY_ZERO"_s, u"x"_s},
                                                {u"BODY_TWO"_s, u"x"_s},
                                                {u"HEADER_TOKEN"_s, u"x"_s},
                                                {u"QUERY_KEY"_s, u"x"_s},
                                                {u"USER_NAME"_s, u"x"_s},
                                                {u"HOOK_PASSWORD"_s, u"x"_s},
                                                {u"HOOK_SECRET"_s, u"x"_s}}))
                    .isEmpty());
    }

    void aWebhookWithoutANameIsNamedByItsIndex()
    {
        Webhook w;
        w.url = u"https://{{env:HOST}}/"_s;
        w.format = BodyFormat::None;
        const QList<Problem> problems = EnvReferences::unset(w, lookup({}), 2);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].subject, u"webhooks[2]"_s);
        QCOMPARE(problems[0].field, u"url"_s);
    }

    void readFromAWorkspaceFile()
    {
        // The field paths follow the file: a webhook read from JSON gives the same references.
        const QByteArray json =
            "{ \"hooksmith\": 1, \"webhooks\": [ { \"id\": \"w1\", \"name\": \"Door\", "
            "\"url\": \"https://x.example/{{env:SEGMENT}}\", \"method\": \"POST\", \"format\": \"form\", "
            "\"body\": [ { \"key\": \"a\", \"value\": \"{{env:ROW}}\", \"enabled\": false }, "
            "{ \"key\": \"b\", \"preset\": \"SIGNAL_NUMBER\" }, { \"key\": \"c\", \"value\": \"{{env:ROW_C}}\" } ], "
            "\"auth\": { \"type\": \"basic\", \"username\": \"bob\", \"password\": \"{{env:HOOK_PASSWORD}}\" } } ] }";
        const LoadResult loaded = WorkspaceFile::parse(json);
        QVERIFY2(loaded.workspace, qPrintable(loaded.problems.value(0).format(u"json"_s)));
        QCOMPARE(describe(EnvReferences::find(loaded.workspace->webhooks[0])),
                 (QStringList{u"url SEGMENT"_s, u"body[2].value ROW_C"_s, u"auth.password HOOK_PASSWORD"_s}));
    }
};

QTEST_GUILESS_MAIN(TestEnvReferences)
#include "tst_envreferences.moc"

// Environments: reading and writing them, what the validator says of {{var:NAME}}, how the renderer
// writes a variable in each part of a request, and how secret variables are read, bound and masked.
#include "EnvReferences.h"
#include "Renderer.h"
#include "SecretResolver.h"
#include "SecretSpans.h"
#include "SecretStore.h"
#include "Validator.h"
#include "WorkspaceFile.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

const QByteArray kFile = "{\n"
                         "  \"hooksmith\": 1,\n"
                         "  \"user_id\": \"alice\",\n"
                         "  \"environments\": [\n"
                         "    {\n"
                         "      \"name\": \"Local\",\n"
                         "      \"variables\": [\n"
                         "        { \"name\": \"BASE_URL\", \"value\": \"http://127.0.0.1:8471\" },\n"
                         "        { \"name\": \"ROOM\", \"value\": \"kitchen\", \"note\": \"kept\" },\n"
                         "        { \"name\": \"API_KEY\", \"value\": \"{{env:LOCAL_KEY}}\", \"secret\": true }\n"
                         "      ],\n"
                         "      \"colour\": \"green\"\n"
                         "    },\n"
                         "    {\n"
                         "      \"name\": \"Production\",\n"
                         "      \"variables\": [\n"
                         "        { \"name\": \"BASE_URL\", \"value\": \"https://hooks.example.com\" },\n"
                         "        { \"name\": \"ROOM\", \"value\": \"\" },\n"
                         "        { \"name\": \"API_KEY\", \"secret\": true }\n"
                         "      ]\n"
                         "    }\n"
                         "  ],\n"
                         "  \"webhooks\": [\n"
                         "    { \"id\": \"7d1c3a52-0000-4000-8000-000000000001\", \"name\": \"Hook\",\n"
                         "      \"url\": \"{{var:BASE_URL}}/rooms/{{var:ROOM}}\",\n"
                         "      \"headers\": [ { \"name\": \"X-Key\", \"value\": \"Key {{var:API_KEY}}\" } ] }\n"
                         "  ]\n"
                         "}\n";

Workspace loadOrFail(const QByteArray& text)
{
    const LoadResult r = WorkspaceFile::parse(text);
    if (!r.workspace) {
        for (const Problem& p : r.problems)
            qWarning("%s", qPrintable(p.format(u"f"_s)));
    }
    return r.workspace.value_or(Workspace{});
}

RenderContext contextFor(const Workspace& ws, const Webhook& w)
{
    RenderContext c;
    c.workspace = &ws;
    c.webhook = &w;
    c.device = &sampleDevice();
    c.signal.number = 1;
    c.signal.value = JsonValue::numberText(u"1"_s);
    c.signal.receivedAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    c.messageId = u"msg_1"_s;
    c.attemptTime = c.signal.receivedAt;
    c.env = [](const QString& name) -> std::optional<QString> {
        if (name == u"LOCAL_KEY"_s)
            return u"local-secret"_s;
        return std::nullopt;
    };
    return c;
}

template <typename T>
QString why(const Result<T>& r)
{
    return r ? QString() : r.errorMessage();
}

QStringList formatted(const QList<Problem>& problems)
{
    QStringList out;
    for (const Problem& p : problems)
        out.append(p.format(u"f"_s));
    return out;
}

} // namespace

class TestEnvironments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readAndWriteRoundTrip()
    {
        const Workspace ws = loadOrFail(kFile);
        QCOMPARE(ws.environments.size(), 2);
        const Environment& local = ws.environments[0];
        QCOMPARE(local.name, u"Local"_s);
        QCOMPARE(local.variables.size(), 3);
        QCOMPARE(local.variables[1].value, std::optional<QString>(u"kitchen"_s));
        QCOMPARE(local.variables[1].extra.size(), 1);
        QCOMPARE(local.extra.size(), 1);
        QVERIFY(local.variables[2].secret);
        QCOMPARE(ws.environments[1].variables[2].value, std::nullopt);
        QCOMPARE(ws.activeEnvironment(), &ws.environments[0]);

        const QByteArray written = WorkspaceFile::serialize(ws);
        const Workspace again = loadOrFail(written);
        QCOMPARE(again, ws);
        QCOMPARE(WorkspaceFile::serialize(again), written);
        // The active environment is the session's, never the file's.
        Workspace chosen = ws;
        chosen.activeEnvironmentName = u"Production"_s;
        QCOMPARE(WorkspaceFile::serialize(chosen), written);
        QCOMPARE(chosen.activeEnvironment(), &chosen.environments[1]);
    }

    void secretValuesAreNeverWrittenAsLiterals()
    {
        Workspace ws = loadOrFail(kFile);
        ws.environments[1].variables[2].value = u"typed-in-secret"_s;
        const QByteArray written = WorkspaceFile::serialize(ws);
        QVERIFY(!written.contains("typed-in-secret"));
        QVERIFY(written.contains("{{env:LOCAL_KEY}}"));
        // A secret given in the file in plain text is read, with a warning saying where it belongs.
        const QList<Problem> problems = Validator::validate(ws);
        QVERIFY2(formatted(problems).contains(
                     u"f: environment \"Production\": variables[2].value: warning: the secret variable API_KEY is "
                     "written in the file in plain text: keep it in the OS keychain (Hooksmith moves it there when "
                     "it saves) or use {{env:NAME}}"_s),
                 qPrintable(formatted(problems).join(u'\n')));
    }

    void readErrors_data()
    {
        QTest::addColumn<QByteArray>("environments");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("duplicate environment")
            << QByteArray("[{\"name\": \"A\"}, {\"name\": \"B\"}, {\"name\": \"A\"}]")
            << QStringList{u"f: environments[2].name: the environment \"A\" is defined twice; names must be unique"_s};
        QTest::newRow("duplicate variable")
            << QByteArray("[{\"name\": \"A\", \"variables\": [{\"name\": \"X\", \"value\": \"1\"}, {\"name\": \"X\", "
                          "\"value\": \"2\"}]}]")
            << QStringList{u"f: environment \"A\": variables[1].name: the variable \"X\" is defined twice; names must "
                           "be unique"_s};
        QTest::newRow("no name") << QByteArray("[{\"variables\": []}]")
                                 << QStringList{u"f: environments[0]: name: an environment needs a name"_s};
        QTest::newRow("bad variable name")
            << QByteArray(
                   "[{\"name\": \"A\", \"variables\": [{\"name\": \"1st\", \"value\": \"\"}, {\"value\": \"\"}]}]")
            << QStringList{u"f: environment \"A\": variables[0].name: \"1st\" is not a valid variable name (letters, "
                           "digits and _, not starting with a digit)"_s,
                           u"f: environment \"A\": variables[1].name: a variable needs a name"_s};
        QTest::newRow("wrong types")
            << QByteArray(
                   "[{\"name\": \"A\", \"variables\": [{\"name\": \"X\", \"value\": 3, \"secret\": \"yes\"}]}, 5]")
            << QStringList{u"f: environment \"A\": variables[0].value: expected a string, found a number"_s,
                           u"f: environment \"A\": variables[0].secret: expected true or false, found a string"_s,
                           u"f: environments[1]: expected an object, found a number"_s};
        QTest::newRow("variables not a list")
            << QByteArray("[{\"name\": \"A\", \"variables\": {}}]")
            << QStringList{u"f: environment \"A\": variables: expected a list, found an object"_s};
    }

    void readErrors()
    {
        QFETCH(QByteArray, environments);
        QFETCH(QStringList, expected);
        const LoadResult r = WorkspaceFile::parse("{\"hooksmith\": 1, \"environments\": " + environments + "}");
        QVERIFY(!r.workspace);
        QCOMPARE(formatted(r.problems), expected);
    }

    void validator_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("active");
        QTest::addColumn<QStringList>("expected");
        const QString noEnv = u"{{var:X}} at character 1: {{var:X}} needs an environment, and the workspace has "
                              "none: add one with the variable X"_s;
        QTest::newRow("defined") << u"header"_s << u"{{var:ROOM}}"_s << QString() << QStringList();
        QTest::newRow("defined in chosen") << u"header"_s << u"{{var:ONLY_PROD}}"_s << u"Production"_s << QStringList();
        QTest::newRow("unknown in header")
            << u"header"_s << u"a {{var:NOPE}}"_s << QString()
            << QStringList{u"f: webhook \"Hook\": headers[0].value: {{var:NOPE}} at character 3: the variable NOPE "
                           "is not defined in the environment \"Local\""_s};
        QTest::newRow("only in another environment")
            << u"body"_s << u"{{var:ONLY_PROD}}"_s << QString()
            << QStringList{u"f: webhook \"Hook\": body[0].value: {{var:ONLY_PROD}} at character 1: the variable "
                           "ONLY_PROD is not defined in the environment \"Local\""_s};
        QTest::newRow("unknown in url")
            << u"url"_s << u"https://x.example/{{var:NOPE}}"_s << u"Production"_s
            << QStringList{u"f: webhook \"Hook\": url: {{var:NOPE}} at character 19: the variable NOPE is not "
                           "defined in the environment \"Production\""_s};
        QTest::newRow("unknown in query")
            << u"query"_s << u"{{var:NOPE}}{{var:NOPE}}"_s << QString()
            << QStringList{u"f: webhook \"Hook\": query[0].value: {{var:NOPE}} at character 1: the variable NOPE "
                           "is not defined in the environment \"Local\""_s};
        QTest::newRow("no environments") << u"noenv"_s << u"{{var:X}}"_s << QString()
                                         << QStringList{u"f: webhook \"Hook\": headers[0].value: "_s + noEnv};
        QTest::newRow("chosen does not exist")
            << u"header"_s << u"{{var:ROOM}}"_s << u"Staging"_s
            << QStringList{u"f: the environment \"Staging\" does not exist; the workspace has Local, Production"_s,
                           u"f: webhook \"Hook\": headers[0].value: {{var:ROOM}} at character 1: the environment "
                           "\"Staging\" does not exist (the workspace has Local, Production)"_s};
        QTest::newRow("bad name") << u"header"_s << u"{{var:9x}}"_s << QString()
                                  << QStringList{u"f: webhook \"Hook\": headers[0].value: \"9x\" at character 1 is not "
                                                 "a valid variable name (letters, digits and _, not starting with a "
                                                 "digit)"_s};
        QTest::newRow("preset in a value")
            << u"value"_s << u"{{DEVICE_TOKEN}}"_s << QString()
            << QStringList{u"f: environment \"Local\": variables[2].value: a variable's value may only use "
                           "{{env:NAME}}, not {{DEVICE_TOKEN}} (at character 1)"_s};
        QTest::newRow("variable in a value")
            << u"value"_s << u"x{{var:ROOM}}"_s << QString()
            << QStringList{u"f: environment \"Local\": variables[2].value: a variable's value may only use "
                           "{{env:NAME}}, not {{var:ROOM}} (at character 2)"_s};
        QTest::newRow("password as a variable") << u"password"_s << u"{{var:ROOM}}"_s << QString() << QStringList();
        QTest::newRow("password, unknown variable")
            << u"password"_s << u"{{var:PASS}}"_s << QString()
            << QStringList{u"f: webhook \"Hook\": auth.password: {{var:PASS}} at character 1: the variable PASS is "
                           "not defined in the environment \"Local\""_s};
    }

    void validator()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, active);
        QFETCH(QStringList, expected);
        Workspace ws;
        if (field != u"noenv"_s) {
            ws.environments.append(
                Environment{u"Local"_s,
                            {EnvVariable{u"ROOM"_s, u"kitchen"_s, false, {}}, EnvVariable{u"BASE"_s, u""_s, false, {}},
                             EnvVariable{u"V"_s, field == u"value"_s ? value : u""_s, false, {}}},
                            {}});
            ws.environments.append(Environment{u"Production"_s, {EnvVariable{u"ONLY_PROD"_s, u"p"_s, false, {}}}, {}});
        }
        ws.activeEnvironmentName = active;
        Webhook w = Webhook::createDefault(u"Hook"_s);
        w.url = u"https://hooks.example.com/in"_s;
        w.body.clear();
        if (field == u"url"_s)
            w.url = value;
        else if (field == u"header"_s || field == u"noenv"_s)
            w.headers.append({u"X-V"_s, value, true, {}});
        else if (field == u"body"_s)
            w.body.append(BodyRow{u"v"_s, {}, value, false, true, {}});
        else if (field == u"query"_s)
            w.query.append({u"q"_s, value, true, {}});
        else if (field == u"password"_s)
            w.auth = Auth{AuthType::Basic, u"bob"_s, value, {}};
        ws.webhooks.append(w);
        QStringList errors;
        for (const Problem& p : Validator::validate(ws)) {
            if (p.isError())
                errors.append(p.format(u"f"_s));
        }
        QCOMPARE(errors, expected);
    }

    void missingSecretVariablesAreNamedWhereUsed()
    {
        Workspace ws = loadOrFail(kFile);
        ws.activeEnvironmentName = u"Production"_s;
        QStringList asked;
        const QList<Problem> problems = Validator::missingSecretVariables(ws, [&](const SecretKey& key) {
            asked.append(key.toString());
            return false;
        });
        QCOMPARE(asked, QStringList{u"hooksmith/alice/environments/Production/API_KEY"_s});
        QCOMPARE(formatted(problems),
                 QStringList{u"f: webhook \"Hook\": headers[0].value: the secret variable API_KEY of environment "
                             "\"Production\" has no value: set it in the environments, or give it as {{env:NAME}}"_s});
        QVERIFY(Validator::missingSecretVariables(ws, [](const SecretKey&) { return true; }).isEmpty());
        // In Local the variable reads the process environment: nothing to ask the keychain.
        ws.activeEnvironmentName.clear();
        QVERIFY(Validator::missingSecretVariables(ws, [](const SecretKey&) { return false; }).isEmpty());
    }

    void secretVariablesAreMaskedThroughTheSecretSpans()
    {
        Workspace ws = loadOrFail(kFile);
        const Webhook& w = ws.webhooks[0];
        RenderContext c = contextFor(ws, w);

        // Local: the value comes from the environment, and is masked like any environment value.
        auto local = Renderer::render(c);
        QVERIFY2(local, qPrintable(why(local)));
        QCOMPARE(local->headerValue("X-Key"), QByteArray("Key local-secret"));
        QVERIFY(local->secrets);
        const RenderedRequest shown = local->maskedView();
        QCOMPARE(shown.headerValue("X-Key"), QByteArray("Key ****"));
        QVERIFY(!shown.preview().contains(u"local-secret"_s));
        const auto localMasked = Renderer::renderMasked(c);
        QVERIFY2(localMasked, qPrintable(why(localMasked)));
        QCOMPARE(localMasked->headerValue("X-Key"), QByteArray("Key ****"));

        // Production: the value is in the keychain. Without it a request cannot be made, but can be shown.
        ws.activeEnvironmentName = u"Production"_s;
        const auto missing = Renderer::render(c);
        QVERIFY(!missing);
        QCOMPARE(missing.errorMessage(),
                 u"headers[0] \"X-Key\": the secret variable API_KEY of environment \"Production\" is kept in the OS "
                 "keychain and is not available: set its value, unlock the keychain, or give it as {{env:NAME}} for "
                 "servers"_s);
        const auto masked = Renderer::renderMasked(c);
        QVERIFY2(masked, qPrintable(why(masked)));
        QCOMPARE(masked->headerValue("X-Key"), QByteArray("Key ****"));
        QCOMPARE(masked->target, QByteArray("/rooms/"));

        c.secrets.variables.insert(u"API_KEY"_s, u"prod-secret\u00e9"_s);
        auto real = Renderer::render(c);
        QVERIFY2(real, qPrintable(why(real)));
        QCOMPARE(real->headerValue("X-Key"), u"Key prod-secret\u00e9"_s.toUtf8());
        QCOMPARE(real->maskedView().headerValue("X-Key"), QByteArray("Key ****"));
        const auto maskedWithSecret = Renderer::renderMasked(c);
        QVERIFY2(maskedWithSecret, qPrintable(why(maskedWithSecret)));
        QCOMPARE(maskedWithSecret->headerValue("X-Key"), QByteArray("Key ****"));

        // Bound to an origin like a keychain password: refused for any other.
        c.secrets.variableOrigins.insert(u"API_KEY"_s, *Origin::parse(u"https://other.example:443"_s));
        const auto elsewhere = Renderer::render(c);
        QVERIFY(!elsewhere);
        QVERIFY2(elsewhere.errorMessage().contains(u"https://other.example:443"_s) &&
                     elsewhere.errorMessage().contains(u"https://hooks.example.com:443"_s),
                 qPrintable(elsewhere.errorMessage()));
        c.secrets.variableOrigins.insert(u"API_KEY"_s, *Origin::parse(u"https://hooks.example.com:443"_s));
        QVERIFY(Renderer::render(c));
    }

    void secretVariableInJsonAndPathIsMasked()
    {
        Workspace ws = loadOrFail(kFile);
        ws.activeEnvironmentName = u"Production"_s;
        Webhook w = ws.webhooks[0];
        w.url = u"https://hooks.example.com/k/{{var:API_KEY}}"_s;
        w.headers.clear();
        w.body = {BodyRow{u"key"_s, {}, u"{{var:API_KEY}}"_s, false, true, {}},
                  BodyRow{u"text"_s, {}, u"k={{var:API_KEY}}"_s, false, true, {}}};
        RenderContext c = contextFor(ws, w);
        c.secrets.variables.insert(u"API_KEY"_s, u"a/\"b"_s);
        const auto real = Renderer::render(c);
        QVERIFY2(real, qPrintable(why(real)));
        QCOMPARE(real->target, QByteArray("/k/a%2F%22b"));
        QCOMPARE(real->body, QByteArray("{\"key\":\"a/\\\"b\",\"text\":\"k=a/\\\"b\"}"));
        const RenderedRequest shown = real->maskedView();
        QCOMPARE(shown.target, QByteArray("/k/****"));
        QCOMPARE(shown.body, QByteArray("{\"key\":\"****\",\"text\":\"k=****\"}"));
        QCOMPARE(shown.headerValue("Content-Length"), QByteArray::number(real->body.size()));
    }

    void secretVariableBeforeThePathIsRefused()
    {
        Workspace ws = loadOrFail(kFile);
        Webhook w = ws.webhooks[0];
        w.url = u"https://{{var:API_KEY}}.example.com/"_s;
        const RenderContext c = contextFor(ws, w);
        const auto r = Renderer::render(c);
        QVERIFY(!r);
        QCOMPARE(r.errorMessage(), u"url: the secret variable API_KEY stands before the URL's path, where it would be "
                                   "shown as it is; use it in the path, the query, a header or the body"_s);
    }

    void resolverReadsAndBindsSecretVariables()
    {
        Workspace ws = loadOrFail(kFile);
        ws.activeEnvironmentName = u"Production"_s;
        const Webhook& w = ws.webhooks[0];
        const SecretKey key = SecretKey::forVariable(u"alice"_s, u"Production"_s, u"API_KEY"_s);
        QCOMPARE(SecretResolver::neededKeys(ws, w), QList<SecretKey>{key});
        ws.activeEnvironmentName.clear();
        QVERIFY(SecretResolver::neededKeys(ws, w).isEmpty()); // Local reads {{env:LOCAL_KEY}}
        ws.activeEnvironmentName = u"Production"_s;

        MemorySecretStore store(u"test"_s);
        std::optional<Result<SecretValues>> got;
        auto resolve = [&](std::optional<Origin> useFor) {
            got.reset();
            SecretResolver::resolve(
                store, ws, w, [&](Result<SecretValues> v) { got = std::move(v); }, SecretResolver::Missing::IsError,
                useFor);
            QTRY_VERIFY(got.has_value());
        };
        resolve(std::nullopt);
        QVERIFY(!*got);
        QCOMPARE(got->errorMessage(),
                 u"the secret variable API_KEY of environment \"Production\" is not set in this session: set its value "
                 "in Hooksmith's environments, or give it as {{env:NAME}}. test"_s);

        bool written = false;
        SecretResolver::save(store, key, u"prod-secret"_s, std::nullopt, [&](Status st) { written = bool(st); });
        QTRY_VERIFY(written);
        const Origin origin = *Origin::parse(u"https://hooks.example.com:443"_s);
        resolve(origin);
        QVERIFY2(*got, qPrintable(why(*got)));
        QCOMPARE((*got)->variables.value(u"API_KEY"_s), u"prod-secret"_s);
        QCOMPARE((*got)->variableOrigins.value(u"API_KEY"_s), origin);
        // The first use bound it to the origin, in the store.
        std::optional<QString> entry;
        store.read(key, [&](Result<std::optional<QString>> r) { entry = r ? r.value() : std::nullopt; });
        QTRY_VERIFY(entry.has_value());
        QCOMPARE(StoredSecret::decode(*entry).origin, std::optional<Origin>(origin));
    }
};

QTEST_GUILESS_MAIN(TestEnvironments)
#include "tst_environments.moc"

#include "Renderer.h"
#include "SecretResolver.h"
#include "SecretStore.h"
#include "Signing.h"

#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

const QString kSigningSecret = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;

/// A memory store that records which keys were read, and can answer like a keychain that is missing
/// or refuses access.
class RecordingStore : public SecretStore
{
public:
    bool isPersistent() const override { return m_persistent; }
    QString unavailableReason() const override { return m_reason; }

    void read(const SecretKey& key, ReadDone done) override
    {
        reads.append(key.toString());
        if (failure) {
            QTimer::singleShot(0, this, [done = std::move(done), message = *failure] { done(Error(message)); });
            return;
        }
        m_inner.read(key, std::move(done));
    }
    void write(const SecretKey& key, const QString& value, WriteDone done) override
    {
        m_inner.write(key, value, std::move(done));
    }
    void remove(const SecretKey& key, WriteDone done) override { m_inner.remove(key, std::move(done)); }
    void replaceIf(const SecretKey& key, const std::optional<QString>& expected, const QString& value,
                   ReplaceDone done) override
    {
        m_inner.replaceIf(key, expected, value, std::move(done));
    }

    void setUnavailable(const QString& reason)
    {
        m_persistent = false;
        m_reason = reason;
    }

    QStringList reads;
    std::optional<QString> failure;

private:
    MemorySecretStore m_inner;
    bool m_persistent = true;
    QString m_reason;
};

Workspace workspaceWith(const Webhook& webhook)
{
    Workspace ws;
    ws.userId = u"alice"_s;
    ws.webhooks.append(webhook);
    return ws;
}

Webhook basicAndSigned()
{
    Webhook w = Webhook::createDefault(u"Alarm"_s);
    w.url = u"https://hooks.example.com/alarm"_s;
    w.auth.type = AuthType::Basic;
    w.auth.username = u"bob"_s;
    w.signing.scheme = SigningScheme::StandardWebhooks;
    return w;
}

/// Stores `value` under `key` and waits until the store has it.
void put(SecretStore& store, const SecretKey& key, const QString& value)
{
    bool stored = false;
    store.write(key, value, [&](const Status& st) { stored = st.ok(); });
    QTRY_VERIFY(stored);
}

/// Runs the resolver and waits for its answer; also checks that it never answers inside the call.
Result<SecretValues> resolveAndWait(SecretStore& store, const Workspace& ws, const Webhook& w,
                                    SecretResolver::Missing missing = SecretResolver::Missing::IsError)
{
    std::optional<Result<SecretValues>> result;
    SecretResolver::resolve(
        store, ws, w, [&](Result<SecretValues> r) { result.emplace(std::move(r)); }, missing);
    if (result)
        return Error(u"the resolver answered inside the call"_s);
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return Error(u"the resolver never answered"_s);
    return std::move(*result);
}

} // namespace

class TestSecretResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysAreScopedByWorkspaceAndWebhook()
    {
        Webhook w = basicAndSigned();
        w.id = u"9a1c0000-0000-4000-8000-000000000001"_s;
        Workspace ws = workspaceWith(w);
        QCOMPARE(SecretResolver::keyFor(ws, w, SecretKey::Field::Password).toString(),
                 u"hooksmith/alice/9a1c0000-0000-4000-8000-000000000001/password"_s);
        QCOMPARE(SecretResolver::keyFor(ws, w, SecretKey::Field::SigningSecret).toString(),
                 u"hooksmith/alice/9a1c0000-0000-4000-8000-000000000001/signing-secret"_s);
        ws.userId.clear();
        QCOMPARE(SecretResolver::keyFor(ws, w, SecretKey::Field::Password).toString(),
                 u"hooksmith/default/9a1c0000-0000-4000-8000-000000000001/password"_s);
        QCOMPARE(SecretKey::fieldFromName(u"signing-secret"), SecretKey::Field::SigningSecret);
        QCOMPARE(SecretKey::fieldFromName(u"password"), SecretKey::Field::Password);
        QVERIFY(!SecretKey::fieldFromName(u"secret"));
    }

    void neededKeysAreOnlyTheFieldsTheFileLeavesOut()
    {
        Webhook w = basicAndSigned();
        const Workspace ws = workspaceWith(w);
        QCOMPARE(SecretResolver::neededKeys(ws, w).size(), 2);

        w.signing.secret = u"{{env:HOOK_SECRET}}"_s;
        QCOMPARE(SecretResolver::neededKeys(ws, w),
                 QList<SecretKey>{SecretResolver::keyFor(ws, w, SecretKey::Field::Password)});

        w.auth.type = AuthType::None;
        QVERIFY(SecretResolver::neededKeys(ws, w).isEmpty());

        w.auth.type = AuthType::Basic;
        w.auth.password = u"{{env:HOOK_PASSWORD}}"_s;
        w.signing.secret.reset();
        w.signing.scheme = SigningScheme::None;
        QVERIFY(SecretResolver::neededKeys(ws, w).isEmpty());
    }

    void passwordFromKeychainSecretFromEnvironment()
    {
        Webhook w = basicAndSigned();
        w.signing.secret = u"{{env:HOOK_SECRET}}"_s;
        const Workspace ws = workspaceWith(w);
        RecordingStore store;
        put(store, SecretResolver::keyFor(ws, w, SecretKey::Field::Password), u"kitchen-pass"_s);
        // A stale keychain value for the signing secret must not be asked for: the file wins.
        put(store, SecretResolver::keyFor(ws, w, SecretKey::Field::SigningSecret), u"whsec_stale"_s);

        const auto secrets = resolveAndWait(store, ws, w);
        QVERIFY2(secrets.ok(), qPrintable(secrets.ok() ? QString() : secrets.errorMessage()));
        QCOMPARE(secrets->password, u"kitchen-pass"_s);
        QVERIFY(!secrets->signingSecret);
        QCOMPARE(store.reads, QStringList{SecretResolver::keyFor(ws, w, SecretKey::Field::Password).toString()});

        // What the engine then sends: the keychain password and a signature made with the env secret.
        RenderContext context;
        context.workspace = &ws;
        context.webhook = &ws.webhooks.front();
        context.device = &sampleDevice();
        context.signal.number = 1;
        context.signal.value = JsonValue::integer(7);
        context.signal.receivedAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        context.messageId = u"msg_1"_s;
        context.attemptTime = context.signal.receivedAt;
        context.secrets = *secrets;
        context.env = [](const QString& name) -> std::optional<QString> {
            if (name == u"HOOK_SECRET"_s)
                return kSigningSecret;
            return std::nullopt;
        };
        const auto request = Renderer::render(context);
        QVERIFY2(request.ok(), qPrintable(request.ok() ? QString() : request.errorMessage()));
        QCOMPARE(request->headerValue("Authorization"), "Basic " + QByteArray("bob:kitchen-pass").toBase64());
        QVERIFY(Signer::verifyStandardWebhooks(kSigningSecret, "msg_1", request->headerValue("webhook-timestamp"),
                                               request->body, request->headerValue("webhook-signature"))
                    .ok());
    }

    void bothFromKeychain()
    {
        const Webhook w = basicAndSigned();
        const Workspace ws = workspaceWith(w);
        RecordingStore store;
        put(store, SecretResolver::keyFor(ws, w, SecretKey::Field::Password), u"pw"_s);
        put(store, SecretResolver::keyFor(ws, w, SecretKey::Field::SigningSecret), kSigningSecret);
        const auto secrets = resolveAndWait(store, ws, w);
        QVERIFY(secrets.ok());
        QCOMPARE(secrets->password, u"pw"_s);
        QCOMPARE(secrets->signingSecret, kSigningSecret);
        QCOMPARE(store.reads.size(), 2);
    }

    void missingSecretIsAClearError()
    {
        const Webhook w = basicAndSigned();
        const Workspace ws = workspaceWith(w);
        RecordingStore store;
        put(store, SecretResolver::keyFor(ws, w, SecretKey::Field::Password), u"pw"_s);

        const auto secrets = resolveAndWait(store, ws, w);
        QVERIFY(!secrets.ok());
        QCOMPARE(secrets.errorMessage(), u"the signing secret of webhook \"Alarm\" is not in the keychain: set it in "
                                         "Hooksmith, or use {{env:NAME}}"_s);

        RecordingStore empty;
        const auto none = resolveAndWait(empty, ws, w);
        QVERIFY(!none.ok());
        // The first field in the file's order is named.
        QCOMPARE(
            none.errorMessage(),
            u"the password of webhook \"Alarm\" is not in the keychain: set it in Hooksmith, or use {{env:NAME}}"_s);
    }

    void missingWithoutKeychainSaysWhy()
    {
        const Webhook w = basicAndSigned();
        const Workspace ws = workspaceWith(w);
        RecordingStore store;
        store.setUnavailable(u"No keychain is available (no D-Bus)."_s);
        const auto secrets = resolveAndWait(store, ws, w);
        QVERIFY(!secrets.ok());
        QVERIFY2(secrets.errorMessage().startsWith(u"the password of webhook \"Alarm\" is not set in this session"_s),
                 qPrintable(secrets.errorMessage()));
        QVERIFY(secrets.errorMessage().endsWith(u"No keychain is available (no D-Bus)."_s));
    }

    void storeErrorNamesWebhookAndField()
    {
        const Webhook w = basicAndSigned();
        const Workspace ws = workspaceWith(w);
        RecordingStore store;
        store.failure = u"the keychain refused access (locked): unlock it and try again"_s;
        const auto secrets = resolveAndWait(store, ws, w);
        QVERIFY(!secrets.ok());
        QCOMPARE(secrets.errorMessage(), u"the password of webhook \"Alarm\" could not be read from the keychain: the "
                                         "keychain refused access (locked): unlock it and try again"_s);

        // For a masked preview nothing is required: a refusing keychain gives no values and no error.
        const auto lenient = resolveAndWait(store, ws, w, SecretResolver::Missing::IsAllowed);
        QVERIFY(lenient.ok());
        QVERIFY(!lenient->password && !lenient->signingSecret);
    }

    void missingAllowedReturnsWhatIsThere()
    {
        const Webhook w = basicAndSigned();
        const Workspace ws = workspaceWith(w);
        RecordingStore store;
        put(store, SecretResolver::keyFor(ws, w, SecretKey::Field::SigningSecret), kSigningSecret);
        const auto secrets = resolveAndWait(store, ws, w, SecretResolver::Missing::IsAllowed);
        QVERIFY(secrets.ok());
        QVERIFY(!secrets->password);
        QCOMPARE(secrets->signingSecret, kSigningSecret);
    }

    void nothingNeededAnswersLaterWithoutReading()
    {
        Webhook w = Webhook::createDefault(u"Plain"_s);
        const Workspace ws = workspaceWith(w);
        RecordingStore store;
        const auto secrets = resolveAndWait(store, ws, w);
        QVERIFY(secrets.ok());
        QVERIFY(!secrets->password && !secrets->signingSecret);
        QVERIFY(store.reads.isEmpty());
    }

    void noAnswerAfterTheStoreIsGone_data()
    {
        QTest::addColumn<bool>("needsSecrets");
        QTest::newRow("reads from the store") << true;
        QTest::newRow("nothing to read") << false;
    }

    void noAnswerAfterTheStoreIsGone()
    {
        QFETCH(bool, needsSecrets);
        const Webhook w = needsSecrets ? basicAndSigned() : Webhook::createDefault(u"Plain"_s);
        const Workspace ws = workspaceWith(w);
        auto store = std::make_unique<RecordingStore>();
        bool answered = false;
        SecretResolver::resolve(*store, ws, w, [&](const Result<SecretValues>&) { answered = true; });
        store.reset();
        // Answers are queued events: one queued after the store's would run after them, so once this
        // marker has run, an answer that was going to come would have come.
        bool marker = false;
        QTimer::singleShot(0, this, [&] { marker = true; });
        QTRY_VERIFY(marker);
        QVERIFY(!answered);
    }

    void originsReadAndWriteTheirCanonicalForm_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("origin");
        QTest::newRow("https default port")
            << u"https://Hooks.Example.COM/a?b#c"_s << u"https://hooks.example.com:443"_s;
        QTest::newRow("http default port") << u"http://127.0.0.1/x"_s << u"http://127.0.0.1:80"_s;
        QTest::newRow("explicit port") << u"http://127.0.0.1:8471/hooks"_s << u"http://127.0.0.1:8471"_s;
        QTest::newRow("default port written") << u"https://h.example:443/"_s << u"https://h.example:443"_s;
        QTest::newRow("IPv6") << u"http://[::1]:8080/"_s << u"http://[::1]:8080"_s;
        QTest::newRow("user info is not the origin") << u"https://user@h.example/"_s << u"https://h.example:443"_s;
    }

    void originsReadAndWriteTheirCanonicalForm()
    {
        QFETCH(QString, url);
        QFETCH(QString, origin);
        const std::optional<Origin> o = Origin::fromUrl(QUrl(url));
        QVERIFY(o);
        QCOMPARE(o->toString(), origin);
        QCOMPARE(Origin::parse(origin), o);
    }

    void notOriginsAreRefused()
    {
        QVERIFY(!Origin::fromUrl(QUrl(u"ftp://h.example/"_s)));
        QVERIFY(!Origin::fromUrl(QUrl(u"/relative"_s)));
        for (const QString& text : {u"https://h.example"_s, u"https://h.example:443/"_s, u"https://H.example:443"_s,
                                    u"https://u@h.example:443"_s, u"h.example:443"_s, QString()})
            QVERIFY2(!Origin::parse(text), qPrintable(text));
    }

    void storedSecretsKeepTheirOrigin()
    {
        const Origin origin = *Origin::parse(u"https://hooks.example.com:443"_s);
        for (const QString& value :
             {u"pw"_s, u"with \"quotes\", \\ and \u00e9"_s, QString(), u"{\"hooksmith_secret\":1}"_s}) {
            const QString entry = StoredSecret{value, origin}.encode();
            QVERIFY2(!entry.contains(u'\n'), qPrintable(entry));
            const StoredSecret back = StoredSecret::decode(entry);
            QCOMPARE(back.value, value);
            QCOMPARE(back.origin, origin);
        }
        // Entries written before origins were recorded are the bare secret, whatever it looks like.
        for (const QString& bare :
             {u"hunter2"_s, u"{\"a\":1}"_s, u"{\"hooksmith_secret\":1,\"value\":\"x\"}"_s,
              u"{\"hooksmith_secret\":1,\"origin\":\"https://h.example\",\"value\":\"x\"}"_s,
              u"{\"hooksmith_secret\":2,\"origin\":\"https://h.example:443\",\"value\":\"x\"}"_s}) {
            const StoredSecret back = StoredSecret::decode(bare);
            QCOMPARE(back.value, bare);
            QVERIFY(!back.origin);
        }
        QCOMPARE((StoredSecret{u"pw"_s, std::nullopt}.encode()), u"pw"_s);
    }

    void theRendererRefusesASecretSavedForAnotherOrigin_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("env");   // BASE_URL, for a host from the environment
        QTest::addColumn<QString>("error"); // empty: rendered with the secret
        QTest::newRow("same origin") << u"https://hooks.example.com/alarm"_s << QString() << QString();
        QTest::newRow("other host") << u"https://evil.example/alarm"_s << QString()
                                    << u"saved for https://hooks.example.com:443, but the URL now points to "
                                       "https://evil.example:443"_s;
        QTest::newRow("other port") << u"https://hooks.example.com:8443/alarm"_s << QString()
                                    << u"now points to https://hooks.example.com:8443"_s;
        QTest::newRow("other scheme") << u"http://hooks.example.com/alarm"_s << QString()
                                      << u"now points to http://hooks.example.com:80"_s;
        QTest::newRow("host from the environment, same")
            << u"{{env:BASE_URL}}/alarm"_s << u"https://hooks.example.com"_s << QString();
        QTest::newRow("host from the environment, other")
            << u"{{env:BASE_URL}}/alarm"_s << u"https://evil.example"_s << u"now points to https://evil.example:443"_s;
    }

    void theRendererRefusesASecretSavedForAnotherOrigin()
    {
        QFETCH(QString, url);
        QFETCH(QString, env);
        QFETCH(QString, error);
        Webhook w = basicAndSigned();
        w.url = url;
        const Workspace ws = workspaceWith(w);
        RenderContext c;
        c.workspace = &ws;
        c.webhook = &ws.webhooks[0];
        c.device = &sampleDevice();
        c.signal.number = 1;
        c.signal.value = JsonValue::numberText(u"1"_s);
        c.env = [env](const QString&) -> std::optional<QString> {
            return env;
        };
        const Origin saved = *Origin::parse(u"https://hooks.example.com:443"_s);
        c.secrets = SecretValues{u"pw"_s, kSigningSecret, saved, saved, {}, {}};
        const Result<RenderedRequest> r = Renderer::render(c);
        if (error.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.errorMessage()));
            QCOMPARE(r->headerValue("Authorization"), "Basic " + QByteArray("bob:pw").toBase64());
            QCOMPARE(Renderer::origin(c).value(), saved);
        } else {
            QVERIFY(!r.ok());
            QVERIFY2(r.errorMessage().startsWith(u"auth.password: the basic authentication password in the keychain"_s),
                     qPrintable(r.errorMessage()));
            QVERIFY2(r.errorMessage().contains(error), qPrintable(r.errorMessage()));
            // The signing secret is refused the same way.
            c.webhook = &ws.webhooks[0];
            Webhook signedOnly = ws.webhooks[0];
            signedOnly.auth = {};
            c.webhook = &signedOnly;
            const Result<RenderedRequest> s = Renderer::render(c);
            QVERIFY(!s.ok());
            QVERIFY2(s.errorMessage().startsWith(u"signing.secret: the signing secret in the keychain"_s),
                     qPrintable(s.errorMessage()));
            // A masked render never writes the secret, so it shows the request.
            QVERIFY(Renderer::renderMasked(c).ok());
        }
        // Without an origin (saved before origins were recorded), the secret goes wherever the URL points.
        c.webhook = &ws.webhooks[0];
        c.secrets.passwordOrigin.reset();
        c.secrets.signingSecretOrigin.reset();
        QVERIFY(Renderer::render(c).ok());
    }

    void anOldEntryIsBoundToItsFirstUseOnce()
    {
        RecordingStore store;
        Webhook w = basicAndSigned();
        const Workspace ws = workspaceWith(w);
        const SecretKey password = SecretResolver::keyFor(ws, w, SecretKey::Field::Password);
        const SecretKey signing = SecretResolver::keyFor(ws, w, SecretKey::Field::SigningSecret);
        put(store, password, u"old-style"_s); // the bare value, as before origins were recorded
        const Origin first = *Origin::parse(u"https://hooks.example.com:443"_s);
        put(store, signing, StoredSecret{kSigningSecret, first}.encode());
        auto rawEntry = [&](const SecretKey& key) {
            std::optional<QString> raw;
            bool done = false;
            store.read(key, [&](Result<std::optional<QString>> r) {
                raw = r ? *r : std::nullopt;
                done = true;
            });
            return QTest::qWaitFor([&] { return done; }, 5000) ? raw : std::nullopt;
        };

        // Read for a preview (no origin of use): nothing is bound, nothing written.
        const auto preview = resolveAndWait(store, ws, w);
        QVERIFY(preview.ok());
        QCOMPARE(preview->password, u"old-style"_s);
        QVERIFY(!preview->passwordOrigin);
        QCOMPARE(preview->signingSecretOrigin, first);
        QCOMPARE(rawEntry(password), u"old-style"_s);

        // The first use binds it to the origin it is used for.
        std::optional<Result<SecretValues>> used;
        SecretResolver::resolve(
            store, ws, w, [&](Result<SecretValues> r) { used.emplace(std::move(r)); }, SecretResolver::Missing::IsError,
            first);
        QTRY_VERIFY(used.has_value());
        QVERIFY(used->ok());
        QCOMPARE((*used)->password, u"old-style"_s);
        QCOMPARE((*used)->passwordOrigin, first);
        QCOMPARE(StoredSecret::decode(*rawEntry(password)).origin, first);

        // Once: a use for another origin later does not move it (the renderer refuses it there).
        const Origin other = *Origin::parse(u"https://evil.example:443"_s);
        used.reset();
        SecretResolver::resolve(
            store, ws, w, [&](Result<SecretValues> r) { used.emplace(std::move(r)); }, SecretResolver::Missing::IsError,
            other);
        QTRY_VERIFY(used.has_value());
        QCOMPARE((*used)->passwordOrigin, first);
        QCOMPARE((*used)->signingSecretOrigin, first);
        QCOMPARE(StoredSecret::decode(*rawEntry(password)).origin, first);
        QCOMPARE(StoredSecret::decode(*rawEntry(signing)).origin, first);
    }

    void bindingLeavesAValueSavedMeanwhile()
    {
        RecordingStore store;
        Webhook w = basicAndSigned();
        w.signing.scheme = SigningScheme::None;
        const Workspace ws = workspaceWith(w);
        const SecretKey password = SecretResolver::keyFor(ws, w, SecretKey::Field::Password);
        put(store, password, StoredSecret{u"old"_s, std::nullopt}.encode());
        const Origin origin = *Origin::parse(u"https://hooks.example.com:443"_s);

        // A first use reads the unbound entry; before it binds it, the user saves a new value.
        std::optional<Result<SecretValues>> used;
        SecretResolver::resolve(
            store, ws, w, [&](Result<SecretValues> r) { used.emplace(std::move(r)); }, SecretResolver::Missing::IsError,
            origin);
        bool saved = false;
        SecretResolver::save(store, password, u"new"_s, std::nullopt, [&](const Status& st) { saved = st.ok(); });
        QTRY_VERIFY(used.has_value() && saved);
        QVERIFY(used->ok());
        // The use sends what it read, unbound; the new value stays, to be bound at its own first use.
        QCOMPARE((*used)->password, u"old"_s);
        QVERIFY(!(*used)->passwordOrigin);
        std::optional<QString> raw;
        store.read(password, [&](Result<std::optional<QString>> r) { raw = r ? *r : std::nullopt; });
        QTRY_VERIFY(raw.has_value());
        QCOMPARE(StoredSecret::decode(*raw).value, u"new"_s);
        QVERIFY(!StoredSecret::decode(*raw).origin);

        used.reset();
        SecretResolver::resolve(
            store, ws, w, [&](Result<SecretValues> r) { used.emplace(std::move(r)); }, SecretResolver::Missing::IsError,
            origin);
        QTRY_VERIFY(used.has_value());
        QCOMPARE((*used)->password, u"new"_s);
        QCOMPARE((*used)->passwordOrigin, origin);
    }

    void originOfAWebhookUsesItsDeviceAndEnvironment()
    {
        Webhook w = basicAndSigned();
        w.url = u"{{env:BASE_URL}}/in/{{DEVICE_TOKEN}}"_s;
        Workspace ws = workspaceWith(w);
        const auto env = [](const QString& name) -> std::optional<QString> {
            if (name == u"BASE_URL"_s)
                return u"http://10.0.0.5:9000"_s;
            return std::nullopt;
        };
        QCOMPARE(SecretResolver::originOf(ws, ws.webhooks[0], env)->toString(), u"http://10.0.0.5:9000"_s);
        const auto unset = SecretResolver::originOf(ws, ws.webhooks[0], [](const QString&) { return std::nullopt; });
        QVERIFY(!unset.ok());
        QVERIFY2(unset.errorMessage().contains(u"BASE_URL"_s), qPrintable(unset.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestSecretResolver)
#include "tst_secretresolver.moc"

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
};

QTEST_GUILESS_MAIN(TestSecretResolver)
#include "tst_secretresolver.moc"

// Keychain secrets bound to the origin they were saved for, against the real OS keychain (gnome-keyring
// in a private D-Bus session; scripts/test sets one up): `secret set`, `send`, `render --show-secrets` and
// `relay` as child processes, two local receivers as the two origins, and the app's confirmation through
// the WorkspaceDocument API its button calls. Without a D-Bus session the test is skipped, visibly.
#include "LocalReceiver.h"
#include "SecretOrigin.h"
#include "SecretResolver.h"
#include "SecretStoreFactory.h"
#include "SecretsTestSupport.h"
#include "TestSupport.h"
#include "WorkspaceDocument.h"
#include "WorkspaceFile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

const QString kWebhookId = u"6c2e9d10-0000-4000-8000-00000000a11e"_s;

Result<std::optional<QString>> readNow(SecretStore& store, const SecretKey& key)
{
    std::optional<Result<std::optional<QString>>> result;
    store.read(key, [&](Result<std::optional<QString>> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return Error(u"the keychain did not answer within 30 s"_s);
    return std::move(*result);
}

Status writeNow(SecretStore& store, const SecretKey& key, const QString& value)
{
    std::optional<Status> result;
    store.write(key, value, [&](Status st) { result.emplace(std::move(st)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return Error(u"the keychain did not answer within 30 s"_s);
    return std::move(*result);
}

Status removeNow(SecretStore& store, const SecretKey& key)
{
    std::optional<Status> result;
    store.remove(key, [&](Status st) { result.emplace(std::move(st)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return Error(u"the keychain did not answer within 30 s"_s);
    return std::move(*result);
}

QByteArray authorization(const ReceivedRequest& r)
{
    for (const auto& [name, value] : r.headers) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString originOf(const LocalReceiver& receiver)
{
    return Origin::fromUrl(receiver.url())->toString();
}

} // namespace

class TestKeychainOrigin : public QObject
{
    Q_OBJECT

    std::unique_ptr<SecretStore> m_store;
    QTemporaryDir m_dir;
    QString m_scope; ///< unique per run, so that parallel runs and old entries never interfere
    QString m_path;
    SecretKey m_key;
    LocalReceiver m_a;
    LocalReceiver m_b;
    QString m_secret;

    Workspace workspaceTo(const LocalReceiver& receiver) const
    {
        Workspace ws;
        ws.userId = m_scope;
        ws.devices = {Device{u"tok-door"_s, u"Door board"_s, {}, {}}};
        Webhook w = Webhook::createDefault(u"Door"_s);
        w.id = kWebhookId;
        w.url = receiver.url().toString() + u"/door"_s;
        w.devices = {u"tok-door"_s};
        w.auth.type = AuthType::Basic;
        w.auth.username = u"bob"_s;
        w.delivery.maxAttempts = 3;
        ws.webhooks = {w};
        return ws;
    }

    /// Points the webhook's URL at `receiver`: the workspace file as someone else may hand it over.
    void pointAt(const LocalReceiver& receiver)
    {
        QVERIFY(WorkspaceFile::save(m_path, workspaceTo(receiver), true).ok());
    }

    test::ChildResult cli(const QStringList& args, const QByteArray& input = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOOKSMITH_DATA_DIR"_s, m_dir.filePath(u"data"_s));
        return test::runChild(test::builtProgram(u"bin/hooksmith-cli"_s), args, env, input);
    }

    test::ChildResult send() { return cli({u"send"_s, m_path, u"-w"_s, u"Door"_s, u"-s"_s, u"1"_s, u"-v"_s, u"1"_s}); }

    std::optional<StoredSecret> entry()
    {
        const auto r = readNow(*m_store, m_key);
        if (!r || !r.value())
            return std::nullopt;
        return StoredSecret::decode(*r.value());
    }

    QByteArray expectedAuthorization() const { return "Basic " + (u"bob:"_s + m_secret).toUtf8().toBase64(); }

    /// Refused with both origins named, and nothing reached `receiver`.
    void verifyRefused(const test::ChildResult& r, const LocalReceiver& saved, const LocalReceiver& now, int code)
    {
        QCOMPARE(r.code, code);
        const QString text = r.err;
        QVERIFY2(text.contains(u"the basic authentication password in the keychain was saved for %1, but the URL now "
                               "points to %2"_s.arg(originOf(saved), originOf(now))),
                 qPrintable(text));
        QVERIFY(!r.out.contains(m_secret) && !r.err.contains(m_secret));
        QCOMPARE(now.requests().size(), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session, so no keychain to test against: run the tests with scripts/test, which starts "
                  "a private D-Bus session with an unlocked gnome-keyring");
        QVERIFY(m_dir.isValid());
        m_store.reset(createSecretStore(nullptr));
        m_scope = u"origin-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_key = SecretKey{m_scope, kWebhookId, SecretKey::Field::Password};
        const Status probe = writeNow(*m_store, m_key, u"probe"_s);
        if (!m_store->isPersistent()) {
            const QString why = u"The D-Bus session offers no usable keychain: "_s + m_store->unavailableReason();
            if (test::testKeyringExpected())
                QFAIL(qPrintable(why + u" (scripts/test started an unlocked gnome-keyring for it)"_s));
            QSKIP(qPrintable(why));
        }
        QVERIFY2(probe.ok(), qPrintable(probe.ok() ? QString() : probe.errorMessage()));
        QVERIFY(removeNow(*m_store, m_key).ok());
        QVERIFY(m_a.listen());
        QVERIFY(m_b.listen());
        QVERIFY(originOf(m_a) != originOf(m_b)); // the same host, another port
        m_path = m_dir.filePath(u"door.hooksmith.json"_s);
        m_secret = test::uniqueSecret();
    }

    void init()
    {
        m_a.clear();
        m_b.clear();
    }

    void cleanupTestCase()
    {
        if (m_store && m_store->isPersistent())
            removeNow(*m_store, m_key);
    }

    void savedForAnOriginAndRefusedForAnother()
    {
        pointAt(m_a);
        const test::ChildResult set =
            cli({u"secret"_s, u"set"_s, m_path, u"-w"_s, u"Door"_s, u"--field"_s, u"password"_s}, m_secret.toUtf8());
        QCOMPARE(set.code, 0);
        QVERIFY2(set.out.contains(u"in the keychain, for %1."_s.arg(originOf(m_a))), qPrintable(set.out));
        QCOMPARE(entry()->origin, Origin::fromUrl(m_a.url()));
        QCOMPARE(entry()->value, m_secret);

        const test::ChildResult sent = send();
        QVERIFY2(sent.code == 0, qPrintable(sent.err));
        QCOMPARE(m_a.requests().size(), 1);
        QCOMPARE(authorization(m_a.requests().front()), expectedAuthorization());

        // The same webhook id in a file that sends elsewhere: refused by every command, both origins named.
        pointAt(m_b);
        verifyRefused(
            cli({u"render"_s, m_path, u"-w"_s, u"Door"_s, u"-s"_s, u"1"_s, u"-v"_s, u"1"_s, u"--show-secrets"_s}), m_a,
            m_b, 2);
        verifyRefused(send(), m_a, m_b, 2);
        const test::ChildResult get =
            cli({u"secret"_s, u"get"_s, m_path, u"-w"_s, u"Door"_s, u"--field"_s, u"password"_s});
        QCOMPARE(get.code, 0);
        QCOMPARE(get.out, u"****\n"_s);
        QVERIFY2(get.err.contains(u"saved for %1, but the URL now points to %2"_s.arg(originOf(m_a), originOf(m_b))),
                 qPrintable(get.err));

        // The relay's delivery fails at once, as a request that cannot be made: no retry, nothing sent.
        const test::ChildResult relay =
            cli({u"relay"_s, m_path, u"--stdin"_s, u"--in-memory"_s, u"-d"_s, u"tok-door"_s}, "@signal 1 1\n");
        verifyRefused(relay, m_a, m_b, 1);
        QVERIFY2(relay.err.contains(u"the request cannot be made"_s), qPrintable(relay.err));
        QVERIFY2(relay.err.contains(u"0 delivered, 1 failed"_s), qPrintable(relay.err));
        // The entry still says where the user saved it.
        QCOMPARE(entry()->origin, Origin::fromUrl(m_a.url()));
    }

    void confirmedInTheAppItGoesToTheNewOrigin()
    {
        // As the app does it: the document reads the entry, shows the problem, and the user confirms.
        WorkspaceDocument doc(m_store.get());
        const LoadResult loaded = WorkspaceFile::load(m_path);
        QVERIFY(loaded.workspace);
        doc.reset(*loaded.workspace, m_path);
        QSignalSpy changed(&doc, &WorkspaceDocument::secretChanged);
        doc.fetchSecret(doc.secretKey(0, SecretKey::Field::Password));
        QVERIFY(changed.wait(30000));
        const auto mismatch = doc.secretOriginMismatch(0, SecretKey::Field::Password);
        QVERIFY(mismatch);
        QCOMPARE(mismatch->first.toString(), originOf(m_a));
        QCOMPARE(mismatch->second.toString(), originOf(m_b));
        const bool listed = std::any_of(doc.problems().cbegin(), doc.problems().cend(), [&](const Problem& p) {
            return p.field == u"auth.password"_s && p.message.contains(originOf(m_a)) &&
                   p.message.contains(originOf(m_b));
        });
        QVERIFY(listed);

        QVERIFY(doc.confirmSecretOrigin(0, SecretKey::Field::Password));
        QTRY_COMPARE_WITH_TIMEOUT(entry().value_or(StoredSecret{}).origin, Origin::fromUrl(m_b.url()), 30000);
        QCOMPARE(entry()->value, m_secret);
        QVERIFY(!doc.secretOriginMismatch(0, SecretKey::Field::Password));
        QVERIFY(!doc.confirmSecretOrigin(0, SecretKey::Field::Password)); // nothing left to confirm

        const test::ChildResult sent = send();
        QVERIFY2(sent.code == 0, qPrintable(sent.err));
        QCOMPARE(m_b.requests().size(), 1);
        QCOMPARE(authorization(m_b.requests().front()), expectedAuthorization());
        QCOMPARE(m_a.requests().size(), 0);
    }

    void setAgainItGoesToTheNewOrigin()
    {
        pointAt(m_a);
        verifyRefused(send(), m_b, m_a, 2);
        const test::ChildResult set =
            cli({u"secret"_s, u"set"_s, m_path, u"-w"_s, u"Door"_s, u"--field"_s, u"password"_s}, m_secret.toUtf8());
        QCOMPARE(set.code, 0);
        QCOMPARE(entry()->origin, Origin::fromUrl(m_a.url()));
        const test::ChildResult sent = send();
        QVERIFY2(sent.code == 0, qPrintable(sent.err));
        QCOMPARE(m_a.requests().size(), 1);
    }

    void anOldEntryTakesTheOriginOfItsFirstUseOnce()
    {
        // Written as Hooksmith wrote it before origins were recorded: the bare secret.
        QVERIFY(writeNow(*m_store, m_key, m_secret).ok());
        QVERIFY(!entry()->origin);
        pointAt(m_a);
        const test::ChildResult get =
            cli({u"secret"_s, u"get"_s, m_path, u"-w"_s, u"Door"_s, u"--field"_s, u"password"_s, u"--reveal"_s});
        QCOMPARE(get.out, m_secret + u'\n');
        QVERIFY2(get.err.contains(u"saved before Hooksmith recorded origins"_s), qPrintable(get.err));
        QVERIFY(!entry()->origin); // looking at it is not a use

        const test::ChildResult sent = send();
        QVERIFY2(sent.code == 0, qPrintable(sent.err));
        QCOMPARE(m_a.requests().size(), 1);
        QCOMPARE(authorization(m_a.requests().front()), expectedAuthorization());
        QCOMPARE(entry()->origin, Origin::fromUrl(m_a.url()));
        QCOMPARE(entry()->value, m_secret);

        // Bound from now on.
        pointAt(m_b);
        verifyRefused(send(), m_a, m_b, 2);
        QCOMPARE(entry()->origin, Origin::fromUrl(m_a.url()));
    }
};

QTEST_MAIN(TestKeychainOrigin)
#include "tst_keychain_origin.moc"

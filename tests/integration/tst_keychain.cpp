// The secret store against the real OS keychain: gnome-keyring's Secret Service in a private D-Bus
// session (scripts/test sets one up). Without a D-Bus session the test is skipped, visibly.
#include "KeychainSecretStore.h"
#include "SecretResolver.h"
#include "SecretStoreFactory.h"
#include "SecretsTestSupport.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

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

QString describe(const Result<std::optional<QString>>& r)
{
    if (!r)
        return u"error: "_s + r.errorMessage();
    return r.value() ? u"a value"_s : u"nothing"_s;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

    std::unique_ptr<SecretStore> m_store;
    QString m_scope; ///< unique per run, so that parallel runs and old entries never interfere
    QList<SecretKey> m_written;

    SecretKey key(const QString& webhookId, SecretKey::Field field = SecretKey::Field::Password,
                  const QString& scope = {})
    {
        SecretKey k{scope.isEmpty() ? m_scope : scope, webhookId, field};
        m_written.append(k);
        return k;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session, so no keychain to test against: run the tests with scripts/test, which starts "
                  "a private D-Bus session with an unlocked gnome-keyring");
        m_store.reset(createSecretStore(nullptr));
        QVERIFY(m_store->isPersistent());
        m_scope = u"test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const Status probe = writeNow(*m_store, key(u"probe"_s), u"probe"_s);
        if (!m_store->isPersistent()) {
            const QString why = u"The D-Bus session offers no usable keychain: "_s + m_store->unavailableReason();
            if (test::testKeyringExpected())
                QFAIL(qPrintable(why + u" (scripts/test started an unlocked gnome-keyring for it)"_s));
            QSKIP(qPrintable(why));
        }
        QVERIFY2(probe.ok(), qPrintable(u"The keychain refused a write (is the login keyring unlocked?): "_s +
                                        (probe.ok() ? QString() : probe.errorMessage())));
    }

    void cleanupTestCase()
    {
        if (!m_store || !m_store->isPersistent())
            return;
        for (const SecretKey& k : std::as_const(m_written))
            removeNow(*m_store, k);
    }

    void storeReadOverwriteDelete()
    {
        QSignalSpy persistence(m_store.get(), &SecretStore::persistenceChanged);
        const SecretKey k = key(u"webhook-a"_s);
        const QString value = u"pässwörd with spaces & \"quotes\" €"_s;
        QVERIFY(writeNow(*m_store, k, value).ok());
        QCOMPARE(readNow(*m_store, k).value(), value);

        QVERIFY(writeNow(*m_store, k, u"second"_s).ok());
        QCOMPARE(readNow(*m_store, k).value(), u"second"_s);

        QVERIFY(removeNow(*m_store, k).ok());
        const auto gone = readNow(*m_store, k);
        QVERIFY2(gone.ok() && !gone.value(), qPrintable(describe(gone)));
        // Deleting what is not there is not an error either.
        QVERIFY(removeNow(*m_store, k).ok());

        QVERIFY(m_store->isPersistent());
        QVERIFY(m_store->unavailableReason().isEmpty());
        QCOMPARE(persistence.count(), 0);
    }

    void secretVariableIsKeptUnderItsEnvironmentAndBoundOnFirstUse()
    {
        Workspace ws;
        ws.userId = m_scope;
        ws.environments = {Environment{u"Production"_s, {EnvVariable{u"API_KEY"_s, {}, true, {}}}, {}}};
        Webhook w = Webhook::createDefault(u"Hook"_s);
        w.url = u"https://hooks.example.com/in"_s;
        w.headers = {NameValueRow{u"X-Api-Key"_s, u"{{var:API_KEY}}"_s, true, {}}};
        ws.webhooks = {w};
        const SecretKey k = SecretResolver::variableKey(ws, u"Production"_s, u"API_KEY"_s);
        m_written.append(k);
        QCOMPARE(k.toString(), u"hooksmith/"_s + m_scope + u"/environments/Production/API_KEY"_s);

        std::optional<Status> saved;
        SecretResolver::save(*m_store, k, u"k€y \"1\""_s, std::nullopt, [&](Status st) { saved.emplace(st); });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 30000);
        QVERIFY(saved->ok());

        const Origin origin = *Origin::parse(u"https://hooks.example.com:443"_s);
        std::optional<Result<SecretValues>> resolved;
        SecretResolver::resolve(
            *m_store, ws, ws.webhooks[0], [&](Result<SecretValues> v) { resolved.emplace(std::move(v)); },
            SecretResolver::Missing::IsError, origin);
        QTRY_VERIFY_WITH_TIMEOUT(resolved.has_value(), 30000);
        QVERIFY2(resolved->ok(), qPrintable(resolved->ok() ? QString() : resolved->errorMessage()));
        QCOMPARE((*resolved)->variables.value(u"API_KEY"_s), u"k€y \"1\""_s);
        // The keychain entry now records the origin of its first use.
        const auto entry = readNow(*m_store, k);
        QVERIFY2(entry.ok() && entry.value(), qPrintable(describe(entry)));
        QCOMPARE(StoredSecret::decode(*entry.value()).origin, std::optional<Origin>(origin));

        RenderContext c;
        c.workspace = &ws;
        c.webhook = &ws.webhooks[0];
        c.device = &sampleDevice();
        c.signal.number = 1;
        c.signal.value = JsonValue::numberText(u"1"_s);
        c.signal.receivedAt = QDateTime::currentDateTimeUtc();
        c.secrets = std::move(resolved->value());
        const auto r = Renderer::render(c);
        QVERIFY(r.ok());
        QCOMPARE(r->headerValue("X-Api-Key"), u"k€y \"1\""_s.toUtf8());
        QCOMPARE(r->maskedView().headerValue("X-Api-Key"), QByteArray("****"));
    }

    void missingEntryReadsAsNothing()
    {
        const auto r = readNow(*m_store, key(u"never-written"_s, SecretKey::Field::SigningSecret));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QVERIFY(!r.value());
        QVERIFY(m_store->isPersistent());
    }

    void keysScopedByWorkspaceAndWebhookDoNotCollide()
    {
        const QString otherScope = m_scope + u"-other"_s;
        const SecretKey a = key(u"webhook-1"_s);
        const SecretKey sameWebhookOtherWorkspace = key(u"webhook-1"_s, SecretKey::Field::Password, otherScope);
        const SecretKey otherWebhook = key(u"webhook-2"_s);
        const SecretKey otherField = key(u"webhook-1"_s, SecretKey::Field::SigningSecret);
        QVERIFY(writeNow(*m_store, a, u"a"_s).ok());
        QVERIFY(writeNow(*m_store, sameWebhookOtherWorkspace, u"b"_s).ok());
        QVERIFY(writeNow(*m_store, otherWebhook, u"c"_s).ok());
        QVERIFY(writeNow(*m_store, otherField, u"d"_s).ok());
        QCOMPARE(readNow(*m_store, a).value(), u"a"_s);
        QCOMPARE(readNow(*m_store, sameWebhookOtherWorkspace).value(), u"b"_s);
        QCOMPARE(readNow(*m_store, otherWebhook).value(), u"c"_s);
        QCOMPARE(readNow(*m_store, otherField).value(), u"d"_s);

        QVERIFY(removeNow(*m_store, a).ok());
        QVERIFY(!readNow(*m_store, a).value());
        QCOMPARE(readNow(*m_store, sameWebhookOtherWorkspace).value(), u"b"_s);
    }

    void proxyPasswordHasAKeyOfItsOwn()
    {
        // One key for the app, outside every workspace's scope; a value there before is put back.
        const SecretKey proxy = SecretKey::forProxyPassword();
        QCOMPARE(proxy.toString(), u"hooksmith/preferences/proxy/password"_s);
        const auto before = readNow(*m_store, proxy);
        QVERIFY2(before.ok(), qPrintable(describe(before)));
        const SecretKey webhookPassword = key(u"proxy"_s);
        QVERIFY(writeNow(*m_store, webhookPassword, u"webhook's"_s).ok());
        QVERIFY(writeNow(*m_store, proxy, u"proxy pässword"_s).ok());
        QCOMPARE(readNow(*m_store, proxy).value(), u"proxy pässword"_s);
        QCOMPARE(readNow(*m_store, webhookPassword).value(), u"webhook's"_s);
        if (before.value())
            QVERIFY(writeNow(*m_store, proxy, *before.value()).ok());
        else
            QVERIFY(removeNow(*m_store, proxy).ok());
    }

    void writeThenReadSeesTheNewValue()
    {
        // Issued together, without waiting in between: the read must see the last write, the reads
        // after the removal nothing, and the answers come back in the order of the calls.
        const SecretKey k = key(u"ordering"_s);
        QStringList events;
        std::optional<QString> afterWrites;
        std::optional<QString> afterRemove = u"not answered"_s;
        bool removedRead = false;
        m_store->write(k, u"one"_s, [&](const Status& st) { events.append(st ? u"w1"_s : st.errorMessage()); });
        m_store->write(k, u"two"_s, [&](const Status& st) { events.append(st ? u"w2"_s : st.errorMessage()); });
        m_store->read(k, [&](const Result<std::optional<QString>>& r) {
            events.append(u"r1"_s);
            if (r)
                afterWrites = r.value();
        });
        m_store->remove(k, [&](const Status& st) { events.append(st ? u"d"_s : st.errorMessage()); });
        m_store->read(k, [&](const Result<std::optional<QString>>& r) {
            events.append(u"r2"_s);
            removedRead = true;
            afterRemove = r ? r.value() : std::optional<QString>(r.errorMessage());
        });
        QVERIFY(events.isEmpty()); // never answered inside the call
        QTRY_VERIFY_WITH_TIMEOUT(removedRead, 30000);
        QCOMPARE(events, (QStringList{u"w1"_s, u"w2"_s, u"r1"_s, u"d"_s, u"r2"_s}));
        QCOMPARE(afterWrites, u"two"_s);
        QVERIFY(!afterRemove);
    }

    void aWriteFromACallbackRunsAfterIt()
    {
        const SecretKey k = key(u"reentrant"_s);
        std::optional<QString> seen;
        bool done = false;
        m_store->write(k, u"first"_s, [&](const Status&) {
            m_store->write(k, u"second"_s, [&](const Status&) {
                m_store->read(k, [&](const Result<std::optional<QString>>& r) {
                    seen = r ? r.value() : std::nullopt;
                    done = true;
                });
            });
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(seen, u"second"_s);
    }

    void replaceIfWritesOnlyOverWhatItExpects()
    {
        const SecretKey k = key(u"replace"_s);
        auto replaceNow = [&](const std::optional<QString>& expected, const QString& value) {
            std::optional<Result<bool>> result;
            m_store->replaceIf(k, expected, value, [&](Result<bool> r) { result.emplace(std::move(r)); });
            return QTest::qWaitFor([&] { return result.has_value(); }, 30000)
                       ? *result
                       : Result<bool>(Error(u"the keychain did not answer within 30 s"_s));
        };
        // Absent, as expected: written.
        QCOMPARE(replaceNow(std::nullopt, u"one"_s).value(), true);
        QCOMPARE(readNow(*m_store, k).value(), u"one"_s);
        // Something else than expected: left as it is.
        QCOMPARE(replaceNow(u"other"_s, u"two"_s).value(), false);
        QCOMPARE(replaceNow(std::nullopt, u"two"_s).value(), false);
        QCOMPARE(readNow(*m_store, k).value(), u"one"_s);
        QCOMPARE(replaceNow(u"one"_s, u"two"_s).value(), true);
        QCOMPARE(readNow(*m_store, k).value(), u"two"_s);

        // A write queued before it is seen by it, and one queued after it wins: nothing runs in between.
        std::optional<Result<bool>> first;
        std::optional<Result<bool>> second;
        m_store->write(k, u"three"_s, [](const Status&) {});
        m_store->replaceIf(k, u"two"_s, u"stale"_s, [&](Result<bool> r) { first.emplace(std::move(r)); });
        m_store->replaceIf(k, u"three"_s, u"four"_s, [&](Result<bool> r) { second.emplace(std::move(r)); });
        m_store->write(k, u"five"_s, [](const Status&) {});
        std::optional<QString> last;
        m_store->read(k, [&](Result<std::optional<QString>> r) { last = r ? r.value() : std::nullopt; });
        QTRY_VERIFY_WITH_TIMEOUT(last.has_value(), 30000);
        QCOMPARE(first->value(), false);
        QCOMPARE(second->value(), true);
        QCOMPARE(last, u"five"_s);
    }

    void probeLeavesAWorkingKeychainInUse()
    {
        KeychainSecretStore store;
        QSignalSpy persistence(&store, &SecretStore::persistenceChanged);
        store.probe();
        // QtKeychain runs one job at a time, in order: once this read is answered, the probe was too.
        const auto r = readNow(store, key(u"after-probe"_s));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QVERIFY(store.isPersistent());
        QCOMPARE(persistence.count(), 0);
    }

    void cliSecretSetThenGetRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"ws.hooksmith.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::secretsWorkspace(m_scope));
        f.close();
        m_written.append(SecretKey{m_scope, u"4b0f6a52-1d1e-4c55-9a52-5f2f3b0c0001"_s, SecretKey::Field::Password});

        const QString cli = test::builtProgram(u"bin/hooksmith-cli"_s);
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString secret = test::uniqueSecret();
        const QStringList target{path, u"-w"_s, u"Door"_s, u"--field"_s, u"password"_s};

        const test::ChildResult set =
            test::runChild(cli, QStringList{u"secret"_s, u"set"_s} + target, env, secret.toUtf8() + '\n');
        QVERIFY(set.finished);
        QCOMPARE(set.code, 0);
        QVERIFY2(set.out.contains(
                     u"Saved the password of webhook \"Door\" in the keychain, for https://hooks.example.com:443."_s),
                 qPrintable(set.out));
        QVERIFY(!set.out.contains(secret) && !set.err.contains(secret));

        const test::ChildResult masked = test::runChild(cli, QStringList{u"secret"_s, u"get"_s} + target, env);
        QCOMPARE(masked.code, 0);
        QCOMPARE(masked.out, u"****\n"_s);

        const test::ChildResult revealed =
            test::runChild(cli, QStringList{u"secret"_s, u"get"_s} + target + QStringList{u"--reveal"_s}, env);
        QCOMPARE(revealed.code, 0);
        QCOMPARE(revealed.out, secret + u'\n');

        // The store the app uses sees what the CLI wrote, under the workspace's scope, saved for the
        // origin of the webhook's URL.
        const StoredSecret entry = StoredSecret::decode(*readNow(*m_store, m_written.last()).value());
        QCOMPARE(entry.value, secret);
        QCOMPARE(entry.origin, Origin::parse(u"https://hooks.example.com:443"_s));

        // render --show-secrets reads the keychain: the header carries the secret the CLI stored.
        const auto render = test::runCli(
            {u"render"_s, path, u"-w"_s, u"Door"_s, u"-s"_s, u"1"_s, u"-v"_s, u"20"_s, u"--show-secrets"_s});
        QCOMPARE(render.code, 0);
        const QByteArray expected = "Authorization: Basic " + (u"bob:"_s + secret).toUtf8().toBase64();
        QVERIFY2(render.out.contains(QString::fromLatin1(expected)), qPrintable(render.out + render.err));
        const auto maskedRender =
            test::runCli({u"render"_s, path, u"-w"_s, u"Door"_s, u"-s"_s, u"1"_s, u"-v"_s, u"20"_s});
        QCOMPARE(maskedRender.code, 0);
        QVERIFY(maskedRender.out.contains(u"Authorization: Basic ****\n"_s));
        QVERIFY(!maskedRender.out.contains(secret));

        const test::ChildResult removed = test::runChild(cli, QStringList{u"secret"_s, u"delete"_s} + target, env);
        QCOMPARE(removed.code, 0);
        const test::ChildResult after = test::runChild(cli, QStringList{u"secret"_s, u"get"_s} + target, env);
        QCOMPARE(after.code, 2);
        QCOMPARE(after.out, QString());
        QVERIFY2(after.err.contains(u"is not set"), qPrintable(after.err));

        // Without the secret, --show-secrets says which one is missing and what to do.
        const auto missing = test::runCli(
            {u"render"_s, path, u"-w"_s, u"Door"_s, u"-s"_s, u"1"_s, u"-v"_s, u"20"_s, u"--show-secrets"_s});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(u"the password of webhook \"Door\" is not in the keychain: set it in "
                                      "Hooksmith, or use {{env:NAME}}"_s),
                 qPrintable(missing.err));
    }

    void cliSecretVariableSetGetDelete()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"env.hooksmith.json"_s);
        auto writeWorkspace = [&](const QString& secondUrl) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(test::secretVariableWorkspace(m_scope, secondUrl));
        };
        writeWorkspace(u"https://hooks.example.com/copy"_s);
        const SecretKey k = SecretKey::forVariable(m_scope, u"Production"_s, u"API_KEY"_s);
        m_written.append(k);
        const QString cli = test::builtProgram(u"bin/hooksmith-cli"_s);
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString secret = test::uniqueSecret();
        const QStringList target{path, u"--env"_s, u"Production"_s, u"--var"_s, u"API_KEY"_s};

        // The value comes from standard input, never from the command line.
        const test::ChildResult set =
            test::runChild(cli, QStringList{u"secret"_s, u"set"_s} + target, env, secret.toUtf8() + '\n');
        QCOMPARE(set.code, 0);
        QVERIFY2(set.out.contains(u"Saved the secret variable API_KEY of environment \"Production\" in the keychain, "
                                  "for https://hooks.example.com:443."_s),
                 qPrintable(set.out + set.err));
        QVERIFY(!set.out.contains(secret) && !set.err.contains(secret));
        // Where the app looks for it, saved for the one server the webhooks that use it send to.
        StoredSecret entry = StoredSecret::decode(*readNow(*m_store, k).value());
        QCOMPARE(entry.value, secret);
        QCOMPARE(entry.origin, Origin::parse(u"https://hooks.example.com:443"_s));

        const test::ChildResult masked = test::runChild(cli, QStringList{u"secret"_s, u"get"_s} + target, env);
        QCOMPARE(masked.code, 0);
        QCOMPARE(masked.out, u"****\n"_s);
        const test::ChildResult revealed =
            test::runChild(cli, QStringList{u"secret"_s, u"get"_s} + target + QStringList{u"--reveal"_s}, env);
        QCOMPARE(revealed.out, secret + u'\n');

        const auto render = test::runCli({u"render"_s, path, u"-w"_s, u"Reading"_s, u"-s"_s, u"1"_s, u"-v"_s, u"1"_s,
                                          u"--env"_s, u"Production"_s, u"--show-secrets"_s});
        QCOMPARE(render.code, 0);
        QVERIFY2(render.out.contains(u"X-Api-Key: "_s + secret + u'\n'), qPrintable(render.out + render.err));

        // The variable of Local is not secret: its value in the file is what is sent, and get says so.
        const test::ChildResult local =
            test::runChild(cli, {u"secret"_s, u"get"_s, path, u"--env"_s, u"Local"_s, u"--var"_s, u"API_KEY"_s}, env);
        QCOMPARE(local.code, 2);
        QVERIFY2(local.err.contains(u"is not secret: its value in the workspace file is used"_s),
                 qPrintable(local.err));

        // Used towards two servers: saved without one, and bound by its first use.
        writeWorkspace(u"https://other.example.net/copy"_s);
        const test::ChildResult unbound =
            test::runChild(cli, QStringList{u"secret"_s, u"set"_s} + target, env, secret.toUtf8());
        QCOMPARE(unbound.code, 0);
        QVERIFY2(unbound.out.contains(u"its first use binds it to the server it is sent to"_s),
                 qPrintable(unbound.out));
        entry = StoredSecret::decode(*readNow(*m_store, k).value());
        QCOMPARE(entry.value, secret);
        QVERIFY(!entry.origin);
        const test::ChildResult note = test::runChild(cli, QStringList{u"secret"_s, u"get"_s} + target, env);
        QCOMPARE(note.code, 0);
        QVERIFY2(note.err.contains(u"is not bound to a server yet"_s), qPrintable(note.err));

        const test::ChildResult removed = test::runChild(cli, QStringList{u"secret"_s, u"delete"_s} + target, env);
        QCOMPARE(removed.code, 0);
        QVERIFY(!readNow(*m_store, k).value());
        const test::ChildResult gone = test::runChild(cli, QStringList{u"secret"_s, u"get"_s} + target, env);
        QCOMPARE(gone.code, 2);
        QVERIFY2(gone.err.contains(u"the secret variable API_KEY of environment \"Production\" is not set"_s),
                 qPrintable(gone.err));
    }

    void cliSetChecksASigningSecretBeforeStoringIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ws.hooksmith.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::secretsWorkspace(m_scope));
        f.close();
        const SecretKey k{m_scope, u"4b0f6a52-1d1e-4c55-9a52-5f2f3b0c0002"_s, SecretKey::Field::SigningSecret};
        m_written.append(k);
        const QString cli = test::builtProgram(u"bin/hooksmith-cli"_s);
        const QStringList args{u"secret"_s, u"set"_s, path, u"-w"_s, u"Signed"_s, u"--field"_s, u"signing-secret"_s};

        const test::ChildResult bad =
            test::runChild(cli, args, QProcessEnvironment::systemEnvironment(), "not-a-whsec-secret");
        QCOMPARE(bad.code, 2);
        QVERIFY(!bad.err.contains(u"not-a-whsec-secret"_s));
        QVERIFY(!readNow(*m_store, k).value());

        const QString good = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;
        const test::ChildResult ok = test::runChild(cli, args, QProcessEnvironment::systemEnvironment(), good.toUtf8());
        QCOMPARE(ok.code, 0);
        QCOMPARE(StoredSecret::decode(*readNow(*m_store, k).value()).value, good);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"

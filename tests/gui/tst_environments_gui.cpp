// Environments in the app: the toolbar switcher changes what the preview shows and what Send puts on the
// wire (to the built-in receiver), without an undo step; the environments and workspace settings dialogs
// edit the file as undoable steps, with secret values going to the secret store.
#include "GuiTestSupport.h"
#include "Inspector.h"
#include "LocalReceiver.h"
#include "PreviewPanel.h"
#include "ReceiverPanel.h"
#include "SecretResolver.h"
#include "SecretStoreFactory.h"
#include "WorkspaceDocument.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using hooksmith::test::AppFixture;

class TestEnvironmentsGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<SecretStore> keychain; ///< the real keychain, for the tests that use it
    std::unique_ptr<AppFixture> f;
    QList<SecretKey> keychainKeys; ///< entries a test wrote to the real keychain, removed afterwards

    void startApp(SecretStore* secrets = nullptr)
    {
        f = std::make_unique<AppFixture>(secrets);
        QVERIFY(f->window.openFile(Paths::demoWorkspace()));
        f->window.show();
        QCOMPARE(f->window.currentWebhook(), 0); // "Local receiver"
        // The receiver starts when its tab is opened (or at the first Send to it).
        f->window.inspector()->showPanel(f->window.receiverPanel());
        QVERIFY(f->window.receiverPanel()->isListening());
    }

    /// Sends the selected webhook and returns what the built-in receiver got.
    ReceivedRequest sendAndReceive()
    {
        ReceiverPanel* receiver = f->window.receiverPanel();
        const int before = receiver->model()->rowCount();
        auto* send = f->window.preview()->findChild<QPushButton*>(u"sendButton"_s);
        if (!send)
            return {};
        send->click();
        if (!QTest::qWaitFor([&] { return receiver->model()->rowCount() == before + 1; }, 15000))
            return {};
        return receiver->model()->request(before);
    }

    static QByteArray header(const ReceivedRequest& r, QByteArrayView name)
    {
        for (const auto& [n, v] : r.headers) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { initResources(); }
    void cleanup()
    {
        f.reset();
        for (const SecretKey& key : std::exchange(keychainKeys, {})) {
            if (!keychain)
                break;
            bool removed = false;
            keychain->remove(key, [&](const Status&) { removed = true; });
            QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
        }
        keychain.reset();
    }

    void switchingChangesThePreviewAndTheWire()
    {
        startApp();
        WorkspaceDocument* doc = f->window.document();
        const QString base = f->window.receiverPanel()->webhookUrl();
        QVERIFY(base.startsWith(u"http://127.0.0.1:"_s));
        const QString origin = QUrl(base).adjusted(QUrl::RemovePath).toString();

        // Two environments; the token is a secret variable kept in the secret store.
        const QList<Environment> environments = {
            Environment{u"Local"_s,
                        {EnvVariable{u"ROOM"_s, u"kitchen"_s, false, {}}, EnvVariable{u"TOKEN"_s, {}, true, {}}},
                        {}},
            Environment{u"Production"_s,
                        {EnvVariable{u"ROOM"_s, u"a/b c&d"_s, false, {}}, EnvVariable{u"TOKEN"_s, {}, true, {}}},
                        {}},
        };
        doc->editEnvironments(environments,
                              {SecretEdit{doc->variableKey(u"Local"_s, u"TOKEN"_s), {}, u"local-secret"_s},
                               SecretEdit{doc->variableKey(u"Production"_s, u"TOKEN"_s), {}, u"prod-secret"_s}});
        QVERIFY(doc->editWebhook(0, u"Use variables"_s, {}, [&](Webhook& w) {
            w.url = origin + u"/rooms/{{var:ROOM}}"_s;
            w.headers = {NameValueRow{u"X-Token"_s, u"{{var:TOKEN}}"_s, true, {}}};
        }));

        auto* combo = f->find<QComboBox>("environmentComboBox");
        QVERIFY(combo);
        QTRY_COMPARE(combo->count(), 2);
        QCOMPARE(combo->currentText(), u"Local"_s);
        // Wide enough for every entry, not cut off.
        for (int i = 0; i < combo->count(); ++i)
            QVERIFY2(combo->sizeHint().width() > combo->fontMetrics().horizontalAdvance(combo->itemText(i)),
                     qPrintable(combo->itemText(i)));

        PreviewPanel* preview = f->window.preview();
        QTRY_VERIFY2(preview->previewText().startsWith(u"POST /rooms/kitchen HTTP/1.1\n"_s),
                     qPrintable(preview->previewText()));
        QVERIFY(preview->previewText().contains(u"\nX-Token: ****\n"_s));
        QVERIFY(!preview->previewText().contains(u"secret"_s));

        ReceivedRequest got = sendAndReceive();
        QCOMPARE(got.path, QByteArray("/rooms/kitchen"));
        QCOMPARE(header(got, "X-Token"), QByteArray("local-secret"));

        // Switching is a choice of this session: no undo step, the document stays as it was.
        const int undoSteps = doc->undoStack()->count();
        const bool modified = doc->isModified();
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentText(), u"Production"_s);
        QCOMPARE(doc->workspace().activeEnvironment()->name, u"Production"_s);
        QCOMPARE(doc->undoStack()->count(), undoSteps);
        QCOMPARE(doc->isModified(), modified);
        QCOMPARE(f->config.get(ConfigKeys::ActiveEnvironments).value(doc->path()).toString(), u"Production"_s);

        QTRY_VERIFY2(preview->previewText().startsWith(u"POST /rooms/a%2Fb%20c%26d HTTP/1.1\n"_s),
                     qPrintable(preview->previewText()));
        QVERIFY(preview->previewText().contains(u"\nX-Token: ****\n"_s));
        got = sendAndReceive();
        QCOMPARE(got.path, QByteArray("/rooms/a%2Fb%20c%26d"));
        QCOMPARE(header(got, "X-Token"), QByteArray("prod-secret"));

        // An undo of an edit keeps the chosen environment.
        doc->undoStack()->undo();
        QCOMPARE(doc->workspace().activeEnvironment()->name, u"Production"_s);
        doc->undoStack()->redo();

        // The secret variable was bound to the receiver's origin by its first use.
        std::optional<QString> entry;
        f->store.read(doc->variableKey(u"Production"_s, u"TOKEN"_s),
                      [&](Result<std::optional<QString>> r) { entry = r ? r.value() : std::nullopt; });
        QTRY_VERIFY(entry.has_value());
        QCOMPARE(StoredSecret::decode(*entry).value, u"prod-secret"_s);
        QCOMPARE(StoredSecret::decode(*entry).origin, Origin::fromUrl(QUrl(base)));
    }

    void sendRightAfterSettingASecretValue_data()
    {
        QTest::addColumn<bool>("realKeychain");
        QTest::newRow("memory") << false;
        QTest::newRow("keychain") << true;
    }

    // The value typed in Edit > Environments… is on its way to the store when Send is clicked at once: the
    // send reads it after it is written, and binds it to the receiver's origin.
    void sendRightAfterSettingASecretValue()
    {
        QFETCH(bool, realKeychain);
        const QString scope = u"send-race-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (realKeychain) {
            if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
                QSKIP("No D-Bus session, so no keychain to test against: run the tests with scripts/test");
            keychain.reset(createSecretStore(nullptr));
            std::optional<Status> probe;
            keychain->write(SecretKey::forVariable(scope, u"probe"_s, u"P"_s), u"p"_s,
                            [&](Status st) { probe.emplace(std::move(st)); });
            keychainKeys.append(SecretKey::forVariable(scope, u"probe"_s, u"P"_s));
            QTRY_VERIFY_WITH_TIMEOUT(probe.has_value(), 10000);
            if (!keychain->isPersistent())
                QSKIP(qPrintable(u"The D-Bus session offers no usable keychain: "_s + keychain->unavailableReason()));
            QVERIFY2(probe->ok(), qPrintable(probe->ok() ? QString() : probe->errorMessage()));
        }
        startApp(keychain.get());
        WorkspaceDocument* doc = f->window.document();
        const QString origin = QUrl(f->window.receiverPanel()->webhookUrl()).adjusted(QUrl::RemovePath).toString();
        // A user id of its own, so that nothing in the keychain from another run answers for it.
        QVERIFY(doc->editWorkspace(u"Set the user id"_s, WorkspaceDocument::Change::Everything,
                                   [&](Workspace& ws) { ws.userId = scope; }));
        doc->editEnvironments({Environment{u"Local"_s, {EnvVariable{u"TOKEN"_s, {}, true, {}}}, {}}}, {});
        const SecretKey key = doc->variableKey(u"Local"_s, u"TOKEN"_s);
        keychainKeys.append(key);
        QVERIFY(doc->editWebhook(0, u"Use the token"_s, {}, [&](Webhook& w) {
            w.url = origin + u"/race"_s;
            w.headers = {NameValueRow{u"X-Token"_s, u"{{var:TOKEN}}"_s, true, {}}};
        }));
        auto* send = f->window.preview()->findChild<QPushButton*>(u"sendButton"_s);
        QVERIFY(send);
        // No value yet: Send is blocked by the problem.
        QTRY_VERIFY_WITH_TIMEOUT(!send->isEnabled(), 10000);

        f->window.findChild<QAction*>(u"actionEditEnvironments"_s)->trigger();
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = f->window.findChild<QDialog*>(u"environmentsDialog"_s)) && dialog->isVisible());
        auto* table = dialog->findChild<QTableWidget*>(u"variableTableWidget"_s);
        QCOMPARE(table->rowCount(), 1);
        table->setCurrentCell(0, 1);
        table->editItem(table->item(0, 1));
        auto* editor = table->findChild<QLineEdit*>(u"secretValueLineEdit"_s);
        QVERIFY(editor);
        const QString secret = u"typed-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QTest::keyClicks(editor, secret);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(table->item(0, 1)->text(), u"••••••••"_s);
        dialog->findChild<QDialogButtonBox*>(u"environmentsButtonBox"_s)->button(QDialogButtonBox::Ok)->click();

        // Send as soon as the window lets it: the value is still on its way to the store.
        std::optional<AttemptReport> report;
        connect(f->window.runtime(), &AppRuntime::attemptFinished, this,
                [&](const AttemptReport& r) { report.emplace(r); });
        ReceiverPanel* receiver = f->window.receiverPanel();
        const int before = receiver->model()->rowCount();
        QTRY_VERIFY(send->isEnabled());
        send->click();
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 15000);
        QVERIFY2(report->sent && report->result.outcome == AttemptResult::Outcome::Success,
                 qPrintable(report->summary));
        QTRY_COMPARE(receiver->model()->rowCount(), before + 1);
        const ReceivedRequest got = receiver->model()->request(before);
        QCOMPARE(got.path, QByteArray("/race"));
        QCOMPARE(header(got, "X-Token"), secret.toUtf8());

        // The send bound the new value to the receiver's origin.
        std::optional<QString> entry;
        doc->secretStore()->read(key, [&](Result<std::optional<QString>> r) { entry = r ? r.value() : std::nullopt; });
        QTRY_VERIFY_WITH_TIMEOUT(entry.has_value(), 10000);
        QCOMPARE(StoredSecret::decode(*entry).value, secret);
        QCOMPARE(StoredSecret::decode(*entry).origin, Origin::fromUrl(QUrl(origin)));
    }

    void missingSecretVariableIsAProblem()
    {
        startApp();
        WorkspaceDocument* doc = f->window.document();
        doc->editEnvironments({Environment{u"Only"_s, {EnvVariable{u"KEY"_s, {}, true, {}}}, {}}}, {});
        QVERIFY(doc->editWebhook(0, u"Use a key"_s, {}, [&](Webhook& w) {
            w.headers = {NameValueRow{u"X-Key"_s, u"{{var:KEY}}"_s, true, {}}};
        }));
        auto hasProblem = [&] {
            for (const Problem& p : doc->problems()) {
                if (p.field == u"headers[0].value"_s &&
                    p.message.startsWith(u"the secret variable KEY of environment \"Only\" has no value"_s))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(hasProblem());
        doc->editEnvironments(doc->workspace().environments,
                              {SecretEdit{doc->variableKey(u"Only"_s, u"KEY"_s), {}, u"k"_s}});
        QTRY_VERIFY(!hasProblem());
    }

    void environmentsDialogEditsAsOneUndoStep()
    {
        startApp();
        WorkspaceDocument* doc = f->window.document();
        auto* action = f->window.findChild<QAction*>(u"actionEditEnvironments"_s);
        QVERIFY(action);
        action->trigger();
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = f->window.findChild<QDialog*>(u"environmentsDialog"_s)) && dialog->isVisible());
        auto* list = dialog->findChild<QListWidget*>(u"environmentListWidget"_s);
        auto* table = dialog->findChild<QTableWidget*>(u"variableTableWidget"_s);
        QVERIFY(list && table);
        QCOMPARE(list->count(), 0);

        dialog->findChild<QPushButton*>(u"addEnvironmentButton"_s)->click();
        QCOMPARE(list->count(), 1);
        list->item(0)->setText(u"Staging"_s);
        dialog->findChild<QPushButton*>(u"addVariableButton"_s)->click();
        QCOMPARE(table->rowCount(), 1);
        table->item(0, 0)->setText(u"API_KEY"_s);
        table->item(0, 2)->setCheckState(Qt::Checked);
        // The value of a secret is typed masked.
        table->setCurrentCell(0, 1);
        table->editItem(table->item(0, 1));
        auto* editor = table->findChild<QLineEdit*>(u"secretValueLineEdit"_s);
        QVERIFY(editor);
        QCOMPARE(editor->echoMode(), QLineEdit::Password);
        QTest::keyClicks(editor, u"typed-secret"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        // The editor commits from the event loop.
        QTRY_COMPARE(table->item(0, 1)->text(), u"••••••••"_s);

        const int undoSteps = doc->undoStack()->count();
        dialog->findChild<QDialogButtonBox*>(u"environmentsButtonBox"_s)->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(doc->undoStack()->count(), undoSteps + 1);
        QCOMPARE(doc->workspace().environments.size(), 1);
        const Environment& staging = doc->workspace().environments.front();
        QCOMPARE(staging.name, u"Staging"_s);
        QCOMPARE(staging.variables.size(), 1);
        QCOMPARE(staging.variables.front().name, u"API_KEY"_s);
        QVERIFY(staging.variables.front().secret);
        QCOMPARE(staging.variables.front().value, std::nullopt);
        const SecretKey key = doc->variableKey(u"Staging"_s, u"API_KEY"_s);
        QVERIFY2(doc->cachedSecret(key) == std::optional<QString>(u"typed-secret"_s),
                 qPrintable(doc->cachedSecret(key).value_or(u"(none)"_s)));
        auto* combo = f->find<QComboBox>("environmentComboBox");
        QTRY_COMPARE(combo->currentText(), u"Staging"_s);

        doc->undoStack()->undo();
        QVERIFY(doc->workspace().environments.isEmpty());
        QCOMPARE(doc->cachedSecret(key), std::nullopt);
        QTRY_VERIFY(!combo->isEnabled());
    }

    void userIdIsEditable()
    {
        startApp();
        WorkspaceDocument* doc = f->window.document();
        const QString before = doc->workspace().userId;
        f->window.findChild<QAction*>(u"actionWorkspaceSettings"_s)->trigger();
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = f->window.findChild<QDialog*>(u"workspaceSettingsDialog"_s)) && dialog->isVisible());
        auto* edit = dialog->findChild<QLineEdit*>(u"userIdLineEdit"_s);
        QCOMPARE(edit->text(), before);
        edit->clear();
        QTest::keyClicks(edit, u"carol"_s);
        dialog->accept();
        // With nothing in the keychain to move, it changes as soon as the keychain has said so.
        QTRY_COMPARE(doc->workspace().userId, u"carol"_s);
        QVERIFY(!f->window.findChild<QMessageBox*>(u"moveSecretsMessageBox"_s));
        // USER_ID in the preview follows.
        QVERIFY(doc->editWebhook(0, u"Send the user"_s, {}, [](Webhook& w) {
            w.headers = {NameValueRow{u"X-User"_s, u"{{USER_ID}}"_s, true, {}}};
        }));
        QTRY_VERIFY(f->window.preview()->previewText().contains(u"\nX-User: carol\n"_s));
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QCOMPARE(doc->workspace().userId, before);
    }

    void changingTheUserIdOffersToMoveSecrets_data()
    {
        QTest::addColumn<bool>("move");
        QTest::newRow("move") << true;
        QTest::newRow("leave") << false;
    }

    void changingTheUserIdOffersToMoveSecrets()
    {
        QFETCH(bool, move);
        startApp();
        WorkspaceDocument* doc = f->window.document();
        doc->editEnvironments({Environment{u"Local"_s, {EnvVariable{u"TOKEN"_s, {}, true, {}}}, {}}}, {});
        const QString before = doc->workspace().userId;
        Workspace carol = doc->workspace();
        carol.userId = u"carol"_s;
        const Webhook& first = doc->workspace().webhooks[0];
        const Webhook& second = doc->workspace().webhooks[1];
        const Origin saved = *Origin::parse(u"https://hooks.example.com:443"_s);
        // Under the old user id: a password saved for a server (which need not be the URL's now) and a secret
        // variable not bound yet. Under the new one, a signing secret of its own, which stays.
        const QList<std::pair<SecretKey, QString>> old = {
            {SecretResolver::keyFor(doc->workspace(), first, SecretKey::Field::Password),
             StoredSecret{u"pw"_s, saved}.encode()},
            {doc->variableKey(u"Local"_s, u"TOKEN"_s), StoredSecret{u"tok"_s, std::nullopt}.encode()},
            {SecretResolver::keyFor(doc->workspace(), second, SecretKey::Field::SigningSecret),
             StoredSecret{u"whsec_old"_s, saved}.encode()},
        };
        const std::pair<SecretKey, QString> taken{
            SecretResolver::keyFor(carol, second, SecretKey::Field::SigningSecret),
            StoredSecret{u"whsec_carol"_s, saved}.encode()};
        for (const auto& [key, entry] : old + QList{taken})
            f->store.write(key, entry, [](const Status&) {});
        auto entry = [&](const SecretKey& key) {
            std::optional<std::optional<QString>> value;
            f->store.read(key, [&](Result<std::optional<QString>> r) { value = r ? *r : std::nullopt; });
            return QTest::qWaitFor([&] { return value.has_value(); }, 5000) ? *value : u"(no answer)"_s;
        };
        auto moved = [&](const SecretKey& key) {
            SecretKey k = key;
            k.workspaceScope = u"carol"_s;
            return k;
        };

        f->window.findChild<QAction*>(u"actionWorkspaceSettings"_s)->trigger();
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = f->window.findChild<QDialog*>(u"workspaceSettingsDialog"_s)) && dialog->isVisible());
        auto* edit = dialog->findChild<QLineEdit*>(u"userIdLineEdit"_s);
        edit->clear();
        QTest::keyClicks(edit, u"carol"_s);
        dialog->findChild<QDialogButtonBox*>(u"workspaceSettingsButtonBox"_s)->button(QDialogButtonBox::Ok)->click();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = dialog->findChild<QMessageBox*>(u"moveSecretsMessageBox"_s)) && box->isVisible());
        QVERIFY2(box->text().contains(u"2 secret(s) of this workspace under the user id \"%1\""_s.arg(before)),
                 qPrintable(box->text()));
        QVERIFY2(box->informativeText().contains(u"1 other secret(s) are kept under \"carol\" already"_s),
                 qPrintable(box->informativeText()));
        QCOMPARE(doc->workspace().userId, before); // nothing changes before the answer
        box->findChild<QPushButton*>(move ? u"moveSecretsButton"_s : u"leaveSecretsButton"_s)->click();
        QCOMPARE(doc->workspace().userId, u"carol"_s);
        doc->flushSecrets();

        if (move) {
            // Moved as they were stored, origins included; the one the new user id had stays, and so does
            // its counterpart under the old one.
            for (int i = 0; i < 2; ++i) {
                QCOMPARE(entry(moved(old[i].first)), old[i].second);
                QCOMPARE(entry(old[i].first), std::nullopt);
            }
        } else {
            for (int i = 0; i < 2; ++i) {
                QCOMPARE(entry(old[i].first), old[i].second);
                QCOMPARE(entry(moved(old[i].first)), std::nullopt);
            }
        }
        QCOMPARE(entry(old[2].first), old[2].second);
        QCOMPARE(entry(taken.first), taken.second);

        // One undo step takes the user id and the secrets back.
        doc->undoStack()->undo();
        QCOMPARE(doc->workspace().userId, before);
        doc->flushSecrets();
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(entry(old[i].first), old[i].second);
            QCOMPARE(entry(moved(old[i].first)), std::nullopt);
        }
        QCOMPARE(entry(taken.first), taken.second);
    }
};

QTEST_MAIN(TestEnvironmentsGui)
#include "tst_environments_gui.moc"

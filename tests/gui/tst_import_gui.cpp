// Paste of a curl command in the webhook list and File > Import, driven as a user does, offscreen.
#include "GuiTestSupport.h"
#include "ImportDialog.h"
#include "WorkspaceDocument.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using test::AppFixture;

namespace {

QMessageBox* messageBox(const QString& objectName)
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* box = qobject_cast<QMessageBox*>(w); box && box->objectName() == objectName && box->isVisible())
            return box;
    }
    return nullptr;
}

ImportDialog* importDialog()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* d = qobject_cast<ImportDialog*>(w); d && d->isVisible())
            return d;
    }
    return nullptr;
}

} // namespace

class TestImportGui : public QObject
{
    Q_OBJECT

    int webhookCount() const { return int(f->window.document()->workspace().webhooks.size()); }

private Q_SLOTS:
    void initTestCase() { initResources(); }

    void init()
    {
        f = std::make_unique<AppFixture>();
        QVERIFY(f->window.openFile(Paths::demoWorkspace()));
        f->window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f->window));
    }

    void cleanup()
    {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (qobject_cast<QMessageBox*>(w) || qobject_cast<ImportDialog*>(w))
                w->close();
        }
        f->window.document()->undoStack()->setClean();
        f.reset();
    }

    void pasteInTheWebhookListAddsOneUndoableWebhook()
    {
        const int before = webhookCount();
        const int undoIndex = f->window.document()->undoStack()->index();
        QGuiApplication::clipboard()->setText(
            u"curl 'https://hooks.example.com/door?room=hall' -u 'bob:open sesame' \\\n  --json '{\"state\": "
            "\"open\", \"device\": \"{{DEVICE_TOKEN}}\"}'"_s);
        auto* list = f->find<QListView>("webhookListView");
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);

        QCOMPARE(webhookCount(), before + 1);
        const Webhook& w = f->window.document()->workspace().webhooks.last();
        QCOMPARE(w.name, u"POST hooks.example.com/door"_s);
        QCOMPARE(w.format, BodyFormat::Json);
        QCOMPARE(w.body.size(), 2);
        QCOMPARE(w.query.size(), 1);
        QCOMPARE(w.auth.type, AuthType::Basic);
        QVERIFY(!w.auth.password); // in the secret store, not in the file
        QCOMPARE(f->window.currentWebhook(), before);
        const SecretKey key = f->window.document()->secretKey(before, SecretKey::Field::Password);
        QCOMPARE(f->window.document()->cachedSecret(key), std::optional<QString>(u"open sesame"_s));
        QVERIFY(!messageBox(u"importWarningsMessageBox"_s)); // nothing was lost
        QVERIFY(!messageBox(u"errorMessageBox"_s));

        // One undo step takes it back, webhook and password.
        QUndoStack* undo = f->window.document()->undoStack();
        QCOMPARE(undo->index(), undoIndex + 1);
        undo->undo();
        QCOMPARE(webhookCount(), before);
        QCOMPARE(f->window.document()->cachedSecret(key), std::nullopt);
        undo->redo();
        QCOMPARE(webhookCount(), before + 1);
        QCOMPARE(f->window.document()->cachedSecret(key), std::optional<QString>(u"open sesame"_s));
    }

    void pastedScriptBringsItsVariables()
    {
        // A curl export script: the variables it sets become an environment, in the same undo step.
        const Workspace& ws = f->window.document()->workspace();
        QVERIFY(ws.environments.isEmpty());
        const int before = webhookCount();
        QGuiApplication::clipboard()->setText(
            u"#!/bin/sh\n# Sends the request of the Hooksmith webhook \"Room\" with curl.\nROOM=${ROOM-'hall 2'}\n"
            "set -eu\n: \"${HOOK_KEY?set HOOK_KEY}\"\nprintf '%s' '@'\"${ROOM}\" |\n  curl https://e.com/x \\\n"
            "  --header 'Content-Type: text/plain' \\\n  --header \"X-Key: ${HOOK_KEY}\" \\\n  --data-binary @-\n"_s);
        f->find<QAction>("actionPasteCurl")->trigger();
        QCOMPARE(webhookCount(), before + 1);
        const Webhook& w = f->window.document()->workspace().webhooks.last();
        QCOMPARE(w.name, u"Room"_s);
        QCOMPARE(w.customBody, u"@{{var:ROOM}}"_s);
        QCOMPARE(w.headers.value(0).value, u"{{env:HOOK_KEY}}"_s);
        QCOMPARE(f->window.document()->workspace().environmentNames(), QStringList{u"Imported"_s});
        QCOMPARE(*f->window.document()->workspace().environments.front().variable(u"ROOM")->value, u"hall 2"_s);
        QMessageBox* box = messageBox(u"importWarningsMessageBox"_s);
        QVERIFY(box);
        QVERIFY2(box->detailedText().contains(u"the environment \"Imported\" was added with the variables ROOM"_s) ||
                     box->informativeText().contains(u"the environment \"Imported\" was added"_s) ||
                     box->text().contains(u"the environment \"Imported\" was added"_s),
                 qPrintable(box->text() + box->informativeText() + box->detailedText()));
        box->close();

        f->window.document()->undoStack()->undo();
        QCOMPARE(webhookCount(), before);
        QVERIFY(f->window.document()->workspace().environments.isEmpty());
    }

    void pasteShortcutBelongsToTheWebhookList()
    {
        const int before = webhookCount();
        QGuiApplication::clipboard()->setText(u"curl https://hooks.example.com/x"_s);
        auto* search = f->find<QLineEdit>("webhookFilterLineEdit");
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClick(search, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(webhookCount(), before);

        // The Edit menu's item works from anywhere.
        auto* action = f->find<QAction>("actionPasteCurl");
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+V"_s));
        action->trigger();
        QCOMPARE(webhookCount(), before + 1);
    }

    void pasteShortcutIsUnique()
    {
        const QKeySequence paste(u"Ctrl+Shift+V"_s);
        int owners = 0;
        for (const QAction* a : f->window.findChildren<QAction*>()) {
            if (a->shortcuts().contains(paste))
                ++owners;
        }
        for (const QShortcut* s : f->window.findChildren<QShortcut*>()) {
            if (s->keys().contains(paste))
                ++owners;
        }
        QCOMPARE(owners, 1);
    }

    void pasteOfSomethingElseSaysWhy()
    {
        const int before = webhookCount();
        const int undoIndex = f->window.document()->undoStack()->index();
        QGuiApplication::clipboard()->setText(u"curl -F 'photo=@cat.jpg' https://hooks.example.com/up"_s);
        f->find<QAction>("actionPasteCurl")->trigger();
        QTRY_VERIFY(messageBox(u"errorMessageBox"_s));
        QVERIFY2(messageBox(u"errorMessageBox"_s)->text().contains(u"-F sends multipart/form-data"_s),
                 qPrintable(messageBox(u"errorMessageBox"_s)->text()));
        messageBox(u"errorMessageBox"_s)->close();
        QGuiApplication::clipboard()->setText(u"just some text"_s);
        f->find<QAction>("actionPasteCurl")->trigger();
        QTRY_VERIFY(messageBox(u"errorMessageBox"_s));
        QVERIFY(messageBox(u"errorMessageBox"_s)->text().contains(u"no curl command"_s));
        QCOMPARE(webhookCount(), before);
        QCOMPARE(f->window.document()->undoStack()->index(), undoIndex);
    }

    void importPostmanCollection()
    {
        const int before = webhookCount();
        f->find<QAction>("actionImport")->trigger();
        QTRY_VERIFY(importDialog());
        ImportDialog* dialog = importDialog();
        QTest::mouseClick(dialog->findChild<QRadioButton*>(u"postmanRadioButton"_s), Qt::LeftButton, {}, QPoint(5, 5));
        auto* file = dialog->findChild<QLineEdit*>(u"postmanFileLineEdit"_s);
        QVERIFY(file->isEnabled());
        QTest::keyClicks(file, test::dataPath(u"import/greenhouse.postman_collection.json"_s));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

        QTRY_COMPARE(webhookCount(), before + 4);
        QTRY_VERIFY(!importDialog());
        QCOMPARE(f->window.document()->workspace().webhooks[before].name, u"Alerts / Temperature high"_s);
        QCOMPARE(f->window.currentWebhook(), before);
        QTRY_VERIFY(messageBox(u"importWarningsMessageBox"_s));
        QVERIFY(messageBox(u"importWarningsMessageBox"_s)->informativeText().contains(u"oauth2 authentication"_s));

        f->window.document()->undoStack()->undo();
        QCOMPARE(webhookCount(), before);
    }

    void importErrorKeepsTheDialogAndItsText()
    {
        const int before = webhookCount();
        f->find<QAction>("actionImport")->trigger();
        QTRY_VERIFY(importDialog());
        ImportDialog* dialog = importDialog();
        auto* edit = dialog->findChild<QPlainTextEdit*>(u"curlPlainTextEdit"_s);
        const QString typed = u"curl --frobnicate https://hooks.example.com"_s;
        QTest::keyClicks(edit, typed);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        auto* error = dialog->findChild<QLabel*>(u"importErrorLabel"_s);
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"unknown curl option --frobnicate"_s), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(edit->toPlainText(), typed);
        QCOMPARE(webhookCount(), before);

        // Fixed in place, it imports.
        edit->setPlainText(u"curl -d 'a=1' https://hooks.example.com/form"_s);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(webhookCount(), before + 1);
        QCOMPARE(f->window.document()->workspace().webhooks.last().format, BodyFormat::Form);
    }

private:
    std::unique_ptr<AppFixture> f;
};

QTEST_MAIN(TestImportGui)
#include "tst_import_gui.moc"

#include "GuiTestSupport.h"
#include "Inspector.h"
#include "PreviewPanel.h"
#include "Sidebar.h"
#include "TemplateEdits.h"
#include "WebhookTableModels.h"
#include "WorkspaceDocument.h"
#include "WorkspaceFile.h"
#include "WorkspaceModels.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using hooksmith::test::AppFixture;
using hooksmith::test::chooseComboData;

namespace {

QStringList lockedNames(const NameValueTableModel* model)
{
    QStringList out;
    for (int r = 0; r < model->lockedCount(); ++r)
        out.append(model->index(r, NameValueTableModel::NameColumn).data().toString());
    return out;
}

QString lockedValue(const NameValueTableModel* model, const QString& name)
{
    for (int r = 0; r < model->lockedCount(); ++r) {
        if (model->index(r, NameValueTableModel::NameColumn).data().toString() == name)
            return model->index(r, NameValueTableModel::ValueColumn).data().toString();
    }
    return {};
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppFixture> f;

    NameValueTableModel* headers() const
    {
        return static_cast<NameValueTableModel*>(f->find<QTableView>("headersTableView")->model());
    }
    QString preview() const { return f->window.preview()->previewText(); }

private Q_SLOTS:
    void initTestCase() { initResources(); }

    void init()
    {
        f = std::make_unique<AppFixture>();
        QVERIFY(f->window.openFile(Paths::demoWorkspace()));
        f->window.show();
        QCOMPARE(f->window.currentWebhook(), 0); // "Local receiver": JSON, no auth
        QTRY_VERIFY(preview().startsWith(u"POST /hooks/"_s));
    }

    void cleanup()
    {
        // Discard edits so that closing does not ask.
        f->window.document()->undoStack()->setClean();
        f.reset();
    }

    void firstLaunchOpensTheReadOnlyDemo()
    {
        AppFixture fresh;
        fresh.window.openInitial();
        QCOMPARE(fresh.window.document()->path(), Paths::demoWorkspace());
        QVERIFY(fresh.window.document()->isResource());
        QVERIFY(fresh.window.windowTitle().contains(u"read-only"_s));
        QVERIFY(fresh.window.document()->workspace().webhooks.size() >= 5);
    }

    void typingInTheUrlUpdatesThePreview()
    {
        auto* url = f->find<QLineEdit>("urlLineEdit");
        QVERIFY(url);
        url->setFocus();
        url->end(false);
        QTest::keyClicks(url, u"/extra"_s);
        QCOMPARE(f->window.document()->workspace().webhooks[0].url,
                 u"http://127.0.0.1:8471/hooks/{{DEVICE_TOKEN}}/extra"_s);
        QTRY_VERIFY(preview().startsWith(u"POST /hooks/3f0e7a8e-5c2b-4a19-9d41-0b6f2c8e7a51/extra HTTP/1.1\n"_s));
        // Typing in one field is one undo step.
        f->window.document()->undoStack()->undo();
        QCOMPARE(url->text(), u"http://127.0.0.1:8471/hooks/{{DEVICE_TOKEN}}"_s);
        QTRY_VERIFY(preview().startsWith(u"POST /hooks/3f0e7a8e-5c2b-4a19-9d41-0b6f2c8e7a51 HTTP/1.1\n"_s));
    }

    void switchingFormatsChangesLockedRowsAndBodyEditor()
    {
        auto* format = f->find<QComboBox>("formatComboBox");
        auto* stack = f->find<QStackedWidget>("bodyStack");
        QVERIFY(format && stack);
        QCOMPARE(lockedValue(headers(), u"Content-Type"_s), u"application/json"_s);
        QVERIFY(lockedNames(headers()).contains(u"Accept"_s));
        QCOMPARE(stack->currentWidget()->objectName(), u"tablePage"_s);

        QVERIFY(chooseComboData(format, u"form"_s));
        QCOMPARE(lockedValue(headers(), u"Content-Type"_s), u"application/x-www-form-urlencoded"_s);
        QVERIFY(!lockedNames(headers()).contains(u"Accept"_s));
        QCOMPARE(stack->currentWidget()->objectName(), u"tablePage"_s);
        QTRY_VERIFY(preview().contains(u"\n\ndeviceToken=3f0e7a8e"_s));

        QVERIFY(chooseComboData(format, u"custom"_s));
        QCOMPARE(stack->currentWidget()->objectName(), u"customPage"_s);
        QCOMPARE(lockedValue(headers(), u"Content-Type"_s), u"application/json"_s);
        auto* contentType = f->find<QComboBox>("contentTypeComboBox");
        contentType->lineEdit()->selectAll();
        QTest::keyClicks(contentType->lineEdit(), u"text/csv"_s);
        QCOMPARE(lockedValue(headers(), u"Content-Type"_s), u"text/csv"_s);
        auto* body = f->find<QPlainTextEdit>("customBodyTextEdit");
        body->setFocus();
        QTest::keyClicks(body, u"t={{SIGNAL_NUMBER}}"_s);
        QTRY_VERIFY(preview().endsWith(u"\n\nt=1"_s));

        QVERIFY(chooseComboData(format, u"none"_s));
        QCOMPARE(stack->currentWidget()->objectName(), u"nonePage"_s);
        QVERIFY(!lockedNames(headers()).contains(u"Content-Type"_s));
        QTRY_VERIFY(preview().contains(u"Content-Length: 0\n"_s));
    }

    void typingTwoBracesOffersThePresets()
    {
        QVERIFY(chooseComboData(f->find<QComboBox>("formatComboBox"), u"form"_s));
        QVERIFY(chooseComboData(f->find<QComboBox>("formatComboBox"), u"custom"_s));
        auto* body = f->find<hooksmith::TemplateTextEdit>("customBodyTextEdit");
        QVERIFY(body);
        body->setFocus();
        QTest::keyClicks(body, u"{\"n\": {{SIGNAL_N"_s);
        QAbstractItemView* popup = body->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(body->completer()->currentCompletion(), u"SIGNAL_NUMBER"_s); // presets in table order
        // The first match is chosen already: Enter inserts it.
        QCOMPARE(popup->currentIndex().data().toString(), u"SIGNAL_NUMBER"_s);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_COMPARE(body->toPlainText(), u"{\"n\": {{SIGNAL_NUMBER}}"_s);
        QVERIFY(!popup->isVisible());
        // Checked as JSON: the closing brace is missing.
        auto* problem = f->find<QLabel>("customBodyProblemLabel");
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"not valid JSON"_s), qPrintable(problem->text()));
        QTest::keyClicks(body, u"}"_s);
        QTRY_VERIFY(!problem->isVisible());
        QTRY_VERIFY(preview().endsWith(u"\n\n{\"n\": 1}"_s));
    }

    void lockedRowsRefuseEdits()
    {
        NameValueTableModel* model = headers();
        auto* view = f->find<QTableView>("headersTableView");
        QVERIFY(model->lockedCount() > 0);
        for (int r = 0; r < model->lockedCount(); ++r) {
            for (int c = 0; c < NameValueTableModel::ColumnCount; ++c) {
                const QModelIndex index = model->index(r, c);
                QVERIFY(!(model->flags(index) & Qt::ItemIsEditable));
                QVERIFY(!(model->flags(index) & Qt::ItemIsUserCheckable));
                QVERIFY(!model->setData(index, u"X-Hacked"_s, Qt::EditRole));
            }
            QVERIFY(index(model, r).data(Qt::ToolTipRole).toString().contains(u"set by"_s, Qt::CaseInsensitive));
        }
        const QModelIndex contentType = model->index(1, NameValueTableModel::NameColumn);
        QCOMPARE(contentType.data().toString(), u"Content-Type"_s);
        QVERIFY(contentType.data(Qt::ToolTipRole).toString().contains(u"set by the JSON format"_s));
        // A double click on a locked cell opens no editor, and removing it does nothing.
        const QRect rect = view->visualRect(model->index(1, NameValueTableModel::ValueColumn));
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(view->viewport()->findChildren<QLineEdit*>().isEmpty());
        QVERIFY(!model->removeRowAt(1));
        QCOMPARE(f->window.document()->undoStack()->count(), 0);
    }

    void aContentTypeHeaderUnderJsonShowsTheCollision()
    {
        auto* add = f->find<QPushButton>("addHeaderButton");
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
        auto* view = f->find<QTableView>("headersTableView");
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY2(editor && view->isAncestorOf(editor), "the new header's name is being edited");
        editor->selectAll();
        QTest::keyClicks(editor, u"Content-Type"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on the next turn of the event loop.
        QTRY_COMPARE(f->window.document()->workspace().webhooks[0].headers.value(0).name, u"Content-Type"_s);
        QCOMPARE(f->window.document()->workspace().webhooks[0].headers.size(), 1);
        auto* label = f->find<QLabel>("headersProblemLabel");
        QTRY_VERIFY(label->isVisible());
        QVERIFY2(label->text().contains(u"is set by the JSON format and cannot be set here"_s),
                 qPrintable(label->text()));
        const QModelIndex row = headers()->index(headers()->modelRow(0), NameValueTableModel::NameColumn);
        QVERIFY(row.data(ProblemRole).toStringList().join(u' ').contains(u"the JSON format"_s));
        QVERIFY(!row.data(Qt::DecorationRole).isNull());
    }

    void basicAuthAddsAuthorizationAndMasksIt()
    {
        QVERIFY(!lockedNames(headers()).contains(u"Authorization"_s));
        QVERIFY(chooseComboData(f->find<QComboBox>("authTypeComboBox"), u"basic"_s));
        QVERIFY(lockedNames(headers()).contains(u"Authorization"_s));
        auto* user = f->find<QLineEdit>("usernameLineEdit");
        auto* password = f->find<QLineEdit>("passwordLineEdit");
        QTRY_VERIFY(password->isEnabled()); // the secret store answered
        QTest::keyClicks(user, u"bob"_s);
        QTest::keyClicks(password, u"hunter2"_s);
        const QString encoded = QString::fromLatin1("bob:hunter2"_ba.toBase64());
        QTRY_VERIFY(preview().contains(u"Authorization: Basic ****\n"_s));
        QVERIFY(!preview().contains(encoded));
        // Copy as curl reads the password from the shell's environment, revealed or not.
        const auto copied = [this] {
            const auto out = f->window.preview()->curlExport();
            return out ? QString::fromUtf8(out->files.front().data) : out.errorMessage();
        };
        QVERIFY2(copied().contains(u"--user bob:\"${"_s) && copied().contains(u"_PASSWORD}\""_s), qPrintable(copied()));
        QVERIFY(!copied().contains(encoded) && !copied().contains(u"hunter2"_s));
        f->window.preview()->setRevealSecrets(true);
        QTRY_VERIFY(preview().contains(u"Authorization: Basic "_s + encoded));
        QVERIFY(!copied().contains(encoded) && !copied().contains(u"hunter2"_s));
        f->window.preview()->setRevealSecrets(false);
        QTRY_VERIFY(!preview().contains(encoded));
        // The password is not in the model, so not in anything written from it.
        QVERIFY(!f->window.document()->workspace().webhooks[0].auth.password.has_value());
    }

    void aSecretThatCannotBeReadSaysWhy()
    {
        // The keychain's time limit lives in KeychainSecretStore and is tested against a stopped daemon
        // (tst_keychain_timeout); here a store answers every read with the error it then gives.
        class FailingStore : public MemorySecretStore
        {
        public:
            using MemorySecretStore::MemorySecretStore;
            void read(const SecretKey&, ReadDone done) override
            {
                ++reads;
                QTimer::singleShot(0, this, [done = std::move(done)] {
                    done(Error(u"the keychain did not answer within 5 s: unlock or restart it and try again"_s));
                });
            }
            int reads = 0;
        };
        FailingStore store(u"test"_s);
        MainWindow window(&f->config, &store);
        AppRuntime::Options options;
        options.outboxDir = f->dir.filePath(u"failing-outbox"_s);
        window.runtime()->setOptions(options);
        window.receiverPanel()->setPort(0);
        QVERIFY(window.openFile(Paths::demoWorkspace()));
        window.show();
        QVERIFY(chooseComboData(window.findChild<QComboBox*>(u"authTypeComboBox"_s), u"basic"_s));
        auto* password = window.findChild<QLineEdit*>(u"passwordLineEdit"_s);
        // Not "Reading the keychain…" for ever: the field can be typed in and says why it is empty.
        QTRY_VERIFY(password->isEnabled());
        QVERIFY2(password->placeholderText().startsWith(u"Could not read the keychain: the keychain did not answer "
                                                        "within 5 s"_s),
                 qPrintable(password->placeholderText()));
        QVERIFY(password->text().isEmpty());
        QVERIFY2(window.statusBar()->currentMessage().contains(u"did not answer within 5 s"_s),
                 qPrintable(window.statusBar()->currentMessage()));
        // Asked once, not again on every refresh.
        QTest::qWait(50);
        QCOMPARE(store.reads, 1);

        // A value typed in replaces the explanation.
        QTest::keyClicks(password, u"s3cret"_s);
        QTRY_COMPARE(password->placeholderText(), u"Not set"_s);
    }

    void presetRowsRenderTypedJson()
    {
        auto* value = f->find<QLineEdit>("sampleValueLineEdit");
        value->selectAll();
        QTest::keyClicks(value, u"[1, 2.50, \"x\"]"_s);
        QTRY_VERIFY(preview().contains(u"\"payload\":[1,2.50,\"x\"]"_s));
        QVERIFY(preview().contains(u"\"signal\":1,"_s));

        auto* model = static_cast<BodyTableModel*>(f->find<QTableView>("bodyTableView")->model());
        // Unchecking "use preset" turns the row into a template of the same preset; text around it makes a string.
        QVERIFY(model->setData(model->index(2, BodyTableModel::UsePresetColumn), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model->index(2, BodyTableModel::ValueColumn).data().toString(), u"{{SIGNAL_NUMBER}}"_s);
        QVERIFY(model->setData(model->index(2, BodyTableModel::ValueColumn), u"n{{SIGNAL_NUMBER}}"_s, Qt::EditRole));
        QTRY_VERIFY(preview().contains(u"\"signal\":\"n1\","_s));
        QVERIFY(model->setData(model->index(2, BodyTableModel::UsePresetColumn), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model->setData(model->index(2, BodyTableModel::ValueColumn), u"UNIX_TIME"_s, Qt::EditRole));
        QTRY_VERIFY(QRegularExpression(u"\"signal\":\\d{10},"_s).match(preview()).hasMatch());
    }

    void sampleValuesAndDeviceAreEditable()
    {
        auto* device = f->find<QComboBox>("sampleDeviceComboBox");
        QVERIFY(chooseComboData(device, u"8c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e"_s));
        auto* signal = f->find<QSpinBox>("sampleSignalSpinBox");
        signal->setValue(3);
        QTRY_VERIFY(preview().startsWith(u"POST /hooks/8c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e HTTP/1.1"_s));
        QVERIFY(preview().contains(u"\"signal\":3,"_s));
        QCOMPARE(f->config.get(ConfigKeys::SampleSignal), 3);
    }

    /// A half-typed template ("{{DEV") is a problem, but its label waits for typing to pause, so that the
    /// form below the field does not jump at each keystroke; once fixed, the label goes at once.
    void aProblemWaitsForTypingToPause()
    {
        auto* url = f->find<QLineEdit>("urlLineEdit");
        auto* label = f->find<QLabel>("urlProblemLabel");
        url->setFocus();
        QTRY_VERIFY(url->hasFocus());
        url->selectAll();
        QTest::keyClicks(url, u"http://x/{{DEV"_s);
        QTRY_VERIFY(label->text().contains(u"is not closed"_s));
        auto* delay = label->findChild<QTimer*>(u"hooksmith-problem-delay"_s);
        QVERIFY(delay);
        QVERIFY(delay->isActive());
        QVERIFY(label->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 3000);
        QTest::keyClicks(url, u"ICE_TOKEN}}"_s);
        QTRY_VERIFY(label->isHidden());
        QVERIFY(!delay->isActive());
        // With the keyboard elsewhere (the webhook list), a problem shows as soon as it is known.
        auto* list = f->find<QListView>("webhookListView");
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        url->selectAll();
        QTest::keyClicks(url, u"http://x/{{"_s); // sent to the field, which does not have the keyboard
        QVERIFY(list->hasFocus());
        QTRY_VERIFY(label->text().contains(u"is not closed"_s));
        QVERIFY(label->isVisible());
    }

    void renderErrorsReplaceThePreview()
    {
        auto* url = f->find<QLineEdit>("urlLineEdit");
        url->selectAll();
        QTest::keyClicks(url, u"http://x/{{NOPE}}"_s);
        QTRY_VERIFY(f->window.preview()->errorText().contains(u"NOPE"_s));
        QVERIFY(preview().isEmpty());
        QTRY_VERIFY(f->find<QLabel>("urlProblemLabel")->isVisible());
    }

    void problemsListJumpsToTheField()
    {
        f->window.addWebhook(); // a new webhook has no URL yet
        auto* problems = f->find<QTableView>("problemsView");
        int row = -1;
        auto findUrlProblem = [&] {
            for (int r = 0; r < problems->model()->rowCount(); ++r) {
                if (problems->model()->index(r, 0).data(FieldRole).toString() == u"url")
                    row = r;
            }
            return row >= 0;
        };
        QTRY_VERIFY(findUrlProblem());
        f->window.selectWebhook(0);
        QTest::mouseClick(problems->viewport(), Qt::LeftButton, {},
                          problems->visualRect(problems->model()->index(row, 1)).center());
        QCOMPARE(f->window.currentWebhook(), int(f->window.document()->workspace().webhooks.size()) - 1);
        QCOMPARE(f->window.focusWidget(), f->find<QLineEdit>("urlLineEdit"));
    }

    void aMissingSecretIsAProblemBeforeAnySend()
    {
        WorkspaceDocument* doc = f->window.document();
        doc->editWebhook(0, u"auth"_s, {}, [](Webhook& w) {
            w.auth.type = AuthType::Basic;
            w.auth.username = u"bob"_s;
            w.auth.password.reset(); // in the secret store, which has none
        });
        auto hasMissingPassword = [&](int index) {
            return std::any_of(doc->problems().begin(), doc->problems().end(), [&](const Problem& p) {
                return p.webhookIndex == index && p.isError() && p.field == u"auth.password"_s;
            });
        };
        QTRY_VERIFY(hasMissingPassword(0));
        auto* send = f->window.preview()->findChild<QPushButton*>(u"sendButton"_s);
        QTRY_VERIFY(!send->isEnabled());
        QVERIFY2(send->toolTip().contains(u"password"_s), qPrintable(send->toolTip()));

        // Set: the problem goes, and Send comes back.
        doc->editSecret(0, SecretKey::Field::Password, u"s3cret"_s);
        QTRY_VERIFY(!hasMissingPassword(0));
        QTRY_VERIFY(send->isEnabled());

        // A duplicate has an id of its own, so no password yet: it says so at once.
        f->window.duplicateWebhook();
        QCOMPARE(f->window.currentWebhook(), 1);
        QTRY_VERIFY(hasMissingPassword(1));
        QVERIFY(!hasMissingPassword(0));
    }

    void undoRedoRestoresEveryKindOfEdit()
    {
        WorkspaceDocument* doc = f->window.document();
        QUndoStack* stack = doc->undoStack();
        QList<std::function<void()>> edits = {
            [&] { QTest::keyClicks(f->find<QLineEdit>("eventLineEdit"), u"-x"_s); },
            [&] { chooseComboData(f->find<QComboBox>("methodComboBox"), u"PUT"_s); },
            [&] { chooseComboData(f->find<QComboBox>("formatComboBox"), u"form"_s); },
            [&] {
                QTest::mouseClick(f->find<QPushButton>("addBodyRowButton"), Qt::LeftButton);
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
            },
            [&] {
                QTest::mouseClick(f->find<QPushButton>("addQueryButton"), Qt::LeftButton);
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
            },
            [&] { f->find<QSpinBox>("attemptsSpinBox")->setValue(3); },
            [&] { f->find<QCheckBox>("followRedirectsCheckBox")->click(); },
            [&] { f->find<QCheckBox>("enabledCheckBox")->click(); },
            [&] { f->window.duplicateWebhook(); },
            [&] { f->window.deleteWebhook(); },
            [&] { f->window.sidebar()->deviceModel()->appendDevice(); },
            [&] {
                f->window.sidebar()->signalModel()->setData(f->window.sidebar()->signalModel()->index(0, 1), u"temp"_s,
                                                            Qt::EditRole);
            },
        };
        for (qsizetype i = 0; i < edits.size(); ++i) {
            const Workspace before = doc->workspace();
            const int count = stack->count();
            edits[i]();
            QVERIFY2(stack->count() == count + 1, qPrintable(u"edit %1 is one undo step"_s.arg(i)));
            const Workspace after = doc->workspace();
            QVERIFY2(!(after == before), qPrintable(u"edit %1 changed something"_s.arg(i)));
            stack->undo();
            QVERIFY2(doc->workspace() == before, qPrintable(u"undo of edit %1"_s.arg(i)));
            stack->redo();
            QVERIFY2(doc->workspace() == after, qPrintable(u"redo of edit %1"_s.arg(i)));
        }
        // Back to the start, step by step.
        while (stack->canUndo())
            stack->undo();
        QVERIFY(stack->isClean());
    }

    void undoRestoresSecretsToo()
    {
        WorkspaceDocument* doc = f->window.document();
        chooseComboData(f->find<QComboBox>("authTypeComboBox"), u"basic"_s);
        auto* password = f->find<QLineEdit>("passwordLineEdit");
        QTRY_VERIFY(password->isEnabled());
        QTest::keyClicks(password, u"abc"_s);
        const SecretKey key = doc->secretKey(0, SecretKey::Field::Password);
        QCOMPARE(doc->cachedSecret(key), std::optional<QString>(u"abc"_s));
        doc->undoStack()->undo();
        QCOMPARE(doc->cachedSecret(key), std::optional<QString>());
        QCOMPARE(password->text(), QString());
        doc->undoStack()->redo();
        QCOMPARE(password->text(), u"abc"_s);
    }

    void saveReopenGivesTheSameWorkspace()
    {
        const QString first = f->dir.filePath(u"one.hooksmith.json"_s);
        const QString second = f->dir.filePath(u"two.hooksmith.json"_s);
        QTest::keyClicks(f->find<QLineEdit>("eventLineEdit"), u"-saved"_s);
        QVERIFY(f->window.saveAs(first));
        QVERIFY(!f->window.document()->isModified());
        QCOMPARE(f->window.document()->path(), first);
        QVERIFY(f->config.get(ConfigKeys::RecentFiles).contains(first));

        AppFixture other;
        QVERIFY(other.window.openFile(first));
        QCOMPARE(other.window.document()->workspace(), f->window.document()->workspace());
        QVERIFY(other.window.saveAs(second));
        const QByteArray a = test::readFile(first);
        QVERIFY(!a.isEmpty());
        QCOMPARE(test::readFile(second), a);
        QCOMPARE(WorkspaceFile::serialize(other.window.document()->workspace()), a);
    }

    void savingWithProblemsIsAllowedButSaysSo()
    {
        f->window.addWebhook(); // no URL yet: an error
        const QString path = f->dir.filePath(u"problems.hooksmith.json"_s);
        QVERIFY(f->window.saveAs(path));
        QVERIFY(QFile::exists(path));
        QVERIFY2(f->window.statusBar()->currentMessage().contains(u"problem"_s),
                 qPrintable(f->window.statusBar()->currentMessage()));

        // The next start opens this workspace again, not the demo.
        MainWindow again(&f->config, &f->store);
        again.openInitial();
        QCOMPARE(again.document()->path(), path);
        QCOMPARE(again.document()->workspace(), f->window.document()->workspace());
    }

    void thePasswordNeverReachesTheFile()
    {
        chooseComboData(f->find<QComboBox>("authTypeComboBox"), u"basic"_s);
        QTest::keyClicks(f->find<QLineEdit>("usernameLineEdit"), u"bob"_s);
        auto* password = f->find<QLineEdit>("passwordLineEdit");
        QTRY_VERIFY(password->isEnabled());
        QTest::keyClicks(password, u"Tr0ub4dor&3"_s);
        chooseComboData(f->find<QComboBox>("signingSchemeComboBox"), u"github"_s);
        auto* secret = f->find<QLineEdit>("signingSecretLineEdit");
        QTRY_VERIFY(secret->isEnabled());
        QTest::keyClicks(secret, u"gh-signing-secret"_s);
        const QString path = f->dir.filePath(u"secret.hooksmith.json"_s);
        QVERIFY(f->window.saveAs(path));
        const QByteArray saved = test::readFile(path);
        QVERIFY(saved.contains("\"type\": \"basic\""));
        QVERIFY(!saved.contains("Tr0ub4dor"));
        QVERIFY(!saved.contains("gh-signing-secret"));
        QVERIFY(!saved.contains("bob:"_ba));

        // Both are in the secret store, under the webhook's id.
        const Webhook& w = f->window.document()->workspace().webhooks[0];
        std::optional<QString> stored;
        bool done = false;
        f->store.read(SecretKey{u"demo"_s, w.id, SecretKey::Field::Password}, [&](Result<std::optional<QString>> r) {
            stored = r ? *r : std::nullopt;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(stored);
        // Saved with the origin the webhook's URL points to.
        const StoredSecret entry = StoredSecret::decode(*stored);
        QCOMPARE(entry.value, u"Tr0ub4dor&3"_s);
        QCOMPARE(entry.origin, Origin::fromUrl(QUrl(u"http://127.0.0.1:8471/"_s)));

        // Reopened with the same store, the password comes back from it.
        MainWindow again(&f->config, &f->store);
        QVERIFY(again.openFile(path));
        auto* field = again.findChild<QLineEdit*>(u"passwordLineEdit"_s);
        QTRY_COMPARE(field->text(), u"Tr0ub4dor&3"_s);
    }

    void aSecretForAnotherOriginWaitsForTheUsersConfirmation()
    {
        WorkspaceDocument* doc = f->window.document();
        const SecretKey key = doc->secretKey(0, SecretKey::Field::Password);
        auto storedEntry = [&]() -> std::optional<StoredSecret> {
            std::optional<StoredSecret> entry;
            bool done = false;
            f->store.read(key, [&](Result<std::optional<QString>> r) {
                if (r && *r)
                    entry = StoredSecret::decode(**r);
                done = true;
            });
            if (!QTest::qWaitFor([&] { return done; }, 5000))
                return std::nullopt;
            return entry;
        };
        const std::optional<Origin> local = Origin::fromUrl(QUrl(u"http://127.0.0.1:8471/"_s));
        const std::optional<Origin> elsewhere = Origin::fromUrl(QUrl(u"https://collector.example.net:8443/"_s));

        chooseComboData(f->find<QComboBox>("authTypeComboBox"), u"basic"_s);
        QTest::keyClicks(f->find<QLineEdit>("usernameLineEdit"), u"bob"_s);
        auto* password = f->find<QLineEdit>("passwordLineEdit");
        QTRY_VERIFY(password->isEnabled());
        QTest::keyClicks(password, u"s3cret"_s);
        doc->flushSecrets();
        QTRY_COMPARE(storedEntry().value_or(StoredSecret{}).origin, local);
        auto* problem = f->find<QLabel>("passwordProblemLabel");
        auto* confirm = f->find<QPushButton>("confirmPasswordOriginButton");
        QVERIFY(problem->isHidden());
        QVERIFY(confirm->isHidden());

        // The URL now points elsewhere: the secret is refused there, with both origins named, and the
        // keychain entry stays as it was until the user confirms.
        auto* url = f->find<QLineEdit>("urlLineEdit");
        url->selectAll();
        QTest::keyClicks(url, u"https://collector.example.net:8443/in"_s);
        QTRY_VERIFY(confirm->isVisible());
        QTRY_VERIFY(problem->isVisible()); // the problems are checked once the burst of edits is over
        QVERIFY2(problem->text().contains(u"saved for http://127.0.0.1:8471"_s) &&
                     problem->text().contains(u"now points to https://collector.example.net:8443"_s),
                 qPrintable(problem->text()));
        QCOMPARE(confirm->text(), u"Use it for https://collector.example.net:8443"_s);
        QCOMPARE(storedEntry()->origin, local);
        const auto listed = std::count_if(doc->problems().cbegin(), doc->problems().cend(), [](const Problem& p) {
            return p.field == u"auth.password"_s && p.isError() && p.message.contains(u"collector.example.net"_s);
        });
        QCOMPARE(listed, 1);

        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE(storedEntry().value_or(StoredSecret{}).origin, elsewhere);
        QCOMPARE(storedEntry()->value, u"s3cret"_s);
        QTRY_VERIFY(confirm->isHidden());
        QVERIFY(problem->isHidden());
        QVERIFY(!doc->secretOriginMismatch(0, SecretKey::Field::Password));

        // A window that reads the entry later sees the same: no problem for the confirmed origin, and one
        // again once the URL points elsewhere.
        const QString path = f->dir.filePath(u"origin.hooksmith.json"_s);
        QVERIFY(f->window.saveAs(path));
        MainWindow again(&f->config, &f->store);
        QVERIFY(again.openFile(path));
        again.show();
        auto* againPassword = again.findChild<QLineEdit*>(u"passwordLineEdit"_s);
        QTRY_COMPARE(againPassword->text(), u"s3cret"_s);
        auto* againConfirm = again.findChild<QPushButton*>(u"confirmPasswordOriginButton"_s);
        QVERIFY(againConfirm->isHidden());
        auto* againUrl = again.findChild<QLineEdit*>(u"urlLineEdit"_s);
        againUrl->selectAll();
        QTest::keyClicks(againUrl, u"http://127.0.0.1:8471/hooks"_s);
        QTRY_VERIFY(againConfirm->isVisible());
        QCOMPARE(againConfirm->text(), u"Use it for http://127.0.0.1:8471"_s);
    }

    void aMalformedOrNewerFileIsShownAndNeverOverwritten_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("{\n  \"hooksmith\": 1,\n  \"webhooks\": [ oops ]\n}\n") << u":3:"_s;
        QTest::newRow("newer") << QByteArray("{\"hooksmith\": 7, \"webhooks\": []}") << u"newer Hooksmith"_s;
    }

    void aMalformedOrNewerFileIsShownAndNeverOverwritten()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = f->dir.filePath(u"bad.hooksmith.json"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        QVERIFY(!f->window.openFile(path));
        auto* details = f->find<QLabel>("loadErrorLabel");
        QVERIFY2(details->text().contains(expected), qPrintable(details->text()));
        QCOMPARE(f->find<QStackedWidget>("centralStack")->currentWidget()->objectName(), u"loadErrorPage"_s);
        QVERIFY(f->window.problemsModel()->rowCount() > 0);
        // The open workspace is still the demo; saving it onto the bad file is refused.
        QCOMPARE(f->window.document()->path(), Paths::demoWorkspace());
        QVERIFY(!f->window.saveAs(path));
        QCOMPARE(test::readFile(path), content);
        QTRY_VERIFY(f->window.findChild<QMessageBox*>(u"errorMessageBox"_s));
        f->window.findChild<QMessageBox*>(u"errorMessageBox"_s)->close();
    }

    void unsavedChangesAreAskedAbout()
    {
        QTest::keyClicks(f->find<QLineEdit>("eventLineEdit"), u"-changed"_s);
        QVERIFY(f->window.document()->isModified());
        auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [button] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                if (box && box->objectName() == u"unsavedChangesMessageBox")
                    box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        f->window.newWorkspace();
        QCOMPARE(f->window.document()->path(), Paths::demoWorkspace());
        QVERIFY(f->window.document()->isModified());
        answer(QMessageBox::Discard);
        f->window.newWorkspace();
        QVERIFY(f->window.document()->isUntitled());
        QVERIFY(f->window.document()->workspace().webhooks.isEmpty());
    }

    void newWebhooksStartWithPybytesDefaults()
    {
        f->window.addWebhook();
        const Webhook& w = f->window.document()->workspace().webhooks.last();
        QCOMPARE(w.body, Webhook::defaultBodyRows());
        QCOMPARE(f->window.currentWebhook(), int(f->window.document()->workspace().webhooks.size()) - 1);
        auto* body = f->find<QTableView>("bodyTableView");
        QCOMPARE(body->model()->rowCount(), 4);
        QCOMPARE(body->model()->index(0, BodyTableModel::KeyColumn).data().toString(), u"deviceToken"_s);
        QCOMPARE(body->model()->index(3, BodyTableModel::ValueColumn).data().toString(), u"MESSAGE_PAYLOAD"_s);
    }

    void searchFiltersTheWebhookList()
    {
        auto* search = f->find<QLineEdit>("webhookFilterLineEdit");
        auto* list = f->find<QListView>("webhookListView");
        QTest::keyClicks(search, u"spreadsheet"_s);
        QCOMPARE(list->model()->rowCount(), 1);
        search->clear();
        QTest::keyClicks(search, u"hooks.example"_s);
        QCOMPARE(list->model()->rowCount(), 1);
        search->clear();
        QCOMPARE(list->model()->rowCount(), 6);

        // A search that hides the webhook being edited (or matches nothing) leaves it in the editor, and
        // clearing the search shows it selected again.
        f->window.selectWebhook(2);
        const QString name = f->window.document()->webhook(2)->name;
        QTest::keyClicks(search, u"no such webhook"_s);
        QCOMPARE(list->model()->rowCount(), 0);
        QCOMPARE(f->window.currentWebhook(), 2);
        QCOMPARE(f->find<QLineEdit>("nameLineEdit")->text(), name);
        search->clear();
        QCOMPARE(f->window.currentWebhook(), 2);
        QCOMPARE(list->currentIndex().data().toString(), name);
        QCOMPARE(f->find<QLineEdit>("nameLineEdit")->text(), name);
    }

    void removingTheLastBodyRowByItsButtonIsQuiet()
    {
        QTest::failOnWarning(QRegularExpression(u"checkIndex"_s));
        auto* body = f->find<QTableView>("bodyTableView");
        QAbstractItemModel* model = body->model();
        const int rows = model->rowCount();
        QVERIFY(rows > 0);
        const QModelIndex last = model->index(rows - 1, BodyTableModel::RemoveColumn);
        body->scrollTo(last);
        const QPoint at = body->visualRect(last).center();
        QTest::mouseClick(body->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(model->rowCount(), rows - 1);
        QTest::qWait(20);
    }

    void windowStateIsRemembered()
    {
        f->window.resize(1111, 777);
        f->window.close();
        QVERIFY(!f->config.get(ConfigKeys::WindowGeometry).isEmpty());
        QVERIFY(!f->config.get(ConfigKeys::WindowState).isEmpty());
        MainWindow again(&f->config, &f->store);
        QCOMPARE(again.size(), QSize(1111, 777));
        // A saved size is used as it is, even on a screen smaller than the designed size.
        again.fitFirstStartToScreen();
        QVERIFY(!again.isMaximized());
    }

    /// At the first start on a screen smaller than the designed size, the window fills the screen.
    void theFirstStartFitsASmallScreen()
    {
        const QSize room = QGuiApplication::primaryScreen()->availableGeometry().size();
        QVERIFY2(f->window.width() > room.width() || f->window.height() > room.height(),
                 "the offscreen screen is smaller than the designed size");
        QVERIFY(f->config.get(ConfigKeys::WindowGeometry).isEmpty());
        f->window.fitFirstStartToScreen();
        QVERIFY(f->window.isMaximized());
    }

private:
    static QModelIndex index(const QAbstractItemModel* model, int row) { return model->index(row, 0); }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// The Export dialog, offscreen: format and webhooks chosen with the widgets, presets filled or left as
// variables, the live preview, the warnings, Save and Copy; no secret in anything it shows or writes.
#include "ExportDialog.h"
#include "GuiTestSupport.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QGuiApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

const QString kPassword = u"hunter2-secret"_s;

Workspace workspace()
{
    Workspace ws;
    ws.userId = u"alice"_s;
    ws.devices.append(Device{u"tok-1"_s, u"Balcony"_s, QString(), {}});
    Webhook door = Webhook::createDefault(u"Door"_s);
    door.url = u"https://example.com/door"_s;
    door.auth.type = AuthType::Basic;
    door.auth.username = u"bob"_s;
    door.auth.password = kPassword; // written in the file: never exported
    door.devices = {u"tok-1"_s};
    Webhook signedHook = Webhook::createDefault(u"Signed"_s);
    signedHook.url = u"https://example.com/signed"_s;
    signedHook.signing.scheme = SigningScheme::StandardWebhooks;
    ws.webhooks = {door, signedHook};
    return ws;
}

void chooseFormat(QComboBox* combo, const QString& format)
{
    combo->setCurrentIndex(combo->findData(format));
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewFollowsTheWidgets()
    {
        const Workspace ws = workspace();
        ExportDialog dialog(ws, u"/tmp/home.hooksmith.json"_s, ws.webhooks[0].id);
        dialog.show();
        auto* format = dialog.findChild<QComboBox*>(u"formatComboBox"_s);
        auto* webhooks = dialog.findChild<QListWidget*>(u"webhooksListWidget"_s);
        auto* fill = dialog.findChild<QCheckBox*>(u"fillCheckBox"_s);
        auto* value = dialog.findChild<QLineEdit*>(u"valueLineEdit"_s);
        auto* signal = dialog.findChild<QSpinBox*>(u"signalSpinBox"_s);
        auto* preview = dialog.findChild<QPlainTextEdit*>(u"previewPlainTextEdit"_s);
        auto* warnings = dialog.findChild<QListWidget*>(u"warningsListWidget"_s);
        auto* copy = dialog.findChild<QPushButton*>(u"copyButton"_s);
        QVERIFY(format && webhooks && fill && value && signal && preview && warnings && copy);

        // curl, presets as shell variables, the password from the environment.
        QVERIFY2(preview->toPlainText().contains(u"curl https://example.com/door"_s),
                 qPrintable(preview->toPlainText()));
        QVERIFY(preview->toPlainText().contains(u"${SIGNAL_NUMBER}"_s));
        QVERIFY(preview->toPlainText().contains(u"${DOOR_PASSWORD}"_s));
        QVERIFY(!preview->toPlainText().contains(kPassword));

        // Filled from a signal typed in.
        QTest::mouseClick(fill, Qt::LeftButton, {}, QPoint(5, fill->height() / 2));
        QVERIFY(fill->isChecked());
        signal->setValue(7);
        value->selectAll();
        QTest::keyClicks(value, u"\"open\""_s);
        QTRY_VERIFY2(preview->toPlainText().contains(u"\"payload\":\"open\""_s), qPrintable(preview->toPlainText()));
        QVERIFY(preview->toPlainText().contains(u"\"signal\":7"_s));

        // Several webhooks: curl takes one, Postman takes both and warns about the signature.
        webhooks->item(1)->setCheckState(Qt::Checked);
        QVERIFY(preview->toPlainText().contains(u"one webhook at a time"_s));
        QVERIFY(!copy->isEnabled());
        chooseFormat(format, u"postman"_s);
        QVERIFY(copy->isEnabled());
        QVERIFY(preview->toPlainText().contains(u"\"name\": \"Signed\""_s));
        QCOMPARE(warnings->count(), 1);
        QVERIFY(warnings->item(0)->text().contains(u"signature is not carried"_s));

        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), preview->toPlainText());

        // Save: the server directory, with no secret in it.
        chooseFormat(format, u"server"_s);
        QVERIFY(preview->toPlainText().contains(u"==> home.hooksmith.json <=="_s));
        QTemporaryDir dir;
        const QString target = dir.filePath(u"server"_s);
        QString error;
        QVERIFY2(dialog.saveTo(target, &error), qPrintable(error));
        QVERIFY(!dialog.saveTo(target, &error));
        QVERIFY(error.contains(u"exists"_s));
        QDirIterator it(target, QDir::Files);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains(kPassword.toUtf8()));
            ++files;
        }
        QCOMPARE(files, 4);
        // Without environments there is nothing to choose.
        QVERIFY(!dialog.findChild<QComboBox*>(u"environmentComboBox"_s)->isVisible());
    }

    void environmentAndItsVariables()
    {
        Workspace ws = workspace();
        ws.environments = {
            Environment{
                u"Local"_s, {{u"ROOM"_s, u"r-1"_s, false, {}}, {u"KEY"_s, u"local-key-secret"_s, true, {}}}, {}},
            Environment{u"Production"_s, {{u"ROOM"_s, u"r-2"_s, false, {}}, {u"KEY"_s, std::nullopt, true, {}}}, {}}};
        ws.activeEnvironmentName = u"Production"_s; // the app's choice is the dialog's first
        ws.webhooks[0].url = u"https://example.com/door/{{var:ROOM}}"_s;
        ws.webhooks[0].headers = {{u"X-Key"_s, u"{{var:KEY}}"_s, true, {}}};
        ExportDialog dialog(ws, u"/tmp/home.hooksmith.json"_s, ws.webhooks[0].id);
        dialog.show();
        auto* environment = dialog.findChild<QComboBox*>(u"environmentComboBox"_s);
        auto* keep = dialog.findChild<QCheckBox*>(u"keepVariablesCheckBox"_s);
        auto* preview = dialog.findChild<QPlainTextEdit*>(u"previewPlainTextEdit"_s);
        QVERIFY(environment && keep && preview);
        QVERIFY(environment->isVisible() && keep->isVisible());
        QCOMPARE(environment->currentText(), u"Production"_s);
        QVERIFY2(preview->toPlainText().contains(u"https://example.com/door/r-2"_s),
                 qPrintable(preview->toPlainText()));
        // A secret variable is read from the environment, by the variable's name.
        QVERIFY(preview->toPlainText().contains(u"X-Key: '\"${KEY}\""_s));

        QVERIFY(test::chooseComboData(environment, u"Local"_s));
        QTRY_VERIFY2(preview->toPlainText().contains(u"https://example.com/door/r-1"_s),
                     qPrintable(preview->toPlainText()));
        QTest::mouseClick(keep, Qt::LeftButton, {}, QPoint(5, keep->height() / 2));
        QVERIFY(keep->isChecked());
        QVERIFY2(preview->toPlainText().contains(u"ROOM=${ROOM-r-1}"_s), qPrintable(preview->toPlainText()));
        QVERIFY(preview->toPlainText().contains(u"https://example.com/door/\"${ROOM}\""_s));
        QVERIFY(!preview->toPlainText().contains(u"local-key-secret"_s));

        // Postman: collection variables with the environment's values; the server export carries both
        // environments, the chosen one first.
        chooseFormat(dialog.findChild<QComboBox*>(u"formatComboBox"_s), u"postman"_s);
        QVERIFY(preview->toPlainText().contains(u"\"key\": \"ROOM\""_s));
        QVERIFY(preview->toPlainText().contains(u"\"value\": \"r-1\""_s));
        chooseFormat(dialog.findChild<QComboBox*>(u"formatComboBox"_s), u"server"_s);
        const QString server = preview->toPlainText();
        QVERIFY2(server.indexOf(u"\"name\": \"Local\""_s) < server.indexOf(u"\"name\": \"Production\""_s),
                 qPrintable(server));
        QVERIFY(server.contains(u"{{env:LOCAL_KEY}}"_s) && server.contains(u"{{env:PRODUCTION_KEY}}"_s));
        QVERIFY(!server.contains(u"local-key-secret"_s));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"

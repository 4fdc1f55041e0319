// Edit > Preferences: every value goes from the dialog to the settings file and back, and is used: new
// webhooks take the delivery defaults, the receiver listens on the chosen port, the theme is applied,
// the outbox folder applies at the next start (and an unwritable one is refused), and HTTP sending goes
// through a manual proxy (a real recording proxy) or bypasses it.
#include "FaultServer.h"
#include "GuiTestSupport.h"
#include "Outbox.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "PreviewPanel.h"
#include "ProxyServer.h"
#include "ResponsesModel.h"
#include "ResponsesPanel.h"
#include "Theme.h"
#include "WebhookEditor.h"
#include "WorkspaceDocument.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using hooksmith::test::AppFixture;

namespace {

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppFixture> f;
    QPalette m_systemPalette;

    void startApp()
    {
        f = std::make_unique<AppFixture>();
        QVERIFY(f->window.openFile(Paths::demoWorkspace()));
        f->window.show();
        f->window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f->window));
    }

    /// Opens the dialog with its shortcut, Ctrl+, as a user does.
    PreferencesDialog* openDialog()
    {
        if (!activate())
            return nullptr;
        QTest::keyClick(&f->window, Qt::Key_Comma, Qt::ControlModifier);
        PreferencesDialog* dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (dialog = f->window.findChild<PreferencesDialog*>()) && dialog->isVisible(); }))
            return nullptr;
        return dialog;
    }

    /// The main window is the active one again (after a dialog closed).
    bool activate()
    {
        f->window.activateWindow();
        return QTest::qWaitForWindowActive(&f->window);
    }

    template <typename T>
    static T* field(PreferencesDialog* dialog, const char* name)
    {
        return dialog->findChild<T*>(QString::fromLatin1(name));
    }

    static void choose(PreferencesDialog* dialog, const char* combo, const QString& data)
    {
        auto* box = field<QComboBox>(dialog, combo);
        QVERIFY(box);
        QVERIFY2(test::chooseComboData(box, data), combo);
    }

    static void clickOk(PreferencesDialog* dialog) { field<QPushButton>(dialog, "okButton")->click(); }

    QString iniText() const { return QString::fromUtf8(test::readFile(f->config.fileName())); }

private Q_SLOTS:
    void initTestCase()
    {
        initResources();
        m_systemPalette = QApplication::palette();
    }

    void cleanup()
    {
        if (f)
            f->window.document()->undoStack()->setClean();
        f.reset();
        Theme::apply(Theme::Mode::System);
    }

    void defaultsAreTheSettingsTablesDefaults()
    {
        QTemporaryDir dir;
        Config empty(dir.filePath(u"empty.ini"_s));
        const Preferences defaults;
        QCOMPARE(Preferences::from(empty), defaults);
        // The delivery defaults are a webhook's, the port is the demo receiver's.
        const Delivery delivery;
        QCOMPARE(defaults.delivery.timeoutMs, delivery.timeoutMs);
        QCOMPARE(defaults.delivery.maxAttempts, delivery.maxAttempts);
        QCOMPARE(defaults.delivery.followRedirects, delivery.followRedirects);
        QCOMPARE(defaults.delivery.order, delivery.order);
        QCOMPARE(defaults.receiverPort, ReceiverPanel::kDefaultPort);
        QCOMPARE(defaults.effectiveOutboxDir(), Paths::outboxDir());
        // Saving the defaults writes nothing: the file keeps only what differs.
        defaults.save(empty);
        QVERIFY(!QString::fromUtf8(test::readFile(empty.fileName())).contains(u"proxy"_s, Qt::CaseInsensitive));
        // Values the settings file cannot mean fall back to the defaults.
        empty.set(ConfigKeys::ThemeMode, u"purple"_s);
        empty.set(ConfigKeys::Language, u"fr"_s);
        empty.set(ConfigKeys::ProxyMode, u"sometimes"_s);
        empty.set(ConfigKeys::DefaultMaxAttempts, 1000);
        Preferences clamped = defaults;
        clamped.delivery.maxAttempts = 100;
        QCOMPARE(Preferences::from(empty), clamped);
    }

    void everyValueRoundTripsThroughTheDialog()
    {
        startApp();
        PreferencesDialog* dialog = openDialog();
        QVERIFY(dialog);
        // Every control can be found by name, and the dialog fits the smallest window the app supports.
        for (QWidget* w : dialog->findChildren<QWidget*>()) {
            if (qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) ||
                qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QTabWidget*>(w) ||
                (qobject_cast<QLineEdit*>(w) && !qobject_cast<QAbstractSpinBox*>(w->parent())))
                QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        }
        QVERIFY(dialog->sizeHint().width() <= 1024);
        QVERIFY(dialog->sizeHint().height() <= 640);
        // The defaults are shown at first.
        QCOMPARE(dialog->preferences(), Preferences{});

        const QString outbox = f->dir.filePath(u"elsewhere/outbox"_s);
        const quint16 port = freePort();
        QVERIFY(port != 0);
        choose(dialog, "languageComboBox", u"de"_s);
        choose(dialog, "themeComboBox", u"dark"_s);
        field<QSpinBox>(dialog, "defaultTimeoutSpinBox")->setValue(4000);
        field<QSpinBox>(dialog, "defaultAttemptsSpinBox")->setValue(3);
        field<QCheckBox>(dialog, "defaultFollowRedirectsCheckBox")->setChecked(true);
        choose(dialog, "defaultOrderComboBox", u"none"_s);
        field<QLineEdit>(dialog, "outboxDirLineEdit")->setText(outbox);
        // The whole folder on hover: a long one is cut off in the field.
        QCOMPARE(field<QLineEdit>(dialog, "outboxDirLineEdit")->toolTip(), outbox);
        field<QSpinBox>(dialog, "receiverPortSpinBox")->setValue(port);
        QVERIFY(!field<QLineEdit>(dialog, "proxyHostLineEdit")->isEnabled());
        choose(dialog, "proxyModeComboBox", u"manual"_s);
        QVERIFY(field<QLineEdit>(dialog, "proxyHostLineEdit")->isEnabled());
        field<QLineEdit>(dialog, "proxyHostLineEdit")->setText(u"proxy.example.net"_s);
        field<QSpinBox>(dialog, "proxyPortSpinBox")->setValue(3128);
        field<QLineEdit>(dialog, "proxyUserLineEdit")->setText(u"bob"_s);
        QTest::keyClicks(field<QLineEdit>(dialog, "proxyPasswordLineEdit"), u"hunter2-proxy"_s);
        clickOk(dialog);
        QTRY_VERIFY(!f->window.findChild<PreferencesDialog*>());

        const Config& c = f->config;
        QCOMPARE(c.get(ConfigKeys::Language), u"de"_s);
        QCOMPARE(c.get(ConfigKeys::ThemeMode), u"dark"_s);
        QCOMPARE(c.get(ConfigKeys::DefaultTimeoutMs), 4000);
        QCOMPARE(c.get(ConfigKeys::DefaultMaxAttempts), 3);
        QCOMPARE(c.get(ConfigKeys::DefaultFollowRedirects), true);
        QCOMPARE(c.get(ConfigKeys::DefaultOrder), u"none"_s);
        QCOMPARE(c.get(ConfigKeys::OutboxDir), outbox);
        QCOMPARE(c.get(ConfigKeys::ReceiverPort), int(port));
        QCOMPARE(c.get(ConfigKeys::ProxyMode), u"manual"_s);
        QCOMPARE(c.get(ConfigKeys::ProxyHost), u"proxy.example.net"_s);
        QCOMPARE(c.get(ConfigKeys::ProxyPort), 3128);
        QCOMPARE(c.get(ConfigKeys::ProxyUser), u"bob"_s);
        // The password went to the secret store, never to the settings file.
        QVERIFY(!iniText().contains(u"hunter2"_s));
        std::optional<QString> stored;
        f->store.read(SecretKey::forProxyPassword(), [&](Result<std::optional<QString>> r) { stored = r.value(); });
        QTRY_COMPARE(stored, std::optional<QString>(u"hunter2-proxy"_s));
        QVERIFY(f->window.statusBar()->currentMessage().contains(u"next time Hooksmith starts"_s));

        // Opened again, the dialog shows what was saved, the password read back from the store.
        dialog = openDialog();
        QVERIFY(dialog);
        QTRY_COMPARE(field<QLineEdit>(dialog, "proxyPasswordLineEdit")->text(), u"hunter2-proxy"_s);
        QCOMPARE(dialog->preferences(), Preferences::from(f->config));
        QVERIFY(!dialog->changedProxyPassword());

        // Cancel keeps the settings as they were.
        choose(dialog, "themeComboBox", u"light"_s);
        field<QSpinBox>(dialog, "defaultAttemptsSpinBox")->setValue(9);
        field<QPushButton>(dialog, "cancelButton")->click();
        QTRY_VERIFY(!f->window.findChild<PreferencesDialog*>());
        QCOMPARE(c.get(ConfigKeys::ThemeMode), u"dark"_s);
        QCOMPARE(c.get(ConfigKeys::DefaultMaxAttempts), 3);

        // Restore Defaults and OK: every key is back to its default, and the password is gone.
        dialog = openDialog();
        QVERIFY(dialog);
        QTRY_COMPARE(field<QLineEdit>(dialog, "proxyPasswordLineEdit")->text(), u"hunter2-proxy"_s);
        field<QPushButton>(dialog, "restoreDefaultsButton")->click();
        QCOMPARE(dialog->preferences(), Preferences{});
        clickOk(dialog);
        QTRY_VERIFY(!f->window.findChild<PreferencesDialog*>());
        QCOMPARE(Preferences::from(f->config), Preferences{});
        for (const QString& key : {u"language"_s, u"theme"_s, u"defaultTimeoutMs"_s, u"outboxDir"_s, u"proxyMode"_s})
            QVERIFY2(!iniText().contains(key), qPrintable(key));
        bool gone = false;
        f->store.read(SecretKey::forProxyPassword(), [&](Result<std::optional<QString>> r) { gone = !r.value(); });
        QTRY_VERIFY(gone);
    }

    void aNewWebhookTakesTheDefaultDeliverySettings()
    {
        startApp();
        PreferencesDialog* dialog = openDialog();
        QVERIFY(dialog);
        field<QSpinBox>(dialog, "defaultTimeoutSpinBox")->setValue(2500);
        field<QSpinBox>(dialog, "defaultAttemptsSpinBox")->setValue(2);
        field<QCheckBox>(dialog, "defaultFollowRedirectsCheckBox")->setChecked(true);
        choose(dialog, "defaultOrderComboBox", u"none"_s);
        clickOk(dialog);
        QTRY_VERIFY(!f->window.findChild<PreferencesDialog*>());

        const Delivery before = f->window.document()->workspace().webhooks.front().delivery;
        const qsizetype count = f->window.document()->workspace().webhooks.size();
        QVERIFY(activate());
        QTest::keyClick(&f->window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier); // New Webhook
        QCOMPARE(f->window.document()->workspace().webhooks.size(), count + 1);
        const Webhook& added = f->window.document()->workspace().webhooks.last();
        QCOMPARE(f->window.currentWebhook(), int(count));
        QCOMPARE(added.delivery.timeoutMs, 2500);
        QCOMPARE(added.delivery.maxAttempts, 2);
        QCOMPARE(added.delivery.followRedirects, true);
        QCOMPARE(added.delivery.order, DeliveryOrder::None);
        // The editor shows them; webhooks that were there keep theirs.
        QTRY_COMPARE(f->find<QSpinBox>("timeoutSpinBox")->value(), 2500);
        QCOMPARE(f->find<QSpinBox>("attemptsSpinBox")->value(), 2);
        QCOMPARE(f->window.document()->workspace().webhooks.front().delivery, before);
    }

    void theReceiverListensOnTheChosenPort()
    {
        startApp();
        ReceiverPanel* panel = f->window.receiverPanel();
        f->window.runtime()->runtime();    // the delivery side starts when first needed, the receiver with it
        QTRY_VERIFY(panel->isListening()); // the demo starts it, on a port the OS chose
        const quint16 port = freePort();
        QVERIFY(port != 0 && port != panel->receiver()->port());
        PreferencesDialog* dialog = openDialog();
        QVERIFY(dialog);
        field<QSpinBox>(dialog, "receiverPortSpinBox")->setValue(port);
        clickOk(dialog);
        QTRY_VERIFY(!f->window.findChild<PreferencesDialog*>());
        // The running receiver moved to the port, and answers there.
        QTRY_COMPARE(panel->receiver()->port(), port);
        QVERIFY(panel->isListening());
        QVERIFY(panel->webhookUrl().startsWith(u"http://127.0.0.1:%1/"_s.arg(port)));
        QTcpSocket client;
        QByteArray reply;
        connect(&client, &QTcpSocket::readyRead, &client, [&] { reply += client.readAll(); });
        client.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(client.waitForConnected(5000));
        client.write("POST /hooks/prefs HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\nhi");
        QTRY_VERIFY(reply.startsWith("HTTP/1.1 2"));
        QTRY_COMPARE(panel->model()->rowCount(), 1);

        // At the next start, the receiver is set up on that port.
        MemorySecretStore store;
        MainWindow next(&f->config, &store);
        QCOMPARE(next.receiverPanel()->configuredPort(), port);
    }

    void theThemeIsApplied()
    {
        startApp();
        QVERIFY(!Theme::isDark(m_systemPalette));
        for (const auto& [mode, dark] : {std::pair{u"dark"_s, true}, std::pair{u"light"_s, false}}) {
            PreferencesDialog* dialog = openDialog();
            QVERIFY(dialog);
            choose(dialog, "themeComboBox", mode);
            clickOk(dialog);
            QTRY_VERIFY(!f->window.findChild<PreferencesDialog*>());
            QCOMPARE(Theme::isDark(QApplication::palette()), dark);
            QTRY_COMPARE(Theme::isDark(f->window.palette()), dark);
            QCOMPARE(Theme::isDark(f->find<QWidget>("nameLineEdit")->palette()), dark);
            // Colours derived from the palette follow it.
            QCOMPARE(Theme::color(Theme::Role::Error, f->window.palette()).value(), dark ? 235 : 150);
        }
        QCOMPARE(QApplication::palette().color(QPalette::Base), Theme::lightPalette().color(QPalette::Base));
        PreferencesDialog* dialog = openDialog();
        QVERIFY(dialog);
        choose(dialog, "themeComboBox", u"system"_s);
        clickOk(dialog);
        QTRY_VERIFY(!f->window.findChild<PreferencesDialog*>());
        QCOMPARE(QApplication::palette(), m_systemPalette);
        QCOMPARE(f->config.get(ConfigKeys::ThemeMode), u"system"_s);

        // At start, the app applies the saved theme before its window is made, and the window keeps it.
        f->config.set(ConfigKeys::ThemeMode, u"dark"_s);
        applyStartupPreferences(*qApp, f->config);
        QVERIFY(Theme::isDark(QApplication::palette()));
        MemorySecretStore store;
        MainWindow next(&f->config, &store);
        QVERIFY(Theme::isDark(QApplication::palette()));
        QVERIFY(Theme::isDark(next.palette()));
    }

    void theOutboxFolderMustBeWritableAndAppliesAtTheNextStart()
    {
        startApp();
        const QString before = f->window.runtime()->options().outboxDir;
        QVERIFY(!before.isEmpty());
        PreferencesDialog* dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(field<QLabel>(dialog, "outboxNoteLabel")->text().contains(u"next time Hooksmith starts"_s));
        // A folder cannot be made inside a file: OK says so and the dialog stays open.
        const QString file = f->dir.filePath(u"a-file"_s);
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("not a folder");
        }
        const QString unwritable = file + u"/outbox"_s;
        field<QLineEdit>(dialog, "outboxDirLineEdit")->setText(unwritable);
        clickOk(dialog);
        QVERIFY(dialog->isVisible());
        auto* problem = field<QLabel>(dialog, "outboxProblemLabel");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QDir::toNativeSeparators(unwritable)), qPrintable(problem->text()));
        QVERIFY(problem->text().contains(u"choose a folder you can write to"_s));
        QCOMPARE(dialog->problem(), problem->text().mid(2)); // after "⚠ "
        QCOMPARE(f->config.get(ConfigKeys::OutboxDir), QString());

        const QString elsewhere = f->dir.filePath(u"new-outbox"_s);
        field<QLineEdit>(dialog, "outboxDirLineEdit")->setText(elsewhere);
        clickOk(dialog);
        QTRY_VERIFY(!f->window.findChild<PreferencesDialog*>());
        QCOMPARE(f->config.get(ConfigKeys::OutboxDir), elsewhere);
        QVERIFY(QFileInfo(elsewhere).isDir());
        // This window keeps its outbox; the next one opens its outboxes there.
        QCOMPARE(f->window.runtime()->options().outboxDir, before);
        f->window.document()->undoStack()->setClean();
        f->window.close();
        MemorySecretStore store;
        MainWindow next(&f->config, &store);
        QCOMPARE(next.runtime()->options().outboxDir, elsewhere);
        next.receiverPanel()->setPort(0);
        QVERIFY(next.openFile(Paths::demoWorkspace()));
        next.show();
        next.runtime()->runtime(); // started when first needed (a Send, a device)
        QTRY_VERIFY(next.runtime()->isReady());
        QVERIFY(QFileInfo::exists(Outbox::fileFor(next.document()->path(), elsewhere)));
    }

    void sendingGoesThroughAManualProxyAndNoneBypassesIt()
    {
        test::FaultServer upstream;
        QVERIFY(upstream.listen());
        test::ProxyServer proxy;
        QVERIFY(proxy.listen());
        proxy.setUpstream(QHostAddress::LocalHost, upstream.port());
        proxy.requireCredentials(u"bob"_s, u"proxy-pass"_s);

        startApp();
        f->window.runtime()->runtime(); // started when first needed (a Send, a device)
        QTRY_VERIFY(f->window.runtime()->isReady());
        // A name that does not resolve: only the proxy knows where it goes.
        const QString url = u"http://webhooks.invalid:8080/hooks/through-proxy"_s;
        f->window.document()->editWebhook(0, u"url"_s, {}, [&](Webhook& w) { w.url = url; });
        PreviewPanel* preview = f->window.preview();
        QTRY_VERIFY(preview->request() && preview->request()->url.host() == u"webhooks.invalid"_s);

        PreferencesDialog* dialog = openDialog();
        QVERIFY(dialog);
        choose(dialog, "proxyModeComboBox", u"manual"_s);
        field<QLineEdit>(dialog, "proxyHostLineEdit")->setText(u"127.0.0.1"_s);
        field<QSpinBox>(dialog, "proxyPortSpinBox")->setValue(proxy.port());
        field<QLineEdit>(dialog, "proxyUserLineEdit")->setText(u"bob"_s);
        QTest::keyClicks(field<QLineEdit>(dialog, "proxyPasswordLineEdit"), u"proxy-pass"_s);
        clickOk(dialog);
        QTRY_VERIFY(!f->window.findChild<PreferencesDialog*>());
        // The password comes from the store, as at start-up.
        QTRY_COMPARE(f->window.runtime()->proxy().password, u"proxy-pass"_s);
        QCOMPARE(f->window.runtime()->proxy().mode, ProxySettings::Mode::Manual);
        QVERIFY(!iniText().contains(u"proxy-pass"_s));

        ResponsesModel* responses = f->window.responsesPanel()->model();
        QVERIFY(!f->window.send().isEmpty());
        QTRY_COMPARE(responses->rowCount(), 1);
        QCOMPARE(responses->index(0, ResponsesModel::StatusColumn).data().toString(), u"200 OK"_s);
        QVERIFY(!proxy.requests().isEmpty());
        QCOMPARE(proxy.requests().last().target, url.toLatin1());
        QVERIFY(proxy.requests().last().forwarded);
        QCOMPARE(upstream.requests().size(), 1);
        QVERIFY(upstream.requests().front().startsWith("POST /hooks/through-proxy HTTP/1.1\r\n"));

        // "No proxy": the same request goes straight to a name that does not resolve, and fails.
        dialog = openDialog();
        QVERIFY(dialog);
        choose(dialog, "proxyModeComboBox", u"none"_s);
        clickOk(dialog);
        QTRY_VERIFY(!f->window.findChild<PreferencesDialog*>());
        QTRY_COMPARE(f->window.runtime()->proxy().mode, ProxySettings::Mode::None);
        const qsizetype proxied = proxy.requests().size();
        QVERIFY(!f->window.send().isEmpty());
        QTRY_COMPARE(responses->rowCount(), 2);
        QCOMPARE(responses->index(1, 0).data(ResponsesModel::OutcomeRole).toString(), u"failed"_s);
        QCOMPARE(proxy.requests().size(), proxied);
        QCOMPARE(upstream.requests().size(), 1);

        // A manual proxy needs a host: OK says so.
        dialog = openDialog();
        QVERIFY(dialog);
        choose(dialog, "proxyModeComboBox", u"manual"_s);
        field<QLineEdit>(dialog, "proxyHostLineEdit")->clear();
        clickOk(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(field<QLabel>(dialog, "proxyProblemLabel")->isVisible());
        QVERIFY(dialog->problem().contains(u"needs a host"_s));
        // A host with a scheme or a port is not a host; an IPv6 address is.
        for (const QString& host : {u"http://127.0.0.1"_s, u"127.0.0.1:3128"_s}) {
            field<QLineEdit>(dialog, "proxyHostLineEdit")->setText(host);
            clickOk(dialog);
            QVERIFY(dialog->isVisible());
            QVERIFY2(dialog->problem().contains(u"the port has a field of its own"_s), qPrintable(host));
        }
        field<QLineEdit>(dialog, "proxyHostLineEdit")->setText(u"::1"_s);
        clickOk(dialog);
        QTRY_VERIFY(!f->window.findChild<PreferencesDialog*>());
        QCOMPARE(f->config.get(ConfigKeys::ProxyHost), u"::1"_s);
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"

// Writes the PNGs of docs/screenshots: the main window, the editor for each format, the inspector,
// the Preferences dialog, a dark-palette main window and the main window in German. Run by scripts/test
// with the offscreen platform.
#include "Config.h"
#include "DeviceHub.h"
#include "DeviceWorkbench.h"
#include "DevicesPanel.h"
#include "Inspector.h"
#include "LiveChart.h"
#include "MainWindow.h"
#include "Paths.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "PreviewPanel.h"
#include "ReceiverPanel.h"
#include "Resources.h"
#include "ResponsesModel.h"
#include "ResponsesPanel.h"
#include "SecretStore.h"
#include "Signal.h"
#include "SignalMonitorModel.h"
#include "Theme.h"
#include "Translations.h"
#include "WebhookEditor.h"
#include "WorkspaceDocument.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

/// Shows the editor as it looks with a keychain, without touching the real one.
class KeychainLikeStore : public MemorySecretStore
{
public:
    bool isPersistent() const override { return true; }
};

class Shooter
{
public:
    explicit Shooter(QString dir)
        : m_dir(std::move(dir))
    {}

    void add(std::function<void()> step) { m_steps.append(std::move(step)); }

    void save(QWidget* widget, const QString& name)
    {
        const QString path = QDir(m_dir).filePath(name + u".png"_s);
        if (!widget->grab().save(path)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            m_failed = true;
            return;
        }
        std::printf("%s\n", qPrintable(path));
    }

    /// Runs the steps one by one, letting the event loop render and validate in between.
    void run()
    {
        if (m_next >= m_steps.size()) {
            QApplication::exit(m_failed ? 1 : 0);
            return;
        }
        m_steps[m_next++]();
        QTimer::singleShot(150, [this] { run(); });
    }

private:
    QString m_dir;
    QList<std::function<void()>> m_steps;
    qsizetype m_next = 0;
    bool m_failed = false;
};

int webhookIndex(const MainWindow& w, const QString& name)
{
    const auto& hooks = w.document()->workspace().webhooks;
    for (int i = 0; i < hooks.size(); ++i) {
        if (hooks[i].name == name)
            return i;
    }
    return -1;
}

/// Attempts as the engine reports them, with fixed times and addresses (a real send would change
/// the pictures on every run).
void addResponses(MainWindow& window, const QDateTime& at)
{
    const RenderedRequest request = *window.preview()->request();
    const QByteArray responseBody = R"({"ok":true,"received":"2026-11-02T10:30:00.041Z","id":"rcv_0042"})";
    auto report = [&](int second, const QString& webhook, int status, const QByteArray& reason) {
        AttemptReport r;
        r.delivery.messageId = u"msg_01M8D8N3CD78GRX9KBXDZTEA8Z"_s;
        r.webhookName = webhook;
        r.attemptNumber = r.attemptInRound = 1;
        r.maxAttempts = 8;
        r.startedAt = at.addSecs(second);
        r.durationMs = 12 + second;
        r.sent = true;
        r.request = request;
        r.result.status = status;
        r.result.reason = reason;
        r.result.httpVersion = "HTTP/1.1";
        r.result.requestHead = request.wireHead();
        r.result.remoteAddress = u"127.0.0.1:8471"_s;
        r.result.finalUrl = request.url;
        r.result.timings.startedAt = r.startedAt;
        // The last one waited for a free connection, as attempts do when a receiver is busy.
        r.result.timings.queuedMs = second == 9 ? 4 : 0;
        r.result.timings.requestSentMs = 2 + r.result.timings.queuedMs;
        r.result.timings.firstByteMs = 9 + second;
        r.result.timings.finishedMs = 12 + second;
        r.summary = u"%1 %2"_s.arg(status).arg(QString::fromLatin1(reason));
        if (status == 200) {
            r.result.outcome = AttemptResult::Outcome::Success;
            r.result.body = responseBody;
            r.result.bodySize = responseBody.size();
            r.result.headers = {{"Content-Type", "application/json"},
                                {"Content-Length", QByteArray::number(responseBody.size())},
                                {"Date", "Mon, 02 Nov 2026 10:30:00 GMT"}};
            r.decision.action = RetryDecision::Action::Delivered;
        } else {
            r.result.outcome = AttemptResult::Outcome::HttpError;
            r.result.body = "Service Unavailable";
            r.result.bodySize = 19;
            r.result.headers = {{"Content-Type", "text/plain"}, {"Retry-After", "30"}};
            r.decision.action = RetryDecision::Action::RetryLater;
            r.nextAttemptAt = r.startedAt.addSecs(30);
        }
        window.responsesPanel()->append(r);
    };
    report(0, u"Temperature alert"_s, 503, "Service Unavailable");
    report(4, u"Local receiver"_s, 200, "OK");
    report(9, u"Local receiver"_s, 200, "OK");
    window.responsesPanel()->selectRow(2);
    window.inspector()->showPanel(window.responsesPanel());
}

/// A request as the built-in receiver records it (fixed time and address).
void addReceived(MainWindow& window, const QDateTime& at)
{
    const RenderedRequest request = *window.preview()->request();
    ReceivedRequest r;
    r.sequence = 1;
    r.receivedAt = at;
    r.method = "POST";
    r.path = request.target;
    for (const RenderedHeader& h : request.headers)
        r.headers.append({h.name, h.value});
    r.body = request.body;
    r.remoteAddress = u"127.0.0.1:52144"_s;
    ReceiverPanel* panel = window.receiverPanel();
    panel->model()->append(r);
    panel->view()->setCurrentIndex(panel->model()->index(0, 0));
    window.inspector()->showPanel(panel);
}

/// Two minutes of a greenhouse's temperature and humidity, and a door signal nobody defined yet, at
/// fixed times: what the Signals monitor and the live chart show after the virtual device ran a while.
void feedDeviceSignals(DeviceWorkbench* devices, const QString& token, const QDateTime& start)
{
    auto signalAt = [&](int number, const QString& json, int second) {
        Signal s;
        s.deviceToken = token;
        s.number = number;
        s.value = *SignalValues::fromJson(json);
        s.receivedAt = start.addSecs(second);
        return s;
    };
    QList<Signal> all;
    for (int second = 0; second <= 120; second += 2) {
        const double t = second / 60.0 * 2 * M_PI;
        all.append(signalAt(1, QString::number(21.5 + 3 * std::sin(t), 'f', 2), second));
        if (second % 6 == 0)
            all.append(signalAt(2, QString::number(64 - 8 * std::sin(t + 0.8), 'f', 1), second));
    }
    all.append(signalAt(5, u"\"open\""_s, 97));
    for (const Signal& s : all) {
        devices->monitorModel()->addSignal(s);
        devices->chart()->addSignal(s);
    }
    devices->monitorModel()->flush();
    devices->chart()->refresh();
}

/// The whole form, not only the part the scroll area shows.
void saveEditor(Shooter& shooter, MainWindow& window, const QString& name)
{
    auto* sections = window.findChild<QWidget*>(u"sectionsWidget"_s);
    sections->adjustSize();
    shooter.save(sections, name);
}

} // namespace

int main(int argc, char* argv[])
{
    // Times in the lists are shown in local time: UTC here, so that the pictures are the same everywhere.
    qputenv("TZ", "UTC");
    tzset();
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    initResources();
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"docs/screenshots"_s;
    QDir().mkpath(out);

    QTemporaryDir settings;
    // The demo's outbox goes with the settings, not into the user's data folder.
    qputenv("HOOKSMITH_DATA_DIR", settings.path().toLocal8Bit());
    Config config(settings.filePath(u"settings.ini"_s));
    KeychainLikeStore store;
    // A fixed sample time and message id, so that the pictures change only when the app does.
    const QDateTime sampleTime = QDateTime::fromString(u"2026-11-02T10:30:00.000Z"_s, Qt::ISODateWithMs);
    auto openDemo = [&] {
        auto w = std::make_unique<MainWindow>(&config, &store);
        w->resize(1440, 900);
        w->openFile(Paths::demoWorkspace());
        w->preview()->setSampleTime(sampleTime);
        w->preview()->setMessageId(u"msg_01M8D8N3CD78GRX9KBXDZTEA8Z"_s);
        w->show();
        return w;
    };
    auto window = openDemo();

    Shooter shooter(out);
    auto select = [&](const QString& name) {
        window->selectWebhook(webhookIndex(*window, name));
    };
    shooter.add([&] { select(u"Temperature alert"_s); });
    shooter.add([&] { shooter.save(window.get(), u"main-window"_s); });
    shooter.add([&] { saveEditor(shooter, *window, u"editor-json"_s); });
    shooter.add([&] { shooter.save(window->inspector(), u"inspector"_s); });
    shooter.add([&] { select(u"Spreadsheet form"_s); });
    shooter.add([&] { saveEditor(shooter, *window, u"editor-form"_s); });
    shooter.add([&] { select(u"Signed event (Standard Webhooks)"_s); });
    shooter.add([&] { saveEditor(shooter, *window, u"editor-custom-json"_s); });
    shooter.add([&] { shooter.save(window->inspector(), u"inspector-signed"_s); });
    shooter.add([&] { select(u"Heartbeat"_s); });
    shooter.add([&] { saveEditor(shooter, *window, u"editor-none"_s); });
    shooter.add([&] {
        // A header that collides with a locked one, as the validation shows it.
        select(u"Local receiver"_s);
        const int index = window->currentWebhook();
        window->document()->editWebhook(index, u"collision"_s, {}, [](Webhook& w) {
            w.headers.append({u"Content-Type"_s, u"text/plain"_s, true, {}});
            w.headers.append({u"X-Room"_s, u"{{DEVICE_NAME}}"_s, true, {}});
        });
    });
    shooter.add([&] { shooter.save(window->findChild<QWidget*>(u"headersSection"_s), u"headers-locked"_s); });
    shooter.add([&] {
        window->document()->undoStack()->setClean();
        select(u"Temperature alert"_s);
        window->editor()->showSummary();
    });
    shooter.add([&] { shooter.save(window->editor(), u"summary"_s); });
    const QString greenhouse = u"8c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e"_s;
    shooter.add([&] {
        // The demo as shipped (without the colliding headers added above).
        while (window->document()->undoStack()->canUndo())
            window->document()->undoStack()->undo();
        window->editor()->showForm();
        select(u"Local receiver"_s);
    });
    shooter.add([&] { addResponses(*window, sampleTime); });
    shooter.add([&] { shooter.save(window->inspector(), u"inspector-response"_s); });
    shooter.add([&] { window->findChild<QTabWidget*>(u"responseDetailTabs"_s)->setCurrentIndex(3); });
    shooter.add([&] { shooter.save(window->inspector(), u"inspector-timing"_s); });
    shooter.add([&] { window->findChild<QTabWidget*>(u"responseDetailTabs"_s)->setCurrentIndex(0); });
    shooter.add([&] { addReceived(*window, sampleTime.addMSecs(41)); });
    shooter.add([&] { shooter.save(window->inspector(), u"receiver"_s); });
    shooter.add([&] {
        // The virtual device stands in for the greenhouse board; the signals have fixed times.
        DeviceWorkbench* devices = window->devices();
        window->document()->undoStack()->clear();
        devices->hub()->setDeviceFor(DeviceHub::kVirtualKey, greenhouse);
        devices->showDevices();
        window->resizeDocks(
            {window->findChild<QDockWidget*>(u"workspaceDock"_s), window->findChild<QDockWidget*>(u"devicesDock"_s)},
            {220, 560}, Qt::Vertical);
        devices->devicesPanel()->selectKey(DeviceHub::kVirtualKey);
        devices->hub()->connectTo(DeviceHub::kVirtualKey);
        devices->showMonitor();
        devices->chart()->setWindowSeconds(120);
        devices->chartSignals({{greenhouse, 1}, {greenhouse, 2}});
        feedDeviceSignals(devices, greenhouse, sampleTime);
    });
    shooter.add([&] { shooter.save(window.get(), u"devices"_s); });
    // The same window, device docks included, on a full-HD screen and on a small laptop one. Growing, the window
    // gives the room to the editor and keeps the docks as they were: the large one first, as if opened there.
    shooter.add([&] { window->resize(1920, 1080); });
    shooter.add([&] { shooter.save(window.get(), u"main-window-1920x1080"_s); });
    shooter.add([&] { window->resize(1024, 640); });
    shooter.add([&] { shooter.save(window.get(), u"main-window-1024x640"_s); });
    shooter.add([&] { window->resize(1440, 900); });
    std::unique_ptr<PreferencesDialog> preferences;
    shooter.add([&] {
        preferences = std::make_unique<PreferencesDialog>(Preferences::from(config), &store, window.get());
        preferences->findChild<QTabWidget*>(u"pagesTabWidget"_s)->setCurrentIndex(2);
        preferences->show();
    });
    shooter.add([&] {
        shooter.save(preferences.get(), u"preferences"_s);
        preferences.reset();
    });
    shooter.add([&] {
        window->devices()->hub()->disconnectFrom(DeviceHub::kVirtualKey);
        window->editor()->showForm();
        window->document()->undoStack()->setClean();
        window.reset();
        Theme::apply(Theme::Mode::Dark);
        window = openDemo();
        select(u"Signed event (Standard Webhooks)"_s);
    });
    shooter.add([&] { shooter.save(window.get(), u"main-window-dark"_s); });
    shooter.add([&] {
        // The main window as a German system shows it (LANG=de_DE.UTF-8): the app's translations
        // are loaded before the window is made, as at start-up.
        window->document()->undoStack()->setClean();
        window.reset();
        Theme::apply(Theme::Mode::System);
        const QLocale german(QLocale::German, QLocale::Germany);
        QLocale::setDefault(german);
        installTranslations(app, german);
        window = openDemo();
        select(u"Temperature alert"_s);
    });
    shooter.add([&] { shooter.save(window.get(), u"main-window-de"_s); });
    QTimer::singleShot(300, [&] { shooter.run(); });
    const int status = QApplication::exec();
    if (window)
        window->document()->undoStack()->setClean();
    return status;
}

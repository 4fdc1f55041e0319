// The app's delivery side: Send through the outbox and the engine, the responses list, the outbox
// panel and the built-in receiver, driven through the widgets of a real main window.
#include "BodyView.h"
#include "FaultServer.h"
#include "GuiTestSupport.h"
#include "Inspector.h"
#include "OutboxPanel.h"
#include "PreviewPanel.h"
#include "ReceiverLimitsDialog.h"
#include "ReceiverPanel.h"
#include "ResponsesModel.h"
#include "ResponsesPanel.h"
#include "TestSupport.h"
#include "WorkspaceDocument.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using hooksmith::test::AppFixture;

namespace {

AttemptReport sampleReport(int n, const QByteArray& body)
{
    AttemptReport r;
    r.delivery.messageId = u"msg_%1"_s.arg(n);
    r.webhookName = n % 2 ? u"Local receiver"_s : u"Temperature alert"_s;
    r.attemptNumber = 1;
    r.attemptInRound = 1;
    r.maxAttempts = 8;
    r.startedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).addMSecs(n);
    r.durationMs = n % 50;
    r.sent = true;
    r.result.outcome = AttemptResult::Outcome::Success;
    r.result.status = 200;
    r.result.reason = "OK";
    r.result.body = body;
    r.result.bodySize = body.size();
    r.summary = u"200 OK"_s;
    r.decision.action = RetryDecision::Action::Delivered;
    return r;
}

/// A loopback port nothing listens on: bound by the OS, then closed again.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestDelivery : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppFixture> f;

    void startApp(int maxAttempts = 0, bool fastRetries = false)
    {
        f = std::make_unique<AppFixture>();
        if (maxAttempts > 0 || fastRetries) {
            AppRuntime::Options options = f->window.runtime()->options();
            if (maxAttempts > 0)
                options.engine.maxAttempts = maxAttempts;
            if (fastRetries) {
                // A retry would come within milliseconds: its absence says something.
                options.engine.schedule.delaysMs = {0, 20, 20};
                options.engine.schedule.jitter = 0;
            }
            f->window.runtime()->setOptions(options);
        }
        QVERIFY(f->window.openFile(Paths::demoWorkspace()));
        f->window.show();
        QCOMPARE(f->window.currentWebhook(), 0); // "Local receiver"
        // The delivery side would start at the first Send; these tests look at it before that.
        f->window.runtime()->runtime();
        QTRY_VERIFY(f->window.runtime()->isReady());
    }

private Q_SLOTS:
    void initTestCase() { initResources(); }
    void cleanup() { f.reset(); }

    void receiverLimitsAreSetInThePanelKeptInTheSettingsAndRefusalsShown()
    {
        // The settings' defaults are the receiver's own.
        const ReceiverLimits defaults;
        QTemporaryDir dir;
        const ReceiverLimits fromEmpty = receiverLimitsFrom(Config(dir.filePath(u"empty.ini"_s)));
        QCOMPARE(fromEmpty.request.maxBodyBytes, defaults.request.maxBodyBytes);
        QCOMPARE(fromEmpty.request.maxHeadBytes, defaults.request.maxHeadBytes);
        QCOMPARE(fromEmpty.request.maxRequestLine, defaults.request.maxRequestLine);
        QCOMPARE(fromEmpty.request.maxHeaderLines, defaults.request.maxHeaderLines);
        QCOMPARE(fromEmpty.idleTimeoutMs, defaults.idleTimeoutMs);
        QCOMPARE(fromEmpty.maxConnections, defaults.maxConnections);

        startApp();
        ReceiverPanel* panel = f->window.receiverPanel();
        QTRY_VERIFY(panel->isListening());
        // Limits… opens the dialog; the body limit is set to 1 MiB and accepted.
        f->find<QPushButton>("receiverLimitsButton")->click();
        ReceiverLimitsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = panel->findChild<ReceiverLimitsDialog*>()) != nullptr);
        auto* body = dialog->findChild<QSpinBox*>(u"bodySpinBox"_s);
        QVERIFY(body);
        QCOMPARE(body->value(), 16);
        body->setValue(1);
        dialog->accept();
        QCOMPARE(panel->receiver()->limits().request.maxBodyBytes, 1024 * 1024);
        QCOMPARE(f->config.get(ConfigKeys::ReceiverMaxBodyBytes), 1024LL * 1024);

        // A larger body is refused, and the panel shows it as such.
        QTcpSocket client;
        QByteArray reply;
        connect(&client, &QTcpSocket::readyRead, &client, [&] { reply += client.readAll(); });
        client.connectToHost(QHostAddress::LocalHost, panel->receiver()->port());
        client.write("POST /too-big HTTP/1.1\r\nContent-Length: 2000000\r\n\r\n");
        QTRY_VERIFY(reply.startsWith("HTTP/1.1 413 "));
        QTRY_COMPARE(panel->model()->rowCount(), 1);
        const QModelIndex result = panel->model()->index(0, ReceivedRequestsModel::ResultColumn);
        QCOMPARE(panel->model()->index(0, ReceivedRequestsModel::PathColumn).data().toString(), u"/too-big"_s);
        QCOMPARE(result.data().toString(), u"refused, 413"_s);
        QCOMPARE(result.data(Qt::ToolTipRole).toString(),
                 u"the body of 2000000 bytes is larger than the limit of 1 MiB"_s);
        panel->view()->selectRow(0);
        QTRY_VERIFY(f->find<QLabel>("receiverDetailLabel")->text().contains(u"refused with 413"_s));
    }

    void sendToBuiltInReceiver()
    {
        startApp();
        ReceiverPanel* receiver = f->window.receiverPanel();
        // The demo's receiver starts with the delivery side (on port 0 here).
        QTRY_VERIFY(receiver->isListening());
        QVERIFY(receiver->receiver()->port() != 0);
        QAbstractItemModelTester receivedTester(receiver->model(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester responsesTester(f->window.responsesPanel()->model(),
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);

        // "Use for this webhook" points the selected webhook at the receiver, as one undoable edit.
        const QString before = f->window.document()->webhook(0)->url;
        f->find<QPushButton>("receiverUseButton")->click();
        const QString url = receiver->webhookUrl();
        QCOMPARE(f->window.document()->webhook(0)->url, url);
        QVERIFY(url.startsWith(u"http://127.0.0.1:"_s));
        f->window.document()->undoStack()->undo();
        QCOMPARE(f->window.document()->webhook(0)->url, before);
        f->window.document()->undoStack()->redo();
        QCOMPARE(f->window.document()->webhook(0)->url, url);

        // Send fires exactly the previewed request.
        PreviewPanel* preview = f->window.preview();
        QTRY_VERIFY(preview->previewText().startsWith(u"POST /hooks/3f0e7a8e-5c2b-4a19-9d41-0b6f2c8e7a51 "_s));
        QTRY_VERIFY(preview->request() && preview->request()->url.port() == receiver->receiver()->port());
        const QByteArray previewedBody = preview->request()->body;
        const QString previewedId = preview->messageId();
        QVERIFY(!previewedBody.isEmpty());
        QPushButton* send = preview->findChild<QPushButton*>(u"sendButton"_s);
        QVERIFY(send && send->isVisibleTo(preview));
        send->click();

        ResponsesModel* responses = f->window.responsesPanel()->model();
        QTRY_COMPARE(responses->rowCount(), 1);
        QCOMPARE(responses->index(0, 0).data(ResponsesModel::StatusCodeRole).toInt(), 200);
        QCOMPARE(responses->index(0, ResponsesModel::StatusColumn).data().toString(), u"200 OK"_s);
        QCOMPARE(responses->index(0, ResponsesModel::WebhookColumn).data().toString(), u"Local receiver"_s);
        QCOMPARE(responses->index(0, ResponsesModel::AttemptsColumn).data().toString(), u"test"_s);
        QCOMPARE(responses->index(0, 0).data(ResponsesModel::MessageIdRole).toString(), previewedId);
        // The app shows the response of its own Send.
        QCOMPARE(f->window.inspector()->tabs()->currentWidget(), f->window.responsesPanel());
        QCOMPARE(f->window.responsesPanel()->detailStatus(), u"200 OK"_s);
        QCOMPARE(f->find<QPlainTextEdit>("responseBodyEdit")->toPlainText(), u"{\n  \"ok\": true\n}"_s);
        QVERIFY(f->find<QPlainTextEdit>("responseHeadersEdit")->toPlainText().startsWith(u"HTTP/1.1 200 OK\n"_s));
        const QString sent = f->find<QPlainTextEdit>("responseRequestEdit")->toPlainText();
        QVERIFY2(sent.startsWith(u"POST /hooks/3f0e7a8e-5c2b-4a19-9d41-0b6f2c8e7a51 HTTP/1.1\n"_s), qPrintable(sent));
        QVERIFY(f->find<QPlainTextEdit>("responseTimingEdit")->toPlainText().contains(u"TLS: none"_s));
        QVERIFY(f->find<QLabel>("responseFactsLabel")->text().contains(u"127.0.0.1"_s));
        // The preview moved on to the next message id.
        QVERIFY(preview->messageId() != previewedId);

        // The receiver lists the request with the exact body.
        QTRY_COMPARE(receiver->model()->rowCount(), 1);
        const ReceivedRequest& got = receiver->model()->request(0);
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.path, QByteArray("/hooks/3f0e7a8e-5c2b-4a19-9d41-0b6f2c8e7a51"));
        QCOMPARE(got.body, previewedBody);
        QCOMPARE(receiver->model()->index(0, ReceivedRequestsModel::MethodColumn).data().toString(), u"POST"_s);
        QTRY_VERIFY(f->find<QPlainTextEdit>("receiverBodyEdit")->toPlainText().contains(u"\"deviceToken\": "_s));
        QVERIFY(f->find<QPlainTextEdit>("receiverHeadersEdit")
                    ->toPlainText()
                    .contains(u"Content-Type: application/json"_s, Qt::CaseInsensitive));
        // Delivered: the outbox is empty again.
        QTRY_COMPARE(f->find<QLabel>("outboxCountsLabel")->text(), u"0 pending, 0 failed"_s);
    }

    void testSendNeverRetries()
    {
        startApp(8, true);
        test::FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(test::FaultServer::Action::respond(503, "Service Unavailable"));
        f->window.document()->editWebhook(0, u"url"_s, {},
                                          [&](Webhook& w) { w.url = server.url(u"/busy"_s).toString(); });
        PreviewPanel* preview = f->window.preview();
        auto* send = preview->findChild<QPushButton*>(u"sendButton"_s);
        QTRY_VERIFY(preview->request() && preview->request()->url.port() == server.port());
        QTRY_VERIFY(send->isEnabled());
        send->click();

        ResponsesModel* responses = f->window.responsesPanel()->model();
        QTRY_COMPARE(responses->rowCount(), 1);
        QCOMPARE(responses->index(0, ResponsesModel::StatusColumn).data().toString(), u"503 Service Unavailable"_s);
        QCOMPARE(responses->index(0, 0).data(ResponsesModel::OutcomeRole).toString(), u"failed"_s);
        QCOMPARE(responses->index(0, ResponsesModel::AttemptsColumn).data().toString(), u"test"_s);
        QCOMPARE(f->window.inspector()->tabs()->currentWidget(), f->window.responsesPanel());
        // With retries 20 ms apart, a delivery would have been attempted again long before this.
        QTest::qWait(500);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(responses->rowCount(), 1);
        QTRY_COMPARE(f->find<QLabel>("outboxCountsLabel")->text(), u"0 pending, 0 failed"_s);
        QCOMPARE(f->window.outboxPanel()->model()->rowCount(), 0);

        // Through the outbox, the same request is retried by the webhook's policy.
        QVERIFY(!f->window.sendThroughOutbox().isEmpty());
        QTRY_VERIFY(server.requests().size() >= 3);
    }

    void cancelAbortsAnInFlightSend()
    {
        startApp();
        test::FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(test::FaultServer::Action::hang());
        f->window.document()->editWebhook(0, u"url"_s, {},
                                          [&](Webhook& w) { w.url = server.url(u"/never"_s).toString(); });
        PreviewPanel* preview = f->window.preview();
        QTRY_VERIFY(preview->request() && preview->request()->url.port() == server.port());
        const QString id = f->window.send();
        QVERIFY(!id.isEmpty());
        // The request arrives and is never answered: the row says so, with the time it has taken.
        QTRY_COMPARE(server.requests().size(), 1);
        auto* label = f->find<QLabel>("inFlightLabel");
        QVERIFY(label);
        QTRY_VERIFY(label->isVisible() && label->text().startsWith(u"Sending \"Local receiver\"… "_s));
        QCOMPARE(f->window.responsesPanel()->inFlight(), QStringList{id});
        QCOMPARE(f->window.runtime()->currentRuntime()->engine()->directInFlight(), QStringList{id});

        auto* cancel = f->find<QPushButton>("cancelSendButton");
        QVERIFY(cancel && cancel->isVisible());
        cancel->click();
        ResponsesModel* responses = f->window.responsesPanel()->model();
        QTRY_COMPARE(responses->rowCount(), 1);
        QCOMPARE(responses->index(0, ResponsesModel::StatusColumn).data().toString(), u"cancelled"_s);
        QCOMPARE(responses->index(0, 0).data(ResponsesModel::MessageIdRole).toString(), id);
        QVERIFY(f->window.responsesPanel()->inFlight().isEmpty());
        QVERIFY(f->window.runtime()->currentRuntime()->engine()->directInFlight().isEmpty());
        QTRY_VERIFY(!f->find<QWidget>("inFlightBox")->isVisible());
        QCOMPARE(server.requests().size(), 1);
    }

    void missingVariableIsAFinalFailure()
    {
        startApp(8, true);
        test::FaultServer server;
        QVERIFY(server.listen());
        WorkspaceDocument* doc = f->window.document();
        doc->editWebhook(0, u"headers"_s, {}, [&](Webhook& w) {
            w.url = server.url(u"/hook"_s).toString();
            w.headers.append(NameValueRow{u"X-Token"_s, u"{{env:HOOKSMITH_GUI_UNSET_TOKEN}}"_s, true, {}});
        });
        // Problems lists it before any send, and Send says why it is off.
        QTRY_VERIFY(std::any_of(doc->problems().begin(), doc->problems().end(), [](const Problem& p) {
            return p.webhookIndex == 0 && p.isError() && p.message.contains(u"HOOKSMITH_GUI_UNSET_TOKEN"_s);
        }));
        auto* send = f->window.preview()->findChild<QPushButton*>(u"sendButton"_s);
        QTRY_VERIFY(!send->isEnabled());
        QVERIFY2(send->toolTip().contains(u"HOOKSMITH_GUI_UNSET_TOKEN"_s), qPrintable(send->toolTip()));

        // Through the outbox it fails at once with that reason, and is not retried.
        QVERIFY(!f->window.sendThroughOutbox().isEmpty());
        OutboxModel* outbox = f->window.outboxPanel()->model();
        QTRY_VERIFY(outbox->rowCount() == 1 &&
                    outbox->index(0, 0).data(OutboxModel::StateRole).toString() == u"failed"_s);
        const QString reason = outbox->index(0, OutboxModel::ReasonColumn).data().toString();
        QVERIFY2(reason.contains(u"HOOKSMITH_GUI_UNSET_TOKEN"_s), qPrintable(reason));
        QTest::qWait(300);
        QCOMPARE(outbox->index(0, OutboxModel::AttemptsColumn).data().toInt(), 1);
        QCOMPARE(server.requests().size(), 0);

        // Fixed: "Retry all of this webhook" checks it again in one action, and it is delivered.
        test::EnvGuard env;
        env.set(u"HOOKSMITH_GUI_UNSET_TOKEN"_s, u"t0k"_s);
        f->window.outboxPanel()->view()->selectRow(0);
        auto* retryAll = f->find<QPushButton>("outboxRetryWebhookButton");
        QVERIFY(retryAll->isEnabled());
        retryAll->click();
        QTRY_COMPARE(server.requests().size(), 1);
        QTRY_COMPARE(outbox->rowCount(), 0);
    }

    void aHeaderClashIsRefusedInThePreview()
    {
        startApp();
        WorkspaceDocument* doc = f->window.document();
        doc->editWebhook(0, u"headers"_s, {}, [&](Webhook& w) {
            w.headers.append(NameValueRow{u"Content-Type"_s, u"text/plain"_s, true, {}});
        });
        PreviewPanel* preview = f->window.preview();
        auto* refused = preview->findChild<QLabel*>(u"refusedLabel"_s);
        QTRY_VERIFY(refused->isVisibleTo(preview));
        QVERIFY2(refused->text().contains(u"Content-Type"_s), qPrintable(refused->text()));
        auto* send = preview->findChild<QPushButton*>(u"sendButton"_s);
        QVERIFY(!send->isEnabled());
        QVERIFY2(send->toolTip().startsWith(u"Cannot be sent: "_s), qPrintable(send->toolTip()));
        QVERIFY(f->window.send().isEmpty());
        QCOMPARE(f->window.responsesPanel()->model()->rowCount(), 0);
        // Taken out again, it can be sent.
        doc->undoStack()->undo();
        QTRY_VERIFY(send->isEnabled());
        QVERIFY(!refused->isVisibleTo(preview));
    }

    void backgroundAttemptsLeaveTheInspectorWhereItIs()
    {
        startApp(8, true);
        test::FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(test::FaultServer::Action::respond(503, "Service Unavailable"));
        f->window.document()->editWebhook(0, u"url"_s, {},
                                          [&](Webhook& w) { w.url = server.url(u"/busy"_s).toString(); });
        QVERIFY(!f->window.sendThroughOutbox().isEmpty());
        // Its first attempt is shown; then the user looks at the outbox while the retries go on.
        QTRY_COMPARE(f->window.inspector()->tabs()->currentWidget(), f->window.responsesPanel());
        f->window.inspector()->showPanel(f->window.outboxPanel());
        QTRY_VERIFY(f->window.responsesPanel()->model()->rowCount() >= 3);
        QCOMPARE(f->window.inspector()->tabs()->currentWidget(), f->window.outboxPanel());
    }

    void discardSaysWhenAnAttemptIsUnderWay()
    {
        startApp();
        test::FaultServer server;
        QVERIFY(server.listen());
        server.setDefaultAction(test::FaultServer::Action::hang());
        f->window.document()->editWebhook(0, u"url"_s, {},
                                          [&](Webhook& w) { w.url = server.url(u"/never"_s).toString(); });
        QVERIFY(!f->window.sendThroughOutbox().isEmpty());
        QTRY_COMPARE(server.requests().size(), 1);
        OutboxModel* outbox = f->window.outboxPanel()->model();
        QTRY_COMPARE(outbox->rowCount(), 1);
        f->window.outboxPanel()->view()->selectRow(0);
        f->find<QPushButton>("outboxDiscardButton")->click();
        QVERIFY2(f->find<QLabel>("outboxDetailLabel")->text().contains(u"were being attempted"_s),
                 qPrintable(f->find<QLabel>("outboxDetailLabel")->text()));
    }

    void failureGoesToOutbox()
    {
        startApp(1);
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        WorkspaceDocument* doc = f->window.document();
        doc->editWebhook(0, u"url"_s, {}, [&](Webhook& w) { w.url = u"http://127.0.0.1:%1/closed"_s.arg(port); });
        QAbstractItemModelTester outboxTester(f->window.outboxPanel()->model(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(!f->window.sendThroughOutbox().isEmpty());
        ResponsesModel* responses = f->window.responsesPanel()->model();
        QTRY_COMPARE(responses->rowCount(), 1);
        QCOMPARE(responses->index(0, 0).data(ResponsesModel::OutcomeRole).toString(), u"failed"_s);
        QCOMPARE(responses->index(0, 0).data(ResponsesModel::StatusCodeRole).toInt(), 0);
        const QString summary = responses->index(0, ResponsesModel::StatusColumn).data().toString();
        QVERIFY2(summary.contains(u"refused"_s), qPrintable(summary));
        QCOMPARE(f->window.responsesPanel()->detailStatus(), summary);

        // The outbox panel lists it as failed, with its reason and attempts.
        OutboxModel* outbox = f->window.outboxPanel()->model();
        QTRY_VERIFY(outbox->rowCount() == 1 &&
                    outbox->index(0, 0).data(OutboxModel::StateRole).toString() == u"failed"_s);
        QCOMPARE(outbox->index(0, OutboxModel::AttemptsColumn).data().toInt(), 1);
        QVERIFY(!outbox->index(0, OutboxModel::ReasonColumn).data().toString().isEmpty());
        QTRY_COMPARE(f->find<QLabel>("outboxCountsLabel")->text(), u"0 pending, 1 failed"_s);

        // "Retry now" attempts it again (a new round of one attempt): it fails again.
        QTableView* view = f->window.outboxPanel()->view();
        auto* retry = f->find<QPushButton>("outboxRetryButton");
        QVERIFY(!retry->isEnabled());
        view->selectRow(0);
        QVERIFY(retry->isEnabled());
        const QString detail = f->find<QLabel>("outboxDetailLabel")->text();
        QVERIFY2(detail.contains(u"Failed after 1 attempt(s): "_s) && detail.contains(u"refused"_s),
                 qPrintable(detail));
        retry->click();
        QTRY_COMPARE(responses->rowCount(), 2);
        QCOMPARE(responses->index(1, 0).data(ResponsesModel::OutcomeRole).toString(), u"failed"_s);
        // The list follows the store: the retry first shows as pending, then as failed again.
        QTRY_VERIFY(outbox->rowCount() == 1 && outbox->index(0, OutboxModel::AttemptsColumn).data().toInt() == 2 &&
                    outbox->index(0, 0).data(OutboxModel::StateRole).toString() == u"failed"_s);

        // "Discard" removes it.
        view->selectRow(0);
        f->find<QPushButton>("outboxDiscardButton")->click();
        QTRY_COMPARE(outbox->rowCount(), 0);
        QTRY_COMPARE(f->find<QLabel>("outboxCountsLabel")->text(), u"0 pending, 0 failed"_s);
    }

    void theDeliverySideAndTheReceiverStartWhenFirstNeeded()
    {
        f = std::make_unique<AppFixture>();
        // A port of its own, which the demo's first webhook is pointed at before anything listens on it.
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        f->window.receiverPanel()->setPort(port);
        QVERIFY(f->window.openFile(Paths::demoWorkspace()));
        f->window.show();
        WorkspaceDocument* doc = f->window.document();
        doc->editWebhook(0, u"url"_s, {}, [&](Webhook& w) { w.url = u"http://127.0.0.1:%1/first"_s.arg(port); });
        QVERIFY(!f->window.runtime()->hasStoredOutbox());
        // Well past the deferred start: no outbox was opened and the receiver does not listen.
        QTest::qWait(500);
        QVERIFY(!f->window.runtime()->currentRuntime());
        QVERIFY(!f->window.receiverPanel()->isListening());

        // Send starts both, the receiver before the request leaves.
        std::optional<AttemptReport> report;
        connect(f->window.runtime(), &AppRuntime::attemptFinished, this,
                [&](const AttemptReport& r) { report.emplace(r); });
        QVERIFY(!f->window.send().isEmpty());
        QVERIFY(f->window.runtime()->currentRuntime());
        QVERIFY(f->window.receiverPanel()->isListening());
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 15000);
        QVERIFY2(report->sent && report->result.outcome == AttemptResult::Outcome::Success,
                 qPrintable(report->summary));
        QTRY_COMPARE(f->window.receiverPanel()->model()->rowCount(), 1);
    }

    void theReceiverStartsWhenItsTabIsOpened()
    {
        f = std::make_unique<AppFixture>();
        QVERIFY(f->window.openFile(Paths::demoWorkspace()));
        f->window.show();
        QTest::qWait(300);
        QVERIFY(!f->window.receiverPanel()->isListening());
        f->window.inspector()->showPanel(f->window.receiverPanel());
        QVERIFY(f->window.receiverPanel()->isListening());
        QVERIFY(!f->window.runtime()->currentRuntime());
    }

    void deliveriesWaitingInTheOutboxResumeAtStart()
    {
        QTemporaryDir outboxes;
        QVERIFY(outboxes.isValid());
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        auto open = [&] {
            f = std::make_unique<AppFixture>();
            AppRuntime::Options options = f->window.runtime()->options();
            options.outboxDir = outboxes.path();
            // The first attempt fails, the next one is a minute away: the delivery waits in the outbox.
            options.engine.schedule.delaysMs = {0, 60000};
            options.engine.schedule.jitter = 0;
            f->window.runtime()->setOptions(options);
            QVERIFY(f->window.openFile(Paths::demoWorkspace()));
            f->window.show();
        };
        open();
        f->window.document()->editWebhook(0, u"url"_s, {},
                                          [&](Webhook& w) { w.url = u"http://127.0.0.1:%1/later"_s.arg(port); });
        QVERIFY(!f->window.sendThroughOutbox().isEmpty());
        QTRY_COMPARE(f->find<QLabel>("outboxCountsLabel")->text(), u"1 pending, 0 failed"_s);
        f.reset();

        // The next start finds the outbox on disk and opens it without being asked.
        open();
        QVERIFY(f->window.runtime()->hasStoredOutbox());
        QTRY_VERIFY(f->window.runtime()->isReady());
        QTRY_COMPARE(f->find<QLabel>("outboxCountsLabel")->text(), u"1 pending, 0 failed"_s);
    }

    void receiverPortTaken()
    {
        f = std::make_unique<AppFixture>();
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        ReceiverPanel* receiver = f->window.receiverPanel();
        receiver->setPort(squatter.serverPort());
        QVERIFY(!receiver->start());
        QVERIFY(!receiver->isListening());
        QVERIFY(!receiver->errorString().isEmpty());
        QVERIFY(f->find<QLabel>("receiverStateLabel")->text().startsWith(u"Not listening: "_s));
        QVERIFY(f->window.statusBar()->currentMessage().startsWith(u"Built-in receiver: "_s));
        QVERIFY(!f->find<QPushButton>("receiverUseButton")->isEnabled());
        // Once the port is free the same panel starts.
        squatter.close();
        QVERIFY(receiver->start());
        QVERIFY(f->find<QLabel>("receiverStateLabel")->text().startsWith(u"Listening on http://127.0.0.1:"_s));
    }

    void responsesModelIsBounded()
    {
        ResponsesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QByteArray body(10 * 1024, 'x');
        for (int i = 0; i < 1000; ++i)
            model.append(sampleReport(i, body));
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.fullReportCount(), 200);
        QVERIFY(model.report(999));
        QCOMPARE(model.report(999)->delivery.messageId, u"msg_999"_s);
        QVERIFY(!model.report(799));
        QVERIFY(model.report(800));
        QCOMPARE(model.index(0, ResponsesModel::TimeColumn).data(ResponsesModel::StatusCodeRole).toInt(), 200);
        QCOMPARE(model.summary(799), u"200 OK"_s);
        QCOMPARE(model.internedCount(), 2 + 2 + 1); // two names, one summary, and "" in each table
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.fullReportBytes(), 0);

        // A batch is one insertion; of a batch larger than the list only the newest rows stay.
        model.setLimits({10, 3, 1 << 20});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QList<AttemptReport> batch;
        for (int i = 0; i < 25; ++i)
            batch.append(sampleReport(i, body));
        model.append(batch);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.record(0).startedAtMs, sampleReport(15, {}).startedAt.toMSecsSinceEpoch());
        QCOMPARE(model.fullReportCount(), 3);
        QVERIFY(model.report(9) && !model.report(6));
    }

    void responsesModelHolds100000()
    {
        // The bound: rows are fixed-size records; full reports are capped by count and bytes.
        static_assert(sizeof(ResponsesModel::Record) <= 40);
        ResponsesModel model;
        const QByteArray body(AttemptResult::kMaxKeptBody, 'y'); // the engine keeps at most 1 MiB
        const int total = model.limits().maxRows;
        QCOMPARE(total, 100000);
        for (int i = 0; i < total; ++i)
            model.append(sampleReport(i, i % 1000 == 0 ? body : QByteArray("{\"ok\":true}")));
        QCOMPARE(model.rowCount(), 100000);
        QVERIFY(model.fullReportCount() <= model.limits().maxFullReports);
        QVERIFY(model.fullReportBytes() <= model.limits().maxFullBytes);
        QCOMPARE(model.internedCount(), 2 + 2 + 1);
        // Beyond the limit the oldest row goes.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.append(sampleReport(total, "{}"));
        QCOMPARE(model.rowCount(), 100000);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.record(0).startedAtMs, sampleReport(1, {}).startedAt.toMSecsSinceEpoch());

        // 1 MiB bodies: the byte budget keeps far fewer than maxFullReports.
        ResponsesModel big;
        for (int i = 0; i < 300; ++i)
            big.append(sampleReport(i, body));
        QCOMPARE(big.rowCount(), 300);
        QVERIFY(big.fullReportBytes() <= big.limits().maxFullBytes);
        QCOMPARE(big.fullReportCount(),
                 int(big.limits().maxFullBytes / ResponsesModel::reportBytes(sampleReport(0, body))));
        QVERIFY(big.report(299));
        QVERIFY(!big.report(0));
    }

    void reportsAreKeptAsTheyCame()
    {
        // The sender reports the head from the request's masked view: the list keeps it as it is, and
        // counts what it keeps.
        AttemptReport r = sampleReport(1, "{}");
        RenderedRequest masked;
        masked.target = "/hook?key=****";
        masked.headers = {{"Host", "example.com", HeaderSource::Automatic, true},
                          {"Authorization", "Basic ****", HeaderSource::Auth, true}};
        masked.body = "{\"token\":\"****\"}";
        masked.masked = true;
        r.request = masked;
        r.result.requestHead = masked.wireHead();
        ResponsesModel model;
        model.append(r);
        QCOMPARE(model.report(0)->result.requestHead, masked.wireHead());
        QCOMPARE(model.fullReportBytes(), ResponsesModel::reportBytes(r));
        QCOMPARE(ResponsesModel::reportBytes(r), qint64(2 + masked.wireHead().size() + masked.body.size()));
        // A report without the request (the engine reports none unless asked) keeps the sender's head.
        r.request.reset();
        model.append(r);
        QCOMPARE(model.report(1)->result.requestHead, masked.wireHead());
        QCOMPARE(model.fullReportBytes(), 2 * ResponsesModel::reportBytes(sampleReport(1, "{}")) +
                                              2 * masked.wireHead().size() + masked.body.size());
    }

    void sentSecretsShowMasked()
    {
        // Basic auth with a password from the environment: the receiver gets it, the Responses panel
        // shows Basic ****.
        test::EnvGuard env;
        env.set(u"HOOKSMITH_GUI_TEST_PASSWORD"_s, u"hunter2-gui"_s);
        startApp();
        ReceiverPanel* receiver = f->window.receiverPanel();
        QTRY_VERIFY(receiver->isListening());
        f->find<QPushButton>("receiverUseButton")->click();
        f->window.document()->editWebhook(0, u"auth"_s, {}, [](Webhook& w) {
            w.auth.type = AuthType::Basic;
            w.auth.username = u"bob"_s;
            w.auth.password = u"{{env:HOOKSMITH_GUI_TEST_PASSWORD}}"_s;
        });
        const QByteArray credentials = QByteArray("bob:hunter2-gui").toBase64();
        QTRY_VERIFY(f->window.preview()->previewText().contains(u"Authorization: Basic ****"_s));
        QVERIFY(!f->window.send().isEmpty());

        QTRY_COMPARE(receiver->model()->rowCount(), 1);
        bool receivedCredentials = false;
        for (const auto& [name, value] : receiver->model()->request(0).headers)
            receivedCredentials = receivedCredentials || value == "Basic " + credentials;
        QVERIFY(receivedCredentials);

        ResponsesModel* responses = f->window.responsesPanel()->model();
        QTRY_COMPARE(responses->rowCount(), 1);
        const AttemptReport* report = responses->report(0);
        QVERIFY(report && report->request);
        QVERIFY(report->result.requestHead.contains("\r\nAuthorization: Basic ****\r\n"));
        QVERIFY(!report->result.requestHead.contains(credentials));
        const QString shown = f->find<QPlainTextEdit>("responseRequestEdit")->toPlainText();
        QVERIFY2(shown.contains(u"\nAuthorization: Basic ****\n"_s), qPrintable(shown));
        QVERIFY(!shown.contains(QString::fromLatin1(credentials)));
        QVERIFY(!shown.contains(u"hunter2-gui"_s));
    }

    void otherModelsPassTester()
    {
        ReceivedRequestsModel received;
        QAbstractItemModelTester t1(&received, QAbstractItemModelTester::FailureReportingMode::QtTest);
        received.setLimit(3);
        for (int i = 0; i < 5; ++i) {
            ReceivedRequest r;
            r.sequence = quint64(i);
            r.method = "POST";
            r.path = "/hooks/" + QByteArray::number(i);
            r.body = "{}";
            received.append(r);
        }
        QCOMPARE(received.rowCount(), 3);
        QCOMPARE(received.request(0).path, QByteArray("/hooks/2"));
        received.setLimit(1);
        QCOMPARE(received.rowCount(), 1);
        received.clear();
        QCOMPARE(received.rowCount(), 0);

        OutboxModel outbox;
        QAbstractItemModelTester t2(&outbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DeliveryItem a;
        a.messageId = u"msg_a"_s;
        a.state = DeliveryItem::State::Failed;
        a.finalReason = u"gave up"_s;
        DeliveryItem b;
        b.messageId = u"msg_b"_s;
        b.lastError = u"503 Service Unavailable"_s;
        outbox.setDeliveries({a, b});
        QCOMPARE(outbox.rowCount(), 2);
        QCOMPARE(outbox.rowOf(u"msg_b"_s), 1);
        QCOMPARE(outbox.index(0, OutboxModel::ReasonColumn).data().toString(), u"gave up"_s);
        QCOMPARE(outbox.index(1, OutboxModel::ReasonColumn).data().toString(), u"503 Service Unavailable"_s);
        outbox.setDeliveries({});
        QCOMPARE(outbox.rowCount(), 0);
    }

    void bodyText()
    {
        // Pretty-printed JSON keeps numbers and strings exactly as received.
        QCOMPARE(BodyText::prettyJson(R"({"a":[1,2.50,{}],"b":"x, y: {z}","c":[]})"),
                 u"{\n  \"a\": [\n    1,\n    2.50,\n    {}\n  ],\n  \"b\": \"x, y: {z}\",\n  \"c\": []\n}"_s);
        QVERIFY(BodyText::prettyJson("not json").isNull());
        QCOMPARE(BodyText::format("plain text").second, BodyText::Kind::Text);
        QCOMPARE(BodyText::format("").second, BodyText::Kind::Empty);
        const QByteArray binary("\x00\x01\xff"
                                "AB",
                                5);
        QVERIFY(BodyText::looksBinary(binary));
        QCOMPARE(BodyText::format(binary).second, BodyText::Kind::Binary);
        const QByteArray large(100 * 1024, '\0');
        const QString dumped = BodyText::format(large).first;
        QCOMPARE(dumped.count(u'\n'), 64 * 1024 / 16);
        QVERIFY(dumped.endsWith(u"… 36864 more byte(s)"_s));
        QCOMPARE(BodyText::hexDump(binary), u"00000000  00 01 ff 41 42                                    |...AB|\n"_s);
    }
};

QTEST_MAIN(TestDelivery)
#include "tst_delivery.moc"

#include "BindingModels.h"
#include "GuiTestSupport.h"
#include "WebhookTableModels.h"
#include "WorkspaceDocument.h"
#include "WorkspaceFile.h"
#include "WorkspaceModels.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace hooksmith;

/// Every item model against QAbstractItemModelTester, through edits, undo, redo and resets.
class TestGuiModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<WorkspaceDocument> m_doc;

    void exercise(const std::function<void()>& afterEach = {})
    {
        QUndoStack* stack = m_doc->undoStack();
        auto step = [&](const std::function<void()>& edit) {
            edit();
            if (afterEach)
                afterEach();
        };
        step([&] { m_doc->editWebhook(0, u"url"_s, u"url"_s, [](Webhook& w) { w.url += u"/x"_s; }); });
        step([&] { m_doc->editWebhook(0, u"format"_s, {}, [](Webhook& w) { w.format = BodyFormat::Form; }); });
        step([&] { m_doc->editWebhook(0, u"auth"_s, {}, [](Webhook& w) { w.auth.type = AuthType::Basic; }); });
        step([&] {
            m_doc->editWebhook(0, u"signing"_s, {}, [](Webhook& w) { w.signing.scheme = SigningScheme::Stripe; });
        });
        step([&] {
            m_doc->editWebhook(0, u"header"_s, {}, [](Webhook& w) {
                w.headers.append({u"Accept-Encoding"_s, u"gzip"_s, true, {}});
            });
        });
        step([&] { m_doc->editWebhook(0, u"body"_s, {}, [](Webhook& w) { w.body.removeFirst(); }); });
        step([&] {
            m_doc->editWebhook(0, u"query"_s, {}, [](Webhook& w) { w.query.append({u"q"_s, u"1"_s, true, {}}); });
        });
        step([&] { m_doc->editWebhook(0, u"bind"_s, {}, [](Webhook& w) { w.devices.append(u"unknown-token"_s); }); });
        step([&] { m_doc->editWebhook(0, u"signals"_s, {}, [](Webhook& w) { w.signalNumbers = {9, 1}; }); });
        step([&] {
            m_doc->editWorkspace(u"add"_s, WorkspaceDocument::Change::WebhookList,
                                 [](Workspace& ws) { ws.webhooks.prepend(Webhook::createDefault(u"first"_s)); });
        });
        step([&] {
            m_doc->editWorkspace(u"device"_s, WorkspaceDocument::Change::Devices,
                                 [](Workspace& ws) { ws.devices.removeLast(); });
        });
        step([&] {
            m_doc->editWorkspace(u"signal"_s, WorkspaceDocument::Change::Signals, [](Workspace& ws) {
                ws.signalDefs.append({7, u"x"_s, u"y"_s, {}});
            });
        });
        while (stack->canUndo()) {
            stack->undo();
            if (afterEach)
                afterEach();
        }
        while (stack->canRedo()) {
            stack->redo();
            if (afterEach)
                afterEach();
        }
        const LoadResult demo = WorkspaceFile::load(Paths::demoWorkspace());
        m_doc->reset(*demo.workspace, Paths::demoWorkspace());
    }

private Q_SLOTS:
    void initTestCase() { initResources(); }

    void init()
    {
        m_store = std::make_unique<MemorySecretStore>();
        m_doc = std::make_unique<WorkspaceDocument>(m_store.get());
        const LoadResult demo = WorkspaceFile::load(Paths::demoWorkspace());
        QVERIFY(demo.workspace);
        m_doc->reset(*demo.workspace, Paths::demoWorkspace());
    }

    void cleanup()
    {
        m_doc.reset();
        m_store.reset();
    }

    void webhookTables_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("body") << 0;
        QTest::newRow("headers") << 1;
        QTest::newRow("query") << 2;
    }

    void webhookTables()
    {
        QFETCH(int, which);
        std::unique_ptr<WebhookTableModel> model;
        if (which == 0)
            model = std::make_unique<BodyTableModel>(m_doc.get());
        else
            model = std::make_unique<NameValueTableModel>(
                which == 1 ? NameValueTableModel::Kind::Headers : NameValueTableModel::Kind::Query, m_doc.get());
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setWebhookIndex(1);
        model->setProblems(ProblemMap(m_doc->problems(), 1));
        exercise([&] {
            if (model->webhookIndex() < 0)
                model->setWebhookIndex(0);
            model->setProblems(ProblemMap(m_doc->problems(), model->webhookIndex()));
        });
        model->setWebhookIndex(-1);
        QCOMPARE(model->rowCount(), 0);
        model->setWebhookIndex(1);
        QVERIFY(model->rowCount() > 0);
        const int added = model->appendRow();
        QCOMPARE(model->rowCount(), added + 1);
        QVERIFY(model->removeRowAt(added));
    }

    void checkLists()
    {
        DeviceBindingModel devices(m_doc.get());
        SignalFilterModel filter(m_doc.get());
        QAbstractItemModelTester t1(&devices, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        devices.setWebhookIndex(0);
        filter.setWebhookIndex(0);
        QCOMPARE(devices.rowCount(), 2);
        QCOMPARE(devices.index(0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(devices.setData(devices.index(0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!m_doc->workspace().webhooks[0].isBoundTo(u"3f0e7a8e-5c2b-4a19-9d41-0b6f2c8e7a51"_s));
        QVERIFY(filter.setData(filter.index(1), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(m_doc->workspace().webhooks[0].signalNumbers, QList<int>{2});
        QVERIFY(filter.addNumber(200));
        QCOMPARE(filter.rowCount(), 4);
        exercise();
    }

    void workspaceModels()
    {
        WebhookListModel webhooks(m_doc.get());
        DeviceTableModel devices(m_doc.get());
        SignalTableModel signalDefs(m_doc.get());
        ProblemsModel problems;
        QAbstractItemModelTester t1(&webhooks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&devices, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&signalDefs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(&problems, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(m_doc.get(), &WorkspaceDocument::problemsChanged, &problems,
                [&] { problems.setProblems(m_doc->problems()); });
        exercise([&] { problems.setProblems(m_doc->problems()); });

        QVERIFY(webhooks.setData(webhooks.index(0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!m_doc->workspace().webhooks[0].enabled);
        // Changing a device token moves the bindings with it.
        const QString old = m_doc->workspace().devices[0].token;
        QVERIFY(devices.setData(devices.index(0, DeviceTableModel::TokenColumn), u"new-token"_s, Qt::EditRole));
        QVERIFY(m_doc->workspace().webhooks[0].isBoundTo(u"new-token"_s));
        QVERIFY(!m_doc->workspace().webhooks[0].isBoundTo(old));
        QVERIFY(devices.removeDevice(0));
        QVERIFY(!m_doc->workspace().webhooks[0].isBoundTo(u"new-token"_s));
        QVERIFY(!signalDefs.setData(signalDefs.index(0, SignalTableModel::NumberColumn), 255, Qt::EditRole));
        QVERIFY(signalDefs.setData(signalDefs.index(0, SignalTableModel::NumberColumn), 42, Qt::EditRole));
        QCOMPARE(signalDefs.appendSignal(), 3);
        QVERIFY(signalDefs.removeSignal(3));
        QCOMPARE(devices.appendDevice(), 1);
        exercise([&] { problems.setProblems(m_doc->problems()); });
    }
};

QTEST_MAIN(TestGuiModels)
#include "tst_guimodels.moc"

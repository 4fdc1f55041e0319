#include "Dispatcher.h"
#include "MemoryDeliveryStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

const QString kBalcony = u"tok-balcony"_s;
const QString kGreenhouse = u"tok-greenhouse"_s;
const QString kCellar = u"tok-cellar"_s; // in the workspace, bound to nothing

std::shared_ptr<Workspace> makeWorkspace()
{
    auto ws = std::make_shared<Workspace>();
    ws->devices = {Device{kBalcony, u"Balcony"_s, {}, {}}, Device{kGreenhouse, u"Greenhouse"_s, {}, {}},
                   Device{kCellar, u"Cellar"_s, {}, {}}};
    Webhook all = Webhook::createDefault(u"All signals"_s);
    all.url = u"http://127.0.0.1:1/all"_s;
    all.devices = {kBalcony, kGreenhouse};
    Webhook temperature = Webhook::createDefault(u"Temperature only"_s);
    temperature.url = u"http://127.0.0.1:1/temp"_s;
    temperature.devices = {kBalcony};
    temperature.signalNumbers = {1};
    Webhook off = Webhook::createDefault(u"Disabled"_s);
    off.url = u"http://127.0.0.1:1/off"_s;
    off.devices = {kBalcony, kGreenhouse};
    off.enabled = false;
    Webhook greenhouseOff = Webhook::createDefault(u"Greenhouse door"_s);
    greenhouseOff.url = u"http://127.0.0.1:1/door"_s;
    greenhouseOff.devices = {kGreenhouse};
    greenhouseOff.signalNumbers = {3};
    ws->webhooks = {all, temperature, off, greenhouseOff};
    return ws;
}

Signal signal(const QString& token, int number, double value = 1.5)
{
    Signal s;
    s.deviceToken = token;
    s.number = number;
    s.value = JsonValue::number(value);
    s.receivedAt = QDateTime::currentDateTimeUtc();
    return s;
}

} // namespace

class TestDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routesToBoundEnabledMatchingWebhooks()
    {
        const auto ws = makeWorkspace();
        auto names = [&](const Signal& s) {
            QStringList out;
            for (const Webhook* w : Dispatcher::route(*ws, s))
                out.append(w->name);
            return out;
        };
        QCOMPARE(names(signal(kBalcony, 1)), (QStringList{u"All signals"_s, u"Temperature only"_s}));
        QCOMPARE(names(signal(kBalcony, 2)), QStringList{u"All signals"_s});
        QCOMPARE(names(signal(kGreenhouse, 3)), (QStringList{u"All signals"_s, u"Greenhouse door"_s}));
        QCOMPARE(names(signal(kGreenhouse, 1)), QStringList{u"All signals"_s});
        QVERIFY(names(signal(kCellar, 1)).isEmpty());
        QVERIFY(names(signal(u"stranger"_s, 1)).isEmpty());
    }

    void explainsUnroutedSignals()
    {
        auto ws = makeWorkspace();
        QCOMPARE(Dispatcher::whyUnrouted(*ws, signal(kCellar, 1)), Dispatcher::Unrouted::NoWebhookBound);
        QCOMPARE(Dispatcher::whyUnrouted(*ws, signal(u"stranger"_s, 1)), Dispatcher::Unrouted::UnknownDevice);
        ws->webhooks[0].signalNumbers = {9};
        ws->webhooks[3].signalNumbers = {9};
        QCOMPARE(Dispatcher::whyUnrouted(*ws, signal(kGreenhouse, 1)), Dispatcher::Unrouted::FilteredOut);
        ws->webhooks[0].enabled = false;
        ws->webhooks[3].enabled = false;
        QCOMPARE(Dispatcher::whyUnrouted(*ws, signal(kGreenhouse, 1)), Dispatcher::Unrouted::AllDisabled);
    }

    void enqueuesInOrderAndCounts()
    {
        MemoryDeliveryStore store;
        Dispatcher dispatcher(&store);
        const auto ws = makeWorkspace();
        dispatcher.setWorkspace(ws);
        QSignalSpy unrouted(&dispatcher, &Dispatcher::unrouted);
        QSignalSpy accepted(&store, &DeliveryStore::accepted);

        QList<DeliveryItem> all;
        all += dispatcher.dispatch(signal(kBalcony, 1, 20.5)); // 2 deliveries
        all += dispatcher.dispatch(signal(kCellar, 1));        // bound to nothing
        all += dispatcher.dispatch(signal(u"stranger"_s, 1));  // unknown device
        all += dispatcher.dispatch(signal(kGreenhouse, 2, 7)); // 1 delivery
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].webhookId, ws->webhooks[0].id);
        QCOMPARE(all[1].webhookId, ws->webhooks[1].id);
        QCOMPARE(all[2].webhookId, ws->webhooks[0].id);
        QCOMPARE(all[0].signal.value.toJson(), u"20.5"_s);
        QCOMPARE(all[1].signal.value.toJson(), u"20.5"_s);
        QCOMPARE(all[2].signal.deviceToken, kGreenhouse);
        // One message id per delivery.
        QVERIFY(all[0].messageId != all[1].messageId);
        QVERIFY(all[0].messageId.startsWith(u"msg_"_s));

        QCOMPARE(dispatcher.stats().signalCount, 4u);
        QCOMPARE(dispatcher.stats().deliveryCount, 3u);
        QCOMPARE(dispatcher.stats().unrouted.value(Dispatcher::Unrouted::NoWebhookBound), 1u);
        QCOMPARE(dispatcher.stats().unrouted.value(Dispatcher::Unrouted::UnknownDevice), 1u);
        QCOMPARE(dispatcher.stats().unroutedByDevice.value(kCellar), 1u);
        QCOMPARE(unrouted.size(), 2);
        QCOMPARE(unrouted.at(1).at(1).value<Dispatcher::Unrouted>(), Dispatcher::Unrouted::UnknownDevice);

        // The store hands them out in the order they were dispatched.
        QVERIFY(accepted.wait(2000));
        QList<DeliveryItem> due;
        bool fetched = false;
        store.fetchDue(10, QDateTime::currentDateTimeUtc().addSecs(1), [&](QList<DeliveryItem> d, auto) {
            due = d;
            fetched = true;
        });
        QTRY_VERIFY(fetched);
        QCOMPARE(due.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(due[i].messageId, all[i].messageId);
    }

    void disabledWebhooksGetNothing()
    {
        MemoryDeliveryStore store;
        Dispatcher dispatcher(&store);
        auto ws = makeWorkspace();
        for (Webhook& w : ws->webhooks)
            w.enabled = false;
        dispatcher.setWorkspace(ws);
        QVERIFY(dispatcher.dispatch(signal(kBalcony, 1)).isEmpty());
        QCOMPARE(dispatcher.stats().unrouted.value(Dispatcher::Unrouted::AllDisabled), 1u);
    }
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"

// The runtime's wiring (source -> dispatcher -> outbox -> engine), its end-of-input and shutdown paths,
// and how it saves a webhook disabled by 410, with a scripted transport instead of the network.
#include "MqttSource.h"
#include "Runtime.h"
#include "StdinSource.h"
#include "TestSupport.h"
#include "Transport.h"
#include "WorkspaceFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

const QString kDevice = u"tok-runtime"_s;

/// Answers every request with `status` after a turn of the event loop, or holds them.
class ScriptedTransport : public Transport
{
public:
    int status = 200;
    bool hold = false;
    QList<RenderedRequest> sent;

    quint64 send(const RenderedRequest& request, const AttemptOptions&, Done done) override
    {
        sent.append(request);
        const quint64 id = quint64(sent.size());
        AttemptResult r;
        r.status = status;
        r.reason = status == 410 ? "Gone" : "OK";
        r.outcome = status / 100 == 2 ? AttemptResult::Outcome::Success : AttemptResult::Outcome::HttpError;
        auto finish = [done = std::move(done), r] {
            done(r);
        };
        if (hold)
            m_held.insert(id, std::move(finish));
        else
            QTimer::singleShot(0, &m_context, std::move(finish));
        return id;
    }
    void abort(quint64 id) override
    {
        // The engine ignores what an aborted attempt answers; it only needs the answer.
        if (auto f = m_held.take(id))
            QTimer::singleShot(0, &m_context, [f = std::move(f)] { f(); });
    }
    int held() const { return int(m_held.size()); }
    /// Answers the requests held so far.
    void answerHeld()
    {
        const auto held = std::exchange(m_held, {});
        for (const auto& f : held)
            QTimer::singleShot(0, &m_context, f);
    }

private:
    QObject m_context;
    QHash<quint64, std::function<void()>> m_held;
};

Workspace makeWorkspace(const QString& url)
{
    Workspace ws;
    ws.devices = {Device{kDevice, u"Runtime board"_s, {}, {}}};
    Webhook w = Webhook::createDefault(u"Hook"_s);
    w.url = url;
    w.devices = {kDevice};
    ws.webhooks = {w};
    return ws;
}

/// A source that, like the MQTT source, is told when its signals are stored; it records what the runtime had
/// accepted into the store at that moment.
class AckSource : public SignalSource, public AcknowledgingSource
{
public:
    const Runtime* runtime = nullptr;
    QList<std::pair<quint64, quint64>> stored; ///< ticket, deliveries accepted by then

    QString id() const override { return u"ack"_s; }
    QString displayName() const override { return u"ack"_s; }
    void start() override { setState(State::Connected); }
    void stop() override { setState(State::Stopped); }
    void send(const QString& token, quint64 ticket)
    {
        Signal s;
        s.deviceToken = token;
        s.number = 1;
        s.value = JsonValue::integer(qint64(ticket));
        s.ticket = ticket;
        emitSignal(std::move(s));
    }
    void signalStored(quint64 ticket) override { stored.append({ticket, runtime->stats().deliveriesAccepted}); }
};

/// A pipe whose read end a StdinSource reads.
struct Pipe
{
    int fds[2] = {-1, -1};
    bool ok = false;
    Pipe() { ok = ::pipe(fds) == 0; }
    ~Pipe()
    {
        closeWrite();
        if (fds[0] >= 0)
            ::close(fds[0]);
    }
    bool write(QByteArrayView bytes) { return ::write(fds[1], bytes.data(), size_t(bytes.size())) == bytes.size(); }
    void closeWrite()
    {
        if (fds[1] >= 0)
            ::close(fds[1]);
        fds[1] = -1;
    }
};

} // namespace

class TestRuntime : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString writeWorkspace(const Workspace& ws)
    {
        const QString path = m_dir.filePath(u"ws%1.hooksmith.json"_s.arg(++m_counter));
        if (!WorkspaceFile::save(path, ws).ok())
            return {};
        return path;
    }

    RuntimeOptions options(const QString& path)
    {
        RuntimeOptions o;
        o.workspacePath = path;
        o.outboxDir = m_dir.filePath(u"outbox"_s);
        o.engine.schedule.delaysMs = {0, 50};
        o.engine.schedule.jitter = 0;
        return o;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void anMqttSourceFollowsTheWorkspaceDevices()
    {
        // The Pybytes topics of the workspace's devices, in the app (setWorkspace) and the relay (load, reload)
        // alike: the runtime hands every workspace to its sources, in one place.
        Workspace ws = makeWorkspace(u"http://127.0.0.1:9/hook"_s);
        const QString path = writeWorkspace(ws);
        Runtime runtime(options(path));
        QVERIFY(runtime.loadWorkspace());
        MqttSource::Options o;
        o.connection.host = u"127.0.0.1"_s;
        o.displayUrl = u"mqtt://127.0.0.1"_s;
        auto* source = new MqttSource(o);
        QVERIFY(!source->filters().contains(u"u"_s + kDevice));
        runtime.addSource(source);
        QCOMPARE(source->filters(),
                 QStringList({u"hooksmith/+/signal/+"_s, u"hooksmith/+/device"_s, u"u"_s + kDevice}));

        ws.devices.append(Device{u"tok-second"_s, u"Second"_s, {}, {}});
        runtime.setWorkspace(std::make_shared<const Workspace>(ws));
        QVERIFY(source->filters().contains(u"utok-second"_s));

        ws.devices.removeFirst();
        ws.webhooks.first().devices = {u"tok-second"_s};
        QVERIFY(WorkspaceFile::save(path, ws).ok());
        QVERIFY(runtime.reloadWorkspace());
        QCOMPARE(source->filters(),
                 QStringList({u"hooksmith/+/signal/+"_s, u"hooksmith/+/device"_s, u"utok-second"_s}));
    }

    void brokerOptionsAreCheckedAsTheRelayChecksThem()
    {
        Result<MqttSource::Options> plain = MqttSource::optionsFor({u"mqtt://broker.local"_s, {}, {}, {}});
        QVERIFY(plain.ok());
        QCOMPARE(plain->connection.host, u"broker.local"_s);
        QCOMPARE(plain->connection.port, 1883);
        QVERIFY(!plain->connection.tls);
        QCOMPARE(plain->displayUrl, u"mqtt://broker.local"_s);

        Result<MqttSource::Options> tls = MqttSource::optionsFor({u"mqtts://relay@broker.local"_s, {}, u"g1"_s, {}});
        QVERIFY(tls.ok());
        QCOMPARE(tls->connection.port, 8883);
        QVERIFY(tls->connection.tls);
        QCOMPARE(tls->connection.username, u"relay"_s);
        QCOMPARE(tls->group, u"g1"_s);
        // A user given apart wins over the URL's, and is what is shown.
        Result<MqttSource::Options> user =
            MqttSource::optionsFor({u"mqtt://relay@broker.local:1884"_s, u"app"_s, {}, {}});
        QVERIFY(user.ok());
        QCOMPARE(user->connection.username, u"app"_s);
        QCOMPARE(user->connection.port, 1884);
        QCOMPARE(user->displayUrl, u"mqtt://app@broker.local:1884"_s);

        const QString ca = m_dir.filePath(u"ca.pem"_s);
        QFile f(ca);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(MqttSource::optionsFor({u"mqtts://broker.local"_s, {}, {}, ca}).ok());

        const QList<std::pair<MqttSource::Broker, QString>> refused{
            {{u"http://broker.local"_s, {}, {}, {}}, u"mqtt://HOST"_s},
            {{u"mqtt://"_s, {}, {}, {}}, u"mqtt://HOST"_s},
            {{u"mqtt://relay:secret@broker.local"_s, {}, {}, {}}, u"password"_s},
            {{u"mqtt://broker.local/topic"_s, {}, {}, {}}, u"path (/topic)"_s},
            {{u"mqtt://broker.local"_s, {}, u"a/b"_s, {}}, u"may not contain"_s},
            {{u"mqtt://broker.local"_s, {}, {}, ca}, u"mqtts:// URLs only"_s},
            {{u"mqtts://broker.local"_s, {}, {}, m_dir.filePath(u"missing.pem"_s)}, u"cannot read the CA file"_s},
        };
        for (const auto& [broker, why] : refused) {
            const Result<MqttSource::Options> r = MqttSource::optionsFor(broker);
            QVERIFY2(!r.ok(), qPrintable(broker.url));
            QVERIFY2(r.errorMessage().contains(why), qPrintable(r.errorMessage()));
            QVERIFY(!r.errorMessage().contains(u"secret"_s));
        }
    }

    void theChosenEnvironmentHoldsAcrossReloads()
    {
        Workspace ws = makeWorkspace(u"http://127.0.0.1:9/{{var:PATH}}"_s);
        ws.environments = {Environment{u"Local"_s, {EnvVariable{u"PATH"_s, u"local"_s, false, {}}}, {}},
                           Environment{u"Production"_s, {EnvVariable{u"PATH"_s, u"prod"_s, false, {}}}, {}}};
        const QString path = writeWorkspace(ws);
        RuntimeOptions o = options(path);
        o.environment = u"Production"_s;
        Runtime runtime(o);
        QVERIFY(runtime.loadWorkspace());
        QCOMPARE(runtime.workspace()->activeEnvironment()->name, u"Production"_s);

        // A file that still has the environment is taken; one without it is refused, the old one stays.
        ws.environments[1].variables[0].value = u"prod2"_s;
        QVERIFY(WorkspaceFile::save(path, ws).ok());
        QList<Problem> problems;
        QVERIFY(runtime.reloadWorkspace(&problems));
        QCOMPARE(runtime.workspace()->activeEnvironment()->variables[0].value, std::optional<QString>(u"prod2"_s));
        ws.environments.removeLast();
        QVERIFY(WorkspaceFile::save(path, ws).ok());
        QVERIFY(!runtime.reloadWorkspace(&problems));
        QVERIFY(hasErrors(problems));
        QCOMPARE(runtime.workspace()->activeEnvironment()->name, u"Production"_s);
    }

    void stdinLinesAreDeliveredThroughTheOutbox()
    {
        const QString path = writeWorkspace(makeWorkspace(u"http://127.0.0.1:9/hook"_s));
        Runtime runtime(options(path));
        QVERIFY(runtime.loadWorkspace());
        ScriptedTransport transport;
        runtime.setTransport(&transport);
        Pipe pipe;
        QVERIFY(pipe.ok);
        auto* source = new StdinSource(pipe.fds[0]);
        source->setFallbackDeviceToken(kDevice);
        runtime.addSource(source);
        QSignalSpy started(&runtime, &Runtime::started);
        QSignalSpy finished(&runtime, &Runtime::finished);
        connect(source, &StdinSource::endOfInput, &runtime, &Runtime::finish);
        runtime.start();
        QVERIFY(started.wait(5000));
        QVERIFY(QFile::exists(runtime.outboxPath()));

        QVERIFY(pipe.write("@signal 1 1\n@signal 2 2\n@signal 3"));
        QVERIFY(pipe.write(" 3\n@device tok-other\n@signal 4 4\n"));
        pipe.closeWrite();
        QVERIFY(finished.wait(5000));
        QCOMPARE(transport.sent.size(), 3);
        QVERIFY(transport.sent[2].body.contains("\"signal\":3"));
        QCOMPARE(runtime.dispatcher()->stats().signalCount, 4u);
        QCOMPARE(runtime.engine()->stats().delivered, 3u);
        std::optional<OutboxCounts> counts;
        runtime.store()->counts([&](OutboxCounts c) { counts = c; });
        QTRY_VERIFY(counts.has_value());
        QCOMPARE(counts->pending + counts->failed, 0);
    }

    // Kept in memory (relay --in-memory): the memory store says "accepted" once for a whole turn; the runtime
    // still sees every signal stored and ends at the end of the input.
    void inMemoryRunEndsAtTheEndOfItsInput()
    {
        const QString path = writeWorkspace(makeWorkspace(u"http://127.0.0.1:9/hook"_s));
        RuntimeOptions o = options(path);
        o.durable = false;
        Runtime runtime(o);
        QVERIFY(runtime.loadWorkspace());
        ScriptedTransport transport;
        runtime.setTransport(&transport);
        Pipe pipe;
        QVERIFY(pipe.ok);
        auto* source = new StdinSource(pipe.fds[0]);
        source->setFallbackDeviceToken(kDevice);
        runtime.addSource(source);
        QSignalSpy finished(&runtime, &Runtime::finished);
        connect(source, &StdinSource::endOfInput, &runtime, &Runtime::finish);
        runtime.start();
        QByteArray lines;
        for (int i = 0; i < 200; ++i)
            lines += "@signal 1 " + QByteArray::number(i) + '\n';
        QVERIFY(pipe.write(lines));
        pipe.closeWrite();
        QVERIFY(finished.wait(10000));
        QCOMPARE(transport.sent.size(), 200);
        QCOMPARE(runtime.stats().deliveriesAccepted, 200u);
        QCOMPARE(runtime.unstoredCount(), 0);
    }

    // An acknowledging source hears of a signal only once the outbox has accepted its deliveries, or at once
    // when it fires no webhook; signals read while the outbox opens are acknowledged after it opened.
    void acknowledgedOnlyOnceStored()
    {
        const QString path = writeWorkspace(makeWorkspace(u"http://127.0.0.1:9/hook"_s));
        Runtime runtime(options(path));
        QVERIFY(runtime.loadWorkspace());
        ScriptedTransport transport;
        runtime.setTransport(&transport);
        auto* source = new AckSource;
        source->runtime = &runtime;
        runtime.addSource(source);
        QSignalSpy started(&runtime, &Runtime::started);
        runtime.start();
        source->send(kDevice, 1); // before the outbox is open
        QVERIFY(source->stored.isEmpty());
        QVERIFY(started.wait(5000));
        QTRY_COMPARE(source->stored.size(), 1);
        QCOMPARE(source->stored[0], std::pair(quint64(1), quint64(1)));

        source->send(kDevice, 2);
        source->send(u"tok-unknown"_s, 3); // fires no webhook: nothing to store
        QCOMPARE(source->stored.size(), 2);
        QCOMPARE(source->stored[1].first, 3u);
        QTRY_COMPARE(source->stored.size(), 3);
        QCOMPARE(source->stored[2], std::pair(quint64(2), quint64(2)));
        QTRY_COMPARE(transport.sent.size(), 2);
    }

    // A signal that finds the outbox quiet is sent as it is handed to the outbox, not once the outbox has it
    // on disk; its source still hears of it only once it is stored. A signal that comes while another is
    // under way waits in the outbox as before. With the option off, every signal is stored first.
    void aLoneSignalIsSentWhileItIsStored_data()
    {
        QTest::addColumn<bool>("startBeforeStored");
        QTest::newRow("on") << true;
        QTest::newRow("off") << false;
    }
    void aLoneSignalIsSentWhileItIsStored()
    {
        QFETCH(bool, startBeforeStored);
        const QString path = writeWorkspace(makeWorkspace(u"http://127.0.0.1:9/hook"_s));
        RuntimeOptions o = options(path);
        o.startBeforeStored = startBeforeStored;
        Runtime runtime(o);
        QVERIFY(runtime.loadWorkspace());
        ScriptedTransport transport;
        transport.hold = true;
        runtime.setTransport(&transport);
        auto* source = new AckSource;
        source->runtime = &runtime;
        runtime.addSource(source);
        QSignalSpy started(&runtime, &Runtime::started);
        runtime.start();
        QVERIFY(started.wait(5000));
        QTRY_VERIFY(runtime.engine()->isIdle() && runtime.store()->isQuiet());

        source->send(kDevice, 1);
        QCOMPARE(transport.sent.size(), startBeforeStored ? 1 : 0);
        QVERIFY(source->stored.isEmpty());
        QTRY_COMPARE(source->stored.size(), 1);
        QTRY_COMPARE(transport.sent.size(), 1);
        // While it is under way, the next one is stored first and waits for it (order: device).
        source->send(kDevice, 2);
        QCOMPARE(transport.sent.size(), 1);
        QTRY_COMPARE(source->stored.size(), 2);
        QTest::qWait(50);
        QCOMPARE(transport.sent.size(), 1);
        transport.answerHeld();
        QTRY_COMPARE(transport.sent.size(), 2);
        QVERIFY(transport.sent[0].body.contains("\"payload\":1"));
        QVERIFY(transport.sent[1].body.contains("\"payload\":2"));
        transport.answerHeld();
        QTRY_COMPARE(runtime.engine()->stats().delivered, 2u);
        QTRY_VERIFY(runtime.engine()->isIdle() && runtime.store()->isQuiet());
        std::optional<OutboxCounts> counts;
        runtime.store()->counts([&](OutboxCounts c) { counts = c; });
        QTRY_VERIFY(counts.has_value());
        QCOMPARE(counts->pending + counts->failed, 0);
        QCOMPARE(runtime.stats().deliveriesAccepted, 2u);
    }

    void finishLeavesLaterRetriesInTheOutbox()
    {
        const QString path = writeWorkspace(makeWorkspace(u"http://127.0.0.1:9/hook"_s));
        RuntimeOptions o = options(path);
        o.engine.schedule.delaysMs = {0, 3600 * 1000};
        Runtime runtime(o);
        QVERIFY(runtime.loadWorkspace());
        ScriptedTransport transport;
        transport.status = 503;
        runtime.setTransport(&transport);
        QSignalSpy started(&runtime, &Runtime::started);
        QSignalSpy finished(&runtime, &Runtime::finished);
        runtime.start();
        QVERIFY(started.wait(5000));
        Signal s;
        s.deviceToken = kDevice;
        s.number = 1;
        s.value = JsonValue::integer(7);
        runtime.dispatcher()->dispatch(s);
        runtime.finish();
        QVERIFY(finished.wait(5000));
        QCOMPARE(transport.sent.size(), 1); // attempted once; the retry in an hour is not waited for
        std::optional<OutboxCounts> counts;
        runtime.store()->counts([&](OutboxCounts c) { counts = c; });
        QTRY_VERIFY(counts.has_value());
        QCOMPARE(counts->pending, 1);
    }

    void shutdownCutsAttemptsAfterTheGraceAndKeepsThem()
    {
        const QString path = writeWorkspace(makeWorkspace(u"http://127.0.0.1:9/hook"_s));
        Runtime runtime(options(path));
        QVERIFY(runtime.loadWorkspace());
        ScriptedTransport transport;
        transport.hold = true; // the receiver never answers
        runtime.setTransport(&transport);
        QSignalSpy started(&runtime, &Runtime::started);
        QSignalSpy finished(&runtime, &Runtime::finished);
        runtime.start();
        QVERIFY(started.wait(5000));
        Signal s;
        s.deviceToken = kDevice;
        s.number = 1;
        s.value = JsonValue::integer(7);
        runtime.dispatcher()->dispatch(s);
        QTRY_COMPARE(transport.held(), 1);
        runtime.shutdown(100);
        QVERIFY(finished.wait(5000));
        std::optional<OutboxCounts> counts;
        runtime.store()->counts([&](OutboxCounts c) { counts = c; });
        QTRY_VERIFY(counts.has_value());
        QCOMPARE(counts->pending, 1); // not recorded as an attempt: it waits for the next run
    }

    void goneIsSavedOnlyIntoAnUnchangedFile_data()
    {
        QTest::addColumn<bool>("changeFile");
        QTest::addColumn<bool>("literalSecret");
        QTest::addColumn<bool>("saved");
        QTest::newRow("unchanged") << false << false << true;
        QTest::newRow("changed on disk") << true << false << false;
        QTest::newRow("literal secret in the file") << false << true << false;
    }

    void goneIsSavedOnlyIntoAnUnchangedFile()
    {
        QFETCH(bool, changeFile);
        QFETCH(bool, literalSecret);
        QFETCH(bool, saved);
        Workspace ws = makeWorkspace(u"http://127.0.0.1:9/hook"_s);
        QString path = writeWorkspace(ws);
        if (literalSecret) {
            // A password written in the file: readable (with a warning), but saving would drop it.
            QJsonObject root = QJsonDocument::fromJson(test::readFile(path)).object();
            QJsonArray hooks = root.value(u"webhooks"_s).toArray();
            QJsonObject first = hooks.at(0).toObject();
            first.insert(u"auth"_s,
                         QJsonObject{{u"type"_s, u"basic"_s}, {u"username"_s, u"u"_s}, {u"password"_s, u"p"_s}});
            hooks[0] = first;
            root.insert(u"webhooks"_s, hooks);
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(root).toJson());
        }
        Runtime runtime(options(path));
        QVERIFY(runtime.loadWorkspace());
        QCOMPARE(runtime.workspace()->webhooks[0].auth.password.has_value(), literalSecret);
        ScriptedTransport transport;
        transport.status = 410;
        runtime.setTransport(&transport);
        QSignalSpy started(&runtime, &Runtime::started);
        QSignalSpy messages(&runtime, &Runtime::message);
        QSignalSpy changed(&runtime, &Runtime::workspaceChanged);
        runtime.start();
        QVERIFY(started.wait(5000));
        QByteArray before = test::readFile(path);
        if (changeFile) {
            before += "\n";
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(before);
        }
        Signal s;
        s.deviceToken = kDevice;
        s.number = 1;
        s.value = JsonValue::integer(1);
        runtime.dispatcher()->dispatch(s);
        QVERIFY(changed.wait(5000));
        // Disabled for this run in any case.
        QCOMPARE(runtime.workspace()->webhooks[0].enabled, false);
        QVERIFY(runtime.workspace()->webhooks[0].disabledReason.contains(u"410 Gone"_s));
        const LoadResult reloaded = WorkspaceFile::load(path);
        QVERIFY(reloaded.workspace);
        QCOMPARE(reloaded.workspace->webhooks[0].enabled, !saved);
        if (!saved)
            QCOMPARE(test::readFile(path), before);
        QStringList texts;
        for (const auto& m : messages)
            texts.append(m.at(0).toString());
        QVERIFY2(texts.join(u'\n').contains(saved ? u"saved the webhook as disabled"_s : u"was not saved"_s),
                 qPrintable(texts.join(u'\n')));
        // Further signals fire nothing.
        runtime.dispatcher()->dispatch(s);
        QCOMPARE(runtime.dispatcher()->stats().unrouted.value(Dispatcher::Unrouted::AllDisabled), 1u);
    }

    void aDamagedOutboxStopsTheStart()
    {
        const QString path = writeWorkspace(makeWorkspace(u"http://127.0.0.1:9/hook"_s));
        RuntimeOptions o = options(path);
        o.outboxDir = m_dir.filePath(u"damaged"_s);
        const QString file = Outbox::fileFor(path, o.outboxDir);
        QVERIFY(QDir().mkpath(o.outboxDir));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("garbage, not SQLite");
        }
        Runtime runtime(o);
        QVERIFY(runtime.loadWorkspace());
        ScriptedTransport transport;
        runtime.setTransport(&transport);
        QSignalSpy failed(&runtime, &Runtime::startFailed);
        runtime.start();
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.at(0).at(0).toString().contains(u"not an outbox"_s), qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(test::readFile(file), QByteArray("garbage, not SQLite"));
    }
};

QTEST_GUILESS_MAIN(TestRuntime)
#include "tst_runtime.moc"

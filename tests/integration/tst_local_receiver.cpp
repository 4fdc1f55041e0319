// The local receiver: records any request as it arrived, replies as configured without blocking,
// checks Standard Webhooks signatures, keeps a bounded history in order under load.
#include "HttpSender.h"
#include "LocalReceiver.h"
#include "SendSupport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace hooksmith::test;

namespace {

const QString kSecret = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;

TestHook signedHook(const QUrl& url)
{
    TestHook hook(url);
    hook.webhook().signing.scheme = SigningScheme::StandardWebhooks;
    hook.secrets.signingSecret = kSecret;
    return hook;
}

} // namespace

class TestLocalReceiver : public QObject
{
    Q_OBJECT

private:
    HttpSender m_sender;

private Q_SLOTS:
    void recordsAnyRequestAsItArrived()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        QVERIFY(receiver.isListening());
        QCOMPARE(receiver.url(), QUrl(u"http://127.0.0.1:%1"_s.arg(receiver.port())));
        QSignalSpy spy(&receiver, &LocalReceiver::requestReceived);

        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, receiver.port());
        QVERIFY(client.waitForConnected(5000));
        const QByteArray body("\x00\x01\xff binary \r\n", 13);
        client.write("PATCH /a/b%20c/%E2%98%83?x=1&y=%26&z HTTP/1.1\r\n"
                     "Host: example.test\r\n"
                     "Z-Last: 1\r\n"
                     "a-first: 2\r\n"
                     "X-Twice: one\r\n"
                     "X-Twice: two\r\n"
                     "Content-Length: 13\r\n"
                     "\r\n" +
                     body);
        QVERIFY(spy.wait(5000));
        const ReceivedRequest r = spy.front().front().value<ReceivedRequest>();
        QCOMPARE(r.sequence, quint64(1));
        QCOMPARE(r.method, QByteArray("PATCH"));
        QCOMPARE(r.path, QByteArray("/a/b%20c/%E2%98%83"));
        QCOMPARE(r.query, QByteArray("x=1&y=%26&z"));
        const QList<std::pair<QByteArray, QByteArray>> headers{{"Host", "example.test"}, {"Z-Last", "1"},
                                                               {"a-first", "2"},         {"X-Twice", "one"},
                                                               {"X-Twice", "two"},       {"Content-Length", "13"}};
        QCOMPARE(r.headers, headers);
        QCOMPARE(r.body, body);
        QCOMPARE(r.remoteAddress, u"127.0.0.1:%1"_s.arg(client.localPort()));
        QVERIFY(qAbs(r.receivedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(r.receivedAt.timeSpec(), Qt::UTC);
        QVERIFY(!r.signatureValid);
        QCOMPARE(receiver.requests().size(), 1);

        // The default reply.
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += client.readAll()).endsWith("{\"ok\":true}"), 5000);
        QCOMPARE(answer, QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n"
                                    "{\"ok\":true}"));
    }

    void repliesAsConfigured()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        ReceiverReply reply;
        reply.status = 418;
        reply.contentType = "text/plain";
        reply.body = "short and stout";
        receiver.setReply(reply);
        TestHook hook(receiver.url());
        auto r = sendAndWait(m_sender, hook.render());
        QVERIFY(r);
        QCOMPARE(r->status, 418);
        QCOMPARE(r->body, QByteArray("short and stout"));
        QCOMPARE(QByteArray(r->headers.front().second), QByteArray("text/plain"));

        reply.status = 204;
        receiver.setReply(reply);
        r = sendAndWait(m_sender, hook.render());
        QVERIFY(r && r->ok());
        QCOMPARE(r->status, 204);
        QVERIFY(r->body.isEmpty());

        reply.status = 200;
        receiver.setReply(reply);
        TestHook head(receiver.url(), Method::Head);
        r = sendAndWait(m_sender, head.render());
        QVERIFY(r && r->ok());
        QVERIFY(r->body.isEmpty());
        QCOMPARE(receiver.requests().constLast().method, QByteArray("HEAD"));
    }

    void aDelayedReplyDoesNotBlock()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        ReceiverReply reply;
        reply.delayMs = 600;
        receiver.setReply(reply);
        QSignalSpy received(&receiver, &LocalReceiver::requestReceived);
        ResultCatcher catcher;
        QSignalSpy done(&catcher, &ResultCatcher::arrived);
        TestHook hook(receiver.url());
        m_sender.send(hook.render(), {}, catcher.callback());
        m_sender.send(hook.render(), {}, catcher.callback());
        QVERIFY(done.wait(10000));
        // Both were taken while the first reply was still waiting.
        QCOMPARE(received.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(catcher.results.size(), 2, 10000);
        for (const AttemptResult& r : std::as_const(catcher.results)) {
            QVERIFY2(r.ok(), qPrintable(r.errorMessage));
            QVERIFY2(r.timings.finishedMs >= 550, qPrintable(QString::number(r.timings.finishedMs)));
        }
    }

    void checksStandardWebhooksSignatures()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setSecret(kSecret);
        const QDateTime now = QDateTime::currentDateTimeUtc();

        TestHook good = signedHook(receiver.url());
        QVERIFY(sendAndWait(m_sender, good.render(JsonValue::integer(1), now)));
        QCOMPARE(receiver.requests().constLast().signatureValid, std::optional<bool>(true));
        QVERIFY(receiver.requests().constLast().signatureError.isEmpty());

        TestHook other = signedHook(receiver.url());
        other.secrets.signingSecret = u"whsec_dGhpcyBpcyBhIHNlY29uZCBzZWNyZXQgMTIzNDU2"_s;
        QVERIFY(sendAndWait(m_sender, other.render(JsonValue::integer(1), now)));
        QCOMPARE(receiver.requests().constLast().signatureValid, std::optional<bool>(false));
        QCOMPARE(receiver.requests().constLast().signatureError,
                 u"no signature in webhook-signature matches the secret"_s);

        QVERIFY(sendAndWait(m_sender, good.render(JsonValue::integer(1), now.addSecs(-600))));
        QCOMPARE(receiver.requests().constLast().signatureValid, std::optional<bool>(false));
        QVERIFY(receiver.requests().constLast().signatureError.contains(u"more than 5 minutes"_s));

        TestHook unsignedHook(receiver.url());
        QVERIFY(sendAndWait(m_sender, unsignedHook.render()));
        QCOMPARE(receiver.requests().constLast().signatureValid, std::optional<bool>(false));
        QCOMPARE(receiver.requests().constLast().signatureError,
                 u"the request has no webhook-id, webhook-timestamp, webhook-signature header"_s);

        // Rotation: the receiver knows the old and the new secret.
        receiver.setSecret(u"whsec_dGhpcyBpcyBhIHNlY29uZCBzZWNyZXQgMTIzNDU2 "_s + kSecret);
        QVERIFY(sendAndWait(m_sender, good.render(JsonValue::integer(1), now)));
        QCOMPARE(receiver.requests().constLast().signatureValid, std::optional<bool>(true));
    }

    void aThousandPipelinedRequestsInOrderWithABoundedHistory()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setLimit(100);
        QSignalSpy spy(&receiver, &LocalReceiver::requestReceived);
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, receiver.port());
        QVERIFY(client.waitForConnected(5000));
        QByteArray all;
        for (int i = 1; i <= 1000; ++i) {
            const QByteArray body = "{\"n\":" + QByteArray::number(i) + '}';
            all += "POST /load/" + QByteArray::number(i) +
                   " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
                   body;
        }
        client.write(all);
        QByteArray answers;
        QTRY_VERIFY_WITH_TIMEOUT((answers += client.readAll()).count("HTTP/1.1 200 OK") == 1000, 60000);
        QCOMPARE(spy.size(), 1000);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(spy.at(i).front().value<ReceivedRequest>().sequence, quint64(i + 1));
        QCOMPARE(receiver.receivedCount(), quint64(1000));
        const QList<ReceivedRequest> kept = receiver.requests();
        QCOMPARE(kept.size(), 100);
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(kept.at(i).sequence, quint64(901 + i));
            QCOMPARE(kept.at(i).path, "/load/" + QByteArray::number(901 + i));
            QCOMPARE(kept.at(i).body, "{\"n\":" + QByteArray::number(901 + i) + '}');
        }
    }

    void aThousandSentRequestsInOrder()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setLimit(1000);
        TestHook hook(receiver.url());
        ResultCatcher catcher;
        QSignalSpy done(&catcher, &ResultCatcher::arrived);
        // One after the other, each sent when the previous one was answered. The sender is declared
        // last so that it goes first, with any callback still pending, should the wait time out.
        int sent = 0;
        std::function<void()> next;
        HttpSender sender;
        next = [&] {
            if (sent == 1000)
                return;
            ++sent;
            sender.send(hook.render(JsonValue::integer(sent)), {}, [&](AttemptResult r) {
                catcher.results.append(r);
                Q_EMIT catcher.arrived();
                next();
            });
        };
        next();
        while (catcher.results.size() < 1000)
            QVERIFY2(done.wait(10000), qPrintable(u"%1 of 1000 answered"_s.arg(catcher.results.size())));
        for (const AttemptResult& r : std::as_const(catcher.results))
            QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        const QList<ReceivedRequest> kept = receiver.requests();
        QCOMPARE(kept.size(), 1000);
        for (int i = 0; i < 1000; ++i) {
            QCOMPARE(kept.at(i).sequence, quint64(i + 1));
            QVERIFY(kept.at(i).body.contains(QByteArray("\"payload\":" + QByteArray::number(i + 1) + "}")));
        }
    }

    void limitZeroKeepsNothingButStillSignals()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setLimit(0);
        QSignalSpy spy(&receiver, &LocalReceiver::requestReceived);
        TestHook hook(receiver.url());
        QVERIFY(sendAndWait(m_sender, hook.render()));
        QCOMPARE(spy.size(), 1);
        QVERIFY(receiver.requests().isEmpty());
        QCOMPARE(receiver.receivedCount(), quint64(1));
    }

    void aPortInUseIsExplained()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        LocalReceiver receiver;
        QVERIFY(!receiver.listen(taken.serverPort()));
        QVERIFY(!receiver.isListening());
        QCOMPARE(receiver.errorString(), u"port %1 on 127.0.0.1 is already in use"_s.arg(taken.serverPort()));
    }

    void closeStopsListening()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const QUrl url = receiver.url();
        receiver.close();
        QVERIFY(!receiver.isListening());
        QCOMPARE(receiver.port(), quint16(0));
        TestHook hook(url);
        const auto r = sendAndWait(m_sender, hook.render());
        QVERIFY(r);
        QCOMPARE(r->outcome, AttemptResult::Outcome::NetworkError);
        QVERIFY(r->errorMessage.startsWith(u"connection refused"_s));
    }
};

QTEST_GUILESS_MAIN(TestLocalReceiver)
#include "tst_local_receiver.moc"

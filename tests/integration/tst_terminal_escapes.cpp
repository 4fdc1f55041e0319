// What devices and servers send never reaches a terminal raw: `hooksmith-cli relay` (text and JSON logs),
// `send` and `outbox` as real child processes, fed board lines and answered by a server that put ESC,
// BEL, DEL and other control characters wherever HTTP lets it.
#include "Cli.h"
#include "Model.h"
#include "RelayProcess.h"
#include "TestSupport.h"
#include "WorkspaceFile.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using namespace hooksmith::test;

namespace {

/// A server that answers every request with the same raw bytes, once it has read the whole request.
class RawServer : public QObject
{
public:
    explicit RawServer(QByteArray response)
        : m_response(std::move(response))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answerWhenRead(socket); });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()); }
    int requests() const { return m_requests; }

private:
    void answerWhenRead(QTcpSocket* socket)
    {
        QByteArray& seen = m_buffers[socket];
        seen += socket->readAll();
        const qsizetype headEnd = seen.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray& line : seen.first(headEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (seen.size() < headEnd + 4 + length)
            return;
        seen.clear();
        ++m_requests;
        socket->write(m_response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QByteArray m_response;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    int m_requests = 0;
};

/// A response whose reason phrase, header value and body carry terminal control sequences: set the
/// window title, clear the screen, colour, DEL.
QByteArray hostileResponse(int status)
{
    const QByteArray body = "line one \x1b[2J\x1b]0;pwned\x07\r\nline two\x7f\tend\n";
    return "HTTP/1.1 " + QByteArray::number(status) +
           " Bad\x1b[31mNews\x07\x7f\r\n"
           "X-Evil: \x1b]0;title\x07 value\r\n"
           "Content-Type: text/plain\r\n"
           "Content-Length: " +
           QByteArray::number(body.size()) +
           "\r\n"
           "Connection: close\r\n\r\n" +
           body;
}

/// Control characters in `text` other than the line feed that ends lines, as "U+001B at 12, ...".
QString rawControls(const QString& text)
{
    QStringList found;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if ((c < 0x20 && c != u'\n') || c == 0x7f || (c >= 0x80 && c <= 0x9f))
            found.append(u"U+%1 at %2"_s.arg(int(c), 4, 16, QChar(u'0')).arg(i));
    }
    return found.join(u", "_s);
}

Workspace hostileWorkspace(const QString& url)
{
    Workspace ws;
    ws.userId = u"escapes"_s;
    ws.devices = {Device{u"tok1"_s, u"Board"_s, {}, {}}};
    Webhook w = Webhook::createDefault(u"Hostile"_s);
    w.id = u"5d1f2c3e-0000-4000-8000-00000000e5c0"_s;
    w.url = url + u"/in"_s;
    w.devices = {u"tok1"_s};
    w.delivery.maxAttempts = 1;
    w.delivery.timeoutMs = 5000;
    ws.webhooks = {w};
    return ws;
}

struct Child
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Child runCliChild(const QStringList& args, const QString& dataDir)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOOKSMITH_DATA_DIR"_s, dataDir);
    p.setProcessEnvironment(env);
    p.start(RelayProcess::executable(), args);
    Child c;
    // The servers of these tests answer from this thread's event loop: wait in one.
    QSignalSpy finished(&p, &QProcess::finished);
    if (!p.waitForStarted(10000) || !finished.wait(60000))
        return c;
    c.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    c.out = p.readAllStandardOutput();
    c.err = p.readAllStandardError();
    return c;
}

// The board lines of the issue: a @device line and a bad @signal line with ESC, CR and NUL, a valid
// signal (delivered, so that the server's answer is logged), and a bad line carrying an OSC sequence.
constexpr char kBoardLineText[] = "@device tok1 \x1b[31mevil\r\x00 name\n"
                                  "@signal 1 \"a\x1b[2Jb\r\x00\"\n"
                                  "@signal 2 {\"t\": 21.5}\n"
                                  "@signal 3 {bad\x1b]0;title\x07\x7f\n";
const QByteArray kBoardLines(kBoardLineText, sizeof(kBoardLineText) - 1); // NULs included

} // namespace

class TestTerminalEscapes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void relayLogShowsControlCharactersEscaped_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("text") << u"text"_s;
        QTest::newRow("json") << u"json"_s;
    }

    void relayLogShowsControlCharactersEscaped()
    {
        QFETCH(QString, format);
        RawServer server(hostileResponse(503));
        QVERIFY(server.listen());
        const QString path = RelayProcess::writeWorkspace(m_dir.path(), u"relay-%1.hooksmith.json"_s.arg(format),
                                                          hostileWorkspace(server.url()));
        QVERIFY(!path.isEmpty());
        const QString dataDir = m_dir.filePath(u"data-"_s + format);

        RelayProcess relay;
        QVERIFY(relay.start({path, u"--stdin"_s, u"--log-format"_s, format, u"-d"_s, u"tok1"_s}, dataDir));
        relay.write(kBoardLines);
        relay.closeInput();
        QVERIFY2(relay.waitForExit(30000), qPrintable(relay.errorOutput()));
        const QString log = relay.errorOutput();
        QVERIFY2(server.requests() == 1, qPrintable(log));
        QVERIFY2(rawControls(log).isEmpty(), qPrintable(rawControls(log) + u"\n"_s + log));

        if (format == u"text"_s) {
            QVERIFY2(log.contains(u"@device tok1 \\x1b[31mevil\\r\\x00 name"_s), qPrintable(log));
            QVERIFY2(log.contains(u"@signal 1 \"a\\x1b[2Jb\\r\\x00\""_s), qPrintable(log));
            QVERIFY2(log.contains(u"@signal 3 {bad\\x1b]0;title\\x07\\x7f"_s), qPrintable(log));
            QVERIFY2(log.contains(u"Bad\\x1b[31mNews\\x07\\x7f"_s), qPrintable(log));
        } else {
            // One JSON object per line; the values hold the characters, escaped as JSON.
            QString all;
            for (const QString& line : log.split(u'\n', Qt::SkipEmptyParts)) {
                QJsonParseError e{};
                const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &e);
                QVERIFY2(e.error == QJsonParseError::NoError && doc.isObject(), qPrintable(line));
                all += doc[u"msg"_s].toString() + u'\n';
            }
            QVERIFY2(all.contains(u"@device tok1 \x1b[31mevil\r"_s + QChar(0) + u" name"_s), qPrintable(log));
            QVERIFY2(all.contains(u"Bad\x1b[31mNews\x07\x7f"_s), qPrintable(log));
        }

        // What the outbox kept (the failed attempt and why) is shown escaped too, as text and as JSON.
        const Child list = runCliChild({u"outbox"_s, u"list"_s, path, u"--state"_s, u"failed"_s}, dataDir);
        QCOMPARE(list.code, 0);
        const QString listed = QString::fromUtf8(list.out);
        QVERIFY2(listed.contains(u"Bad\\x1b[31mNews\\x07\\x7f"_s), qPrintable(listed));
        QVERIFY2(rawControls(listed).isEmpty(), qPrintable(rawControls(listed)));
        const QString messageId = listed.section(u' ', 0, 0);
        QVERIFY2(messageId.startsWith(u"msg_"_s), qPrintable(listed));
        for (const QStringList& extra : {QStringList{}, QStringList{u"--json"_s}}) {
            const Child show = runCliChild(QStringList{u"outbox"_s, u"show"_s, messageId, path} + extra, dataDir);
            QCOMPARE(show.code, 0);
            const QString shown = QString::fromUtf8(show.out);
            QVERIFY2(rawControls(shown).isEmpty(), qPrintable(rawControls(shown) + u"\n"_s + shown));
            QVERIFY2(shown.contains(extra.isEmpty() ? u"\\x1b[31mNews"_s : u"\\u001b[31mNews\\u0007\\u007f"_s),
                     qPrintable(shown));
        }
    }

    void sendEscapesTheHeadAndKeepsTheBodyForAFile()
    {
        RawServer server(hostileResponse(200));
        QVERIFY(server.listen());
        const QString path =
            RelayProcess::writeWorkspace(m_dir.path(), u"send.hooksmith.json"_s, hostileWorkspace(server.url()));
        const QString dataDir = m_dir.filePath(u"data-send"_s);
        const QStringList args{u"send"_s, path, u"-w"_s, u"Hostile"_s, u"-s"_s, u"1"_s, u"-v"_s, u"1"_s};

        // Standard output is a pipe: the status line and headers are for a person, the body is data.
        const Child piped = runCliChild(args, dataDir);
        QCOMPARE(piped.code, 0);
        const qsizetype headEnd = piped.out.indexOf("\n\n");
        QVERIFY2(headEnd > 0, piped.out.constData());
        const QString head = QString::fromUtf8(piped.out.first(headEnd + 1));
        QVERIFY2(head.startsWith(u"HTTP/1.1 200 Bad\\x1b[31mNews\\x07\\x7f\n"_s), qPrintable(head));
        QVERIFY2(head.contains(u"X-Evil: \\x1b]0;title\\x07 value\n"_s), qPrintable(head));
        QVERIFY2(rawControls(head).isEmpty(), qPrintable(rawControls(head)));
        QCOMPARE(piped.out.mid(headEnd + 2), QByteArray("line one \x1b[2J\x1b]0;pwned\x07\r\nline two\x7f\tend\n"));
        QVERIFY2(rawControls(QString::fromUtf8(piped.err)).isEmpty(), piped.err.constData());

        // On a terminal the body is escaped too, but for its line breaks and tabs.
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        cli::Io io{outStream, errStream};
        io.outIsTerminal = true;
        EnvGuard env;
        env.set(u"HOOKSMITH_DATA_DIR"_s, dataDir);
        QCOMPARE(cli::run(args, io), 0);
        outStream.flush();
        QVERIFY2(out.endsWith(u"\n\nline one \\x1b[2J\\x1b]0;pwned\\x07\r\nline two\\x7f\tend\n"_s), qPrintable(out));
        QCOMPARE(server.requests(), 2);
    }

    void sendJsonHoldsNoRawControlCharacter()
    {
        RawServer server(hostileResponse(200));
        QVERIFY(server.listen());
        const QString path =
            RelayProcess::writeWorkspace(m_dir.path(), u"send-json.hooksmith.json"_s, hostileWorkspace(server.url()));
        const Child c =
            runCliChild({u"send"_s, path, u"-w"_s, u"Hostile"_s, u"-s"_s, u"1"_s, u"-v"_s, u"1"_s, u"--json"_s},
                        m_dir.filePath(u"data-send-json"_s));
        QCOMPARE(c.code, 0);
        const QString text = QString::fromUtf8(c.out);
        // Line breaks and indentation only; the values read back as the server sent them.
        QString withoutLayout = text;
        withoutLayout.remove(u'\n');
        QVERIFY2(rawControls(withoutLayout).isEmpty(), qPrintable(rawControls(withoutLayout)));
        const QJsonDocument doc = QJsonDocument::fromJson(c.out);
        QVERIFY(doc.isObject());
        QCOMPARE(doc[u"response"_s][u"body"_s].toString(),
                 u"line one \x1b[2J\x1b]0;pwned\x07\r\nline two\x7f\tend\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestTerminalEscapes)
#include "tst_terminal_escapes.moc"

#include "NodeSupport.h"
#include "RawReplUploader.h"
#include "SerialSignalSource.h"
#include "SocatPty.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSerialPort>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;
using hooksmith::test::SocatPty;

namespace {

// MicroPython stand-ins for what the WebAssembly port lacks and a Pycom board has.
const QByteArray kMachineStandIn = "def unique_id():\n    return b'\\x24\\x0a\\xc4\\xc7\\xa5\\xb8'\n";
const QByteArray kPybytesStandIn = "class Pybytes:\n"
                                   "    def send_signal(self, signal_number, value):\n"
                                   "        print('pybytes got', signal_number, value)\n";
const QByteArray kPybytesConfig = R"({"device_id": "5b0e7a8e-5c2b-4b7e-9d7a-0c4f1e2d3a4b",
 "username": "owner@example.com", "network_preferences": ["wifi"]})";

// Checks what the host sent a board: no Ctrl-F, and no Ctrl-D without a statement before it.
void checkNothingDangerousSent(const QByteArray& sent)
{
    QVERIFY2(!sent.contains('\x06'), "Ctrl-F (safe boot) was sent");
    for (qsizetype i = sent.indexOf('\x04'); i >= 0; i = sent.indexOf('\x04', i + 1)) {
        QVERIFY2(i > 0, "Ctrl-D was sent first");
        const char before = sent[i - 1];
        QVERIFY2(before != '\x01' && before != '\x04' && before != '\x03' && before != '\x02',
                 qPrintable(u"Ctrl-D on an empty raw prompt at byte %1"_s.arg(i)));
    }
}

// A hand-written board for the error paths: it answers what the test tells it to.
class FakeBoard : public QObject
{
public:
    enum class Mode
    {
        Silent,
        Modem,
        BusyProgram,
        WriteFails
    };

    FakeBoard(SocatPty& pty, Mode mode)
        : m_pty(pty)
        , m_mode(mode)
        , m_notifier(pty.boardFd(), QSocketNotifier::Read)
    {
        connect(&m_notifier, &QSocketNotifier::activated, this, [this] { onInput(); });
    }

    QByteArray received;

private:
    void onInput()
    {
        const QByteArray in = m_pty.readBoard();
        received += in;
        m_pending += in;
        switch (m_mode) {
        case Mode::Silent:
            break;
        case Mode::Modem:
            m_pty.writeBoard("\r\nERROR\r\n");
            break;
        case Mode::BusyProgram:
            if (in.contains('\x03'))
                m_pty.writeBoard("KeyboardInterrupt caught, measuring on\r\nvalue 1\r\n");
            break;
        case Mode::WriteFails:
            if (m_pending.contains('\x01') && !m_raw) {
                m_raw = true;
                m_pending.clear();
                m_pty.writeBoard("raw REPL; CTRL-B to exit\r\n>");
            }
            while (m_raw && m_pending.contains('\x04')) {
                const qsizetype end = m_pending.indexOf('\x04');
                const QByteArray statement = m_pending.first(end);
                m_pending.remove(0, end + 1);
                if (statement.contains("sys.implementation"))
                    m_pty.writeBoard("OKmicropython\r\n\x04\x04>");
                else if (statement.contains("open("))
                    m_pty.writeBoard("OK\x04Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in "
                                     "<module>\r\nOSError: [Errno 28] ENOSPC\r\n\x04>");
                else
                    m_pty.writeBoard("OK\x04\x04>");
            }
            break;
        }
    }

    SocatPty& m_pty;
    Mode m_mode;
    QSocketNotifier m_notifier;
    QByteArray m_pending;
    bool m_raw = false;
};

struct Outcome
{
    bool ok = false;
    QString error;
};

Outcome runUpload(RawReplUploader& uploader, const QList<RawReplUploader::File>& files, int timeoutMs)
{
    QSignalSpy finished(&uploader, &RawReplUploader::finished);
    uploader.start(files);
    if (!finished.wait(timeoutMs))
        return {false, u"(the upload did not finish)"_s};
    return {finished[0][0].toBool(), finished[0][1].toString()};
}

} // namespace

class TestRawRepl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!SocatPty::available())
            QFAIL("socat is not installed (apt-get install socat; scripts/test installs it): the raw REPL tests need a "
                  "real pty");
    }

    void literalsAndChecksum()
    {
        QCOMPARE(RawReplUploader::pythonBytesLiteral("a'b\\c\n\x01\xff"), QByteArray("b'a\\'b\\\\c\\n\\x01\\xff'"));
        QCOMPARE(RawReplUploader::adler32("Wikipedia"), quint32(0x11E60398));
        QVERIFY(RawReplUploader::helperSource().contains("def send_signal(number, value)"));
    }

    void installHelperOnMicroPythonAndUseIt()
    {
        // The MicroPython WebAssembly port, installed once into the tests' npm cache (outside the tree).
        const test::NpmPackages npm =
            test::ensureNpmPackages({u"@micropython/micropython-webassembly-pyscript@1.27"_s});
        if (npm.state == test::NpmPackages::State::Unavailable)
            QSKIP(qPrintable(u"MicroPython cannot be installed: "_s + npm.message));
        QVERIFY2(npm.state == test::NpmPackages::State::Ready, qPrintable(npm.message));
        const QString mjs = npm.dir + u"/node_modules/@micropython/micropython-webassembly-pyscript/micropython.mjs"_s;
        QVERIFY2(QFile::exists(mjs), qPrintable(mjs + u" is missing"_s));

        QTemporaryDir dir;
        SocatPty pty(dir.path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOOKSMITH_MICROPYTHON_MJS"_s, mjs);
        env.insert(u"HOOKSMITH_BOARD_TRANSCRIPT"_s, dir.filePath(u"transcript"_s));
        pty.setEnvironment(env);
        QCOMPARE(pty.startBoard(u"node "_s + hooksmith::test::sourcePath(u"tests/support/node/board.mjs"_s)),
                 QString());

        SerialSignalSource src(pty.hostPath());
        QList<Signal> got;
        QStringList console;
        connect(&src, &SignalSource::signalReceived, this, [&](const Signal& s) { got.append(s); });
        connect(&src, &SignalSource::consoleLine, this, [&](const QString& l) { console.append(l); });
        QSignalSpy announced(&src, &SignalSource::deviceAnnounced);
        src.start();
        QTRY_COMPARE_WITH_TIMEOUT(src.state(), SignalSource::State::Connected, 10000);

        // Stand-ins for the board's machine module, the Pybytes library and its configuration.
        RawReplUploader uploader(&src);
        QList<qint64> progress;
        connect(&uploader, &RawReplUploader::progress, this, [&](qint64 done, qint64 total, const QString&) {
            progress.append(done * 1000 / std::max<qint64>(1, total));
        });
        Outcome o = runUpload(uploader,
                              {{u"/flash/lib/machine.py"_s, kMachineStandIn},
                               {u"/flash/lib/fakepybytes.py"_s, kPybytesStandIn},
                               {u"/flash/pybytes_config.json"_s, kPybytesConfig}},
                              60000);
        QVERIFY2(o.ok, qPrintable(o.error));

        // The helper itself, with progress.
        progress.clear();
        QSignalSpy finished(&uploader, &RawReplUploader::finished);
        QVERIFY(uploader.installHelper());
        QVERIFY(uploader.isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished[0][0].toBool(), qPrintable(finished[0][1].toString()));
        QVERIFY(progress.size() > 5);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QCOMPARE(progress.back(), 1000);
        QVERIFY(src.parsingEnabled());

        // Pybytes is running (a `pybytes` object in __main__) when the helper is imported.
        QVERIFY(src.sendLine(u"import fakepybytes; pybytes = fakepybytes.Pybytes()"_s));
        QVERIFY(src.sendLine(u"import hooksmith"_s));
        QTRY_COMPARE_WITH_TIMEOUT(announced.size(), 1, 10000);
        QCOMPARE(announced[0][0].toString(), u"5b0e7a8e-5c2b-4b7e-9d7a-0c4f1e2d3a4b"_s);
        const QString boardName = announced[0][1].toString();
        QVERIFY(!boardName.isEmpty());
        QVERIFY(!boardName.contains(u"owner"_s));

        QVERIFY(src.sendLine(u"hooksmith.send_signal(1, 0.7)"_s));
        QVERIFY(src.sendLine(u"hooksmith.send_signal(2, [1, 'a', 2.5])"_s));
        QVERIFY(src.sendLine(u"hooksmith.send_json(3, '0.70')"_s));
        QVERIFY(src.sendLine(u"hooksmith.send_signal(255, 1)"_s));
        QVERIFY(src.sendLine(u"pybytes.send_signal(5, 'door open')"_s));
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 4, 10000);
        QCOMPARE(got[0].number, 1);
        QCOMPARE(got[0].value.toJson(), u"0.7"_s);
        QCOMPARE(got[0].deviceToken, u"5b0e7a8e-5c2b-4b7e-9d7a-0c4f1e2d3a4b"_s);
        QCOMPARE(got[1].value.toJson(), u"[1,\"a\",2.5]"_s);
        QCOMPARE(got[2].value.toJson(), u"0.70"_s);
        QCOMPARE(got[3].number, 5);
        QCOMPARE(got[3].value, JsonValue::string(u"door open"_s));
        // 255 was refused on the board; the wrapped Pybytes call still reached Pybytes.
        QTRY_VERIFY_WITH_TIMEOUT(console.contains(u"pybytes got 5 door open"_s), 5000);
        QVERIFY(std::any_of(console.begin(), console.end(), [](const QString& l) {
            return l.startsWith(u"ValueError: signal number must be 0..254"_s);
        }));

        // Without a Pybytes configuration the chip's unique id names the device.
        QVERIFY(
            src.sendLine(u"import os, sys; os.remove('/flash/pybytes_config.json'); del sys.modules['hooksmith']"_s));
        QVERIFY(src.sendLine(u"import hooksmith"_s));
        QTRY_COMPARE_WITH_TIMEOUT(announced.size(), 2, 10000);
        QCOMPARE(announced[1][0].toString(), u"240ac4c7a5b8"_s);
        QVERIFY(src.sendLine(u"hooksmith.send_signal(9, 12345678901234567890)"_s));
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 5, 10000);
        QCOMPARE(got[4].deviceToken, u"240ac4c7a5b8"_s);
        QCOMPARE(got[4].value.toJson(), u"12345678901234567890"_s);

        QFile transcript(dir.filePath(u"transcript"_s));
        QVERIFY(transcript.open(QIODevice::ReadOnly));
        const QByteArray sent = transcript.readAll();
        checkNothingDangerousSent(sent);
        QVERIFY(sent.contains("\r\x03\x03\x01"));
    }

    void errors_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no answer") << int(FakeBoard::Mode::Silent) << u"no answer from the board"_s;
        QTest::newRow("not MicroPython") << int(FakeBoard::Mode::Modem) << u"not like MicroPython: \"ERROR"_s;
        QTest::newRow("busy") << int(FakeBoard::Mode::BusyProgram) << u"is busy"_s;
        QTest::newRow("write fails") << int(FakeBoard::Mode::WriteFails)
                                     << u"writing /flash/hooksmith.py on the board failed:\nTraceback"_s;
    }

    void errors()
    {
        QFETCH(int, mode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        SocatPty pty(dir.path());
        QCOMPARE(pty.start(), QString());
        QVERIFY(pty.openBoard());
        FakeBoard board(pty, FakeBoard::Mode(mode));
        SerialSignalSource src(pty.hostPath());
        src.start();
        QTRY_COMPARE_WITH_TIMEOUT(src.state(), SignalSource::State::Connected, 10000);

        RawReplUploader uploader(&src);
        uploader.setTimeouts(600, 2000);
        const Outcome o =
            runUpload(uploader, {{RawReplUploader::kDefaultHelperPath, RawReplUploader::helperSource()}}, 15000);
        QVERIFY(!o.ok);
        QVERIFY2(o.error.contains(message), qPrintable(o.error));
        QVERIFY(src.parsingEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!board.received.isEmpty(), 5000);
        checkNothingDangerousSent(board.received);
        if (FakeBoard::Mode(mode) == FakeBoard::Mode::WriteFails) {
            QVERIFY2(o.error.contains(u"ENOSPC"_s), qPrintable(o.error));
            // It left the raw REPL.
            QTRY_VERIFY_WITH_TIMEOUT(board.received.endsWith("\x03\x02"), 5000);
        }
    }

    void portInUse()
    {
        QTemporaryDir dir;
        SocatPty pty(dir.path());
        QCOMPARE(pty.start(), QString());
        QSerialPort other;
        other.setPortName(pty.hostPath());
        QVERIFY(other.open(QIODevice::ReadWrite));
        SerialSignalSource src(pty.hostPath());
        src.start();
        QTRY_COMPARE_WITH_TIMEOUT(src.state(), SignalSource::State::Waiting, 10000);
        RawReplUploader uploader(&src);
        const Outcome o = runUpload(uploader, {{u"/flash/x.py"_s, "x = 1\n"}}, 10000);
        QVERIFY(!o.ok);
        QVERIFY2(o.error.contains(u"in use by another program"_s), qPrintable(o.error));
    }

    void badPath()
    {
        RawReplUploader uploader(nullptr);
        const Outcome o = runUpload(uploader, {{u"flash/x.py"_s, "x = 1\n"}}, 5000);
        QVERIFY(!o.ok);
        QVERIFY(!o.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRawRepl)
#include "tst_rawrepl.moc"

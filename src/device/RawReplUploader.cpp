#include "RawReplUploader.h"

#include "SerialSignalSource.h"

#include <QFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

constexpr QByteArrayView kRawBanner = "raw REPL; CTRL-B to exit";
constexpr qsizetype kMaxLiteral = 200; ///< keeps each chunk statement under 256 bytes
constexpr qsizetype kMaxHeard = 4096;

QByteArray pathLiteral(const QString& path)
{
    return RawReplUploader::pythonBytesLiteral(path.toUtf8()) + ".decode()";
}

QString printable(QByteArrayView bytes)
{
    QString s = QString::fromUtf8(bytes.first(std::min<qsizetype>(bytes.size(), 120))).trimmed();
    for (QChar& c : s) {
        if (c.unicode() < 0x20)
            c = u' ';
    }
    return s;
}

} // namespace

RawReplUploader::RawReplUploader(SerialSignalSource* source, QObject* parent)
    : QObject(parent)
    , m_source(source)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RawReplUploader::onTimeout);
}

RawReplUploader::~RawReplUploader()
{
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    if (m_source && isRunning())
        m_source->setParsingEnabled(true);
}

QByteArray RawReplUploader::helperSource()
{
    QFile f(u":/hooksmith/board/hooksmith.py"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void RawReplUploader::setTimeouts(int answerMs, int statementMs)
{
    m_answerMs = answerMs;
    m_statementMs = statementMs;
}

bool RawReplUploader::installHelper(const QString& remotePath)
{
    return start({File{remotePath, helperSource()}});
}

bool RawReplUploader::start(const QList<File>& files)
{
    if (isRunning())
        return false;
    m_files = files;
    m_fileIndex = 0;
    m_offset = 0;
    m_done = 0;
    m_total = 0;
    for (const File& f : files)
        m_total += f.data.size();
    m_inRaw = false;
    m_rx.clear();
    m_heard.clear();
    m_step = Step::WaitingForPort;
    // Report even an immediate failure from the event loop, after the caller connected finished().
    QString problem;
    if (!m_source)
        problem = tr("there is no serial port to upload through");
    for (const File& f : files) {
        if (problem.isEmpty() && (!f.remotePath.startsWith(u'/') || f.remotePath.endsWith(u'/'))) {
            problem = tr("\"%1\" is not a file path on the board; give an absolute path such as %2")
                          .arg(f.remotePath, kDefaultHelperPath);
        }
    }
    if (problem.isEmpty() && files.isEmpty())
        problem = tr("there is nothing to upload");
    if (!problem.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, problem] { fail(problem); }, Qt::QueuedConnection);
        return true;
    }
    m_connections = {
        connect(m_source, &SignalSource::stateChanged, this, &RawReplUploader::onSourceState),
        connect(m_source, &SerialSignalSource::rawDataReceived, this, &RawReplUploader::onData),
    };
    m_timer->start(m_answerMs);
    QMetaObject::invokeMethod(this, &RawReplUploader::onSourceState, Qt::QueuedConnection);
    return true;
}

quint32 RawReplUploader::adler32(QByteArrayView data)
{
    quint32 a = 1;
    quint32 b = 0;
    for (const char c : data) {
        a = (a + quint8(c)) % 65521;
        b = (b + a) % 65521;
    }
    return (b << 16) | a;
}

QByteArray RawReplUploader::pythonBytesLiteral(QByteArrayView data)
{
    static constexpr char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(data.size() + 3);
    out += "b'";
    for (const char ch : data) {
        const auto c = quint8(ch);
        if (c == '\\' || c == '\'') {
            out += '\\';
            out += char(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c >= 0x20 && c < 0x7F) {
            out += char(c);
        } else {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    out += '\'';
    return out;
}

void RawReplUploader::onSourceState()
{
    if (!m_source || m_step == Step::Idle)
        return;
    const SignalSource::State state = m_source->state();
    if (m_step == Step::WaitingForPort) {
        if (state == SignalSource::State::Connected)
            interrupt();
        else if (state != SignalSource::State::Connecting)
            fail(tr("cannot use %1: %2")
                     .arg(m_source->portPath(),
                          m_source->stateDetail().isEmpty() ? tr("the port is not open") : m_source->stateDetail()));
        return;
    }
    if (state != SignalSource::State::Connected) {
        m_inRaw = false; // nothing can be sent any more
        fail(tr("the board went away during the upload (%1)").arg(m_source->stateDetail()));
    }
}

void RawReplUploader::onData(const QByteArray& bytes)
{
    if (m_step == Step::Idle || m_step == Step::WaitingForPort)
        return;
    m_rx += bytes;
    if (m_heard.size() < kMaxHeard)
        m_heard += bytes.first(std::min(bytes.size(), kMaxHeard - m_heard.size()));
    if (m_step == Step::EnteringRaw)
        checkRawPrompt();
    else if (m_step == Step::Statement)
        checkStatementAnswer();
}

void RawReplUploader::interrupt()
{
    m_source->setParsingEnabled(false);
    m_step = Step::Interrupting;
    m_rx.clear();
    m_heard.clear();
    Q_EMIT progress(0, m_total, tr("interrupting the running program"));
    // CR ends a half-typed line; two Ctrl-C stop a program even when the first one is swallowed.
    m_source->write("\r\x03\x03");
    m_timer->start(200);
}

void RawReplUploader::enterRaw()
{
    m_step = Step::EnteringRaw;
    m_rx.clear();
    Q_EMIT progress(0, m_total, tr("entering the raw REPL"));
    m_source->write("\x01");
    m_timer->start(m_answerMs);
}

void RawReplUploader::checkRawPrompt()
{
    const qsizetype at = m_rx.indexOf(kRawBanner);
    if (at < 0 || m_rx.indexOf('>', at + kRawBanner.size()) < 0)
        return;
    m_timer->stop();
    m_inRaw = true;
    sendStatement(Purpose::Probe, "import sys\nprint(sys.implementation.name)");
}

void RawReplUploader::sendStatement(Purpose purpose, const QByteArray& code)
{
    // Only printable text and newlines go out before the Ctrl-D that runs it: no control byte
    // (Ctrl-F is a safe-boot reset on Pycom boards) and never an empty statement (a soft reset).
    for (const char c : code) {
        if ((quint8(c) < 0x20 && c != '\n') || quint8(c) == 0x7F) {
            fail(tr("internal error: a statement with control characters was not sent"));
            return;
        }
    }
    if (code.trimmed().isEmpty()) {
        fail(tr("internal error: an empty statement was not sent"));
        return;
    }
    m_purpose = purpose;
    m_step = Step::Statement;
    m_gotOk = false;
    m_rx.clear();
    m_source->write(code + '\x04');
    m_timer->start(m_answerMs);
}

void RawReplUploader::checkStatementAnswer()
{
    if (!m_gotOk) {
        const qsizetype ok = m_rx.indexOf("OK");
        if (ok < 0)
            return;
        m_gotOk = true;
        m_rx.remove(0, ok + 2);
        m_timer->start(m_statementMs);
    }
    const qsizetype endOut = m_rx.indexOf('\x04');
    if (endOut < 0)
        return;
    const qsizetype endErr = m_rx.indexOf('\x04', endOut + 1);
    if (endErr < 0 || m_rx.indexOf('>', endErr + 1) < 0)
        return;
    m_timer->stop();
    const QByteArray out = m_rx.first(endOut);
    const QByteArray err = m_rx.sliced(endOut + 1, endErr - endOut - 1);
    m_rx.clear();
    statementDone(out, err);
}

void RawReplUploader::statementDone(const QByteArray& out, const QByteArray& err)
{
    const QString path = m_fileIndex < m_files.size() ? m_files[m_fileIndex].remotePath : QString();
    if (!err.trimmed().isEmpty()) {
        const QString traceback = QString::fromUtf8(err).trimmed();
        if (m_purpose == Purpose::Probe)
            fail(tr("the board could not run a first statement:\n%1").arg(traceback));
        else if (m_purpose == Purpose::Verify)
            fail(tr("checking %1 on the board failed:\n%2").arg(path, traceback));
        else
            fail(tr("writing %1 on the board failed:\n%2").arg(path, traceback));
        return;
    }
    if (m_purpose == Purpose::Probe && out.trimmed() != "micropython") {
        fail(tr("the board does not run MicroPython (it says \"%1\")").arg(printable(out)));
        return;
    }
    if (m_purpose == Purpose::Chunk) {
        m_done += m_chunkBytes;
        Q_EMIT progress(m_done, m_total, tr("writing %1").arg(path));
    }
    if (m_purpose == Purpose::Verify) {
        const File& f = m_files[m_fileIndex];
        const QByteArray expected = QByteArray::number(f.data.size()) + ' ' + QByteArray::number(adler32(f.data));
        if (out.trimmed() != expected) {
            fail(tr("%1 on the board is not what was sent (size and checksum \"%2\", expected \"%3\"); try again")
                     .arg(path, printable(out), QString::fromLatin1(expected)));
            return;
        }
    }
    nextStatement();
}

void RawReplUploader::nextStatement()
{
    if (m_fileIndex >= m_files.size()) {
        succeed();
        return;
    }
    const File& f = m_files[m_fileIndex];
    const QString temp = f.remotePath + u".part"_s;
    switch (m_purpose) {
    case Purpose::Probe: {
        QByteArray dirs;
        const QStringList parts = f.remotePath.split(u'/', Qt::SkipEmptyParts);
        QString dir;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            dir += u'/' + parts[i];
            dirs += (dirs.isEmpty() ? "" : ",") + pathLiteral(dir);
        }
        Q_EMIT progress(m_done, m_total, tr("writing %1").arg(f.remotePath));
        if (!dirs.isEmpty()) {
            sendStatement(Purpose::MakeDirectories,
                          "import os\nfor _hs_d in [" + dirs +
                              "]:\n try:\n  os.mkdir(_hs_d)\n except OSError:\n  pass\ndel _hs_d");
            return;
        }
        [[fallthrough]];
    }
    case Purpose::MakeDirectories:
        m_offset = 0;
        sendStatement(Purpose::Open, "_hs_f=open(" + pathLiteral(temp) + ",'wb')");
        return;
    case Purpose::Open:
    case Purpose::Chunk: {
        if (m_offset < f.data.size()) {
            // As many bytes as fit in a literal of kMaxLiteral characters.
            qsizetype n = 0;
            qsizetype literal = 0;
            while (m_offset + n < f.data.size()) {
                const auto c = quint8(f.data[m_offset + n]);
                const qsizetype w = (c == '\\' || c == '\'' || c == '\n') ? 2 : (c >= 0x20 && c < 0x7F) ? 1 : 4;
                if (literal + w > kMaxLiteral)
                    break;
                literal += w;
                ++n;
            }
            const QByteArray chunk = f.data.sliced(m_offset, n);
            m_offset += n;
            m_chunkBytes = n;
            sendStatement(Purpose::Chunk, "_hs_f.write(" + pythonBytesLiteral(chunk) + ")");
            return;
        }
        sendStatement(Purpose::Close, "_hs_f.close()\ndel _hs_f");
        return;
    }
    case Purpose::Close:
        Q_EMIT progress(m_done, m_total, tr("checking %1").arg(f.remotePath));
        sendStatement(Purpose::Verify, "import os\n_hs_s=os.stat(" + pathLiteral(temp) + ")[6]\n_hs_f=open(" +
                                           pathLiteral(temp) +
                                           ",'rb')\n_hs_a=1\n_hs_b=0\nwhile True:\n _hs_d=_hs_f.read(256)\n"
                                           " if not _hs_d:\n  break\n for _hs_c in _hs_d:\n"
                                           "  _hs_a=(_hs_a+_hs_c)%65521\n  _hs_b=(_hs_b+_hs_a)%65521\n"
                                           "_hs_f.close()\nprint(_hs_s,(_hs_b<<16)|_hs_a)\n"
                                           "del _hs_f,_hs_d,_hs_s,_hs_a,_hs_b");
        return;
    case Purpose::Verify:
        sendStatement(Purpose::Replace, "import os\ntry:\n os.remove(" + pathLiteral(f.remotePath) +
                                            ")\nexcept OSError:\n pass\nos.rename(" + pathLiteral(temp) + "," +
                                            pathLiteral(f.remotePath) + ")");
        return;
    case Purpose::Replace:
        ++m_fileIndex;
        m_purpose = Purpose::Probe; // the next file starts like the first
        nextStatement();
        return;
    }
}

void RawReplUploader::onTimeout()
{
    switch (m_step) {
    case Step::Idle:
        return;
    case Step::WaitingForPort:
        fail(tr("cannot use %1: the port did not open (%2)")
                 .arg(m_source ? m_source->portPath() : QString(), m_source ? m_source->stateDetail() : QString()));
        return;
    case Step::Interrupting:
        enterRaw();
        return;
    case Step::EnteringRaw:
        fail(describeSilence());
        return;
    case Step::Statement:
        if (!m_gotOk)
            fail(tr("the board stopped answering in the raw REPL (no \"OK\" within %1 s)").arg(m_answerMs / 1000.0));
        else
            fail(tr("the board did not finish a statement within %1 s").arg(m_statementMs / 1000.0));
        return;
    }
}

QString RawReplUploader::describeSilence() const
{
    const QString port = m_source ? m_source->portPath() : QString();
    if (m_heard.trimmed().isEmpty()) {
        return tr("no answer from the board on %1 within %2 s: is this the board's port, and is the board powered "
                  "and not in firmware update mode?")
            .arg(port)
            .arg(m_answerMs / 1000.0);
    }
    for (const char* marker : {">>>", "MicroPython", "Traceback", "KeyboardInterrupt", "raw REPL"}) {
        if (m_heard.contains(marker)) {
            return tr("the board on %1 is busy: its program did not stop for the raw REPL; press the board's reset "
                      "button and try again")
                .arg(port);
        }
    }
    return tr("the device on %1 answered, but not like MicroPython: \"%2\"").arg(port, printable(m_heard));
}

void RawReplUploader::fail(const QString& message)
{
    if (m_inRaw && m_source && m_source->state() == SignalSource::State::Connected) {
        // Clear whatever is half-typed and go back to the normal REPL.
        m_source->write("\x03\x02");
    }
    finish(false, message);
}

void RawReplUploader::succeed()
{
    m_source->write("\x02");
    Q_EMIT progress(m_total, m_total, tr("done"));
    finish(true, {});
}

void RawReplUploader::finish(bool ok, const QString& error)
{
    m_step = Step::Idle;
    m_inRaw = false;
    m_timer->stop();
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    if (m_source)
        m_source->setParsingEnabled(true);
    Q_EMIT finished(ok, error);
}

} // namespace hooksmith

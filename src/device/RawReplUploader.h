#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;

namespace hooksmith {

class SerialSignalSource;

/// Installs files on a MicroPython board over the raw REPL of a connected serial source:
/// interrupts the running program, enters raw mode, writes each file in small statements (each
/// answered "OK"), checks its size and checksum on the board, and goes back to the normal REPL.
/// It never sends Ctrl-F (Pycom's safe boot) nor Ctrl-D on an empty raw prompt (a soft reset).
/// Asynchronous: every wait is a timer or a signal.
class RawReplUploader : public QObject
{
    Q_OBJECT
public:
    struct File
    {
        QString remotePath; ///< absolute, e.g. "/flash/hooksmith.py"
        QByteArray data;
    };

    static inline const QString kDefaultHelperPath = QStringLiteral("/flash/hooksmith.py");

    explicit RawReplUploader(SerialSignalSource* source, QObject* parent = nullptr);
    ~RawReplUploader() override;

    /// The board helper shipped with the app (resources/board/hooksmith.py).
    static QByteArray helperSource();

    /// How long the board may take to answer (the raw prompt, each "OK") and to run a statement.
    void setTimeouts(int answerMs, int statementMs);

    /// Starts installing `files`; finished() tells how it went. False when an upload is running.
    bool start(const QList<File>& files);
    /// Installs the helper at `remotePath`.
    bool installHelper(const QString& remotePath = kDefaultHelperPath);
    bool isRunning() const { return m_step != Step::Idle; }

    /// Adler-32 of `data`, as the board computes it to verify a file.
    static quint32 adler32(QByteArrayView data);
    /// `data` as a Python bytes literal that holds only printable ASCII.
    static QByteArray pythonBytesLiteral(QByteArrayView data);

Q_SIGNALS:
    /// `done` of `total` bytes written; `stage` says what happens now, for a person.
    void progress(qint64 done, qint64 total, const QString& stage);
    /// `error` is empty on success; otherwise it says what went wrong, with the board's traceback
    /// when there is one.
    void finished(bool ok, const QString& error);

private:
    enum class Step : quint8
    {
        Idle,
        WaitingForPort,
        Interrupting,
        EnteringRaw,
        Statement,
    };
    enum class Purpose : quint8
    {
        Probe,
        MakeDirectories,
        Open,
        Chunk,
        Close,
        Verify,
        Replace,
    };

    void onSourceState();
    void onData(const QByteArray& bytes);
    void onTimeout();
    void interrupt();
    void enterRaw();
    void checkRawPrompt();
    void checkStatementAnswer();
    void nextStatement();
    void sendStatement(Purpose purpose, const QByteArray& code);
    void statementDone(const QByteArray& out, const QByteArray& err);
    void fail(const QString& message);
    void succeed();
    void finish(bool ok, const QString& error);
    QString describeSilence() const;

    QPointer<SerialSignalSource> m_source;
    QTimer* m_timer = nullptr;
    int m_answerMs = 3000;
    int m_statementMs = 10000;

    Step m_step = Step::Idle;
    Purpose m_purpose = Purpose::Probe;
    bool m_inRaw = false;
    bool m_gotOk = false;
    QByteArray m_rx;    ///< what the board said since the last step began
    QByteArray m_heard; ///< everything since the interrupt (for error messages)
    QList<File> m_files;
    qsizetype m_fileIndex = 0;
    qsizetype m_offset = 0;     ///< bytes of the current file sent
    qsizetype m_chunkBytes = 0; ///< bytes in the chunk statement awaiting its answer
    qint64 m_total = 0;
    qint64 m_done = 0;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace hooksmith

#include "KeychainSecretStore.h"

#include <QAbstractEventDispatcher>
#include <QPointer>
#include <QTimer>
#include <QTimerEvent>
#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <dlfcn.h>
#endif

using namespace Qt::StringLiterals;

namespace hooksmith {

struct KeychainSecretStore::Operation
{
    enum class Kind : quint8
    {
        Read,
        Write,
        Remove,
        Replace ///< a read, then a write when the entry holds `expected`
    };

    Kind kind = Kind::Read;
    QString value;                   ///< for Write and Replace
    std::optional<QString> expected; ///< for Replace
    bool writing = false;            ///< Replace: the entry held `expected`, and the write runs
    ReadDone readDone;
    WriteDone writeDone;
    ReplaceDone replaceDone;
};

struct KeychainSecretStore::KeyQueue
{
    QList<Operation> operations; ///< the first one is running while `busy`
    bool busy = false;
    quint64 jobId = 0;                  ///< the keychain job running the first operation; 0 when none
    QPointer<QKeychain::Job> job;       ///< null once it deleted itself
    int deadlineTimer = 0;              ///< fires when the job took longer than the time limit
    std::chrono::milliseconds limit{0}; ///< the time limit it was started with
};

namespace {

/// Whether a failed job means "there is no usable keychain here" rather than "this request failed".
/// QtKeychain reports a missing D-Bus session, a bus it cannot reach, a Secret Service that is not
/// running or has no collection, and a backend library it cannot load as OtherError, each with a
/// different message (e.g. "Cannot autolaunch D-Bus without X11 $DISPLAY"). A locked keychain or a
/// refusal is AccessDenied, and a prompt the user dismissed is a cancellation: those are answers from a
/// working keychain and stay errors of the request.
bool meansNoKeychain(QKeychain::Error error, const QString& message)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return true;
    case QKeychain::OtherError:
        return !message.contains(u"cancel"_s, Qt::CaseInsensitive);
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return false;
    }
    return false;
}

/// Says what to do when the keychain stays silent. A write or removal that timed out may still be
/// made: QtKeychain runs it when the keychain answers again, and it cannot be withdrawn safely.
QString timeoutMessage(std::chrono::milliseconds limit, bool changes)
{
    const QString seconds = QString::number(double(limit.count()) / 1000.0, 'g', 3);
    QString message = KeychainSecretStore::tr("the keychain did not answer within %1 s: it may be waiting to be "
                                              "unlocked, or its service (such as gnome-keyring-daemon) is not "
                                              "responding; unlock or restart it and try again")
                          .arg(seconds);
    if (changes)
        message += KeychainSecretStore::tr(" (the change may still be made once the keychain answers)");
    return message;
}

QString failureMessage(QKeychain::Error error, const QString& detail)
{
    switch (error) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeychainSecretStore::tr("the keychain refused access (%1): unlock it and try again").arg(detail);
    case QKeychain::CouldNotDeleteEntry:
        return KeychainSecretStore::tr("the keychain could not delete the secret (%1)").arg(detail);
    default:
        if (detail.contains(u"cancel"_s, Qt::CaseInsensitive))
            return KeychainSecretStore::tr("the keychain request was cancelled (%1)").arg(detail);
        return KeychainSecretStore::tr("the keychain reported an error (%1)").arg(detail);
    }
}

/// How often GLib's default context is run while keychain jobs wait for an answer (see updateGlibPump()).
constexpr int kGlibPumpMs = 2;

/// g_main_context_iteration() of the GLib that Qt Core loaded, when it did: looked up at run time, so that
/// building needs no GLib headers.
using GlibIteration = int (*)(void* context, int mayBlock);
GlibIteration glibIteration()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    static const auto iteration = reinterpret_cast<GlibIteration>(::dlsym(RTLD_DEFAULT, "g_main_context_iteration"));
    return iteration;
#else
    return nullptr;
#endif
}

} // namespace

QString KeychainSecretStore::serviceName()
{
    return u"Hooksmith"_s;
}

KeychainSecretStore::KeychainSecretStore(QObject* parent, std::chrono::milliseconds timeLimit)
    : SecretStore(parent)
    , m_timeLimit(timeLimit)
{}

// Jobs still running are not deleted here: QtKeychain's backends call back into them, so they delete
// themselves when they finish; their results are dropped because the connections end with this object,
// and so do the deadline timers.
KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::read(const SecretKey& key, ReadDone done)
{
    Operation op;
    op.kind = Operation::Kind::Read;
    op.readDone = std::move(done);
    enqueue(key.toString(), std::move(op));
}

void KeychainSecretStore::write(const SecretKey& key, const QString& value, WriteDone done)
{
    Operation op;
    op.kind = Operation::Kind::Write;
    op.value = value;
    op.writeDone = std::move(done);
    enqueue(key.toString(), std::move(op));
}

void KeychainSecretStore::remove(const SecretKey& key, WriteDone done)
{
    Operation op;
    op.kind = Operation::Kind::Remove;
    op.writeDone = std::move(done);
    enqueue(key.toString(), std::move(op));
}

void KeychainSecretStore::replaceIf(const SecretKey& key, const std::optional<QString>& expected, const QString& value,
                                    ReplaceDone done)
{
    Operation op;
    op.kind = Operation::Kind::Replace;
    op.value = value;
    op.expected = expected;
    op.replaceDone = std::move(done);
    enqueue(key.toString(), std::move(op));
}

void KeychainSecretStore::probe()
{
    Operation op;
    op.kind = Operation::Kind::Read;
    op.readDone = [](const Result<std::optional<QString>>&) {
    };
    enqueue(u"hooksmith/probe"_s, std::move(op));
}

void KeychainSecretStore::enqueue(const QString& key, Operation op)
{
    KeyQueue& queue = m_queues[key];
    queue.operations.append(std::move(op));
    if (!queue.busy)
        startNext(key);
}

void KeychainSecretStore::startNext(const QString& key)
{
    const auto it = m_queues.find(key);
    if (it == m_queues.end())
        return;
    if (it->operations.isEmpty()) {
        m_queues.erase(it);
        return;
    }
    it->busy = true;
    if (m_persistent) {
        startJob(key, it->operations.front());
    } else {
        // Completing in memory still happens later, never inside the caller's read() or write().
        QTimer::singleShot(0, this, [this, key] { finishInMemory(key); });
    }
}

void KeychainSecretStore::startJob(const QString& key, const Operation& op)
{
    // Jobs have no parent and delete themselves when finished (see the destructor).
    QKeychain::Job* job = nullptr;
    if (op.kind == Operation::Kind::Write || (op.kind == Operation::Kind::Replace && op.writing)) {
        auto* writeJob = new QKeychain::WritePasswordJob(serviceName());
        writeJob->setTextData(op.value);
        job = writeJob;
    } else if (op.kind == Operation::Kind::Remove) {
        job = new QKeychain::DeletePasswordJob(serviceName());
    } else {
        job = new QKeychain::ReadPasswordJob(serviceName());
    }
    job->setKey(key);
    job->setAutoDelete(true);
    // Never the plain-text QSettings store that QtKeychain offers when there is no keychain.
    job->setInsecureFallback(false);
    const quint64 jobId = ++m_lastJobId;
    KeyQueue& queue = m_queues[key];
    queue.jobId = jobId;
    queue.job = job;
    queue.limit = m_timeLimit;
    queue.deadlineTimer = startTimer(m_timeLimit);
    if (queue.deadlineTimer)
        m_deadlines.insert(queue.deadlineTimer, key);
    connect(job, &QKeychain::Job::finished, this,
            [this, key, jobId](QKeychain::Job* finished) { jobFinished(key, jobId, finished); });
    job->start();
    updateGlibPump();
}

void KeychainSecretStore::updateGlibPump()
{
    const bool running = !m_deadlines.isEmpty();
    if (running && m_glibPump == 0) {
        const QAbstractEventDispatcher* loop = QAbstractEventDispatcher::instance(thread());
        if (glibIteration() && loop && !loop->inherits("QEventDispatcherGlib"))
            m_glibPump = startTimer(kGlibPumpMs, Qt::PreciseTimer);
    } else if (!running && m_glibPump != 0) {
        killTimer(m_glibPump);
        m_glibPump = 0;
    }
}

void KeychainSecretStore::endJob(KeyQueue& queue)
{
    if (queue.deadlineTimer) {
        killTimer(queue.deadlineTimer);
        m_deadlines.remove(queue.deadlineTimer);
    }
    queue.deadlineTimer = 0;
    queue.jobId = 0;
    queue.job = nullptr;
    updateGlibPump();
}

void KeychainSecretStore::timerEvent(QTimerEvent* event)
{
    if (event->timerId() == m_glibPump) {
        // What is ready in GLib's default context (libsecret's answers), a bounded number of rounds.
        for (int i = 0; i < 16 && glibIteration()(nullptr, 0) != 0; ++i) {
        }
        return;
    }
    const auto deadline = m_deadlines.constFind(event->timerId());
    if (deadline == m_deadlines.constEnd()) {
        SecretStore::timerEvent(event);
        return;
    }
    const QString key = *deadline;
    KeyQueue& queue = m_queues[key];
    // The job is abandoned, not deleted: a backend may still call back into it, and it deletes itself
    // when it finishes. Its answer no longer reaches this store.
    if (queue.job)
        disconnect(queue.job, nullptr, this, nullptr);
    const std::chrono::milliseconds limit = queue.limit;
    endJob(queue);
    Operation op = takeFront(key);
    if (op.kind == Operation::Kind::Read)
        op.readDone(Error(timeoutMessage(limit, false)));
    else if (op.kind == Operation::Kind::Replace)
        op.replaceDone(Error(timeoutMessage(limit, op.writing)));
    else
        op.writeDone(Error(timeoutMessage(limit, true)));
    continueWith(key);
}

KeychainSecretStore::Operation KeychainSecretStore::takeFront(const QString& key)
{
    KeyQueue& queue = m_queues[key];
    Operation op = queue.operations.takeFirst();
    queue.busy = false;
    return op;
}

void KeychainSecretStore::continueWith(const QString& key)
{
    // A callback may have queued more work for this key (and started it): look the queue up again.
    const auto it = m_queues.constFind(key);
    if (it != m_queues.constEnd() && !it->busy)
        startNext(key);
}

void KeychainSecretStore::jobFinished(const QString& key, quint64 jobId, QKeychain::Job* job)
{
    const auto it = m_queues.find(key);
    if (it == m_queues.end() || it->jobId != jobId)
        return; // answered after its time limit: that request already failed, and the queue moved on
    endJob(*it);
    if (continueReplace(key, job))
        return; // its write runs now, before any other operation on the key
    const QKeychain::Error error = job->error();
    const QString detail = job->errorString();
    Operation op = takeFront(key);

    if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
        switch (op.kind) {
        case Operation::Kind::Read: {
            std::optional<QString> value;
            if (error == QKeychain::NoError)
                value = static_cast<QKeychain::ReadPasswordJob*>(job)->textData();
            op.readDone(value);
            break;
        }
        case Operation::Kind::Write:
            if (error == QKeychain::EntryNotFound) {
                op.writeDone(Error(failureMessage(error, detail)));
                break;
            }
            // A write that was already on its way when the keychain went away still counts here.
            if (!m_persistent)
                m_memory.insert(key, op.value);
            op.writeDone(Status::success());
            break;
        case Operation::Kind::Remove: // removing a secret that is not there is fine
            if (!m_persistent)
                m_memory.remove(key);
            op.writeDone(Status::success());
            break;
        case Operation::Kind::Replace:
            if (!op.writing) {
                op.replaceDone(false); // the entry held something else (continueReplace() wrote otherwise)
            } else if (error == QKeychain::EntryNotFound) {
                op.replaceDone(Error(failureMessage(error, detail)));
            } else {
                if (!m_persistent)
                    m_memory.insert(key, op.value);
                op.replaceDone(true);
            }
            break;
        }
    } else if (meansNoKeychain(error, detail)) {
        switchToMemory(detail);
        completeInMemory(op, key);
    } else if (op.kind == Operation::Kind::Read) {
        op.readDone(Error(failureMessage(error, detail)));
    } else if (op.kind == Operation::Kind::Replace) {
        op.replaceDone(Error(failureMessage(error, detail)));
    } else {
        op.writeDone(Error(failureMessage(error, detail)));
    }
    continueWith(key);
}

bool KeychainSecretStore::continueReplace(const QString& key, QKeychain::Job* job)
{
    Operation& op = m_queues[key].operations.front();
    if (op.kind != Operation::Kind::Replace || op.writing)
        return false;
    const QKeychain::Error error = job->error();
    if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
        return false;
    std::optional<QString> now;
    if (error == QKeychain::NoError)
        now = static_cast<QKeychain::ReadPasswordJob*>(job)->textData();
    if (now != op.expected)
        return false;
    // The key stays busy: nothing else on it runs between the read and this write.
    op.writing = true;
    startJob(key, op);
    return true;
}

void KeychainSecretStore::finishInMemory(const QString& key)
{
    if (!m_queues.contains(key) || m_queues[key].operations.isEmpty())
        return;
    Operation op = takeFront(key);
    completeInMemory(op, key);
    continueWith(key);
}

void KeychainSecretStore::completeInMemory(Operation& op, const QString& key)
{
    switch (op.kind) {
    case Operation::Kind::Read: {
        std::optional<QString> value;
        if (const auto it = m_memory.constFind(key); it != m_memory.constEnd())
            value = *it;
        op.readDone(value);
        break;
    }
    case Operation::Kind::Write:
        m_memory.insert(key, op.value);
        op.writeDone(Status::success());
        break;
    case Operation::Kind::Remove:
        m_memory.remove(key);
        op.writeDone(Status::success());
        break;
    case Operation::Kind::Replace: {
        const auto it = m_memory.constFind(key);
        const std::optional<QString> now = it != m_memory.constEnd() ? std::optional<QString>(*it) : std::nullopt;
        if (!op.writing && now != op.expected) {
            op.replaceDone(false);
            break;
        }
        m_memory.insert(key, op.value);
        op.replaceDone(true);
        break;
    }
    }
}

void KeychainSecretStore::switchToMemory(const QString& detail)
{
    if (!m_persistent)
        return;
    m_persistent = false;
    m_reason = tr("No keychain is available (%1): secrets are kept in memory until Hooksmith quits, and nothing "
                  "is written to disk.")
                   .arg(detail.isEmpty() ? tr("no keychain service answered") : detail);
    Q_EMIT persistenceChanged(false);
}

} // namespace hooksmith

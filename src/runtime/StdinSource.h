#pragma once

#include "SignalSource.h"
#include "SourceTraits.h"

#include <QByteArray>

class QSocketNotifier;

namespace hooksmith {

/// Board lines from standard input (or another file descriptor): `hooksmith-cli relay --stdin`.
/// Reads whatever the descriptor has when it becomes readable, so it never blocks the event loop.
class StdinSource : public SignalSource, public PausableSource
{
    Q_OBJECT
public:
    explicit StdinSource(int fd = 0, QObject* parent = nullptr);
    ~StdinSource() override;

    QString id() const override;
    QString displayName() const override;
    void start() override;
    void stop() override;
    void setPaused(bool paused) override;
    bool atEnd() const { return m_atEnd; }
    quint64 bytesRead() const { return m_bytesRead; }

Q_SIGNALS:
    /// The input ended (EOF) or could not be read any more; every complete line was handled.
    void endOfInput();

private:
    void readAvailable();
    void finish(State state, const QString& detail);

    int m_fd;
    QSocketNotifier* m_notifier = nullptr;
    QByteArray m_buffer;
    bool m_paused = false;
    bool m_atEnd = false;
    quint64 m_bytesRead = 0;
};

} // namespace hooksmith

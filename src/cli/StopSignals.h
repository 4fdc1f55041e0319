#pragma once

#include <QObject>

class QSocketNotifier;

namespace hooksmith::cli {

/// Turns SIGINT and SIGTERM into a Qt signal while it exists (self-pipe: the handler only writes a
/// byte), so that commands stop cleanly from their event loop. The previous handlers come back after.
class StopSignals : public QObject
{
    Q_OBJECT
public:
    explicit StopSignals(QObject* parent = nullptr);
    ~StopSignals() override;

Q_SIGNALS:
    /// `signalName` is "SIGINT" or "SIGTERM".
    void stopRequested(const QString& signalName);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace hooksmith::cli

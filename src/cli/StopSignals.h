#pragma once

#include <QObject>

#include <memory>

namespace hooksmith::cli {

/// Turns SIGINT and SIGTERM (and, when asked, SIGHUP) into Qt signals, for commands that run until they are
/// stopped (catch, relay). The previous handlers come back when the object goes. One instance at a time.
class StopSignals : public QObject
{
    Q_OBJECT
public:
    explicit StopSignals(QObject* parent = nullptr);
    ~StopSignals() override;

    /// False when the handlers could not be installed (another instance is active).
    bool isActive() const;
    /// SIGHUP emits reloadRequested() instead of ending the process.
    void handleHangup();

Q_SIGNALS:
    void stopRequested(int signalNumber);
    void reloadRequested();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hooksmith::cli

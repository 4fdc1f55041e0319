#pragma once

#include "BoardCatalog.h"

#include <QObject>
#include <QStringList>

class QThread;

namespace hooksmith {

class PortScanner;

/// Keeps the list of serial ports up to date and says when a board appears or disappears.
/// Scanning runs on its own thread: listing ports takes milliseconds, and the watcher only lists
/// them again when /dev changed (or a watched path did), so an idle watcher costs next to nothing.
class PortWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 1000;

    explicit PortWatcher(QObject* parent = nullptr);
    ~PortWatcher() override;

    /// Starts polling (a first scan is made at once).
    void start(int intervalMs = kDefaultIntervalMs);
    void stop();
    /// Scans again now, whatever changed.
    void refresh();

    /// Paths the user gave (pseudo-terminal links, /dev/serial/by-id/...), listed like ports.
    void setExtraPaths(const QStringList& paths);
    QStringList extraPaths() const { return m_extraPaths; }

    /// The ports as of the last scan: system ports first, then the extra paths that exist.
    QList<PortInfo> ports() const { return m_ports; }
    bool hasScanned() const { return m_scanned; }

Q_SIGNALS:
    void portAdded(const hooksmith::PortInfo& port);
    void portRemoved(const hooksmith::PortInfo& port);
    /// After every scan that changed something (and after the first scan).
    void portsChanged(const QList<hooksmith::PortInfo>& ports);

private:
    void applyScan(const QList<hooksmith::PortInfo>& ports);

    QThread* m_thread = nullptr;
    PortScanner* m_scanner = nullptr;
    QStringList m_extraPaths;
    QList<PortInfo> m_ports;
    bool m_scanned = false;
};

} // namespace hooksmith

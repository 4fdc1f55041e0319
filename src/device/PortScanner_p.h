#pragma once

#include "BoardCatalog.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>

class QTimer;

namespace hooksmith {

/// Lives on the PortWatcher's thread: polls a cheap stamp of /dev and the extra paths, and lists
/// the ports only when the stamp changed.
class PortScanner : public QObject
{
    Q_OBJECT
public:
    PortScanner();

public Q_SLOTS:
    void start(int intervalMs);
    void stop();
    void scanNow();
    void setExtraPaths(const QStringList& paths);

Q_SIGNALS:
    void scanned(const QList<hooksmith::PortInfo>& ports);

private:
    void poll();
    QByteArray stamp() const;

    QTimer* m_timer = nullptr;
    QStringList m_extraPaths;
    QByteArray m_lastStamp;
    int m_followUps = 0; ///< scans still to make after a change (udev fills in USB details late)
};

} // namespace hooksmith

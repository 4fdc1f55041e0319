#include "PortWatcher.h"

#include "PortScanner_p.h"

#include <QDateTime>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace hooksmith {

PortScanner::PortScanner()
    : m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::CoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &PortScanner::poll);
}

void PortScanner::start(int intervalMs)
{
    m_timer->start(intervalMs);
    scanNow();
}

void PortScanner::stop()
{
    m_timer->stop();
}

void PortScanner::setExtraPaths(const QStringList& paths)
{
    m_extraPaths = paths;
    scanNow();
}

QByteArray PortScanner::stamp() const
{
    // A device node appearing or disappearing changes the modification time of /dev. The extra
    // paths live elsewhere: their targets are part of the stamp.
    QByteArray s;
#ifdef Q_OS_LINUX
    struct stat st = {};
    if (::stat("/dev", &st) == 0)
        s += QByteArray::number(qint64(st.st_mtim.tv_sec)) + '.' + QByteArray::number(qint64(st.st_mtim.tv_nsec));
#else
    // Elsewhere ports are not device nodes in one directory: list them at every poll.
    s += QByteArray::number(QDateTime::currentMSecsSinceEpoch());
#endif
    for (const QString& path : m_extraPaths)
        s += '|' + QFileInfo(path).canonicalFilePath().toUtf8();
    return s;
}

void PortScanner::poll()
{
    const QByteArray now = stamp();
    if (now == m_lastStamp && m_followUps == 0)
        return;
    if (now != m_lastStamp)
        m_followUps = 2;
    else
        --m_followUps;
    m_lastStamp = now;
    QList<PortInfo> ports = BoardCatalog::systemPorts();
    for (const QString& path : m_extraPaths) {
        if (QFileInfo::exists(path))
            ports.append(BoardCatalog::fromPath(path, ports));
    }
    Q_EMIT scanned(ports);
}

void PortScanner::scanNow()
{
    m_lastStamp.clear();
    poll();
}

PortWatcher::PortWatcher(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_scanner(new PortScanner)
{
    m_thread->setObjectName(u"PortWatcher"_s);
    m_scanner->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_scanner, &QObject::deleteLater);
    connect(m_scanner, &PortScanner::scanned, this, &PortWatcher::applyScan);
    m_thread->start(QThread::LowPriority);
}

PortWatcher::~PortWatcher()
{
    m_thread->quit();
    m_thread->wait();
}

void PortWatcher::start(int intervalMs)
{
    QMetaObject::invokeMethod(m_scanner, [s = m_scanner, intervalMs] { s->start(intervalMs); });
}

void PortWatcher::stop()
{
    QMetaObject::invokeMethod(m_scanner, &PortScanner::stop);
}

void PortWatcher::refresh()
{
    QMetaObject::invokeMethod(m_scanner, &PortScanner::scanNow);
}

void PortWatcher::setExtraPaths(const QStringList& paths)
{
    m_extraPaths = paths;
    QMetaObject::invokeMethod(m_scanner, [s = m_scanner, paths] { s->setExtraPaths(paths); });
}

void PortWatcher::applyScan(const QList<PortInfo>& ports)
{
    const bool first = !m_scanned;
    m_scanned = true;
    if (!first && ports == m_ports)
        return;
    const QList<PortInfo> before = std::exchange(m_ports, ports);
    const auto findIn = [](const QList<PortInfo>& list, const PortInfo& p) {
        return std::find_if(list.begin(), list.end(), [&](const PortInfo& q) {
                   return q.systemLocation == p.systemLocation && q.serialNumber == p.serialNumber &&
                          q.usbId() == p.usbId();
               }) != list.end();
    };
    for (const PortInfo& p : before) {
        if (!findIn(m_ports, p))
            Q_EMIT portRemoved(p);
    }
    for (const PortInfo& p : m_ports) {
        if (!findIn(before, p))
            Q_EMIT portAdded(p);
    }
    Q_EMIT portsChanged(m_ports);
}

} // namespace hooksmith

#include "Paths.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace hooksmith {

QString Paths::dataDir()
{
    QString dir = qEnvironmentVariable("HOOKSMITH_DATA_DIR");
    if (dir.isEmpty()) {
        dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        dir = QDir(dir).filePath(u"hooksmith"_s);
    }
    return dir;
}

QString Paths::outboxDir()
{
    return QDir(dataDir()).filePath(u"outbox"_s);
}

QString Paths::demoWorkspace()
{
    return u":/hooksmith/demo/demo.hooksmith.json"_s;
}

} // namespace hooksmith

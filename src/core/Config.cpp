#include "Config.h"

namespace hooksmith {

Config::Config()
    : m_settings(std::make_unique<QSettings>())
{}

Config::Config(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

Config::~Config() = default;

Config* Config::instance()
{
    static Config config;
    return &config;
}

void Config::addRecentFile(const QString& path)
{
    QStringList files = get(ConfigKeys::RecentFiles);
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > ConfigKeys::kMaxRecentFiles)
        files.removeLast();
    set(ConfigKeys::RecentFiles, files);
}

void Config::removeRecentFile(const QString& path)
{
    QStringList files = get(ConfigKeys::RecentFiles);
    files.removeAll(path);
    set(ConfigKeys::RecentFiles, files);
}

QString Config::fileName() const
{
    return m_settings->fileName();
}

void Config::sync()
{
    m_settings->sync();
}

} // namespace hooksmith

#include "Config.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsWhenNothingIsSaved()
    {
        QTemporaryDir dir;
        Config config(dir.filePath(u"settings.ini"_s));
        QCOMPARE(config.get(ConfigKeys::RevealSecretsByDefault), false);
        QCOMPARE(config.get(ConfigKeys::SampleSignal), 1);
        QCOMPARE(config.get(ConfigKeys::SampleValue), u"23.5"_s);
        QVERIFY(config.get(ConfigKeys::RecentFiles).isEmpty());
    }

    void valuesSurviveAReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_s);
        {
            Config config(path);
            config.set(ConfigKeys::SampleSignal, 7);
            config.set(ConfigKeys::WindowState, QByteArray("\x01\x02\x00", 3));
            config.set(ConfigKeys::LastWorkspace, u"/tmp/a.hooksmith.json"_s);
            config.sync();
        }
        Config config(path);
        QCOMPARE(config.get(ConfigKeys::SampleSignal), 7);
        QCOMPARE(config.get(ConfigKeys::WindowState), QByteArray("\x01\x02\x00", 3));
        QCOMPARE(config.get(ConfigKeys::LastWorkspace), u"/tmp/a.hooksmith.json"_s);
        config.reset(ConfigKeys::SampleSignal);
        QCOMPARE(config.get(ConfigKeys::SampleSignal), 1);
    }

    void recentFilesAreMostRecentFirstWithoutDuplicates()
    {
        QTemporaryDir dir;
        Config config(dir.filePath(u"settings.ini"_s));
        for (int i = 0; i < ConfigKeys::kMaxRecentFiles + 3; ++i)
            config.addRecentFile(u"/f%1"_s.arg(i));
        config.addRecentFile(u"/f5"_s);
        const QStringList files = config.get(ConfigKeys::RecentFiles);
        QCOMPARE(files.size(), ConfigKeys::kMaxRecentFiles);
        QCOMPARE(files.front(), u"/f5"_s);
        QCOMPARE(files.count(u"/f5"_s), 1);
        QCOMPARE(files.at(1), u"/f10"_s);
        config.removeRecentFile(u"/f5"_s);
        QVERIFY(!config.get(ConfigKeys::RecentFiles).contains(u"/f5"_s));
    }

    void oneRecentFileReadsBackAsAList()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_s);
        {
            Config config(path);
            config.addRecentFile(u"/only"_s);
        }
        Config config(path);
        QCOMPARE(config.get(ConfigKeys::RecentFiles), QStringList{u"/only"_s});
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"

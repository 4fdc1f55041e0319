#include "Encoding.h"
#include "Template.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

class TestTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesPresetsEnvAndEscapes()
    {
        const auto t = Template::parse(u"a {{DEVICE_TOKEN}} \\{{ b {{ SIGNAL_NUMBER }}{{env:HOME_1}}"_s);
        QVERIFY(t.ok());
        const auto& p = t->parts();
        QCOMPARE(p.size(), 5);
        QCOMPARE(p[0].text, u"a "_s);
        QCOMPARE(p[1].preset, Preset::DeviceToken);
        QCOMPARE(p[1].offset, qsizetype(2));
        QCOMPARE(p[2].text, u" {{ b "_s);
        QCOMPARE(p[3].preset, Preset::SignalNumber);
        QCOMPARE(p[4].preset, Preset::Env);
        QCOMPARE(p[4].text, u"HOME_1"_s);
        QCOMPARE(t->envNames(), QStringList{u"HOME_1"_s});
        QVERIFY(!t->isSinglePlaceholder());
        QVERIFY(Template::parse(u"{{ MESSAGE_PAYLOAD }}"_s)->isSinglePlaceholder());
        QVERIFY(Template::parse(u"}} plain {"_s)->parts().size() == 1);
        QVERIFY(Template::parse(u""_s)->isEmpty());
    }

    void everyPresetIsKnown()
    {
        const QStringList names = {u"DEVICE_TOKEN"_s,  u"DEVICE_NAME"_s, u"USER_ID"_s,     u"WEBHOOK_EVENT_NAME"_s,
                                   u"SIGNAL_NUMBER"_s, u"SIGNAL_NAME"_s, u"SIGNAL_UNIT"_s, u"MESSAGE_PAYLOAD"_s,
                                   u"TIMESTAMP"_s,     u"UNIX_TIME"_s,   u"MESSAGE_ID"_s};
        QCOMPARE(Presets::all().size(), names.size());
        for (const QString& n : names) {
            QVERIFY2(Presets::fromName(n).has_value(), qPrintable(n));
            QCOMPARE(Presets::name(*Presets::fromName(n)), n);
            QVERIFY(!Presets::all()[names.indexOf(n)].description.isEmpty());
        }
    }

    void errorsNameTheProblemAndPosition_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << u"https://x/{{DEVICE_TOKN}}"_s
                                 << u"unknown preset \"DEVICE_TOKN\" at character 11 (did you mean DEVICE_TOKEN?)"_s;
        QTest::newRow("unknown, nothing close")
            << u"{{WHATEVER_THIS_IS}}"_s << u"unknown preset \"WHATEVER_THIS_IS\" at character 1"_s;
        QTest::newRow("lower case") << u"ab {{device_token}}"_s
                                    << u"unknown preset \"device_token\" at character 4 (did you mean DEVICE_TOKEN?)"_s;
        QTest::newRow("unclosed")
            << u"x {{DEVICE_TOKEN"_s
            << u"\"{{\" at character 3 is not closed by \"}}\" (write \\{{ for a literal \"{{\")"_s;
        QTest::newRow("empty") << u"{{ }}"_s << u"empty placeholder \"{{}}\" at character 1"_s;
        QTest::newRow("bad env") << u"{{env:1ABC}}"_s
                                 << u"\"1ABC\" at character 1 is not a valid environment variable name"_s;
        QTest::newRow("empty env") << u"{{env:}}"_s
                                   << u"\"\" at character 1 is not a valid environment variable name"_s;
    }

    void errorsNameTheProblemAndPosition()
    {
        QFETCH(QString, source);
        QFETCH(QString, message);
        const auto t = Template::parse(source);
        QVERIFY(!t.ok());
        QCOMPARE(t.errorMessage(), message);
    }

    // TIMESTAMP is written without Qt's general formatter: it must give exactly Qt's text.
    void timestampTextEqualsQts()
    {
        const auto qt = [](const QDateTime& t) {
            return t.toUTC().toString(Qt::ISODateWithMs);
        };
        const QList<QDateTime> edges = {
            QDateTime::fromMSecsSinceEpoch(0, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC),
            QDateTime(QDate(2000, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(1900, 3, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC),
            QDateTime(QDate(0, 1, 1), QTime(0, 0), Qt::UTC).addDays(366),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(-5, 6, 1), QTime(12, 0), Qt::UTC),
            QDateTime(QDate(2026, 3, 29), QTime(2, 30), Qt::OffsetFromUTC, 3600),
            QDateTime(QDate(2026, 1, 1), QTime(0, 30), Qt::OffsetFromUTC, 5 * 3600),
            QDateTime(),
        };
        for (const QDateTime& t : edges)
            QCOMPARE(isoUtcWithMs(t), qt(t));
        auto* random = QRandomGenerator::global();
        const qint64 span = QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        for (int i = 0; i < 20000; ++i) {
            const qint64 ms = qint64(random->bounded(2.0 * double(span))) - span;
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            QCOMPARE(isoUtcWithMs(t), qt(t));
        }
    }
};

QTEST_GUILESS_MAIN(TestTemplate)
#include "tst_template.moc"

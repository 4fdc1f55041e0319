// The Prometheus text exposition: number spelling, escaping, histograms, and what Prometheus' own Python
// client (Debian's python3-prometheus-client) reads back from it.
#include "Metrics.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Sample
{
    QString name;
    QMap<QString, QString> labels;
    double value = 0;
};

struct Family
{
    QString name;
    QString type;
    QString help;
    QList<Sample> samples;
};

/// Reads the exposition with prometheus_client.parser and prints what it understood as JSON; values as
/// Python's repr() so that infinities and NaN survive.
const char* const kParser =
    "import json, sys\n"
    "try:\n"
    "    from prometheus_client.parser import text_string_to_metric_families\n"
    "except ImportError as e:\n"
    "    sys.stderr.write(str(e) + \"\\n\")\n"
    "    sys.exit(3)\n"
    "families = []\n"
    "for f in text_string_to_metric_families(sys.stdin.buffer.read().decode(\"utf-8\")):\n"
    "    families.append({\"name\": f.name, \"type\": f.type, \"help\": f.documentation,\n"
    "                     \"samples\": [{\"name\": s.name, \"labels\": s.labels, \"value\": repr(float(s.value))}\n"
    "                                 for s in f.samples]})\n"
    "sys.stdout.write(json.dumps(families))\n";

double fromRepr(const QString& text)
{
    if (text == u"inf"_s)
        return kInf;
    if (text == u"-inf"_s)
        return -kInf;
    if (text == u"nan"_s)
        return kNaN;
    bool ok = false;
    const double d = text.toDouble(&ok);
    return ok ? d : -12345.678;
}

/// Debian's interpreter (the package installs into its dist-packages), else the first python3 on PATH.
QString python()
{
    if (QFile::exists(u"/usr/bin/python3"_s))
        return u"/usr/bin/python3"_s;
    return QStandardPaths::findExecutable(u"python3"_s);
}

QString describe(const Sample& s)
{
    QStringList labels;
    for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it)
        labels.append(it.key() + u"=\""_s + it.value() + u'"');
    return s.name + u'{' + labels.join(u',') + u"} "_s + QString::number(s.value, 'g', 17);
}

bool sameValue(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private:
    /// What Prometheus' Python client parses out of `text`; fails the test when it cannot run.
    QList<Family> parseWithPrometheusClient(const QByteArray& text)
    {
        const QString interpreter = python();
        if (interpreter.isEmpty()) {
            QTest::qFail("python3 is not installed; this test reads the exposition with Prometheus' client: "
                         "apt-get install python3 python3-prometheus-client",
                         __FILE__, __LINE__);
            return {};
        }
        QProcess p;
        p.start(interpreter, {u"-c"_s, QString::fromUtf8(kParser)});
        if (!p.waitForStarted(10000)) {
            QTest::qFail(qPrintable(u"cannot start %1: %2"_s.arg(interpreter, p.errorString())), __FILE__, __LINE__);
            return {};
        }
        p.write(text);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            QTest::qFail(qPrintable(interpreter + u" did not finish"_s), __FILE__, __LINE__);
            return {};
        }
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (p.exitCode() == 3) {
            QTest::qFail(
                qPrintable(u"%1 has no prometheus_client (%2): apt-get install python3-prometheus-client"_s.arg(
                    interpreter, err.trimmed())),
                __FILE__, __LINE__);
            return {};
        }
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            QTest::qFail(qPrintable(u"prometheus_client could not parse the exposition:\n"_s + err + u"\n"_s +
                                    QString::fromUtf8(text)),
                         __FILE__, __LINE__);
            return {};
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &error);
        if (!doc.isArray()) {
            QTest::qFail(qPrintable(u"unreadable parser output: "_s + error.errorString()), __FILE__, __LINE__);
            return {};
        }
        QList<Family> families;
        for (const QJsonValue& f : doc.array()) {
            Family family{f[u"name"].toString(), f[u"type"].toString(), f[u"help"].toString(), {}};
            for (const QJsonValue& s : f[u"samples"].toArray()) {
                Sample sample{s[u"name"].toString(), {}, fromRepr(s[u"value"].toString())};
                const QJsonObject labels = s[u"labels"].toObject();
                for (auto it = labels.begin(); it != labels.end(); ++it)
                    sample.labels.insert(it.key(), it.value().toString());
                family.samples.append(sample);
            }
            families.append(family);
        }
        return families;
    }

    static void compareFamilies(const QList<Family>& actual, const QList<Family>& expected)
    {
        QStringList names;
        for (const Family& f : actual)
            names.append(f.name);
        QVERIFY2(actual.size() == expected.size(), qPrintable(u"parsed families: "_s + names.join(u", "_s)));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const Family& a = actual[i];
            const Family& e = expected[i];
            QCOMPARE(a.name, e.name);
            QCOMPARE(a.type, e.type);
            QCOMPARE(a.help, e.help);
            QStringList got;
            for (const Sample& s : a.samples)
                got.append(describe(s));
            QVERIFY2(a.samples.size() == e.samples.size(), qPrintable(e.name + u": "_s + got.join(u"; "_s)));
            for (qsizetype j = 0; j < e.samples.size(); ++j) {
                const Sample& as = a.samples[j];
                const Sample& es = e.samples[j];
                QVERIFY2(as.name == es.name && as.labels == es.labels && sameValue(as.value, es.value),
                         qPrintable(u"%1 sample %2: got %3, expected %4"_s.arg(e.name).arg(j).arg(describe(as),
                                                                                                  describe(es))));
            }
        }
    }

private Q_SLOTS:
    void spellsNumbersAsPrometheusDoes_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("zero") << 0.0 << QByteArray("0");
        QTest::newRow("integer") << 42.0 << QByteArray("42");
        QTest::newRow("negative integer") << -7.0 << QByteArray("-7");
        QTest::newRow("million without exponent") << 1e6 << QByteArray("1000000");
        QTest::newRow("2^53") << 9007199254740992.0 << QByteArray("9007199254740992");
        QTest::newRow("2^64") << 18446744073709551616.0 << QByteArray("18446744073709551616");
        QTest::newRow("1e21 with exponent") << 1e21 << QByteArray("1e+21");
        QTest::newRow("tenth") << 0.1 << QByteArray("0.1");
        QTest::newRow("sum of tenths") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
        QTest::newRow("third") << 1.0 / 3 << QByteArray("0.3333333333333333");
        QTest::newRow("small") << 1.5e-7 << QByteArray("1.5e-07");
        QTest::newRow("fraction above 1e21") << 1.2345e300 << QByteArray("1.2345e+300");
        QTest::newRow("+Inf") << kInf << QByteArray("+Inf");
        QTest::newRow("-Inf") << -kInf << QByteArray("-Inf");
        QTest::newRow("NaN") << kNaN << QByteArray("NaN");
    }

    void spellsNumbersAsPrometheusDoes()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        QCOMPARE(Metrics::formatValue(value), text);
    }

    void numbersReadBackExactly()
    {
        QRandomGenerator random(20261204);
        for (int i = 0; i < 20000; ++i) {
            quint64 bits = random.generate64();
            double d = 0;
            std::memcpy(&d, &bits, sizeof d);
            if (std::isnan(d))
                continue;
            const QByteArray text = Metrics::formatValue(d);
            bool ok = false;
            const double back = std::isinf(d) ? (text.startsWith('-') ? -kInf : kInf) : text.toDouble(&ok);
            QVERIFY2(std::isinf(d) || ok, text.constData());
            QVERIFY2(back == d && std::signbit(back) == std::signbit(d), text.constData());
        }
    }

    void writesTheTextFormat()
    {
        Metrics m;
        m.declare(u"hooksmith_deliveries_total"_s, Metrics::Type::Counter, u"Deliveries by outcome."_s,
                  {u"webhook"_s, u"outcome"_s});
        m.declare(u"hooksmith_backlog"_s, Metrics::Type::Gauge, u"Deliveries waiting.\nLine two, a \\ and a \"."_s);
        m.declare(u"hooksmith_attempt_seconds"_s, Metrics::Type::Histogram, u"Attempt duration."_s, {}, {0.25, 1});
        m.declare(u"hooksmith_nothing_yet_total"_s, Metrics::Type::Counter, {});
        Metrics::Series* delivered = m.series(u"hooksmith_deliveries_total"_s, {u"Hook \"A\""_s, u"delivered"_s});
        delivered->add();
        delivered->add(2);
        m.series(u"hooksmith_deliveries_total"_s, {u"C:\\new\nline"_s, u"failed"_s})->add();
        m.series(u"hooksmith_backlog"_s)->set(12.5);
        Metrics::Series* seconds = m.series(u"hooksmith_attempt_seconds"_s);
        for (const double v : {0.125, 0.25, 0.5, 3.0}) // a value on a bound counts in that bucket
            seconds->observe(v);
        QCOMPARE(delivered->value(), 3.0);
        QCOMPARE(seconds->count(), quint64(4));

        QCOMPARE(m.exposition(),
                 QByteArray("# HELP hooksmith_deliveries_total Deliveries by outcome.\n"
                            "# TYPE hooksmith_deliveries_total counter\n"
                            "hooksmith_deliveries_total{webhook=\"Hook \\\"A\\\"\",outcome=\"delivered\"} 3\n"
                            "hooksmith_deliveries_total{webhook=\"C:\\\\new\\nline\",outcome=\"failed\"} 1\n"
                            "# HELP hooksmith_backlog Deliveries waiting.\\nLine two, a \\\\ and a \".\n"
                            "# TYPE hooksmith_backlog gauge\n"
                            "hooksmith_backlog 12.5\n"
                            "# HELP hooksmith_attempt_seconds Attempt duration.\n"
                            "# TYPE hooksmith_attempt_seconds histogram\n"
                            "hooksmith_attempt_seconds_bucket{le=\"0.25\"} 2\n"
                            "hooksmith_attempt_seconds_bucket{le=\"1\"} 3\n"
                            "hooksmith_attempt_seconds_bucket{le=\"+Inf\"} 4\n"
                            "hooksmith_attempt_seconds_sum 3.875\n"
                            "hooksmith_attempt_seconds_count 4\n"
                            "# TYPE hooksmith_nothing_yet_total counter\n"));
    }

    void prometheusClientReadsItBack()
    {
        Metrics m;
        m.declare(u"relay_deliveries_total"_s, Metrics::Type::Counter, u"Deliveries by webhook and outcome."_s,
                  {u"webhook"_s, u"outcome"_s});
        m.declare(u"relay_backlog"_s, Metrics::Type::Gauge, u"Waiting \\ in the \"outbox\"\nper state: ünï ☃"_s,
                  {u"state"_s});
        m.declare(u"relay_attempt_seconds"_s, Metrics::Type::Histogram, u"Attempt duration in seconds."_s,
                  {u"webhook"_s}, {0.01, 0.1, 1, 10});
        m.declare(u"relay_default_seconds"_s, Metrics::Type::Histogram, u"Default buckets."_s);
        m.declare(u"relay:odd_gauge"_s, Metrics::Type::Gauge, u"Colons, NaN and infinities."_s, {u"k"_s});

        const QString quoted = u"he said \"hi\""_s;
        const QString windows = u"C:\\new\\table\\"_s;
        const QString lines = u"line one\nline two"_s;
        const QString unicode = u"Wärme ☃ 🚀 日本"_s;
        const QString tricky = u"},a=\"b\",c=\\\""_s;
        m.series(u"relay_deliveries_total"_s, {quoted, u"delivered"_s})->add(41);
        m.series(u"relay_deliveries_total"_s, {quoted, u"delivered"_s})->add();
        m.series(u"relay_deliveries_total"_s, {windows, u"failed"_s})->add(0.5);
        m.series(u"relay_deliveries_total"_s, {lines, u""_s})->add(1e6);
        m.series(u"relay_deliveries_total"_s, {unicode, tricky})->add(0.1 + 0.2);
        m.series(u"relay_backlog"_s, {u"queued"_s})->set(-3);
        m.series(u"relay_backlog"_s, {u"parked"_s})->set(1e21);
        Metrics::Series* hook = m.series(u"relay_attempt_seconds"_s, {quoted});
        for (const double v : {0.005, 0.01, 0.05, 0.5, 0.5, 30.0})
            hook->observe(v);
        m.series(u"relay_attempt_seconds"_s, {unicode})->observe(kInf);
        m.series(u"relay_default_seconds"_s)->observe(0.3);
        m.series(u"relay:odd_gauge"_s, {u"nan"_s})->set(kNaN);
        m.series(u"relay:odd_gauge"_s, {u"inf"_s})->set(kInf);
        m.series(u"relay:odd_gauge"_s, {u"-inf"_s})->set(-kInf);

        const QList<Family> parsed = parseWithPrometheusClient(m.exposition());
        if (QTest::currentTestFailed())
            return;

        auto bucket = [](const QString& name, QMap<QString, QString> labels, const QString& le, double n) {
            labels.insert(u"le"_s, le);
            return Sample{name + u"_bucket"_s, labels, n};
        };
        const QString h = u"relay_attempt_seconds"_s;
        const QString d = u"relay_default_seconds"_s;
        const QList<Family> expected = {
            // The client names a counter family without _total; its samples keep it.
            {u"relay_deliveries"_s,
             u"counter"_s,
             u"Deliveries by webhook and outcome."_s,
             {{u"relay_deliveries_total"_s, {{u"webhook"_s, quoted}, {u"outcome"_s, u"delivered"_s}}, 42},
              {u"relay_deliveries_total"_s, {{u"webhook"_s, windows}, {u"outcome"_s, u"failed"_s}}, 0.5},
              {u"relay_deliveries_total"_s, {{u"webhook"_s, lines}, {u"outcome"_s, u""_s}}, 1e6},
              {u"relay_deliveries_total"_s, {{u"webhook"_s, unicode}, {u"outcome"_s, tricky}}, 0.1 + 0.2}}},
            {u"relay_backlog"_s,
             u"gauge"_s,
             u"Waiting \\ in the \"outbox\"\nper state: ünï ☃"_s,
             {{u"relay_backlog"_s, {{u"state"_s, u"queued"_s}}, -3},
              {u"relay_backlog"_s, {{u"state"_s, u"parked"_s}}, 1e21}}},
            {h,
             u"histogram"_s,
             u"Attempt duration in seconds."_s,
             {bucket(h, {{u"webhook"_s, quoted}}, u"0.01"_s, 2),
              bucket(h, {{u"webhook"_s, quoted}}, u"0.1"_s, 3),
              bucket(h, {{u"webhook"_s, quoted}}, u"1"_s, 5),
              bucket(h, {{u"webhook"_s, quoted}}, u"10"_s, 5),
              bucket(h, {{u"webhook"_s, quoted}}, u"+Inf"_s, 6),
              {h + u"_sum"_s, {{u"webhook"_s, quoted}}, 0.005 + 0.01 + 0.05 + 0.5 + 0.5 + 30.0},
              {h + u"_count"_s, {{u"webhook"_s, quoted}}, 6},
              bucket(h, {{u"webhook"_s, unicode}}, u"0.01"_s, 0),
              bucket(h, {{u"webhook"_s, unicode}}, u"0.1"_s, 0),
              bucket(h, {{u"webhook"_s, unicode}}, u"1"_s, 0),
              bucket(h, {{u"webhook"_s, unicode}}, u"10"_s, 0),
              bucket(h, {{u"webhook"_s, unicode}}, u"+Inf"_s, 1),
              {h + u"_sum"_s, {{u"webhook"_s, unicode}}, kInf},
              {h + u"_count"_s, {{u"webhook"_s, unicode}}, 1}}},
            {d,
             u"histogram"_s,
             u"Default buckets."_s,
             {bucket(d, {}, u"0.005"_s, 0),
              bucket(d, {}, u"0.01"_s, 0),
              bucket(d, {}, u"0.025"_s, 0),
              bucket(d, {}, u"0.05"_s, 0),
              bucket(d, {}, u"0.1"_s, 0),
              bucket(d, {}, u"0.25"_s, 0),
              bucket(d, {}, u"0.5"_s, 1),
              bucket(d, {}, u"1"_s, 1),
              bucket(d, {}, u"2.5"_s, 1),
              bucket(d, {}, u"5"_s, 1),
              bucket(d, {}, u"10"_s, 1),
              bucket(d, {}, u"+Inf"_s, 1),
              {d + u"_sum"_s, {}, 0.3},
              {d + u"_count"_s, {}, 1}}},
            {u"relay:odd_gauge"_s,
             u"gauge"_s,
             u"Colons, NaN and infinities."_s,
             {{u"relay:odd_gauge"_s, {{u"k"_s, u"nan"_s}}, kNaN},
              {u"relay:odd_gauge"_s, {{u"k"_s, u"inf"_s}}, kInf},
              {u"relay:odd_gauge"_s, {{u"k"_s, u"-inf"_s}}, -kInf}}},
        };
        compareFamilies(parsed, expected);
    }

    void seriesStayPutAndClearDropsThem()
    {
        Metrics m;
        m.declare(u"a_total"_s, Metrics::Type::Counter, u"A."_s, {u"n"_s});
        m.declare(u"state"_s, Metrics::Type::Gauge, u"State."_s, {u"name"_s});
        Metrics::Series* first = m.series(u"a_total"_s, {u"0"_s});
        for (int i = 1; i < 2000; ++i)
            m.series(u"a_total"_s, {QString::number(i)})->add(i);
        first->add(7); // still the same series after 1,999 more were made
        QCOMPARE(m.series(u"a_total"_s, {u"0"_s}), first);
        QCOMPARE(first->value(), 7.0);

        m.series(u"state"_s, {u"old"_s})->set(1);
        m.clear(u"state"_s);
        m.series(u"state"_s, {u"new"_s})->set(2);
        const QByteArray text = m.exposition();
        QVERIFY(!text.contains("state{name=\"old\"}"));
        QVERIFY(text.contains("state{name=\"new\"} 2\n"));
        QVERIFY(text.contains("a_total{n=\"0\"} 7\n"));
        QVERIFY(text.contains("a_total{n=\"1999\"} 1999\n"));
        QVERIFY(text.indexOf("a_total{n=\"1\"}") < text.indexOf("a_total{n=\"2\"}"));

        // Declared again the same way: nothing changes, the series are kept.
        m.declare(u"a_total"_s, Metrics::Type::Counter, u"A."_s, {u"n"_s});
        QCOMPARE(m.series(u"a_total"_s, {u"0"_s}), first);
        QCOMPARE(m.exposition(), text);
    }

    void validatesNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("metric");
        QTest::addColumn<bool>("label");
        QTest::newRow("plain") << u"relay_up"_s << true << true;
        QTest::newRow("colon") << u"job:relay:rate"_s << true << false;
        QTest::newRow("leading underscore") << u"_x"_s << true << true;
        QTest::newRow("leading digit") << u"1x"_s << false << false;
        QTest::newRow("inner digit") << u"x1"_s << true << true;
        QTest::newRow("dash") << u"a-b"_s << false << false;
        QTest::newRow("space") << u"a b"_s << false << false;
        QTest::newRow("non-ASCII") << u"wärme"_s << false << false;
        QTest::newRow("empty") << u""_s << false << false;
    }

    void validatesNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, metric);
        QFETCH(bool, label);
        QCOMPARE(Metrics::isValidName(name), metric);
        QCOMPARE(Metrics::isValidName(name, false), label);
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"

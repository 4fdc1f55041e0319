// The relay's log lines: JSON objects that parse and keep their fields in order, text with every control
// character shown, and an escaping that reads back unambiguously.
#include "DeliveryEngine.h"
#include "DeliveryLog.h"
#include "Json.h"
#include "LogSink.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QTextStream>

#include <limits>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

/// Reads escapeControl()'s output back: the inverse the escaping promises.
QString unescape(QStringView s)
{
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] != u'\\' || i + 1 == s.size()) {
            out.append(s[i]);
            continue;
        }
        const QChar next = s[i + 1];
        auto hex = [&](qsizetype from, qsizetype count) {
            return s.sliced(from, count).toUInt(nullptr, 16);
        };
        if (next == u'\\') {
            out.append(u'\\');
            ++i;
        } else if (next == u'n' || next == u'r' || next == u't') {
            out.append(next == u'n' ? u'\n' : next == u'r' ? u'\r' : u'\t');
            ++i;
        } else if (next == u'x' && i + 3 < s.size()) {
            out.append(QChar(char16_t(hex(i + 2, 2))));
            i += 3;
        } else if (next == u'u' && i + 5 < s.size()) {
            out.append(QChar(char16_t(hex(i + 2, 4))));
            i += 5;
        } else {
            out.append(u'\\'); // a lone backslash stands for itself
        }
    }
    return out;
}

bool hasControl(QStringView s)
{
    return std::any_of(s.begin(), s.end(),
                       [](QChar c) { return c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f); });
}

/// A buffer that counts the writes that reach it.
class CountingBuffer : public QBuffer
{
public:
    int writes = 0;

protected:
    qint64 writeData(const char* data, qint64 size) override
    {
        ++writes;
        return QBuffer::writeData(data, size);
    }
};

QStringList lines(const QString& text)
{
    QStringList out = text.split(u'\n');
    if (!out.isEmpty() && out.back().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

class TestLogSink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Text that a server or a workspace chose (a reason phrase, a webhook's name, a device token) shows in a
    // delivery's line as it is, even when it holds "%2": no value is put in place of it.
    void deliveryLinesShowPercentSignsAsTheyAre()
    {
        AttemptReport r;
        r.delivery.messageId = u"msg_%4"_s;
        r.delivery.webhookId = u"5b7d4f7e-0000-4000-8000-000000000001"_s;
        r.delivery.signal.deviceToken = u"dev%1"_s;
        r.delivery.signal.number = 7;
        r.webhookName = u"Hooks %2 %3"_s;
        r.attemptInRound = 1;
        r.maxAttempts = 3;
        r.durationMs = 12;
        r.summary = u"299 %3 %1"_s;
        r.decision.action = RetryDecision::Action::Delivered;
        QCOMPARE(DeliveryLog::line(r, nullptr),
                 u"msg_%4 -> \"Hooks %2 %3\" (signal 7 from dev%1): delivered: 299 %3 %1 (attempt 1 of 3, 12 ms)"_s);

        r.decision.action = RetryDecision::Action::RetryLater;
        r.decision.delayMs = 0;
        QCOMPARE(DeliveryLog::outcome(r), u"attempt 1 of 3 failed: 299 %3 %1; retrying now"_s);
        r.webhookName.clear();
        QCOMPARE(DeliveryLog::subject(r.delivery, r.webhookName, nullptr),
                 u"msg_%4 -> \"5b7d4f7e-0000-4000-8000-000000000001\" (signal 7 from dev%1)"_s);
    }

    void jsonLinesCarryTheFieldsInOrder()
    {
        QString buffer;
        QTextStream err(&buffer);
        LogSink sink(err, LogFormat::Json);
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        sink.write(LogLevel::Info, u"delivered: 200 OK"_s,
                   {{u"webhook"_s, u"Orders \"EU\""_s},
                    {u"attempt"_s, 2},
                    {u"ms"_s, 4.25},
                    {u"bytes"_s, std::numeric_limits<quint64>::max()},
                    {u"offset"_s, qint64(-3)},
                    {u"final"_s, true},
                    {u"reason"_s, QVariant()},
                    {u"ratio"_s, std::numeric_limits<double>::quiet_NaN()},
                    {u"at"_s, QDateTime(QDate(2026, 12, 4), QTime(16, 38, 30, 123), Qt::UTC)}});
        sink.write(LogLevel::Warning, u"second"_s);
        sink.write(LogLevel::Error, u"third"_s);
        sink.write(LogLevel::Debug, u"fourth"_s);
        const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);

        const QStringList got = lines(buffer);
        QCOMPARE(got.size(), 4);
        QJsonParseError error;
        const QJsonObject first = QJsonDocument::fromJson(got[0].toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u": "_s + got[0]));
        QCOMPARE(first[u"level"].toString(), u"info"_s);
        QCOMPARE(first[u"msg"].toString(), u"delivered: 200 OK"_s);
        QCOMPARE(first[u"webhook"].toString(), u"Orders \"EU\""_s);
        QCOMPARE(first[u"attempt"].toInteger(), 2);
        QCOMPARE(first[u"ms"].toDouble(), 4.25);
        QCOMPARE(first[u"offset"].toInteger(), -3);
        QCOMPARE(first[u"final"].toBool(), true);
        QVERIFY(first[u"reason"].isNull());
        QVERIFY(first[u"ratio"].isNull()); // JSON has no NaN
        QCOMPARE(first[u"at"].toString(), u"2026-12-04T16:38:30.123Z"_s);
        QVERIFY(got[0].contains(u"\"bytes\":18446744073709551615,"_s)); // every digit, not a rounded double

        const QString time = first[u"time"].toString();
        static const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
        QVERIFY2(iso.match(time).hasMatch(), qPrintable(time));
        const QDateTime at = QDateTime::fromString(time, Qt::ISODateWithMs);
        QVERIFY2(at >= before && at <= after, qPrintable(time));

        // The order the caller gave, after time, level and msg (core's parser keeps member order).
        JsonValue parsed;
        QVERIFY(parseJson(got[0], parsed));
        QStringList names;
        for (const auto& member : parsed.objectMembers())
            names.append(member.first);
        QCOMPARE(names, (QStringList{u"time"_s, u"level"_s, u"msg"_s, u"webhook"_s, u"attempt"_s, u"ms"_s, u"bytes"_s,
                                     u"offset"_s, u"final"_s, u"reason"_s, u"ratio"_s, u"at"_s}));

        QCOMPARE(QJsonDocument::fromJson(got[1].toUtf8()).object()[u"level"].toString(), u"warning"_s);
        QCOMPARE(QJsonDocument::fromJson(got[2].toUtf8()).object()[u"level"].toString(), u"error"_s);
        QCOMPARE(QJsonDocument::fromJson(got[3].toUtf8()).object()[u"level"].toString(), u"debug"_s);
        QCOMPARE(QJsonDocument::fromJson(got[3].toUtf8()).object().keys().size(), 3);
    }

    void jsonKeepsEveryCharacterAndNoControl()
    {
        QString message;
        for (char16_t c = 0; c < 0xa0; ++c)
            message.append(QChar(c));
        message += u"\\x1b \\u0085 Wärme ☃ 😀 \U0010FFFF"_s;
        const QString fieldValue = u"\x1b[31mred\x1b[0m\r\n\u009b2J"_s;
        QString buffer;
        QTextStream err(&buffer);
        LogSink(err, LogFormat::Json).write(LogLevel::Info, message, {{u"from\nserver"_s, fieldValue}});

        const QStringList got = lines(buffer);
        QCOMPARE(got.size(), 1);
        QVERIFY2(!hasControl(got[0]), qPrintable(got[0]));
        QVERIFY(got[0].contains(u"\\u007f"_s));
        QVERIFY(got[0].contains(u"\\u009b"_s));
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(got[0].toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(object[u"msg"].toString(), message);
        QCOMPARE(object[u"from\nserver"].toString(), fieldValue);
    }

    // A relay logs a line per delivery: the lines of one turn of the event loop go out in one write at its end.
    void linesOfOneTurnGoOutTogether()
    {
        CountingBuffer device;
        QVERIFY(device.open(QIODevice::WriteOnly));
        QTextStream stream(&device);
        {
            LogSink sink(stream, LogFormat::Text);
            sink.setFlushAtEndOfTurn(true);
            sink.write(LogLevel::Info, u"one"_s);
            sink.write(LogLevel::Warning, u"two"_s);
            sink.write(LogLevel::Info, u"three"_s);
            QCOMPARE(device.data(), QByteArray());
            QTRY_COMPARE(device.data(), QByteArray("one\ntwo\nthree\n"));
            QCOMPARE(device.writes, 1);
            // The next turn's lines go out at its end too.
            sink.write(LogLevel::Info, u"four"_s);
            QTRY_COMPARE(device.data(), QByteArray("one\ntwo\nthree\nfour\n"));
            QCOMPARE(device.writes, 2);
            // Pending as the sink goes: written all the same.
            sink.write(LogLevel::Info, u"five"_s);
        }
        QCOMPARE(device.data(), QByteArray("one\ntwo\nthree\nfour\nfive\n"));
        QCOMPARE(device.writes, 3);
        // By default each line goes out at once.
        LogSink plain(stream, LogFormat::Json);
        plain.write(LogLevel::Info, u"six"_s);
        QVERIFY(device.data().endsWith("\"msg\":\"six\"}\n"));
        QCOMPARE(device.writes, 4);
        QTest::qWait(10);
        QCOMPARE(device.writes, 4);
    }

    void textIsTheMessageWithControlsShown()
    {
        QString buffer;
        QTextStream err(&buffer);
        LogSink sink(err, LogFormat::Text);
        sink.write(LogLevel::Info, u"relay: reading board lines from stdin"_s, {{u"ignored"_s, 1}});
        sink.write(LogLevel::Error, u"server said: \x1b]0;pwned\x07 and\nmore"_s);
        QCOMPARE(buffer, u"relay: reading board lines from stdin\n"
                         u"server said: \\x1b]0;pwned\\x07 and\\nmore\n"_s);
    }

    void escapesEachControlClass_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << u"delivered: 200 OK"_s << u"delivered: 200 OK"_s;
        QTest::newRow("ESC") << u"\x1b[2J"_s << u"\\x1b[2J"_s;
        QTest::newRow("CR") << u"a\rb"_s << u"a\\rb"_s;
        QTest::newRow("LF") << u"a\nb"_s << u"a\\nb"_s;
        QTest::newRow("TAB") << u"a\tb"_s << u"a\\tb"_s;
        QTest::newRow("NUL") << QString(QChar(u'\0')) << u"\\x00"_s;
        QTest::newRow("other C0") << u"\x01\x07\x08\x0b\x0c\x1f"_s << u"\\x01\\x07\\x08\\x0b\\x0c\\x1f"_s;
        QTest::newRow("DEL") << u"\x7f"_s << u"\\x7f"_s;
        QTest::newRow("C1") << u"\u0080\u0085\u009b\u009f"_s << u"\\u0080\\u0085\\u009b\\u009f"_s;
        QTest::newRow("after C1 is text") << u"\u00a0é"_s << u"\u00a0é"_s;
        QTest::newRow("emoji and CJK") << u"😀 日本 ☃"_s << u"😀 日本 ☃"_s;
        QTest::newRow("line separator is text") << u"a\u2028b"_s << u"a\u2028b"_s;
        QTest::newRow("backslash alone") << u"a\\b"_s << u"a\\b"_s;
        QTest::newRow("trailing backslash") << u"end\\"_s << u"end\\"_s;
        QTest::newRow("path that looks escaped") << u"C:\\new\\x1b\\table"_s << u"C:\\\\new\\\\x1b\\\\table"_s;
        QTest::newRow("two backslashes") << u"\\\\"_s << u"\\\\\\"_s;
        QTest::newRow("backslash then ESC") << u"\\\x1b"_s << u"\\\\\\x1b"_s;
        QTest::newRow("backslash u") << u"\\u0085"_s << u"\\\\u0085"_s;
    }

    void escapesEachControlClass()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(escapeControl(text), escaped);
        QCOMPARE(unescape(escaped), text);
    }

    void escapingReadsBackUnambiguously()
    {
        const QList<QString> alphabet = {u"\\"_s, u"x"_s,    u"u"_s,      u"n"_s,    u"r"_s,  u"t"_s,
                                         u"0"_s,  u"1"_s,    u"b"_s,      u"\x1b"_s, u"\n"_s, u"\r"_s,
                                         u"\t"_s, u"\x7f"_s, u"\u0085"_s, u"é"_s,    u"😀"_s,  QString(QChar(u'\0'))};
        QRandomGenerator random(4242);
        for (int i = 0; i < 20000; ++i) {
            QString text;
            const int length = int(random.bounded(12));
            for (int j = 0; j < length; ++j)
                text += alphabet[random.bounded(int(alphabet.size()))];
            const QString escaped = escapeControl(text);
            QVERIFY2(!hasControl(escaped), qPrintable(escaped));
            QVERIFY2(unescape(escaped) == text, qPrintable(escaped));
        }
    }

    void keepingLinesEscapesAllButLineBreaksAndTabs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("lines and tabs") << u"a\tb\nc\n"_s << u"a\tb\nc\n"_s;
        QTest::newRow("CRLF") << u"one\r\ntwo\r\n"_s << u"one\r\ntwo\r\n"_s;
        QTest::newRow("lone CR") << u"shown\rhidden"_s << u"shown\\rhidden"_s;
        QTest::newRow("CR at the end") << u"end\r"_s << u"end\\r"_s;
        QTest::newRow("ESC on a line") << u"x\n\x1b]0;t\x07\n"_s << u"x\n\\x1b]0;t\\x07\n"_s;
        QTest::newRow("NUL DEL C1") << QString(QChar(u'\0')) + u"\x7f\u009b"_s << u"\\x00\\x7f\\u009b"_s;
        QTest::newRow("backslash before a line break") << u"a\\\nb"_s << u"a\\\nb"_s;
    }

    void keepingLinesEscapesAllButLineBreaksAndTabs()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(escapeControlKeepingLines(text), escaped);
    }

    void jsonControlsAreEscapedAndReadBack()
    {
        const QString value = u"a\x7f\u0085\u009b[2Jé😀"_s;
        QJsonObject o{{u"v"_s, value}, {u"n"_s, 1}};
        const QString raw = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        QVERIFY(raw.contains(QChar(0x9b))); // QJsonDocument leaves DEL and C1 as they are
        const QString safe = escapeJsonControls(raw);
        QString withoutLayout = safe;
        withoutLayout.remove(u'\n');
        QVERIFY2(!hasControl(withoutLayout), qPrintable(safe));
        QVERIFY(safe.contains(u"\\u007f\\u0085\\u009b[2J"_s));
        QCOMPARE(QJsonDocument::fromJson(safe.toUtf8()).object(), o);
    }
};

QTEST_GUILESS_MAIN(TestLogSink)
#include "tst_logsink.moc"

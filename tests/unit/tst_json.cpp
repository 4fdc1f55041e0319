#include "Json.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

class TestJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsNumbersAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("compact");
        QTest::newRow("decimal") << u"0.7"_s << u"0.7"_s;
        QTest::newRow("trailing zero") << u"23.50"_s << u"23.50"_s;
        QTest::newRow("exponent") << u"1E3"_s << u"1E3"_s;
        QTest::newRow("negative zero") << u"-0"_s << u"-0"_s;
        QTest::newRow("big integer") << u"12345678901234567890123"_s << u"12345678901234567890123"_s;
        QTest::newRow("array with spaces") << u"[ 1 , 2.50 , \"x\" ]"_s << u"[1,2.50,\"x\"]"_s;
        QTest::newRow("object keeps member order")
            << u"{\"b\":1,\"a\":{\"c\":[]}}"_s << u"{\"b\":1,\"a\":{\"c\":[]}}"_s;
        QTest::newRow("literals") << u"[true,false,null]"_s << u"[true,false,null]"_s;
        QTest::newRow("escapes") << u"\"a\\\"b\\\\c\\/d\\n\\u00e9\""_s << u"\"a\\\"b\\\\c/d\\né\""_s;
        QTest::newRow("surrogate pair") << u"\"\\ud83d\\ude00\""_s << u"\"😀\""_s;
        QTest::newRow("lone surrogate stays escaped") << u"\"\\ud800x\""_s << u"\"\\ud800x\""_s;
        QTest::newRow("control chars") << u"\"\\u0000\\u001f\""_s << u"\"\\u0000\\u001f\""_s;
    }

    void roundTripKeepsNumbersAsWritten()
    {
        QFETCH(QString, text);
        QFETCH(QString, compact);
        JsonValue v;
        JsonParseError e;
        QVERIFY2(parseJson(text, v, &e), qPrintable(e.message));
        QCOMPARE(v.toJson(), compact);
        JsonValue again;
        QVERIFY(parseJson(v.toJson(), again));
        QCOMPARE(again, v);
    }

    void errorsHaveOffsets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << u""_s << 0 << u"unexpected end"_s;
        QTest::newRow("trailing comma") << u"[1,]"_s << 3 << u"unexpected character"_s;
        QTest::newRow("missing colon") << u"{\"a\" 1}"_s << 5 << u"expected ':'"_s;
        QTest::newRow("leading zero") << u"01"_s << 1 << u"unexpected text after"_s;
        QTest::newRow("bare word") << u"open"_s << 0 << u"unexpected character"_s;
        QTest::newRow("raw newline in string") << u"\"a\nb\""_s << 2 << u"control character"_s;
        QTest::newRow("bad escape") << u"\"\\x\""_s << 1 << u"invalid escape"_s;
        QTest::newRow("unterminated") << u"\"abc"_s << 4 << u"unterminated"_s;
        QTest::newRow("dot without digits") << u"1."_s << 2 << u"digit must follow"_s;
        QTest::newRow("two values") << u"1 2"_s << 2 << u"unexpected text after"_s;
    }

    void errorsHaveOffsets()
    {
        QFETCH(QString, text);
        QFETCH(int, offset);
        QFETCH(QString, message);
        JsonValue v;
        JsonParseError e;
        QVERIFY(!parseJson(text, v, &e));
        QCOMPARE(e.offset, qsizetype(offset));
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
    }

    void duplicateKeysAreRefusedWhenAsked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("firstOffset");
        QTest::addColumn<int>("offset");
        QTest::newRow("top level") << u"{\"url\": \"http://evil.example/\", \"url\": \"http://127.0.0.1/\"}"_s
                                   << u"url"_s << 1 << 32;
        QTest::newRow("nested object in an array")
            << u"{\"a\": [1, {\"b\": 1, \"c\": 2, \"b\": 3}]}"_s << u"b"_s << 11 << 27;
        QTest::newRow("same key after unescaping") << u"{\"a\": 1, \"\\u0061\": 2}"_s << u"a"_s << 1 << 9;
        QTest::newRow("empty key") << u"{\"\": 1, \"\": 2}"_s << QString() << 1 << 8;
        // Beyond 16 members the lookup is a hash: the first occurrence is still the one named.
        QString many = u"{"_s;
        for (int i = 0; i < 40; ++i)
            many += u"\"k%1\": %1, "_s.arg(i);
        const int first = int(many.indexOf(u"\"k3\""_s));
        const int second = int(many.size());
        many += u"\"k3\": 0}"_s;
        QTest::newRow("large object") << many << u"k3"_s << first << second;
    }

    void duplicateKeysAreRefusedWhenAsked()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(int, firstOffset);
        QFETCH(int, offset);
        JsonValue v;
        JsonParseError e;
        QVERIFY(!parseJson(text, v, &e, JsonDuplicateKeys::Refuse));
        QCOMPARE(e.duplicateKey, key);
        QCOMPARE(e.firstOffset, qsizetype(firstOffset));
        QCOMPARE(e.offset, qsizetype(offset));
        QVERIFY2(e.message.contains(u"appears twice"_s), qPrintable(e.message));

        // Kept by default (device values pass through as they came): both members are still there.
        JsonValue kept;
        QVERIFY(parseJson(text, kept));
        JsonValue again;
        QVERIFY(!parseJson(kept.toJson(), again, nullptr, JsonDuplicateKeys::Refuse));
    }

    void distinctKeysPassWhenDuplicatesAreRefused()
    {
        JsonValue v;
        JsonParseError e;
        QVERIFY2(parseJson(u"{\"a\": {\"a\": 1}, \"b\": [{\"a\": 1}, {\"a\": 2}], \"A\": 3}"_s, v, &e,
                           JsonDuplicateKeys::Refuse),
                 qPrintable(e.message));
        QCOMPARE(v.objectMembers().size(), 3);
        QCOMPARE(e.firstOffset, qsizetype(-1));
    }

    void deepNestingIsRefusedNotCrashing()
    {
        const QString deep = QString(100000, u'[') + QString(100000, u']');
        JsonValue v;
        JsonParseError e;
        QVERIFY(!parseJson(deep, v, &e));
        QVERIFY(e.message.contains(u"nested too deeply"));
        const QString ok = QString(200, u'[') + QString(200, u']');
        QVERIFY(parseJson(ok, v));
    }

    void shortestNumbers()
    {
        QCOMPARE(shortestNumber(0.7), u"0.7"_s);
        QCOMPARE(shortestNumber(0.1 + 0.2), u"0.30000000000000004"_s);
        QCOMPARE(shortestNumber(1e21), u"1e+21"_s);
        QCOMPARE(shortestNumber(100000000000000000000.0), u"100000000000000000000"_s);
        QCOMPARE(shortestNumber(-2.5), u"-2.5"_s);
        QCOMPARE(JsonValue::number(qQNaN()).toJson(), u"null"_s);
        QCOMPARE(JsonValue::number(0.7).toDouble(), 0.7);
    }

    void textForm()
    {
        QCOMPARE(JsonValue::string(u"a\"b"_s).toText(), u"a\"b"_s);
        QCOMPARE(JsonValue::numberText(u"1.50"_s).toText(), u"1.50"_s);
        QCOMPARE(JsonValue::boolean(true).toText(), u"true"_s);
        QCOMPARE(JsonValue().toText(), u"null"_s);
        QCOMPARE(JsonValue::array({JsonValue::integer(1), JsonValue::string(u"x"_s)}).toText(), u"[1,\"x\"]"_s);
    }

    void lineAndColumn()
    {
        const QString text = u"{\n  \"a\": 1,\n  oops\n}"_s;
        JsonValue v;
        JsonParseError e;
        QVERIFY(!parseJson(text, v, &e));
        const auto [line, column] = hooksmith::lineAndColumn(text, e.offset);
        QCOMPARE(line, 3);
        QCOMPARE(column, 3);
    }
};

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"

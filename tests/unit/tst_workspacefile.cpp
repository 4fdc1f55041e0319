#include "TestSupport.h"
#include "Validator.h"
#include "WorkspaceFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

namespace {

QByteArray demoBytes()
{
    return test::readFile(test::sourcePath(u"resources/demo/demo.hooksmith.json"_s));
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestWorkspaceFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoLoadsValidatesAndRoundTrips()
    {
        const LoadResult r = WorkspaceFile::parse(demoBytes());
        QVERIFY(r.workspace);
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.workspace->webhooks.size(), 6);
        QCOMPARE(Validator::validate(*r.workspace), QList<Problem>());
        // Saving what was read gives the same workspace, and saving again gives the same bytes.
        const QByteArray saved = WorkspaceFile::serialize(*r.workspace);
        const LoadResult again = WorkspaceFile::parse(saved);
        QVERIFY(again.workspace);
        QCOMPARE(*again.workspace, *r.workspace);
        QCOMPARE(WorkspaceFile::serialize(*again.workspace), saved);
        // The demo file is written in the canonical form.
        QCOMPARE(saved, demoBytes());
    }

    void unknownKeysAreKeptEverywhere()
    {
        const QByteArray input = test::readFile(test::dataPath(u"workspace/unknown-keys.hooksmith.json"_s));
        QVERIFY(!input.isEmpty());
        const LoadResult r = WorkspaceFile::parse(input);
        QVERIFY(r.workspace);
        const QString saved = QString::fromUtf8(WorkspaceFile::serialize(*r.workspace));
        for (const QString& kept :
             {u"\"future_top\": { \"x\": [1, 2.50] }"_s, u"\"colour\": \"red\""_s, u"\"precision\": 2"_s,
              u"\"tags\": [\"a\"]"_s, u"\"ratio\": 12345678901234567890"_s, u"\"note\": \"n\""_s, u"\"why\": \"y\""_s,
              u"\"realm\": \"r\""_s, u"\"tolerance\": 300"_s, u"\"jitter\": false"_s}) {
            QVERIFY2(saved.contains(kept), qPrintable(kept + u" missing from\n"_s + saved));
        }
        QVERIFY(saved.startsWith(u"{\n  \"hooksmith\": 1,"_s));
    }

    void secretsAreNeverWrittenAsLiterals()
    {
        Workspace ws;
        Webhook w = Webhook::createDefault(u"w"_s);
        w.url = u"https://example.com"_s;
        w.auth.type = AuthType::Basic;
        w.auth.username = u"bob"_s;
        w.auth.password = u"hunter2-literal"_s;
        w.signing.scheme = SigningScheme::Github;
        w.signing.secret = u"{{env:HOOK_SECRET}}"_s;
        ws.webhooks.append(w);
        const QByteArray saved = WorkspaceFile::serialize(ws);
        QVERIFY(!saved.contains("hunter2-literal"));
        QVERIFY(!saved.contains("\"password\""));
        QVERIFY(saved.contains("\"secret\": \"{{env:HOOK_SECRET}}\""));
        // Reading it back: the password is absent, i.e. in the keychain.
        const LoadResult r = WorkspaceFile::parse(saved);
        QVERIFY(r.workspace);
        QVERIFY(!r.workspace->webhooks[0].auth.password.has_value());
        QCOMPARE(r.workspace->webhooks[0].signing.secret, std::optional<QString>(u"{{env:HOOK_SECRET}}"_s));
    }

    void missingIdsAreDerivedFromUserAndName()
    {
        const QByteArray file = "{\"hooksmith\": 1, \"user_id\": \"alice\", \"webhooks\": ["
                                "{\"name\": \"a\", \"url\": \"http://127.0.0.1/\"},"
                                "{\"name\": \"b\", \"url\": \"http://127.0.0.1/\"},"
                                "{\"id\": \"fixed\", \"name\": \"c\", \"url\": \"http://127.0.0.1/\"}]}";
        const LoadResult r = WorkspaceFile::parse(file);
        QVERIFY(r.workspace);
        const Webhook& a = r.workspace->webhooks[0];
        QCOMPARE(a.id.size(), 36);
        QVERIFY(a.idDerived);
        QCOMPARE(a.method, Method::Post);
        QCOMPARE(a.format, BodyFormat::Json);
        QCOMPARE(a.delivery.order, DeliveryOrder::Device);
        // A name-based UUID (version 5): the same on every load, here and on any machine.
        QCOMPARE(a.id.at(14), u'5');
        QCOMPARE(WorkspaceFile::parse(file).workspace->webhooks[0].id, a.id);
        // uuid.uuid5(UUID("6ecf0903-ae21-4da7-964a-c16aa5bd032b"), '["alice","a"]') in Python.
        QCOMPARE(a.id, u"dff19c7f-f6a8-5957-a830-2bb35361e1b1"_s);
        QVERIFY(r.workspace->webhooks[1].id != a.id);
        QVERIFY(!r.workspace->webhooks[2].idDerived);
        QCOMPARE(r.workspace->webhooks[2].id, u"fixed"_s);
        // Another user, or another name, is another webhook.
        QVERIFY(Webhook::derivedId(u"bob"_s, u"a"_s) != a.id);
        QVERIFY(Webhook::derivedId(u"alice"_s, u"a2"_s) != a.id);
        // No ambiguity between the two parts.
        QVERIFY(Webhook::derivedId(u"a"_s, u"bc"_s) != Webhook::derivedId(u"ab"_s, u"c"_s));

        // validate says what renaming does, and which id to write.
        const QList<Problem> notes = Validator::identityNotes(*r.workspace);
        QCOMPARE(notes.size(), 1);
        QVERIFY(!notes[0].isError());
        QVERIFY2(notes[0].message.startsWith(u"2 webhook(s) have no \"id\" (\"a\", \"b\")"_s),
                 qPrintable(notes[0].message));
        QVERIFY2(notes[0].message.contains(u"parks what is queued"_s), qPrintable(notes[0].message));

        // Saved again, the id is written and the note is gone.
        const LoadResult again = WorkspaceFile::parse(WorkspaceFile::serialize(*r.workspace));
        QVERIFY(again.workspace);
        QCOMPARE(again.workspace->webhooks[0].id, a.id);
        QVERIFY(!again.workspace->webhooks[0].idDerived);
        QVERIFY(Validator::identityNotes(*again.workspace).isEmpty());
    }

    void deliveryOrderIsReadAndWritten()
    {
        const LoadResult r =
            WorkspaceFile::parse("{\"hooksmith\": 1, \"webhooks\": [{\"name\": \"a\", \"url\": \"http://127.0.0.1/\", "
                                 "\"delivery\": {\"order\": \"none\"}}]}");
        QVERIFY(r.workspace);
        QCOMPARE(r.workspace->webhooks[0].delivery.order, DeliveryOrder::None);
        const QByteArray saved = WorkspaceFile::serialize(*r.workspace);
        QVERIFY2(saved.contains("\"order\": \"none\""), saved.constData());
        QCOMPARE(WorkspaceFile::parse(saved).workspace->webhooks[0].delivery.order, DeliveryOrder::None);

        const LoadResult bad =
            WorkspaceFile::parse("{\"hooksmith\": 1, \"webhooks\": [{\"name\": \"a\", \"url\": \"http://127.0.0.1/\", "
                                 "\"delivery\": {\"order\": \"fifo\"}}]}");
        QVERIFY(!bad.workspace);
        QCOMPARE(bad.problems.size(), 1);
        QVERIFY2(bad.problems[0].field == u"delivery.order"_s, qPrintable(bad.problems[0].field));
        QVERIFY2(bad.problems[0].message.contains(u"\"fifo\" is not an order"_s), qPrintable(bad.problems[0].message));
    }

    void signalWithoutNumberIsSavedWithoutOne()
    {
        // The validator reports the missing number; until it is given, saving and opening again must
        // work (it once wrote "number": -1, which the reader refuses).
        const LoadResult r = WorkspaceFile::parse("{\"hooksmith\": 1, \"signals\": [{\"name\": \"n\"}]}");
        QVERIFY(r.workspace);
        const QByteArray saved = WorkspaceFile::serialize(*r.workspace);
        QVERIFY2(!saved.contains("\"number\""), saved.constData());
        const LoadResult again = WorkspaceFile::parse(saved);
        QVERIFY2(again.workspace, again.problems.isEmpty() ? "" : qPrintable(again.problems[0].message));
        QCOMPARE(*again.workspace, *r.workspace);
        QCOMPARE(again.workspace->signalDefs[0].number, -1);
    }

    void saveIsAtomicAndRefusesToReplaceUnreadableFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const LoadResult demo = WorkspaceFile::parse(demoBytes());
        QVERIFY(demo.workspace);

        const QString path = dir.filePath(u"a.hooksmith.json"_s);
        QVERIFY(WorkspaceFile::save(path, *demo.workspace).ok());
        QCOMPARE(test::readFile(path), demoBytes());
        QVERIFY(WorkspaceFile::save(path, *demo.workspace).ok()); // replacing a good workspace is fine

        const QByteArray broken = "{\"hooksmith\": 1, \"webhooks\": [ oops";
        QVERIFY(writeFile(path, broken));
        const Status refused = WorkspaceFile::save(path, *demo.workspace);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(u"was not overwritten"), qPrintable(refused.errorMessage()));
        QCOMPARE(test::readFile(path), broken);

        const QByteArray newer = "{\"hooksmith\": 7, \"webhooks\": []}";
        QVERIFY(writeFile(path, newer));
        QVERIFY(!WorkspaceFile::save(path, *demo.workspace).ok());
        QCOMPARE(test::readFile(path), newer);

        QVERIFY(WorkspaceFile::save(path, *demo.workspace, true).ok());
        QCOMPARE(test::readFile(path), demoBytes());

        // Nothing but the file itself is left behind in the folder.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"a.hooksmith.json"_s});
        // A folder that cannot be written is an error that names the file.
        const Status noDir = WorkspaceFile::save(dir.filePath(u"missing/b.hooksmith.json"_s), *demo.workspace);
        QVERIFY(!noDir.ok());
        QVERIFY(noDir.errorMessage().contains(u"b.hooksmith.json"));
    }

    void duplicateKeysAreRefusedWithTheirPlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("firstLine");
        QTest::addColumn<int>("firstColumn");
        QTest::newRow("url of a webhook") << QByteArray("{\"hooksmith\": 1, \"webhooks\": [{\"name\": \"a\",\n"
                                                        "  \"url\": \"http://evil.example/\",\n"
                                                        "  \"url\": \"http://127.0.0.1:8471/in\"}]}")
                                          << u"url"_s << 3 << 3 << 2 << 3;
        QTest::newRow("top level") << QByteArray("{\"hooksmith\": 1,\n\"user_id\": \"a\",\n\"user_id\": \"b\"}")
                                   << u"user_id"_s << 3 << 1 << 2 << 1;
        QTest::newRow("format version") << QByteArray("{\"hooksmith\": 1, \"hooksmith\": 2}") << u"hooksmith"_s << 1
                                        << 18 << 1 << 2;
        QTest::newRow("inside a kept unknown key")
            << QByteArray("{\"hooksmith\": 1, \"x-tool\": {\"deep\": [{\"k\": 1,\n \"k\": 2}]}}") << u"k"_s << 2 << 2
            << 1 << 39;
        QTest::newRow("auth of a webhook")
            << QByteArray("{\"hooksmith\": 1, \"webhooks\": [{\"name\": \"a\", \"url\": \"https://h/\",\n"
                          " \"auth\": {\"type\": \"basic\", \"username\": \"u\", \"type\": \"none\"}}]}")
            << u"type"_s << 2 << 45 << 2 << 11;
    }

    void duplicateKeysAreRefusedWithTheirPlace()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(int, firstLine);
        QFETCH(int, firstColumn);
        const LoadResult r = WorkspaceFile::parse(json);
        QVERIFY(!r.workspace);
        QCOMPARE(r.problems.size(), 1);
        const Problem& p = r.problems.front();
        QCOMPARE(p.line, line);
        QCOMPARE(p.column, column);
        QCOMPARE(p.message, u"invalid JSON: the key \"%1\" is given twice in the same object (first at line %2, "
                            "column %3); JSON readers disagree on which value counts, so give each key once"_s.arg(key)
                                .arg(firstLine)
                                .arg(firstColumn));
        // The file is also unreadable for saving: it is never overwritten.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"dup.hooksmith.json"_s);
        QVERIFY(writeFile(path, json));
        QVERIFY(!WorkspaceFile::save(path, *WorkspaceFile::parse(demoBytes()).workspace).ok());
        QCOMPARE(test::readFile(path), json);
    }

    void jsonLookingCustomBodiesWarn_data()
    {
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("warning"); // empty: no warning about the body or its content type
        const QString advice =
            u"is not a JSON type, so values are inserted as plain text and a device value such as "
            "x\", \"admin\": true, \"z\": \" can add keys; use the content type application/json, or "
            "one ending in +json, to have every value written as JSON"_s;
        const QString object = u"{\"a\": \"{{MESSAGE_PAYLOAD}}\", \"n\": {{SIGNAL_NUMBER}}}"_s;
        QTest::newRow("text/json object") << u"text/json"_s << object
                                          << u"content_type: the body looks like JSON, but the content type "
                                             "\"text/json\" "_s +
                                                 advice;
        QTest::newRow("text/plain array") << u"text/plain"_s << u"[{{MESSAGE_PAYLOAD}}, \"{{DEVICE_NAME}}\"]"_s
                                          << u"content_type: the body looks like JSON, but the content type "
                                             "\"text/plain\" "_s +
                                                 advice;
        QTest::newRow("x-ndjson lines")
            << u"application/x-ndjson"_s << u"{\"a\": {{MESSAGE_PAYLOAD}}}\n\n{\"b\": \"{{DEVICE_TOKEN}}\"}\n"_s
            << u"content_type: the body looks like JSON, one value per line, but the content type "
               "\"application/x-ndjson\" "_s +
                   advice;
        QTest::newRow("jsonl with parameters")
            << u" application/jsonl ; charset=utf-8"_s << u"{\"a\": 1}\r\n{\"b\": {{MESSAGE_PAYLOAD}}}"_s
            << u"content_type: the body looks like JSON, one value per line, but the content type "
               "\"application/jsonl ; charset=utf-8\" "_s +
                   advice;
        QTest::newRow("escaped placeholder only")
            << u"text/json"_s << u"{\"a\": \"\\{{not a placeholder}}\"}"_s << QString();
        QTest::newRow("application/json") << u"application/json"_s << object << QString();
        QTest::newRow("+json type") << u"application/vnd.example+json; charset=utf-8"_s << object << QString();
        QTest::newRow("no placeholder") << u"text/json"_s << u"{\"fixed\": true}"_s << QString();
        QTest::newRow("plain text") << u"text/plain"_s << u"temperature {{MESSAGE_PAYLOAD}} on {{DEVICE_NAME}}"_s
                                    << QString();
        QTest::newRow("one JSON line among text")
            << u"text/plain"_s << u"{\"a\": {{MESSAGE_PAYLOAD}}}\nthen text"_s << QString();
        QTest::newRow("a bare number") << u"text/plain"_s << u"{{MESSAGE_PAYLOAD}}"_s << QString();
        QTest::newRow("key twice in a JSON body")
            << u"application/json"_s << u"{\"role\": \"viewer\",\n\"v\": {{MESSAGE_PAYLOAD}}, \"role\": \"admin\"}"_s
            << u"custom_body: the body gives the key \"role\" twice in the same object (line 2, column 9 of the "
               "rendered body); receivers disagree on which value counts, so give each key once"_s;
    }

    void jsonLookingCustomBodiesWarn()
    {
        QFETCH(QString, contentType);
        QFETCH(QString, body);
        QFETCH(QString, warning);
        Workspace ws;
        Webhook w = Webhook::createDefault(u"Hook"_s);
        w.url = u"https://hooks.example.com/in"_s;
        w.format = BodyFormat::Custom;
        w.contentType = contentType;
        w.customBody = body;
        ws.webhooks.append(w);
        QStringList found;
        for (const Problem& p : Validator::validate(ws)) {
            QVERIFY2(!p.isError(), qPrintable(p.format(u"f"_s)));
            if (p.field == u"content_type"_s || p.field == u"custom_body"_s)
                found.append(p.field + u": "_s + p.message);
        }
        QCOMPARE(found, warning.isEmpty() ? QStringList() : QStringList{warning});
    }

    void loadErrorsAreComplete()
    {
        const LoadResult r = WorkspaceFile::parse(
            "{\"hooksmith\": 1, \"user_id\": 3,\n"
            "            \"webhooks\": [{\"name\": \"a\", \"url\": 1, \"method\": 2, \"headers\": \"x\"}, 5]}");
        QVERIFY(!r.workspace);
        QStringList messages;
        for (const Problem& p : r.problems)
            messages << p.format(u"f"_s);
        QCOMPARE(messages, QStringList({
                               u"f: user_id: expected a string, found a number"_s,
                               u"f: webhook \"a\": url: expected a string, found a number"_s,
                               u"f: webhook \"a\": method: expected a string, found a number"_s,
                               u"f: webhook \"a\": headers: expected a list, found a string"_s,
                               u"f: webhooks[1]: expected an object, found a number"_s,
                           }));
        const LoadResult notUtf8 = WorkspaceFile::parse("{\"hooksmith\": 1, \"user_id\": \"\xff\"}");
        QVERIFY(!notUtf8.workspace);
        QCOMPARE(notUtf8.problems.front().message, u"the file is not valid UTF-8 text"_s);
        const LoadResult bom = WorkspaceFile::parse("\xef\xbb\xbf{\"hooksmith\": 1}");
        QVERIFY(bom.workspace);
        const LoadResult fraction = WorkspaceFile::parse("{\"hooksmith\": 1.5}");
        QVERIFY(!fraction.workspace);
        const LoadResult missing = WorkspaceFile::load(u"/nonexistent/x.hooksmith.json"_s);
        QVERIFY(!missing.workspace);
        QVERIFY(missing.problems.front().message.startsWith(u"cannot open the file"_s));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceFile)
#include "tst_workspacefile.moc"

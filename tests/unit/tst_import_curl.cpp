#include "ImportDescribe.h"
#include "import/CurlImport.h"
#include "import/ShellWords.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hooksmith;

class TestImportCurl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shellWords_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("blanks") << u"a  b\tc"_s << QStringList{u"a"_s, u"b"_s, u"c"_s};
        QTest::newRow("single quotes keep everything") << u"'a \"b\" \\n $X'"_s << QStringList{u"a \"b\" \\n $X"_s};
        QTest::newRow("double quotes escape four characters")
            << u"\"a \\\"b\\\" \\$ \\\\ \\n\""_s << QStringList{u"a \"b\" $ \\ \\n"_s};
        QTest::newRow("backslash outside quotes") << u"a\\ b\\'c"_s << QStringList{u"a b'c"_s};
        QTest::newRow("line continuation") << u"curl \\\n  -s \\\r\n  x"_s << QStringList{u"curl"_s, u"-s"_s, u"x"_s};
        QTest::newRow("adjacent quotes join") << u"'a'\"b\"c"_s << QStringList{u"abc"_s};
        QTest::newRow("empty quoted word") << u"a '' \"\""_s << QStringList{u"a"_s, QString(), QString()};
        QTest::newRow("ansi-c quoting") << u"$'a\\nb\\t\\x41\\u00e9\\'\\101\\\\'"_s
                                        << QStringList{u"a\nb\tA\u00e9'A\\"_s};
        QTest::newRow("ansi-c utf-8 bytes") << u"$'\\xc3\\xa9'"_s << QStringList{u"\u00e9"_s};
        QTest::newRow("variables") << u"\"x${A}y\" $B_1"_s << QStringList{u"x$Ay"_s, u"$B_1"_s};
        QTest::newRow("lone dollar") << u"a$ '$'"_s << QStringList{u"a$"_s, u"$"_s};
        QTest::newRow("comment") << u"a # b c\nd"_s << QStringList{u"a"_s, u"d"_s};
        QTest::newRow("hash inside a word") << u"a#b"_s << QStringList{u"a#b"_s};
    }
    void shellWords()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, words);
        const auto split = ShellWords::split(line);
        QVERIFY2(split.ok(), qPrintable(split.ok() ? QString() : split.errorMessage()));
        QStringList texts;
        for (const ShellWord& w : *split)
            texts.append(w.text());
        QCOMPARE(texts, words);
    }

    void shellWordErrors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("error");
        QTest::newRow("open single quote") << u"curl 'abc"_s << u"the quote ' at line 1, column 6 is not closed"_s;
        QTest::newRow("open double quote")
            << u"curl \\\n -d \"abc"_s << u"the quote \" at line 2, column 5 is not closed"_s;
        QTest::newRow("open ansi-c quote") << u"curl $'abc"_s << u"the quote $' at line 1, column 6 is not closed"_s;
        QTest::newRow("command substitution") << u"curl $(cat url)"_s << u"\"$(\" at line 1, column 6 runs a command"_s;
        QTest::newRow("backquote") << u"curl \"`cat url`\""_s << u"the backquote at line 1, column 7 runs a command"_s;
        QTest::newRow("pipe") << u"curl x | jq ."_s << u"\"|\" at line 1, column 8 ends the curl command"_s;
        QTest::newRow("redirect") << u"curl x > out"_s << u"\">\" at line 1, column 8"_s;
        QTest::newRow("special parameter") << u"curl $1"_s << u"\"$1\" at line 1, column 6 is a shell parameter"_s;
        QTest::newRow("trailing backslash") << u"curl x \\"_s << u"lone backslash at line 1, column 8"_s;
    }
    void shellWordErrors()
    {
        QFETCH(QString, line);
        QFETCH(QString, error);
        const auto split = ShellWords::split(line);
        QVERIFY(!split.ok());
        QVERIFY2(split.errorMessage().contains(error), qPrintable(split.errorMessage()));
    }

    void curl_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain GET") << u"curl https://example.com/a/b"_s << u"GET https://example.com/a/b"_s;
        QTest::newRow("no scheme") << u"curl example.com/x"_s << u"GET http://example.com/x"_s;
        QTest::newRow("--url") << u"curl --url 'https://e.com/' -s"_s << u"GET https://e.com/"_s;
        QTest::newRow("-X") << u"curl -X DELETE https://e.com/1"_s << u"DELETE https://e.com/1"_s;
        QTest::newRow("-X attached") << u"curl -XPUT https://e.com/1"_s << u"PUT https://e.com/1 none"_s;
        QTest::newRow("--request lowercase")
            << u"curl --request patch https://e.com/1"_s << u"PATCH https://e.com/1 none"_s;
        QTest::newRow("-I") << u"curl -I https://e.com/"_s << u"HEAD https://e.com/"_s;
        QTest::newRow("query into rows") << u"curl 'https://e.com/p?a=1&b=two%20words&c=%7B'"_s
                                         << u"GET https://e.com/p ?a=1 ?b=two words ?c={"_s;
        QTest::newRow("query kept when it would change")
            << u"curl 'https://e.com/p?a=1+2&flag'"_s << u"GET https://e.com/p?a=1+2&flag"_s;
        QTest::newRow("fragment dropped") << u"curl 'https://e.com/p#top'"_s << u"GET https://e.com/p"_s;
        QTest::newRow("headers") << u"curl https://e.com -H 'X-A: 1' --header \"X-B:two  words\" -H 'X-Empty;'"_s
                                 << u"GET https://e.com H X-A: 1 H X-B: two  words H X-Empty: "_s;
        QTest::newRow("-H attached") << u"curl -H'X-A: 1' https://e.com"_s << u"GET https://e.com H X-A: 1"_s;
        QTest::newRow("-A and -e") << u"curl -A 'Hooksmith/1' -e https://ref/ https://e.com"_s
                                   << u"GET https://e.com H Referer: https://ref/"_s;
        QTest::newRow("-b cookie") << u"curl -b 'a=1; b=2' https://e.com"_s
                                   << u"GET https://e.com H Cookie: a=1; b=2"_s;
        QTest::newRow("host and length dropped")
            << u"curl -H 'Host: e.com' -H 'Content-Length: 3' https://e.com"_s << u"GET https://e.com"_s;
        QTest::newRow("-d form") << u"curl https://e.com -d 'a=1' -d 'b=x+y%26z'"_s
                                 << u"POST https://e.com form{a=1,b=x y&z}"_s;
        QTest::newRow("--data-raw with @")
            << u"curl https://e.com --data-raw '@a=1'"_s << u"POST https://e.com form{@a=1}"_s;
        QTest::newRow("--data-urlencode")
            << u"curl https://e.com --data-urlencode 'msg=a b&c' --data-urlencode '=x y'"_s
            << u"POST https://e.com custom[application/x-www-form-urlencoded]<msg=a%20b%26c&x%20y>"_s;
        QTest::newRow("--data-urlencode pairs")
            << u"curl https://e.com --data-urlencode 'msg=a b&c' --data-urlencode 'n=1'"_s
            << u"POST https://e.com form{msg=a b&c,n=1}"_s;
        QTest::newRow("-d with -G") << u"curl -G https://e.com/s -d q=hooks -d n=2"_s
                                    << u"GET https://e.com/s ?q=hooks ?n=2"_s;
        QTest::newRow("-G appends to a query")
            << u"curl --get 'https://e.com/s?a=1' --data-binary b=2"_s << u"GET https://e.com/s ?a=1 ?b=2"_s;
        QTest::newRow("--json object of strings")
            << u"curl --json '{\"a\":\"x\",\"b\":\"it is {{MESSAGE_PAYLOAD}}\"}' https://e.com"_s
            << u"POST https://e.com json{a=x,b=it is {{MESSAGE_PAYLOAD}}}"_s;
        QTest::newRow("json bare presets")
            << u"curl -H 'Content-Type: application/json' -d '{\"token\": \"{{DEVICE_TOKEN}}\", \"v\": {{MESSAGE_PAYLOAD}}}' https://e.com"_s
            << u"POST https://e.com json{token=@DEVICE_TOKEN,v=@MESSAGE_PAYLOAD}"_s;
        QTest::newRow("json quoted number preset stays custom")
            << u"curl --json '{\"n\":\"{{SIGNAL_NUMBER}}\"}' https://e.com"_s
            << u"POST https://e.com H Accept: application/json custom[application/json]<{\"n\":\"{{SIGNAL_NUMBER}}\"}>"_s;
        QTest::newRow("json with a number stays custom")
            << u"curl --json '{\"a\":1}' https://e.com"_s
            << u"POST https://e.com H Accept: application/json custom[application/json]<{\"a\":1}>"_s;
        QTest::newRow("json nested stays custom")
            << u"curl --json '{\"a\":{\"b\":\"c\"}}' https://e.com"_s
            << u"POST https://e.com H Accept: application/json custom[application/json]<{\"a\":{\"b\":\"c\"}}>"_s;
        QTest::newRow("json array stays custom")
            << u"curl --json '[\"a\"]' https://e.com"_s
            << u"POST https://e.com H Accept: application/json custom[application/json]<[\"a\"]>"_s;
        QTest::newRow("json with charset is custom")
            << u"curl -H 'Content-Type: application/json; charset=utf-8' -d '{\"a\":\"b\"}' https://e.com"_s
            << u"POST https://e.com custom[application/json; charset=utf-8]<{\"a\":\"b\"}>"_s;
        QTest::newRow("json with another Accept is custom")
            << u"curl --json '{\"a\":\"b\"}' -H 'Accept: */*' https://e.com"_s
            << u"POST https://e.com H Accept: */* custom[application/json]<{\"a\":\"b\"}>"_s;
        QTest::newRow("--json twice concatenates")
            << u"curl --json '{\"a\":' --json '\"b\"}' https://e.com"_s << u"POST https://e.com json{a=b}"_s;
        QTest::newRow("text body")
            << u"curl -H 'Content-Type: text/plain' --data-binary $'line 1\\nline 2' https://e.com"_s
            << u"POST https://e.com custom[text/plain]<line 1\nline 2>"_s;
        QTest::newRow("-u user:password")
            << u"curl -u bob:s3cr:et https://e.com"_s << u"GET https://e.com basic bob keychain=s3cr:et"_s;
        QTest::newRow("-u with an env reference") << u"curl -u \"bob:$HOOK_PASSWORD\" https://e.com"_s
                                                  << u"GET https://e.com basic bob pw={{env:HOOK_PASSWORD}}"_s;
        QTest::newRow("Authorization: Basic header") << u"curl -H 'Authorization: Basic Ym9iOnB3' https://e.com"_s
                                                     << u"GET https://e.com basic bob keychain=pw"_s;
        QTest::newRow("bearer header kept") << u"curl -H 'Authorization: Bearer {{env:TOKEN}}' https://e.com"_s
                                            << u"GET https://e.com H Authorization: Bearer {{env:TOKEN}}"_s;
        QTest::newRow("--oauth2-bearer") << u"curl --oauth2-bearer abc https://e.com"_s
                                         << u"GET https://e.com H Authorization: Bearer abc"_s;
        QTest::newRow("presets stay presets")
            << u"curl 'https://e.com/{{DEVICE_TOKEN}}?s={{ SIGNAL_NUMBER }}' -H 'X-Id: {{MESSAGE_ID}}'"_s
            << u"GET https://e.com/{{DEVICE_TOKEN}} ?s={{SIGNAL_NUMBER}} H X-Id: {{MESSAGE_ID}}"_s;
        QTest::newRow("unknown placeholders are text")
            << u"curl https://e.com -H 'X-A: {{baseUrl}}'"_s << u"GET https://e.com H X-A: \\{{baseUrl}}"_s;
        QTest::newRow("escaped braces stay text") << u"curl https://e.com -H 'X-A: \\{{DEVICE_TOKEN}}'"_s
                                                  << u"GET https://e.com H X-A: \\\\{{DEVICE_TOKEN}}"_s;
        QTest::newRow("shell variables named like presets")
            << u"curl \"https://e.com/$DEVICE_TOKEN\" --json \"{\\\"v\\\": ${MESSAGE_PAYLOAD}}\""_s
            << u"POST https://e.com/{{DEVICE_TOKEN}} json{v=@MESSAGE_PAYLOAD}"_s;
        QTest::newRow("other shell variables read the environment")
            << u"curl \"$BASE_URL/hook\""_s << u"GET {{env:BASE_URL}}/hook"_s;
        QTest::newRow("flags") << u"curl -sSL --compressed -k https://e.com"_s << u"GET https://e.com redirects"_s;
        QTest::newRow("ignored options with values")
            << u"curl -o /dev/null -w '%{http_code}' --connect-timeout 3 https://e.com"_s << u"GET https://e.com"_s;
        QTest::newRow("-m sets the time limit") << u"curl -m 2.5 https://e.com"_s << u"GET https://e.com"_s;
        QTest::newRow("Content-Type: removes it") << u"curl -H 'Content-Type:' -d 'x' https://e.com"_s
                                                  << u"POST https://e.com custom[application/octet-stream]<x>"_s;
        QTest::newRow("-- ends options") << u"curl -s -- https://e.com"_s << u"GET https://e.com"_s;
        QTest::newRow("form preset row") << u"curl -d 'v={{MESSAGE_PAYLOAD}}&t=at {{TIMESTAMP}}' https://e.com"_s
                                         << u"POST https://e.com form{v=@MESSAGE_PAYLOAD,t=at {{TIMESTAMP}}}"_s;
        QTest::newRow("form without pairs is custom")
            << u"curl -d 'hello' https://e.com"_s
            << u"POST https://e.com custom[application/x-www-form-urlencoded]<hello>"_s;
        QTest::newRow("empty form") << u"curl -d '' https://e.com"_s << u"POST https://e.com form{}"_s;
        QTest::newRow("long option names")
            << u"curl --request PUT --header 'X-A: 1' --user u:p --user-agent x/1 --referer r --data a=1 "
               "--data-ascii b=2 --location https://e.com"_s
            << u"PUT https://e.com H X-A: 1 H Referer: r form{a=1,b=2} basic u keychain=p redirects"_s;
        QTest::newRow("browser copy")
            << u"curl 'https://api.e.com/v1/events' \\\n  -H 'accept: application/json' \\\n  -H 'content-type: "
               "application/json' \\\n  --data-raw '{\"event\":\"door\",\"room\":\"hall\"}' \\\n  --compressed"_s
            << u"POST https://api.e.com/v1/events json{event=door,room=hall}"_s;
        QTest::newRow("script with printf into curl")
            << u"#!/bin/sh\n# Sends the request of the Hooksmith webhook \"Door\" with curl.\nROOM=${ROOM-'living "
               "room'}\nset -eu\n: \"${SIGNAL_NUMBER?set SIGNAL_NUMBER}\"\nprintf '%s' '{\"n\":'\"${SIGNAL_NUMBER}\""
               "',\"room\":\"'\"${ROOM}\"'\"}' |\n  curl https://e.com/x \\\n  --request POST \\\n  --header "
               "'Content-Type: application/json' \\\n  --data-binary @-\n"_s
            << u"POST https://e.com/x json{n=@SIGNAL_NUMBER,room={{var:ROOM}}}"_s;
        QTest::newRow("-d @- drops line breaks")
            << u"printf '%s' 'a=1\nb' | curl -d @- https://e.com"_s << u"POST https://e.com form{a=1b}"_s;
        QTest::newRow("--data-raw @ is text")
            << u"curl https://e.com -H 'Content-Type: text/plain' --data-raw '@/etc/hostname'"_s
            << u"POST https://e.com custom[text/plain]<@/etc/hostname>"_s;
        QTest::newRow("a default in the command")
            << u"curl \"https://e.com/${P-x y}\""_s << u"GET https://e.com/{{var:P}}"_s;
        QTest::newRow("{{var:NAME}} stays a variable")
            << u"curl 'https://e.com/{{ var:P }}'"_s << u"GET https://e.com/{{var:P}}"_s;
    }
    void curl()
    {
        QFETCH(QString, command);
        QFETCH(QString, expected);
        const auto result = CurlImport::parse(command);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.errorMessage()));
        QCOMPARE(result->webhooks.size(), 1);
        QString got = test::describe(result->webhooks.front());
        // "none" in the expectation: the webhook has no body (and says so).
        if (expected.endsWith(u" none"_s)) {
            expected.chop(5);
            QCOMPARE(result->webhooks.front().webhook.format, BodyFormat::None);
        }
        QCOMPARE(got, expected);
    }

    void warnings_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("warning");
        QTest::newRow("ignored flags")
            << u"curl -sS --compressed https://e.com"_s
            << u"options that do not change the request were ignored: -s, -S, --compressed"_s;
        QTest::newRow("user agent") << u"curl -A 'my-tool/1' https://e.com"_s
                                    << u"Hooksmith sends its own User-Agent, so \"my-tool/1\" is left out"_s;
        QTest::newRow("unknown placeholder")
            << u"curl -H 'X: {{baseUrl}}' https://e.com"_s << u"\"{{baseUrl}}\" is not a Hooksmith preset"_s;
        QTest::newRow("no scheme") << u"curl e.com"_s << u"the URL has no scheme"_s;
        QTest::newRow("signature header") << u"curl -H 'X-Hub-Signature-256: sha256=ab' https://e.com"_s
                                          << u"X-Hub-Signature-256 is kept as fixed text"_s;
        QTest::newRow("no password") << u"curl -u bob https://e.com"_s << u"no password is given"_s;
    }
    void warnings()
    {
        QFETCH(QString, command);
        QFETCH(QString, warning);
        const auto result = CurlImport::parse(command);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.errorMessage()));
        const QString all = result->warnings.join(u'\n');
        QVERIFY2(all.contains(warning), qPrintable(all));
    }

    void scriptVariablesAndName()
    {
        // Hooksmith's curl export: the name from its first comment, the variables it sets (and uses) with
        // their values, the checks and presets as they are.
        const QString script =
            u"#!/bin/sh\n# Sends the request of the Hooksmith webhook \"Door \\\"A\\\"\" with curl.\n"
            "BASE_URL=${BASE_URL-https://e.com}\nUNUSED=1\nPLAIN='a b'\nSIGNAL_NUMBER=4\nset -eu\n"
            ": \"${HOOK_KEY?set HOOK_KEY}\"\ncurl \"${BASE_URL}\"/in -H \"X-Key: ${HOOK_KEY}\" -H "
            "\"X-P: $PLAIN\" -H \"X-N: $SIGNAL_NUMBER\"\n"_s;
        const auto result = CurlImport::parse(script);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.errorMessage()));
        const Webhook& w = result->webhooks.front().webhook;
        QCOMPARE(w.name, u"Door \\\"A\\\""_s);
        QCOMPARE(test::describe(result->webhooks.front()),
                 u"GET {{var:BASE_URL}}/in H X-Key: {{env:HOOK_KEY}} H X-P: {{var:PLAIN}} H X-N: {{SIGNAL_NUMBER}}"_s);
        QCOMPARE(result->environment.variables.size(), 2);
        QCOMPARE(result->environment.variables[0].name, u"BASE_URL"_s);
        QCOMPARE(result->environment.variables[0].value, u"https://e.com"_s);
        QCOMPARE(result->environment.variables[1].name, u"PLAIN"_s);
        QCOMPARE(result->environment.variables[1].value, u"a b"_s);
        QVERIFY(result->warnings.join(u'\n').contains(u"sets SIGNAL_NUMBER, which the webhook fills"_s));
        QVERIFY(CurlImport::looksLikeCurl(script));
        QVERIFY(!CurlImport::looksLikeCurl(u"#!/bin/sh\nwget x\n"_s));

        // Added to a workspace: a new environment, or the environments that lack a variable.
        Workspace ws;
        QStringList notes = addImportedEnvironment(ws, result->environment);
        QCOMPARE(ws.environmentNames(), QStringList{u"Imported"_s});
        QVERIFY(notes.join(u' ').contains(u"BASE_URL, PLAIN"_s));
        ws.environments = {Environment{u"Local"_s, {{u"BASE_URL"_s, u"http://127.0.0.1"_s, false, {}}}, {}},
                           Environment{u"Production"_s, {}, {}}};
        notes = addImportedEnvironment(ws, result->environment);
        QCOMPARE(*ws.environments[0].variable(u"BASE_URL")->value, u"http://127.0.0.1"_s);
        QCOMPARE(*ws.environments[0].variable(u"PLAIN")->value, u"a b"_s);
        QCOMPARE(*ws.environments[1].variable(u"BASE_URL")->value, u"https://e.com"_s);
        QVERIFY2(notes.join(u'\n').contains(u"the environment \"Local\" keeps its own value of BASE_URL"_s),
                 qPrintable(notes.join(u'\n')));
    }

    void timeLimit()
    {
        const auto result = CurlImport::parse(u"curl -m 2.5 https://e.com"_s);
        QVERIFY(result.ok());
        QCOMPARE(result->webhooks.front().webhook.delivery.timeoutMs, 2500);
        QCOMPARE(result->webhooks.front().webhook.delivery.maxAttempts, Delivery::kDefaultMaxAttempts);
    }

    void retries()
    {
        const auto result = CurlImport::parse(u"curl --retry 4 https://e.com"_s);
        QVERIFY(result.ok());
        QCOMPARE(result->webhooks.front().webhook.delivery.maxAttempts, 5);
        const auto none = CurlImport::parse(u"curl --retry 0 https://e.com"_s);
        QVERIFY(none.ok());
        QCOMPARE(none->webhooks.front().webhook.delivery.maxAttempts, 1);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << u"  "_s << u"the command line is empty"_s;
        QTest::newRow("not curl") << u"wget https://e.com"_s << u"starts with \"wget\", not curl"_s;
        QTest::newRow("no URL") << u"curl -s"_s << u"has no URL"_s;
        QTest::newRow("-F refused")
            << u"curl https://e.com \\\n  -F 'file=@a.png'"_s
            << u"argument 2 \"-F\" (line 2, column 3): -F sends multipart/form-data, which Hooksmith does not send"_s;
        QTest::newRow("--form refused") << u"curl --form a=b https://e.com"_s << u"--form sends multipart/form-data"_s;
        QTest::newRow("unknown long option")
            << u"curl --frobnicate https://e.com"_s
            << u"argument 1 \"--frobnicate\" (line 1, column 6): unknown curl option --frobnicate"_s;
        QTest::newRow("unknown short option")
            << u"curl -sZ https://e.com"_s << u"argument 1 \"-sZ\" (line 1, column 6): unknown curl option -Z"_s;
        QTest::newRow("--opt=value") << u"curl --request=POST https://e.com"_s << u"write \"--request POST\""_s;
        QTest::newRow("missing value") << u"curl https://e.com -H"_s
                                       << u"argument 2 \"-H\" (line 1, column 20): -H needs a value"_s;
        QTest::newRow("two URLs") << u"curl https://a.com https://b.com"_s
                                  << u"argument 2 \"https://b.com\" (line 1, column 20): a second URL"_s;
        QTest::newRow("something else piped into curl")
            << u"cat body | curl -d @- https://e.com"_s << u"line 1, column 1: only printf '%s' TEXT may be piped"_s;
        QTest::newRow("a command before curl")
            << u"echo hi\ncurl https://e.com"_s << u"line 1, column 1: the script runs \"echo\" before curl"_s;
        QTest::newRow("standard input without a pipe")
            << u"curl -d @- https://e.com"_s << u"-d @- reads the body from standard input"_s;
        QTest::newRow("a variable set from an expansion")
            << u"X=$Y\ncurl https://e.com/$X"_s << u"the script sets X from what the shell expands"_s;
        QTest::newRow("a command after curl")
            << u"curl https://e.com; echo done"_s << u"\";\" at line 1, column 19 ends the curl command"_s;
        QTest::newRow("data from a file")
            << u"curl -d @body.json https://e.com"_s
            << u"argument 2 \"@body.json\" (line 1, column 9): -d reads the body from a file"_s;
        QTest::newRow("json from a file")
            << u"curl --json @b.json https://e.com"_s << u"--json reads the body from a file"_s;
        QTest::newRow("urlencode from a file")
            << u"curl --data-urlencode name@f https://e.com"_s << u"--data-urlencode reads a file"_s;
        QTest::newRow("upload") << u"curl -T f https://e.com"_s << u"-T uploads a file"_s;
        QTest::newRow("digest") << u"curl --digest -u a:b https://e.com"_s
                                << u"--digest authentication is not supported"_s;
        QTest::newRow("cookie file") << u"curl -b cookies.txt https://e.com"_s << u"reads cookies from a file"_s;
        QTest::newRow("bad header") << u"curl -H 'no colon' https://e.com"_s
                                    << u"a header is written \"Name: value\""_s;
        QTest::newRow("bad header name") << u"curl -H 'Bad Name: x' https://e.com"_s
                                         << u"\"Bad Name\" is not a valid header name"_s;
        QTest::newRow("unknown method") << u"curl -X BREW https://e.com"_s
                                        << u"the method \"BREW\" is not one Hooksmith sends"_s;
        QTest::newRow("GET with body")
            << u"curl -X GET -d a=1 https://e.com"_s
            << u"a GET request carries no body in Hooksmith; send the data as query parameters (curl -G)"_s;
        QTest::newRow("bad time") << u"curl -m soon https://e.com"_s << u"the time limit is a number of seconds"_s;
        QTest::newRow("bad retry") << u"curl --retry -1 https://e.com"_s
                                   << u"the number of retries is a whole number from 0 to 99"_s;
        QTest::newRow("shell error") << u"curl 'https://e.com"_s << u"the quote ' at line 1, column 6 is not closed"_s;
    }
    void errors()
    {
        QFETCH(QString, command);
        QFETCH(QString, error);
        const auto result = CurlImport::parse(command);
        QVERIFY2(!result.ok(), qPrintable(result.ok() ? test::describe(result->webhooks.front()) : QString()));
        QVERIFY2(result.errorMessage().contains(error), qPrintable(result.errorMessage()));
    }

    void passwordNeverInWarningsOrName()
    {
        const auto result = CurlImport::parse(u"curl -u 'bob:hunter2{{x}}' -sS 'https://e.com/x?{{bad}}'"_s);
        QVERIFY(result.ok());
        QVERIFY(!result->warnings.join(u'\n').contains(u"hunter2"_s));
        QVERIFY(!result->webhooks.front().webhook.name.contains(u"hunter2"_s));
        QVERIFY(!result->webhooks.front().webhook.auth.password.has_value());
        QCOMPARE(result->webhooks.front().password, u"hunter2{{x}}"_s);
        QVERIFY2(result->warnings.join(u'\n').contains(u"argument 2 (the user and password): \"{{x}}\" is not a "
                                                       "Hooksmith preset"_s),
                 qPrintable(result->warnings.join(u'\n')));
    }

    void garbageNeverCrashes()
    {
        // Mutations of a command that uses every kind of quoting: each one either imports or says why.
        const QString seed = u"curl -sSL -X POST \"https://e.com/{{DEVICE_TOKEN}}?a=1&b=%20\" -H $'X-A: \\x41' "
                             "-u \"u:$PW\" --json '{\"a\": {{MESSAGE_PAYLOAD}}, \"b\": \"\\u00e9\"}' -d x=1 -G"_s;
        const QString alphabet = u" '\"\\$`{}[]()|;&<>#=:@?%+-\n\tabcXYZ019\u00e9\uE000"_s;
        quint32 state = 12345;
        const auto next = [&state] {
            state = state * 1664525u + 1013904223u;
            return state >> 8;
        };
        for (int round = 0; round < 3000; ++round) {
            QString text = seed;
            const int edits = 1 + int(next() % 6);
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = qsizetype(next() % quint32(text.size() + 1));
                switch (next() % 3) {
                case 0:
                    text.insert(at, alphabet[qsizetype(next() % quint32(alphabet.size()))]);
                    break;
                case 1:
                    if (at < text.size())
                        text.remove(at, 1 + qsizetype(next() % 4));
                    break;
                default:
                    if (at < text.size())
                        text[at] = alphabet[qsizetype(next() % quint32(alphabet.size()))];
                }
            }
            const auto result = CurlImport::parse(text);
            if (result.ok())
                QCOMPARE(result->webhooks.size(), 1);
            else
                QVERIFY2(!result.errorMessage().isEmpty(), qPrintable(text));
        }
    }

    void looksLikeCurl()
    {
        QVERIFY(CurlImport::looksLikeCurl(u"  curl https://e.com"_s));
        QVERIFY(CurlImport::looksLikeCurl(u"curl \\\n https://e.com"_s));
        QVERIFY(!CurlImport::looksLikeCurl(u"curling"_s));
        QVERIFY(!CurlImport::looksLikeCurl(u"{\"hooksmith\": 1}"_s));
    }
};

QTEST_GUILESS_MAIN(TestImportCurl)
#include "tst_import_curl.moc"

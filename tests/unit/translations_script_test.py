#!/usr/bin/env python3
"""scripts/translations.py on a small Qt Linguist file: applying the memory writes what lupdate
writes, survives a refresh that adds strings, and check names what is left."""

import json
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "translations.py"

HEAD = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}">
<context>
    <name>hooksmith::Panel</name>
    <message>
        <source>&amp;Send &quot;%1&quot; to &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
{extra}</context>
</TS>
"""

NEW = """    <message>
        <source>Don&apos;t stop</source>
        <translation type="unfinished"></translation>
    </message>
"""

TRANSLATED = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>hooksmith::Panel</name>
    <message>
        <source>&amp;Send &quot;%1&quot; to &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&quot;%1&quot; an &lt;b&gt;%2&lt;/b&gt; &amp;senden</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n Webhook</numerusform>
            <numerusform>%n Webhooks</numerusform>
        </translation>
    </message>
{extra}</context>
</TS>
"""

MEMORY = {"hooksmith::Panel": {'&Send "%1" to <b>%2</b>': '"%1" an <b>%2</b> &senden',
                               "%n webhook(s)": ["%n Webhook", "%n Webhooks"]}}


class TranslationsScript(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = Path(self.tmp.name)
        (self.dir / "hooksmith_de.json").write_text(json.dumps(MEMORY), encoding="utf-8")
        (self.dir / "hooksmith_it.json").write_text("{}", encoding="utf-8")
        (self.dir / "hooksmith_it.ts").write_text(HEAD.format(lang="it_IT", extra=""), encoding="utf-8")

    def tearDown(self):
        self.tmp.cleanup()

    def run_script(self, *args):
        return subprocess.run([sys.executable, str(SCRIPT), "--dir", str(self.dir), *args],
                              capture_output=True, text=True)

    def ts(self):
        return (self.dir / "hooksmith_de.ts").read_text(encoding="utf-8")

    def test_apply_writes_what_lupdate_writes(self):
        (self.dir / "hooksmith_de.ts").write_text(HEAD.format(lang="de_DE", extra=""), encoding="utf-8")
        result = self.run_script("apply", "de")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(self.ts(), TRANSLATED.format(extra=""))

    def test_refresh_keeps_translations_and_only_new_strings_are_left(self):
        # lupdate after a new string: the old ones keep their translations, the new one is unfinished.
        (self.dir / "hooksmith_de.ts").write_text(HEAD.format(lang="de_DE", extra=NEW), encoding="utf-8")
        self.assertEqual(self.run_script("apply", "de").returncode, 0)
        self.assertEqual(self.ts(), TRANSLATED.format(extra=NEW))
        exported = json.loads(self.run_script("export", "de").stdout)
        self.assertEqual(exported, [{"context": "hooksmith::Panel", "source": "Don't stop", "comment": None,
                                     "numerus": False}])
        check = self.run_script("check")
        self.assertEqual(check.returncode, 1)
        self.assertIn("hooksmith_de.ts: unfinished: hooksmith::Panel: \"Don't stop\"", check.stdout)
        self.assertIn("translated 2, unfinished 1, obsolete 0", check.stdout)

    def test_check_names_obsolete_entries(self):
        text = TRANSLATED.format(extra="").replace("<translation>&quot;", '<translation type="vanished">&quot;')
        (self.dir / "hooksmith_de.ts").write_text(text, encoding="utf-8")
        (self.dir / "hooksmith_it.ts").write_text(text, encoding="utf-8")
        check = self.run_script("check")
        self.assertEqual(check.returncode, 1)
        self.assertIn("hooksmith_de.ts: obsolete: hooksmith::Panel", check.stdout)

    def test_a_plural_needs_both_forms(self):
        (self.dir / "hooksmith_de.json").write_text(json.dumps({"hooksmith::Panel": {"%n webhook(s)": "Webhooks"}}),
                                                    encoding="utf-8")
        (self.dir / "hooksmith_de.ts").write_text(HEAD.format(lang="de_DE", extra=""), encoding="utf-8")
        result = self.run_script("apply", "de")
        self.assertEqual(result.returncode, 1)
        self.assertIn("needs a list of 2 forms", result.stderr)
        self.assertEqual(self.ts(), HEAD.format(lang="de_DE", extra=""))


if __name__ == "__main__":
    unittest.main()

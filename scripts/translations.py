#!/usr/bin/env python3
"""Translation memories for the Qt Linguist files in translations/.

The .ts files are written by lupdate (`cmake --build build/dev --target update_translations`).
The translations themselves live in translations/hooksmith_<lang>.json, a map
{context: {source: translation}} where a plural (numerus) message maps to a list of forms and a
message with a disambiguation comment is keyed "source\\u0004comment". Applying the memory to a
freshly refreshed .ts file restores every translation it knows; only new strings stay unfinished.

  scripts/translations.py export LANG [-o FILE]   untranslated messages of a .ts as JSON
  scripts/translations.py apply [LANG...]         fill the .ts files from the JSON memories
  scripts/translations.py status                  translated / unfinished / obsolete per language
  scripts/translations.py check                   fails naming every unfinished or obsolete entry
"""

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
LANGUAGES = ("de", "it")
NUMERUS_FORMS = {"de": 2, "it": 2}

CONTEXT_RE = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
MESSAGE_RE = re.compile(r"(<message(?P<attrs>[^>]*)>)(?P<body>.*?)(</message>)", re.S)
SOURCE_RE = re.compile(r"<source>(.*?)</source>", re.S)
COMMENT_RE = re.compile(r"<comment>(.*?)</comment>", re.S)
TRANSLATION_RE = re.compile(r"(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)", re.S)
FORM_RE = re.compile(r"<numerusform>(.*?)</numerusform>", re.S)
TYPE_RE = re.compile(r'\s*type="([^"]*)"')


def unescape(text):
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
            .replace("&amp;", "&"))


def escape(text):
    # As lupdate writes message text.
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&apos;"))


def ts_path(lang):
    path = TS_DIR / f"hooksmith_{lang}.ts"
    if not path.exists():
        sys.exit(f"{path}: no such file; cmake --build build/dev --target update_translations writes it")
    return path


def memory_path(lang):
    return TS_DIR / f"hooksmith_{lang}.json"


def shown(path):
    try:
        return path.relative_to(ROOT)
    except ValueError:
        return path


def key_of(source, comment):
    return source if comment is None else source + "\u0004" + comment


def messages(ts_text):
    """Yields (context, message match, source, comment, numerus, type, translation) per message."""
    for ctx in CONTEXT_RE.finditer(ts_text):
        context = unescape(ctx.group(1))
        for msg in MESSAGE_RE.finditer(ctx.group(2)):
            body = msg.group("body")
            source = unescape(SOURCE_RE.search(body).group(1))
            comment = COMMENT_RE.search(body)
            comment = unescape(comment.group(1)) if comment else None
            numerus = 'numerus="yes"' in msg.group("attrs")
            tr = TRANSLATION_RE.search(body)
            kind = TYPE_RE.search(tr.group("attrs")) if tr else None
            kind = kind.group(1) if kind else ""
            text = (tr.group("text") or "") if tr else ""
            if numerus:
                value = [unescape(f) for f in FORM_RE.findall(text)]
            else:
                value = unescape(text)
            yield context, source, comment, numerus, kind, value


def load_memory(lang):
    path = memory_path(lang)
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def valid_translation(value, numerus, lang):
    if numerus:
        return (isinstance(value, list) and len(value) == NUMERUS_FORMS[lang]
                and all(isinstance(v, str) and v for v in value))
    return isinstance(value, str) and value != ""


def apply(lang):
    path = ts_path(lang)
    text = path.read_text(encoding="utf-8")
    memory = load_memory(lang)
    filled = 0
    problems = []

    def fill_context(ctx_match):
        nonlocal filled
        context = unescape(ctx_match.group(1))
        table = memory.get(context, {})

        def fill_message(msg):
            nonlocal filled
            body = msg.group("body")
            source = unescape(SOURCE_RE.search(body).group(1))
            comment = COMMENT_RE.search(body)
            comment = unescape(comment.group(1)) if comment else None
            numerus = 'numerus="yes"' in msg.group("attrs")
            tr = TRANSLATION_RE.search(body)
            if tr is None:
                return msg.group(0)
            kind = TYPE_RE.search(tr.group("attrs"))
            if kind and kind.group(1) in ("vanished", "obsolete"):
                return msg.group(0)
            value = table.get(key_of(source, comment))
            if value is None:
                return msg.group(0)
            if not valid_translation(value, numerus, lang):
                problems.append(f"{context}: {source!r}: needs "
                                + (f"a list of {NUMERUS_FORMS[lang]} forms" if numerus else "a non-empty string"))
                return msg.group(0)
            indent = tr.group("indent")
            if numerus:
                forms = "".join(f"\n{indent}    <numerusform>{escape(v)}</numerusform>" for v in value)
                new = f"{indent}<translation>{forms}\n{indent}</translation>"
            else:
                new = f"{indent}<translation>{escape(value)}</translation>"
            filled += 1
            return (msg.group(1) + body[:tr.start()] + new + body[tr.end():] + msg.group(4))

        whole, start, end = ctx_match.group(0), ctx_match.start(2) - ctx_match.start(0), ctx_match.end(2) - ctx_match.start(0)
        return whole[:start] + MESSAGE_RE.sub(fill_message, ctx_match.group(2)) + whole[end:]

    text = CONTEXT_RE.sub(fill_context, text)
    path.write_text(text, encoding="utf-8")
    return filled, problems


def counts(lang):
    translated, unfinished, obsolete = [], [], []
    for context, source, comment, numerus, kind, value in messages(ts_path(lang).read_text(encoding="utf-8")):
        entry = (context, source)
        if kind in ("vanished", "obsolete"):
            obsolete.append(entry)
        elif kind == "unfinished" or not valid_translation(value, numerus, lang):
            unfinished.append(entry)
        else:
            translated.append(entry)
    return translated, unfinished, obsolete


def cmd_export(args):
    out = []
    for context, source, comment, numerus, kind, value in messages(ts_path(args.lang).read_text(encoding="utf-8")):
        if kind == "unfinished" or (kind == "" and not valid_translation(value, numerus, args.lang)):
            out.append({"context": context, "source": source, "comment": comment, "numerus": numerus})
    data = json.dumps(out, ensure_ascii=False, indent=1) + "\n"
    if args.output:
        Path(args.output).write_text(data, encoding="utf-8")
    else:
        sys.stdout.write(data)
    return 0


def cmd_apply(args):
    status = 0
    unknown = [lang for lang in args.langs if lang not in LANGUAGES]
    if unknown:
        print(f"unknown language: {', '.join(unknown)} (known: {', '.join(LANGUAGES)})", file=sys.stderr)
        return 2
    for lang in args.langs or LANGUAGES:
        filled, problems = apply(lang)
        print(f"{lang}: filled {filled} messages from {shown(memory_path(lang))}")
        for p in problems:
            print(f"{lang}: {p}", file=sys.stderr)
            status = 1
    return status


def cmd_status(_args):
    for lang in LANGUAGES:
        translated, unfinished, obsolete = counts(lang)
        print(f"{lang}: translated {len(translated)}, unfinished {len(unfinished)}, obsolete {len(obsolete)}")
    return 0


def cmd_check(_args):
    status = 0
    for lang in LANGUAGES:
        translated, unfinished, obsolete = counts(lang)
        name = shown(ts_path(lang))
        for what, entries in (("unfinished", unfinished), ("obsolete", obsolete)):
            for context, source in entries:
                print(f"{name}: {what}: {context}: {source!r}")
                status = 1
        print(f"{name}: translated {len(translated)}, unfinished {len(unfinished)}, obsolete {len(obsolete)}")
    if status:
        print("Translate the new strings in translations/hooksmith_<lang>.json, then run "
              "scripts/translations.py apply (see CONTRIBUTING.md).", file=sys.stderr)
    return status


def main():
    global TS_DIR
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", type=Path, default=TS_DIR,
                        help="the folder with hooksmith_<lang>.ts and .json (default: translations/)")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("export", help="untranslated messages of a .ts file as JSON")
    p.add_argument("lang", choices=LANGUAGES)
    p.add_argument("-o", "--output")
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("apply", help="fill the .ts files from the translation memories")
    p.add_argument("langs", nargs="*", metavar="LANG", help="de, it (default: all)")
    p.set_defaults(func=cmd_apply)
    sub.add_parser("status", help="translated, unfinished, obsolete per language").set_defaults(func=cmd_status)
    sub.add_parser("check", help="fail on unfinished or obsolete entries").set_defaults(func=cmd_check)
    args = parser.parse_args()
    TS_DIR = args.dir.resolve()
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Fills unfinished entries of the Chinese catalogue from a small table of
(source, translation) pairs given as JSON on standard input, leaving the rest
of the file byte for byte as it is. For the occasional new string between
full translation passes:

    echo '{"Filters": "筛选"}' | scripts/translate-zh.py translations/parkexplorer_zh_CN.ts
"""
import html
import json
import re
import sys


def main(path):
    table = json.load(sys.stdin)
    text = open(path, encoding="utf-8").read()
    missing = []

    def fill(match):
        source = html.unescape(match.group(1))
        if source not in table:
            missing.append(source)
            return match.group(0)
        translated = html.escape(table[source], quote=False).replace("'", "&apos;")
        return "<source>%s</source>\n        <translation>%s</translation>" % (
            match.group(1), translated)

    text = re.sub(r'<source>(.*?)</source>\n        <translation type="unfinished">[^<]*</translation>',
                  fill, text)
    open(path, "w", encoding="utf-8").write(text)
    for m in missing:
        print("untranslated:", m)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

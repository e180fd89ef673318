#!/usr/bin/env python3
"""Git merge driver for .resx files: the union of both sides' <data> entries.

Branches that add strings to the same resource conflict textually at the end of the file although they never touch
the same key. Register once per clone:
    git config merge.resx.driver "python3 scripts/merge-resx.py %O %A %B"
(.gitattributes maps *.resx to it). A key changed differently on both sides keeps ours and prints a warning."""
import re
import sys

DATA = re.compile(r'  <data name="([^"]+)"[^>]*>.*?</data>\n', re.S)


def entries(path):
    with open(path, encoding='utf-8-sig') as f:
        text = f.read()
    return text, {m.group(1): m.group(0) for m in DATA.finditer(text)}


base_text, base = entries(sys.argv[1])
ours_text, ours = entries(sys.argv[2])
theirs_text, theirs = entries(sys.argv[3])

merged = dict(ours)
for key, block in theirs.items():
    if key not in ours:
        if key not in base or base[key] != block:  # added by them (or changed by them where we deleted: keep theirs)
            merged[key] = block
    elif ours[key] != block:
        if ours[key] == base.get(key):
            merged[key] = block
        elif base.get(key) != block:
            print(f'merge-resx: {key} changed on both sides, keeping ours', file=sys.stderr)
for key in list(merged):
    if key in base and key not in theirs and merged[key] == base[key]:
        del merged[key]  # deleted by them

first = DATA.search(ours_text)
head = ours_text[:first.start()] if first else ours_text[:ours_text.rindex('</root>')]
with open(sys.argv[2], 'w', encoding='utf-8') as f:
    f.write(head + ''.join(merged.values()) + '</root>\n')

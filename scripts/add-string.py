#!/usr/bin/env python3
"""Adds (or replaces) one localized string in the three resx files of a resource.

Usage: scripts/add-string.py RESOURCE KEY "English" "Кыргызча" "Русский"
       scripts/add-string.py RESOURCE --tsv FILE   (lines: KEY<TAB>English<TAB>Кыргызча<TAB>Русский)
  RESOURCE is the file stem under src/WblPortal.Web/Resources, e.g. SharedResource.
The neutral .resx is English; .ky.resx Kyrgyz; .ru.resx Russian.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
</root>
"""

def upsert(path: Path, key: str, value: str) -> None:
    if not path.exists():
        path.write_text(HEADER, encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    entry = f'  <data name="{escape(key, {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(value)}</value></data>\n'
    marker = f'<data name="{key}"'
    lines = text.splitlines(keepends=True)
    lines = [l for l in lines if marker not in l]
    idx = max(i for i, l in enumerate(lines) if l.strip() == "</root>")
    lines.insert(idx, entry)
    path.write_text("".join(lines), encoding="utf-8")
    ET.parse(path)  # still well-formed

def main() -> None:
    base = Path(__file__).resolve().parent.parent / "src" / "WblPortal.Web" / "Resources"
    if len(sys.argv) == 4 and sys.argv[2] == "--tsv":
        rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[3], encoding="utf-8") if l.strip()]
    elif len(sys.argv) == 6:
        rows = [sys.argv[2:]]
    else:
        sys.exit(__doc__)
    resource = sys.argv[1]
    for row in rows:
        if len(row) != 4:
            sys.exit(f"expected KEY, English, Kyrgyz, Russian: {row}")
        key, en, ky, ru = row
        upsert(base / f"{resource}.resx", key, en)
        upsert(base / f"{resource}.ky.resx", key, ky)
        upsert(base / f"{resource}.ru.resx", key, ru)

if __name__ == "__main__":
    main()

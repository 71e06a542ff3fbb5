#!/usr/bin/env python3
"""Helps keep translations/qalam_ar.ts complete.

  ts_fill.py TS --unfinished            print the unfinished entries as JSON {"context|source": ""}
  ts_fill.py TS --apply FILE.json       fill unfinished entries from a JSON table
                                        ({"context|source": text} or {"source": text});
                                        --force also replaces finished ones
  ts_fill.py TS --reuse                 fill unfinished entries from finished ones with the same source text
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("ts")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--unfinished", action="store_true")
    group.add_argument("--apply", metavar="JSON")
    group.add_argument("--reuse", action="store_true")
    parser.add_argument("--force", action="store_true", help="with --apply: also replace finished entries")
    args = parser.parse_args()

    tree = ET.parse(args.ts)
    root = tree.getroot()
    if args.unfinished:
        out: dict[str, str] = {}
        for ctx in root.iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is not None and tr.get("type") == "unfinished":
                    out[f"{name}|{msg.findtext('source')}"] = ""
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0

    table: dict[str, str] = {}
    if args.reuse:
        for ctx in root.iter("context"):
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is not None and not tr.get("type") and (tr.text or "").strip():
                    table.setdefault(msg.findtext("source") or "", tr.text or "")
    else:
        with open(args.apply, encoding="utf-8") as fh:
            table = json.load(fh)
    filled = 0
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            if tr is None or (tr.get("type") != "unfinished" and not args.force):
                continue  # a finished (reviewed) translation is never replaced by accident
            text = table.get(f"{name}|{source}") or table.get(source)
            if text:
                tr.text = text
                tr.attrib.pop("type", None)
                filled += 1
    ET.indent(tree, space="    ")
    with open(args.ts, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
    print(f"filled {filled} entries", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

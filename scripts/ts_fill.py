#!/usr/bin/env python3
"""Helps keep translations/qalam_ar.ts complete.

  ts_fill.py TS --unfinished            print the unfinished entries as JSON {"context|source": ""}
                                        (plural messages: a list with one "" per form, in the
                                        catalogue's order: Arabic zero, one, two, few, many, other)
  ts_fill.py TS --apply FILE.json       fill unfinished entries from a JSON table
                                        ({"context|source": text} or {"source": text}; a list of
                                        forms for a plural message); --force also replaces finished ones
  ts_fill.py TS --reuse                 fill unfinished entries from finished ones with the same source text
  ts_fill.py TS --from OTHER.ts [...]   fill unfinished entries from finished ones (numerus forms included)
                                        of other catalogues, matched by context, source and comment
                                        (after merging branches: lupdate, then --from each branch's .ts)
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
    group.add_argument("--from", dest="sources", nargs="+", metavar="TS")
    parser.add_argument("--force", action="store_true", help="with --apply: also replace finished entries")
    args = parser.parse_args()

    tree = ET.parse(args.ts)
    root = tree.getroot()
    if args.unfinished:
        out: dict[str, str | list[str]] = {}
        for ctx in root.iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is not None and tr.get("type") == "unfinished":
                    forms = tr.findall("numerusform")
                    out[f"{name}|{msg.findtext('source')}"] = [""] * len(forms) if forms else ""
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0

    if args.sources:
        return _fill_from(tree, args.ts, args.sources)

    table: dict[str, str | list[str]] = {}
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
            forms = tr.findall("numerusform")
            if forms and isinstance(text, list) and len(text) == len(forms) and all(t.strip() for t in text):
                for form, value in zip(forms, text, strict=True):
                    form.text = value
                tr.attrib.pop("type", None)
                filled += 1
            elif text and isinstance(text, str) and not forms:
                tr.text = text
                tr.attrib.pop("type", None)
                filled += 1
            elif text:
                print(f"skipped {name}|{source}: needs {len(forms) or 'no'} plural forms", file=sys.stderr)
    _write(tree, args.ts)
    print(f"filled {filled} entries", file=sys.stderr)
    return 0


def _key(context: str, msg: ET.Element) -> tuple[str, str, str]:
    return (context, msg.findtext("source") or "", msg.findtext("comment") or "")


def _fill_from(tree: ET.ElementTree, target: str, sources: list[str]) -> int:
    import copy

    found: dict[tuple[str, str, str], ET.Element] = {}
    for path in sources:
        for ctx in ET.parse(path).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                if (tr.text or "").strip() or any((f.text or "").strip() for f in tr.iter("numerusform")):
                    found.setdefault(_key(name, msg), tr)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            other = found.get(_key(name, msg))
            if other is None:
                continue
            msg.remove(tr)
            msg.append(copy.deepcopy(other))
            filled += 1
    _write(tree, target)
    print(f"filled {filled} entries", file=sys.stderr)
    return 0


def _write(tree: ET.ElementTree, path: str) -> None:
    ET.indent(tree, space="    ")
    with open(path, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)


if __name__ == "__main__":
    raise SystemExit(main())

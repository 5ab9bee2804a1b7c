#!/usr/bin/env python3
"""TempEval-3 style evaluation of the Dossier time-expression annotator.

Reads TimeML .tml files under a directory (recursively), takes each
document's creation time (the TIMEX3 with functionInDocument="CREATION_TIME")
as the anchor and the TEXT element, tags stripped and entities decoded, as
the raw text; runs the C++ driver (tools/timex_driver.cc) once over all the
documents and scores its output against the TIMEX3 of TEXT:

  * extent, strict (same character span) and relaxed (overlapping spans,
    one-to-one, in text order): precision, recall, F1;
  * type: accuracy over the relaxed matches, and F1 (correct / system,
    correct / gold) as in TempEval-3;
  * value: F1 as in TempEval-3, value-P = relaxed matches with the right
    value / system expressions, value-R = the same / gold expressions.

Usage:
  tools/tempeval_eval.py CORPUS_DIR [--driver PATH] [--errors FILE] [--lang en]

Standard library only.
"""

import argparse
import collections
import glob
import html
import os
import re
import subprocess
import sys
import tempfile

TIMEX_RE = re.compile(r"<TIMEX3\b([^>]*)>", re.S)
ATTR_RE = re.compile(r'(\w+)="([^"]*)"')
TAG_RE = re.compile(r"<(/?)([A-Za-z0-9_]+)\b([^>]*)>", re.S)


def parse_tml(path):
    """Returns (doc_id, dct_value, text, [gold dicts with start/end/type/value])."""
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    dct = ""
    for m in TIMEX_RE.finditer(raw):
        attrs = dict(ATTR_RE.findall(m.group(1)))
        if attrs.get("functionInDocument") == "CREATION_TIME":
            dct = attrs.get("value", "")
            break
    start = raw.find("<TEXT>")
    end = raw.find("</TEXT>")
    if start < 0 or end < 0:
        return None
    body = raw[start + len("<TEXT>"):end]
    out = []
    gold = []
    open_timex = None
    pos = 0
    length = 0

    def emit(chunk):
        nonlocal length
        s = html.unescape(chunk)
        out.append(s)
        length += len(s)

    for m in TAG_RE.finditer(body):
        emit(body[pos:m.start()])
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            a = dict(ATTR_RE.findall(attrs))
            if a.get("functionInDocument") == "CREATION_TIME":
                continue
            open_timex = {"start": length, "type": a.get("type", ""),
                          "value": a.get("value", "")}
        elif open_timex is not None:
            open_timex["end"] = length
            gold.append(open_timex)
            open_timex = None
    emit(body[pos:])
    text = "".join(out)
    for g in gold:
        g["text"] = text[g["start"]:g["end"]]
    return os.path.basename(path), dct, text, gold


def byte_to_char_map(text):
    mapping = {}
    b = 0
    for i, ch in enumerate(text):
        mapping[b] = i
        b += len(ch.encode("utf-8"))
    mapping[b] = len(text)
    return mapping


def run_driver(driver, docs, lang, tmp):
    list_path = os.path.join(tmp, "list.tsv")
    with open(list_path, "w", encoding="utf-8") as lf:
        for k, (_, dct, text, _) in enumerate(docs):
            p = os.path.join(tmp, "doc%04d.txt" % k)
            with open(p, "w", encoding="utf-8") as f:
                f.write(text)
            lf.write("%s\t%s\t%s\n" % (p, dct, lang))
    res = subprocess.run([driver, "--list", list_path], capture_output=True, check=True)
    per_file = collections.defaultdict(list)
    current = None
    for line in res.stdout.decode("utf-8").split("\n"):
        if not line:
            continue
        if line.startswith("#FILE "):
            current = line[6:]
            continue
        start, end, typ, value, _ = line.split("\t", 4)
        per_file[current].append((int(start), int(end), typ, value))
    results = []
    for k, (_, _, text, _) in enumerate(docs):
        p = os.path.join(tmp, "doc%04d.txt" % k)
        b2c = byte_to_char_map(text)
        results.append([{"start": b2c[s], "end": b2c[e], "type": t, "value": v,
                         "text": text[b2c[s]:b2c[e]]} for s, e, t, v in per_file[p]])
    return results


def match(gold, system):
    """One-to-one relaxed matching in text order; returns [(g, s)]."""
    pairs = []
    used = set()
    for s in system:
        best = None
        for gi, g in enumerate(gold):
            if gi in used or g["end"] <= s["start"] or s["end"] <= g["start"]:
                continue
            if best is None or (g["start"] == s["start"] and g["end"] == s["end"]):
                best = gi
        if best is not None:
            used.add(best)
            pairs.append((gold[best], s))
    return pairs


def prf(correct, n_sys, n_gold):
    p = correct / n_sys if n_sys else 0.0
    r = correct / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def category(t):
    """A coarse class of an expression text, for the error summary."""
    w = t["text"].lower()
    if t["type"] in ("DURATION", "SET", "TIME"):
        return t["type"]
    if re.search(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", w):
        return "DATE-weekday"
    if re.search(r"quarter|half", w):
        return "DATE-quarter"
    if re.search(r"\b(now|current|recent|past|future|soon|previous)", w):
        return "DATE-ref"
    if re.search(r"\b(ago|earlier|later|before|after)\b", w):
        return "DATE-ago"
    if re.search(r"\b(today|yesterday|tomorrow|tonight|this|last|next)\b", w):
        return "DATE-deictic"
    if re.search(r"\d{4}", w) or re.search(r"[a-z]+\.? \d", w):
        return "DATE-explicit"
    return "DATE-other"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", help="directory with .tml files (searched recursively)")
    ap.add_argument("--driver", default=os.path.join(here, "..", "build-timex", "timex_driver"))
    ap.add_argument("--lang", default="en")
    ap.add_argument("--errors", help="write the remaining errors to this file")
    args = ap.parse_args()

    paths = sorted(glob.glob(os.path.join(args.corpus, "**", "*.tml"), recursive=True))
    docs = [d for d in (parse_tml(p) for p in paths) if d is not None]
    if not docs:
        sys.exit("no .tml documents under %s" % args.corpus)
    with tempfile.TemporaryDirectory() as tmp:
        systems = run_driver(args.driver, docs, args.lang, tmp)

    n_gold = n_sys = strict = relaxed = type_ok = value_ok = 0
    errors = collections.defaultdict(list)
    counts = collections.Counter()
    for (doc_id, dct, text, gold), system in zip(docs, systems):
        n_gold += len(gold)
        n_sys += len(system)
        pairs = match(gold, system)
        matched_g = {id(g) for g, _ in pairs}
        matched_s = {id(s) for _, s in pairs}

        def ctx(x):
            a, b = x["start"], x["end"]
            return (text[max(0, a - 40):a] + "[" + text[a:b] + "]" + text[b:b + 30]).replace("\n", " ")

        for g, s in pairs:
            relaxed += 1
            exact = g["start"] == s["start"] and g["end"] == s["end"]
            strict += exact
            type_ok += g["type"] == s["type"]
            value_ok += g["value"] == s["value"]
            cat = category(g)
            if not exact:
                counts[(cat, "extent")] += 1
                errors[cat].append("EXTENT %s gold=%r sys=%r | %s" % (doc_id, g["text"], s["text"], ctx(g)))
            if g["type"] != s["type"]:
                counts[(cat, "type")] += 1
                errors[cat].append("TYPE   %s %r gold=%s sys=%s | %s" % (doc_id, g["text"], g["type"], s["type"], ctx(g)))
            if g["value"] != s["value"]:
                counts[(cat, "value")] += 1
                errors[cat].append("VALUE  %s %r gold=%s sys=%s dct=%s | %s" % (doc_id, g["text"], g["value"], s["value"], dct, ctx(g)))
        for g in gold:
            if id(g) not in matched_g:
                cat = category(g)
                counts[(cat, "missed")] += 1
                errors[cat].append("MISSED %s %r %s %s | %s" % (doc_id, g["text"], g["type"], g["value"], ctx(g)))
        for s in system:
            if id(s) not in matched_s:
                cat = category(s)
                counts[(cat, "spurious")] += 1
                errors[cat].append("SPURIOUS %s %r %s %s | %s" % (doc_id, s["text"], s["type"], s["value"], ctx(s)))

    print("documents %d, gold timexes %d, system timexes %d" % (len(docs), n_gold, n_sys))
    print("%-16s %7s %7s %7s" % ("", "P", "R", "F1"))
    for name, c in (("extent strict", strict), ("extent relaxed", relaxed),
                    ("type", type_ok), ("value", value_ok)):
        p, r, f = prf(c, n_sys, n_gold)
        print("%-16s %7.4f %7.4f %7.4f" % (name, p, r, f))
    print("type accuracy on relaxed matches: %.4f" % (type_ok / relaxed if relaxed else 0))
    print("value accuracy on relaxed matches: %.4f" % (value_ok / relaxed if relaxed else 0))
    cats = sorted({c for c, _ in counts})
    kinds = ("missed", "spurious", "extent", "type", "value")
    print("errors by category: " + " ".join("%8s" % k for k in kinds))
    for c in cats:
        print("  %-17s " % c + " ".join("%8d" % counts[(c, k)] for k in kinds))
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as f:
            for c in cats:
                f.write("== %s\n" % c)
                for line in sorted(errors[c]):
                    f.write(line + "\n")


if __name__ == "__main__":
    main()

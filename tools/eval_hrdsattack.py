#!/usr/bin/env python3
"""Measures Dossier's extraction on HRDsAttack (real news about attacks on
human-rights defenders, document-level labels): recall of named victims
among the extracted persons, and recall/precision of violation types at the
document level (arbitrary detention ~ arrest, killing ~ death, torture ~
ill_treatment, kidnapping and enforced disappearance ~ disappearance).

Usage: tools/eval_hrdsattack.py [SPLIT_JSON] [--bin build/dossier] [--verbose]
Default split: ../shared/data/hrdsattack/dev.json. Exit 77 when absent.
Standard library only; the article texts stay in a temporary directory.
"""
import ast
import html
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPE_MAP = {
    "arbitrary detention": {"arrest"},
    "killing": {"death"},
    "torture": {"ill_treatment"},
    "kidnapping": {"disappearance"},
    "enforced disappearance": {"disappearance"},
}


def norm(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(s.replace(".", " ").replace(",", " ").split())


def parse(v):
    return v if isinstance(v, dict) else ast.literal_eval(v)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    binary = os.path.join(ROOT, "build", "dossier")
    if "--bin" in sys.argv:
        binary = sys.argv[sys.argv.index("--bin") + 1]
        args = [a for a in args if a != binary]
    split = args[0] if args else os.path.join(ROOT, "..", "shared", "data", "hrdsattack", "dev.json")
    if not os.path.exists(split):
        print(f"eval_hrdsattack: {split} not found", file=sys.stderr)
        sys.exit(77)
    data = json.load(open(split, encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        docs, out = os.path.join(tmp, "docs"), os.path.join(tmp, "out")
        os.makedirs(docs)
        for i, item in enumerate(data):
            s = parse(item["sample"])
            page = ("<html><head><title>{}</title><meta name=\"date\" content=\"{}\"></head>"
                    "<body><article><h1>{}</h1>{}</article></body></html>").format(
                        html.escape(s.get("Input.title", "")), s.get("Input.publish_date", "")[:10],
                        html.escape(s.get("Input.title", "")), s.get("Input.article_interface", ""))
            with open(os.path.join(docs, f"{i:04d}.html"), "w", encoding="utf-8") as f:
                f.write(page)
        subprocess.run([binary, "extract", "--out", out, docs], check=False,
                       stdout=subprocess.DEVNULL)
        named = found = 0
        type_tp = type_fp = type_fn = 0
        for i, item in enumerate(data):
            gold = parse(item["merged_sample"])
            path = os.path.join(out, f"{i:04d}.json")
            pred = json.load(open(path, encoding="utf-8")) if os.path.exists(path) else {}
            forms = set()
            for p in pred.get("persons", []):
                for n in [p["name"]] + p.get("variants", []):
                    forms.add(norm(n))
            for v in gold.get("victims", []) or []:
                name = v.get("victim_name")
                if not name or name == "None":
                    continue
                named += 1
                toks = set(norm(name).split())
                hit = any(toks and (toks <= set(f.split()) or set(f.split()) <= toks and len(f.split()) > 1)
                          for f in forms) or norm(name) in forms
                found += hit
                if verbose and not hit:
                    print(f"  {i:04d} missed victim {name!r}; persons: {sorted(forms)[:8]}")
            want = set()
            for t in gold.get("violation_types", []) or []:
                want |= TYPE_MAP.get(t, set())
            got = {e["type"] for e in pred.get("events", [])} & {"arrest", "death", "ill_treatment", "disappearance"}
            type_tp += len(want & got)
            type_fp += len(got - want)
            type_fn += len(want - got)
        r = found / named if named else 0.0
        tp = type_tp / (type_tp + type_fp) if type_tp + type_fp else 0.0
        tr = type_tp / (type_tp + type_fn) if type_tp + type_fn else 0.0
        tf = 2 * tp * tr / (tp + tr) if tp + tr else 0.0
        print(f"documents {len(data)}; named victims {named}, found among persons {found} (recall {r:.3f})")
        print(f"violation types (document level): P {tp:.3f} R {tr:.3f} F1 {tf:.3f}")


if __name__ == "__main__":
    main()

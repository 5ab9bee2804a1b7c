#!/usr/bin/env python3
"""Measures Dossier's Russian person mentions on FactRuEval-2016 (Russian
news with person, organisation and location annotations).

A predicted person mention matches a gold Person object of the same
document with the same text (case, spacing and ё/е folded); each gold
mention is matched once. Prints precision, recall and F1 over mentions.

Usage: tools/eval_factrueval.py [DEVSET_DIR] [--bin build/dossier] [--verbose]
Default: ../shared/data/factrueval2016/devset. Exit 77 when absent.
Standard library only; extraction output stays in a temporary directory.
"""
import collections
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(text):
    return " ".join(text.lower().replace("ё", "е").split())


def gold_persons(objects_path):
    """The Person objects of one document, as a multiset of their texts."""
    out = collections.Counter()
    with open(objects_path, encoding="utf-8") as f:
        for line in f:
            head, sep, text = line.partition("#")
            fields = head.split()
            if sep and len(fields) >= 2 and fields[1] == "Person":
                out[norm(text)] += 1
    return out


def main():
    args = sys.argv[1:]
    verbose = "--verbose" in args
    binary = os.path.join(ROOT, "build", "dossier")
    if "--bin" in args:
        binary = args[args.index("--bin") + 1]
    rest = [a for i, a in enumerate(args)
            if not a.startswith("--") and (i == 0 or args[i - 1] != "--bin")]
    devset = rest[0] if rest else os.path.join(ROOT, "..", "shared", "data", "factrueval2016",
                                               "devset")
    if not os.path.isdir(devset):
        print(f"eval_factrueval: {devset} not found", file=sys.stderr)
        return 77
    texts = sorted(f for f in os.listdir(devset) if f.endswith(".txt"))
    tp = fp = fn = 0
    missed, extra = collections.Counter(), collections.Counter()
    with tempfile.TemporaryDirectory() as tmp:
        docs, out = os.path.join(tmp, "docs"), os.path.join(tmp, "out")
        os.mkdir(docs)
        for name in texts:
            with open(os.path.join(devset, name), "rb") as src, \
                    open(os.path.join(docs, name), "wb") as dst:
                dst.write(src.read())
        subprocess.run([binary, "extract", "--out", out, docs], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for name in texts:
            base = name[:-4]
            gold = gold_persons(os.path.join(devset, base + ".objects"))
            with open(os.path.join(out, base + ".json"), encoding="utf-8") as f:
                pred = collections.Counter(norm(m["text"]) for m in json.load(f)["mentions"]
                                           if m["type"] == "person")
            for text, n in pred.items():
                hit = min(n, gold.get(text, 0))
                tp += hit
                fp += n - hit
                if n > hit:
                    extra[text] += n - hit
            for text, n in gold.items():
                hit = min(n, pred.get(text, 0))
                fn += n - hit
                if n > hit:
                    missed[text] += n - hit
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    if verbose:
        print("extra: ", ", ".join(f"{t} ({n})" for t, n in extra.most_common(40)))
        print("missed:", ", ".join(f"{t} ({n})" for t, n in missed.most_common(40)))
    print(f"documents {len(texts)}; person mentions P {p:.3f} R {r:.3f} F1 {f1:.3f} "
          f"({tp} matched, {fp} extra, {fn} missed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

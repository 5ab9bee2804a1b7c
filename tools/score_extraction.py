#!/usr/bin/env python3
"""Scores extraction JSON against gold annotations, the project's own scorer.

Usage: tools/score_extraction.py GOLD_DIR PRED_DIR [--verbose]
           [--min-persons F] [--min-events F] [--min-strict F]

Follows the matching rules of the evaluation schema (../shared/eval/SCHEMA.md):
a predicted person matches a gold person when one of its names (name or a
variant) equals one of the gold person's names once accents, case, a few
titles and punctuation are set aside; several predicted persons matching one
gold person count once and the others are false positives. Events match on
(type, person), greedily, the dated matches first; the strict score also
needs the date to agree at the gold precision (a null gold date accepts any).

Prints one row per document and the totals; the last line is a summary.
With --min-*, exits 1 when a total F1 falls below its floor.
"""
import json
import os
import sys
import unicodedata

DROPPED_WORDS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "lord", "lady", "sir",
                 "president", "former", "ex-president", "the"}


def key(name):
    """The form names are compared in."""
    s = unicodedata.normalize("NFKD", name or "")
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    for ch in '.,;:()"':
        s = s.replace(ch, " ")
    return " ".join(w for w in s.split() if w not in DROPPED_WORDS)


def keys_of(person):
    out = {key(person.get("name", ""))}
    out.update(key(v) for v in person.get("variants") or [])
    out.discard("")
    return out


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def date_agrees(gold, pred):
    return not gold or (bool(pred) and str(pred).startswith(str(gold)))


def score(gold, pred):
    gold_keys = [keys_of(p) for p in gold.get("persons", [])]

    def gold_person(names):
        return next((i for i, g in enumerate(gold_keys) if names & g), None)

    found, tp, fp = set(), 0, 0
    name_to_gold = {}
    for p in pred.get("persons", []):
        names = keys_of(p)
        i = gold_person(names)
        for n in names:
            name_to_gold[n] = i
        if i is None or i in found:
            fp += 1
        else:
            found.add(i)
            tp += 1

    def pred_person(event):
        n = key(event.get("person", ""))
        i = name_to_gold.get(n)
        return i if i is not None else gold_person({n})

    gold_events = gold.get("events", [])
    pred_events = pred.get("events", [])
    gk = [(e["type"], gold_person({key(e["person"])})) for e in gold_events]
    pk = [(e.get("type"), pred_person(e)) for e in pred_events]
    used, matched, strict = set(), {}, 0
    for strict_pass in (True, False):
        for gi, (k, ge) in enumerate(zip(gk, gold_events)):
            if gi in matched or k[1] is None:
                continue
            for pi, pe in enumerate(pred_events):
                if pi in used or pk[pi] != k:
                    continue
                if strict_pass and not date_agrees(ge.get("date"), pe.get("date")):
                    continue
                used.add(pi)
                matched[gi] = pi
                strict += strict_pass
                break
    return {
        "p_tp": tp, "p_fp": fp, "p_fn": len(gold_keys) - len(found),
        "e_gold": len(gold_events), "e_pred": len(pred_events), "e_loose": len(matched),
        "e_strict": strict,
        "missed": [e for i, e in enumerate(gold_events) if i not in matched],
        "extra": [e for i, e in enumerate(pred_events) if i not in used],
    }


def main():
    args = sys.argv[1:]
    floors = {}
    for name in ("--min-persons", "--min-events", "--min-strict"):
        if name in args:
            i = args.index(name)
            floors[name] = float(args[i + 1])
            del args[i:i + 2]
    verbose = "--verbose" in args
    args = [a for a in args if a != "--verbose"]
    if len(args) != 2:
        print(__doc__)
        return 2
    gold_dir, pred_dir = args
    total = dict(p_tp=0, p_fp=0, p_fn=0, e_gold=0, e_pred=0, e_loose=0, e_strict=0)
    print(f"{'document':42} {'persons P/R':>11} {'events gold/pred':>16} {'loose':>6} {'strict':>6}")
    for name in sorted(f for f in os.listdir(gold_dir) if f.endswith(".json")):
        with open(os.path.join(gold_dir, name), encoding="utf-8") as f:
            gold = json.load(f)
        path = os.path.join(pred_dir, name)
        pred = {}
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                pred = json.load(f)
        r = score(gold, pred)
        for k in total:
            total[k] += r[k]
        pp, pr, _ = f1(r["p_tp"], r["p_fp"], r["p_fn"])
        print(f"{name[:-5][:42]:42} {pp:5.2f}/{pr:4.2f} {r['e_gold']:>8}/{r['e_pred']:<7} "
              f"{r['e_loose']:>6} {r['e_strict']:>6}")
        if verbose:
            for e in r["missed"]:
                print(f"    missed {e['type']:13} {e['person']} {e.get('date')}: {e.get('quote', '')[:90]}")
            for e in r["extra"]:
                print(f"    extra  {e.get('type')!s:13} {e.get('person')} {e.get('date')}: "
                      f"{str(e.get('quote', ''))[:90]}")
    _, _, pf = f1(total["p_tp"], total["p_fp"], total["p_fn"])
    lp, lr, lf = f1(total["e_loose"], total["e_pred"] - total["e_loose"], total["e_gold"] - total["e_loose"])
    sp, sr, sf = f1(total["e_strict"], total["e_pred"] - total["e_strict"], total["e_gold"] - total["e_strict"])
    pp, pr, _ = f1(total["p_tp"], total["p_fp"], total["p_fn"])
    print(f"persons  P {pp:.3f} R {pr:.3f} F1 {pf:.3f}")
    print(f"events (type+person)       P {lp:.3f} R {lr:.3f} F1 {lf:.3f}")
    print(f"events (type+person+date)  P {sp:.3f} R {sr:.3f} F1 {sf:.3f}")
    print(f"summary: persons_f1={pf:.3f} events_f1={lf:.3f} events_strict_f1={sf:.3f}")
    below = [(n, v, got) for n, v, got in ((n, v, {"--min-persons": pf, "--min-events": lf,
                                                   "--min-strict": sf}[n]) for n, v in floors.items())
             if got < v]
    for n, v, got in below:
        print(f"FAIL: {n[6:]} F1 {got:.3f} below {v:.3f}")
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())

"""Aggregate AnnoMI figures of a built `alongside` binary (evaluation only: prints numbers, never lines).

Usage: python3 scripts/eval/annomi-figures.py BIN [NOTE]
Runs `BIN skills classify` on ../shared/data/annomi-therapist.tsv and prints coarse accuracy, open/closed accuracy
among true questions and the seven-label confusion matrix. Every run is appended (date, note, figures) to
scripts/eval/annomi-measurements.log, so the number of times AnnoMI was looked at is on record.
"""
import datetime
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = (ROOT / "../shared/data/annomi-therapist.tsv").resolve()
LOG = ROOT / "scripts/eval/annomi-measurements.log"
LABELS = ["open_question", "closed_question", "reflection", "complex_reflection", "information", "advice", "other"]
MAP = {"summary": "complex_reflection", "affirmation": "other", "validation": "other", "judgment": "other",
       "self_disclosure": "other"}
COARSE = {"open_question": "question", "closed_question": "question", "reflection": "reflection",
          "complex_reflection": "reflection", "information": "input", "advice": "input"}


def coarse(label):
    return COARSE.get(label, "other")


def kappa(pairs):
    """Cohen's kappa of (truth, predicted) pairs."""
    n = len(pairs)
    observed = sum(t == p for t, p in pairs) / n
    truths, preds = Counter(t for t, _ in pairs), Counter(p for _, p in pairs)
    expected = sum(truths[k] * preds[k] for k in truths) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def kappa_figures(truth, predicted):
    """Coarse kappa over the four groups, then each group against the rest (as AnnoMIEvaluationTests prints)."""
    pairs = [(coarse(t), coarse(p)) for t, p in zip(truth, predicted)]
    yield "coarse", kappa(pairs)
    for group in ("question", "reflection", "input", "other"):
        yield group, kappa([(t == group, p == group) for t, p in pairs])


def main(binary, note):
    rows = [line.split("\t") for line in DATA.read_text().splitlines()[1:] if line.count("\t") == 1]
    out = subprocess.run([binary, "skills", "classify"], input="\n".join(r[0] for r in rows) + "\n",
                         capture_output=True, text=True, check=True).stdout.splitlines()
    raw = [json.loads(line)["skill"] for line in out]
    predicted = [MAP.get(skill, skill) for skill in raw]
    truth = [r[1] for r in rows]
    features = subprocess.run([binary, "skills", "features"], input="\n".join(r[0] for r in rows) + "\n",
                              capture_output=True, text=True, check=True).stdout.splitlines()
    rules = [line.split()[0] for line in features[:len(rows)]]
    rules_coarse = sum(coarse(t) == coarse(MAP.get(r, r)) for t, r in zip(truth, rules)) / len(rows)
    rules_questions = [(t, r) for t, r in zip(truth, rules) if coarse(t) == "question" and coarse(r) == "question"]
    rules_open_closed = sum(t == r for t, r in rules_questions) / len(rules_questions)
    print(f"rules alone: coarse {rules_coarse:.3f}  open/closed {rules_open_closed:.3f} ({len(rules_questions)} questions)")
    assert len(predicted) == len(truth)
    pairs = list(zip(truth, predicted))
    exact = sum(t == p for t, p in pairs) / len(pairs)
    coarse_acc = sum(coarse(t) == coarse(p) for t, p in pairs) / len(pairs)
    questions = [(t, p) for t, p in pairs if coarse(t) == "question" and coarse(p) == "question"]
    open_closed = sum(t == p for t, p in questions) / len(questions)
    true_questions = sum(coarse(t) == "question" for t in truth)
    recall = len(questions) / true_questions
    kappas = "  ".join(f"{name} {value:.3f}" for name, value in kappa_figures(truth, predicted))
    figures = (f"seven-label {exact:.3f}  coarse {coarse_acc:.3f}  open/closed {open_closed:.3f} "
               f"({len(questions)} questions)  question recall {recall:.3f}  kappa {kappas}")
    print(figures)
    matrix = Counter(pairs)
    print("truth \\ predicted: " + " ".join(f"{p[:6]:>6}" for p in LABELS))
    for t in LABELS:
        print(f"{t:>18} " + " ".join(f"{matrix[(t, p)]:>6}" for p in LABELS))
    for group in ("question", "reflection", "input", "other"):
        counts = Counter(skill for t, skill in zip(truth, raw) if coarse(t) == group)
        print(f"  true {group}: predicted " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    with LOG.open("a") as log:
        log.write(f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC  {note}: {figures}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "")

"""Chooses the whole-post threshold on the real-post development set (../shared/data/safety-real-dev.tsv).

Usage: sweep.py ALONGSIDE_BINARY (built with the weights to sweep and the whole-post score switched off, i.e.
wholeThreshold above 1). For each pair of post and whole-post thresholds it prints the share of posts flagged
per source, approximating the router as: the rules flag it, or (where they say nothing) the learned layer does.
It does not know which lines the rules set aside (negated, someone else's, a question), so it counts a few posts
too many on both sides (round 10: 482 and 39 at 0.80/0.98 where the built router gives 471 and 34); compare rows,
then measure the chosen pair with `alongside safety eval`.
Reads the Kaggle rows only to measure (never to train), as docs/safety.md describes.
"""
import json
import math
import re
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def weights():
    source = (ROOT / "Sources/Safety/LearnedWeights.swift").read_text()
    bias = float(re.search(r"bias: Float = (\S+)", source).group(1))
    scale = float(re.search(r"scale: Float = (\S+)", source).group(1))
    # learned.bin (train.py's table_bytes): header, a bit per bucket, 32-bit counts per 64 buckets, non-zero weights.
    data = (ROOT / "Sources/SafetyImage/learned.bin").read_bytes()
    _, _, buckets, _ = struct.unpack_from("<4sIII", data)
    bits = data[16:16 + buckets // 8]
    values = data[16 + buckets // 8 + buckets // 16:]
    present = [b for b in range(buckets) if bits[b >> 3] >> (b & 7) & 1]
    table = {b: (v - 256 if v > 127 else v) for b, v in zip(present, values)}
    return bias, scale, table


def run(binary, args, lines):
    return subprocess.run([binary, *args], input="\n".join(lines) + "\n", capture_output=True, text=True,
                          check=True).stdout.split("\n")


def main(binary):
    rows = [line.split("\t") for line in (ROOT.parent / "shared/data/safety-real-dev.tsv").read_text().splitlines()
            if line and not line.startswith("#")]
    texts = [r[2] for r in rows]
    full = [json.loads(x)["level"] for x in run(binary, ["safety", "scan"], texts) if x]
    rules = [json.loads(x)["level"] for x in run(binary, ["safety", "scan", "--no-learned"], texts) if x]
    bias, scale, table = weights()

    def score(ids):
        return 1 / (1 + math.exp(-(bias + sum(table.get(i, 0) for i in ids) * scale / math.sqrt(len(ids)))))

    posts = []   # (source, rules flag it, riskiest sentence, sentences, whole-post score)
    for row, level, line in zip(rows, rules, run(binary, ["safety", "features"], texts)):
        parts = [[int(i) for i in s.split()] for s in line.split("|") if s.strip()]
        best = max([score(p) for p in parts if len(p) >= 3] or [0])
        whole = score(sum(parts, [])) if len(parts) > 1 else 0
        posts.append((":".join(row[1].split(":")[:2]), level != "none", best, len(parts), whole))
    sources = sorted({p[0] for p in posts})
    print("as built: " + "  ".join(f"{s} {sum(full[i] != 'none' for i, p in enumerate(posts) if p[0] == s)}"
                                   for s in sources))
    print("post  whole  " + "  ".join(f"{s:>22s}" for s in sources))
    for post in [0.78, 0.80, 0.82, 0.85, 0.88, 0.90]:
        for whole_threshold in [1.01, 0.99, 0.98, 0.97, 0.95]:
            cells = []
            for source in sources:
                mine = [p for p in posts if p[0] == source]
                flagged = sum(1 for _, ruled, best, n, whole in mine if ruled or
                              best >= 0.65 + (post - 0.65) * (min(max(n, 1), 4) - 1) / 3 or
                              (n > 1 and whole >= whole_threshold))
                cells.append(f"{flagged / len(mine):.3f} ({flagged}/{len(mine)})")
            print(f"{post:.2f}  {whole_threshold:.2f}  " + "  ".join(f"{c:>22s}" for c in cells))

if __name__ == "__main__":
    main(sys.argv[1])

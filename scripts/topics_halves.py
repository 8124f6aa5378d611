#!/usr/bin/env python3
"""Split a labelled JSON Lines corpus (the tuning part) into two halves by document.

A document goes to half B when the second-lowest bit of the SHA-256 of its id is set (the
lowest bit is what `topics_split.py` splits tuning from held-out by), so the halves are the
same on every machine. Learn on one half and score on the other, then the reverse.

    python3 scripts/topics_halves.py ant_tune.jsonl ant_tune
    # writes ant_tune_a.jsonl and ant_tune_b.jsonl
"""
import hashlib
import json
import sys


def main():
    source, prefix = sys.argv[1], sys.argv[2]
    counts = [0, 0]
    with open(source, encoding="utf-8") as lines, \
            open(prefix + "_a.jsonl", "w", encoding="utf-8") as half_a, \
            open(prefix + "_b.jsonl", "w", encoding="utf-8") as half_b:
        for line in lines:
            if not line.strip():
                continue
            half = (int(hashlib.sha256(str(json.loads(line)["id"]).encode()).hexdigest(), 16) >> 1) % 2
            (half_b if half else half_a).write(line if line.endswith("\n") else line + "\n")
            counts[half] += 1
    print(f"half A {counts[0]}, half B {counts[1]} documents")


if __name__ == "__main__":
    main()

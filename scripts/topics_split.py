#!/usr/bin/env python3
"""Split a labelled JSON Lines corpus by document into a tuning part and a held-out part.

A document goes to the held-out part when the SHA-256 of its id is odd, so the split is the
same on every machine and does not depend on line order. Tune options on the tuning part
only; report figures on the held-out part.

    python3 scripts/topics_split.py ../shared/data/topics/ant_subset_stratified.jsonl /tmp/ant
    # writes /tmp/ant_tune.jsonl and /tmp/ant_heldout.jsonl
"""
import hashlib
import json
import sys


def main():
    source, prefix = sys.argv[1], sys.argv[2]
    counts = [0, 0]
    with open(source, encoding="utf-8") as lines, \
            open(prefix + "_tune.jsonl", "w", encoding="utf-8") as tune, \
            open(prefix + "_heldout.jsonl", "w", encoding="utf-8") as held:
        for line in lines:
            if not line.strip():
                continue
            part = int(hashlib.sha256(str(json.loads(line)["id"]).encode()).hexdigest(), 16) % 2
            (held if part else tune).write(line if line.endswith("\n") else line + "\n")
            counts[part] += 1
    print(f"tuning {counts[0]}, held-out {counts[1]} documents")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Splits a labelled tweet file (ArSarcasm-v2's training split) into a training part and a dev
fold, stratified by label, by tweet (copies of one tweet, URLs and spacing aside, stay on one
side), with a fixed seed; then splits the training part again into an inner training part and
a tuning fold. Figures on the dev fold are estimates only if nothing was trained or tuned on
it: tune on the tuning fold, look at the dev fold once.

Usage: scripts/sentiment_dev_split.py [SOURCE.csv] [OUTPUT_DIR]
  (defaults: ../shared/data/sentiment/arsarcasm_v2_train.csv, bench-data/sentiment)
Writes train.csv (80%), dev.csv (20%), train_inner.csv (80% of train) and tune.csv (20% of
train), each with the source's columns. OUTPUT_DIR is ignored by git: the tweets are not the
project's to ship.
"""
import csv
import os
import random
import re
import sys

SEED = 20261206
DEV_SHARE = 0.2


def key(text):
    text = re.sub(r"https?://\S+", "", text)
    return " ".join(text.split())


def split(rows, label_column, share, seed):
    groups = {}
    for row in rows:
        groups.setdefault(key(row["tweet"]), []).append(row)
    by_label = {}
    for name in sorted(groups):
        by_label.setdefault(groups[name][0][label_column], []).append(name)
    generator = random.Random(seed)
    kept, held = [], []
    for label in sorted(by_label):
        names = by_label[label]
        generator.shuffle(names)
        cut = round(len(names) * share)
        for name in names[:cut]:
            held += groups[name]
        for name in names[cut:]:
            kept += groups[name]
    order = {id(row): index for index, row in enumerate(rows)}
    kept.sort(key=lambda row: order[id(row)])
    held.sort(key=lambda row: order[id(row)])
    return kept, held


def write(path, fields, rows):
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        here, "..", "..", "shared", "data", "sentiment", "arsarcasm_v2_train.csv")
    output = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "bench-data", "sentiment")
    os.makedirs(output, exist_ok=True)
    with open(source, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields = reader.fieldnames
        rows = list(reader)
    train, dev = split(rows, "sentiment", DEV_SHARE, SEED)
    inner, tune = split(train, "sentiment", DEV_SHARE, SEED + 1)
    for name, part in [("train", train), ("dev", dev), ("train_inner", inner), ("tune", tune)]:
        write(os.path.join(output, name + ".csv"), fields, part)
        counts = {}
        for row in part:
            counts[row["sentiment"]] = counts.get(row["sentiment"], 0) + 1
        print(name, len(part), dict(sorted(counts.items())))
    overlap = {key(r["tweet"]) for r in train} & {key(r["tweet"]) for r in dev}
    print("tweets on both sides of train/dev:", len(overlap))


if __name__ == "__main__":
    main()

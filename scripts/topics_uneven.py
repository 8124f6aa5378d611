#!/usr/bin/env python3
"""Make a labelled JSON Lines corpus uneven, as the full ANT corpus is: its sections, in an
order shuffled with a seed, keep 100, 80, 60, 45, 35, 25, 18, 12 and 8% of their stories
(rounded; the first ones in file order).

    python3 scripts/topics_uneven.py ant_heldout.jsonl ant_heldout_uneven.jsonl --seed 1
"""
import argparse
import collections
import json
import random

SHARES = [1.0, 0.8, 0.6, 0.45, 0.35, 0.25, 0.18, 0.12, 0.08]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('source')
    parser.add_argument('target')
    parser.add_argument('--seed', type=int, default=1)
    args = parser.parse_args()
    lines = [line for line in open(args.source, encoding='utf-8') if line.strip()]
    sections = collections.defaultdict(list)
    for line in lines:
        sections[json.loads(line)['label']].append(line)
    order = sorted(sections)
    random.Random(args.seed).shuffle(order)
    kept = set()
    for index, section in enumerate(order):
        share = SHARES[min(index, len(SHARES) - 1)]
        kept.update(id(line) for line in sections[section][:round(share * len(sections[section]))])
    with open(args.target, 'w', encoding='utf-8') as target:
        for line in lines:
            if id(line) in kept:
                target.write(line if line.endswith('\n') else line + '\n')
    print(f'{len(kept)} of {len(lines)} stories, sections in order {", ".join(order)}')


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Builds Sources/WorkbenchText/Resources/arabic-word-counts.tsv: how often each Arabic word
(retrieval-normalized, as WorkbenchText's TextNormalizer.retrieval folds it) occurs in the
ANT news corpus subset (Apache-2.0, antcorpus/antcorpus.data, ANT v1.1, via
../shared/data/topics/ant_subset_stratified.jsonl). The clitic segmenter and the light
stemmer use the counts to tell a proclitic (وسوريا) from a word that merely starts with the
same letter (وزارة).

    python3 scripts/build_arabic_lexicon.py ../shared/data/topics/ant_subset_stratified.jsonl
"""
import collections
import json
import re
import sys

FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ک": "ك", "ی": "ي", "ۀ": "ه",
}
REMOVE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0640\u200b-\u200f]")
WORD = re.compile("[\u0621-\u064a]+")
MIN_COUNT = 2


def main(path):
    counts = collections.Counter()
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            text = (record.get("title") or "") + "\n" + (record.get("text") or "")
            text = REMOVE.sub("", text)
            text = "".join(FOLD.get(ch, ch) for ch in text)
            counts.update(WORD.findall(text))
    out = "Sources/WorkbenchText/Resources/arabic-word-counts.tsv"
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Arabic word counts (retrieval-normalized) from the ANT corpus v1.1 subset, Apache-2.0;\n")
        f.write("# built by scripts/build_arabic_lexicon.py; words seen at least %d times.\n" % MIN_COUNT)
        for word, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            if count >= MIN_COUNT and len(word) >= 2:
                f.write("%s\t%d\n" % (word, count))
    print(out, sum(1 for c in counts.values() if c >= MIN_COUNT), "words of", len(counts))


if __name__ == "__main__":
    main(sys.argv[1])

#!/usr/bin/env python3
"""Scores tashaphyne's light stemmer on WorkbenchText's hand-checked stem table
(Tests/WorkbenchTextTests/Fixtures/stems.tsv), with the same retrieval folds applied to its
output, for comparison with LightStemmerTests (which prints WorkbenchText's accuracy).

    python3 -m venv /tmp/stemvenv && /tmp/stemvenv/bin/pip install tashaphyne
    /tmp/stemvenv/bin/python scripts/compare_stemmers.py
"""
import re
import sys

from tashaphyne.stemming import ArabicLightStemmer

FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
REMOVE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")


def fold(text):
    return "".join(FOLD.get(ch, ch) for ch in REMOVE.sub("", text))


def main(path="Tests/WorkbenchTextTests/Fixtures/stems.tsv"):
    stemmer = ArabicLightStemmer()
    rows = [line.rstrip("\n").split("\t") for line in open(path, encoding="utf-8")
            if line.strip() and not line.startswith("#")]
    arabic = [(word, stem) for word, stem in rows if re.match("[\u0600-\u06ff]", word)]
    right = sum(1 for word, stem in arabic if fold(stemmer.light_stem(word)) == stem)
    print("tashaphyne light_stem: %d/%d Arabic words right (%.3f)" % (right, len(arabic), right / len(arabic)))
    wrong = [(w, fold(stemmer.light_stem(w)), s) for w, s in arabic if fold(stemmer.light_stem(w)) != s]
    for word, got, want in wrong[:15]:
        print("  %s -> %s (want %s)" % (word, got, want))


if __name__ == "__main__":
    main(*sys.argv[1:])

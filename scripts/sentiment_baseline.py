#!/usr/bin/env python3
"""The scikit-learn baseline the sentiment stage is compared with: TfidfVectorizer() +
LogisticRegression(), scikit-learn's defaults, trained on one CSV and scored on another
(macro-F1, accuracy, per-class F1); then two tuned variants of the same kind.

Usage: scripts/.venv/bin/python scripts/sentiment_baseline.py TRAIN.csv DEV.csv
  (files from scripts/sentiment_dev_split.py; needs scikit-learn:
   python3 -m venv scripts/.venv && scripts/.venv/bin/pip install scikit-learn)
"""
import csv
import sys

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import make_union
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, classification_report, f1_score


def read(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [row["tweet"] for row in rows], [row["sentiment"] for row in rows]


def main():
    train_texts, train_labels = read(sys.argv[1])
    dev_texts, dev_labels = read(sys.argv[2])
    # The baseline is the first (scikit-learn's defaults); the others show what a tuned linear
    # model of the same kind reaches.
    variants = {
        "baseline tfidf-word+logreg (defaults)": (TfidfVectorizer(), None),
        "tfidf-word-1-2 sublinear+logreg": (TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True), None),
        "tfidf-word + char_wb-2-5 sublinear+logreg balanced": (
            make_union(
                TfidfVectorizer(sublinear_tf=True),
                TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)),
            "balanced"),
    }
    for name, (vectorizer, class_weight) in variants.items():
        features = vectorizer.fit_transform(train_texts)
        model = LogisticRegression(max_iter=2000, class_weight=class_weight)
        model.fit(features, train_labels)
        predicted = model.predict(vectorizer.transform(dev_texts))
        print(
            f"{name}: macro-F1 {f1_score(dev_labels, predicted, average='macro'):.4f}, "
            f"accuracy {accuracy_score(dev_labels, predicted):.4f} ({len(dev_labels)} rows)")
        print(classification_report(dev_labels, predicted, digits=3))


if __name__ == "__main__":
    main()

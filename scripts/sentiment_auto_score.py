#!/usr/bin/env python3
"""Scores `model: auto` on a labelled file with models of one's own (for instance trained on a
dev split's training part), from two `workbench evaluate` reports: one run with the news
model file, one with the social model file. Each row takes the label of the model its register
picks (the register each report names; a social text mostly in Latin script, which `auto`
gives to the news model, is not told apart here). Prints accuracy, macro-F1, and the
positive-vs-negative accuracy of the rows labelled positive or negative, overall and on the
rows whose `--slice COLUMN=VALUE` matches (e.g. dialect=levant).

Usage: scripts/sentiment_auto_score.py GOLD.csv NEWS_REPORT.txt SOCIAL_REPORT.txt [--slice dialect=levant]
(the reports are the output of `workbench evaluate --stage sentiment --gold GOLD.csv --config
model=FILE`; polar accuracy here uses the document label, so a neutral answer counts as wrong).
"""
import csv
import re
import sys

ALIASES = {"POS": "positive", "NEG": "negative", "NEU": "neutral"}


def failures(path):
    found = {}
    for line in open(path, encoding="utf-8"):
        match = re.match(r"\s*row (\d+) \((\w+)\): expected (\w+), got (\w+)", line)
        if match:
            found[int(match.group(1))] = (match.group(2), match.group(4))
    return found


def scores(gold, predicted):
    labels = ["negative", "neutral", "positive"]
    f1s = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted) if g == p == label)
        fp = sum(1 for g, p in zip(gold, predicted) if p == label and g != label)
        fn = sum(1 for g, p in zip(gold, predicted) if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0
        recall = tp / (tp + fn) if tp + fn else 0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0)
    accuracy = sum(1 for g, p in zip(gold, predicted) if g == p) / len(gold)
    polar = [(g, p) for g, p in zip(gold, predicted) if g != "neutral"]
    polar_accuracy = sum(1 for g, p in polar if g == p) / len(polar) if polar else 0
    return accuracy, sum(f1s) / 3, polar_accuracy, len(polar)


def main():
    gold_path, news_path, social_path = sys.argv[1:4]
    slice_column, slice_value = (sys.argv[5].split("=", 1) if len(sys.argv) > 5 else (None, None))
    rows = list(csv.DictReader(open(gold_path, encoding="utf-8")))
    news, social = failures(news_path), failures(social_path)
    # A row both models read correctly appears in neither report; its register does not matter.
    registers = {number: register for number, (register, _) in list(news.items()) + list(social.items())}
    gold, predicted, members, read_as_news = [], [], [], 0
    for number, row in enumerate(rows, start=1):
        label = ALIASES.get(row["sentiment"], row["sentiment"])
        register = registers.get(number)
        chosen = news if register == "news" else social
        read_as_news += register == "news"
        gold.append(label)
        predicted.append(chosen[number][1] if number in chosen else label)
        members.append(slice_column is not None and row.get(slice_column) == slice_value)
    accuracy, macro, polar, count = scores(gold, predicted)
    print(f"auto: {len(rows)} rows (at least {read_as_news} read as news): accuracy {accuracy:.3f}, "
          f"macro-F1 {macro:.3f}, positive-vs-negative accuracy {polar:.3f} on {count} polar rows")
    if slice_column:
        part = [i for i, member in enumerate(members) if member]
        accuracy, macro, polar, count = scores([gold[i] for i in part], [predicted[i] for i in part])
        print(f"{slice_column}={slice_value}: {len(part)} rows: accuracy {accuracy:.3f}, macro-F1 {macro:.3f}, "
              f"positive-vs-negative accuracy {polar:.3f} on {count} polar rows")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""scikit-learn baseline for the topic-clustering stage.

Runs TF-IDF + KMeans and TF-IDF + NMF with scikit-learn's default settings (only the number
of clusters is set) over a JSON Lines corpus (`id`, `text`, optional `title`, `label`) or a folder of .txt files, and
prints NMI / ARI / purity when the corpus has labels, and wall and CPU seconds per part.

The document text is the title and the text joined by a blank line, as the Workbench
evaluator does. Setup (once):

    python3 -m venv scripts/.venv && scripts/.venv/bin/pip install scikit-learn

Usage:

    scripts/.venv/bin/python scripts/topics_baseline.py ../shared/data/topics/ant_subset_stratified.jsonl
    scripts/.venv/bin/python scripts/topics_baseline.py --topics 10 bench-data/corpus-10000
"""
import argparse
import json
import os
import sys
import time

import numpy as np
from sklearn.cluster import KMeans
from sklearn.decomposition import NMF
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score


def purity(gold, predicted):
    table = {}
    for g, p in zip(gold, predicted):
        table.setdefault(p, {}).setdefault(g, 0)
        table[p][g] += 1
    return sum(max(row.values()) for row in table.values()) / len(gold)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--topics", type=int, help="clusters (default: the number of labels)")
    parser.add_argument("--seed", type=int, default=0, help="random_state of KMeans and NMF")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()

    start = time.perf_counter()
    cpu_start = time.process_time()
    texts, labels = [], []
    if os.path.isdir(args.corpus):
        for name in sorted(n for n in os.listdir(args.corpus) if n.endswith(".txt")):
            with open(os.path.join(args.corpus, name), encoding="utf-8-sig") as handle:
                texts.append(handle.read())
            labels.append(None)
    else:
        with open(args.corpus, encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                record = json.loads(line)
                title = record.get("title") or ""
                texts.append(title + "\n\n" + record["text"] if title else record["text"])
                labels.append(record.get("label"))
    read = time.perf_counter() - start
    read_cpu = time.process_time() - cpu_start
    has_labels = all(label is not None for label in labels)
    k = args.topics or (len(set(labels)) if has_labels else 10)

    t0, c0 = time.perf_counter(), time.process_time()
    matrix = TfidfVectorizer().fit_transform(texts)
    vectorize, vectorize_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0, c0 = time.perf_counter(), time.process_time()
    kmeans = KMeans(n_clusters=k, random_state=args.seed).fit_predict(matrix)
    kmeans_time, kmeans_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0, c0 = time.perf_counter(), time.process_time()
    weights = NMF(n_components=k, random_state=args.seed).fit_transform(matrix)
    nmf = np.argmax(weights, axis=1)
    nmf_time, nmf_cpu = time.perf_counter() - t0, time.process_time() - c0
    total, total_cpu = time.perf_counter() - start, time.process_time() - cpu_start

    result = {
        "documents": len(texts), "topics": k, "vocabulary": matrix.shape[1], "non_zeros": int(matrix.nnz),
        "seconds": {"read": round(read, 3), "tfidf": round(vectorize, 3), "kmeans": round(kmeans_time, 3),
                    "nmf": round(nmf_time, 3), "total": round(total, 3)},
        # CPU seconds of this process (all threads) per part; Python start-up and imports
        # are outside every part.
        "cpu_seconds": {"read": round(read_cpu, 3), "tfidf": round(vectorize_cpu, 3), "kmeans": round(kmeans_cpu, 3),
                        "nmf": round(nmf_cpu, 3), "total": round(total_cpu, 3)},
    }
    if has_labels:
        for name, predicted in (("kmeans", kmeans), ("nmf", nmf)):
            result[name] = {
                "nmi": round(normalized_mutual_info_score(labels, predicted), 4),
                "ari": round(adjusted_rand_score(labels, predicted), 4),
                "purity": round(purity(labels, list(predicted)), 4),
            }
    if args.json:
        print(json.dumps(result))
        return
    print(f"{len(texts)} documents, {k} topics, vocabulary {matrix.shape[1]}, non-zeros {matrix.nnz}")
    for name in ("kmeans", "nmf"):
        if name in result:
            r = result[name]
            print(f"  tfidf+{name:6s} NMI {r['nmi']:.4f}  ARI {r['ari']:.4f}  purity {r['purity']:.4f}")
    s = result["seconds"]
    print(f"  seconds: read {s['read']}, tfidf {s['tfidf']}, kmeans {s['kmeans']}, nmf {s['nmf']}, "
          f"total {s['total']}")
    c = result["cpu_seconds"]
    print(f"  cpu seconds: read {c['read']}, tfidf {c['tfidf']}, kmeans {c['kmeans']}, nmf {c['nmf']}, "
          f"total {c['total']} (read + tfidf + nmf {round(c['read'] + c['tfidf'] + c['nmf'], 3)})")


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Builds Plugins/EntityLinking/Resources/word_clusters.tsv: distributional word clusters for the
entity tagger's features, from unlabeled text only (no entity tags are read).

Each word of the unlabeled text (folded as the linker folds names: Latin lower case, hamza
carriers, ة → ه, ى → ي, harakat and tatweel dropped) seen at least MIN_COUNT times (ASCII
words: MIN_COUNT_LATIN; rarer words get vectors too noisy to help) gets a
context vector: positive pointwise mutual information with the most frequent words at offsets
-2, -1, +1, +2, reduced by a truncated SVD. K-means (cosine) groups the words into FINE clusters;
the fine centroids are grouped again into MID and then COARSE clusters, so the three ids form a
hierarchy (like prefixes of a Brown-cluster path). Words of unseen names fall into the clusters
of the names they are used like (a transliterated first name, a ministry's head word, a club).

Sources (all in ../shared/data, licences in its README, or written for the project):
  topics/ant_subset_stratified.jsonl       Arabic news (ANT v1.1, Apache-2.0): titles and texts
  ner/WikiFANE_Gold_2014_500K.txt          Arabic Wikipedia (CC BY-SA 3.0): tokens only, tags ignored,
                                           one-letter proclitics rejoined to their word
  sentiment/arsarcasm_v2_train.csv         Arabic tweets (MIT): the tweet column
  ner/wikigold/wikigold.conll              English Wikipedia (CC BY 4.0): tokens only
  scripts/ner/news_register.txt            news sentences written for the project (markup removed)
The held-out news tests (scripts/ner/news_test*.txt) are never read.

Deterministic (fixed seeds). Usage: python3 scripts/ner/build_word_clusters.py [SHARED_DIR] [OUT]
"""
import csv, json, re, sys
from collections import Counter
import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.linalg import svds

MIN_COUNT = 8
# English has far less unlabeled text here: its words are kept from fewer occurrences.
MIN_COUNT_LATIN = 3
CONTEXT_WORDS = 3000
DIMENSIONS = 80
FINE, MID, COARSE = 512, 64, 16

HARAKAT = re.compile("[\u064B-\u065F\u0670\u0640\u200c-\u200f]")
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"})
WORD = re.compile(r"[^\W_]+", re.UNICODE)
MARK = re.compile(r"\[(?:PER|LOC|ORG|MISC) ([^\[\]]+)\]")


def fold(word):
  return HARAKAT.sub("", word).translate(FOLD).lower()


def words(text):
  return [fold(w) for w in WORD.findall(text)]


def sentences(shared, project):
  for line in open(f"{shared}/topics/ant_subset_stratified.jsonl", encoding="utf-8"):
    record = json.loads(line)
    yield words(record.get("title", ""))
    for part in re.split(r"[.!?؟\n]+", record.get("text", "")):
      yield words(part)
  sentence = []
  for line in open(f"{shared}/ner/WikiFANE_Gold_2014_500K.txt", encoding="utf-8-sig"):
    token = line.rstrip("\r\n").split("\t")[0].replace("\u200e", "").strip()
    if not token or token in ".!?؟":
      if sentence:
        yield sentence
      sentence = []
      continue
    # One-letter proclitics (و ف ب ل ك) are separate tokens in WikiFANE; news writes them joined.
    if sentence and sentence[-1] in ("و", "ف", "ب", "ل", "ك") and WORD.fullmatch(token):
      sentence[-1] = sentence[-1] + fold(token)
    else:
      sentence.extend(words(token))
  with open(f"{shared}/sentiment/arsarcasm_v2_train.csv", encoding="utf-8") as handle:
    for row in csv.DictReader(handle):
      yield words(re.sub(r"https?://\S+|[#@]", " ", row["tweet"]).replace("_", " "))
  sentence = []
  for line in open(f"{shared}/ner/wikigold/wikigold.conll", encoding="utf-8"):
    token = line.split("\t")[0].split(" ")[0].strip()
    if not token or token == "-DOCSTART-":
      if sentence:
        yield sentence
      sentence = []
    else:
      sentence.extend(words(token))
  for line in open(f"{project}/scripts/ner/news_register.txt", encoding="utf-8"):
    if not line.startswith("#"):
      yield words(MARK.sub(r"\1", line))


def kmeans(points, weights, k, seed, iterations=25):
  rng = np.random.default_rng(seed)
  # k-means++ seeding on the weighted points.
  centers = [points[rng.choice(len(points), p=weights / weights.sum())]]
  distance = 1 - points @ centers[0]
  for _ in range(1, k):
    p = np.maximum(distance, 0) * weights
    centers.append(points[rng.choice(len(points), p=p / p.sum())])
    distance = np.minimum(distance, 1 - points @ centers[-1])
  centers = np.array(centers)
  for _ in range(iterations):
    labels = np.argmax(points @ centers.T, axis=1)
    for c in range(k):
      members = labels == c
      if members.any():
        center = (points[members] * weights[members, None]).sum(axis=0)
        centers[c] = center / max(np.linalg.norm(center), 1e-9)
  return np.argmax(points @ centers.T, axis=1), centers


def main(shared, out, project="."):
  corpus = [s for s in sentences(shared, project) if s]
  counts = Counter(w for s in corpus for w in s)
  vocabulary = [w for w, c in counts.most_common() if c >= (MIN_COUNT_LATIN if w.isascii() else MIN_COUNT)]
  index = {w: i for i, w in enumerate(vocabulary)}
  contexts = {w: i for i, (w, _) in enumerate(counts.most_common(CONTEXT_WORDS))}
  rows, cols = [], []
  for sentence in corpus:
    for position, word in enumerate(sentence):
      row = index.get(word)
      if row is None:
        continue
      for block, offset in enumerate((-2, -1, 1, 2)):
        other = position + offset
        context = contexts.get(sentence[other]) if 0 <= other < len(sentence) else CONTEXT_WORDS
        if context is None:
          context = CONTEXT_WORDS
        rows.append(row)
        cols.append(block * (CONTEXT_WORDS + 1) + context)
  matrix = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(vocabulary), 4 * (CONTEXT_WORDS + 1))).tocsr()
  matrix.sum_duplicates()
  total = matrix.sum()
  row_sums = np.asarray(matrix.sum(axis=1)).ravel()
  col_sums = np.asarray(matrix.sum(axis=0)).ravel() ** 0.75
  col_sums = col_sums / col_sums.sum() * total
  matrix = matrix.tocoo()
  pmi = np.log(matrix.data * total / (row_sums[matrix.row] * col_sums[matrix.col]))
  keep = pmi > 0
  ppmi = coo_matrix((pmi[keep], (matrix.row[keep], matrix.col[keep])), shape=matrix.shape).tocsr()
  u, s, _ = svds(ppmi, k=DIMENSIONS, random_state=7)
  vectors = u * np.sqrt(s)
  vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
  weights = np.log1p(np.array([counts[w] for w in vocabulary], dtype=float))
  fine, fine_centers = kmeans(vectors, weights, FINE, seed=11)
  fine_weights = np.bincount(fine, weights=weights, minlength=FINE) + 1e-6
  mid_of_fine, mid_centers = kmeans(fine_centers, fine_weights, MID, seed=12)
  mid_weights = np.bincount(mid_of_fine, weights=fine_weights, minlength=MID) + 1e-6
  coarse_of_mid, _ = kmeans(mid_centers, mid_weights, COARSE, seed=13)
  with open(out, "w", encoding="utf-8") as handle:
    handle.write(
      "# Word clusters for the entity tagger (word<TAB>coarse<TAB>mid<TAB>fine), built by\n"
      "# scripts/ner/build_word_clusters.py from unlabeled text: ANT v1.1 news (Apache-2.0),\n"
      "# WikiFANE tokens (CC BY-SA 3.0, tags not read), ArSarcasm-v2 tweets (MIT), wikigold tokens\n"
      "# (CC BY 4.0) and the project's own news_register.txt. See Resources/README.md.\n")
    for i, word in enumerate(vocabulary):
      m = mid_of_fine[fine[i]]
      handle.write(f"{word}\t{coarse_of_mid[m]}\t{m}\t{fine[i]}\n")
  print(f"{len(corpus)} sentences, {sum(counts.values())} tokens, {len(vocabulary)} words -> {out}")


if __name__ == "__main__":
  main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data",
       sys.argv[2] if len(sys.argv) > 2 else "Plugins/EntityLinking/Resources/word_clusters.tsv")

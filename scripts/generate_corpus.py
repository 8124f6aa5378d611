#!/usr/bin/env python3
"""Generate a synthetic news corpus for the Workbench benchmarks.

The corpus is built from the seed articles in seeds/: each document is a shuffled
selection of seed paragraphs (plus a few English paragraphs written for this script,
headlines, boilerplate lines and number/date sentences), in which a share of the words
is replaced by deterministic variants so that the vocabulary keeps growing with the
corpus size the way real text does (Heaps' law, V ~ K * n^beta).

How the vocabulary grows: every replaced word gets a variant rank r drawn from an
unbounded Zipf (Pareto) distribution, P(R > x) = (x / scale)^-(alpha-1). New ranks keep
appearing as the corpus grows, at a falling rate, so the number of distinct words grows
sublinearly without a ceiling (measured: 17,304 distinct words for 1,000 documents,
55,659 for 10,000, 160,043 for 100,000, about n^0.48). A rank maps deterministically to a
word: a seed word with an Arabic proclitic or suffix attached, a letter substitution, or a
new synthetic token; English paragraphs get English-looking variants.

Everything is derived from --seed, so the same command always writes the same files.
Only the Python 3 standard library is used.

  python3 scripts/generate_corpus.py --documents 10000
  python3 scripts/generate_corpus.py --documents 1000 --out /tmp/c1k --stages keywords,clean
"""

import argparse
import csv
import datetime
import hashlib
import os
import random
import re
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# English paragraphs written for this generator (news register, about the same topics as
# the seeds), so that mixed-language corpora are exercised.
ENGLISH_PARAGRAPHS = [
  "Russian and Syrian officials met in Damascus on Tuesday to discuss energy cooperation, "
  "including the repair of power stations and the supply of fuel to the national grid, "
  "according to a statement released after the talks",
  "The delegation reviewed plans to rebuild refineries damaged during the years of conflict, "
  "and both sides said that technical teams would visit the sites in the coming weeks to "
  "estimate the cost of the work",
  "Analysts say that Moscow wants to keep its naval base in Tartus and its air base near "
  "Latakia, while the new government in Damascus is seeking investment and wheat deliveries "
  "from several partners at once",
  "Prices of diesel and cooking gas rose sharply last month, and residents in several cities "
  "reported power cuts lasting up to twenty hours a day, which officials blamed on shortages "
  "of fuel at the main power plants",
  "The foreign minister told reporters that the talks had been frank and constructive, and "
  "that a joint committee would meet again before the end of the year to follow up on the "
  "agreements signed during the visit",
  "Oil production in the northeast remains far below its level before the war, and engineers "
  "say that pipelines, pumping stations and storage tanks will need years of repair before "
  "exports can resume",
  "Officials also discussed reconstruction contracts, the return of refugees, humanitarian "
  "aid and the role of the United Nations agencies working in the country, the ministry said "
  "in a short statement",
  "Trade between the two countries fell during the conflict but has started to recover, with "
  "new shipments of grain, fertilizer and spare parts arriving at the port of Latakia in "
  "recent months",
]

ENGLISH_SPAM = [
  "I appreciate you sharing this blog post. Thanks Again. Cool.",
  "Great article, really looking forward to reading more. Keep writing.",
  "Thanks for the post, very useful information for my research.",
]

SOURCES = ["Ektisadi.com", "halabtodaytv", "SANA", "RT Arabic", "Enab Baladi",
           "Al Watan", "Sputnik Arabic", "Asharq Al-Awsat", "unknown"]

ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
ARABIC_PREFIXES = ["و", "ف", "ب", "ل", "ال", "وال", "بال", "لل", "فال", "ك"]
ARABIC_SUFFIXES = ["ات", "ون", "ين", "ها", "هم", "ية", "ي", "ان", "كم", "نا", "ته", "هما"]
ENGLISH_LETTERS = "abcdefghijklmnopqrstuvwxyz"
ENGLISH_SUFFIXES = ["s", "ed", "ing", "er", "ly", "ment", "ness", "ist", "ize", "al"]
ARABIC_MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
                 "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
EGYPTIAN_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                   "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
WORD_RE = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+|[A-Za-z]+")
ARABIC_RE = re.compile(r"[\u0600-\u06FF]")

# Variant ranks follow a Pareto law with this exponent and scale, tuned so that distinct
# words grow roughly like n^0.5 with the number of words.
ZIPF_ALPHA = 1.7
ZIPF_SCALE = 4000.0
MUTATION_RATE = 0.12


def load_seeds(folder):
  """Seed paragraphs split into article body paragraphs and short lines (headings, labels)."""
  bodies, shorts = [], []
  for name in sorted(os.listdir(folder)):
    if not name.endswith(".txt"):
      continue
    with open(os.path.join(folder, name), encoding="utf-8-sig") as handle:
      for line in handle.read().splitlines():
        line = line.strip()
        if not line or not ARABIC_RE.search(line):
          continue
        (bodies if len(line) >= 200 else shorts).append(line)
  return bodies, shorts


def zipf_rank(rng):
  """A rank from an unbounded Zipf (Pareto) distribution with exponent ZIPF_ALPHA."""
  u = 1.0 - rng.random()
  return int(ZIPF_SCALE * u ** (-1.0 / (ZIPF_ALPHA - 1.0)))


def mix(value):
  """A cheap deterministic 64-bit integer hash (splitmix64 finalizer)."""
  value = (value + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
  value = ((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
  value = ((value ^ (value >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
  return value ^ (value >> 31)


class Vocabulary:
  """Maps Zipf ranks to words deterministically (per corpus seed), with a cache."""

  def __init__(self, words, letters, prefixes, suffixes, salt):
    self.words = words
    self.letters = letters
    self.prefixes = prefixes
    self.suffixes = suffixes
    self.salt = salt
    self.cache = {}

  def word(self, rank):
    cached = self.cache.get(rank)
    if cached is not None:
      return cached
    h = mix(rank * 1000003 + self.salt)
    base = self.words[h % len(self.words)]
    kind = (h >> 20) % 10
    h2 = h >> 24
    if kind < 3 and self.prefixes:
      word = self.prefixes[h2 % len(self.prefixes)] + base
    elif kind < 6:
      word = base + self.suffixes[h2 % len(self.suffixes)]
    elif kind < 8:
      position = h2 % len(base)
      letter = self.letters[(h2 >> 8) % len(self.letters)]
      word = base[:position] + letter + base[position + 1:]
      if (h2 >> 16) % 2:
        word += self.suffixes[(h2 >> 20) % len(self.suffixes)]
    else:
      length = 3 + (h2 % 6)
      letters = []
      for _ in range(length):
        h2 = mix(h2)
        letters.append(self.letters[h2 % len(self.letters)])
      word = "".join(letters)
    if len(self.cache) < 2_000_000:
      self.cache[rank] = word
    return word


def frequency_ordered_words(paragraphs, pattern):
  counts = {}
  for paragraph in paragraphs:
    for word in pattern.findall(paragraph):
      counts[word] = counts.get(word, 0) + 1
  return [word for word, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def mutate(paragraph, rng, vocabulary):
  """Replaces about MUTATION_RATE of the whitespace-separated words by Zipf-drawn variants.

  Only the letters of a word are replaced; punctuation attached to it is kept.
  """
  words = paragraph.split(" ")
  count = len(words)
  replacements = int(count * MUTATION_RATE * (0.5 + rng.random()))
  for _ in range(replacements):
    index = rng.randrange(count)
    match = WORD_RE.search(words[index])
    if match is None:
      continue
    old = words[index]
    words[index] = old[:match.start()] + vocabulary.word(zipf_rank(rng)) + old[match.end():]
  return " ".join(words)


def digits(text, rng):
  """Writes the number in Arabic-Indic digits about half of the time."""
  return text.translate(ARABIC_INDIC) if rng.random() < 0.5 else text


def number_sentence(rng, date):
  """A sentence with a date or a quantity, in either digit system."""
  day = rng.randint(1, 28)
  month = rng.randrange(12)
  year = rng.choice([date.year - 1, date.year, date.year])
  choice = rng.randrange(5)
  if choice == 0:
    return "وعقد الاجتماع في %s %s %s" % (
      digits(str(day), rng), ARABIC_MONTHS[month], digits(str(year), rng))
  if choice == 1:
    return "ومن المقرر أن تبدأ الأعمال في %s/%s %s" % (
      ARABIC_MONTHS[month], EGYPTIAN_MONTHS[month], digits(str(year), rng))
  if choice == 2:
    return "وبلغت قيمة العقود %s مليار دولار بنسبة نمو %s%%" % (
      digits("%d.%d" % (rng.randint(1, 40), rng.randint(0, 9)), rng),
      digits(str(rng.randint(2, 60)), rng))
  if choice == 3:
    return "وقال المسؤول يوم %s %s إن الإنتاج وصل إلى %s برميل يومياً" % (
      digits(str(day), rng), EGYPTIAN_MONTHS[month],
      digits(str(rng.randint(10, 400) * 1000), rng))
  return "وأضاف أن المحطة ستعمل بطاقة %s ميغاواط خلال الأشهر الثلاثة المقبلة" % (
    digits(str(rng.randint(50, 900)), rng))


def english_number_sentence(rng, date):
  day = rng.randint(1, 28)
  month = rng.randrange(12)
  if rng.random() < 0.5:
    return "The agreement was signed on %d %s %d and runs for %d years" % (
      day, ENGLISH_MONTHS[month], date.year, rng.randint(2, 25))
  return "Output reached %d,%03d barrels a day in %s, up %d%% from a year earlier" % (
    rng.randint(10, 400), rng.randrange(1000), ENGLISH_MONTHS[month], rng.randint(2, 60))


def make_document(rng, bodies, shorts, arabic_vocabulary, english_vocabulary, date):
  lines = []
  if rng.random() < 0.7:
    lines.append(mutate(rng.choice(shorts), rng, arabic_vocabulary))
  if rng.random() < 0.15:
    lines.extend(rng.sample(shorts, 2))
  paragraphs = rng.randint(2, 9)
  for _ in range(paragraphs):
    roll = rng.random()
    if roll < 0.06:
      paragraph = mutate(rng.choice(ENGLISH_PARAGRAPHS), rng, english_vocabulary)
      if rng.random() < 0.5:
        paragraph += ". " + english_number_sentence(rng, date)
      lines.append(paragraph)
    else:
      paragraph = mutate(rng.choice(bodies), rng, arabic_vocabulary)
      if rng.random() < 0.35:
        paragraph += "، " + number_sentence(rng, date)
      lines.append(paragraph)
  if rng.random() < 0.05:
    lines.append(rng.choice(ENGLISH_SPAM))
  if rng.random() < 0.1:
    lines.append(rng.choice(shorts))
  separator = "\n\n" if rng.random() < 0.3 else "\n"
  return separator.join(lines) + "\n"


def title_of(text):
  """The first nine words of the first line that reads like a sentence (not a label)."""
  lines = [line for line in text.split("\n") if line.strip()]
  for line in lines:
    words = line.split()
    if len(words) >= 5:
      return " ".join(words[:9])
  return lines[0].strip() if lines else ""


def write_workflow(folder, documents, stages):
  lines = [
    "version: 1",
    "name: bench-%d" % documents,
    "description: Generated benchmark corpus of %d documents (scripts/generate_corpus.py)"
    % documents,
    "corpus:",
    "  path: .",
    "  include: [\"*.txt\"]",
    "  metadata: metadata.csv",
    "  language: ar",
    "stages:",
  ]
  for stage in stages:
    lines.append("  - plugin: %s" % stage)
  with open(os.path.join(folder, "workflow.yaml"), "w", encoding="utf-8") as handle:
    handle.write("\n".join(lines) + "\n")


def main():
  parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
  parser.add_argument("--documents", "-n", type=int, default=1000)
  parser.add_argument("--out", help="output folder (default bench-data/corpus-N in the repository)")
  parser.add_argument("--seed", type=int, default=42)
  parser.add_argument("--seeds", default=os.path.join(REPO, "seeds"),
                      help="folder with the seed .txt files")
  parser.add_argument("--stages", default="keywords",
                      help="comma-separated stage ids for workflow.yaml")
  parser.add_argument("--force", action="store_true", help="overwrite a non-empty folder")
  args = parser.parse_args()

  if args.documents < 1:
    parser.error("--documents must be at least 1")
  out = args.out or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench-data", "corpus-%d" % args.documents)
  if os.path.isdir(out) and os.listdir(out) and not args.force:
    sys.exit("error: %s is not empty (use --force to overwrite)" % out)
  os.makedirs(out, exist_ok=True)
  if args.force:
    for name in os.listdir(out):
      if name.endswith(".txt") or name in ("metadata.csv", "workflow.yaml"):
        os.remove(os.path.join(out, name))

  bodies, shorts = load_seeds(args.seeds)
  if not bodies:
    sys.exit("error: no seed paragraphs found in %s" % args.seeds)
  arabic_words = frequency_ordered_words(bodies + shorts, re.compile(r"[\u0621-\u064A]+"))
  english_words = frequency_ordered_words(ENGLISH_PARAGRAPHS, re.compile(r"[A-Za-z]+"))
  arabic_vocabulary = Vocabulary(arabic_words, ARABIC_LETTERS, ARABIC_PREFIXES,
                                 ARABIC_SUFFIXES, args.seed)
  english_vocabulary = Vocabulary(english_words, ENGLISH_LETTERS, [], ENGLISH_SUFFIXES,
                                  args.seed + 1)

  rng = random.Random(args.seed)
  start_date = datetime.date(2024, 1, 1)
  span_days = (datetime.date(2026, 6, 30) - start_date).days
  started = time.time()
  total_bytes = 0
  distinct = set()
  with open(os.path.join(out, "metadata.csv"), "w", encoding="utf-8", newline="") as meta:
    writer = csv.writer(meta)
    writer.writerow(["file", "date", "title", "source"])
    for index in range(args.documents):
      date = start_date + datetime.timedelta(days=rng.randrange(span_days + 1))
      text = make_document(rng, bodies, shorts, arabic_vocabulary, english_vocabulary, date)
      data = text.encode("utf-8")
      name = "%06d_%s.txt" % (index, hashlib.sha256(data).hexdigest()[:16])
      with open(os.path.join(out, name), "wb") as handle:
        handle.write(data)
      total_bytes += len(data)
      distinct.update(WORD_RE.findall(text))
      writer.writerow([name, date.isoformat(), title_of(text), rng.choice(SOURCES)])
  write_workflow(out, args.documents, [s for s in args.stages.split(",") if s])
  print("%s: %d documents, %.1f MB, %d distinct words, %.1f s" % (
    out, args.documents, total_bytes / 1e6, len(distinct), time.time() - started))


if __name__ == "__main__":
  main()

#!/usr/bin/env python3
"""Builds the entity-linking plugin's built-in knowledge base.

Reads the shared alias tables and the hand-curated tables beside this script and writes
Plugins/EntityLinking/Resources/builtin_kb.jsonl: one entity per line,
{"id", "type", "name_en", "name_ar", "description", "prior", "related", "aliases": [[text, lang, kind]],
 "demonyms_ar"}.

Alias kinds: "name" links wherever it is found; "partial" (a surname) links only when the
entity's full name occurs in the same document or a title cue precedes it; "ambiguous" (a
common word, a name shared with something else) links only after a cue word of its type or
when the full name is in the document; "contextual" (الساحل for the Syrian coast) links as
"ambiguous" does or when a related entity (Syria) is named in the document.

Places: entities/places_dr5hn/places.tsv (ODbL 1.0, dr5hn/countries-states-cities-database)
adds states, provinces and cities with their Wikidata ids, English and Arabic names. A QID that
the table gives to rows with two or more different English names is dropped (reused wrongly); a name
the knowledge base already has keeps its entity; a name shared by several places goes to one of
them (a capital first, then a country within a state such as Wales, then a city over a
province, then the largest population); a small
place's (or a province's) single-word name is ambiguous (linked only with a cue, its full name, or the tagger's
LOCATION). So is a multi-word Arabic label that translates the place's name instead of
transcribing it (Bayramiç → عيد الفطر, Navidad → عيد الميلاد, Sake → من أجل: Wikidata labels made
word by word), unless it is the place's own Arabic name or is built on a name (مدينة غزة,
أيرلندا الشمالية), and a multi-word label that ANT news uses as a common phrase (وسط المدينة,
downtown; ورشة عمل, a workshop, for Worksop). The file this script writes therefore ships under
ODbL 1.0 with that attribution.

Arabic nationality adjectives: entities/arwikicats/nationalities_data.json (MIT, arwikicats
0.2.3) gives the countries the curated table leaves without a nisba theirs (add_nationality_demonyms).

Places the shared tables lack (or give a wrong id) are added from sourced_places.tsv beside this
script, each row naming the source of its Wikidata id; a few city aliases that are common words
first (سيول, floods) are "contextual" (CONTEXTUAL_CITY_ALIASES below). A one-word Arabic place alias
that the tagger's training text (WikiFANE, ner/WikiFANE_Gold_2014_500K.txt beside the entities
folder, outside its held-out and tuning folds) writes as a common word more often than as a name is
"ambiguous" too (is_common_training_word): only word counts are read, nothing of the text is kept.

Usage: python3 scripts/kb/build_builtin_kb.py [../shared/data/entities]
"""
import csv
import json
import math
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/entities"
OUT = os.path.join(ROOT, "Plugins/EntityLinking/Resources/builtin_kb.jsonl")

# GeoNames cities whose Wikidata id is certain; every other city keeps a geonames: id.
# Astana (GeoNames 1526273) is the capital the places table gives Q1520 (as Nur-Sultan).
CERTAIN_CITY_QIDS = {"524901": "Q649", "170654": "Q3766", "1526273": "Q1520"}

# City aliases that are ordinary Arabic words (days, adjectives, nouns, first names) or the
# name of something better known; they link only with a cue such as مدينة.
AMBIGUOUS_CITY_ALIASES = set("""
الخميس بيان الجديدة الجديد جامعة المدينة الثورة ثورة اب إب اطار وقف الحد رياض رس بلد الباب
الساحل الحي العلم العين البيضاء الخبر خبر جمال الزعيم الهندية الغازية الوجه القصر بشار قارة سلطات
رشيد الطرف داخله دورا بورصة العبور الطور القاسم مشهد القائم عمران الشروق الفحص حجة جوهر البيض
الوادي كوت الكوت كريمة الشهداء معسكر سعيدة سلالة كسوة الكسوة سكرة بشري زرقاء ميدان ديرة نبل بركان
بحري الصافي نوا نوى حرير ريحانة الجميل ينقل سفيرة السفيرة التل الكرمة فرعون الصور صور عالية المرسى
حديثة مساكن العيون البرج الابيض الطبقة امان الجزيره الخمس الزيتية قطيفة القطيفة المالح الشبلي
العامرية الكركرة الرقيبة المغير جامعة الحراك الثورة الدانا تادف صوران نوا جاسم داعل انخل طفس كسوة
القصير سلمية السلمية الرستن التل المالكية الرمشي القالة الأخضرية الدار البيضاء
مدينة قرية بلدة منطقة ميناء مرفأ جزيرة الجزيرة العاصمة عاصمة المنطقة
العمارة هوية تلا ابا بحركة رم ينبع مسقط
""".split())

# City aliases that are common words first and a city's name second: سيول is torrential floods
# (the plural of سيل) and Seoul. They are "contextual": linked only where the text gives the
# city's country (its name or nisba, كوريا، الكوري، الكورية), a place word before them (العاصمة
# سيول), or the tagger's LOCATION. Word -> the common meaning, for the reader.
CONTEXTUAL_CITY_ALIASES = {"سيول": "floods, torrents"}

# Aliases dropped outright: transliteration noise in the city table.
DROPPED_CITY_ALIASES = {"د مشق", "سمارا، روس", "ادرار، الجزائر"}


def fold(text):
  """The plugin's folding (NameFolding.swift), enough to compare Arabic words."""
  table = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ئ": "ي", "ؤ": "و", "ی": "ي", "ک": "ك"}
  out = []
  for char in text:
    if "\u064b" <= char <= "\u065f" or char in "\u0640\u0670":
      continue
    out.append(table.get(char, char))
  return "".join(out).lower()


def news_word_counts():
  """Word counts (proclitics و ف ب ل stripped once) over the ANT news corpus, to find city
  aliases that are everyday words; None when the corpus is not there."""
  path = os.path.join(os.path.dirname(DATA), "topics", "ant_subset_stratified.jsonl")
  if not os.path.exists(path):
    return None
  counts = {}
  with open(path, encoding="utf-8") as handle:
    for line in handle:
      for word in re.findall(r"[\u0621-\u064a]+", json.loads(line)["text"]):
        word = fold(word)
        counts[word] = counts.get(word, 0) + 1
        if word[:1] in "وفبل" and len(word) > 3:
          counts[word[1:]] = counts.get(word[1:], 0) + 1
  return counts


def training_word_uses():
  """How often each folded word of WikiFANE (the tagger's Arabic training text: clitics stand
  apart there, و مصر) is written outside any gold name and inside one, as two dicts; None when
  the file is not there. Documents are grouped as the plugin's CoNLLReader groups them (20
  sentences each), and the held-out fold and the two tuning folds (documents at index % 10 == 9,
  3 and 6) are left out, so that figures measured on them stay untouched by this list."""
  path = os.path.join(os.path.dirname(DATA), "ner", "WikiFANE_Gold_2014_500K.txt")
  if not os.path.exists(path):
    return None
  outside, inside = {}, {}
  documents, sentences, sentence = [], [], []
  with open(path, encoding="utf-8") as handle:
    for line in handle:
      fields = "".join(c for c in line if c not in "\ufeff\u200e\u200f").split()
      if fields:
        sentence.append((fields[0], fields[-1]))
        continue
      if sentence:
        sentences.append(sentence)
      sentence = []
      if len(sentences) >= 20:
        documents.append(sentences)
        sentences = []
  if sentence:
    sentences.append(sentence)
  if sentences:
    documents.append(sentences)
  for index, document in enumerate(documents):
    if index % 10 in (3, 6, 9):
      continue
    for sentence in document:
      for word, tag in sentence:
        counts = outside if tag == "O" else inside
        counts[fold(word)] = counts.get(fold(word), 0) + 1
  return outside, inside


def is_common_training_word(alias, uses):
  """A one-word Arabic alias that the tagger's training text writes outside names at least
  twice and at least twice as often as inside one: a verb or a common word first (أنشئ, was
  founded, is the Chinese county of Anxi folded; اقصر, shorter, is Luxor without its article;
  قراءة, reading, is Reading). A word about as often a name as not (الزرقاء, blue and Zarqa)
  keeps its place."""
  if uses is None or " " in alias.strip():
    return False
  outside, inside = uses
  folded = fold(alias)
  return outside.get(folded, 0) >= 2 and outside.get(folded, 0) >= 2 * inside.get(folded, 0)


def news_phrase_counts(phrases):
  """How often each phrase (a tuple of folded words) occurs in the ANT news corpus, its first
  word with or without one proclitic و ف ب ل; None when the corpus is not there."""
  path = os.path.join(os.path.dirname(DATA), "topics", "ant_subset_stratified.jsonl")
  if not os.path.exists(path):
    return None
  counts = dict.fromkeys(phrases, 0)
  longest = max((len(phrase) for phrase in phrases), default=0)
  with open(path, encoding="utf-8") as handle:
    for line in handle:
      words = [fold(word) for word in re.findall(r"[\u0621-\u064a]+", json.loads(line)["text"])]
      for start in range(len(words)):
        for length in range(2, min(longest, len(words) - start) + 1):
          phrase = tuple(words[start:start + length])
          if phrase in counts:
            counts[phrase] += 1
          elif phrase[0][:1] in "وفبل" and len(phrase[0]) > 3 and (phrase[0][1:],) + phrase[1:] in counts:
            counts[(phrase[0][1:],) + phrase[1:]] += 1
  return counts


# Consonant classes shared by Arabic letters and their usual Latin transcriptions (a letter may
# stand for several: ج is j, g or the French j); vowels, and ا ع ء ة, carry none.
ARABIC_CONSONANTS = {
  "ب": "B", "پ": "B", "ت": "T", "ط": "T", "د": "T", "ض": "T", "ث": "TS", "ذ": "TS", "ظ": "TS",
  "ج": "JKS", "چ": "JS", "ح": "H", "خ": "KH", "ه": "H", "ر": "R", "ز": "S", "س": "S", "ص": "S",
  "ش": "S", "غ": "KR", "ق": "K", "ك": "K", "ک": "K", "گ": "K", "ف": "F", "ڤ": "F", "ل": "L",
  "م": "M", "ن": "N", "و": "F", "ي": "J", "ی": "J",
}
LATIN_CONSONANTS = {
  "b": "B", "p": "B", "t": "T", "d": "T", "j": "J", "g": "K", "h": "H", "k": "K", "q": "K", "c": "K",
  "x": "K", "s": "S", "z": "S", "f": "F", "v": "F", "w": "F", "l": "L", "m": "M", "n": "N", "r": "R",
  "y": "J",
}


def arabic_consonants(text):
  classes = []
  for word in text.split():
    if word.startswith("ال") and len(word) > 3:
      word = word[2:]
    classes += [ARABIC_CONSONANTS[char] for char in word if char in ARABIC_CONSONANTS]
  return classes


def latin_consonants(text):
  text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
  for digraph, single in (("ch", "s"), ("sh", "s"), ("th", "t"), ("ph", "f"), ("kh", "k"), ("gh", "k")):
    text = text.replace(digraph, single)
  classes = []
  for char in text:
    # A doubled letter is one letter in Arabic (with a shadda, which the labels leave out).
    if char in LATIN_CONSONANTS and (not classes or classes[-1] != LATIN_CONSONANTS[char]):
      classes.append(LATIN_CONSONANTS[char])
  return classes


def transcription_similarity(arabic, latin):
  """How far an Arabic label transcribes a Latin name: the longest common subsequence of their
  consonant classes over the longer of the two (1.0: every consonant matches; a translated
  label such as عيد الفطر for Bayramiç scores 0.4 or less). Also tried without w/y and و/ي, which
  are often vowels."""
  def common(a, b):
    previous = [0] * (len(b) + 1)
    for x in a:
      current = [0]
      for j, y in enumerate(b):
        current.append(previous[j] + 1 if set(x) & set(y) else max(previous[j + 1], current[j]))
      previous = current
    return previous[-1]
  a, b = arabic_consonants(arabic), latin_consonants(latin)
  best = 0.0
  for aa, bb in ((a, b), ([c for c in a if c not in ("F", "J")], [c for c in b if c not in ("F", "J")])):
    if aa and bb:
      best = max(best, common(aa, bb) / max(len(aa), len(bb)))
  return best


def clean(alias):
  alias = alias.strip()
  if not alias or "(" in alias or "*" in alias or "،" in alias:
    return None
  return alias


def add_alias(entity, text, lang, kind):
  text = clean(text) if text else None
  if not text:
    return
  for existing in entity["aliases"]:
    if existing[0] == text and existing[1] == lang:
      return
  entity["aliases"].append([text, lang, kind])


AMBIGUOUS_FOLDED = {fold(word) for word in AMBIGUOUS_CITY_ALIASES}
CONTEXTUAL_FOLDED = {fold(word) for word in CONTEXTUAL_CITY_ALIASES}


def city_alias_kind(alias, population, country, counts, capital=False, uses=None):
  """A city alias is ambiguous (linked only after a cue such as مدينة, or when its full name
  is in the document) when it is listed above, when it is one word with the article naming a
  town under 300,000 people (الخبراء, الحراك are nouns first), or when it is frequent in the
  ANT news corpus for a town outside Tunisia (where ANT's own place names are frequent)
  under a million people, or when the tagger's training text uses it as a common word more
  often than as a name (`is_common_training_word`)."""
  folded = fold(alias)
  if folded in CONTEXTUAL_FOLDED:
    return "contextual"
  if folded in AMBIGUOUS_FOLDED:
    return "ambiguous"
  # A capital is what news means by its name (المنامة، الدوحة), however often the word or a
  # namesake town turns up: the article and frequency tests below are for towns.
  if capital:
    return "name"
  if is_common_training_word(alias, uses):
    return "ambiguous"
  if " " not in alias:
    if folded.startswith("ال") and population < 300000:
      return "ambiguous"
    if counts is not None and country != "TN" and population < 1000000 and counts.get(folded, 0) >= 15:
      return "ambiguous"
  return "name"


# Nationality adjectives read first as something else: مالي (financial; المالية, the finance
# ministry), قمري (lunar), مجري (folded as مجرى, a course: مجرى النهر), تركماني (the Turkmen of
# Iraq and Syria more often than Turkmenistan). They would cut words off names and read as cues.
COMMON_WORD_DEMONYMS = {fold(word) for word in ("مالي", "قمري", "مجري", "تركماني")}


def add_nationality_demonyms(countries):
  """Adds the one-word masculine singular nisba (and the feminine one where it is not the
  masculine with ة, which the plugin derives, as it derives the article and plural forms) of
  arwikicats' nationalities_data.json (MIT, arwikicats 0.2.3) to the country it names, matched
  by its English name (`en`) or its Arabic name (`ar`) against the country's aliases. An entry
  that matches no country, or two, is skipped; the curated demonyms stay first."""
  path = os.path.join(DATA, "arwikicats", "nationalities_data.json")
  if not os.path.exists(path):
    print("nationalities: arwikicats/nationalities_data.json not found; no demonyms added")
    return
  by_english, by_arabic = {}, {}
  for qid, entity in countries.items():
    for text, lang, _ in entity["aliases"] + [[entity["name_en"], "en", "name"]]:
      if lang == "en":
        by_english.setdefault(text.lower(), set()).add(qid)
      else:
        by_arabic.setdefault(fold(text), set()).add(qid)
  with open(path, encoding="utf-8") as handle:
    table = json.load(handle)
  matched = unmatched = ambiguous = added = common = 0
  for row in table.values():
    english = row.get("en", "").lower().replace("-", " ").strip()
    ids = by_english.get(english, set()) | by_arabic.get(fold(row.get("ar", "").strip()), set())
    if not ids:
      unmatched += 1
      continue
    if len(ids) > 1:
      ambiguous += 1
      continue
    matched += 1
    entity = countries[ids.pop()]
    known = {fold(stem) for stem in entity["demonyms_ar"]}
    male, female = row.get("male", "").strip(), row.get("female", "").strip()
    for form in (male, female):
      if not form or " " in form or form == female and fold(female) == fold(male) + "ه":
        continue
      if fold(form) in COMMON_WORD_DEMONYMS:
        common += 1
        continue
      if fold(form) not in known:
        entity["demonyms_ar"].append(form)
        known.add(fold(form))
        added += 1
  print(f"nationalities: {len(table)} entries, {matched} matched a country ({unmatched} matched none, "
        f"{ambiguous} matched two or more); {added} demonyms added, {common} common words left out; "
        f"{sum(1 for e in countries.values() if e['demonyms_ar'])} countries now have demonyms")


# English place names that are common words first: "Male" (the Maldives' capital) begins
# sentences about men.
COMMON_WORD_PLACE_NAMES_EN = {"male"}


def national_capitals():
  """(English name, ISO code) of each country's capital in places.tsv: its largest row of subtype
  capital (100,000 people or more), when no other name ties with it (the table marks a
  capital's districts as capitals too, often with the city's population)."""
  best = {}
  with open(os.path.join(DATA, "places_dr5hn", "places.tsv"), encoding="utf-8") as handle:
    for row in csv.DictReader(handle, delimiter="\t"):
      population = int(row["population"] or 0)
      if row["type"] != "city" or row["subtype"] != "capital" or population < 100000:
        continue
      top = best.get(row["cc"])
      if top is None or population > top[0]:
        best[row["cc"]] = (population, {row["en"]})
      elif population == top[0]:
        top[1].add(row["en"])
  return {(names.pop(), cc) for cc, (_, names) in best.items() if len(names) == 1}


def split(field):
  return [part for part in (field or "").split("|") if part.strip()]


def main():
  entities = {}

  with open(os.path.join(DATA, "country_aliases_ar.tsv"), encoding="utf-8") as handle:
    for row in csv.DictReader(handle, delimiter="\t"):
      qid = row["qid"]
      entity = entities.setdefault(qid, {
        "id": qid, "type": "LOCATION", "name_en": row["en"], "name_ar": "",
        "description": "country", "prior": 0.9, "related": [], "aliases": [],
        "demonyms_ar": [], "geonames": row["geonameid"],
      })
      if row["source"] == "CLDR_ar" or not entity["name_ar"]:
        if clean(row["alias"]):
          entity["name_ar"] = row["alias"]
      add_alias(entity, row["alias"], "ar", "name")

  with open(os.path.join(HERE, "country_extra_aliases.tsv"), encoding="utf-8") as handle:
    for row in csv.DictReader(handle, delimiter="\t"):
      entity = entities[row["id"]]
      for alias in split(row["aliases_ar"]):
        add_alias(entity, alias, "ar", "name")
      for alias in split(row["aliases_en"]):
        add_alias(entity, alias, "en", "name")
      entity["name_en"] = split(row["aliases_en"])[0]
      entity["demonyms_ar"] = split(row["demonym_ar"])
  for entity in entities.values():
    if entity["type"] == "LOCATION" and not any(a[1] == "en" for a in entity["aliases"]):
      add_alias(entity, entity["name_en"], "en", "name")
  add_nationality_demonyms(entities)

  country_by_iso = {}
  with open(os.path.join(DATA, "country_aliases_ar.tsv"), encoding="utf-8") as handle:
    for row in csv.DictReader(handle, delimiter="\t"):
      country_by_iso[row["iso2"]] = row["qid"]

  counts = news_word_counts()
  uses = training_word_uses()
  capitals = national_capitals()
  # A capital named as its country (الكويت، جيبوتي) leaves the bare name to the country.
  country_names = {fold(alias[0]) for entity in entities.values() for alias in entity["aliases"]}
  with open(os.path.join(DATA, "cities_ar_aliases.tsv"), encoding="utf-8") as handle:
    for row in csv.DictReader(handle, delimiter="\t"):
      geonameid = row["geonameid"]
      entity_id = CERTAIN_CITY_QIDS.get(geonameid, "geonames:" + geonameid)
      population = int(row["population"] or 0)
      # "ااالخرطوم": a run of alifs at a word's start is transliteration noise for one.
      aliases = [re.sub(r"^ا{2,}", "ا", a) for a in split(row["arabic_aliases"]) if a not in DROPPED_CITY_ALIASES]
      if not aliases:
        continue
      country = country_by_iso.get(row["country"])
      entity = {
        "id": entity_id, "type": "LOCATION", "name_en": row["name"], "name_ar": aliases[0],
        "description": "city" + (" in " + entities[country]["name_en"] if country in entities else ""),
        "prior": round(min(0.85, 0.2 + math.log10(max(population, 1)) / 10), 3),
        "related": [country] if country else [], "aliases": [], "demonyms_ar": [],
        "geonames": geonameid,
      }
      if entity_id == "Q649":
        entity["name_ar"] = "موسكو"
      if entity_id == "Q3766":
        entity["name_ar"] = "دمشق"
      for alias in aliases:
        add_alias(entity, alias, "ar", city_alias_kind(alias, population, row["country"], counts,
                                                      (row["name"], row["country"]) in capitals
                                                      and fold(alias) not in country_names, uses))
      add_alias(entity, row["name"], "en", "name")
      entities[entity_id] = entity

  with open(os.path.join(HERE, "curated_entities.tsv"), encoding="utf-8") as handle:
    for row in csv.DictReader(handle, delimiter="\t"):
      entity = {
        "id": row["id"], "type": row["type"], "name_en": row["name_en"], "name_ar": row["name_ar"],
        "description": row["description"], "prior": 0.8, "related": split(row["related"]),
        "aliases": [], "demonyms_ar": [],
      }
      restricted = set(split(row["partial_ar"]) + split(row["ambiguous_ar"]) + split(row.get("contextual_ar")))
      if row["name_ar"] not in restricted:
        add_alias(entity, row["name_ar"], "ar", "name")
      for alias in split(row["aliases_ar"]):
        add_alias(entity, alias, "ar", "name")
      for alias in split(row["aliases_en"]):
        add_alias(entity, alias, "en", "name")
      for alias in split(row["partial_ar"]):
        add_alias(entity, alias, "ar", "partial")
      for alias in split(row["ambiguous_ar"]):
        add_alias(entity, alias, "ar", "ambiguous")
      for alias in split(row.get("contextual_ar")):
        add_alias(entity, alias, "ar", "contextual")
      if row["id"] in entities:
        raise SystemExit("duplicate id " + row["id"])
      entities[row["id"]] = entity

  # Places the shared tables lack or give a wrong id, each with the source of its Wikidata id.
  with open(os.path.join(HERE, "sourced_places.tsv"), encoding="utf-8") as handle:
    for row in csv.DictReader(handle, delimiter="\t"):
      if row["id"] in entities:
        raise SystemExit("duplicate id " + row["id"])
      entity = {
        "id": row["id"], "type": "LOCATION", "name_en": row["name_en"], "name_ar": row["name_ar"],
        "description": row["description"], "prior": float(row["prior"]), "related": split(row["related"]),
        "aliases": [], "demonyms_ar": [],
      }
      for alias in split(row["aliases_ar"]):
        add_alias(entity, alias, "ar", "name")
      for alias in split(row["aliases_en"]):
        add_alias(entity, alias, "en", "name")
      entities[row["id"]] = entity

  add_places(entities, counts, capitals, uses)

  with open(OUT, "w", encoding="utf-8") as out:
    for entity in entities.values():
      entity.pop("geonames", None)
      out.write(json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n")
  aliases = sum(len(e["aliases"]) for e in entities.values())
  print(f"{len(entities)} entities, {aliases} aliases -> {os.path.relpath(OUT, ROOT)}")


def add_places(entities, counts, capitals, uses=None):
  path = os.path.join(DATA, "places_dr5hn", "places.tsv")
  if not os.path.exists(path):
    raise SystemExit("missing " + path)
  rows = []
  with open(path, encoding="utf-8") as handle:
    for row in csv.DictReader(handle, delimiter="\t"):
      if row["qid"].startswith("Q") and row["type"] in ("city", "state"):
        rows.append(row)
  names_by_qid = {}
  rows_by_qid = {}
  for row in rows:
    names_by_qid.setdefault(row["qid"], set()).add(row["en"])
    rows_by_qid.setdefault(row["qid"], []).append(row)
  reused = {qid for qid, names in names_by_qid.items() if len(names) >= 2}
  # A capital keeps its QID when the rows that reuse it are far smaller places (Helsinki's id
  # on a quarter of 4,700 people, Khartoum's on a town of 26,000): those rows are the wrong ones.
  # Unless the capital's name carries an older (lower) QID elsewhere in the table: then the
  # capital row is the wrong one (Kyiv, Baku, Bamako, Bishkek, Bern carry a small town's id
  # there, and their own on another row), and the QID stays dropped.
  qids_of_name = {}
  for row in rows:
    qids_of_name.setdefault((row["en"], row["cc"]), set()).add(int(row["qid"][1:]))
  capital_of_reused = {}
  for qid in reused:
    shared = rows_by_qid[qid] if len(names_by_qid[qid]) <= 3 else []
    capital_names = {row["en"] for row in shared
                     if row["subtype"] == "capital" and int(row["population"] or 0) >= 100000}
    if len(capital_names) != 1:
      continue
    name = capital_names.pop()
    largest = max(int(row["population"] or 0) for row in shared if row["en"] == name)
    others = [row for row in shared if row["en"] != name]
    country = next(row["cc"] for row in shared if row["en"] == name)
    # Only a country's own capital (`national_capitals`): the table marks districts as
    # capitals too (Mfoundi, with Yaoundé's population, on an id shared with two towns).
    if ((name, country) in capitals and min(qids_of_name[(name, country)]) == int(qid[1:])
        and fold(name) not in COMMON_WORD_PLACE_NAMES_EN
        and all(row["subtype"] != "capital" and int(row["population"] or 0) * 10 <= largest for row in others)):
      capital_of_reused[qid] = name
  rows = [row for row in rows if row["qid"] not in capital_of_reused or row["en"] == capital_of_reused[row["qid"]]]
  reused -= set(capital_of_reused)
  # Names the sourced places or curated entities hold belong to them, not to a namesake of
  # the table (Washington, D.C. is not in it, only the state and towns called Washington).
  known = set()
  for entity in entities.values():
    for alias in entity["aliases"]:
      known.add(fold(alias[0]))
  country_by_iso = {}
  with open(os.path.join(DATA, "country_aliases_ar.tsv"), encoding="utf-8") as handle:
    for row in csv.DictReader(handle, delimiter="\t"):
      country_by_iso[row["iso2"]] = row["qid"]

  # A country within a state (Wales, Scotland: a `state` row of subtype country, without a
  # population) outranks a namesake town.
  def rank(row):
    population = int(row["population"] or 0)
    return (row["subtype"] == "capital", row["subtype"] == "country", row["type"] == "city", population)

  places = {}
  for row in rows:
    qid = row["qid"]
    if qid in reused or qid in entities:
      continue
    place = places.get(qid)
    if place is None or rank(row) > rank(place["row"]):
      places[qid] = {"row": row, "names": set()}
    for name, lang in ((row["en"], "en"), (row["ar"], "ar"), (row["native"], "native")):
      if name:
        places[qid]["names"].add((name, lang))
  # One place per name: the best ranked.
  owner = {}
  for qid, place in places.items():
    # In a fixed order: a name given twice (as en and as ar) is kept as the first, run after run.
    for name, lang in sorted(place["names"]):
      if lang == "native":
        if not re.search(r"[\u0621-\u064a]", name):
          continue
        lang = "ar"
      key = fold(name)
      if key in known or not clean(name):
        continue
      if key not in owner or rank(place["row"]) > rank(places[owner[key][0]]["row"]):
        owner[key] = (qid, name, lang)
  aliases_by_qid = {}
  for qid, name, lang in owner.values():
    aliases_by_qid.setdefault(qid, []).append((name, lang))
  # Single words that name something on their own (غزة، سيناء، أيرلندا): a label built on one is
  # a name, whatever else it translates.
  name_words = {fold(alias[0]) for entity in entities.values() for alias in entity["aliases"]
                if alias[2] == "name" and " " not in alias[0].strip()}
  phrase_counts = news_phrase_counts({tuple(fold(name).split()) for aliases in aliases_by_qid.values()
                                      for name, lang in aliases if lang == "ar" and " " in name.strip()})
  translated = frequent = 0
  added = 0
  for qid, aliases in aliases_by_qid.items():
    row = places[qid]["row"]
    population = int(row["population"] or 0)
    country = country_by_iso.get(row["cc"])
    kind_word = "city" if row["type"] == "city" else (row["subtype"] or "province")
    entity = {
      "id": qid, "type": "LOCATION", "name_en": row["en"], "name_ar": row["ar"],
      "description": kind_word + (" in " + entities[country]["name_en"] if country in entities else ""),
      "prior": round(min(0.8, 0.2 + math.log10(max(population, 1)) / 10), 3) if population else 0.4,
      "related": [country] if country else [], "aliases": [], "demonyms_ar": [],
    }
    # Provinces rarely give a population: a single-word name of one is ambiguous too.
    small = population < 100000 and row["subtype"] not in ("capital", "country")
    for name, lang in sorted(aliases):
      letters = re.sub(r"[^\w]", "", name)
      if len(letters) < 3 and not (lang == "en" and letters.isupper()):
        continue  # ها، Of: too short to be a name on their own
      folded = fold(name)
      if " " not in name.strip() and (folded.startswith("ال") or (counts is not None and counts.get(folded, 0) >= 15)):
        add_alias(entity, name, lang, "ambiguous")  # الجنوب، الوحدة: words first
        continue
      if lang == "ar":
        kind = city_alias_kind(name, population if row["type"] == "city" else 1000000, row["cc"], counts,
                               (row["en"], row["cc"]) in capitals, uses)
      else:
        kind = "name"
      # A short word (بيرا، فود) also reads as a common word behind a proclitic (كبيرا، فود).
      short = lang == "ar" and len(letters) <= 4 and population < 1000000 and row["subtype"] not in ("capital", "country")
      if (small or short) and " " not in name.strip():
        kind = "ambiguous"
      if kind == "name" and lang == "ar" and " " in name.strip() and re.search(r"[\u0621-\u064a]", name):
        reason = phrase_kind(name, places[qid]["names"], row, population, name_words, phrase_counts)
        if reason:
          kind = "ambiguous"
          translated += reason == "translated"
          frequent += reason == "frequent"
      add_alias(entity, name, lang, kind)
    if entity["aliases"]:
      entities[qid] = entity
      added += 1
  print(f"places: {added} added ({len(reused)} reused QIDs dropped, {len(capital_of_reused)} kept for their capital); multi-word Arabic labels made ambiguous: "
        f"{translated} translated, {frequent} common phrases in ANT news")


def phrase_kind(name, names, row, population, name_words, phrase_counts):
  """Why a multi-word Arabic label of a place needs evidence to link, or None: "translated"
  when it translates the place's Latin names instead of transcribing them (similarity below
  0.5), unless it is the place's own Arabic name or one of its words names something by itself;
  "frequent" when ANT news has it three times or more while it is no clear transcription
  (below 0.7), for a town outside Tunisia (ANT's own places) under a million people."""
  folded = fold(name)
  arabic_natives = {fold(other) for other, lang in names if lang == "native" and re.search(r"[\u0621-\u064a]", other)}
  if folded in arabic_natives:
    return None
  latins = [other for other, lang in names if lang == "en" or (lang == "native" and not re.search(r"[\u0600-\u06ff]", other))]
  similarity = max((transcription_similarity(name, latin) for latin in latins), default=1.0)
  words = [word[2:] if word.startswith("ال") and len(word) > 3 else word for word in folded.split()]
  if similarity < 0.5 and not any(word in name_words or "ال" + word in name_words for word in words):
    return "translated"
  count = phrase_counts.get(tuple(folded.split()), 0) if phrase_counts is not None else 0
  if (count >= 3 and similarity < 0.7 and row["cc"] != "TN" and population < 1000000
      and row["subtype"] != "capital"):
    return "frequent"
  return None


if __name__ == "__main__":
  main()

#!/usr/bin/env python3
"""Error anatomy of the entity-linking stage on a WikiFANE fold.

  # the fold: documents at index % 10 == OFFSET, read as CoNLLReader reads them (20 sentences a
  # document, tokens joined by spaces), coarse types as the trainer maps them, fine types kept
  python3 scripts/ner/entity_error_anatomy.py fold WikiFANE_Gold_2014_500K.txt 6 fold6.jsonl
  # the stage's mentions on it (a model trained without the fold: entity-benchmark --tuning-offset 6)
  workbench annotate --stage entities --config tagger=MODEL fold6.jsonl > stage6.jsonl
  # every error in one class, counted as the evaluator counts (exact span and type; titles before a
  # person set aside; predictions on a MISC gold span ignored); --tagger-dump (entity-benchmark
  # --tuning-dump) adds how the tagger alone fared; --tagger-alone scores the dump instead of the stage
  python3 scripts/ner/entity_error_anatomy.py classify fold6.jsonl stage6.jsonl --tagger-dump DUMP

Only for tuning folds: never run it on the held-out fold (its errors are not to be read).
"""
import argparse
import collections
import json
import os
import re
import sys

PERSON = "Politician Artist Scientist Religious_PER Other_PER Athlete Businessperson Engineer Police Lawyer"
LOCATION = "Population-Center Nation State-or-Province County-or-District Continent GPE-Cluster Water-Body Land-Region-Natural"
ORGANIZATION = "Government Commercial Non-Governmental Educational Media Sports Religious_ORG Entertainment Medical-Science"
COARSE = {t: c for c, ts in (("PERSON", PERSON), ("LOCATION", LOCATION), ("ORGANIZATION", ORGANIZATION)) for t in ts.split()}
SCORED = {"PERSON", "LOCATION", "ORGANIZATION"}
PROCLITICS = set("و ب ل ك ف س".split())
# The words the stage leaves out of an Arabic organization's name (OrganizationWordConvention).
ORGANIZATION_WORDS = set("نادي النادي ونادي لنادي نادى فريق شركة الشركة وشركة لشركة بشركة صحيفة جريدة مجلة قناة حركة تنظيم".split())
PLACE_WORDS = set(
    "مدينة قرية جزيرة نهر ولاية محافظة ميناء جبل وادي بحيرة مقاطعة بلدة منطقة بحر شبه دولة مملكة جمهورية جزر جبال "
    "بلاد حي قطاع سلطنة ساحل مستوطنة راس شمال جنوب شرق غرب".split())


def coarse(fine):
    if fine in COARSE:
        return COARSE[fine]
    return {"PER": "PERSON", "LOC": "LOCATION", "GPE": "LOCATION", "ORG": "ORGANIZATION"}.get(fine.upper(), "MISC")


def read_wikifane(path):
    """Documents as (text, [(start, end, fine type)]), scalar offsets, as CoNLLReader makes them."""
    documents, sentences, sentence = [], [], []

    def flush_sentence():
        nonlocal sentence, sentences
        if sentence:
            sentences.append(sentence)
        sentence = []
        if len(sentences) >= 20:
            documents.append(sentences)
            sentences = []

    for line in open(path, encoding="utf-8"):
        line = "".join(c for c in line.rstrip("\r\n") if c not in "\ufeff\u200e\u200f")
        fields = line.replace("\t", " ").split()
        if not fields:
            flush_sentence()
            continue
        sentence.append((fields[0], fields[-1]))
    flush_sentence()
    if sentences:
        documents.append(sentences)
    result = []
    for sentences in documents:
        text, mentions = "", []
        for rows in sentences:
            if text:
                text += "\n"
            current, previous = None, "O"
            for index, (token, tag) in enumerate(rows):
                if index:
                    text += " "
                start = len(text)
                text += token
                kind = "" if tag == "O" else tag[2:]
                if tag != "O" and tag.startswith("I-") and current and previous == kind:
                    current[1] = len(text)
                else:
                    if current:
                        mentions.append(tuple(current))
                    current = None if tag == "O" else [start, len(text), kind]
                previous = "O" if tag == "O" else kind
            if current:
                mentions.append(tuple(current))
        result.append((text, mentions))
    return result


def fold(arguments):
    documents = read_wikifane(arguments.wikifane)
    with open(arguments.output, "w", encoding="utf-8") as out:
        for index, (text, mentions) in enumerate(documents):
            if index % 10 != arguments.offset:
                continue
            out.write(json.dumps({
                "id": "%s#%d" % (os.path.basename(arguments.wikifane), index + 1), "text": text,
                "mentions": [{"start": s, "end": e, "type": coarse(t), "fine": t} for s, e, t in mentions],
            }, ensure_ascii=False) + "\n")


def fold_word(word):
    word = re.sub("[\u064B-\u0652\u0640]", "", word)
    return re.sub("[أإآٱ]", "ا", word).replace("ى", "ي").replace("ة", "ه").lower()


def title_words():
    """The evaluator's titles (CueWords.arabicTitles), set aside at the start of a gold person."""
    source = os.path.join(os.path.dirname(__file__), "../../Plugins/EntityLinking/CueWords.swift")
    match = re.search(r'static let arabicTitles = """(.*?)"""', open(source, encoding="utf-8").read(), re.S)
    return {fold_word(w) for w in match.group(1).split()}


def classify(arguments):
    titles = title_words()

    def is_title(word):
        folded = fold_word(word)
        bare = folded[1:] if folded[:1] in ("و", "ف") else folded
        return (folded in titles or bare in titles or (bare.startswith("لل") and "ال" + bare[2:] in titles)
                or (bare[:1] in ("ب", "ل", "ك") and bare[1:] in titles))

    def without_titles(text, start, end):
        while True:
            word = re.match(r"\S+", text[start:end])
            if not word or not is_title(word.group(0)):
                return start
            following = start + word.end()
            while following < end and text[following] in " \n":
                following += 1
            if following >= end:
                return start
            start = following

    golds = [json.loads(line) for line in open(arguments.gold, encoding="utf-8")]
    found = collections.defaultdict(list)
    if arguments.tagger_alone:
        by_text = {d["text"]: d["id"] for d in golds}
        for line in open(arguments.tagger_alone, encoding="utf-8"):
            dump = json.loads(line)
            for s, e, t in dump["predicted"] if dump["text"] in by_text else []:
                if t in SCORED:
                    found[by_text[dump["text"]]].append((s, e, t, {"nil": True}))
    else:
        for line in open(arguments.annotations, encoding="utf-8"):
            a = json.loads(line)
            if a["label"] in SCORED:
                found[a["doc"]].append((a["start"], a["end"], a["label"], a))
    alone = {}
    if arguments.tagger_dump:
        for line in open(arguments.tagger_dump, encoding="utf-8"):
            dump = json.loads(line)
            alone[dump["text"]] = {tuple(p) for p in dump["predicted"] if p[2] in SCORED}
    cases, units, examples = collections.Counter(), collections.Counter(), collections.defaultdict(list)
    linker = collections.Counter()
    right = predicted_count = gold_count = 0

    def add(kind, fn, fp, example):
        cases[kind] += 1
        units[kind] += fn + fp
        examples[kind].append(example)

    for document in golds:
        text, doc = document["text"], document["id"]
        mentions = [((without_titles(text, m["start"], m["end"]) if m["type"] == "PERSON" else m["start"]), m["end"],
                     m["type"], m.get("fine", m["type"])) for m in document["mentions"]]
        by_span = {(s, e): (t, f) for s, e, t, f in mentions}
        tagger = alone.get(text, set())
        predicted = [p for p in found[doc] if by_span.get((p[0], p[1]), ("PERSON",))[0] in SCORED]
        predicted_count += len(predicted)
        scored = [m for m in mentions if m[2] in SCORED]
        gold_count += len(scored)
        used = set()
        for s, e, t, f in scored:
            exact = [p for p in predicted if (p[0], p[1]) == (s, e)]
            if any(p[2] == t for p in exact):
                right += 1
                used.update(id(p) for p in exact if p[2] == t)
                if arguments.tagger_dump and (s, e, t) not in tagger:
                    linker["stage right, tagger alone wrong"] += 1
                continue
            if arguments.tagger_dump and (s, e, t) in tagger:
                linker["tagger alone right, stage wrong"] += 1
            example = "%s gold %s/%s «%s»" % (doc, t, f, text[s:e])
            if exact:
                used.add(id(exact[0]))
                add("1 exact span, type wrong", 1, 1, example + " got " + exact[0][2])
                continue
            overlapping = [p for p in predicted if p[0] < e and s < p[1] and id(p) not in used]
            if not overlapping:
                add("3 missed entirely", 1, 0, example)
                continue
            p = max(overlapping, key=lambda p: min(e, p[1]) - max(s, p[0]))
            used.add(id(p))
            example += " got %s «%s»" % (p[2], text[p[0]:p[1]])

            def inside_word(x):
                return 0 < x < len(text) and text[x - 1] not in " \n" and text[x] not in " \n"

            if inside_word(p[0]) or inside_word(p[1]):
                add("2a boundary inside a WikiFANE token (a proclitic cut or kept)", 1, 1, example)
                continue
            left = text[min(s, p[0]):max(s, p[0])].split()
            right_words = text[min(e, p[1]):max(e, p[1])].split()
            sides = ([("start", left)] if p[0] != s else []) + ([("end", right_words)] if p[1] != e else [])
            if len(sides) == 1 and len(sides[0][1]) == 1:
                where, (word,) = sides[0]
                if word in PROCLITICS:
                    kind = "2b boundary: a clitic or particle token"
                elif where == "start" and word in ORGANIZATION_WORDS:
                    kind = "2d boundary: an organization's word the stage leaves out (نادي، شركة، قناة ...)"
                elif where == "start" and word in PLACE_WORDS:
                    kind = "2e boundary: a place's word (مدينة، جزيرة، ميناء ...)"
                elif where == "start" and t == "PERSON":
                    kind = "2c boundary: a word before a person (a title not in the list, a given name)"
                else:
                    kind = "2f boundary: one other word at either end"
            else:
                kind = "2g boundary: two words or more, or both ends"
            add(kind, 1, 1, example)
        for p in predicted:
            if id(p) in used:
                continue
            s, e = p[0], p[1]
            example = "%s %s «%s»" % (doc, p[2], text[s:e])
            source = "knowledge base" if not p[3].get("nil") else "tagger or rule"
            if any(m[0] < e and s < m[1] for m in scored):
                add("6 a second prediction over one gold mention", 0, 1, example)
            elif any(m[0] < e and s < m[1] for m in mentions):
                add("5 spurious, inside or over a MISC gold name", 0, 1, example)
            else:
                add("4 spurious, no gold: " + source, 0, 1, example)
    precision, recall = right / max(predicted_count, 1), right / max(gold_count, 1)
    print("gold %d, predicted %d, right %d: P %.4f R %.4f typed F1 %.4f" % (
        gold_count, predicted_count, right, precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)))
    print("| class | cases | errors (misses + false) |\n|---|---|---|")
    for kind in sorted(cases):
        print("| %s | %d | %d |" % (kind, cases[kind], units[kind]))
    print("| all | %d | %d |" % (sum(cases.values()), sum(units.values())))
    if linker:
        print(dict(linker))
    if arguments.show:
        for kind in sorted(cases):
            if re.search(arguments.show, kind):
                print("==", kind)
                for example in examples[kind]:
                    print("   ", example)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    making = commands.add_parser("fold", help="write a WikiFANE fold as gold JSON Lines with fine types")
    making.add_argument("wikifane")
    making.add_argument("offset", type=int)
    making.add_argument("output")
    making.set_defaults(run=fold)
    scoring = commands.add_parser("classify", help="classify the stage's errors on a fold")
    scoring.add_argument("gold")
    scoring.add_argument("annotations", nargs="?", default="")
    scoring.add_argument("--tagger-dump", help="entity-benchmark --tuning-dump of the same model")
    scoring.add_argument("--tagger-alone", help="classify the tagger's own spans of this dump instead")
    scoring.add_argument("--show", help="print the errors of the classes matching this expression")
    scoring.set_defaults(run=classify)
    arguments = parser.parse_args()
    arguments.run(arguments)


if __name__ == "__main__":
    sys.exit(main())

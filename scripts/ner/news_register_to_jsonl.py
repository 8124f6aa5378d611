#!/usr/bin/env python3
"""Converts scripts/ner/news_register.txt ([PER ...] markup, blank line between documents) to
JSON Lines gold for `workbench train entities`: {"id", "text", "mentions": [{start, end, type}]}
with offsets in Unicode scalars (Python str indices)."""
import json, re, sys

TYPES = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION", "MISC": "MISC"}
MARK = re.compile(r"\[(PER|LOC|ORG|MISC) ([^\[\]]+)\]")

def convert(paragraph, number):
  text, mentions, position = "", [], 0
  for match in MARK.finditer(paragraph):
    text += paragraph[position:match.start()]
    start = len(text)
    text += match.group(2)
    mentions.append({"start": start, "end": len(text), "type": TYPES[match.group(1)]})
    position = match.end()
  text += paragraph[position:]
  if "[" in text and re.search(r"\[(PER|LOC|ORG|MISC)", text):
    sys.exit(f"unclosed markup in document {number}")
  return {"id": f"news-register-{number}", "text": text, "mentions": mentions}

def main(source, target):
  lines = [l for l in open(source, encoding="utf-8").read().split("\n") if not l.startswith("#")]
  paragraphs = [p.strip() for p in "\n".join(lines).split("\n\n") if p.strip()]
  with open(target, "w", encoding="utf-8") as out:
    for number, paragraph in enumerate(paragraphs, 1):
      out.write(json.dumps(convert(paragraph, number), ensure_ascii=False) + "\n")
  print(f"{len(paragraphs)} documents, {sum(p.count(chr(10)) + 1 for p in paragraphs)} lines -> {target}")

if __name__ == "__main__":
  main(sys.argv[1] if len(sys.argv) > 1 else "scripts/ner/news_register.txt",
       sys.argv[2] if len(sys.argv) > 2 else "/tmp/news_register.jsonl")

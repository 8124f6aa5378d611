#!/usr/bin/env python3
"""Derives Plugins/EntityLinking/Resources/club_names.txt, the sports-club gazetteer of the entity
tagger, from arwikicats' Clubs_key.json (English-to-Arabic club names, MIT):
  python3 scripts/ner/build_club_names.py ../shared/data/entities/arwikicats/Clubs_key.json \
    Plugins/EntityLinking/Resources/club_names.txt
One name per line, as news writes it: the full name and the name without its club-type words
(F.C., نادي, لكرة القدم). Leagues and cups are left out. Arabic one-word names with the article
(الشباب, الاتفاق) are left out: they are common words more often than clubs. The tagger only
learns from membership: no identifier comes from this list."""
import json, re, sys

EN_DROP = {"fc", "f.c.", "a.f.c.", "afc", "cf", "c.f.", "sc", "s.c.", "ud", "nk", "fk", "sk", "pfc", "kk", "bc", "cd",
           "ac", "a.c.", "as", "a.s.", "ss", "s.s.", "us", "u.s.", "club", "calcio", "fbc", "pfk", "sv", "vfl", "vfb",
           "tsg", "rc", "ca", "cs", "ks", "bk", "if", "ik", "sl", "s.l.", "sd", "rcd", "cp", "ec", "se", "sp", "s.p.",
           "football", "futebol", "clube", "de", "1.", "fk.", "f.k."}
LEAGUE = re.compile(r"\b(league|liga|cup|division|deild|serie|championship|premier|bundesliga|ligue|conference|"
                    r"tournament|olympic|games)\b")
AR_DROP_PREFIX = ("نادي ", "النادي ", "فريق ")
AR_DROP_SUFFIX = (" لكرة القدم", " لكرة السلة", " لكرة اليد", " للسيدات", " الرياضي", " أف سي", " إف سي", " فوتبول")
AR_LEAGUE = ("دوري", "كأس", "بطولة", "الدرجة", "رابطة", "اتحاد")

def english_forms(key):
  key = re.sub(r"\s*\([^)]*\)", "", key).strip()
  words = key.split()
  forms = {key}
  core = [w for w in words if w not in EN_DROP]
  if core and len(" ".join(core)) >= 4:
    forms.add(" ".join(core))
  return forms

def arabic_forms(value):
  value = re.sub(r"\s*\([^)]*\)", "", value).strip()
  forms = {value}
  core = value
  for prefix in AR_DROP_PREFIX:
    if core.startswith(prefix): core = core[len(prefix):]
  changed = True
  while changed:
    changed = False
    for suffix in AR_DROP_SUFFIX:
      if core.endswith(suffix):
        core, changed = core[: -len(suffix)], True
  forms.add(core.strip())
  return forms

def keep(form, arabic):
  words = form.split()
  if not words: return False
  if arabic:
    if words[0] in AR_LEAGUE: return False
    if len(words) == 1 and (form.startswith("ال") or len(form) < 4): return False
    return True
  return len(form) >= 4 and not LEAGUE.search(form)

def main(source, target):
  table = json.load(open(source, encoding="utf-8"))
  names = set()
  for english, arabic in table.items():
    if LEAGUE.search(english.lower()): continue
    names.update(f for f in english_forms(english.lower()) if keep(f, False))
    names.update(f for f in arabic_forms(arabic) if keep(f, True))
  with open(target, "w", encoding="utf-8") as out:
    out.write("# Sports-club names for the entity tagger's gazetteer feature, derived by\n"
              "# scripts/ner/build_club_names.py from arwikicats 0.2.3 Clubs_key.json (MIT).\n")
    for name in sorted(names): out.write(name + "\n")
  print(f"{len(names)} names from {len(table)} entries -> {target}")

if __name__ == "__main__":
  main(sys.argv[1], sys.argv[2])

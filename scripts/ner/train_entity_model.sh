#!/bin/sh
# Trains the entity tagger that ships in Plugins/EntityLinking/Resources/entity_tagger.wbner.
#   scripts/ner/train_entity_model.sh [SHARED_DATA_DIR] [WORKBENCH_BINARY]
# Data: WikiFANE (Arabic Wikipedia, CC BY-SA 3.0), wikigold (English Wikipedia, CC BY 4.0) and
# the project's own news-register sentences (scripts/ner/news_register.txt) counted 3 times.
# Every 10th document of each file is held out; its figures are printed and stored in the model.
set -eu
DATA=${1:-../shared/data}
WORKBENCH=${2:-.build/release/workbench}
TMP=$(mktemp -d)
python3 scripts/ner/news_register_to_jsonl.py scripts/ner/news_register.txt "$TMP/news_register.jsonl"
"$WORKBENCH" train entities \
  --data "$DATA/ner/WikiFANE_Gold_2014_500K.txt" \
  --data "$DATA/ner/wikigold/wikigold.conll" \
  --data "$TMP/news_register.jsonl:3" \
  --note "licence=weights derived from WikiFANE (CC BY-SA 3.0) and wikigold (CC BY 4.0)" \
  --write-held-out "$TMP/held_out.jsonl" \
  -o Plugins/EntityLinking/Resources/entity_tagger.wbner
echo "held-out documents: $TMP/held_out.jsonl (score the stage on them with workbench evaluate)"

#!/usr/bin/env bash
# Rebuilds the sentiment model that ships in Plugins/Sentiment/Resources, deterministically.
# Usage: scripts/train_sentiment_model.sh [path/to/shared/data] (default: ../shared/data)
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data}"
resources=Plugins/Sentiment/Resources
swift build -c release --product workbench
.build/release/workbench train sentiment \
  --data "$data/sentiment/arsarcasm_v2_train.csv" \
  --data "$resources/news_sentences.tsv:${NEWS_WEIGHT:-12}" \
  --data "$resources/news_polarity_words.tsv:${WORDS_WEIGHT:-1}" \
  --data "$resources/vader_polarity_words.tsv:${VADER_WEIGHT:-0.5}" \
  --text-column tweet --text-column text --label-column sentiment --label-column label \
  --labels NEG=negative,NEU=neutral,POS=positive \
  --note "licence=ArSarcasm-v2 training split: MIT (c) 2021 iabufarha; VADER lexicon: MIT (c) 2016 C.J. Hutto; news sentences and word lists: written for Workbench" \
  --note "source=iabufarha/ArSarcasm-v2 (training split), vaderSentiment 3.3.2 vader_lexicon.txt (|valence| >= 1), Plugins/Sentiment/Resources/news_*.tsv" \
  -o "${OUTPUT:-$resources/sentiment-news-ar-en.wbsent}"

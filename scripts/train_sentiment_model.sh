#!/usr/bin/env bash
# Rebuilds the sentiment models that ship in Plugins/Sentiment/Resources, deterministically:
# the news model (tweets + news sentences + word lists) and the social model (tweets only).
# Usage: scripts/train_sentiment_model.sh [path/to/shared/data] [news|social|both] (default: ../shared/data both)
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data}"
resources=Plugins/Sentiment/Resources
which="${2:-both}"
[ -n "${SKIP_BUILD:-}" ] || swift build -c release --product workbench
if [ "$which" != social ]; then
.build/release/workbench train sentiment \
  --data "$data/sentiment/arsarcasm_v2_train.csv" \
  --data "$resources/news_sentences.tsv:${NEWS_WEIGHT:-12}" \
  --data "$resources/news_polarity_words.tsv:${WORDS_WEIGHT:-1}" \
  --data "$resources/vader_polarity_words.tsv:${VADER_WEIGHT:-0.5}" \
  --text-column tweet --text-column text --label-column sentiment --label-column label \
  --labels NEG=negative,NEU=neutral,POS=positive --decision-folds 0 --average --learning-rate 0.1 \
  --note "licence=ArSarcasm-v2 training split: MIT (c) 2021 iabufarha; VADER lexicon: MIT (c) 2016 C.J. Hutto; news sentences and word lists: written for Workbench" \
  --note "source=iabufarha/ArSarcasm-v2 (training split), vaderSentiment 3.3.2 vader_lexicon.txt (|valence| >= 1), Plugins/Sentiment/Resources/news_*.tsv" \
  -o "${OUTPUT:-$resources/sentiment-news-ar-en.wbsent}"
fi
if [ "$which" != news ]; then
# Options chosen on a tuning fold of the training file's training part (see
# docs/stages/sentiment.md); the dev fold was scored once, with a model trained on the
# training part alone.
.build/release/workbench train sentiment \
  --data "$data/sentiment/arsarcasm_v2_train.csv" \
  --text-column tweet --label-column sentiment --labels NEG=negative,NEU=neutral,POS=positive \
  --l2 0.05 --learning-rate 0.025 --epochs 8 --average --decision-folds 5 --folds 0 \
  --note "licence=ArSarcasm-v2 training split: MIT (c) 2021 iabufarha" \
  --note "source=iabufarha/ArSarcasm-v2 (training split, all 12,548 tweets)" \
  -o "${SOCIAL_OUTPUT:-$resources/sentiment-social-ar.wbsent}"
fi

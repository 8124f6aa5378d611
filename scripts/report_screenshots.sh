#!/usr/bin/env bash
# Renders a Workbench HTML report with headless Chromium into PNG screenshots, one per
# section, so that a person can look at it (Arabic right to left, charts, no overlaps).
#
#   scripts/report_screenshots.sh                     # runs workflows/energy.yaml, shoots out/energy.html
#   scripts/report_screenshots.sh --demo [OUT_DIR]    # the demonstration report (see below)
#   scripts/report_screenshots.sh REPORT.html [OUT_DIR]
#
# The demonstration report (out/demo.html) covers the five seeds with hand-made annotations of
# every kind (Tests/WorkbenchReportTests/SeedDemo.swift): it shows every section filled before
# all stages exist; it is not output of the stages.
# Needs Debian's chromium package (apt-get install -y chromium) and, for Arabic glyphs,
# fonts-noto-core. Screenshots go to OUT_DIR (default out/screenshots).
set -euo pipefail
cd "$(dirname "$0")/.."

report="${1:-}"
out_dir="${2:-out/screenshots}"
mkdir -p out "$out_dir"

if [[ -z "$report" ]]; then
  swift run workbench run energy --quiet
  report=out/energy.html
elif [[ "$report" == "--demo" ]]; then
  report=out/demo.html
  WORKBENCH_REPORT_DEMO="$PWD/$report" swift test --filter SeedDemoTests >/dev/null
fi
[[ -f "$report" ]] || { echo "error: $report does not exist" >&2; exit 66; }

browser=$(command -v chromium || command -v chromium-browser || true)
[[ -n "$browser" ]] || { echo "error: chromium not found (apt-get install -y chromium)" >&2; exit 69; }

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# Headless Chromium paints a blank page when a screenshot is taken scrolled down (fragment
# navigation), so a copy of the report gets a few lines that shift <main> up instead of
# scrolling: the picture is the same as a person scrolled to the fragment would see.
copy="$profile/report.html"
cp "$report" "$copy"
cat >>"$copy" <<'JS'
<script>
window.addEventListener('load',function(){setTimeout(function(){
  if(!location.hash)return;
  var target=document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if(!target)return;
  var nav=document.querySelector('nav.top'),main=document.querySelector('main');
  var y=target.getBoundingClientRect().top+window.scrollY-(nav?nav.offsetHeight:0)-8;
  window.scrollTo(0,0);
  main.style.transform='translateY('+(-Math.max(0,y))+'px)';
  // ?click: open the details of the first entity highlight, as a click would.
  if(location.search.indexOf('click')>=0){
    var mark=target.querySelector('.text .a.ent')||target.querySelector('.text .a');
    while(mark&&mark.querySelector('.a'))mark=mark.querySelector('.a');
    if(mark)mark.click();
  }
},50);});
</script>
JS
url="file://$copy"

# name  fragment  width  height
shots=(
  "01-overview     ''              1280 1000"
  "02-timeline     '#timeline'     1280 1000"
  "03-entities     '#entities'     1280 1300"
  "04-cooccurrence '#cooccurrence' 1280 900"
  "05-sentiment    '#sentiment'    1280 1000"
  "06-topics       '#topics'       1280 800"
  "07-documents    '#documents'    1280 1200"
  "08-document-3   '#doc-3'        1280 1200"
  "09-narrow       '#doc-0'        420  900"
  "10-details      '?click#doc-1'  1280 700"
)
for shot in "${shots[@]}"; do
  eval "set -- $shot"
  name=$1 fragment=$2 width=$3 height=$4
  "$browser" --headless=new --no-sandbox --disable-gpu --hide-scrollbars \
    --disable-background-networking --no-first-run --user-data-dir="$profile" \
    --window-size="$width,$height" --virtual-time-budget=3000 \
    --screenshot="$out_dir/$name.png" "$url$fragment" >/dev/null 2>&1
  echo "$out_dir/$name.png"
done

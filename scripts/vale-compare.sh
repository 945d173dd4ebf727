#!/usr/bin/env bash
# Compares postlint with Vale, the prose linter, on one
# generated corpus: best wall time, peak memory and how many findings each
# reports, next to the time it takes merely to read the files in parallel.
#
#   scripts/vale-compare.sh [N] [SEED]   N drafts (default 1000), corpus seed (default 1)
#   RUNS=5                               runs of each program (default 5), the best counts
#   VALE=/path/to/vale                   the Vale binary (default: vale on PATH)
#
# Vale runs three times, each from a folder of its own holding its
# .vale.ini:
#   - with only its built-in style (BasedOnStyles = Vale: spelling,
#     repetition, its term lists), what a new Vale set-up checks;
#   - with a style made of postlint's own word lists (tools/valestyle): one
#     existence rule for each rules/words/<lang>/<list>.txt, matching the
#     list's phrases, so both programs look for the same words;
#   - with that style less the lists postlint's rules consult rather than
#     report (the dictionaries hashtag-words and common-words, the
#     allow-lists, exceptions and exemptions, name-exclusions and
#     title-tokens): the rules a Vale user would port.
# The programs take turns in each round, so that a slower or faster spell
# of the machine falls on all of them.
#
# Caveats: the two do different work, and the counts only show that each
# did some. Vale's existence rules report a phrase anywhere it stands, with
# none of the context postlint's rules weigh (platform, language, front
# matter, where in the post, what comes next), and for every list alike,
# allow-lists and helper lists too; the matcher's own syntax ("*", "<n>",
# a trailing "-") is matched as literal text. postlint does much more than
# match word lists: lengths per platform, hooks, hashtags, links,
# accessibility, readability. Vale's built-in style is mostly a spelling
# check with an English dictionary, which flags most Indonesian words.
# Wall times on a busy machine are noisy: read them against the read floor.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
seed=${2:-1}
runs=${RUNS:-5}
vale=$(command -v "${VALE:-vale}" || true)
if [ -z "$vale" ]; then
  echo "vale-compare: needs Vale, the prose linter: put vale on PATH or set VALE=/path/to/vale." >&2
  echo "  Install it with: go install github.com/errata-ai/vale/v3/cmd/vale@v3.7.1" >&2
  exit 2
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# Built as the release archives are (see .goreleaser.yaml).
go build -trimpath -tags urfave_cli_no_docs -o "$out/postlint" .
go build -trimpath -o "$out/readfloor" ./tools/readfloor
go run ./tools/gencorpus -n "$n" -seed "$seed" "$out/corpus" >/dev/null
mkdir -p "$out/vale-builtin" "$out/vale-lists" "$out/vale-reported"
printf 'MinAlertLevel = suggestion\n\n[*.{md,txt}]\nBasedOnStyles = Vale\n' >"$out/vale-builtin/.vale.ini"
printf 'StylesPath = styles\nMinAlertLevel = suggestion\n\n[*.{md,txt}]\nBasedOnStyles = Postlint\n' >"$out/vale-lists/.vale.ini"
style=$(go run ./tools/valestyle "$out/vale-lists/styles")
style=${style#wrote } # "198 rules (8676 phrases)", without the temporary folder
style=${style% to *}
cp -r "$out/vale-lists/styles" "$out/vale-lists/.vale.ini" "$out/vale-reported/"
consulted="$out/vale-reported/styles/Postlint"
rm -f "$consulted"/*-{hashtag-words,common-words,name-exclusions,title-tokens}.yml "$consulted"/*{allowlist,exceptions,exempt}.yml
reported_rules=$(find "$out/vale-reported/styles/Postlint" -name '*.yml' | wc -l)
reported_phrases=$(cat "$out/vale-reported/styles/Postlint/"*.yml | grep -c '^  - ')

# Runs one program, after the words given (a timer), with its output on
# stdout. Vale gets --no-global so that no configuration of the machine's
# user joins in; env -C starts it in its folder without a shell between.
prog() {
  local name=$1
  shift
  case $name in
  floor) "$@" "$out/readfloor" "$out/corpus" ;;
  postlint) "$@" "$out/postlint" --no-config --format json --fail-on none "$out/corpus" ;;
  vale-builtin) "$@" env -C "$out/vale-builtin" "$vale" --no-global --no-exit --output line "$out/corpus" ;;
  vale-lists) "$@" env -C "$out/vale-lists" "$vale" --no-global --no-exit --output line "$out/corpus" ;;
  vale-reported) "$@" env -C "$out/vale-reported" "$vale" --no-global --no-exit --output line "$out/corpus" ;;
  esac
}
names=(floor postlint vale-builtin vale-lists vale-reported)

sync
# One run of each, which warms the page cache and gives the counts; a
# program that fails or writes to stderr (Vale's errors in a rule) stops
# the comparison.
for name in "${names[@]}"; do
  if ! prog "$name" >"$out/$name.out" 2>"$out/$name.err" || [ -s "$out/$name.err" ]; then
    echo "vale-compare: $name failed:" >&2
    head -20 "$out/$name.err" >&2
    exit 1
  fi
done
# postlint's summary totals its findings; Vale's line output is one alert
# a line.
found_lint=$(awk '/^  "summary": / {
  for (i = 1; i < NF; i++) if ($i ~ /^"(errors|warnings|infos)":$/) { v = $(i + 1); gsub(/[^0-9]/, "", v); s += v }
} END { print s + 0 }' "$out/postlint.out")
found_builtin=$(wc -l <"$out/vale-builtin.out")
found_lists=$(wc -l <"$out/vale-lists.out")
found_reported=$(wc -l <"$out/vale-reported.out")
if [ "$found_lint" -eq 0 ]; then
  echo "vale-compare: postlint reported no findings; is its JSON summary read?" >&2
  exit 1
fi
if [ "$found_lists" -eq 0 ] || [ "$found_reported" -eq 0 ]; then
  echo "vale-compare: Vale found none of postlint's listed phrases; is the style read?" >&2
  exit 1
fi

# Best wall time in nanoseconds of each program over RUNS rounds.
declare -A best
for _ in $(seq "$runs"); do
  for name in "${names[@]}"; do
    start=$(date +%s%N)
    prog "$name" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    wall=$((end - start))
    if [ -z "${best[$name]:-}" ] || [ "$wall" -lt "${best[$name]}" ]; then best[$name]=$wall; fi
  done
done
# Peak RSS in KiB of one more run each.
declare -A rss
for name in "${names[@]}"; do
  prog "$name" /usr/bin/time -f '%M' -o "$out/time" >/dev/null 2>&1 || true
  rss[$name]=$(tail -1 "$out/time")
done

awk -v n="$n" -v runs="$runs" -v cores="$(nproc)" -v version="$("$vale" --version)" -v style="$style" \
  -v reported="$reported_rules rules ($reported_phrases phrases)" \
  -v t_floor="${best[floor]}" -v t_lint="${best[postlint]}" -v t_builtin="${best[vale-builtin]}" -v t_lists="${best[vale-lists]}" -v t_reported="${best[vale-reported]}" \
  -v m_floor="${rss[floor]}" -v m_lint="${rss[postlint]}" -v m_builtin="${rss[vale-builtin]}" -v m_lists="${rss[vale-lists]}" -v m_reported="${rss[vale-reported]}" \
  -v f_lint="$found_lint" -v f_builtin="$found_builtin" -v f_lists="$found_lists" -v f_reported="$found_reported" 'BEGIN {
  lint = t_lint > 0 ? t_lint : 1
  printf "cores: %d, drafts: %d, best of %d runs; %s\n", cores, n, runs, version
  printf "postlint word lists as a Vale style: %s; the reported lists: %s\n\n", style, reported
  printf "%-30s %10s %10s %10s   %s\n", "program", "wall", "peak RSS", "found", "postlint vs it"
  row("read floor", t_floor, m_floor, "-", sprintf("postlint takes %.2fx the floor", t_lint / (t_floor > 0 ? t_floor : 1)))
  row("postlint", t_lint, m_lint, f_lint, "")
  row("Vale, built-in style", t_builtin, m_builtin, f_builtin, sprintf("postlint %.1fx faster", t_builtin / lint))
  row("Vale, postlint word lists", t_lists, m_lists, f_lists, sprintf("postlint %.1fx faster", t_lists / lint))
  row("Vale, reported lists only", t_reported, m_reported, f_reported, sprintf("postlint %.1fx faster", t_reported / lint))
}
function row(name, ns, kib, found, note) {
  printf "%-30s %8.3f s %6.1f MiB %10s", name, ns / 1e9, kib / 1024, found
  printf "%s\n", note == "" ? "" : "   " note
}'

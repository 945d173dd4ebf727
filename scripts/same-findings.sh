#!/usr/bin/env bash
# Checks that a change keeps postlint's findings byte-identical: builds
# postlint at REV and at the working tree, lints the bundled examples and a
# generated corpus with both, and compares the reports byte for byte: JSON
# on all of them, and the other formats on the examples (SARIF on the
# corpus too, coloured text on the examples, and a calendar linted on its
# own, whose rows share the cores), in English and in Indonesian.
# A refactoring that is meant to change nothing must pass it.
#
#   scripts/same-findings.sh REV [N] [SEED]   N corpus drafts (default 10000), seed (default 1)
#
# Exit status 0 when every report is identical, 1 when one differs (the
# first lines of the difference are printed), 2 on a usage error.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 1 ]; then
  echo "usage: scripts/same-findings.sh REV [N] [SEED]" >&2
  exit 2
fi
rev=$1
n=${2:-10000}
seed=${3:-1}
work=$(mktemp -d)
cleanup() {
  git worktree remove --force "$work/base" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

git worktree add --detach --quiet "$work/base" "$rev"
(cd "$work/base" && go build -trimpath -o "$work/postlint-base" .)
go build -trimpath -o "$work/postlint-new" .
go run ./tools/gencorpus -n "$n" -seed "$seed" "$work/corpus" >/dev/null

status=0
compare() { # name, then the arguments both binaries get
  local name=$1
  shift
  # Exit codes 0 and 1 both mean "linted"; the reports are what count.
  "$work/postlint-base" "$@" >"$work/$name.base.out" 2>"$work/$name.base.err" || [ $? -le 1 ]
  "$work/postlint-new" "$@" >"$work/$name.new.out" 2>"$work/$name.new.err" || [ $? -le 1 ]
  # The text report's summary ends with the run's duration.
  sed -i -E 's/ (in|dalam) [0-9]+ ms$//' "$work/$name.base.out" "$work/$name.new.out"
  if cmp -s "$work/$name.base.out" "$work/$name.new.out"; then
    printf '%-22s identical (%s bytes, sha256 %s)\n' "$name" "$(wc -c <"$work/$name.new.out")" \
      "$(sha256sum "$work/$name.new.out" | cut -c1-16)"
  else
    printf '%-22s DIFFERENT\n' "$name"
    diff "$work/$name.base.out" "$work/$name.new.out" | head -40 || true # go on to the other reports
    status=1
  fi
}

compare examples --no-config --format json --fail-on none examples
compare examples-config --config examples/.postlint.toml --format json --fail-on none examples
# The other reports draw on the same findings through their own code.
for format in text sarif github checkstyle codequality; do
  compare "examples-$format" --config examples/.postlint.toml --format "$format" --color never --fail-on none examples
done
compare examples-text-color --config examples/.postlint.toml --format text --color always --fail-on none examples
# Messages in each language are formatted from their own texts. The
# examples' config asks for Indonesian, so English is asked for here.
compare examples-text-en --config examples/.postlint.toml --format text --locale en --color never --fail-on none examples
# A file linted alone takes its own path: its rows share the cores.
for format in json text; do
  compare "calendar-$format" --config examples/.postlint.toml --format "$format" --color never --fail-on none --jobs 4 examples/calendar/april-2026.csv
done
compare "corpus-$n-seed-$seed" --no-config --format json --fail-on none --jobs 2 "$work/corpus"
compare "corpus-$n-sarif" --no-config --format sarif --fail-on none --jobs 2 "$work/corpus"
compare "corpus-$n-id" --no-config --format json --locale id --fail-on none --jobs 2 "$work/corpus"
exit $status

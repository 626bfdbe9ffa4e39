#!/bin/sh
# Drives the real `fener` binary: help and version, usage errors (exit 2),
# unreadable input (66), bad data (65), lenient repair, size limits, JSON
# lines for several inputs, HTML boilerplate, stdin, user dictionaries.
# usage: cli.sh FENER SOURCE_DIR BUILD_DIR
set -u
FENER=$1
SRC=$2
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fails=0

fail() {
    echo "FAIL: $*" >&2
    fails=$((fails + 1))
}

# expect CODE DESCRIPTION -- command...; stdout in $TMP/out, stderr in $TMP/err
expect() {
    want=$1
    what=$2
    shift 3
    "$@" >"$TMP/out" 2>"$TMP/err"
    got=$?
    [ "$got" -eq "$want" ] || fail "$what: exit $got, want $want ($(head -c 300 "$TMP/err"))"
}

has() {
    grep -q -- "$2" "$1" || fail "$3: \"$2\" not in $(basename "$1"): $(head -c 300 "$1")"
}

expect 0 "help" -- "$FENER" --help
has "$TMP/out" "extract" "--help lists extract"
has "$TMP/out" "demo" "--help lists demo"
expect 0 "version" -- "$FENER" --version
has "$TMP/out" "^fener [0-9]" "--version"
expect 0 "help extract" -- "$FENER" help extract
has "$TMP/out" "--max-bytes" "help extract shows options"
expect 2 "no command" -- "$FENER"
expect 2 "unknown command" -- "$FENER" frobnicate
has "$TMP/err" 'unknown command "frobnicate"' "unknown command message"
has "$TMP/err" "usage:" "usage after unknown command"
expect 2 "unknown flag" -- "$FENER" extract --frob x.txt
has "$TMP/err" 'unknown option "--frob"' "unknown flag message"
has "$TMP/err" "usage: fener extract" "usage after unknown flag"
expect 2 "missing value" -- "$FENER" extract x.txt --date
has "$TMP/err" "needs a value" "missing value message"
expect 2 "bad format" -- "$FENER" extract --format pdf x.txt
expect 2 "bad date" -- "$FENER" extract --date 2024-13-45 "$SRC/examples/01-ring-rolled-up.txt"
expect 2 "no input" -- "$FENER" extract

expect 66 "missing file" -- "$FENER" extract "$TMP/nope.txt"
has "$TMP/err" "nope.txt" "missing file is named"

printf 'Police detained \303\050 suspects in Ankara.\n' >"$TMP/bad.txt"
expect 65 "invalid UTF-8" -- "$FENER" extract --json "$TMP/bad.txt"
has "$TMP/err" "offset 16" "invalid UTF-8 names the byte offset"
[ -s "$TMP/out" ] && fail "invalid UTF-8 printed output"
expect 0 "lenient" -- "$FENER" extract --json --lenient "$TMP/bad.txt"
has "$TMP/out" '"repaired_bytes":1' "lenient reports the repair"

head -c 2000 /dev/zero | tr '\0' 'a' >"$TMP/big.txt"
expect 65 "too big" -- "$FENER" extract --max-bytes 1000 "$TMP/big.txt"
has "$TMP/err" "larger than 1000 bytes" "size limit message"
expect 2 "bad max-bytes" -- "$FENER" extract --max-bytes -5 "$TMP/big.txt"

# Several inputs: one JSON object per line; a failing input does not stop the rest.
expect 66 "json lines" -- "$FENER" extract --json "$SRC/examples/01-ring-rolled-up.txt" "$TMP/nope.txt" \
    "$SRC/examples/02-province-governor.txt"
lines=$(wc -l <"$TMP/out")
[ "$lines" -eq 2 ] || fail "json lines: $lines lines, want 2"
python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    assert set(d) >= {"document", "entities", "events", "relations"}, d.keys()
    for e in d["entities"]:
        assert e["type"] in ("person", "organization", "location")
        for m in e["mentions"]:
            assert m["end"] > m["start"]
' "$TMP/out" || fail "json lines do not parse or lack fields"

# stdin, and the document date from --date resolving "on Tuesday"
printf 'Police detained eight suspects in Izmir on Tuesday.\n' |
    "$FENER" extract --json --date 2026-03-19 - >"$TMP/out" 2>"$TMP/err" || fail "stdin"
has "$TMP/out" '"date":"2026-03-17"' "weekday resolved against --date"
has "$TMP/out" '"count":8' "count from stdin text"

# HTML: the article is read, banners and footers are not.
expect 0 "html" -- "$FENER" extract --json "$SRC/examples/03-warning-shared.html"
has "$TMP/out" '"format":"html"' "html detected"
has "$TMP/out" '"name":"Antalya"' "html paragraph read"
grep -q "Subscribe\|cookies\|All rights reserved" "$TMP/out" && fail "html boilerplate leaked into facts"

# A user dictionary adds an organisation; a bad one is refused with its line.
printf '#format: orgs\nBlue Falcon Brigade\tmilitant_group\t\tBFB|Mavi Şahin Tugayı\n' >"$TMP/my_orgs.tsv"
printf 'Gendarmes captured two BFB members near Van.\n' >"$TMP/bfb.txt"
expect 0 "user dict" -- "$FENER" extract --json --dict "$TMP/my_orgs.tsv" "$TMP/bfb.txt"
has "$TMP/out" '"name":"BFB"' "user dictionary entry found"
has "$TMP/out" '"kind":"militant_group"' "user dictionary kind"
printf '#format: orgs\nOnly one column\n' >"$TMP/broken_orgs.tsv"
"$FENER" extract --dict "$TMP/broken_orgs.tsv" "$TMP/bfb.txt" >"$TMP/out" 2>"$TMP/err"
[ $? -ne 0 ] || fail "broken dictionary accepted"
has "$TMP/err" "line 2" "broken dictionary names the line"

# Readable summary
expect 0 "summary" -- "$FENER" extract "$SRC/examples/02-province-governor.txt"
has "$TMP/out" "persons" "summary groups persons"
has "$TMP/out" "arrest" "summary lists events"

# demo runs over the bundled examples
expect 0 "demo" -- "$FENER" demo --examples "$SRC/examples"
has "$TMP/out" "03-warning-shared.html" "demo covers every example"

[ "$fails" -eq 0 ] || { echo "$fails check(s) failed" >&2; exit 1; }
echo "cli: all checks passed"

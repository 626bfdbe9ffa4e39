#!/bin/sh
# Golden output: the JSON of each example report must equal the canonical file
# in tests/golden/ byte for byte (extraction is deterministic). After an
# intended change, regenerate with FENER_UPDATE_GOLDEN=1 and review the diff.
# usage: golden.sh FENER SOURCE_DIR BUILD_DIR
set -u
FENER=$1
SRC=$2
fails=0
for f in "$SRC"/examples/*; do
    name=$(basename "$f")
    want="$SRC/tests/golden/${name%.*}.json"
    got=$("$FENER" extract --json --pretty "$f") || { echo "FAIL: extract $name" >&2; fails=$((fails + 1)); continue; }
    if [ "${FENER_UPDATE_GOLDEN:-}" = 1 ]; then
        printf '%s\n' "$got" >"$want"
        continue
    fi
    if ! printf '%s\n' "$got" | diff -u "$want" - >&2; then
        echo "FAIL: $name differs from tests/golden/$(basename "$want")" >&2
        fails=$((fails + 1))
    fi
    # a second run gives the same bytes
    again=$("$FENER" extract --json --pretty "$f")
    [ "$got" = "$again" ] || { echo "FAIL: $name not deterministic" >&2; fails=$((fails + 1)); }
done
[ "$fails" -eq 0 ] || exit 1
echo "golden: all examples match"

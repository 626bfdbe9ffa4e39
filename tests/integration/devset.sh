#!/bin/sh
# Extraction quality on the development set (../shared/corpus, present in CI,
# absent from a user's clone: then the test is skipped with CTest's code 77).
# Fails when entity F1 < 0.90 or event F1 < 0.70.
# usage: devset.sh FENER SOURCE_DIR BUILD_DIR
set -u
FENER=$1
SRC=$2
CORPUS="$SRC/../shared/corpus"
if [ ! -f "$CORPUS/score.py" ] || ! command -v python3 >/dev/null 2>&1; then
    echo "skipped: $CORPUS not present"
    exit 77
fi
exec python3 "$CORPUS/score.py" --docs "$CORPUS/docs" --gold "$CORPUS/gold" \
    --cmd "$FENER extract --json {}" --min-entity-f1 0.90 --min-event-f1 0.70

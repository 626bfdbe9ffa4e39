#!/bin/sh
# Crash safety of ingest: 2,000 small reports, then 24 trials that start
# `fener ingest --batch 100` and kill -9 it after a random (seeded, so
# reproducible) delay. After each kill the store must pass `fener check` and
# hold whole batches only (a multiple of 100 documents, or all of them);
# most trials start from an empty store, every fourth goes on from the
# killed one, so ingest also resumes over its own leftovers. Odd trials are bulk
# ingests (query indexes dropped at the start, made again at the end): after a
# kill, the check's read-write open must make them again (the check fails on a
# missing one). Finally one more ingest must complete with every file stored
# exactly once.
# usage: crash.sh FENER SOURCE_DIR BUILD_DIR   (FENER_CRASH_SEED changes the delays)
set -u
FENER=$1
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
command -v python3 >/dev/null 2>&1 || {
    echo "crash: python3 not found, skipped"
    exit 77
}
SEED=${FENER_CRASH_SEED:-20240611}
N=2000
TRIALS=24
fails=0

fail() {
    echo "FAIL: $*" >&2
    fails=$((fails + 1))
}

# Every report states one arrest, so `stats` counts every stored document.
python3 - "$TMP/reports" "$N" <<'EOF'
import os, random, sys
out, n = sys.argv[1], int(sys.argv[2])
rng = random.Random(1)
first = ["Kasım", "Hüseyin", "Mehmet", "Ayşe", "Fatma", "Ömer", "Şükrü", "Gülsüm", "İbrahim", "Çağlar"]
last = ["Güler", "Yılmaz", "Öztürk", "Çelik", "Doğan", "Şahin", "Aydın", "Kılıç", "Işık", "Ünal"]
places = ["Ankara", "İzmir", "Şanlıurfa", "Gaziantep", "Mersin", "Adana", "Bursa", "Konya"]
os.makedirs(out)
for i in range(n):
    k, p = rng.randint(2, 60), rng.choice(places)
    who = rng.choice(first) + " " + rng.choice(last)
    with open(os.path.join(out, "r%04d.txt" % i), "w", encoding="utf-8") as f:
        f.write("date 2024-%02d-%02d Police detain %d suspects in %s\n\n"
                % (rng.randint(1, 12), rng.randint(1, 28), k, p))
        f.write("%s police detained %d suspects linked to Daesh in %s on Tuesday, including %s. "
                "The prosecutor's file number is %d.\n" % (p, k, p, who, i))
EOF

# docs DB: the number of stored documents, via fener itself.
docs() {
    "$FENER" stats --db "$1" --by type --json 2>"$TMP/err" | python3 -c '
import json, sys
print(json.load(sys.stdin)["documents"])' 2>>"$TMP/err"
}

# A full ingest first: it must store every report, and it times the delays.
start=$(date +%s.%N)
"$FENER" ingest --db "$TMP/ref.db" --batch 100 --json "$TMP/reports" >"$TMP/out" 2>"$TMP/err" ||
    fail "reference ingest: $(head -c 300 "$TMP/err")"
end=$(date +%s.%N)
ref=$(docs "$TMP/ref.db")
[ "$ref" = "$N" ] || fail "reference ingest stored $ref documents, want $N"

# The kill delays: seeded fractions of the time a full ingest took. A trial
# that finished before its kill shrinks the later delays (the machine may be
# faster now than when it was timed), so most trials do kill mid-ingest.
span=$(awk -v a="$start" -v b="$end" 'BEGIN { s = b - a; if (s < 0.5) s = 0.5; print s }')
fractions=$(python3 -c '
import random, sys
rng = random.Random(int(sys.argv[1]))
print(" ".join("%.3f" % rng.uniform(0.01, 0.9) for _ in range(int(sys.argv[2]))))
' "$SEED" "$TRIALS")
scale=1

DB=$TMP/crash.db
trial=0
killed=0
for u in $fractions; do
    trial=$((trial + 1))
    d=$(awk -v u="$u" -v s="$span" -v k="$scale" 'BEGIN { printf "%.3f", u * s * k }')
    # Every fourth trial resumes the killed store; the others start from nothing.
    if [ $((trial % 4)) -ne 0 ]; then
        rm -f "$DB" "$DB-wal" "$DB-shm" "$DB-journal"
    fi
    bulk=off
    [ $((trial % 2)) -eq 1 ] && bulk=on
    "$FENER" ingest --db "$DB" --batch 100 --bulk $bulk "$TMP/reports" >/dev/null 2>"$TMP/ingest.err" &
    pid=$!
    sleep "$d"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    # 128 + 9: the kill came before the ingest finished.
    if [ $? -eq 137 ]; then
        killed=$((killed + 1))
    else
        scale=$(awk -v k="$scale" 'BEGIN { print k * 0.7 }')
    fi
    [ -e "$DB" ] || continue # killed before the store existed
    if ! "$FENER" check --db "$DB" >"$TMP/out" 2>"$TMP/err"; then
        fail "trial $trial (bulk $bulk, kill after ${d}s): check: $(head -c 300 "$TMP/err")"
        cp "$DB" "$TMP/failed-$trial.db" 2>/dev/null
        rm -f "$DB" "$DB-wal" "$DB-shm"
        continue
    fi
    n=$(docs "$DB")
    case $n in
    '' | *[!0-9]*)
        fail "trial $trial: could not count documents: $(head -c 300 "$TMP/err")"
        continue
        ;;
    esac
    if [ $((n % 100)) -ne 0 ] && [ "$n" -ne "$N" ]; then
        fail "trial $trial (kill after ${d}s): $n documents, not whole batches of 100"
    fi
    [ "$n" -le "$N" ] || fail "trial $trial: $n documents from $N files (duplicates)"
    [ -n "${FENER_CRASH_VERBOSE:-}" ] && echo "trial $trial: killed after ${d}s, $n documents"
done
[ "$killed" -ge $((TRIALS / 4)) ] ||
    fail "only $killed of $TRIALS trials were killed mid-ingest (delays too long?)"

# Resuming completes, and stores every report exactly once.
if "$FENER" ingest --db "$DB" --batch 100 --json "$TMP/reports" >"$TMP/out" 2>"$TMP/err"; then
    python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
n = int(sys.argv[2])
assert d["docs_failed"] == 0 and d["docs_added"] + d["docs_duplicate"] == n, d
' "$TMP/out" "$N" || fail "final ingest stats: $(cat "$TMP/out")"
else
    fail "final ingest: $(head -c 300 "$TMP/err")"
fi
"$FENER" check --db "$DB" >/dev/null 2>"$TMP/err" || fail "final check: $(head -c 300 "$TMP/err")"
n=$(docs "$DB")
[ "$n" = "$N" ] || fail "after the final ingest: $n documents, want $N (each file once)"

if [ "$fails" -ne 0 ]; then
    echo "$fails failure(s) (seed $SEED)" >&2
    exit 1
fi
echo "crash: $TRIALS trials ($killed killed mid-ingest), store intact each time"

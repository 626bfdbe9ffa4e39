#!/bin/sh
# Link analysis through the real binary: neighbours, a path with the
# sentence behind each hop, key figures, cells, components, brokers and the
# four exports (GraphML and GEXF well-formed for xmllint, DOT drawn by
# Graphviz when installed, JSON parsed by python3 when installed); --json;
# filters; the same answer twice (seeded); a CONFIDENTIAL account does not
# see the SECRET report's links; wrong values refused; reads audited.
# usage: graph.sh FENER SOURCE_DIR BUILD_DIR
set -u
FENER=$1
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fails=0
DB=$TMP/g.db

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
    [ "$got" -eq "$want" ] || fail "$what: exit $got, want $want ($(head -c 400 "$TMP/err"))"
}

has() {
    grep -q -- "$2" "$1" || fail "$3: \"$2\" not in $(basename "$1"): $(head -c 600 "$1")"
}

hasnt() {
    if grep -q -- "$2" "$1"; then fail "$3: \"$2\" should not be in $(basename "$1")"; fi
}

cat >"$TMP/a.txt" <<'EOF'
date 2024-05-01 Cell report
Police arrested Ahmet Yılmaz and Mehmet Demir in Konya. Ahmet Yılmaz, the so-called financial official of ISIS, had met Mehmet Demir in Ankara.
EOF
cat >"$TMP/b.txt" <<'EOF'
date 2024-09-12 Courier report
Police detained Mehmet Demir and Ali Koç in Izmir. Ali Koç had carried money to Mehmet Demir.
EOF
cat >"$TMP/c.txt" <<'EOF'
date 2025-01-10 Secret report
Police detained Hasan Kaya and Ali Koç in Bursa.
EOF

expect 0 "ingest" -- "$FENER" ingest --db "$DB" "$TMP/a.txt" "$TMP/b.txt"
expect 0 "ingest secret" -- "$FENER" ingest --db "$DB" --classification SECRET "$TMP/c.txt"
expect 0 "user" -- "$FENER" user add --db "$DB" conf --clearance CONFIDENTIAL

expect 0 "neighbors" -- "$FENER" graph neighbors --db "$DB" Ahmet Yılmaz --depth 2
has "$TMP/out" "Mehmet Demir" "neighbour at depth 1"
has "$TMP/out" "Ali Koç" "neighbour at depth 2"
expect 0 "neighbors json" -- "$FENER" graph neighbors --db "$DB" "Ahmet Yılmaz" --depth 2 --json
has "$TMP/out" '"depth":2' "json depth"
expect 1 "neighbors unknown" -- "$FENER" graph neighbors --db "$DB" Nobody Atall
expect 2 "neighbors bad depth" -- "$FENER" graph neighbors --db "$DB" Ahmet --depth 9

expect 0 "path" -- "$FENER" graph path --db "$DB" "Ahmet Yılmaz" "Hasan Kaya"
has "$TMP/out" "path 1: 3 hops" "three hops"
has "$TMP/out" "Ali Koç had carried money" "the evidence of a hop"
expect 0 "path k" -- "$FENER" graph path --db "$DB" "Ahmet Yılmaz" "Ali Koç" --k 3 --json
has "$TMP/out" '"evidence":\[{' "json evidence"
expect 2 "path one name" -- "$FENER" graph path --db "$DB" "Ahmet Yılmaz"

# The CONFIDENTIAL account: the SECRET report's links do not exist.
expect 1 "path as conf" -- "$FENER" graph path --db "$DB" --as conf "Ahmet Yılmaz" "Hasan Kaya"
hasnt "$TMP/out" "Bursa" "secret place"
expect 0 "export as conf" -- "$FENER" graph export --db "$DB" --as conf --format json
hasnt "$TMP/out" "Hasan Kaya" "secret entity in the export"
hasnt "$TMP/out" "Bursa" "secret place in the export"

for m in degree betweenness pagerank eigenvector; do
    expect 0 "central $m" -- "$FENER" graph central --db "$DB" --measure $m --top 3
    has "$TMP/out" "key figures by $m" "central $m heading"
done
expect 2 "central bad" -- "$FENER" graph central --db "$DB" --measure fame

expect 0 "cells" -- "$FENER" graph cells --db "$DB" --min-size 2 --seed 7
has "$TMP/out" "modularity" "cells modularity"
cp "$TMP/out" "$TMP/cells1"
expect 0 "cells again" -- "$FENER" graph cells --db "$DB" --min-size 2 --seed 7
cmp -s "$TMP/out" "$TMP/cells1" || fail "cells differ between two runs with one seed"
expect 0 "louvain" -- "$FENER" graph cells --db "$DB" --method louvain --json
has "$TMP/out" '"method":"louvain"' "louvain json"
expect 0 "components" -- "$FENER" graph components --db "$DB"
has "$TMP/out" "network 1" "one network"
expect 0 "brokers" -- "$FENER" graph brokers --db "$DB" --json
has "$TMP/out" '"cut_off"' "brokers json"

expect 0 "filter kinds" -- "$FENER" graph export --db "$DB" --format json --kinds relation
expect 0 "filter until" -- "$FENER" graph export --db "$DB" --format json --until 2024-06
hasnt "$TMP/out" "Ali Koç" "date window"
expect 2 "bad kinds" -- "$FENER" graph central --db "$DB" --kinds rumours
expect 2 "bad since" -- "$FENER" graph central --db "$DB" --since 2024-13
expect 2 "bad form" -- "$FENER" graph dance --db "$DB"

for f in graphml gexf dot json; do
    expect 0 "export $f" -- "$FENER" graph export --db "$DB" --format $f --out "$TMP/g.$f"
    [ -s "$TMP/g.$f" ] || fail "export $f is empty"
done
if command -v xmllint >/dev/null 2>&1; then
    xmllint --noout "$TMP/g.graphml" "$TMP/g.gexf" || fail "exports are not well-formed XML"
fi
if command -v dot >/dev/null 2>&1; then
    dot -Tsvg "$TMP/g.dot" >/dev/null || fail "dot cannot draw the DOT export"
fi
if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if d["nodes"] and d["edges"] else 1)' \
        "$TMP/g.json" || fail "the JSON export does not parse"
fi
"$FENER" graph export --db "$DB" --format graphml >"$TMP/g2.graphml" 2>/dev/null
cmp -s "$TMP/g.graphml" "$TMP/g2.graphml" || fail "two exports differ"

# Every graph command is one audited read saying what was asked.
expect 0 "audit" -- "$FENER" audit --db "$DB" --user conf --json
has "$TMP/out" 'graph path' "path audited"
has "$TMP/out" 'edges' "graph size audited"
expect 0 "audit verify" -- "$FENER" audit verify --db "$DB"

if [ "$fails" -ne 0 ]; then
    echo "graph: $fails failures" >&2
    exit 1
fi
echo "graph: all checks passed"

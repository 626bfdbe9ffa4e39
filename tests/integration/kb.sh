#!/bin/sh
# The knowledge-base commands end to end on reports written here: init,
# ingest (files, JSON lines, metadata, duplicates), search with folded names
# ("MIT" finds "MİT", "Turkiye" finds "Türkiye"), entity profiles with
# aliases asserted by two reports, events and their filters, stats whose rows
# sum to the total, timeline, doc with marked mentions, conflicts, merge and
# split. `fener check` runs after every scenario; every --json output must
# parse, and readable tables have aligned columns and no trailing spaces.
# usage: kb.sh FENER SOURCE_DIR BUILD_DIR
set -u
FENER=$1
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
    [ "$got" -eq "$want" ] || fail "$what: exit $got, want $want ($(head -c 400 "$TMP/err"))"
    if grep -n ' $' "$TMP/out" >"$TMP/trailing"; then
        fail "$what: trailing spaces: $(head -3 "$TMP/trailing")"
    fi
}

has() {
    grep -q -- "$2" "$1" || fail "$3: \"$2\" not in $(basename "$1"): $(head -c 400 "$1")"
}

# pycheck DESCRIPTION SCRIPT: runs SCRIPT with d = the JSON object on stdout.
pycheck() {
    what=$1
    python3 -c "
import json, sys
d = json.load(open(sys.argv[1], encoding='utf-8'))
$2
" "$TMP/out" 2>"$TMP/pyerr" || fail "$what: $(tail -3 "$TMP/pyerr")"
}

check_store() {
    expect 0 "check after $1" -- "$FENER" check --db "$DB"
    has "$TMP/out" "ok" "check after $1"
}

R=$TMP/reports
mkdir -p "$R"
cat >"$R/r1.txt" <<'EOF'
date 2024-03-05 Police detain cell leader in Ankara

ANKARA

Ankara police detained Kasım Güler, codenamed "Ebu Hasan," and six other suspects in Çankaya on Monday, the Ankara Chief Prosecutor's Office said.

The National Intelligence Organization (MİT) had followed the cell for eight months. Güler was a member of Daesh.
EOF
cat >"$R/r2.txt" <<'EOF'
date 2024-05-20 Spy suspect captured in İzmir

İZMİR

MIT captured Selim Aksoy in İzmir on Sunday, security sources said. Kasim Guler was also seen in İzmir in April 2024.

In April 2024, MİT warned its counterparts in Germany that the group planned attacks in Europe. Aksoy was later charged with espionage and the court ordered his arrest.
EOF
cat >"$R/r3.txt" <<'EOF'
date 2024-07-11 Türkiye detains 40 suspects

ISTANBUL

Turkish police detained 40 Daesh suspects in 12 operations across Türkiye on Thursday, including Murat Aydın. A suspect known as Abu Yahya was detained in Istanbul's Fatih district.
EOF
cat >"$R/r4.txt" <<'EOF'
date 2024-09-02 Court hears case of Murat Aydın

ANKARA

Murat Aydın, codenamed "Abu Yahya," appeared before an Ankara court on Monday. Gendarmerie forces detained 12 suspects in Şanlıurfa.
EOF
printf '%s\n' '{"text": "Gendarmerie forces detained 15 suspects in Gaziantep on Friday, the governor said. MİT had tracked the group for a year.", "title": "Gaziantep raid", "date": "2024-10-04", "source": "Anadolu", "url": "https://example.org/gaziantep"}' >"$TMP/more.jsonl"

DB=$TMP/k.db

# ---- the store ----------------------------------------------------------------
expect 0 "init" -- "$FENER" init --db "$DB"
has "$TMP/out" "$DB" "init says where"
expect 1 "init again" -- "$FENER" init --db "$DB"
has "$TMP/err" "already exists" "init again message"
check_store init
expect 66 "query without a store" -- "$FENER" search --db "$TMP/none.db" MIT
[ -e "$TMP/none.db" ] && fail "a query created a store"
FENER_DB=$TMP/env.db "$FENER" init >"$TMP/out" 2>&1 || fail "init with \$FENER_DB: $(cat "$TMP/out")"
[ -f "$TMP/env.db" ] || fail "\$FENER_DB names the store"

# ---- ingest ----------------------------------------------------------------------
expect 0 "ingest" -- "$FENER" ingest --db "$DB" --json --source "HUMINT-7" --reliability B \
    --credibility 2 --include '*.txt' "$R"
pycheck "ingest --json" '
assert d["docs_seen"] == 4 and d["docs_added"] == 4, d
assert d["docs_duplicate"] == 0 and d["docs_failed"] == 0, d
assert d["events"] > 0 and d["entities_new"] > 0, d'
check_store ingest
expect 0 "re-ingest" -- "$FENER" ingest --db "$DB" "$R"
has "$TMP/out" "ingested 4 documents (0 new, 4 duplicates, 0 failed)" "re-ingest is a no-op"
check_store re-ingest
expect 0 "ingest JSON lines" -- "$FENER" ingest --db "$DB" "$TMP/more.jsonl"
has "$TMP/out" "1 new" "JSON lines ingested"
check_store "JSON lines"

# ---- search ------------------------------------------------------------------------
expect 0 "search MIT" -- "$FENER" search --db "$DB" --json MIT
pycheck "search MIT finds MİT" '
names = [e["name"] for e in d["entities"]]
assert "National Intelligence Organization" in names, names
titles = [h["doc"]["title"] for h in d["docs"]]
assert "Police detain cell leader in Ankara" in titles, titles  # says only "MİT"'
expect 0 "search Turkiye" -- "$FENER" search --db "$DB" --json Turkiye
pycheck "search Turkiye finds Türkiye" '
assert any(e["name"] == "Türkiye" for e in d["entities"]), d["entities"]'
expect 0 "search text" -- "$FENER" search --db "$DB" Kasim Guler
has "$TMP/out" "Kasım Güler" "search folds diacritics"
expect 0 "search documents only" -- "$FENER" search --db "$DB" --type document --json espionage
pycheck "search --type document" '
assert d["entities"] == [] and len(d["docs"]) >= 1, d'
expect 2 "search bad type" -- "$FENER" search --db "$DB" --type ship MIT

# ---- entity profile ------------------------------------------------------------------
expect 0 "entity" -- "$FENER" entity --db "$DB" "Kasım Güler"
has "$TMP/out" "Ebu Hasan" "profile lists the code name"
has "$TMP/out" "Kasim Guler" "profile lists the spelling of the second report"
expect 0 "entity --json" -- "$FENER" entity --db "$DB" --json kasim guler
pycheck "entity --json" '
assert d["name"] == "Kasım Güler" and d["type"] == "person", d["name"]
assert d["n_documents"] == 2, d["n_documents"]
docs = {s["doc_id"] for a in d["aliases"] for s in a["sources"]}
assert len(docs) == 2, d["aliases"]  # aliases asserted by two reports
assert all(x["source"] == "HUMINT-7" and x["reliability"] == "B" and x["credibility"] == 2
           for x in d["docs"]), d["docs"]'
expect 1 "entity not found" -- "$FENER" entity --db "$DB" "Kasim Gulr"
has "$TMP/err" "[Dd]id you mean" "not found gives a hint"
check_store "entity queries"

# ---- events, stats -------------------------------------------------------------------
expect 0 "events" -- "$FENER" events --db "$DB"
has "$TMP/out" "arrest" "events table"
expect 0 "events --actor" -- "$FENER" events --db "$DB" --actor MIT --json
pycheck "events --actor MIT" '
assert d["total"] >= 1 and d["rows"], d
for r in d["rows"]:
    assert any(a["name"] == "National Intelligence Organization" for a in r["actors"]), r'
expect 0 "events --since" -- "$FENER" events --db "$DB" --since 2024-06 --type arrest --json
pycheck "events --since --type" '
assert d["rows"], d
for r in d["rows"]:
    assert r["type"] == "arrest" and r["date"] and r["date"] >= "2024-06", r'
expect 1 "events unknown actor" -- "$FENER" events --db "$DB" --actor "Nobody Atall"
expect 2 "events bad type" -- "$FENER" events --db "$DB" --type party
expect 2 "events bad date" -- "$FENER" events --db "$DB" --since 2024-13
for by in year month type actor place; do
    expect 0 "stats --by $by" -- "$FENER" stats --db "$DB" --by $by --json
    pycheck "stats --by $by sums" '
rows = d["rows"]
assert rows, d
if d["by"] in ("year", "month", "type"):
    assert sum(r["events"] for r in rows) == d["events"], d
    assert sum(r["persons"] for r in rows) == d["persons"], d
assert d["events"] > 0 and d["documents"] > 0'
done
expect 0 "stats --by type persons" -- "$FENER" stats --db "$DB" --by type --json
pycheck "the 40 detained count" '
arrest = [r for r in d["rows"] if r["key"] == "arrest"]
assert arrest and arrest[0]["persons"] >= 40 + 12 + 15, arrest'
expect 0 "stats table" -- "$FENER" stats --db "$DB" --by place
has "$TMP/out" "^total" "stats total line"
python3 -c '
import sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
widths = {len(l) for l in lines}
assert len(widths) == 1, lines  # right-aligned last column: equal widths in code points
' "$TMP/out" || fail "stats table columns are not aligned (UTF-8): $(cat "$TMP/out")"
expect 2 "stats bad by" -- "$FENER" stats --db "$DB" --by weekday
check_store "events and stats"

# ---- timeline, doc -------------------------------------------------------------------
expect 0 "timeline" -- "$FENER" timeline --db "$DB" "Kasım Güler"
expect 0 "timeline --json" -- "$FENER" timeline --db "$DB" --json Kasim Guler
pycheck "timeline oldest first" '
dates = [r["date"] for r in d["rows"] if r["date"]]
assert d["rows"] and dates == sorted(dates), d["rows"]'
expect 0 "doc" -- "$FENER" doc --db "$DB" 1
has "$TMP/out" "\[MİT|org\]" "doc marks MİT"
has "$TMP/out" "\[Kasım Güler|per\]" "doc marks the person"
has "$TMP/out" "HUMINT-7" "doc shows the source"
expect 0 "doc --json" -- "$FENER" doc --db "$DB" --json d5
pycheck "doc --json" '
assert d["doc"]["title"] == "Gaziantep raid" and d["doc"]["source"] == "Anadolu", d["doc"]
assert d["doc"]["date"] == "2024-10-04", d["doc"]
t = d["text"].encode("utf-8")
for m in d["mentions"]:
    assert 0 <= m["start"] < m["end"] <= len(t), m'
expect 1 "doc not found" -- "$FENER" doc --db "$DB" 999
expect 2 "doc bad id" -- "$FENER" doc --db "$DB" abc
check_store "timeline and doc"

# ---- conflicts, merge, split ---------------------------------------------------------
expect 0 "conflicts" -- "$FENER" entity conflicts --db "$DB" --json
pycheck "one open conflict" '
rows = [r for r in d["rows"] if r["surface"] == "Abu Yahya"]
assert len(rows) == 1 and rows[0]["status"] == "open", d
open(sys.argv[1] + ".ids", "w").write("e%d e%d\n" % (rows[0]["a"]["id"], rows[0]["b"]["id"]))'
read -r A B <"$TMP/out.ids" || fail "no conflict ids"
expect 0 "conflicts table" -- "$FENER" entity conflicts --db "$DB"
has "$TMP/out" "Abu Yahya" "conflicts table"
expect 0 "merge" -- "$FENER" entity merge --db "$DB" "$A" "$B" --note "one man, per HUMINT-7"
check_store merge
expect 0 "conflicts after merge" -- "$FENER" entity conflicts --db "$DB" --all --json
pycheck "merged" 'assert any(r["status"] == "merged" for r in d["rows"]), d'
expect 0 "merged entity" -- "$FENER" entity --db "$DB" --json "$B"
pycheck "merged_into" 'assert d["merged_into"] is not None, d'
expect 0 "merge target" -- "$FENER" entity --db "$DB" --json "$A"
pycheck "merge moves the mentions" 'assert d["n_documents"] == 2, d["n_documents"]'
expect 0 "split" -- "$FENER" entity split --db "$DB" "$A" "$B"
check_store split
expect 0 "after split" -- "$FENER" entity --db "$DB" --json "$B"
pycheck "split undoes" 'assert d["merged_into"] is None and d["n_mentions"] >= 1, d'
expect 2 "merge needs two" -- "$FENER" entity merge --db "$DB" "$A"
expect 1 "merge unknown" -- "$FENER" entity merge --db "$DB" "$A" "Nobody Atall"

# ---- help ----------------------------------------------------------------------------
for c in search entity events stats timeline doc; do
    expect 0 "help $c" -- "$FENER" help $c
    has "$TMP/out" "owner with full view" "help $c says who the CLI reads as"
    has "$TMP/out" "--db" "help $c lists --db"
done

if [ "$fails" -ne 0 ]; then
    echo "$fails failure(s)" >&2
    exit 1
fi
echo "kb: all checks passed"

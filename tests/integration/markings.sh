#!/bin/sh
# Markings through the real binary: ingest with --classification,
# --compartment, --rel-to and --tlp; accounts with clearances, compartments
# and a partner; every query command with --as shows only what the account
# may see (search, entity, events, stats, timeline, doc, conflicts), and
# says "not found" for the rest exactly as for what does not exist; the
# banner on documents; note, link and mark; markings levels and defaults;
# wrong values refused with a clear message and nothing written; reads
# audited under the viewer's name.
# usage: markings.sh FENER SOURCE_DIR BUILD_DIR
set -u
FENER=$1
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fails=0
FENER_PWHASH_FAST=1
export FENER_PWHASH_FAST
DB=$TMP/k.db

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

cat >"$TMP/open.txt" <<'EOF'
date 2025-03-01 Open report
Counter-terrorism police detained Ahmet Yılmaz in Bursa. Police arrested 4 suspects in Konya.
EOF
cat >"$TMP/secret.txt" <<'EOF'
date 2025-03-02 Secret report
Police arrested Ahmet Yılmaz, also known as Falcon, in Ankara.
EOF
cat >"$TMP/alpha.txt" <<'EOF'
date 2025-03-03 Alpha report
Gendarmerie forces detained 12 suspects in Izmir.
EOF
cat >"$TMP/fra.txt" <<'EOF'
date 2025-03-04 Partner report
The National Intelligence Organization (MİT) captured Mehmet Demir, codenamed Shadow, in Gaziantep.
EOF

expect 0 "ingest open" -- "$FENER" ingest --db "$DB" "$TMP/open.txt"
expect 0 "ingest secret" -- "$FENER" ingest --db "$DB" --classification secret "$TMP/secret.txt"
expect 0 "ingest alpha" -- "$FENER" ingest --db "$DB" --compartment alpha "$TMP/alpha.txt"
expect 0 "ingest fra" -- "$FENER" ingest --db "$DB" --rel-to FRA,nld --tlp amber "$TMP/fra.txt"

# Wrong markings: a clear message, exit 2, nothing stored.
cp "$TMP/open.txt" "$TMP/other.txt"
echo "Police detained Kemal Aslan in Trabzon." >>"$TMP/other.txt"
expect 2 "unknown level" -- "$FENER" ingest --db "$DB" --classification ULTRA "$TMP/other.txt"
has "$TMP/err" 'unknown classification "ULTRA"' "unknown level"
has "$TMP/err" "UNCLASSIFIED, RESTRICTED, CONFIDENTIAL, SECRET, TOP SECRET" "levels listed"
expect 2 "bad tlp" -- "$FENER" ingest --db "$DB" --tlp purple "$TMP/other.txt"
has "$TMP/err" 'unknown TLP "purple"' "bad tlp"
expect 2 "bad code" -- "$FENER" ingest --db "$DB" --compartment 'A;B' "$TMP/other.txt"
has "$TMP/err" 'invalid marking code "A;B"' "bad code"
expect 0 "nothing stored" -- "$FENER" search --db "$DB" --json "Kemal Aslan"
hasnt "$TMP/out" '"name":"Kemal' "nothing stored"

expect 0 "user conf" -- "$FENER" user add --db "$DB" conf --clearance CONFIDENTIAL
expect 0 "user sec" -- "$FENER" user add --db "$DB" sec --clearance S --compartment ALPHA
expect 0 "user fra" -- "$FENER" user add --db "$DB" paris --clearance "TOP SECRET" --partner fra

# The owner sees everything, with banners.
expect 0 "owner search" -- "$FENER" search --db "$DB" Falcon
has "$TMP/out" "Ahmet Yılmaz" "owner finds the code name"
expect 0 "owner doc json" -- "$FENER" doc --db "$DB" --json 4
has "$TMP/out" '"marking":"UNCLASSIFIED//REL TO FRA, NLD//TLP:AMBER"' "banner in JSON"

# CONFIDENTIAL: no code name, no SECRET report, no ALPHA report.
expect 0 "conf search" -- "$FENER" search --db "$DB" --as conf Falcon
hasnt "$TMP/out" "Yılmaz" "conf search Falcon"
expect 1 "conf entity Falcon" -- "$FENER" entity --db "$DB" --as conf Falcon
has "$TMP/err" 'no entity named "Falcon"' "conf entity Falcon"
hasnt "$TMP/err" "Yılmaz" "no hint to the hidden name"
expect 0 "conf entity" -- "$FENER" entity --db "$DB" --as conf --json "Ahmet Yılmaz"
hasnt "$TMP/out" "Falcon" "conf profile"
hasnt "$TMP/out" "Secret report" "conf profile docs"
has "$TMP/out" '"n_documents":1' "conf profile counts"
expect 1 "conf doc 2" -- "$FENER" doc --db "$DB" --as conf 2
has "$TMP/err" "no document 2" "hidden doc"
expect 1 "missing doc" -- "$FENER" doc --db "$DB" --as conf 99
sed 's/99/2/' "$TMP/err" >"$TMP/err99"
expect 1 "conf doc 2 again" -- "$FENER" doc --db "$DB" --as conf 2
cmp -s "$TMP/err" "$TMP/err99" || fail "hidden and missing documents answer differently"
expect 0 "conf events" -- "$FENER" events --db "$DB" --as conf --json
hasnt "$TMP/out" "Izmir" "conf events without ALPHA"
hasnt "$TMP/out" "Ankara" "conf events without SECRET"
expect 0 "conf stats" -- "$FENER" stats --db "$DB" --as conf --by place
hasnt "$TMP/out" "Izmir" "conf stats"
expect 0 "conf timeline" -- "$FENER" timeline --db "$DB" --as conf "Ahmet Yılmaz"
hasnt "$TMP/out" "Ankara" "conf timeline"
expect 0 "conf conflicts" -- "$FENER" entity --db "$DB" --as conf conflicts

# SECRET with ALPHA: the code name and Izmir.
expect 0 "sec entity Falcon" -- "$FENER" entity --db "$DB" --as sec Falcon
has "$TMP/out" "Ahmet Yılmaz" "sec sees the code name"
expect 0 "sec events" -- "$FENER" events --db "$DB" --as sec --place Izmir
has "$TMP/out" "Izmir" "sec events ALPHA"

# The partner: only the report released to FRA.
expect 0 "fra events" -- "$FENER" events --db "$DB" --as paris --json
has "$TMP/out" "Gaziantep" "partner sees REL TO FRA"
hasnt "$TMP/out" "Bursa" "partner does not see the unreleased"
expect 1 "fra entity" -- "$FENER" entity --db "$DB" --as paris "Ahmet Yılmaz"

# Unknown or disabled accounts are refused (exit 77), saying nothing more.
expect 77 "unknown user" -- "$FENER" search --db "$DB" --as nobody Falcon
has "$TMP/err" "denied" "unknown user"
cp "$TMP/err" "$TMP/err-unknown"
expect 0 "disable" -- "$FENER" user disable --db "$DB" paris
expect 77 "disabled user" -- "$FENER" search --db "$DB" --as paris Falcon
sed 's/paris/nobody/g' "$TMP/err" | cmp -s - "$TMP/err-unknown" ||
    fail "a disabled and an unknown account are refused differently"

# Analysts' facts: a note at SECRET, a link on SECRET evidence.
expect 0 "note" -- "$FENER" note --db "$DB" --as sec --classification SECRET --title "Source meeting" \
    "Police arrested Hasan Kaya in Mersin."
has "$TMP/out" "stored note as document" "note"
expect 1 "conf no note" -- "$FENER" entity --db "$DB" --as conf "Hasan Kaya"
expect 0 "sec note" -- "$FENER" entity --db "$DB" --as sec --json "Hasan Kaya"
has "$TMP/out" "analyst:sec" "note provenance"
expect 0 "link" -- "$FENER" link --db "$DB" --as sec --type located_in --evidence 2 "Ahmet Yılmaz" Bursa
expect 0 "sec sees link" -- "$FENER" entity --db "$DB" --as sec --json "Ahmet Yılmaz"
has "$TMP/out" '"type":"located_in"' "link visible at SECRET"
expect 0 "conf no link" -- "$FENER" entity --db "$DB" --as conf --json "Ahmet Yılmaz"
hasnt "$TMP/out" '"type":"located_in"' "link hidden below its evidence"
expect 1 "link hidden evidence" -- "$FENER" link --db "$DB" --as conf "Ahmet Yılmaz" Konya --evidence 2

# Re-marking moves the facts; only the owner may.
expect 2 "mark needs a marking" -- "$FENER" mark --db "$DB" 1
expect 0 "mark up" -- "$FENER" mark --db "$DB" 1 --classification TOP\ SECRET
has "$TMP/out" "document 1 is now TOP SECRET" "mark up"
expect 1 "conf after mark" -- "$FENER" entity --db "$DB" --as conf Konya
expect 0 "mark down" -- "$FENER" mark --db "$DB" 1 --classification UNCLASSIFIED
expect 0 "conf after unmark" -- "$FENER" entity --db "$DB" --as conf Konya

# Levels and defaults are the store's.
expect 0 "markings" -- "$FENER" markings --db "$DB"
has "$TMP/out" "UNCLASSIFIED < RESTRICTED < CONFIDENTIAL < SECRET < TOP SECRET" "levels shown"
expect 2 "levels too few" -- "$FENER" markings --db "$DB" levels "LOW,HIGH"
has "$TMP/err" "SECRET" "levels in use"
expect 0 "defaults" -- "$FENER" markings --db "$DB" defaults --classification RESTRICTED --tlp green
has "$TMP/out" "default markings: RESTRICTED//TLP:GREEN" "defaults"
expect 0 "ingest with defaults" -- "$FENER" ingest --db "$DB" "$TMP/other.txt"
expect 0 "banner of default" -- "$FENER" search --db "$DB" --json --type document Trabzon
has "$TMP/out" '"marking":"RESTRICTED//TLP:GREEN"' "defaults applied"

# Every read above went to the audit log under the viewer's name.
expect 0 "audit" -- "$FENER" audit --db "$DB" --user conf --json
has "$TMP/out" '"action":"read"' "reads audited"
has "$TMP/out" 'entity' "the query is recorded"
expect 0 "audit verify" -- "$FENER" audit verify --db "$DB"
expect 0 "check" -- "$FENER" check --db "$DB"

if [ "$fails" -ne 0 ]; then
    echo "markings: $fails failures" >&2
    exit 1
fi
echo "markings: all checks passed"

#!/bin/sh
# Accounts, tokens and the audit log end to end: user add (levels and codes
# normalised, a taken name, an unknown level), user list as a table and as
# JSON, disable and enable, token create (printed once, 43 characters, not
# in the store or the log), the audit log listed with its filters, its head,
# and verify: intact, then on copies of the store tampered with SQLite
# (edit, delete, swap, cut tail, cut tail with the store's head rewritten):
# verify exits 65 and names the first bad record.
# usage: accounts.sh FENER SOURCE_DIR BUILD_DIR
set -u
FENER=$1
command -v python3 >/dev/null 2>&1 || {
    echo "accounts: python3 not found, skipped"
    exit 77
}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fails=0
FENER_PWHASH_FAST=1
export FENER_PWHASH_FAST

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

hasnt() {
    if grep -q -- "$2" "$1"; then fail "$3: \"$2\" should not be in $(basename "$1")"; fi
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

# tamper DB SQL: runs SQL on the store file with the append-only triggers dropped.
tamper() {
    python3 - "$1" "$2" <<'EOF' || fail "tamper: $2"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.executescript("DROP TRIGGER IF EXISTS audit_no_update;"
                 "DROP TRIGGER IF EXISTS audit_no_delete;" + sys.argv[2])
db.commit()
db.close()
EOF
}

copy_store() {
    for s in "" -wal -shm; do
        [ -f "$DB$s" ] && cp "$DB$s" "$1$s"
    done
}

DB=$TMP/fener.db
expect 0 "init" -- "$FENER" init --db "$DB"

# ---- accounts ---------------------------------------------------------------------
expect 0 "user add alice" -- "$FENER" user add alice --db "$DB" --clearance secret \
    --compartment bravo --compartment ALPHA
has "$TMP/out" 'added user "alice": clearance SECRET, compartments ALPHA, BRAVO, home viewer' \
    "user add says what was stored"
printf 'hunter2\n' >"$TMP/pw"
expect 0 "user add bob" -- "$FENER" user add bob --db "$DB" --clearance CONFIDENTIAL \
    --partner fra --password-stdin <"$TMP/pw"
has "$TMP/out" "partner FRA, password set" "bob's partner and password"
expect 1 "user add taken" -- "$FENER" user add alice --db "$DB" --clearance SECRET
has "$TMP/err" 'user "alice" already exists' "taken name"
expect 2 "user add bad level" -- "$FENER" user add carol --db "$DB" --clearance COSMIC
has "$TMP/err" "COSMIC" "unknown level named"
expect 2 "user add no clearance" -- "$FENER" user add carol --db "$DB"
expect 2 "user add bad compartment" -- "$FENER" user add carol --db "$DB" --clearance SECRET \
    --compartment "a;b"
expect 2 "user add owner" -- "$FENER" user add owner --db "$DB" --clearance SECRET
expect 2 "user list with --clearance" -- "$FENER" user list --db "$DB" --clearance SECRET
expect 2 "user bad verb" -- "$FENER" user remove alice --db "$DB"

expect 0 "user list" -- "$FENER" user list --db "$DB"
has "$TMP/out" "^name  *clearance  *compartments" "user list header"
has "$TMP/out" "^alice  *SECRET  *ALPHA,BRAVO  *home  *no  *0  *active" "alice's row"
has "$TMP/out" "^bob  *CONFIDENTIAL  *-  *FRA  *yes  *0  *active" "bob's row"
expect 0 "user list --json" -- "$FENER" user list --db "$DB" --json
pycheck "user list --json" '
u = d["users"]
assert [x["name"] for x in u] == ["alice", "bob"], u
assert u[0]["compartments"] == ["ALPHA", "BRAVO"] and u[0]["partner"] is None, u[0]
assert u[1]["partner"] == "FRA" and u[1]["has_password"] is True, u[1]
assert "password_hash" not in u[1]
'

# ---- tokens -------------------------------------------------------------------------
expect 0 "token create" -- "$FENER" token create alice --db "$DB" --label laptop
TOKEN=$(cat "$TMP/out")
[ ${#TOKEN} -eq 43 ] || fail "token is ${#TOKEN} characters, want 43: $TOKEN"
case $TOKEN in *[!A-Za-z0-9_-]*) fail "token is not base64url: $TOKEN" ;; esac
has "$TMP/err" "will not be shown again" "token note"
expect 0 "token create --json" -- "$FENER" token create alice --db "$DB" --json
pycheck "token --json" '
assert d["user"] == "alice" and len(d["token"]) == 43, d
'
expect 1 "token for nobody" -- "$FENER" token create nobody --db "$DB"
expect 2 "token bad verb" -- "$FENER" token list --db "$DB"
expect 0 "user list tokens" -- "$FENER" user list --db "$DB" --json
pycheck "tokens counted" 'assert d["users"][0]["tokens"] == 2, d'
python3 - "$DB" "$TOKEN" <<'EOF' || fail "the token is stored in clear"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
tok = sys.argv[2].encode()
for (h,) in db.execute("SELECT hash FROM tokens"):
    assert len(h) == 32 and tok not in h
for row in db.execute("SELECT * FROM audit"):
    assert sys.argv[2] not in repr(row)
EOF

# ---- disable / enable -----------------------------------------------------------------
expect 0 "user disable" -- "$FENER" user disable alice --db "$DB"
has "$TMP/out" 'disabled user "alice"' "disable says so"
expect 0 "user list disabled" -- "$FENER" user list --db "$DB"
has "$TMP/out" "^alice .*disabled" "alice shown disabled"
expect 1 "disable nobody" -- "$FENER" user disable nobody --db "$DB"
if "$FENER" help search | grep -q -- "--as"; then
    expect 77 "search as a disabled user" -- "$FENER" search --db "$DB" --as alice Ankara
    has "$TMP/err" "access denied" "disabled account denied"
    expect 77 "search as nobody" -- "$FENER" search --db "$DB" --as nobody Ankara
    cp "$TMP/err" "$TMP/err.nobody"
fi
expect 0 "user enable" -- "$FENER" user enable alice --db "$DB"
if "$FENER" help search | grep -q -- "--as"; then
    expect 0 "search as alice" -- "$FENER" search --db "$DB" --as alice Ankara
fi

# ---- the audit log ------------------------------------------------------------------------
expect 0 "audit" -- "$FENER" audit --db "$DB"
has "$TMP/out" "^seq  *at  *user  *action  *facts  *docs  *what" "audit header"
has "$TMP/out" "owner  *account  *0  *-  *user add alice clearance=SECRET compartments=ALPHA,BRAVO" \
    "user add recorded"
has "$TMP/out" "token create alice label=laptop" "token recorded"
has "$TMP/out" "user disable alice" "disable recorded"
has "$TMP/out" "user enable alice" "enable recorded"
expect 0 "audit --json" -- "$FENER" audit --db "$DB" --json
pycheck "audit --json" '
r = d["records"]
assert [x["seq"] for x in r] == list(range(1, len(r) + 1)), r
assert all(len(x["hash"]) == 64 for x in r)
assert r[-1]["what"] == "audit list" and r[-1]["action"] == "read", r[-1]
'
expect 0 "audit filters" -- "$FENER" audit --db "$DB" --json --user owner --action account \
    --since 2000-01-01 --limit 2
pycheck "audit filters" '
r = d["records"]
assert len(r) == 2 and all(x["action"] == "account" for x in r), r
assert r[0]["seq"] < r[1]["seq"]
'
expect 0 "audit future" -- "$FENER" audit --db "$DB" --since 2999-01-01
has "$TMP/out" "no audit records match" "empty listing"
expect 2 "audit bad since" -- "$FENER" audit --db "$DB" --since yesterday
expect 2 "audit bad verb" -- "$FENER" audit --db "$DB" verfy
expect 2 "audit verify --user" -- "$FENER" audit verify --db "$DB" --user x

expect 0 "audit head" -- "$FENER" audit head --db "$DB"
HEAD=$(cat "$TMP/out")
case $HEAD in [0-9]*:????????????????????????????????????????????????????????????????) ;;
*) fail "audit head prints SEQ:HASH, got $HEAD" ;; esac
N=${HEAD%%:*}
expect 0 "audit verify" -- "$FENER" audit verify --db "$DB"
has "$TMP/out" "audit log intact: $N records, head $HEAD" "verify intact"
expect 0 "audit verify --head" -- "$FENER" audit verify --db "$DB" --head "$HEAD"
expect 0 "audit verify --json" -- "$FENER" audit verify --db "$DB" --json
pycheck "verify --json" 'assert d["intact"] is True and d["bad_seq"] is None, d'
expect 2 "audit verify bad head" -- "$FENER" audit verify --db "$DB" --head nothex

# ---- tampering --------------------------------------------------------------------------
# each case: SQL, the seq verify must name, words of the message
tamper_case() {
    name=$1
    sql=$2
    seq=$3
    words=$4
    T=$TMP/t-$name.db
    copy_store "$T"
    tamper "$T" "$sql"
    expect 65 "verify after $name" -- "$FENER" audit verify --db "$T"
    has "$TMP/err" "audit record $seq $words" "verify after $name names record $seq"
    expect 65 "verify --json after $name" -- "$FENER" audit verify --db "$T" --json
    pycheck "verify --json after $name" "assert d['intact'] is False and d['bad_seq'] == $seq, d"
}

tamper_case edit "UPDATE audit SET what = 'nothing' WHERE seq = 2" 2 "was altered"
tamper_case user "UPDATE audit SET user = 'alice' WHERE seq = 3" 3 "was altered"
tamper_case delete "DELETE FROM audit WHERE seq = 3" 3 "is missing"
tamper_case swap "CREATE TEMP TABLE t AS SELECT * FROM audit WHERE seq IN (3, 4);
UPDATE audit SET (at, user, action, what, facts, docs, prev, hash) =
 (SELECT at, user, action, what, facts, docs, prev, hash FROM t WHERE t.seq = 7 - audit.seq)
 WHERE seq IN (3, 4);" 3 "was altered"
tamper_case tail "DELETE FROM audit WHERE seq = $N" "$N" "is missing"

# Cut the tail and rewrite the store's own head: only a kept head catches it.
T=$TMP/t-head.db
copy_store "$T"
tamper "$T" "DELETE FROM audit WHERE seq >= 4;
UPDATE meta SET value = '3:' || (SELECT lower(hex(hash)) FROM audit WHERE seq = 3)
 WHERE key = 'audit_head';"
expect 0 "verify a cleanly cut log" -- "$FENER" audit verify --db "$T"
expect 65 "verify a cut log against the kept head" -- "$FENER" audit verify --db "$T" --head "$HEAD"
has "$TMP/err" "audit records 4 to $N are missing" "kept head names the missing records"

# The original is untouched by all this.
expect 0 "verify the original" -- "$FENER" audit verify --db "$DB" --head "$HEAD"

# ---- help ----------------------------------------------------------------------------
for c in user token audit; do
    expect 0 "help $c" -- "$FENER" help $c
    has "$TMP/out" "--db" "help $c lists --db"
done
expect 0 "help user" -- "$FENER" user --help
has "$TMP/out" "owner" "user help says the CLI acts as the owner"
has "$TMP/out" "--password-stdin" "user help lists --password-stdin"

if [ "$fails" -ne 0 ]; then
    echo "$fails failure(s)" >&2
    exit 1
fi
echo "accounts: all checks passed"

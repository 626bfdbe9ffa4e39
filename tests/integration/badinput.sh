#!/bin/sh
# Bad input to the knowledge-base commands gets a clear message and the
# documented exit status, and the store keeps what it had: a missing input
# (66, named), unreadable directories (66, as `nobody`, since root ignores
# permissions), an invalid document among good ones (65, the rest stored),
# a file that is not a store and a truncated store (65), a full disk under
# `ulimit -f` (74, then a clean store of whole batches), wrong flags and
# option values (2).
# usage: badinput.sh FENER SOURCE_DIR BUILD_DIR
set -u
FENER=$1
SRC=$2
TMP=$(mktemp -d)
trap 'chmod -R u+rwx "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT
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
}

has() {
    grep -q -- "$2" "$1" || fail "$3: \"$2\" not in $(basename "$1"): $(head -c 400 "$1")"
}

# docs DB: documents counted by fener (every report below states one arrest).
docs() {
    "$FENER" stats --db "$1" --by type --json 2>/dev/null | python3 -c '
import json, sys
print(json.load(sys.stdin)["documents"])' 2>/dev/null
}

R=$TMP/reports
mkdir -p "$R"
i=0
while [ $i -lt 400 ]; do
    printf 'date 2024-01-%02d Police detain suspects in Ankara\n\nAnkara police detained %d suspects linked to Daesh in Ankara on Tuesday, including Kasım Güler. File number %d.\n' \
        $((i % 28 + 1)) $((i % 50 + 2)) $i >"$R/r$i.txt"
    i=$((i + 1))
done

# ---- inputs ----------------------------------------------------------------------
expect 66 "missing file" -- "$FENER" ingest --db "$TMP/a.db" "$TMP/nope.txt"
has "$TMP/err" "nope.txt" "missing file is named"
[ -e "$TMP/a.db" ] && fail "a missing input created a store"
expect 66 "missing file among good ones" -- "$FENER" ingest --db "$TMP/a.db" "$R/r1.txt" \
    "$TMP/nope.txt" "$R/r2.txt"
has "$TMP/err" "nope.txt" "missing file is named"
has "$TMP/out" "2 new" "the good inputs are stored"

printf 'Police detained \303\050 suspects in Ankara.\n' >"$TMP/bad.txt"
expect 65 "invalid UTF-8 among good ones" -- "$FENER" ingest --db "$TMP/a.db" "$TMP/bad.txt" \
    "$R/r3.txt"
has "$TMP/err" "fener: .*bad.txt: " "the failed document is named"
has "$TMP/out" "1 new" "the good document is stored"
has "$TMP/out" "1 failed" "the summary counts the failure"
expect 0 "check after failed documents" -- "$FENER" check --db "$TMP/a.db"

# Permissions do not apply to root: the unreadable-directory checks run as nobody.
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null 2>&1 &&
    setpriv --reuid=nobody --regid=nogroup --clear-groups true 2>/dev/null; then
    AS_NOBODY="setpriv --reuid=nobody --regid=nogroup --clear-groups"
elif [ "$(id -u)" -ne 0 ]; then
    AS_NOBODY=""
else
    AS_NOBODY="skip"
fi
if [ "$AS_NOBODY" = skip ]; then
    echo "badinput: cannot drop root (no setpriv): unreadable-directory checks skipped"
else
    chmod 755 "$TMP"
    mkdir -p "$TMP/nb" "$TMP/locked" "$TMP/tree/sub"
    chmod 777 "$TMP/nb"
    cp "$R/r1.txt" "$TMP/locked/"
    cp "$R/r1.txt" "$TMP/tree/" && cp "$R/r2.txt" "$TMP/tree/sub/"
    chmod 000 "$TMP/locked" "$TMP/tree/sub"
    # shellcheck disable=SC2086
    expect 66 "unreadable directory" -- $AS_NOBODY "$FENER" ingest --db "$TMP/nb/n.db" "$TMP/locked"
    has "$TMP/err" "locked" "unreadable directory is named"
    # shellcheck disable=SC2086
    expect 66 "unreadable subdirectory" -- $AS_NOBODY "$FENER" ingest --db "$TMP/nb/n.db" "$TMP/tree"
    has "$TMP/err" "sub" "unreadable subdirectory is named"
    has "$TMP/out" "1 new" "the readable part of the tree is stored"
    chmod 755 "$TMP/locked" "$TMP/tree/sub"
fi

# ---- stores that are not ---------------------------------------------------------
head -c 16384 /dev/urandom >"$TMP/random.db"
cp "$TMP/random.db" "$TMP/random.orig"
expect 65 "random bytes: check" -- "$FENER" check --db "$TMP/random.db"
has "$TMP/err" "is not a fener store" "random bytes message"
expect 65 "random bytes: search" -- "$FENER" search --db "$TMP/random.db" MIT
has "$TMP/err" "is not a fener store" "random bytes message (search)"
expect 65 "random bytes: ingest" -- "$FENER" ingest --db "$TMP/random.db" "$R/r1.txt"
cmp -s "$TMP/random.db" "$TMP/random.orig" || fail "ingest changed a file that is not a store"
expect 65 "random bytes: init" -- "$FENER" init --db "$TMP/random.db"

printf 'just some notes\n' >"$TMP/notes.db"
expect 65 "a text file: check" -- "$FENER" check --db "$TMP/notes.db"

"$FENER" ingest --db "$TMP/real.db" "$SRC/examples" >/dev/null 2>&1 || fail "ingest the examples"
size=$(wc -c <"$TMP/real.db")
head -c $((size / 2)) "$TMP/real.db" >"$TMP/trunc.db"
expect 65 "truncated store: check" -- "$FENER" check --db "$TMP/trunc.db"
has "$TMP/err" "fener: " "truncated store message"

# ---- a full disk -----------------------------------------------------------------
# 256 KiB (512-byte blocks) fits the empty store and a few batches, not 400 reports.
(
    ulimit -f 512 || exit 99
    exec "$FENER" ingest --db "$TMP/full.db" --batch 50 "$R"
) >"$TMP/out" 2>"$TMP/err"
got=$?
if [ "$got" -eq 99 ]; then
    echo "badinput: ulimit -f not available: full-disk check skipped"
else
    [ "$got" -eq 74 ] || fail "full disk: exit $got, want 74 ($(head -c 400 "$TMP/err"))"
    has "$TMP/err" "fener: " "full disk message"
    grep -qi "signal\|core dumped\|AddressSanitizer" "$TMP/err" && fail "full disk: not a clean error"
    expect 0 "check after a full disk" -- "$FENER" check --db "$TMP/full.db"
    n=$(docs "$TMP/full.db")
    case $n in
    '' | *[!0-9]*) fail "full disk: could not count the documents" ;;
    *) [ $((n % 50)) -eq 0 ] && [ "$n" -lt 400 ] || fail "full disk: $n documents, not whole batches" ;;
    esac
    # With room again, the same ingest completes.
    expect 0 "ingest after a full disk" -- "$FENER" ingest --db "$TMP/full.db" --batch 50 "$R"
    [ "$(docs "$TMP/full.db")" = 400 ] || fail "after a full disk: not every report stored once"
fi

# The same as a bulk ingest (query indexes dropped first, made again at the
# end, where the file size limit may strike too): the check after it makes
# them again (the failed process is gone) and passes, and the ingest resumes.
(
    ulimit -f 512 || exit 99
    exec "$FENER" ingest --db "$TMP/fullb.db" --batch 50 --bulk on "$R"
) >"$TMP/out" 2>"$TMP/err"
got=$?
if [ "$got" -ne 99 ]; then
    [ "$got" -eq 74 ] || fail "full disk (bulk): exit $got, want 74 ($(head -c 400 "$TMP/err"))"
    expect 0 "check after a full disk (bulk)" -- "$FENER" check --db "$TMP/fullb.db"
    expect 0 "ingest after a full disk (bulk)" -- "$FENER" ingest --db "$TMP/fullb.db" --bulk on "$R"
    [ "$(docs "$TMP/fullb.db")" = 400 ] || fail "after a full disk (bulk): not every report stored once"
    expect 0 "check after the bulk ingest" -- "$FENER" check --db "$TMP/fullb.db"
fi

# ---- flags and values ------------------------------------------------------------
expect 2 "unknown flag" -- "$FENER" ingest --db "$TMP/a.db" --frob "$R/r1.txt"
has "$TMP/err" 'unknown option "--frob"' "unknown flag message"
expect 2 "no input" -- "$FENER" ingest --db "$TMP/a.db"
expect 2 "bad reliability" -- "$FENER" ingest --db "$TMP/a.db" --reliability G "$R/r1.txt"
has "$TMP/err" "reliability" "bad reliability message"
expect 2 "bad reliability (two letters)" -- "$FENER" ingest --db "$TMP/a.db" --reliability AB "$R/r1.txt"
expect 2 "bad credibility" -- "$FENER" ingest --db "$TMP/a.db" --credibility 7 "$R/r1.txt"
has "$TMP/err" "credibility" "bad credibility message"
expect 2 "bad credibility (zero)" -- "$FENER" ingest --db "$TMP/a.db" --credibility 0 "$R/r1.txt"
expect 2 "bad date" -- "$FENER" ingest --db "$TMP/a.db" --date 2024-02-30 "$R/r1.txt"
has "$TMP/err" "YYYY-MM-DD" "bad date message"
expect 2 "bad date (words)" -- "$FENER" ingest --db "$TMP/a.db" --date yesterday "$R/r1.txt"
expect 2 "bad batch" -- "$FENER" ingest --db "$TMP/a.db" --batch 0 "$R/r1.txt"
expect 2 "bad bulk" -- "$FENER" ingest --db "$TMP/a.db" --bulk maybe "$R/r1.txt"
has "$TMP/err" "auto, on or off" "bad bulk message"
expect 2 "bad format" -- "$FENER" ingest --db "$TMP/a.db" --format pdf "$R/r1.txt"
expect 2 "missing value" -- "$FENER" ingest --db "$TMP/a.db" "$R/r1.txt" --source
expect 2 "stdin twice" -- "$FENER" ingest --db "$TMP/a.db" - -
expect 0 "check at the end" -- "$FENER" check --db "$TMP/a.db"

if [ "$fails" -ne 0 ]; then
    echo "$fails failure(s)" >&2
    exit 1
fi
echo "badinput: all checks passed"

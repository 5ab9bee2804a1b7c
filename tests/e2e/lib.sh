# Helpers for end-to-end tests. Each check prints what failed and counts it.
FAILURES=0
PASSES=0
fail() { echo "FAIL: $*" >&2; FAILURES=$((FAILURES + 1)); }
pass() { PASSES=$((PASSES + 1)); }
# expect_rc WANT CMD...: runs CMD, stores stdout/stderr in $OUT/$ERR.
expect_rc() {
  local want=$1; shift
  OUT=$("$@" 2>"$TMP/stderr"); local rc=$?
  ERR=$(cat "$TMP/stderr")
  if [ "$rc" -ne "$want" ]; then
    fail "exit $rc (want $want): $*"; echo "  stdout: ${OUT:0:400}" >&2; echo "  stderr: ${ERR:0:400}" >&2
  else
    pass
  fi
}
expect_contains() {  # expect_contains HAYSTACK NEEDLE WHAT
  if [[ "$1" == *"$2"* ]]; then pass; else fail "$3: missing '$2' in: ${1:0:300}"; fi
}
expect_not_contains() {
  if [[ "$1" != *"$2"* ]]; then pass; else fail "$3: unexpected '$2' in: ${1:0:300}"; fi
}
expect_eq() {  # expect_eq GOT WANT WHAT
  if [ "$1" == "$2" ]; then pass; else fail "$3: got '$1', want '$2'"; fi
}
json_get() {  # json_get JSON PYTHON_EXPR   (the parsed value is j)
  python3 -c "import json,sys; j=json.load(sys.stdin); print($2)" <<<"$1"
}
finish() {
  echo "$PASSES passed, $FAILURES failed"
  [ "$FAILURES" -eq 0 ]
}

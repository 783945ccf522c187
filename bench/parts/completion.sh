# shellcheck shell=bash
# Name completion (issue 19): a TAB on `rime -p PROJECT connectors get ''` as the bash script asks
# it, warm from the on-disk cache against `rime --version` (the floor of any process rime starts),
# and cold (the cache removed before each run) against the one request it makes, made by curl.
# Targets: warm <= 20 ms; cold <= one request + 10 ms.
#
# Sourced by bench/run, or alone against a sandbox of its own (brief):
#   RIME=target/release/rime bash bench/parts/completion.sh
# (SANDBOX_RIME=target/debug/rime serves the sandbox when RIME is a lean build.)

if ! declare -F record >/dev/null; then
    set -euo pipefail
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
    RIME=${RIME:-$root/target/release/rime}
    work=$(mktemp -d)
    results="$work/results.tsv"
    record() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$results"; }
    verdict() { if awk "BEGIN { exit !($1) }"; then echo met; else echo MISSED; fi; }
    fmt_ms() { awk -v s="$1" 'BEGIN { printf "%.2f ms", s * 1000 }'; }
    ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
    hf() {
        local name=$1 runs=$2 warmup=$3
        shift 3
        hyperfine -N --style basic --runs "$runs" --warmup "$warmup" --export-json "$work/$name.json" "$@" |
            grep -E '^(Benchmark|  Time)' | sed 's/^/   /'
    }
    median() { jq -r ".results[$2].median" "$work/$1.json"; }
    export RIME_CONFIG_DIR="$work/config" RIME_DATA_DIR="$work/data"
    "${SANDBOX_RIME:-$RIME}" sandbox serve --port 0 --clock-rate 0 >"$work/sb.out" 2>"$work/sb.log" &
    alone_sb=$!
    trap 'kill "$alone_sb" 2>/dev/null; wait "$alone_sb" 2>/dev/null; cat "$results"; rm -rf "$work"' EXIT
    BASE=""
    for _ in $(seq 200); do
        BASE=$(grep -ho 'http://127\.0\.0\.1:[0-9]*/api/v1' "$work/sb.log" "$work/sb.out" 2>/dev/null | head -1 || true)
        [ -n "$BASE" ] && break
        sleep 0.1
    done
    [ -n "$BASE" ] || { echo "the sandbox did not start" >&2; exit 1; }
    printf 'correct-horse-admin' | "$RIME" --api-url "$BASE" auth login --email admin@sandbox.rime.test \
        --password-stdin -q 2>/dev/null
    "$RIME" profile set default --project demo -q
    PID=$("$RIME" projects get demo --jq .id)
    TOKEN=$(sed -n 's/^access_token = "\(.*\)"$/\1/p' "$RIME_CONFIG_DIR/credentials.toml")
    auth="Authorization: Bearer $TOKEN"
    QUICK=1
fi

tab_runs=40
[ "$QUICK" = 1 ] && tab_runs=20
tab_cache="$work/completion-cache"
tab=(env RIME_CACHE_DIR="$tab_cache" RIME_COMPLETE=bash _CLAP_COMPLETE_INDEX=5
    "$RIME" -- rime -p "$PID" connectors get "''")
floor=(env RIME_CACHE_DIR="$tab_cache" "$RIME" --version)
# The answer is the names, warm or cold.
want=$("$RIME" -p "$PID" connectors list --jq '.[].name' | head -3 | tr '\n' ' ')
got=$("${tab[@]:0:4}" "$RIME" -- rime -p "$PID" connectors get '' | tr '\013' '\n' | head -3 | tr '\n' ' ')
[ "$got" = "$want" ] || { echo "completion answered '$got', not '$want'" >&2; exit 1; }

hf tab_warm "$tab_runs" 3 -n "rime TAB, warm" "${tab[*]}" -n "rime --version" "${floor[*]}"
warm=$(median tab_warm 0)
floor_s=$(median tab_warm 1)
record completion "TAB, warm (names from the cache)" "$(fmt_ms "$warm")" \
    "rime --version $(fmt_ms "$floor_s")" "$(ratio "$warm" "$floor_s")" "<= 20 ms" \
    "$(verdict "$warm <= 0.020")"

# hyperfine -N splits a command on white space but honours quotes: the header is quoted, and the
# commands are named so the token is never printed.
one="curl -s -o /dev/null -H '$auth' $BASE/projects/$PID/connectors?limit=100"
hf tab_cold "$tab_runs" 3 --prepare "rm -rf $tab_cache" -n "rime TAB, cold" "${tab[*]}" \
    -n "curl, one request" "$one"
cold=$(median tab_cold 0)
curl_s=$(median tab_cold 1)
record completion "TAB, cold (one request, no cache)" "$(fmt_ms "$cold")" \
    "curl, one request $(fmt_ms "$curl_s")" "$(ratio "$cold" "$curl_s")" "<= one request + 10 ms" \
    "$(verdict "$cold <= $curl_s + 0.010")"

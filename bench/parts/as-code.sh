# Projects as code (issue 15): a 300-resource apply from scratch against a bash loop of
# `rime transformations create`, a no-op apply of the same 300, and an export of 1,000.
# Sourced by bench/run (bench/parts/README.md); every figure against its baseline in this run.
# The apply and the loop run under the sandbox's default rate limits (1,200 a bucket, 600 a
# second), which bench/run otherwise raises: "zero failures" means no create failed and none
# met a 429 (no `retrying in` on stderr), the apply paced by the rate-limit headers.

say "as code: apply 300 from scratch vs a bash loop of creates; no-op apply of 300; export of 1,000"
ac_dir="$work/as-code"
mkdir -p "$ac_dir"
for i in $(seq -w 1 300); do
    printf -- '---\nkind: transformation\nname: ac_%s\nmethodology: kimball\ndescription: bench %s\n' "$i" "$i"
done >"$ac_dir/t.yaml"
ac_now() { date +%s.%N; }
ac_count() { "$RIME" -p "$1" transformations list --all -o json --jq 'length'; }
ac_retries() { { grep -c 'retrying in' "$@" || true; } | awk -F: '{ n += $NF } END { print n + 0 }'; }

control PUT limits '{"capacity": 1200, "per_second": 600}' >/dev/null
"$RIME" -q api POST /projects -f name=ac-loop -f identifier=ac-loop >/dev/null
: >"$ac_dir/loop.err"
t0=$(ac_now)
for i in $(seq -w 1 300); do
    "$RIME" -p ac-loop transformations create --name "ac_$i" --description "bench $i" \
        >/dev/null 2>>"$ac_dir/loop.err" || die "the loop's create ac_$i failed: $(tail -2 "$ac_dir/loop.err")"
done
loop_s=$(awk -v a="$t0" -v b="$(ac_now)" 'BEGIN { print b - a }')
[ "$(ac_count ac-loop)" = 300 ] || die "the loop made $(ac_count ac-loop) transformations, not 300"

"$RIME" -q api POST /projects -f name=ac-apply -f identifier=ac-apply >/dev/null
t0=$(ac_now)
"$RIME" -p ac-apply apply -f "$ac_dir/t.yaml" >/dev/null 2>"$ac_dir/apply.err" ||
    die "the apply failed: $(tail -2 "$ac_dir/apply.err")"
apply_s=$(awk -v a="$t0" -v b="$(ac_now)" 'BEGIN { print b - a }')
grep -q '^applied: 300 created, 0 updated, 0 deleted' "$ac_dir/apply.err" ||
    die "the apply did not create 300: $(tail -2 "$ac_dir/apply.err")"
[ "$(ac_count ac-apply)" = 300 ] || die "the apply made $(ac_count ac-apply) transformations, not 300"
ac_failed=$(ac_retries "$ac_dir/apply.err" "$ac_dir/loop.err")
speedup=$(ratio "$loop_s" "$apply_s")
record "as code" "apply 300 from scratch (default rate limits; $ac_failed retries)" "$(fmt_ms "$apply_s")" \
    "bash loop of creates $(fmt_ms "$loop_s")" "${speedup}×" "≥ 5×, 0 retries" \
    "$(verdict "$speedup >= 5 && $ac_failed == 0")"

hf ac_noop 5 1 "$RIME -q -p ac-apply apply -f $ac_dir/t.yaml" "$RIME -q -p ac-apply transformations list --all -o json"
noop_s=$(median ac_noop 0)
list_s=$(median ac_noop 1)
record "as code" "no-op apply of 300" "$(fmt_ms "$noop_s")" "listing them $(fmt_ms "$list_s")" \
    "$(ratio "$noop_s" "$list_s")×" "≤ 1.5 s" "$(verdict "$noop_s <= 1.5")"
control PUT limits '{"capacity": 4000000000, "per_second": 1000000000}' >/dev/null

ac_pid=$("$RIME" -q api POST /projects -f name=ac-export -f identifier=ac-export --jq .id)
control POST bulk "{\"kind\": \"connector\", \"count\": 1000, \"project_id\": \"$ac_pid\"}" >/dev/null
n=$("$RIME" -p ac-export export | grep -c '^kind: connector$' || true)
[ "$n" = 1000 ] || die "the export held $n connectors, not 1,000"
hf ac_export 5 1 "$RIME -p ac-export export" "$RIME -p ac-export connectors list --all -o json"
export_s=$(median ac_export 0)
elist_s=$(median ac_export 1)
record "as code" "export of 1,000" "$(fmt_ms "$export_s")" "listing them $(fmt_ms "$elist_s")" \
    "$(ratio "$export_s" "$elist_s")×" "≤ 2 s" "$(verdict "$export_s <= 2")"
note "apply 300: ${apply_s}s vs loop ${loop_s}s, $ac_failed retries; no-op ${noop_s}s; export 1,000 ${export_s}s"

# Projects as code (issue 15): a 300-resource apply from scratch against a bash loop of
# `rime transformations create`, a no-op apply of the same 300, and an export of 1,000.
# Sourced by bench/run (bench/parts/README.md); every figure against its baseline in this run.

say "as code: apply 300 from scratch vs a bash loop of creates; no-op apply of 300; export of 1,000"
ac_dir="$work/as-code"
mkdir -p "$ac_dir"
for i in $(seq -w 1 300); do
    printf -- '---\nkind: transformation\nname: ac_%s\nmethodology: kimball\ndescription: bench %s\n' "$i" "$i"
done >"$ac_dir/t.yaml"
now() { date +%s.%N; }

"$RIME" api POST /projects -f name=ac-loop -f identifier=ac-loop >/dev/null
t0=$(now)
for i in $(seq -w 1 300); do
    "$RIME" -q -p ac-loop transformations create --name "ac_$i" --description "bench $i" >/dev/null
done
loop_s=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { print b - a }')

"$RIME" api POST /projects -f name=ac-apply -f identifier=ac-apply >/dev/null
t0=$(now)
"$RIME" -q -p ac-apply apply -f "$ac_dir/t.yaml"
apply_s=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { print b - a }')
n=$("$RIME" -p ac-apply transformations list -o json --jq 'length')
[ "$n" = 300 ] || die "the apply made $n transformations, not 300"
speedup=$(ratio "$loop_s" "$apply_s")
record "as code" "apply 300 from scratch" "$(fmt_ms "$apply_s")" "bash loop of creates $(fmt_ms "$loop_s")" \
    "${speedup}x" "≥ 5x" "$(verdict "$speedup >= 5")"

hf ac_noop 5 1 "$RIME -q -p ac-apply apply -f $ac_dir/t.yaml" "$RIME -q -p ac-apply transformations list -o json"
noop_s=$(median ac_noop 0)
list_s=$(median ac_noop 1)
record "as code" "no-op apply of 300" "$(fmt_ms "$noop_s")" "listing them $(fmt_ms "$list_s")" \
    "$(ratio "$noop_s" "$list_s")" "≤ 1.5 s" "$(verdict "$noop_s <= 1.5")"

"$RIME" api POST /projects -f name=ac-export -f identifier=ac-export >/dev/null
ac_pid=$("$RIME" projects get ac-export --jq .id)
control POST bulk "{\"kind\": \"connector\", \"count\": 1000, \"project_id\": \"$ac_pid\"}" >/dev/null
hf ac_export 5 1 "$RIME -p ac-export export" "$RIME -p ac-export connectors list -o json"
export_s=$(median ac_export 0)
elist_s=$(median ac_export 1)
record "as code" "export of 1,000" "$(fmt_ms "$export_s")" "listing them $(fmt_ms "$elist_s")" \
    "$(ratio "$export_s" "$elist_s")" "≤ 2 s" "$(verdict "$export_s <= 2")"
note "apply 300: ${apply_s}s vs loop ${loop_s}s; no-op ${noop_s}s; export 1,000 ${export_s}s"

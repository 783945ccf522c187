# bench/run --profiles: what `lto` and `codegen-units = 1` do to the release build. Sourced by bench/run after its sandbox and login are up (uses its hf, median, record,
# ratio, fmt_ms, $work, $BASE). Each variant is built cold in its own target dir (so build times
# compare), from the same sources, with the profile set through CARGO_PROFILE_RELEASE_*; every
# figure is a ratio against the first variant, the profile rime had before (strip only).
# Instruction counts (callgrind) are given beside wall times: they do not move with the load.

# panic = "abort" is not among them: rime relies on unwinding to turn a panic into a clean error
# on several paths (the keyring call's helper thread, whose panic becomes a keyring failure that
# `auto` falls back from; doctor's spawn_blocking check; the embedded sandbox's per-connection
# tasks), and abort would make each a visible crash. Measuring it would only price a change that
# cannot be made.
#
# id|label|lto|codegen-units|panic
variants=(
    "before|strip only (the profile before)|false|16|unwind"
    "lto|+ lto = \"fat\"|fat|16|unwind"
    "cgu1|+ lto = \"fat\", codegen-units = 1|fat|1|unwind"
)
say "6. release profile: ${#variants[@]} builds of rime, each cold in its own target dir"
prof_dir="$root/target/bench-profiles"
PID=$("$RIME" projects get demo --jq .id)
declare -A size build
for v in "${variants[@]}"; do
    IFS='|' read -r id label lto cgu panic <<<"$v"
    rm -rf "${prof_dir:?}/$id"
    started=$(date +%s.%N)
    CARGO_PROFILE_RELEASE_STRIP=true CARGO_PROFILE_RELEASE_LTO=$lto \
        CARGO_PROFILE_RELEASE_CODEGEN_UNITS=$cgu CARGO_PROFILE_RELEASE_PANIC=$panic \
        cargo build --release --locked --quiet -p rime --bin rime --target-dir "$prof_dir/$id" ||
        die "the $id build failed"
    build[$id]=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { print e - s }')
    cp "$prof_dir/$id/release/rime" "$work/rime-$id"
    rm -rf "${prof_dir:?}/$id"
    size[$id]=$(stat -c %s "$work/rime-$id")
    note "$id: $label: $(fmt_mib $((size[$id] / 1024))), built in $(fmt_ms "${build[$id]}")"
done

# Wall time: every variant in one hyperfine run each, so they share the machine's mood.
startup_cmds=() request_cmds=()
for v in "${variants[@]}"; do
    id=${v%%|*}
    startup_cmds+=("$work/rime-$id --version")
    request_cmds+=("$work/rime-$id projects get $PID -o json")
done
hf prof_startup "$STARTUP_RUNS" 20 "${startup_cmds[@]}"
hf prof_request "$REQUEST_RUNS" 10 "${request_cmds[@]}"

# Instructions, from callgrind: one run each (they repeat exactly).
instr() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
command -v valgrind >/dev/null || die "valgrind is needed for instruction counts"
i=0
for v in "${variants[@]}"; do
    IFS='|' read -r id label _ <<<"$v"
    s_med=$(median prof_startup $i)
    r_med=$(median prof_request $i)
    s_ins=$(instr "$work/rime-$id" --version)
    r_ins=$(instr "$work/rime-$id" projects get "$PID" -o json)
    [ -n "$s_ins" ] && [ -n "$r_ins" ] || die "callgrind counted nothing for $id"
    if [ $i = 0 ]; then
        b_size=${size[$id]} b_build=${build[$id]} b_s=$s_med b_r=$r_med b_si=$s_ins b_ri=$r_ins
    fi
    mi() { awk -v n="$1" 'BEGIN { printf "%.2f M instr", n / 1e6 }'; }
    record release "$label: binary size" "$(fmt_mib $((size[$id] / 1024)))" "" "$(ratio "${size[$id]}" "$b_size")×" "" ""
    record release "$label: rime --version" "$(fmt_ms "$s_med"), $(mi "$s_ins")" "" \
        "$(ratio "$s_med" "$b_s")× time, $(ratio "$s_ins" "$b_si")× instr" "" ""
    record release "$label: projects get (one request)" "$(fmt_ms "$r_med"), $(mi "$r_ins")" "" \
        "$(ratio "$r_med" "$b_r")× time, $(ratio "$r_ins" "$b_ri")× instr" "" ""
    record release "$label: cold release build" "$(fmt_ms "${build[$id]}")" "" \
        "$(ratio "${build[$id]}" "$b_build")×" "" ""
    i=$((i + 1))
done
rmdir "$prof_dir" 2>/dev/null || true

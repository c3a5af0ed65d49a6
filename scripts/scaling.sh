#!/usr/bin/env bash
# How cost grows (issue 31): time and peak memory of `amnesty-sim run` for
#   - 67,000, 250,000 and 1,000,000 persons at 1,000 replicates, both from a synthetic
#     spec scaled up (regenerated every replicate) and from a registry file of that size
#     (the same persons every replicate, `--population FILE.parquet`);
#   - 1,000, 10,000 and 100,000 replicates at 67,000 persons (synthetic);
# and prints a markdown table: persons, replicates, input, wall seconds, million
# person-replicates per second, peak RSS in MB.
#
#   scripts/scaling.sh                 # every case (10^10 person-replicates: about 10
#                                      # minutes on 2 quiet cores, the 100,000-replicate
#                                      # run most of it)
#   scripts/scaling.sh --quick         # a small subset (about a minute): 67,000 and
#                                      # 250,000 persons at 100 replicates, 100 and
#                                      # 1,000 replicates at 67,000 persons
#   scripts/scaling.sh --lean          # also each case without the timeline and the
#                                      # attribution (--horizon 0 --no-attribution)
#   scripts/scaling.sh --threads 1     # passed on to every run
#   scripts/scaling.sh --only persons  # only the cases by persons (or: replicates)
#
# The binary: $AMNESTY_SIM, else $CARGO_TARGET_DIR/release/amnesty-sim, else
# target/release/amnesty-sim (build it first: `cargo build --release`). Inputs and run
# folders go under $SCALING_DIR (default /tmp/amnesty-scaling); the scaled specs come
# from scripts/scaled-spec.sh and the registries from `amnesty-sim population --spec
# SCALED.toml --out registry.parquet`. Each case is one command, timed by
# `/usr/bin/time -v` (wall time and peak RSS of the whole command: loading, the
# replicates, writing every file):
#   amnesty-sim run --population INPUT --replicates R --no-report --quiet --out DIR
# `engine` is the replicates' own rate as the run reports it (manifest.json), without
# loading and writing. Timings vary with whatever else the machine runs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
quick=0
lean=0
threads=()
only=all
while [ $# -gt 0 ]; do
  case $1 in
    --quick) quick=1 ;;
    --lean) lean=1 ;;
    --threads) threads=(--threads "$2"); shift ;;
    --only) only=$2; shift; [ "$only" = persons ] || [ "$only" = replicates ] || { echo "--only persons or --only replicates" >&2; exit 2; } ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) echo "unknown option $1 (--quick, --lean, --threads N, --only persons|replicates)" >&2; exit 2 ;;
  esac
  shift
done
bin=${AMNESTY_SIM:-${CARGO_TARGET_DIR:-$here/../target}/release/amnesty-sim}
[ -x "$bin" ] || { echo "no binary at $bin: cargo build --release, or set AMNESTY_SIM" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed (GNU time: apt-get install time)" >&2; exit 1; }
work=${SCALING_DIR:-/tmp/amnesty-scaling}
mkdir -p "$work"

if [ $quick = 1 ]; then
  sizes=(67000 250000); size_reps=100; replicate_counts=(100 1000)
else
  sizes=(67000 250000 1000000); size_reps=1000; replicate_counts=(1000 10000 100000)
fi

# Inputs: a scaled spec and a registry of that size per population size.
[ "$only" = replicates ] && sizes=("${sizes[0]}")
for n in "${sizes[@]}"; do
  [ -s "$work/spec-$n.toml" ] || "$here/scaled-spec.sh" "$n" >"$work/spec-$n.toml"
  [ -s "$work/registry-$n.parquet" ] || "$bin" population --spec "$work/spec-$n.toml" --seed 1 --out "$work/registry-$n.parquet" >/dev/null
done

rows=()
# 1000000 -> 1,000,000
grouped() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }
# case PERSONS REPLICATES KIND(spec|registry) VARIANT(default|lean)
case_() {
  local n=$1 r=$2 kind=$3 variant=$4 input extra=()
  if [ "$kind" = spec ]; then input=$work/spec-$n.toml; else input=$work/registry-$n.parquet; fi
  [ "$variant" = lean ] && extra=(--horizon 0 --no-attribution)
  local out=$work/run-$n-$r-$kind-$variant
  rm -rf "$out"
  local cmd=("$bin" run --population "$input" --replicates "$r" --no-report --quiet --out "$out" "${extra[@]}" "${threads[@]}")
  echo "+ ${cmd[*]}" >&2
  /usr/bin/time -v "${cmd[@]}" >"$out.stdout" 2>"$out.time" || { echo "failed: see $out.time" >&2; tail -5 "$out.time" >&2; exit 1; }
  local wall rss engine
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$out.time")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$out.time")
  engine=$(python3 -c 'import json, sys; print("%.1f" % (json.load(open(sys.argv[1]))["timings"]["person_replicates_per_second"] / 1e6))' "$out/manifest.json")
  local rate
  rate=$(awk -v n="$n" -v r="$r" -v s="$wall" 'BEGIN { printf "%.1f", n * r / s / 1e6 }')
  rows+=("$(printf '| %s | %s | %s | %s | %.1f | %s | %s | %s |' "$(grouped "$n")" "$(grouped "$r")" "$kind" "$variant" "$wall" "$rate" "$engine" "$rss")")
  echo "${rows[-1]}" >&2
}

variants=(default)
[ $lean = 1 ] && variants+=(lean)
for v in "${variants[@]}"; do
  if [ "$only" != replicates ]; then
    for n in "${sizes[@]}"; do
      for kind in spec registry; do
        case_ "$n" "$size_reps" "$kind" "$v"
      done
    done
  fi
  if [ "$only" != persons ]; then
    for r in "${replicate_counts[@]}"; do
      # Measured above with the persons, unless only these are asked for.
      [ "$r" = "$size_reps" ] && [ "$only" = all ] && continue
      case_ "${sizes[0]}" "$r" spec "$v"
    done
  fi
done

echo
echo "$(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores; $("$bin" --version 2>/dev/null || echo amnesty-sim); $(date -u +%Y-%m-%d)"
echo
echo '| persons | replicates | input | run | wall s | M person-replicates/s (wall) | M person-replicates/s (engine) | peak RSS MB |'
echo '|---:|---:|---|---|---:|---:|---:|---:|'
printf '%s\n' "${rows[@]}"

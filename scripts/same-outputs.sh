#!/usr/bin/env bash
# Runs one fixed set of commands (run, compare, sweep, calibrate, population, explain,
# check) with a given binary into a folder, so two builds can be compared file by file:
#   scripts/same-outputs.sh OLD_BINARY /tmp/old
#   scripts/same-outputs.sh NEW_BINARY /tmp/new
#   scripts/same-outputs.sh --diff /tmp/old /tmp/new
# Timings, the build the hot loops chose by timing, and the output folder's own path
# are masked before comparing.
set -euo pipefail
if [ "${1:-}" = "--diff" ]; then
  exec python3 - "$2" "$3" <<'PY'
import os, re, sys, difflib
old, new = sys.argv[1], sys.argv[2]
# Timings, and the folder each run wrote to, are the only parts allowed to differ (a
# manifest's hashes are dropped: every file they hash is compared itself).
TIMING = [
    (re.compile(r'^\s*"[a-z_]*seconds?[a-z_]*": .*$\n?|^\s*"sha256": .*$\n?', re.M), ''),
    (re.compile(r'[0-9][0-9.,]* (s|с)(?![a-zа-я])'), '# s'),
    (re.compile(r'[0-9][0-9.,]* (million|млн)'), '# million'),
    # The build of the hot loops is chosen by timing them, so it may differ run to run.
    (re.compile(r'\b(baseline|avx2|avx512)\b'), 'BUILD'),
]
def norm(path, root):
    data = open(path, 'rb').read()
    if path.endswith(('.png', '.parquet')):
        return data
    text = data.decode('utf-8', 'replace').replace(root, 'OUT')
    for pattern, repl in TIMING:
        text = pattern.sub(repl, text)
    return text
def files(root):
    return sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs)
a, b = files(old), files(new)
status = 0
for rel in sorted(set(a) | set(b)):
    if rel not in b: print('missing in new:', rel); status = 1; continue
    if rel not in a: print('only in new:', rel); status = 1; continue
    x, y = norm(os.path.join(old, rel), old), norm(os.path.join(new, rel), new)
    if x != y:
        status = 1
        print('differs:', rel)
        if isinstance(x, str):
            print(''.join(list(difflib.unified_diff(x.splitlines(True), y.splitlines(True), n=0))[:12]))
if status == 0: print('same outputs:', len(a), 'files')
sys.exit(status)
PY
fi
out=$2
# The binary runs from a path under the output's own name, which the diff masks with
# it: the manifests record the command line.
rm -rf "$out" "$out.bin"; mkdir -p "$out" "$out.bin"
cp "$1" "$out.bin/amnesty-sim"; bin=$out.bin/amnesty-sim
unset AMNESTY_LANG
r() { local name=$1; shift; "$bin" "$@" >"$out/$name.stdout" 2>"$out/$name.stderr" || echo "exit $?" >>"$out/$name.stdout"; }
for d in kz-2025-enacted kz-2025-drug-distribution kz-2025-fraud-third kz-2025-no-1y kz-2025-no-vulnerable kz-2025-whatif-imposed-term kz-2021 kz-2022 kz-2016; do
  r "run-$d" run "$d" --replicates 200 --seed 7 --quiet --out "$out/run-$d"
done
r run-ru run --replicates 100 --seed 3 --lang ru --quiet --out "$out/run-ru"
r run-kk-h0 run --replicates 100 --seed 3 --lang kk --horizon 0 --no-attribution --quiet --out "$out/run-kk-h0"
r run-targets run --replicates 100 --seed 5 --quiet --targets scenarios/targets/kz-2025-actual.toml --out "$out/run-targets"
r compare3 compare kz-2025-enacted kz-2025-drug-distribution kz-2025-no-1y --replicates 200 --seed 2 --quiet --out "$out/compare3"
r compare-old compare kz-2021 kz-2022 kz-2016 --replicates 100 --seed 2 --quiet --no-report --out "$out/compare-old"
r sweep-frac sweep --vary provision.art3-4-1.effect.cut.fraction=0.1:0.5:0.1 --solve "bed_days_saved >= 3000000 at 80%" --replicates 100 --seed 4 --out "$out/sweep-frac"
r sweep-onoff sweep --vary exclude.art4-15=on,off --metric "prisoner covered" --replicates 100 --seed 4 --out "$out/sweep-onoff"
r sweep-court sweep kz-2025-enacted --vary draft.court_grant.mean=0.5:0.9:0.2 --metric "all covered" --replicates 100 --seed 4 --out "$out/sweep-court"
r calibrate calibrate --draft kz-2025-enacted --targets scenarios/targets/kz-2025-actual.toml --targets scenarios/targets/kz-2025-forecast.toml --draws 300 --seed 9 --out "$out/calibrated.toml"
r population population --summary --seed 1
r explain explain kz-2025-enacted
r explain-ru explain kz-2025-enacted --lang ru
r check check
r err-bad-draft run /nonexistent.toml
r err-threads run --threads 100000
echo "wrote $(find "$out" -type f | wc -l) files to $out"

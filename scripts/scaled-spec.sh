#!/usr/bin/env bash
# Writes a population spec scaled to N persons in all, to standard output:
#   scripts/scaled-spec.sh 1000000 > /tmp/kz-2025-1m.toml
#   scripts/scaled-spec.sh 250000 my-spec.toml > /tmp/my-250k.toml
# Every status's `total` (and the exact count of life sentences) is multiplied by
# N / (the spec's persons), rounded so that the totals add up to exactly N (largest
# remainder); every share, term and citation stays as it is, so the scaled spec draws
# the same kinds of persons, only more of them. The spec defaults to the shipped
# scenarios/population/kz-2025.toml (67,000 persons). A run holds at most 16,777,215
# persons (2^24 - 1). Use it as a spec (`run --population FILE.toml`, regenerated every
# replicate) or turn it into a registry of that size (`population --spec FILE.toml
# --out registry.parquet`, the same persons every replicate).
set -euo pipefail
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 PERSONS [SPEC.toml] > scaled.toml" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
exec python3 - "$1" "${2:-$here/../scenarios/population/kz-2025.toml}" <<'PY'
import math, os, re, sys, tomllib
want, path = sys.argv[1], sys.argv[2]
if not re.fullmatch(r"[0-9]+", want) or int(want) < 1:
    sys.exit(f"persons: give a whole number of 1 or more, not {want!r}")
want = int(want)
if want > (1 << 24) - 1:
    sys.exit(f"persons: a population holds at most {(1 << 24) - 1:,} persons, not {want:,}")
text = open(path, encoding="utf-8").read()
spec = tomllib.loads(text)
statuses = [s for s in ("prisoner", "pretrial", "probationer") if s in spec]
totals = {s: spec[s]["total"]["value"] for s in statuses}
now = sum(totals.values())
factor = want / now
# Largest remainder: floors, then one more to the largest fractions until the sum is N.
exact = {s: totals[s] * factor for s in statuses}
scaled = {s: math.floor(exact[s]) for s in statuses}
for s in sorted(statuses, key=lambda s: (-(exact[s] - scaled[s]), statuses.index(s)))[: want - sum(scaled.values())]:
    scaled[s] += 1
counts = {f"{s}.total": scaled[s] for s in statuses}
for s in statuses:
    if "life_sentences" in spec[s]:
        counts[f"{s}.life_sentences"] = round(spec[s]["life_sentences"]["value"] * factor)
# Rewrite `value = ...` inside each counted table, leaving every other line as it is.
out, table, done = [], None, set()
for line in text.splitlines(keepends=True):
    m = re.match(r"\s*\[([^\]]+)\]\s*$", line)
    if m:
        table = m.group(1).strip()
    elif table in counts and re.match(r"\s*value\s*=", line):
        line = f"value = {counts[table]}\n"
        done.add(table)
    out.append(line)
missing = set(counts) - done
if missing:
    sys.exit(f"{path}: no `value = ` line found in {', '.join(sorted(missing))}")
header = (
    f"# Scaled by scripts/scaled-spec.sh {want} from {os.path.relpath(path)}: every status's total and the count of life\n"
    f"# sentences times {factor:.6f} ({now:,} -> {want:,} persons); shares, terms and citations unchanged.\n"
)
sys.stdout.write(header + "".join(out))
PY

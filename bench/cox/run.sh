#!/usr/bin/env bash
# Whole-process benchmark: `mibg cox` against `Rscript cox.R` (read.csv + coxph) on the same CSV files.
# Usage (from the repository root, after `dotnet build -c Release src/Mibg.Cli`, or with MIBG set):
#   bench/cox/run.sh [SIZES] [R_SIZES] [REPEATS]     defaults: "1e4 1e5 1e6 1e7" "1e4 1e5 1e6" 3
# Prints a markdown table: wall and CPU (user+sys) seconds, peak memory, mibg/R ratios, and the largest relative
# difference between the two programs' coefficients (and concordance). Data files are cached in $COX_BENCH_DATA.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sizes="${1:-1e4 1e5 1e6 1e7}"
r_sizes="${2:-1e4 1e5 1e6}"
repeats="${3:-3}"
data="${COX_BENCH_DATA:-/tmp/mibg-cox-bench}"
# MIBG: the mibg command to time (default: the Release build run by dotnet; e.g. MIBG=/usr/local/bin/mibg for the
# ReadyToRun install of scripts/install.sh).
read -r -a mibg <<< "${MIBG:-dotnet $root/src/Mibg.Cli/bin/Release/net10.0/mibg.dll}"
mkdir -p "$data"
[ -n "${MIBG:-}" ] || [ -f "${mibg[1]}" ] || { echo "build first: dotnet build -c Release src/Mibg.Cli" >&2; exit 1; }

# Runs a command, keeps its stdout in $2, appends "wall cpu maxKB" to $3.
measure() {
  local out="$1" log="$2"; shift 2
  /usr/bin/time -f "%e %U %S %M" -o "$log.t" "$@" > "$out"
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$log.t" >> "$log"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

echo "| rows | mibg wall s | mibg CPU s | mibg MB | R wall s | R CPU s | R MB | wall ratio | CPU ratio | max rel. diff |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for size in $sizes; do
  n=$(awk -v s="$size" 'BEGIN { printf "%d", s }')
  csv="$data/cox-$size.csv"
  [ -f "$csv" ] || Rscript "$here/make-data.R" "$n" "$csv" 1
  rm -f "$data/mibg.log" "$data/r.log"
  runs=$repeats; [ "$n" -ge 10000000 ] && runs=1
  with_r=0; for r in $r_sizes; do [ "$r" = "$size" ] && with_r=1; done
  for ((i = 0; i < runs; i++)); do
    measure "$data/mibg.json" "$data/mibg.log" "${mibg[@]}" cox "$csv" --time time --event status \
      --covariates x1,x2,x3,x4,group --factor group --json
    [ "$with_r" = 1 ] && measure "$data/r.json" "$data/r.log" Rscript "$here/cox.R" "$csv"
  done
  mw=$(awk '{print $1}' "$data/mibg.log" | median); mc=$(awk '{print $2}' "$data/mibg.log" | median)
  mm=$(awk '{print $3}' "$data/mibg.log" | median)
  if [ "$with_r" = 1 ]; then
    rw=$(awk '{print $1}' "$data/r.log" | median); rc=$(awk '{print $2}' "$data/r.log" | median)
    rm_=$(awk '{print $3}' "$data/r.log" | median)
    diff=$(python3 "$here/compare.py" "$data/mibg.json" "$data/r.json")
    awk -v n="$n" -v mw="$mw" -v mc="$mc" -v mm="$mm" -v rw="$rw" -v rc="$rc" -v rm="$rm_" -v d="$diff" 'BEGIN {
      printf "| %d | %.2f | %.2f | %d | %.2f | %.2f | %d | %.3f | %.3f | %s |\n", n, mw, mc, mm / 1024, rw, rc, rm / 1024, mw / rw, mc / rc, d }'
  else
    awk -v n="$n" -v mw="$mw" -v mc="$mc" -v mm="$mm" 'BEGIN {
      printf "| %d | %.2f | %.2f | %d | – | – | – | – | – | – |\n", n, mw, mc, mm / 1024 }'
  fi
done

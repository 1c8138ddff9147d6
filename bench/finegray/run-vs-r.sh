#!/usr/bin/env bash
# Whole-process speed of `mibg finegray` against Rscript (read.csv + cmprsk::crr) on the cuminc benchmark's CSVs
# (bench/cuminc/make-data.R: status 0/1/2/3, covariates x1 numeric and x2 0/1), cause 1, covariates x1,x2. Checks
# that coefficients, SEs and the log pseudo-likelihood agree to 1e-6 and prints wall and CPU ratios.
# Both sides are O(n²) per Newton step (crr's Fortran and its port), so sizes stay small.
# Usage (from the repository root): bench/finegray/run-vs-r.sh [ROWS ...]   default 1000 3000 10000
# Env: MIBG (default: dotnet src/Mibg.Cli/bin/Release/net10.0/mibg.dll), WORK (default /tmp/mibg-bench-cuminc).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=("$@"); [ $# -eq 0 ] && ROWS=(1000 3000 10000)
MIBG=${MIBG:-"dotnet src/Mibg.Cli/bin/Release/net10.0/mibg.dll"}
WORK=${WORK:-/tmp/mibg-bench-cuminc}; mkdir -p "$WORK"
timed() { /usr/bin/time -o "$WORK/fg-time.txt" -f "%e %U %S" bash -c "$1" >/dev/null; awk '{printf "%s %.2f\n", $1, $2 + $3}' "$WORK/fg-time.txt"; }
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'); uptime: $(uptime)"
printf "%-7s %9s %9s %7s %9s %9s %7s  %s\n" rows mibg_wall R_wall ratio mibg_cpu R_cpu ratio agree
for n in "${ROWS[@]}"; do
  csv="$WORK/cr-$n.csv"; [ -f "$csv" ] || Rscript bench/cuminc/make-data.R "$n" "$csv" 1
  read -r mw mc < <(timed "$MIBG finegray '$csv' --time time --event status --cause 1 --covariates x1,x2 --json > '$WORK/fg-mibg-$n.json'")
  read -r rw rc < <(timed "Rscript bench/finegray/r-crr.R '$csv' '$WORK/fg-r-$n.json'")
  agree=$(python3 - "$WORK/fg-mibg-$n.json" "$WORK/fg-r-$n.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1])); r = json.load(open(sys.argv[2]))
close = lambda a, b: abs(a - b) <= 1e-6 * max(abs(a), abs(b))
ok = all(close(c["coef"], r["coef"][i]) and close(c["se"], r["se"][i]) for i, c in enumerate(m["coefficients"])) and close(m["loglik"], r["loglik"])
print("yes" if ok else "NO")
PY
)
  printf "%-7s %9.2f %9.2f %7.3f %9.2f %9.2f %7.3f  %s\n" "$n" "$mw" "$rw" "$(echo "$mw / $rw" | bc -l)" "$mc" "$rc" "$(echo "$mc / $rc" | bc -l)" "$agree"
done
echo "# done $(date -u '+%H:%M UTC'); uptime: $(uptime)"

#!/usr/bin/env bash
# Whole-process speed: `mibg km` + `mibg logrank` against Rscript (read.csv + survfit + survdiff) on the same CSV
# (N rows: time, status, 4 numeric covariates, 3-level group), checks that the estimates agree, and prints the
# time ratio. Usage (from the repository root):
#   bench/stats/run-vs-r.sh [ROWS ...]        default rows: 10000 100000 1000000
# Env: RUNS (timed repetitions, default 3), KM_ONLY_ABOVE (rows above which only km is run, default 1000000),
#      READER (read.csv | fread, default read.csv), MIBG (default: dotnet src/Mibg.Cli/bin/Release/net10.0/mibg.dll).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=("$@"); [ $# -eq 0 ] && ROWS=(10000 100000 1000000)
RUNS=${RUNS:-3}; KM_ONLY_ABOVE=${KM_ONLY_ABOVE:-1000000}; READER=${READER:-read.csv}
MIBG=${MIBG:-"dotnet src/Mibg.Cli/bin/Release/net10.0/mibg.dll"}
WORK=${WORK:-/tmp/mibg-bench-stats}; mkdir -p "$WORK"
[ -f src/Mibg.Cli/bin/Release/net10.0/mibg.dll ] || dotnet build -c Release src/Mibg.Cli >/dev/null

# best_of CMD: best (lowest) wall time and best CPU time (user + sys, children included) over RUNS runs, "wall cpu".
best_of() {
  local bw="" bc=""
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -o "$WORK/time.txt" -f "%e %U %S" bash -c "$1" >/dev/null 2>"$WORK/stderr.txt" || { cat "$WORK/stderr.txt" >&2; exit 1; }
    local out; out=$(tail -1 "$WORK/time.txt")
    local w c; w=$(echo "$out" | awk '{print $1}'); c=$(echo "$out" | awk '{print $2 + $3}')
    if [ -z "$bw" ] || (( $(echo "$w < $bw" | bc -l) )); then bw=$w; fi
    if [ -z "$bc" ] || (( $(echo "$c < $bc" | bc -l) )); then bc=$c; fi
  done
  echo "$bw $bc"
}

printf "%-9s %-5s %9s %9s %7s %9s %9s %7s  %s\n" rows what mibg_wall R_wall ratio mibg_cpu R_cpu ratio agree
for n in "${ROWS[@]}"; do
  csv="$WORK/surv-$n.csv"; [ -f "$csv" ] || Rscript bench/stats/make-data.R "$n" "$csv" 1
  what=both; [ "$n" -gt "$KM_ONLY_ABOVE" ] && what=km
  mibg_cmd="$MIBG km '$csv' --time time --event status --group group --json > '$WORK/km-$n.json'"
  [ "$what" = both ] && mibg_cmd="$mibg_cmd && $MIBG logrank '$csv' --time time --event status --group group --json > '$WORK/lr-$n.json'"
  r_cmd="Rscript bench/stats/r-survival.R '$csv' '$WORK/r-$n.json' $what $READER"
  read -r mw mc < <(best_of "$mibg_cmd"); read -r rw rc < <(best_of "$r_cmd")
  agree=$(python3 - "$WORK/km-$n.json" "$WORK/lr-$n.json" "$WORK/r-$n.json" "$what" <<'PY'
import json, sys
km = json.load(open(sys.argv[1])); r = json.load(open(sys.argv[3])); what = sys.argv[4]
def close(a, b): return (a is None and b is None) or (a is not None and b is not None and abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1e-300))
ok = True
for i, s in enumerate(km["strata"]):
    ok &= close(s["median"], r["median"][i]) and close(s["median_lower"], r["median_lower"][i]) and close(s["median_upper"], r["median_upper"][i])
    ok &= s["n"] == r["n"][i] and s["events"] == r["events"][i] and close(s["steps"][-1]["survival"], r["last_survival"][i])
if what == "both":
    lr = json.load(open(sys.argv[2])); ok &= close(lr["chisq"], r["chisq"]) and close(lr["p"], r["p"])
print("yes" if ok else "NO")
PY
)
  printf "%-9s %-5s %9.2f %9.2f %7.3f %9.2f %9.2f %7.3f  %s\n" "$n" "$what" "$mw" "$rw" "$(echo "$mw / $rw" | bc -l)" "$mc" "$rc" "$(echo "$mc / $rc" | bc -l)" "$agree"
done

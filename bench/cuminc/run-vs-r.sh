#!/usr/bin/env bash
# Whole-process speed: `mibg cuminc --group --at --json` against Rscript (read.csv + cmprsk::cuminc with Gray's test
# + timepoints) on the same CSV, checks that the estimates, variances and Gray's statistics agree to 1e-6, and prints
# the time ratio. Usage (from the repository root):
#   bench/cuminc/run-vs-r.sh [ROWS ...]        default rows: 10000 100000 1000000
# Env: RUNS (timed repetitions, default 3), R_UP_TO (largest row count R is run on, default 1000000),
#      READER (read.csv | fread), MIBG (default: dotnet src/Mibg.Cli/bin/Release/net10.0/mibg.dll).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=("$@"); [ $# -eq 0 ] && ROWS=(10000 100000 1000000)
RUNS=${RUNS:-3}; R_UP_TO=${R_UP_TO:-1000000}; READER=${READER:-read.csv}
MIBG=${MIBG:-"dotnet src/Mibg.Cli/bin/Release/net10.0/mibg.dll"}
WORK=${WORK:-/tmp/mibg-bench-cuminc}; mkdir -p "$WORK"
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

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'); uptime: $(uptime)"
printf "%-9s %9s %9s %7s %9s %9s %7s  %s\n" rows mibg_wall R_wall ratio mibg_cpu R_cpu ratio agree
for n in "${ROWS[@]}"; do
  csv="$WORK/cr-$n.csv"; [ -f "$csv" ] || Rscript bench/cuminc/make-data.R "$n" "$csv" 1
  read -r mw mc < <(best_of "$MIBG cuminc '$csv' --time time --event status --group group --at 365,730,1825 --json > '$WORK/mibg-$n.json'")
  if [ "$n" -gt "$R_UP_TO" ]; then
    printf "%-9s %9.2f %9s %7s %9.2f %9s %7s  %s\n" "$n" "$mw" - - "$mc" - - "(mibg only)"
    continue
  fi
  read -r rw rc < <(best_of "Rscript bench/cuminc/r-cuminc.R '$csv' '$WORK/r-$n.json' $READER")
  agree=$(python3 - "$WORK/mibg-$n.json" "$WORK/r-$n.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1])); r = json.load(open(sys.argv[2]))
def close(a, b): return (a is None and b is None) or (a is not None and b is not None and abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1e-300))
ok = [f"{c['group']} {c['cause']}" for c in m["curves"]] == r["curves"]
for i, c in enumerate(m["curves"]):
    for j, a in enumerate(c["at"]):
        ok &= close(a["estimate"], r["est"][i][j]) and close(a["variance"], r["var"][i][j])
for k, g in enumerate(m["gray"]):
    ok &= close(g["statistic"], r["stat"][k]) and close(g["p"], r["p"][k])
print("yes" if ok else "NO")
PY
)
  printf "%-9s %9.2f %9.2f %7.3f %9.2f %9.2f %7.3f  %s\n" "$n" "$mw" "$rw" "$(echo "$mw / $rw" | bc -l)" "$mc" "$rc" "$(echo "$mc / $rc" | bc -l)" "$agree"
done

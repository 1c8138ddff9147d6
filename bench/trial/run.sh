#!/usr/bin/env bash
# Whole-process speed of `mibg trial simulate` (10,000 trials of 300 patients) against the same Monte Carlo in R
# (survival::survdiff in a loop; fewer trials, scaled linearly). Usage, from the repository root:
#   bench/trial/run.sh            (builds Release first; needs hyperfine and Rscript)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dotnet build "$root/src/Mibg.Cli" -c Release -v quiet >/dev/null
mibg=(dotnet "$root/src/Mibg.Cli/bin/Release/net10.0/mibg.dll")
design=(--hr 0.6 --power 0.8 --alpha 0.05 --control-median 2 --accrual-years 4 --followup-years 3)
echo "== mibg: 10,000 trials x 300 patients, calendar-time analysis at 7 years, all cores"
hyperfine --warmup 1 --runs 5 --export-markdown "$root/bench/trial/hyperfine-mibg.md" \
  "${mibg[*]} trial simulate ${design[*]} --subjects 300 --analysis calendar --trials 10000 --seed 1 --json"
"${mibg[@]}" trial simulate "${design[@]}" --subjects 300 --analysis calendar --trials 10000 --seed 1 --json
echo "== mibg, 1 thread"
hyperfine --warmup 1 --runs 3 \
  "${mibg[*]} trial simulate ${design[*]} --subjects 300 --analysis calendar --trials 10000 --seed 1 --threads 1 --json"
r_trials=${R_TRIALS:-500}
echo "== R survdiff loop: $r_trials trials x 300 patients (scaled to 10,000 below)"
# args: TRIALS SUBJECTS EVENTS(0 = calendar) HR CONTROL_MEDIAN ACCRUAL FOLLOWUP DROPOUT ALLOCATION ALPHA SEED
out=$(Rscript "$root/bench/trial/simulate.R" "$r_trials" 300 0 0.6 2 4 3 0 1 0.05 1)
echo "trials power power_se mean_events mean_duration elapsed_s cpu_s: $out"
secs=$(echo "$out" | awk '{print $6}')
cpu=$(echo "$out" | awk '{print $7}')
echo "R scaled to 10,000 trials: $(awk -v s="$secs" -v n="$r_trials" 'BEGIN{printf "%.1f", s*10000/n}') s elapsed, $(awk -v s="$cpu" -v n="$r_trials" 'BEGIN{printf "%.1f", s*10000/n}') s CPU (loop only, excluding R start-up)"

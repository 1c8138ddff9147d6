#!/usr/bin/env bash
# Times the whole `mibg demo` process (generate, CSV + xlsx, SQLite store, analysis, report) end to end.
# Usage: bench/analysis/demo-timing.sh [RUNS]   (default 5). Builds Release once, then runs the built mibg.
# Prints, per run: wall-clock seconds, CPU user + sys seconds, peak memory, and the 1-minute load average
# before the run (this machine is shared: wall-clock time grows with the load, CPU time does not).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
dotnet build src/Mibg.Cli -c Release -v q -nologo >/dev/null
mibg="dotnet src/Mibg.Cli/bin/Release/net10.0/mibg.dll"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf "%-4s %9s %9s %9s %8s %6s\n" run wall_s user_s sys_s peak_MB load1
for i in $(seq 1 "$runs"); do
  rm -rf "$out/demo"
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%e %U %S %M" -o "$out/time" $mibg demo --out "$out/demo" >/dev/null 2>&1
  read -r wall user sys kb < "$out/time"
  printf "%-4s %9s %9s %9s %8d %6s\n" "$i" "$wall" "$user" "$sys" $((kb / 1024)) "$load"
done

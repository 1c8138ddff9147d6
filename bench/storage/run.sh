#!/usr/bin/env bash
# Storage speed: validation and import of a 5,000-patient study, in process and as whole mibg processes.
# Builds the Release CLI (the process benchmarks run it), then runs BenchmarkDotNet; results land in
# bench/storage/results/ (copied from BenchmarkDotNet.Artifacts).
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build -c Release src/Mibg.Cli -v q -nologo
rm -f bench/storage/results/whole-process-cpu.md
dotnet run -c Release --project bench/Mibg.Bench -- --filter '*StudyStorageBenchmarks*' --artifacts bench/storage/artifacts "$@"
mkdir -p bench/storage/results
cp bench/storage/artifacts/results/*StudyStorageBenchmarks*-report-github.md bench/storage/results/
{ echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%F)"; } > bench/storage/results/machine.txt
rm -rf bench/storage/artifacts

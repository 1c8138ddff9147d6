#!/usr/bin/env bash
# Throughput and latency of the reader workstation under 20 simultaneous readers (each opens its worklist, then
# submits; 1,000 reads + 100 replays over HTTP), on the embedded SQLite store and on a private PostgreSQL cluster.
# Prints the machine's load before and after, and two lines per store.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build tests/Mibg.Web.Tests -c Release -v q -nologo >/dev/null
echo "before: $(uptime)"
dotnet test tests/Mibg.Web.Tests -c Release --no-build --filter "FullyQualifiedName~ParallelReaders" \
  --logger "console;verbosity=detailed" 2>&1 | grep -E "requests/s|latency ms|Passed!|Failed"
echo "after:  $(uptime)"

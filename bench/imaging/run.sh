#!/usr/bin/env bash
# Scan images: the server's cold image request (read + decode + render both frames of a 256×1024 two-frame DICOM file
# written by pydicom) by wall and CPU time, the same in BenchmarkDotNet, and the viewer's windowing in Chromium.
# Prints the machine's load before and after. Needs python3-pydicom, python3-pil and chromium (scripts/test.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build bench/Mibg.Bench -c Release -v q -nologo >/dev/null
bench=bench/Mibg.Bench/bin/Release/net10.0/Mibg.Bench.dll
uptime
dotnet "$bench" render-cpu
dotnet "$bench" viewer
(cd "$(mktemp -d)" && dotnet "$OLDPWD/$bench" --filter '*ScanImage*' --job short --inProcess | grep -E '^\|')
uptime

#!/usr/bin/env bash
# Runs every test of mibg. Installs what the tests need when it is missing (Debian 12, as root):
# Chromium for the browser tests, PostgreSQL 15 server binaries for the server-store tests, fonts for figures,
# pydicom and Pillow (Debian's python3) to write the scan-image fixtures at test time.
# Prints a last line "N passed, N failed" computed from the TRX test results.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/lib/postgresql/15/bin/initdb ] || need+=(postgresql-15)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
/usr/bin/python3 -c 'import pydicom' 2>/dev/null || need+=(python3-pydicom)
/usr/bin/python3 -c 'import PIL' 2>/dev/null || need+=(python3-pil)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing test prerequisites: ${need[*]}"
  if [ "$(id -u)" -ne 0 ]; then echo "run as root, or install: apt-get install -y ${need[*]}" >&2; exit 1; fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

results=TestResults
rm -rf "$results"
set +e
dotnet test Mibg.slnx -c Release --logger "trx" --results-directory "$results" "$@"
status=$?
set -e
passed=0; failed=0
for f in "$results"/*.trx; do
  [ -f "$f" ] || continue
  p=$(grep -o '<Counters [^>]*' "$f" | grep -o 'passed="[0-9]*"' | grep -o '[0-9]*' || echo 0)
  x=$(grep -o '<Counters [^>]*' "$f" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*' || echo 0)
  passed=$((passed + p)); failed=$((failed + x))
done
if [ $status -ne 0 ] && [ $failed -eq 0 ]; then failed=1; echo "the test run failed before reporting results (build error?)" >&2; fi
echo "$passed passed, $failed failed"
exit $status

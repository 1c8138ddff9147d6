#!/usr/bin/env bash
# Installs the `mibg` command from this checkout: publishes a ReadyToRun build of src/Mibg.Cli (compiled ahead of
# time, so each call starts in a fraction of `dotnet run`'s time; bench/cli-startup.md) into PREFIX/lib/mibg and links
# PREFIX/bin/mibg to it. PREFIX is /usr/local as root (already on every shell's PATH), ~/.local otherwise (Debian's
# ~/.profile puts ~/.local/bin on the PATH of new login shells). Run it again after pulling to update.
#   scripts/install.sh            # install
#   PREFIX=/opt/mibg scripts/install.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" -eq 0 ]; then prefix=${PREFIX:-/usr/local}; else prefix=${PREFIX:-$HOME/.local}; fi
case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64|arm64) rid=linux-arm64 ;;
  *) echo "install.sh: unsupported machine $(uname -m); use: dotnet run --project src/Mibg.Cli -c Release -- …" >&2; exit 1 ;;
esac
command -v dotnet >/dev/null || { echo "install.sh: the .NET 10 SDK is needed (dotnet not found)" >&2; exit 1; }

lib="$prefix/lib/mibg"
staging="$prefix/lib/.mibg-staging-$$"
trap 'rm -rf "$staging"' EXIT
echo "mibg: building a ReadyToRun release for $rid into $lib"
echo "mibg: the first build restores packages from nuget.org and compiles every project: a few minutes; progress below"
start=$SECONDS
# -v:minimal with the classic logger prints one line per restored and built project, also when not on a terminal.
dotnet publish src/Mibg.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
  -o "$staging" -v:minimal -tl:off -nologo
rm -rf "$lib"
mkdir -p "$prefix/bin"
mv "$staging" "$lib"
ln -sfn "$lib/mibg" "$prefix/bin/mibg"
echo "mibg: installed $("$prefix/bin/mibg" --version) as $prefix/bin/mibg in $((SECONDS - start)) s"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "mibg: $prefix/bin is not on this shell's PATH; add it (export PATH=\"$prefix/bin:\$PATH\") or open a new login shell" ;;
esac

#!/usr/bin/env bash
# Runs every test: unit, integration (real PostgreSQL) and browser (Playwright driving Debian's Chromium).
# Starts a local PostgreSQL and installs Chromium when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

./scripts/ensure-postgres.sh

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium for the browser tests" >&2
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi
export WBL_CHROMIUM=${WBL_CHROMIUM:-/usr/bin/chromium}

dotnet build WblPortal.sln -warnaserror -nologo -v quiet

passed=0
failed=0
status=0
for project in tests/WblPortal.UnitTests tests/WblPortal.IntegrationTests tests/WblPortal.BrowserTests; do
  log=$(mktemp)
  if ! dotnet test "$project" --no-build --nologo "$@" 2>&1 | tee "$log"; then
    status=1
  fi
  p=$(grep -aoE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
  f=$(grep -aoE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
  passed=$((passed + p))
  failed=$((failed + f))
  rm -f "$log"
done

echo "tests: $passed passed, $failed failed"
exit $status

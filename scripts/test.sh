#!/usr/bin/env bash
# Runs every test: unit, integration (real PostgreSQL) and browser (Playwright driving Debian's Chromium).
# Starts a local PostgreSQL and installs Chromium when they are missing. Extra arguments go to `dotnet test`
# (e.g. --filter "FullyQualifiedName~Seeding"). The last line is always "tests: N passed, N failed".
#
#   WBL_TEST_DB   a server connection string without a database (default: the local server, user wbl/wbl)
#   WBL_CHROMIUM  the Chromium the browser tests drive (default /usr/bin/chromium)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

started=$(date +%s)
as_root() {
  if [ "$(id -u)" = "0" ]; then "$@"; else sudo "$@"; fi
}

if [ -z "${WBL_TEST_DB:-}" ]; then
  ./scripts/ensure-postgres.sh
fi

export WBL_CHROMIUM=${WBL_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$WBL_CHROMIUM" ]; then
  echo "Installing Chromium for the browser tests (apt-get install chromium)" >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi

if ! dotnet build WblPortal.sln -warnaserror -nologo -v quiet; then
  echo "build failed"
  echo "tests: 0 passed, 0 failed"
  exit 1
fi

passed=0
failed=0
status=0
for project in tests/WblPortal.UnitTests tests/WblPortal.IntegrationTests tests/WblPortal.BrowserTests; do
  log=$(mktemp)
  echo "== $project" >&2
  # A hung test host is stopped after 10 minutes and reported, so CI never waits for its own timeout.
  if dotnet test "$project" --no-build --nologo --blame-hang-timeout 10min --blame-hang-dump-type none "$@" 2>&1 | tee "$log"; then
    rc=0
  else
    rc=$?
    status=1
  fi
  # grep finds nothing in a project without tests: that is zero, not an error.
  p=$( (grep -aoE 'Passed: +[0-9]+' "$log" || true) | awk '{s+=$2} END {print s+0}')
  f=$( (grep -aoE 'Failed: +[0-9]+' "$log" || true) | awk '{s+=$2} END {print s+0}')
  # A test host that crashed prints no summary: count it as a failure rather than report nothing.
  if [ "$rc" != "0" ] && [ "$f" = "0" ]; then
    f=1
  fi
  passed=$((passed + p))
  failed=$((failed + f))
  rm -f "$log"
done

screenshots=tests/WblPortal.BrowserTests/bin/Debug/net10.0/screenshots
if [ -d "$screenshots" ]; then
  echo "Browser screenshots: $screenshots" >&2
fi
echo "Took $(( $(date +%s) - started )) s" >&2
echo "tests: $passed passed, $failed failed"
exit $status

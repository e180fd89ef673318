#!/usr/bin/env bash
# Load benchmark of the whole portal (issue 14): builds the benchmark build (-c Benchmark = Release + the SQL-commands
# header and the raw-Npgsql diary endpoint), starts it on its own port against a database, signs in as users of
# several tenants and drives every role's key pages with `hey` (Debian package), then the two writes.
#   ./scripts/load-benchmark.sh [national|demo] [driver options: --rate 50 --seconds 10 --tenants 3 --only NAME ...]
#   national: database wbl_national, made by ./scripts/national-data.sh
#   demo:     database scale_demo, migrated and seeded with the demo data on first start
# WBL_BENCH_PORT (default 5201), WBL_BENCH_DB (override the database). See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-national}
shift || true
case "$data" in
  national) db=${WBL_BENCH_DB:-wbl_national}; seed=false ;;
  demo) db=${WBL_BENCH_DB:-scale_demo}; seed=true ;;
  *) echo "usage: $0 [national|demo] [options]" >&2; exit 2 ;;
esac
port=${WBL_BENCH_PORT:-5201}

./scripts/ensure-postgres.sh
if ! command -v hey >/dev/null; then
  echo "Installing hey (apt-get install hey)" >&2
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq hey >/dev/null; else sudo apt-get install -y -qq hey >/dev/null; fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1
out=$(mktemp -d /tmp/wbl-load-XXXX)
dotnet build src/WblPortal.Web -c Benchmark -nologo -v quiet -o "$out/bin"

# Staging: not Development (no developer pages), not Production (which refuses the demo password by design).
export ASPNETCORE_ENVIRONMENT=Staging
export ConnectionStrings__Portal="Host=localhost;Port=5432;Database=$db;Username=wbl;Password=wbl;Maximum Pool Size=50"
export Database__Migrate=true Database__SeedDemoData=$seed
export Portal__PublicUrl="http://localhost:$port"
export Notifications__EmailIntervalSeconds=0 Reminders__IntervalMinutes=0 Ministry__FiguresRefreshMinutes=0
export Serilog__MinimumLevel__Default=Warning
# Admin roles must enrol in two-factor sign-in on a real portal; the load test signs in with the password only.
export Security__RequireTwoFactorForAdmins=false
# The per-user limits on sign-in and downloads protect a real portal; a load test signs in often and downloads 50/s.
export RateLimiting__SignIn__PermitLimit=100000 RateLimiting__SignIn__AccountPermitLimit=100000 RateLimiting__Downloads__PermitLimit=100000
export Email__PickupDirectory="$out/mail"
(cd src/WblPortal.Web && exec dotnet "$out/bin/WblPortal.Web.dll" --urls "http://localhost:$port") > "$out/portal.log" 2>&1 &
portal=$!
trap 'kill $portal 2>/dev/null || true; wait $portal 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  if curl -fsS -o /dev/null "http://localhost:$port/account/login"; then break; fi
  if ! kill -0 $portal 2>/dev/null; then cat "$out/portal.log"; exit 1; fi
  sleep 1
done
echo "portal (benchmark build) on :$port, database $db; load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 scripts/load-benchmark.py --base "http://localhost:$port" --database "$db" --data "$data" "$@"

#!/usr/bin/env bash
# Writes the national dataset (250 colleges, 130 000 learners, 3 000 employers, 6 000 mentors, ~3 000 000 diary
# entries, users with the demo password, …) into its own database, anew each time (binary COPY, deterministic) and
# refreshes the ministry's materialized views. Prints the time of each step and the load average.
#   ./scripts/national-data.sh [--database wbl_national] [--colleges 250] [--learners 130000]
# Server: WBL_TEST_DB (default Host=localhost;Port=5432;Username=wbl;Password=wbl). See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/ensure-postgres.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1
echo "load average before: $(cat /proc/loadavg)"
dotnet build benchmarks/WblPortal.Benchmarks -c Release -nologo -v quiet
exec dotnet benchmarks/WblPortal.Benchmarks/bin/Release/net10.0/WblPortal.Benchmarks.dll national "$@"

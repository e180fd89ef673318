#!/usr/bin/env bash
# Runs the portal with demo data at http://localhost:5000 (Development).
# Starts a local PostgreSQL when none is configured; the portal creates its database, applies the
# migrations and seeds the demo data on start. Set ConnectionStrings__Portal to use another server.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/ensure-postgres.sh

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export DOTNET_CLI_TELEMETRY_OPTOUT=1
exec dotnet run --project src/WblPortal.Web --urls "${WBL_URLS:-http://localhost:5000}"

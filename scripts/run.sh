#!/usr/bin/env bash
# Runs the portal with demo data at http://localhost:5000 (Development).
# Starts a local PostgreSQL when none is configured; the portal creates its database, applies the
# migrations and seeds the demo data on start. Set ConnectionStrings__Portal to use another server.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/ensure-postgres.sh

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export DOTNET_CLI_TELEMETRY_OPTOUT=1
urls=${WBL_URLS:-http://localhost:5000}
# Links in emails and on documents point at the address the portal listens on, unless set otherwise.
export Portal__PublicUrl=${Portal__PublicUrl:-${urls%%;*}}
exec dotnet run --project src/WblPortal.Web --urls "$urls"

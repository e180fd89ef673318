#!/usr/bin/env bash
# Law No. 58, retention: erases the personal fields of learners graduated more than Privacy:RetentionYears (default 5)
# ago and keeps the figures (placements, hours, assessment levels, graduation and employment statuses). Prints counts
# only. --dry-run does the same work in a transaction that is rolled back and prints what would be erased.
#   ./scripts/retention.sh [--dry-run]
# Database: ConnectionStrings__Portal (as for the portal); period: Privacy__RetentionYears. Safe to run again (a second
# run erases nothing more); schedule it e.g. monthly from cron or a systemd timer. See docs/operations.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Production}
exec dotnet run --project src/WblPortal.Web -c Release --no-launch-profile -- retention "$@"

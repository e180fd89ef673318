#!/usr/bin/env bash
# Two portal instances (ports 5301, 5302; metrics on 5311, 5312) on one database behind nginx (port 5300), as a data
# centre runs them. Installs nginx-light when missing (apt-get, with sudo unless root). Ctrl-C stops all three.
#
#   ./scripts/run-cluster.sh                    # database wbl_cluster with the demo data, Release build
#   WBL_DB=ops_x WBL_PGBOUNCER=1 ./scripts/run-cluster.sh   # through PgBouncer (deploy/pgbouncer) in transaction mode
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/ensure-postgres.sh
sudo_() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
command -v nginx >/dev/null || sudo_ apt-get install -y -q nginx-light
db="${WBL_DB:-wbl_cluster}"
direct="Host=localhost;Port=5432;Database=$db;Username=wbl;Password=wbl"
conn="$direct"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM

if [ "${WBL_PGBOUNCER:-0}" = 1 ]; then
  command -v pgbouncer >/dev/null || sudo_ apt-get install -y -q pgbouncer
  [ -f deploy/pgbouncer/userlist.txt ] || cp deploy/pgbouncer/userlist.txt.example deploy/pgbouncer/userlist.txt
  pgbouncer deploy/pgbouncer/pgbouncer.ini & pids+=($!)
  conn="Host=127.0.0.1;Port=6432;Database=$db;Username=wbl;Password=wbl;No Reset On Close=true;Max Auto Prepare=0"
fi

[ "${WBL_NO_BUILD:-0}" = 1 ] || dotnet build src/WblPortal.Web -c Release -nologo -v quiet
start() { # port metrics-port connection migrate
  ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$1" \
  ConnectionStrings__Portal="$3" Database__Migrate="$4" Database__SeedDemoData="$4" \
  Observability__MetricsUrl="http://127.0.0.1:$2" Portal__PublicUrl="http://localhost:5300" \
  dotnet src/WblPortal.Web/bin/Release/net10.0/WblPortal.Web.dll --contentRoot "$PWD/src/WblPortal.Web" > "/tmp/wbl-cluster-$1.log" 2>&1 &
  pids+=($!)
}
wait_ready() { for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$1/health/ready" >/dev/null && return 0; sleep 1; done; echo "instance $1 not ready: /tmp/wbl-cluster-$1.log" >&2; exit 1; }
# The first instance creates and migrates the database directly (not through PgBouncer), then the second starts.
start 5301 5311 "$direct" true; wait_ready 5301
start 5302 5312 "$conn" false; wait_ready 5302
nginx -p /tmp -c "$PWD/deploy/nginx/cluster-main.conf" -g "daemon off; pid /tmp/wbl-nginx.pid;" & pids+=($!)
echo "cluster: http://localhost:5300 (instances :5301 :5302, metrics :5311/metrics :5312/metrics, logs /tmp/wbl-cluster-*.log)"
wait

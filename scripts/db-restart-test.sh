#!/usr/bin/env bash
# Restarts PostgreSQL (pg_ctlcluster 15 main restart) in the middle of HTTP load on the portal and prints the share of
# failed requests and how long after the database came back the portal answered again. Run it against a portal you
# started (./scripts/run.sh or ./scripts/run-cluster.sh); it restarts the WHOLE local cluster: never on a shared
# machine while others use the database.
#
#   ./scripts/db-restart-test.sh [URL] [SECONDS] [RATE]     (default http://localhost:5300/account/login, 40 s, 50 req/s)
set -euo pipefail
url="${1:-http://localhost:5300/account/login}"
duration="${2:-40}"
rate="${3:-50}"
sudo_() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
command -v hey >/dev/null || sudo_ apt-get install -y -q hey
out=$(mktemp)
# hey: -q is per worker; 10 workers x rate/10 = rate requests/s; -o csv gives each request's status and offset.
hey -z "${duration}s" -c 10 -q $(( rate / 10 )) -o csv "$url" > "$out" &
load=$!
sleep $(( duration / 3 ))
down=$(date +%s.%N)
sudo_ pg_ctlcluster 15 main restart
up=$(date +%s.%N)
# The first moment the portal answers the page again after the database is back.
while ! curl -fs -o /dev/null "$url"; do sleep 0.1; done
back=$(date +%s.%N)
wait $load
total=$(($(wc -l < "$out") - 1))
failed=$(awk -F, 'NR > 1 && ($7 == "" || $7 >= 500) { n++ } END { print n + 0 }' "$out")
printf 'requests: %d, failed: %d (%.2f %%)\n' "$total" "$failed" "$(echo "100 * $failed / $total" | bc -l)"
printf 'database restart took %.1f s; portal answering %.1f s after the database was back\n' \
  "$(echo "$up - $down" | bc -l)" "$(echo "$back - $up" | bc -l)"
rm -f "$out"

#!/usr/bin/env bash
# Restores a backup of scripts/backup.sh into a NEW database (refuses an existing one), created with the ICU ky-KG
# locale the portal needs, then compares every table's row count with the counts saved beside the dump.
#
#   ./scripts/restore.sh BACKUP.dump NEW_DATABASE
# Then point the portal at it (ConnectionStrings__Portal=...;Database=NEW_DATABASE). The same Data Protection keys
# come back with it, so users stay signed in.
set -euo pipefail
dump="${1:?usage: restore.sh BACKUP.dump NEW_DATABASE}"
db="${2:?usage: restore.sh BACKUP.dump NEW_DATABASE}"
export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-wbl}" PGPASSWORD="${PGPASSWORD:-wbl}"
if [ -n "$(psql -X -A -t -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
  echo "restore: database $db exists; restore into a new one" >&2; exit 1
fi
psql -X -q -d postgres -c "CREATE DATABASE \"$db\" TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'ky-KG' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
start=$(date +%s)
pg_restore --no-owner --no-privileges --exit-on-error --jobs=2 --dbname="$db" "$dump"
# Materialized views are restored with their data; statistics are not: analyze once.
psql -X -q -d "$db" -c "SET client_min_messages = error; ANALYZE"
echo "restore: $db restored in $(( $(date +%s) - start )) s"
if [ -f "$dump.counts" ]; then
  actual=$(psql -X -A -t -F= -d "$db" <<'SQL'
SELECT format('SELECT %L, count(*) FROM %I.%I', table_name, table_schema, table_name)
FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name
\gexec
SQL
)
  if diff <(cat "$dump.counts") <(echo "$actual") >/dev/null; then
    echo "restore: row counts match the backup ($(wc -l < "$dump.counts") tables)"
  else
    echo "restore: ROW COUNTS DIFFER (backup < > restored):" >&2
    diff <(cat "$dump.counts") <(echo "$actual") >&2 || true
    exit 1
  fi
fi

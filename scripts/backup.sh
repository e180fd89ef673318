#!/usr/bin/env bash
# Backs up the portal's database with pg_dump (custom format, compressed). Everything the portal keeps is in it:
# every table, the Data Protection keys (data_protection_keys: sign-in cookies, antiforgery, TempData, 2FA secrets),
# uploaded files (stored_files, diary_evidence) and the issued PDFs (issued_document_files) are bytea rows, so no
# directory needs copying. Keep the backups somewhere else and encrypted: they hold personal data and the keys.
#
#   ./scripts/backup.sh [DATABASE] [OUTPUT_DIR]      (default wbl_portal, ./backups)
#   PGHOST / PGPORT / PGUSER / PGPASSWORD as for psql (default localhost:5432, wbl/wbl)
set -euo pipefail
db="${1:-wbl_portal}"
out="${2:-./backups}"
export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-wbl}" PGPASSWORD="${PGPASSWORD:-wbl}"
mkdir -p "$out"
file="$out/${db}-$(date -u +%Y%m%dT%H%M%SZ).dump"
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$file" "$db"
# Row counts beside the dump, so a restore can be checked against them (restore.sh does).
psql -X -A -t -F= -d "$db" > "$file.counts" <<'SQL'
SELECT format('SELECT %L, count(*) FROM %I.%I', table_name, table_schema, table_name)
FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name
\gexec
SQL
echo "backup: $file ($(du -h "$file" | cut -f1), $(wc -l < "$file.counts") tables counted)"

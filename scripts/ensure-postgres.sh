#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on localhost:5432 with the portal's role.
# Used by run.sh and test.sh. When WBL_DB_CONNECTION (or ConnectionStrings__Portal) is set, the
# database is someone else's: nothing is started.
set -euo pipefail

if [ -n "${ConnectionStrings__Portal:-}" ]; then
  exit 0
fi

DB_USER=${WBL_DB_USER:-wbl}
DB_PASSWORD=${WBL_DB_PASSWORD:-wbl}

as_postgres() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

if ! pg_isready -h localhost -p 5432 -q 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null 2>&1; then
    if ! pg_lsclusters -h 2>/dev/null | grep -q .; then
      echo "No PostgreSQL cluster exists: creating 15 main" >&2
      pg_createcluster 15 main >/dev/null
    fi
    version=$(pg_lsclusters -h | awk 'NR==1{print $1}')
    name=$(pg_lsclusters -h | awk 'NR==1{print $2}')
    echo "Starting PostgreSQL cluster $version $name" >&2
    pg_ctlcluster "$version" "$name" start
  else
    echo "PostgreSQL is not running and pg_ctlcluster is not installed: install postgresql-15 or set ConnectionStrings__Portal" >&2
    exit 1
  fi
  for _ in $(seq 1 30); do
    pg_isready -h localhost -p 5432 -q && break
    sleep 1
  done
fi

# The portal's role may create databases (the tests create one per run).
as_postgres psql -v ON_ERROR_STOP=1 -qtA -d postgres <<SQL >/dev/null
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${DB_USER}') THEN
    CREATE ROLE ${DB_USER} LOGIN CREATEDB PASSWORD '${DB_PASSWORD}';
  END IF;
END
\$\$;
SQL

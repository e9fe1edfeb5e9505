#!/usr/bin/env bash
# Runs the whole test suite on SQLite and on a throwaway PostgreSQL cluster (when the server
# binaries are installed), then removes the cluster.
set -euo pipefail
cd "$(dirname "$0")/.."

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] && id postgres >/dev/null 2>&1; then
    cluster=$(mktemp -d /tmp/workbench-pg.XXXXXX)
    chown postgres "$cluster"
    port=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    runuser -u postgres -- "$pg_bin/initdb" -D "$cluster/data" -A trust -U postgres >/dev/null
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$cluster/data" -w -l "$cluster/log" \
        -o "-h 127.0.0.1 -p $port -k $cluster -c fsync=off" start >/dev/null
    trap 'runuser -u postgres -- "$pg_bin/pg_ctl" -D "$cluster/data" -m fast stop >/dev/null; rm -rf "$cluster"' EXIT
    export WORKBENCH_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
    echo "PostgreSQL test cluster on 127.0.0.1:$port"
else
    echo "PostgreSQL server not installed: the PostgreSQL half of the suite is skipped"
fi

.venv/bin/python -m pytest -q -p no:cacheprovider "$@"

#!/usr/bin/env bash
# Runs the test suite on SQLite and on a throwaway PostgreSQL cluster, then removes the cluster.
# Every service and package is required: a test that finds one missing (PostgreSQL, Chromium,
# Apertium pairs) fails rather than skips (WORKBENCH_TEST_REQUIRE_ALL, see tests/conftest.py).
# Arguments go to pytest: `bash scripts/run-tests.sh tests/test_database.py -k postgresql`.
set -euo pipefail
cd "$(dirname "$0")/.."
python="${VENV:-.venv}/bin/python"

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ] || ! id postgres >/dev/null 2>&1; then
    echo "the PostgreSQL server is not installed (Debian package postgresql): run 'sudo make system-packages'" >&2
    exit 1
fi
cluster=$(mktemp -d /tmp/workbench-pg.XXXXXX)
chown postgres "$cluster"
port=$("$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
runuser -u postgres -- "$pg_bin/initdb" -D "$cluster/data" -A trust -U postgres >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$cluster/data" -w -l "$cluster/log" \
    -o "-h 127.0.0.1 -p $port -k $cluster -c fsync=off" start >/dev/null
trap 'runuser -u postgres -- "$pg_bin/pg_ctl" -D "$cluster/data" -m fast stop >/dev/null; rm -rf "$cluster"' EXIT
export WORKBENCH_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
export WORKBENCH_TEST_REQUIRE_ALL=1
echo "PostgreSQL test cluster on 127.0.0.1:$port"

"$python" -m pytest -q -p no:cacheprovider -rfEs "$@"

#!/usr/bin/env bash
# A streaming replica of the local PostgreSQL server, for trying and testing reads on replicas
# (DATABASE_REPLICA_URLS): a second cluster on another port, copied with pg_basebackup -R and kept up to date by
# streaming replication.
#
#   scripts/replica.sh up       copy the primary and start the replica (replaces an earlier one)
#   scripts/replica.sh down     stop the replica and delete its files
#   scripts/replica.sh stop     stop it, keeping its files (the primary then serves every read)
#   scripts/replica.sh start    start it again; it catches up by streaming
#   scripts/replica.sh status   whether it answers, and how far behind it is
#
# The primary is BYLINE_PRIMARY_HOST:BYLINE_PRIMARY_PORT (127.0.0.1:5432), reached as the postgres superuser; the
# replica listens on 127.0.0.1:BYLINE_REPLICA_PORT (5433) with its files in BYLINE_REPLICA_DIR. On the primary
# this creates the role byline_replication (LOGIN REPLICATION) and, when none exists, a pg_hba.conf line that lets it
# connect for replication from 127.0.0.1 (trust, as the local cluster's other lines). The server's own programs run
# as the postgres user. Then use, for instance:
#   DATABASE_REPLICA_URLS=postgresql://byline_app_login@127.0.0.1:5433/byline
set -euo pipefail

PRIMARY_HOST=${BYLINE_PRIMARY_HOST:-127.0.0.1}
PRIMARY_PORT=${BYLINE_PRIMARY_PORT:-5432}
PORT=${BYLINE_REPLICA_PORT:-5433}
DIR=${BYLINE_REPLICA_DIR:-/var/lib/postgresql/byline-replica-$PORT}
ROLE=byline_replication

version=$(psql -Atq -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U postgres -d postgres -c 'SHOW server_version_num' 2>/dev/null |
  cut -c1-2 || true)
BIN=${BYLINE_PG_BIN:-/usr/lib/postgresql/${version:-15}/bin}

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"
  elif [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"
  else sudo -u postgres "$@"
  fi
}
primary() { psql -v ON_ERROR_STOP=1 -Atq -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U postgres -d postgres "$@"; }
replica() { psql -Atq -h 127.0.0.1 -p "$PORT" -U postgres -d postgres "$@"; }
running() { [ -f "$DIR/postmaster.pid" ] && as_postgres "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; }

start() {
  as_postgres "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 60 start >/dev/null
  for _ in $(seq 1 60); do
    [ "$(replica -c 'SELECT pg_is_in_recovery()' 2>/dev/null)" = t ] && return 0
    sleep 0.5
  done
  echo "The replica on port $PORT did not come up; see $DIR/server.log" >&2
  return 1
}

stop() {
  if running; then as_postgres "$BIN/pg_ctl" -D "$DIR" -m fast -w stop >/dev/null; fi
}

up() {
  [ "$(primary -c 'SHOW wal_level')" != minimal ] || {
    echo "The primary runs with wal_level=minimal: set wal_level=replica and restart it" >&2
    return 1
  }
  [ "$(primary -c 'SHOW max_wal_senders')" -gt 0 ] || { echo "The primary has max_wal_senders=0" >&2; return 1; }
  primary <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN CREATE ROLE $ROLE LOGIN REPLICATION; END IF;
END \$\$;
SQL
  if [ "$(primary -c "SELECT count(*) FROM pg_hba_file_rules
        WHERE 'replication' = ANY(database) AND (address = '127.0.0.1' OR type = 'local') AND error IS NULL")" = 0 ]; then
    hba=$(primary -c 'SHOW hba_file')
    echo "== letting $ROLE replicate from 127.0.0.1: a line in $hba"
    printf '\n# Streaming replicas on this machine (scripts/replica.sh)\nhost replication %s 127.0.0.1/32 trust\n' "$ROLE" |
      as_postgres tee -a "$hba" >/dev/null
    primary -c 'SELECT pg_reload_conf()' >/dev/null
  fi
  stop
  as_postgres rm -rf "$DIR"
  as_postgres mkdir -p -m 700 "$DIR"
  as_postgres "$BIN/pg_basebackup" -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U "$ROLE" -D "$DIR" -R -X stream -c fast
  # A standby needs at least the primary's settings of these; the rest stays small (Debian keeps the primary's
  # postgresql.conf outside its data folder, so the copy has none of its own).
  settings=$(primary -F= -c "SELECT name, setting FROM pg_settings WHERE name IN
    ('max_connections', 'max_worker_processes', 'max_prepared_transactions', 'max_locks_per_transaction',
     'max_wal_senders')")
  {
    echo "port = $PORT"
    echo "listen_addresses = '127.0.0.1'"
    echo "unix_socket_directories = '$DIR'"
    echo "hot_standby = on"
    echo "hot_standby_feedback = on"
    echo "shared_buffers = 64MB"
    echo "jit = off"
    echo "hba_file = '$DIR/pg_hba.conf'"
    echo "ident_file = '$DIR/pg_ident.conf'"
    echo "$settings" | sed 's/=/ = /'
  } | as_postgres tee "$DIR/postgresql.conf" >/dev/null
  printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' | as_postgres tee "$DIR/pg_hba.conf" >/dev/null
  as_postgres touch "$DIR/pg_ident.conf"
  start
  echo "== replica of $PRIMARY_HOST:$PRIMARY_PORT streaming on 127.0.0.1:$PORT ($DIR)"
}

down() {
  stop
  as_postgres rm -rf "$DIR"
}

status() {
  if ! running; then echo "no replica running on port $PORT"; return 1; fi
  replica -c "SELECT 'in recovery: ' || pg_is_in_recovery() || ', replayed ' || pg_last_wal_replay_lsn() ||
    ', last transaction replayed ' || coalesce(round(extract(epoch FROM now() - pg_last_xact_replay_timestamp()))
    || ' s ago', 'never')"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  stop) stop ;;
  start) start ;;
  status) status ;;
  *) echo "usage: $0 up|down|stop|start|status" >&2; exit 2 ;;
esac

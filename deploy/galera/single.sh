#!/usr/bin/env bash
# One MariaDB server from Debian's mariadb-server package on a loopback port, for Fuyi's load harness and for
# trying the packaged application against the distribution's MariaDB.
#
#   deploy/galera/single.sh [--dir DIR] [--port PORT] start | stop | restart | kill | status | sql "STATEMENTS" | destroy
#
#   start    initialise DIR/data once, start the server, create the schema 'fuyi' and the user fuyi/fuyi (idempotent)
#   stop     clean shutdown          restart  stop, then start
#   kill     kill -9 (a crash)       destroy  stop and delete DIR
#
# DIR defaults to target/mariadb, PORT to 3320. The JDBC URL is then jdbc:mysql://127.0.0.1:3320/fuyi.
# innodb_flush_log_at_trx_commit is 1 (the server's default: every commit is flushed to disk) unless
# FLUSH_LOG_AT_TRX_COMMIT says otherwise; INNODB_BUFFER_POOL_SIZE defaults to 512M.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DIR=target/mariadb
PORT=3320
while [ $# -gt 0 ]; do
    case $1 in
        --dir) DIR=$2; shift 2 ;;
        --port) PORT=$2; shift 2 ;;
        *) break ;;
    esac
done
[ $# -ge 1 ] || { sed -n '2,13p' "$0"; exit 2; }
CMD=$1
shift
DIR=$(absolute "$DIR")
CNF=$DIR/my.cnf
SOCK=$DIR/mariadbd.sock
PIDFILE=$DIR/mariadbd.pid

write_cnf() {
    {
        echo "[mysqld]"
        common_options "$DIR" "$PORT"
        echo "innodb_flush_log_at_trx_commit = ${FLUSH_LOG_AT_TRX_COMMIT:-1}"
    } >"$CNF"
}

start() {
    require_binaries
    if pid=$(server_pid "$PIDFILE"); then
        say "mariadbd already running (pid $pid, port $(grep '^port' "$CNF" | awk '{print $3}'))"
    else
        write_cnf
        init_datadir "$DIR/data" "$DIR/install.log"
        launch "$CNF" "$PIDFILE"
        wait_for_socket "$SOCK" "$PIDFILE" 180 || { tail -30 "$DIR/error.log" >&2; die "mariadbd did not start (see $DIR/error.log)"; }
        say "mariadbd $(sql_socket "$SOCK" 'SELECT VERSION()') up on 127.0.0.1:$PORT (pid $(cat "$PIDFILE"))"
    fi
    create_schema "$SOCK"
    say "jdbc:mysql://127.0.0.1:$PORT/$FUYI_DB_NAME user $FUYI_DB_USER"
}

stop() {
    if server_pid "$PIDFILE" >/dev/null; then
        shutdown_server "$SOCK" "$PIDFILE"
        say "mariadbd stopped"
    else
        say "mariadbd not running"
    fi
}

case $CMD in
    start) start ;;
    stop) stop ;;
    restart) stop; start ;;
    kill) kill_server "$PIDFILE" ;;
    status)
        if pid=$(server_pid "$PIDFILE"); then
            say "running, pid $pid, port $(grep '^port' "$CNF" | awk '{print $3}')"
        else
            say "not running"
            exit 3
        fi
        ;;
    sql) sql_socket "$SOCK" "$*" ;;
    destroy) stop; rm -rf "$DIR"; say "deleted $DIR" ;;
    *) die "unknown command $CMD (start, stop, restart, kill, status, sql, destroy)" ;;
esac

#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on loopback from Debian's mariadb-server, galera-4 and mariadb-backup, for
# Fuyi's load and fault harness.
#
#   deploy/galera/galera.sh [--dir DIR] start            start the cluster (bootstrap, then join), wait until all
#                                                        three are Synced, create schema 'fuyi' and user fuyi/fuyi
#   deploy/galera/galera.sh [--dir DIR] stop             clean shutdown, node 3 first, node 1 last
#   deploy/galera/galera.sh [--dir DIR] kill NODE        kill -9 one node (a crash)
#   deploy/galera/galera.sh [--dir DIR] start NODE       (re)start one node; it rejoins by IST from the gcache when it
#                                                        can, else by SST (mariabackup), and is waited for until Synced
#   deploy/galera/galera.sh [--dir DIR] status | sql NODE "STATEMENTS" | destroy
#
# DIR defaults to target/galera. Node n (1..3) listens on
#   SQL 3310+n, group communication 4567+10(n-1), IST 4568+10(n-1), SST 4444+10(n-1)
# all on 127.0.0.1; PORT_SHIFT=k adds k to each. Everything is idempotent: starting a running cluster only waits
# for it and checks the schema. When no node runs, the cluster is bootstrapped from node 1 on a fresh folder, else
# from the node whose recovered position is the most advanced. innodb_flush_log_at_trx_commit is 2 by default
# (durability comes from the other nodes; FLUSH_LOG_AT_TRX_COMMIT=1 to flush every commit anyway).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DIR=target/galera
while [ $# -gt 0 ]; do
    case $1 in
        --dir) DIR=$2; shift 2 ;;
        *) break ;;
    esac
done
[ $# -ge 1 ] || { sed -n '2,18p' "$0"; exit 2; }
CMD=$1
shift
DIR=$(absolute "$DIR")
NODES=(1 2 3)
SHIFT=${PORT_SHIFT:-0}
PROVIDER=/usr/lib/galera/libgalera_smm.so
SST_USER=sst
SST_PASSWORD=sst-fuyi

sql_port() { echo $((3310 + $1 + SHIFT)); }
gcomm_port() { echo $((4567 + 10 * ($1 - 1) + SHIFT)); }
ist_port() { echo $((4568 + 10 * ($1 - 1) + SHIFT)); }
sst_port() { echo $((4444 + 10 * ($1 - 1) + SHIFT)); }
node_dir() { echo "$DIR/node$1"; }
sock() { echo "$(node_dir "$1")/mariadbd.sock"; }
pidfile() { echo "$(node_dir "$1")/mariadbd.pid"; }
cnf() { echo "$(node_dir "$1")/my.cnf"; }

check_node() {
    case ${1:-} in
        1 | 2 | 3) ;;
        *) die "NODE must be 1, 2 or 3" ;;
    esac
}

write_cnf() {
    local n=$1 d members="" m
    d=$(node_dir "$n")
    mkdir -p "$d"
    for m in "${NODES[@]}"; do
        members="$members${members:+,}127.0.0.1:$(gcomm_port "$m")"
    done
    {
        echo "[mysqld]"
        common_options "$d" "$(sql_port "$n")"
        cat <<EOF
innodb_flush_log_at_trx_commit = ${FLUSH_LOG_AT_TRX_COMMIT:-2}
binlog_format = ROW
default_storage_engine = InnoDB
innodb_autoinc_lock_mode = 2
wsrep_on = ON
wsrep_provider = $PROVIDER
wsrep_cluster_name = fuyi
wsrep_cluster_address = gcomm://$members
wsrep_node_name = node$n
wsrep_node_address = 127.0.0.1:$(gcomm_port "$n")
wsrep_provider_options = "gmcast.listen_addr=tcp://127.0.0.1:$(gcomm_port "$n");ist.recv_addr=127.0.0.1:$(ist_port "$n");gcache.size=${GCACHE_SIZE:-512M}"
wsrep_sst_method = mariabackup
wsrep_sst_auth = $SST_USER:$SST_PASSWORD
wsrep_sst_receive_address = 127.0.0.1:$(sst_port "$n")
wsrep_slave_threads = 2

[sst]
progress = 0
EOF
    } >"$(cnf "$n")"
}

running() { server_pid "$(pidfile "$1")" >/dev/null; }

status_var() {
    sql_socket "$(sock "$1")" "SHOW GLOBAL STATUS LIKE '$2'" 2>/dev/null | awk '{print $2}'
}

# seqno from grastate.dat (-1 after a crash), and whether this node may bootstrap.
grastate() {
    local f
    f="$(node_dir "$1")/data/grastate.dat"
    [ -f "$f" ] && awk -v k="$2:" '$1 == k {print $2}' "$f"
}

# After a crash grastate.dat says seqno -1; the server then finds its last committed position in InnoDB.
recovered_position() {
    local n=$1 log
    log="$(node_dir "$n")/recover.log"
    "$MARIADBD" --defaults-file="$(cnf "$n")" --wsrep-recover --log-error="$log" >/dev/null 2>&1 || true
    sed -n 's/.*WSREP: Recovered position: *\([0-9a-f-]*:-\{0,1\}[0-9]*\).*/\1/p' "$log" | tail -1
}

# The position to start from, or nothing when grastate.dat knows it.
start_position_args() {
    local n=$1 seqno pos
    seqno=$(grastate "$n" seqno || true)
    if [ "${seqno:-}" = "-1" ] && [ -d "$(node_dir "$n")/data/mysql" ]; then
        pos=$(recovered_position "$n")
        if [ -n "$pos" ]; then
            say "node $n: recovered position $pos" >&2
            echo "--wsrep-start-position=$pos"
        fi
    fi
}

# Waits until the node is Synced (a joiner first receives IST or SST), or fails after $2 seconds.
wait_synced() {
    local n=$1 timeout=${2:-600} waited=0 state=""
    while :; do
        if running "$n"; then
            state=$(status_var "$n" wsrep_local_state_comment || true)
            [ "$state" = "Synced" ] && return 0
        elif [ $waited -gt 10 ]; then
            tail -40 "$(node_dir "$n")/error.log" >&2
            die "node $n stopped while joining (see $(node_dir "$n")/error.log)"
        fi
        sleep 1
        waited=$((waited + 1))
        if [ $waited -ge "$timeout" ]; then
            die "node $n not Synced after ${timeout}s (state '${state:-}')"
        fi
    done
}

start_node() {
    local n=$1 bootstrap=${2:-} args=()
    if running "$n"; then
        say "node $n already running"
        wait_synced "$n"
        return 0
    fi
    write_cnf "$n"
    init_datadir "$(node_dir "$n")/data" "$(node_dir "$n")/install.log"
    if [ -n "$bootstrap" ]; then
        sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$(node_dir "$n")/data/grastate.dat" 2>/dev/null || true
        args+=(--wsrep-new-cluster)
    fi
    local pos
    pos=$(start_position_args "$n")
    [ -z "$pos" ] || args+=("$pos")
    say "node $n: starting${bootstrap:+ (bootstrapping a new cluster)} on 127.0.0.1:$(sql_port "$n")"
    launch "$(cnf "$n")" "$(pidfile "$n")" "${args[@]}"
    wait_synced "$n"
    say "node $n: Synced, cluster size $(status_var "$n" wsrep_cluster_size)"
}

# The node to bootstrap from when none runs: node 1 on a fresh folder, else the most advanced one.
bootstrap_node() {
    local best=1 best_seqno=-2 n seqno
    for n in "${NODES[@]}"; do
        [ -d "$(node_dir "$n")/data/mysql" ] || continue
        if [ "$(grastate "$n" safe_to_bootstrap || true)" = "1" ]; then
            echo "$n"
            return
        fi
        seqno=$(grastate "$n" seqno || echo -1)
        if [ "$seqno" = "-1" ]; then
            write_cnf "$n"
            seqno=$(recovered_position "$n" | sed 's/.*://')
        fi
        if [ "${seqno:--1}" -gt "$best_seqno" ]; then
            best=$n
            best_seqno=$seqno
        fi
    done
    echo "$best"
}

start_cluster() {
    require_binaries mariabackup socat "$PROVIDER"
    local n first="" any=""
    for n in "${NODES[@]}"; do
        if running "$n"; then any=$n; fi
    done
    if [ -z "$any" ]; then
        first=$(bootstrap_node)
        start_node "$first" bootstrap
        # the user the donor's mariabackup connects as; replicated to the joiners
        sql_socket "$(sock "$first")" "CREATE USER IF NOT EXISTS '$SST_USER'@'localhost' IDENTIFIED BY '$SST_PASSWORD';
            GRANT RELOAD, PROCESS, LOCK TABLES, BINLOG MONITOR, REPLICA MONITOR ON *.* TO '$SST_USER'@'localhost';"
    fi
    for n in "${NODES[@]}"; do
        [ "$n" = "$first" ] || start_node "$n"
    done
    local size
    for n in "${NODES[@]}"; do
        wait_synced "$n"
    done
    size=$(status_var 1 wsrep_cluster_size)
    [ "$size" = "3" ] || die "cluster size is $size, not 3"
    create_schema "$(sock 1)"
    for n in "${NODES[@]}"; do
        say "node $n: jdbc:mysql://127.0.0.1:$(sql_port "$n")/$FUYI_DB_NAME"
    done
    say "cluster of 3 Synced; user $FUYI_DB_USER"
}

stop_cluster() {
    local n
    for n in 3 2 1; do
        if running "$n"; then
            shutdown_server "$(sock "$n")" "$(pidfile "$n")" 180
            say "node $n stopped"
        fi
    done
}

status() {
    local n
    for n in "${NODES[@]}"; do
        if running "$n"; then
            say "node $n: running (pid $(cat "$(pidfile "$n")")), $(status_var "$n" wsrep_local_state_comment)," \
                "cluster size $(status_var "$n" wsrep_cluster_size), status $(status_var "$n" wsrep_cluster_status)," \
                "SQL 127.0.0.1:$(sql_port "$n")"
        else
            say "node $n: not running"
        fi
    done
}

case $CMD in
    start)
        if [ $# -ge 1 ]; then
            check_node "$1"
            require_binaries mariabackup socat "$PROVIDER"
            any=""
            for m in "${NODES[@]}"; do
                if [ "$m" != "$1" ] && running "$m"; then any=$m; fi
            done
            [ -n "$any" ] || die "no other node runs: start the whole cluster with '$0 start'"
            start_node "$1"
        else
            start_cluster
        fi
        ;;
    stop) stop_cluster ;;
    kill)
        check_node "${1:-}"
        kill_server "$(pidfile "$1")"
        ;;
    status) status ;;
    sql)
        check_node "${1:-}"
        n=$1
        shift
        sql_socket "$(sock "$n")" "$*"
        ;;
    destroy) stop_cluster; rm -rf "$DIR"; say "deleted $DIR" ;;
    *) die "unknown command $CMD (start [NODE], stop, kill NODE, status, sql NODE, destroy)" ;;
esac

# Functions shared by galera.sh and single.sh: MariaDB servers from Debian's packages, started by hand (no systemd),
# each with its own option file, data folder, socket and pid file, listening on 127.0.0.1 only.
# Sourced, not run.

MARIADBD=${MARIADBD:-/usr/sbin/mariadbd}
FUYI_DB_USER=${FUYI_DB_USER:-fuyi}
FUYI_DB_PASSWORD=${FUYI_DB_PASSWORD:-fuyi}
FUYI_DB_NAME=${FUYI_DB_NAME:-fuyi}

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { say "error: $*" >&2; exit 1; }

# An absolute path for a folder given relative to the current one.
absolute() {
    mkdir -p "$1" && (cd "$1" && pwd)
}

require_binaries() {
    local b
    for b in "$MARIADBD" mariadb-install-db mariadb mariadb-admin "$@"; do
        command -v "$b" >/dev/null 2>&1 || [ -f "$b" ] || die "$b not found: install Debian's mariadb-server (apt-get install mariadb-server galera-4 mariadb-backup)"
    done
}

# The pid of the server whose pid file is $1, if that process is alive and is a MariaDB server.
server_pid() {
    local pidfile=$1 pid
    [ -s "$pidfile" ] || return 1
    pid=$(cat "$pidfile")
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'mariadbd\|mysqld' || return 1
    echo "$pid"
}

# Runs SQL as the server's root (socket authentication as the system's root user); prints tab-separated rows.
sql_socket() {
    local sock=$1
    shift
    mariadb --no-defaults --protocol=socket --socket="$sock" -uroot --batch --skip-column-names -e "$*"
}

# Waits until the server answers on its socket, or its process dies, or $3 seconds pass.
wait_for_socket() {
    local sock=$1 pidfile=$2 timeout=${3:-120} waited=0
    while ! mariadb-admin --no-defaults --socket="$sock" -uroot ping >/dev/null 2>&1; do
        if [ $waited -gt 5 ] && ! server_pid "$pidfile" >/dev/null; then
            return 1
        fi
        sleep 1
        waited=$((waited + 1))
        [ $waited -lt "$timeout" ] || return 1
    done
}

# Creates the system tables of an empty data folder (once).
init_datadir() {
    local datadir=$1 log=$2
    if [ -d "$datadir/mysql" ]; then
        return 0
    fi
    mkdir -p "$datadir"
    mariadb-install-db --no-defaults --user=root --datadir="$datadir" --auth-root-authentication-method=socket \
        --skip-test-db --skip-name-resolve >"$log" 2>&1 || { cat "$log" >&2; die "mariadb-install-db failed for $datadir"; }
}

# Starts mariadbd in the background with its option file and extra arguments; it outlives this script. The pid is
# written at once (the server writes the same one later, only after a joiner's state transfer).
launch() {
    local cnf=$1 pidfile=$2
    shift 2
    setsid nohup "$MARIADBD" --defaults-file="$cnf" "$@" </dev/null >/dev/null 2>&1 &
    echo $! >"$pidfile"
}

# Clean shutdown; after $2 seconds the process is killed.
shutdown_server() {
    local sock=$1 pidfile=$2 timeout=${3:-120} pid waited=0
    pid=$(server_pid "$pidfile") || return 0
    mariadb-admin --no-defaults --socket="$sock" -uroot shutdown >/dev/null 2>&1 || kill -TERM "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do
        sleep 1
        waited=$((waited + 1))
        if [ $waited -ge "$timeout" ]; then
            say "server $pid did not stop in ${timeout}s; killing it"
            kill -9 "$pid" 2>/dev/null || true
        fi
    done
    rm -f "$pidfile"
}

kill_server() {
    local pidfile=$1 pid
    pid=$(server_pid "$pidfile") || { say "not running"; return 0; }
    kill -9 "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    say "killed mariadbd $pid"
}

# The application's schema and user, idempotently. Connections come over TCP from 127.0.0.1 (and the socket).
# The user may also drop and create the schema, and a second one, <schema>_baseline, for the load harness's
# hand-written JDBC baseline; fuyi_monitor (PROCESS only) lets the harness watch what the connections do.
create_schema() {
    local sock=$1 host grants=""
    for host in 127.0.0.1 localhost; do
        grants="$grants
        CREATE USER IF NOT EXISTS '$FUYI_DB_USER'@'$host' IDENTIFIED BY '$FUYI_DB_PASSWORD';
        GRANT ALL PRIVILEGES ON \`$FUYI_DB_NAME\`.* TO '$FUYI_DB_USER'@'$host';
        GRANT ALL PRIVILEGES ON \`${FUYI_DB_NAME}_baseline\`.* TO '$FUYI_DB_USER'@'$host';
        CREATE USER IF NOT EXISTS 'fuyi_monitor'@'$host' IDENTIFIED BY 'fuyi_monitor';
        GRANT PROCESS ON *.* TO 'fuyi_monitor'@'$host';"
    done
    sql_socket "$sock" "CREATE DATABASE IF NOT EXISTS \`$FUYI_DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; $grants"
}

# Option-file lines common to every server: what Debian's packaged configuration would give, plus loopback only.
common_options() {
    local dir=$1 port=$2
    cat <<EOF
user = root
datadir = $dir/data
socket = $dir/mariadbd.sock
pid-file = $dir/mariadbd.pid
log-error = $dir/error.log
port = $port
bind-address = 127.0.0.1
skip-name-resolve
character-set-server = utf8mb4
collation-server = utf8mb4_unicode_ci
max_connections = 500
innodb_buffer_pool_size = ${INNODB_BUFFER_POOL_SIZE:-512M}
innodb_log_file_size = 256M
EOF
}

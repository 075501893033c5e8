#!/usr/bin/env bash
# A project-local PostgreSQL cluster, used by run.sh (the embedded demo database) and by the
# integration-test fixture (a throwaway cluster per test run).
#
#   pg-cluster.sh bin                      print the server's bin folder (installs PostgreSQL when missing, as root)
#   pg-cluster.sh start DIR PORT [PWFILE]  create the cluster in DIR the first time, start it on 127.0.0.1:PORT
#   pg-cluster.sh stop DIR [MODE]          stop it: MODE fast (default) or immediate (as a crash: recovery from WAL at the next start)
#   pg-cluster.sh status DIR               exit 0 when running
#   pg-cluster.sh datadir DIR              print the folder that holds (or will hold) the cluster of DIR (see below)
#   pg-cluster.sh dump PORT DB FILE [PWFILE]     back up DB (pg_dump -Fc) to FILE; FILE appears only when the dump is complete
#   pg-cluster.sh restore PORT DB FILE [PWFILE]  create DB (it must not exist) and restore FILE into it in one transaction;
#                                                on any error DB is dropped again: nothing half-restored is left
# dump and restore connect to 127.0.0.1:PORT as «postgres» (PGHOST and PGUSER override), with the password
# in PWFILE or PGPASSWORD.
#
# initdb and postgres refuse to run as root: as root, the cluster belongs to the unprivileged
# user "postgres" (created when missing). With PWFILE the superuser "postgres" gets that password
# and TCP connections need it; without, local connections are trusted (throwaway test clusters).
#
# "postgres" cannot reach a DIR inside a folder only root may enter (a checkout cloned into /root, mode
# 0700). Such a DIR does not hold the cluster: the first start creates it in
# /var/lib/sosva-objectivity/<first 16 hex digits of the sha256 of DIR's full path>/ (owned by
# postgres, mode 0700) and makes DIR a symbolic link to it; start, stop, status and datadir follow the
# link. When the link is gone (the checkout's .data removed, a fresh clone in the same folder), the next
# start moves the old cluster aside (…-kept-<time>, never deleted: it says where) and creates a new one.
# Removing such a checkout for good: `datadir` names the folder to remove with it.
set -euo pipefail

SYSTEM_ROOT=/var/lib/sosva-objectivity

pg_bin() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -z "$found" || ! -x "$found/initdb" ]]; then
        if [[ $(id -u) -eq 0 ]]; then
            echo "PostgreSQL server not found: installing it with apt-get…" >&2
            export DEBIAN_FRONTEND=noninteractive
            apt-get update -qq >&2
            apt-get install -y -qq postgresql >&2
            found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
        fi
    fi
    if [[ -z "$found" || ! -x "$found/initdb" ]]; then
        echo "PostgreSQL server binaries are missing: install the 'postgresql' package, or set ConnectionStrings__Default." >&2
        exit 1
    fi
    echo "$found"
}

# Runs a command as the cluster's owner.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
        # From /: PostgreSQL's programs return to the working folder, which "postgres" may not enter
        # (a checkout only root can enter); every path passed to them is absolute.
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

# DIR as asked: the full path of its parent and its own name (a link made by an earlier start is kept).
requested_dir() {
    printf '%s/%s\n' "$(realpath -m "$(dirname "$1")")" "$(basename "$1")"
}

# True when the cluster's owner can reach DIR: it may search the nearest existing folder above DIR
# (start creates the missing ones searchable by all).
owner_reaches() {
    local up
    up=$(dirname "$1")
    while [[ ! -e "$up" ]]; do up=$(dirname "$up"); done
    as_owner test -x "$up"
}

# The folder that really holds the cluster of DIR: DIR itself, unless the header says otherwise.
resolve_dir() {
    local requested
    requested=$(requested_dir "$1")
    if [[ -L "$requested" ]]; then
        realpath -m "$requested"
    elif [[ $(id -u) -ne 0 || -f "$requested/PG_VERSION" ]] || owner_reaches "$requested"; then
        echo "$requested"
    else
        echo "$SYSTEM_ROOT/$(printf '%s' "$requested" | sha256sum | cut -c1-16)"
    fi
}

# The first start of a DIR "postgres" cannot reach: the cluster goes to the system location $2, DIR
# becomes a link to it.
link_elsewhere() {
    local requested=$1 dir=$2 kept
    if [[ -n "$(ls -A "$dir" 2>/dev/null)" ]]; then
        # A cluster of this path that no link points to any more: its checkout's data were removed, and
        # with them the password the new ones expect. Kept aside, never deleted.
        if as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
            as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
        fi
        kept="$dir-kept-$(date +%Y%m%d_%H%M%S)"
        mv "$dir" "$kept"
        echo "Кластер PostgreSQL в $dir больше не связан с $requested (папку данных удалили?): он сохранён в $kept, создаётся новый. Удалите $kept, когда он не нужен." >&2
    fi
    (umask 022; mkdir -p "$SYSTEM_ROOT" "$(dirname "$requested")")
    if [[ -d "$requested" ]]; then
        rmdir "$requested"   # the empty folder of a start that failed here before
    fi
    ln -s "$dir" "$requested"
}

# Connection of the client programs (dump, restore): 127.0.0.1 as «postgres» unless PGHOST/PGUSER say
# otherwise; the password from the file given, else PGPASSWORD (trusted test clusters need none).
client_env() {
    [[ "$db" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || { echo "Недопустимое имя базы: $db" >&2; exit 2; }
    export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
    if [[ -n "${1:-}" ]]; then
        PGPASSWORD=$(cat "$1")
        export PGPASSWORD
    fi
}

cmd=${1:-}
case "$cmd" in
    bin)
        pg_bin
        ;;
    start)
        port=$3; pwfile=${4:-}
        bin=$(pg_bin)
        requested=$(requested_dir "$2"); dir=$(resolve_dir "$2")
        if [[ "$dir" != "$requested" && ! -L "$requested" ]]; then
            link_elsewhere "$requested" "$dir"
        fi
        (umask 022; mkdir -p "$dir")
        if [[ $(id -u) -eq 0 ]]; then
            as_owner true
            chown postgres "$dir"
            chmod 700 "$dir"
        fi
        if [[ ! -f "$dir/PG_VERSION" ]]; then
            init_args=(-D "$dir" -U postgres -E UTF8 --locale=C.UTF-8 --no-instructions)
            if [[ -n "$pwfile" ]]; then
                tmp_pw=$(mktemp)
                cp "$pwfile" "$tmp_pw"
                [[ $(id -u) -eq 0 ]] && chown postgres "$tmp_pw"
                init_args+=(--auth-local=peer --auth-host=scram-sha-256 --pwfile="$tmp_pw")
            else
                init_args+=(--auth=trust)
            fi
            as_owner "$bin/initdb" "${init_args[@]}" >/dev/null
            [[ -n "${tmp_pw:-}" ]] && rm -f "$tmp_pw"
        fi
        if as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
            exit 0
        fi
        as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
        ;;
    stop)
        dir=$(resolve_dir "$2"); mode=${3:-fast}
        [[ "$mode" == fast || "$mode" == immediate ]] || { echo "stop mode must be fast or immediate, not $mode" >&2; exit 2; }
        bin=$(pg_bin)
        if [[ -f "$dir/PG_VERSION" ]] && as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
            as_owner "$bin/pg_ctl" -D "$dir" -m "$mode" -w stop >/dev/null
        fi
        ;;
    status)
        dir=$(resolve_dir "$2")
        bin=$(pg_bin)
        as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1
        ;;
    datadir)
        resolve_dir "$2"
        ;;
    dump)
        port=$2; db=$3; file=$4
        bin=$(pg_bin)
        client_env "${5:-}"
        partial="$file.partial"
        if ! "$bin/pg_dump" -h "$PGHOST" -p "$port" -U "$PGUSER" -d "$db" -Fc -f "$partial"; then
            rm -f "$partial"
            echo "Резервная копия базы $db не создана (ошибка pg_dump выше)." >&2
            exit 1
        fi
        mv -f "$partial" "$file"
        ;;
    restore)
        port=$2; db=$3; file=$4
        bin=$(pg_bin)
        client_env "${5:-}"
        if ! "$bin/pg_restore" --list "$file" >/dev/null 2>&1; then
            echo "Файл $file не является резервной копией pg_dump (формат custom): восстанавливать нечего." >&2
            exit 1
        fi
        exists=$("$bin/psql" -h "$PGHOST" -p "$port" -U "$PGUSER" -d postgres -tAc "select 1 from pg_database where datname = '$db'")
        if [[ "$exists" == 1 ]]; then
            echo "База $db уже существует: восстановление выполняется только в новую базу." >&2
            exit 1
        fi
        "$bin/createdb" -h "$PGHOST" -p "$port" -U "$PGUSER" "$db"
        if ! "$bin/pg_restore" -h "$PGHOST" -p "$port" -U "$PGUSER" -d "$db" --no-owner --no-privileges \
                --exit-on-error --single-transaction "$file"; then
            "$bin/dropdb" -h "$PGHOST" -p "$port" -U "$PGUSER" --if-exists "$db" || true
            echo "Восстановление из $file не удалось (ошибка pg_restore выше); база $db не создана." >&2
            exit 1
        fi
        ;;
    *)
        sed -n '2,/^set /{/^#/p}' "$0" >&2
        exit 2
        ;;
esac

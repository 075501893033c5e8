#!/usr/bin/env bash
# A project-local PostgreSQL cluster, used by run.sh (the embedded demo database) and by the
# integration-test fixture (a throwaway cluster per test run).
#
#   pg-cluster.sh bin                      print the server's bin folder (installs PostgreSQL when missing, as root)
#   pg-cluster.sh start DIR PORT [PWFILE]  create the cluster in DIR the first time, start it on 127.0.0.1:PORT
#   pg-cluster.sh stop DIR [MODE]          stop it: MODE fast (default) or immediate (as a crash: recovery from WAL at the next start)
#   pg-cluster.sh status DIR               exit 0 when running
#   pg-cluster.sh dump PORT DB FILE [PWFILE]     back up DB (pg_dump -Fc) to FILE; FILE appears only when the dump is complete
#   pg-cluster.sh restore PORT DB FILE [PWFILE]  create DB (it must not exist) and restore FILE into it in one transaction;
#                                                on any error DB is dropped again: nothing half-restored is left
# dump and restore connect to 127.0.0.1:PORT as «postgres» (PGHOST and PGUSER override), with the password
# in PWFILE or PGPASSWORD.
#
# initdb and postgres refuse to run as root: as root, the cluster belongs to the unprivileged
# user "postgres" (created when missing). With PWFILE the superuser "postgres" gets that password
# and TCP connections need it; without, local connections are trusted (throwaway test clusters).
set -euo pipefail

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
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
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
        dir=$(realpath -m "$2"); port=$3; pwfile=${4:-}
        bin=$(pg_bin)
        mkdir -p "$dir"
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
        dir=$(realpath -m "$2"); mode=${3:-fast}
        [[ "$mode" == fast || "$mode" == immediate ]] || { echo "stop mode must be fast or immediate, not $mode" >&2; exit 2; }
        bin=$(pg_bin)
        if [[ -f "$dir/PG_VERSION" ]] && as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
            as_owner "$bin/pg_ctl" -D "$dir" -m "$mode" -w stop >/dev/null
        fi
        ;;
    status)
        dir=$(realpath -m "$2")
        bin=$(pg_bin)
        as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1
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
        sed -n '2,17p' "$0" >&2
        exit 2
        ;;
esac

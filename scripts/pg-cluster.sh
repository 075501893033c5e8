#!/usr/bin/env bash
# A project-local PostgreSQL cluster, used by run.sh (the embedded demo database) and by the
# integration-test fixture (a throwaway cluster per test run).
#
#   pg-cluster.sh bin                      print the server's bin folder (installs PostgreSQL when missing, as root)
#   pg-cluster.sh start DIR PORT [PWFILE]  create the cluster in DIR the first time, start it on 127.0.0.1:PORT
#   pg-cluster.sh stop DIR                 stop it (fast)
#   pg-cluster.sh status DIR               exit 0 when running
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
        dir=$(realpath -m "$2")
        bin=$(pg_bin)
        if [[ -f "$dir/PG_VERSION" ]] && as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
            as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
        fi
        ;;
    status)
        dir=$(realpath -m "$2")
        bin=$(pg_bin)
        as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1
        ;;
    *)
        sed -n '2,12p' "$0" >&2
        exit 2
        ;;
esac

#!/usr/bin/env bash
# Starts the portal with demo data.
#   ./run.sh          embedded PostgreSQL in .data/ (created the first time, reused later), portal on http://localhost:${PORT:-5080}
#   ./run.sh stop     stops the embedded PostgreSQL
# With ConnectionStrings__Default set, that database is used instead of the embedded one.
set -euo pipefail
cd "$(dirname "$0")"

DATA_DIR=.data
PG_DIR=$DATA_DIR/pg
PG_PORT=${PG_PORT:-55432}
PORT=${PORT:-5080}

if [[ "${1:-}" == "stop" ]]; then
    scripts/pg-cluster.sh stop "$PG_DIR"
    echo "Встроенная база данных остановлена."
    exit 0
fi

if ! command -v dotnet >/dev/null; then
    echo "Не найден .NET SDK (dotnet): установите .NET 10 SDK." >&2
    exit 1
fi

if [[ -z "${ConnectionStrings__Default:-}" ]]; then
    mkdir -p "$DATA_DIR"
    chmod 755 "$DATA_DIR"
    pwfile=$DATA_DIR/pg-password
    if [[ ! -f "$pwfile" ]]; then
        (umask 077; head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$pwfile")
    fi
    echo "Запуск встроенной PostgreSQL (порт $PG_PORT, данные в $PG_DIR)…"
    scripts/pg-cluster.sh start "$PG_DIR" "$PG_PORT" "$pwfile"
    export ConnectionStrings__Default="Host=127.0.0.1;Port=$PG_PORT;Database=sosva;Username=postgres;Password=$(cat "$pwfile")"
    bin=$(scripts/pg-cluster.sh bin)
    if ! PGPASSWORD=$(cat "$pwfile") "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -tAc \
            "select 1 from pg_database where datname = 'sosva'" | grep -q 1; then
        PGPASSWORD=$(cat "$pwfile") "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres sosva
    fi
fi

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Demo}
export ASPNETCORE_URLS=${ASPNETCORE_URLS:-http://localhost:$PORT}
echo "Сборка портала…"
dotnet build src/Sosva.Objectivity.Web -c Release -nologo -v quiet
echo "Портал: http://localhost:$PORT (остановка — Ctrl+C; базу данных остановит ./run.sh stop)"
cd src/Sosva.Objectivity.Web
exec dotnet bin/Release/net10.0/Sosva.Objectivity.Web.dll

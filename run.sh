#!/usr/bin/env bash
# Starts the portal with demo data.
#   ./run.sh                  embedded PostgreSQL in .data/ (created the first time, reused later), portal on http://localhost:${PORT:-5080}
#   ./run.sh stop             stops the embedded PostgreSQL
#   ./run.sh backup FILE      backs the embedded database up to FILE (pg_dump, custom format)
#   ./run.sh restore FILE [--yes]
#                             restores FILE into a fresh database that then replaces the embedded one; the
#                             replaced one is kept under another name. Asks first (--yes: do not ask).
# With ConnectionStrings__Default set, that database is used instead of the embedded one.
set -euo pipefail
cd "$(dirname "$0")"

DATA_DIR=.data
PG_DIR=$DATA_DIR/pg
PG_PORT=${PG_PORT:-55432}
PORT=${PORT:-5080}
DB=sosva
pwfile=$DATA_DIR/pg-password

start_embedded_db() {
    mkdir -p "$DATA_DIR"
    chmod 755 "$DATA_DIR"
    if [[ ! -f "$pwfile" ]]; then
        (umask 077; head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$pwfile")
    fi
    # Started as root from a folder the «postgres» user cannot enter, the cluster lives in a system
    # folder and $PG_DIR links to it (scripts/pg-cluster.sh, header).
    location=$(scripts/pg-cluster.sh datadir "$PG_DIR")
    if [[ "$location" == "$(realpath "$DATA_DIR")/"* ]]; then
        echo "Запуск встроенной PostgreSQL (порт $PG_PORT, данные в $PG_DIR)…"
    else
        echo "Запуск встроенной PostgreSQL (порт $PG_PORT, данные в $location: пользователь postgres не может войти в папку проекта, $PG_DIR — ссылка туда)…"
    fi
    scripts/pg-cluster.sh start "$PG_DIR" "$PG_PORT" "$pwfile"
    bin=$(scripts/pg-cluster.sh bin)
}

# One SQL statement on the embedded cluster's maintenance database; prints the result.
embedded_sql() {
    PGPASSWORD=$(cat "$pwfile") "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -tAc "$1"
}

embedded_only() {
    if [[ -n "${ConnectionStrings__Default:-}" ]]; then
        echo "Команда «$1» работает со встроенной базой; для своей базы (ConnectionStrings__Default) используйте pg_dump и pg_restore." >&2
        exit 1
    fi
    if [[ ! -f "$(scripts/pg-cluster.sh datadir "$PG_DIR")/PG_VERSION" ]]; then
        echo "Встроенной базы ещё нет (папка $PG_DIR): сначала запустите ./run.sh." >&2
        exit 1
    fi
}

case "${1:-}" in
    stop)
        scripts/pg-cluster.sh stop "$PG_DIR"
        echo "Встроенная база данных остановлена."
        exit 0
        ;;
    backup)
        file=${2:-}
        [[ -n "$file" ]] || { echo "Укажите файл: ./run.sh backup FILE" >&2; exit 2; }
        embedded_only backup
        start_embedded_db
        scripts/pg-cluster.sh dump "$PG_PORT" "$DB" "$file" "$pwfile"
        echo "Резервная копия базы $DB записана в $file ($(du -h "$file" | cut -f1))."
        echo "Восстановление: ./run.sh restore $file"
        exit 0
        ;;
    restore)
        file=${2:-}
        [[ -n "$file" ]] || { echo "Укажите файл: ./run.sh restore FILE [--yes]" >&2; exit 2; }
        [[ -f "$file" ]] || { echo "Файл $file не найден." >&2; exit 1; }
        embedded_only restore
        start_embedded_db
        if ! "$bin/pg_restore" --list "$file" >/dev/null 2>&1; then
            echo "Файл $file не является резервной копией (./run.sh backup): ничего не изменено." >&2
            exit 1
        fi
        stamp=$(date +%Y%m%d_%H%M%S)
        kept=${DB}_before_restore_$stamp
        restored=${DB}_restore_$stamp
        echo "Восстановление базы $DB из $file."
        echo "Копия восстанавливается в новую базу и заменяет текущую только после успеха;"
        echo "текущая база не удаляется, а переименовывается в $kept."
        if [[ "${3:-}" != "--yes" ]]; then
            if [[ ! -t 0 ]]; then
                echo "Нужно подтверждение: запустите команду в терминале или добавьте --yes. Ничего не изменено." >&2
                exit 1
            fi
            read -r -p "Продолжить? (да/нет): " answer
            case "$answer" in
                да|Да|ДА|д|y|Y|yes) ;;
                *) echo "Отменено: ничего не изменено."; exit 1 ;;
            esac
        fi
        in_use=$(embedded_sql "select count(*) from pg_stat_activity where datname = '$DB'")
        if [[ "$in_use" != 0 ]]; then
            echo "База $DB сейчас используется (запущен портал?): остановите портал и повторите. Ничего не изменено." >&2
            exit 1
        fi
        scripts/pg-cluster.sh restore "$PG_PORT" "$restored" "$file" "$pwfile"
        had_db=$(embedded_sql "select count(*) from pg_database where datname = '$DB'")
        if ! { [[ "$had_db" == 0 ]] || embedded_sql "alter database $DB rename to $kept" >/dev/null; } \
            || ! embedded_sql "alter database $restored rename to $DB" >/dev/null; then
            embedded_sql "drop database if exists $restored" >/dev/null || true
            echo "Не удалось заменить базу $DB (её открыли во время восстановления?): восстановленная копия удалена, повторите." >&2
            exit 1
        fi
        echo "Готово: база $DB восстановлена из $file."
        [[ "$had_db" == 0 ]] || echo "Прежняя база сохранена как $kept; когда она не нужна: ./run.sh drop-kept $kept"
        exit 0
        ;;
    drop-kept)
        name=${2:-}
        [[ "$name" =~ ^${DB}_before_restore_[0-9_]+$ ]] || { echo "Удалять можно только базы ${DB}_before_restore_…" >&2; exit 2; }
        embedded_only drop-kept
        start_embedded_db
        embedded_sql "drop database if exists $name" >/dev/null
        echo "База $name удалена."
        exit 0
        ;;
    "") ;;
    *)
        sed -n '2,9p' "$0" >&2
        exit 2
        ;;
esac

if ! command -v dotnet >/dev/null; then
    echo "Не найден .NET SDK (dotnet): установите .NET 10 SDK." >&2
    exit 1
fi

if [[ -z "${ConnectionStrings__Default:-}" ]]; then
    start_embedded_db
    export ConnectionStrings__Default="Host=127.0.0.1;Port=$PG_PORT;Database=$DB;Username=postgres;Password=$(cat "$pwfile")"
    if [[ $(embedded_sql "select count(*) from pg_database where datname = '$DB'") == 0 ]]; then
        PGPASSWORD=$(cat "$pwfile") "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres "$DB"
    fi
fi

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Demo}
export ASPNETCORE_URLS=${ASPNETCORE_URLS:-http://localhost:$PORT}
echo "Сборка портала…"
dotnet build src/Sosva.Objectivity.Web -c Release -nologo -v quiet
echo "Портал: http://localhost:$PORT (остановка — Ctrl+C; базу данных остановит ./run.sh stop)"
cd src/Sosva.Objectivity.Web
exec dotnet bin/Release/net10.0/Sosva.Objectivity.Web.dll

#!/usr/bin/env bash
# Server time of the roadmap view page for a 300-measure roadmap (budget: under 100 ms,
# docs/performance.md#roadmap-view-page-300-measures). Starts the portal in Release on the embedded demo database
# (./run.sh), signs in as the demo specialist, imports a generated 300-measure roadmap through the import page, then
# drives /Roadmaps/Details/{id} with wrk (4 connections, 20 s) and prints the latency distribution. Traffic goes only
# to localhost; the run is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-5099}
BASE=http://localhost:$PORT
MEASURES=${MEASURES:-300}
command -v wrk >/dev/null || { [[ $(id -u) -eq 0 ]] && apt-get install -y -qq wrk >/dev/null; }
jar=$(mktemp); tablefile=$(mktemp); log=$(mktemp)
cleanup() { [[ -n "${pid:-}" ]] && kill "$pid" 2>/dev/null || true; rm -f "$jar" "$tablefile" "${payloadfile:-}"; }
trap cleanup EXIT

PORT=$PORT ./run.sh >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do curl -sf "$BASE/healthz" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "$BASE/healthz" >/dev/null || { echo "portal did not start; log: $log" >&2; exit 1; }

token() { curl -s -b "$jar" -c "$jar" "$BASE$1" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Input.UserName=specialist" --data-urlencode "Input.Password=Demo123!" \
    --data-urlencode "__RequestVerificationToken=$(token /Account/Login)" "$BASE/Account/Login"

{
    printf '№ п/п\tМероприятия\tСроки\tОтветственные\tОжидаемый результат\n'
    for s in $(seq 1 10); do
        printf '%s.\tРаздел %s: организационно-методическое обеспечение объективности оценочных процедур\t\t\t\n' "$s" "$s"
        for m in $(seq 1 $((MEASURES / 10))); do
            printf '%s.%s.\tМероприятие %s.%s: проведение анализа результатов ВПР и ГИА в разрезе общеобразовательных учреждений, подготовка аналитической справки\tежегодно до 1 ноября\tРуководители ОУ\tАналитическая справка, рассмотрение на совещании\n' "$s" "$m" "$s" "$m"
        done
    done
} >"$tablefile"

preview=$(curl -s -b "$jar" -c "$jar" --data-urlencode "PastedText@$tablefile" --data-urlencode "__RequestVerificationToken=$(token /Roadmaps/Import)" \
    "$BASE/Roadmaps/Import?handler=Read")
field() { echo "$preview" | grep -o "name=\"$1\" value=\"[^\"]*\"" | head -1 | sed 's/.*value="//; s/"$//'; }
payloadfile=$(mktemp); field Preview.Payload | tr -d '\n' >"$payloadfile"
ptoken=$(echo "$preview" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
location=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode "Preview.Title=Нагрузочная карта на $MEASURES мероприятий" --data-urlencode "Preview.PeriodStart=2023-09-01" \
    --data-urlencode "Preview.PeriodEnd=2024-08-31" --data-urlencode "Preview.Payload@$payloadfile" \
    --data-urlencode "__RequestVerificationToken=$ptoken" "$BASE/Roadmaps/Import?handler=Confirm")
path=${location#"$BASE"}
echo "roadmap: $path ($MEASURES measures)"
cookie=$(awk '$6==".Sosva.Auth" {print $6"="$7}' "$jar")
curl -s -o /dev/null -w 'single request: %{time_total}s, %{size_download} bytes\n' -H "Cookie: $cookie" "$BASE$path"
echo "== one connection (server time of one request at a time)"
wrk -t1 -c1 -d15s --latency -H "Cookie: $cookie" "$BASE$path"
echo "== four connections"
wrk -t2 -c4 -d15s --latency -H "Cookie: $cookie" "$BASE$path"

#!/usr/bin/env bash
# Server time of the ranking page for 1,000 schools (budget: under 100 ms; 40,000 paged: under 300 ms;
# docs/performance.md#ranking-page-1000-schools). Starts the portal in Release on the embedded demo database
# (./run.sh, its own PostgreSQL port), adds SCHOOLS generated schools with inputs to the demo campaigns of 2023 and
# 2024 straight in the database, recomputes both through the campaign page as the demo methodologist, then drives
# /Monitoring/Ranking/{id} (first page and a later page) with wrk. Localhost only, bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-5098}
export PG_PORT=${PG_PORT:-55498}
BASE=http://localhost:$PORT
SCHOOLS=${SCHOOLS:-1000}
jar=$(mktemp); log=$(mktemp)
cleanup() { [[ -n "${pid:-}" ]] && kill "$pid" 2>/dev/null || true; rm -f "$jar"; }
trap cleanup EXIT

PORT=$PORT ./run.sh >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 180); do curl -sf "$BASE/healthz" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "$BASE/healthz" >/dev/null || { echo "portal did not start; log: $log" >&2; exit 1; }

bin=$(scripts/pg-cluster.sh bin)
sql() { PGPASSWORD=$(cat .data/pg-password) "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d sosva -v ON_ERROR_STOP=1 -qtA -c "$1"; }
c2023=$(sql 'select "Id" from "MonitoringCampaigns" where "Year" = 2023')
c2024=$(sql 'select "Id" from "MonitoringCampaigns" where "Year" = 2024')
# Generated rows take ids far above the hi-lo blocks the portal hands out.
sql "insert into \"Schools\" (\"Id\", \"FullName\", \"ShortName\", \"IsRural\", \"IsSmall\", \"IsActive\", \"CreatedAt\", \"UpdatedAt\")
     select 50000000 + i, 'Нагрузочная школа № ' || i || ' (полное наименование)', 'Нагрузочная школа № ' || i, i % 3 = 0, i % 5 = 0, true, now(), now()
     from generate_series(1, $SCHOOLS) i on conflict do nothing;
     insert into \"IndicatorValues\" (\"Id\", \"CampaignId\", \"SchoolId\", \"IndicatorCode\", \"OnTimeCount\", \"WithErrorsCount\", \"LateCount\",
         \"ConfirmedCount\", \"NotConfirmedCount\", \"OptionCode\", \"CheckedItems\", \"CreatedAt\", \"UpdatedAt\")
     select 60000000 + c.n * 10000000 + i * 10 + k, c.id, 50000000 + i, 'P' || k,
         case when k in (1, 2) then (i * 7 + c.n) % (case k when 1 then 4 else 21 end) end,
         case when k in (1, 2) then 0 end,
         case when k in (1, 2) then (i + c.n) % 3 end,
         case when k = 3 then (i + c.n) % 7 end, case when k = 3 then 6 - (i + c.n) % 7 end,
         case k when 5 then (array['all','partial','none'])[1 + (i + c.n) % 3] when 6 then (array['qualitative','statistical','none'])[1 + i % 3] end,
         case when k = 7 then (array['publicInfo','vprSchedule','assessmentCourses','vprRegulation','survey'])[1:1 + (i + c.n) % 5] else '{}' end,
         now(), now()
     from generate_series(1, $SCHOOLS) i, (values ($c2023, 1), ($c2024, 2)) c(id, n), (values (1), (2), (3), (5), (6), (7)) p(k)
     on conflict do nothing;"

token() { curl -s -b "$jar" -c "$jar" "$BASE$1" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Input.UserName=methodologist" --data-urlencode "Input.Password=Demo123!" \
    --data-urlencode "__RequestVerificationToken=$(token /Account/Login)" "$BASE/Account/Login"
status() { curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$(token "/Monitoring/Campaigns/Details/$1")" \
    "$BASE/Monitoring/Campaigns/Status/$1?handler=$2"; }
status "$c2023" Unpublish; status "$c2023" Compute; status "$c2024" Compute
echo "ranked schools in 2024: $(sql "select count(*) from \"SchoolResults\" where \"CampaignId\" = $c2024")"

cookie=$(awk '$6==".Sosva.Auth" {print $6"="$7}' "$jar")
for path in "/Monitoring/Ranking/$c2024" "/Monitoring/Ranking/$c2024?sort=-change&p=10"; do
    curl -s -o /dev/null -w "$path: single request %{time_total}s, %{size_download} bytes\n" -H "Cookie: $cookie" "$BASE$path"
    echo "== $path, one connection"
    wrk -t1 -c1 -d15s --latency -H "Cookie: $cookie" "$BASE$path"
done
echo "== four connections"
wrk -t2 -c4 -d15s --latency -H "Cookie: $cookie" "$BASE/Monitoring/Ranking/$c2024"

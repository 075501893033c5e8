#!/usr/bin/env bash
# Several instances on one database (docs/design.md#104-scale): starts two portal processes (Release, Production)
# on one generated database, signs in on the first and uses the cookie on the second, takes a form's
# antiforgery token from the second and posts an evidence upload with it to the first, then downloads
# the file from the second and compares its SHA-256. Both rely on the data-protection keys the portal
# keeps in the database (PersistKeysToDbContext) and on nothing kept in a process.
# Exit code 0 when every check passed. Localhost only; bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT_A=${PORT_A:-5195}
PORT_B=${PORT_B:-5196}
PG_PORT=${PG_PORT:-55491}
PASSWORD=${LOAD_PASSWORD:-Load2024x}
DATA_DIR=.data/instances
DB=sosva_instances
WEB=src/Sosva.Objectivity.Web
DLL=bin/Release/net10.0/Sosva.Objectivity.Web.dll
TOOL_PROJECT=bench/Sosva.Objectivity.LoadTest
TOOL=$PWD/$TOOL_PROJECT/bin/Release/net10.0/Sosva.Objectivity.LoadTest.dll # the data generator (`seed-scale`), run from $WEB
A=http://127.0.0.1:$PORT_A
B=http://127.0.0.1:$PORT_B
work=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
    [[ -z "${external_db:-}" ]] && scripts/pg-cluster.sh stop "$DATA_DIR/pg" || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

if [[ -n "${ConnectionStrings__Default:-}" ]]; then
    external_db=1
else
    mkdir -p "$DATA_DIR"; chmod 755 .data "$DATA_DIR"
    pwfile=$DATA_DIR/pg-password
    [[ -f "$pwfile" ]] || (umask 077; head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$pwfile")
    scripts/pg-cluster.sh start "$DATA_DIR/pg" "$PG_PORT" "$pwfile"
    bin=$(scripts/pg-cluster.sh bin)
    # A fresh database every run: no data-protection key exists before the first instance starts.
    PGPASSWORD=$(cat "$pwfile") "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qtAc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
    export ConnectionStrings__Default="Host=127.0.0.1;Port=$PG_PORT;Database=$DB;Username=postgres;Password=$(cat "$pwfile")"
fi
export ASPNETCORE_ENVIRONMENT=Production Security__RequireHttps=false Reminders__Enabled=false

dotnet build "$TOOL_PROJECT" -c Release -nologo -v quiet >&2 # the portal too: the tool references it
(cd "$WEB" && echo "$PASSWORD" | dotnet "$TOOL" seed-scale --schools 20 --measures 5 --campaigns 1 --password-stdin) >"$work/seed.out" 2>&1 \
    || { cat "$work/seed.out" >&2; fail "seed-scale (the database must be empty)"; }
principal=$(tail -n 1 "$work/seed.out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["samplePrincipal"])')

for port in "$PORT_A" "$PORT_B"; do
    (cd "$WEB" && ASPNETCORE_URLS=http://127.0.0.1:$port exec dotnet "$DLL") >"$work/portal-$port.log" 2>&1 &
    pids+=($!)
done
for base in "$A" "$B"; do
    for _ in $(seq 1 90); do curl -sf "$base/healthz" >/dev/null 2>&1 && break; sleep 1; done
    curl -sf "$base/healthz" >/dev/null || fail "$base did not start"
done
ok "two instances on one database: $A (pid ${pids[0]}), $B (pid ${pids[1]})"

token_of() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
jar=$work/jar
token=$(curl -s -c "$jar" -b "$jar" "$A/Account/Login" | token_of)
code=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' --data-urlencode "Input.UserName=$principal" \
    --data-urlencode "Input.Password=$PASSWORD" --data-urlencode "__RequestVerificationToken=$token" "$A/Account/Login")
[[ $code == 302 ]] || fail "signing in on A answered $code"
grep -q '\.Sosva\.Auth' "$jar" || fail "no authentication cookie from A"
ok "signed in as $principal on A"

my=$(curl -s -b "$jar" -w '\n%{http_code}' "$B/Reports/My")
[[ $(tail -n 1 <<<"$my") == 200 ]] || fail "A's cookie on B: /Reports/My answered $(tail -n 1 <<<"$my")"
ok "A's cookie accepted by B (/Reports/My 200)"

report=""
for id in $(grep -o '/Reports/Details/[0-9]*' <<<"$my" | sed 's|.*/||' | awk '!seen[$0]++'); do
    curl -s -b "$jar" -c "$jar" "$B/Reports/Details/$id" >"$work/details.html"
    if grep -q 'data-testid="report-form"' "$work/details.html"; then report=$id; break; fi
done
[[ -n "$report" ]] || fail "no report the principal can fill"
form_token=$(token_of <"$work/details.html")
version=$(grep -o 'name="Input.Version" value="[^"]*"' "$work/details.html" | head -1 | sed 's/.*value="//; s/"$//')
name="Протокол двух экземпляров $(date +%s).pdf"
printf '%%PDF-1.4\n%% uploaded to one instance, read from the other: %s\n%%%%EOF\n' "$(date +%s%N)" >"$work/upload.pdf"
code=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{http_code}' -F "__RequestVerificationToken=$form_token" -F "Input.Version=$version" \
    -F "Input.Text=Проверка работы двух экземпляров портала" -F "files=@$work/upload.pdf;filename=$name;type=application/pdf" \
    "$A/Reports/Details/$report?handler=Save")
[[ $code == 302 ]] || fail "upload to A with B's form token answered $code"
ok "evidence uploaded to A (report $report) with the antiforgery token of B's form"

file=$(curl -s -b "$jar" "$B/Reports/Details/$report" | grep -o "/Reports/Evidence/[0-9]*\">$name" | head -1 | sed 's|">.*||; s|.*/||')
[[ -n "$file" ]] || fail "B does not list the uploaded file"
curl -s -b "$jar" -o "$work/download.pdf" -D "$work/headers" "$B/Reports/Evidence/$file"
grep -qi '^content-disposition: attachment' "$work/headers" || fail "B did not serve the file as an attachment"
[[ $(sha256sum <"$work/upload.pdf") == $(sha256sum <"$work/download.pdf") ]] || fail "the file downloaded from B differs from the upload"
ok "file $file downloaded from B, SHA-256 equal to the upload"

keys=$(PGPASSWORD=$(cat "${pwfile:-/dev/null}" 2>/dev/null) "${bin:-/usr/bin}/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$DB" -qtAc 'SELECT count(*) FROM "DataProtectionKeys"' 2>/dev/null || echo "?")
echo "data-protection keys in the database: $keys"
echo "all checks passed"

#!/usr/bin/env bash
# Timing of refused sign-ins (docs/decisions/008-sign-in-guessing-and-lockout.md): does the answer's time tell
# an unknown user name from an existing one, a locked-out or a disabled account? Measured, never asserted.
#
#   bench/signin-timing.sh              50 attempts of each kind, one at a time
#   ATTEMPTS=200 bench/signin-timing.sh
#
# The portal runs in Release (Production, sign-in rate limit off for this one address) on its own database in
# an embedded PostgreSQL cluster (.data/signin/, port $PG_PORT). Per kind it prints the time of the sign-in
# post as the client sees it (curl on 127.0.0.1: median, p10, p90), the kinds taken in turn.
# Kinds: an unknown name; a wrong password of an existing account (its failure count is reset every four
# attempts, so it never locks); the right password of an account locked out after five wrong ones; the right
# password of an account an administrator disabled; and, for scale, a successful sign-in.
# Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

ATTEMPTS=${ATTEMPTS:-50}
PORT=${PORT:-5191}
PG_PORT=${PG_PORT:-55491}
PASSWORD=Timing2024x
DATA_DIR=.data/signin
DB=sosva_signin
BASE=http://127.0.0.1:$PORT
WEB=src/Sosva.Objectivity.Web
DLL=bin/Release/net10.0/Sosva.Objectivity.Web.dll

work=$(mktemp -d)
portal_log=$work/portal.log
cleanup() {
    if [[ -n "${portal_pid:-}" ]] && kill -0 "$portal_pid" 2>/dev/null; then kill "$portal_pid"; wait "$portal_pid" 2>/dev/null || true; fi
    scripts/pg-cluster.sh stop "$DATA_DIR/pg" || true
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$DATA_DIR"
chmod 755 .data "$DATA_DIR"
pwfile=$DATA_DIR/pg-password
[[ -f "$pwfile" ]] || (umask 077; head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$pwfile")
scripts/pg-cluster.sh start "$DATA_DIR/pg" "$PG_PORT" "$pwfile"
bin=$(scripts/pg-cluster.sh bin)
sql() { PGPASSWORD=$(cat "$pwfile") "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "${2:-postgres}" -v ON_ERROR_STOP=1 -qtAc "$1"; }
sql "DROP DATABASE IF EXISTS $DB"
sql "CREATE DATABASE $DB"
export ConnectionStrings__Default="Host=127.0.0.1;Port=$PG_PORT;Database=$DB;Username=postgres;Password=$(cat "$pwfile")"
export ASPNETCORE_ENVIRONMENT=Production Security__RequireHttps=false Security__SignInAttemptsPerMinute=0

echo "Building the portal (Release)…" >&2
dotnet build "$WEB" -c Release -nologo -v quiet >&2
(cd "$WEB" && dotnet "$DLL" migrate >/dev/null)
for user in timing-wrong timing-locked timing-disabled timing-ok; do
    (cd "$WEB" && echo "$PASSWORD" | dotnet "$DLL" create-user --user "$user" --role Specialist --full-name "$user" --password-stdin >/dev/null)
done
sql "UPDATE \"AspNetUsers\" SET \"LockoutEnd\" = '9999-12-31' WHERE \"UserName\" = 'timing-disabled'" "$DB"

(cd "$WEB" && ASPNETCORE_URLS=$BASE exec dotnet "$DLL") >"$portal_log" 2>&1 &
portal_pid=$!
for _ in $(seq 1 60); do curl -sf "$BASE/healthz" >/dev/null 2>&1 && break; sleep 1; done

# One sign-in post from a new browser; prints the client's time in ms.
attempt() {
    local jar=$work/jar token
    rm -f "$jar"
    token=$(curl -s -c "$jar" -b "$jar" "$BASE/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    curl -s -o /dev/null -c "$jar" -b "$jar" -w '%{time_total}\n' --data-urlencode "Input.UserName=$1" --data-urlencode "Input.Password=$2" \
        --data-urlencode "__RequestVerificationToken=$token" "$BASE/Account/Login" | awk '{printf "%.2f\n", $1 * 1000}'
}
for _ in 1 2 3 4 5; do attempt timing-locked Wrong0000x >/dev/null; done   # locks timing-locked
for _ in $(seq 1 10); do attempt timing-ok "$PASSWORD" >/dev/null; done    # warm-up

stats() { sort -n | awk '{v[NR]=$1} END {lo=int(NR*0.1); if (lo < 1) lo=1; printf "%7.1f %7.1f %7.1f", v[int((NR+1)/2)], v[lo], v[int(NR*0.9)]}'; }
kinds=("unknown name|nobody-$RANDOM|Wrong0000x" "wrong password, existing|timing-wrong|Wrong0000x"
       "locked out (right password)|timing-locked|$PASSWORD" "disabled (right password)|timing-disabled|$PASSWORD"
       "success|timing-ok|$PASSWORD")
# Round robin over the kinds, so that a change in the machine's load falls on all of them alike.
for i in $(seq 1 "$ATTEMPTS"); do
    for k in "${!kinds[@]}"; do
        IFS='|' read -r name user password <<<"${kinds[$k]}"
        attempt "$user" "$password" >>"$work/kind-$k"
    done
    if ((i % 4 == 0)); then sql "UPDATE \"AspNetUsers\" SET \"AccessFailedCount\" = 0 WHERE \"UserName\" = 'timing-wrong'" "$DB"; fi
done
printf '%-34s %7s %7s %7s\n' "kind" "median" "p10" "p90"
for k in "${!kinds[@]}"; do
    IFS='|' read -r name _ _ <<<"${kinds[$k]}"
    printf '%-34s %s\n' "$name" "$(stats <"$work/kind-$k")"
done
echo "time of the sign-in post (ms, curl on 127.0.0.1); $ATTEMPTS attempts of each kind, round robin; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# Runs every test. Integration tests start their own throwaway PostgreSQL (scripts/pg-cluster.sh),
# or use the server in OBJECTIVITY_TEST_DB when it is set (the outage test always starts its own).
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null; then
    echo "Не найден .NET SDK (dotnet): установите .NET 10 SDK." >&2
    exit 1
fi

# PostgreSQL server binaries (installed with apt-get when missing, as root): for the fixture's throwaway
# cluster, and — even when OBJECTIVITY_TEST_DB names a server — for the tests that stop a cluster of their
# own (database outage) and that back up and restore (pg_dump, pg_restore).
scripts/pg-cluster.sh bin >/dev/null

# Poppler's pdftotext/pdfinfo/pdffonts for the PDF export tests (installed with apt-get when missing, as root).
if ! command -v pdftotext >/dev/null; then
    if [[ $(id -u) -eq 0 ]]; then
        echo "poppler-utils not found: installing it with apt-get…" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >&2
        apt-get install -y -qq poppler-utils >&2
    else
        echo "poppler-utils (pdftotext) is missing: the PDF export tests need it; install the 'poppler-utils' package." >&2
    fi
fi

# Debian's Chromium for the browser journeys (Playwright drives /usr/bin/chromium; it never downloads a browser).
if [[ ! -x /usr/bin/chromium ]]; then
    if [[ $(id -u) -eq 0 ]]; then
        echo "chromium not found: installing it with apt-get…" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >&2
        apt-get install -y -qq chromium fonts-dejavu-core >&2
    else
        echo "chromium is missing: the browser tests need /usr/bin/chromium; install the 'chromium' package." >&2
    fi
fi

dotnet restore Sosva.Objectivity.sln -nologo -v quiet
dotnet build Sosva.Objectivity.sln -c Release --no-restore -nologo -v quiet
if [[ $# -gt 0 ]]; then
    # Arguments (e.g. --filter …) go to one plain run of the whole solution.
    exec dotnet test Sosva.Objectivity.sln -c Release --no-build -nologo "$@"
fi

# Three independent collections at once, each process with its own throwaway PostgreSQL cluster and database:
# the domain tests, the web tests of the pages (Pages.*) and the other web tests (security, browser journeys,
# exports, importers, hosting…). Each one's output goes to its log, printed when it ends; the run fails if any fails.
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
web=tests/Sosva.Objectivity.Web.Tests/Sosva.Objectivity.Web.Tests.csproj
declare -A runs=(
    [domain]="tests/Sosva.Objectivity.Domain.Tests/Sosva.Objectivity.Domain.Tests.csproj"
    [web-pages]="$web --filter FullyQualifiedName~.Tests.Pages."
    [web-other]="$web --filter FullyQualifiedName!~.Tests.Pages."
)
declare -A pids=()
for name in "${!runs[@]}"; do
    # shellcheck disable=SC2086 # the project and its filter are two words
    dotnet test ${runs[$name]} -c Release --no-build -nologo >"$logs/$name.log" 2>&1 &
    pids[$name]=$!
done
failed=()
for name in domain web-pages web-other; do
    if wait "${pids[$name]}"; then status=0; else status=$?; fi
    echo "=== $name (exit $status) ==="
    cat "$logs/$name.log"
    [[ $status -eq 0 ]] || failed+=("$name")
done
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "Тесты не прошли: ${failed[*]}" >&2
    exit 1
fi

#!/usr/bin/env bash
# Query benchmarks at regional scale (docs/performance.md#regional-and-national-scale): generates (or reuses) the load
# test's database with bench/load.sh's settings, then runs ScaleQueryBenchmarks (BenchmarkDotNet) against it and stops
# the cluster.
#   bench/queries.sh                 ShortRun job
#   JOB=default bench/queries.sh     BenchmarkDotNet's default job (tighter, slower)
set -euo pipefail
cd "$(dirname "$0")/.."
SCHOOLS=${SCHOOLS:-1000} MEASURES=${MEASURES:-50} CAMPAIGNS=${CAMPAIGNS:-3} PG_PORT=${PG_PORT:-55490}
export SCHOOLS MEASURES CAMPAIGNS PG_PORT
SEED_ONLY=1 KEEP_DB=1 bench/load.sh
trap 'scripts/pg-cluster.sh stop .data/load/pg' EXIT
export BENCH_DB="Host=127.0.0.1;Port=$PG_PORT;Database=sosva_load_${SCHOOLS}x${MEASURES}x${CAMPAIGNS};Username=postgres;Password=$(cat .data/load/pg-password)"
job=(--job short); [[ "${JOB:-short}" == default ]] && job=()
dotnet run -c Release --project bench/Sosva.Objectivity.Bench -- --filter '*ScaleQueryBenchmarks*' "${job[@]}"

#!/usr/bin/env bash
# The benchmark suite: builds in Release, runs every benchmark (each in its own process), prints one table and writes it
# to bench/results/latest.md. --quick: small sizes, under 2 minutes; the full run stays under 20 minutes on 2 cores.
# The full run keeps its seeded 1M-user SQLite file in bench/.cache (gitignored) and says so; delete it to seed afresh.
# Exit code 1 when a target was missed. PostgreSQL runs join in when HIPKNEE_TEST_POSTGRES names a server.
set -uo pipefail
cd "$(dirname "$0")/.."
quick=()
if [[ "${1:-}" == "--quick" ]]; then quick=(--quick); fi

dotnet build HipKnee.sln -c Release -nologo -v quiet || exit 2
rows=bench/results/.rows.tsv
mkdir -p bench/results
: > "$rows"
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
bench=(dotnet bench/HipKnee.Bench/bin/Release/net10.0/HipKnee.Bench.dll)
full=()
if [[ ${#quick[@]} -eq 0 ]]; then
  full=(--cache bench/.cache)
fi

# A verb that crashes (a timeout under load, an exception) adds no row of its own: it gets a FAIL row, so the table
# never reads as passed with a benchmark missing. Exit code 1 only means a target was missed; its rows say which.
run() {
  echo
  echo "=== $*"
  "$@" --summary "$rows" "${quick[@]}"
  local rc=$?
  if (( rc > 1 )); then
    printf '%s\tdid not finish (exit code %s, see the log)\t-\t-\t-\tFAIL\n' "$(basename "$2") ${*:3}" "$rc" >> "$rows"
  fi
}

run "${bench[@]}" reminders
run "${bench[@]}" webhook
if [[ ${#quick[@]} -eq 0 ]]; then
  run "${bench[@]}" sender --limits 30 --messages 3000 # 100 s at Telegram's own limit
  run "${bench[@]}" sender --limits 1000               # the 10k burst
else
  run "${bench[@]}" sender
fi
if [[ ${#quick[@]} -eq 0 ]]; then
  run "${bench[@]}" fanout --runs 30x3000,1000x100000 # ~100 s of fan-out each, replies probed throughout
else
  run "${bench[@]}" fanout
fi
run "${bench[@]}" scale "${full[@]}"
run "${bench[@]}" memory "${full[@]}"
run "${bench[@]}" storage
run "${bench[@]}" startup
run dotnet bench/HipKnee.Micro/bin/Release/net10.0/HipKnee.Micro.dll

"${bench[@]}" table --summary "$rows" --out bench/results/latest.md --started "$load" "${quick[@]}"

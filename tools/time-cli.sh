#!/usr/bin/env bash
# Times `factgen extract <corpus> --format json` as a whole process (start-up included), Release build.
# Usage: tools/time-cli.sh [FOLDER] [RUNS]; default: ../shared/corpora/bbc, 7 runs. Prints the median wall time.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-$here/../shared/corpora/bbc}
runs=${2:-7}
[ -d "$corpus" ] || { echo "no such folder: $corpus" >&2; exit 2; }
dotnet build "$here/src/FactGen.Cli" -c Release -v q -nologo >/dev/null
dll="$here/src/FactGen.Cli/bin/Release/net10.0/factgen.dll"
dotnet "$dll" extract "$corpus" --format json >/dev/null 2>&1 || true   # warm the file cache
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s.%N)
  dotnet "$dll" extract "$corpus" --format json >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  times+=("$(echo "$end - $start" | bc -l)")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "median %.3f s over %d runs (min %.3f, max %.3f)\n", a[int((NR + 1) / 2)], NR, a[1], a[NR] }'

#!/usr/bin/env bash
# Runs the generator's fuzz suite (tests/FactGen.Generator.Tests/Fuzz): random and mutated articles
# through engine -> generator -> compiler; every batch must compile with zero errors and warnings and
# carry every extracted string as a literal of exactly that value.
#
# Usage: tools/fuzz.sh [ITERATIONS] [SEED]
#   ITERATIONS  articles to generate (default 50000; CI runs 2400 through plain `dotnet test`)
#   SEED        random seed (default: a new one, printed first so a failure can be replayed)
# Environment (optional): FACTGEN_FUZZ_BATCH (articles per compilation, default 120),
#   FACTGEN_FUZZ_CORPUS (folder of real .txt articles to borrow sentences from; default
#   ../shared/corpora/bbc beside the repository, read in place and never copied),
#   FACTGEN_FUZZ_DUMP (a folder: each batch's generated source is written there, to look at).
# Replay a failure: tools/fuzz.sh ITERATIONS SEED with the numbers the failure message printed.
# Run it for longer, e.g. overnight: tools/fuzz.sh 2000000
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
export FACTGEN_FUZZ_ITERATIONS=${1:-${FACTGEN_FUZZ_ITERATIONS:-50000}}
export FACTGEN_FUZZ_SEED=${2:-${FACTGEN_FUZZ_SEED:-$(( (RANDOM << 15) | RANDOM ))}}
echo "fuzz: seed $FACTGEN_FUZZ_SEED, $FACTGEN_FUZZ_ITERATIONS articles" >&2
exec dotnet test "$here/tests/FactGen.Generator.Tests" -c Release -nologo \
  --filter "FullyQualifiedName~FactGen.Generator.Tests.Fuzz.FuzzTests" \
  --logger "console;verbosity=detailed" -- xUnit.LongRunningTestSeconds=60

#!/usr/bin/env bash
# Scores the engine with the shared evaluators. Usage: tools/eval.sh [dev|test] [seeds|conll|polnear]...
#   dev  (default): CoNLL testa, PolNeAR dev — for development
#   test          : CoNLL testb, PolNeAR test — for reporting only
# Corpora are read from ../shared (research-only data: never copied into the repo).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${FACTGEN_SHARED:-$here/../shared}
split=${1:-dev}; shift || true
what=${*:-seeds conll polnear}
case $split in dev) conll=testa; pol=dev ;; test) conll=testb; pol=test ;; *) echo "split must be dev or test" >&2; exit 2 ;; esac
out=${FACTGEN_EVAL_OUT:-$here/artifacts/eval}; mkdir -p "$out"
dotnet build "$here/src/FactGen.Cli" -c Release -v q -nologo >/dev/null
cli=(dotnet "$here/src/FactGen.Cli/bin/Release/net10.0/factgen.dll" extract)
for w in $what; do
  case $w in
    seeds)
      "${cli[@]}" "$here/seeds" --format json > "$out/seeds.json" 2>"$out/seeds.stderr" || true
      echo "== seeds"; python3 "$shared/eval/score.py" "$out/seeds.json" "$shared/eval/seeds.gold.json" ;;
    conll)
      "${cli[@]}" "$shared/corpora/conll2003/$conll" --format json > "$out/conll-$conll.json" 2>/dev/null || true
      echo "== CoNLL-2003 $conll"; python3 "$shared/eval/score_docsets.py" "$out/conll-$conll.json" "$shared/corpora/conll2003/$conll.gold.json" --types PER,ORG ;;
    polnear)
      "${cli[@]}" "$shared/corpora/polnear/$pol" --format json > "$out/polnear-$pol.json" 2>/dev/null || true
      echo "== PolNeAR $pol"; python3 "$shared/eval/score_quotes.py" "$out/polnear-$pol.json" "$shared/corpora/polnear/$pol.gold.json" ;;
    *) echo "unknown corpus $w" >&2; exit 2 ;;
  esac
done

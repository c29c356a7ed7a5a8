#!/usr/bin/env bash
# PDF benchmarks: a cold single-letter `compose` to PDF beside pandoc + pdflatex on the same
# letter text, then warm letters per second on 1 and 2 threads.
#
#   bench/pdf.sh              # needs hyperfine (else a plain loop), pandoc and pdflatex for the
#                             # comparison (Debian: hyperfine pandoc texlive-latex-recommended)
#   RUNS=20 SECONDS_PER=10 bench/pdf.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
runs="${RUNS:-15}"
seconds="${SECONDS_PER:-8}"
letter=examples/amnesty-support/letter.yaml
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Build, and let the launcher make its ahead-of-time cache (in the background) before timing.
./advocate --version >/dev/null
./advocate compose "$letter" -o "$work/warm.pdf" >/dev/null
for _ in $(seq 1 60); do
    compgen -G 'target/launcher/*.aot.lock' >/dev/null || break # no training under way
    sleep 1
done
./advocate compose "$letter" -o "$work/letter.md"

echo "== cold: one letter to PDF (${runs} runs) =="
advocate_cmd="./advocate compose $letter -o $work/x.pdf --force"
pandoc_cmd="pandoc $work/letter.md --pdf-engine=pdflatex -o $work/p.pdf"
if command -v hyperfine >/dev/null 2>&1; then
    cmds=("$advocate_cmd")
    command -v pandoc >/dev/null 2>&1 && command -v pdflatex >/dev/null 2>&1 && cmds+=("$pandoc_cmd")
    hyperfine -N --warmup 2 --runs "$runs" "${cmds[@]}"
else
    for cmd in "$advocate_cmd" "$pandoc_cmd"; do
        start=$(date +%s%N)
        for _ in $(seq 1 "$runs"); do $cmd >/dev/null; done
        end=$(date +%s%N)
        echo "$cmd: $(( (end - start) / runs / 1000000 )) ms per run"
    done
fi

echo "== warm: letters per second (${seconds}s per measurement) =="
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
. bench/java.sh
"$java" -XX:+UseSerialGC -Xmx512m \
    -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" \
    org.advocate.output.PdfThroughput "$letter" "$seconds" 1 2

#!/usr/bin/env bash
# Times a cold `advocate compose` of the example letter to Markdown: one new JVM per run, as a
# user at a terminal or a CI job would start it. Needs hyperfine (Debian: apt-get install hyperfine).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./advocate --version >/dev/null # builds the jar first if needed
hyperfine -N --warmup 2 --runs "${RUNS:-10}" \
    './advocate compose examples/amnesty-support/letter.yaml' "$@"

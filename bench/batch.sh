#!/usr/bin/env bash
# Batch throughput and memory: letters per second at 1 and 2 jobs for 10,000 rows, with peak RSS,
# then 100,000 rows to Markdown under -Xmx128m to show that memory stays flat in the row count.
#
#   bench/batch.sh [md|pdf] [ROWS]      (default: md, 10000)
#
# Needs GNU time (/usr/bin/time -v) and python3 (to make the rows). Rows are made from the
# legislators example, each with its own district so that every file name differs. The JVM
# flags are the launcher's batch flags; JAVA overrides the java binary.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
format="${1:-md}"
rows="${2:-10000}"
. bench/java.sh
./advocate --version >/dev/null # builds target/advocate.jar when needed
work="$(mktemp -d -p "${BENCH_DIR:-${TMPDIR:-/tmp}}")"  # BENCH_DIR=/dev/shm leaves the disk out
trap 'rm -rf "$work"' EXIT

make_rows() { # count file
    python3 - "$1" "$2" <<'PY'
import csv, sys
n, out = int(sys.argv[1]), sys.argv[2]
with open("examples/legislators/recipients.csv", encoding="utf-8", newline="") as f:
    src = list(csv.reader(f))
header, rows = src[0], src[1:]
with open(out, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(header)
    for i in range(n):
        r = list(rows[i % len(rows)])
        r[header.index("District")] = str(i + 1).zfill(6)
        w.writerow(r)
PY
}

run() { # label rows jobs heap
    local label="$1" file="$2" jobs="$3" heap="$4"
    rm -rf "$work/out"
    /usr/bin/time -v -o "$work/time" "$java" -XX:+UseSerialGC -Xss4m "$heap" -jar target/advocate.jar \
        batch examples/legislators/letter.yaml --rows "$file" --out-dir "$work/out" \
        --name "{recipient.lastName}-{recipient.district}.$format" --jobs "$jobs" 2>"$work/err" ||
        { cat "$work/err" >&2; exit 1; }
    local rss wall
    rss="$(awk -F': ' '/Maximum resident/ { printf "%.0f", $2 / 1024 }' "$work/time")"
    wall="$(awk -F': ' '/Elapsed/ { print $2 }' "$work/time")"
    printf '%-28s %s | peak RSS %s MiB | wall %s\n' "$label" "$(tail -n 1 "$work/err")" "$rss" "$wall"
}

echo "java: $java"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
make_rows "$rows" "$work/rows.csv"
run "$rows rows $format, 1 job" "$work/rows.csv" 1 -Xmx512m
run "$rows rows $format, 2 jobs" "$work/rows.csv" 2 -Xmx512m
if [ "$format" = md ]; then
    make_rows 100000 "$work/rows100k.csv"
    run "100000 rows md, 2 jobs, -Xmx128m" "$work/rows100k.csv" 2 -Xmx128m
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# A million rows in a small heap: makes ROWS rows (default 1,000,000) from the legislators
# example, each with its own district, then runs `batch --dry-run` and a full Markdown batch on
# them with JAVA_TOOL_OPTIONS=-Xmx128m, as a user would, and records each run's wall time, peak
# RSS and summary line, and checks that every row was reported (the dry run's plan, the letters
# written, the report's rows).
#
#   bench/million.sh [ROWS] [dry|full|both]      (default: 1000000 both)
#
# JAR picks the jar (default target/advocate.jar, built by ./advocate --version); HEAP the heap
# limit (default 128m); JOBS the jobs (default 2); BENCH_DIR the folder for the rows and letters
# (default $TMPDIR or /tmp: about 4 GB of letters for a million rows). The JVM flags are the
# launcher's batch flags, without its class cache. Peak RSS comes from GNU time when it is
# installed, else from the kernel's high-water mark (VmHWM) read while the run goes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rows="${1:-1000000}"
what="${2:-both}"
heap="${HEAP:-128m}"
jobs="${JOBS:-2}"
. bench/java.sh
jar="${JAR:-target/advocate.jar}"
[ -n "${JAR:-}" ] || ./advocate --version >/dev/null # builds target/advocate.jar when needed
work="$(mktemp -d -p "${BENCH_DIR:-${TMPDIR:-/tmp}}")"
trap 'rm -rf "$work"' EXIT

python3 - "$rows" "$work/rows.csv" <<'PY'
import csv, sys
n, out = int(sys.argv[1]), sys.argv[2]
with open("examples/legislators/recipients.csv", encoding="utf-8", newline="") as f:
    src = list(csv.reader(f))
header, rows = src[0], src[1:]
district = header.index("District")
with open(out, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(header)
    for i in range(n):
        r = list(rows[i % len(rows)])
        r[district] = str(i + 1).zfill(7)
        w.writerow(r)
PY

# Runs a command, printing "wall-seconds peak-RSS-MiB cpu-seconds" to $work/measure (the CPU time,
# user + system, is "?" without GNU time).
measure() {
    if [ -x /usr/bin/time ]; then
        local rc=0
        /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$@" || rc=$?
        awk '{ printf "%s %.0f %.1f\n", $1, $2 / 1024, $3 + $4 }' "$work/time" >"$work/measure"
        return $rc
    fi
    local start peak=0 hwm rc
    start="$(date +%s.%N)"
    "$@" &
    local pid=$!
    while kill -0 "$pid" 2>/dev/null; do
        hwm="$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)"
        [ "${hwm:-0}" -gt "$peak" ] && peak="$hwm"
        sleep 0.2
    done
    wait "$pid" && rc=0 || rc=$?
    echo "$(echo "$(date +%s.%N) - $start" | bc) $((peak / 1024)) ?" >"$work/measure"
    return $rc
}

batch() { # extra options...
    JAVA_TOOL_OPTIONS="-Xmx$heap" measure "$java" -XX:+UseSerialGC -Xss4m -jar "$jar" \
        batch examples/legislators/letter.yaml --rows "$work/rows.csv" --out-dir "$work/out" \
        --name "{recipient.lastName}-{recipient.district}.md" --jobs "$jobs" --quiet "$@"
}

report() { # label
    local wall rss cpu
    read -r wall rss cpu <"$work/measure"
    printf '%-28s wall %7.1f s | CPU %7s s | peak RSS %4s MiB | %s\n' "$1" "$wall" "$cpu" "$rss" \
        "$(grep -v 'Picked up JAVA_TOOL_OPTIONS' "$work/err" | tail -n 1)"
}

echo "jar: $jar ($(sha256sum "$jar" | cut -c1-12)), java: $java, heap: $heap, jobs: $jobs"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$what" != full ]; then
    batch --dry-run >"$work/plan" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    report "$rows rows, --dry-run"
    echo "  plan lines: $(wc -l <"$work/plan")"
    rm -f "$work/plan"
fi
if [ "$what" != dry ]; then
    batch --report "$work/report.json" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    report "$rows rows, Markdown"
    echo "  letters: $(find "$work/out" -maxdepth 1 -name '*.md' | wc -l)," \
        "report rows: $(grep -c '"index"' "$work/report.json")"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# What the required stack allows: the batch targets against a lower bound. Runs a floor program
# (bench/floor/*.java: the least work a batch must do, with the same libraries and publishing
# steps, and nothing else) and advocate's own batch on the same 10,000 rows, alternately, and
# prints each run's rate. A target above the floor cannot be met by any design on this stack.
# For Markdown the floor runs twice: with plain string replacement instead of a template engine,
# then with FreeMarker.
#
#   bench/floor.sh [md|pdf] [RUNS]      (default: md, 3 runs of each)
#
# Needs python3 (to make the rows). BENCH_DIR=/dev/shm leaves the disk out, as for batch.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
format="${1:-md}"
runs="${2:-3}"
. bench/java.sh
javac="$(dirname "$java")/javac"
[ -x "$javac" ] || { echo "bench: no javac next to $java; set JAVA to a JDK's java" >&2; exit 1; }
./advocate --version >/dev/null # builds target/advocate.jar when needed
jar=target/advocate.jar
work="$(mktemp -d -p "${BENCH_DIR:-${TMPDIR:-/tmp}}")"
trap 'rm -rf "$work"' EXIT
flags=(-XX:+UseSerialGC -Xss4m -Xmx512m)

python3 - "$work/rows.csv" <<'PY'
import csv, sys
with open("examples/legislators/recipients.csv", encoding="utf-8", newline="") as f:
    src = list(csv.reader(f))
header, rows = src[0], src[1:]
with open(sys.argv[1], "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(header)
    for i in range(10000):
        r = list(rows[i % len(rows)])
        r[header.index("District")] = str(i + 1).zfill(6)
        w.writerow(r)
PY

# The example letter with placeholder recipient fields, made by advocate itself; the Markdown
# floor's template is that text with the placeholders turned into FreeMarker interpolations.
printf '%s\n%s\n' \
    'Honorific,Name,Title,District,Chamber,Committee,Address line 1,Address line 2,Address line 3' \
    'Qqhon,Qqfirst Qqlast,Qqtitle,000000,Senate,Judiciary,Qqaddr1,Qqaddr2,Qqaddr3' >"$work/one.csv"
"$java" "${flags[@]}" -jar "$jar" batch examples/legislators/letter.yaml --rows "$work/one.csv" \
    --out-dir "$work/sample" --name letter.md --quiet 2>/dev/null
sed -e 's/Qqhon Qqlast/${Honorific} ${last}/; s/Qqfirst Qqlast/${Name}/; s/Qqtitle/${Title}/' \
    -e 's/Qqaddr\([123]\)/${Address_line_\1}/' "$work/sample/letter.md" >"$work/letter.ftl"

"$javac" -nowarn -cp "$jar" -d "$work/classes" bench/floor/*.java

floor() { # [replace]
    rm -rf "$work/out"
    if [ "$format" = md ]; then
        printf '%-12s' "${1:-freemarker}"
        "$java" "${flags[@]}" -cp "$work/classes:$jar" MarkdownFloor \
            "$work/rows.csv" "$work/letter.ftl" "$work/out" 2 "$@"
    else
        "$java" "${flags[@]}" -cp "$work/classes:$jar" PdfFloor \
            "$work/sample/letter.md" 10000 "$work/out" 2
    fi
}

advocate() {
    rm -rf "$work/out"
    "$java" "${flags[@]}" -jar "$jar" batch examples/legislators/letter.yaml \
        --rows "$work/rows.csv" --out-dir "$work/out" \
        --name "{recipient.lastName}-{recipient.district}.$format" --jobs 2 2>&1 | tail -n 1
}

echo "java: $java"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$runs"); do
    [ "$format" = md ] && floor replace
    floor
    advocate
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

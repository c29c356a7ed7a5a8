#!/usr/bin/env bash
# advocate beside its peers and its floors, alternately in one run, with a summary table:
#   version    ./advocate --version             vs a bare JVM printing one line (same JDK and flags)
#   cold-md    ./advocate compose to Markdown   vs pandoc, Markdown to HTML, on the same text
#   cold-pdf   ./advocate compose to PDF        vs pandoc + pdflatex on the same text
#   batch-md   ./advocate batch, Markdown       vs bench/floor/MarkdownFloor (FreeMarker), 2 jobs
#   batch-pdf  ./advocate batch, PDF            vs bench/floor/PdfFloor (same pages and faces,
#                                                  fonts subset per letter), 2 jobs
#
#   bench/floors.sh [PART ...]                  (default: every part)
#   RUNS=5 ROWS=10000 BENCH_DIR=/dev/shm bench/floors.sh batch-md batch-pdf
#
# Each pair runs A B A B ... RUNS times (after one untimed run of each); GNU time measures every
# run: wall and CPU seconds and peak RSS. The table gives medians, and the medians of the
# pairwise wall-time and CPU-time ratios advocate/other (below 1: advocate is faster). The load
# average is printed before and after each part: quote it with the figures. Needs GNU time,
# python3, and for the cold parts pandoc and pdflatex (Debian: apt-get install time pandoc
# texlive-latex-recommended; poppler-utils to count pdflatex's pages).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${RUNS:-5}"
rows="${ROWS:-10000}"
parts=("$@")
[ ${#parts[@]} -gt 0 ] || parts=(version cold-md cold-pdf batch-md batch-pdf)
[ -x /usr/bin/time ] || { echo "bench: needs GNU time at /usr/bin/time" >&2; exit 1; }
. bench/java.sh
javac="$(dirname "$java")/javac"
[ -x "$javac" ] || { echo "bench: no javac next to $java; set JAVA to a JDK's java" >&2; exit 1; }
work="$(mktemp -d -p "${BENCH_DIR:-${TMPDIR:-/tmp}}")"
trap 'rm -rf "$work"' EXIT
results="$work/results.txt"
: >"$results"
jar=target/advocate.jar
letter=examples/amnesty-support/letter.yaml
batch_letter=examples/legislators/letter.yaml

# Build, then let the launcher train its compose and batch caches before anything is timed.
./advocate --version >/dev/null
./advocate compose "$letter" -o "$work/letter.md"
./advocate batch "$batch_letter" --rows examples/legislators/recipients.csv \
    --out-dir "$work/train" --name '{recipient.district}.pdf' --quiet
for _ in $(seq 1 180); do
    compgen -G 'target/launcher/*.aot.lock' >/dev/null || break
    sleep 1
done

# The rows: the example's recipients repeated, each with its own district (the file name).
python3 - "$work/rows.csv" "$rows" <<'PY'
import csv, sys
with open("examples/legislators/recipients.csv", encoding="utf-8", newline="") as f:
    src = list(csv.reader(f))
header, body = src[0], src[1:]
with open(sys.argv[1], "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(header)
    for i in range(int(sys.argv[2])):
        r = list(body[i % len(body)])
        r[header.index("District")] = str(i + 1).zfill(6)
        w.writerow(r)
PY

# The batch letter with placeholder fields, made by advocate: PdfFloor's text, and with the
# placeholders turned into interpolations, MarkdownFloor's template.
printf '%s\n%s\n' \
    'Honorific,Name,Title,District,Chamber,Committee,Address line 1,Address line 2,Address line 3' \
    'Qqhon,Qqfirst Qqlast,Qqtitle,000000,Senate,Judiciary,Qqaddr1,Qqaddr2,Qqaddr3' >"$work/one.csv"
./advocate batch "$batch_letter" --rows "$work/one.csv" --out-dir "$work/sample" \
    --name letter.md --quiet 2>/dev/null
sed -e 's/Qqhon Qqlast/${Honorific} ${last}/; s/Qqfirst Qqlast/${Name}/; s/Qqtitle/${Title}/' \
    -e 's/Qqaddr\([123]\)/${Address_line_\1}/' "$work/sample/letter.md" >"$work/letter.ftl"
"$javac" -nowarn -cp "$jar" -d "$work/classes" bench/floor/*.java
printf 'public class Hello { public static void main(String[] a) { System.out.println("%s"); } }\n' \
    "$(./advocate --version | head -n 1)" >"$work/Hello.java"
"$javac" -d "$work/hello" "$work/Hello.java"
flags=(-XX:+UseSerialGC -Xss4m)

# Times one run: appends "part side wall user sys peak-KiB" to the results.
timed() { # part side command...
    local part="$1" side="$2"
    shift 2
    /usr/bin/time -f "$part $side %e %U %S %M" -a -o "$results" "$@" >/dev/null 2>"$work/err" \
        || { echo "bench: $part $side failed:" >&2; tail -n 5 "$work/err" >&2; exit 1; }
    echo "   ${untimed:-}$(tail -n 1 "$results")" # part side wall user sys peak-KiB
}

# One side of a part, from an empty output folder.
side() { # part side
    rm -rf "$work/out-$2"
    case "$1:$2" in
        version:advocate) timed "$@" ./advocate --version ;;
        version:other) timed "$@" "$java" "${flags[@]}" -XX:TieredStopAtLevel=1 \
            -cp "$work/hello" Hello ;;
        cold-md:advocate) timed "$@" ./advocate compose "$letter" -o "$work/x.md" --force ;;
        cold-md:other) timed "$@" pandoc "$work/letter.md" -o "$work/p.html" ;;
        cold-pdf:advocate) timed "$@" ./advocate compose "$letter" -o "$work/x.pdf" --force ;;
        cold-pdf:other) timed "$@" pandoc "$work/letter.md" --pdf-engine=pdflatex -o "$work/p.pdf" ;;
        batch-md:advocate | batch-pdf:advocate)
            timed "$@" ./advocate batch "$batch_letter" --rows "$work/rows.csv" \
                --out-dir "$work/out-$2" --name "{recipient.district}.${1#batch-}" --jobs 2 --quiet ;;
        batch-md:other) timed "$@" "$java" "${flags[@]}" -cp "$work/classes:$jar" MarkdownFloor \
            "$work/rows.csv" "$work/letter.ftl" "$work/out-other" 2 ;;
        batch-pdf:other) timed "$@" "$java" "${flags[@]}" -cp "$work/classes:$jar" PdfFloor \
            "$work/sample/letter.md" "$rows" "$work/out-other" 2 ;;
        *) echo "bench: unknown part $1 (version cold-md cold-pdf batch-md batch-pdf)" >&2; exit 2 ;;
    esac
}

# Pages in a run's output: every PDF file of a folder, or one file.
pages() { # part side
    local where
    case "$1:$2" in
        cold-pdf:advocate) where="$work/x.pdf" ;;
        cold-pdf:other) where="$work/p.pdf" ;;
        batch-pdf:*) where="$work/out-$2" ;;
        *) return 0 ;;
    esac
    python3 - "$1" "$2" "$where" >>"$work/pages.txt" <<'PY'
import pathlib, re, subprocess, sys
part, side, where = sys.argv[1:]
p = pathlib.Path(where)
files = [p] if p.is_file() else [f for f in p.rglob("*.pdf")]
# Page objects: "/Type /Page" or "/Type/Page", not "/Pages". pdflatex packs its objects into
# compressed object streams: a single file is asked of pdfinfo (poppler-utils) when it is there.
total = 0
for f in files:
    n = len(re.findall(rb"/Type\s*/Page(?![s\w])", f.read_bytes()))
    if n == 0 and len(files) == 1:
        try:
            out = subprocess.run(["pdfinfo", str(f)], capture_output=True, text=True).stdout
            n = int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))
        except (OSError, AttributeError):
            n = 0
    total += n
print(part, side, len(files), total)
PY
}

: >"$work/pages.txt"
echo "java: $java; rows: $rows; runs: $runs of each"
for part in "${parts[@]}"; do
    echo "== $part; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    if [ "$part" = cold-md ] || [ "$part" = cold-pdf ]; then
        command -v pandoc >/dev/null || { echo "bench: $part needs pandoc" >&2; continue; }
    fi
    if [ "$part" = cold-pdf ]; then
        command -v pdflatex >/dev/null || { echo "bench: cold-pdf needs pdflatex" >&2; continue; }
    fi
    # One untimed run of each: files cached, caches made.
    untimed="(untimed) "
    side "$part" advocate
    side "$part" other
    untimed=""
    sed -i "/^$part /d" "$results"
    for _ in $(seq 1 "$runs"); do
        side "$part" advocate
        side "$part" other
    done
    pages "$part" advocate
    pages "$part" other
    echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
done

python3 - "$results" "$work/pages.txt" "$rows" <<'PY'
import statistics as st, sys
results, pages_file, rows = sys.argv[1], sys.argv[2], int(sys.argv[3])
runs = {}
for line in open(results):
    f = line.split()
    if len(f) != 6 or f[0].startswith("Command"):
        continue
    part, side, wall, user, sys_, rss = f[0], f[1], *map(float, f[2:])
    runs.setdefault(part, {}).setdefault(side, []).append((wall, user + sys_, rss))
pages = {}
for line in open(pages_file):
    part, side, files, total = line.split()
    pages[(part, side)] = (int(files), int(total))
names = {"version": "bare JVM", "cold-md": "pandoc (HTML)", "cold-pdf": "pandoc+pdflatex",
         "batch-md": "MarkdownFloor", "batch-pdf": "PdfFloor"}
print()
print(f"{'part':<10} {'side':<16} {'wall s':>8} {'cpu s':>8} {'peak MiB':>9} "
      f"{'letters/s':>10} {'pages/letter':>13} {'pages/s':>9}   advocate/other: wall; CPU")
for part, sides in runs.items():
    a, b = sides.get("advocate", []), sides.get("other", [])
    ratios = [x[0] / y[0] for x, y in zip(a, b) if y[0] > 0]
    cpu_ratios = [x[1] / y[1] for x, y in zip(a, b) if y[1] > 0]
    for side, rs in (("advocate", a), ("other", b)):
        if not rs:
            continue
        wall = st.median(r[0] for r in rs)
        cpu = st.median(r[1] for r in rs)
        rss = max(r[2] for r in rs) / 1024
        letters = rows if part.startswith("batch") else 1
        pf = pages.get((part, side))
        per = f"{pf[1] / max(pf[0], 1):.2f}" if pf else "-"
        pps = f"{letters * pf[1] / max(pf[0], 1) / wall:.0f}" if pf else "-"
        ratio = ""
        if side == "advocate" and ratios:
            ratio = f"median {st.median(ratios):.2f} (min {min(ratios):.2f}, max {max(ratios):.2f})"
            if cpu_ratios:
                ratio += f"; CPU {st.median(cpu_ratios):.2f}"
        label = "advocate" if side == "advocate" else names.get(part, "other")
        rate = f"{letters / wall:.0f}" if part.startswith("batch") else "-"
        print(f"{part:<10} {label:<16} {wall:>8.3f} {cpu:>8.3f} {rss:>9.0f} "
              f"{rate:>10} {per:>13} {pps:>9}   {ratio}")
PY

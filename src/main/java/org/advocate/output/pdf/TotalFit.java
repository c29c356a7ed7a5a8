package org.advocate.output.pdf;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One paragraph's items, their running sums, and the ways to break them: Knuth and Plass's
 * total-fit search over every feasible break, and a first-fit fallback.
 */
final class TotalFit {
    private static final float RAG_EMS = 2.5f;
    private static final int LINE_PENALTY = 10;
    private static final double FLAGGED_DEMERITS = 10_000;
    private static final double OVER_LIMIT_DEMERITS = 1e12;
    private static final float EPSILON = 0.01f;

    private final List<BreakItem> items;
    private final float width;
    private final boolean justify;
    private final float[] widths;
    private final float[] stretches;
    private final int[] finishing;
    private final float rag;

    TotalFit(List<BreakItem> items, float width, boolean justify) {
        this.items = items;
        this.width = width;
        this.justify = justify;
        int n = items.size();
        widths = new float[n + 1];
        stretches = new float[n + 1];
        finishing = new int[n + 1];
        float em = 0f;
        for (int i = 0; i < n; i++) {
            BreakItem it = items.get(i);
            boolean counts = it.kind() != BreakItem.Kind.PENALTY;
            widths[i + 1] = widths[i] + (counts ? it.width() : 0f);
            stretches[i + 1] = stretches[i] + it.stretch();
            finishing[i + 1] = finishing[i] + (it.finishing() ? 1 : 0);
            em = Math.max(em, it.run().font().getSize());
        }
        this.rag = RAG_EMS * em;
    }

    /** A place to break: before it the line ends, after it the next begins. */
    private static final class Node {
        final int position;
        final int hyphens;
        final double demerits;
        final Node previous;

        Node(int position, int hyphens, double demerits, Node previous) {
            this.position = position;
            this.hyphens = hyphens;
            this.demerits = demerits;
            this.previous = previous;
        }
    }

    /** The first item of a line that follows a break at {@code position}. */
    private int lineStart(int position) {
        int i = position + 1;
        while (i < items.size()
                && items.get(i).kind() != BreakItem.Kind.BOX
                && !items.get(i).isForced()) {
            i++;
        }
        return i;
    }

    private boolean isBreak(int b, boolean hyphenate) {
        BreakItem it = items.get(b);
        return switch (it.kind()) {
            case BOX -> false;
            case GLUE -> !it.finishing() && b > 0 && items.get(b - 1).kind() == BreakItem.Kind.BOX;
            case PENALTY -> hyphenate || !it.pattern();
        };
    }

    private float natural(int start, int b) {
        BreakItem it = items.get(b);
        return widths[b] - widths[start] + (it.kind() == BreakItem.Kind.PENALTY ? it.width() : 0f);
    }

    /** How far a line must stretch, 0 for natural; infinite when it cannot. */
    private float ratio(int start, int b) {
        float shortfall = width - natural(start, b);
        if (finishing[b] - finishing[start] > 0 || items.get(b).isForced()) {
            return 0f;
        }
        if (!justify) {
            return shortfall / rag;
        }
        float stretch = stretches[b] - stretches[start];
        if (stretch > 0f) {
            return shortfall / stretch;
        }
        return shortfall <= EPSILON ? 0f : Float.POSITIVE_INFINITY;
    }

    /**
     * @param hyphenate whether hyphenation points may break lines
     * @param tolerance the widest stretch accepted, as a ratio
     * @param strict whether a line over {@link LineBreaker#TOLERANCE} must be followed by a word
     *     with no allowed break
     */
    List<Line> knuthPlass(boolean hyphenate, float tolerance, boolean strict) {
        List<Node> active = new ArrayList<>();
        active.add(new Node(-1, 0, 0, null));
        Node[] best = new Node[LineBreaker.MAX_HYPHENATED_IN_A_ROW + 1];
        for (int b = 0; b < items.size(); b++) {
            if (!isBreak(b, hyphenate)) {
                continue;
            }
            BreakItem at = items.get(b);
            java.util.Arrays.fill(best, null);
            for (Iterator<Node> it = active.iterator(); it.hasNext(); ) {
                Node a = it.next();
                int start = lineStart(a.position);
                if (natural(start, b) > width && start < b) {
                    it.remove(); // this line and every longer one would be overfull
                    continue;
                }
                float r = ratio(start, b);
                if (r > tolerance
                        || (strict && r > LineBreaker.TOLERANCE && !at.beforeUnbreakable())) {
                    continue;
                }
                int hyphens = at.flagged() ? a.hyphens + 1 : 0;
                if (hyphens > LineBreaker.MAX_HYPHENATED_IN_A_ROW) {
                    continue;
                }
                double badness = 100.0 * r * r * r;
                double d = (LINE_PENALTY + badness) * (LINE_PENALTY + badness);
                if (r > LineBreaker.TOLERANCE) {
                    // Only in the last pass: as few over-wide lines as the text allows.
                    d += OVER_LIMIT_DEMERITS;
                }
                if (at.kind() == BreakItem.Kind.PENALTY && !at.isForced()) {
                    d += (double) at.penalty() * at.penalty();
                }
                if (at.flagged() && a.hyphens > 0) {
                    d += FLAGGED_DEMERITS;
                }
                double total = a.demerits + d;
                if (best[hyphens] == null || total < best[hyphens].demerits) {
                    best[hyphens] = new Node(b, hyphens, total, a);
                }
            }
            if (at.isForced()) {
                active.clear();
            }
            for (Node n : best) {
                if (n != null) {
                    active.add(n);
                }
            }
            if (active.isEmpty()) {
                return null;
            }
        }
        Node end = null;
        for (Node n : active) {
            if (n.position == items.size() - 1 && (end == null || n.demerits < end.demerits)) {
                end = n;
            }
        }
        if (end == null) {
            return null;
        }
        List<Integer> breaks = new ArrayList<>();
        for (Node n = end; n.previous != null; n = n.previous) {
            breaks.add(0, n.position);
        }
        return build(breaks);
    }

    /** The fallback when even an unlimited stretch fails: each line as full as it goes. */
    List<Line> firstFit() {
        List<Integer> breaks = new ArrayList<>();
        int position = -1;
        while (position < items.size() - 1) {
            int start = lineStart(position);
            int chosen = -1;
            for (int b = start; b < items.size(); b++) {
                if (!isBreak(b, true)) {
                    continue;
                }
                if (chosen >= 0 && natural(start, b) > width) {
                    break;
                }
                chosen = b;
                if (items.get(b).isForced()) {
                    break;
                }
            }
            breaks.add(chosen);
            position = chosen;
        }
        return build(breaks);
    }

    private List<Line> build(List<Integer> breaks) {
        List<Line> lines = new ArrayList<>(breaks.size());
        int previous = -1;
        for (int b : breaks) {
            int start = lineStart(previous);
            List<TextRun> runs = new ArrayList<>();
            float size = items.get(b).run().font().getSize();
            for (int i = start; i < b; i++) {
                BreakItem it = items.get(i);
                if (it.kind() != BreakItem.Kind.PENALTY && !it.text().isEmpty()) {
                    append(runs, it.run(), it.text());
                    if (it.run().rise() == 0f) {
                        size = Math.max(size, it.run().font().getSize());
                    }
                }
            }
            BreakItem at = items.get(b);
            if (at.kind() == BreakItem.Kind.PENALTY && !at.text().isEmpty()) {
                append(runs, at.run(), at.text());
            }
            if (runs.isEmpty()) {
                // An empty line (two forced breaks in a row) still takes its height.
                runs.add(at.run().withText("\u00A0"));
            }
            boolean justified = justify && !at.isForced();
            lines.add(new Line(runs, natural(start, b), justified, at.flagged(), size));
            previous = b;
        }
        return lines;
    }

    private static void append(List<TextRun> runs, TextRun run, String text) {
        int last = runs.size() - 1;
        if (last >= 0 && runs.get(last).sameStyle(run)) {
            runs.set(last, runs.get(last).withText(runs.get(last).text() + text));
        } else {
            runs.add(run.withText(text));
        }
    }
}

package org.advocate.typography;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Gives a letter's Markdown the typographic punctuation of its language, changing only characters
 * of text: code, HTML, link destinations and the Markdown syntax itself stay as they are, and so
 * the document keeps its structure (the same blocks, emphasis, links and line breaks).
 *
 * <p>Each block's text is read as a reader sees it (escapes and character references resolved, line
 * breaks as {@code \n}, code as one opaque character), {@link Typography} decides the edits, and
 * each edit is written back at the place in the Markdown its characters came from. A
 * backslash-escaped quotation mark ({@code \"}, {@code \'}) stays straight: a template writes it
 * where it wants one. A space next to emphasis goes outside the emphasis, as CommonMark needs, and
 * a space that was a character reference stays one. Immutable and safe to share.
 */
public final class TypographicMarkdown {
    private static final Pattern ENTITY =
            Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    private final Parser parser =
            Parser.builder()
                    .extensions(List.of(TablesExtension.create()))
                    .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                    .build();

    /** Creates the Markdown pass; one serves any number of letters and threads. */
    public TypographicMarkdown() {}

    /** Returns the Markdown with the typographic punctuation of the locale's language. */
    public String apply(String markdown, Locale locale) {
        Punctuation rules = Punctuation.of(locale);
        List<Edit> out = new ArrayList<>();
        collect(parser.parse(markdown), markdown, rules, out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return Typography.apply(markdown, out);
    }

    /** Finds the blocks whose children are inline content and edits each as one text. */
    private static void collect(Node node, String source, Punctuation rules, List<Edit> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (isInline(child)) {
                new Block(source).edits(node, rules, out);
                return;
            }
            collect(child, source, rules, out);
        }
    }

    private static boolean isInline(Node node) {
        return node instanceof Text
                || node instanceof SoftLineBreak
                || node instanceof HardLineBreak
                || node instanceof Code
                || node instanceof HtmlInline
                || node instanceof Emphasis
                || node instanceof StrongEmphasis
                || node instanceof Link
                || node instanceof org.commonmark.node.Image;
    }

    /** One block's visible text, with where each character came from in the Markdown. */
    private static final class Block {
        private final String source;
        private final StringBuilder text = new StringBuilder();
        private final List<int[]> spans = new ArrayList<>(); // per character: {start, end} or null
        private final List<Text> owners = new ArrayList<>();
        private final List<Integer> offsets = new ArrayList<>();
        private final BitSet fixed = new BitSet();

        Block(String source) {
            this.source = source;
        }

        void edits(Node block, Punctuation rules, List<Edit> out) {
            read(block);
            for (Edit e : Typography.edits(text, fixed, rules)) {
                out.addAll(map(e));
            }
        }

        private void read(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                switch (n) {
                    case Text t -> readText(t);
                    case SoftLineBreak b -> opaque('\n');
                    case HardLineBreak b -> opaque('\n');
                    case Code c -> opaque(Typography.OPAQUE);
                    case HtmlInline h -> {}
                    default -> read(n);
                }
            }
        }

        private void opaque(char c) {
            fixed.set(text.length());
            add(c, null, null, -1);
        }

        private void add(char c, int[] span, Text owner, int offset) {
            text.append(c);
            spans.add(span);
            owners.add(owner);
            offsets.add(offset);
        }

        /** Walks the literal and its source together; a character it cannot place stays fixed. */
        private void readText(Text node) {
            String literal = node.getLiteral();
            int j = 0;
            boolean placed = true;
            for (SourceSpan span : node.getSourceSpans()) {
                int i = span.getInputIndex();
                int end = i + span.getLength();
                while (placed && i < end && j < literal.length()) {
                    char c = literal.charAt(j);
                    char s = source.charAt(i);
                    if (s == '\\' && i + 1 < end && source.charAt(i + 1) == c && isPunct(c)) {
                        if (c == '"' || c == '\'') {
                            fixed.set(text.length()); // \" asks for a straight mark
                        }
                        add(c, new int[] {i, i + 2}, node, j++);
                        i += 2;
                    } else if (s == '&' && c != '&' || s == '&' && entityAt(i, end) > 0) {
                        int length = entityAt(i, end);
                        if (length == 0) {
                            placed = false;
                        } else {
                            add(c, new int[] {i, i + length}, node, j++);
                            i += length;
                        }
                    } else if (s == c) {
                        add(c, new int[] {i, i + 1}, node, j++);
                        i++;
                    } else {
                        placed = false;
                    }
                }
            }
            for (; j < literal.length(); j++) {
                fixed.set(text.length());
                add(literal.charAt(j), null, node, j);
            }
        }

        private int entityAt(int i, int end) {
            Matcher m = ENTITY.matcher(source).region(i, end);
            return m.lookingAt() ? m.end() - i : 0;
        }

        /**
         * The edit in the Markdown's terms: none when its characters are not together there, two
         * when a space it adds at an edge of emphasis or a link must go outside it.
         */
        private List<Edit> map(Edit e) {
            for (int k = e.start(); k < e.end(); k++) {
                if (spans.get(k) == null
                        || k > e.start() && spans.get(k - 1)[1] != spans.get(k)[0]) {
                    return List.of();
                }
            }
            int start = spans.get(e.start())[0];
            int end = spans.get(e.end() - 1)[1];
            String original = source.substring(start, end);
            String replacement = e.text();
            if (e.end() - e.start() > 1) {
                return List.of(new Edit(start, end, replacement));
            }
            char c = text.charAt(e.start());
            if (original.startsWith("&") && Words.isSpace(c)) {
                // A reference reads as punctuation next to emphasis; the space it becomes must too.
                return List.of(new Edit(start, end, reference(replacement)));
            }
            // A space the edit adds before or after the character (« texte », oui !).
            int lead = 0;
            while (lead < replacement.length() && Words.isSpace(replacement.charAt(lead))) {
                lead++;
            }
            int trail = replacement.length();
            while (trail > lead && Words.isSpace(replacement.charAt(trail - 1))) {
                trail--;
            }
            String before = replacement.substring(0, lead);
            String core = replacement.substring(lead, trail);
            String after = replacement.substring(trail);
            if (core.equals(String.valueOf(c))) {
                core = original; // the character stays as it was written: \! stays escaped
            }
            Node first = before.isEmpty() ? null : outermost(e.start(), true);
            Node last = after.isEmpty() ? null : outermost(e.start(), false);
            List<Edit> edits = new ArrayList<>(3);
            if (first != null) {
                int s = first.getSourceSpans().getFirst().getInputIndex();
                edits.add(new Edit(s, s + 1, before + source.charAt(s)));
                before = "";
            }
            edits.add(new Edit(start, end, before + core + (last == null ? after : "")));
            if (last != null) {
                SourceSpan span = last.getSourceSpans().getLast();
                int s = span.getInputIndex() + span.getLength() - 1;
                edits.add(new Edit(s, s + 1, source.charAt(s) + after));
            }
            return edits;
        }

        /**
         * The outermost emphasis or link that the character at k begins (or ends), or null: a space
         * added there goes outside it, where CommonMark still reads the delimiters.
         */
        private Node outermost(int k, boolean begins) {
            Text owner = owners.get(k);
            int offset = offsets.get(k);
            if (owner == null
                    || (begins ? offset != 0 : offset != owner.getLiteral().length() - 1)) {
                return null;
            }
            Node node = owner;
            Node found = null;
            while (node.getParent() != null
                    && isContainer(node.getParent())
                    && (begins ? node.getPrevious() == null : node.getNext() == null)) {
                node = node.getParent();
                found = node;
            }
            return found;
        }

        private static boolean isContainer(Node node) {
            return node instanceof Emphasis
                    || node instanceof StrongEmphasis
                    || node instanceof Link
                    || node instanceof org.commonmark.node.Image;
        }

        private static String reference(String s) {
            StringBuilder out = new StringBuilder();
            s.codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
            return out.toString();
        }

        private static boolean isPunct(char c) {
            return c < 0x80 && !Character.isLetterOrDigit(c) && c > 0x20 && c != 0x7f;
        }
    }
}

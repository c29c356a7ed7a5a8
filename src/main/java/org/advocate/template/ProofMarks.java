package org.advocate.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a proof marks what the user's data brought into a letter, besides the plain values {@link
 * DataModel} gives as {@link MarkedText}: custom paragraphs (Markdown of their own), the listed
 * signatories, and messages with a merged value in a placeholder ({@code "Re: {subject}"}).
 */
final class ProofMarks {
    private ProofMarks() {}

    /**
     * A custom paragraph as a template prints it. In a proof each of its plain paragraphs is marked
     * whole; blocks of other kinds (lists, headings, quotes, code) are left as written, since a
     * mark in front of their syntax would change what they are.
     */
    static MarkdownOutputFormat.Markup paragraph(String markdown, boolean proof) {
        if (!proof) {
            return MarkdownOutputFormat.INSTANCE.markup(markdown);
        }
        String[] blocks = markdown.split("\n[ \t]*\n", -1);
        List<String> out = new ArrayList<>(blocks.length);
        for (String block : blocks) {
            out.add(isPlainParagraph(block) ? MarkedText.OPEN + block + MarkedText.CLOSE : block);
        }
        return MarkdownOutputFormat.INSTANCE.markup(String.join("\n\n", out));
    }

    /** A block that can only be a paragraph, whatever precedes its first character. */
    private static boolean isPlainParagraph(String block) {
        if (block.isBlank() || block.startsWith(" ") || block.startsWith("\t")) {
            return false;
        }
        char first = block.charAt(0);
        if ("#>-+*=|`~<_:".indexOf(first) >= 0 || Character.isDigit(first)) {
            return false;
        }
        for (String line : block.split("\n")) {
            String t = line.strip();
            if (t.startsWith("```") || t.startsWith("~~~") || t.matches("[-=_*\\s]{3,}")) {
                return false;
            }
        }
        return true;
    }

    /** The signatory model with each signatory's fields marked, for a proof. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> signatories(Map<String, Object> model, DataModel models) {
        Map<String, Object> out = new LinkedHashMap<>(model);
        out.put("list", models.marked(model.get("list")));
        List<Object> groups = new ArrayList<>();
        for (Object g : (List<Object>) model.get("groups")) {
            Map<String, Object> group = new LinkedHashMap<>((Map<String, Object>) g);
            group.put("list", models.marked(group.get("list")));
            groups.add(java.util.Collections.unmodifiableMap(group));
        }
        out.put("groups", List.copyOf(groups));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** A value put in a message's placeholder, between the stand-ins for the proof's tags. */
    static String between(String plain) {
        return MarkedText.isFree(plain) ? MarkedText.START + plain + MarkedText.END : plain;
    }

    /**
     * A filled-in message holding marked values between stand-ins: its text as {@link MarkedText},
     * or the text itself when it holds none or they do not pair up.
     */
    static Object message(String filled) {
        if (MarkedText.isFree(filled)) {
            return filled;
        }
        MarkedText marked = MarkedText.held(filled);
        return marked != null
                ? marked
                : filled.replace(String.valueOf(MarkedText.START), "")
                        .replace(String.valueOf(MarkedText.END), "");
    }
}

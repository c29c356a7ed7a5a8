package org.advocate.model;

import java.util.List;

/**
 * One argument of the library: a titled, cited passage a letter can include.
 *
 * @param id identifier, the file name without {@code .md}
 * @param title short title
 * @param summary one sentence saying what it claims
 * @param tags topic tags
 * @param sources what it cites, at least one
 * @param body the FreeMarker/Markdown body, before rendering
 * @param origin where it was read from, for messages (a path or a library resource name)
 * @param bodyLine the 1-based line of the file on which the body starts
 * @param role what the argument does in a letter: one of {@link #ROLES}; a letter makes at most one
 *     {@code concession}, and templates place {@code commitment}s last
 */
public record Argument(
        String id,
        String title,
        String summary,
        List<String> tags,
        List<Source> sources,
        String body,
        String origin,
        int bodyLine,
        String role) {

    /**
     * The roles an argument can play, in the order a letter prints them: evidence and requests in
     * the letter's own order, then the one concession (granting a point to those who disagree and
     * answering it), then commitments (what the sender will do).
     */
    public static final List<String> ROLES =
            List.of("evidence", "request", "concession", "commitment");

    /** The role of an argument that declares none. */
    public static final String DEFAULT_ROLE = "evidence";

    public Argument {
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown role: " + role);
        }
    }

    /** An argument of the default role. */
    public Argument(
            String id,
            String title,
            String summary,
            List<String> tags,
            List<Source> sources,
            String body,
            String origin,
            int bodyLine) {
        this(id, title, summary, tags, sources, body, origin, bodyLine, DEFAULT_ROLE);
    }

    /** Whether the argument concedes a point to those who disagree. */
    public boolean concedes() {
        return role.equals("concession");
    }
}

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
 */
public record Argument(
        String id,
        String title,
        String summary,
        List<String> tags,
        List<Source> sources,
        String body,
        String origin,
        int bodyLine) {

    public Argument {
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
    }
}

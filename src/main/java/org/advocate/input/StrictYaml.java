package org.advocate.input;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.advocate.InputException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Parses YAML the safe way for user files: one document; no aliases, anchors or tags; no duplicate
 * keys; every scalar kept as the text written ({@code 02139}, {@code NO} and {@code 1.10} stay as
 * they are); bounded size and nesting.
 */
public final class StrictYaml {
    /** The largest YAML text accepted, in characters. */
    public static final int MAX_CHARS = 4 * 1024 * 1024;

    /** The deepest nesting of mappings and lists accepted. */
    public static final int MAX_DEPTH = 32;

    private StrictYaml() {}

    /**
     * Parses a YAML text.
     *
     * @param source the file name used in messages
     * @param text the YAML
     * @param firstLine the line number of the text's first line in its file (1 unless embedded)
     * @return the root node; an empty mapping for an empty document
     * @throws InputException listing what is wrong
     */
    public static YamlNode parse(String source, String text, int firstLine) {
        if (text.length() > MAX_CHARS) {
            throw InputException.of(
                    source, "", "file is larger than " + MAX_CHARS / (1024 * 1024) + " MiB");
        }
        LoadSettings settings =
                LoadSettings.builder()
                        .setLabel(source)
                        .setCodePointLimit(MAX_CHARS)
                        .setMaxAliasesForCollections(1)
                        .setUseMarks(true)
                        .build();
        Composer composer = new Composer(source, firstLine);
        try {
            for (Event event : new Parse(settings).parseString(text)) {
                composer.accept(event);
            }
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark();
            Origin origin =
                    mark.map(m -> composer.origin(m)).orElse(new Origin(source, firstLine, 1));
            throw InputException.of(
                    origin.toString(),
                    "",
                    "malformed YAML: " + YamlMessages.describe(e.getProblem(), e.getContext()));
        } catch (YamlEngineException e) {
            throw InputException.of(
                    source, "", "malformed YAML: " + YamlMessages.describe(e.getMessage(), null));
        }
        return composer.result(new Origin(source, firstLine, 1));
    }

    /** Builds the node tree from parser events, enforcing the rules above. */
    private static final class Composer {
        private final String source;
        private final int firstLine;
        private final Deque<Builder> stack = new ArrayDeque<>();
        private YamlNode root;
        private int documents;

        Composer(String source, int firstLine) {
            this.source = source;
            this.firstLine = firstLine;
        }

        Origin origin(Mark mark) {
            return new Origin(source, mark.getLine() + firstLine, mark.getColumn() + 1);
        }

        private Origin origin(Event event) {
            return event.getStartMark().map(this::origin).orElse(new Origin(source, firstLine, 1));
        }

        YamlNode result(Origin whole) {
            return root != null ? root : new YamlNode.Mapping(List.of(), whole);
        }

        void accept(Event event) {
            Origin at = origin(event);
            if (event instanceof DocumentStartEvent && ++documents > 1) {
                fail(at, "only one YAML document is allowed per file");
            }
            if (event instanceof AliasEvent) {
                fail(at, "YAML aliases (*name) are not allowed");
            }
            if (event instanceof NodeEvent node && node.getAnchor().isPresent()) {
                fail(at, "YAML anchors (&name) are not allowed");
            }
            switch (event) {
                case ScalarEvent scalar -> {
                    if (scalar.getTag().isPresent() && !scalar.getTag().get().equals("!")) {
                        fail(at, "YAML tags (" + scalar.getTag().get() + ") are not allowed");
                    }
                    boolean empty =
                            scalar.getScalarStyle() == ScalarStyle.PLAIN
                                    && scalar.getValue().isEmpty();
                    add(new YamlNode.Text(TextRules.normalize(scalar.getValue()), empty, at));
                }
                case MappingStartEvent start -> {
                    rejectTag(start.getTag(), at);
                    open(new Builder(at, true));
                }
                case SequenceStartEvent start -> {
                    rejectTag(start.getTag(), at);
                    open(new Builder(at, false));
                }
                default -> {
                    switch (event.getEventId()) {
                        case MappingEnd, SequenceEnd -> add(stack.pop().build());
                        default -> {}
                    }
                }
            }
        }

        private void rejectTag(Optional<String> tag, Origin at) {
            if (tag.isPresent()) {
                fail(at, "YAML tags (" + tag.get() + ") are not allowed");
            }
        }

        private void open(Builder builder) {
            if (stack.size() >= MAX_DEPTH) {
                fail(builder.origin, "nesting is deeper than " + MAX_DEPTH + " levels");
            }
            stack.push(builder);
        }

        private void add(YamlNode node) {
            if (stack.isEmpty()) {
                root = node;
            } else {
                stack.peek().add(node);
            }
        }

        private static void fail(Origin at, String message) {
            throw InputException.of(at.toString(), "", message);
        }
    }

    /** Collects the children of one mapping or list. */
    private static final class Builder {
        final Origin origin;
        final boolean mapping;
        final List<YamlNode> items = new ArrayList<>();
        final List<YamlNode.Entry> entries = new ArrayList<>();
        final Map<String, Origin> seen = new HashMap<>();
        YamlNode.Text pendingKey;

        Builder(Origin origin, boolean mapping) {
            this.origin = origin;
            this.mapping = mapping;
        }

        void add(YamlNode node) {
            if (!mapping) {
                items.add(node);
            } else if (pendingKey == null) {
                if (!(node instanceof YamlNode.Text key)) {
                    throw InputException.of(
                            node.origin().toString(), "", "mapping keys must be plain text");
                }
                Origin first = seen.putIfAbsent(key.value(), key.origin());
                if (first != null) {
                    throw InputException.of(
                            key.origin().toString(),
                            key.value(),
                            "duplicate key (first set at line " + first.line() + ")");
                }
                pendingKey = key;
            } else {
                entries.add(new YamlNode.Entry(pendingKey.value(), pendingKey.origin(), node));
                pendingKey = null;
            }
        }

        YamlNode build() {
            return mapping
                    ? new YamlNode.Mapping(entries, origin)
                    : new YamlNode.Sequence(items, origin);
        }
    }
}

package org.advocate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The records copy their collections: a caller's later change never reaches a letter. */
class RecordsTest {
    private static final Person ANA = new Person("Ana", "Director");

    private static Organization org(List<String> address) {
        return new Organization(
                "Org",
                "O",
                null,
                null,
                "x",
                address,
                null,
                null,
                null,
                ANA,
                "Sincerely",
                null,
                null,
                List.of(),
                null);
    }

    private static Recipient recipient(List<String> address) {
        return new Recipient("N", null, null, null, address, "Dear N,", "N", "N");
    }

    @Test
    void organizationAndRecipientCopyTheirAddress() {
        List<String> lines = new ArrayList<>(List.of("1 Main St"));
        Organization o = org(lines);
        Recipient r = recipient(lines);
        lines.add("late");
        assertThat(o.address()).containsExactly("1 Main St");
        assertThat(r.address()).containsExactly("1 Main St");
        assertThatThrownBy(() -> o.address().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.address().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void argumentCopiesTagsAndSources() {
        List<String> tags = new ArrayList<>(List.of("health"));
        List<Source> sources = new ArrayList<>(List.of(Source.of("WHO", "Report", "2020", null)));
        Argument a = new Argument("id", "T", "S", tags, sources, "body", "lib:id.md", 7);
        tags.clear();
        sources.clear();
        assertThat(a.tags()).containsExactly("health");
        assertThat(a.sources()).hasSize(1);
        assertThatThrownBy(() -> a.tags().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void letterCopiesArgumentsParagraphsAndSignatoriesKeepingOrder() {
        List<String> arguments = new ArrayList<>(List.of("b", "a"));
        Map<String, String> paragraphs = new LinkedHashMap<>();
        paragraphs.put("opening", "Hi");
        paragraphs.put("ask", "Please");
        List<Signatory> signatories =
                new ArrayList<>(List.of(new Signatory("S", null, null, null, null, false)));
        Letter letter =
                new Letter(
                        "support",
                        org(List.of()),
                        LocalDate.of(2025, 1, 2),
                        Locale.UK,
                        recipient(List.of()),
                        null,
                        null,
                        arguments,
                        paragraphs,
                        signatories,
                        Path.of("."));
        arguments.add("c");
        paragraphs.put("late", "x");
        signatories.clear();
        assertThat(letter.arguments()).containsExactly("b", "a");
        assertThat(letter.paragraphs().keySet()).containsExactly("opening", "ask");
        assertThat(letter.signatories()).hasSize(1);
        assertThatThrownBy(() -> letter.paragraphs().put("x", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> letter.arguments().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void documentMetadataCopiesKeywordsAndValues() {
        List<String> keywords = new ArrayList<>(List.of("k"));
        List<MergedValue> values = new ArrayList<>(List.of(new MergedValue("f:1:2", "x", "v")));
        DocumentMetadata m =
                new DocumentMetadata(
                        "t",
                        "a",
                        "s",
                        keywords,
                        Locale.UK,
                        LocalDate.EPOCH,
                        null,
                        null,
                        null,
                        values,
                        new Messages("en", Map.of()));
        keywords.add("late");
        values.clear();
        assertThat(m.keywords()).containsExactly("k");
        assertThat(m.values()).containsExactly(new MergedValue("f:1:2", "x", "v"));
        assertThat(new RenderedLetter("md", m).metadata()).isSameAs(m);
    }

    @Test
    void letterCopiesOrigins() {
        Map<String, String> origins = new HashMap<>(Map.of("subject", "l.yaml:3:10"));
        Letter letter =
                new Letter(
                        "support",
                        null,
                        LocalDate.EPOCH,
                        Locale.UK,
                        null,
                        null,
                        null,
                        List.of(),
                        Map.of(),
                        List.of(),
                        Path.of("."),
                        origins);
        origins.clear();
        assertThat(letter.origins()).containsEntry("subject", "l.yaml:3:10");
        assertThat(
                        new Letter(
                                        "support",
                                        null,
                                        LocalDate.EPOCH,
                                        Locale.UK,
                                        null,
                                        null,
                                        null,
                                        List.of(),
                                        Map.of(),
                                        List.of(),
                                        Path.of("."))
                                .origins())
                .isEmpty();
    }

    @Test
    void sourcesAreEqualWhenEveryFieldIs() {
        assertThat(Source.of("P", "T", "2020", "https://x"))
                .isEqualTo(Source.of("P", "T", "2020", "https://x"))
                .isNotEqualTo(Source.of("P", "T", "2021", "https://x"));
    }
}

package org.advocate.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advocate.model.Argument;
import org.advocate.model.Source;
import org.junit.jupiter.api.Test;

/**
 * A built-in source entry states only what its document shows: every author, title, date and URL
 * appears in the document's text, and an undated document's notBefore names the event that sets it.
 */
class SourceEntriesTest {
    /**
     * What each source document shows of itself, in its own words: its author or publisher (where
     * it names one), title, date and web address. Checked against the documents themselves when
     * they are available (system property or environment variable ADVOCATE_SEEDS, a folder).
     */
    private static final Map<String, List<String>> SHOWN =
            Map.of(
                    "000_64e497c239505f2a.txt", List.of(),
                    "001_aa46fd5472d16da7.txt", List.of("Sex Workers Project"),
                    "002_50359afd386cc68c.txt", List.of("Sex Work and Sex Trafficking"),
                    "003_c226c716f9956ce5.txt",
                            List.of(
                                    "Global Network of Sex Work Projects",
                                    "NSWP",
                                    "The Impact of Anti-trafficking Legislation and Initiatives"
                                            + " on Sex Workers",
                                    "http://www.nswp.org"),
                    "004_1c13e5b4f37ac37e.txt",
                            List.of(
                                    "The Problems Clarifying Prostitution v. Sex Trafficking",
                                    "September 2, 2020"));

    @Test
    void everyFieldOfEveryBuiltInSourceIsShownByItsDocument() {
        for (Argument argument : Library.builtIn().arguments()) {
            for (Source source : argument.sources()) {
                List<String> shown = SHOWN.get(source.seed());
                String what = argument.id() + " cites " + source.seed();
                assertThat(shown).as(what).isNotNull();
                for (String field : fields(source)) {
                    assertThat(shown.stream().anyMatch(s -> matches(field, s)))
                            .as(what + ": '" + field + "' is not shown by the document")
                            .isTrue();
                }
                assertThat(source.kind()).as(what).isNotNull();
                assertThat(source.title() != null || source.description() != null).isTrue();
                if (source.notBefore() != null) {
                    assertThat(source.date()).as(what).isNull();
                    assertThat(source.after())
                            .as(what + ": notBefore names its event")
                            .isNotBlank();
                }
            }
        }
    }

    @Test
    void whatTheTestRecordsIsInTheDocumentsThemselves() throws IOException {
        String folder = System.getProperty("ADVOCATE_SEEDS", System.getenv("ADVOCATE_SEEDS"));
        assumeTrue(folder != null && Files.isDirectory(Path.of(folder)), "no ADVOCATE_SEEDS");
        for (var e : SHOWN.entrySet()) {
            String text = squash(Files.readString(Path.of(folder, e.getKey())));
            for (String shown : e.getValue()) {
                assertThat(text).as(e.getKey()).contains(squash(shown));
            }
        }
    }

    @Test
    void fieldMatchingAcceptsTheDocumentsOwnDateForm() {
        assertThat(matches("2020-09-02", "September 2, 2020")).isTrue();
        assertThat(matches("2020-09-03", "September 2, 2020")).isFalse();
        assertThat(matches("Global Network of Sex Work Projects (NSWP)", "NSWP")).isFalse();
    }

    /** The fields a document has to show: author, title, date and URL. */
    private static List<String> fields(Source source) {
        List<String> out = new ArrayList<>();
        if (source.author() != null) {
            // "Name (SHORT)": both the name and the short name must be shown.
            String author = source.author();
            int open = author.lastIndexOf(" (");
            if (open > 0 && author.endsWith(")")) {
                out.add(author.substring(0, open));
                out.add(author.substring(open + 2, author.length() - 1));
            } else {
                out.add(author);
            }
        }
        for (String f : new String[] {source.title(), source.date(), source.url()}) {
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** A field matches what the document shows, a date in any of the forms documents use. */
    private static boolean matches(String field, String shown) {
        if (field.equals(shown)) {
            return true;
        }
        for (String form : new String[] {"MMMM d, yyyy", "d MMMM yyyy", "MMMM yyyy", "yyyy"}) {
            try {
                DateTimeFormatter f = DateTimeFormatter.ofPattern(form, Locale.ENGLISH);
                String written =
                        switch (field.length()) {
                            case 10 -> f.format(LocalDate.parse(field));
                            case 7 -> f.format(YearMonth.parse(field));
                            default -> null;
                        };
                if (shown.equals(written)) {
                    return true;
                }
            } catch (RuntimeException ignored) {
                // not a date in this form
            }
        }
        return false;
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ");
    }
}

package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code check} promises what {@code compose} delivers: it takes compose's inputs, and when it
 * passes for a format, compose succeeds in that format. Checked over every single-letter example
 * and a corpus of valid and invalid variations of them.
 */
class CheckPromiseTest {
    @TempDir Path dir;

    /** The examples that are one letter (the legislators example needs a row per letter). */
    private static final List<String> EXAMPLES =
            List.of(
                    "examples/amnesty-support/letter.yaml",
                    "examples/amnesty-support-fr/letter.yaml",
                    "examples/amnesty-support-es/letter.yaml",
                    "examples/coalition-sign-on/letter.yaml",
                    "examples/oppose-bill/letter.yaml",
                    "examples/recommendations/letter.yaml");

    /** Changes a user might make on the command line; some valid, some not. */
    private static final List<List<String>> VARIATIONS =
            List.of(
                    List.of(),
                    List.of("-a", "buyers", "-a", "third-parties"),
                    List.of("-t", "oppose"),
                    List.of("-t", "recommendations", "--paper", "a4"),
                    List.of("--set", "recipient.name=Jane Doe"),
                    List.of("--set", "recipient.name=Zo\u00eb \u6771\u4eac"),
                    List.of("--set", "org.signatory.name=Ana \uD80C\uDC00"),
                    List.of("--set", "subject=Re: \u0627\u0644\u0639\u0645\u0644"),
                    List.of("-a", "no-such-argument"),
                    List.of("-t", "no-such-template"),
                    List.of("--set", "date=2015-13-45"),
                    List.of("--set", "recipient.name="),
                    List.of("--org", "examples/legislators/organization.yaml"),
                    List.of("--locale", "fr-FR"),
                    List.of("--paper", "tabloid"));

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (String example : EXAMPLES) {
            for (List<String> variation : VARIATIONS) {
                all.add(Arguments.of(example, variation));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void aPassingCheckMeansComposeSucceedsInEveryFormatChecked(
            String example, List<String> variation) {
        for (String format : List.of("md", "pdf")) {
            Cli.Result check = run("check", example, "--for", format, variation);
            assertThat(check.code())
                    .as("check --for %s exits 0 or 6, never a usage error: %s", format, check.err())
                    .isIn(0, 2, 6);
            Path out = dir.resolve("letter-" + Math.abs((example + variation).hashCode()));
            Cli.Result compose =
                    run("compose", example, "-f", format, variation, "-o", out + "." + format);
            if (check.code() == 0) {
                assertThat(compose.code())
                        .as("check passed for %s, so compose must: %s", format, compose.err())
                        .isZero();
            }
            if (compose.code() == 2) {
                // A usage error (an unknown --paper) is the same error in both.
                assertThat(check.code()).isEqualTo(2);
            } else if (compose.code() != 0) {
                assertThat(check.code())
                        .as("compose failed (%s), so check must find it", compose.err())
                        .isEqualTo(6);
            }
        }
    }

    @Test
    void checkTakesEveryInputOptionOfCompose() throws IOException {
        Path signers = dir.resolve("signers.csv");
        Files.writeString(signers, "organization,country\nRed Ejemplo,Peru\n");
        Cli.Result result =
                Cli.exec(
                        "check",
                        "examples/amnesty-support/letter.yaml",
                        "-a",
                        "buyers",
                        "-t",
                        "oppose",
                        "--org",
                        "examples/amnesty-support/organization.yaml",
                        "--set",
                        "recipient.name=Jane Doe",
                        "--signatories",
                        signers.toString(),
                        "--paper",
                        "a4",
                        "--for",
                        "md,pdf");
        assertThat(result.err()).doesNotContain("Unknown option");
        assertThat(result.code()).isIn(0, 6);
    }

    @Test
    void aNameNoFontCanPrintFailsTheCheckForPdfButNotForMarkdown() {
        String[] set = {"--set", "org.signatory.name=Zo\u00eb \u6771\u4eac"};
        Cli.Result pdf = run("check", "examples/amnesty-support/letter.yaml", set);
        assertThat(pdf.code()).isEqualTo(6);
        assertThat(pdf.out())
                .contains("--set org.signatory.name")
                .contains("U+6771")
                .contains("error");
        Cli.Result md =
                run("check", "examples/amnesty-support/letter.yaml", "--for", "md", set[0], set[1]);
        assertThat(md.code()).as(md.out()).isZero();
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli.Result result =
                Cli.exec("check", "examples/amnesty-support/letter.yaml", "--for", "odt");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err())
                .contains("--for: unknown format 'odt'; known: md, pdf, html, docx");
    }

    private static Cli.Result run(String command, String example, String... rest) {
        return run(command, example, List.of(rest));
    }

    private static Cli.Result run(
            String command, String example, String a, String b, List<String> rest) {
        List<String> args = new ArrayList<>(List.of(a, b));
        args.addAll(rest);
        return run(command, example, args);
    }

    private static Cli.Result run(
            String command,
            String example,
            String a,
            String b,
            List<String> rest,
            String c,
            String d) {
        List<String> args = new ArrayList<>(List.of(a, b));
        args.addAll(rest);
        args.add(c);
        args.add(d);
        return run(command, example, args);
    }

    private static Cli.Result run(String command, String example, List<String> rest) {
        List<String> args = new ArrayList<>(List.of(command, example));
        args.addAll(rest);
        return Cli.exec(args.toArray(String[]::new));
    }
}

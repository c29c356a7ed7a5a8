package org.advocate.check;

import java.util.ArrayList;
import java.util.List;
import org.advocate.InputException;
import org.advocate.Problem;
import org.advocate.TemplateFailure;
import org.advocate.compose.Composer;
import org.advocate.compose.Concessions;
import org.advocate.load.LetterInput;
import org.advocate.load.LetterLoader;
import org.advocate.model.Letter;
import org.advocate.model.RenderedLetter;
import org.advocate.output.LetterWriter;
import org.advocate.output.OutputOptions;

/**
 * Checks a letter without writing anything: every problem {@code compose} would stop at (all
 * validation errors, unknown argument ids, template errors, undefined variables), then a lint of
 * the rendered text (terminology, leftover placeholders, length, arguments whose sources the letter
 * does not print). Lint findings point back at the file the words were written in. Each check is a
 * class of its own; this one runs them in order.
 */
public final class LetterCheck {
    private final Composer composer;
    private final StyleRules style;
    private final List<Problem> warned;

    /**
     * @param composer reads and renders letters as compose does
     * @param style the text rules and limits
     * @param warned the list the composer's warnings sink adds to: what compose would warn about
     *     (duplicate signatories, ...) is a warning here
     */
    public LetterCheck(Composer composer, StyleRules style, List<Problem> warned) {
        this.composer = composer;
        this.style = style;
        this.warned = warned;
    }

    /**
     * Checks one letter.
     *
     * @param input the letter file's text
     * @param options what the command line changes, as compose takes it
     * @param formats the formats to write the letter in
     */
    public List<Finding> check(LetterInput input, LetterLoader.Options options, Formats formats) {
        Letter letter;
        List<Problem> errors = List.of();
        try {
            letter = composer.bind(input, options);
        } catch (InputException e) {
            // A second concession is reported below by its own rule, not twice.
            errors = e.problems().stream().filter(p -> !Concessions.isSecond(p)).toList();
            letter = composer.bindIgnoringUnknownArguments(input, options).orElse(null);
        }
        List<Finding> findings = new ArrayList<>();
        warned.forEach(w -> findings.add(Finding.of(w, Severity.WARNING)));
        errors.forEach(p -> findings.add(Finding.of(p)));
        if (letter == null) {
            return FindingOrder.display(findings);
        }
        RenderedLetter rendered;
        try {
            rendered = composer.render(letter);
        } catch (TemplateFailure e) {
            findings.add(
                    Finding.fromMessage(
                            e.getMessage(), input.origin(), Severity.ERROR, "template"));
            return FindingOrder.display(findings);
        } catch (InputException e) {
            // A malformed file of the library's (its messages) stops the letter as it would
            // compose.
            e.problems().forEach(p -> findings.add(Finding.of(p)));
            return FindingOrder.display(findings);
        }
        // Fixed words the letter's language lacks print in English: worth a word, not an error.
        composer.library()
                .missingMessages(letter.locale())
                .forEach(
                        p ->
                                findings.add(
                                        Finding.at(
                                                p.origin(),
                                                Severity.WARNING,
                                                "messages",
                                                p.field().isEmpty()
                                                        ? p.message()
                                                        : p.field() + ": " + p.message())));
        byte[] pdf = null;
        StyleRules length = style;
        for (LetterWriter writer : formats.writers()) {
            byte[] bytes =
                    WriterCheck.write(
                            composer, writer, formats.options(), input, rendered, findings);
            if (writer.name().equals("pdf")) {
                pdf = bytes;
                if (bytes == null) {
                    // Refused, and the findings say why: typesetting it again for its pages
                    // would only repeat that.
                    length = style.withoutPageLimit();
                }
            }
        }
        lint(input, letter, rendered, pdf, formats.options(), length, findings);
        return FindingOrder.display(findings);
    }

    /**
     * Lints a letter already rendered, such as one row of a batch.
     *
     * @param input the letter file's text
     * @param letter the letter as bound
     * @param rendered the rendered letter
     */
    public List<Finding> lint(LetterInput input, Letter letter, RenderedLetter rendered) {
        List<Finding> findings = new ArrayList<>();
        lint(input, letter, rendered, null, OutputOptions.DEFAULT, style, findings);
        return FindingOrder.display(findings);
    }

    private void lint(
            LetterInput input,
            Letter letter,
            RenderedLetter rendered,
            byte[] pdf,
            OutputOptions options,
            StyleRules length,
            List<Finding> findings) {
        TermsCheck.check(composer.library(), style, input, letter, rendered, findings);
        LengthCheck.check(composer, length, input, rendered, pdf, options, findings);
        CitationCheck.check(composer.library(), input, letter, rendered, findings);
        AnachronismCheck.check(composer.library(), input, letter, findings);
        SelfCitationCheck.check(input, letter, findings);
        ShortNameCheck.check(input, letter, rendered, findings);
        SpellingCheck.check(composer.library(), input, letter, rendered, findings);
        ConcessionCheck.check(composer.library(), input, letter, findings);
        RecipientNamedCheck.check(composer.library(), input, letter, findings);
        ParagraphsCheck.check(input, letter, rendered, findings);
    }

    /** Counts the words of the letter's body: from the salutation to the sources. */
    static int words(String markdown) {
        return LengthCheck.words(markdown);
    }
}

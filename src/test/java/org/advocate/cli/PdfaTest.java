package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** {@code --pdfa} output passes veraPDF's PDF/A-2b validation; plain output does not claim it. */
class PdfaTest {
    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void pdfaOutputIsValidPdfA2b() throws Exception {
        Cli.Result result = Cli.exec("compose", ComposeCommandTest.EXAMPLE, "-f", "pdf", "--pdfa");
        assertThat(result.code()).isZero();
        ValidationResult validation = validate(result.outBytes());
        assertThat(validation.isCompliant()).as(failures(validation)).isTrue();
    }

    @Test
    void namesInManyScriptsStayValidPdfA() throws Exception {
        Cli.Result result =
                Cli.exec(
                        "compose",
                        ComposeCommandTest.EXAMPLE,
                        "-f",
                        "pdf",
                        "--pdfa",
                        "--set",
                        "recipient.name=Zoë Łukasiewicz, Nguyễn Thị, Ørsted, Ἀθῆναι, Иванова");
        ValidationResult validation = validate(result.outBytes());
        assertThat(validation.isCompliant()).as(failures(validation)).isTrue();
    }

    @Test
    void theValidatorRejectsPlainOutput() throws Exception {
        // Without --pdfa there is no PDF/A identification: the check above is not vacuous.
        Cli.Result result = Cli.exec("compose", ComposeCommandTest.EXAMPLE, "-f", "pdf");
        assertThat(validate(result.outBytes()).isCompliant()).isFalse();
    }

    private static ValidationResult validate(byte[] pdf) throws Exception {
        PDFAFlavour flavour = PDFAFlavour.PDFA_2_B;
        try (PDFAParser parser =
                        Foundries.defaultInstance()
                                .createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator =
                        Foundries.defaultInstance().createValidator(flavour, false)) {
            return validator.validate(parser);
        }
    }

    private static String failures(ValidationResult result) {
        return result.getTestAssertions().stream()
                .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                .map(a -> a.getRuleId() + " " + a.getMessage())
                .distinct()
                .collect(Collectors.joining("\n"));
    }
}

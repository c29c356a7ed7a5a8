package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Equal inputs give equal PDF bytes within a process. The checks across processes start a JVM each
 * and run with the integration tests ({@link PdfReproducibilityIT}).
 */
class PdfReproducibilityTest {
    private static final String EXAMPLE = ComposeCommandTest.EXAMPLE;

    @Test
    void pdfaOutputIsAlsoReproducible() {
        assertThat(Cli.exec("compose", EXAMPLE, "-f", "pdf", "--pdfa").outBytes())
                .isEqualTo(Cli.exec("compose", EXAMPLE, "-f", "pdf", "--pdfa").outBytes());
    }
}

package org.advocate.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.advocate.library.Library;
import org.advocate.model.DocumentMetadata;
import org.advocate.model.PageStyle;
import org.junit.jupiter.api.Test;

/** The order the PDF writer tries the user's fonts in: --font files, then the organization's. */
class FontOrderTest {
    private static DocumentMetadata withFonts(List<Path> fonts) {
        return new DocumentMetadata(
                "Title",
                "Test Collective",
                "Title",
                List.of(),
                Locale.US,
                LocalDate.of(2020, 1, 2),
                "R. Reader",
                null,
                null,
                List.of(),
                Library.builtIn().messages(Locale.US),
                PageStyle.NONE,
                List.of(),
                null,
                false,
                fonts);
    }

    @Test
    void commandLineFontsComeFirstThenTheOrganizationsOnceEach() {
        Path cli = Path.of("/fonts/Cli.ttf");
        Path org = Path.of("/fonts/Org.ttf");
        Path both = Path.of("/fonts/Both.otf");
        OutputOptions options = new OutputOptions(null, false, null, List.of(cli, both));
        assertThat(FontOrder.of(options, withFonts(List.of(org, both))))
                .containsExactly(cli, both, org);
    }

    @Test
    void aFileNamedBothWaysIsTriedOnceWhateverItsSpelling() {
        Path relative = Path.of("fonts/../Both.ttf");
        OutputOptions options = new OutputOptions(null, false, null, List.of(relative));
        assertThat(FontOrder.of(options, withFonts(List.of(Path.of("Both.ttf").toAbsolutePath()))))
                .containsExactly(relative);
    }

    @Test
    void withoutEitherThereAreNone() {
        assertThat(FontOrder.of(OutputOptions.DEFAULT, withFonts(List.of()))).isEmpty();
    }
}

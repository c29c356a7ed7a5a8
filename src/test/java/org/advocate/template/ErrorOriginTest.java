package org.advocate.template;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advocate.TemplateFailure;
import org.junit.jupiter.api.Test;

/** A template error in a built-in argument names its file once, as the library does. */
class ErrorOriginTest {
    @Test
    void aBuiltInArgumentsErrorNamesItsPathOnce() {
        try (TemplateEngine engine = new TemplateEngine(List.of(), RenderLimits.DEFAULT)) {
            assertThatThrownBy(
                            () ->
                                    engine.renderSource(
                                            "letter-templates/arguments/example.md",
                                            "In ${org.experienceYears} years.",
                                            8,
                                            Map.of("org", Map.of()),
                                            Locale.US))
                    .isInstanceOf(TemplateFailure.class)
                    .hasMessageContaining("letter-templates/arguments/example.md")
                    .hasMessageNotContaining("letter-templates/letter-templates");
        }
    }
}

package org.advocate.template;

import java.util.List;
import java.util.Locale;
import org.advocate.library.Library;
import org.advocate.model.Argument;
import org.advocate.model.Letter;

/** Renders an argument's body as it would print in a letter from {@link SampleLetter}. */
public final class ArgumentPreview {
    private final Library library;

    public ArgumentPreview(Library library) {
        this.library = library;
    }

    /** Returns the argument's body rendered for the example organization, as Markdown. */
    public String render(Argument argument) {
        Letter letter = SampleLetter.letter("support", List.of(argument.id()), Locale.US);
        try (TemplateEngine engine =
                new TemplateEngine(
                        LetterRenderer.templateFolders(letter, library), RenderLimits.DEFAULT)) {
            return engine.renderSource(
                            argument.origin(),
                            argument.body(),
                            argument.bodyLine(),
                            new DataModel().base(letter, java.util.Map.of()),
                            letter.locale())
                    .strip();
        }
    }
}

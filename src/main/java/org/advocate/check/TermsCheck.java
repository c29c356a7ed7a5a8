package org.advocate.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.advocate.library.Library;
import org.advocate.load.LetterInput;
import org.advocate.model.Letter;
import org.advocate.model.RenderedLetter;

/**
 * Applies the style's text rules (terminology, leftover placeholders) to the rendered letter and
 * points each hit back at the file its words were written in.
 */
final class TermsCheck {
    private TermsCheck() {}

    static void check(
            Library library,
            StyleRules style,
            LetterInput input,
            Letter letter,
            RenderedLetter rendered,
            List<Finding> findings) {
        SourceMap map = new SourceMap(LetterSourceFiles.of(input, letter, library));
        // The language's own rules first: where both match the same words, its message wins.
        List<TextRule> rules = new ArrayList<>(StyleRules.forLanguage(library, letter.locale()));
        rules.addAll(style.rules());
        for (Linter.Hit hit : new Linter(rules).lint(rendered.markdown())) {
            String message = hit.rule().describe(hit.text());
            Optional<SourceMap.Position> where = map.locate(hit);
            findings.add(
                    where.map(
                                    p ->
                                            new Finding(
                                                    p.file(),
                                                    p.line(),
                                                    p.column(),
                                                    hit.rule().severity(),
                                                    hit.rule().id(),
                                                    message))
                            .orElseGet(
                                    () ->
                                            new Finding(
                                                    input.origin(),
                                                    0,
                                                    0,
                                                    hit.rule().severity(),
                                                    hit.rule().id(),
                                                    message
                                                            + " (line "
                                                            + hit.line()
                                                            + " of the rendered letter)")));
        }
    }
}

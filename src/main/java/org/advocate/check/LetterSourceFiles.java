package org.advocate.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.advocate.input.InputFiles;
import org.advocate.library.Library;
import org.advocate.load.LetterInput;
import org.advocate.model.Argument;
import org.advocate.model.Letter;

/** Lists the files a letter's words may come from, most likely first, for a {@link SourceMap}. */
final class LetterSourceFiles {
    private LetterSourceFiles() {}

    static List<SourceMap.SourceFile> of(LetterInput input, Letter letter, Library library) {
        List<SourceMap.SourceFile> files = new ArrayList<>();
        files.add(new SourceMap.SourceFile(input.origin(), input.text()));
        input.topLevelText("organization")
                .map(t -> input.dir().resolve(t.value().trim()))
                .filter(Files::isRegularFile)
                .ifPresent(
                        p -> files.add(new SourceMap.SourceFile(p.toString(), InputFiles.read(p))));
        for (String id : letter.arguments()) {
            Argument a = library.argument(id, letter);
            // Pad so offsets in the body give the file's line numbers.
            files.add(
                    new SourceMap.SourceFile(
                            a.origin(), "\n".repeat(Math.max(0, a.bodyLine() - 1)) + a.body()));
        }
        if (letter.template().endsWith(".ftl")) {
            Path path = Path.of(letter.template());
            files.add(new SourceMap.SourceFile(path.toString(), InputFiles.read(path)));
        } else {
            for (String tag : Library.variantTags(letter.locale())) {
                library.text(letter.template() + "." + tag + Library.TEMPLATE_SUFFIX)
                        .ifPresent(t -> files.add(new SourceMap.SourceFile(t.origin(), t.text())));
            }
            library.text(Library.templateFile(letter.template()))
                    .ifPresent(t -> files.add(new SourceMap.SourceFile(t.origin(), t.text())));
        }
        library.text("lib/letter.ftl")
                .ifPresent(t -> files.add(new SourceMap.SourceFile(t.origin(), t.text())));
        return files;
    }
}

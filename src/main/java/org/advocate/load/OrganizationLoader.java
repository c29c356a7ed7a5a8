package org.advocate.load;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.advocate.Problem;
import org.advocate.input.MappingReader;
import org.advocate.input.Problems;
import org.advocate.input.UserFonts;
import org.advocate.input.YamlNode;
import org.advocate.model.Organization;
import org.advocate.model.PageStyle;
import org.advocate.model.Person;
import org.advocate.model.Signer;

/** Binds an organization mapping (from its own file or inline in a letter) to the model. */
final class OrganizationLoader {
    private static final int MAX_EXPERIENCE = 500;

    private OrganizationLoader() {}

    /**
     * @param mapping the organization's fields
     * @param prefix the field path prefix for messages ("" in its own file)
     * @param dir the folder its relative paths resolve against
     * @param campaign the campaign folder images must stay inside
     * @param date the letter's date, which the founding year cannot be after
     * @param locale the letter's locale, which picks {@code services} written per language
     * @param problems receives what is wrong
     * @param warnings receives a {@code services} with no text in the letter's language
     */
    static Organization read(
            YamlNode.Mapping mapping,
            String prefix,
            Path dir,
            Path campaign,
            LocalDate date,
            Locale locale,
            Problems problems,
            Consumer<Problem> warnings) {
        MappingReader r = new MappingReader(mapping, prefix, problems);
        String name = r.requiredText("name");
        String shortName = r.text("shortName");
        Integer founded = r.integer("founded", 1000, date.getYear());
        Integer experience = r.integer("experienceYears", 0, MAX_EXPERIENCE);
        String services = LocalizedText.read(r, "services", locale, problems, warnings);
        var address = r.texts("address");
        String email = r.text("email");
        String phone = r.text("phone");
        String website = r.text("website");
        Person signatory = null;
        YamlNode.Mapping sig = r.mapping("signatory");
        List<Signer> signers = LetterPartsReader.signers(r, dir, campaign, problems);
        if (sig != null) {
            MappingReader s = new MappingReader(sig, r.path("signatory"), problems);
            signatory = new Person(s.requiredText("name"), s.text("title"));
            s.rejectUnknown();
        } else if (mapping.get("signatory") == null && signers.isEmpty()) {
            r.problem(
                    "signatory",
                    "is required (name and title of the person who signs), unless signers are"
                            + " listed");
        }
        String country = r.text("country");
        String closing = r.text("closing");
        Path logo = image(r, "logo", dir, campaign);
        Path signature = image(r, "signature", dir, campaign);
        List<String> ids = r.texts("ids");
        String article = article(r, "article");
        PageStyle style = PageStyleReader.read(r, problems);
        List<Path> fonts = fonts(r, dir);
        r.rejectUnknown();
        if (founded != null && experience != null) {
            r.problem("experienceYears", "give either founded or experienceYears, not both");
        }
        return new Organization(
                name,
                shortName != null ? shortName : name,
                founded == null ? null : founded.toString(),
                experience,
                services,
                address,
                email,
                phone,
                website,
                signatory,
                closing != null ? closing : "Sincerely",
                logo,
                signature,
                ids,
                article,
                style,
                country,
                signers,
                fonts);
    }

    /**
     * Resolves the {@code fonts} list: font files relative to the organization file's folder, each
     * checked as {@code --font} files are (a readable local .ttf, .otf or .ttc file, never a URL),
     * so nothing else ever reaches the PDF library's font loading. A single path counts as a list.
     */
    static List<Path> fonts(MappingReader r, Path dir) {
        YamlNode node = r.node("fonts");
        List<Path> files = new ArrayList<>();
        if (node == null) {
            return files;
        }
        if (node instanceof YamlNode.Text text) {
            font(r, "fonts", text, dir, files);
        } else if (node instanceof YamlNode.Sequence list) {
            for (int i = 0; i < list.items().size(); i++) {
                YamlNode item = list.items().get(i);
                String key = "fonts[" + (i + 1) + "]";
                if (item instanceof YamlNode.Text text && !text.blank()) {
                    font(r, key, text, dir, files);
                } else {
                    r.problemAt(
                            item.origin(),
                            key,
                            "expected a font file name, found a " + item.kind());
                }
            }
        } else {
            r.problemAt(
                    node.origin(),
                    "fonts",
                    "expected a list of font files, found a " + node.kind());
        }
        return files;
    }

    private static void font(
            MappingReader r, String key, YamlNode.Text text, Path dir, List<Path> files) {
        String value = text.value().strip();
        if (UserFonts.isUrl(value)) {
            r.problemAt(text.origin(), key, value + ": " + UserFonts.NOT_A_URL);
            return;
        }
        Path file;
        try {
            file = dir.resolve(value).normalize();
        } catch (InvalidPathException e) {
            r.problemAt(text.origin(), key, value + ": not a file name");
            return;
        }
        String problem = UserFonts.problem(file.toString());
        if (problem == null) {
            files.add(file);
            return;
        }
        r.problemAt(text.origin(), key, file + ": " + problem);
    }

    /**
     * An article a name takes in running text ("the", "la", "l'"): one word, in lower case, as it
     * is written mid-sentence; templates capitalize it at the start of a sentence.
     */
    static String article(MappingReader r, String key) {
        String article = r.text(key);
        if (article != null && !article.matches("\\p{Ll}+'?")) {
            r.problem(key, "must be one lower-case word, such as 'the'");
            return null;
        }
        return article;
    }

    /** Resolves an image path, which must be a PNG or JPEG file inside the campaign folder. */
    static Path image(MappingReader r, String key, Path dir, Path campaign) {
        String value = r.text(key);
        if (value == null) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg"))) {
            r.problem(key, "must be a .png, .jpg or .jpeg file");
            return null;
        }
        Path file = dir.resolve(value).normalize();
        try {
            if (!Files.isRegularFile(file)) {
                r.problem(key, "file not found: " + file);
                return null;
            }
            Path real = file.toRealPath();
            if (!real.startsWith(campaign.toRealPath())) {
                r.problem(key, "must be inside the campaign folder " + campaign);
                return null;
            }
            return real;
        } catch (java.io.IOException e) {
            r.problem(key, "cannot read " + file + ": " + e.getMessage());
            return null;
        }
    }
}

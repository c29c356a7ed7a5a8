package org.advocate.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.advocate.InputException;
import org.advocate.Problem;
import org.advocate.input.InputFiles;
import org.advocate.input.Suggestions;
import org.advocate.load.Catalog;
import org.advocate.load.Languages;
import org.advocate.model.Argument;
import org.advocate.model.Letter;
import org.advocate.model.Messages;
import org.advocate.template.TemplateNames;

/**
 * The argument library and template catalog. Lookups go to the user's folder first (when there is
 * one), then to the built-in library packaged in the jar. Arguments are parsed on first use and
 * kept.
 */
public final class Library implements Catalog {
    /** The built-in library's folder on the class path. */
    public static final String BUILT_IN = TemplateNames.BUILT_IN;

    /** The file-name ending of letter templates. */
    public static final String TEMPLATE_SUFFIX = TemplateNames.SUFFIX;

    private final Path userFolder;

    /** Arguments by id and variant, with the variants a library lacks (a batch asks per row). */
    private final Map<String, Optional<Argument>> arguments = new ConcurrentHashMap<>();

    /** The library's file names by folder and suffix, listed once. */
    private final Map<String, Set<String>> listings = new ConcurrentHashMap<>();

    /** The fixed words of letters by locale, read once. */
    private final Map<java.util.Locale, MessageFiles.Loaded> messages = new ConcurrentHashMap<>();

    private Library(Path userFolder) {
        this.userFolder = userFolder;
    }

    /** The built-in library alone. */
    public static Library builtIn() {
        return new Library(null);
    }

    /** The built-in library extended and overridden by a user's folder. */
    public static Library withFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw InputException.of(folder.toString(), "", "library folder not found");
        }
        return new Library(folder.toAbsolutePath().normalize());
    }

    /** The user's folder, if any. */
    public Optional<Path> userFolder() {
        return Optional.ofNullable(userFolder);
    }

    /** Returns an argument by id, or fails with a "did you mean" answer. */
    public Argument argument(String id) {
        if (!ArgumentFile.ID.matcher(id).matches()) {
            throw unknownArgument(id);
        }
        return load(id, "").orElseThrow(() -> unknownArgument(id));
    }

    /**
     * Returns an argument in the letter's language ({@code arguments/<id>.fr-CA.md}, then {@code
     * <id>.fr.md}; the untagged file is English), else in the letter's {@code fallback} language.
     *
     * @throws InputException when it has neither, naming the languages it has
     */
    public Argument argument(String id, Letter letter) {
        Optional<Argument> own = argumentIn(id, letter.locale());
        if (own.isPresent()) {
            return own.get();
        }
        if (letter.fallback() != null) {
            Optional<Argument> fallback = argumentIn(id, letter.fallback());
            if (fallback.isPresent()) {
                return fallback.get();
            }
        }
        argument(id); // an unknown id fails with its own message
        throw InputException.of(
                "arguments",
                "",
                Languages.missing("argument", id, letter.locale(), argumentLanguages(id)));
    }

    /**
     * Returns an argument written in a locale's language: its variant for the locale ({@code
     * <id>.fr-CA.md}, {@code <id>.fr.md}), or for English its untagged file; empty when it has
     * none.
     */
    public Optional<Argument> argumentIn(String id, java.util.Locale locale) {
        if (!ArgumentFile.ID.matcher(id).matches()) {
            return Optional.empty();
        }
        for (String tag : variantTags(locale)) {
            Optional<Argument> variant = load(id, "." + tag);
            if (variant.isPresent()) {
                return variant;
            }
        }
        return Languages.ENGLISH.equals(locale.getLanguage()) ? load(id, "") : Optional.empty();
    }

    @Override
    public Set<String> argumentLanguages(String id) {
        return Languages.of(id, names("arguments", ".md"));
    }

    @Override
    public Set<String> templateLanguages(String name) {
        return Languages.of(name, names("", TEMPLATE_SUFFIX));
    }

    private Optional<Argument> load(String id, String variant) {
        String key = id + variant;
        Optional<Argument> cached = arguments.get(key);
        if (cached != null) {
            return cached;
        }
        Optional<Argument> argument =
                text("arguments/" + key + ".md")
                        .map(t -> ArgumentFile.parse(t.origin(), id, t.text()));
        arguments.putIfAbsent(key, argument);
        return argument;
    }

    /** Returns every argument of the library, sorted by id. */
    public List<Argument> arguments() {
        List<Argument> all = new ArrayList<>();
        for (String id : argumentIds()) {
            all.add(argument(id));
        }
        return all;
    }

    private InputException unknownArgument(String id) {
        return InputException.of(
                "arguments",
                "",
                "unknown argument '" + id + "'" + Suggestions.didYouMean(id, argumentIds()));
    }

    @Override
    public Set<String> argumentIds() {
        Set<String> ids = new TreeSet<>(names("arguments", ".md"));
        ids.removeIf(id -> id.contains(".")); // language variants: buyers.fr
        return Collections.unmodifiableSet(ids);
    }

    @Override
    public Set<String> templateNames() {
        Set<String> names = new TreeSet<>(names("", TEMPLATE_SUFFIX));
        names.removeIf(name -> name.contains(".")); // language variants: support.fr
        return Collections.unmodifiableSet(names);
    }

    /** Returns the language tags a template has variants for, e.g. [es, fr] for support. */
    public Set<String> templateVariants(String name) {
        Set<String> tags = new TreeSet<>(templateLanguages(name));
        tags.remove(Languages.ENGLISH);
        return Collections.unmodifiableSet(tags);
    }

    /** The variant tags tried for a locale, most specific first: fr-CA then fr. */
    public static List<String> variantTags(java.util.Locale locale) {
        return TemplateNames.variantTags(locale);
    }

    /**
     * Returns a template's source, from the user's folder or the built-in library, as {@code
     * origin} (a path, or the library resource name) and text; empty when there is none. {@code
     * file} is relative to the library root, e.g. {@code support.fr.md.ftl} or {@code
     * lib/letter.ftl}.
     */
    public Optional<LibraryText> text(String file) {
        if (userFolder != null) {
            Path path = userFolder.resolve(file).normalize();
            if (path.startsWith(userFolder) && Files.isRegularFile(path)) {
                return Optional.of(new LibraryText(path.toString(), InputFiles.read(path)));
            }
        }
        String resource = BUILT_IN + "/" + file;
        return BuiltInFiles.read(resource).map(text -> new LibraryText(resource, text));
    }

    /**
     * A file of the library.
     *
     * @param origin its path, or its resource name in the built-in library
     * @param text its content
     */
    public record LibraryText(String origin, String text) {}

    /**
     * Returns the fixed words letters print in a locale's language ({@code
     * i18n/messages.<tag>.yaml}), English where the language's files lack a message.
     *
     * @throws InputException when a messages file is malformed, naming its file and line
     */
    public Messages messages(java.util.Locale locale) {
        return messages.computeIfAbsent(locale, l -> MessageFiles.load(this, l)).messages();
    }

    /** What the locale's messages files lack (each then prints in English), for {@code check}. */
    public List<Problem> missingMessages(java.util.Locale locale) {
        return messages.computeIfAbsent(locale, l -> MessageFiles.load(this, l)).warnings();
    }

    /** Returns the file name of a template, e.g. "support.md.ftl" for "support". */
    public static String templateFile(String name) {
        return TemplateNames.file(name);
    }

    /** Lists the names of files with a suffix directly in a folder of both libraries. */
    private Set<String> names(String folder, String suffix) {
        // A library does not change during a run; listing a jar or folder per call would cost a
        // batch more than its letters.
        return listings.computeIfAbsent(folder + "|" + suffix, key -> list(folder, suffix));
    }

    private Set<String> list(String folder, String suffix) {
        Set<String> names = new TreeSet<>();
        for (String file : BuiltInFiles.list(folder)) {
            if (file.endsWith(suffix) && !file.equals("README.md")) {
                names.add(file.substring(0, file.length() - suffix.length()));
            }
        }
        if (userFolder != null && Files.isDirectory(userFolder.resolve(folder))) {
            try (Stream<Path> files = Files.list(userFolder.resolve(folder))) {
                files.map(p -> p.getFileName().toString())
                        .filter(f -> f.endsWith(suffix) && !f.equals("README.md"))
                        .forEach(f -> names.add(f.substring(0, f.length() - suffix.length())));
            } catch (IOException e) {
                throw InputException.of(
                        userFolder.toString(), "", "cannot list library folder: " + e.getMessage());
            }
        }
        return Collections.unmodifiableSet(names);
    }
}

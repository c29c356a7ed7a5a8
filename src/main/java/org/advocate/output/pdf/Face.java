package org.advocate.output.pdf;

/**
 * The typefaces a letter is set in: a serif for the text, a sans for furniture, a mono for code.
 */
public enum Face {
    SERIF("LiberationSerif-Regular"),
    SERIF_BOLD("LiberationSerif-Bold"),
    SERIF_ITALIC("LiberationSerif-Italic"),
    SERIF_BOLD_ITALIC("LiberationSerif-BoldItalic"),
    SANS("LiberationSans-Regular"),
    SANS_BOLD("LiberationSans-Bold"),
    SANS_ITALIC("LiberationSans-Italic"),
    SANS_BOLD_ITALIC("LiberationSans-BoldItalic"),
    MONO("LiberationMono-Regular"),
    MONO_BOLD("LiberationMono-Bold"),
    MONO_ITALIC("LiberationMono-Italic"),
    MONO_BOLD_ITALIC("LiberationMono-BoldItalic");

    /** A family of four faces. */
    public enum Family {
        SERIF,
        SANS,
        MONO
    }

    private final String fileName;

    Face(String fileName) {
        this.fileName = fileName;
    }

    /** The TrueType file's class-path resource, in openpdf-fonts-extra. */
    String resource() {
        return "liberation/" + fileName + ".ttf";
    }

    /** Returns the face of a family with the given weight and slant. */
    public static Face of(Family family, boolean bold, boolean italic) {
        int base =
                switch (family) {
                    case SERIF -> 0;
                    case SANS -> 4;
                    case MONO -> 8;
                };
        return values()[base + (bold ? 1 : 0) + (italic ? 2 : 0)];
    }
}

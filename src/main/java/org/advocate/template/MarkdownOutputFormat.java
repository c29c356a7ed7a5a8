package org.advocate.template;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker's output format for letter templates: CommonMark, with every interpolated value
 * escaped by {@link MarkdownEscaper}. Values that are already Markdown (argument bodies, custom
 * paragraphs) enter the data model as {@link Markup} and print unchanged.
 */
public final class MarkdownOutputFormat
        extends CommonMarkupOutputFormat<MarkdownOutputFormat.Markup> {
    /** The one instance; it holds no state. */
    public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    private MarkdownOutputFormat() {}

    /** Wraps Markdown source so that it prints as is. */
    public Markup markup(String markdown) {
        return new Markup(null, markdown);
    }

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(MarkdownEscaper.escape(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return MarkdownEscaper.escape(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Markup newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Markup(plainTextContent, markupContent);
    }

    /** A Markdown fragment: printed as is, never escaped again. */
    public static sealed class Markup extends CommonTemplateMarkupOutputModel<Markup>
            permits MarkedText {
        Markup(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public MarkdownOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}

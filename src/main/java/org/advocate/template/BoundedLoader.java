package org.advocate.template;

import freemarker.cache.TemplateLoader;
import freemarker.core.ParseBounds;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import org.advocate.TemplateFailure;

/**
 * Hands FreeMarker only template source it can parse in reasonable time ({@link ParseBounds}):
 * parsing happens before the render's time limit starts, and cannot be interrupted.
 */
final class BoundedLoader implements TemplateLoader {
    private final TemplateLoader loader;

    BoundedLoader(TemplateLoader loader) {
        this.loader = loader;
    }

    /** Fails, naming the place, if FreeMarker would take too long to parse {@code source}. */
    static void checkParseable(String origin, String source) {
        ParseBounds.Position deep = ParseBounds.tooDeep(source);
        if (deep != null) {
            throw new TemplateFailure(
                    origin
                            + ":"
                            + deep.line()
                            + ":"
                            + deep.column()
                            + ": "
                            + ParseBounds.message());
        }
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        return loader.findTemplateSource(name);
    }

    @Override
    public long getLastModified(Object templateSource) {
        return loader.getLastModified(templateSource);
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        StringWriter source = new StringWriter();
        try (Reader in = loader.getReader(templateSource, encoding)) {
            in.transferTo(source);
        }
        checkParseable(String.valueOf(templateSource), source.toString());
        return new StringReader(source.toString());
    }

    @Override
    public void closeTemplateSource(Object templateSource) throws IOException {
        loader.closeTemplateSource(templateSource);
    }
}

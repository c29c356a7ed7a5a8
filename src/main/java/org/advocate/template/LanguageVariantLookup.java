package org.advocate.template;

import freemarker.cache.TemplateLookupContext;
import freemarker.cache.TemplateLookupResult;
import freemarker.cache.TemplateLookupStrategy;
import java.io.IOException;
import java.util.Locale;

/**
 * Picks a letter template's language variant for the letter's locale: for {@code support.md.ftl}
 * and locale fr-CA it tries {@code support.fr-CA.md.ftl}, then {@code support.fr.md.ftl}, then
 * {@code support.md.ftl} (English). Other files (macro libraries) are looked up as named.
 */
final class LanguageVariantLookup extends TemplateLookupStrategy {
    @Override
    public TemplateLookupResult lookup(TemplateLookupContext ctx) throws IOException {
        String name = ctx.getTemplateName();
        Locale locale = ctx.getTemplateLocale();
        if (locale != null && name.endsWith(TemplateNames.SUFFIX)) {
            String base = name.substring(0, name.length() - TemplateNames.SUFFIX.length());
            for (String tag : TemplateNames.variantTags(locale)) {
                TemplateLookupResult result =
                        ctx.lookupWithAcquisitionStrategy(base + "." + tag + TemplateNames.SUFFIX);
                if (result.isPositive()) {
                    return result;
                }
            }
        }
        return ctx.lookupWithAcquisitionStrategy(name);
    }
}

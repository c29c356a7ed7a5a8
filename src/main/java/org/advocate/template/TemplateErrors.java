package org.advocate.template;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns FreeMarker's multi-line exception messages into one {@code file:line:column} line. */
final class TemplateErrors {
    private static final Pattern HELP =
            Pattern.compile("\\.?\\s*Help \\(latest version\\):.*$", Pattern.DOTALL);
    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \"(.*?)\"(,|\\s|$)");

    private TemplateErrors() {}

    static String describe(ParseException e, UnaryOperator<String> display) {
        String name = e.getTemplateName();
        return display.apply(name)
                + ":"
                + e.getLineNumber()
                + ":"
                + e.getColumnNumber()
                + ": "
                + plain(firstLine(e.getEditorMessage()));
    }

    /**
     * Puts FreeMarker's parser wording in advocate's: "Encountered "X", but was expecting one of
     * these patterns:" loses its list when cut to one line, and a link to FreeMarker's manual with
     * its version is noise to someone writing a letter template.
     */
    static String plain(String message) {
        String text = HELP.matcher(message).replaceFirst("");
        Matcher encountered = ENCOUNTERED.matcher(text);
        if (encountered.lookingAt()) {
            String found = encountered.group(1);
            return found.equals("<EOF>")
                    ? "the template ends before this expression or directive is finished"
                    : "unexpected \""
                            + found
                            + "\" here; the expression or directive before it is not finished"
                            + " or has a typo";
        }
        return text;
    }

    static String describe(TemplateException e, UnaryOperator<String> display) {
        String where = display.apply(e.getTemplateSourceName());
        if (e.getLineNumber() != null) {
            where += ":" + e.getLineNumber() + ":" + e.getColumnNumber();
        }
        String message;
        if (e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null) {
            message =
                    "'"
                            + e.getBlamedExpressionString()
                            + "' is missing (not given in the letter data, or misspelled); "
                            + "write ${x!} or <#if x??> for optional values";
        } else {
            message = plain(firstLine(e.getMessageWithoutStackTop()));
        }
        return where + ": " + message;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "template error";
        }
        String trimmed = text.strip();
        int nl = trimmed.indexOf('\n');
        return (nl < 0 ? trimmed : trimmed.substring(0, nl)).strip();
    }
}
